"""Where an English event happened: the place its sentence ties to its trigger.

`event_location(text, base, anchor)` answers for one event. The sentence's candidate
places are found once per parsed sentence (kept in the parse's `user_data`):
- every name of the places gazetteer (`actors.places.find_places`);
- runs of proper nouns the gazetteer lacks, when something says they are a place: the
  world towns list knows the name, a place word surrounds it ("the town of X", "X
  province", "Manger Square"), or it is the bare object of an in/at/near phrase. Runs that
  name a known actor (a person, an organisation, a demonym) are not places.

Each candidate is then placed in the tree: climbing from its head word through names,
modifiers and "of" phrases ("the village of X", "outskirts of X") it must reach either a
locative preposition (in, at, near, outside, through ...) or the object of a verb whose
object is a place ("captured Badme", "patrolled Kakata"). Anything else is an actor or a
detail: "Moscow said" (a subject), "a cab driver from Abidjan", "a U.S. airstrike" (a
country naming who acted). Among the placed candidates the one nearest the trigger in the
tree wins: its own phrase, then its arguments' phrases ("a bomb exploded at a market in
Kirkuk"), then the clause it hangs from, then clauses below it (`_cost`; beyond
`_MAX_COST` a place is too far to count). A statement's object is not where the
statement was made ("condemned the attack in Kabul"), and a clause stating an event of its
own keeps its places ("said troops shelled Homs"). In one phrase English names the
narrowest place first ("in Solna, a suburb of Stockholm"), so the first wins, except that
a place that only modifies a phrase holding another place gives way ("the south Baghdad
neighbourhood of Al-Bayaa", "the Belarus capital Minsk"), and so does a point of
reference ("50 km south of Baghdad"). A name without a country takes the country of a
place in its own phrase ("the village of Abu Allaj in western Raqqa").

Datelines ("BAGHDAD, March 3 (Reuters) -") are not used: they say where the story was
filed, and a sentence that names no place of its own gets no location.
Word lists: `data/places/en_location.json`. Cost: the candidates take tens of
microseconds per parsed sentence (once), each event then a few microseconds.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsevents.actors.places import find_places, is_country, world_city
from newsevents.coders.english import syntax as sx
from newsevents.coders.english.lexicon import word_forms
from newsevents.errors import ConfigError
from newsevents.model import Location

# climbing from a place name to what it belongs to: these links keep it inside one phrase
_NOMINAL = frozenset({"compound", "poss", "amod", "nmod", "appos", "conj", "flat", "nn",
                      "npadvmod", "dep", "case", "punct", "cc", "quantmod", "nummod"})
_MODIFIER = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
_OBJECT = frozenset({"dobj", "nsubjpass", "obj", "attr", "oprd"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ed",
                                "es", "ul", "de", "la", "le", "di", "da", "del", "des"})
# prepositions that introduce who tells: "according to sources in Nineveh" is not the place
_SOURCES = frozenset({"according", "quoting", "citing"})
# clauses that state an event of their own: "X said troops shelled Homs" (not the saying's place)
_OWN_EVENT = frozenset({"ccomp", "parataxis", "csubj"})
_BORDERS = frozenset({"border", "frontier", "boundary", "borders"})
# "accused X of shelling Y", "blamed X for attacking Y": the gerund is an event of its own
_CONTENT = frozenset({"of", "for", "against", "over", "about"})
# what a statement is about: its object, its complement clause
_SAID = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "obj"})
_LIMIT = 8  # at most this many links are climbed (sentences are shallow; loops impossible)
_MAX_COST = 6  # a candidate costing more than this is too far from the trigger to count


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of `data/places/en_location.json` (see that file)."""

    locative: frozenset[str]
    event: frozenset[str]
    sequence: frozenset[str]
    leaving: frozenset[str]
    going: frozenset[str]
    surface: frozenset[str]
    assaults: frozenset[str]
    weak: frozenset[str]
    object_verbs: frozenset[str]
    statements: frozenset[str]
    place_nouns: frozenset[str]
    abroad: frozenset[str]
    directions: frozenset[str]
    non_places: frozenset[str]
    actor_kinds: frozenset[str]


@cache
def words() -> Words:
    """The location word lists, read once."""
    ref = resources.files("newsevents").joinpath("data", "places", "en_location.json")
    try:
        raw = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the location word lists: {exc}") from exc
    return Words(**{name: frozenset(_inflected(raw[key]) if name in _VERB_LISTS else raw[key])
                    for name, key in _KEYS.items()})


# Words field -> key of the data file; the verb lists also hold each verb's regular forms.
_KEYS = {
    "locative": "locative_preps", "event": "event_preps", "sequence": "sequence_words",
    "leaving": "from_verbs", "going": "to_verbs", "surface": "surface_preps",
    "assaults": "assault_words", "weak": "weak_preps", "object_verbs": "place_object_verbs",
    "statements": "statement_words", "place_nouns": "place_nouns", "abroad": "abroad_nouns",
    "directions": "direction_words", "non_places": "non_places", "actor_kinds": "actor_kinds",
}
_VERB_LISTS = frozenset({"leaving", "going", "assaults", "object_verbs", "statements"})


def _inflected(lemmas: list[str]) -> set[str]:
    """Each verb with its inflected forms, as the trigger lexicon builds them."""
    return {form for v in lemmas for form in word_forms(v)}


def _form(tok: Any) -> str:
    """The word as the verb lists hold it: its lemma, which is the form itself when the
    coder's lemma table does not know the word (so the lists hold inflected forms too)."""
    return str(tok.lemma_).lower()


@dataclass(slots=True)
class Candidate:
    """A place named in the sentence: its words (token indices) and what it resolves to."""

    first: int
    last: int
    location: Location
    evidence: str  # "gazetteer", "world" (the towns list), "context" (a place word), "bare"
    climb: Climb | None = None  # where its phrase attaches (None: nowhere a place can)


def event_location(text: str, base: int, anchor: Any) -> Location | None:
    """The place where the event anchored at `anchor` (a parsed word of the sentence that
    starts at `base` in `text`) happened, or None when the sentence does not tie one to it."""
    best: tuple[int, int] | None = None
    found: Candidate | None = None
    ancestors = _Anchor(anchor)
    places = candidates(text, base, anchor.doc)
    for cand in places:
        cost = _cost(cand, ancestors)
        if cost is not None and cost <= _MAX_COST and (best is None or (cost, cand.first) < best):
            best, found = (cost, cand.first), cand
    if found is None:
        return None
    if found.location.country is None:
        return _with_country(text, base, found, places)
    return found.location


def _with_country(text: str, base: int, cand: Candidate, places: list[Candidate]
                  ) -> Location:
    """A name without a country takes the country of a place in its own phrase ("the
    village of Abu Allaj in western Raqqa", "Baghdad's district of Saiydiah"), else of a
    country adjective on its place word ("the Syrian town of Salkhad")."""
    loc = cand.location
    phrase = cand.climb.phrase if cand.climb is not None else None
    if phrase is None:
        return loc
    inside = {t.i for t in phrase.subtree}
    country = next((o.location.country for o in places if o is not cand and
                    o.location.country and o.first in inside), None)
    if country is None:
        country = _adjective_country(text, base, phrase, cand.first)
    return loc if country is None else Location(loc.start, loc.end, loc.name, country)


def _adjective_country(text: str, base: int, phrase: Any, before: int) -> str | None:
    """The country of an adjective ("Syrian", "Iraqi") on the place word `phrase`."""
    from newsevents.actors.english import find_mentions

    for mod in phrase.children:
        if mod.i < before and mod.dep_ in ("amod", "compound"):
            start = base + mod.idx
            for m in find_mentions(text, start, start + len(mod.text)):
                if m.country and m.kind in ("demonym", "country"):
                    return m.country
    return None


# ----------------------------------------------------------------------------- candidates


def candidates(text: str, base: int, doc: Any) -> list[Candidate]:
    """The sentence's candidate places (computed once per parsed sentence)."""
    memo = doc.user_data.get("event_places")
    if memo is None or memo[0] != base:
        memo = (base, _find_candidates(text, base, doc))
        doc.user_data["event_places"] = memo
    found: list[Candidate] = memo[1]
    return found


def _find_candidates(text: str, base: int, doc: Any) -> list[Candidate]:
    """Gazetteer places, then unknown names that something calls a place, then borders;
    each with its climb (which needs all the others)."""
    toks = list(doc)
    if not toks:
        return []
    starts = [base + t.idx for t in toks]
    out: list[Candidate] = []
    taken: set[int] = set()
    for loc in _gazetteer(text, toks, starts):
        first = max(0, bisect_right(starts, loc.start) - 1)
        last = max(first, bisect_left(starts, loc.end) - 1)
        if _based(toks, last):
            continue  # "a London-based group": where the group sits, not where it acted
        out.append(Candidate(first, last, loc, "gazetteer"))
        taken.update(range(first, last + 1))
    for first, last in _name_runs(toks):
        if taken.isdisjoint(range(first, last + 1)):
            cand = _unknown_place(text, base, toks, first, last)
            if cand is not None:
                out.append(cand)
                taken.update(range(first, last + 1))
    out.extend(c for c in _borders(text, base, toks) if taken.isdisjoint(range(c.first, c.last)))
    for cand in out:
        cand.climb = _climb(cand, toks, [c for c in out if c is not cand])
    return out


def _gazetteer(text: str, toks: list[Any], starts: list[int]) -> list[Location]:
    """The gazetteer's places, looked up only in the stretches of capitalised words (with
    up to two words between them, "Bosnia and Herzegovina", and two after, "Idlib
    province"): every form it lists starts with a capital or a particle such as "al"."""
    out: list[Location] = []
    for lo, hi in _capitalised_stretches(toks):
        hi = min(hi + 2, len(toks) - 1)
        out.extend(find_places(text, starts[lo], starts[hi] + len(toks[hi].text)))
    return out


def _capitalised_stretches(toks: list[Any]) -> list[tuple[int, int]]:
    """(first, last) of each stretch of capitalised words, gaps of up to four words."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.text[:1].isupper() or tok.lower_ in _ARTICLE_PARTICLES:
            if spans and i - spans[-1][1] <= 5:
                spans[-1] = (spans[-1][0], i)
            else:
                spans.append((i, i))
    return spans


def _name_runs(toks: list[Any]) -> list[tuple[int, int]]:
    """(first, last) token indices of each run of proper nouns ("Al - Bayaa", "Tel Abyad"),
    joined across a hyphen or apostrophe; a run starts with a name or a particle ("al")
    before a hyphen and ends with a name."""
    non_places, n = words().non_places, len(toks)
    name = [t.tag_ in _NAME_TAGS and t.text[:1].isupper() and
            t.lower_.rstrip(".") not in non_places for t in toks]
    part = [name[i] or (toks[i].lower_ in _ARTICLE_PARTICLES and i + 1 < n and
                        toks[i + 1].text == "-") for i in range(n)]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not part[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and (part[j + 1] or (
                toks[j + 1].text in ("-", "'") and j + 2 < n and part[j + 2])):
            j += 1
        while j > i and not name[j]:
            j -= 1
        if name[i] or j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def _based(toks: list[Any], last: int) -> bool:
    """True for "X-based" and "X-born": a place describing an actor."""
    return last + 2 < len(toks) and toks[last + 1].text == "-" and \
        toks[last + 2].lower_ in ("based", "born", "headquartered", "bound")


def _unknown_place(text: str, base: int, toks: list[Any], first: int, last: int
                   ) -> Candidate | None:
    """A name the gazetteer lacks, as a candidate when something says it is a place."""
    w = words()
    if _based(toks, last):
        return None
    start, end = base + toks[first].idx, base + toks[last].idx + len(toks[last].text)
    name = text[start:end]
    town = world_city(name)
    if town is None and name.replace(".", "").isupper():
        return None  # unknown capitals ("MFO", "YPG") name organisations, not places
    before = toks[first - 1].lower_ if first else ""
    context = (before == "of" and first > 1 and toks[first - 2].lower_ in w.place_nouns) or (
        last + 1 < len(toks) and toks[last + 1].lower_ in w.place_nouns) or (
        toks[last].lower_ in w.place_nouns and last > first)
    if town is None and not context and not _bare_locative(toks, first, last):
        return None
    if _names_actor(text, start, end):
        return None
    if town is not None:
        loc = Location(start, end, town.name, town.country, town.lat, town.lon)
    else:
        loc = Location(start, end, name)
    evidence = "context" if context else "world" if town is not None else "bare"
    return Candidate(first, last, loc, evidence)


def _borders(text: str, base: int, toks: list[Any]) -> list[Candidate]:
    """"The Syrian border", "the Iraqi-Syrian border": a border named by its countries'
    adjectives, placed in the first country."""
    from newsevents.actors.english import find_mentions

    out = []
    for tok in toks:
        if tok.lower_ not in _BORDERS:
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")]
        if not mods:
            continue
        first = min(t.i for m in mods for t in m.subtree)
        start, end = base + toks[first].idx, base + tok.idx + len(tok.text)
        found = [m for m in find_mentions(text, start, end) if m.country and m.end <= end]
        if found:
            out.append(Candidate(first, tok.i, Location(start, end, text[start:end],
                                                        found[0].country), "context"))
    return out


def _bare_locative(toks: list[Any], first: int, last: int) -> bool:
    """True when the name is the object of an in/at/near phrase ("at Birgunj") or of a
    verb whose object is a place ("Eritrea captured Badme"; not the passive subject:
    "Arad was captured" is mostly said of people)."""
    head = _head_of(toks, first, last)
    up = head.head
    if head.dep_ == "dobj":
        return _form(up) in words().object_verbs
    return head.dep_ == "pobj" and _locative(up) and up.lower_ not in words().weak


def _locative(prep: Any) -> bool:
    """A preposition that says where: in, at, near ...; "from" after a verb of leaving
    ("withdrew from Akhtreen"), "to" after one of going ("marched to the parliament");
    "on"/"over" after an attack ("an attack on Kabul") or before a place word ("on the
    outskirts of X"); not a passive's "by"."""
    w = words()
    word = prep.lower_
    if word == "from":
        return _form(prep.head) in w.leaving
    if word == "to":  # "marched to parliament", "a trip to Moscow": where it went
        return _form(prep.head) in w.going
    if word in w.surface:  # "sanctions on Iran", "a dispute over Kashmir": a target, a topic
        return _form(prep.head) in w.assaults | w.object_verbs or any(
            c.dep_ == "pobj" and c.lower_ in w.place_nouns for c in prep.children)
    return word in w.locative and prep.dep_ != "agent"


def _head_of(toks: list[Any], first: int, last: int) -> Any:
    """The word of tokens [first, last] whose head lies outside them (else the last)."""
    for tok in toks[first:last + 1]:
        if not first <= tok.head.i <= last or tok.head is tok:
            return tok
    return toks[last]


def _names_actor(text: str, start: int, end: int) -> bool:
    """True when the actor lexicons know the name as a person, organisation, demonym ...
    ("Ciragan Palace" stays a place: only the word "Palace" is an actor there)."""
    from newsevents.actors.english import find_mentions

    kinds = words().actor_kinds
    return any(m.kind in kinds and m.start <= start for m in find_mentions(text, start, end))


# ----------------------------------------------------------------------------- placing


@dataclass(slots=True)
class Climb:
    """Where a candidate's phrase attaches: the word it hangs from and how."""

    attach: Any
    prep: str  # the preposition, or the object dependency ("dobj")
    reference: bool  # a point of reference: "50 km south of X", "north of X"
    yields: bool  # it only modifies a phrase that names another place
    phrase: Any  # the head word of the whole place phrase ("village" in "the village of X")


def _cost(cand: Candidate, ancestors: _Anchor) -> int | None:
    """How far the candidate is from being where the anchor's event happened (None: not
    a location of it at all): the tree distance (`_distance`), +3 for a place that gives
    way or is a point of reference, +1 after a weak preposition ("into", "on"), +1 for a
    name only its position calls a place."""
    climb = cand.climb
    if climb is None:
        return None
    if climb.prep in _OBJECT and _form(climb.attach) not in words().object_verbs:
        return None
    if climb.prep == "nsubjpass" and cand.evidence in ("world", "bare"):
        return None  # "Arad was captured": a name that is also a town, said of a person
    distance = _distance(ancestors, climb.attach)
    if distance is None:
        return None
    cost = distance + 3 * climb.reference + 3 * climb.yields
    cost += 1 if climb.prep in words().weak else 0
    cost += 1 if cand.evidence == "bare" else 0
    return cost


def _climb(cand: Candidate, toks: list[Any], others: list[Candidate]) -> Climb | None:
    """Follow the candidate's phrase up to a locative preposition or a verb's object."""
    w = words()
    cur = _head_of(toks, cand.first, cand.last)
    reference = yields = False
    for _ in range(_LIMIT):
        dep, head = cur.dep_, cur.head
        if head is cur:
            return None
        if dep in _MODIFIER and _holds_other(head, others, cand):
            yields = True
        if _country_adjective(cand, dep, head, w):
            return None  # "a U.S. airstrike", "the US-Kurdish operation": who, not where
        if dep in ("pobj", "pcomp"):
            word = head.lower_
            if word == "of" or word == "from" and head.head.lower_ in w.directions:
                reference = reference or head.head.lower_ in w.directions
                cur = head.head
                continue
            if _locative(head):
                return Climb(head.head, word, reference, yields, cur)
            return None
        if dep in _OBJECT:
            return Climb(head, dep, reference, yields, cur)
        if dep in _NOMINAL or dep == "advmod" and cur.lower_ in w.directions:
            cur = head
            continue
        return None
    return None


def _holds_other(head: Any, others: list[Candidate], cand: Candidate) -> bool:
    """True when the phrase `cand` modifies is itself another place: "the Belarus capital
    Minsk", "the south Baghdad neighbourhood of Al-Bayaa" (a name after "of" names the
    neighbourhood; a place phrase there, "the Ghat area of Doda district", contains it)."""
    top = head
    while top.dep_ in ("compound", "amod") and top.head is not top:
        top = top.head
    for o in others:
        if o.first <= top.i <= o.last:
            return True
        named = top.doc.tokens[o.last]
        if named.dep_ == "pobj" and named.head.lower_ == "of" and named.head.head is top:
            return True
        if o.first > cand.last and named.head is top and named.dep_ in ("compound", "appos"):
            return True  # "Mecca's Al-Nur hospital", "a Kabul base, Darulaman Palace,"
    return False


def _country_adjective(cand: Candidate, dep: str, head: Any, w: Words) -> bool:
    """A country used as an adjective of a noun that is no place ("a U.S. airstrike", "the
    US-Kurdish operation") or of a place it owns abroad ("the U.S. Embassy"): it says
    whose, not where ("a Hong Kong hotel" is in Hong Kong)."""
    if dep not in ("compound", "amod"):
        return False
    if head.lower_ in w.place_nouns and head.lower_ not in w.abroad:
        return False
    return is_country(cand.location)


class _Anchor:
    """The trigger and the words above it (token index -> cost of reaching it): 0 for the
    trigger; 2 for a word above it, +2 per clause left on the way (not "and"-joined or
    "wanted to" verbs: "shot and killed X in Gaza" puts the place on "shot")."""

    __slots__ = ("costs", "says")

    def __init__(self, anchor: Any) -> None:
        self.says = _form(anchor) in words().statements  # "condemned", "warning"
        self.costs = {anchor.i: 0}
        extra, cur = 0, anchor
        for _ in range(_LIMIT):
            if cur.head is cur:
                break
            extra += 2 * (cur.dep_ in sx.CLAUSAL and cur.dep_ not in ("xcomp", "conj"))
            cur = cur.head
            self.costs[cur.i] = 2 + extra


def _distance(ancestors: _Anchor, attach: Any) -> int | None:
    """Tree distance from the trigger to the word a place phrase hangs from: the cost of
    the lowest word above both, +1 when the phrase hangs below it, +2 per clause crossed
    and per other preposition passed on the way down ("a statement from the ministry in
    X" is where the statement was made)."""
    extra, cur, below = 0, attach, attach
    for _ in range(_LIMIT):
        up = ancestors.costs.get(cur.i)
        if up is not None:
            if up == 0 and ancestors.says and cur is not attach and _said(below):
                return None
            return up if cur is attach else up + 1 + extra
        if cur.head is cur or cur.lower_ in _SOURCES or cur.dep_ in _OWN_EVENT or (
                cur.dep_ == "pcomp" and cur.head.lower_ in _CONTENT):
            return None
        extra += 2 * (cur.dep_ in sx.CLAUSAL or _other_prep(cur))
        below, cur = cur, cur.head
    return None


def _said(child: Any) -> bool:
    """True when `child` of a statement's word holds what was said or whom it was about:
    "condemned the attack in Kabul" (the attack's place, not the condemning's)."""
    return child.dep_ in _SAID or child.dep_ == "prep" and child.lower_ in _CONTENT


def _other_prep(tok: Any) -> bool:
    """A preposition that does not say where ("from", "with", "by") or that puts another
    event before or after ("talks ahead of the withdrawal from Iraq"); "of" and those
    that tie the event to one at the same time ("killed during clashes in X") pass."""
    w = words()
    if tok.lower_ in w.sequence:
        return True
    return tok.dep_ in ("prep", "agent") and tok.lower_ != "of" and \
        tok.lower_ not in w.locative and tok.lower_ not in w.event
