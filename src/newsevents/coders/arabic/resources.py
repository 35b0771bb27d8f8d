"""Loading the Arabic data files (clitics, negation, modality, reporting words, lexicons).

Everything here is read once per process from `newsevents/data/` and cached.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable


def _data_dir(*parts: str) -> Traversable:
    ref = resources.files("newsevents").joinpath("data")
    for part in parts:
        ref = ref.joinpath(part)
    return ref


def _lines(name: str) -> Iterator[str]:
    """Non-empty, non-comment lines of `data/arabic/<name>`."""
    text = _data_dir("arabic", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


@lru_cache(maxsize=1)
def load_prefixes() -> tuple[tuple[str, bool], ...]:
    """Proclitic combinations, longest first, each with "restore the article" flag."""
    out = []
    for line in _lines("prefixes.txt"):
        prefix, _, flag = line.partition(" ")
        out.append((prefix, flag.strip() == "+ال"))
    return tuple(sorted(out, key=lambda item: -len(item[0])))


def word_set(name: str) -> frozenset[str]:
    """A one-word-per-line list from `data/arabic/<name>`, normalised."""
    from newsevents.coders.arabic.normalize import normalize

    return frozenset(normalize(line) for line in _lines(name))


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a TSV data file (header row first) as dictionaries."""
    text = _data_dir(*parts).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in rows]


def tsv_files(*parts: str) -> list[str]:
    """Names of the TSV files in a data folder, sorted."""
    folder = _data_dir(*parts)
    return sorted(item.name for item in folder.iterdir() if item.name.endswith(".tsv"))
