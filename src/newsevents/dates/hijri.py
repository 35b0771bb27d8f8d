"""Hijri (Islamic, Umm al-Qura) dates turned into Gregorian ones.

Gulf and other Arabic outlets date news by the Hijri calendar ("12 ربيع الأول 1445هـ"),
often beside the Gregorian date, sometimes alone. The conversion itself is the
`hijridate` package's (the Umm al-Qura tables, Hijri years 1343-1500, that is
1924-2077); this module decides which Hijri year a partial date means and how precise
the Gregorian result is:

- a day, month and year give a Gregorian day;
- a month and year give the Gregorian month holding the Hijri month's 15th day, at
  month precision (a Hijri month straddles two Gregorian months);
- a month named without a year ("شهر رمضان", "في الثالث من رمضان") is the occurrence
  nearest the reference date, as Gregorian months are: the last one for past events, the
  coming one for planned ones.
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from newsevents.model import DatePrecision

_MID_MONTH = 15
_FUTURE_SLACK = timedelta(days=1)  # an event dated the day after publication is still "past"


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri day; None outside the tables or for an impossible day."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(value: date) -> int | None:
    """The Hijri year a Gregorian date falls in; None outside the tables."""
    try:
        return int(Gregorian(value.year, value.month, value.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None


def year_for_gregorian(month: int, gregorian_year: int) -> int | None:
    """The Hijri year whose `month` falls mostly in `gregorian_year` ("رمضان 2024" -> 1445)."""
    guess = round((gregorian_year - 622) * 365.2425 / 354.367)
    for year in (guess - 1, guess, guess + 1):
        middle = to_gregorian(year, month, _MID_MONTH)
        if middle is not None and middle.year == gregorian_year:
            return year
    return None


def resolve(
    year: int | None, month: int, day: int | None, ref: date | None, *,
    future: bool = False, rel: str | None = None,
) -> tuple[date | None, DatePrecision]:
    """The Gregorian date and precision of a Hijri date, with `ref` for a missing year.

    `rel` is "last", "this" or "next" ("رمضان الماضي"), as for Gregorian months.
    """
    if year is None:
        if ref is None:
            return None, "unknown"
        year = _year_seen_from(month, day, ref, future, rel)
        if year is None:
            return None, "unknown"
    if day:
        return to_gregorian(year, month, day), "day"
    middle = to_gregorian(year, month, _MID_MONTH)
    return (None, "unknown") if middle is None else (middle.replace(day=1), "month")


def _year_seen_from(
    month: int, day: int | None, ref: date, future: bool, rel: str | None
) -> int | None:
    """The Hijri year of a month (and day) named without one, seen from `ref`."""
    current = hijri_year_of(ref)
    if current is None:
        return None
    if rel == "this":
        return current
    start = to_gregorian(current, month, day or 1)
    if start is None:
        return None
    if rel == "last" or (rel is None and not future):
        # a month "last" or in a past report must have begun by the reference day
        begun = start <= ref + _FUTURE_SLACK if rel is None else start < _month_start(ref)
        return current if begun else current - 1
    return current if start >= ref - _FUTURE_SLACK else current + 1


def _month_start(ref: date) -> date:
    """The Gregorian date of the first day of the Hijri month holding `ref`."""
    hijri = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    return to_gregorian(hijri.year, hijri.month, 1) or ref
