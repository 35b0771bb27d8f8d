"""Per-language date vocabulary (data/dates/<lang>.json) and the text folding it needs.

The words live in data files; this module only loads them, folds Arabic spelling
variants so that one spelling per word is enough, and builds regex alternations.
Folding is length-preserving (one code point for one code point), so offsets found
in the folded text are offsets into the original text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsevents.errors import ConfigError

LANGUAGES = ("en", "ar")

# Arabic-Indic and Persian digits -> ASCII; alef forms -> bare alef; alef maqsura -> ya;
# ta marbuta -> ha. Every entry maps one code point to one code point.
_FOLDED_FROM = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآٱىة"
_FOLD = str.maketrans(_FOLDED_FROM, "01234567890123456789اااايه")
# str.translate walks a dict per character; a text without any of these (most English
# text) is returned as it is after one fast scan.
_FOLDABLE = re.compile(f"[{_FOLDED_FROM}]")


def fold(text: str) -> str:
    """`text` with digits and Arabic letter variants folded; same length as `text`."""
    if _FOLDABLE.search(text) is None:
        return text
    return text.translate(_FOLD)


@lru_cache(maxsize=64)  # as `expressions.find_shared`: a batch's articles
def fold_shared(text: str) -> str:
    """`fold(text)` remembered for a few texts: an article's text is folded once for all the
    stages and sentences that read it."""
    return fold(text)


def alternation(words: list[str] | dict[str, Any] | set[str]) -> str:
    """A non-capturing regex alternation of `words`, longest first, spaces as `\\s+`."""
    ordered = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def key(text: str) -> str:
    """The lookup form of a matched word: folded, lower case, single spaces."""
    return " ".join(fold(text).lower().split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The date words of one language, with lookup tables keyed by `key()`."""

    language: str
    raw: dict[str, Any]

    def table(self, name: str) -> dict[str, Any]:
        """A name -> value table of the data file, with folded keys (built once; read only)."""
        return _table(self.language, name)

    def words(self, name: str) -> frozenset[str]:
        """A word list of the data file, folded (built once)."""
        return _words(self.language, name)

    def alt(self, name: str) -> str:
        """Regex alternation over the keys (or items) of entry `name`."""
        entry = self.raw.get(name, [])
        return alternation(list(entry))


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    """The date lexicon of `language` (English for any language without its own file)."""
    lang = language if language in LANGUAGES else "en"
    ref = resources.files("newsevents") / "data" / "dates" / f"{lang}.json"
    try:
        raw = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"data/dates/{lang}.json: {exc}") from exc
    return Lexicon(lang, raw)


@lru_cache(maxsize=128)
def _table(language: str, name: str) -> dict[str, Any]:
    return {key(k): v for k, v in lexicon(language).raw.get(name, {}).items()}


@lru_cache(maxsize=128)
def _words(language: str, name: str) -> frozenset[str]:
    return frozenset(key(w) for w in lexicon(language).raw.get(name, []))
