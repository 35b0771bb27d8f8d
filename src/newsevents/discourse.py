"""Discourse stage: give an event its missing counterpart from the sentences before it.

Coders work sentence by sentence, so in "Estonia expelled two Russian diplomats. ...
Moscow denied any involvement and vowed to retaliate." the threat is coded RUS -> None
although a reader sees RUS -> EST. This stage, run after coding, looks back a few body
sentences for the most recent event (or, failing that, sentence) that pairs the event's
source with exactly one other actor, and takes that actor as the target. It works on
`Article.events`, `mentions` and `sentences` only, so it is language independent.

It is conservative on purpose: only types that take a counterpart, only body sentences,
never when the event's own sentence names other actors the coder chose not to use, never
for acts aimed at the source's own people, never chaining one fill into the next, and
the filled event's confidence is lowered (x0.7, the only mark of a filled actor). A
missing source is filled the same way, but only for joint acts (AGREE, CONSULT,
COOPERATE). The filled actor is the `Mention` where the counterpart was named, so its
offsets stay evidence in `Article.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsevents.model import Article, Event, Mention

# After a dateline's place: a dash, or a comma and a short date then a dash.
_DATELINE = re.compile(r"\s*(?:[-\u2013\u2014]|,[^.\n]{0,40}?\s[-\u2013\u2014]\s)")

# Types whose act is aimed at someone. PROTEST (demonstrations at home), MOBILIZE (troop
# build-ups, alerts) and ASSAULT (often internal violence) are left out: their missing
# target is usually domestic or nobody, not the country named a sentence earlier.
FILL_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE",
})
# Joint acts, the only ones whose missing source is filled (from the target's partner).
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
LOOKBACK = 3  # previous body sentences searched (one-sentence paragraphs are the norm)
CONFIDENCE_FACTOR = 0.7  # a counterpart read from context is less sure than a parsed one
# Sectors of a country's own people: with one of them in the sentence, the act is domestic.
DOMESTIC_SECTORS = frozenset({"CVL", "OPP", "REB", "CRM", "INS", "LAB", "EDU", "MED", "REF"})
NOT_ACTORS = frozenset({"place", "city", "region"})  # mention kinds that name where, not who


@dataclass(slots=True)
class _Index:
    """Mentions and events grouped by sentence index."""

    mentions: dict[int, list[Mention]]
    events: dict[int, list[Event]]


def run(article: Article) -> Article:
    """Fill missing targets (and joint acts' sources) from the preceding sentences."""
    fill(article)
    return article


def fill(article: Article) -> list[Event]:
    """Fill what can safely be filled; return the events that gained an actor.

    Every decision is taken before any is applied, so a filled actor never serves as
    context for another fill (errors do not chain).
    """
    index = _index(article)
    decisions = [(event, side, _found(article, event, side, index))
                 for event in article.events if (side := _missing_side(article, event))]
    filled = []
    for event, side, found in decisions:
        if found is not None:
            setattr(event, side, found)
            event.confidence = round(event.confidence * CONFIDENCE_FACTOR, 3)
            filled.append(event)
    return filled


def actor_key(mention: Mention | None) -> str | None:
    """What identifies an actor across sentences: its country, or an IGO's own code.

    Places ("met in Geneva") say where things happen, not who acts: they have no key.
    """
    if mention is None or mention.kind in NOT_ACTORS:
        return None
    if mention.country:
        return mention.country
    return mention.code if mention.kind == "igo" and mention.code else None


# -- deciding ------------------------------------------------------------------------
def _missing_side(article: Article, event: Event) -> str:
    """Which actor of `event` may be filled: "target", "source", or "" for neither.

    A target is filled for any type that takes one. A source only when nothing at all
    was found for it and the act is a joint one ("the visit", "the two signed"), where
    the other party of the known side is the natural reading.
    """
    if not _is_body(article, event.sentence):
        return ""
    if event.target is None and actor_key(event.source) and event.event_type in FILL_TYPES:
        return "target"
    if event.source is None and actor_key(event.target) and event.event_type in JOINT_TYPES:
        return "source"
    return ""


def _found(article: Article, event: Event, side: str, index: _Index) -> Mention | None:
    """The mention to put on `side` of `event`, or None."""
    known = event.source if side == "target" else event.target
    return _counterpart(article, event.sentence, actor_key(known), index)


def _counterpart(article: Article, sentence: int, known: str | None,
                 index: _Index) -> Mention | None:
    """The counterpart of actor `known` in the sentences before `sentence`, if unambiguous.

    When the event's own sentence names one other actor the coder did not take, it is
    used only if the context pairs `known` with that same actor (then its naming in the
    event's sentence is the evidence); two or more others there mean no fill.
    """
    own = index.mentions.get(sentence, [])
    if any(m.sector in DOMESTIC_SECTORS and not m.country for m in own):
        return None  # "police dispersed protesters": the act is aimed at people at home
    others = {actor_key(m) for m in own} - {known, None}
    found = _from_context(article, sentence, known, index) if len(others) < 2 else None
    if found is None or not others:
        return found
    return _last_named(own, others) if others == {actor_key(found)} else None


def _from_context(article: Article, sentence: int, known: str | None,
                  index: _Index) -> Mention | None:
    """The most recent counterpart of `known` in the body sentences before `sentence`."""
    for j in _previous_body(article, sentence):
        found = _from_events(index.events.get(j, []), known) or \
            _from_mentions(index.mentions.get(j, []), known)
        if found is not None:
            return found
    return None


def _from_events(events: list[Event], known: str | None) -> Mention | None:
    """The other side of this sentence's events pairing `known` with one other actor."""
    others: dict[str, Mention] = {}
    for event in events:
        keys = (actor_key(event.source), actor_key(event.target))
        if known in keys and event.source is not None and event.target is not None:
            other = event.target if keys[0] == known else event.source
            key = actor_key(other)
            if key is not None and key != known:
                others.setdefault(key, other)
    return next(iter(others.values())) if len(others) == 1 else None


def _from_mentions(mentions: list[Mention], known: str | None) -> Mention | None:
    """The one other actor named in a sentence that also names `known`."""
    keys = {actor_key(m) for m in mentions}
    others = keys - {known, None}
    if known not in keys or len(others) != 1:
        return None
    return _last_named(mentions, others)


def _last_named(mentions: list[Mention], keys: set[str | None]) -> Mention:
    """The last of `mentions` naming one of `keys` (the nearest to what follows)."""
    return [m for m in mentions if actor_key(m) in keys][-1]


# -- looking around --------------------------------------------------------------------
def _previous_body(article: Article, sentence: int) -> Iterator[int]:
    """Indexes of up to LOOKBACK body sentences before `sentence`, nearest first."""
    seen = 0
    for j in range(sentence - 1, -1, -1):
        if seen == LOOKBACK:
            return
        if _is_body(article, j):
            seen += 1
            yield j


def _is_body(article: Article, sentence: int) -> bool:
    """True when sentence `sentence` lies in the body (not a title, caption or quote)."""
    if not 0 <= sentence < len(article.sentences):
        return False
    s = article.sentences[sentence]
    return s.zone == "body" and article.zone_at(s.start) == "body"


def _is_dateline(text: str, start: int, mention: Mention) -> bool:
    """True for a place opening a sentence as a dateline ("VIENNA - ", "PARIS, May 3 -")."""
    if text[start : mention.start].strip():
        return False
    return _DATELINE.match(text, mention.end) is not None


def _index(article: Article) -> _Index:
    """Group the article's mentions and events by the sentence they sit in."""
    index = _Index({}, {})
    mentions = sorted(article.mentions, key=lambda m: m.start)
    for i, s in enumerate(article.sentences):
        index.mentions[i] = [m for m in mentions if s.start <= m.start < s.end
                             and not _is_dateline(article.text, s.start, m)]
    for event in article.events:
        index.events.setdefault(event.sentence, []).append(event)
    return index
