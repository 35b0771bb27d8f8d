"""The typed records that flow through the pipeline.

One `Article` enters the pipeline holding its raw input and gains, stage by
stage, clean text, language, zones, sentences, actor mentions and events.
Every span is a pair of character offsets into `Article.text` (the cleaned
text); strings are sliced out only when results are exported.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal

ZoneKind = Literal["title", "body", "caption", "quote"]
Modality = Literal["asserted", "intended", "hypothetical", "reported"]
DatePrecision = Literal["day", "month", "year", "unknown"]
DateBasis = Literal["explicit", "relative", "publication"]
PublishedSource = Literal["metadata", "text", "inferred", "unknown"]
QuantityKind = Literal["money", "count", "weapon", "troops"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(slots=True, frozen=True)
class Span:
    """A half-open character range `[start, end)` in the clean text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        """Return the characters this span covers in `source`."""
        return source[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when `other` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Zone:
    """A region of the clean text with a role (title, body paragraph, photo caption)."""

    start: int
    end: int
    kind: ZoneKind = "body"


@dataclass(slots=True)
class Sentence:
    """One sentence: offsets into the clean text plus the zone it sits in."""

    start: int
    end: int
    paragraph: int = 0
    zone: ZoneKind = "body"


@dataclass(slots=True)
class Mention:
    """An actor mention resolved to a country, a sector and a CAMEO-style code."""

    start: int
    end: int
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str = "actor"  # country, org, person, role, group, igo, company ...

    @property
    def span(self) -> Span:
        """The mention's offsets as a `Span`."""
        return Span(self.start, self.end)


@dataclass(slots=True)
class Quantity:
    """An amount attached to an event (money, a count, a weapon system, troops)."""

    kind: QuantityKind
    start: int
    end: int
    value: float | None = None
    unit: str | None = None


@dataclass(slots=True)
class Attribution:
    """Who claims the event: a speaker span in the text and/or a named outlet."""

    speaker: Span | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Location:
    """Where the event took place, when the text says so."""

    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class EventDate:
    """An event's own date, how precise it is, and what it was derived from."""

    value: date | None = None
    precision: DatePrecision = "unknown"
    basis: DateBasis = "publication"
    evidence: Span | None = None  # the date expression, when the text gave one
    end: date | None = None  # last date of a range ("between 2008 and 2011"), same precision


@dataclass(slots=True)
class Event:
    """One coded event with its evidence offsets."""

    sentence: int  # index into Article.sentences
    trigger: Span
    event_type: str
    source: Mention | None = None
    target: Mention | None = None
    event_mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int = 1
    goldstein: float = 0.0
    negated: bool = False
    modality: Modality = "asserted"
    date: EventDate = field(default_factory=EventDate)
    location: Location | None = None
    quantities: list[Quantity] = field(default_factory=list)
    attribution: Attribution | None = None
    confidence: float = 0.5
    coder: str = ""


@dataclass(slots=True)
class Article:
    """A document and everything the pipeline learns about it."""

    raw: str  # the input as decoded text (plain text or HTML)
    path: str | None = None  # file or URL as given on input
    fmt: str = "text"  # text, html, jsonl, warc
    given_id: str | None = None  # an input record's own id
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: PublishedSource = "unknown"
    language: str | None = None  # ISO 639-1, or "other"
    text: str = ""  # the cleaned text all offsets point into
    zones: list[Zone] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    id: str = ""  # stable article id, set once the text is clean

    def sentence_text(self, index: int) -> str:
        """The text of sentence `index`."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def zone_at(self, offset: int) -> ZoneKind:
        """The kind of zone that contains character `offset` (body when none does)."""
        for zone in self.zones:
            if zone.start <= offset < zone.end:
                return zone.kind
        return "body"


def _pickle_as_constructor_call(cls: type) -> None:
    """Make `cls` (a slots dataclass) pickle as a call of its constructor with its field
    values. The workers send every processed article back to the calling process, and the
    default pickling of slots dataclasses runs Python code per object (dataclasses'
    __getstate__ lists the fields anew each time): for the tens of mentions and events of
    an article, that cost about 5% of the pipeline's time."""
    get = operator.attrgetter(*(f.name for f in fields(cls)))

    def reduce(self: Any) -> tuple[type, Any]:
        return cls, get(self)

    setattr(cls, "__reduce__", reduce)  # noqa: B010 (a method set on the class, on purpose)


for _record in (Span, Zone, Sentence, Mention, Quantity, Attribution, Location, EventDate,
                Event, Article):
    _pickle_as_constructor_call(_record)
