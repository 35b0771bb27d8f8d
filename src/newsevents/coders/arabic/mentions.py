"""Arabic actor mentions: lexicon hits composed into resolved actors.

Composition follows Arabic noun-phrase order: a role is followed by the
nisba or country that owns it ("وزير الدفاع العراقي" → IRQ MIL, "السفير
الروسي" → RUS GOV), a head noun by the body it heads ("قائد فيلق القدس" →
IRN MIL), a name by its apposition ("الرئيس الأمريكي دونالد ترامب").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsevents.coders.arabic.lexicon import ActorEntry, Match, actor_index
from newsevents.coders.arabic.normalize import Token

# Kinds that name a place or a polity: they lend their country to a role.
PLACE_KINDS = frozenset({"country", "demonym", "capital", "city"})
ROLE_KINDS = frozenset({"role", "head", "group"})
# Sectors whose holders take the country of a place named right after them with في.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


@dataclass(slots=True, frozen=True)
class Actor:
    """A composed actor over tokens `[first, last]` of a sentence."""

    first: int
    last: int
    code: str
    country: str | None
    sector: str | None
    name: str | None
    kind: str
    marker: str = ""  # the preposition that governs it ("مع", "على", "ب", "ل", "")
    qualifier: bool = False  # a place that only qualifies the actor before it
    reading: str = ""  # first token without its proclitics
    conj: bool = False  # the first token carries the conjunction و ("والسعودية")
    adjective: bool = False  # a lone singular nisba after a common noun ("مصادر أمنية عراقية")
    # a pronoun suffix ("سفارتها"): kept only when a nisba gives it a country ("نظيره المصري")
    possessive: bool = False


def find_actors(tokens: Sequence[Token], gaps: Sequence[str]) -> list[Actor]:
    """Actors of one sentence: lexicon hits, composed, with their governing preposition."""
    actors = [_from_hit(h) for h in actor_index().scan(tokens)]
    actors = [a for a in _compose(actors, gaps) if a.country or not a.possessive]
    return _adjectives(_qualify(actors, tokens), tokens)


def _adjectives(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Mark lone singular nisbas that qualify a common noun rather than name people."""
    starts = {a.last + 1 for a in actors}
    out = []
    for actor in actors:
        lone = actor.kind == "demonym" and actor.first == actor.last and actor.first not in starts
        singular = tokens[actor.first].norm.endswith(("ي", "يه", "يا"))
        out.append(replace(actor, adjective=True) if lone and singular and actor.first else actor)
    return out


def _from_hit(hit: Match[ActorEntry]) -> Actor:
    entry = hit.payload
    return Actor(
        hit.first,
        hit.last,
        entry.code,
        entry.country,
        entry.sector,
        entry.name,
        entry.kind,
        reading=hit.reading,
        possessive=hit.possessive,
    )


def _compose(actors: list[Actor], gaps: Sequence[str]) -> list[Actor]:
    """Merge adjacent actors that form one noun phrase, left to right."""
    out: list[Actor] = []
    for actor in actors:
        if out and actor.first == out[-1].last + 1 and _tight(gaps, actor.first):
            merged = _merge(out[-1], actor)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(actor)
    return out


def _tight(gaps: Sequence[str], index: int) -> bool:
    """True when nothing but spaces separates token `index` from the one before it."""
    return not gaps[index].strip()


def _merge(left: Actor, right: Actor) -> Actor | None:
    """The actor `left right` forms, or None when they are two actors."""
    if left.kind == "head" and (right.country or right.sector):
        sector = left.sector if right.kind in PLACE_KINDS else right.sector or left.sector
        return _combine(left, right, right.country or left.country, sector, right.kind)
    owner = right.kind in PLACE_KINDS or right.kind == "person"
    if left.kind in ROLE_KINDS and left.country is None and right.country and owner:
        sector = left.sector or right.sector
        kind = "person" if right.kind == "person" else left.kind
        return _combine(left, right, right.country, sector, kind)
    same = left.country is not None and right.country == left.country
    if same and (right.kind in ("demonym", "person") or left.kind == "person"):
        return _combine(left, right, left.country, left.sector or right.sector, left.kind)
    if left.kind == "person" and right.kind in ROLE_KINDS and right.country in (None, left.country):
        return _combine(left, right, left.country, left.sector or right.sector, "person")
    return None


def _combine(
    left: Actor, right: Actor, country: str | None, sector: str | None, kind: str
) -> Actor:
    name = right.name if right.kind == "person" else left.name or right.name
    if country:
        code = country + (sector if sector and sector != "IGO" else "")
    else:
        code = right.code if left.kind == "head" else left.code
    return replace(
        left, last=right.last, code=code, country=country, sector=sector, name=name, kind=kind
    )


def _qualify(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Set each actor's preposition; a state role followed by في + a place takes its country."""
    from newsevents.coders.arabic.roles import marker_of

    out = [
        replace(
            a,
            marker=marker_of(tokens, a.first, a.reading),
            conj=_has_conj(tokens[a.first].norm, a.reading),
        )
        for a in actors
    ]
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if right.conj and not right.marker and right.first == left.last + 1 and left.marker == "في":
            out[i + 1] = replace(right, marker=left.marker)  # "بين بيروت ودمشق"
            continue
        if right.marker != "في" or right.first - left.last > 2 or right.kind not in PLACE_KINDS:
            continue
        out[i + 1] = replace(right, qualifier=True)
        if left.country is None and left.sector in STATE_SECTORS and left.kind in ROLE_KINDS:
            out[i] = replace(
                left, country=right.country, code=(right.country or "") + (left.sector or "")
            )
    return out


def _has_conj(norm: str, reading: str) -> bool:
    """True when the token starts with و that is not part of the matched word."""
    return norm.startswith("و") and not reading.startswith("و")


def _delegations(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """ "وفدا من الاتحاد الأوروبي", "عناصر من الجيش": a head noun + من + the body it comes from."""
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "head"
            and actor.marker == "من"
            and actor.first == prev.last + 2
            and (actor.country or actor.sector)
        ):
            out[-1] = replace(
                _combine(prev, actor, actor.country, actor.sector or prev.sector, actor.kind),
                marker=prev.marker,
            )
            continue
        out.append(actor)
    return out
