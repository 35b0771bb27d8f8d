"""Arabic date patterns and their handlers (the words come from data/dates/ar.json).

Patterns run over folded text (see `lexicon.fold`): alef forms, alef maqsura, ta
marbuta and Arabic-Indic digits are already unified, so "أيار" and "ايار" match alike.
A month may be written twice, Levantine and Gregorian ("كانون الأول/ ديسمبر").
"""

from __future__ import annotations

import re

from newsevents.dates import hijri
from newsevents.dates._patterns_en import ISO, NUMERIC, _iso, _numeric, _year_range
from newsevents.dates.expressions import YEAR, Expr, Handler, _month, count_follows
from newsevents.dates.lexicon import Lexicon, alternation, key

_B = r"(?<!\w)"  # word start (Arabic letters are \w)
_E = r"(?!\w)"  # word end
_Y = rf"(?P<y>{YEAR})(?!\d)(?:\s*م{_E})?"
_FULL_Y = rf"(?P<y>1\d\d\d|20\d\d|21\d\d)(?!\d)(?:\s*م{_E})?"  # beside a month: any year
_HARAKAT = "[\u064b-\u0652]*"
_FIRST_GREGORIAN = 1900  # a year after a Hijri month from here on is a Gregorian one


def _rel_month(word: str | None, lex: Lexicon) -> str | None:
    """last / this / next for الماضي / الحالي / المقبل."""
    if word is None:
        return None
    step = lex.table("period_modifiers").get(key(word))
    return None if step is None else {-1: "last", 0: "this", 1: "next"}[int(step)]


def _months_agree(m: re.Match[str], lex: Lexicon) -> int | None:
    """The month of a (possibly doubled) month name; None when the two names disagree."""
    first = _month(m, "mon", lex)
    second = _month(m, "mon2", lex) if m["mon2"] else first
    return first if first == second else None


def _with_day(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _months_agree(m, lex)
    groups = m.groupdict()
    d = int(groups["d"]) if groups.get("d") else int(lex.table("day_ordinals").get(
        key(groups.get("dord") or ""), 0))
    if month is None or not 1 <= d <= 31:
        return None
    year = int(m["y"]) if m["y"] else None
    weekday = lex.table("weekdays").get(key(m["wd"])) if m["wd"] else None
    expr = Expr(m.start(), m.end(), "calendar", year=year, month=month, day=d, weekday=weekday)
    expr.month_rel = _rel_month(m["rel"], lex)
    return expr


def _month_year(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _months_agree(m, lex)
    if month is None:
        return None
    return Expr(m.start(), m.end(), "calendar", year=int(m["y"]), month=month)


def _bare_month(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    month = _months_agree(m, lex)
    if month is None:
        return None
    strong = m["rel"] or m["q"] or m["shahr"]
    ambiguous = key(m["mon"]) in lex.words("ambiguous_months") and not m["mon2"]
    if not strong and (ambiguous or not _after_prep(m, text)):
        return None
    expr = Expr(m.start(), m.end(), "calendar", month=month)
    expr.month_rel = _rel_month(m["rel"], lex)
    return expr


_PREP = re.compile(r"(?:^|\W)[وف]?(?:في|فى|خلال|منذ|حتى|قبل|بعد|مطلع|اوائل|اواخر|منتصف|نهايه"
                   r"|بدايه|اواسط|عقب|من)\s+$")


def _after_prep(m: re.Match[str], text: str) -> bool:
    return _PREP.search(text, max(0, m.start() - 20), m.start()) is not None


def _season(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"ربيع 2008", "الصيف الماضي": year precision, like English seasons."""
    start = lex.table("seasons").get(key(m["season"]))
    if start is None:
        return None
    expr = Expr(m.start(), m.end(), "calendar", month=int(start), season=True)
    if m["y"]:
        expr.year = int(m["y"])
    expr.month_rel = _rel_month(m["rel"], lex)
    return expr


def _year(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    if count_follows(text, m.end("y"), lex):
        return None
    if not (m["yw"] or m["q"] or _after_prep(m, text)):
        return None
    return Expr(m.start(), m.end(), "calendar", year=int(m["y"]))


def _weekday(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    wd = lex.table("weekdays").get(key(m["wd"]))
    if wd is None:
        return None
    if key(m["wd"]) in lex.words("ambiguous_weekdays") and not (m["yawm"] or m["rel"]):
        around = text[max(0, m.start() - 2) : m.start()] + text[m.end() : m.end() + 2]
        if not re.search(r"[،,]", around):
            return None  # "الاثنين" is also "the two"
    expr = Expr(m.start("wd"), m.end(), "weekday", weekday=int(wd))
    expr.month_rel = _rel_month(m["rel"], lex)
    return expr


def _day_word(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    offset = lex.table("day_words").get(key(m["w"]))
    if offset is None:
        return None
    return Expr(m.start("w"), m.end(), "day", unit="day", amount=1, offset=int(offset))


def _period(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    unit = lex.table("period_units").get(key(m["unit"]))
    offset = lex.table("period_modifiers").get(key(m["mod"])) if m["mod"] else 0
    if unit is None or offset is None:
        return None
    return Expr(m.start(), m.end(), "period", unit=str(unit), offset=int(offset))


def _ago(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    unit, amount = lex.table("ago_units").get(key(m["unit"]), (None, None))
    if unit is None:
        return None
    if m["n"]:
        amount = int(m["n"])
    return Expr(m.start(), m.end(), "ago", unit=str(unit), amount=amount)


def _event_offset(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    unit, amount = lex.table("ago_units").get(key(m["unit"]), (None, None))
    sign = lex.table("event_offset_words").get(key(m["w"]))
    if unit is None or sign is None:
        return None
    stop = re.compile(r"[,;.!?،؛]").search(text, m.end())
    return Expr(m.start(), m.end(), "event_offset", unit=str(unit),
                amount=int(m["n"]) if m["n"] else amount, offset=int(sign),
                scope_end=stop.start() if stop else len(text))


def _anchored(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    unit = lex.table("anchored_units").get(key(m["unit"]))
    step = lex.table("anchored_modifiers").get(key(m["mod"]))
    if unit is None or step is None:
        return None
    return Expr(m.start(), m.end(), "anchored", unit=str(unit), amount=1, offset=int(step))



# --- Hijri dates (see dates.hijri) -------------------------------------------------------


def _hijri_year(m: re.Match[str], lex: Lexicon, month: int) -> int | None:
    """The Hijri year of the match: a Hijri year as written, or the one whose `month`
    falls in a Gregorian year ("رمضان 2024")."""
    year = int(m["y"])
    era = key(m["era"]) if m["era"] else None
    if era in lex.words("gregorian_eras") or (era is None and year >= _FIRST_GREGORIAN):
        return hijri.year_for_gregorian(month, year)
    return year


def _hijri_expr(m: re.Match[str], lex: Lexicon, day: int | None) -> Expr | None:
    """A Hijri date as a Gregorian `Expr` when the year is known (every later step then
    reads ordinary dates); otherwise a Hijri `Expr` the resolver places near its reference."""
    month = int(lex.table("hijri_months")[key(m["hmon"])])
    if not m["y"]:
        expr = Expr(m.start(), m.end(), "calendar", month=month, day=day, hijri=True)
        expr.month_rel = _rel_month(m["rel"], lex)
        return expr
    year = _hijri_year(m, lex, month)
    value, precision = hijri.resolve(year, month, day, None)
    if year is None or value is None:
        return None
    return Expr(m.start(), m.end(), "calendar", year=value.year, month=value.month,
                day=value.day if precision == "day" else None)


def _hijri_day(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"12 ربيع الأول 1445هـ", "الثالث من شهر رمضان": without a year, only after a
    preposition, a weekday or شهر, so that a score ("فاز 3 صفر") is no date."""
    day = int(m["d"]) if m["d"] else int(lex.table("day_ordinals").get(key(m["dord"] or ""), 0))
    if not 1 <= day <= 30:
        return None
    if not (m["y"] or m["wd"] or m["shahr"] or m["dord"] or _after_prep(m, text)):
        return None
    expr = _hijri_expr(m, lex, day)
    if expr is not None and m["wd"]:
        expr.weekday = lex.table("weekdays").get(key(m["wd"]))
    return expr


def _hijri_month(m: re.Match[str], text: str, lex: Lexicon) -> Expr | None:
    """"شهر رمضان", "رمضان الماضي", "في رمضان 2024", "جمادى الآخرة 1445هـ": month
    precision. A bare month name is a name or a word ("صفر" is zero) unless شهر, a year
    with its era or after a preposition, or الماضي/المقبل goes with it."""
    strong = m["shahr"] or m["rel"] or (m["y"] and (m["era"] or _after_prep(m, text)))
    if not strong:
        return None
    return _hijri_expr(m, lex, None)


def patterns(lex: Lexicon) -> list[tuple[re.Pattern[str], Handler, str]]:
    """The compiled Arabic patterns with their handlers, most specific first."""
    mon = rf"{lex.alt('months')}{_E}"
    monpair = rf"(?P<mon>{mon})(?:\s*[/\\(]\s*(?P<mon2>{mon})(?:\s*\))?)?"
    wd = lex.alt("weekdays")
    pmods = lex.alt("period_modifiers")
    qual = lex.alt("qualifiers")
    yw = lex.alt("year_words")
    ago_units = lex.alt("ago_units")
    rel = rf"(?:\s+(?P<rel>{pmods}){_E})?"
    hmon = rf"(?P<hmon>{lex.alt('hijri_months')}){_E}"
    era = rf"(?P<era>{lex.alt('hijri_eras')}|{lex.alt('gregorian_eras')}){_E}"
    hyear = rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{yw}\s+)?(?P<y>1[2-9]\d\d|20\d\d)(?!\d)(?:\s*{era})?)?"
    table: list[tuple[str, Handler]] = [
        (rf"(?:{_B}(?:يوم\s+)?(?P<wd>{wd}){_E}\s*[،,]?\s*)?(?:(?<!\d)(?P<d>[0-3]?\d)\s*(?:من\s+)?"
         rf"|{_B}(?P<dord>{lex.alt('day_ordinals')})\s+من\s+)(?P<shahr>شهر\s+)?{hmon}{hyear}{rel}",
         _hijri_day),
        (rf"{_B}(?:(?P<q>{qual})\s+)?[بو]?(?P<shahr>شهر\s+)?{hmon}{hyear}{rel}", _hijri_month),
        (ISO, _iso),
        (NUMERIC.replace("[/.]", "[/.-]"), _numeric),
        (rf"(?:{_B}(?:يوم\s+)?(?P<wd>{wd}){_E}\s*[،,]?\s*)?(?<!\d)(?P<d>[0-3]?\d)\s*(?:من\s+)?"
         rf"(?:شهر\s+)?{monpair}(?:\s*[،,]?\s*(?:من\s+)?(?:{yw}\s+)?{_FULL_Y})?{rel}", _with_day),
        (rf"(?:{_B}(?:يوم\s+)?(?P<wd>{wd}){_E}\s*[،,]?\s*)?{_B}(?P<dord>{lex.alt('day_ordinals')})"
         rf"\s+من\s+(?:شهر\s+)?{monpair}(?:\s*[،,]?\s*(?:من\s+)?(?:{yw}\s+)?{_FULL_Y})?{rel}",
         _with_day),
        (rf"{_B}(?:(?P<q>{qual})\s+)?[بو]?(?:شهر\s+)?{monpair}\s*[،,]?\s*(?:من\s+)?(?:{yw}\s+)?"
         rf"{_FULL_Y}",
         _month_year),
        (rf"{_B}(?:(?P<q>{qual})\s+)?(?P<shahr>[بو]?شهر\s+)?{monpair}{rel}", _bare_month),
        (rf"{_B}(?:(?P<q>{qual})\s+)?[وف]?(?P<season>{lex.alt('seasons')}){_E}(?:\s+(?:{yw}\s+)?{_Y}|"
         rf"\s+(?P<rel>{pmods}){_E})", _season),
        (rf"{_B}(?:بين|من)\s+(?:(?:ال)?(?:عام|عامي|سنه|سنتي)\s+)?(?P<y>{YEAR})\s*(?:و|الى|حتى)\s*"
         rf"(?:(?:ال)?(?:عام|سنه)\s+)?(?P<y2>{YEAR})(?!\d)", _year_range),
        (rf"{_B}(?:(?P<q>{qual})\s+)?(?:(?P<yw>{yw})\s+)?{_Y}", _year),
        (rf"{_B}(?:(?P<yawm>يوم)\s+)?[وف]?(?P<wd>{wd}){_E}{rel}", _weekday),
        (rf"{_B}[وف]?(?P<w>{lex.alt('day_words')}){_HARAKAT}{_E}", _day_word),
        (rf"{_B}(?P<unit>{lex.alt('period_units')})\s+(?P<mod>{pmods}){_E}", _period),
        (rf"{_B}(?:{alternation(lex.raw['this_words'])})\s+(?P<unit>{lex.alt('period_units')}){_E}"
         r"(?P<mod>)", _period),
        # "منذ بداية العام": the current year; "مطلع العام الماضي" is the pattern above
        (rf"{_B}(?:{alternation(lex.raw['period_starts'])})\s+(?P<unit>{lex.alt('period_units')})"
         rf"{_E}(?!\s+{pmods})(?P<mod>)", _period),
        (rf"{_B}[وف]?(?:{lex.alt('ago_words')})\s+(?:(?P<n>\d+)\s+)?(?P<unit>{ago_units}){_E}",
         _ago),
        (rf"{_B}[وف]?(?P<w>{lex.alt('event_offset_words')})\s+(?:(?P<n>\d+)\s+)?"
         rf"(?P<unit>{ago_units})\s+(?:من|على){_E}", _event_offset),
        (rf"{_B}(?:في\s+)?(?P<unit>{lex.alt('anchored_units')})\s+(?P<mod>{lex.alt('anchored_modifiers')})"
         rf"{_E}", _anchored),
    ]
    return [(re.compile(p), h, NEEDS[h]) for p, h in table]


# The word class each handler's pattern needs nearby (see expressions._windows).
NEEDS: dict[Handler, str] = {
    _iso: "digit", _numeric: "digit", _year_range: "digit", _year: "digit",
    _with_day: "month", _month_year: "month", _bare_month: "month", _weekday: "weekday",
    _season: "season", _hijri_day: "hijri", _hijri_month: "hijri",
    _day_word: "day", _period: "unit", _ago: "unit", _event_offset: "unit", _anchored: "unit",
}
