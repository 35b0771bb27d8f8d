"""The records themselves: they cross process boundaries by pickling (runner workers)."""

from __future__ import annotations

import copy
import pickle
from datetime import date

from newsevents.model import (
    Article,
    Attribution,
    Event,
    EventDate,
    Location,
    Mention,
    Quantity,
    Sentence,
    Span,
    Zone,
)


def _article() -> Article:
    text = "Russia sent 12 jets to Iraq in Baghdad on Monday, the ministry said."
    src = Mention(0, 6, "RUS", "RUS", None, "Russia", "country")
    tgt = Mention(23, 27, "IRQ", "IRQ", None, "Iraq", "country")
    event = Event(
        sentence=0, trigger=Span(7, 11), event_type="AID", source=src, target=tgt,
        cameo="070", quad_class=2, goldstein=7.0, context=["military"],
        date=EventDate(date(2025, 3, 3), "day", "relative", Span(40, 49)),
        location=Location(31, 38, "Baghdad", "IRQ", 33.31, 44.36),
        quantities=[Quantity("weapon", 12, 19, 12.0, "jets")],
        attribution=Attribution(Span(51, 63), "Reuters"), coder="test/0",
    )
    return Article(raw=text, text=text, id="a1", language="en",
                   zones=[Zone(0, len(text), "body")], sentences=[Sentence(0, len(text))],
                   mentions=[src, tgt], events=[event])


def test_records_survive_pickling_and_copying_unchanged() -> None:
    article = _article()
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article and back is not article
    assert back.events[0].date.evidence == Span(40, 49)  # frozen records too
    assert copy.deepcopy(article) == article
    assert back.events[0].source is not article.events[0].source


def test_a_pickled_record_is_rebuilt_by_its_constructor() -> None:
    mention = Mention(0, 6, "RUS", "RUS", None, "Russia", "country")
    cls, args = mention.__reduce__()
    assert cls is Mention and cls(*args) == mention
