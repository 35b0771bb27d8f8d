"""Negation, modality and attribution cues around an Arabic trigger."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from newsevents.coders.arabic.lexicon import Index, Match, TriggerEntry, exact_forms
from newsevents.coders.arabic.normalize import Token, cores, has_future, normalize
from newsevents.coders.arabic.resources import read_tsv, word_set
from newsevents.model import Modality

# Words between a negation particle and its verb: "لم يكن قد", "لم يتم".
_AUXILIARIES = frozenset({"يكن", "تكن", "يكون", "تكون", "قد", "يتم", "تتم", "يعد", "تعد", "يقم", "تقم"})
_MODAL_WINDOW = 8  # tokens before a trigger in which a modal cue applies
_DENIAL_WINDOW = 10
_PREVENT_WINDOW = 6
_ANCHOR_WINDOW = 5


@dataclass(slots=True, frozen=True)
class Cue:
    """A modality cue: the modality it sets and how far it reaches."""

    modality: str
    scope: str  # "next" (the next two words) or "clause"


@lru_cache(maxsize=1)
def negators() -> frozenset[str]:
    """Negation particles (normalised)."""
    return word_set("negation.txt")


@lru_cache(maxsize=1)
def denials() -> frozenset[str]:
    """Verbs of denial (normalised)."""
    return word_set("denial.txt")


@lru_cache(maxsize=1)
def reporting_words() -> frozenset[str]:
    """Reporting verbs and nouns (normalised)."""
    return word_set("reporting.txt")


@lru_cache(maxsize=1)
def stative_words() -> frozenset[str]:
    """Nouns that turn a following trigger noun into a topic ("قانون التظاهر")."""
    return word_set("stative.txt")


@lru_cache(maxsize=1)
def modal_index() -> Index[Cue]:
    """data/arabic/modality.tsv as a phrase index."""
    index: Index[Cue] = Index()
    for row in read_tsv("arabic", "modality.tsv"):
        words = [exact_forms(w) for w in normalize(row["text"]).split()]
        index.add(words, Cue(row["modality"], row.get("scope") or "clause"))
    return index


def bare(norm: str) -> str:
    """A token without a leading conjunction و/ف (for function words)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def is_negated(tokens: Sequence[Token], trigger: Match[TriggerEntry], left_limit: int) -> bool:
    """A negation particle right before the trigger, or a denial verb earlier in its clause."""
    k = trigger.first - 1
    while k >= left_limit and bare(tokens[k].norm) in _AUXILIARIES:
        k -= 1
    if k >= left_limit and bare(tokens[k].norm) in negators():
        return True
    start = max(left_limit, trigger.first - _DENIAL_WINDOW)
    if any(bare(tokens[j].norm) in denials() for j in range(start, trigger.first)):
        return True
    start = max(left_limit, trigger.first - _PREVENT_WINDOW)
    return any(set(cores(tokens[j].norm)) & preventers() for j in range(start, trigger.first))


@lru_cache(maxsize=1)
def preventers() -> frozenset[str]:
    """Verbs of preventing or stopping: "لمنع التعاون" reports no cooperation."""
    return word_set("prevention.txt")


def modality_of(
    tokens: Sequence[Token], trigger: Match[TriggerEntry], cues: Sequence[Match[Cue]], left_limit: int
) -> Modality:
    """The modality set by the nearest cue before the trigger (or a future prefix on it)."""
    if has_future(tokens[trigger.first].norm, trigger.reading):
        return "intended"
    for cue in reversed(cues):
        if cue.last >= trigger.first or cue.first < left_limit:
            continue
        distance = trigger.first - cue.last
        if cue.payload.scope == "next" and distance > 2:
            continue
        if cue.payload.scope == "next_pres" and (distance > 2 or trigger.payload.form != "pres"):
            continue
        if distance <= _MODAL_WINDOW or cue.payload.modality == "reported":
            return cast(Modality, cue.payload.modality)
    return "asserted"


def is_topic(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """True when a stative noun governs the trigger noun ("حق التظاهر", "وجود تهديد")."""
    if trigger.payload.form not in ("noun", "phrase") or trigger.first == 0:
        return False
    return bare(tokens[trigger.first - 1].norm) in stative_words()


@lru_cache(maxsize=1)
def anchor_words() -> frozenset[str]:
    """Verbs of happening and time words that show a verbal noun names an event that took place."""
    return word_set("anchors.txt")


@lru_cache(maxsize=1)
def protest_actions() -> frozenset[str]:
    """Verbs that are protest acts when protesters are their subject."""
    return word_set("protest_actions.txt")


def anchored(tokens: Sequence[Token], trigger: Match[TriggerEntry], left: int, right: int) -> bool:
    """True when the clause around a verbal noun shows that the event happened.

    A verb of happening or a time word within a few words, or a number right
    before the noun ("ثلاث هجمات"), counts.
    """
    words = anchor_words()
    lo, hi = max(left, trigger.first - _ANCHOR_WINDOW), min(right, trigger.last + _ANCHOR_WINDOW)
    for k in range(lo, hi + 1):
        if lo <= k < trigger.first or trigger.last < k <= hi:
            norm = tokens[k].norm
            if norm in words or bare(norm) in words or norm.isdigit():
                return True
    return False
