"""The English coder: pre-filter, parse, draft events, and turn drafts into `Event` records.

Throughput: every sentence gets the (pure Python) actor finder; only sentences with an actor
and a trigger word form are parsed by spaCy, in batches, NER disabled. Sentences without a
trigger word can make no event, so nothing is lost by skipping them.

Confidence (0..1) is a documented sum: 0.40 base; +0.25 when the source came from the
parse; +0.15 when the target did (or the event type needs none); +0.10 for a strong
(non-"weak") trigger; -0.10 when the event is not asserted; -0.10 for a negated event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents import ontology
from newsevents.coders.english import extras, parse
from newsevents.coders.english import syntax as sx
from newsevents.coders.english.events import (
    STATE_SECTORS,
    Actors,
    Draft,
    draft_events,
    grounded,
)
from newsevents.coders.english.lexicon import trigger_forms
from newsevents.coders.english.location import event_location
from newsevents.model import Article, Event, Mention, Span

VERSION = "0.1.0"
NAME = f"newsevents-en/{VERSION}"

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _find_mentions(text: str, start: int, end: int) -> list[Mention]:
    from newsevents.actors.english import find_mentions

    return find_mentions(text, start, end)


def worth_parsing(sentence: str, mentions: list[Mention], article_has_actors: bool) -> bool:
    """Pre-filter: a trigger word form (with its pattern word when every sense of the
    trigger needs one) and at least one actor (or a resolvable 'we/our')."""
    if not mentions and not (article_has_actors and _FIRST_PERSON.search(sentence)):
        return False
    forms = trigger_forms()
    words = _words(sentence)
    if "$" in sentence:
        words.add("$")
    for w in words:
        if w in forms:
            needs = forms[w]
            if needs is None or needs & words:
                return True
    return False


def _words(sentence: str) -> set[str]:
    """The distinct lower-case words of `sentence` (an ASCII sentence is lowered whole, in
    one call; elsewhere lowering can make letters the word pattern would not match)."""
    if sentence.isascii():
        return set(_WORD.findall(sentence.lower()))
    return {w.lower() for w in _WORD.findall(sentence)}


def _note_speaker(sentence: str, mentions: list[Mention], memory: Memory) -> None:
    """Without a parse: 'Iraq's Vice President Nouri al-Maliki stated,' introduces the
    speaker of the quote that follows (a person mention next to a reporting verb)."""
    if extras.reporting_forms().isdisjoint(_words(sentence)):
        return
    people = [m for m in mentions if m.kind == "person" and m.country]
    if len(people) == 1:
        memory.speaker = people[0]


@dataclass(slots=True)
class Memory:
    """What the coder remembers across an article's sentences (for resolving roles/names)."""

    mentions: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None
    # (type, source) of the events coded so far: whose act 'the decision' is
    authors: list[tuple[str, Mention]] = field(default_factory=list)


@dataclass(slots=True)
class _Plan:
    """One article's pre-parse work: mentions per sentence, the sentences to parse."""

    per_sentence: list[list[Mention]] = field(default_factory=list)
    chosen: set[int] = field(default_factory=set)
    texts: list[str] = field(default_factory=list)  # the chosen sentences' texts, in order


class EnglishCoder:
    """Codes English articles into PLOVER/CAMEO events with offsets."""

    name = NAME

    def __init__(self, model: Any | None = None, plover_intents: bool = True) -> None:
        """`model`: a loaded spaCy pipeline (default: loaded lazily); `plover_intents`: code
        intended cooperation as AGREE and intended conflict as THREATEN (the PLOVER/CAMEO
        convention), else keep the intended action's own type (modality 'intended')."""
        if model is not None:
            parse.keep_whole_words(model)  # a caller's pipeline splits words as ours does
        self._model = model
        self.plover_intents = plover_intents
        self.stats = {"sentences": 0, "parsed": 0}

    def code(self, article: Article) -> None:
        """Append the article's actor mentions and events (see module docstring)."""
        self.code_many([article])

    def code_many(self, articles: Sequence[Article]) -> None:
        """Code many articles as `code` would each, parsing all their chosen sentences in one
        spaCy call (a call per article costs spaCy's batching overhead every time)."""
        plans = [self._plan(article) for article in articles]
        texts = [t for plan in plans for t in plan.texts]
        docs = parse.parse_many(texts, self._model) if texts else iter(())
        try:
            for article, plan in zip(articles, plans, strict=True):
                self._finish(article, plan, docs)
        finally:
            close = getattr(docs, "close", None)
            if close is not None:  # ends the parser's batch (and its BLAS thread limit)
                close()

    def _plan(self, article: Article) -> _Plan:
        """Find every sentence's mentions and choose the sentences worth parsing."""
        text = article.text
        plan = _Plan()
        for i, s in enumerate(article.sentences):
            mentions = _find_mentions(text, s.start, s.end)
            plan.per_sentence.append(mentions)
            article.mentions.extend(mentions)
            if worth_parsing(text[s.start:s.end], mentions, bool(article.mentions)):
                plan.chosen.add(i)
                plan.texts.append(article.sentence_text(i))
        self.stats["sentences"] += len(article.sentences)
        self.stats["parsed"] += len(plan.chosen)
        return plan

    def _finish(self, article: Article, plan: _Plan, docs: Iterator[Any]) -> None:
        """Draft events from the parsed sentences (`docs`, in order) and note speakers."""
        memory = Memory()
        for i, mentions in enumerate(plan.per_sentence):
            if i in plan.chosen:
                article.events.extend(self._sentence(article, i, next(docs), mentions, memory))
            else:
                _note_speaker(article.sentence_text(i), mentions, memory)
            memory.mentions.extend(mentions)

    def _sentence(self, article: Article, index: int, doc: Any, mentions: list[Mention],
                  memory: Memory) -> list[Event]:
        # plain Python words: the rules read each one many times
        sentence = sx.parsed(doc, article.sentence_text(index))
        try:
            return self._code_parsed(article, index, sentence, mentions, memory)
        finally:
            sentence.release()  # its words link to each other: free them now, not by GC

    def _code_parsed(self, article: Article, index: int, doc: sx.Parsed,
                     mentions: list[Mention], memory: Memory) -> list[Event]:
        base = article.sentences[index].start
        idx = sx.MentionIndex(doc, _without_adjective_roles(doc, mentions, base), base)
        resolver = _Resolver(article.text, base, idx, memory, doc)
        actors = Actors(idx, resolver, self.plover_intents)
        actors.authors = list(memory.authors)
        actors.places = [m for m in memory.mentions if m.kind in _SCENE_KINDS and m.country]
        drafts = draft_events(doc, actors)
        attribution = extras.attribution(doc, base)
        events = []
        for d in drafts:
            for event in _events(article, index, base, d):
                event.attribution = attribution
                events.append(event)
        events = _dedupe(events, article.text)
        memory.authors += [(e.event_type, e.source) for e in events
                           if e.source is not None and grounded(e.source)]
        return events


def _without_adjective_roles(doc: sx.Parsed, mentions: list[Mention],
                             base: int) -> list[Mention]:
    """The mentions less role words used as adjectives: 'military' in 'offer military
    support' or 'military aid' describes the help, it is no party ('the military said',
    'Russia's military' and 'Indian and Chinese soldiers' stay)."""
    adjectives = {(base + t.idx, base + t.idx + len(t.text)) for t in doc
                  if t.dep_ == "amod" and t.tag_ == "JJ"}
    return [m for m in mentions
            if m.kind != "role" or m.country or (m.start, m.end) not in adjectives]


def _events(article: Article, index: int, base: int, d: Draft) -> list[Event]:
    """The Events of a draft: its first source (each one for a joint act) and first target
    (others stay in the text)."""
    info = ontology.info(d.cameo)
    toks = sorted(d.trigger_tokens, key=lambda t: t.i)
    trigger = Span(base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text))
    sources: list[Mention | None] = [*(_distinct(d.sources) if d.joint else d.sources[:1])] \
        or [None]
    targets: list[Mention | None] = [*_distinct(d.targets)[:None if d.spread else 1]] or [None]
    lo, hi = (base + x for x in d.anchor.extent)
    holes = [(base + a, base + b) for a, b in _other_clauses(d.anchor)]
    quantities = [q for q in extras.quantities(article.text, min(lo, trigger.start),
                                               max(hi, trigger.end))
                  if not any(a <= q.start and q.end <= b for a, b in holes)]
    location = event_location(article.text, base, d.anchor)
    out = []
    for src in sources:
        for tgt in targets:
            if src is None and tgt is None or d.spread and len(targets) > 1 and \
                    src is not None and tgt is not None and src.country == tgt.country:
                continue  # "ties between Morocco and Algeria were cut by Algiers": not itself
            out.append(Event(
                sentence=index, trigger=trigger, event_type=d.plover, source=src, target=tgt,
                event_mode=d.trig.mode if d.cameo == d.trig.cameo else info.mode,
                context=list(d.trig.context if d.cameo == d.trig.cameo else info.context),
                cameo=d.cameo, quad_class=info.quad, goldstein=info.goldstein,
                negated=d.pol.negated, modality=d.pol.modality,  # type: ignore[arg-type]
                location=location, quantities=list(quantities),
                confidence=_confidence(d), coder=NAME,
            ))
    return out


# Links to a clause of its own, whose amounts belong to its own event.
_OTHER_CLAUSES = frozenset({"conj", "advcl", "parataxis"})


def _other_clauses(anchor: Any) -> list[tuple[int, int]]:
    """(start, end) in the sentence of the coordinated or adverbial clauses below the
    anchor that have a subject of their own ('bought Leopard tanks, while Italy purchased
    F-35 jets': the F-35s are Italy's, not the first event's)."""
    return [c.extent for c in anchor.children if c.dep_ in _OTHER_CLAUSES
            and any(g.dep_ in sx.SUBJECT for g in c.children)]


def _distinct(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if not any((m.country, m.code) == (o.country, o.code) for o in out):
            out.append(m)
    return out


def _confidence(d: Draft) -> float:
    score = 0.40
    score += 0.25 if d.parsed_source else 0.0
    score += 0.15 if d.parsed_target or not d.targets else 0.0
    score += 0.10 if "weak" not in d.trig.flags else 0.0
    score -= 0.10 if d.pol.modality != "asserted" else 0.0
    score -= 0.10 if d.pol.negated else 0.0
    return round(max(0.05, min(0.95, score)), 2)


def _dedupe(events: list[Event], text: str) -> list[Event]:
    """One event per (type, source, target, polarity) in a sentence; the first one wins.
    A target-less event restating one that has a target, with the same source and trigger
    word ("will visit Damascus in April, the first such visit by a Jordanian premier"), is
    the same event named twice: dropped."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in events:
        key = (e.event_type, _who(e.source), _who(e.target), e.negated)
        if key not in seen:
            seen.add(key)
            out.append(e)
    targeted = {(_who(e.source), _word(text, e)) for e in out if e.target is not None}
    return [e for e in out if e.target is not None or e.source is None
            or (_who(e.source), _word(text, e)) not in targeted]


def _word(text: str, event: Event) -> str:
    """The trigger's first word, lower case, without a plural -s."""
    word = text[event.trigger.start:event.trigger.end].split()[0].lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _who(m: Mention | None) -> str | None:
    """The identity events are deduplicated on: the country, else the actor code."""
    return None if m is None else (m.country or m.code)


class _Resolver:
    """Resolves pronouns, first person, bare surnames and country-less roles to actors."""

    def __init__(self, text: str, base: int, idx: sx.MentionIndex, memory: Memory,
                 doc: Any) -> None:
        self.text, self.base, self.idx, self.memory = text, base, idx, memory
        self.speaker = self._speaker(doc)
        if self.speaker is not None:
            memory.speaker = self.speaker

    def __call__(self, tok: Any, own: Mention | None) -> Mention | None:
        """The actor `tok` stands for, or None when nothing sound is known."""
        low = tok.lower_ if not tok.text.isupper() or len(tok.text) == 1 else tok.text
        if low in sx.FIRST_PERSON or _has_first_person_possessor(tok):
            return self._as(tok, own, self.speaker or self.memory.speaker)
        if low in sx.PRONOUNS:
            return self._pronoun(tok)
        if own is None and tok.pos_ == "PROPN":
            return self._surname(tok)
        if own is None and tok.lower_ in _BODY_WORDS and any(
                c.lower_ == "the" for c in tok.children):
            return self._body(tok)
        if own is None and tok.lower_ in _GROUP_WORDS and any(
                c.lower_ == "the" for c in tok.children):
            return self._group(tok)
        if own is not None and own.country is None:
            body = next((self._body(c) for c in tok.children if c.dep_ == "poss"
                         and c.lower_ in _BODY_WORDS and c.i > 0
                         and tok.doc[c.i - 1].lower_ == "the"), None)
            if body is not None:  # "the agency's director general" speaks for the agency
                return Mention(own.start, own.end, body.code, None, own.sector, body.name,
                               body.kind)
            same = self._home_organ(own)
            return self._as(tok, own, same or self._reporter(tok, own))
        return None

    def _home_organ(self, own: Mention) -> Mention | None:
        """The earlier mention of a state organ of `own`'s sector that 'the government',
        'police' refer back to: one of the country where the article's events happen
        (its towns and regions: 'Port Sudan', 'Kassala'), else the latest one. The latest
        alone is often the other party ('Sudan's foreign ministry thanked Ankara. The
        army-led government accused the RSF ...')."""
        if not own.sector:
            return None
        organs = [m for m in reversed(self.memory.mentions) if m.country and
                  m.sector == own.sector]
        scene = _scene_country(self.memory.mentions + list(self.idx.by_token.values()))
        return next((m for m in organs if m.country == scene), None) or \
            next(iter(organs), None)

    def _speaker(self, doc: Any) -> Mention | None:
        """Who speaks in this sentence: a reporting verb's subject, preferring people (a
        parse may make a place the subject: 'Al-Maliki, who will visit Moscow, stated')."""
        for verb, head in extras.speaker_tokens(doc):
            m = self.idx.at(head) or (self._surname(head) if head.pos_ == "PROPN" else None)
            if m is not None and m.kind in ("country", "capital", "metonym"):
                person = next((p for t in doc[:verb.i] if t.pos_ == "PROPN"
                               and (p := self.idx.at(t) or self._surname(t)) is not None
                               and p.kind == "person"), None)
                m = person or m
            if m is not None and m.country:
                return m
        return None

    def _pronoun(self, tok: Any) -> Mention | None:
        """A pronoun subject of a reported clause is the reporting verb's subject (also up a
        chain: 'X was quoted as saying he would ...')."""
        reported = False
        for dep, head in sx.path_up(tok, 8):
            reported = reported or dep == "ccomp" or \
                head.lemma_.lower() in extras.reporting_verbs()
            if not reported:
                continue
            subj = sx.children(head, sx.SUBJECT | sx.PASSIVE_SUBJECT)
            if subj and subj[0].i != tok.i and subj[0].lower_ not in sx.PRONOUNS:
                m = self.idx.at(subj[0]) or next(iter(self.idx.in_phrase(subj[0])), None)
                return m
        if tok.lower_ in _OBJECT_PRONOUNS and tok.dep_ not in sx.SUBJECT and tok.dep_ != "poss":
            return self._antecedent(tok)
        if tok.dep_ in sx.SUBJECT:
            return self._relative_subject(tok)
        return None

    def _relative_subject(self, tok: Any) -> Mention | None:
        """'imposed sanctions on firms that it accuses of ...': a pronoun subject of a
        relative clause is the doer of the clause the described noun belongs to."""
        relative = False
        for dep, head in sx.path_up(tok, 8):
            relative = relative or dep == "relcl"
            if not relative or head.pos_ not in ("VERB", "AUX"):
                continue
            subj = sx.children(head, sx.SUBJECT)
            if subj and subj[0].lower_ not in sx.PRONOUNS:
                return self.idx.at(subj[0]) or next(iter(self.idx.in_phrase(subj[0])), None)
        return None

    def _antecedent(self, tok: Any) -> Mention | None:
        """An object pronoun ('expelled two Russian diplomats and ordered them to leave')
        stands for the nearest named actor before it that is not a subject of its own clause
        chain: a non-reflexive object never names the doer."""
        doers: set[int] = set()
        for _dep, head in sx.path_up(tok, 8):
            for s in sx.children(head, sx.SUBJECT | sx.PASSIVE_SUBJECT):
                doers.update(t.i for t in s.subtree)
        for i in range(tok.i - 1, -1, -1):
            m = self.idx.by_token.get(i)
            if m is not None and i not in doers and m.country and _fits(tok.lower_, m):
                return m
        return None

    def _reporter(self, tok: Any, own: Mention) -> Mention | None:
        """'Downing Street said the prime minister had discussed ...': a state role inside a
        clause reported by a state's voice belongs to that state."""
        if own.kind != "role" or own.sector not in STATE_SECTORS or any(
                c.dep_ == "poss" for c in tok.children) or tok.dep_ in _MODIFIERS:
            return None  # "its troops": the actor's own; "military occupation": no party
        for dep, head in sx.path_up(tok, 6):
            if dep != "ccomp" or head.lemma_.lower() not in extras.reporting_verbs():
                continue
            subj = sx.children(head, sx.SUBJECT)
            m = self.idx.at(subj[0]) if subj else None
            return m if m is not None and m.kind in _STATE_VOICES else None
        return None

    def _body(self, tok: Any) -> Mention | None:
        """'urged the bloc to go further', 'cooperation with the agency': the international
        body named last before it, preferring one whose name holds the word."""
        here = [m for i, m in sorted(self.idx.by_token.items()) if i < tok.i]
        bodies = [m for m in reversed(self.memory.mentions + here) if m.kind == "igo"]
        word = tok.lower_
        # one whose name says what it is ('the agency': the Atomic Energy Agency) first
        found = next((m for m in bodies if m.name and word in m.name.lower()), None) or \
            next(iter(bodies), None)
        if found is None:
            return None
        start = self.base + tok.idx
        return Mention(start, start + len(tok.text), found.code, found.country, found.sector,
                       found.name, found.kind)

    def _group(self, tok: Any) -> Mention | None:
        """'the group', 'the movement': the armed or political group named last before it
        (in this sentence or earlier ones), when it belongs to a country."""
        here = [m for i, m in sorted(self.idx.by_token.items()) if i < tok.i]
        found = next((m for m in reversed(self.memory.mentions + here)
                      if m.kind == "group" and m.sector == "REB" and m.country), None)
        return self._as(tok, None, found)

    def _surname(self, tok: Any) -> Mention | None:
        """A bare name ('Ghanimi') matching the last word of an earlier person mention."""
        word = tok.text.lower()
        for m in reversed(self.memory.mentions):
            if m.kind == "person" and m.country:
                last = self.text[m.start:m.end].split()[-1].lower()
                if last == word or last.endswith("-" + word):
                    return self._as(tok, None, m)
        return None

    def _as(self, tok: Any, own: Mention | None, actor: Mention | None) -> Mention | None:
        """A mention at `tok`'s (or `own`'s) offsets carrying `actor`'s country."""
        if actor is None or actor.country is None:
            return None
        start = own.start if own else self.base + tok.idx
        end = own.end if own else self.base + tok.idx + len(tok.text)
        sector = (own.sector if own and own.sector else None) or actor.sector
        return Mention(start, end, actor.country + (sector or ""), actor.country, sector,
                       actor.name if own is None else own.name,
                       own.kind if own else actor.kind)


def _scene_country(mentions: list[Mention]) -> str | None:
    """The country most of the towns and regions named so far lie in (None on a tie)."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind in _SCENE_KINDS and m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


# Mention kinds that only name where things happen (a capital or a country name is as
# often the state acting).
_SCENE_KINDS = frozenset({"place", "region"})

# Sectors of a state's own organs, and the mention kinds that speak for a state.
_STATE_VOICES = frozenset({"country", "capital", "metonym"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})

# Nouns that, after 'the', name an international body mentioned before ('the bloc').
_BODY_WORDS = frozenset({"bloc", "alliance", "agency", "organisation", "organization"})

# Nouns that, after 'the', name the armed group mentioned before ('the group said').
_GROUP_WORDS = frozenset({"group", "movement", "militia", "faction"})

# Mention kinds that 'him'/'her' can stand for.
_PEOPLE = frozenset({"person", "role"})


def _fits(pronoun: str, m: Mention) -> bool:
    """Can the object pronoun stand for `m`? 'him'/'her': a person, named or by a role ('an
    oligarch'); 'it': no person; 'them': anyone ('two Russian diplomats')."""
    if pronoun in ("him", "her"):
        return m.kind in _PEOPLE
    return pronoun == "them" or m.kind != "person"

# Object pronouns resolved to an earlier actor of the same sentence ('its', 'their' are
# possessives and stay with the clause's own actor).
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "it"})


def _has_first_person_possessor(tok: Any) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)
