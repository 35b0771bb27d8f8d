"""The end-to-end sample suite: gold parsing, date scoring and the pinned floors."""

from __future__ import annotations

from datetime import date

from newsevents.evaluate import check_floors
from newsevents.evaluate.english import GoldEvent
from newsevents.evaluate.sample import Row, date_right, load_expected, sample_suite
from newsevents.model import Event, EventDate, Span

GOLD = """## a.txt

Published: 2025-02-12 (from the text).

| need | type | source | target | modality | neg | date | evidence |
|---|---|---|---|---|---|---|---|
| must | AGREE | IRQ | RUS | asserted | no | 2025-02-11 | signed |
| may | THREATEN | USA | - | asserted | no | pub | warns |

## b.jsonl

### b.jsonl#rec-1

Published: unknown.

| need | type | source | target | modality | neg | date | evidence |
|---|---|---|---|---|---|---|---|
| must | ASSAULT | - | SYR | asserted | yes | ? | did not bomb |
"""


def _event(value: date | None, precision: str) -> Event:
    return Event(0, Span(0, 1), "AGREE", date=EventDate(value, precision))  # type: ignore[arg-type]


def test_expected_tables_parse_into_sections() -> None:
    sections = load_expected(GOLD)
    assert set(sections) == {"a.txt", "b.jsonl#rec-1"}
    a = sections["a.txt"]
    assert a.published == date(2025, 2, 12)
    assert [r.need for r in a.rows] == ["must", "may"]
    assert a.rows[1].gold.targets == []
    rec = sections["b.jsonl#rec-1"]
    assert rec.published is None and rec.rows[0].gold.negated


def test_date_is_right_only_at_the_gold_precision() -> None:
    row = Row("must", GoldEvent("AGREE", [], []), "2025-02")
    assert date_right(row, _event(date(2025, 2, 1), "month"), None)
    assert not date_right(row, _event(date(2025, 2, 11), "day"), None)  # over-precise
    assert not date_right(row, _event(date(2025, 1, 1), "year"), None)


def test_pub_and_unknown_dates() -> None:
    pub = Row("must", GoldEvent("AGREE", [], []), "pub")
    assert date_right(pub, _event(date(2025, 2, 12), "day"), date(2025, 2, 12))
    assert not date_right(pub, _event(date(2025, 2, 11), "day"), date(2025, 2, 12))
    assert date_right(pub, _event(None, "unknown"), None)
    unknown = Row("must", GoldEvent("AGREE", [], []), "?")
    assert not date_right(unknown, _event(date(2025, 2, 12), "day"), date(2025, 2, 12))


def test_sample_corpus_meets_its_floors() -> None:
    report = sample_suite(None)  # type: ignore[arg-type]
    assert report.n_items == 12
    assert check_floors(report) == []
