"""The library API: what the `newsevents` command line wraps.

>>> import newsevents
>>> article = newsevents.extract_text("Russia and Iraq signed an arms deal on Monday.")
>>> rows = newsevents.records(article)          # contract records (dicts)
>>> report = newsevents.ingest(["articles/"], db="events.duckdb")
>>> frame = newsevents.events_frame("events.duckdb", dyad="RUS-IRQ")
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from newsevents.defaults import DEFAULT_BATCH, DEFAULT_DB, DEFAULT_MAX_BYTES
from newsevents.errors import NewsEventsError, StoreError
from newsevents.export import records
from newsevents.model import Article
from newsevents.runner import process_items, process_paths
from newsevents.store import Store

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

__all__ = [
    "IngestReport", "Skipped", "events_frame", "extract", "extract_paths", "extract_text",
    "ingest", "open_store", "records", "stored_records",
]



@dataclass(slots=True, frozen=True)
class Skipped:
    """One input that was not stored: where, why (a reason tag) and details."""

    path: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


@dataclass(slots=True)
class IngestReport:
    """What an `ingest` run did."""

    db: str
    new: int = 0  # articles stored by this run
    already: int = 0  # articles found already stored (left untouched)
    events: int = 0  # events stored by this run
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        """Articles read and coded (new + already stored)."""
        return self.new + self.already

    @property
    def ok(self) -> bool:
        """True when no input was skipped."""
        return not self.skipped

    def summary(self) -> str:
        """One readable line."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"{self.new} new articles, {self.already} already stored, {self.events} events, "
            f"{len(self.skipped)} skipped in {self.seconds:.1f}s ({rate:.1f} articles/s) "
            f"-> {self.db}"
        )


# -- extraction (no database) -------------------------------------------------------
def extract_text(text: str, **meta: Any) -> Article:
    """Code one text (plain text or HTML: ``fmt="html"``) and return the processed Article.

    `meta` takes ``path``, ``fmt``, ``id``, ``url``, ``outlet``, ``title``,
    ``published`` (ISO date) and ``language``. Raises `InputError`/`ProcessingError`.
    """
    from newsevents.pipeline import process
    from newsevents.readers import article_from_text

    return process(article_from_text(text, **meta))


def extract_paths(
    paths: Sequence[str | Path],
    *,
    workers: int = 1,
    progress: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | NewsEventsError]:
    """Read and code files, folders, JSON Lines, WARC or ``"-"`` (stdin); yield each
    processed Article or the typed error of a document that could not be used."""
    return process_paths(paths, workers=workers, progress=progress, max_bytes=max_bytes)


def extract(*inputs: str | os.PathLike[str] | Article | Iterable[Any], workers: int = 1
            ) -> list[Article]:
    """Code texts (``str``), Articles, or paths (``pathlib.Path``; lists are flattened).

    A plain ``str`` is text to code, never a file name: wrap file names in ``Path``.
    A text or Article that cannot be coded raises; an unreadable file is logged and
    left out of the result.
    """
    texts: list[Article] = []
    paths: list[Path] = []
    for item in _flatten(inputs):
        if isinstance(item, Article):
            texts.append(item)
        elif isinstance(item, str):
            texts.append(_article_of(item))
        else:
            paths.append(Path(item))
    out = [_raise_or(r) for r in process_items(texts, workers=min(workers, len(texts) or 1))]
    if paths:
        out += [r for r in extract_paths(paths, workers=workers) if isinstance(r, Article)]
    return out


def _flatten(inputs: Iterable[Any]) -> Iterator[Any]:
    """Flatten lists and tuples of inputs (strings and paths are leaves)."""
    for item in inputs:
        if isinstance(item, str | os.PathLike | Article):
            yield item
        elif isinstance(item, Iterable):
            yield from _flatten(item)
        else:
            raise TypeError(f"cannot extract from {type(item).__name__}")


def _article_of(text: str) -> Article:
    from newsevents.readers import article_from_text

    return article_from_text(text)


def _raise_or(result: Article | NewsEventsError) -> Article:
    if isinstance(result, NewsEventsError):
        raise result
    return result


# -- the database ------------------------------------------------------------------
def open_store(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (or create) an event database; use it as a context manager."""
    return Store.open(path, read_only=read_only)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    workers: int = 2,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = True,
) -> IngestReport:
    """Read, code and store every document under `paths` into the database `db`.

    Batches of `batch_size` articles are written in one transaction each; articles
    already stored are left untouched; bad inputs are recorded in the `skipped` table
    and listed in the report. Raises `StoreError` when the database cannot be used.
    """
    report = IngestReport(db=str(db))
    started = time.perf_counter()
    with open_store(db) as store:
        known = _KnownIds(store)
        batch: list[Article | NewsEventsError] = []
        for result in process_paths(paths, workers=workers, progress=progress,
                                    max_bytes=max_bytes, is_known=known):
            batch.append(result)
            if len(batch) >= batch_size:
                _flush(store, batch, report, known)
        _flush(store, batch, report, known)
    report.seconds = time.perf_counter() - started
    return report


class _KnownIds:
    """`is_known` for ingest without one query per input: a store that was empty when the
    run began holds exactly the ids this run has written, so those are kept in memory;
    otherwise the store is asked."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.written: set[str] | None = set() if not store.stats()["articles"] else None

    def __call__(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        if self.written is None:
            return self.store.has_article(article_id)
        return article_id in self.written

    def add(self, articles: list[Article]) -> None:
        """Note articles just stored (new or already there)."""
        if self.written is not None:
            self.written.update(a.id for a in articles if a.id)


def _flush(store: Store, batch: list[Article | NewsEventsError], report: IngestReport,
           known: _KnownIds | None = None) -> None:
    """Write one batch; if it fails as a whole, retry article by article to isolate
    the one that cannot be stored (it is then recorded as skipped)."""
    if not batch:
        return
    articles = [r for r in batch if isinstance(r, Article)]
    errors = [r for r in batch if isinstance(r, NewsEventsError)]
    batch.clear()
    try:
        _count(report, store.add_batch(articles, errors), errors)
    except StoreError as exc:
        log.warning("batch failed (%s); retrying one article at a time", exc)
        articles = _flush_each(store, articles, errors, report)
    if known is not None:
        known.add(articles)


def _flush_each(
    store: Store, articles: list[Article], errors: list[NewsEventsError], report: IngestReport
) -> list[Article]:
    """Store articles one transaction each; an article that fails becomes skipped.
    Returns the articles stored."""
    from newsevents.errors import ProcessingError

    stored = []
    for article in articles:
        try:
            _count(report, store.add_batch([article]), [])
            stored.append(article)
        except StoreError as exc:
            log.warning("skipped %s: cannot be stored (%s)", article.path, exc)
            errors.append(ProcessingError(article.path, "store", str(exc)))
    _count(report, store.add_batch([], errors), errors)
    return stored


def _count(report: IngestReport, result: Any, errors: list[NewsEventsError]) -> None:
    """Add one batch's counts to the report."""
    report.new += result.new
    report.already += result.already
    report.events += result.events
    report.skipped += [_skipped(e) for e in errors]


def _skipped(err: NewsEventsError) -> Skipped:
    path = getattr(err, "path", None) or "<input>"
    return Skipped(path, getattr(err, "reason", type(err).__name__), getattr(err, "detail", ""))


def events_frame(db: str | Path = DEFAULT_DB, **filters: Any) -> pd.DataFrame:
    """Stored events as a pandas DataFrame (filters as `Store.events`: dyad, event_type,
    country, since, until, outlet, language, by, undirected, limit)."""
    with open_store(db, read_only=True) as store:
        return store.events(**filters)


def relations_frame(
    db: str | Path = DEFAULT_DB, period: Literal["month", "year"] = "month", **filters: Any
) -> pd.DataFrame:
    """Country-pair relations over time (see `Store.relations`; filters as `events_frame`)."""
    with open_store(db, read_only=True) as store:
        return store.relations(period=period, **filters)


def stored_records(db: str | Path = DEFAULT_DB, **filters: Any) -> list[dict[str, Any]]:
    """Stored events as contract records (the same dicts `records(article)` gives)."""
    from newsevents.export import store_records

    with open_store(db, read_only=True) as store:
        return list(store_records(store, **filters))

