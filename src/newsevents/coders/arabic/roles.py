"""Who did what to whom: source and target from Arabic word order and prepositions.

Arabic news prose is verb-initial (VSO: "بحث الوزير مع السفير") or
topic-initial (SVO: "الحشد الشعبي أعلن أنه لم يقصف"). Prepositions mark the
other party: مع for partners, على/ضد for targets of force or pressure, إلى
for a visit's host. A verbal noun takes its actor as a genitive right after
it ("مظاهرات الطلاب", "اعتقال الناشطين") or as a nisba ("غارات إسرائيلية").

A noun with a pronoun suffix ("خلال لقائه نظيره") has its agent in the pronoun, the
clause's subject, and its object after it. A nisba right after a verb-looking trigger
makes it a noun ("رفضت طلبا أمريكيا"); a nisba after another act noun is that act's
("رغم التحذيرات الإسرائيلية"). Receivers of an act are its target, the من-actor its
source ("تلقى اتصالا من"); a conditional clause is a clause of its own; a mediator's
"بين A وB" names whom it mediates for; welcoming an act between parties supports them;
troops deployed or withdrawn are the source's own, no target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsevents.coders.arabic.context import (
    bare,
    in_list,
    is_count,
    number_words,
    reporting_words,
    weapon_words,
)
from newsevents.coders.arabic.lexicon import Match, TriggerEntry, trigger_index
from newsevents.coders.arabic.mentions import STATE_SECTORS, Actor
from newsevents.coders.arabic.normalize import Token, cores, normalize
from newsevents.coders.arabic.resources import read_tsv, word_set

_WINDOW_LEFT = 14  # tokens searched before a trigger for its subject
_WINDOW_RIGHT = 14  # tokens searched after it for subject, object and prepositional target
_VSO_GAP = 3  # a verb's subject follows it within this many tokens
_BETWEEN_GAP = 3  # "اشتباكات عنيفة بين": tokens from a noun to its بين-parties
_NO_PLACE_SOURCES = frozenset({"ASSAULT", "PROTEST"})
_SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_PASSIVE_CAMEOS = frozenset({"180", "181", "186"})
_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان"})  # "قال في بيان إن موسكو ..."


@dataclass(slots=True, frozen=True)
class Preposition:
    """What an actor governed by this preposition is to an event of the listed types."""

    role: str  # target, source, location
    types: frozenset[str]  # PLOVER types; empty with "*" meaning all

    def applies(self, plover: str) -> bool:
        """True when the preposition marks this role for `plover` events."""
        return "*" in self.types or plover in self.types


@lru_cache(maxsize=1)
def prepositions() -> dict[str, Preposition]:
    """data/arabic/prepositions.tsv, keyed by normalised text."""
    out = {}
    for row in read_tsv("arabic", "prepositions.tsv"):
        types = frozenset(row.get("types", "").split())
        out[normalize(row["text"])] = Preposition(row["role"], types)
    return out


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns between a preposition and a place name ("في شمال العراق")."""
    return word_set("place_nouns.txt")


def marker_of(tokens: Sequence[Token], i: int, reading: str) -> str:
    """The preposition governing the word at `i`: a separate word before it, or a clitic ب/ل.

    Place nouns in between are skipped: "في شمال العراق" is governed by في.
    """
    places, holders = place_nouns(), holder_nouns()
    k, place = i, False
    while k >= 1:
        readings = set(cores(tokens[k - 1].norm))
        if not readings & (places | holders):
            break
        place = place or bool(readings & places)
        k -= 1
    own = _clitic(tokens[i].norm, reading)
    if k < i and own == "ل":
        return own  # "دورية للجيش العراقي": ل marks the owner of the holding
    if k < i:  # "على مواقع الحوثيين": the preposition governs the owner too
        found = _marker_at(tokens, k, _strip_clitic(tokens[k].norm))
        return found or ("في" if place else "")  # "شمال باكستان" is a place even without في
    found = _marker_at(tokens, i, reading)
    if not found and i >= 2 and _quantifier(tokens[i - 1].norm):
        # "من قبل عدة ضباط", "على أيدي عشرات المسلحين": an agent phrase past its count
        before = _marker_at(tokens, i - 1, tokens[i - 1].norm)
        prep = prepositions().get(before) if before else None
        return before if prep is not None and prep.role == "source" else ""
    return found


def _quantifier(norm: str) -> bool:
    """A number or count word ("عدة", "عشرات", "5")."""
    return norm.isdigit() or any(c in number_words() for c in cores(norm)) or norm == "عده"


@lru_cache(maxsize=1)
def holder_nouns() -> frozenset[str]:
    """Nouns for things an actor owns ("مواقع", "مقر"), transparent to prepositions."""
    return word_set("holder_nouns.txt")


def _strip_clitic(norm: str) -> str:
    """The reading of a place or holder noun without proclitics ("بشمال" → "شمال")."""
    nouns = place_nouns() | holder_nouns()
    readings = [c for c in cores(norm) if c in nouns]
    return readings[0] if readings else norm


def _marker_at(tokens: Sequence[Token], i: int, reading: str) -> str:
    preps = prepositions()
    if i >= 2 and f"{tokens[i - 2].norm} {tokens[i - 1].norm}" in preps:
        return f"{tokens[i - 2].norm} {tokens[i - 1].norm}"
    if i >= 1:
        before = tokens[i - 1].norm
        if before == "من" and i >= 3 and tokens[i - 2].norm == "كل":
            return _marker_at(tokens, i - 2, tokens[i - 2].norm)  # "في كل من الهند وباكستان"
        for word in (before, before[1:] if before[:1] in "وف" else before):
            if word in preps:
                return "" if word == "من" and _partitive(tokens, i - 1) else word
    return _clitic(tokens[i].norm, reading)


def _partitive(tokens: Sequence[Token], prep: int) -> bool:
    """ "عدد من الشبان", "خمسة من عناصر": من after a count names the counted, not a source."""
    if prep < 1:
        return False
    word = tokens[prep - 1].norm
    return word.isdigit() or any(c in number_words() for c in cores(word))


def _clitic(norm: str, reading: str) -> str:
    """ب or ل when the match only held after removing that proclitic ("بروسيا", "للعراق")."""
    if not reading or reading == norm:
        return ""
    core = reading[2:] if reading.startswith("ال") and not norm.endswith(reading) else reading
    prefix = norm[: len(norm) - len(core)] if norm.endswith(core) else ""
    prefix = prefix.removesuffix("ال").lstrip("وف")
    if prefix in ("لل", "ل"):
        return "ل"
    if prefix in ("ب", "ك"):
        return prefix
    return ""


@dataclass(slots=True)
class Roles:
    """The source and target actors chosen for one trigger."""

    source: Actor | None = None
    target: Actor | None = None


def assign(
    trigger: Match[TriggerEntry],
    actors: Sequence[Actor],
    left_limit: int,
    right_limit: int,
    tokens: Sequence[Token],
) -> Roles:
    """Source and target of `trigger` among the sentence's actors inside the given token limits."""
    entry = trigger.payload
    usable = [
        a
        for a in actors
        if not a.qualifier
        and a.marker not in location_markers()
        and (not a.adjective or a.first > trigger.last)  # "مصادر أمنية عراقية" is no subject
    ]
    if entry.plover in _NO_PLACE_SOURCES:  # a bare city or country rarely riots or bombs
        usable = [a for a in usable if a.kind != "city"]
    inside = [a for a in usable if a.first <= trigger.first and a.last >= trigger.last]
    left_limit, right_limit = _condition_cut(tokens, trigger, left_limit, right_limit)
    left = [a for a in usable if left_limit <= a.first and a.last < trigger.first]
    right = [
        a
        for a in usable
        if trigger.last < a.first <= right_limit and not _other_act(tokens, trigger, a, usable)
    ]
    roles = Roles()
    # "من قبل", "على أيدي": an agent phrase names the source wherever it stands
    by = next((a for a in right + left if _agent_marker(a.marker)), None)
    if inside:
        roles.source = inside[0]
    elif by is not None:
        roles.source = by
    noun = entry.form == "noun" or (entry.form == "phrase" and not _verbal(trigger, tokens))
    if noun or _nisba_after(trigger, right, tokens):
        _noun_roles(trigger, entry, left, right, roles, tokens)
    else:
        earlier = [a for a in usable if a.last < trigger.first]
        _verb_roles(trigger, entry, (left, earlier), right, roles, tokens)
    _coordinate(entry.plover, usable, roles, tokens)
    pair = _between(trigger, [a for a in actors if trigger.last < a.first <= right_limit])
    if pair is not None and _mediator(tokens, trigger, roles.source, pair):
        roles.target = pair[0]  # "عرضت تركيا الوساطة بين روسيا وأوكرانيا": Turkey mediates
    elif pair is not None:
        roles.source, roles.target = pair  # "اشتباكات بين الشرطة والمسلحين"
    elif entry.plover in _APPROVING and roles.target is None:
        roles.target = _welcomed_party(trigger, actors, right_limit)
    if roles.target is None and _ends_with_preposition(tokens, trigger):
        # "احتجاجا على زيارة بوش": the phrase's own على governs the next actor
        roles.target = next(
            (a for a in right if a.first - trigger.last <= 3 and a is not roles.source), None
        )
    if entry.plover == "ASSAULT" and _casualties(roles.target):
        roles.target = _aimed_at(actors, tokens, trigger, roles.source) or roles.target
    if roles.target is None and entry.plover == "ASSAULT" and not _others(right, roles.source):
        roles.target = _foreign_ground(actors, trigger.last, right_limit, roles.source)
    if roles.target is None and entry.plover == "PROTEST":
        roles.target = _slogan_target(usable, tokens, roles.source)
    if entry.plover in _DEPLOYING and _own_force(roles.target, roles.source):
        roles.target = None  # "نشرت روسيا قوات إضافية": the troops moved are the source's own
    prep = _prep_target(entry.plover, right + left[::-1], roles.source)
    passive = roles.target is not None and roles.target.last < trigger.first  # "متمردا قتلوا"
    if prep is not None and (
        roles.target is None or _prefers_prep(entry.plover, prep) and not passive
    ):
        roles.target = prep
    if entry.plover == "ASSAULT" and _casualties(roles.target):
        roles.target = _aimed_at(actors, tokens, trigger, roles.source) or roles.target
    if roles.target is None and entry.plover == "ASSAULT" and not _others(right, roles.source):
        roles.target = _foreign_ground(actors, trigger.last, right_limit, roles.source)
    if roles.target is None and entry.plover == "PROTEST":
        near = [a for a in actors if left_limit <= a.first <= right_limit and not a.qualifier]
        roles.target = _mission_owner(near, tokens, roles.source)
    _pair_roles(trigger, left, right, roles)
    _giver_roles(trigger, left, right, roles, tokens)
    roles.source = placed(roles.source, actors, tokens)
    roles.target = placed(roles.target, actors, tokens)
    if (
        roles.target is not None
        and roles.source is not None
        and roles.target.code == roles.source.code
    ):
        roles.target = None
    return roles


_DEPLOYING = frozenset({"MOBILIZE", "RETREAT"})  # acts that move the source's own forces
_FORCES = frozenset({"MIL", "COP"})


def _own_force(target: Actor | None, source: Actor | None) -> bool:
    """Troops with no country, or of the source's country, moved by the source."""
    if target is None or source is None or target.sector not in _FORCES:
        return False
    return target.country is None or target.country == source.country


_PLACE_KINDS = frozenset({"country", "capital", "city"})
# armed groups cross borders: "خلية إرهابية في القطيف" is not known to be Saudi
_UNPLACED = frozenset({"REB", "IGO"})


def placed(actor: Actor | None, actors: Sequence[Actor], tokens: Sequence[Token]) -> Actor | None:
    """An actor with no country takes that of a place right after it ("مدنيين في شمال العراق",
    "محكمة الاستئناف في تونس"): the في-phrase says where these people or bodies are.

    Only a place attached to the actor counts (في and region nouns in between), not the
    event's place elsewhere in the sentence; for unnamed people only a country, since a
    city mostly names the scene ("هاجم مسلحون المدنيين في البصرة" stays CVL).
    """
    if actor is None or actor.country or not actor.sector or actor.code != actor.sector:
        return actor  # "عناصر داعش" (IMGREB) has its code; a dual has its parties
    if actor.sector in _UNPLACED or actor.partner is not None:
        return actor
    place = next((a for a in actors if a.first > actor.last), None)
    if place is None or place.kind not in _PLACE_KINDS or not place.country:
        return actor
    if actor.sector == "CVL" and place.kind != "country":
        return actor  # "المدنيين في البصرة": a city names the scene, not whose people they are
    if place.marker != "في" or not _attached(tokens, actor.last, place.first):
        return actor
    return replace(actor, country=place.country, code=place.country + actor.sector)


def _attached(tokens: Sequence[Token], last: int, place: int) -> bool:
    """Only في and place nouns stand between the actor's last token and the place."""
    between = [tokens[k].norm for k in range(last + 1, place)]
    if not between or between[0] != "في":
        return False
    regions = _regions()
    return all(set(cores(w)) & regions for w in between[1:])


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Place nouns that leave a place's country on an actor (sites such as ساحة do not)."""
    return place_nouns() - word_set("site_nouns.txt")


def _condition_cut(
    tokens: Sequence[Token], trigger: Match[TriggerEntry], left: int, right: int
) -> tuple[int, int]:
    """The token limits cut at conditional particles: the condition is a clause of its own.

    "هددت ... على العراق إذا مضى في شراء منظومة روسية": who the condition is about is no
    party to the threat; "هددت إيران ... إذا هاجمتها إسرائيل": nor is the threatener the
    attacker of the condition.
    """
    from newsevents.coders.arabic.parties import cue_at

    for k in range(trigger.first - 1, left - 1, -1):
        if cue_at(tokens, k, "condition"):
            left = k + 1
            break
    for k in range(trigger.last + 1, min(right, len(tokens) - 1) + 1):
        if cue_at(tokens, k, "condition"):
            return left, k - 1
    return left, right


_BLAMING = frozenset({"ACCUSE"})  # who is blamed for an act is its agent, not its victim


def _victim_of_act(
    tokens: Sequence[Token], trigger: Match[TriggerEntry], actor: Actor, actors: Sequence[Actor]
) -> bool:
    """ "ندد الاتحاد بالهجوم على السفارة الأمريكية": the على-object of a condemned act is
    its victim, not the one condemned. True when another act noun governs the actor, also
    past a place noun and the act's nisba ("الغارات الإسرائيلية على جنوب لبنان")."""
    k = actor.first - 1
    places = place_nouns() | holder_nouns()
    while k > trigger.last and set(cores(tokens[k].norm)) & places:
        k -= 1
    prep = k if tokens[k].norm in prepositions() else k + 1
    noun = prep - 1
    nisba = next(
        (a for a in actors if a.last == noun and (a.kind == "demonym" or a.adjective)), None
    )
    if nisba is not None:
        noun = nisba.first - 1
    if noun <= trigger.last:
        return False
    hit = trigger_index().match_at(tokens, noun)
    return hit is not None and hit.last == noun


_NEAR_OBJECT = 1  # tokens between a trigger (or its VSO subject) and a noun that is its object


def _other_act(
    tokens: Sequence[Token], trigger: Match[TriggerEntry], actor: Actor, actors: Sequence[Actor]
) -> bool:
    """A nisba after another act noun is that act's actor ("رغم التحذيرات الإسرائيلية"),
    unless the noun is the trigger's object ("أدانت مصر الهجوم الإسرائيلي": ISR is the target).

    The noun is the object when it follows the trigger, or an actor right after it, closely.
    """
    if actor.marker and trigger.payload.plover in _BLAMING:
        return _victim_of_act(tokens, trigger, actor, actors)
    noun = actor.first - 1
    nisba = actor.kind == "demonym" or actor.adjective  # "لاعتداءات إرهابية" too
    if not nisba or actor.marker or noun <= trigger.last:
        return False
    hit = trigger_index().match_at(tokens, noun)
    if hit is None or hit.last != noun:
        return False
    ends = {trigger.last} | {a.last for a in actors if a.first == trigger.last + 1}
    ends = {_past_statement(tokens, end) for end in ends}  # "أدانت الجامعة في بيان الغارات"
    return all(noun - end > _NEAR_OBJECT for end in ends)


def _past_statement(tokens: Sequence[Token], end: int) -> int:
    """ "في بيان", "في تصريح": a statement between a verb's subject and its object."""
    statement = end + 2 < len(tokens) and bare(tokens[end + 1].norm) == "في"
    if statement and in_list(tokens[end + 2].norm, reporting_words()):
        return end + 2
    return end


def _pair_roles(
    trigger: Match[TriggerEntry], left: Sequence[Actor], right: Sequence[Actor], roles: Roles
) -> None:
    """A dual subject ("ووقع البلدان", "الجانبان اتفقا") is both parties: source and target.

    The dual stands right after the trigger (VSO) or is the last unmarked actor before it.
    """
    after = [a for a in _unmarked(right) if a.first - trigger.last <= _VSO_GAP]
    before = _unmarked(left)
    dual = next((a for a in after[:1] + before[-1:] if a.partner is not None), None)
    if dual is not None:
        roles.source, roles.target = dual, dual.partner


_GIVER_GAP = 3  # "اتصالا هاتفيا من الرئيس": tokens from the act to its من-giver
_GIVING = frozenset({"AID"})  # types whose من-actor after the noun gives: "مساعدات من اليابان"


def _giver_roles(
    trigger: Match[TriggerEntry],
    left: Sequence[Actor],
    right: Sequence[Actor],
    roles: Roles,
    tokens: Sequence[Token],
) -> None:
    """The من-actor right after a received or given act is its source.

    "تلقى الرئيس اتصالا هاتفيا من نظيره": the caller initiates (source), the receiver,
    the subject of تلقى, is the target. "شحنة مساعدات من السعودية": the giver.
    """
    giver = next(
        (a for a in right if a.marker == "من" and 0 < a.first - trigger.last <= _GIVER_GAP), None
    )
    if giver is not None and giver is not roles.source:
        if _received(tokens, trigger, roles.source):
            roles.source, roles.target = giver, roles.source
        elif trigger.payload.plover in _GIVING and roles.source is None:
            roles.source = giver
        return
    own = roles.source is not None and roles.source.first == trigger.last + 1
    if own and roles.target is None:  # "تلقت طهران تهديدا إسرائيليا": the nisba is the giver
        receiver = next((a for a in left[::-1] if _received(tokens, trigger, a)), None)
        roles.target = receiver if receiver is not None and receiver is not roles.source else None


def _received(tokens: Sequence[Token], trigger: Match[TriggerEntry], subject: Actor | None) -> bool:
    """A verb of receiving or answering governs the trigger, `subject` being its subject.

    The verb stands right before the trigger (SVO: "الرياض رفضت طلبا") or before the
    subject right before it (VSO: "تلقى الرئيس اتصالا").
    """
    from newsevents.coders.arabic.parties import cue_at

    if subject is None or subject.marker:
        return False
    if subject.last < trigger.first - 1:
        return subject.last == trigger.first - 2 and cue_at(tokens, trigger.first - 1, "receive")
    return subject.last == trigger.first - 1 and cue_at(tokens, subject.first - 1, "receive")


_AIM_REACH = 12  # tokens from an attack to "استهدف" ("قتل 5 ... في هجوم انتحاري ... استهدف")
_AIM_OBJECT = 4  # tokens from "استهدف" to the owner of its object ("استهدف دورية مشتركة للقوات")


def _casualties(target: Actor | None) -> bool:
    """No target yet, or only unnamed people with no country ("مقتل 15 شخصا")."""
    return target is None or (not target.country and target.sector in (None, "CVL"))


def _aimed_at(
    actors: Sequence[Actor],
    tokens: Sequence[Token],
    trigger: Match[TriggerEntry],
    source: Actor | None,
) -> Actor | None:
    """What the attack was aimed at: the object of a following استهدف, a country's or a state's.

    "مقتل 15 شخصا في هجوم انتحاري استهدف دورية مشتركة للقوات العراقية": the patrol's
    owner is the target; the dead are the outcome.
    """
    from newsevents.coders.arabic.parties import cue_at

    stop = min(len(tokens), trigger.last + 1 + _AIM_REACH)
    aim = next((k for k in range(trigger.last + 1, stop) if cue_at(tokens, k, "aim")), None)
    if aim is None:
        return None
    return next(
        (
            a
            for a in actors
            if aim < a.first <= aim + _AIM_OBJECT
            and (a.country or a.sector in STATE_SECTORS)  # localised to the place later
            and a is not source
            and a.marker in ("", "ل")
        ),
        None,
    )


def _others(actors: Sequence[Actor], source: Actor | None) -> bool:
    """Some actor other than the source, who may yet prove to be the victim."""
    return any(a is not source and (source is None or a.code != source.code) for a in actors)


def _foreign_ground(
    actors: Sequence[Actor], after: int, right_limit: int, source: Actor | None
) -> Actor | None:
    """A state striking inside another country strikes that country ("نفذت إسرائيل ضربة في سورية").

    Only a source with a country and a country (not a city) named after the trigger count:
    a city names the scene more than a party, and a place before the act sets the scene.
    """
    if source is None or not source.country:
        return None
    return next(
        (
            a
            for a in actors
            if after < a.first <= right_limit
            and a.kind == "country"
            and a.marker in location_markers()
            and a.country
            and a.country != source.country
        ),
        None,
    )


def _mission_owner(
    candidates: Sequence[Actor], tokens: Sequence[Token], source: Actor | None
) -> Actor | None:
    """The country whose embassy a protest stands at: "تجمعوا حول مقر سفارة استونيا"."""
    from newsevents.coders.arabic.parties import cue_at

    return next(
        (
            a
            for a in candidates
            if a is not source
            and a.country
            and (cue_at(tokens, a.first - 1, "mission") or cue_at(tokens, a.first, "mission"))
        ),
        None,
    )


def _between(trigger: Match[TriggerEntry], right: Sequence[Actor]) -> tuple[Actor, Actor] | None:
    """ "اشتباكات بين A و(بين) B": the two parties named right after the trigger, A first."""
    first = next((a for a in right if a.marker == "بين"), None)
    if first is None or first.first - trigger.last > _BETWEEN_GAP:
        return None
    if first.partner is not None:
        return first, first.partner  # "التعاون الأمني بين البلدين"
    second = next((a for a in right if a.first > first.last), None)
    if second is None or not second.conj or second.first - first.last > _BETWEEN_GAP:
        return None
    return (first, second) if second.marker in ("", "بين") and second.code != first.code else None


_APPROVING = frozenset({"SUPPORT"})  # welcoming an act between parties supports them
_WELCOMED_GAP = 5  # "رحب X باتفاق السلام الموقع بين": tokens from the verb (or X) to a party


def _mediator(
    tokens: Sequence[Token],
    trigger: Match[TriggerEntry],
    source: Actor | None,
    pair: tuple[Actor, Actor],
) -> bool:
    """A mediation word with its own subject: the subject mediates between the pair."""
    from newsevents.coders.arabic.parties import cue_at

    if source is None or source in pair:
        return False
    return any(cue_at(tokens, k, "mediate") for k in range(trigger.first, trigger.last + 1))


def _welcomed_party(
    trigger: Match[TriggerEntry], actors: Sequence[Actor], right_limit: int
) -> Actor | None:
    """ "رحبت السعودية بالاتفاق بين الحكومة اليمنية والحوثيين": the first party of the welcomed
    act, named with بين a few words after the verb, is what the support is directed at."""
    near = [a for a in actors if trigger.last < a.first <= right_limit]
    start = trigger.last
    if near and near[0].first == start + 1 and not near[0].marker:
        start = near[0].last  # past the VSO subject: "ورحب الاتحاد الأفريقي باتفاق"
    first = next((a for a in near if a.marker == "بين"), None)
    if first is None or first.first - start > _WELCOMED_GAP:
        return None
    return first


def _agent_marker(marker: str) -> bool:
    """True when `marker` is a preposition whose actor is the source (data: role "source")."""
    prep = prepositions().get(marker) if marker else None
    return prep is not None and prep.role == "source"


def _coordinate(
    plover: str, actors: Sequence[Actor], roles: Roles, tokens: Sequence[Token]
) -> None:
    """ "مصر والسعودية" as the subject of a joint event: the first is source, the second target."""
    source = roles.source
    if source is None or plover not in _SYMMETRIC:
        return
    for a, b in zip(actors, actors[1:], strict=False):
        if b.first == a.last + 1 and b.marker == "" and _joined(tokens, b):
            if b is source and (roles.target is None or not _country_party(roles.target)):
                # "موسكو وبغداد وقعتا اتفاقا لتوريد دبابات": the pair, not the object
                roles.source, roles.target = a, b
            elif a is source and roles.target is None:
                roles.target = b


def _country_party(actor: Actor) -> bool:
    """An actor with a country of its own (not a bare sector such as "دبابات" → MIL)."""
    return actor.country is not None


def _joined(tokens: Sequence[Token], actor: Actor) -> bool:
    """The actor's first token carries the conjunction و, also before a name that itself
    starts with و ("وواشنطن": `conj` is unset when the reading starts with و)."""
    norm = tokens[actor.first].norm
    return actor.conj or (norm.startswith("وو") and norm[1:].endswith(actor.reading))


def _ends_with_preposition(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    prep = prepositions().get(tokens[trigger.last].norm)
    return trigger.last > trigger.first and prep is not None and prep.role == "target"


@lru_cache(maxsize=1)
def slogans() -> frozenset[str]:
    """Slogan words ("يسقط", "الموت") whose next actor is the protest's target."""
    return word_set("slogans.txt")


def _slogan_target(
    actors: Sequence[Actor], tokens: Sequence[Token], source: Actor | None
) -> Actor | None:
    """ "هتفوا «يسقط بوش»", "الموت لأمريكا": the actor right after a slogan word."""
    words = slogans()
    for actor in actors:
        if actor is source or actor.first == 0:
            continue
        before = tokens[actor.first - 1].norm
        if in_list(before, words) or (actor.marker == "ل" and bare(before) == "الموت"):
            return actor
    return None


_ALA = normalize("على")  # markers are normalised: ى is written ي


def _prefers_prep(plover: str, actor: Actor) -> bool:
    """مع names the partner of cooperative events even when an object noun comes first."""
    return (
        actor.marker == "مع"
        or plover in ("COERCE", "SANCTION", "THREATEN")
        and actor.marker == _ALA
    )


def read_as_noun(
    trigger: Match[TriggerEntry], actors: Sequence[Actor], tokens: Sequence[Token]
) -> bool:
    """True when a verb-looking trigger is a noun by its agreeing nisba ("طلبا أمريكيا"):
    no verb, so it should not cut another trigger's window."""
    return _nisba_after(trigger, [a for a in actors if a.first > trigger.last], tokens)


def _nisba_after(
    trigger: Match[TriggerEntry], right: Sequence[Actor], tokens: Sequence[Token]
) -> bool:
    """A lone nisba agreeing with the trigger word makes it a noun: "رفضت طلبا أمريكيا".

    A verb takes no adjective, so a verb-looking form ("طلبا", "تهديدا") followed by a
    nisba in the same ending is the verbal noun, and the nisba is its actor; a verb's
    subject nisba has its own case ("هاجم أفغاني جنودا").
    """
    first = right[0] if right else None
    if first is None or first.first != trigger.last + 1 or first.marker:
        return False
    if first.kind != "demonym" or not first.adjective:
        return False
    word, nisba = tokens[trigger.last].norm, tokens[first.first].norm
    accusative = word.endswith("ا") and nisba.endswith("يا")  # "طلبا أمريكيا"
    feminine = word.endswith(("ه", "ات")) and nisba.endswith("يه")  # "ضربة أمريكية"
    return accusative or feminine


def _verbal(trigger: Match[TriggerEntry], tokens: Sequence[Token]) -> bool:
    """A phrase trigger read as a verb: its first word is not a definite noun."""
    return not tokens[trigger.first].norm.startswith(("ال", "وال", "بال", "لل"))


@lru_cache(maxsize=1)
def location_markers() -> frozenset[str]:
    """Prepositions that place an event (في، خلال) rather than mark a participant."""
    return frozenset(k for k, v in prepositions().items() if v.role == "location")


def _unmarked(actors: Sequence[Actor]) -> list[Actor]:
    return [a for a in actors if not a.marker]


def _noun_roles(
    trigger: Match[TriggerEntry],
    entry: TriggerEntry,
    left: Sequence[Actor],
    right: Sequence[Actor],
    roles: Roles,
    tokens: Sequence[Token],
) -> None:
    """Verbal nouns: a nisba or genitive right after the noun, else the clause's topic."""
    if _pronoun_agent(trigger, entry, left, right, roles):
        return
    agent = next((a for a in right if a.marker == "ل" and a.first - trigger.last <= 2), None)
    if agent is not None and roles.source is None:
        roles.source = agent  # "هجوم لحزب العمال", "مظاهرة للطلاب"
    reach = 2 + _partitive_span(tokens, trigger.last + 1)  # "مقتل ثلاثة من عناصر الشرطة"
    after = [a for a in _unmarked(right) if a.first - trigger.last <= reach]
    genitive = _genitive_role(entry)
    if after and roles.source is not None and genitive == "target" and roles.target is None:
        roles.target = after[0]  # "تم اغتيال القيادي ... من قبل مسلحين": the agent is known
        return
    if after and roles.source is None:
        first = after[0]
        if first.adjective and first.first - trigger.last > 2:
            return
        if entry.cameo == _VISIT and first.kind in _VISITED:
            roles.target = first  # "زيارة دمشق": the place visited, not the visitor
        elif first.kind == "demonym" or genitive == "source":
            roles.source = first
        else:
            roles.target = first
    victim_before = entry.plover == "ASSAULT" and marker_of(tokens, trigger.first, trigger.reading)
    if roles.source is None and not victim_before:
        # "قتل جنود في هجوم": the actor before a governed noun of violence is its victim
        # (`passive.victim_before`), not its agent. "أعلن الجيش مقتل جنديين": who reports
        # a death did not cause it, while "أعلنت الوزارة اعتقال خلية" announces its own act
        told = entry.plover == "ASSAULT"
        before = [
            a
            for a in _unmarked(left)
            if not (told and speaker_of(tokens, a))
            and not _witness(tokens, a)
            and not relative_subject(tokens, a)
        ]
        if before and _own_death(tokens, trigger):
            roles.target = before[-1]  # "لقي 41 شخصا حتفهم": who died, not who killed
        elif before:
            roles.source = before[-1]


_VISIT = "042"
_VISITED = frozenset({"country", "capital", "city"})
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
_OBJECT_MARKERS = ("", "ب", "مع")  # "لقائه نظيره", "اتصاله بنظيره", "اجتماعه مع"


def _pronoun_agent(
    trigger: Match[TriggerEntry],
    entry: TriggerEntry,
    left: Sequence[Actor],
    right: Sequence[Actor],
    roles: Roles,
) -> bool:
    """ "قال الوزير خلال لقائه نظيره الإيراني": a noun with a pronoun suffix has its agent
    in the pronoun, who is the clause's subject before it; the actor after it is its object.

    Only for nouns whose genitive is the agent; "اعتقاله" holds its victim. True when applied.
    """
    if not trigger.possessive or _genitive_role(entry) != "source":
        return False
    obj = next(
        (a for a in right if a.marker in _OBJECT_MARKERS and a.first - trigger.last <= 2), None
    )
    subject = next((a for a in _unmarked(left)[::-1] if not a.possessive), None)
    if obj is None or subject is None:
        return False
    roles.source = roles.source or subject
    roles.target = roles.target or obj
    return True


def _own_death(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """A death noun with a pronoun suffix ("حتفهم", "مصرعه"): the death of someone named before."""
    from newsevents.coders.arabic.parties import cue_words

    reading = trigger.reading
    for suffix in _PRONOUNS:
        if reading.endswith(suffix) and reading[: -len(suffix)] in cue_words("death"):
            return True
    return False


def _genitive_role(entry: TriggerEntry) -> str:
    """What the genitive after a verbal noun is: the entry's arg1, but always the victim for
    killing, abduction and assassination ("نجح في قتل العشرات من المسلحين").

    A verb form read as a noun after a preposition keeps the verb's arg1 ("source");
    the lexicon's own nouns of these acts (مقتل، اختطاف، اغتيال) all take the victim.
    """
    if entry.plover == "ASSAULT" and entry.cameo in _PASSIVE_CAMEOS and entry.form == "noun":
        return "target"
    return entry.arg1


def _partitive_span(tokens: Sequence[Token], k: int) -> int:
    """Tokens of a count with من starting at `k` ("ثلاثة من", "أحد"): 2, or 0 when none."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm != "من":
        return 0
    word = tokens[k].norm
    return 2 if word.isdigit() or in_list(word, number_words()) or is_count(word) else 0


def relative_subject(tokens: Sequence[Token], actor: Actor) -> bool:
    """The subject of a relative clause ("الذي يتزعمه الرئيس"): no agent of a noun after it."""
    from newsevents.coders.arabic.parties import cue_at

    return cue_at(tokens, actor.first - 2, "relative")


def _witness(tokens: Sequence[Token], actor: Actor) -> bool:
    """The subject of شهد ("شهدت تركيا مظاهرات") is where the event took place."""
    return actor.first > 0 and in_list(tokens[actor.first - 1].norm, witness_verbs())


@lru_cache(maxsize=1)
def witness_verbs() -> frozenset[str]:
    """Verbs of witnessing (data/arabic/witness.txt)."""
    return word_set("witness.txt")


def speaker_of(tokens: Sequence[Token], actor: Actor) -> bool:
    """The subject of a reporting verb ("أعلنت الشرطة مقتل ..."): it tells, it does not act."""
    # "في بيان إن موسكو": past a complementizer the name is the reported clause's subject
    return any(
        in_list(tokens[k].norm, reporting_words())
        and not any(bare(tokens[j].norm) in _COMPLEMENTIZERS for j in range(k + 1, actor.first))
        for k in range(max(0, actor.first - 2), actor.first)
    )


def _verb_roles(
    trigger: Match[TriggerEntry],
    entry: TriggerEntry,
    lefts: tuple[Sequence[Actor], Sequence[Actor]],
    right: Sequence[Actor],
    roles: Roles,
    tokens: Sequence[Token],
) -> None:
    """Verbs: a subject before the verb (SVO) or right after it (VSO), then the object.

    `lefts` holds the actors before the verb inside its window and all actors before it
    (a subject across "أن يكون قد" stands outside the window).
    """
    left, all_left = lefts
    before = _unmarked(left)
    after = _unmarked(right)
    if roles.source is None and before and _counted_victim(entry, tokens, before[-1]):
        roles.target = before[-1]  # "أن 20 مدنيا قتلوا امس": a count of the dead, passive
        return
    if roles.source is None and before:
        roles.source = before[-1]
    elif roles.source is None and _copula_clause(tokens, trigger):
        roles.source = _matrix_subject(tokens, trigger, all_left)
    elif _pronoun_subject(tokens, trigger):
        pass  # "مشيرا الى انها استهدفت عناصر طالبان": the pronoun is the subject
    elif roles.source is None and _owned_object(trigger, after, tokens):
        roles.source = _elided_subject(after[0], all_left)
    elif roles.source is None and after and after[0].first - trigger.last <= _VSO_GAP:
        subject = after.pop(0)
        passive = entry.plover == "ASSAULT" and _counted(tokens, trigger.last, subject.first)
        if entry.arg1 == "target" or passive:
            roles.target = subject  # passive reading: "قتل ثلاثة جنود" (three soldiers were killed)
            return
        roles.source = subject
    source_code = roles.source.code if roles.source else None
    objects = [
        a
        for a in after
        if a is not roles.source and a.code != source_code and not _own(a, roles.source)
    ]
    owner = _owner(trigger, right, roles.source, tokens) if entry.plover == "ASSAULT" else None
    if objects:
        roles.target = objects[0]
    elif owner is not None:
        roles.target = owner  # "استهدف انتحاري قاعدة للشرطة"
    elif before and roles.source is before[-1] and _passive_kill(entry, tokens, trigger):
        roles.source, roles.target = None, before[-1]  # "جنديان عراقيان قتلا بانفجار"


def _owned_object(
    trigger: Match[TriggerEntry], after: Sequence[Actor], tokens: Sequence[Token]
) -> bool:
    """ "واستدعت سفيرها": right after the verb, the verb's own listed object with a pronoun
    suffix is its object, not its subject; the subject is elided."""
    from newsevents.coders.arabic.lexicon import verb_object_index

    if not after or not after[0].possessive or after[0].first != trigger.last + 1:
        return False
    words = set(cores(tokens[after[0].first].norm))
    items = verb_object_index().get(trigger.reading or "", ())
    plover = trigger.payload.plover
    return any(item.entry.plover == plover and words & item.objects for item in items)


def _elided_subject(owned: Actor, earlier: Sequence[Actor]) -> Actor | None:
    """The earlier actor the object's suffix points to: the subject the verb shares with the
    clause before it ("أعلنت الجزائر ... واستدعت سفيرها" → الجزائر)."""
    return next(
        (a for a in reversed(_unmarked(earlier)) if owned.country and a.country == owned.country),
        None,
    )


def _copula_clause(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """ "نفى الجيش أن يكون قد أطلق النار": أن + a form of كان (+ قد) before the verb."""
    from newsevents.coders.arabic.parties import cue_at

    k = trigger.first - 1
    if k >= 0 and tokens[k].norm == "قد":
        k -= 1
    return cue_at(tokens, k, "copula") and k >= 1 and bare(tokens[k - 1].norm) in ("ان", "بان")


def _matrix_subject(
    tokens: Sequence[Token], trigger: Match[TriggerEntry], before: Sequence[Actor]
) -> Actor | None:
    """The subject of the verb governing "أن يكون قد": who denies or claims having done it."""
    start = trigger.first - (3 if tokens[trigger.first - 1].norm == "قد" else 2)
    near = [a for a in _unmarked(before) if a.last < start and start - a.last <= _VSO_GAP]
    return near[-1] if near else None


def _counted_victim(entry: TriggerEntry, tokens: Sequence[Token], actor: Actor) -> bool:
    """A counted subject before a verb of killing ("20 مدنيا قتلوا") is its victim.

    Reports count the dead, not the killers: a number right before the subject, and the
    subject in the accusative of a counted noun ("مدنيا", "شخصا").
    """
    if entry.plover != "ASSAULT" or entry.cameo not in _PASSIVE_CAMEOS or actor.first == 0:
        return False
    prev = tokens[actor.first - 1].norm
    return (is_count(prev) or in_list(prev, number_words())) and tokens[actor.first].norm.endswith(
        "ا"
    )


def _pronoun_subject(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """A complementizer with a subject pronoun right before the verb ("انها", "بانهم")."""
    from newsevents.coders.arabic.parties import cue_at

    return cue_at(tokens, trigger.first - 1, "pronoun")


def _owner(
    trigger: Match[TriggerEntry],
    right: Sequence[Actor],
    source: Actor | None,
    tokens: Sequence[Token],
) -> Actor | None:
    """The ل-owner of an attacked holding right after it: "استهدف انتحاري مقرا للشرطة".

    The object is a holder noun (مقر، قاعدة، دورية، موكب) right after the verb or its subject.
    """
    k = trigger.last + 1
    for actor in right:  # past the subject, "مسلحون مجهولون" being one
        if actor.first == k and source is not None and actor.code == source.code:
            k = actor.last + 1
    k = _past_weapon(tokens, k, trigger.last)  # "انفجرت عبوة ناسفة على دورية للجيش"
    readings = set(cores(tokens[k].norm)) if k < len(tokens) else set()
    readings |= {r[:-1] for r in readings if r.endswith("ا")}  # "مقرا": the accusative ending
    if k + 1 >= len(tokens) or not readings & holder_nouns():
        return None
    return next(
        (a for a in right if k < a.first <= k + 2 and a.marker == "ل" and a is not source), None
    )


_WEAPON_SUBJECT = 3  # "انفجرت عبوة ناسفة على": tokens from the verb past its weapon subject


def _past_weapon(tokens: Sequence[Token], k: int, last: int) -> int:
    """Past a weapon subject and على/ضد: where an attacked holding would stand."""
    weapons = weapon_words()
    start = k
    while k < len(tokens) and k - last <= _WEAPON_SUBJECT and set(cores(tokens[k].norm)) & weapons:
        k += 1
    if k < len(tokens) and bare(tokens[k].norm) in ("علي", "ضد"):
        return k + 1  # "انفجرت على دورية للجيش" too (the weapon before the verb)
    return start


def _own(actor: Actor, source: Actor | None) -> bool:
    """ "تلوح بنقل سفارتها": the subject's own body (a pronoun suffix) is no other party."""
    return actor.possessive and source is not None and actor.country == source.country


def _passive_kill(
    entry: TriggerEntry, tokens: Sequence[Token], trigger: Match[TriggerEntry]
) -> bool:
    """A kill or abduct verb with its subject before it and no object after reads as passive."""
    if entry.plover != "ASSAULT" or entry.cameo not in _PASSIVE_CAMEOS:
        return False
    nxt = tokens[trigger.last + 1].norm if trigger.last + 1 < len(tokens) else ""
    return not (is_count(nxt) or in_list(nxt, number_words()))


def _counted(tokens: Sequence[Token], verb_last: int, actor_first: int) -> bool:
    """True when a number stands between the verb and the actor (a count of victims)."""
    numbers = number_words()
    between = tokens[verb_last + 1 : actor_first]
    return any(t.norm in numbers or t.norm.isdigit() for t in between)


def _prep_target(plover: str, candidates: Sequence[Actor], source: Actor | None) -> Actor | None:
    """The first actor governed by a preposition that marks the target of this event type."""
    preps = prepositions()
    for actor in candidates:
        prep = preps.get(actor.marker)
        if prep and prep.role == "target" and prep.applies(plover) and actor is not source:
            return actor
    return None


WINDOWS = (_WINDOW_LEFT, _WINDOW_RIGHT)
