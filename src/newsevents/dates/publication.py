"""Publication dates: given, read from the text, or (carefully) inferred.

1. A date the input gave (a `published` field, HTML metadata set by `clean`) is kept,
   with `published_source` "metadata".
2. Otherwise the text is read ("text"): a full date (day, month and year) on a
   dateline or byline near the top ("NAIROBI, March 14, 2024 -", "Tuesday 13 February
   2024", "14/03/2024", "2024-03-14", "بغداد - ١٤ آذار ٢٠٢٤"), or on a line labelled
   "Published:", "Posted", "Updated", "نشر في", "آخر تحديث" anywhere. A line qualifies
   when it is short apart from the date, or the date is followed by a dash, colon, pipe
   or bracket (a dateline). "Published" beats a plain dateline, which beats "Updated".
   Copyright footers ("©2024") and photo captions never give the publication date, nor
   does a numeric date whose day/month order is only a convention ("03/04/2024").
3. Otherwise a date is inferred ("inferred") only when all of these hold: the body's
   latest full date D names its year; no date or year later than D appears anywhere;
   the article speaks of its own present (a weekday, "yesterday", "this week", "الحالي",
   ...); and D either carries a weekday that matches the calendar or stands in the
   first lines. The result is D (the article is from D or shortly after). A month
   marked current without a year ("7 كانون الأول الحالي") gives no year, so no date.
4. Otherwise the date stays None ("unknown"): a wrong date is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from newsevents.dates.expressions import Expr, find_shared
from newsevents.dates.lexicon import alternation, fold_shared, key, lexicon
from newsevents.model import Article, Zone

HEAD_LINES = 8  # datelines and bylines sit in the first few lines
HEAD_CHARS = 1500
SHORT_REST = 45  # a date line may carry this much besides the date (city, byline, time)
INFER_HEAD_CHARS = 600
_DATELINE_AFTER = re.compile(r"\s*(?:[-–—:|(/]|$)")
_RELATIVE_KINDS = ("weekday", "day", "period", "ago")


def run(article: Article) -> Article:
    """Pipeline stage: keep a given publication date, else read or infer one."""
    if article.published is not None:
        if article.published_source in ("unknown", "inferred"):
            article.published_source = "metadata"
        return article
    value, source = publication_date_from_text(
        article.text, article.language or "en", zones=article.zones
    )
    article.published = value
    article.published_source = source  # type: ignore[assignment]
    return article


def publication_date_from_text(
    text: str, language: str, *, zones: list[Zone] | None = None
) -> tuple[date | None, str]:
    """(date, source) read from an article's text: source "text", "inferred" or "unknown"."""
    page = _Page(text, language, zones or [])
    found = _from_lines(page)
    if found is not None:
        return found, "text"
    inferred = _infer(page)
    if inferred is not None:
        return inferred, "inferred"
    return None, "unknown"


class _Page:
    """One text prepared once: folded lower-case copy, expressions (shared with the event
    stage through `find_shared`, so the text is searched for dates once), line offsets."""

    __slots__ = ("text", "language", "zones", "folded", "exprs", "ends", "_marks")

    def __init__(self, text: str, language: str, zones: list[Zone]) -> None:
        self.text, self.language = text, language
        self.zones = [z for z in zones if z.kind == "caption"]  # only captions matter here
        self.folded = fold_shared(text)  # length-preserving: offsets stay valid
        self.exprs = find_shared(text, language)
        self.ends = [e.end for e in self.exprs]
        self._marks: dict[str, list[int]] = {}

    def line_exprs(self, start: int, end: int) -> tuple[Expr, ...]:
        """The expressions that end on the line text[start:end]."""
        return self.exprs[bisect_right(self.ends, start) : bisect_right(self.ends, end)]

    def marked(self, start: int, end: int, name: str) -> bool:
        """True when text[start:end] holds a caption or footer marker (`name`)."""
        if name not in self._marks:  # one pass over the text per kind of marker
            pattern = _marker_pattern(self.language, name)
            self._marks[name] = [m.start() for m in pattern.finditer(self.folded)]
        marks = self._marks[name]
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end


# ----------------------------------------------------------------------------- datelines


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(index, start, end) of each non-empty line."""
    index, pos = 0, 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if raw.strip():
            yield index, start, end
            index += 1


def _in_caption(offset: int, zones: list[Zone]) -> bool:
    return any(z.kind == "caption" and z.start <= offset < z.end for z in zones)


@lru_cache(maxsize=16)
def _marker_pattern(language: str, name: str) -> re.Pattern[str]:
    """Any of the language's (or English) caption/footer markers, as a plain substring."""
    words = lexicon(language).words(name) | lexicon("en").words(name)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(alternatives, re.IGNORECASE)


def _from_lines(page: _Page) -> date | None:
    best: tuple[int, int, date] | None = None
    for index, start, end in _lines(page.text):
        in_head = index < HEAD_LINES and start < HEAD_CHARS
        label = _label(page, start, end)
        if not (in_head or label) or _in_caption(start, page.zones):
            continue
        if page.marked(start, end, "caption_markers") or page.marked(start, end, "footer_markers"):
            continue
        found = _line_date(page, start, end, label)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], start, found[1])
    return best[2] if best else None


def _label(page: _Page, start: int, end: int) -> str | None:
    """"published" or "updated" when the line text[start:end] starts with such a label."""
    table = lexicon(page.language).table("publication_labels") or lexicon("en").table(
        "publication_labels")
    m = _label_pattern(page.language).match(page.folded, start, end)
    return None if m is None else str(table.get(key(m.group("w")), "published"))


_LABELS: dict[str, re.Pattern[str]] = {}


def _label_pattern(language: str) -> re.Pattern[str]:
    if language not in _LABELS:
        words = alternation(list(lexicon(language).raw.get("publication_labels", {})))
        _LABELS[language] = re.compile(rf"\s*(?:by\b[^|]*\|\s*)?(?P<w>{words})\b\s*:?",
                                       re.IGNORECASE)
    return _LABELS[language]


def _line_date(page: _Page, start: int, end: int, label: str | None) -> tuple[int, date] | None:
    """(priority, date) of the first full date on a line that looks like a dateline."""
    size = len(page.text[start:end].strip())
    for expr in page.line_exprs(start, end):
        if not _full(expr):
            continue
        rest = size - (expr.end - expr.start)
        dateline = (expr.start - start <= SHORT_REST
                    and _DATELINE_AFTER.match(page.text, expr.end, end) is not None)
        if label is None and rest > SHORT_REST and not dateline:
            continue
        if label is None and expr.prep_start >= 0 and not dateline:
            continue  # "Fighting erupted on April 15, 2023.": a short sentence, not a dateline
        value = _value(expr)
        if value is None:
            continue
        priority = {"published": 0, None: 1, "updated": 2}.get(label, 1)
        return priority, value
    return None


def _value(expr: Expr) -> date | None:
    """The calendar date of a full date expression; None for impossible ones (31/02)."""
    try:
        return date(expr.year or 1, expr.month or 1, expr.day or 1)
    except ValueError:
        return None


def _full(expr: Expr) -> bool:
    """A calendar date with year, month and day, whose order is not a guess."""
    return (expr.kind == "calendar" and expr.has_year and bool(expr.month) and bool(expr.day)
            and not expr.guessed and expr.year_end is None)


# ----------------------------------------------------------------------------- inference


def _infer(page: _Page) -> date | None:
    exprs = [e for e in page.exprs if not _excluded(page, e)]
    full = [e for e in exprs if _full(e) and e.scope == "on" and _value(e) is not None]
    if not full:
        return None
    latest = max(full, key=lambda e: (e.year or 0, e.month or 0, e.day or 0))
    value = _value(latest)
    if value is None:
        return None
    if any(_later_than(e, value) for e in exprs):
        return None
    if not any(e.kind in _RELATIVE_KINDS or e.month_rel == "this" for e in exprs):
        return None
    weekday_ok = latest.weekday is not None and latest.weekday == value.weekday()
    # near the top, a date standing alone; "... an attack on September 24, 2023" is history
    if weekday_ok or (latest.start < INFER_HEAD_CHARS and latest.prep_start < 0):
        return value
    return None


def _excluded(page: _Page, expr: Expr) -> bool:
    """Dates in captions and footers say nothing about when the article appeared."""
    if _in_caption(expr.start, page.zones):
        return True
    line_start = page.text.rfind("\n", 0, expr.start) + 1
    line_end = page.text.find("\n", expr.end)
    line_end = line_end if line_end >= 0 else len(page.text)
    return (page.marked(line_start, line_end, "footer_markers")
            or page.marked(line_start, line_end, "caption_markers"))


def _later_than(expr: Expr, value: date) -> bool:
    if expr.kind != "calendar" or not expr.has_year:
        return False
    year = expr.year_end or expr.year or 0
    if year != value.year:
        return year > value.year
    return (expr.month or 0, expr.day or 0) > (value.month, value.day)
