"""Arabic actor mentions: lexicon hits composed into resolved actors.

Composition follows Arabic noun-phrase order: a role is followed by the
nisba or country that owns it ("وزير الدفاع العراقي" → IRQ MIL, "السفير
الروسي" → RUS GOV), a head noun by the body it heads ("قائد فيلق القدس" →
IRN MIL), a name by its apposition ("الرئيس الأمريكي دونالد ترامب").
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from newsevents.coders.arabic.context import reporting_words
from newsevents.coders.arabic.lexicon import (
    ActorEntry,
    Match,
    actor_index,
    nisba_forms,
    strip_article,
    trigger_index,
)
from newsevents.coders.arabic.normalize import Token, cores, normalize
from newsevents.model import Mention

# Kinds that name a place or a polity: they lend their country to a role.
PLACE_KINDS = frozenset({"country", "demonym", "capital", "city"})
ROLE_KINDS = frozenset({"role", "head", "group"})
# Sectors whose holders take the country of a place named right after them with في.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
# Prepositions a conjunct shares with the actor before it ("في بيروت ودمشق", "بين فتح وحماس").
_SHARED = frozenset({"في", "بين"})
# Particles after which a noun is a subject, not an adjective ("إن انتحارية فجرت نفسها").
_SUBJECT_PARTICLES = frozenset({"ان", "بان", "لان", "لكن", "وان"})


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
    # a dual ("الجانبان") resolved to two parties: this actor is the first, `partner` the second
    partner: Actor | None = None


def find_actors(
    tokens: Sequence[Token], gaps: Sequence[str], context: Sequence[Mention] = ()
) -> list[Actor]:
    """Actors of one sentence: lexicon hits, composed, with their governing preposition.

    `context` holds the mentions of the article's earlier sentences, oldest first: a dual
    ("الجانبان") with fewer than two countries before it in its sentence takes them there.
    """
    from newsevents.coders.arabic.parties import bystanders, duals, members

    hits = [h for h in _scan(tokens) if not _in_month(tokens, h.first, h.last)]
    actors = [_from_hit(h) for h in hits]
    actors = _common_places(_surnames(actors, tokens, context), tokens)
    actors = _owned(_compose(actors, gaps, tokens), tokens)
    actors = _belonging(_delegations(_counts(_qualify(actors, tokens), tokens), tokens), tokens)
    actors = members(bystanders(_adjectives(actors, tokens), tokens), tokens)
    return duals(actors, tokens, context)


def _scan(tokens: Sequence[Token]) -> list[Match[ActorEntry]]:
    """Longest lexicon hits, left to right, except that a named body wins its first word.

    "قائد قوات الدعم السريع": the role row "قائد القوات" would take "قوات" and leave "الدعم
    السريع"; the body is read whole and the role before it ("قائد") on its own.
    """
    index, out, i = actor_index(), [], 0
    while i < len(tokens):
        hit = index.match_at(tokens, i)
        if hit is None:
            i += 1
            continue
        body = _body_inside(tokens, hit)
        if body is not None:
            head = index.match_at(tokens[: body.first], i)
            out.extend([head, body] if head is not None else [body])
            hit = body
        else:
            out.append(hit)
        i = hit.last + 1
    return out


def _body_inside(tokens: Sequence[Token], hit: Match[ActorEntry]) -> Match[ActorEntry] | None:
    """A named body that starts inside `hit` after its first word and runs past its end."""
    for k in range(hit.first + 1, hit.last + 1):
        inner = actor_index().match_at(tokens, k)
        named = inner is not None and inner.payload.kind in _NAMED_BODIES and inner.payload.name
        if inner is not None and named and inner.last > hit.last:
            return inner
    return None


# Particles after which a noun is the subject of a clause: "أن السوداني التقى".
_CLAUSE_OPENERS = _SUBJECT_PARTICLES | frozenset({"انه", "بانه", "فيما", "بينما", "كما", "حيث"})


def _surnames(
    actors: list[Actor], tokens: Sequence[Token], context: Sequence[Mention]
) -> list[Actor]:
    """A one-word family name that is also a nisba or a common word names its bearer only
    in a name's place; elsewhere the word keeps its other reading.

    "السوداني" is Mohammed Shia al-Sudani after a verb or a particle ("أن السوداني التقى"),
    at the start of a sentence, or once his name was given earlier in the sentence or the
    article (`context`); after a noun it is the nisba ("الجيش السوداني" SDN MIL). A common
    word ("الصدر" chest, "رئيسي" main, "البرهان" proof) also reads as the name after a title
    ("الفريق البرهان", "نظام الأسد") and is nothing otherwise ("أصيب في الصدر").
    """
    out: list[Actor] = []
    for actor in actors:
        if actor.kind != "person" or actor.first != actor.last:
            out.append(actor)
            continue
        other = _other_reading(tokens, actor.first)
        common = tokens[actor.first].norm in common_names() or actor.reading in common_names()
        if other is None and not common:
            out.append(actor)
            continue
        titled = other is None and _after_title(actor, out)
        if titled or _name_slot(tokens, actor.first) or _named_before(actor, out, context):
            out.append(actor)
        elif other is not None:
            out.append(other)
    return out


# Words before which a country name that is also a common word is the country: prepositions
# ("في مالي") and nouns of a state ("دولة مالي"); place nouns ("شمال مالي") come from roles.
_PLACE_OPENERS = frozenset(
    {"في", "الى", "من", "مع", "على", "عن", "ضد", "بين", "لدى", "نحو", "داخل", "خارج", "عبر"}
    | {"دوله", "جمهوريه", "بلد", "اراضي", "حدود"}
)


def _common_places(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A one-word country or nisba that is also a common word (common_places.txt) only in a
    place's slot.

    "مالي" is Mali in "في مالي", "شمال مالي", "حكومة مالي", "النيجر ومالي" or as a subject
    ("انسحبت مالي"); its nisba only right after a state role ("الحكومة المالية", "الجنود
    الماليين"). After any other noun it is the adjective "financial" ("دعم مالي").
    """
    out: list[Actor] = []
    for actor in actors:
        k = actor.first
        word = strip_article(actor.reading)
        if (
            actor.kind not in ("country", "demonym")
            or actor.last != k
            or word not in common_places()
        ):
            out.append(actor)
            continue
        after = out[-1] if out and out[-1].last == k - 1 else None
        if _owned_place(after, tokens) or (
            actor.kind == "country" and _place_slot(actor, after, tokens)
        ):
            out.append(actor)
    return out


# Heads that are financial as often as national: "وزارة المالية", "هيئة الأوراق المالية".
_FINANCIAL_HEADS = frozenset({"وزاره", "هيءه", "مءسسات", "مءسسه"})


def _owned_place(before: Actor | None, tokens: Sequence[Token]) -> bool:
    """True right after a state role or body ("حكومة مالي", "الجيش المالي")."""
    if before is None or before.kind not in ROLE_KINDS:
        return False
    return strip_article(tokens[before.first].norm) not in _FINANCIAL_HEADS


def _place_slot(actor: Actor, before: Actor | None, tokens: Sequence[Token]) -> bool:
    """True after a preposition, a place or state noun, a joined country, or in a name slot."""
    from newsevents.coders.arabic.roles import place_nouns

    k = actor.first
    prev = set(cores(tokens[k - 1].norm)) if k else set()
    if prev & (_PLACE_OPENERS | place_nouns()) or _name_slot(tokens, k):
        return True
    conj = _has_conj(tokens[k].norm, actor.reading)
    return before is not None and before.kind == "country" and conj  # "النيجر ومالي"


@lru_cache(maxsize=1)
def common_places() -> frozenset[str]:
    """Country names that are also common words (data/actors/ar/common_places.txt)."""
    words = _word_list("common_places.txt")
    return frozenset(form for word in words for form in nisba_forms(word))


def _other_reading(tokens: Sequence[Token], k: int) -> Actor | None:
    """The one-word nisba (demonym row) token `k` also matches, or None."""
    for reading in cores(tokens[k].norm):
        for words, entry in actor_index().by_first.get(reading, ()):
            if len(words) == 1 and entry.kind == "demonym":
                hit = Match(k, k, entry, words[0][reading], reading)
                return _from_hit(hit)
    return None


def _after_title(actor: Actor, before: Sequence[Actor]) -> bool:
    """True right after a role or a group with no country ("الرئيس", "قوات", "أنصار")."""
    prev = before[-1] if before else None
    if prev is None or prev.last != actor.first - 1 or prev.country:
        return False
    return prev.kind in ROLE_KINDS


def _name_slot(tokens: Sequence[Token], k: int) -> bool:
    """True where a bare word is a clause's subject: first word, after a verb or a particle."""
    if k == 0:
        return True
    prev = tokens[k - 1]
    readings = set(cores(prev.norm))
    if readings & _CLAUSE_OPENERS or readings & reporting_words() or readings & name_verbs():
        return True  # "أن السوداني", "وأضاف السوداني", "وصل رئيسي إلى بغداد"
    hit = trigger_index().match_at(tokens, k - 1)
    return hit is not None and hit.last == k - 1 and hit.payload.form in ("past", "pres")


def _named_before(actor: Actor, before: Sequence[Actor], context: Sequence[Mention]) -> bool:
    """True when the same person was named earlier in the sentence or the article."""
    if not actor.name:
        return False
    return any(a.name == actor.name for a in before) or any(m.name == actor.name for m in context)


@lru_cache(maxsize=1)
def common_names() -> frozenset[str]:
    """Family names that are also common words (data/actors/ar/common_names.txt), normalised."""
    path = resources.files("newsevents").joinpath("data", "actors", "ar", "common_names.txt")
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(normalize(line) for line in lines if line and not line.startswith("#"))


def _word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list from data/actors/ar/<name>, normalised, comments skipped."""
    path = resources.files("newsevents").joinpath("data", "actors", "ar", name)
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(normalize(line) for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def name_verbs() -> frozenset[str]:
    """Verbs of motion and visits whose subject slot takes a bare family name (name_verbs.txt)."""
    return _word_list("name_verbs.txt")


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """First words of state bodies, never a person's title (data/actors/ar/bodies.txt)."""
    return _word_list("bodies.txt")


@lru_cache(maxsize=1)
def month_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Gregorian, Levantine, Maghrebi and Hijri months of data/dates/ar.json, by first word."""
    path = resources.files("newsevents").joinpath("data", "dates", "ar.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in [*data["months"], *data["hijri_months"]]:
        words = tuple(normalize(name).split())
        out.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(v, key=len, reverse=True)) for first, v in out.items()}


def _in_month(tokens: Sequence[Token], first: int, last: int) -> bool:
    """True when tokens `[first, last]` lie inside a month name ("15 شعبان", "ربيع الأول").

    A date is no actor: "شعبان" is also the dual of شعب (a people), "آب" a father.
    """
    months = month_names()
    for start in range(max(0, first - 2), first + 1):  # month names have up to three words
        for reading in cores(tokens[start].norm):
            for words in months.get(reading, ()):
                end = start + len(words)
                if end > last and end <= len(tokens) and _month_at(tokens, start, words):
                    return True
    return False


def _month_at(tokens: Sequence[Token], k: int, words: tuple[str, ...]) -> bool:
    """True when `words` start at token `k`; the first may carry a proclitic, not the article.

    "وشعبان", "بالمحرم" are months; "الشعبان" (the two peoples) is not.
    """
    norm = tokens[k].norm
    first = norm == words[0] or (
        norm.endswith(words[0])
        and words[0] in cores(norm)
        and not norm[: -len(words[0])].endswith("ال")
    )
    return first and all(tokens[k + j].norm == w for j, w in enumerate(words[1:], 1))


_OWNER_REACH = 8  # tokens back to the owner of a pronoun suffix ("الجيش الأميركي ... جنوده")
_HOMELAND = "homeland"  # "بلاده", "بلادها": the country of the actor the suffix points to
_SUBJECT_REACH = 20  # tokens back to a clause subject owning it past a prepositional phrase


def _owned(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A role with a pronoun suffix ("جنوده", "قواتها") belongs to the last actor with a country.

    With no such owner nearby the pronoun points outside the sentence and the role is dropped.
    A feminine nisba ("مدنية", "انتحارية") only looks like a noun with the pronoun ه.
    """
    out: list[Actor] = []
    for actor in actors:
        if actor.kind == _HOMELAND and not actor.possessive:
            continue  # "البلاد": the country of the scene, named elsewhere
        if actor.country or not actor.possessive:
            out.append(actor)
            continue
        if tokens[actor.last].norm.endswith("يه"):
            continue
        owner = _owner_of(actor, out, tokens)
        if owner is not None and owner.country and actor.kind == _HOMELAND:
            # "قال الرئيس الفرنسي إن بلاده": his country, not his government
            out.append(replace(actor, country=owner.country, code=owner.country, kind="country"))
        elif owner is not None and owner.country:
            code = owner.country + (actor.sector or "")
            out.append(replace(actor, country=owner.country, code=code))
    return out


def _owner_of(actor: Actor, before: Sequence[Actor], tokens: Sequence[Token]) -> Actor | None:
    """The actor a pronoun suffix points to: the nearest one with a country, unless that one
    sits under a preposition and a clause subject stands further back.

    "أعلنت الجزائر إغلاق مجالها أمام الرحلات القادمة من مالي، واستدعت سفيرها": the suffix
    of "سفيرها" refers to the subject الجزائر, not to "من مالي".
    """
    from newsevents.coders.arabic.roles import marker_of

    owners = [o for o in reversed(before) if o.country]
    near = next((o for o in owners if actor.first - o.last <= _OWNER_REACH), None)
    if near is None or not marker_of(tokens, near.first, near.reading):
        return near
    subject = next(
        (
            o
            for o in owners
            if actor.first - o.last <= _SUBJECT_REACH
            and not marker_of(tokens, o.first, o.reading)
        ),
        None,
    )
    return subject or near


def _counts(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A bare count ("عشرات", "المئات") is the body it counts, or nothing when it counts things.

    "العشرات من المسلحين" are militants, not civilians; "عشرات الصواريخ" are no actor.
    """
    from newsevents.coders.arabic.context import number_words, thing_words, weapon_words

    numbers, things = number_words(), weapon_words() | thing_words()
    out: list[Actor] = []
    used: set[int] = set()
    for actor in actors:
        if actor.first in used:
            continue
        if not _bare_count(actor, tokens, numbers):
            out.append(actor)
            continue
        nxt = actor.last + 1
        if nxt < len(tokens) and set(cores(tokens[nxt].norm)) & things:
            continue  # "عشرات الصواريخ", "مئات السيارات"
        body = _counted_body(actor, actors, tokens)
        if body is None:
            out.append(actor)
            continue
        used.add(body.first)
        out.append(replace(body, first=actor.first, marker=actor.marker, conj=actor.conj))
    return out


def _bare_count(actor: Actor, tokens: Sequence[Token], numbers: frozenset[str]) -> bool:
    """A one-word count head of the civilian lexicon ("آلاف", "العشرات")."""
    if actor.kind != "head" or actor.first != actor.last or actor.country:
        return False
    return bool(set(cores(tokens[actor.first].norm)) & numbers)


def _counted_body(actor: Actor, actors: Sequence[Actor], tokens: Sequence[Token]) -> Actor | None:
    """The people counted by من after a count ("المئات من أبناء العشائر"), not a place."""
    of = actor.last + 1
    if of + 1 >= len(tokens) or tokens[of].norm != "من":
        return None
    body = next((a for a in actors if a.first == of + 1), None)
    if body is None or body.kind in PLACE_KINDS - {"demonym"} | {"head"}:
        return None  # a head noun ("أعضاء") needs its own body
    if not (body.country or body.sector):
        return None
    return body


def _adjectives(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Mark lone singular nisbas that qualify a common noun rather than name people."""
    starts = {a.last + 1 for a in actors}
    out = []
    for actor in actors:
        lone = actor.kind == "demonym" and actor.first == actor.last and actor.first not in starts
        singular = tokens[actor.first].norm.endswith(("ي", "يه", "يا"))
        if lone and singular and actor.first and _force_noun(tokens[actor.first - 1]):
            out.append(_forces(actor, tokens))  # "وحدة إسرائيلية": that country's army
            continue
        if _feminine_nisba(actor, tokens, starts):
            out.append(replace(actor, adjective=True))  # "بتهم إرهابية", "عملية انتحارية"
            continue
        out.append(replace(actor, adjective=True) if lone and singular and actor.first else actor)
    return out


def _feminine_nisba(actor: Actor, tokens: Sequence[Token], starts: set[int]) -> bool:
    """A one-word group nisba in the feminine singular after a noun: an adjective.

    "إرهابية" in "بتهم إرهابية" qualifies the charges; people are named in the plural
    ("إرهابيون") or the masculine ("إرهابي").
    """
    if actor.kind != "group" or actor.first != actor.last or not actor.first:
        return False
    if actor.first in starts or actor.country:
        return False
    if tokens[actor.first - 1].norm in _SUBJECT_PARTICLES:
        return False  # "أن انتحارية فجرت نفسها": a woman, the subject
    return tokens[actor.first].norm.endswith("يه")


def _force_noun(token: Token) -> str:
    """The reading of a unit, aircraft or armour word (data/arabic/forces.txt), or ""."""
    words = force_words()
    return next((c for c in cores(token.norm) if c in words), "")


@lru_cache(maxsize=1)
def force_words() -> frozenset[str]:
    """Units, aircraft and armour (data/arabic/forces.txt)."""
    from newsevents.coders.arabic.resources import word_set

    return word_set("forces.txt")


def _forces(nisba: Actor, tokens: Sequence[Token]) -> Actor:
    """The armed forces of the nisba's country, over the force noun and the nisba."""
    from newsevents.coders.arabic.roles import marker_of

    k = nisba.first - 1
    reading = _force_noun(tokens[k])
    return replace(
        nisba,
        first=k,
        code=(nisba.country or "") + "MIL",
        sector="MIL",
        kind="role",
        reading=reading,
        marker=marker_of(tokens, k, reading),
        conj=_has_conj(tokens[k].norm, reading),
    )


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


def _compose(actors: list[Actor], gaps: Sequence[str], tokens: Sequence[Token]) -> list[Actor]:
    """Merge adjacent actors that form one noun phrase, left to right."""
    out: list[Actor] = []
    for i, actor in enumerate(actors):
        if out and _portfolio(out[-1], actor, gaps, tokens):
            out[-1] = _combine(out[-1], actor, actor.country, out[-1].sector, out[-1].kind)
            continue
        if out and actor.first == out[-1].last + 1 and _tight(gaps, actor.first):
            if _apart(out[-1], actor, actors[i + 1 :], gaps, tokens) or _goods_for(
                out[-1], actor, tokens
            ):
                out.append(actor)
                continue
            merged = _merge(out[-1], actor, _indefinite(out[-1], tokens))
            if merged is not None:
                out[-1] = merged
                continue
        out.append(actor)
    return out


_PORTFOLIO = 2  # definite words of a ministry's name between "وزير" and its nisba


def _portfolio(left: Actor, right: Actor, gaps: Sequence[str], tokens: Sequence[Token]) -> bool:
    """ "وزير الشؤون الاجتماعية اللبناني": a construct role, its unlisted portfolio (one or
    two definite words, no actor) and the nisba of the role's country: one actor; indefinite,
    "وفد عسكري تركي" (the adjectives agree with the role)."""
    if left.kind != "role" or left.country is not None or right.kind != "demonym":
        return False
    if not right.country or not _indefinite(left, tokens) or right.possessive:
        return False
    between = range(left.last + 1, right.first)
    if not 1 <= len(between) <= _PORTFOLIO or not _tight(gaps, right.first):
        return False
    if tokens[right.first].norm.startswith("ال"):
        return all(tokens[k].norm.startswith("ال") and _tight(gaps, k) for k in between)
    # "وفد عسكري تركي": an indefinite role, its indefinite nisba adjectives, then the country's
    return all(_indefinite_nisba(tokens[k].norm) and _tight(gaps, k) for k in between)


def _indefinite_nisba(norm: str) -> bool:
    """An adjective in ي/ية without the article ("عسكري", "أمنية")."""
    return not norm.startswith(("ال", "وال")) and norm.endswith(("ي", "يه")) and len(norm) > 3


def _goods_for(left: Actor, right: Actor, tokens: Sequence[Token]) -> bool:
    """ "مدفعية لروسيا", "صواريخ للعراق": equipment followed by a ل-country is goods bound
    for that country (its buyer), not that country's forces; equipment is no actor."""
    from newsevents.coders.arabic.arms import military_goods
    from newsevents.coders.arabic.roles import marker_of

    if left.country is not None or not set(cores(tokens[left.last].norm)) & military_goods():
        return False
    return marker_of(tokens, right.first, right.reading) == "ل"


def _apart(
    left: Actor, right: Actor, rest: Sequence[Actor], gaps: Sequence[str], tokens: Sequence[Token]
) -> bool:
    """True when a person and the actor after it are two parties, not a name and its title.

    "نتنياهو وغالانت": a conjunction joins two people. "بلينكن رئيس الوزراء الإسرائيلي",
    "السيسي رئيس المجلس الرئاسي الليبي": a title whose nisba (after any further role words)
    names another country opens the next actor.
    """
    if left.kind != "person" and right.kind != "person":
        return False
    if _has_conj(tokens[right.first].norm, right.reading) or right.possessive:
        return True  # "نتنياهو وغالانت", "الصدر أنصاره": two parties, not one name
    if left.kind == "person" and right.kind in _NAMED_BODIES and right.name:
        return True  # "البرهان قوات الدعم السريع": a named body is a party of its own
    if left.kind == "person" and _body(right, tokens):
        return True  # "اتهم حميدتي الجيش السوداني": a state body is no title of a name
    if left.kind != "person" or right.kind not in ROLE_KINDS or right.country:
        return False
    owner = _title_owner(right, rest, gaps)
    return owner is not None and owner.name != left.name and owner.country != left.country


_NAMED_BODIES = frozenset({"group", "org", "igo"})


def _body(actor: Actor, tokens: Sequence[Token]) -> bool:
    """True when `actor` is a role phrase that opens with a state body ("الجيش", "حكومة")."""
    if actor.kind not in ROLE_KINDS:
        return False
    return bool(set(cores(tokens[actor.first].norm)) & body_words())


def _title_owner(title: Actor, rest: Sequence[Actor], gaps: Sequence[str]) -> Actor | None:
    """What ends a chain of role words: a nisba, a body or a person with a country, or None.

    "رئيس المجلس الرئاسي الليبي" ends in LBY; "رئيس الوزراء مصطفى مدبولي" in a person.
    """
    last, owner = title.last, None
    for actor in rest:
        if actor.first != last + 1 or not _tight(gaps, actor.first):
            break
        if actor.kind == "person":
            return replace(actor, country=None) if actor.name else owner  # another name
        if owner is not None or actor.kind not in ROLE_KINDS | PLACE_KINDS | {"org", "igo"}:
            break
        if actor.country:
            owner = actor  # the nisba or body; a name may still follow it
        last = actor.last
    return owner


def _tight(gaps: Sequence[str], index: int) -> bool:
    """True when nothing but spaces separates token `index` from the one before it."""
    return not gaps[index].strip()


def _merge(left: Actor, right: Actor, construct: bool = False) -> Actor | None:
    """The actor `left right` forms, or None when they are two actors.

    `construct` is true when `left` ends in a word without the article, so it can head a
    genitive ("قوات الاتحاد"); a definite noun cannot ("اتهم الجيش الأمم المتحدة").
    """
    if left.kind in ROLE_KINDS and left.country is None and _body_nisba(right):
        # "المبعوث الأممي", "القوات الأممية": the role belongs to the body the nisba names
        return replace(left, last=right.last, code=right.code, sector=right.sector)
    if left.kind in ROLE_KINDS and left.country is None and right.kind == "igo" and construct:
        # "قوات الاتحاد الأفريقي", "سفير الاتحاد الأوروبي": a role of the international body
        return replace(left, last=right.last, code=right.code, sector=right.sector)
    if left.kind == "head" and (right.country or right.sector):
        sector = left.sector if right.kind in PLACE_KINDS else right.sector or left.sector
        return _combine(left, right, right.country or left.country, sector, right.kind)
    # "سلطات الاحتلال", "قوات حكومة الوفاق": a state body lends its country as a place does
    owner = right.kind in PLACE_KINDS or right.kind in ("person", "org")
    if left.kind in ROLE_KINDS and left.country is None and right.country and owner:
        sector = left.sector or right.sector
        if left.possessive and right.kind == "person":
            sector = right.sector or left.sector  # "نائبه رياك مشار": his deputy, not an MP
        kind = "person" if right.kind == "person" else left.kind
        return _combine(left, right, right.country, sector, kind)
    same = left.country is not None and right.country == left.country
    if same and (right.kind in ("demonym", "person") or left.kind == "person"):
        return _combine(left, right, left.country, left.sector or right.sector, left.kind)
    if left.kind == "person" and right.kind in ROLE_KINDS and right.country in (None, left.country):
        return _combine(left, right, left.country, left.sector or right.sector, "person")
    return None


# The article, alone or after the proclitics و ف ب ك ل ("والجيش", "للجيش").
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال")


def _indefinite(actor: Actor, tokens: Sequence[Token]) -> bool:
    """True when the actor's last word has no article (proclitics aside): "لقوات", "سفير"."""
    return not tokens[actor.last].norm.startswith(_DEFINITE)


def _body_nisba(actor: Actor) -> bool:
    """A nisba of an international body rather than a country ("الأممي")."""
    return actor.kind == "demonym" and actor.country is None and actor.sector == "IGO"


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


def _governed_by(actor: Actor, marker: str, conj: bool) -> Actor:
    """The actor with this preposition and conjunction flag (a copy only when they differ:
    `replace` is slow, and most actors have neither)."""
    if actor.marker == marker and actor.conj == conj:
        return actor
    return replace(actor, marker=marker, conj=conj)


def _qualify(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """Set each actor's preposition; a state role followed by في + a place takes its country."""
    from newsevents.coders.arabic.roles import marker_of

    out = [
        _governed_by(
            a, marker_of(tokens, a.first, a.reading), _has_conj(tokens[a.first].norm, a.reading)
        )
        for a in actors
    ]
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if (
            right.conj
            and not right.marker
            and right.first == left.last + 1
            and left.marker in _SHARED
        ):
            out[i + 1] = replace(
                right, marker=left.marker
            )  # "بين بيروت ودمشق", "من الهند وباكستان"
            continue
        if right.marker != "في" or not _near(left, right, tokens) or right.kind not in PLACE_KINDS:
            continue
        out[i + 1] = replace(right, qualifier=True)
        if left.country is None and left.sector in STATE_SECTORS and left.kind in ROLE_KINDS:
            out[i] = replace(
                left, country=right.country, code=(right.country or "") + (left.sector or "")
            )
    return out


def _near(left: Actor, right: Actor, tokens: Sequence[Token]) -> bool:
    """True when only في, or an adjective and في, stand between the two actors.

    "المجلس العسكري في مالي"; "الحكومة الانتقالية في بوركينا فاسو" (a definite adjective).
    """
    gap = right.first - left.last
    if gap == 3:
        word = tokens[left.last + 1].norm
        return word.startswith("ال") and word.endswith(("ي", "يه"))
    return gap <= 2


def _has_conj(norm: str, reading: str) -> bool:
    """True when the token starts with a proclitic و, not a و of the matched word itself.

    `reading` is the token's matched core: "والسعودية" (السعودية) and "وواشنطن" (واشنطن)
    carry the conjunction, "واشنطن" and "وزير" (read whole) do not.
    """
    if not norm.startswith("و"):
        return False
    return not reading or reading != norm


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
        unit = actor.first - 2
        if actor.marker == "من" and unit >= 0 and (prev is None or prev.last < unit):
            reading = _force_noun(tokens[unit])
            if reading and (actor.country or actor.sector):
                # "قوة من الشرطة العراقية", "دورية من الجيش": a unit drawn from a body
                out.append(_unit_of(actor, unit, reading, tokens))
                continue
        if prev is not None and _people_of(prev, actor):
            # "المتظاهرون من فلسطينيين": a group of people drawn from a nationality
            out[-1] = replace(prev, last=actor.last, country=actor.country, code=_code(prev, actor))
            continue
        out.append(actor)
    return out


# "التابع ل": the unit before it belongs to the body after it, whatever their gender or number.
_BELONGING = frozenset({"تابع", "تابعه", "تابعين", "تابعون", "تابعتين"})


def _belonging(actors: list[Actor], tokens: Sequence[Token]) -> list[Actor]:
    """A role with no country + التابع/التابعة + ل + a body with one: the body's unit.

    "الطيران الحربي التابع للجيش السوداني" is SDNMIL, "عناصر تابعة لقوات الدعم السريع" SDNREB.
    """
    out: list[Actor] = []
    for actor in actors:
        prev = out[-1] if out else None
        linked = prev is not None and actor.first == prev.last + 2 and actor.marker == "ل"
        if prev is not None and linked and _unit_before(prev, actor, tokens):
            code = (actor.country or "") + (prev.sector or actor.sector or "")
            if actor.sector == "REB" or actor.kind == "group":
                code = actor.code  # a unit of an armed group is the group
            out[-1] = replace(prev, last=actor.last, country=actor.country, code=code)
            continue
        out.append(actor)
    return out


def _unit_before(unit: Actor, body: Actor, tokens: Sequence[Token]) -> bool:
    """True when `unit` (a role with no country) is linked to `body` by التابع."""
    if unit.country or not body.country or unit.kind not in ROLE_KINDS:
        return False
    return _belongs_word(tokens[unit.last + 1])


def _belongs_word(token: Token) -> bool:
    """True for التابع and its forms, with or without the article."""
    return any(strip_article(c) in _BELONGING for c in cores(token.norm))


def _unit_of(body: Actor, unit: int, reading: str, tokens: Sequence[Token]) -> Actor:
    """The body an armed unit comes from, over the unit noun."""
    from newsevents.coders.arabic.roles import marker_of

    return replace(
        body,
        first=unit,
        reading=reading,
        marker=marker_of(tokens, unit, reading),
        conj=_has_conj(tokens[unit].norm, reading),
    )


def _people_of(group: Actor, nation: Actor) -> bool:
    """A group with no country followed by من and a nisba ("متظاهرون من الفلسطينيين")."""
    return (
        group.kind == "group"
        and group.country is None
        and nation.kind == "demonym"
        and nation.marker == "من"
        and nation.first == group.last + 2
    )


def _code(group: Actor, nation: Actor) -> str:
    return (nation.country or "") + (group.sector or "")
