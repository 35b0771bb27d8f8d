"""Event dates: each event gets its own date, not its article's.

For every event the date expressions of its sentence are considered (see
`resolver.choose`: the nearest expression in the trigger's clause that can date it,
ignoring quoted dates from outside the quote and dates behind "since/after/before").
Relative expressions resolve against the publication date; "two years later" steps
from the previous dated expression of the article, carried in reading order.

"a day after <clause>" dates the event inside that clause from the main clause's own
date ("began firing last October, a day after the attack": the attack is October too),
or from the publication date when the main clause has none.

An event that has not happened yet cannot be dated by its own words only: an asserted
(past or present) event ignores expressions that point ahead ("tomorrow", "next week"),
which in its sentence belong to a plan ("called the move regrettable and said she would
meet them tomorrow").

A sentence that continues the previous sentence's event (see `continuation`: "The talks
lasted six hours", "وبحث الجانبان", "... before the signing ceremony") gives its dateless
events the date of the nearest of the three sentences before it that has one: the date of
its first event dated by its own words, or of its first clause. A verbal reaction of
another type ("The violence drew condemnation") is a new, later event and takes none. A
sentence that names a known event anywhere ("its fighters carried out the attack") takes
the previous sentence's date only for an event of the same type.

Otherwise a past event whose clause has no date takes the date of the statement that
reports it (", the army said on Monday"; not ", and he said on Monday that ...").

Without an expression of its own an event takes the publication date (basis
"publication", precision "day"), or value None and precision "unknown" when the
publication date is unknown.

Captions are different: a photo caption tells when the photo was taken, so an event
in a caption zone is dated by the caption's own date, and a caption without a date
gets value None and precision "unknown" — never the publication date.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from newsevents.dates.continuation import continues, mentions
from newsevents.dates.expressions import Expr, find_shared
from newsevents.dates.resolver import (
    choose,
    quote_spans,
    reporting_frame,
    reporting_starts,
    resolve_expr,
)
from newsevents.model import Article, Event, EventDate, Sentence, Span, Zone

# plans and conditionals look forward: "would be summoned on Thursday" is the coming one
_FUTURE_MODALITIES = ("intended", "hypothetical")
_SPEECH_ACTS = ("ACCUSE",)  # acts whose content is another event, told with its own date
_CONTENT_MODALITIES = ("reported", "hypothetical")
# a continuing sentence looks this many sentences (and paragraphs) back for its event's date
_LOOKBACK = 3
# PLOVER types of verbal reactions ("condemned", "welcomed", "rejected", "warned")
_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "THREATEN"})


@dataclass(slots=True)
class _Context:
    """What dating one article's events needs, computed once per article."""

    article: Article
    exprs: list[Expr]
    starts: list[int]
    anchors: dict[int, EventDate] = field(default_factory=dict)  # expr index -> anchor
    own: dict[int, tuple[EventDate, str]] = field(default_factory=dict)  # sentence ->
    # the date and type of its first event dated by its own words (or carried)
    continuing: dict[int, bool] = field(default_factory=dict)  # sentence -> `continues`
    captions: list[Zone] = field(default_factory=list)

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
    for event in sorted(article.events, key=lambda e: (e.sentence, e.trigger.start)):
        event.date, own = _date_and_state(ctx, event)
        if own == "none":
            found = _carried(ctx, event) or _reported(ctx, event)
            if found is not None:  # a copy: events never share one mutable record
                event.date, own = replace(found), "carried"
        if own in ("own", "carried"):
            ctx.own.setdefault(event.sentence, (event.date, event.event_type))
    return article


def _context(article: Article) -> _Context:
    exprs = list(find_shared(article.text, article.language or "en"))
    ctx = _Context(article, exprs, [e.start for e in exprs])
    ctx.captions = [z for z in article.zones if z.kind == "caption"]
    _carry_anchors(ctx)
    return ctx


def _carry_anchors(ctx: _Context) -> None:
    """For each "two years later", the previous dated expression in reading order."""
    last: EventDate | None = None
    ref = ctx.article.published
    text = ctx.article.text
    quoted = [(lo, hi) for lo, hi in quote_spans(text, 0, len(text)) if "\n" not in text[lo:hi]]
    said = reporting_starts(text, ctx.article.language or "en")
    for index, expr in enumerate(ctx.exprs):
        if any(z.start <= expr.start < z.end for z in ctx.captions):
            continue
        if any(lo <= expr.start < hi for lo, hi in quoted):
            continue  # a speaker's "fifty years ago" is no frame for the narrative's "later"
        if _reported_at(text, said, expr.start):
            continue  # ", activists said on Monday": the statement's day, not the story's
        if expr.kind == "anchored":
            if last is not None:
                ctx.anchors[index] = last
            continue
        if expr.kind == "event_offset":
            continue
        resolved = resolve_expr(expr, ref)
        if resolved.value is not None:
            last = resolved


def _reported_at(text: str, said: list[int], offset: int) -> bool:
    """True when `offset` lies in a trailing reporting clause of its sentence."""
    i = bisect_right(said, offset)
    if i == 0:
        return False
    between = text[said[i - 1] : offset]
    return not any(mark in between for mark in ".!?\n؟")


def _date_and_state(ctx: _Context, event: Event) -> tuple[EventDate, str]:
    """(date, how): how is "own" (its words), "offset" ("a day after ..."), "blocked"
    ("since 2014"), "caption", "invalid" (no such sentence) or "none" (no date of its own)."""
    article = ctx.article
    if not 0 <= event.sentence < len(article.sentences):
        return _fallback(article.published), "invalid"
    sentence = article.sentences[event.sentence]
    future = event.modality in _FUTURE_MODALITIES
    if _zone_kind(article, sentence) == "caption":
        return _caption_date(ctx, sentence, event, future), "caption"
    exprs = ctx.within(sentence.start, sentence.end)
    if not future:
        exprs = [e for e in exprs if not _points_ahead(e)]
    chosen, blocked = choose(article.text, sentence.start, sentence.end, exprs, event.trigger,
                             article.language or "en")
    if chosen is not None and _dates_the_content(article, event, chosen):
        chosen = None
    if chosen is None:
        return _fallback(article.published), "blocked" if blocked else "none"
    if chosen.kind == "event_offset":
        base = _main_clause_date(ctx, sentence, exprs, chosen, future)
        return resolve_expr(chosen, article.published, future=future, anchor=base), "offset"
    return _resolve(ctx, chosen, article.published, future), "own"


def _dates_the_content(article: Article, event: Event, expr: Expr) -> bool:
    """True when `expr` dates what an accusation is about, not the accusation: "Mali accused
    Algeria of shooting down a drone on Tuesday night" (the downing was on Tuesday; when the
    accusation was made the sentence does not say). The content is a reported or hypothetical
    event of the same sentence whose trigger stands between the accusation and the date."""
    if event.event_type not in _SPEECH_ACTS or expr.start < event.trigger.end:
        return False
    return any(other is not event and other.sentence == event.sentence
               and other.modality in _CONTENT_MODALITIES
               and event.trigger.end <= other.trigger.start and other.trigger.end <= expr.start
               for other in article.events)


def _reported(ctx: _Context, event: Event) -> EventDate | None:
    """The date of the statement that reports a past event (see `resolver.reporting_frame`)."""
    if event.modality in _FUTURE_MODALITIES:
        return None  # "Russia will supply jets, the ministry said on Monday": not Monday
    article = ctx.article
    sentence = article.sentences[event.sentence]
    exprs = [e for e in ctx.within(sentence.start, sentence.end) if not _points_ahead(e)]
    frame = reporting_frame(article.text, sentence.start, sentence.end, exprs, event.trigger,
                            article.language or "en")
    if frame is None:
        return None
    found = _resolve(ctx, frame, article.published, False)
    return found if found.value is not None else None


def _points_ahead(expr: Expr) -> bool:
    """"tomorrow", "next week", "next Tuesday", "next year": never an asserted event's date."""
    if expr.kind in ("day", "period") and isinstance(expr.offset, int):
        return expr.offset > 0
    return expr.month_rel == "next" or (expr.year_rel or 0) > 0


def _main_clause_date(ctx: _Context, sentence: Sentence, exprs: list[Expr], offset: Expr,
                      future: bool) -> EventDate | None:
    """The date an event offset ("a day after ...") steps from: the nearest own date of the
    sentence outside the offset's clause, else the publication date."""
    outside = [e for e in exprs if e is not offset and e.scope == "on" and not e.attributive
               and e.kind != "event_offset" and not offset.start <= e.start < offset.scope_end]
    if outside:
        nearest = min(outside, key=lambda e: abs(e.start - offset.start))
        base = _resolve(ctx, nearest, ctx.article.published, future)
        if base.value is not None:
            return base
    published = ctx.article.published
    return None if published is None else _fallback(published)


def _resolve(ctx: _Context, expr: Expr, reference: date | None, future: bool) -> EventDate:
    anchor = ctx.anchors.get(_index(ctx, expr))
    return resolve_expr(expr, reference, future=future, anchor=anchor)


# ----------------------------------------------------------------------------- continuation


def _carried(ctx: _Context, event: Event) -> EventDate | None:
    """The date of the event this sentence continues: the nearest of the few sentences
    before it (same zone, nearby paragraphs) that has a date of its own."""
    article, i = ctx.article, event.sentence
    sentence = article.sentences[i]
    language = article.language or "en"
    if i not in ctx.continuing:  # once per sentence, not once per event
        ctx.continuing[i] = continues(article.text, sentence.start, sentence.end, language)
    if not ctx.continuing[i]:
        return _same_type(ctx, event)
    for j in range(i - 1, max(-1, i - 1 - _LOOKBACK), -1):
        previous = article.sentences[j]
        if sentence.paragraph - previous.paragraph > _LOOKBACK or previous.zone != sentence.zone:
            return None
        own = ctx.own.get(j)
        if own is not None and _reaction(event, own[1]):
            return None
        carried = own[0] if own is not None else _first_clause_date(ctx, j)
        if carried is not None and carried.value is not None:
            return _unless_ahead(carried, event, article.published)
    return None


def _reaction(event: Event, previous_type: str) -> bool:
    """"The violence drew condemnation": a verbal reaction to the event the sentence opens
    with is a new, later event (the previous sentence's date is its cause's)."""
    return event.event_type in _REACTION_TYPES and event.event_type != previous_type


def _same_type(ctx: _Context, event: Event) -> EventDate | None:
    """"Hamas said its fighters carried out the attack" after a dated attack: a sentence
    that names the event anywhere continues it when its event has the previous one's type
    (a reaction, "the UN condemned the attack", has another type and keeps its own date)."""
    article, i = ctx.article, event.sentence
    own = ctx.own.get(i - 1)
    if own is None or own[1] != event.event_type:
        return None
    sentence, previous = article.sentences[i], article.sentences[i - 1]
    if sentence.paragraph - previous.paragraph > 1 or previous.zone != sentence.zone:
        return None
    if not mentions(article.text, sentence.start, sentence.end, article.language or "en"):
        return None
    return _unless_ahead(own[0], event, article.published)


def _unless_ahead(carried: EventDate, event: Event, published: date | None) -> EventDate | None:
    """A plan's date ("will visit in March") is no date for a past event."""
    future = event.modality in _FUTURE_MODALITIES
    if not future and published is not None and carried.value and carried.value > published:
        return None
    return carried


def _first_clause_date(ctx: _Context, index: int) -> EventDate | None:
    """The own date of a sentence's first clause (its events, if any, had none)."""
    sentence = ctx.article.sentences[index]
    exprs = [e for e in ctx.within(sentence.start, sentence.end) if not _points_ahead(e)]
    chosen, _ = choose(ctx.article.text, sentence.start, sentence.end, exprs,
                       Span(sentence.start, sentence.start + 1), ctx.article.language or "en")
    if chosen is None or chosen.kind == "event_offset":
        return None
    return _resolve(ctx, chosen, ctx.article.published, False)


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
