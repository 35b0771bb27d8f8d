"""English date patterns and their handlers (the words come from data/dates/en.json)."""

from __future__ import annotations

import re

from newsevents.dates.expressions import (
    YEAR,
    Expr,
    Handler,
    _abbreviation,
    _capitalised,
    _month,
    _num,
    _unit,
    _year2,
    count_follows,
)
from newsevents.dates.lexicon import Lexicon, alternation, key

_ORD = r"(?:st|nd|rd|th)?"
_DAY = r"(?P<d>[0-3]?\d)"
_Y = rf"(?P<y>{YEAR})(?![\d%])(?![.,]\d)"
_FULL_Y = r"(?P<y>1\d\d\d|20\d\d|21\d\d)(?![\d%])(?![.,]\d)"  # beside a month: any year
ISO = rf"(?<![\d/.-])(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>\d\d?)(?P=sep)(?P<d>\d\d?)(?![\d/-])"
NUMERIC = rf"(?<![\d/.])(?P<a>\d\d?)(?P<sep>[/.])(?P<b>\d\d?)(?P=sep)(?P<y>{YEAR})(?![\d/])(?!\.\d)"


def _valid_day(d: int | None, month: int | None) -> bool:
    return d is not None and 1 <= d <= 31 and month is not None


# ----------------------------------------------------------------------------- handlers


def _iso(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Expr(m.start(), m.end(), "calendar", year=y, month=mo, day=d)


def numeric_order(a: int, b: int, sep: str, language: str) -> tuple[int, int] | None:
    """(month, day) of a numeric date "a/b/yyyy"; None when it cannot be a date.

    A part above 12 decides the order. Otherwise Arabic texts and dotted dates are
    day-first, English slashed dates month-first (the US habit of English news).
    """
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 or b > 12 or a == 0 or b == 0:
        return None
    if language == "ar" or sep == ".":
        return b, a
    return a, b


def _numeric(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    order = numeric_order(int(m["a"]), int(m["b"]), m["sep"], lex.language)
    if order is None:
        return None
    month, day = order
    expr = Expr(m.start(), m.end(), "calendar", year=int(m["y"]), month=month, day=day)
    # Both parts could be the month: English slashed dates are a real toss-up.
    expr.guessed = max(month, day) <= 12 and month != day and lex.language == "en" and (
        m["sep"] == "/")
    return expr


def _with_day(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _month(m, "mon", lex)
    d = int(m["d"])
    if not _valid_day(d, month) or not _month_word_ok(m["mon"], lex, bare=False):
        return None
    year = int(m["y"]) if m["y"] else None
    wd = m["wd"]
    weekday = None if wd is None else _weekday(wd, lex)
    return Expr(m.start(), _end(m, lex), "calendar", year=year, month=month, day=d,
                weekday=weekday)


def _end(m: re.Match[str], lex: Lexicon) -> int:
    """The match end, less a final full stop that is not an abbreviation's ("3 June.")."""
    end = m.end()
    if m.group().endswith(".") and not _abbreviation(m["mon"], lex):
        return end - 1
    return end


def _month_year(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _month(m, "mon", lex)
    if month is None or not _month_word_ok(m["mon"], lex, bare=False):
        return None
    return Expr(m.start(), m.end(), "calendar", year=int(m["y"]), month=month)


def _bare_month(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _month(m, "mon", lex)
    if month is None or not _month_word_ok(m["mon"], lex, bare=True):
        return None
    rel = m["rel"]
    if rel is None and m["yrel"] is None and m["q"] is None and not _after_prep(m, text):
        return None
    expr = Expr(m.start(), _end(m, lex), "calendar", month=month)
    if rel:
        expr.month_rel = str(lex.table("month_modifiers").get(key(rel), "last"))
    if m["yrel"]:
        expr.year_rel = {"last": -1, "this": 0, "next": 1}[key(m["yrel"])]
    return expr


_PREP_BEFORE = re.compile(
    r"(?:^|\W)(?:in|during|since|until|till|by|from|before|after|through|throughout|of|for|"
    r"early|late|mid|as of|starting in|beginning in)\s+(?:the\s+)?(?:month\s+of\s+)?$",
    re.IGNORECASE,
)


def _after_prep(m: re.Match[str], text: str) -> bool:
    return _PREP_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def _month_word_ok(word: str, lex: Lexicon, bare: bool) -> bool:
    """Ambiguous month words ("may", "march") only when capitalised; bare ones unabbreviated."""
    if key(word) in lex.words("ambiguous_months") and not _capitalised(word):
        return False
    return not (bare and _abbreviation(word, lex))


def _season(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    name = key(m["season"])
    start_month = int(lex.table("seasons")[name])
    strong = m["y"] or m["yrel"] or m["rel"] or m["q"]
    if not strong and (name in lex.words("ambiguous_seasons") or not _after_prep(m, text)):
        return None
    expr = Expr(m.start(), m.end(), "calendar", month=start_month, season=True)
    if m["y"]:
        expr.year = int(m["y"])
    if m["yrel"]:
        expr.year_rel = {"last": -1, "this": 0, "next": 1}[key(m["yrel"])]
    if m["rel"]:
        expr.month_rel = str(lex.table("month_modifiers").get(key(m["rel"]), "last"))
    return expr


def _year_range(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    y = int(m["y"])
    y2 = _year2(y, m["y2"])
    if not y < y2 <= y + 100 or count_follows(text, m.end(), lex):
        return None
    return Expr(m.start(), m.end(), "calendar", year=y, year_end=y2)


def _qual_year(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    if count_follows(text, m.end(), lex):
        return None
    return Expr(m.start(), m.end(), "calendar", year=int(m["y"]))


_YEAR_CONTEXT = re.compile(
    r"(?:^|\W)(?P<w>in|during|since|until|till|by|from|before|after|of|throughout|around|circa|"
    r"c\.|as of|starting in|beginning in|prior to|ahead of|following|through|year|the year|"
    r"in the year|and|or|to)\s+$",
    re.IGNORECASE,
)
_ATTRIBUTIVE = re.compile(r"(?:(?:^|\W)(?:the|a|an|its|their|his|her|this|that)|[’']s)\s+$", re.I)
_CURRENCY = re.compile(r"[$€£¥]\s*$|(?:US|USD|EUR|No\.?|#|number)\s*$", re.IGNORECASE)


def _year(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """A bare year in a date context; amounts, counts and numbers are refused."""
    start, end = m.start("y"), m.end("y")
    before = text[max(0, start - 25) : start]
    if _CURRENCY.search(before) or count_follows(text, end, lex):
        return None
    expr = Expr(start, end, "calendar", year=int(m["y"]))
    if _YEAR_CONTEXT.search(before):
        return expr
    if _ATTRIBUTIVE.search(before) and re.match(r"\s+[^\W\d_]", text[end : end + 3]):
        expr.attributive = True
        return expr
    if before.endswith("(") or before.rstrip().endswith(","):
        return expr if re.match(r"\s*[),;]", text[end : end + 2]) else None
    return None


def _weekday(word: str, lex: Lexicon) -> int | None:
    w = key(word).rstrip(".")
    table = {**lex.table("weekday_abbreviations"), **lex.table("weekdays")}
    value = table.get(w)
    return None if value is None else int(value)


def _weekday_expr(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    wd = _weekday(m["wd"], lex)
    if wd is None:
        return None
    expr = Expr(m.start(), m.end(), "weekday", weekday=wd)
    if m["rel"]:
        expr.month_rel = str(lex.table("month_modifiers").get(key(m["rel"]), "last"))
    return expr


def _day_word(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    offset = lex.table("day_words").get(key(m["w"]))
    if offset is None:
        return None
    return Expr(m.start(), m.end(), "day", unit="day", amount=1, offset=int(offset))


def _period(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    if not m["mod"]:  # "over the weekend": the latest one
        if key(m["unit"]) != "weekend":  # "overnight": the night that ended on the day itself
            return Expr(m.start(), m.end(), "day", unit="day", amount=1, offset=0)
        return Expr(m.start(), m.end(), "period", unit="weekend", offset="recent")
    step: int | str | None = lex.table("period_modifiers").get(key(m["mod"]))
    if step is None:
        return None
    expr = Expr(m.start(), m.end(), "period", unit=_unit(m["unit"], lex), offset=step)
    expr.earlier = key(m["mod"]).startswith("earlier")
    return expr


def _period_start(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"since the start of the year": the current year (or month)."""
    return Expr(m.start(), m.end(), "period", unit=_unit(m["unit"], lex), offset=0)


def _ago(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    return Expr(m.start(), m.end(), "ago", unit=_unit(m["unit"], lex), amount=_num(m["n"], lex))


def _later(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    sign = int(lex.table("later_words").get(key(m["w"]), 1))
    return Expr(
        m.start(), m.end(), "anchored", unit=_unit(m["unit"], lex),
        amount=_num(m["n"], lex), offset=sign,
    )


def _event_offset(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    sign = int(lex.table("event_offset_words").get(key(m["w"]), -1))
    stop = re.compile(r"[,;.!?،؛]").search(text, m.end())
    return Expr(
        m.start(), m.end(), "event_offset", unit=_unit(m["unit"], lex),
        amount=_num(m["n"], lex), offset=sign, scope_end=stop.start() if stop else len(text),
    )


def _month_of_anchor(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"in June of that year": the month of the year the text spoke of last."""
    month = _month(m, "mon", lex)
    if month is None or not _month_word_ok(m["mon"], lex, bare=False):
        return None
    return Expr(m.start(), m.end(), "anchored", month=month, unit="year", amount=1, offset=0)


def _unit_before(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"the day before." / "the week after,": one unit from the previous dated expression."""
    sign = int(lex.table("later_words").get(key(m["w"]), 1))
    return Expr(m.start(), m.end(), "anchored", unit=_unit(m["unit"], lex), amount=1,
                offset=sign)


def _hours_later(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"hours later", "minutes earlier": the same day as the previous dated expression."""
    return Expr(m.start(), m.end(), "anchored", unit="day", amount=0, offset=1)


def _anchored(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    step = lex.table("anchored_modifiers").get(key(m["mod"]))
    if step is None:
        return None
    return Expr(m.start(), m.end(), "anchored", unit=_unit(m["unit"], lex), amount=1,
                offset=int(step))


# ----------------------------------------------------------------------------- patterns


def patterns(lex: Lexicon) -> list[tuple[re.Pattern[str], Handler, str]]:
    """The compiled English patterns with their handlers, most specific first."""
    mon = lex.alt("months")
    wd = alternation([*lex.raw["weekdays"], *lex.raw["weekday_abbreviations"]])
    wd_cap = alternation([w.capitalize() for w in lex.raw["weekdays"]]
                         + [w.upper() for w in lex.raw["weekdays"]])
    qual = lex.alt("qualifiers")
    mmod = lex.alt("month_modifiers")
    nums = lex.alt("numbers")
    units = lex.alt("unit_words")
    day_words = lex.alt("day_words")
    pmod = lex.alt("period_modifiers")
    amod = lex.alt("anchored_modifiers")
    seasons = lex.alt("seasons")
    yrel = r"(?:\s+(?P<yrel>last|this|next)\s+year)"
    wd_prefix = rf"(?:(?P<wd>{wd})\.?,?\s+)?"
    table: list[tuple[str, Handler]] = [
        (ISO, _iso),
        (NUMERIC, _numeric),
        (rf"\b{wd_prefix}(?P<mon>{mon})\.?\s*{_DAY}{_ORD}(?!\d)(?![:.]\d)(?:,?\s*{_FULL_Y})?",
         _with_day),
        (rf"\b{wd_prefix}(?:the\s+)?{_DAY}{_ORD}\s+(?:of\s+)?(?P<mon>{mon})\b\.?"
         rf"(?:,?\s*{_FULL_Y})?", _with_day),
        (rf"\b(?:(?P<q>{qual})[\s-]+)?(?P<mon>{mon})\b\.?,?\s+(?:of\s+)?{_FULL_Y}", _month_year),
        (r"\b(?:over|during|on|at)\s+the\s+(?P<unit>weekend)\b(?P<mod>)", _period),
        (r"\b(?P<unit>overnight)\b(?P<mod>)", _period),
        (rf"\b(?P<mon>{mon})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", _month_of_anchor),
        (rf"\b(?:(?P<rel>{mmod})\s+)?(?:(?P<q>{qual})[\s-]+)?(?P<mon>{mon})\b{yrel}?", _bare_month),
        (rf"\b(?:(?P<rel>{mmod})\s+)?(?:(?P<q>{qual})[\s-]+)?(?:the\s+)?(?P<season>{seasons})\b"
         rf"(?:\s+(?:of\s+)?{_Y}|{yrel})?", _season),
        (rf"\b(?:between|from)\s+(?:the\s+years?\s+)?(?P<y>{YEAR})\s*(?:and|to|until|till|through|"
         rf"-|–)\s*(?P<y2>{YEAR}|\d\d)(?!\d)", _year_range),
        (rf"(?<![\d$€£.,])(?P<y>{YEAR})\s*[-–]\s*(?P<y2>{YEAR}|\d\d)(?![\d%])", _year_range),
        (rf"\b(?P<q>{qual})[\s-]+(?:of\s+)?{_Y}", _qual_year),
        (rf"(?<![\w.,$€£])(?:the\s+year\s+)?{_Y}", _year),
        (rf"\b(?:(?P<rel>{mmod})\s+)?(?-i:(?P<wd>{wd_cap}))\b"
         r"(?:\s+(?:morning|afternoon|evening|night))?", _weekday_expr),
        (rf"\b(?P<w>{day_words})\b", _day_word),
        (rf"\b(?P<mod>{pmod})\s+(?P<unit>week|weekend|month|year)\b", _period),
        (r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit>month|year)\b",
         _period_start),
        (rf"\b(?P<n>\d+|{nums})\s+(?P<unit>{units})\s+ago\b", _ago),
        (rf"\b(?P<n>\d+|{nums})\s+(?P<unit>{units})\s+(?P<w>later|afterwards?|earlier)\b", _later),
        (rf"\b(?P<n>\d+|{nums})\s+(?P<unit>{units})\s+(?P<w>after|before)\b"
         r"(?!\s+(?:that|this|it)\b)", _event_offset),
        (rf"\b(?P<n>\d+|{nums})\s+(?P<unit>{units})\s+(?P<w>after|before)\s+(?:that|this|it)\b",
         _later),
        (rf"\b(?:the\s+)(?P<mod>{amod})\s+(?P<unit>day|week|month|year)\b", _anchored),
        (r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<w>before|after)(?=\s*[,.;:!?]|\s*$)",
         _unit_before),
        (rf"\b(?:(?:a\s+few|several|some|\d+|{nums})\s+)?(?:hours?|minutes)\s+"
         r"(?:later|earlier|afterwards?)\b", _hours_later),
        (r"\b(?P<mod>that)\s+(?:same\s+)?(?P<unit>day|week|month|year)\b", _anchored),
    ]
    return [(re.compile(p, re.IGNORECASE), h, NEEDS[h]) for p, h in table]


# The word class each handler's pattern needs nearby (see expressions._windows).
NEEDS: dict[Handler, str] = {
    _iso: "digit", _numeric: "digit", _year_range: "digit", _qual_year: "digit", _year: "digit",
    _with_day: "month", _month_year: "month", _bare_month: "month", _season: "season",
    _weekday_expr: "weekday", _day_word: "day", _period: "unit", _ago: "unit", _later: "unit",
    _event_offset: "unit", _anchored: "unit", _month_of_anchor: "month", _period_start: "unit",
    _unit_before: "unit", _hours_later: "unit",
}
