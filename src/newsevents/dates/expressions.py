"""Finding date expressions in text: one finder, patterns built from per-language data.

`find(text, language)` returns every date expression of a text as an `Expr`: what
the words say (a calendar date, possibly partial; a weekday; "yesterday"; "last
month"; "two years ago"; "two years later"; "a day after ...") and the words
around it that change what it means for an event (a scope word such as "since",
"after", "before"; an attributive use as in "the 2003 invasion"). Resolving an
expression to a date is `resolver`'s job.

Year-only numbers count only in a date context (a preposition, "the year", an
attributive "the 1972 treaty", a range, "early/mid/late") and never before a
counted noun ("2000 troops") or after a currency sign.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from newsevents.dates.lexicon import Lexicon, alternation, fold_shared, key, lexicon

ExprKind = Literal["calendar", "weekday", "day", "period", "ago", "anchored", "event_offset"]
Scope = Literal["on", "since", "after", "before", "until"]

YEAR = r"(?:19\d\d|20\d\d|2100)"
_PUNCT_STOP = re.compile(r"[,;:.!?\"“”«»()\[\]،؛]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Scope words are also searched a few words back ("since being invited there in 2015"),
# but only the strong ones of `window_scope_words`; weak ones ("from", "by") only count
# right before the expression.
_WINDOW_WORDS = 6
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
_REACH = 60
_NOUN_AFTER = re.compile(r"\s+[^\W\d_]")
_NEXT_WORDS = re.compile(r"\s+[\w'’-]+")  # the noun an attributive date modifies


@dataclass(slots=True)
class Expr:
    """One date expression: its offsets, what it says, and the scope words around it."""

    start: int
    end: int
    kind: ExprKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: bool = False
    year_rel: int | None = None  # "in May last year": -1
    month_rel: str | None = None  # last / this / next, for a named month or day without year
    weekday: int | None = None
    unit: str | None = None  # day, week, weekend, month, year, decade
    amount: int | None = None  # None = approximate ("a few days ago")
    offset: int | str = 0  # signed step, or "trailing" for "the past week"
    year_end: int | None = None  # "between 2008 and 2011": 2011
    scope: Scope = "on"
    scope_start: int = -1  # where the scope word starts
    prep_start: int = -1  # where a directly preceding preposition starts
    attributive: bool = False  # "the 2003 invasion": dates the following noun only
    scope_end: int = -1  # event_offset: the clause the offset applies to ends here
    guessed: bool = False  # a numeric date whose day/month order was a convention
    forward: bool = False  # behind "ahead of", "by", "until": a partial date lies ahead
    earlier: bool = False  # "earlier this week": before the reference day
    week_start: int = 0  # first day of the week where the text was written (Monday = 0)
    hijri: bool = False  # year, month and day are Hijri ("12 ربيع الأول 1445هـ"): see dates.hijri

    @property
    def has_year(self) -> bool:
        """True when the text itself names the year."""
        return self.year is not None

    @property
    def lead(self) -> int:
        """Start of the expression including a directly preceding preposition."""
        return self.prep_start if self.prep_start >= 0 else self.start


Handler = Callable[[re.Match[str], str, Lexicon], Expr | None]


@dataclass(frozen=True, slots=True)
class Finder:
    """Compiled patterns of one language, each with the handler that reads its match."""

    language: str
    lex: Lexicon
    patterns: tuple[tuple[re.Pattern[str], Handler, str], ...]  # pattern, handler, word class
    prefix: re.Pattern[str]
    scopes: dict[str, str]
    attributive: re.Pattern[str] | None = None  # determiners before an attributive date
    hot: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> its word classes
    next_words: re.Pattern[str] = _NEXT_WORDS  # what an attributive date modifies


def find(text: str, language: str) -> list[Expr]:
    """Every date expression in `text`, non-overlapping, in reading order."""
    finder = _finder(language)
    folded = fold_shared(text)
    found: list[Expr] = []
    windows = _windows(folded, finder)
    for pattern, handler, cls in finder.patterns:
        for lo, hi in windows.get(cls, ()):
            for m in pattern.finditer(folded, lo, hi):
                expr = handler(m, folded, finder.lex)
                if expr is not None:
                    found.append(expr)
    kept = _non_overlapping(found)
    week_start = int(finder.lex.raw.get("week_starts", 0))
    for expr in kept:
        expr.week_start = week_start
        _attach_scope(expr, folded, finder)
        if finder.attributive is not None and expr.kind == "calendar":
            expr.attributive = expr.attributive or _is_attributive(expr, folded, finder)
        if expr.attributive:
            following = finder.next_words.match(folded, expr.end)
            expr.scope_end = following.end() if following else expr.end
    return kept


def _is_attributive(expr: Expr, folded: str, finder: Finder) -> bool:
    """"the Jan. 3 assassination": a determiner before, a word (not a comma) after."""
    assert finder.attributive is not None
    before = finder.attributive.search(folded, max(0, expr.start - 12), expr.start)
    return before is not None and _NOUN_AFTER.match(folded, expr.end) is not None


@lru_cache(maxsize=64)  # a batch's articles (`pipeline.process_batch`) all stay cached
def find_shared(text: str, language: str) -> tuple[Expr, ...]:
    """`find` memoised for the stages that read one article's expressions in turn
    (publication inference, then event dating). The expressions are shared: do not
    modify them."""
    return tuple(find(text, language))


def forget_shared() -> None:
    """Empty `find_shared`'s memory (after a batch: a later article with the same text,
    such as a repost, is then worked out again rather than served from memory)."""
    find_shared.cache_clear()
    fold_shared.cache_clear()
    from newsevents.dates import resolver  # imported here: resolver imports this module

    resolver.forget_shared()


def _windows(folded: str, finder: Finder) -> dict[str, list[tuple[int, int]]]:
    """For each word class, the stretches of text around its words; patterns run only there.

    Running some twenty patterns over every character is slow; every expression holds
    a digit or a word of the lexicon, so each pattern runs only within `_REACH`
    characters of a word of its class (snapped to whitespace so no word is cut). This
    scan is the finder's hot loop: one dict lookup per word (the table holds each word in
    lower case, capitalised and in capitals), prefixes stripped only for Arabic.
    """
    hot, size = finder.hot, len(folded)
    prefixed = finder.language == "ar"  # و، ب، ل، ف glued to the word
    windows: dict[str, list[tuple[int, int]]] = {}
    for m in _LETTER_RUN.finditer(folded):
        token = m.group()
        classes = hot.get(token)
        if classes is None and prefixed:
            classes = hot.get(token[1:]) or hot.get(token[2:])
        if classes:
            for cls in classes:
                _add_window(windows.setdefault(cls, []), m.start(), m.end(), size)
    digits: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(folded):
        _add_window(digits, m.start(), m.end(), size)
    if digits:
        windows["digit"] = digits
    return {cls: [_snap(folded, lo, hi) for lo, hi in spans] for cls, spans in windows.items()}


def _add_window(spans: list[tuple[int, int]], start: int, end: int, size: int) -> None:
    lo, hi = max(0, start - _REACH), min(size, end + _REACH)
    if spans and lo <= spans[-1][1]:
        spans[-1] = (spans[-1][0], hi)
    else:
        spans.append((lo, hi))


def _snap(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen [lo, hi) to whitespace on both sides."""
    while lo > 0 and not folded[lo - 1].isspace():
        lo -= 1
    while hi < len(folded) and not folded[hi].isspace():
        hi += 1
    return lo, hi


def _non_overlapping(found: list[Expr]) -> list[Expr]:
    """Longest expressions first; a shorter one overlapping a kept one is dropped."""
    kept: list[Expr] = []
    for expr in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)


# ----------------------------------------------------------------------------- context


def preceding_word(folded: str, start: int, finder: Finder) -> re.Match[str] | None:
    """The preposition or scope word right before `start` ("in", "since", "في"), if any."""
    return finder.prefix.search(folded, max(0, start - 40), start)


def _attach_scope(expr: Expr, folded: str, finder: Finder) -> None:
    """Fill prep_start, scope and scope_start from the words before the expression."""
    m = preceding_word(folded, expr.start, finder)
    if m is not None:
        expr.prep_start = m.start("w")
        scope = finder.scopes.get(key(m.group("w")))
        if scope == "since" and expr.kind == "period" and expr.offset == 0:
            scope = None  # "since the start of the year": within this year, at year precision
        if scope and expr.kind not in ("ago", "event_offset"):
            expr.scope, expr.scope_start = scope, m.start("w")  # type: ignore[assignment]
            expr.forward = key(m.group("w")) in finder.lex.words("forward_scope_words")
            return
    _window_scope(expr, folded, finder)


def _window_scope(expr: Expr, folded: str, finder: Finder) -> None:
    """A strong scope word a few words back, with no punctuation in between."""
    if expr.kind not in ("calendar", "weekday"):
        return
    lo = max(0, expr.start - 80)
    window = folded[lo : expr.start]
    stop = max((m.end() for m in _PUNCT_STOP.finditer(window)), default=0)
    words = list(_WORD.finditer(window, stop))[-_WINDOW_WORDS:]
    strong = finder.lex.words("window_scope_words")
    for w in reversed(words):
        scope = finder.scopes.get(key(w.group()))
        if scope and key(w.group()) in strong:
            expr.scope, expr.scope_start = scope, lo + w.start()  # type: ignore[assignment]
            return


def count_follows(folded: str, end: int, lex: Lexicon) -> bool:
    """True when a counted noun, a percent or a unit follows the number ending at `end`."""
    rest = folded[end : end + 24].lstrip()
    if rest[:1] in ("%", "٪"):
        return True
    m = _WORD.match(rest)
    return m is not None and key(m.group()) in _count_nouns(lex.language)


@lru_cache(maxsize=4)
def _count_nouns(language: str) -> frozenset[str]:
    return frozenset(lexicon(language).words("count_nouns"))


# ----------------------------------------------------------------------------- helpers


def _num(text: str | None, lex: Lexicon) -> int | None:
    """A small number written in digits or words; None when approximate or missing."""
    if not text:
        return None
    if text.strip().isdigit():
        return int(text)
    value = lex.table("numbers").get(key(text))
    return int(value) if isinstance(value, int) else None


def _unit(text: str, lex: Lexicon) -> str:
    return str(lex.table("unit_words").get(key(text), "day"))


def _year2(y: int, tail: str) -> int:
    """The end year of "2008-11" style ranges."""
    return int(tail) if len(tail) == 4 else (y // 100) * 100 + int(tail)


def _month(m: re.Match[str], group: str, lex: Lexicon) -> int | None:
    text = m.group(group)
    return None if text is None else lex.table("months").get(key(text))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or not word[:1].isalpha()


def _abbreviation(word: str, lex: Lexicon) -> bool:
    """A month key that is a strict prefix of another key for the same month ("sept")."""
    months = lex.table("months")
    k = key(word)
    return any(o != k and o.startswith(k) and v == months.get(k) for o, v in months.items())


# ----------------------------------------------------------------------------- finder


@lru_cache(maxsize=4)
def _finder(language: str) -> Finder:
    """The compiled finder of `language` (English patterns for any other language)."""
    from newsevents.dates import _patterns_ar, _patterns_en

    lex = lexicon(language)
    module = _patterns_ar if lex.language == "ar" else _patterns_en
    scopes = lex.table("scope_words")
    words = alternation([*lex.raw.get("anchor_prepositions", []), *lex.raw["scope_words"]])
    if lex.language == "ar":
        prefix = re.compile(rf"(?:^|\W)[وف]?(?P<w>{words})\s+$")
    else:
        prefix = re.compile(rf"(?:^|\W)(?P<w>{words})\s+(?:the\s+)?$", re.IGNORECASE)
    determiners = lex.raw.get("determiners")
    attributive = None
    if determiners:
        attributive = re.compile(rf"(?:^|\W){alternation(determiners)}\s+$", re.IGNORECASE)
    return Finder(lex.language, lex, tuple(module.patterns(lex)), prefix,
                  {k: str(v) for k, v in scopes.items()}, attributive, _hot_words(lex),
                  _next_words(lex))


def _next_words(lex: Lexicon) -> re.Pattern[str]:
    """The word after an attributive date, and the next one too when a stop word or a
    punctuation mark follows it ("the December 31 full withdrawal of", but only "the 2003
    invasion" in "the 2003 invasion toppled the government")."""
    stop = lex.raw.get("attributive_stop_words")
    if not stop:
        return _NEXT_WORDS
    words = alternation(stop)
    word = rf"\s+(?!{words}\b)[\w'’-]+"
    ends = rf"(?=\s*(?:[^\w\s]|$)|\s+{words}\b)"
    return re.compile(rf"{word}(?:{word}{ends})?", re.IGNORECASE)


# word class -> the lexicon tables whose words announce a pattern of that class
_HOT_TABLES = {
    "month": ("months",), "weekday": ("weekdays", "weekday_abbreviations"),
    "season": ("seasons",), "day": ("day_words",), "hijri": ("hijri_months",),
    "unit": ("unit_words", "period_units", "ago_units", "anchored_units", "same_day_units"),
}


def _hot_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each word of the lexicon's date words -> its classes (common words left out)."""
    stop = set(lex.words("hot_stopwords"))
    hot: dict[str, set[str]] = {}
    for cls, tables in _HOT_TABLES.items():
        for name in tables:
            for entry in lex.raw.get(name, []):
                for word in set(key(entry).split()) - stop:
                    for form in (word, word.capitalize(), word.upper()):
                        hot.setdefault(form, set()).add(cls)
    return {word: frozenset(classes) for word, classes in hot.items()}
