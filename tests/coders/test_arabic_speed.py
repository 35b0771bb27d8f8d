"""The Arabic coder's speed-ups must not change what it finds (caches, merged scanners)."""

from __future__ import annotations

import re

from newsevents.coders.arabic import arms
from newsevents.coders.arabic.reporting import reporting
from newsevents.coders.arabic.resources import read_tsv

TEXTS = (
    "باعت روسيا 40 دبابة تي-90 ومنظومات إس-400 وإف-16 للهند",
    "اشترت مصر طائرات رافال وF-16 و Patriot وxHIMARS HIMARS",
    "وصلت أربع مروحيات أباتشي و اباتشي2 وبلاك هوك إلى القاعدة",
)


def _one_by_one(rows: int, latin: bool) -> re.Pattern[str]:
    """The scanner as it was first written: each system's own pattern, one after another."""
    names = arms.systems()
    chosen = names[rows:] if latin else names[:rows]
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in chosen))


def test_merged_scanner_finds_what_each_pattern_finds() -> None:
    rows = len(read_tsv("arabic", "weapon_systems.tsv"))
    arabic, latin = arms._scanners()
    for text in TEXTS:
        for merged, flag in ((arabic, False), (latin, True)):
            expected = [m.span() for m in _one_by_one(rows, flag).finditer(text)]
            assert [m.span() for m in merged.finditer(text)] == expected


def test_weapon_quantities_are_fresh_copies() -> None:
    text = TEXTS[0]
    first = arms.weapon_quantities(text, 0, len(text))
    second = arms.weapon_quantities(text, 0, len(text))
    assert first and first == second
    assert all(a is not b for a, b in zip(first, second, strict=True))
    first[0].value = -1.0  # an event editing its quantity must not touch the next event's
    assert arms.weapon_quantities(text, 0, len(text))[0].value == second[0].value


def test_reporting_cache_answers_like_the_lists() -> None:
    assert reporting("نقلتها")  # a reporting verb with an object pronoun
    assert reporting("نقلتها") is reporting("نقلتها")
    assert not reporting("دبابه")
