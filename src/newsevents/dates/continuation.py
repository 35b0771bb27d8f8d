"""Continuation: a sentence that goes on about the previous sentence's event.

"Iranian and European negotiators met in Geneva on Monday. The talks lasted six hours."
The second sentence names no date, yet its event is Monday's: news writing states the
date once and then goes on with a definite event noun ("the talks", "the attack"), a
definite phrase for the participants ("the two sides", "الجانبان"), or the event behind a
preposition ("before the signing", "خلال الزيارة"). `continues` recognises such a sentence
from the words of data/dates/<lang>.json (continuation_*); the event stage then gives its
dateless events the previous sentence's date.

Reactions ("Beijing condemned the decision") open with their own subject, not with the
event, so they do not continue it; nor does an indefinite mention ("a strike").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.dates.lexicon import alternation, fold_shared, lexicon

_OPENING_WORDS = 4  # Arabic (verb-first): the event noun or participants within 4 words


def continues(text: str, start: int, end: int, language: str) -> bool:
    """True when sentence text[start:end] continues the previous sentence's event."""
    opening, prepositional = _patterns(language)
    folded = fold_shared(text)
    return (opening.match(folded, start, end) is not None
            or prepositional.search(folded, start, end) is not None)


def mentions(text: str, start: int, end: int, language: str) -> bool:
    """True when sentence text[start:end] names a known event anywhere ("carried out the
    attack"): weaker than `continues`, so the event stage also asks for the same type."""
    return _definite(language).search(fold_shared(text), start, end) is not None


@lru_cache(maxsize=4)
def _definite(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    if not lex.raw.get("continuation_nouns"):
        lex = lexicon("en")
    nouns = alternation(lex.raw["continuation_nouns"])
    if lex.raw["continuation_determiners"]:
        det = alternation(lex.raw["continuation_determiners"])
        return re.compile(rf"\b{det}\s+(?:[\w'’-]+\s+){{0,2}}?{nouns}\b", re.IGNORECASE)
    return re.compile(rf"(?<!\w)[وفبل]?{nouns}(?!\w)")


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(opening, prepositional) patterns of `language` (English for one without words)."""
    lex = lexicon(language)
    if not lex.raw.get("continuation_nouns"):
        lex = lexicon("en")
    nouns = alternation(lex.raw["continuation_nouns"])
    who = alternation(lex.raw["continuation_participants"])
    preps = alternation(lex.raw["continuation_preps"])
    openers = alternation(lex.raw["continuation_openers"])
    dets = lex.raw["continuation_determiners"]
    if dets:  # English: "[But] the [two] talks ..."
        det = alternation(dets)
        opening = rf"\W*(?:{openers}\s*,?\s+)?{det}\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}|{who})\b"
        prepositional = rf"\b{preps}\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{nouns}\b"
    else:  # Arabic: the definite noun itself, within the first words ("وبحث الجانبان")
        opening = (rf"\W*(?:[^\s]+\s+){{0,{_OPENING_WORDS - 1}}}?(?:{openers})?"
                   rf"(?:{nouns}|{who})(?!\w)")
        prepositional = rf"(?<!\w)[وف]?{preps}\s+(?:{nouns})(?!\w)"
    return (re.compile(opening, re.IGNORECASE), re.compile(prepositional, re.IGNORECASE))
