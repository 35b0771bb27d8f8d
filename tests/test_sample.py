"""The shipped sample corpus and our own English gold file are well-formed.

These tests read the files through the installed package (importlib.resources), so they also
catch files that would be left out of the package data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, get_args

import pytest

from newsevents.model import PLOVER_TYPES, Modality

SAMPLE = resources.files("newsevents").joinpath("sample")
GOLD = resources.files("newsevents").joinpath("data", "eval", "en_gold.jsonl")
EXPECTED = resources.files("newsevents").joinpath("data", "eval", "sample_expected.md")

ARTICLES = {
    "en_01_iraq_russia_arms.txt": "en",
    "en_02_jordan_syria_border.txt": "en",
    "en_03_baghdad_protest_undated.txt": "en",
    "en_04_eu_sanctions_iran.html": "en",
    "en_05_au_summit.html": "en",
    "ar_01_iraq_fm_moscow.html": "ar",
    "ar_02_turkey_syria_border.txt": "ar",
    "ar_03_qatar_aid_lebanon.txt": "ar",
    "ar_04_algeria_mali.txt": "ar",
}
RECORDS_FILE = "en_06_records.jsonl"
RECORD_FIELDS = {"id", "url", "outlet", "title", "published", "language", "text", "html"}
IGO_CODES = {"UNO", "NATO", "EU", "AU", "ARL", "IAEA", "IMF", "WBK", "OPEC", "OSCE",
             "ECOWAS", "OIC", "ICC"}
MODALITIES = set(get_args(Modality))
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)


def _read(name: str) -> str:
    """A sample file's text (strict UTF-8)."""
    return SAMPLE.joinpath(name).read_bytes().decode("utf-8")


def _records() -> list[dict[str, Any]]:
    """The input records of the sample JSON Lines file."""
    return [json.loads(line) for line in _read(RECORDS_FILE).splitlines() if line.strip()]


def _words(raw: str) -> int:
    """Rough word count of a document with tags, scripts and styles removed."""
    return len(TAG.sub(" ", raw).split())


def _gold() -> list[dict[str, Any]]:
    """All records of en_gold.jsonl."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _country_codes() -> set[str]:
    """ISO alpha-3 codes of the shipped country table."""
    table: Traversable = resources.files("newsevents").joinpath("data", "actors",
                                                                "countries.tsv")
    lines = table.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line.strip()}


def test_every_sample_file_is_shipped() -> None:
    names = {item.name for item in SAMPLE.iterdir()}
    assert set(ARTICLES) | {RECORDS_FILE} == names  # only articles: a folder walk reads them all


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_is_utf8_of_news_length_in_its_language(name: str) -> None:
    raw = _read(name)
    assert not raw.startswith("\ufeff")
    assert 150 <= _words(raw) <= 700, _words(raw)
    arabic = len(ARABIC_LETTER.findall(raw)) > 200
    assert arabic == (ARTICLES[name] == "ar")


@pytest.mark.parametrize("name", [n for n in ARTICLES if n.endswith(".html")])
def test_html_page_has_head_metadata(name: str) -> None:
    raw = _read(name)
    assert re.search(r"<title>[^<]{10,}</title>", raw)
    assert 'property="og:site_name"' in raw
    stamp = re.search(r'property="article:published_time" content="([^"]+)"', raw)
    assert stamp is not None
    date.fromisoformat(stamp.group(1)[:10])
    assert "<figcaption>" in raw and 'class="comments"' in raw
    assert ('dir="rtl"' in raw) == (ARTICLES[name] == "ar")


def test_input_records_follow_the_input_contract() -> None:
    records = _records()
    assert len(records) == 3
    assert len({r["id"] for r in records}) == 3
    for rec in records:
        assert set(rec) <= RECORD_FIELDS
        assert ("text" in rec) != ("html" in rec)
        body = rec.get("text") or rec.get("html")
        assert isinstance(body, str) and 150 <= _words(body) <= 700
        if "published" in rec:
            date.fromisoformat(rec["published"])
    assert any("published" not in rec for rec in records)


def _expected_sections() -> dict[str, list[list[str]]]:
    """EXPECTED.md: section heading (file or file#record) -> table rows as cell lists."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{2,3} (\S+\.(?:txt|html|jsonl)(?:#\S+)?)$", line)
        if heading:
            current = heading.group(1)
            sections[current] = []
        elif current and line.startswith("| ") and not line.startswith("| need"):
            sections[current].append([c.strip() for c in line.strip("|").split("|")])
    return {k: v for k, v in sections.items() if v}


def test_expected_covers_every_article() -> None:
    sections = _expected_sections()
    wanted = set(ARTICLES) | {f"{RECORDS_FILE}#{r['id']}" for r in _records()}
    assert set(sections) == wanted
    for rows in sections.values():
        assert sum(row[0] == "must" for row in rows) >= 5


def _valid_code(code: str, countries: set[str]) -> bool:
    """A gold actor cell: '-' (none), an IGO code or a known ISO alpha-3 code."""
    return code == "-" or code in IGO_CODES or code in countries


def test_expected_rows_are_well_formed() -> None:
    countries = _country_codes()
    date_cell = re.compile(r"^(pub|\?|\d{4}(-\d{2}(-\d{2})?)?)$")
    for section, rows in _expected_sections().items():
        for row in rows:
            need, kind, source, target, modality, neg, when, evidence = row
            where = f"{section}: {row}"
            assert need in {"must", "may"}, where
            assert kind in PLOVER_TYPES, where
            assert _valid_code(source, countries) and _valid_code(target, countries), where
            assert modality in MODALITIES and neg in {"yes", "no"}, where
            assert date_cell.match(when) and evidence, where
            if len(when) == 10:
                date.fromisoformat(when)


def test_gold_records_follow_the_schema() -> None:
    records = _gold()
    countries = _country_codes()
    assert [r["id"] for r in records] == [f"en-{i:04d}" for i in range(1, len(records) + 1)]
    assert len({r["text"] for r in records}) == len(records)
    for rec in records:
        assert set(rec) <= {"id", "text", "events", "note"}, rec["id"]
        assert rec["text"].strip() == rec["text"] and rec["text"][-1] in ".!?\"'", rec["id"]
        assert isinstance(rec.get("note", ""), str)
        for ev in rec["events"]:
            assert set(ev) == {"type", "source", "target", "negated", "modality"}, rec["id"]
            assert ev["type"] in PLOVER_TYPES, rec["id"]
            assert ev["modality"] in MODALITIES and isinstance(ev["negated"], bool), rec["id"]
            for side in (ev["source"], ev["target"]):
                assert side is None or side in IGO_CODES or side in countries, (rec["id"], side)


def test_gold_covers_every_type_and_has_negatives() -> None:
    records = _gold()
    per_type = Counter(t for r in records for t in {e["type"] for e in r["events"]})
    negatives = sum(not r["events"] for r in records)
    print(f"\nen_gold: {len(records)} sentences, {negatives} without events; per type:",
          dict(sorted(per_type.items())))
    assert len(records) >= 300 and negatives >= 80
    assert all(per_type[t] >= 12 for t in PLOVER_TYPES), per_type
    flags = Counter(e["modality"] for r in records for e in r["events"])
    assert all(flags[m] >= 10 for m in MODALITIES), flags
    assert sum(e["negated"] for r in records for e in r["events"]) >= 12
