"""Polarity and modality of a trigger from the cue words in data/triggers/en/modality.tsv.

negation: a negating dependent of the trigger or of an auxiliary chain above it;
intended: a future auxiliary (will) or a governing word of intention (plans to, ready to);
hypothetical: a conditional clause (if, unless) or a modal (would, could, may, might);
reported: hearsay adverbs anywhere in the sentence (reportedly, allegedly).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.coders.english.extras import reporting_verbs
from newsevents.coders.english.lexicon import cues

Token = Any

# Links through which a governing word's modality reaches the trigger (plans -xcomp-> send).
_GOVERNED = frozenset({"xcomp", "acomp", "ccomp", "conj", "pcomp", "pobj", "prep", "dobj"})


@dataclass(slots=True)
class Polarity:
    """What the cues say about one trigger."""

    negated: bool = False
    modality: str = "asserted"
    conditional: bool = False  # inside an if/unless clause
    modal: bool = False  # would/could/may/might
    purpose: bool = False  # an infinitive of purpose ("sent troops to fight")


@cache
def _by_scope() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for cue in cues():
        table.setdefault(cue.scope, {})[cue.word] = cue.kind
    return table


def _aux_kinds(tok: Token) -> set[str]:
    """Kinds of the auxiliary/negation/adverb cues attached to `tok`."""
    aux = _by_scope().get("aux", {})
    kinds = set()
    for c in tok.children:
        if c.dep_ in ("neg", "aux", "advmod", "det", "amod", "auxpass", "npadvmod"):
            kind = aux.get(c.lower_) or aux.get(c.lemma_.lower())
            if kind:
                modal = c.lower_ in ("would", "could", "may", "might")
                kinds.add(kind + (":modal" if modal else ""))
                if c.lower_ in ("would", "'d"):
                    kinds.add("would")
    return kinds


def _chain(tok: Token) -> list[Token]:
    """`tok` and the words that govern it within its clause group (xcomp/acomp chains)."""
    out = [tok]
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in _GOVERNED or _own_clause(cur):
            break
        cur = cur.head
        out.append(cur)
        if cur.pos_ == "VERB" and cur.dep_ not in _GOVERNED:
            break
    return out


def _own_clause(tok: Token) -> bool:
    """A conjunct verb with a subject of its own is a clause of its own ('X may have been
    tied to ..., and Y purchased ...'): the first clause's modals do not reach it."""
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def polarity(trigger: Token, sentence: Any) -> Polarity:
    """Negation and modality of `trigger` (a spaCy token) inside its sentence Doc/Span."""
    result = Polarity()
    governors = _by_scope().get("governor", {})
    marks = _by_scope().get("mark", {})
    kinds: set[str] = set()
    chain = _chain(trigger)
    for i, tok in enumerate(chain):
        kinds |= _aux_kinds(tok)
        near = [tok] if i > 0 else []
        near += [c for c in tok.children if i > 0 and c.dep_ == "acomp"]  # is ready ... and
        for word in near:
            kind = governors.get(word.lemma_.lower()) or governors.get(word.lower_)
            if kind:
                kinds.add(kind)
        for c in tok.children:
            if c.dep_ == "mark" and marks.get(c.lower_) == "hypothetical":
                result.conditional = True
            elif c.dep_ == "mark" and marks.get(c.lower_) == "negated":
                kinds.add("negated")
    head_cues = _by_scope().get("head", {})
    if trigger.dep_ in ("nsubj", "nsubjpass") and head_cues.get(trigger.head.lemma_.lower()):
        kinds.add(head_cues[trigger.head.lemma_.lower()])
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ == "NOUN" and \
            trigger.head.lemma_.lower() in _by_scope().get("carrier", {}):
        kinds |= _aux_kinds(trigger.head)  # "talks will resume": the talks are planned
    if any(_hedges(cue, trigger) for cue in _hearsay(sentence)):
        kinds.add("reported")
    if trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in trigger.children):
        result.purpose = True
        kinds.add("intended")
    if "would" in kinds and any(_future_in_past(t) for t in chain):
        kinds.discard("hypothetical:modal")
        kinds.add("intended")
    result.negated = "negated" in kinds
    result.modal = "hypothetical:modal" in kinds
    result.modality = _pick(kinds, result.conditional)
    return result


def _future_in_past(top: Token) -> bool:
    """'Peskov said that Russia would not take part': 'would' in a clause reported after a
    past reporting verb is the future of the past (a plan), not a condition. A clause that
    comes before its reporting verb ('X would condemn it, a diplomat said') stays a
    possibility."""
    head = top.head
    return top.dep_ == "ccomp" and head.i < top.i and head.tag_ == "VBD" and \
        head.lemma_.lower() in reporting_verbs() and \
        not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in top.children)


def _hearsay(sentence: Any) -> list[Token]:
    """The sentence's hearsay cue words ('reportedly'), found once per sentence."""
    cache = getattr(sentence, "user_data", None)
    if cache is not None and "hearsay" in cache:
        found: list[Token] = cache["hearsay"]
        return found
    sentence_cues = _by_scope().get("sentence", {})
    found = [t for t in sentence if sentence_cues.get(t.lower_)]
    if cache is not None:
        cache["hearsay"] = found
    return found


def _hedges(cue: Token, trigger: Token) -> bool:
    """A hearsay word hedges the trigger unless it sits in a clause below another word that
    does not govern the trigger ('arrested 23 fishermen for allegedly poaching': the arrest
    is asserted, the poaching alleged)."""
    head = cue.head
    return head is cue or head is trigger or head.head is head or head.is_ancestor(trigger) \
        or head.dep_ not in ("pcomp", "advcl", "relcl", "acl", "xcomp", "ccomp", "conj")


def _pick(kinds: set[str], conditional: bool) -> str:
    if conditional:
        return "hypothetical"
    if "intended" in kinds:
        return "intended"
    if "hypothetical:modal" in kinds or "hypothetical" in kinds:
        return "hypothetical"
    if "reported" in kinds:
        return "reported"
    return "asserted"
