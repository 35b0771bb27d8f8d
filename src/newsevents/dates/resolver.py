"""One resolver for every language: a date expression + a reference date -> `EventDate`.

Decisions (documented here because consumers rely on them):

* `value` is truncated to its precision: a year-precision date is YYYY-01-01, a
  month-precision date is YYYY-MM-01.
* Seasons ("in summer of 2014", "late summer") get YEAR precision: a season spans
  three months that can cross a year end, so a month would claim too much.
  "early/mid/late 2017" likewise stays at year precision.
* Ranges ("between 2008 and 2011") give the START year at year precision; the end is
  kept on the expression (`Expr.year_end`).
* A named week ("this week", "last week", "next week", "earlier this week", "الأسبوع
  الماضي") is its first day at day precision (its ISO Monday: the language's
  `week_starts`), and a weekend its Saturday: the export has no week precision, and
  this is the convention of our gold (sample_expected.md, English and Arabic alike). Counted weeks
  ("two weeks ago", "a week after ...") count days: 7 per week from a day-precise base.
* Other spans without a precision of their own ("a few days ago", "the past month") give
  the coarsest precision that is still true: the month when the whole span lies in one
  month, else the year when it lies in one year, else unknown; a short span across a
  month end takes the month holding most of its days.
* Partial dates ("on Jan. 3", "7 December", "in October") take the most recent such
  date on or before the reference (a week of slack for dates announced ahead), or the
  next one for intended (future) events. "last October" is the most recent October
  strictly before the reference month, "next October" the first one after it,
  "October this year / الحالي" the reference year's. Their basis is "relative"
  (the year came from the reference), while a date that names its year is "explicit".
* Weekdays: the most recent such day on or before the reference ("announced
  Thursday"); the next one on or after it for intended events; "last Tuesday" is
  strictly before, "next Tuesday" strictly after.
* "two years later", "the following year", "في العام التالي" step from the previous
  dated expression of the article (its anchor), not from the publication date.
* "a day after <clause>" dates the event inside that clause to one day before the main
  clause's date (the reference); it is no date for the main clause.
* A date behind "since", "after", "before", "until", "by", "منذ", "بعد", "قبل", "حتى" is
  not the event's own date unless the event lies inside that phrase ("the sanctions
  imposed after the invasion of Kuwait in 1990": the invasion is 1990, the sanctions
  are not).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from newsevents.dates import hijri
from newsevents.dates.continuation import continues
from newsevents.dates.expressions import Expr, find
from newsevents.dates.lexicon import alternation, fold, fold_shared, key, lexicon
from newsevents.model import DatePrecision, EventDate, Span

_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
_FUTURE_SLACK = timedelta(days=7)


# ----------------------------------------------------------------------------- arithmetic


def truncate(value: date, precision: DatePrecision) -> date:
    """`value` cut to its precision: the first of the month or of the year."""
    if precision == "year":
        return date(value.year, 1, 1)
    if precision == "month":
        return date(value.year, value.month, 1)
    return value


def shift_months(value: date, months: int) -> date:
    """`value` moved by whole months (the day clamped to the target month's length)."""
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(value.day, last))


_SHORT_SPAN_DAYS = 9


def span_date(lo: date, hi: date) -> tuple[date | None, DatePrecision]:
    """The finest honest (value, precision) for an unknown day between `lo` and `hi`.

    A span of about a week that straddles two months ("last week" on March 3) takes the
    month holding most of its days: year precision would throw away what the text says.
    """
    if lo == hi:
        return lo, "day"
    if (hi - lo).days <= _SHORT_SPAN_DAYS:
        lo = hi = lo + (hi - lo) / 2
    if (lo.year, lo.month) == (hi.year, hi.month):
        return date(lo.year, lo.month, 1), "month"
    if lo.year == hi.year:
        return date(lo.year, 1, 1), "year"
    return None, "unknown"


def coarser(a: DatePrecision, b: DatePrecision) -> DatePrecision:
    """The less precise of two precisions."""
    return a if _RANK[a] >= _RANK[b] else b


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ----------------------------------------------------------------------------- resolving


def resolve_expr(
    expr: Expr, reference: date | None, *, future: bool = False,
    anchor: EventDate | None = None,
) -> EventDate:
    """The date an expression stands for, given the reference (publication) date.

    `future` prefers the coming occurrence of partial dates and weekdays (intended
    events); `anchor` is the previous dated expression, for "two years later".
    Expressions that need a reference get value None when there is none.
    """
    evidence = Span(expr.start, expr.end)
    try:
        value, precision = _value_of(expr, reference, future or expr.forward, anchor)
    except (ValueError, OverflowError):  # "9000 years ago": outside the calendar
        value, precision = None, "unknown"
    basis = "explicit" if expr.kind == "calendar" and expr.has_year else "relative"
    if value is None:
        precision = "unknown"
    end = date(expr.year_end, 1, 1) if value is not None and expr.year_end else None
    return EventDate(value, precision, basis, evidence, end)  # type: ignore[arg-type]


def _value_of(
    expr: Expr, reference: date | None, future: bool, anchor: EventDate | None
) -> tuple[date | None, DatePrecision]:
    if expr.kind == "calendar":
        return _calendar(expr, reference, future)
    if expr.kind == "anchored" or (expr.kind == "event_offset" and anchor is not None):
        return _anchored(expr, anchor)  # an event offset steps from its main clause's date
    if reference is None:
        return None, "unknown"
    return _relative(expr, reference, future)


def _calendar(expr: Expr, ref: date | None, future: bool) -> tuple[date | None, DatePrecision]:
    if expr.hijri:
        return hijri.resolve(expr.year, expr.month or 1, expr.day, ref, future=future,
                             rel=expr.month_rel)
    precision: DatePrecision = "day" if expr.day else "month" if expr.month else "year"
    if expr.season:
        precision = "year"
    year = expr.year
    if year is None:
        if ref is None or expr.month is None:
            return None, "unknown"
        year = _year_of(expr, ref, future)
    value = _safe_date(year, expr.month or 1, expr.day or 1)
    return (None, "unknown") if value is None else (truncate(value, precision), precision)


def _year_of(expr: Expr, ref: date, future: bool) -> int:
    """The year of a month (and day) named without one, seen from `ref`."""
    month = expr.month or 1
    if expr.year_rel is not None:
        return ref.year + expr.year_rel
    if expr.month_rel == "this":
        return ref.year
    if expr.month_rel == "last":
        last = month + 2 if expr.season else month  # a season must have ended
        return ref.year if last < ref.month else ref.year - 1
    if expr.month_rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if expr.day:
        return _year_of_day(month, expr.day, ref, future)
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _year_of_day(month: int, day: int, ref: date, future: bool) -> int:
    same = _safe_date(ref.year, month, day) or date(ref.year, month, 28)
    if future:
        return ref.year if same >= ref - timedelta(days=1) else ref.year + 1
    return ref.year if same <= ref + _FUTURE_SLACK else ref.year - 1


def _relative(expr: Expr, ref: date, future: bool) -> tuple[date | None, DatePrecision]:
    if expr.kind == "weekday":
        return _weekday(expr, ref, future), "day"
    if expr.kind == "day":
        return ref + timedelta(days=int(expr.offset)), "day"
    if expr.kind == "period":
        return _period(expr, ref, future)
    if expr.kind == "ago":
        return _ago(expr, ref)
    if expr.kind == "event_offset" and expr.amount is not None:
        return _step(ref, "day", expr.unit or "day", int(expr.offset) * expr.amount)
    return None, "unknown"


def _weekday(expr: Expr, ref: date, future: bool) -> date:
    back = (ref.weekday() - (expr.weekday or 0)) % 7
    ahead = ((expr.weekday or 0) - ref.weekday()) % 7
    if expr.month_rel == "last":
        return ref - timedelta(days=back or 7)
    if expr.month_rel == "next":
        return ref + timedelta(days=ahead or 7)
    return ref + timedelta(days=ahead) if future else ref - timedelta(days=back)


_UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30, "year": 365, "decade": 3650}


def _period(expr: Expr, ref: date, future: bool) -> tuple[date | None, DatePrecision]:
    unit = expr.unit or "day"
    if expr.offset == "trailing":
        return span_date(ref - timedelta(days=_UNIT_DAYS[unit]), ref)
    step = (0 if ref.weekday() >= 5 else -1) if expr.offset == "recent" else int(expr.offset)
    if unit == "month":
        return shift_months(date(ref.year, ref.month, 1), step), "month"
    if unit == "year":
        return date(ref.year + step, 1, 1), "year"
    if unit == "weekend":
        return ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step + 5), "day"
    if unit == "week":  # a named week: its first day (see the module docstring)
        start = ref - timedelta(days=(ref.weekday() - expr.week_start) % 7)
        return start + timedelta(days=7 * step), "day"
    return span_date(ref - timedelta(days=_UNIT_DAYS[unit]), ref)


def _ago(expr: Expr, ref: date) -> tuple[date | None, DatePrecision]:
    unit, n = expr.unit or "day", expr.amount
    if n is None:  # "a few days ago", "قبل أيام": a span, not a day
        lo_days, hi_days = {"day": (7, 2), "week": (28, 7), "month": (270, 60)}.get(unit, (0, 0))
        if not lo_days:
            return None, "unknown"
        return span_date(ref - timedelta(days=lo_days), ref - timedelta(days=hi_days))
    return _step(ref, "day", unit, -n)


def _step(base: date, base_precision: DatePrecision, unit: str, n: int) -> tuple[
    date | None, DatePrecision
]:
    """`base` moved by n units, at the precision the unit and the base allow."""
    if unit == "day":
        return base + timedelta(days=n), coarser(base_precision, "day")
    if unit in ("week", "weekend"):  # counted weeks count days (module docstring)
        if base_precision != "day":
            return truncate(base + timedelta(days=7 * n), base_precision), base_precision
        return base + timedelta(days=7 * n), "day"
    if unit == "month":
        precision = coarser(base_precision, "month")
        return truncate(shift_months(base, n), precision), precision
    if unit == "year":
        return date(base.year + n, 1, 1), "year"
    return None, "unknown"


def _anchored(expr: Expr, anchor: EventDate | None) -> tuple[date | None, DatePrecision]:
    """A step from the previous dated expression ("two years later", "العام التالي")."""
    if anchor is None or anchor.value is None or expr.amount is None:
        return None, "unknown"
    if expr.month:  # "in June of that year": the anchor's year, the text's month
        return date(anchor.value.year, expr.month, 1), "month"
    n = expr.amount * int(expr.offset)
    unit = expr.unit or "day"
    if unit in ("day", "week", "weekend") and anchor.precision != "day":
        return anchor.value, anchor.precision  # "a day later" after "in 2014": still 2014
    if unit == "month" and anchor.precision == "year":
        return (anchor.value, "year") if n == 0 else (None, "unknown")
    return _step(anchor.value, anchor.precision, unit, n)


# ----------------------------------------------------------------------------- choosing


# Joints that open a new clause; a non-restrictive relative clause (", who seized Bukavu on
# Friday") dates its own verb, not the main clause's.
_CLAUSE_BREAK = re.compile(
    r"[;:؛](?=\s)|\s[—–-]\s|,\s+(?:and|but|while|whereas|although|who|which|whose)\s"
    r"|،\s*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s"
)
_FRONT_BEFORE = re.compile(r"(?:^|[,;:،؛(]|\b(?:and|but|then|so)|\bو)\s*$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*[,،]")
_QUOTES = re.compile(r"“[^”]*”|«[^»]*»|\"[^\"]*\"")


@lru_cache(maxsize=512)  # every event of a sentence asks again; a text hashes once
def _joints(text: str, start: int, end: int, language: str) -> tuple[int, ...]:
    """`start` and the clause joints of text[start:end] (see `clause_starts`)."""
    starts = {start}
    starts.update(m.end() for m in _CLAUSE_BREAK.finditer(text, start, end))
    folded = fold_shared(text)
    starts.update(m.end(1) for m in _reporting(language).finditer(folded, start, end))
    return tuple(starts)


def reporting_starts(text: str, language: str) -> list[int]:
    """Where trailing reporting clauses (", the army said") begin in `text`, in order."""
    return [m.end(1) for m in _reporting(language).finditer(fold_shared(text))]


def forget_shared() -> None:
    """Empty the per-sentence memory (with `expressions.forget_shared`, after a batch)."""
    _joints.cache_clear()


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of text[start:end] as absolute offsets."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text, start, end)]


def clause_starts(
    text: str, start: int, end: int, exprs: list[Expr], language: str = "en"
) -> list[int]:
    """Offsets where clauses begin in text[start:end] (the first is `start`).

    Besides ";", ":" and ", but"-style joints, a trailing reporting clause (", the
    ministry said on Tuesday") is its own clause: its date is the statement's, not the
    reported event's.
    """
    starts = set(_joints(text, start, end, language))
    # A date between commas ("Iraq, in 2008, signed", "بحث، في 7 ديسمبر، العلاقات") stays in
    # its clause; only a capitalised preposition after a missing full stop opens one.
    starts.update(e.lead for e in exprs if _missing_period(text, e))
    return sorted(starts)


@lru_cache(maxsize=4)
def _complement(language: str) -> re.Pattern[str]:
    """A word that opens what a reporting verb says ("that", "إن")."""
    words = alternation(list(lexicon(language).words("complementizers")) or ["that"])
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _reporting(language: str) -> re.Pattern[str]:
    """", <up to four words> said": the comma that opens a reporting clause."""
    words = alternation(list(lexicon(language).words("reporting_words")))
    return re.compile(rf"([,،])\s+(?:[\w'’.-]+\s+){{0,4}}?[وف]?{words}(?!\w)", re.IGNORECASE)


def is_fronted(text: str, sentence_start: int, expr: Expr) -> bool:
    """A date that opens its clause and is set off by a comma ("In 2008, Russia ...")."""
    if not _COMMA_AFTER.match(text, expr.end):
        return False
    if not text[sentence_start : expr.lead].strip():  # "^" would match only at offset 0
        return True
    return _FRONT_BEFORE.search(text, max(sentence_start, expr.lead - 12), expr.lead) is not None


def _missing_period(text: str, expr: Expr) -> bool:
    """"... invasion of Iraq In 2008, Russia ...": a capitalised preposition mid-sentence."""
    lead = expr.lead
    if lead < 2 or lead == expr.start or not text[lead].isupper():
        return False
    return text[lead - 1] == " " and text[lead - 2].isalnum()


def _across_comma(text: str, expr: Expr, trigger: Span) -> bool:
    """A comma between the expression and the trigger ("in the summer of 2014, seizing Mosul
    in June of that year": the summer is the main verb's, June the participle's)."""
    lo, hi = (expr.end, trigger.start) if expr.end <= trigger.start else (trigger.end, expr.start)
    return _COMMA.search(text, lo, hi) is not None if lo < hi else False


def _distance(expr: Expr, trigger: Span) -> int:
    if expr.end <= trigger.start:
        return trigger.start - expr.end
    if expr.start >= trigger.end:
        return expr.start - trigger.end
    return 0


def _role(expr: Expr, trigger: Span) -> str:
    """'own' (dates the event), 'blocks' (a since/after date: not the event's), 'ignore'."""
    if expr.kind == "event_offset":  # "came after weeks of talks": no date for "came"
        return "own" if expr.end <= trigger.start < expr.scope_end else "ignore"
    if expr.attributive and expr.start <= trigger.start < max(expr.scope_end, expr.end):
        return "own"  # "the 2003 invasion", also inside "after the 2003 invasion"
    if expr.scope != "on":
        return "own" if expr.scope_start <= trigger.start < expr.end else "blocks"
    return "ignore" if expr.attributive else "own"


def choose(
    text: str, start: int, end: int, exprs: list[Expr], trigger: Span, language: str = "en"
) -> tuple[Expr | None, bool]:
    """The expression that dates the event at `trigger` in sentence text[start:end].

    Returns (expression, blocked): blocked is True when the event's clause holds only
    dates that are not its own ("since 2014"), so no earlier frame may be borrowed.
    """
    exprs = _visible(text, start, end, exprs, trigger)
    if not exprs:
        return None, False
    starts = clause_starts(text, start, end, exprs, language)
    lo = max(s for s in starts if s <= trigger.start) if trigger.start >= start else start
    hi = min((s for s in starts if s > trigger.start), default=end)
    in_clause = [e for e in exprs if lo <= e.start < hi]
    roles = [(e, _role(e, trigger)) for e in in_clause]
    roles = [(e, "ignore" if r == "own" and _aside(text, lo, hi, e, trigger, language,
                                                   in_clause) else r)
             for e, r in roles]
    own = [e for e, r in roles if r == "own"]
    if own:  # the nearest, but one across a comma only when none is on the trigger's side
        best = min(own, key=lambda e: (not _holds(e, trigger), _across_comma(text, e, trigger),
                                       _distance(e, trigger)))
        return best, False
    if any(r == "blocks" for _, r in roles):
        return None, True
    frames = [e for e in exprs if e.end <= lo and e.scope == "on" and not e.attributive
              and e.kind != "event_offset" and is_fronted(text, start, e)]
    return (frames[-1] if frames else None), False


_STATEMENT_KINDS = ("calendar", "weekday", "day")


def reporting_frame(
    text: str, start: int, end: int, exprs: list[Expr], trigger: Span, language: str = "en"
) -> Expr | None:
    """The date of the reporting clause after the event ("Rebels attacked a convoy, the
    army said on Monday"), for an event whose own clause has none: the statement bounds
    the event from above, and far more closely than the publication date does."""
    folded = fold_shared(text)
    m = _reporting(language).search(folded, trigger.end, end)
    if m is None or _complement(language).search(folded, m.end(), end):
        return None  # ", and the spokesman said on Monday that ...": a statement of its own
    visible = _visible(text, start, end, exprs, trigger)
    return next((e for e in visible if e.start >= m.end(1) and e.scope == "on"
                 and not e.attributive and e.kind in _STATEMENT_KINDS), None)


_COMMA = re.compile(r"[,،]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _holds(expr: Expr, trigger: Span) -> bool:
    """The trigger lies inside the phrase the expression governs ("before lifting its veto
    in February", "the 2003 invasion", "a day after the attack"): its own beyond doubt."""
    if expr.attributive:
        return expr.start <= trigger.start < max(expr.scope_end, expr.end)
    if expr.kind == "event_offset":
        return expr.end <= trigger.start < expr.scope_end
    return expr.scope != "on" and expr.scope_start <= trigger.start < expr.end


def _aside(text: str, start: int, end: int, expr: Expr, trigger: Span, language: str,
           others: list[Expr] | None = None) -> bool:
    """A date in a comma-enclosed aside of the clause text[start:end] that says more than
    the date and leaves out the trigger (", set for April 18,"): it belongs to the aside,
    not to the event. An aside that is only the date (", last August,", "، الأحد،", "، أمس
    الاثنين،"), or opens with it ("، مساء أمس بقصر قرطاج،": when and where), still dates
    the clause."""
    left = max((m.end() for m in _COMMA.finditer(text, start, expr.lead)), default=-1)
    right = _COMMA.search(text, expr.end, end)
    if left < 0 or right is None or left <= trigger.start < right.start():
        return False
    if _COMMA.search(text, start, left - 1) is None and continues(text, start, left, language):
        return False  # "The strikes, carried out on Monday night, killed ...": the event's own
    fillers = lexicon(language).words("parenthetical_fillers")
    # an aside that is only the date, or opens with it, still dates the clause
    return not _only_fillers(_without(text, left, expr.lead, others), fillers)


def _only_fillers(text: str, fillers: frozenset[str]) -> bool:
    return all(key(w) in fillers for w in _LETTERS.findall(fold(text)))


def _without(text: str, start: int, end: int, exprs: list[Expr] | None) -> str:
    """text[start:end] with the date expressions in it blanked out."""
    chars = list(text[start:end])
    for e in exprs or ():
        for i in range(max(e.start, start), min(e.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _visible(text: str, start: int, end: int, exprs: list[Expr], trigger: Span) -> list[Expr]:
    """Expressions of the sentence on the trigger's side of any quotation marks."""
    quotes = quote_spans(text, start, end)
    inside = next((q for q in quotes if q[0] <= trigger.start < q[1]), None)
    if inside is not None:
        return [e for e in exprs if inside[0] <= e.start < inside[1]]
    return [e for e in exprs if not any(q[0] <= e.start < q[1] for q in quotes)]


# ----------------------------------------------------------------------------- public


def resolve(
    text: str, start: int, end: int, *, language: str, reference: date | None,
    trigger: Span | None = None, future: bool = False,
) -> EventDate | None:
    """The date that text[start:end] (a sentence or clause) gives an event; None if none.

    With `trigger` the expression nearest the event in its clause is chosen, as the
    pipeline does; without it the first expression that can date an event is taken.
    Relative expressions resolve against `reference` (the publication date).
    """
    lo = max(0, start - 80)
    exprs = [e for e in _shifted(find(text[lo:end], language), lo) if e.start >= start]
    if trigger is None:
        chosen = next((e for e in exprs if e.scope == "on" and not e.attributive
                       and e.kind != "event_offset"), None)
    else:
        chosen, _ = choose(text, start, end, exprs, trigger, language)
    if chosen is None:
        return None
    return resolve_expr(chosen, reference, future=future)


def _shifted(exprs: list[Expr], by: int) -> list[Expr]:
    for e in exprs:
        e.start += by
        e.end += by
        for name in ("scope_start", "prep_start", "scope_end"):
            if getattr(e, name) >= 0:
                setattr(e, name, getattr(e, name) + by)
    return exprs
