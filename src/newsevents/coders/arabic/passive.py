"""Victims as targets: passive readings and the place of an attack.

Unvowelled Arabic writes the active "قَتَل" and the passive "قُتِل" alike. When a
killing verb is followed by the attack it happened in ("قتل جنديان في هجوم
انتحاري", "42 جنديا قد قتلوا في هجوم"), its subject is the victim: the attack
noun, not the subject, carries the agent. State forces or officials named
without a country ("الشرطة", "دورية للشرطة") belong to the country where the
attack took place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.coders.arabic.lexicon import Match, TriggerEntry
from newsevents.coders.arabic.mentions import STATE_SECTORS, Actor
from newsevents.coders.arabic.normalize import Token
from newsevents.coders.arabic.roles import Roles, marker_of, relative_subject, speaker_of

_KILLING = frozenset({"180", "186"})  # killing, wounding, assassinating
# Prepositions that set a death inside an attack: "في هجوم", "بانفجار", "جراء قصف", "إثر غارة"
_INSIDE = frozenset({"في", "ب", "جراء", "اثر", "خلال"})
_REACH = 8  # tokens from the victim to the attack noun
_AGENT_GAP = 2  # "هجوم لحزب العمال": the ل-agent right after the noun


def passive_victim(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    actors: Sequence[Actor],
    roles: Roles,
) -> Roles:
    """Roles of a killing verb read as passive when an attack noun after it holds the death.

    "قتل ثلاثة جنود أتراك في هجوم لحزب العمال": the soldiers are the target and the
    party, the noun's ل-agent, the source. Roles are returned unchanged otherwise.
    """
    victim = roles.source or roles.target  # "قتل ثلاثة جنود" is already read as passive
    if victim is None or trig.payload.cameo not in _KILLING:
        return roles
    noun = _attack_after(tokens, trig, triggers, max(victim.last, trig.last))
    if noun is None or victim.last >= noun.first:
        return roles
    if roles.source is not None and not _object_elsewhere(roles.target, trig, noun, triggers):
        return roles
    return Roles(source=_noun_agent(noun, actors), target=victim)


def _attack_after(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
    start: int,
) -> Match[TriggerEntry] | None:
    """The first attack noun within reach after `start`, governed by في/ب/جراء/إثر."""
    for other in triggers:
        if other.first <= start or other.payload.plover != "ASSAULT" or other is trig:
            continue
        if other.first - start > _REACH:
            return None
        if _inside(tokens, other):
            return other
    return None


def _inside(tokens: Sequence[Token], noun: Match[TriggerEntry]) -> bool:
    """The noun is governed by a preposition of circumstance, maybe past an ordinal ("في ثاني")
    or a noun of number with من ("في سلسلة من الغارات", "في موجة من الهجمات")."""
    if marker_of(tokens, noun.first, noun.reading) in _INSIDE:
        return True
    if noun.first >= 2 and tokens[noun.first - 2].norm in _INSIDE:
        return True
    return (
        noun.first >= 3
        and tokens[noun.first - 1].norm == "من"
        and tokens[noun.first - 3].norm in _INSIDE
    )


def _object_elsewhere(
    target: Actor | None,
    trig: Match[TriggerEntry],
    noun: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
) -> bool:
    """No object of the verb itself: none, one inside or after the noun, or one of another verb."""
    if target is None or target.first >= noun.first:
        return True
    return any(trig.last < t.first < target.first for t in triggers if t is not noun)


def _noun_agent(noun: Match[TriggerEntry], actors: Sequence[Actor]) -> Actor | None:
    """The agent right after an attack noun: its ل-phrase ("هجوم لحزب العمال") or nisba
    ("ضربة جوية أميركية")."""
    return next(
        (
            a
            for a in actors
            if 0 < a.first - noun.last <= _AGENT_GAP
            and (a.marker == "ل" or a.kind == "demonym" and not a.marker)
        ),
        None,
    )


def localized(actor: Actor | None, country: str | None) -> Actor | None:
    """A state body named without a country takes the country of the attack's place."""
    if actor is None or not country or actor.country or actor.sector not in STATE_SECTORS:
        return actor
    return replace(actor, country=country, code=country + (actor.sector or ""))


def victim_before(
    tokens: Sequence[Token],
    trig: Match[TriggerEntry],
    actors: Sequence[Actor],
    left: int,
    roles: Roles,
) -> None:
    """ "مقتل 15 جنديا تركيا في هجوم شنه متمردون": the actor before a governed attack noun.

    Set as the target only once the event is known to have happened: a victim is no sign
    of an attack by itself.
    """
    if roles.target is not None or trig.payload.form in ("past", "pres"):
        return
    if marker_of(tokens, trig.first, trig.reading) not in _INSIDE:
        return
    victims = [
        a
        for a in actors
        if left <= a.first
        and a.last < trig.first
        and not a.marker
        and not a.qualifier
        and a is not roles.source
        and not relative_subject(tokens, a)  # "الحزب الذي يتزعمه الرئيس": not who was hurt
        and not speaker_of(tokens, a)  # "أعلن مسؤول مقتل خمسة في انفجار": who tells
    ]
    if victims:
        roles.target = victims[-1]
