"""End-to-end suite: the whole pipeline over the shipped sample corpus.

Gold: ``data/eval/sample_expected.md``, written with the corpus and independently of the
coders. Each article section gives the publication date a correct reader finds and a table
of events (``must``: a correct coder finds it; ``may``: neither rewarded nor punished).
The articles go through the real pipeline (readers, cleaning, language, segmentation,
coders, dates), so this suite measures what a user gets, page debris included.

Metrics:
- precision / recall / f1 over events: tp = ``must`` rows matched one-to-one by a predicted
  event of the same article (type and actors as in the English suites, symmetric types either way);
  fn = ``must`` rows matched by none; fp = predicted events matching no ``must`` or ``may``
  row (so events from debris, comments or captions count against us);
- ``published_exact``: among articles whose gold states a publication date, the share whose
  date we found exactly; ``published_spurious``: articles without one where we invented one;
- ``event_date_accuracy``: among matched ``must`` events, the share whose date is right at the
  gold precision (same precision, same value at that precision; ``pub`` = the article's
  gold publication date at day precision, or no date when it has none; ``?`` = no date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from newsevents.evaluate import PRF, Report
from newsevents.evaluate.english import GoldEvent, matches
from newsevents.model import Article, Event

_SECTION = re.compile(r"^#{2,3} (\S+)\s*$")
_PUBLISHED = re.compile(r"^Published: (\d{4}-\d{2}-\d{2})?")
_PRECISION = {4: "year", 7: "month", 10: "day"}


@dataclass(slots=True)
class Row:
    """One gold table row."""

    need: str
    gold: GoldEvent
    date: str  # YYYY, YYYY-MM, YYYY-MM-DD, "pub" or "?"


@dataclass(slots=True)
class Section:
    """The gold of one article (a file, or ``file#record-id`` for JSON Lines records)."""

    key: str
    published: date | None = None
    rows: list[Row] = field(default_factory=list)


def load_expected(text: str | None = None) -> dict[str, Section]:
    """Parse sample_expected.md into sections keyed by file name (or ``file#id``)."""
    if text is None:
        ref = resources.files("newsevents").joinpath("data", "eval", "sample_expected.md")
        text = ref.read_text(encoding="utf-8")
    sections: dict[str, Section] = {}
    current: Section | None = None
    for line in text.splitlines():
        if m := _SECTION.match(line):
            current = sections.setdefault(m.group(1), Section(m.group(1)))
        elif current is not None and (m := _PUBLISHED.match(line)):
            current.published = date.fromisoformat(m.group(1)) if m.group(1) else None
        elif current is not None and line.startswith(("| must", "| may")):
            current.rows.append(_row(line))
    return {k: s for k, s in sections.items() if s.rows}


def _row(line: str) -> Row:
    need, typ, src, tgt, modality, neg, when, _evidence = (
        c.strip() for c in line.strip().strip("|").split("|"))
    gold = GoldEvent(typ, [] if src == "-" else [src], [] if tgt == "-" else [tgt],
                     neg == "yes", modality)
    return Row(need, gold, when)


def sample_articles() -> list[Article]:
    """The sample corpus through the whole pipeline (bad files are skipped)."""
    from newsevents.pipeline import process
    from newsevents.readers import iter_articles

    folder = Path(str(resources.files("newsevents").joinpath("sample")))
    out = []
    for item in iter_articles([str(folder)]):
        if isinstance(item, Article):
            out.append(process(item))
    return out


def article_key(article: Article) -> str:
    """The section key of an article: its file name, plus ``#id`` for a JSON Lines record."""
    name = Path((article.path or "").split(":")[0]).name
    return f"{name}#{article.given_id}" if article.given_id else name


def date_right(row: Row, event: Event, published: date | None) -> bool:
    """Is the event's date right at the gold precision?"""
    got = event.date
    if row.date == "?" or (row.date == "pub" and published is None):
        return got.value is None
    want = row.date if row.date != "pub" else (published or date.min).isoformat()
    precision = _PRECISION[len(want)]
    if got.value is None or got.precision != precision:
        return False
    return got.value.isoformat()[: len(want)] == want


@dataclass(slots=True)
class _Counts:
    report: Report
    pub_total: int = 0
    pub_exact: int = 0
    pub_spurious: int = 0
    dated: int = 0
    dated_right: int = 0


def score(articles: list[Article], expected: dict[str, Section]) -> Report:
    """Score coded sample articles against the expected sections."""
    counts = _Counts(Report(suite="sample"))
    for article in articles:
        section = expected.get(article_key(article))
        if section is not None:
            _score_article(counts, article, section)
    r = counts.report
    r.metrics["published_exact"] = counts.pub_exact / counts.pub_total if counts.pub_total else 0
    r.metrics["published_spurious"] = float(counts.pub_spurious)
    r.metrics["event_date_accuracy"] = (
        counts.dated_right / counts.dated if counts.dated else 0.0)
    return r


def _score_article(c: _Counts, article: Article, section: Section) -> None:
    c.report.n_items += 1
    _score_published(c, article.published, section.published)
    musts = [row for row in section.rows if row.need == "must"]
    for row, hit in zip(musts, _assign_all(musts, article.events, section.published), strict=True):
        prf = c.report.per_type.setdefault(row.gold.type, PRF())
        if hit is None:
            c.report.overall.fn += 1
            prf.fn += 1
            continue
        c.report.overall.tp += 1
        prf.tp += 1
        c.dated += 1
        c.dated_right += date_right(row, hit, section.published)
    for event in article.events:
        if not any(matches(row.gold, event) for row in section.rows):
            c.report.overall.fp += 1
            c.report.per_type.setdefault(event.event_type, PRF()).fp += 1


def _assign_all(rows: list[Row], events: list[Event], published: date | None
                ) -> list[Event | None]:
    """One matching prediction (or None) per row, one-to-one: first every row that some
    prediction matches with the right date, then the rest, so that a row whose date no
    prediction has cannot take the one prediction that has another row's date."""
    used: set[int] = set()
    hits: list[Event | None] = [None] * len(rows)
    for i, row in enumerate(rows):
        index = next((j for j, e in enumerate(events) if j not in used and matches(row.gold, e)
                      and date_right(row, e, published)), None)
        if index is not None:
            used.add(index)
            hits[i] = events[index]
    for i, row in enumerate(rows):
        if hits[i] is None:
            hits[i] = _assign(row, events, used, published)
    return hits


def _assign(row: Row, events: list[Event], used: set[int], published: date | None) -> Event | None:
    """The unused matching prediction for `row`, one with the right date when there is one.

    Matching is one-to-one so that two gold rows of the same type and dyad (a 2022 expulsion
    and today's) cannot both claim one predicted event.
    """
    candidates = [i for i, e in enumerate(events) if i not in used and matches(row.gold, e)]
    if not candidates:
        return None
    best = next((i for i in candidates if date_right(row, events[i], published)), candidates[0])
    used.add(best)
    return events[best]


def _score_published(c: _Counts, got: date | None, want: date | None) -> None:
    if want is None:
        c.pub_spurious += got is not None
        return
    c.pub_total += 1
    c.pub_exact += got == want


def sample_suite(bench: Path) -> Report:
    """The end-to-end suite over the shipped sample corpus (`bench` is not needed)."""
    return score(sample_articles(), load_expected())
