"""The expression finder: what counts as a date, in English and Arabic."""

from __future__ import annotations

import pytest

from newsevents.dates.expressions import find
from newsevents.dates.lexicon import fold


def _texts(text: str, language: str = "en") -> list[str]:
    return [text[e.start : e.end] for e in find(text, language)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("signed a treaty with Iraq in 1972 because", ["1972"]),
        ("the 2003 invasion", ["2003"]),
        ("In early 2017. In 2019, officials", ["early 2017", "2019"]),
        ("over the Jan.3 assassination", ["Jan.3"]),
        ("December 12, 2011 in Washington", ["December 12, 2011"]),
        ("Tuesday 13 February 2024", ["Tuesday 13 February 2024"]),
        ("on 7 December the army", ["7 December"]),
        ("as he put it in May last year.", ["May last year"]),
        ("between 2008 and 2011 Bagdad purchased", ["between 2008 and 2011"]),
        ("In summer of 2014 when", ["summer of 2014"]),
        ("announced Thursday that", ["Thursday"]),
        ("This week the chief met", ["This week"]),
        ("two years later, one", ["two years later"]),
        ("14/03/2024 and 2024-03-14 and 14.03.2024", ["14/03/2024", "2024-03-14", "14.03.2024"]),
    ],
)
def test_english_expressions(text: str, found: list[str]) -> None:
    assert _texts(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Russia paid $2019 million",
        "The army deployed 2000 troops",
        "Police arrested 1995 people",
        "a rise of 2010% in prices",
        "you may 5 times try",
        "they march on",
        "prices fall sharply",
        "the 1990s were hard",
    ],
)
def test_amounts_and_words_are_not_dates(text: str) -> None:
    assert _texts(text) == []


def test_scope_words_are_recorded() -> None:
    since, after = find("since 2014 and after the invasion of Kuwait in 1990", "en")
    assert (since.scope, after.scope) == ("since", "after")
    assert after.scope_start == len("since 2014 and ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("في 7 كانون الأول/ ديسمبر الحالي، العلاقات", ["7 كانون الأول/ ديسمبر الحالي"]),
        ("بغداد - ١٤ آذار ٢٠٢٤", ["١٤ آذار ٢٠٢٤"]),
        ("الأحد 13 كانون الأول 2020", ["الأحد 13 كانون الأول 2020"]),
        ("في مكتبه، الأحد، السفير", ["الأحد"]),
        ("الشهر الماضي", ["الشهر الماضي"]),
        ("بعد عام 2003 مقاتلات", ["عام 2003"]),
        ("قبل أيام", ["قبل أيام"]),
        ("في 25 يناير 2011", ["25 يناير 2011"]),
        ("في 22 فيفري 2019", ["22 فيفري 2019"]),
        ("تشرين الثاني الماضي", ["تشرين الثاني الماضي"]),
    ],
)
def test_arabic_expressions(text: str, found: list[str]) -> None:
    assert _texts(text, "ar") == found


@pytest.mark.parametrize(
    "text", ["بين الاثنين خلاف", "دفعت 2019 مليون دولار", "قتل 2000 جندي", "مارس الضغط"]
)
def test_arabic_non_dates(text: str) -> None:
    assert _texts(text, "ar") == []


def test_arabic_month_names_all_parse() -> None:
    months = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    for number, name in enumerate(months, start=1):
        (expr,) = find(f"في 3 {name} 2019", "ar")
        assert (expr.year, expr.month, expr.day) == (2019, number, 3)


def test_fold_keeps_length() -> None:
    text = "أيار ٢٠٢٤ إلى آذار"
    assert len(fold(text)) == len(text)
    assert fold("٢٠٢٤") == "2024"


def test_arabic_ordinal_days() -> None:
    (expr,) = find("في الثاني من شهر ديسمبر (كانون الأول) عام 1979.", "ar")
    assert (expr.year, expr.month, expr.day) == (1979, 12, 2)


def test_full_dates_accept_old_years_but_bare_years_do_not() -> None:
    (expr,) = find("did not surface until June 21, 1776, and", "en")
    assert (expr.year, expr.month, expr.day) == (1776, 6, 21)
    assert find("the theatre was inaugurated in 1792", "en") == []


def test_sentence_full_stop_is_not_part_of_the_date() -> None:
    text = "He met the ambassador on 3 June."
    assert _texts(text) == ["3 June"]
    assert _texts("They met on Dec. 3 in Paris") == ["Dec. 3"]


def test_possessive_year_is_attributive() -> None:
    (expr,) = find("triggered by Iraq's 1990 invasion of Kuwait", "en")
    assert expr.attributive
