"""Clause-level readings that keep a protest or violence word from reporting news.

Each predicate looks only at the words around one trigger and names a general
construction of Arabic: an asyndetic relative clause that describes a noun
("سفينة اختطفها قراصنة"), a question ("هل ... ؟"), a generic relative ("كل من قام",
"لمن يقتل") and a bare verb form coordinated with a verbal noun ("مقتل 5 وجرح 7").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsevents.coders.arabic.context import (
    background_words,
    bare,
    in_list,
    is_count,
    negators,
    number_words,
    time_words,
    verb_openers,
)
from newsevents.coders.arabic.lexicon import Match, TriggerEntry
from newsevents.coders.arabic.normalize import Token
from newsevents.coders.arabic.roles import prepositions

# Object pronouns on a verb and prepositional pronouns after it: the "resumptive" pronoun
# that an Arabic relative clause needs to point back at the noun it describes.
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")
_RESUMPTIVE = frozenset(
    {"فيه", "فيها", "فيهم", "به", "بها", "بهم", "عليه", "عليها", "عليهم", "منه", "منها"}
)
# A subject may precede its verb after these ("ان مسلحين مجهولين اختطفوه").
_COMPLEMENTIZERS = frozenset({"ان", "بان", "لان", "انه", "انها", "انهم", "لكن", "كما", "حيث"})
_QUESTION = frozenset({"هل", "وهل", "فهل", "أهل", "اهل"})
_QUESTION_MARK = re.compile(r"[?؟]")
_CLAUSE_BREAK = re.compile(r"[.!;؛:\n\"“”«»,،]")
# "كل من قام باعتداء", "لمن يقتل", "ممن": whoever does it, not someone who did
_GENERIC = frozenset({"لمن", "ممن", "فمن"})
_GENERIC_REACH = 3
_CONJUNCT_REACH = 4  # "مقتل 56 شخصا وجرح": a count may stand between the conjuncts
_SUBJECT_REACH = 4
# prepositions and particles that the preposition table does not list
_PARTICLES = frozenset({"لدي", "عند", "بين", "قد", "لقد", "ثم", "اذ", "اذا", "لو", "منذ", "حتي"})


def asyndetic_relative(
    tokens: Sequence[Token], gaps: Sequence[str], trig: Match[TriggerEntry], in_actor: bool
) -> bool:
    """A past verb right after an indefinite noun, pointing back at it with a pronoun.

    "سفينة أوكرانية اختطفها قراصنة", "ملصق رفعه متظاهرون", "هجوم انتحاري قتل فيه 58":
    an indefinite noun takes its relative clause without الذي, and the clause names it
    again with a pronoun. The clause describes the noun; it does not report news.
    `in_actor` says the word before the verb belongs to an actor (a subject, not a noun).
    """
    k, entry = trig.first, trig.payload
    nxt = tokens[trig.last + 1].norm if trig.last + 1 < len(tokens) else ""
    # "هجوم انتحاري قتل فيه": with a prepositional pronoun the word before is no subject
    in_actor = in_actor and nxt not in _RESUMPTIVE
    if entry.form != "past" or k < 1 or in_actor or gaps[k].strip():
        return False
    norm = tokens[k].norm
    if not norm.startswith(trig.reading) or not _resumptive(tokens, trig):
        return False  # a و/ف or another prefix opens a new clause ("واختطفها")
    return _indefinite_noun(tokens[k - 1].norm) and not _subject_context(tokens, k)


def _resumptive(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """The verb carries an object pronoun, or a pronoun after a preposition follows it."""
    norm = tokens[trig.first].norm  # readings carry the pronoun: "اختطفها" is one reading
    if len(norm) >= 4 and norm.endswith(_OBJECT_SUFFIXES):
        return True
    nxt = trig.last + 1
    return nxt < len(tokens) and tokens[nxt].norm in _RESUMPTIVE


def _indefinite_noun(word: str) -> bool:
    """A word that can be an indefinite noun or adjective, not a subject or a clause opener."""
    plain = bare(word)
    if plain.startswith(("ال", "وال", "بال", "لل", "فال")) or plain.endswith(("ون", "ا")):
        return False  # definite; a nominative plural or an accusative is a subject
    if in_list(word, verb_openers()) or in_list(word, negators()) or in_list(word, time_words()):
        return False
    if plain in _PARTICLES or in_list(word, prepositions()):
        return False  # "لدى خطفهم": a preposition takes the verbal noun
    return not (plain.isdigit() or is_count(plain) or in_list(word, number_words()))


def _subject_context(tokens: Sequence[Token], k: int) -> bool:
    """A complementizer shortly before: the words before the verb may be its subject."""
    start = max(0, k - _SUBJECT_REACH)
    return any(bare(tokens[j].norm) in _COMPLEMENTIZERS for j in range(start, k))


def questioned(text: str, tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """The trigger stands in a question: after هل, or before a question mark, in one clause.

    "هل يرى المعلق في قتل الأبرياء عملا جبانا؟" asks about an act, it reports none.
    A comma or a stronger break ends the question's reach on either side.
    """
    if not tokens:
        return False
    if not _QUESTION_MARK.search(text, tokens[0].start, tokens[-1].end + 2) and not any(
        t.norm in _QUESTION for t in tokens
    ):
        return False  # most sentences ask nothing: skip the scan
    for j in range(trig.first - 1, -1, -1):
        if _CLAUSE_BREAK.search(text[tokens[j].end : tokens[j + 1].start]):
            break
        if tokens[j].norm in _QUESTION:
            return True
    for j in range(trig.last, len(tokens)):
        stop = tokens[j + 1].start if j + 1 < len(tokens) else len(text)
        gap = text[tokens[j].end : stop]
        if _QUESTION_MARK.search(gap):
            return True
        if _CLAUSE_BREAK.search(gap):
            return False
    return False


def generic_agent(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "كل من قام باعتداء", "لمن يقتل": a generic relative names whoever does the act."""
    for j in range(max(0, trig.first - _GENERIC_REACH), trig.first):
        word = bare(tokens[j].norm)
        if tokens[j].norm in _GENERIC:
            return True
        if word == "من" and j > 0 and bare(tokens[j - 1].norm) == "كل":
            return True
    return False


def bare_conjunct(
    tokens: Sequence[Token],
    gaps: Sequence[str],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
) -> bool:
    """ "مقتل 56 شخصا وجرح 700": a bare و-form after a violence noun is its conjunct noun.

    The first conjunct decides whether the sentence reports the act; the form after و
    ("وجرح", "وقتل") would otherwise read as a finite verb opening a new clause.
    """
    k, entry = trig.first, trig.payload
    if entry.plover != "ASSAULT" or entry.form != "past" or tokens[k].norm != "و" + trig.reading:
        return False
    for other in triggers:
        gap = k - other.last
        if other.payload.plover != "ASSAULT" or not 0 < gap <= _CONJUNCT_REACH:
            continue
        if other.payload.form in ("past", "pres"):
            continue
        if not any(_CLAUSE_BREAK.search(gaps[j]) for j in range(other.last + 1, k + 1)):
            return True
    return False


def relative_subject(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "المبنى الذي جرت فيه المذبحة": the act is the subject of a relative clause.

    A relative pronoun, its verb and a resumptive pronoun ("فيه", "بها") stand right before
    the trigger: the clause describes the place or time of an act told elsewhere.
    """
    k = trig.first
    if k < 3 or tokens[k - 1].norm not in _RESUMPTIVE:
        return False
    return in_list(tokens[k - 3].norm, background_words())


_PRESENT_PASSIVE = frozenset({"يتم", "تتم", "سيتم", "ستتم"})


def present_passive(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "أن يتم قصفها", "يتم خطف المواطنين": a present passive names a habit or a prospect.

    Only the past auxiliary ("تم اغتياله") reports an act that was carried out.
    """
    k = trig.first
    return k > 0 and bare(tokens[k - 1].norm) in _PRESENT_PASSIVE


# nouns of time and cause that govern a noun like a preposition ("في أعقاب هجوم", "بسبب هجوم")
_CAUSAL = frozenset({"اعقاب", "عقب", "اثر", "جراء", "بسبب", "نتيجه", "خلال", "بعد", "قبل"})
_SUBJECT_GAP_REACH = 2  # "هجوم انتحاري استهدف": a nisba may stand between noun and verb


def subject_relative(
    tokens: Sequence[Token],
    gaps: Sequence[str],
    trig: Match[TriggerEntry],
    triggers: Sequence[Match[TriggerEntry]],
) -> bool:
    """ "هجوم انتحاري استهدف مبنى": a bare past verb right after an indefinite violence noun.

    An indefinite noun takes a relative clause without الذي; when the noun is the clause's
    subject no pronoun points back at it. The verb describes the noun's act, and the noun
    decides whether the sentence reports it ("في أعقاب هجوم استهدف" recalls it).
    """
    k, entry = trig.first, trig.payload
    if entry.plover != "ASSAULT" or entry.form != "past" or tokens[k].norm != trig.reading:
        return False  # "واستهدف": a و opens a new clause
    nouns = [t for t in triggers if t is not trig]
    return any(_describes(tokens, gaps, noun, k, nouns) for noun in nouns)


def _describes(
    tokens: Sequence[Token],
    gaps: Sequence[str],
    noun: Match[TriggerEntry],
    k: int,
    nouns: Sequence[Match[TriggerEntry]],
) -> bool:
    """The verb at `k` follows the governed indefinite violence noun, a nisba at most between.

    The noun is governed by a preposition, a temporal noun or another verbal noun whose
    genitive it is ("تفجير سيارة مفخخة استهدفت موكبه").
    """
    if noun.payload.plover != "ASSAULT" or not 0 < k - noun.last <= _SUBJECT_GAP_REACH:
        return False
    if noun.payload.form in ("past", "pres") or not _indefinite_noun(tokens[noun.first].norm):
        return False
    construct = any(t.last == noun.first - 1 and t.payload.form == "noun" for t in nouns)
    if not (construct or _governed_noun(tokens, noun)):
        return False  # "أن سيارة مفخخة انفجرت": a clause's own subject and verb
    if any(_CLAUSE_BREAK.search(gaps[j]) for j in range(noun.last + 1, k + 1)):
        return False
    return all(_indefinite_noun(tokens[j].norm) for j in range(noun.last + 1, k))


def _governed_noun(tokens: Sequence[Token], noun: Match[TriggerEntry]) -> bool:
    """A preposition governs the noun ("في أعقاب هجوم", "بتفجير"), so it heads no clause."""
    k = noun.first
    if tokens[k].norm != noun.reading and tokens[k].norm.lstrip("وف")[:1] in ("ب", "ل", "ك"):
        return True
    if k == 0:
        return False
    prev = tokens[k - 1].norm
    return in_list(prev, prepositions()) or bare(prev) in _PARTICLES | _CAUSAL
