"""Arabic normalisation for matching, and tokens that keep their original offsets.

Normalisation is only used to compare words with the lexicons: every token
keeps the `[start, end)` offsets of its surface form in the clean text, so
spans written into records always point into `Article.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsevents.coders.arabic.resources import load_prefixes

# Short vowels, tanwin, shadda, sukun, dagger alef, Quranic marks, tatweel.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ې": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "ء",
        "ئ": "ء",  # مسؤول / مسئول spell the same hamza two ways
        "ک": "ك",
        "گ": "ك",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
    }
)
_ALEF_RUN = re.compile("ا{2,}")
_TOKEN = re.compile(
    r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06f0-\u06f9\u064b-\u065f\u0670\u0640A-Za-z0-9]+"
)

# Present-tense person prefixes: a leading س is the future particle only before them.
_PRESENT_PREFIX = frozenset("يتنا")


@dataclass(slots=True, frozen=True)
class Token:
    """One word of the clean text: its offsets and its normalised form."""

    start: int
    end: int
    norm: str


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Normalise `text` for matching: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits."""
    out = _DROP.sub("", text).translate(_TABLE)
    return _ALEF_RUN.sub("ا", out)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with offsets into `text` (punctuation is dropped)."""
    stop = len(text) if end is None else end
    return [
        Token(m.start(), m.end(), normalize(m.group())) for m in _TOKEN.finditer(text, start, stop)
    ]


@lru_cache(maxsize=131072)
def cores(norm: str) -> tuple[str, ...]:
    """Every reading of a normalised token with its proclitics removed (itself first).

    "وروسيا" gives روسيا, "للعراق" gives عراق and العراق, "وسيقصف" gives يقصف.
    Remainders shorter than two letters are not kept: they would match anything.
    """
    found: list[str] = [norm]
    for prefix, restore in load_prefixes():
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            rest = norm[len(prefix) :]
            found.append(rest)
            if restore:
                found.append("ال" + rest)
    for reading in list(found):
        found.extend(_future(reading))
    return tuple(dict.fromkeys(found))


def _future(word: str) -> list[str]:
    """`word` without the future particle س (سيقصف → يقصف), when that reading is possible."""
    if len(word) >= 4 and word[0] == "س" and word[1] in _PRESENT_PREFIX:
        return [word[1:]]
    return []


def has_future(norm: str, reading: str) -> bool:
    """True when `reading` of token `norm` was found by removing the future particle س."""
    word = norm[1:] if norm[:1] in ("و", "ف") else norm
    return word != reading and _future(word) == [reading]
