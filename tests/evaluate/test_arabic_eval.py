"""The Arabic evaluation suites on hand-made bench files, our own gold, and the pinned floors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents.evaluate import check_floors, load_floors
from newsevents.evaluate.arabic import (
    _pair,
    code_text,
    detects,
    event_gsr_suite,
    own_items,
    own_suite,
    petrarch_items,
    petrarch_suite,
)
from newsevents.model import PLOVER_TYPES


def _write_gsr(root: Path, plover: str, rows: list[tuple[str, str]]) -> None:
    folder = root / "arabic_event_gsr"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{plover.lower()}_gsr.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["", "accept", "event_type", "id", "label", "reject", "text", "total"])
        for i, (label, text) in enumerate(rows):
            writer.writerow([i, 0, plover, f"x_{i}", label, 0, text, 3])


def test_pair_parses_petrarch_codes() -> None:
    assert _pair("TUN None") == ("TUN", None)
    assert _pair("None CVL") == (None, "CVL")
    assert _pair("") == (None, None)


def test_event_gsr_suite_counts_yes_against_easy_no(tmp_path: Path) -> None:
    _write_gsr(
        tmp_path,
        "PROTEST",
        [
            ("yes", "تظاهر آلاف الطلاب في الخرطوم أمس احتجاجا على الغلاء."),
            ("easy no", "ارتفعت أسعار النفط في الأسواق العالمية."),
            ("difficult no", "تظاهر المئات أمس."),  # ignored
            ("yes", "انخفضت درجات الحرارة."),  # a miss
        ],
    )
    _write_gsr(
        tmp_path,
        "ASSAULT",
        [
            ("yes", "قصفت الطائرات الإسرائيلية مواقع في غزة فجر اليوم."),
            ("easy no", "فاز المنتخب المغربي على نظيره التونسي."),
        ],
    )
    report = event_gsr_suite(tmp_path)
    assert report.n_items == 5
    protest = report.per_type["PROTEST"]
    assert (protest.tp, protest.fp, protest.fn) == (1, 0, 1)
    assert report.per_type["ASSAULT"].f1 == 1.0
    assert report.scores()["PROTEST.f1"] == pytest.approx(2 / 3)


def test_negated_events_are_not_detections() -> None:
    events = code_text("أكد الجيش أنه لم يقصف المدينة.")
    assert any(e.event_type == "ASSAULT" for e in events)
    assert not detects(events, "ASSAULT")


_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation><Sentences>
<Sentence category="PROTEST" id="a1" evaluate="true">
<EventCoding eid="0" eventcode="" plover="PROTEST" sourcecode="None CVL" targetcode="None None" />
<Text>
تظاهر آلاف الطلاب في الخرطوم أمس.
</Text>
</Sentence>
<Sentence category="ASSAULT" id="a2" evaluate="true">
<EventCoding eid="0" eventcode="" plover="ASSAULT" sourcecode="ISR MIL" targetcode="PSE None" />
<Text>
قصف الجيش الإسرائيلي مواقع في غزة أمس.
</Text>
</Sentence>
<Sentence category="ASSAULT" id="a3" evaluate="true">
<EventCoding eid="0" eventcode="" plover="ASSAULT" sourcecode="None None" targetcode="None None" />
<Text>
ارتفعت أسعار النفط
"""  # cut off like the published file


def test_petrarch_suite_scores_type_and_countries(tmp_path: Path) -> None:
    folder = tmp_path / "arabic_petrarch_gsr"
    folder.mkdir()
    path = folder / "arabic_gsr_validation_18-11-14.xml"
    path.write_text(_XML, encoding="utf-8")
    items = petrarch_items(path)
    assert [i.plover for i in items] == ["PROTEST", "ASSAULT"]
    assert items[1].source == ("ISR", "MIL")
    report = petrarch_suite(tmp_path)
    assert report.metrics["type_accuracy"] == 1.0
    assert report.metrics["source_accuracy"] == 1.0
    assert report.metrics["correct"] == 1.0
    assert report.metrics["false_positive_rate"] == 0.0


def test_own_gold_is_well_formed() -> None:
    items = own_items()
    assert len(items) >= 100
    assert len({i["id"] for i in items}) == len(items)
    negatives = [i for i in items if not i["events"]]
    assert len(negatives) >= 20
    for item in items:
        for event in item["events"]:  # type: ignore[attr-defined]
            assert event["type"] in PLOVER_TYPES
            assert event["modality"] in ("asserted", "intended", "hypothetical", "reported")


def test_own_suite_meets_its_floors(tmp_path: Path) -> None:
    report = own_suite(tmp_path)
    assert load_floors("ar_own")
    assert check_floors(report) == []


def test_event_gsr_meets_its_floors(bench_dir: Path) -> None:
    report = event_gsr_suite(bench_dir)
    assert load_floors("ar_event_gsr")
    assert check_floors(report) == []


def test_petrarch_meets_its_floors(bench_dir: Path) -> None:
    report = petrarch_suite(bench_dir)
    assert load_floors("ar_petrarch")
    assert check_floors(report) == []
