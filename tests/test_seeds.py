"""The whole pipeline over the real English seed articles: the events and dates the issues
name for them (the Arabic seed has its own end-to-end tests in tests/coders/test_arabic.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.model import Article, Event
from newsevents.pipeline import process

SEEDS = {
    "000": "000_0401e4cde06110e7.txt",
    "001": "001_56ad20256a752cea.txt",
    "002": "002_2c2f96d98f75e5f5.txt",
    "004": "004_086ab713619688c1.txt",
}


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    """Each English seed processed as a user would ingest it; seed 002 with a publication
    date, so that its 2011 caption can be told apart from the article's day."""
    out = {}
    for key, name in SEEDS.items():
        path = seeds_dir / name
        published = date(2019, 10, 1) if key == "002" else None
        out[key] = process(Article(raw=path.read_text(encoding="utf-8"), path=str(path),
                                   published=published))
    return out


def _find(article: Article, kind: str, source: str | None, target: str | None,
          word: str, either_way: bool = False) -> Event:
    """The event of `kind` between the two countries whose sentence holds `word`."""
    pairs = {(source, target), (target, source)} if either_way else {(source, target)}
    for e in article.events:
        sentence = article.sentence_text(e.sentence)
        pair = (e.source.country if e.source else None, e.target.country if e.target else None)
        if e.event_type == kind and pair in pairs and word in sentence:
            return e
    raise AssertionError(f"no {kind} {source}->{target} in a sentence with {word!r}")


def test_seed_001_events(seeds: dict[str, Article]) -> None:
    a = seeds["001"]
    _find(a, "AID", "RUS", "IRQ", "advanced and effective equipment")
    _find(a, "THREATEN", "USA", "IRQ", "sanctions")
    _find(a, "CONSULT", "IRQ", "RUS", "Maksimov", either_way=True)


def test_seed_004_events_and_the_1972_treaty(seeds: dict[str, Article]) -> None:
    a = seeds["004"]
    treaty = _find(a, "AGREE", "RUS", "IRQ", "treaty of friendship", either_way=True)
    assert (treaty.date.value, treaty.date.precision) == (date(1972, 1, 1), "year")
    _find(a, "ACCUSE", "IRQ", "USA", "criticized")


def test_seed_002_praise_and_its_caption(seeds: dict[str, Article]) -> None:
    a = seeds["002"]
    _find(a, "SUPPORT", "IRQ", "RUS", "praised")
    captions = [e for e in a.events if a.sentences[e.sentence].zone == "caption"]
    assert all(e.date.value != a.published for e in captions)


@pytest.mark.parametrize(("kind", "trigger", "year"), [
    ("AID", "canceled", 2008),  # "In 2008, Russia then canceled most of Iraq's ... debt"
    ("COOPERATE", "entered", 2012),  # "In 2012, Lukoil and Gazprom Neft entered ..."
    ("CONSULT", "visits", 2019),  # "officials made 60 visits in 2019"
])
def test_seed_000_events_keep_their_own_years(seeds: dict[str, Article], kind: str,
                                              trigger: str, year: int) -> None:
    a = seeds["000"]
    found = [e for e in a.events
             if e.event_type == kind and trigger in a.text[e.trigger.start:e.trigger.end]]
    assert found, f"no {kind} event triggered by {trigger!r}"
    assert (found[0].date.value, found[0].date.precision) == (date(year, 1, 1), "year")


def test_seed_purchases_have_their_buyer_and_seller(seeds: dict[str, Article]) -> None:
    """'Bagdad purchased ... from Russia' (a common spelling), 'the Iraqis want to acquire
    Russian weapons' (after a 'for example:' heading), and 'the purchase ... of T-90 tanks
    from Russia' (the tanks are goods, the seller is Russia)."""
    _find(seeds["004"], "COOPERATE", "IRQ", "RUS", "Bagdad purchased")
    _find(seeds["000"], "AGREE", "IRQ", "RUS", "the Iraqis want to acquire")
    a = seeds["002"]
    e = _find(a, "COOPERATE", "IRQ", "RUS", "T-90 tanks")
    assert e.target is not None and a.text[e.target.start:e.target.end] == "Russia"
