"""Hijri dates: conversion, partial dates seen from the publication day, and the finder."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import hijri
from newsevents.dates.expressions import find
from newsevents.dates.resolver import resolve
from newsevents.model import Span


def test_full_hijri_date_is_its_gregorian_day() -> None:
    assert hijri.to_gregorian(1445, 3, 12) == date(2023, 9, 27)
    assert hijri.resolve(1444, 9, 15, None) == (date(2023, 4, 6), "day")


def test_outside_the_tables_is_no_date() -> None:
    assert hijri.to_gregorian(1200, 1, 1) is None
    assert hijri.resolve(1200, 1, None, None) == (None, "unknown")


def test_month_and_year_give_the_month_of_its_middle() -> None:
    # Ramadan 1445 ran from 11 March to 9 April 2024: mostly March
    assert hijri.resolve(1445, 9, None, None) == (date(2024, 3, 1), "month")


def test_gregorian_year_after_a_hijri_month() -> None:
    assert hijri.year_for_gregorian(9, 2024) == 1445
    assert hijri.year_for_gregorian(9, 2015) == 1436


@pytest.mark.parametrize(
    ("ref", "future", "rel", "expected"),
    [
        (date(2024, 3, 20), False, None, date(2024, 3, 13)),  # 3 Ramadan 1445 has passed
        (date(2024, 3, 5), False, None, date(2023, 3, 25)),  # not yet: the year before
        (date(2024, 3, 5), True, None, date(2024, 3, 13)),  # planned: the coming one
    ],
)
def test_day_without_year_is_seen_from_the_reference(
    ref: date, future: bool, rel: str | None, expected: date
) -> None:
    assert hijri.resolve(None, 9, 3, ref, future=future, rel=rel) == (expected, "day")


def test_last_ramadan_said_during_ramadan_is_the_year_before() -> None:
    value, precision = hijri.resolve(None, 9, None, date(2024, 3, 20), rel="last")
    assert (value, precision) == (date(2023, 4, 1), "month")  # Ramadan 1444: 23 Mar-20 Apr
    value, _ = hijri.resolve(None, 9, None, date(2024, 4, 20), rel="last")
    assert value == date(2024, 3, 1)  # said in Shawwal: the Ramadan just ended


def _found(text: str) -> list[tuple[str, int | None, int | None, int | None, bool]]:
    return [(text[e.start : e.end], e.year, e.month, e.day, e.hijri) for e in find(text, "ar")]


def test_finder_reads_doubled_hijri_and_gregorian_dates_alike() -> None:
    text = "في الرياض يوم الأربعاء 12 ربيع الأول 1445هـ الموافق 27 سبتمبر 2023م."
    assert _found(text) == [
        ("يوم الأربعاء 12 ربيع الأول 1445هـ", 2023, 9, 27, False),
        ("27 سبتمبر 2023م", 2023, 9, 27, False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الاتفاقية في 15 رمضان 1444 هـ.", [("15 رمضان 1444 هـ", 2023, 4, 6, False)]),
        ("في الثالث من شهر رمضان المبارك", [("الثالث من شهر رمضان", None, 9, 3, True)]),
        ("خلال شهر رمضان الماضي", [("شهر رمضان الماضي", None, 9, None, True)]),
        ("في رمضان 2024", [("رمضان 2024", 2024, 3, None, False)]),
        ("في جمادى الآخرة 1445هـ", [("جمادى الآخرة 1445هـ", 2023, 12, None, False)]),
        # names and common words: a score, a person named Ramadan, spring of a year
        ("فاز الفريق 3 صفر على ضيفه", []),
        ("التقى رمضان 2019 شخصا", []),
        ("وقعت الاتفاقية في ربيع عام 2015", [("ربيع عام 2015", 2015, 3, None, False)]),
    ],
)
def test_finder_hijri_forms(
    text: str, expected: list[tuple[str, int | None, int | None, int | None, bool]]
) -> None:
    assert _found(text) == expected


def test_event_dated_by_a_hijri_day_without_year() -> None:
    text = "التقى وزير الدفاع العراقي السفير الروسي في الثالث من شهر رمضان."
    i = text.index("التقى")
    got = resolve(text, 0, len(text), language="ar", reference=date(2024, 3, 20),
                  trigger=Span(i, i + 5))
    assert got is not None
    assert (got.value, got.precision) == (date(2024, 3, 13), "day")
