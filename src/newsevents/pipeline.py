"""The pipeline: a plain loop of stages over one `Article`.

Each stage is a module with a `run(article) -> Article` entry point. Deciding
(rules, models) lives in the stages; writing results lives in `store` and
`export`, so every stage can be tested alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from newsevents import clean, coders, ids, language, segment
from newsevents.dates import events as event_dates
from newsevents.dates import publication
from newsevents.errors import NewsEventsError, ProcessingError
from newsevents.model import Article

log = logging.getLogger(__name__)

Stage = Callable[[Article], Article]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean.run),
    ("ids", ids.run),
    ("language", language.run),
    ("segment", segment.run),
    ("publication", publication.run),
    ("code", coders.run),
    ("event_dates", event_dates.run),
)


def process(article: Article) -> Article:
    """Run every stage over `article`; a stage failure becomes a `ProcessingError`."""
    for name, stage in STAGES:
        try:
            article = stage(article)
        except NewsEventsError:
            raise
        except Exception as exc:  # a bug on one document must not end the batch
            log.debug("stage %s failed on %s", name, article.path, exc_info=True)
            raise ProcessingError(article.path, name, f"{type(exc).__name__}: {exc}") from exc
    return article


def process_many(articles: Iterable[Article]) -> Iterator[Article | NewsEventsError]:
    """Process articles one by one, yielding each result or the error that stopped it."""
    for article in articles:
        try:
            yield process(article)
        except NewsEventsError as exc:
            yield exc
