"""The `dates` evaluation suite: it runs, scores, and fails wrong answers."""

from __future__ import annotations

import pytest

from newsevents.evaluate import check_floors
from newsevents.evaluate.dates import dates_suite, load_cases


def test_suite_meets_its_floors() -> None:
    report = dates_suite(None)
    assert report.n_items == len(load_cases()) >= 80
    assert check_floors(report) == []


def test_suite_counts_a_wrong_gold_answer_as_wrong() -> None:
    case = {"kind": "event", "lang": "en", "text": "Russia signed the treaty in 1972.",
            "trigger": "signed", "expect": "1973", "published": "2020-01-24"}
    report = dates_suite(None, cases=[case])
    assert report.metrics["event.accuracy"] == 0.0
    assert report.overall.fp == 1 and report.overall.fn == 1


def test_suite_scores_publication_cases() -> None:
    cases = [
        {"kind": "publication", "lang": "en", "text": "T\nMarch 14, 2024\nBody",
         "expect": "2024-03-14", "source": "text"},
        {"kind": "publication", "lang": "en", "text": "T\n\n©2024 Foo", "expect": "2024-01-01",
         "source": "text"},
    ]
    assert dates_suite(None, cases=cases).metrics["publication.exact"] == 0.5


def test_article_suite_scores_publication_and_each_event() -> None:
    from newsevents.evaluate.dates import date_articles_suite

    record = {"id": "t1", "lang": "en", "published": "2024-01-09",
              "text": "GENEVA, Jan. 9, 2024 - Negotiators met in Geneva on Monday.\n\n"
                      "The talks lasted six hours.\n\nIran signed a deal in 2015.\n",
              "events": [{"at": "Negotiators met", "trigger": "met", "type": "CONSULT",
                          "date": "2024-01-08"},
                         {"at": "The talks lasted", "trigger": "talks", "type": "CONSULT",
                          "date": "2024-01-08"},
                         {"at": "signed a deal", "trigger": "signed", "type": "AGREE",
                          "date": "2016"}]}
    report = date_articles_suite(None, records=[record])
    assert report.metrics["publication.exact"] == 1.0
    assert report.metrics["event.accuracy"] == pytest.approx(2 / 3)  # 2016 is wrong gold


def test_article_suite_meets_its_floors() -> None:
    from newsevents.evaluate.dates import date_articles_suite, load_date_articles

    report = date_articles_suite(None)
    assert report.n_items == len(load_date_articles()) >= 40
    assert check_floors(report) == []
