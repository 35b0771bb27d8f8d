"""Events of one parsed sentence: triggers, their actors, polarity, and the CAMEO code.

The rules, in order:
1. Triggers are words of the lexicons (verbs.tsv, nouns.tsv) whose pattern words are found
   among their dependents; a noun trigger needs a light verb above it ("held talks") or
   actors of its own (possessor, nationality adjective, by/of/on/with phrase).
2. A trigger inside the object or complement of an embedding trigger (threaten to X, urge Y
   to X, rejected calls for X) or a noun inside any trigger's object is absorbed: the outer
   trigger makes the event and may borrow the inner trigger's actors.
3. Source: the subject (inherited through xcomp/conj/advcl/acl chains), the 'by' agent of a
   passive, or the possessor/adjective of a noun trigger. Target: objects and
   with/to/against/on/at/from/... phrases; the passive subject. Actors are the mentions inside
   those phrases only, so an actor elsewhere in the sentence is never picked up.
4. Symmetric types (meet, agree, clash) with coordinated subjects and no target:
   the first conjunct is the source, the second the target (one event, not two:
   PLOVER lists both parties as actors of one event, and a reversed copy would be a false
   positive against directed gold records).
5. Modality turns intentions into commitments as CAMEO does: an intended or modal
   cooperative action (will visit, ready to send aid) is AGREE (03x); an intended conflict
   action (will impose sanctions) is THREATEN (13x); a negated intended cooperation
   (will not accept) is REJECT. The event keeps its modality. A mere possibility ("X could /
   may / might do Y", "X would do Y if ...") is an intention only when the actor's own side
   says it (or an unnamed spokesperson/official); otherwise it keeps its own type,
   hypothetical ("Israel could strike Iran, analysts said").
6. "X said Y must do Z" is a REQUEST from X to Y.
7. Background and content are not news: a past participle describing a noun ("a building
   donated by China"), an event inside a purpose clause ("to help defend Y", which lends its
   target to the main act instead), the content of an absorbed trigger's complement and its
   conjuncts ("refused to allow planes to land and evacuate ..."), words inside a multi-word
   actor name ("Rapid Support Forces") and nominalised participles ("the wounded").
8. Actor details: the head of a phrase names the actor, a named modifier before it does not
   ("NATO-member Norway"); "its forces" are the actor's own; a country that only modifies a
   border noun is a place, except for deployments and threats, which face it; a conjunct or
   infinitive of a passive verb has the passive subject as its actor ("was indicted ... and
   will resign"); "issued a statement condemning X": the issuer speaks; "were engaged in" keeps
   its subject; an agentless passive attack (arrest) is coded to the place's unidentified
   armed forces (authorities); verbal acts get no implicit target from their own speaker.
9. Refinements of the type: a demand voiced by protesters is their PROTEST, and so is their
   violence (a riot, 145); troops that "arrive" deploy (MOBILIZE), peacekeepers or relief
   teams that arrive are AID; "vowed not to X" is REJECT (AGREE when X is an attack);
   "protested that ..." is spoken criticism (ACCUSE); goods "received from X" are X's AID.
10. Denials: "denied that/denied V-ing X" codes X negated (a denial with no event word inside
   codes nothing); a denied accusation, request or threat still happened and stays asserted.
   A request named as the object of a reaction ("rejected a Qatari request") was made before
   and is coded too, from its maker to the reacting actor.
11. The arms trade (arms.py): buying or selling military goods is COOPERATE 062, buyer ->
   seller ('from' phrase, or the goods' nationality: 'Russian tanks') and seller -> buyer; a
   supply under a deal likewise; "plans to buy", "in talks to acquire" are intended; a trade
   inside a signed deal is the deal's content (AGREE), lending it the seller.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from newsevents import ontology
from newsevents.actors.english import posts_abroad
from newsevents.coders.english import arms
from newsevents.coders.english import syntax as sx
from newsevents.coders.english.extras import reporting_verbs
from newsevents.coders.english.lexicon import (
    Trigger,
    act_nouns,
    form_lemmas,
    instruments,
    light_verbs,
    protesters,
    reaction_verbs,
    refinements,
    relief_words,
    trigger_words,
    triggers,
    word_forms,
)
from newsevents.coders.english.modality import Polarity, polarity
from newsevents.model import Mention

Token = Any
Resolver = Callable[[Token, Mention | None], Mention | None]

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"})
# Types of joint acts: coordinated parties are the two sides of one act, not several targets.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
# Links through which an inner trigger sits in the object/complement of an outer one.
_ARGUMENT_LINKS = frozenset({
    "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "oprd", "dative",
    "compound", "amod", "nmod", "appos", "obj", "acl", "conj",
})
# Intent codes by CAMEO root or code: (AGREE code, THREATEN code)
_INTENT = {
    "04": ("036", "134"), "05": ("032", "1313"), "06": ("031", "131"), "07": ("033", "1311"),
    "08": ("035", "131"), "0841": ("0353", "131"), "085": ("0354", "131"),
    "087": ("0356", "131"), "0874": ("0356", "131"), "14": ("030", "133"),
    "15": ("030", "138"), "16": ("030", "131"), "161": ("030", "1313"),
    "162": ("030", "1311"), "163": ("030", "1312"), "164": ("030", "134"),
    "165": ("030", "135"), "166": ("030", "136"), "17": ("030", "132"),
    "1722": ("030", "1322"), "1723": ("030", "1323"), "1724": ("030", "1324"),
    "173": ("030", "132"), "191": ("030", "1381"), "192": ("030", "1382"),
    "18": ("030", "1383"), "19": ("030", "1384"), "20": ("030", "1385"), "03": ("030", "130"),
    "061": ("0311", "131"), "062": ("0312", "131"), "063": ("0313", "131"),
    "064": ("0314", "131"), "071": ("0331", "1311"), "072": ("0332", "1311"),
    "073": ("0333", "1311"), "074": ("0334", "1311"), "204": ("030", "1385"),
}


@dataclass(slots=True)
class Found:
    """A trigger occurrence in the parse."""

    tok: Token
    trig: Trigger
    light: Token | None = None  # the light verb that licenses a noun trigger
    absorbed_by: Found | None = None
    inner: list[Found] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """An event before it becomes a model `Event` (the coder adds offsets and extras)."""

    anchor: Token  # the token whose clause decides modality and quantities
    trigger_tokens: list[Token]
    trig: Trigger
    cameo: str
    plover: str
    sources: list[Mention]
    targets: list[Mention]
    pol: Polarity
    parsed_source: bool
    parsed_target: bool
    # coordinated subjects of a one-sided act ('Latvia and Lithuania condemned ...'): each
    # does the act, so each source gives an event
    joint: bool = False
    # coordinated objects of a one-sided act ('urged Hamas and Israel to ...'): each is acted
    # upon, so each target gives an event
    spread: bool = False


# ----------------------------------------------------------------------------- triggers


# Month names spelled like trigger words (capitalised: the month).
_MONTHS = frozenset({"March"})

_BACKGROUND_PREPS = frozenset({"during", "after", "before", "since", "following", "amid",
                               "ahead", "despite", "until"})


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "conj"})


def _pos(tok: Token) -> str | None:
    if _gerund_object(tok):
        return "verb"  # "denied supplying missiles" parsed as an adjective of 'missiles'
    if tok.dep_ in ("amod", "compound") and tok.pos_ in ("VERB", "ADJ"):
        return None  # "Jordan's visiting King", "the besieged town"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and \
            tok.head.lower_ in _BACKGROUND_PREPS and not _named_event(tok) and \
            not _meeting_during(tok) and not _bare_meeting_during(tok, "CONSULT") and \
            not _pressing_despite(tok):
        return None  # "during a G8 summit", "after a demonstration": a time, not an event
    if tok.tag_ == "VBN" and tok.dep_ in _NOMINAL_DEPS and any(
            c.dep_ == "det" for c in tok.children):
        return None  # "evacuated the wounded", "freed the detained": people, not an act
    if tok.pos_ == "VERB" or tok.tag_ == "VBN" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return None


# Encounters that, 'during' a statement, happen with it: "thanked Pakistan during a meeting
# with Prime Minister Sharif" reports the meeting too.
_ENCOUNTERS = frozenset({"meeting", "talks", "visit", "call", "conversation", "trip"})


def _meeting_during(tok: Token) -> bool:
    """True for 'during a meeting with X', 'during a visit by X to Y': an encounter whose
    party is named, held while the clause's act was done (not a time before it)."""
    return tok.head.lower_ == "during" and tok.lower_ in _ENCOUNTERS and any(
        c.dep_ == "prep" and c.lower_ in ("with", "to", "by") for c in tok.children)


def _acting_verb(verb: Token) -> Token:
    """The verb whose subject does `verb`: up an infinitive or conjunct chain ('urged
    Myanmar to release ... during talks': 'urged')."""
    for _ in range(3):
        if sx.children(verb, sx.SUBJECT) or verb.dep_ not in ("xcomp", "conj"):
            break
        verb = verb.head
    return verb


def _pressing_despite(tok: Token) -> bool:
    """'despite repeated demands by the IAEA', 'despite calls from Washington': pressure by
    a named party, made before the act that resists it: an event of its own."""
    return tok.head.lower_ == "despite" and any(
        c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children)


_BARE_TALKS = frozenset({"talks", "meeting", "meetings", "consultations", "negotiations"})


def _bare_meeting_during(tok: Token, plover: str) -> bool:
    """'... during talks in Jakarta': a meeting noun with no party of its own, held while
    the clause's act was done."""
    return plover == "CONSULT" and tok.head.lower_ == "during" and tok.lower_ in _BARE_TALKS \
        and not any(c.dep_ in ("poss", "amod", "compound") for c in tok.children)


def _named_event(tok: Token) -> bool:
    """A noun that names one past event rather than a time: it has a participant of its own
    ("after the invasion of Kuwait", "since Russia's annexation of Crimea") or a year
    ("since the 2003 invasion"). Background, but an event the date stage can place."""
    for c in tok.children:
        if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS"):
            return True
        if c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNP", "NNPS")
                                    for g in c.children):
            return True
    return _own_year(tok)


def _background_event(noun: Token) -> bool:
    """'after the invasion of Kuwait in 1990': a named past event under a time preposition,
    coded even without its doer (its own date is what the reader wants from it)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in _BACKGROUND_PREPS and _named_event(noun)


def _own_year(tok: Token) -> bool:
    """A noun dated by a year of its own ("since the 2003 invasion", "after the war in
    1991")."""
    for c in tok.children:
        words = [c] if c.dep_ in ("nummod", "compound", "amod") else \
            [g for g in c.children if g.dep_ == "pobj"] if c.lower_ == "in" else []
        if any(w.tag_ == "CD" and w.text.isdigit() and 1000 <= int(w.text) <= 2100
               for w in words):
            return True
    return False


def _gerund_object(tok: Token) -> bool:
    """A V-ing word right after a verb, modifying a bare object noun: a gerund the parser
    took for an adjective ('denied supplying missiles', 'stopped sending aid')."""
    return tok.dep_ == "amod" and tok.tag_ == "VBG" and tok.i > 0 and \
        tok.doc[tok.i - 1].pos_ == "VERB" and tok.head.dep_ in ("dobj", "obj") and \
        tok.head.head.i == tok.i - 1 and not any(c.dep_ == "det" for c in tok.head.children)


def match(tok: Token) -> Trigger | None:
    """The most specific lexicon trigger that `tok` realises, if any."""
    words, low = trigger_words(), tok.lower_
    if low not in words and tok.lemma_.lower() not in words and \
            form_lemmas().get(low, "") not in words:
        return None  # most tokens: no lexicon row at all, whatever their part of speech
    pos = _pos(tok)
    if pos is None or tok.text in _MONTHS:
        return None  # "agreed in March to ...": the month, not a protest march
    table = triggers()
    rows = table.get((pos, tok.lemma_.lower())) or \
        table.get((pos, form_lemmas().get(tok.lower_, ""))) or ()
    if tok.lower_ != tok.lemma_.lower() and (pos, tok.lower_) in table:
        # a plural entry ('patrols joint') competes with its lemma's rows ('patrol')
        both = dict.fromkeys([*table[(pos, tok.lower_)], *rows])  # ordered, no duplicates
        rows = tuple(sorted(both, key=lambda t: -t.specificity))
    if not rows:
        return None
    near = sx.neighbourhood(tok) if any(r.pattern for r in rows) else set()
    for row in rows:
        if all(_slot_ok(slot, near) for slot in row.pattern) and (
                arms.ARMS not in row.flags or arms.military(tok)):  # "bought wheat": no event
            return row
    return None


@cache
def _candidate_forms() -> frozenset[str]:
    """Word forms that may realise a trigger (the first test of `match`, as one set)."""
    words = trigger_words()
    return words | {form for form, lemma in form_lemmas().items() if lemma in words}


def _slot_ok(slot: frozenset[str], near: set[str]) -> bool:
    """A pattern slot is satisfied by a nearby word; a slot written '!a|b' forbids all its
    words."""
    forbids, words = _slot_words(slot)
    return words.isdisjoint(near) if forbids else not words.isdisjoint(near)


_SLOTS: dict[frozenset[str], tuple[bool, frozenset[str]]] = {}


def _slot_words(slot: frozenset[str]) -> tuple[bool, frozenset[str]]:
    """(whether the slot forbids, the words whose presence decides), worked out once per
    slot: a plain word is met by itself or by its particle form '^word'; '^word' only by
    the particle."""
    found = _SLOTS.get(slot)
    if found is None:
        if any(w.startswith("!") for w in slot):
            found = (True, frozenset(w.lstrip("!") for w in slot))
        else:
            found = (False, frozenset(slot) | {"^" + w for w in slot if not w.startswith("^")})
        _SLOTS[slot] = found
    return found


def _light_head(tok: Token) -> Token | None:
    """The light verb whose object `tok` is ("held talks", "carried out strikes",
    "engaged in fighting": a prepositional object only when the light verb names it)."""
    head = tok.head
    prep = None
    if tok.dep_ == "compound" or (tok.dep_ == "pobj" and head.lower_ == "of"
                                  and head.head.dep_ in ("dobj", "obj")):
        # "undertook a mediation mission", "launched 10 days of war games"
        carrier = head if tok.dep_ == "compound" else head.head
        if carrier.dep_ in ("dobj", "obj"):
            return _light_head(carrier) if carrier.i != tok.i else None
        return None
    if tok.dep_ not in ("dobj", "obj", "nsubjpass", "pobj", "attr"):
        return None
    if tok.dep_ == "pobj":
        prep, head = head.lower_, head.head
    options = light_verbs().get(head.lemma_.lower()) or \
        light_verbs().get(form_lemmas().get(head.lower_, ""))
    if options is None or head.i == tok.i:
        return None
    if prep is not None:
        return head if any(prep in words for words in options) else None
    near = sx.neighbourhood(head)
    ok = any(not words or any(("^" + w if w in sx.PARTICLES else w) in near for w in words)
             for words in options)
    return head if ok else None


def find_triggers(doc: Any, named: frozenset[int] = frozenset()) -> list[Found]:
    """Every trigger in the sentence, with absorption links set; tokens in `named` (inside
    a multi-word actor name: "Asia-Pacific Economic Cooperation", "Rapid Support Forces")
    are words of the name, not triggers."""
    forms, words = _candidate_forms(), trigger_words()
    found = {tok.i: Found(tok, trig) for tok in doc
             if (tok.lower_ in forms or tok.lemma_.lower() in words) and tok.i not in named
             and (trig := match(tok)) is not None}
    for f in found.values():
        if f.trig.pos == "noun":
            f.light = _light_head(f.tok)
        if f.light is not None and f.light.i in found:  # "gave Y aid": the verb's event
            f.absorbed_by = found[f.light.i]
            f.absorbed_by.inner.append(f)
            continue
        head = found.get(f.tok.head.i)
        if f.trig.pos == "noun" and f.tok.dep_ == "nsubj" and head is not None \
                and head.trig.plover == f.trig.plover:
            f.absorbed_by = head  # "US drone attacks have killed ...": one event
            head.inner.append(f)
            continue
        f.absorbed_by = _absorber(f, found)
        if f.absorbed_by is not None:
            f.absorbed_by.inner.append(f)
    _attach_light_complements(found)
    return list(found.values())


def _attach_light_complements(found: dict[int, Found]) -> None:
    """'reiterated its demand that Israel ease ...' is often parsed with the that-clause on
    the light verb: the clause's trigger still belongs to the embedding noun."""
    for f in found.values():
        if f.light is None or "embed" not in f.trig.flags:
            continue
        for g in found.values():
            if g.absorbed_by is None and g is not f and g.tok.dep_ == "ccomp" \
                    and g.tok.head.i == f.light.i:
                g.absorbed_by = f
                f.inner.append(g)


def _absorber(f: Found, found: dict[int, Found]) -> Found | None:
    """The outer trigger that swallows `f`, per rule 2 of the module docstring ('during a
    meeting with X' is an encounter of its own, never the content of the act)."""
    if f.trig.pos == "noun" and (_meeting_during(f.tok) or
                                 _bare_meeting_during(f.tok, f.trig.plover)):
        return None
    for dep, head in sx.path_up(f.tok):
        if dep not in _ARGUMENT_LINKS:
            return None
        outer = found.get(head.i)
        if outer is None:
            if dep in ("xcomp", "ccomp") and head.pos_ == "VERB":
                continue  # pass through aspect/speech verbs: "continued to send"
            continue
        if dep == "conj":  # "denied X and accused Y": a coordinated act of its own, unless
            return _absorber(outer, found)  # its partner is itself content ("to X and Y")
        if "embed" in outer.trig.flags or "negcomp" in outer.trig.flags:
            return outer
        if arms.ARMS in f.trig.flags and outer.trig.plover == "AGREE":
            return outer  # "signed a contract to buy drones": the trade is the deal's content
        if f.trig.pos == "noun" and f.light is None and dep not in ("xcomp", "ccomp", "conj"):
            return outer
        if dep in ("xcomp", "ccomp"):
            # "refused to allow planes to land and evacuate ...": the complement of an absorbed
            # trigger is content of the same outer act, not an event of its own
            return _absorber(outer, found)
        return None
    return None


# ----------------------------------------------------------------------------- actors


# Mention kinds that name an actor of their own (a modifier of these kinds before a phrase's
# head only describes the head: "NATO-member Norway").
_NAMED = frozenset({"igo", "org", "country", "capital", "metonym", "company", "group"})


# Nouns naming the edge of a territory: the country they modify is a location.
_EDGES = frozenset({"border", "borders", "frontier", "boundary", "borderland"})
# Types whose acts at a border face the country beyond it (deployments, manoeuvres, threats).
_FACING_TYPES = frozenset({"MOBILIZE", "THREATEN"})


# Types whose 'against' phrase names the party acted against, before any other phrase.
_OPPOSING_TYPES = frozenset({"ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE",
                             "ASSAULT", "MOBILIZE"})
_AGAINST = frozenset({"against"})


class Actors:
    """Finds source and target mentions for triggers over one sentence."""

    def __init__(self, index: sx.MentionIndex, resolve: Resolver,
                 plover_intents: bool = True) -> None:
        self.index = index
        self.resolve = resolve
        # rule 5 on (PLOVER codebook) or off (an intended action keeps its own type)
        self.plover_intents = plover_intents
        # tokens of triggers that do not embed: 'summoned X to complain' is subject control
        self.plain_triggers: set[int] = set()
        # the type of the trigger whose actors are being found (see `edge`)
        self.kind = ""
        # (type, source) of the acts reported so far in the article, oldest first: what 'the
        # decision', 'the sanctions' refer back to (the coder fills it from earlier sentences)
        self.authors: list[tuple[str, Mention]] = []
        # places (towns, regions) named in the article's earlier sentences, oldest first:
        # where an attack on people named only by a role happened (the coder fills it)
        self.places: list[Mention] = []

    def of(self, tok: Token) -> list[Mention]:
        """Actor mentions standing for the phrase headed by `tok` (with its conjuncts)."""
        out: list[Mention] = []
        for t in sx.conjuncts(tok):
            for m in self._phrase(t):
                if m not in out:
                    out.append(m)
        return out

    def _phrase(self, tok: Token) -> list[Mention]:
        if tok.lemma_.lower() in _EDGES and self.index.at(tok) is None and \
                self.kind not in _FACING_TYPES:
            return []  # "on the Thai border": a place named by its edge, not a party
        if tok.lower_ in sx.RELATIVE and tok.head.dep_ == "relcl":
            return self.of(tok.head.head)
        own = self.index.at(tok)
        post = self._post(tok, own)
        if post is not None:
            return [post]
        if own is not None and own.country is None and any(
                c.dep_ == "poss" and c.lower_ in sx.POSSESSIVE for c in tok.children):
            return []  # "withdraw its troops": the actor's own forces are not a second party
        low = tok.lower_ if not tok.text.isupper() or len(tok.text) == 1 else tok.text
        if low in sx.PRONOUNS or low in sx.FIRST_PERSON or own is None:
            resolved = self.resolve(tok, own)
            if resolved is not None:
                return [resolved]
        found = [f for m in self.index.in_phrase(tok) if not self._patron(tok.doc, m)
                 and (f := self._fill(tok, m)) is not None]
        head = [m for m in found if self._informative(tok, m) and not self.edge(tok.doc, m)
                and (m is own or m.country is not None or not self.owned(tok.doc, m))]
        if own is not None and own.country is not None and own in head:
            # "NATO-member Norway", "Washington's ally Israel": the head names the actor, a
            # modifier before it only describes it
            head = [m for m in head if m is own or m.start > own.start or m.kind not in _NAMED]
            # "Pakistan, a key U.S. ally, ...": an apposition describes the actor
            appos = {t.i for c in tok.children if c.dep_ == "appos" for t in c.subtree}
            head = [m for m in head if m is own or self.index.first_token(m) not in appos]
        home = self._residence(tok, own)
        if home is not None:
            return [home]
        if own is None and not any(_grounded(m) for m in head):
            head = self._linked(tok) or self._possessor(tok) or head
        if head and not _grounded(head[0]):
            # "workers of the bus company of Tehran", "workers affiliated with a Serbian union"
            found += [m for c in tok.children if c.dep_ == "acl"
                      for t in c.subtree if (m := self.index.at(t)) is not None]
            country = next((m for m in found if m.country), None)
            if country is not None:
                h = head[0]
                return [Mention(h.start, h.end, (country.country or "") + (h.sector or ""),
                                country.country, h.sector, h.name, h.kind)]
        return head

    def _linked(self, tok: Token) -> list[Mention]:
        """'a cargo ship linked to an Israeli businessman', 'groups tied to Russia': a thing
        named by no actor stands for the party it is said to belong to."""
        for c in tok.children:
            if c.dep_ == "acl" and c.lower_ in _link_forms():
                found = [m for _p, o in sx.prep_objects(c, _LINK_PREPS) for m in self.of(o)]
                found += [m for a in sx.agent_objects(c) for m in self.of(a)]
                found = [m for m in found if m.country]
                if found:
                    return found[:1]
        return []

    def _possessor(self, tok: Token) -> list[Mention]:
        """'fired water cannon at one of its supply boats': an attack on a thing that a
        pronoun says is someone's strikes its owner (the speaker of a reported clause)."""
        if self.kind not in ("ASSAULT", "COERCE"):
            return []
        heads = [tok, *(o for _p, o in sx.prep_objects(tok, frozenset({"of"})))]
        for h in heads:
            poss = [c for c in h.children if c.dep_ == "poss" and c.lower_ in sx.POSSESSIVE]
            found = self.resolve(poss[0], None) if poss else None
            if found is not None and found.country:
                return [found]
        return []

    def edge(self, doc: Any, m: Mention) -> bool:
        """True when `m` only modifies a border noun ('on the Thai border', 'Israel's
        border'): a location, not a party."""
        if self.kind in _FACING_TYPES:
            return False  # "moved troops to the Polish border": a show of force faces Poland
        last = self.index.last_token(m)
        if last is None:
            return False
        tok = doc[last]
        return tok.dep_ in ("amod", "compound", "poss", "nmod") and \
            tok.head.lemma_.lower() in _EDGES

    def _patron(self, doc: Any, m: Mention) -> bool:
        """True when `m` only owns an ally ('Israel's militia ally', 'Iranian proxies'): the
        ally is another party, and not a mention of `m`."""
        last = self.index.last_token(m)
        if last is None:
            return False
        tok = doc[last]
        return tok.dep_ in ("poss", "amod", "compound") and tok.head.lemma_.lower() in _ALLY_WORDS \
            and self.index.at(tok.head) is None

    def _owner(self, tok: Token) -> list[Mention]:
        """'its jets will strike ...': the subject is the actor's own forces, so the actor the
        possessive pronoun stands for does the act."""
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in sx.POSSESSIVE]
        if not poss or self.index.at(tok) is None:
            return []
        found = self.resolve(poss[0], None)
        return [found] if found is not None else []

    def owned(self, doc: Any, m: Mention) -> bool:
        """True when a possessive pronoun owns the country-less mention `m` ('its forces':
        the actor's own people, not a second party)."""
        last = self.index.last_token(m)
        return last is not None and any(
            c.dep_ == "poss" and c.lower_ in sx.POSSESSIVE for c in doc[last].children)

    def _residence(self, tok: Token, own: Mention | None) -> Mention | None:
        """'The Albanians of southern Serbia', 'Kurds in Turkey': a people named with the
        country it lives in acts as an actor of that country."""
        if own is None or own.kind != "demonym":
            return None
        for _p, obj in sx.prep_objects(tok, frozenset({"of", "in"})):
            place = next((m for m in self.of(obj)
                          if m.country and m.kind in ("country", "region", "capital", "place")),
                         None)
            if place is not None and place.country != own.country:
                return Mention(own.start, own.end, (place.country or "") + (own.sector or ""),
                               place.country, own.sector, own.name, own.kind)
        return None

    def _informative(self, tok: Token, m: Mention) -> bool:
        """A country-less role word counts only as the head of its phrase ('the army'),
        not as a modifier ('military aid', 'government forces' keeps 'forces')."""
        if m.country is not None or m.sector in ("IGO", "NGO") or m.kind in ("igo", "org"):
            return True
        head = self.index.at(tok)
        if head is None:  # "thousands of people", "a group of refugees": the of-object heads
            head = next((self.index.at(o) for _p, o in sx.prep_objects(tok, frozenset({"of"}))
                         if self.index.at(o) is not None), None)
        if head is None and m.kind == "role" and self.kind in _JUDGING_TYPES:
            # "criticised the president's handling of ...": the owner of the judged conduct
            head = next((self.index.at(c) for c in tok.children if c.dep_ == "poss"), None)
        return head is m

    def _fill(self, tok: Token, m: Mention) -> Mention | None:
        """Resolve country-less role mentions ('our armed forces', 'the ministry')."""
        if m.country is not None or m.sector in ("IGO", "NGO") or m.kind in ("igo", "org"):
            return m
        return self.resolve(tok, m) or m

    def _post(self, tok: Token, own: Mention | None) -> Mention | None:
        """A state's post abroad owned by a pronoun ('its embassy in Damascus'): the owner's
        post, whatever place the phrase names."""
        if own is None or own.country is not None or tok.lower_ not in posts_abroad():
            return None
        owner = self._post_owner(tok)
        if owner is None:
            return None
        return Mention(own.start, own.end, (owner.country or "") + (own.sector or ""),
                       owner.country, own.sector, owner.name, own.kind)

    def _post_owner(self, tok: Token) -> Mention | None:
        """'its embassy in Damascus': the state the possessive pronoun stands for (the
        reported speaker, else the subject of the sentence's main clause), not the place."""
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        if not poss:
            return None
        found = self.resolve(poss[0], None)
        if found is None:
            root = next(t for t in tok.doc if t.head is t)
            subj = sx.children(root, sx.SUBJECT)
            found = next((m for m in self.of(subj[0]) if m.country), None) if subj else None
        return found if found is not None and found.country else None

    def subject(self, verb: Token) -> tuple[list[Mention], bool]:
        """(source actors, whether the verb is passive) for a verb, inheriting up chains."""
        cur, link = verb, ""
        if _gerund_object(verb):  # "Iran denied supplying missiles": Iran supplies
            cur, link = verb.head.head, "xcomp"
        for _ in range(5):
            passive = sx.is_passive(cur)
            if passive and link in ("conj", "xcomp"):
                # "was indicted by the court and will resign", "was urged by X to leave":
                # the passive subject, not the agent, does the dependent act
                subj = sx.children(cur, sx.PASSIVE_SUBJECT)
                return (self.of(subj[0]) if subj else []), False
            if passive:
                agents = [m for a in sx.agent_objects(cur) for m in self.of(a)]
                return agents, True
            subj = sx.children(cur, sx.SUBJECT)
            if subj:
                return self.of(subj[0]) or self._owner(subj[0]), False
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.i > 0 and \
                    cur.doc[cur.i - 1].text == "," and _governor(cur) is not None:
                # "lodged a protest with Albania, charging its neighbour with ...": an
                # adverbial participle after a comma belongs to the clause's verb
                cur, link = _governor(cur), "advcl"
                continue
            if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
                named = self.of(cur.head)
                if named or cur.dep_ == "relcl" or cur.head.dep_ not in ("dobj", "obj"):
                    return named, False
                # "issued a statement condemning X": the statement's issuer speaks
                cur, link = cur.head.head, "acl"
                continue
            if cur.dep_ == "xcomp" and cur.head.i not in self.plain_triggers:
                obj = sx.has_object(cur.head)
                if obj is not None and self.of(obj):  # object control: urged Y to X
                    return self.of(obj), False
            if cur.dep_ == "prep" and link == "pcomp" and cur.head.pos_ == "VERB" and \
                    sx.has_object(cur.head) is None:
                # "resorted to throwing stones", "insisted on sending troops": the verb's
                # subject does the act (with an object: 'prevented Y from ...', Y's act)
                cur, link = cur.head, "prep"
                continue
            if cur.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") \
                    or cur.head.i == cur.i:
                return [], False
            cur, link = cur.head, cur.dep_
        return [], False

    def verb_targets(self, verb: Token, passive: bool, extra_preps: frozenset[str],
                     instruments: frozenset[str] = frozenset()) -> list[Mention]:
        """Target actors of a verb: passive subject, objects, then prepositional objects.
        An object named by the trigger's pattern ('sent inspectors', 'deployed troops') is
        the thing sent, not the party acted upon."""
        heads: list[Token] = []
        if passive:
            heads += sx.children(verb, sx.PASSIVE_SUBJECT)
        heads += [o for o in sx.children(verb, sx.OBJECT | {"attr", "oprd"})
                  if o.lower_ not in instruments and o.lemma_.lower() not in instruments]
        preps = sx.TARGET_PREPS | extra_preps
        if self.kind in _OPPOSING_TYPES:
            # "filed a case against Israel at the ICJ": the party opposed comes before the
            # forum or the addressee
            heads += [o for p, o in sx.prep_objects(verb, _AGAINST) if p == "against"]
            heads += [o for obj in sx.children(verb, sx.OBJECT)
                      for p, o in sx.prep_objects(obj, _AGAINST) if p == "against"]
        heads += [o for _p, o in sx.prep_objects(verb, preps)]
        if "by" in extra_preps and not passive:  # "stood by Iraq" parsed as an agent
            heads += sx.agent_objects(verb)
        for prep in verb.children:  # a preposition left without its object by the parser
            if prep.dep_ == "prep" and prep.lower_ in preps and not any(
                    c.dep_ in ("pobj", "pcomp") for c in prep.children):
                nxt = next((t for t in prep.doc[prep.i + 1: prep.i + 7]
                            if self.index.at(t) is not None), None)
                if nxt is not None:
                    heads.append(nxt)
        for obj in sx.children(verb, sx.OBJECT):
            heads += [o for p, o in sx.prep_objects(obj, preps) if p != "from"]
        return self._collect(heads)

    def noun_sources(self, noun: Token) -> list[Mention]:
        """Possessor, nationality adjectives and 'by' agents of a noun trigger."""
        heads = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        heads += [o for _p, o in sx.prep_objects(noun, frozenset({"by"}))]
        # "the arrest of the leader by Ugandan police": the parser hangs the agent on the
        # 'of' object
        heads += [a for _p, o in sx.prep_objects(noun, frozenset({"of"}))
                  for _q, a in sx.prep_objects(o, frozenset({"by"}))]
        # a modifier counts only when it names a country or organisation ("Israeli raids")
        return [m for m in self._collect(heads) if m.country or m.sector in ("IGO", "NGO")]

    def noun_targets(self, noun: Token, of_is_target: bool,
                     extra: frozenset[str] = frozenset()) -> list[Mention]:
        """Actors in the on/against/with/to/... (and, for transitive nouns, of) phrases."""
        preps = sx.TARGET_PREPS | ({"of"} if of_is_target else frozenset()) | extra
        return self._collect([o for _p, o in sx.prep_objects(noun, frozenset(preps))])

    def _collect(self, heads: list[Token]) -> list[Mention]:
        out: list[Mention] = []
        for h in heads:
            for m in self.of(h):
                if m not in out:
                    out.append(m)
        return out


# ----------------------------------------------------------------------------- events

# Verbal reactions aimed at someone's conduct ('criticised the minister's remarks').
_JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})

# Participles that tie a thing to its owner or patron ('a ship linked to', 'owned by').
_LINK_VERBS = frozenset({"link", "tie", "affiliate", "own", "belong", "operate", "connect",
                         "want", "charter", "flag"})
# ... and those that name where a cargo was going ('supplies bound for the outpost').
_BOUND_FORMS = frozenset({"bound", "destined", "headed", "heading"})
_LINK_PREPS = frozenset({"to", "with", "by", "for"})


@cache
def _link_forms() -> frozenset[str]:
    """Word forms of the linking participles (their lemmas are not in the parse's lexicon)."""
    return frozenset(f for verb in _LINK_VERBS for f in word_forms(verb)) | _BOUND_FORMS

# Nouns naming a party by its patron ('Israel's militia ally'): the patron is not the party.
_ALLY_WORDS = frozenset({"ally", "proxy", "client", "surrogate"})

# Nominal types whose 'of' phrase names the doer, not the one acted upon.
_INTRANSITIVE_NOUN = frozenset({"RETREAT", "PROTEST", "CONSULT", "MOBILIZE", "AGREE", "REQUEST"})


def draft_events(doc: Any, actors: Actors) -> list[Draft]:
    """Every event of the parsed sentence `doc`."""
    drafts: list[Draft] = []
    charged: list[tuple[Draft, Draft]] = []
    found = find_triggers(doc, _name_tokens(actors.index))
    actors.plain_triggers = {f.tok.i for f in found
                             if not f.trig.flags & {"embed", "negcomp", "directive"}}
    for f in found:
        if f.absorbed_by is not None:
            continue
        draft = _draft(f, doc, actors)
        if draft is not None:
            drafts.append(draft)
            if draft.sources and _grounded(draft.sources[0]):
                actors.authors.append((draft.plover, draft.sources[0]))
            drafts += _presupposed(f, draft, actors)
            charged += [(draft, c) for c in _charged_acts(f, draft, doc, actors)]
    for f in found:  # absorption links form cycles: undo them so the objects die at once
        f.absorbed_by, f.inner = None, []
    drafts += _must_requests(doc, actors, drafts)
    _participle_targets(drafts)
    drafts = _drop_subordinate(_protest_demands(drafts))
    # a charge's content hangs from 'of'/'for' like a reason clause, yet is coded with its
    # charge (when the charge itself stands)
    return drafts + [c for outer, c in charged if outer in drafts]


# Verbal acts a participle clause adds to a main act ('..., pledging to ...', 'praising ...').
_SAID_ACTS = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def _participle_targets(drafts: list[Draft]) -> None:
    """'received the Laotian prime minister, pledging to deepen cooperation': a participle
    clause of the main act's doer, naming no one, speaks to the main act's other party."""
    for d in drafts:
        if d.targets or d.plover not in _SAID_ACTS or d.anchor.dep_ != "advcl" or \
                d.anchor.tag_ != "VBG" or not d.sources:
            continue
        for m in drafts:
            if m is not d and m.anchor.i == d.anchor.head.i and m.sources and m.targets and \
                    m.sources[0].country == d.sources[0].country and _grounded(m.targets[0]) \
                    and m.targets[0].kind != "implicit":
                d.targets = m.targets[:1]
                break


def _name_tokens(index: sx.MentionIndex) -> frozenset[int]:
    """Token indices covered by actor mentions of more than one token."""
    count: dict[int, int] = {}
    for m in index.by_token.values():
        count[id(m)] = count.get(id(m), 0) + 1
    return frozenset(i for i, m in index.by_token.items() if count[id(m)] > 1)


# Nominal types whose event, named as the object of a reaction ('rejected India's request',
# 'accepted the bloc's demand'), has already happened and is coded too.
_PRESUPPOSED = frozenset({"REQUEST"})


def _presupposed(f: Found, outer: Draft, actors: Actors) -> list[Draft]:
    """'The Taliban rejected a Qatari request to reopen schools': the request was made (by
    Qatar, to the Taliban) before it was rejected: a second event, when its maker is named."""
    out = []
    for inner in f.inner:
        if inner.trig.pos != "noun" or inner.trig.plover not in _PRESUPPOSED or \
                inner.tok.head.i != f.tok.i and inner.tok.head.head.i != f.tok.i:
            continue
        makers = actors.noun_sources(inner.tok) or actors._collect(
            [o for _p, o in sx.prep_objects(inner.tok, frozenset({"from", "by"}))])
        makers = [m for m in makers if _grounded(m) and m not in outer.sources] or \
            _home_makers(inner.tok, outer, actors)
        if makers and outer.sources:
            if outer.plover in ("CONCEDE", "REJECT") and (not outer.targets or any(
                    t.kind == "implicit" or t.kind in _PLACE_KINDS for t in outer.targets[:1])):
                outer.targets = makers[:1]  # "accepted the rebels' demand for talks in Havana"
            out.append(Draft(inner.tok, [inner.tok], inner.trig, inner.trig.cameo,
                             inner.trig.plover, makers[:1], outer.sources[:1], Polarity(),
                             True, True))
    return out + _reacted_acts(f, outer, actors)


# Reactions whose object names an act that has happened ('criticised Beijing's detention
# of ...', 'welcomed Ethiopia's release of ...').
_REACTIONS = frozenset({"ACCUSE", "SUPPORT"})
_REACTED = frozenset({"COERCE", "ASSAULT", "SANCTION", "RETREAT", "AID", "MOBILIZE"})


def _reacted_acts(f: Found, outer: Draft, actors: Actors) -> list[Draft]:
    """'Tokyo criticised Beijing's detention of a Japanese executive': a reaction presupposes
    the act it is about; coded too when the act's doer and the party it struck are named."""
    if outer.plover not in _REACTIONS or outer.pol.negated or outer.pol.modality != "asserted":
        return []
    out = []
    acts = [(i.tok, i.trig) for i in f.inner if i.tok.head.i == f.tok.i
            or i.tok.head.head.i == f.tok.i]
    if sx.is_passive(f.tok):  # "the seizure of a Greek tanker ... was condemned by Athens"
        acts += [(c, t) for c in sx.children(f.tok, sx.PASSIVE_SUBJECT)
                 if (t := match(c)) is not None]
    for tok, trig in acts:
        if trig.pos != "noun" or trig.plover not in _REACTED:
            continue
        makers = [m for m in actors.noun_sources(tok) if _grounded(m)]
        of_target = trig.plover not in _INTRANSITIVE_NOUN or trig.cameo == "0841"
        struck = [m for m in actors.noun_targets(tok, of_target) if _grounded(m)
                  and makers and (m.country or m.code) != (makers[0].country or makers[0].code)]
        if makers and struck:
            out.append(Draft(tok, [tok], trig, trig.cameo, trig.plover, makers[:1], struck[:1],
                             Polarity(), True, True))
            if not outer.targets or outer.targets[0].country in (
                    outer.sources[0].country, struck[0].country):
                # the reaction is aimed at the act's doer, not at the party the act struck
                outer.targets = makers[:1]
    return out


# Verbs whose 'of'/'for' gerund states what the accused did: the charge's content.
_CHARGE_VERBS = frozenset({"accuse", "blame", "charge"})


def _charged_acts(f: Found, outer: Draft, doc: Any, actors: Actors) -> list[Draft]:
    """'China accused the Philippines of ramming its ship': the charge's content is an act of
    the accused, coded too with modality 'reported' (it is alleged, not confirmed). Charges
    of breaking norms ('violating human rights') state no act of their own: skipped."""
    if outer.plover != "ACCUSE" or f.tok.lemma_.lower() not in _CHARGE_VERBS or \
            not outer.targets or not _grounded(outer.targets[0]):
        return []
    out = _act_blamed_on(f, outer, doc, actors)
    for inner in f.inner:
        # 'accused X of ramming ...', or an act named by a noun: 'blamed X for the seizure of'
        nominal = inner.trig.pos == "noun" and inner.tok.dep_ == "pobj" and \
            inner.trig.plover in MATERIAL_CONFLICT
        if not (nominal or inner.trig.pos == "verb" and inner.tok.tag_ == "VBG") or \
                inner.trig.plover in _SPOKEN or inner.trig.plover == "REJECT" or \
                inner.tok.head.lower_ not in ("of", "for"):
            continue
        draft = _draft(Found(inner.tok, inner.trig, inner.light, None, inner.inner), doc, actors)
        if draft is None and nominal:
            draft = _nominal_charge(inner.tok, inner.trig, doc, actors)
        if draft is None or draft.pol.negated:
            continue
        accused = outer.targets[0]
        draft.sources = [accused]
        # a target inferred from a place ('bombing hospitals in Gaza') counts, one inferred
        # from the accused's own country does not
        draft.targets = [m for m in draft.targets if (m.kind != "implicit" or m.name)
                         and _grounded(m)
                         and (m.country or m.code) != (accused.country or accused.code)]
        if not draft.targets and outer.sources and _hit_own_craft(inner.tok):
            draft.targets = outer.sources[:1]  # 'accused X of ramming its ship': the accuser's
        if not draft.targets:
            continue  # 'accused X of abuses at home': no party named, no second event
        draft.pol.modality = "reported"
        out.append(draft)
    return out


def _blamed_on(verb: Token, actors: Actors) -> list[Mention]:
    """'the assassination was blamed on Israel': the 'on' phrase is the accused (the parser
    may hang it on the object: 'blamed the bombing on India', 'the killing of X on Y')."""
    hosts = [verb, *sx.children(verb, sx.OBJECT)]
    hosts += [o for h in hosts[1:] for _p, o in sx.prep_objects(h, frozenset({"of"}))]
    return [m for m in actors._collect([o for h in hosts for _p, o in sx.prep_objects(
        h, frozenset({"on"}))]) if _grounded(m)]


def _act_blamed_on(f: Found, outer: Draft, doc: Any, actors: Actors) -> list[Draft]:
    """'the assassination of an Iranian general was blamed on Israel', 'blamed the attack on
    X': the act named as the thing blamed is the accused's, alleged (reported); with no
    victim named, the accuser is the one it struck."""
    accused = outer.targets[0]
    if not _blamed_on(f.tok, actors):
        return []
    out = []
    for c in f.tok.children:
        trig = match(c) if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" else None
        if trig is None or trig.plover not in MATERIAL_CONFLICT:
            continue
        draft = _nominal_charge(c, trig, doc, actors)
        draft.sources = [accused]
        draft.targets = [m for m in draft.targets if m.country != accused.country] or [
            m for m in outer.sources[:1] if m.country and m.country != accused.country]
        draft.pol.modality = "reported"
        out.append(draft)
    return out


def _nominal_charge(noun: Token, trig: Trigger, doc: Any, actors: Actors) -> Draft:
    """The charged act named by a noun with no doer of its own ('blamed Iran for the seizure
    of a tanker'): the caller makes the accused its doer."""
    targets = [m for m in actors.noun_targets(noun, True) if _grounded(m)]
    return Draft(noun, [noun], trig, trig.cameo, trig.plover, [], targets,
                 polarity(noun, doc), False, bool(targets))


# Craft an accuser complains were hit ('of firing water cannon at a resupply boat').
_CRAFT = frozenset({"ship", "ships", "vessel", "vessels", "boat", "boats", "aircraft", "plane",
                    "planes", "jet", "jets", "drone", "drones", "tanker", "tankers", "frigate",
                    "patrol", "embassy", "consulate", "outpost", "warship", "warships"})


def _hit_own_craft(verb: Token) -> bool:
    """The charged act is aimed at the accuser's own thing: a craft or post, or a thing
    owned by 'its'/'their'/'our' ('accused the Philippines of ramming its ship')."""
    aimed = [o for o in sx.children(verb, sx.OBJECT)]
    preps = {"at", "on", "against", "into"} | ({"of"} if verb.pos_ == "NOUN" else set())
    aimed += [o for _p, o in sx.prep_objects(verb, frozenset(preps))]
    return any(o.lower_ in _CRAFT or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                                         for c in o.children) for o in aimed)


def _home_makers(noun: Token, outer: Draft, actors: Actors) -> list[Mention]:
    """'accepted the rebels' demand', 'yielded to the protesters' demands': a demand by a
    country-less domestic group put to a state comes from that state's own people."""
    if not outer.sources or not outer.sources[0].country:
        return []
    owners = [m for c in noun.children if c.dep_ == "poss" for m in actors.of(c)]
    return [_with_country(m, outer.sources[0]) for m in owners[:1]
            if not m.country and m.sector in _DOMESTIC_SECTORS]


# Sectors of groups inside a country that make demands of their own state.
_DOMESTIC_SECTORS = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "MED", "BUS", "REL", "ELI"})


def _protest_demands(drafts: list[Draft]) -> list[Draft]:
    """A demand voiced by protesters ('demonstrators demanded the resignation of X') is part
    of their protest: dropped beside a protest event of the sentence, else coded as the
    protest (CAMEO 140) aimed at the addressee of the demand."""
    for d in drafts:
        if d.plover in ("ASSAULT", "COERCE") and _by_protesters(d.anchor):
            d.cameo, d.plover = "145", "PROTEST"  # "protesters stormed the embassy": a riot
    demands = [d for d in drafts if d.plover == "REQUEST" and _by_protesters(d.anchor)]
    if not demands:
        return drafts
    protest = any(d.plover == "PROTEST" for d in drafts)
    out = [d for d in drafts if d not in demands]
    if not protest:
        for d in demands:
            d.cameo, d.plover = "140", "PROTEST"
            out.append(d)
    return out


def _by_protesters(anchor: Token) -> bool:
    """True when the subject of `anchor` (or of the verb it hangs from) names protesters."""
    for verb in (anchor, anchor.head):
        subj = sx.children(verb, sx.SUBJECT)
        if subj:
            return any(t.lemma_.lower() in protesters() or t.lower_ in protesters()
                       for t in sx.phrase_tokens(subj[0]))
    return False


_BACKGROUND_MARKS = frozenset({"as", "when", "after", "before", "while", "since", "because",
                               "until", "whereas", "though", "although"})


def _governor(tok: Token) -> Token | None:
    """The nearest verb above `tok`'s head noun."""
    for _dep, head in sx.path_up(tok.head, 4):
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _background_participle(d: Draft) -> bool:
    """'a building donated by China', 'the curfew imposed in Sudan': a past participle that
    describes a noun tells what happened before, as background, not the news."""
    return d.anchor.dep_ == "acl" and d.anchor.tag_ == "VBN" and \
        d.anchor.head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
            for c in d.anchor.children)  # "reports that it had struck": a clause


def _drop_subordinate(drafts: list[Draft]) -> list[Draft]:
    """Events in a purpose, conditional, relative or circumstantial clause ('to demand ...',
    'unless Y accepts', 'who has vowed ...', 'as Y cracked down') are background to the
    sentence's main event: dropped when a main-clause event was coded, kept otherwise."""
    drafts = [d for d in drafts if not _background_participle(d)]
    main = [d for d in drafts if not _subordinate(d) and not _elaboration(d, drafts)]
    if not main:
        return drafts
    for d in drafts:
        if d not in main:
            _lend_target(d, main)
            _arrest_raid(d, main)
    force = any(m.cameo == _CROWD_CONTROL for m in main)
    return [d for d in drafts if d in main or _full_dyad(d) or _charge_on_act(d, main)
            or force and d.plover == "PROTEST" or _reaction(d, main)]


def _reaction(d: Draft, main: list[Draft]) -> bool:
    """'hurled stones at police, who responded with tear gas': a continuative relative
    clause (comma, relative pronoun as subject, simple past) on a party of a main clash
    narrates the next act of the clash, an event of its own, not background."""
    verb = d.anchor
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or d.plover not in MATERIAL_CONFLICT:
        return False
    subj = sx.children(verb, sx.SUBJECT)
    if not subj or subj[0].lower_ not in ("who", "which") or subj[0].i == 0 or \
            verb.doc[subj[0].i - 1].text != ",":
        return False
    above = {h.i for _dep, h in sx.path_up(verb, 4)}
    return any(m.plover in MATERIAL_CONFLICT and m.anchor.i in above for m in main)


def _arrest_raid(detail: Draft, main: list[Draft]) -> None:
    """'Troops raided the camp, arresting 20 people': a raid whose stated outcome is arrests
    is a search-and-arrest operation (COERCE), not an armed attack."""
    if detail.plover != "COERCE" or detail.anchor.dep_ != "advcl":
        return
    for m in main:
        if m.plover == "ASSAULT" and m.trig.lemma == "raid" and m.trig.pos == "verb" and \
                detail.anchor.head.i == m.anchor.i:
            m.cameo, m.plover = detail.cameo, detail.plover


# Bodies whose meeting is their own session, not a consultation with anyone.
_SESSIONS = frozenset({"cabinet", "parliament", "council", "committee", "assembly", "senate",
                       "congress", "politburo", "board", "legislature", "government"})


# Crowd control by force (tear gas, water cannon): it presupposes the protest it breaks up
# ('used tear gas to disperse demonstrators protesting ...'), which stays an event.
_CROWD_CONTROL = "175"


def _charge_on_act(d: Draft, main: list[Draft]) -> bool:
    """'expelled two diplomats, accusing them of spying': a participle charge against the
    party a punishment (sanction, arrest) struck gives its reason, an event of its own."""
    if d.plover != "ACCUSE" or d.anchor.dep_ != "advcl" or not d.targets or not d.sources:
        return False
    tgt = d.targets[0]
    if tgt.kind == "implicit" or not _grounded(tgt) or tgt.country == d.sources[0].country:
        return False
    above = _verbal_chain(d.anchor)
    return any(m.plover in ("SANCTION", "COERCE") and m.anchor.i in above and m.targets
               and m.targets[0].country == tgt.country for m in main)


def _elaboration(d: Draft, drafts: list[Draft]) -> bool:
    """'attacked the camp, killing 156 people': a participle clause of the same type and
    source as the event it hangs from adds detail, not a second event."""
    if d.anchor.dep_ not in ("advcl", "xcomp"):
        return False
    above = {h.i for _dep, h in sx.path_up(d.anchor, 3)}
    own = {m.country for m in d.sources}
    return any(o is not d and o.anchor.i in above and _same_kind(o.plover, d.plover)
               and own <= {m.country for m in o.sources} for o in drafts)


def _same_kind(main: str, detail: str) -> bool:
    """Same type, or both material conflict ('rioted, setting fire to ...': the riot)."""
    return main == detail or (main in MATERIAL_CONFLICT and detail in MATERIAL_CONFLICT)


def _lend_target(sub: Draft, main: list[Draft]) -> None:
    """A purpose clause names whom the main act is aimed at ('began a hunger strike to
    protest against Sweden's decision'): its explicit target replaces an implicit one."""
    if not sub.targets or sub.targets[0].kind == "implicit" or not _grounded(sub.targets[0]):
        return
    above = [h.i for _dep, h in sx.path_up(sub.anchor, 3)]
    verbal = _verbal_chain(sub.anchor)
    for m in main:
        open_target = not m.targets or m.targets[0].kind == "implicit"
        near = sub.anchor.head.i == m.anchor.i or m.anchor.i in above and (
            sub.plover in ("REQUEST", "ACCUSE")) or m.anchor.i in verbal and (
            sub.pol.purpose or _in_purpose(sub.anchor)) or _on_doer(sub, m)
        if near and open_target and \
                sub.targets[0].country not in {s.country for s in m.sources}:
            m.targets = sub.targets[:1]


def _on_doer(sub: Draft, main: Draft) -> bool:
    """'The minister, who visited Kyiv on Monday, promised more aid': a relative clause on
    the main act's doer, by the same actor, tells where the act is aimed."""
    subj = sx.children(main.anchor, sx.SUBJECT)
    return sub.anchor.dep_ == "relcl" and bool(subj) and sub.anchor.head.i == subj[0].i \
        and bool(sub.sources) and bool(main.sources) \
        and sub.sources[0].country == main.sources[0].country


def _verbal_chain(tok: Token) -> set[int]:
    """Verbs above `tok` reached through clause links only (not through a noun's modifier):
    'sent material to help defend Y' reaches 'sent'; 'prevented the march staged to
    protest X' does not reach 'prevented'."""
    out = set()
    for dep, head in sx.path_up(tok, 4):
        if dep not in ("advcl", "xcomp", "ccomp", "conj"):
            break
        out.add(head.i)
    return out


def _in_purpose(tok: Token) -> bool:
    """True when `tok` sits in an infinitive of purpose ('sent troops to help defend Y')."""
    for _dep, head in [("", tok), *sx.path_up(tok, 3)]:
        if head.dep_ == "advcl" and head.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            return True
    return False


def _full_dyad(d: Draft) -> bool:
    """A relative clause naming both actors ('..., which included X issuing threats to Y')."""
    in_relcl = any(dep == "relcl" for dep, _h in sx.path_up(d.anchor, 8)) or \
        d.anchor.dep_ == "relcl" or _sequel_clause(d.anchor) or (
            arms.ARMS in d.trig.flags and d.trig.pos == "noun" and d.anchor.dep_ in ("dobj", "obj")
            and _sequel_clause(d.anchor.head))  # "after Baghdad confirmed the purchase of"
    earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in d.anchor.children)
    # '... journalists who had travelled to X': a past perfect tells the story behind a party
    return (in_relcl and not earlier and not (d.pol.purpose or d.pol.conditional)
            and not d.pol.modal and d.pol.modality in ("asserted", "reported") and bool(d.sources)
            and bool(d.targets)
            and _grounded(d.sources[0]) and d.targets[0].kind != "implicit"
            and _grounded(d.targets[0]) and d.sources[0].country != d.targets[0].country)


# Marks of a clause stating an earlier or later act as a fact ('after the US vetoed it').
_SEQUEL_MARKS = frozenset({"after", "before", "while", "whereas"})


def _sequel_clause(anchor: Token) -> bool:
    """'..., after the United States vetoed the text': a temporal clause whose verb is the
    event's own (in the simple past) states a second act, not a circumstance."""
    return anchor.dep_ == "advcl" and anchor.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in _SEQUEL_MARKS for c in anchor.children)


def _subordinate(d: Draft) -> bool:
    if d.pol.purpose or d.pol.conditional or _in_purpose(d.anchor):
        return True
    if d.anchor.dep_ == "pcomp" and d.anchor.head.lower_ in ("for", "over", "because"):
        return True  # "arrested for collaborating with Israel": the reason, not an event
    if any(h.tag_ == "VBG" and h.dep_ == "advcl" and h.lemma_ in reporting_verbs()
           for _dep, h in sx.path_up(d.anchor, 4)):
        return True  # "..., saying he would only welcome him in Jerusalem"
    if d.plover in ("REQUEST", "ACCUSE") and d.anchor.dep_ in ("advcl", "xcomp", "acl", "pcomp") \
            and d.anchor.tag_ == "VBG":
        return True  # "demonstrated ... calling for independence": the protest's demand
    cur = d.anchor
    for _ in range(8):
        if cur.dep_ in ("relcl", "acl"):
            return True
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKS
                                       for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _draft(f: Found, doc: Any, actors: Actors) -> Draft | None:
    actors.kind = f.trig.plover
    if "negcomp" in f.trig.flags and f.inner:
        return _negated_inner(f, doc, actors)
    if "negcomp" in f.trig.flags and any(c.dep_ in ("ccomp", "xcomp") or _gerund_object(c)
                                         for c in [*f.tok.children, *f.tok.subtree]):
        return None  # "denied that it ..." with no event word inside: a denial is not coded
    if arms.ARMS in f.trig.flags and arms.generic_trader(f.tok):
        return None  # "sanctions on entities that buy Russian arms": no one bought yet
    if f.trig.pos == "noun":
        sources, targets, anchor, parsed = _noun_args(f, actors)
    else:
        sources, targets, parsed = _verb_args(f.tok, f.trig, actors)
        anchor = f.tok
        plan = arms.plan_noun(f.tok) if arms.ARMS in f.trig.flags else None
        if plan is not None:  # "Serbia is in talks to acquire ...": the subject of "is"
            sources, targets = _planner(plan, actors, targets)
    embeds = bool(f.trig.flags & {"embed", "negcomp"})
    if embeds and not targets:
        targets = _complement_subject(f.tok, actors, sources)
        if not targets and f.light is not None:
            targets = _complement_subject(f.light, actors, sources)
    if f.inner and (not targets or not sources) and (
            embeds or any(arms.ARMS in i.trig.flags for i in f.inner)):
        sources, targets = _borrow(f, actors, sources, targets)
    if not sources and f.trig.pos == "verb" and not sx.is_passive(f.tok) and not (
            arms.ARMS in f.trig.flags and sx.children(f.tok, sx.SUBJECT)):
        # (a trader named by no actor, 'Bagdad purchased ...', is not the actor before it)
        sources = _linear_subject(f.tok, actors, targets)
        parsed = (False, parsed[1])
    if not targets and "sym" in f.trig.flags and not any(_grounded(m) for m in sources):
        sources = _the_two(f.light if f.light is not None else f.tok, actors) or sources
    # a commitment takes the mutuality of its content ('pledged to cooperate'); a request,
    # charge or threat stays one-sided whatever it asks for ('urged X and Y to agree')
    mutual = "sym" in f.trig.flags or "intent" in f.trig.flags and any(
        "sym" in i.trig.flags for i in f.inner)
    coordinated = _coordinated(sources, actors, doc, by_code=mutual and "sym" in f.trig.flags)
    joint = not mutual and coordinated
    if mutual and coordinated and "sym" in f.trig.flags:
        # "Israeli and Lebanese officers met at the UN post": the partners are the dyad
        sources, targets = sources[:1], sources[1:2]
    elif not joint:
        sources, targets = _symmetric(f.trig, sources, targets)
    if not targets and sources and f.trig.pos == "verb":
        targets = _shared_targets(f.tok, actors, sources)
    if f.trig.plover == "PROTEST" and (not targets or not _grounded(targets[0])):
        targets = _protested(anchor, actors, sources) or targets
    if not targets and sources:
        targets = _complement_actors(anchor if f.trig.pos == "verb" else f.tok, actors, sources,
                                     deep=f.trig.plover in ("ACCUSE", "REJECT", "REQUEST"))
    if f.trig.plover == "THREATEN" and not targets and sources:
        targets = _condition_subject(f.tok, actors, sources)
    if f.trig.plover == "THREATEN" and not targets and sources:
        # "warned that they would target any ship heading to Israeli ports"
        targets = _complement_actors(f.tok, actors, sources, deep=True)
    if f.trig.plover == "REJECT" and not targets and sources:
        targets = _pressed_by(anchor, actors)
    if not targets and sources:  # "welcomed the decision": whoever took it
        targets = _act_author(anchor if f.trig.pos == "verb" else f.tok, actors, sources)
    targets = sorted(targets, key=lambda m: not _grounded(m))  # named parties first
    if sources and not _grounded(sources[0]):
        # a country-less role acts where it is ('ethnic Albanians demonstrated in Serbia'),
        # or in the one country the sentence names, or in its target's country
        home = _place_actor(anchor, actors) or _fellow_role(targets, actors) or \
            _only_country(actors)
        if home is None and targets and targets[0].country and \
                f.trig.plover not in _DYADIC and "sym" not in f.trig.flags:
            home = targets[0]
        sources = [_with_country(sources[0], home)]
        parsed = (False, parsed[1])
    if not sources and f.trig.plover in _UNSEEN_DOERS and f.trig.pos == "verb":
        means = _thing_subject(f.tok, actors)
        if means is not None and means not in instruments():
            return None  # "a heat wave struck southern Europe": no one acts
        if means is not None or sx.is_passive(f.tok):
            sources = _unseen_doer(anchor, actors, _UNSEEN_DOERS[f.trig.plover])
    if not any(_grounded(m) for m in sources + targets):
        return None
    if f.trig.plover in ("ASSAULT", "COERCE") and _sport(anchor):
        return None  # "Brazil beat Argentina 2-1 in a World Cup qualifier": a game
    if not targets and any(c.dep_ in sx.OBJECT and c.lower_ in sx.REFLEXIVE
                           for c in f.tok.children):
        return None  # "blew themselves up": no second party
    if "actorobj" in f.trig.flags and not any(
            actors.index.at(o) is not None or o.lower_ in sx.PRONOUNS
            or any(i.tok.i == o.i for i in f.inner)  # "hosted talks between X and Y"
            for o in sx.children(f.tok, sx.OBJECT | sx.PASSIVE_SUBJECT)):
        # "hosted tournaments", "received jets": no visitor, no visit ("the chief was
        # received by ..." names the visitor as the passive subject)
        return None
    if targets and not _grounded(targets[0]) and sources:
        # 'mobilized army reservists for a war against Iraq': the role is the instrument
        targets = _complement_actors(anchor, actors, sources) or targets
    if not targets and sources and "facing" in f.trig.flags:
        targets = _facing_country(actors, sources)
    if targets and not _grounded(targets[0]):
        targets = _implicit_targets(anchor, actors, sources, targets[0], f.trig.plover) or targets
    elif not targets and sources and f.trig.plover not in _DYADIC and not _has_object(anchor) \
            and not _international(f):
        targets = _implicit_targets(anchor, actors, sources, None, f.trig.plover)
    if f.trig.plover == "CONSULT" and not targets and f.trig.pos == "verb" and any(
            t.lemma_.lower() in _SESSIONS for t in sx.children(f.tok, sx.SUBJECT)):
        return None  # "Israel's cabinet met on Sunday": a body in session, no one consulted
    if f.trig.plover == "THREATEN" and "weak" in f.trig.flags and not f.inner and \
            not targets and any(c.dep_ == "ccomp" for c in f.tok.children):
        return None  # "WFP warned that famine could spread": a forecast, nobody threatened
    if f.trig.plover == "REQUEST" and any(o.lower_ == "refuge" for o in sx.children(
            f.tok, sx.OBJECT)) and not any(sources and t.country != sources[0].country
                                           for t in targets):
        return None  # "the displaced sought refuge from the fighting": shelter at home, asked
        # of no one ('sought refuge in Germany' asks the host country)
    pol = polarity(anchor, doc)
    if arms.ARMS in f.trig.flags and f.trig.pos == "verb" and arms.plan_noun(f.tok) is not None:
        pol.modality = "intended"  # "plans to buy", "is in talks to acquire"
    if f.trig.pos == "noun" and _pressing_despite(f.tok):
        pol = Polarity()  # "will hold drills despite threats from X": the threats were made
    claimer = _claimed_by(f.tok) if f.trig.pos == "noun" else None
    if claimer is not None:  # owning an attack is an admission: the claim's own polarity
        pol = polarity(claimer, doc)
    if pol.modal and _speculation(anchor, sources, actors):
        pol.modal = False  # "Israel could strike ..., analysts said": a possibility, no threat
    f = _walkout(f, sources)
    cameo, plover = _code(f, pol, actors.plover_intents)
    if plover is None:
        return None
    if plover == "PROTEST" and f.trig.pos == "verb" and any(
            c.dep_ == "ccomp" for c in f.tok.children):
        cameo, plover = "111", "ACCUSE"  # "X protested that Y failed to ...": spoken criticism
    if plover == "PROTEST" and f.trig.pos == "noun" and sources and _state_voice(sources[0]) \
            and f.tok.head.lower_ in reaction_verbs():
        cameo, plover = "114", "ACCUSE"  # "prompted a protest from Beijing": an official one
        targets = [t for t in targets if t.kind != "implicit"]  # not at home, as a march is
    if cameo.startswith("042") and sources:
        cameo, plover = _troop_movement(anchor, sources[0], cameo, plover, actors)
        if not plover:
            return None
    if cameo == "0874" and targets and targets[0].kind == "igo" and _leaves_body(f.tok):
        cameo, plover = "161", "SANCTION"  # "withdrew from ECOWAS": relations cut, no retreat
    if f.trig.pos == "verb" and f.tok.lemma_.lower() in _CHARGE_VERBS:
        targets = _blamed_on(f.tok, actors) or targets
    if plover in ("ASSAULT", "THREATEN") and sources and targets and \
            targets[0].country == sources[0].country and _pronoun_owned_object(anchor):
        # "Israel could strike its nuclear facilities": an attack on one's own is unlikely;
        # 'its' stands for the other state the sentence names
        targets = _facing_country(actors, sources) or targets
    tokens = [f.light, f.tok] if f.light is not None else [f.tok]
    spread = not mutual and plover not in SYMMETRIC_TYPES and _coordinated(targets, actors, doc)
    return Draft(anchor, tokens, f.trig, cameo, plover, sources, targets, pol,
                 parsed[0], parsed[1], joint, spread)


def _pressed_by(anchor: Token, actors: Actors) -> list[Mention]:
    """'declined to resign despite pressure by X', 'refused despite calls from X': whoever
    pressed for the act is the one refused."""
    verbs = [anchor, *(c for c in anchor.children if c.dep_ in ("xcomp", "ccomp"))]
    for v in verbs:
        for _p, o in sx.prep_objects(v, frozenset({"despite"})):
            found = actors.noun_sources(o) or actors._collect(
                [x for _q, x in sx.prep_objects(o, frozenset({"from"}))])
            found = [m for m in found if _grounded(m)]
            if found:
                return found[:1]
    return []


# Prepositions through which a trigger names the act it reacts to ('support for the move').
_ACT_PREPS = frozenset({"for", "of", "to", "against", "over", "with"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _act_author(tok: Token, actors: Actors, sources: list[Mention]) -> list[Mention]:
    """'Latvia expressed support for the decision', 'Iran condemned the sanctions': a
    definite noun that refers back to an act, naming no party, points to the act's doer: the
    article's first act of a fitting type by another actor (the news it leads with), or the
    latest one for what was just said ('rejected the idea')."""
    heads = [*sx.children(tok, sx.OBJECT), *(o for _p, o in sx.prep_objects(tok, _ACT_PREPS))]
    heads += [o for c in tok.children if c.dep_ == "xcomp" for o in sx.children(c, sx.OBJECT)]
    for o in heads:
        found = act_nouns().get(o.lemma_.lower())
        if found is None or not any(c.lower_ in _DEFINITE or c.dep_ == "poss"
                                    for c in o.children):
            continue
        if any(actors.index.at(t) is not None for t in o.subtree):
            return []
        kinds, latest = found
        src = sources[0].code
        order = reversed(actors.authors) if latest else iter(actors.authors)
        return next(([m] for kind, m in order if kind in kinds and m.code != src), [])
    return []


def _leaves_body(tok: Token) -> bool:
    """True when a withdrawal moves nothing ('withdrew from the AU', 'their withdrawal from
    ECOWAS'): the actor leaves a body; 'withdrew its troops from the UN force' is a retreat."""
    return not sx.children(tok, sx.OBJECT) and not any(
        p == "of" for p, _o in sx.prep_objects(tok, frozenset({"of"})))


# Words that make 'the two ...' or 'both ...' name a pair of parties named before.
_PAIR_WORDS = frozenset({"two", "both"})


def _the_two(verb: Token, actors: Actors) -> list[Mention]:
    """'... hosted his Iraqi counterpart, and the two leaders signed 24 agreements': a
    subject naming 'the two' (or 'both') parties of a mutual act stands for the first two
    states the sentence named before it."""
    subj = sx.children(verb, sx.SUBJECT)
    if not subj or not any(c.lower_ in _PAIR_WORDS and c.dep_ in ("nummod", "det", "predet")
                           for c in subj[0].children):
        return []
    named: dict[str, Mention] = {}
    for i in sorted(actors.index.by_token):
        m = actors.index.by_token[i]
        if i < subj[0].i and m.country and m.country not in named:
            named[m.country] = m
    pair = list(named.values())[:2]
    return pair if len(pair) == 2 else []


def _coordinated(sources: list[Mention], actors: Actors, doc: Any, by_code: bool = False) -> bool:
    """True when the sources are distinct grounded actors named as conjuncts ('Latvia and
    Lithuania'), not one phrase naming several ('the Palestinian Islamic Jihad'). With
    `by_code`, two parties of one country count as distinct ('Colombia's government and the
    ELN rebels agreed': a domestic dyad of a mutual act)."""
    if len(sources) < 2:
        return False
    for m in sources[1:]:
        first, last = actors.index.first_token(m), actors.index.last_token(m)
        if first is None or last is None or not _grounded(m) or \
                _party(m, by_code) == _party(sources[0], by_code):
            return False
        if not any(t.dep_ == "conj" and not first <= t.head.i <= last
                   for t in doc[first:last + 1]):
            return False
    return True


def _party(m: Mention, by_code: bool) -> str:
    """What tells two coordinated actors apart: their full code, or their country."""
    return m.code if by_code else (m.country or m.code)


# Words that make a clash a game: a score ("2-1") or a sporting occasion.
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
_SPORT_WORDS = frozenset({
    "match", "qualifier", "final", "semi-final", "semifinal", "quarter-final", "game",
    "tournament", "championship", "league", "cup", "derby", "friendly", "fixture", "goal",
    "goals", "penalty", "penalties", "innings", "wickets", "set", "sets", "olympics",
})


def _sport(anchor: Token) -> bool:
    """True when the trigger's clause reports a game (a score, a match, a qualifier); a
    game named only as the time of the act ('clashed after a football match') does not."""
    stack = [anchor]
    while stack:
        t = stack.pop()
        if _score_at(t) or t.lower_ in _SPORT_WORDS and (
                t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("pobj", "dobj", "nsubj", "attr")):
            return True
        stack.extend(c for c in t.children if c.dep_ not in _SUBCLAUSE
                     and not (c.dep_ == "prep" and c.lower_ in _BACKGROUND_PREPS))
    return False


_SUBCLAUSE = frozenset({"advcl", "relcl", "acl", "parataxis"})


def _score_at(t: Token) -> bool:
    """True when `t` starts a score such as '2-1' (one token, or three written together),
    not a range that counts something ('10-20 civilians')."""
    if _SCORE.match(t.text):
        return t.dep_ not in ("nummod", "amod", "compound", "quantmod")
    if not t.text.isdigit() or len(t.text) > 2 or t.i + 2 >= len(t.doc):
        return False
    dash, other = t.doc[t.i + 1], t.doc[t.i + 2]
    after = t.doc[t.i + 3] if t.i + 3 < len(t.doc) else None
    return dash.text == "-" and other.text.isdigit() and len(other.text) <= 2 and \
        dash.idx == t.idx + len(t.text) and other.idx == dash.idx + 1 and (
            after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"))


# Sectors of people whose 'strike' with no object is a walk-out (PLOVER PROTEST), not an
# attack: workers, teachers, doctors, farmers, civilians, journalists, lawyers, traders.
_STRIKERS = frozenset({"LAB", "EDU", "HLH", "AGR", "CVL", "MED", "JUD", "BUS"})


def _walkout(f: Found, sources: list[Mention]) -> Found:
    """'Teachers would strike if ...', 'dock workers struck': a labour strike (CAMEO 143)."""
    if f.trig.lemma != "strike" or f.trig.pos != "verb" or not sources or \
            sources[0].sector not in _STRIKERS or sx.has_object(f.tok) is not None:
        return f
    info = ontology.info("143")
    trig = replace(f.trig, cameo="143", plover=info.plover or "PROTEST", mode=info.mode,
                   context=tuple(info.context), flags=f.trig.flags - {"weak"})
    return Found(f.tok, trig, f.light, f.absorbed_by, f.inner)


# Objects that stand for more of the same people ('killed one soldier and wounded two others').
_SAME_AGAIN = frozenset({"others", "another", "dozens", "scores", "hundreds", "more"})


# "in defiance of X", "in protest against X", "in opposition to X": whom a protest is aimed at
_PROTEST_FRAMES = frozenset({"defiance", "protest", "opposition", "solidarity"})


def _protested(anchor: Token, actors: Actors, sources: list[Mention]) -> list[Mention]:
    """The target named in a protest's 'in defiance of / in protest against' phrase."""
    for _p, frame in sx.prep_objects(anchor, frozenset({"in"})):
        if frame.lemma_ in _PROTEST_FRAMES or frame.lower_ in _PROTEST_FRAMES:
            found = [m for _q, o in sx.prep_objects(frame, frozenset({"of", "against", "to",
                                                                        "at", "over"}))
                     for m in actors.of(o) if _grounded(m) and m not in sources]
            if found:
                return found[:1]
    return []


def _shared_targets(verb: Token, actors: Actors, sources: list[Mention]) -> list[Mention]:
    """Coordinated verbs share their objects: 'donated and delivered goods to X',
    'established ties with and opened an embassy in Tehran', 'killed one soldier and wounded
    two others' (not when the verb has an object of its own that names no one)."""
    objects = sx.children(verb, sx.OBJECT)
    dangling = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                   for c in [*verb.children, *[g for o in objects for g in o.children]])
    people = all(actors.index.at(o) is not None or o.lower_ in _SAME_AGAIN for o in objects)
    if objects and not dangling and not people:
        return []
    partners = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        partners.append(verb.head)
    for other in partners:
        found = [m for m in actors.verb_targets(other, sx.is_passive(other), frozenset())
                 if m not in sources and _grounded(m)]
        if found:
            return found
    return []


def _linear_subject(verb: Token, actors: Actors, targets: list[Mention]) -> list[Mention]:
    """When the parse gives no subject: the actors right before the verb in the same clause
    ('the Sudanese government and SPLM/A have agreed' parsed without a subject)."""
    found: list[Mention] = []
    for tok in reversed(list(verb.doc[:verb.i])):
        if tok.pos_ == "VERB" or tok.lower_ in (";", ":") or tok.dep_ == "mark":
            break
        m = actors.index.at(tok)
        if m is not None and m not in found and m not in targets and _grounded(m):
            found.insert(0, m)
        elif m is None and found and tok.lower_ not in ("and", ",", "the", "'s"):
            break
    return found


def grounded(m: Mention) -> bool:
    """An actor we can name: a country, an international/non-governmental organisation or
    an international militant group (codes IGO.., NGO.., IMG..)."""
    return _grounded(m)


def _grounded(m: Mention) -> bool:
    return m.country is not None or m.sector in ("IGO", "NGO") or m.kind in ("igo", "org") \
        or m.code.startswith(("IGO", "NGO", "IMG"))


def _condition_subject(tok: Token, actors: Actors, sources: list[Mention]) -> list[Mention]:
    """The party a threat is addressed to: the subject of its if/unless clause."""
    for t in _clause_tokens(tok) + [c for c in tok.subtree if c.dep_ == "advcl"]:
        if t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                        for c in t.children):
            continue
        subj = sx.children(t, sx.SUBJECT)
        if subj:
            found = [m for m in actors.of(subj[0]) if m not in sources and _grounded(m)]
            if found:
                return found
    return []


def _complement_subject(tok: Token, actors: Actors, sources: list[Mention]) -> list[Mention]:
    """The subject of the complement clause: 'demanded that the US cancel ...'."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acl" and tok.pos_ in ("NOUN", "PROPN")):
            subj = sx.children(c, sx.SUBJECT | sx.PASSIVE_SUBJECT)
            if subj:
                found = [m for m in actors.of(subj[0]) if m not in sources and _grounded(m)]
                if found:
                    return found
    return []


def _complement_actors(tok: Token, actors: Actors, sources: list[Mention],
                       deep: bool = False) -> list[Mention]:
    """The first actor inside the object/complement clause ("demanded that the US cancel ...",
    "threatened to impose restrictions on German goods"); `deep` also enters participle
    modifiers ('an investigation into crimes committed by Croat forces')."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp", "dobj", "obj", "prep") and not _noun_complement(c):
            continue
        for t in (sorted(c.subtree, key=lambda t: t.i) if deep else _clause_tokens(c)):
            m = actors.index.at(t)
            if m is not None and (actors.edge(t.doc, m) or m.country is None
                                  and actors.owned(t.doc, m)):
                continue  # "a call for its peacekeeping forces": the actor's own people
            if m is not None and m not in sources and _grounded(m) and \
                    (m.country is None or all(m.country != s.country for s in sources)):
                if m.kind in _PLACE_KINDS and _under_location_prep(t, c):
                    # a place, not a party: kept as an inferred target that a clearer one
                    # (a purpose clause's addressee) may replace
                    return [Mention(m.start, m.end, m.code, m.country, m.sector, m.name,
                                    "implicit")]
                return [m]
    return []


def _under_location_prep(tok: Token, top: Token) -> bool:
    """True when `tok` sits in an in/at/near phrase at or below `top` ('signed a package of
    agreements in Baghdad': where it was signed, not with whom)."""
    t = tok
    while True:
        if t.dep_ == "prep" and t.lower_ in sx.LOCATION_PREPS:
            return True
        if t.i == top.i or t.head.i == t.i:
            return False
        t = t.head


def _noun_complement(c: Token) -> bool:
    """An infinitive completing a noun ('threat to use nuclear weapons against X',
    'refusal to join Y'): the content of the act the noun names."""
    return c.dep_ == "acl" and c.head.pos_ in ("NOUN", "PROPN") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _clause_tokens(tok: Token) -> list[Token]:
    """Tokens under `tok`, not entering adverbial/relative clauses (if/unless, which ...)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("advcl", "relcl", "acl", "parataxis"))
    return sorted(out, key=lambda t: t.i)


# Types whose target is another party by nature: never given an implicit domestic target.
_DYADIC = frozenset({"SUPPORT", "CONSULT", "COOPERATE", "AID", "SANCTION"})


# Codes that are international by nature (sanctions, relations, withdrawals): never given
# an implicit domestic target.
_INTERNATIONAL_CODES = frozenset({"163", "1312", "161", "1313", "164", "134", "0874", "166"})


def _international(f: Found) -> bool:
    codes = {f.trig.cameo, *[i.trig.cameo for i in f.inner]}
    return bool(codes & _INTERNATIONAL_CODES)


def _has_object(tok: Token) -> bool:
    """True when the trigger's object is a pronoun we could not resolve ('invaded it')."""
    return any(c.dep_ in sx.OBJECT and c.lower_ in sx.PRONOUNS for c in tok.children)


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _only_country(actors: Actors) -> Mention | None:
    """The sentence's one country, when it names exactly one (a state role's likely home)."""
    countries = {m.country: m for m in actors.index.by_token.values() if m.country}
    return next(iter(countries.values())) if len(countries) == 1 else None


def _pronoun_owned_object(verb: Token) -> bool:
    """The verb's object is owned by 'its'/'their' ('strike its nuclear facilities')."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their")
               for o in sx.children(verb, sx.OBJECT) for c in o.children)


def _facing_country(actors: Actors, sources: list[Mention]) -> list[Mention]:
    """An incursion names no target ('crossed the median line', 'entered the air defence
    zone'): the one other country the sentence names is the party it is aimed at
    ('..., Taiwan's defence ministry said')."""
    own = {m.country for m in sources}
    others = {m.country: m for m in actors.index.by_token.values()
              if m.country and m.country not in own}
    return list(others.values()) if len(others) == 1 else []


def _fellow_role(targets: list[Mention], actors: Actors) -> Mention | None:
    """'Members of parliament called on the government to ...': a role target whose country
    came from the article (the text names none) shares it with the role acting on it; a
    country the sentence names elsewhere is more often the matter at hand ('trade with
    Turkey')."""
    if not targets or targets[0].kind != "role" or targets[0].country is None:
        return None
    t = targets[0]
    named = next((m for m in actors.index.by_token.values()
                  if m.start == t.start and m.end == t.end), None)
    return t if named is not None and named.country is None else None


# Types whose unnamed doer is coded by the place of the act (CAMEO's convention for unknown
# attackers: country + UAF 'unidentified armed forces'; arrests by the local authorities).
_UNSEEN_DOERS = {"ASSAULT": "UAF", "COERCE": "GOV"}


def _names_actor(tok: Token, actors: Actors) -> bool:
    """True when the phrase headed by `tok` is an actor ('the minister', 'a patch of
    Bangladeshi troops', 'who', 'she'), not a thing with an actor's adjective ('the Indian
    monsoon')."""
    if tok.lower_ in sx.PRONOUNS or tok.lower_ in sx.RELATIVE or actors.index.at(tok):
        return True
    return any(actors.index.at(o) is not None or _names_actor(o, actors)
               for _p, o in sx.prep_objects(tok, frozenset({"of"})))


def _thing_subject(verb: Token, actors: Actors) -> str | None:
    """The lower-case head of the verb's subject when it names no actor (a thing)."""
    subj = sx.children(verb, sx.SUBJECT)
    if not subj or subj[0].lower_ in sx.PRONOUNS or subj[0].lower_ in sx.RELATIVE or \
            any(actors.index.at(t) is not None for t in sx.phrase_tokens(subj[0])):
        return None
    return subj[0].lower_


def _unseen_doer(anchor: Token, actors: Actors, sector: str) -> list[Mention]:
    """'A journalist was killed in a car bomb in Beirut': nobody is named, the attack
    happened in Lebanon, so its doer is Lebanon's unidentified armed forces (LBNUAF)."""
    for tok in anchor.subtree:
        if tok.dep_ != "prep" or tok.lower_ not in sx.LOCATION_PREPS or \
                any(dep in ("relcl", "acl") for dep, _h in sx.path_up(tok, 4)
                    if _h.i != anchor.i and anchor.is_ancestor(_h)):
            continue
        for t in tok.subtree:
            if t.i == tok.i:
                continue  # the preposition itself
            m = actors.index.at(t)  # a place, or a mention the place was merged into
            if m is not None and m.country:
                start, end = m.start, m.end
                if m.kind not in _PLACE_KINDS:  # "police officers in Mogadishu": the place
                    first = actors.index.first_token(m) or 0  # m is indexed: never None
                    start = m.start + t.idx - t.doc[first].idx
                    end = start + len(t.text)
                return [Mention(start, end, m.country + sector, m.country, sector, None,
                                "implicit")]
    return []


def _place_actor(anchor: Token, actors: Actors) -> Mention | None:
    """The first country-bearing actor in the trigger's in/at/near phrase, else in such a
    phrase elsewhere in its clause ('... when they blew themselves up in Tel Aviv')."""
    for _prep, obj in sx.prep_objects(anchor, sx.LOCATION_PREPS):
        found = [m for m in actors.of(obj) if m.country and m.kind in _PLACE_KINDS]
        if found:
            return found[0]
    for tok in anchor.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at") and tok.head.dep_ != "relcl":
            for obj in sx.children(tok, frozenset({"pobj"})):
                found = [m for m in actors.of(obj) if m.country and m.kind in _PLACE_KINDS]
                if found:
                    return found[0]
    return None


# Mention kinds that name a place ('in Serbia', 'in Baghdad'), not an actor that is there.
_PLACE_KINDS = frozenset({"country", "capital", "city", "place", "region", "metonym"})


def _with_country(m: Mention, other: Mention | None) -> Mention:
    """`m` (a country-less role) placed in `other`'s country; `m` itself when none."""
    if other is None or other.country is None:
        return m
    return Mention(m.start, m.end, other.country + (m.sector or ""), other.country, m.sector,
                   m.name, m.kind)


# Types of acts done to people on the ground: with no named target they are domestic (PLOVER
# codes the actor's own state as the target); verbal acts without an addressee have none.
_DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "CONCEDE",
                             "SANCTION", "AID"})


def _implicit_targets(anchor: Token, actors: Actors, sources: list[Mention],
                      role: Mention | None, plover: str = "") -> list[Mention]:
    """No explicit (or only a country-less) target: the place the event happens in
    ('demonstrated in Serbia'), else the source's own country (a domestic event: PLOVER codes
    the state as its target). A role target ('23 people') keeps its span and sector."""
    place = _place_actor(anchor, actors)
    src = next((m for m in sources if m.country), None)
    if place is None and role is not None and plover in ("ASSAULT", "COERCE"):
        place = _scene(actors, src)
    if place is None and role is None and src is not None and \
            plover not in _DOMESTIC_TYPES:
        return []  # "Washington warns": the speaker is not its own target
    country = place or src
    if country is None:
        return []
    if role is not None:
        return [_with_country(role, country)]
    # kind 'implicit' marks a target inferred from the place or the source's own country
    return [Mention(country.start, country.end, country.country or "", country.country, None,
                    country.name if place is not None else None, "implicit")]


def _scene(actors: Actors, src: Mention | None) -> Mention | None:
    """Where the article's events happen, when that is abroad for `src`: the latest town or
    region named in earlier sentences, provided none lies in `src`'s own country ('Russian
    drones killed three firefighters' in an article set in Kharkiv: the victims are
    Ukrainian, not Russian). A country acting at home keeps its own."""
    if src is None or not actors.places or \
            any(m.country == src.country for m in actors.places):
        return None
    return actors.places[-1]


def _verb_args(verb: Token, trig: Trigger, actors: Actors) -> tuple[list, list, tuple]:
    if "recipient" in trig.flags:
        return _received(verb, actors)
    sources, passive = actors.subject(verb)
    if passive and "stative" in trig.flags and not sx.agent_objects(verb):
        # "Israel is opposed to X": an adjectival passive whose subject holds the attitude
        subj = sx.children(verb, sx.PASSIVE_SUBJECT)
        sources, passive = (actors.of(subj[0]) if subj else []), False
    if passive and not sx.agent_objects(verb) and trig.plover in ("RETREAT", "MOBILIZE"):
        moved = _moved_forces(verb, actors)
        if moved:  # "Egyptian armoured units were moved to the border with Libya"
            places = actors._collect([o for _p, o in sx.prep_objects(verb, _MOVE_PREPS)])
            return moved, [m for m in places if m not in moved], (True, bool(places))
    if not sources and passive and not sx.agent_objects(verb):
        sources = _reporter(verb, actors)  # "X announced that talks are held with Y"
    if not sources and passive and not sx.agent_objects(verb) and trig.plover in _STANCES:
        sources = _seat(verb, actors)  # "was welcomed in Tokyo": the government there
    extra = frozenset(w for slot in trig.pattern for w in slot if w in _PATTERN_PREPS)
    instruments = frozenset(w for slot in trig.pattern for w in slot
                            if w not in _PATTERN_PREPS and w.isalpha())
    targets = actors.verb_targets(verb, passive, extra, instruments)
    if _gerund_object(verb):  # "denied supplying missiles to the Houthis"
        targets += actors._collect([o for _p, o in sx.prep_objects(verb.head.head,
                                                                   sx.TARGET_PREPS)])
    if arms.ARMS in trig.flags:
        targets = _counterparts(verb, actors, targets)
    objects = [m for o in sx.children(verb, sx.OBJECT) for m in actors.of(o)]
    if trig.plover == "ACCUSE" and not objects:  # 'complained to the UN over Israeli raids'
        accused = actors._collect([o for _p, o in sx.prep_objects(
            verb, frozenset({"over", "about", "of"}))])
        targets = [*accused, *[t for t in targets if t not in accused]]
    targets = [t for t in targets if t not in sources]
    return sources, targets, (bool(sources), bool(targets))


# Types of stances a government takes: an agentless passive one 'in' a capital is its own.
_STANCES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def _seat(verb: Token, actors: Actors) -> list[Mention]:
    """The capital or seat of power named in the verb's 'in' phrase ('was condemned in
    Moscow'): the government that sits there took the stance."""
    for _p, obj in sx.prep_objects(verb, frozenset({"in"})):
        found = [m for m in actors.of(obj) if m.country and m.kind in ("capital", "metonym")]
        if found:
            return found[:1]
    return []


def _received(verb: Token, actors: Actors) -> tuple[list, list, tuple]:
    """'Egypt received 20 jets from France': the giver (the 'from' phrase) is the source,
    the subject the recipient."""
    recipients, passive = actors.subject(verb)
    heads = [o for _p, o in sx.prep_objects(verb, frozenset({"from"}))]
    heads += [o for obj in sx.children(verb, sx.OBJECT)
              for _p, o in sx.prep_objects(obj, frozenset({"from"}))]
    givers = [m for m in actors._collect(heads) if m not in recipients]
    if passive or not givers:
        return [], [], (False, False)
    return givers, recipients, (True, bool(recipients))


# Where moved forces go or come from ('moved to the border with Libya', 'withdrawn from').
_MOVE_PREPS = frozenset({"to", "from", "into", "toward", "towards", "along", "near", "in",
                         "out"})


def _moved_forces(verb: Token, actors: Actors) -> list[Mention]:
    """The armed forces that are the passive subject of a movement verb: their own state
    moved them ('Eritrean forces were withdrawn from ...')."""
    subj = sx.children(verb, sx.PASSIVE_SUBJECT)
    found = [m for m in (actors.of(subj[0]) if subj else []) if m.sector in ("MIL", "REB", "COP")]
    if found and not found[0].country:
        # "security forces were deployed across Nairobi": forces of the place they serve in
        found = [_with_country(found[0], _place_actor(verb, actors))]
    return [m for m in found if m.country]


_PATTERN_PREPS = frozenset({"in", "for", "of", "by", "with", "to", "on", "against", "at"})


def _reporter(verb: Token, actors: Actors) -> list[Mention]:
    """The subject of the reporting verb whose complement holds `verb`."""
    for dep, head in sx.path_up(verb, 3):
        if dep == "ccomp" and head.lemma_.lower() in reporting_verbs():
            return actors.subject(head)[0]
    return []


# Light verbs whose passive form describes the subject's own activity ('were engaged in').
_STATIVE_LIGHT = frozenset({"engage", "involve"})


def _noun_args(f: Found, actors: Actors) -> tuple[list, list, Token, tuple]:
    noun = f.tok
    of_target = f.trig.plover not in _INTRANSITIVE_NOUN
    sources = actors.noun_sources(noun)
    anchor = noun
    if f.light is not None:
        light_sources, passive = actors.subject(f.light)
        if passive and f.light.lemma_.lower() in _STATIVE_LIGHT and not light_sources:
            # "Serb forces were engaged in ethnic cleansing": the subject does the act
            subj = sx.children(f.light, sx.PASSIVE_SUBJECT)
            light_sources, passive = (actors.of(subj[0]) if subj else []), False
        sources = light_sources or sources
        anchor = f.light
        light_targets = actors.verb_targets(f.light, passive, frozenset(),
                                            frozenset({noun.lower_, noun.lemma_}))
    else:
        light_targets = []
    met: list[Mention] = []
    if not sources and _governor(noun) is not None and (
            _meeting_during(noun) or _bare_meeting_during(noun, f.trig.plover)):
        # "thanked Pakistan during a meeting with ...": the clause's subject met; with no
        # 'with' phrase ("urged Myanmar to ... during talks in Jakarta"), whom it addressed
        acting = _acting_verb(_governor(noun))
        sources = actors.subject(acting)[0]
        home = {m.country for m in sources}
        met = [m for m in actors._collect(sx.children(acting, sx.OBJECT))
               if m not in sources and m.country and m.country not in home]
        if not _meeting_during(noun) and not met:
            sources = []  # 'talks' with no one named: a time, not a meeting
        else:
            anchor = acting
    # attitudes are 'for'/'over' someone: 'disapproval for US policies', 'support for Kyiv'
    attitude = frozenset({"for", "over"}) if f.trig.plover in ("ACCUSE", "SUPPORT") else frozenset()
    if not sources and f.trig.plover == "AID":  # "a $2 billion loan from the IMF to Egypt"
        sources = [m for m in actors._collect([o for _p, o in sx.prep_objects(
            noun, frozenset({"from"}))]) if _grounded(m)]
    if not sources and arms.ARMS in f.trig.flags and f.light is None:
        sources = _trade_owner(noun, actors)
    if not sources and f.trig.plover in MATERIAL_CONFLICT:
        claimer = _claimed_by(noun)  # "the group claimed responsibility for the attack"
        sources = actors.subject(claimer)[0] if claimer is not None else sources
    if not sources and _pressing_despite(noun):  # "despite criticism from Washington"
        sources = [m for m in actors._collect([o for _p, o in sx.prep_objects(
            noun, frozenset({"from"}))]) if _grounded(m)]
    drawn: list[Mention] = []
    if not sources and f.light is None and f.trig.plover in ("ACCUSE", "SUPPORT", "PROTEST"):
        sources, drawn = _drawn_reaction(noun, actors)
    if not sources and f.trig.plover == "PROTEST":
        # "protests were held in several Moroccan cities", "protests erupted in Tehran": the
        # crowd is the place's people (CAMEO codes unnamed protesters by where they march)
        scope = anchor if f.light is not None else \
            noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
        sources = _unseen_doer(scope, actors, "CVL")
    targets = actors.noun_targets(noun, of_target, attitude)
    targets = drawn + [t for t in targets if t not in drawn] or met
    if not targets and sources and _pressing_despite(noun) and _governor(noun) is not None:
        # "have not withdrawn despite demands by the IAEA": pressed on the clause's subject
        targets = [m for m in actors.subject(_acting_verb(_governor(noun)))[0]
                   if m not in sources]
    if not of_target and not sources:
        sources = actors._collect([o for p, o in sx.prep_objects(noun, frozenset({"of"}))])
    targets += [t for t in light_targets if t not in targets and t.start > noun.idx]
    targets = [t for t in targets if t not in sources]
    if arms.ARMS in f.trig.flags:  # "the purchase of tanks from Russia": the seller
        targets = _trading_states(noun, actors, targets)
    if f.light is None and ("light" in f.trig.flags or noun.dep_ == "compound" or
                            not sources and not (targets and (noun.dep_ in ("nsubj", "ROOT")
                                                              or _background_event(noun)))):
        # a modifier ('border patrol agents', 'peace talks envoy') names no event of its own
        return [], [], anchor, (False, False)
    return sources, targets, anchor, (bool(sources), bool(targets))


_SELLER = frozenset({"from"})
# Modifiers of traded goods that name their maker ('Turkish drones', 'US-made jets').
_MAKER_DEPS = frozenset({"amod", "compound", "nmod"})


def _counterparts(verb: Token, actors: Actors, targets: list[Mention]) -> list[Mention]:
    """The other party of a trade verb: 'bought tanks from Russia' (a 'from' phrase on the
    goods too), 'bought Russian tanks' (see `_trading_states`)."""
    targets = targets + [m for m in actors._collect([o for obj in sx.children(verb, sx.OBJECT)
                         for _p, o in sx.prep_objects(obj, _SELLER)]) if m not in targets]
    return _trading_states(verb, actors, targets)


def _trading_states(word: Token, actors: Actors, targets: list[Mention]) -> list[Mention]:
    """The traded goods are no party: 'Russian tanks', 'tanks from Russia' (one military
    role mention to the actor finder) name the selling state, after any party named apart;
    goods of no country name no one."""
    goods = {id(m) for o in arms.goods_tokens(word)
             if arms.goods_word(o) and (m := actors.index.at(o)) is not None}
    parties = [m for m in targets if id(m) not in goods]
    made = [m for o in arms.goods_tokens(word) if arms.goods_word(o) for c in o.children
            if c.dep_ in _MAKER_DEPS and (m := actors.index.at(c)) is not None and m.country]
    states = [replace(m, code=m.country, sector=None, kind="demonym")
              for m in [*targets, *made] if (id(m) in goods or m in made) and m.country]
    return parties + [m for m in states if m not in parties]


def _planner(plan: Token, actors: Actors, targets: list[Mention]) -> tuple[list, list]:
    """(sources, targets) of a trade planned by a noun ('Iraq is in talks with Russia to
    buy'): the clause's subject plans it; the noun's partner is the other party."""
    governor = _governor(plan)
    sources = actors.subject(governor)[0] if governor is not None else []
    partners = [m for m in actors.noun_targets(plan, False) if m not in sources]
    return sources, [m for m in [*targets, *partners] if m not in sources]


def _trade_owner(noun: Token, actors: Actors) -> list[Mention]:
    """'Baghdad confirmed the purchase of tanks': the subject of a verb by which a party
    states a trade its own is the trader (data: arms_trade.tsv, role owner)."""
    if noun.dep_ not in ("dobj", "obj") or not arms.owns_trade(noun.head):
        return []
    return [m for m in actors.subject(noun.head)[0] if _grounded(m)]


# Verbs by which a party owns an act: 'claimed (responsibility for) the attack'.
_CLAIM_VERBS = frozenset({"claim", "accept", "admit", "assume", "take"})


@cache
def _claim_forms() -> frozenset[str]:
    """Word forms of the claiming verbs (not all are in the parse's lexicon)."""
    return frozenset(form for verb in _CLAIM_VERBS for form in word_forms(verb))


def _claimed_by(noun: Token) -> Token | None:
    """The verb through which a party owns the act `noun` names: 'claimed responsibility
    for a drone attack', 'claimed an attack on a cargo ship' (not 'took the attack')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsibility":
        verb = head.head.head
        return verb if verb.lower_ in _claim_forms() else None
    if noun.dep_ in sx.OBJECT and head.lower_ in _claim_forms() and \
            head.lemma_.lower() in ("claim", head.lower_) and head.lower_.startswith("claim"):
        return head
    return None


def _state_voice(m: Mention) -> bool:
    """A state speaking as such (a country, its capital or metonym, its government)."""
    return m.kind in ("country", "capital", "metonym") or m.sector == "GOV"


def _drawn_reaction(noun: Token, actors: Actors) -> tuple[list[Mention], list[Mention]]:
    """'the law drew condemnation from the United States', '..., prompting praise from
    Kyiv': the 'from' phrase reacts to the drawing verb's subject (a participle clause's
    subject is its main clause's)."""
    verb = noun.head
    if noun.dep_ not in sx.OBJECT or verb.lower_ not in reaction_verbs():
        return [], []
    froms = [o for t in (noun, verb) for _p, o in sx.prep_objects(t, frozenset({"from"}))]
    sources = [m for m in actors._collect(froms) if _grounded(m)]
    if not sources:
        return [], []
    doer = verb.head if verb.dep_ == "advcl" and not sx.children(verb, sx.SUBJECT) else verb
    for _ in range(3):  # '... passed a bill that would X, drawing ...': up to who passed it
        targets = [m for m in _doers(doer, actors) if m not in sources]
        if targets or doer.head is doer:
            break
        doer = doer.head
    return sources, targets


def _doers(verb: Token, actors: Actors) -> list[Mention]:
    """Who did what `verb` states: its subject, or the doer of an act named as its subject
    ('Israel's strike on the school drew ...')."""
    subj = sx.children(verb, sx.SUBJECT)
    act = actors.noun_sources(subj[0]) if subj and subj[0].pos_ == "NOUN" else []
    return act or actors.subject(verb)[0]


def _borrow(f: Found, actors: Actors, sources: list, targets: list) -> tuple[list, list]:
    """Fill missing actors from absorbed inner triggers (urged Y to X; threats of X on Z)."""
    # a trade inside the content of an absorbed noun ("signed a contract to buy drones")
    trades = [g for i in f.inner for g in i.inner if arms.ARMS in g.trig.flags]
    for inner in [*f.inner, *trades]:
        if inner.trig.pos == "verb":
            in_src, passive = actors.subject(inner.tok)
            in_src = [] if inner.tok.dep_ == "xcomp" else in_src
            in_tgt = actors.verb_targets(inner.tok, passive, frozenset({"in"}))
            if arms.ARMS in inner.trig.flags:
                in_tgt = _counterparts(inner.tok, actors, in_tgt)
        else:
            in_src = actors.noun_sources(inner.tok)
            in_tgt = actors.noun_targets(inner.tok, inner.trig.plover not in _INTRANSITIVE_NOUN)
        if not targets:
            targets = [m for m in in_src if m not in sources] or [
                m for m in in_tgt if m not in sources]
        if not sources and inner.trig.pos == "verb" and inner.tok.dep_ != "ccomp":
            sources = [m for m in in_src if m not in targets]
    return sources, targets


def _symmetric(trig: Trigger, sources: list, targets: list) -> tuple[list, list]:
    """Coordinated subjects and no target: the first is the source, the next other party
    the target ('Iraq and Russia met', 'Kazakhstan and Uzbekistan pledged to ...'); for a
    mutual act, also in place of a target inferred from a place ('Iraq and Russia signed a
    deal in Baghdad': Russia, not Iraq's capital)."""
    placed = bool(targets) and bool(sources) and "sym" in trig.flags and all(
        m.kind == "implicit" or m.kind in _PLACE_KINDS and m.country == sources[0].country
        for m in targets)
    if (not targets or placed) and len(sources) > 1:
        first, mutual = sources[0], "sym" in trig.flags
        others = [m for m in sources[1:] if _party(m, mutual) != _party(first, mutual)]
        if others:
            return [first], others[:1]
    if not sources and len(targets) > 1 and "sym" in trig.flags:
        # "a peace agreement between Ethiopia and Eritrea was signed", "talks between Armenia
        # and Azerbaijan resumed": the two parties named together are the dyad
        first = targets[0]
        others = [m for m in targets[1:] if (m.country or m.code) != (first.country or first.code)]
        if others and _grounded(first):
            return [first], others[:1]
    return sources, targets


def _negated_inner(f: Found, doc: Any, actors: Actors) -> Draft | None:
    """'denied that it attacked Y': the inner event, negated, in place of the denial."""
    inner = f.inner[0]
    draft = _draft(Found(inner.tok, inner.trig, inner.light, None, inner.inner), doc, actors)
    if draft is not None and inner.trig.pos == "noun" and inner.trig.plover in _SPOKEN:
        # "China denied the accusations by the Philippines": the accusation was made; what is
        # denied is its content, so the accusation stands, aimed at the denier
        denier, _ = actors.subject(f.tok)
        if not draft.targets or draft.targets[0].kind == "implicit":
            draft.targets = [m for m in denier if m not in draft.sources]
        return draft
    if draft is not None:
        draft.pol.negated = True
        if not draft.sources:
            draft.sources, _ = actors.subject(f.tok)
    return draft


# Types of spoken acts: denying one denies its content, not that it was said.
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def _refine(tok: Token, cameo: str, lemma: str = "") -> str:
    """A finer code from the words of the trigger's object phrase (data: refine.tsv; rows
    for the trigger's own lemma first)."""
    table = refinements().get(cameo)
    own = refinements().get(f"{cameo} {lemma}") if lemma else None
    if own:
        table = {**(table or {}), **own}
    if not table:
        return cameo
    for t in _clause_tokens(tok):
        finer = table.get(t.lower_) or table.get(t.lemma_.lower())
        if finer:
            return finer
    return cameo


def _code(f: Found, pol: Polarity, plover_intents: bool) -> tuple[str, str | None]:
    """CAMEO code and PLOVER type after the refinement and intent/negation rules (rule 5)."""
    cameo = _refine(f.light if f.light is not None else f.tok, f.trig.cameo, f.trig.lemma)
    cameo = arms.trade_code(f.tok, f.trig.flags, cameo)  # "delivered tanks under a contract"
    plover = f.trig.plover
    if cameo != f.trig.cameo and plover == ontology.plover_type(f.trig.cameo):
        # a refinement may cross types ('allowed aid convoys in': access, RETREAT); a row
        # that names its own PLOVER type keeps it
        plover = ontology.plover_type(cameo) or plover
    direct = [i for i in f.inner if i.tok.head.i == f.tok.i or (  # "agreed to a ceasefire"
        i.tok.head.pos_ == "ADP" and i.tok.head.head.i == f.tok.i)]
    coercive = [i for i in direct if i.trig.plover in MATERIAL_CONFLICT]
    if "directive" in f.trig.flags and coercive:  # 'ordered the paper to suspend publication'
        inner = coercive[0]
        return _refine(inner.tok, inner.trig.cameo, inner.trig.lemma), inner.trig.plover
    if "intent" in f.trig.flags and plover_intents and _negated_complement(f.tok):
        # "vowed not to return the Golan": a refusal; "pledged not to attack": a promise
        conflict = any(i.trig.plover in MATERIAL_CONFLICT for i in direct)
        return ("030", "AGREE") if conflict else ("120", "REJECT")
    if "intent" in f.trig.flags and direct and plover_intents:
        inner = direct[0]  # "agreed to withdraw", "promised military aid" (not "to end X")
        return _intent_code(_refine(inner.tok, inner.trig.cameo, inner.trig.lemma),
                            inner.trig.plover, plover)
    if pol.negated and plover == "AGREE" and (pol.modality == "intended" or pol.modal):
        pol.negated = False  # the refusal itself happened
        return "120", "REJECT"  # "will not accept": an announced refusal ("has not agreed"
        # only reports that no agreement happened: AGREE, negated)
    intends = plover_intents and ((pol.modality == "intended" and not pol.purpose) or (
        pol.modal and not pol.conditional))
    if intends and plover in COOPERATIVE and plover != "AGREE":
        if pol.negated:  # "will not send aid": a refusal, which itself happened
            pol.negated = False
            return "120", "REJECT"
        if _has_condition(f.tok, "unless"):  # "will withdraw its force unless ...": a threat
            return _intent_code(cameo, "SANCTION", "THREATEN")
        return _intent_code(cameo, plover, "AGREE")
    if intends and plover in MATERIAL_CONFLICT and not pol.negated:
        return _intent_code(cameo, plover, "THREATEN")
    return cameo, plover


_POSSIBILITY = frozenset({"could", "may", "might"})


def _speculation(anchor: Token, sources: list[Mention], actors: Actors) -> bool:
    """True when a modal clause states a possibility ('X could/may/might do Y', 'X would do Y
    if ...') that no speaker of the actor's own side voices: the writer's or a third party's
    conjecture, a hypothetical act rather than an intention or a threat."""
    chain = [anchor, *[h for dep, h in sx.path_up(anchor, 3) if dep in ("xcomp", "conj")]]
    modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
    if not (modals & _POSSIBILITY or "would" in modals and _has_condition(anchor, "if")):
        return False
    own = {m.country for m in sources if m.country}
    for dep, head in sx.path_up(anchor, 4):
        if dep == "ccomp" and head.lemma_.lower() in reporting_verbs():
            speakers = actors.subject(head)[0]
            if any(m.country in own for m in speakers if m.country):
                return False  # the actor's own side says it could act: a threat or offer
            # an unnamed official or spokesperson speaks for the actor in question
            return not any(m.country is None and m.sector in STATE_SECTORS for m in speakers)
    return True


def _negated_complement(tok: Token) -> bool:
    """True when the infinitive complement of `tok` is negated ('vowed not to return')."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children)
               for c in tok.children)


def _troop_movement(verb: Token, source: Mention, cameo: str, plover: str,
                    actors: Actors) -> tuple[str, str]:
    """Troops that 'arrive in' a country do not visit it: peacekeepers are protection
    provided (AID 074), other armed forces a deployment (MOBILIZE 154)."""
    subj = sx.children(verb, sx.SUBJECT)
    words = {t.lower_ for t in sx.phrase_tokens(subj[0])} if subj else set()
    if subj and not _names_actor(subj[0], actors) and not words & relief_words():
        return "", ""  # "the Indian monsoon arrived in Kerala": things do not visit
    if source.sector == "IGO" and source.kind == "role" or any(
            w.startswith("peacekeep") for w in words):
        return "074", "AID"
    if words & relief_words():  # "rescue teams arrived in Turkey", "the aid convoy arrived"
        return "073", "AID"
    if source.sector == "MIL":
        return "154", "MOBILIZE"
    return cameo, plover


def _has_condition(tok: Token, mark: str) -> bool:
    """True when `tok` (or the clause it completes) carries an 'if'/'unless' clause."""
    for t in [tok, *[h for dep, h in sx.path_up(tok, 3) if dep in ("xcomp", "ccomp")]]:
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == mark
                                         for m in c.children):
                return True
    return False


def _intent_code(cameo: str, plover: str, outer: str) -> tuple[str, str]:
    """The 03x (AGREE) or 13x (THREATEN) code for an intended action of `cameo`."""
    kind = "THREATEN" if plover in MATERIAL_CONFLICT or outer == "THREATEN" else "AGREE"
    if plover in ("AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT") and outer == "AGREE":
        return "030", "AGREE"
    code = cameo
    while code:
        pair = _INTENT.get(code)
        if pair is not None:
            chosen = pair[1] if kind == "THREATEN" else pair[0]
            return chosen, ontology.plover_type(chosen) or kind
        code = code[:-1] if len(code) > 2 else ""
    return ("130", "THREATEN") if kind == "THREATEN" else ("030", "AGREE")


def _must_requests(doc: Any, actors: Actors, drafts: list[Draft]) -> list[Draft]:
    """Rule 6: 'X said Y must do Z' -> REQUEST X -> Y; it replaces an event drafted for Z."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("must", "should") or tok.dep_ != "aux":
            continue
        verb = tok.head
        speech = next((h for _d, h in sx.path_up(verb) if h.lemma_.lower() in reporting_verbs()
                       or h.lemma_.lower() in ("demand", "insist")), None)
        subjects = sx.children(verb, sx.SUBJECT)
        if speech is None or not subjects:
            continue
        speakers, _ = actors.subject(speech)
        addressees = actors.of(subjects[0])
        if speakers and addressees and addressees[0] not in speakers:
            inside = {t.i for t in _clause_tokens(verb)}
            drafts[:] = [d for d in drafts if d.anchor.i not in inside]
            trig = Trigger("must", (), "100", frozenset(), "REQUEST", None, (), "verb")
            out.append(Draft(verb, [tok], trig, "100", "REQUEST", speakers[:1], addressees,
                             Polarity(), True, True))
    return out
