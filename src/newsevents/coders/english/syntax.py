"""Dependency-tree helpers for the English coder (spaCy tokens in, tokens or mentions out).

Every function takes spaCy `Token`s; the coder maps actor mentions (character offsets)
onto tokens once per sentence (`MentionIndex`) so that argument search is a tree walk.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from newsevents.model import Mention

Token = Any  # spacy.tokens.Token (spaCy ships no usable type stubs)

# Dependencies that open a new clause: arguments are not searched across them.
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
OBJECT = frozenset({"dobj", "dative", "iobj", "obj"})
# Prepositions whose object is the one acted upon.
TARGET_PREPS = frozenset({
    "with", "to", "against", "on", "at", "from", "toward", "towards", "into", "upon", "over",
    "between", "onto",
})
LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout",
                            "around"})
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself", "ourselves"})
POSSESSIVE = frozenset({"its", "their", "his", "her"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "its", "their", "his"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})


class Tok:
    """One parsed word with the attributes of spaCy's `Token` that the rules read, held as
    plain attributes. spaCy makes a new `Token` object on every access (iterating a doc,
    `.head`, `.children`), and the rules visit each word a dozen times or more; one copy per
    word, made once, is several times cheaper and reads the same values."""

    __slots__ = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx", "head",
                 "children", "doc", "_subtree", "_extent")

    i: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    idx: int
    head: Tok
    children: list[Tok]
    doc: Parsed
    _subtree: tuple[Tok, ...] | None
    _extent: tuple[int, int] | None

    @property
    def subtree(self) -> tuple[Tok, ...]:
        """The word and its descendants in spaCy's order (left dependents' subtrees, the
        word, right dependents' subtrees), computed once per word (from its dependents'
        own subtrees)."""
        found = self._subtree
        if found is None:
            left: tuple[Tok, ...] = ()
            right: tuple[Tok, ...] = ()
            for c in self.children:
                if c.i < self.i:
                    left += c.subtree
                else:
                    right += c.subtree
            found = self._subtree = (*left, self, *right)
        return found

    @property
    def extent(self) -> tuple[int, int]:
        """(start, end) character offsets, in the sentence, of the word's subtree."""
        found = self._extent
        if found is None:
            lo, hi = self.idx, self.idx + len(self.text)
            for c in self.children:
                c_lo, c_hi = c.extent
                lo, hi = min(lo, c_lo), max(hi, c_hi)
            found = self._extent = (lo, hi)
        return found

    def is_ancestor(self, descendant: Tok) -> bool:
        """True when `descendant` lies below this word (as spaCy's `Token.is_ancestor`)."""
        if descendant.doc is not self.doc:
            return False
        cur = descendant
        for _ in range(len(self.doc)):
            if cur.head is cur:
                return False
            cur = cur.head
            if cur is self:
                return True
        return False

    def __repr__(self) -> str:
        return self.text


class Parsed:
    """A parsed sentence as a list of `Tok` (indexing and slicing like a spaCy `Doc`)."""

    __slots__ = ("tokens", "text", "user_data")

    def __init__(self, tokens: list[Tok], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.user_data: dict[str, Any] = {}

    def __iter__(self) -> Iterator[Tok]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, key: Any) -> Any:
        return self.tokens[key]

    def release(self) -> None:
        """Unlink the words (heads, children, sentence) so that reference counting frees
        them at once: left to the cycle collector, they pile up and slow every collection.
        The sentence is unusable afterwards."""
        for tok in self.tokens:
            del tok.head, tok.children, tok.doc, tok._subtree, tok._extent
        self.tokens = []
        self.user_data.clear()


def parsed(doc: Any, text: str) -> Parsed:
    """Copy a parsed spaCy `Doc` of `text` into a `Parsed` sentence of `Tok`: one array read,
    no spaCy `Token` objects (`doc.text` alone would make one per word); children in index
    order, as spaCy lists them. Lemma and coarse part of speech come from our own tables
    (`_word`, with `parse.COARSE`), whichever spaCy components ran."""
    from spacy import attrs

    rows = doc.to_array([attrs.LOWER, attrs.TAG, attrs.DEP, attrs.IDX, attrs.LENGTH,
                         attrs.HEAD]).tolist()
    store = doc.vocab.strings
    known = _WORDS
    if len(known) > _MAX_WORDS:  # a bound on memory over a long run
        known.clear()
    toks: list[Tok] = []
    out = Parsed(toks, text)
    append = toks.append
    for i, (low, tag, dep, idx, length, _head) in enumerate(rows):
        tok = Tok()
        tok.i = i
        tok.idx = idx
        tok.text = text[idx:idx + length]
        tok.doc = out
        tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_ = \
            known.get((low, tag, dep)) or _word(store, low, tag, dep)
        tok.children = []
        tok._subtree = tok._extent = None
        append(tok)
    suspects: list[Tok] = []
    subjects: list[Tok] = []
    for tok, row in zip(toks, rows, strict=True):
        offset = row[5]
        if offset:
            head = toks[tok.i + (offset - _WRAP if offset >= _HALF else offset)]  # uint64
            tok.head = head
            head.children.append(tok)
            if tok.dep_ == "amod" and tok.pos_ == "VERB":
                suspects.append(tok)
            elif tok.dep_ == "nsubj":
                subjects.append(tok)
        else:
            tok.head = tok
    for verb in suspects:
        _repair_place_verb(toks, verb)
    if len(subjects) > 1:
        _repair_double_subject(toks, subjects)
    return out


_CLAUSE_BREAKS = frozenset({":", ";", "-", "--", "\u2013", "\u2014"})


def _repair_double_subject(toks: list[Tok], subjects: list[Tok]) -> None:
    """'Military cooperation too, for example: the Iraqis want to acquire ...' is parsed
    with two subjects of 'want'; the words before the colon or dash are a heading, not a
    subject. Of two subjects of one verb with such a break between them, the earlier is
    relinked as a loose dependent ('dep'), so the subject nearest the verb acts."""
    for first, second in pairwise(subjects):
        if first.head is not second.head or second.i > first.head.i:
            continue
        if any(t.text in _CLAUSE_BREAKS for t in toks[first.i + 1:second.i]):
            _relink(first, first.head, "dep")


def _repair_place_verb(toks: list[Tok], verb: Tok) -> None:
    """'Protesters in Tbilisi hurled eggs at ...' is often parsed as 'in (Tbilisi hurled
    eggs)', the verb an adjective of its object and the sentence left without its act.
    Pattern: noun, 'in'/'at'/'from', a proper name, then the verb (past, as an adjective of
    the next noun, the preposition's object). The verb is rebuilt as the clause: the noun
    is its subject, the place the preposition's object, the noun after it its object."""
    obj, i = verb.head, verb.i
    if i < 3 or verb.tag_ not in ("VBD", "VBN") or obj.dep_ != "pobj" or obj.i <= i:
        return
    place, prep = toks[i - 1], obj.head
    subj = prep.head
    if place.tag_ != "NNP" or place.head is not obj or prep.i != i - 2 or \
            prep.lower_ not in ("in", "at", "from") or subj.pos_ not in ("NOUN", "PROPN"):
        return
    obj.children.remove(verb)
    if subj.head is subj:
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        _relink(verb, subj.head, "conj")
    _relink(place, prep, "pobj")
    _relink(obj, verb, "dobj")
    for c in [c for c in subj.children if c.i > obj.i]:  # 'at the parliament building', '.'
        _relink(c, verb, c.dep_)
    _relink(subj, verb, "nsubj")
    verb.tag_ = "VBD"


def _relink(tok: Tok, head: Tok, dep: str) -> None:
    """Move `tok` under `head` with dependency `dep` (children kept in index order)."""
    if tok.head is not tok and tok in tok.head.children:
        tok.head.children.remove(tok)
    tok.head, tok.dep_ = head, dep
    head.children.append(tok)
    head.children.sort(key=lambda t: t.i)


_WRAP, _HALF = 1 << 64, 1 << 63
# (LOWER, TAG, DEP) hashes -> (lower, lemma, pos, tag, dep); hashes depend on the text only
_WORDS: dict[tuple[int, int, int], tuple[str, str, str, str, str]] = {}
_MAX_WORDS = 200_000


def _word(store: Any, low: int, tag: int, dep: int) -> tuple[str, str, str, str, str]:
    """The strings of one (word, tag, dependency), with the word's lemma from our tables and
    its coarse part of speech from its tag (an auxiliary verb is AUX), remembered."""
    from newsevents.coders.english.lexicon import form_lemmas, verb_lemmas
    from newsevents.coders.english.parse import AUXILIARY, COARSE

    lower, tag_, dep_ = store[low], store[tag], store[dep]
    lemma = (tag_.startswith("VB") and verb_lemmas().get(lower)) or \
        form_lemmas().get(lower, lower)
    pos = COARSE.get(tag_, "X")
    if pos == "VERB" and lemma in AUXILIARY and dep_ in ("aux", "auxpass"):
        pos = "AUX"
    found = _WORDS[(low, tag, dep)] = (lower, lemma, pos, tag_, dep_)
    return found


class MentionIndex:
    """Actor mentions of one sentence, addressable by spaCy token index."""

    def __init__(self, doc: Any, mentions: list[Mention], base: int) -> None:
        self.by_token: dict[int, Mention] = {}
        if mentions:
            starts = [base + t.idx for t in doc]
            ends = [s + len(t.text) for s, t in zip(starts, doc, strict=True)]
        for mention in mentions:
            i = max(0, bisect_right(starts, mention.start) - 1)
            while i < len(starts) and starts[i] < mention.end:
                if mention.start < ends[i]:
                    self.by_token.setdefault(i, mention)
                i += 1
        # first and last token of each indexed mention (by identity, worked out when first
        # asked), and phrase lookups
        self._first: dict[int, int] | None = None
        self._last: dict[int, int] = {}
        self._phrases: dict[int, list[Mention]] = {}

    def _edges(self) -> dict[int, int]:
        if self._first is None:
            self._first = {}
            for i, m in self.by_token.items():
                self._first[id(m)] = min(i, self._first.get(id(m), i))
                self._last[id(m)] = max(i, self._last.get(id(m), i))
        return self._first

    def at(self, tok: Token) -> Mention | None:
        """The mention covering `tok`, if any."""
        return self.by_token.get(tok.i)

    def first_token(self, m: Mention) -> int | None:
        """Index of the first token this very mention object covers (None: not indexed)."""
        return self._edges().get(id(m))

    def last_token(self, m: Mention) -> int | None:
        """Index of the last token this very mention object covers (None: not indexed)."""
        self._edges()
        return self._last.get(id(m))

    def in_phrase(self, tok: Token) -> list[Mention]:
        """Mentions inside the noun phrase headed by `tok` (not across clauses), in order
        (worked out once per token; callers must not change the list)."""
        found = self._phrases.get(tok.i)
        if found is None:
            found = self._phrases[tok.i] = self._in_phrase(tok)
        return found

    def _in_phrase(self, tok: Token) -> list[Mention]:
        found: list[Mention] = []
        if not self.by_token:
            return found
        for i in sorted(t.i for t in _phrase_walk(tok) if t.i in self.by_token):
            m = self.by_token[i]
            if m not in found:
                found.append(m)
        return found


def phrase_tokens(tok: Token) -> Iterator[Token]:
    """`tok` and its dependents, not descending into clauses, in text order."""
    yield from sorted(_phrase_walk(tok), key=lambda t: t.i)


def _phrase_walk(tok: Token) -> list[Token]:
    """`tok` and its dependents, not descending into clauses, in walk order."""
    stack = [tok]
    seen = []
    while stack:
        t = stack.pop()
        seen.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSAL)
    return seen


def conjuncts(tok: Token) -> list[Token]:
    """`tok` followed by the words coordinated with it ("Iraq and Russia")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def children(tok: Token, deps: frozenset[str]) -> list[Token]:
    """Children of `tok` with one of the given dependency labels."""
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs of `tok`, including 'out of' and 'away from'."""
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend((c.lower_, o) for o in c.children if o.dep_ in ("pobj", "pcomp"))
        elif c.dep_ in ("prt", "prep", "advmod"):  # "pulled out of X": of hangs off the particle
            for cc in c.children:
                if cc.dep_ == "prep" and cc.lower_ in preps | {"of"}:
                    out.extend((cc.lower_, o) for o in cc.children if o.dep_ == "pobj")
    return out


def agent_objects(tok: Token) -> list[Token]:
    """Objects of a passive verb's 'by' phrase."""
    return [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def is_passive(tok: Token) -> bool:
    """True when the verb has a passive subject or auxiliary."""
    return any(c.dep_ in PASSIVE_SUBJECT or c.dep_ == "auxpass" for c in tok.children)


def has_object(tok: Token) -> Token | None:
    """The direct object of `tok`, if any."""
    objs = children(tok, OBJECT)
    return objs[0] if objs else None


# Pattern words that must be verb particles ("give in", "pull out"), not prepositions.
PARTICLES = frozenset({"out", "in", "up", "down", "off", "back", "over", "away"})


def neighbourhood(tok: Token) -> set[str]:
    """Lower-case forms and lemmas of the words a trigger pattern may name (particles of a
    verb are marked with a leading '^' so 'give in' does not match 'gave ... in aid')."""
    near: list[Token] = []
    words = set()
    for c in tok.children:
        loose = c.dep_ in ("advmod", "prep") and not any(g.dep_ == "pobj" for g in c.children)
        if c.dep_ == "prt" or (loose and c.lower_ in PARTICLES):
            words.add("^" + c.lower_)
        near.append(c)
        for g in c.children:
            near.append(g)
            if g.dep_ == "prep" and g.lower_ == "of":  # "50 tonnes of medical supplies"
                near.extend(g.children)
    if tok.pos_ in ("NOUN", "PROPN"):
        near.append(tok.head)
        near.append(tok.head.head)
    for t in near:
        if t.i != tok.i:
            words.add(t.lower_)
            words.add(t.lemma_.lower())
    return words


def path_up(tok: Token, limit: int = 6) -> Iterator[tuple[str, Token]]:
    """(dependency of the child, head) pairs walking from `tok` to the root."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return
        yield cur.dep_, cur.head
        cur = cur.head
