"""Publication dates from text: datelines, labels, footers, captions, inference."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import publication
from newsevents.dates.publication import publication_date_from_text
from newsevents.model import Article, Zone


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Title\n\nNAIROBI, March 14, 2024 - Police fired tear gas on Tuesday.", "en",
         date(2024, 3, 14)),
        ("Title\nTuesday 13 February 2024\nThe ministers met.", "en", date(2024, 2, 13)),
        ("Title\n14/03/2024\nBody", "en", date(2024, 3, 14)),
        ("Title\n14.03.2024\nBody", "en", date(2024, 3, 14)),
        ("Title\nPosted on 2024-03-14 by admin\nBody", "en", date(2024, 3, 14)),
        ("Title\nUpdated: March 15, 2024\nPublished: March 14, 2024\nBody", "en",
         date(2024, 3, 14)),
        ("عنوان\nبغداد - ١٤ آذار ٢٠٢٤\nقال مسؤول", "ar", date(2024, 3, 14)),
        ("عنوان\nالأحد 13 كانون الأول 2020\nقال الوزير", "ar", date(2020, 12, 13)),
    ],
)
def test_datelines(text: str, language: str, expected: date) -> None:
    assert publication_date_from_text(text, language) == (expected, "text")


@pytest.mark.parametrize(
    "text",
    [
        "Title\n03/04/2024\nBody",  # day/month order unknown
        "Title\n\nSome body.\n\n©2024 Afrasia Net - All Rights Reserved",
        "Title\n\nOn March 3, 2019, troops attacked the town, killing 12 people and wounding "
        "dozens of others in the north.",
        "Title\n\nWASHINGTON, DC - DECEMBER 12: The PM answers questions December 12, 2011 in "
        "Washington. (Photo by Chip Somodevilla/Getty Images)\n\nBody.",
    ],
)
def test_no_publication_date(text: str) -> None:
    assert publication_date_from_text(text, "en") == (None, "unknown")


def test_caption_zone_is_never_the_publication_date() -> None:
    text = "Title\nMarch 14, 2024\nBody"
    zones = [Zone(0, 5, "title"), Zone(6, 20, "caption"), Zone(21, 25, "body")]
    assert publication_date_from_text(text, "en", zones=zones) == (None, "unknown")


def test_inferred_from_weekday_dated_latest_date() -> None:
    text = ("Title\n\nThe minister met his counterpart on Monday, March 11, 2024 in Baghdad, and "
            "yesterday the two sides signed a memorandum.")
    assert publication_date_from_text(text, "en") == (date(2024, 3, 11), "inferred")


def test_no_inference_when_a_later_year_follows() -> None:
    text = ("Title\n\nThe minister met his counterpart on Monday, March 11, 2024. Talks will "
            "resume in 2025, he said on Tuesday.")
    assert publication_date_from_text(text, "en") == (None, "unknown")


def test_run_keeps_a_given_date() -> None:
    article = Article(raw="x", text="Title\nMarch 1, 2020\nBody", published=date(2021, 5, 5))
    publication.run(article)
    assert (article.published, article.published_source) == (date(2021, 5, 5), "metadata")


def test_run_reads_the_text() -> None:
    article = Article(raw="x", text="Title\nMarch 1, 2020\nBody", language="en")
    publication.run(article)
    assert (article.published, article.published_source) == (date(2020, 3, 1), "text")
