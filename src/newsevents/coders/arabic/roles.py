"""Who did what to whom: source and target from Arabic word order and prepositions.

Arabic news prose is verb-initial (VSO: "بحث الوزير مع السفير") or
topic-initial (SVO: "الحشد الشعبي أعلن أنه لم يقصف"). Prepositions mark the
other party: مع for partners, على/ضد for targets of force or pressure, إلى
for a visit's host. A verbal noun takes its actor as a genitive right after
it ("مظاهرات الطلاب", "اعتقال الناشطين") or as a nisba ("غارات إسرائيلية").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsevents.coders.arabic.context import bare, in_list, is_count, number_words, reporting_words
from newsevents.coders.arabic.lexicon import Match, TriggerEntry
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
    left = [a for a in usable if left_limit <= a.first and a.last < trigger.first]
    right = [a for a in usable if trigger.last < a.first <= right_limit]
    roles = Roles()
    # "من قبل", "على أيدي": an agent phrase names the source wherever it stands
    by = next((a for a in right + left if _agent_marker(a.marker)), None)
    if inside:
        roles.source = inside[0]
    elif by is not None:
        roles.source = by
    if entry.form in ("noun",) or (entry.form == "phrase" and not _verbal(trigger, tokens)):
        _noun_roles(trigger, entry, left, right, roles, tokens)
    else:
        _verb_roles(trigger, entry, left, right, roles, tokens)
    _coordinate(entry.plover, usable, roles)
    pair = _between(trigger, [a for a in actors if trigger.last < a.first <= right_limit])
    if pair is not None:
        roles.source, roles.target = pair  # "اشتباكات بين الشرطة والمسلحين"
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
    if (
        roles.target is not None
        and roles.source is not None
        and roles.target.code == roles.source.code
    ):
        roles.target = None
    return roles


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


def _agent_marker(marker: str) -> bool:
    """True when `marker` is a preposition whose actor is the source (data: role "source")."""
    prep = prepositions().get(marker) if marker else None
    return prep is not None and prep.role == "source"


def _coordinate(plover: str, actors: Sequence[Actor], roles: Roles) -> None:
    """ "مصر والسعودية" as the subject of a joint event: the first is source, the second target."""
    source = roles.source
    if source is None or plover not in _SYMMETRIC:
        return
    for a, b in zip(actors, actors[1:], strict=False):
        if b.first == a.last + 1 and b.marker == "" and b.conj:
            if b is source and roles.target is None:
                roles.source, roles.target = a, b
            elif a is source and roles.target is None:
                roles.target = b


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


def _prefers_prep(plover: str, actor: Actor) -> bool:
    """مع names the partner of cooperative events even when an object noun comes first."""
    return (
        actor.marker == "مع"
        or plover in ("COERCE", "SANCTION", "THREATEN")
        and actor.marker == "على"
    )


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
        if first.kind == "demonym" or genitive == "source":
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


_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


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
    return any(
        in_list(tokens[k].norm, reporting_words())
        for k in range(max(0, actor.first - 2), actor.first)
    )


def _verb_roles(
    trigger: Match[TriggerEntry],
    entry: TriggerEntry,
    left: Sequence[Actor],
    right: Sequence[Actor],
    roles: Roles,
    tokens: Sequence[Token],
) -> None:
    """Verbs: a subject before the verb (SVO) or right after it (VSO), then the object."""
    before = _unmarked(left)
    after = _unmarked(right)
    if roles.source is None and before and _counted_victim(entry, tokens, before[-1]):
        roles.target = before[-1]  # "أن 20 مدنيا قتلوا امس": a count of the dead, passive
        return
    if roles.source is None and before:
        roles.source = before[-1]
    elif _pronoun_subject(tokens, trigger):
        pass  # "مشيرا الى انها استهدفت عناصر طالبان": the pronoun is the subject
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
    readings = set(cores(tokens[k].norm)) if k < len(tokens) else set()
    readings |= {r[:-1] for r in readings if r.endswith("ا")}  # "مقرا": the accusative ending
    if k + 1 >= len(tokens) or not readings & holder_nouns():
        return None
    return next(
        (a for a in right if k < a.first <= k + 2 and a.marker == "ل" and a is not source), None
    )


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
