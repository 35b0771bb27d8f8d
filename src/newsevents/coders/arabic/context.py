"""Negation, modality and attribution cues around an Arabic trigger."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from newsevents.coders.arabic.lexicon import (
    Index,
    Match,
    TriggerEntry,
    exact_forms,
    noun_forms,
    past_forms,
    present_forms,
)
from newsevents.coders.arabic.normalize import Token, cores, has_future, normalize
from newsevents.coders.arabic.resources import read_tsv, word_set
from newsevents.model import Modality

# Words between a negation particle and its verb: "لم يكن قد", "لم يتم".
_AUXILIARIES = frozenset(
    {"يكن", "تكن", "يكون", "تكون", "قد", "يتم", "تتم", "يعد", "تعد", "يقم", "تقم"}
)
_MODAL_WINDOW = 8  # tokens before a trigger in which a modal cue applies
_DENIAL_WINDOW = 16
_PREVENT_WINDOW = 6
_ANCHOR_WINDOW = 5
_VERBAL_WINDOW = 8


@dataclass(slots=True, frozen=True)
class Cue:
    """A modality cue: the modality it sets and how far it reaches."""

    modality: str
    scope: str  # "next" (the next two words), "clause" (8 words on) or "sentence" (the clause)


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


def in_list(norm: str, words: Container[str]) -> bool:
    """True when the token, with or without a leading و/ف, is in `words` ("وقع" and "ولم")."""
    return norm in words or bare(norm) in words


def bare(norm: str) -> str:
    """A token without a leading conjunction و/ف (for function words)."""
    return norm[1:] if len(norm) > 2 and norm[0] in "وف" else norm


def is_negated(
    tokens: Sequence[Token],
    trigger: Match[TriggerEntry],
    left_limit: int,
    clause: int | None = None,
    exempt: Container[int] = (),
) -> bool:
    """A negation particle right before the trigger, or a denial verb earlier in its clause.

    The denial may stand before a complementizer ("نفى أن يكون قد قصف"), so it is
    searched from `clause` (the clause start) when given. A preventing word at an `exempt`
    index is an event of its own (REJECT: "رفضت الرياض طلبا أمريكيا") and negates nothing.
    """
    k = trigger.first - 1
    while k >= left_limit and in_list(tokens[k].norm, _AUXILIARIES):
        k -= 1
    if k >= left_limit and in_list(tokens[k].norm, negators()):
        return True
    if k > left_limit and _negated_anchor(tokens, k):
        return True  # "لم تشهدوا مذبحة كهذه", "لم يقع هجوم": the happening is denied
    start = max(left_limit if clause is None else clause, trigger.first - _DENIAL_WINDOW)
    if any(in_list(tokens[j].norm, denials()) for j in range(start, trigger.first)):
        return True
    start = max(left_limit, trigger.first - _PREVENT_WINDOW)
    return any(
        set(cores(tokens[j].norm)) & preventers()
        for j in range(start, trigger.first)
        if j not in exempt
    )


def _negated_anchor(tokens: Sequence[Token], k: int) -> bool:
    """A verb of happening at `k` right after a negation particle."""
    return in_list(tokens[k].norm, anchor_words()) and in_list(tokens[k - 1].norm, negators())


@lru_cache(maxsize=1)
def preventers() -> frozenset[str]:
    """Verbs of preventing or stopping: "لمنع التعاون" reports no cooperation."""
    return word_set("prevention.txt")


def modality_of(
    tokens: Sequence[Token],
    trigger: Match[TriggerEntry],
    cues: Sequence[Match[Cue]],
    left_limit: int,
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
        far = cue.payload.scope == "sentence"  # a belief verb covers its whole clause
        if distance <= _MODAL_WINDOW or cue.payload.modality == "reported" or far:
            return cast(Modality, cue.payload.modality)
    return "asserted"


def is_topic(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """True when a stative noun governs the trigger noun ("حق التظاهر", "وجود تهديد"), or a
    demonstrative points it back at an act told before ("نفت هذه الاتهامات")."""
    if trigger.first == 0:
        return False
    before = tokens[trigger.first - 1].norm
    if in_list(before, stative_words()):
        return True
    nominal = trigger.payload.form in ("noun", "phrase")
    # "هذه الاتهامات": the demonstrative determines a definite noun ("عقب ذلك مسيرة" does not)
    return (
        nominal
        and bool(_DEFINITE.match(tokens[trigger.first].norm))
        and in_list(before, demonstratives())
    )


_DEFINITE = re.compile(r"[وف]?[بك]?(ال|لل)")


def framed(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """True when a temporal frame word governs a definite trigger noun ("خلال الزيارة").

    A noun with a pronoun suffix ("بعد اتهامه بالتجسس") often tells a new act, so only
    the article counts."""
    if trigger.first == 0 or trigger.payload.form in ("past", "pres"):
        return False
    if not _DEFINITE.match(tokens[trigger.first].norm):
        return False
    return in_list(tokens[trigger.first - 1].norm, frame_words())


@lru_cache(maxsize=1)
def frame_words() -> frozenset[str]:
    """خلال، أثناء، عقب، ختام، هامش ...: words that date an act by a known one."""
    return word_set("frames.txt")


_TOPIC_REACH = 6  # "بحث الرئيس المصري مع نظيره الروسي التعاون": subject and partner between


def discussed(tokens: Sequence[Token], trigger: Match[TriggerEntry], clause: int) -> bool:
    """True when a verb of discussing governs the trigger noun: "وتناول اللقاء التعاون"."""
    if trigger.payload.form in ("past", "pres"):
        return False
    words = discussion_words()
    start = max(clause, trigger.first - _TOPIC_REACH)
    return any(in_list(tokens[k].norm, words) for k in range(start, trigger.first))


@lru_cache(maxsize=1)
def discussion_words() -> frozenset[str]:
    """Verbs of discussing in every person (تناول، بحث، ناقش، استعرض)."""
    return _verb_set("discussion.txt")


@lru_cache(maxsize=1)
def demonstratives() -> frozenset[str]:
    """هذه، هذا، تلك ...: a trigger noun after one names an act already told, no new event."""
    return word_set("demonstratives.txt")


@lru_cache(maxsize=1)
def anchor_words() -> frozenset[str]:
    """Verbs of happening (every person) and casualty words: a verbal noun near them took place."""
    return _verb_set("anchors.txt")


@lru_cache(maxsize=1)
def result_verbs() -> frozenset[str]:
    """Verbs of result (أسفر، أدى، تسبب): a violence noun after their preposition took place."""
    return _verb_set("results.txt")


@lru_cache(maxsize=1)
def experience_words() -> frozenset[str]:
    """Finite past forms of تعرض: "تعرض للخطف" reports an act suffered by its subject."""
    return word_set("experience.txt")


@lru_cache(maxsize=1)
def survival_verbs() -> frozenset[str]:
    """Verbs of surviving (نجا): "نجا من محاولة اغتيال" reports the attempt."""
    return _verb_set("survival.txt")


@lru_cache(maxsize=1)
def possession_words() -> frozenset[str]:
    """Words of finding, seizing or containing (عثر، ضبط، تشمل): a weapon after them is held."""
    return _verb_set("possession.txt")


@lru_cache(maxsize=2)
def claim_words(kind: str) -> frozenset[str]:
    """data/arabic/claims.tsv: responsibility nouns ("noun") or verbs of claiming ("verb")."""
    rows = [normalize(r["text"]) for r in read_tsv("arabic", "claims.tsv") if r["kind"] == kind]
    if kind == "noun":
        return frozenset(rows)
    return frozenset(f for w in rows for f in (w, *past_forms(w)))


@lru_cache(maxsize=1)
def idioms() -> dict[str, frozenset[str]]:
    """data/arabic/idioms.tsv: verb form → words after it that make it figurative ("ضرب مثلا").

    Every past and present form of the listed verb is a key ("خطفت", "يتظاهر").
    """
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv("arabic", "idioms.tsv"):
        verb = normalize(row["verb"])
        words = frozenset(normalize(w) for w in row["words"].split())
        present = "ي" + (verb[1:] if verb.startswith("ا") else verb)
        for form in {verb, *past_forms(verb), *present_forms(present)}:
            out[form] = out.get(form, frozenset()) | words
    return out


def figurative(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """A violence verb followed by a word that makes it an idiom ("ضرب مثلا", "خطف الأضواء")."""
    words = idioms().get(trigger.reading)
    if not words:
        return False
    after = tokens[trigger.last + 1 : trigger.last + 3]
    return any(set(cores(t.norm)) & words or t.norm in words for t in after)


@lru_cache(maxsize=1)
def thing_words() -> frozenset[str]:
    """Vehicles and other things a count may quantify instead of people (things.txt)."""
    return word_set("things.txt")


@lru_cache(maxsize=1)
def protest_actions() -> frozenset[str]:
    """Verbs (every person and tense) that are protest acts when protesters are their subject."""
    return _verb_set("protest_actions.txt")


@lru_cache(maxsize=1)
def disruptive_verbs() -> frozenset[str]:
    """Gathering acts (نزل، تجمع، اعتصم): a protest whenever protesters do them."""
    return _verb_set("disruptive.txt")


@lru_cache(maxsize=1)
def gathering_verbs() -> frozenset[str]:
    """Verbs of gathering that make a protest when a crowd is their subject."""
    return _verb_set("gathering.txt")


@lru_cache(maxsize=1)
def crowd_words() -> frozenset[str]:
    """Crowd and count words ("مئات", "الآلاف")."""
    return word_set("crowds.txt")


def _verb_set(name: str) -> frozenset[str]:
    forms: set[str] = set()
    for word in word_set(name):
        forms.add(word)
        forms.update(present_forms(word) if word.startswith("ي") else past_forms(word))
    return frozenset(forms)


def anchored_before(tokens: Sequence[Token], index: int, span: int = 3) -> bool:
    """True when an anchor word stands within `span` tokens before token `index` ("تعرضت لهجوم")."""
    words = anchor_words()
    return any(in_list(tokens[k].norm, words) for k in range(max(0, index - span), index))


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Time words ("أمس", "الأحد")."""
    return word_set("times.txt")


def anchored(
    tokens: Sequence[Token],
    trigger: Match[TriggerEntry],
    left: int,
    right: int,
    definite: bool = False,
) -> bool:
    """True when the clause around a verbal noun shows that the event happened.

    A verb of happening, a victim count or a number within a few words counts;
    a time word counts only for an indefinite noun: a definite one ("الهجوم")
    usually recalls an event already told or names the concept.
    """
    words = anchor_words() if definite else anchor_words() | time_words()
    numbers = number_words()
    lo, hi = max(left, trigger.first - _ANCHOR_WINDOW), min(right, trigger.last + _ANCHOR_WINDOW)
    for k in range(lo, hi + 1):
        if lo <= k < trigger.first or trigger.last < k <= hi:
            norm = tokens[k].norm
            if in_list(norm, words) and not _relative_before(tokens, k):
                return True
            if is_count(norm) or norm in numbers:
                return True
    return False


def _relative_before(tokens: Sequence[Token], k: int) -> bool:
    """A relative pronoun or "عندما" right before the anchor at `k` ("التي أسفرت عن مقتل")."""
    words = background_words()
    return any(in_list(tokens[j].norm, words) for j in range(max(0, k - 1), k))


@lru_cache(maxsize=1)
def victim_words() -> frozenset[str]:
    """Casualty words ("قتلى", "جرحى") that show violence took place."""
    return word_set("victims.txt")


def is_count(norm: str) -> bool:
    """A number that counts something (a year such as 2005 recalls history instead)."""
    return norm.isdigit() and not (len(norm) == 4 and norm[:2] in ("19", "20"))


@lru_cache(maxsize=1)
def verbal_attack_words() -> frozenset[str]:
    """Words that turn an "attack" into a verbal attack ("قائلا", "لاذعا")."""
    return word_set("verbal_attack.txt")


def verbal_attack(tokens: Sequence[Token], trigger: Match[TriggerEntry], right: int) -> bool:
    """True when a speech word follows an attack word within its clause."""
    words = verbal_attack_words()
    stop = min(right, trigger.last + _VERBAL_WINDOW)
    return any(in_list(tokens[k].norm, words) for k in range(trigger.last + 1, stop + 1))


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Counting words ("ثلاثة", "عشرات")."""
    return word_set("numbers.txt")


@lru_cache(maxsize=1)
def background_words() -> frozenset[str]:
    """Relative pronouns and temporal conjunctions that background the next verb."""
    return word_set("background.txt")


@lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """Weapons and explosives (each with its plural and pronoun forms)."""
    forms: set[str] = set()
    for word in word_set("weapons.txt"):
        forms.update(noun_forms(word))
    return frozenset(forms)


def backgrounded(tokens: Sequence[Token], trigger: Match[TriggerEntry]) -> bool:
    """True when a relative pronoun or "عندما" stands right before the trigger (or one word)."""
    words = background_words()
    start = max(0, trigger.first - 2)
    return any(in_list(tokens[k].norm, words) for k in range(start, trigger.first))


def armed(tokens: Sequence[Token], trigger: Match[TriggerEntry], left: int, right: int) -> bool:
    """A weapon, a victim count or a casualty word in the trigger's clause."""
    weapons = weapon_words()
    for k in range(max(0, left), min(len(tokens), right + 1)):
        if trigger.first <= k <= trigger.last:
            continue
        if any(c in weapons for c in cores(tokens[k].norm)) or is_count(tokens[k].norm):
            return True
    return False


@lru_cache(maxsize=1)
def verb_openers() -> frozenset[str]:
    """Clause openers after which a bare form reads as a verb (data/arabic/verb_openers.txt)."""
    return word_set("verb_openers.txt")
