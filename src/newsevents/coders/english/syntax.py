"""Dependency-tree helpers for the English coder (spaCy tokens in, tokens or mentions out).

Every function takes spaCy `Token`s; the coder maps actor mentions (character offsets)
onto tokens once per sentence (`MentionIndex`) so that argument search is a tree walk.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
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


class MentionIndex:
    """Actor mentions of one sentence, addressable by spaCy token index."""

    def __init__(self, doc: Any, mentions: list[Mention], base: int) -> None:
        self.by_token: dict[int, Mention] = {}
        starts = [base + t.idx for t in doc]
        ends = [s + len(t.text) for s, t in zip(starts, doc, strict=True)]
        for mention in mentions:
            i = max(0, bisect_right(starts, mention.start) - 1)
            while i < len(starts) and starts[i] < mention.end:
                if mention.start < ends[i]:
                    self.by_token.setdefault(i, mention)
                i += 1

    def at(self, tok: Token) -> Mention | None:
        """The mention covering `tok`, if any."""
        return self.by_token.get(tok.i)

    def in_phrase(self, tok: Token) -> list[Mention]:
        """Mentions inside the noun phrase headed by `tok` (not across clauses), in order."""
        found: list[Mention] = []
        for t in phrase_tokens(tok):
            m = self.by_token.get(t.i)
            if m is not None and m not in found:
                found.append(m)
        return found


def phrase_tokens(tok: Token) -> Iterator[Token]:
    """`tok` and its dependents, not descending into clauses, in text order."""
    stack = [tok]
    seen = []
    while stack:
        t = stack.pop()
        seen.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSAL)
    yield from sorted(seen, key=lambda t: t.i)


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
