"""Deaths and injuries with a cause other than violence: accidents, disasters, illness.

"لقي ثلاثة أشخاص مصرعهم في حادث سير", "قتل 40 شخصا في زلزال ضرب شمال باكستان":
a casualty word tells a death, not an attack, when an accident or a disaster names
its cause nearby and no weapon is named in the clause (data/arabic/accidents.txt).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsevents.coders.arabic.context import weapon_words
from newsevents.coders.arabic.lexicon import Match, TriggerEntry
from newsevents.coders.arabic.normalize import Token, cores
from newsevents.coders.arabic.resources import word_set

__all__ = ["accidental"]

_BEFORE = 8  # "ضرب إعصار سواحل بنغلادش مما أدى إلى مقتل 50": the cause as subject
_AFTER = 8  # "قتل عشرة أشخاص في انهيار مبنى": the cause after the victims


@lru_cache(maxsize=1)
def _accidents() -> dict[str, frozenset[str]]:
    """First word → the second words it needs ("" when the first word alone is enough)."""
    pairs: dict[str, set[str]] = {}
    for entry in word_set("accidents.txt"):
        first, _, second = entry.partition(" ")
        pairs.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in pairs.items()}


def _accident_at(tokens: Sequence[Token], k: int) -> bool:
    """True when token `k` (with its proclitics removed) opens an accident entry."""
    table = _accidents()
    for reading in cores(tokens[k].norm):
        needs = table.get(reading)
        if needs is None:
            continue
        if "" in needs:
            return True
        if k + 1 < len(tokens) and needs & set(cores(tokens[k + 1].norm)):
            return True
    return False


def accidental(tokens: Sequence[Token], trig: Match[TriggerEntry], start: int, end: int) -> bool:
    """An accident or disaster near the trigger and no weapon in its clause.

    `start` and `end` bound the clause (strong punctuation); the caller checks that
    the act has no agent ("قتل مسلحون ... خلال إطفاء حريق" is an attack).
    """
    lo = max(start, trig.first - _BEFORE)
    hi = min(end, trig.last + _AFTER)
    near = [k for k in range(lo, hi + 1) if not trig.first <= k <= trig.last]
    if not any(_accident_at(tokens, k) for k in near):
        return False
    weapons = weapon_words()
    return not any(set(cores(tokens[k].norm)) & weapons for k in range(start, end + 1))
