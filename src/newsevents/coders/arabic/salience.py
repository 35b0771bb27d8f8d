"""Is a verbal noun the news of its sentence, or only mentioned there?

A protest noun ("مظاهرات") is a reported event when a verb of happening governs it
("اندلعت مظاهرات", "خرجوا في مسيرات", "مظاهرة عنيفة اندلعت"); as the object of a
preposition, the second term of a construct ("ضحايا المظاهرات"), the object of another
act ("فرقت مظاهرة") or with a possessive pronoun ("تظاهرتنا") it is a circumstance,
a topic or a known event. Violence named after "بعد/منذ/عقب" or dated to an earlier
year recalls history rather than reporting news.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsevents.coders.arabic.context import (
    background_words,
    bare,
    crowd_words,
    in_list,
    is_count,
    number_words,
    time_words,
)
from newsevents.coders.arabic.lexicon import Match, TriggerEntry, past_forms, present_forms
from newsevents.coders.arabic.normalize import Token, cores
from newsevents.coders.arabic.resources import word_set

_BEFORE_SPAN = 4  # "ونفذ سائقو سيارات الأجرة إضرابا": a construct subject, place or time words
_TIME_FILLERS = frozenset({"اول", "امس", "مساء", "صباح", "ليل", "ظهر"})
_AFTER_SPAN = 3
# "مما شهدته مظاهرتان", "ما شهدته البلاد": a relative (or negated) clause about protests
_WHAT = frozenset({"ما", "مما", "بما"})  # "مظاهرة حاشدة جابت": an adjective may intervene
# Temporal prepositions: a violence noun after them dates another event by an earlier one.
_SINCE = frozenset({"بعد", "منذ", "عقب", "اعقاب", "اثر", "قبل", "ذكرى", "تاريخ", "غداه", "ابان"})
# Verbal nouns of happening between a temporal preposition and the event it dates.
# Event nouns stand there too: "قبل حادثة اغتيال النائب", "بعد عملية خطف".
_ONSET = frozenset(
    {"وقوع", "حدوث", "اندلاع", "بدء", "بدايه", "انتهاء", "نهايه", "حادثه", "حادث", "عمليه"}
)
_ERA_WORDS = frozenset(
    {
        "القرن",
        "الثمانينات",
        "السبعينات",
        "الستينات",
        "الخمسينات",
        "الاربعينات",
        "التسعينات",
        "الثمانينيات",
        "السبعينيات",
        "الستينيات",
        "الخمسينيات",
        "الاربعينيات",
        "التسعينيات",
    }
)
_ERA_WINDOW = 8
# after منذ, a time of today keeps the report fresh ("قتل 20 منذ الصباح")
_TODAY = frozenset(
    {
        "الصباح",
        "صباح",
        "ساعات",
        "ساعه",
        "ساعتين",
        "الليل",
        "ليل",
        "امس",
        "الفجر",
        "فجر",
        "الظهر",
        "ظهر",
        "اليوم",
        "دقائق",
        "مساء",
        "المساء",
    }
)
_YEARS_AGO = frozenset({"عامين", "سنتين", "سنوات", "اعوام", "سنين", "عقود", "عقدين", "عقد"})
_YEAR_HEADS = frozenset({"عام", "العام", "سنه", "منذ", "في", "خلال", "مطلع", "اواخر", "اوائل"})


@lru_cache(maxsize=1)
def protest_anchors() -> frozenset[str]:
    """Verbs of happening for protest nouns, every person and tense (data/arabic)."""
    forms: set[str] = set()
    for word in word_set("protest_anchors.txt"):
        forms.add(word)
        forms.update(past_forms(word))
        # third persons only: "أحدث", "أكبر" are elatives far more often than "I happen"
        forms.update(f for f in present_forms("ي" + word) if f[0] in "يت")
    return frozenset(forms)


def protest_noun_event(tokens: Sequence[Token], trig: Match[TriggerEntry], governed: str) -> bool:
    """True when a protest noun is governed by a verb of happening in an asserted clause.

    `governed` is the preposition before the noun ("" when none): under a preposition
    only a verb right before it counts ("خرجوا في مسيرات"), not a time or place word.
    """
    span = _BEFORE_SPAN  # "وشارك الآلاف في مظاهرة": the subject may stand before في
    k = trig.first - 1
    while k >= 0 and span > 0:
        if in_list(tokens[k].norm, protest_anchors()):
            if _prospect(tokens, k):
                return False  # "توقع أن تشهد العاصمة مظاهرات", "ستشهد": a prospect, not news
            if _joined_known(tokens, k, trig):
                return False  # "شاركت في الاحتجاج": one person's part in a known protest
            return not _backgrounded_at(tokens, k)
        # time words do not separate a verb from its subject ("نظمت أول من أمس مسيرات")
        span -= 1 if governed or not time_filler(tokens, k) else 0
        k -= 1
    return not _definite(tokens[trig.first].norm) and _anchor_after(tokens, trig)


_SUBJUNCTIVE = frozenset({"ان", "لن", "كي", "لكي", "حتي"})


def _prospect(tokens: Sequence[Token], k: int) -> bool:
    """A present-tense verb of happening after أن/لن/كي, or with the future prefix س."""
    norm = bare(tokens[k].norm)
    if norm[:1] == "س" and norm[1:2] in ("ي", "ت", "ن"):
        return True  # "ستشهد", "سينظم"
    return k > 0 and norm in _present_anchors() and bare(tokens[k - 1].norm) in _SUBJUNCTIVE


@lru_cache(maxsize=1)
def _present_anchors() -> frozenset[str]:
    """Present forms of the protest anchors that are not also past forms ("تواصل", "تجدد")."""
    past: set[str] = set()
    present: set[str] = set()
    for word in word_set("protest_anchors.txt"):
        past.update(past_forms(word))
        present.update(f for f in present_forms("ي" + word) if f[0] in "يت")
    return frozenset(present - past)


_JOIN = past_forms("شارك")


def _joined_known(tokens: Sequence[Token], k: int, trig: Match[TriggerEntry]) -> bool:
    """A definite protest noun after شارك with no crowd or count between them.

    "وشارك الآلاف في المظاهرة" tells of a crowd; "قالت إنها شاركت في الاحتجاج" tells of
    one person's part in a protest reported before.
    """
    if bare(tokens[k].norm) not in _JOIN or not _definite(tokens[trig.first].norm):
        return False
    between = range(k + 1, trig.first)
    return not any(
        in_list(tokens[j].norm, crowd_words()) or is_count(tokens[j].norm) for j in between
    )


def time_filler(tokens: Sequence[Token], k: int) -> bool:
    """A time word that may stand between a verb and its subject ("خرج مساء أول من أمس")."""
    norm = tokens[k].norm
    if bare(norm) == "من":  # only inside "أول من أمس"
        return 0 < k < len(tokens) - 1 and bare(tokens[k - 1].norm) == "اول"
    return in_list(norm, _TIME_FILLERS) or in_list(norm, time_words())


def _anchor_after(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """An indefinite noun followed by its own verb ("مظاهرة عنيفة اندلعت", "تظاهرة نظمتها")."""
    stop = min(len(tokens), trig.last + 1 + _AFTER_SPAN)
    for k in range(trig.last + 1, stop):
        if in_list(tokens[k].norm, background_words()):
            return False  # "المظاهرات التي انطلقت": a relative clause describes, not reports
        if in_list(tokens[k].norm, protest_anchors()):
            return True
    return False


def _backgrounded_at(tokens: Sequence[Token], k: int) -> bool:
    """A relative pronoun or "عندما" before the verb at `k` ("التي انطلقت منها الاحتجاجات")."""
    words = background_words() | _WHAT
    return any(in_list(tokens[j].norm, words) for j in range(max(0, k - 2), k))


def _definite(norm: str) -> bool:
    word = bare(norm)
    return word.startswith(("ال", "بال", "لل", "كال"))


def recalled(tokens: Sequence[Token], trig: Match[TriggerEntry], left: int, right: int) -> bool:
    """A violence or protest noun that dates or recalls another event, not news itself.

    "بعد اغتيال الحريري", "منذ تفجيرات 11 سبتمبر": a temporal preposition before it;
    "في هجومين ... عام 2002", "في الثمانينات": a past year or era in its clause.
    """
    if trig.first and in_list(tokens[trig.first - 1].norm, _SINCE):
        return True
    onset = trig.first > 1 and in_list(tokens[trig.first - 1].norm, _ONSET)  # "وقوع" keeps و
    if onset and in_list(tokens[trig.first - 2].norm, _SINCE):
        return True  # "قبل وقوع هجمات 11 سبتمبر", "منذ اندلاع المواجهات"
    if _after_a_while(tokens, trig.first):
        return True  # "بعد قليل من انفجارين", "بعد ساعات من الهجوم"
    if _named_by_date(tokens, trig):
        return True  # "اعتداءات 11 سبتمبر", "تفجيرات 7 يوليو": an event named by its date
    lo, hi = max(left, trig.first - _ERA_WINDOW), min(right, trig.last + _ERA_WINDOW)
    if any(_since_after(tokens, k) for k in range(trig.last + 1, hi)):
        return True  # "وقتل 76 صحافيا منذ الغزو": a running total, not one event
    return any(_era(tokens, k) for k in range(lo, hi + 1))


# Month names (Gregorian and Levantine, normalised): a day and month right after a violence
# noun name a known event ("هجمات 11 سبتمبر"); news dates its act with في ("في 11 سبتمبر").
_MONTHS = frozenset(
    {
        *("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس"),
        *("سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان"),
        *("ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"),
    }
)


def _named_by_date(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """A verbal noun followed directly by a day and a month, or by a year ("مذبحة 1391")."""
    k = trig.last + 1
    if trig.payload.form in ("past", "pres") or k >= len(tokens):
        return False
    day = tokens[k].norm
    if day.isdigit() and len(day) == 4:
        return True  # "مجزرة 1982", "انتفاضة 1987": a year names a known event
    return k + 1 < len(tokens) and day.isdigit() and len(day) <= 2 and tokens[k + 1].norm in _MONTHS


@lru_cache(maxsize=1)
def durations() -> frozenset[str]:
    """Lengths of time (data/arabic/durations.txt)."""
    return word_set("durations.txt")


def _after_a_while(tokens: Sequence[Token], first: int) -> bool:
    """ "بعد ساعات من", "قبل ثلاثة أيام من": a temporal preposition, a length of time, من."""
    if first < 3 or bare(tokens[first - 1].norm) != "من":
        return False
    lengths = durations()
    k = first - 2
    if not in_list(tokens[k].norm, lengths):
        return False
    if k >= 1 and (tokens[k - 1].norm.isdigit() or in_list(tokens[k - 1].norm, number_words())):
        k -= 1  # "بعد ثلاثة أيام من"
    return k >= 1 and in_list(tokens[k - 1].norm, _SINCE)


def _since_after(tokens: Sequence[Token], k: int) -> bool:
    """ "منذ" + a period or an event (منذ الغزو، منذ بداية العام), not منذ الصباح."""
    if bare(tokens[k].norm) != "منذ" or k + 1 >= len(tokens):
        return False
    return not in_list(tokens[k + 1].norm, _TODAY)


def _era(tokens: Sequence[Token], k: int) -> bool:
    """A decade or century word, or a year named as such ("عام 2002", "في 1910").

    A year closing a full date ("15 مارس 2008") is today's dateline, not history.
    """
    word = bare(tokens[k].norm)
    if word in _ERA_WORDS:
        return True
    if word in _YEARS_AGO and k > 0 and bare(tokens[k - 1].norm) in ("قبل", "منذ"):
        return True  # "قبل عامين", "منذ سنوات"
    digits = word.lstrip("لب")
    year = len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20")
    return year and k > 0 and bare(tokens[k - 1].norm) in _YEAR_HEADS


_KANA = frozenset({"كان", "كانت", "كانوا", "كن", "يكون", "تكون", "يكونون"})


def progressive(tokens: Sequence[Token], trig: Match[TriggerEntry]) -> bool:
    """ "كانوا يحتجون", "كانت تتظاهر": a past progressive sets a scene, it reports no event."""
    if trig.payload.form != "pres" or trig.first == 0:
        return False
    return in_list(tokens[trig.first - 1].norm, _KANA)


_CHARGE_WINDOW = 8


@lru_cache(maxsize=1)
def charge_words() -> frozenset[str]:
    """Words of accusation and trial (data/arabic/charges.txt)."""
    return word_set("charges.txt")


def charged(tokens: Sequence[Token], trig: Match[TriggerEntry], left: int) -> bool:
    """A violence noun a few words after a word of accusation: "متهم بقتل", "تورطه في تفجيرات"."""
    if trig.payload.form in ("past", "pres"):
        return False
    words = charge_words()
    for k in range(max(left, trig.first - _CHARGE_WINDOW), trig.first):
        if set(cores(tokens[k].norm)) & words or in_list(tokens[k].norm, words):
            return True
    return False


_LIGHT_WINDOW = 8
_LIGHT_NOUNS = frozenset({"قيام", "اقدام"})


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """Light verbs whose complement is the act itself (data/arabic/light_verbs.txt)."""
    return word_set("light_verbs.txt")


def light_verb_before(tokens: Sequence[Token], trig: Match[TriggerEntry], clause: int) -> bool:
    """ "قام عشرة جنود باغتصابها": a light verb earlier in the clause makes the noun its act.

    For a protest the verbal noun of a light verb counts too, with its preposition
    ("لقيام مجموعة من المتظاهرين بالتجمع", "مع قيام عدد من الشبان بإقفال طريق"); with
    violence it mostly frames a denial, a charge or a wish ("نفى قيامه بقتل", "القيام بالمذبحة").
    """
    words = light_verbs()
    start = max(clause, trig.first - _LIGHT_WINDOW)
    nouns = trig.payload.plover == "PROTEST"
    return any(
        in_list(tokens[k].norm, words) or nouns and light_noun(tokens[k].norm)
        for k in range(start, trig.first)
    )


def light_noun(norm: str) -> bool:
    """The verbal noun of a light verb (قيام، إقدام), with or without a preposition."""
    return bool(set(cores(norm)) & _LIGHT_NOUNS)
