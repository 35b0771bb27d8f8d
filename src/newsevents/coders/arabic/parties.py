"""Who an actor mention stands for: members of a body, bystanders, the two sides of a dual.

Composed mentions (see `mentions`) are refined with the words around them
(data/arabic/actor_cues.tsv): "مسلحا من تنظيم القاعدة" is al-Qaeda, "ناشطا
في كتائب الأقصى" the brigades; a relative ("ابن شقيق محمد دحلان") is no party
to what happens to them; the manner
nisba of an attack ("هجوم انتحاري") is no person; and a dual ("الجانبان",
"البلدين") stands for the two countries named before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsevents.coders.arabic.normalize import Token, cores, normalize
from newsevents.coders.arabic.resources import read_tsv

if TYPE_CHECKING:
    from newsevents.coders.arabic.mentions import Actor
    from newsevents.model import Mention

_MEMBER_MARKERS = frozenset({"من", "في"})  # "مسلحا من تنظيم", "ناشطا في كتائب"
_MEMBER_KINDS = frozenset({"group", "role"})
_BODY_KINDS = frozenset({"group", "role", "igo"})
_PLURAL_DUALS = frozenset({"البلدان", "البلدين"})  # also plural "countries" before an adjective


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """data/arabic/actor_cues.tsv grouped by kind, normalised."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("arabic", "actor_cues.tsv"):
        out.setdefault(row["kind"], set()).add(normalize(row["text"]))
    return {kind: frozenset(words) for kind, words in out.items()}


def cue_words(kind: str) -> frozenset[str]:
    """The words of one kind of data/arabic/actor_cues.tsv ("dual", "kin", "owned" ...)."""
    return _cues().get(kind, frozenset())


def cue_at(tokens: Sequence[Token], k: int, kind: str) -> bool:
    """True when token `k` (any reading without proclitics) is a cue word of `kind`."""
    if not 0 <= k < len(tokens):
        return False
    return kind in _kinds_of(tokens[k].norm)


@lru_cache(maxsize=65536)
def _kinds_of(norm: str) -> frozenset[str]:
    """The cue kinds a normalised token is a word of (asked for each token many times)."""
    readings = cores(norm)
    return frozenset(kind for kind, words in _cues().items() if any(c in words for c in readings))


# --- members of a body --------------------------------------------------------------------


def members(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A person or group with no country followed by من/في and a body: the body's member.

    A force led by a country ("التحالف بقيادة الولايات المتحدة") is that country's.
    "قتلت 11 مسلحا من تنظيم القاعدة" → IMGREB, "اغتالت ناشطا في كتائب الأقصى" → PSEREB,
    "متظاهرون من حركة الحرس الفتي": they act for the body they come from.
    """
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        if prev is not None and _member_of(prev, actor, tokens):
            sector = actor.sector or prev.sector
            code = actor.country + (sector or "") if actor.country else actor.code
            out[-1] = replace(
                prev, last=actor.last, code=code, country=actor.country, sector=sector
            )
            continue
        out.append(actor)
    return out


def _member_of(person: Actor, body: Actor, tokens: Sequence[Token]) -> bool:
    if _led_by(person, body, tokens):
        return True
    if person.country or person.kind not in _MEMBER_KINDS or body.kind not in _BODY_KINDS:
        return False
    if body.first != person.last + 2 or body.marker not in _MEMBER_MARKERS:
        return False
    if tokens[person.last + 1].norm not in _MEMBER_MARKERS:
        return False  # "من" or "في" as its own word, not a clitic on the body
    if body.qualifier or _place_word(tokens[body.first]):
        return False  # "المتظاهرين في العاصمة": where they are, not what they belong to
    return bool(body.country or body.sector) and body.code != person.code


def _place_word(token: Token) -> bool:
    """A place noun ("العاصمة", "المدينة") read as a body only by metonymy."""
    from newsevents.coders.arabic.roles import place_nouns

    return bool(set(cores(token.norm)) & place_nouns())


def _led_by(force: Actor, country: Actor, tokens: Sequence[Token]) -> bool:
    """ "التحالف الدولي بقيادة الولايات المتحدة": a force led by a country acts for it."""
    if force.country or force.kind not in _MEMBER_KINDS or country.kind != "country":
        return False
    return country.first == force.last + 2 and cue_at(tokens, force.last + 1, "led")


# --- bystanders ---------------------------------------------------------------------------


def bystanders(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Drop relatives ("ابن شقيق الرئيس"), attack manners ("هجوم انتحاري") and parties set
    aside by a contrast ("وليس جنودا باكستانيين")."""
    attack_nouns = _attack_nouns(tokens) if _has_cue(tokens, "suicide") else frozenset()
    out: list[Actor] = []
    for actor in actors:
        k = actor.first - 1
        if cue_at(tokens, k, "kin") and actor.kind not in ("country", "capital", "city"):
            continue  # "ابن شقيق محمد دحلان": a relative, not the politician
        if actor.first in attack_nouns and cue_at(tokens, actor.first, "suicide"):
            continue  # "في هجوم انتحاري": how the attack was made
        if cue_at(tokens, k, "contrast"):
            continue  # "استهدفت عناصر طالبان، وليس جنودا باكستانيين"
        out.append(actor)
    return out


def _has_cue(tokens: Sequence[Token], kind: str) -> bool:
    # same as cue_at over every index, without the per-index bounds check
    return any(kind in _kinds_of(token.norm) for token in tokens)


def _attack_nouns(tokens: Sequence[Token]) -> frozenset[int]:
    """Indices of the words inside or right after a violence noun ("هجوم", "هجوم انتحاري")."""
    from newsevents.coders.arabic.lexicon import trigger_index

    out: set[int] = set()
    for m in trigger_index().scan(tokens):
        if m.payload.plover == "ASSAULT" and m.payload.form in ("noun", "phrase"):
            out.update(range(m.first + 1, m.last + 2))
    return frozenset(out)


# --- duals --------------------------------------------------------------------------------


def duals(
    actors: list[Actor], tokens: Sequence[Token], context: Sequence[Mention] = ()
) -> list[Actor]:
    """Add an actor for each dual ("الجانبان", "البلدين") naming two parties told before it.

    The two first countries among the actors before the dual in its sentence are its
    parties; when the sentence names fewer, the two last countries of `context` (mentions
    of earlier sentences) are used. A dual with no two parties to stand for is left out.
    """
    from newsevents.coders.arabic.mentions import Actor

    taken = {k for a in actors for k in range(a.first, a.last + 1)}
    out = list(actors)
    for k in range(len(tokens)):
        if k in taken or not _dual_at(tokens, k, actors):
            continue
        pair = _pair_before(_parties(actors, tokens), k) or _pair_in(context)
        if pair is None:
            continue
        (code1, country1, sector1), (code2, country2, sector2) = pair
        reading = next((c for c in cores(tokens[k].norm) if c in cue_words("dual")), "")
        second = Actor(k, k, code2, country2, sector2, None, "pair", reading=reading)
        first = replace(second, code=code1, country=country1, sector=sector1, partner=second)
        out.append(_governed(first, tokens))
    return sorted(out, key=lambda a: a.first)


def _governed(actor: Actor, tokens: Sequence[Token]) -> Actor:
    """The dual with its preposition and conjunction, like any other actor."""
    from newsevents.coders.arabic.roles import marker_of

    norm = tokens[actor.first].norm
    return replace(
        actor,
        marker=marker_of(tokens, actor.first, actor.reading),
        conj=norm.startswith("و") and not actor.reading.startswith("و"),
    )


def _dual_at(tokens: Sequence[Token], k: int, actors: Sequence[Actor]) -> bool:
    """A dual word at `k`; "البلدان العربية" (the Arab countries) is a plural."""
    if not cue_at(tokens, k, "dual"):
        return False
    if not any(c in _PLURAL_DUALS for c in cores(tokens[k].norm)):
        return True
    nxt = k + 1
    if cue_at(tokens, nxt, "plural"):
        return False
    return not any(a.first == nxt and a.kind == "demonym" for a in actors)


Party = tuple[str, str, str | None]  # code, country, sector


def _parties(actors: Sequence[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Actors that can be a dual's party: not the speaker of a report ("ذكرت وكالة الأنباء")."""
    from newsevents.coders.arabic.roles import speaker_of

    return [a for a in actors if not speaker_of(tokens, a)]


def _pair_before(actors: Sequence[Actor], k: int) -> tuple[Party, Party] | None:
    """The first two countries named before token `k`; parties before places.

    A country is represented by its most specific mention: "السعودية ... ولي العهد السعودي"
    gives SAUGOV.
    """
    before = [a for a in actors if a.last < k and a.country and a.partner is None]
    for pool in ([a for a in before if not a.qualifier], before):
        found: list[Party] = []
        for a in pool:
            same = next((i for i, p in enumerate(found) if p[1] == a.country), None)
            if same is None:
                found.append((a.code, a.country or "", a.sector))
            elif a.sector and not found[same][2]:
                found[same] = (a.code, a.country or "", a.sector)  # "ولي العهد السعودي"
        if len(found) >= 2:
            return found[0], found[1]
    return None


def _pair_in(context: Sequence[Mention]) -> tuple[Party, Party] | None:
    """The two countries mentioned last in earlier sentences, in the order they were told."""
    found: list[Party] = []
    for m in reversed(context):
        if m.country and all(m.country != p[1] for p in found):
            found.append((m.code, m.country, m.sector))
        if len(found) == 2:
            return found[1], found[0]
    return None
