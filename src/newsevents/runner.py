"""Batch processing: read inputs, run the pipeline over a pool of worker processes.

`process_paths` reads with `readers.iter_articles` in the calling process and sends
chunks of articles to `workers` processes, which run `pipeline.process_batch` on each
chunk (one spaCy call per chunk). Where processes fork, the calling process loads the
models and tables first (`pipeline.warm_up`), so the workers start at once and share
one copy of them. Results come back as they finish: the order may differ
from the input order, the content never does. A bad document comes back as an
`InputError` or `ProcessingError` (and is logged as one line); the batch goes on.
With ``workers=1`` everything runs in the calling process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import Any

from newsevents.defaults import DEFAULT_MAX_BYTES
from newsevents.errors import InputError, NewsEventsError, ProcessingError
from newsevents.model import Article

log = logging.getLogger(__name__)

CHUNK_SIZE = 8  # articles per task: small enough to balance, large enough to batch spaCy
PROGRESS_MIN_FILES = 4  # fewer input files than this: no progress bar

Result = Article | NewsEventsError
Packed = Article | tuple[str, str | None, str, str]


# -- public ------------------------------------------------------------------------
def process_paths(
    paths: Sequence[str | Path],
    *,
    workers: int = 2,
    progress: bool = True,
    force_progress: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = CHUNK_SIZE,
    is_known: Callable[[str], bool] | None = None,
) -> Iterator[Result]:
    """Read and process every document under `paths`; yield each Article or typed error.

    A progress bar (articles/s, on stderr) is shown when `progress` is set, stderr is a
    terminal (or `force_progress`) and there are more than a few input files.
    `is_known(article_id)`: inputs whose id is fixed before cleaning (a record's own id,
    or its URL) and known already come back unprocessed, with only their id set.
    """
    from newsevents.readers import iter_articles

    items: Iterable[Article | NewsEventsError] = iter_articles(list(paths), max_bytes=max_bytes)
    if is_known is not None:
        items = _mark_known(items, is_known)
    many = _is_tty() and _count_files(paths) >= PROGRESS_MIN_FILES
    show = progress and (force_progress or many)
    yield from process_items(items, workers=workers, progress=show, chunk_size=chunk_size)


def process_items(
    items: Iterable[Article | NewsEventsError],
    *,
    workers: int = 2,
    progress: bool = False,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Result]:
    """Process articles (errors from reading pass straight through), serially or in a pool."""
    results = _serial(items) if workers <= 1 else _parallel(items, workers, chunk_size)
    with _Progress(progress) as bar:
        for result in results:
            if isinstance(result, NewsEventsError):
                log.warning("skipped %s", result)
            bar.advance(result)
            yield result


# -- already stored -------------------------------------------------------------------
_KNOWN = "already-known"  # Article.fmt of inputs that skip the pipeline


def _mark_known(
    items: Iterable[Article | NewsEventsError], is_known: Callable[[str], bool]
) -> Iterator[Article | NewsEventsError]:
    """Give inputs with a pre-cleaning id their id, and mark the known ones as done."""
    from newsevents.ids import article_id

    for item in items:
        if isinstance(item, Article) and (item.given_id or item.url):
            early = article_id(item)  # does not depend on the clean text
            if is_known(early):
                item.id, item.fmt = early, _KNOWN
        yield item


def _done(item: Article | NewsEventsError) -> bool:
    """True for items that need no processing: errors and already-known articles."""
    return isinstance(item, NewsEventsError) or item.fmt == _KNOWN


# -- serial ------------------------------------------------------------------------
def _serial(items: Iterable[Article | NewsEventsError]) -> Iterator[Result]:
    """Process in this process, one article at a time."""
    for item in items:
        yield _unpack(_process_one(item)) if isinstance(item, Article) and not _done(item) else item


def _process_one(article: Article) -> Packed:
    """Run the pipeline on one article; errors come back packed (picklable)."""
    from newsevents.pipeline import process

    try:
        return process(article)
    except NewsEventsError as exc:
        return _pack(exc, article.path)
    except Exception as exc:  # a bug must cost one document, not the batch
        log.debug("pipeline failed on %s", article.path, exc_info=True)
        return ("ProcessingError", article.path, "pipeline", f"{type(exc).__name__}: {exc}")


def _work(chunk: list[Article]) -> list[Packed]:
    """Worker-side task: process a chunk of articles together (see `process_batch`)."""
    from newsevents.pipeline import process_batch

    try:
        results = process_batch(chunk)
    except Exception:  # a bug outside the stages: fall back to one article at a time
        log.debug("batch failed; processing one by one", exc_info=True)
        return [_process_one(article) for article in chunk]
    return [_without_raw(r) if isinstance(r, Article) else _pack(r, a.path)
            for r, a in zip(results, chunk, strict=True)]


def _without_raw(article: Article) -> Article:
    """The article to send back without its raw input (often HTML many times the size of
    its text): the calling process still holds it and puts it back (`_with_raw`)."""
    article.raw = ""
    return article


def _with_raw(result: Result, sent: Article) -> Result:
    """Restore the raw input a worker left out of `result`."""
    if isinstance(result, Article) and not result.raw:
        result.raw = sent.raw
    return result


def _pack(exc: NewsEventsError, path: str | None) -> tuple[str, str | None, str, str]:
    """A picklable form of an error (custom exception signatures do not unpickle)."""
    if isinstance(exc, InputError):
        return ("InputError", exc.path, exc.reason, exc.detail)
    if isinstance(exc, ProcessingError):
        return ("ProcessingError", exc.path, exc.stage, exc.detail)
    return ("ProcessingError", path, type(exc).__name__, str(exc))


def _unpack(item: Packed) -> Result:
    """Rebuild an article or the typed error `_pack` described."""
    if isinstance(item, Article):
        return item
    kind, path, what, detail = item
    if kind == "InputError":
        return InputError(path, what, detail)
    return ProcessingError(path, what, detail)


# -- parallel ------------------------------------------------------------------------
def _pool(workers: int) -> ProcessPoolExecutor:
    """A process pool; fork where available so workers start fast and share what the
    calling process loaded (models, lexicons) copy-on-write instead of each loading it.
    The calling process freezes what it holds before forking (no full collection first:
    with spaCy and the lexicons loaded, one costs about 0.15 s per run), so the workers'
    garbage collector leaves the shared objects alone (its scans cost time and would copy
    every shared page they touch)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    if context is None:
        return ProcessPoolExecutor(max_workers=workers)
    from newsevents.pipeline import warm_up

    warm_up()
    gc.freeze()
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _parallel(
    items: Iterable[Article | NewsEventsError], workers: int, chunk_size: int
) -> Iterator[Result]:
    """Process chunks in a pool, keeping at most two chunks per worker in flight."""
    pool = _pool(workers)
    pending: dict[Future[list[Packed]], list[Article]] = {}
    try:
        for chunk in _chunks(items, chunk_size):
            if not isinstance(chunk, list):
                yield chunk
                continue
            pool = yield from _submit(pool, pending, chunk, workers)
            while len(pending) >= 2 * workers:
                pool = yield from _collect(pool, pending, workers, FIRST_COMPLETED)
        while pending:
            pool = yield from _collect(pool, pending, workers, FIRST_COMPLETED)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()  # the calling process collects its own objects again


def _submit(
    pool: ProcessPoolExecutor,
    pending: dict[Future[list[Packed]], list[Article]],
    chunk: list[Article],
    workers: int,
) -> Generator[Result, None, ProcessPoolExecutor]:
    """Submit one chunk; if the pool broke meanwhile, start a fresh one. Returns the pool."""
    try:
        pending[pool.submit(_work, chunk)] = chunk
    except BrokenProcessPool:
        yield from _fail_all(pending)
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(workers)
        pending[pool.submit(_work, chunk)] = chunk
    return pool


def _collect(
    pool: ProcessPoolExecutor,
    pending: dict[Future[list[Packed]], list[Article]],
    workers: int,
    when: str,
) -> Generator[Result, None, ProcessPoolExecutor]:
    """Yield the results of finished chunks; a crashed pool fails its chunks and restarts."""
    done, _ = wait(list(pending), return_when=when)
    broken = False
    for future in done:
        chunk = pending.pop(future)
        try:
            packed = future.result()
            yield from (_with_raw(_unpack(p), a) for p, a in zip(packed, chunk, strict=True))
        except BrokenProcessPool:
            broken = True
            yield from (_crashed(a) for a in chunk)
    if broken:
        yield from _fail_all(pending)
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _pool(workers)
    return pool


def _fail_all(pending: dict[Future[list[Packed]], list[Article]]) -> Iterator[Result]:
    """Every chunk still in flight on a crashed pool becomes one error per article."""
    for chunk in pending.values():
        yield from (_crashed(a) for a in chunk)
    pending.clear()


def _crashed(article: Article) -> ProcessingError:
    return ProcessingError(article.path, "worker", "the worker process died")


def _chunks(
    items: Iterable[Article | NewsEventsError], size: int
) -> Iterator[list[Article] | Result]:
    """Group articles into lists of `size`; errors and known articles pass straight through."""
    chunk: list[Article] = []
    for item in items:
        if not isinstance(item, Article) or _done(item):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# -- progress ------------------------------------------------------------------------
def _is_tty() -> bool:
    """True when stderr is a terminal."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _count_files(paths: Sequence[str | Path], limit: int = PROGRESS_MIN_FILES) -> int:
    """How many files the inputs name, counting up to `limit` (stdin counts as many)."""
    n = 0
    for given in paths:
        if str(given) == "-":
            return limit
        path = Path(given)
        if path.suffix.lower() in (".jsonl", ".ndjson", ".warc", ".gz"):
            return limit  # containers hold many articles
        if path.is_dir():
            for _root, _dirs, files in os.walk(path):
                n += len(files)
                if n >= limit:
                    return n
        else:
            n += 1
    return n


class _Progress:
    """A rich progress line on stderr: articles done, skipped, articles per second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.started = time.perf_counter()
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=Console(stderr=True), transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("starting workers...", total=None)
        return self

    def advance(self, result: Result) -> None:
        """Count one result and refresh the line at most five times a second."""
        self.done += 1
        self.failed += isinstance(result, NewsEventsError)
        now = time.perf_counter()
        if self._bar is not None and now - self._last > 0.2:
            self._last = now
            self._bar.update(self._task, description=self.describe())

    def describe(self) -> str:
        """``"120 articles (3 skipped), 14.2 articles/s"``."""
        rate = self.done / max(time.perf_counter() - self.started, 1e-9)
        return f"{self.done} articles ({self.failed} skipped), {rate:.1f} articles/s"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=self.describe())
            self._bar.stop()
