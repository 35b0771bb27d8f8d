"""The discourse stage: missing targets filled from the sentences before an event."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsevents import discourse, pipeline
from newsevents.model import Article, Event, Mention, Sentence, Span, ZoneKind

# word -> (code, country, kind, sector): the actors the hand-made articles name
ACTORS: dict[str, tuple[str, str | None, str, str | None]] = {
    "Estonia": ("EST", "EST", "country", None),
    "Russian diplomats": ("RUSGOV", "RUS", "role", "GOV"),
    "Moscow": ("RUSGOV", "RUS", "capital", "GOV"),
    "Latvia": ("LVA", "LVA", "country", None),
    "Ukraine": ("UKR", "UKR", "country", None),
    "EU": ("EU", None, "igo", "IGO"),
    "protesters": ("CVL", None, "role", "CVL"),
    "VIENNA": ("AUT", "AUT", "capital", "GOV"),
    "Iran": ("IRN", "IRN", "country", None),
    "Geneva": ("CHE", "CHE", "place", None),
}


def make(sentences: list[str], events: Sequence[tuple[int, str | None, str, str | None, str]],
         zones: dict[int, ZoneKind] | None = None) -> Article:
    """An article of `sentences` (one per paragraph), its actors found by ACTORS words,
    and `events` given as (sentence, source word, trigger, target word or None, type)."""
    text = "\n\n".join(sentences)
    article = Article(raw=text, text=text, language="en")
    pos = 0
    for i, sentence in enumerate(sentences):
        zone = (zones or {}).get(i, "body")
        article.sentences.append(Sentence(pos, pos + len(sentence), paragraph=i, zone=zone))
        for word, (code, country, kind, sector) in ACTORS.items():
            at = sentence.find(word)
            if at >= 0:
                article.mentions.append(Mention(pos + at, pos + at + len(word), code, country,
                                                sector, kind=kind))
        pos += len(sentence) + 2
    for index, src, trigger, tgt, kind in events:
        article.events.append(_event(article, index, src, trigger, tgt, kind))
    return article


def _event(article: Article, index: int, src: str | None, trigger: str, tgt: str | None,
           kind: str) -> Event:
    """One event of sentence `index` whose actors are that sentence's mentions."""
    s = article.sentences[index]
    start = article.text.index(trigger, s.start)
    return Event(sentence=index, trigger=Span(start, start + len(trigger)), event_type=kind,
                 source=_mention(article, index, src) if src else None, confidence=0.9,
                 target=_mention(article, index, tgt) if tgt else None)


def _mention(article: Article, index: int, word: str) -> Mention:
    """The mention of `word` in sentence `index`."""
    s = article.sentences[index]
    return next(m for m in article.mentions if s.start <= m.start < s.end
                and article.text[m.start : m.end] == word)


ESTONIA = [
    "Estonia on Wednesday expelled two Russian diplomats.",
    "The ministry said the two men had planned sabotage.",
    "Moscow denied any involvement and vowed to retaliate.",
]
EXPELLED = (0, "Estonia", "expelled", "Russian diplomats", "SANCTION")


def test_fills_target_from_an_earlier_event() -> None:
    article = make(ESTONIA, [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")])
    filled = discourse.fill(article)
    threat = article.events[1]
    assert filled == [threat]
    assert threat.target is not None and threat.target.country == "EST"
    assert article.text[threat.target.start : threat.target.end] == "Estonia"
    assert threat.confidence < 0.9


def test_run_returns_the_article_and_leaves_full_events_alone() -> None:
    article = make(ESTONIA, [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")])
    before = article.events[0].target
    assert discourse.run(article) is article
    assert article.events[0].target is before and article.events[0].confidence == 0.9


def test_fills_from_a_sentence_naming_only_the_pair() -> None:
    article = make(["Estonia summoned Russian diplomats on Monday.", ESTONIA[2]],
                   [(1, "Moscow", "vowed", None, "THREATEN")])
    target = discourse.fill(article)[0].target
    assert target is not None and target.country == "EST"


def test_igo_counterpart_is_an_actor() -> None:
    events = [(0, "EU", "imposed", "Iran", "SANCTION"), (1, "Iran", "vowed", None, "THREATEN")]
    article = make(["The EU imposed sanctions on Iran.", "Iran vowed to respond."], events)
    target = discourse.fill(article)[0].target
    assert target is not None and target.code == "EU"


def test_ambiguous_context_fills_nothing() -> None:
    article = make(["Estonia, Latvia and Russian diplomats met.", ESTONIA[2]],
                   [(1, "Moscow", "vowed", None, "THREATEN")])
    assert discourse.fill(article) == []


def test_own_sentence_with_another_actor_must_agree_with_context() -> None:
    agreeing = make(ESTONIA[:2] + ["Moscow vowed to retaliate against Estonia."],
                    [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")])
    target = discourse.fill(agreeing)[0].target
    assert target is not None and target.start > agreeing.sentences[2].start
    other = make(ESTONIA[:2] + ["Moscow vowed to help Ukraine."],
                 [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")])
    assert discourse.fill(other) == []


def test_types_without_a_counterpart_are_left_alone() -> None:
    article = make(ESTONIA, [EXPELLED, (2, "Moscow", "denied", None, "PROTEST")])
    assert discourse.fill(article) == []


def test_domestic_act_is_not_filled() -> None:
    article = make(ESTONIA[:2] + ["Moscow warned protesters to disperse."],
                   [EXPELLED, (2, "Moscow", "warned", None, "THREATEN")])
    assert discourse.fill(article) == []


def test_only_body_context_counts() -> None:
    article = make(ESTONIA, [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")],
                   zones={0: "title"})
    assert discourse.fill(article) == []
    caption = make(ESTONIA, [EXPELLED, (2, "Moscow", "vowed", None, "THREATEN")],
                   zones={2: "caption"})
    assert discourse.fill(caption) == []


def test_context_further_than_lookback_is_ignored() -> None:
    filler = ["Nothing happened here."] * discourse.LOOKBACK
    article = make([ESTONIA[0], *filler, ESTONIA[2]],
                   [EXPELLED, (len(filler) + 1, "Moscow", "vowed", None, "THREATEN")])
    assert discourse.fill(article) == []


def test_datelines_and_places_are_not_counterparts() -> None:
    dateline = make(["VIENNA - Iran met inspectors.", "Iran refused the request."],
                    [(1, "Iran", "refused", None, "REJECT")])
    assert discourse.fill(dateline) == []
    place = make(["Iran held talks in Geneva.", "Iran refused the request."],
                 [(1, "Iran", "refused", None, "REJECT")])
    assert discourse.fill(place) == []


def test_missing_source_is_filled_for_joint_acts_only() -> None:
    sentences = ["Estonia and Latvia signed a pact.", "The talks with Latvia went well."]
    joint = make(sentences, [(0, "Estonia", "signed", "Latvia", "AGREE"),
                             (1, None, "talks", "Latvia", "CONSULT")])
    source = discourse.fill(joint)[0].source
    assert source is not None and source.country == "EST"
    hostile = make(sentences, [(0, "Estonia", "signed", "Latvia", "AGREE"),
                               (1, None, "talks", "Latvia", "THREATEN")])
    assert discourse.fill(hostile) == []


@pytest.fixture
def with_discourse(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline with the discourse stage right after coding (once)."""
    names = [name for name, _ in pipeline.STAGES]
    if "discourse" in names:
        return
    stages = list(pipeline.STAGES)
    stages.insert(names.index("code") + 1, ("discourse", discourse.run))
    monkeypatch.setattr(pipeline, "STAGES", tuple(stages))


@pytest.mark.usefixtures("with_discourse")
def test_real_pipeline_fills_the_retaliation() -> None:
    text = ("TALLINN - Estonia on Wednesday expelled two Russian diplomats over a plot.\n\n"
            "Moscow denied any involvement and vowed to retaliate.\n")
    article = pipeline.process(Article(raw=text))
    threats = [e for e in article.events if e.event_type == "THREATEN"]
    assert threats and threats[0].target is not None
    assert threats[0].source is not None and threats[0].source.country == "RUS"
    assert threats[0].target.country == "EST"
