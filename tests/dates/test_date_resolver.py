"""Resolving expressions: arithmetic, precision, and which expression dates an event."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates.resolver import resolve, shift_months, span_date
from newsevents.model import Span


def _date(text: str, trigger: str, ref: date | None, language: str = "en",
          future: bool = False) -> tuple[date | None, str, str] | None:
    i = text.index(trigger)
    got = resolve(text, 0, len(text), language=language, reference=ref,
                  trigger=Span(i, i + len(trigger)), future=future)
    return None if got is None else (got.value, got.precision, got.basis)


FRI = date(2020, 1, 24)


@pytest.mark.parametrize(
    ("text", "trigger", "ref", "expected"),
    [
        ("Iraq’s Defense Ministry announced Thursday that", "announced", FRI, date(2020, 1, 23)),
        ("The ministry announced Thursday that", "announced", date(2020, 1, 23),
         date(2020, 1, 23)),
        ("He visited Cairo last Tuesday.", "visited", date(2020, 1, 28), date(2020, 1, 21)),
        ("Rockets hit the zone yesterday.", "hit", date(2020, 3, 1), date(2020, 2, 29)),
        ("They met two days ago.", "met", date(2020, 1, 1), date(2019, 12, 30)),
        ("The rebels seized the town on 28 December.", "seized", FRI, date(2019, 12, 28)),
    ],
)
def test_day_arithmetic(text: str, trigger: str, ref: date, expected: date) -> None:
    assert _date(text, trigger, ref) == (expected, "day", "relative")


@pytest.mark.parametrize(
    ("ref", "expected"),
    [(date(2016, 11, 20), date(2016, 10, 1)), (date(2016, 10, 20), date(2015, 10, 1)),
     (date(2017, 1, 5), date(2016, 10, 1))],
)
def test_last_october(ref: date, expected: date) -> None:
    got = _date("CBS reported last October that", "reported", ref)
    assert got == (expected, "month", "relative")


def test_last_month_rolls_over_the_year() -> None:
    got = _date("Trump last month threatened sanctions.", "threatened", date(2020, 1, 10))
    assert got == (date(2019, 12, 1), "month", "relative")


def test_this_week_is_its_monday() -> None:
    text = "This week the chief of staff met the ambassador."
    assert _date(text, "met", FRI) == (date(2020, 1, 20), "day", "relative")


def test_last_week_across_months_is_its_monday() -> None:
    # Monday 24 February - Sunday 1 March
    got = _date("Last week the militia attacked.", "attacked", date(2020, 3, 3))
    assert got == (date(2020, 2, 24), "day", "relative")


def test_next_week_is_its_monday_and_counted_weeks_count_days() -> None:
    got = _date("Egypt will host the summit next week.", "host", FRI, future=True)
    assert got == (date(2020, 1, 27), "day", "relative")
    got = _date("Crowds marched three weeks ago.", "marched", FRI)
    assert got == (date(2020, 1, 3), "day", "relative")


def test_future_weekday_for_intended_events() -> None:
    got = _date("The summit will be held on Tuesday.", "held", FRI, future=True)
    assert got == (date(2020, 1, 28), "day", "relative")


def test_missing_period_between_two_clauses() -> None:
    text = ("In 2003, the Kremlin strongly opposed the US-led invasion of Iraq In 2008, Russia "
            "then canceled most of Iraq's Soviet-era debt of $12.9 billion.")
    assert _date(text, "opposed", FRI) == (date(2003, 1, 1), "year", "explicit")
    assert _date(text, "canceled", FRI) == (date(2008, 1, 1), "year", "explicit")


def test_after_phrase_dates_only_what_is_inside_it() -> None:
    text = "the sanctions imposed on Iraq after the invasion of Kuwait in 1990."
    assert _date(text, "invasion", FRI) == (date(1990, 1, 1), "year", "explicit")
    assert _date(text, "imposed", FRI) is None


def test_attributive_date_only_dates_its_noun() -> None:
    text = "Over the Jan.3 assassination of Soleimani, Iraq and Russia are preparing talks."
    assert _date(text, "assassination", FRI) == (date(2020, 1, 3), "day", "relative")
    assert _date(text, "preparing", FRI) is None


def test_quoted_dates_stay_in_their_quote() -> None:
    text = "“We signed the contract in 2012,” the minister said on Tuesday."
    assert _date(text, "said", FRI) == (date(2020, 1, 21), "day", "relative")
    assert _date(text, "signed", FRI) == (date(2012, 1, 1), "year", "explicit")


def test_range_gives_start_year() -> None:
    text = "between 2008 and 2011 Bagdad purchased up to $246 million dollars"
    assert _date(text, "purchased", FRI) == (date(2008, 1, 1), "year", "explicit")


def test_relative_without_reference_has_no_value() -> None:
    assert _date("Rockets hit the zone yesterday.", "hit", None) == (None, "unknown", "relative")


def test_arabic_current_month() -> None:
    text = "بحث الوزير، في 7 كانون الأول/ ديسمبر الحالي، العلاقات الثنائية"
    got = _date(text, "بحث", date(2020, 12, 10), language="ar")
    assert got == (date(2020, 12, 7), "day", "relative")


def test_arabic_after_year_is_not_the_event_date() -> None:
    text = "استوردت على مدى سنوات بعد عام 2003 مقاتلات"
    assert _date(text, "استوردت", date(2020, 12, 10), language="ar") is None


def test_helpers() -> None:
    assert shift_months(date(2020, 3, 31), -1) == date(2020, 2, 29)
    assert span_date(date(2020, 1, 5), date(2020, 1, 9)) == (date(2020, 1, 1), "month")
    assert span_date(date(2019, 12, 30), date(2020, 1, 2)) == (date(2019, 12, 1), "month")
    assert span_date(date(2019, 11, 20), date(2020, 1, 10)) == (None, "unknown")
    assert span_date(date(2020, 1, 20), date(2020, 3, 10)) == (date(2020, 1, 1), "year")


def test_over_the_weekend_is_the_latest_weekend() -> None:
    got = _date("Militants attacked the base over the weekend.", "attacked", date(2020, 1, 22))
    assert got == (date(2020, 1, 18), "day", "relative")  # Saturday 18 January


def test_two_weekdays_in_one_sentence_each_date_their_verb() -> None:
    text = "The two presidents spoke by phone on Sunday, the Kremlin said on Monday."
    assert _date(text, "spoke", date(2023, 6, 15)) == (date(2023, 6, 11), "day", "relative")
    assert _date(text, "said", date(2023, 6, 15)) == (date(2023, 6, 12), "day", "relative")


def test_resolve_without_trigger_takes_the_first_own_date() -> None:
    text = "Since 2014 the two states traded, and in 2019 they signed a treaty."
    got = resolve(text, 0, len(text), language="en", reference=FRI)
    assert got is not None and got.value == date(2019, 1, 1)


def test_reporting_clause_date_is_the_statement_date() -> None:
    text = "Russia will deliver the jets, the ministry said on Tuesday."
    assert _date(text, "deliver", FRI, future=True) is None
    assert _date(text, "said", FRI) == (date(2020, 1, 21), "day", "relative")
    arabic = "قصفت الطائرات مواقع التنظيم، وقال المتحدث يوم الاثنين إن العملية مستمرة"
    assert _date(arabic, "قصفت", date(2020, 12, 10), language="ar") is None


def test_ahead_of_a_date_looks_forward() -> None:
    text = "Talks were held ahead of the December 31 withdrawal of U.S. troops."
    got = _date(text, "withdrawal", date(2011, 12, 12))
    assert got == (date(2011, 12, 31), "day", "relative")


def test_a_date_in_an_aside_is_not_the_clause_date() -> None:
    text = "The election, set for April 18, was postponed."
    assert _date(text, "postponed", date(2019, 3, 1)) is None
    only_date = "In addition, last August, Iraq obtained observer status."
    assert _date(only_date, "obtained", date(2020, 5, 3)) == (date(2019, 8, 1), "month",
                                                              "relative")


def test_earlier_this_week_is_its_monday() -> None:
    text = "Forces fired tear gas at demonstrators earlier this week."
    assert _date(text, "fired", date(2019, 3, 1)) == (date(2019, 2, 25), "day", "relative")


def test_arabic_weeks_are_iso_weeks_too() -> None:
    text = "زار الوفد موسكو الأسبوع الماضي."
    # Saturday 12 December: this week began on Monday 7, last week on Monday 30 November
    got = _date(text, "زار", date(2020, 12, 12), language="ar")
    assert got == (date(2020, 11, 30), "day", "relative")
    got = _date("يزور الوفد موسكو الأسبوع المقبل.", "يزور", date(2025, 4, 18), language="ar",
                future=True)
    assert got == (date(2025, 4, 21), "day", "relative")
