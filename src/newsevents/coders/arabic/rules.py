"""Coding one Arabic sentence: triggers, actors, roles, negation, modality, attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsevents import ontology
from newsevents.coders.arabic.context import (
    anchored,
    bare,
    is_negated,
    is_topic,
    modal_index,
    modality_of,
    protest_actions,
    reporting_words,
)
from newsevents.coders.arabic.lexicon import Match, TriggerEntry, trigger_index
from newsevents.coders.arabic.mentions import Actor, find_actors
from newsevents.coders.arabic.normalize import Token, cores, tokenize
from newsevents.coders.arabic.roles import WINDOWS, Roles, location_markers, assign, marker_of
from newsevents.model import Attribution, Event, Location, Mention, Quantity, Span

_STRONG = re.compile(r"[.!?؟;؛:\n\"“”«»]")
_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان"})
_MONEY = re.compile(
    r"(?:\d[\d,.]*|عشرات|مئات|آلاف|ملايين|مليارات)\s*(?:من\s*)?(?:ال)?"
    r"(?:مليار|مليون|ألف|الف|ملايين|مليارات)?\s*(?:من\s*)?(?:ال)?"
    r"(?:دولار|دولارات|يورو|جنيه|دينار|ريال|ليرة|درهم)"
)
_DENIAL_CAMEO = "120"
_PROTEST_ACT = TriggerEntry("141", "PROTEST", "past", "source")
# Types whose verbal nouns must be anchored in a clause that shows the event took place.
_ANCHORED_TYPES = frozenset({"ASSAULT", "PROTEST"})


@dataclass(slots=True)
class Sentence:
    """The tokens and actors of one sentence, ready for coding."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    gaps: list[str]  # text between token k-1 and token k
    actors: list[Actor]


def prepare(text: str, index: int, start: int, end: int) -> Sentence:
    """Tokenise a sentence and find its actors."""
    tokens = tokenize(text, start, end)
    gaps = [text[start : tokens[0].start] if tokens else ""]
    gaps += [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    return Sentence(index, start, end, tokens, gaps, find_actors(tokens, gaps))


def mention_of(actor: Actor, sentence: Sentence) -> Mention:
    """The `Mention` record of an actor (offsets into the clean text)."""
    tokens = sentence.tokens
    return Mention(
        tokens[actor.first].start, tokens[actor.last].end, actor.code or "",
        actor.country, actor.sector, actor.name, actor.kind,
    )


def code_sentence(text: str, sentence: Sentence, coder: str) -> list[Event]:
    """Every event of one sentence."""
    tokens = sentence.tokens
    if not tokens:
        return []
    triggers = [t for t in trigger_index().scan(tokens) if not _inside_name(t, sentence.actors)]
    triggers = [t for t in triggers if not is_topic(tokens, t)]
    triggers = _drop_denials(triggers, sentence)
    cues = modal_index().scan(tokens)
    events = [_event(text, sentence, t, triggers, cues, coder) for t in triggers]
    events += _protester_events(text, sentence, triggers, cues, coder)
    return _dedupe([e for e in events if e is not None])


def _protester_events(
    text: str, sentence: Sentence, triggers: Sequence[Match[TriggerEntry]],
    cues: Sequence[Match[object]], coder: str,
) -> list[Event | None]:
    """"وتجمع المتظاهرون", "رشق متظاهرون الشرطة": a protest act whose subject is protesters."""
    protesters = [a for a in sentence.actors if a.name == "protesters" and not a.marker]
    if not protesters:
        return []
    actions = protest_actions()
    out: list[Event | None] = []
    for k, token in enumerate(sentence.tokens):
        if not set(cores(token.norm)) & actions:
            continue
        subject = next((a for a in protesters if 0 < a.first - k <= 3 or 0 < k - a.last <= 2), None)
        if subject is None:
            continue
        trig = Match(k, k, _PROTEST_ACT, reading=token.norm)
        out.append(_event(text, sentence, trig, triggers, cues, coder))
    return out


def _inside_name(trigger: Match[TriggerEntry], actors: Sequence[Actor]) -> bool:
    """A trigger word inside a longer actor name ("مجلس التعاون الخليجي") is no trigger."""
    return any(
        a.first <= trigger.first and trigger.last <= a.last and a.last - a.first > trigger.last - trigger.first
        for a in actors
    )


def _drop_denials(triggers: list[Match[TriggerEntry]], sentence: Sentence) -> list[Match[TriggerEntry]]:
    """A denial verb followed by the event it denies is a negation, not a REJECT event."""
    out = []
    for i, trig in enumerate(triggers):
        nxt = triggers[i + 1] if i + 1 < len(triggers) else None
        denial = trig.payload.cameo == _DENIAL_CAMEO and trig.payload.form in ("past", "pres")
        if denial and nxt is not None and _same_clause(sentence, trig.last, nxt.first):
            continue
        out.append(trig)
    return out


def _same_clause(sentence: Sentence, a: int, b: int) -> bool:
    """True when no strong punctuation separates tokens a and b."""
    return not any(_STRONG.search(sentence.gaps[k]) for k in range(a + 1, b + 1))


def _limits(sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]]) -> tuple[int, int]:
    """Token range searched for the trigger's actors: its clause, cut at complementizers and other verbs."""
    left_window, right_window = WINDOWS
    left = max(0, trig.first - left_window)
    for k in range(trig.first, left, -1):
        if _STRONG.search(sentence.gaps[k]) or bare(sentence.tokens[k - 1].norm) in _COMPLEMENTIZERS:
            left = k
            break
    right = min(len(sentence.tokens) - 1, trig.last + right_window)
    for k in range(trig.last + 1, right + 1):
        if _STRONG.search(sentence.gaps[k]):
            right = k - 1
            break
    for other in triggers:
        if other.first > trig.last and other.payload.form in ("past", "pres"):
            right = min(right, other.first - 1)
            break
    return left, right


def _event(
    text: str, sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]],
    cues: Sequence[Match[object]], coder: str,
) -> Event | None:
    tokens = sentence.tokens
    left, right = _limits(sentence, trig, triggers)
    trig = _as_noun(tokens, trig)
    entry = trig.payload
    if entry.anchor == "event" and not _took_place(sentence, trig, triggers, left, right):
        return None
    roles = assign(trig, sentence.actors, left, right, tokens)
    event = Event(
        sentence=sentence.index,
        trigger=Span(tokens[trig.first].start, tokens[trig.last].end),
        event_type=entry.plover,
        coder=coder,
    )
    _fill_ontology(event, entry)
    _fill_roles(event, roles, sentence)
    event.negated = is_negated(tokens, trig, left)
    event.modality = modality_of(tokens, trig, cues, left)  # type: ignore[arg-type]
    event.location = _location(text, sentence, trig)
    event.attribution = _attribution(sentence, trig)
    event.quantities = _money(text, sentence)
    event.confidence = 0.45 + 0.2 * (event.source is not None) + 0.15 * (event.target is not None)
    return event


def _as_noun(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> Match[TriggerEntry]:
    """A verb form written with the article or a preposition is its verbal noun ("القتل", "بقصف")."""
    entry = trig.payload
    if entry.form not in ("past", "pres") or not _nominal_prefix(tokens[trig.first].norm, trig.reading):
        return trig
    anchor = "event" if entry.plover in _ANCHORED_TYPES else entry.anchor
    return replace(trig, payload=replace(entry, form="noun", anchor=anchor))


def _nominal_prefix(norm: str, reading: str) -> bool:
    prefix = norm[: len(norm) - len(reading)] if reading and norm.endswith(reading) else ""
    if reading.startswith("ال") and not norm.endswith(reading):
        return True  # "للقتل": ل + ال
    return "ال" in prefix or prefix.lstrip("وف") in ("ب", "ل", "ك")


def _took_place(
    sentence: Sentence, trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]],
    left: int, right: int,
) -> bool:
    """A verbal noun names an event that happened: not the object of a preposition, and anchored."""
    tokens = sentence.tokens
    governed = marker_of(tokens, trig.first, trig.reading)
    if governed and governed not in location_markers():
        return False  # "تعليقا على اغتيال", "للتظاهر": a topic or a purpose
    return anchored(tokens, trig, left, right) or _verb_near(trig, triggers, left, right)


def _verb_near(
    trig: Match[TriggerEntry], triggers: Sequence[Match[TriggerEntry]], left: int, right: int
) -> bool:
    """Another trigger verb in the clause shows the noun names a real event ("قتل ... في هجوم")."""
    return any(
        t is not trig and t.payload.form == "past" and not t.payload.anchor and left <= t.first <= right + 3
        for t in triggers
    )


def _fill_ontology(event: Event, entry: TriggerEntry) -> None:
    """CAMEO code, mode, context, quad class and Goldstein score from the ontology table."""
    event.cameo = entry.cameo
    try:
        info = ontology.info(entry.cameo)
    except KeyError:
        return
    event.event_mode = info.mode
    event.context = list(info.context)
    event.quad_class = info.quad
    event.goldstein = info.goldstein


def _fill_roles(event: Event, roles: Roles, sentence: Sentence) -> None:
    if roles.source is not None:
        event.source = mention_of(roles.source, sentence)
    if roles.target is not None:
        event.target = mention_of(roles.target, sentence)


def _location(text: str, sentence: Sentence, trig: Match[TriggerEntry]) -> Location | None:
    """The nearest place governed by في (or a similar preposition) after, else before, the trigger."""
    places = [a for a in sentence.actors if a.marker in ("في", "داخل", "قرب") and a.country]
    if not places:
        return None
    after = [a for a in places if a.first > trig.last]
    place = after[0] if after else places[-1]
    start, end = sentence.tokens[place.first].start, sentence.tokens[place.last].end
    return Location(start, end, text[start:end], place.country)


def _attribution(sentence: Sentence, trig: Match[TriggerEntry]) -> Attribution | None:
    """The speaker of a reporting verb before the trigger: its subject after (VSO) or before it."""
    words = reporting_words()
    tokens = sentence.tokens
    for k in range(trig.first - 1, -1, -1):
        if bare(tokens[k].norm) not in words and tokens[k].norm not in words:
            continue
        speaker = _speaker(sentence, k, trig.first)
        if speaker is not None:
            return Attribution(speaker=Span(tokens[speaker.first].start, tokens[speaker.last].end))
    return None


def _speaker(sentence: Sentence, k: int, limit: int) -> Actor | None:
    after = [a for a in sentence.actors if k < a.first < limit and a.first - k <= 3]
    if after:
        return after[0]
    before = [a for a in sentence.actors if a.last < k and k - a.last <= 6 and not a.marker]
    return before[-1] if before else None


def _money(text: str, sentence: Sentence) -> list[Quantity]:
    """Amounts of money named in the sentence."""
    out = []
    for m in _MONEY.finditer(text, sentence.start, sentence.end):
        number = re.match(r"\d[\d,.]*", m.group())
        value = float(number.group().replace(",", "")) if number else None
        out.append(Quantity("money", m.start(), m.end(), value, None))
    return out


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type and dyad in a sentence: the first trigger, completed by later ones."""
    out: list[Event] = []
    for event in events:
        twin = next((e for e in out if _same(e, event)), None)
        if twin is None:
            out.append(event)
            continue
        twin.source = twin.source or event.source
        twin.target = twin.target or event.target
    return out


def _same(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.negated != b.negated:
        return False
    return _compatible(a.source, b.source) and _compatible(a.target, b.target)


def _compatible(a: Mention | None, b: Mention | None) -> bool:
    return a is None or b is None or a.code == b.code
