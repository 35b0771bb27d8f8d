"""The export contract: records, validation, and the jsonl/csv/parquet writers."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from newsevents.export import (
    GDELT_COLUMNS,
    SCHEMA,
    csv_columns,
    event_record,
    records,
    store_records,
    validate_record,
    write_csv,
    write_jsonl,
    write_records,
)
from newsevents.model import Attribution, Location, Quantity, Span
from newsevents.store import Store

GDELT_HEADER = "bench/gdelt_schema/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"


def _rich_article(make_article):
    """An article whose event fills every optional part of the record."""
    text = "Russia met Iraq in Moscow on Monday, the agency said. Iraq did not attack Turkey."
    article = make_article(text, events=[("Russia", "met", "Iraq", "CONSULT"),
                                         ("Iraq", "attack", "Turkey", "ASSAULT")],
                           outlet="AP", url="https://example.org/a",
                           published=date(2024, 5, 7), published_source="metadata",
                           path="in/a.txt")
    event = article.events[0]
    start = text.index("Moscow")
    event.location = Location(start, start + 6, "Moscow", "RUS", 55.7558, 37.6173)
    event.quantities = [Quantity("count", 0, 6, 3.0, None)]
    event.attribution = Attribution(Span(text.index("the agency"), text.index(" said")), "AP")
    event.context = ["military", "diplomatic"]
    event.event_mode = "visit"
    return article


def contract_fields(shared: Path) -> list[str]:
    """Field names of the first table of the shared contract document."""
    doc = (shared / "docs" / "event-schema.md").read_text(encoding="utf-8")
    text = doc.split("An actor object")[0]
    return re.findall(r"`([a-z_]+)`", "\n".join(
        line.split("|")[1] for line in text.splitlines() if line.startswith("| `")))


def test_record_has_every_contract_field(make_article, shared_dir: Path) -> None:
    article = _rich_article(make_article)
    record = event_record(article, article.events[0])
    fields = contract_fields(shared_dir)
    assert len(fields) > 25
    missing = [f for f in fields if f not in record]
    assert missing == []
    assert record["schema"] == SCHEMA


def test_record_values(make_article) -> None:
    article = _rich_article(make_article)
    record = records(article)[0]
    assert validate_record(record) == []
    assert record["sentence"] == "Russia met Iraq in Moscow on Monday, the agency said."
    assert record["trigger"] == "met"
    assert record["source"] == {"text": "Russia", "country": "RUS", "sector": None,
                                "code": "RUS", "name": None, "start": 0, "end": 6}
    assert record["target"]["code"] == "IRQGOV"
    assert record["location"]["name"] == "Moscow"
    assert record["attribution"] == {"speaker": "the agency", "outlet": "AP",
                                     "speaker_start": 37, "speaker_end": 47}
    assert record["quantities"][0]["text"] == "Russia"
    assert record["published"] == "2024-05-07" and record["event_date"] == "2024-05-06"
    negated = records(article)[1]
    assert negated["negated"] is True and negated["trigger"] == "attack"


def test_duplicate_evidence_is_one_record(make_article) -> None:
    article = make_article()
    article.events.append(article.events[0])
    assert len(records(article)) == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"schema": "other/2"}, "schema"),
        ({"event_type": "HUG"}, "event_type"),
        ({"quad_class": 7}, "quad_class"),
        ({"goldstein": "high"}, "goldstein"),
        ({"negated": 0}, "negated"),
        ({"event_date": "06/05/2024"}, "event_date"),
        ({"modality": "certain"}, "modality"),
        ({"confidence": 1.5}, "confidence"),
        ({"sentence_end": 3}, "sentence offsets"),
        ({"source": {"text": "x", "code": "RUS"}}, "source.country"),
        ({"location": {"name": "Moscow"}}, "location.country"),
        ({"quantities": [{"kind": "cats", "value": 1, "unit": None, "text": "1"}]},
         "quantities[0].kind"),
        ({"attribution": "AP"}, "attribution"),
    ],
)
def test_validate_record_finds_problems(make_article, change: dict, expected: str) -> None:
    record = records(make_article())[0] | change
    problems = validate_record(record)
    assert any(p.startswith(expected) for p in problems), problems


def test_validate_record_finds_missing_fields(make_article) -> None:
    record = records(make_article())[0]
    del record["coder"], record["target"]
    problems = validate_record(record)
    assert "coder: missing" in problems and "target: missing" in problems


def test_store_and_memory_give_identical_records(db_path: Path, make_article) -> None:
    article = _rich_article(make_article)
    with Store.open(db_path) as store:
        store.add_batch([article])
        stored = list(store_records(store))
    memory = records(article)
    key = lambda r: r["id"]  # noqa: E731
    assert sorted(stored, key=key) == sorted(memory, key=key)
    as_jsonl = io.StringIO()
    write_jsonl(sorted(stored, key=key), as_jsonl)
    from_memory = io.StringIO()
    write_jsonl(sorted(memory, key=key), from_memory)
    assert as_jsonl.getvalue() == from_memory.getvalue()


def test_jsonl_lines_validate_and_keep_arabic(make_article) -> None:
    arabic = make_article("بحثت روسيا مع العراق التعاون", language="ar",
                          events=[("روسيا", "مع", "العراق", "CONSULT")])
    recs = records(make_article()) + records(arabic)
    buffer = io.StringIO()
    assert write_jsonl(recs, buffer) == len(recs) == 2
    lines = buffer.getvalue().splitlines()
    for line in lines:
        assert validate_record(json.loads(line)) == []
    assert json.loads(lines[1])["source"]["text"] == "روسيا"
    assert "روسيا" in lines[1]  # written as UTF-8, not \u escapes


def test_csv_header_starts_with_gdelt_names(make_article) -> None:
    buffer = io.StringIO()
    write_csv(records(_rich_article(make_article)), buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    header = rows[0]
    gdelt = [name for name, _ in GDELT_COLUMNS]
    assert header[: len(gdelt)] == gdelt
    assert header == csv_columns() and len(set(header)) == len(header)
    first = dict(zip(header, rows[1], strict=True))
    assert first["SQLDATE"] == "20240506" and first["EventRootCode"] == "04"
    assert first["Actor1CountryCode"] == "RUS" and first["Actor2Code"] == "IRQGOV"
    assert first["ActionGeo_Lat"] == "55.7558" and first["SOURCEURL"] == "https://example.org/a"
    assert first["negated"] == "false" and first["context"] == "military;diplomatic"


def test_gdelt_names_come_from_the_gdelt_codebook(shared_dir: Path) -> None:
    with (shared_dir / GDELT_HEADER).open(encoding="utf-8") as handle:
        official = {row[0] for row in csv.reader(handle)}
    assert {name for name, _ in GDELT_COLUMNS} <= official


def test_parquet_round_trip(tmp_path: Path, make_article) -> None:
    import pyarrow.parquet as pq

    recs = records(_rich_article(make_article))
    path = tmp_path / "events.parquet"
    assert write_records(recs, "parquet", path) == len(recs)
    assert pq.read_table(path).to_pylist() == recs


def test_write_records_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        write_records([], "xml", io.StringIO())
    with pytest.raises(ValueError, match="output file"):
        write_records([], "parquet", io.StringIO())
