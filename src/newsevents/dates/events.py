"""Event dates: each event gets its own date, not its article's.

For every event the date expressions of its sentence are considered (see
`resolver.choose`: the nearest expression in the trigger's clause that can date it,
ignoring quoted dates from outside the quote and dates behind "since/after/before").
Relative expressions resolve against the publication date; "two years later" steps
from the previous dated expression of the article, carried in reading order.

Without an expression of its own an event takes the publication date (basis
"publication", precision "day"), or value None and precision "unknown" when the
publication date is unknown.

Captions are different: a photo caption tells when the photo was taken, so an event
in a caption zone is dated by the caption's own date, and a caption without a date
gets value None and precision "unknown" — never the publication date.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from newsevents.dates.expressions import Expr, find_shared
from newsevents.dates.resolver import choose, resolve_expr
from newsevents.model import Article, Event, EventDate, Sentence, Zone

# plans and conditionals look forward: "would be summoned on Thursday" is the coming one
_FUTURE_MODALITIES = ("intended", "hypothetical")


@dataclass(slots=True)
class _Context:
    """What dating one article's events needs, computed once per article."""

    article: Article
    exprs: list[Expr]
    starts: list[int]
    anchors: dict[int, EventDate] = field(default_factory=dict)  # expr index -> anchor

    def within(self, start: int, end: int) -> list[Expr]:
        """Expressions that start inside [start, end)."""
        lo = bisect_left(self.starts, start)
        hi = bisect_left(self.starts, end)
        return self.exprs[lo:hi]


def run(article: Article) -> Article:
    """Pipeline stage: set `event.date` for every event of the article."""
    if not article.events:
        return article
    ctx = _context(article)
    for event in article.events:
        event.date = date_event(ctx, event)
    return article


def _context(article: Article) -> _Context:
    exprs = list(find_shared(article.text, article.language or "en"))
    ctx = _Context(article, exprs, [e.start for e in exprs])
    _carry_anchors(ctx)
    return ctx


def _carry_anchors(ctx: _Context) -> None:
    """For each "two years later", the previous dated expression in reading order."""
    last: EventDate | None = None
    ref = ctx.article.published
    for index, expr in enumerate(ctx.exprs):
        if ctx.article.zone_at(expr.start) == "caption":
            continue
        if expr.kind == "anchored":
            if last is not None:
                ctx.anchors[index] = last
            continue
        if expr.kind == "event_offset":
            continue
        resolved = resolve_expr(expr, ref)
        if resolved.value is not None:
            last = resolved


def date_event(ctx: _Context, event: Event) -> EventDate:
    """The date of one event (see the module docstring for the rules)."""
    article = ctx.article
    if not 0 <= event.sentence < len(article.sentences):
        return _fallback(article.published)
    sentence = article.sentences[event.sentence]
    future = event.modality in _FUTURE_MODALITIES
    if _zone_kind(article, sentence) == "caption":
        return _caption_date(ctx, sentence, event, future)
    exprs = ctx.within(sentence.start, sentence.end)
    chosen, _ = choose(article.text, sentence.start, sentence.end, exprs, event.trigger,
                       article.language or "en")
    if chosen is None:
        return _fallback(article.published)
    return _resolve(ctx, chosen, article.published, future)


def _resolve(ctx: _Context, expr: Expr, reference: date | None, future: bool) -> EventDate:
    anchor = ctx.anchors.get(_index(ctx, expr))
    return resolve_expr(expr, reference, future=future, anchor=anchor)


def _index(ctx: _Context, expr: Expr) -> int:
    i = bisect_left(ctx.starts, expr.start)
    return i if i < len(ctx.exprs) and ctx.exprs[i] is expr else -1


def _fallback(published: date | None) -> EventDate:
    """No expression of its own: the publication date, or nothing."""
    if published is None:
        return EventDate(None, "unknown", "publication", None)
    return EventDate(published, "day", "publication", None)


# ----------------------------------------------------------------------------- captions


def _zone_kind(article: Article, sentence: Sentence) -> str:
    if sentence.zone != "body":
        return sentence.zone
    return article.zone_at(sentence.start)


def _caption_zone(article: Article, sentence: Sentence) -> Zone:
    for zone in article.zones:
        if zone.kind == "caption" and zone.start <= sentence.start < zone.end:
            return zone
    return Zone(sentence.start, sentence.end, "caption")


def caption_reference(ctx: _Context, zone: Zone) -> EventDate | None:
    """The caption's own date: its first full date that names a year, else None."""
    for expr in ctx.within(zone.start, zone.end):
        if expr.kind == "calendar" and expr.has_year and expr.month and expr.scope == "on":
            return resolve_expr(expr, None)
    return None


def _caption_date(ctx: _Context, sentence: Sentence, event: Event, future: bool) -> EventDate:
    """A caption event: its own expression against the caption's date, or that date."""
    zone = _caption_zone(ctx.article, sentence)
    own = caption_reference(ctx, zone)
    exprs = ctx.within(sentence.start, sentence.end)
    chosen, _ = choose(ctx.article.text, sentence.start, sentence.end, exprs, event.trigger,
                       ctx.article.language or "en")
    if chosen is not None:
        reference = own.value if own is not None and own.precision == "day" else None
        return _resolve(ctx, chosen, reference, future)
    if own is not None:
        return own
    return EventDate(None, "unknown", "publication", None)
