"""The pipeline: a plain loop of stages over one `Article`, or over a batch of them.

Each stage is a module with a `run(article) -> Article` entry point. Deciding
(rules, models) lives in the stages; writing results lives in `store` and
`export`, so every stage can be tested alone.

`process_batch` gives the same records as `process` on each article, only faster: the
coding stage sees the whole batch at once, so a coder with a `code_many` method (the
English one) parses the sentences of many articles in one spaCy call. A failure costs
one article, never the batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from newsevents import clean, coders, discourse, ids, language, segment
from newsevents.actors import places
from newsevents.dates import events as event_dates
from newsevents.dates import expressions, publication
from newsevents.errors import NewsEventsError, ProcessingError
from newsevents.model import Article

log = logging.getLogger(__name__)

Stage = Callable[[Article], Article]
Result = Article | NewsEventsError

STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean.run),
    ("ids", ids.run),
    ("language", language.run),
    ("segment", segment.run),
    ("publication", publication.run),
    ("code", coders.run),
    ("discourse", discourse.run),
    ("event_dates", event_dates.run),
)
CODE_STAGE = "code"  # the stage `process_batch` runs over many articles at once

# Texts whose processing loads every lazily built model and table (spaCy, lingua, lexicons).
_WARM_UP_TEXTS = (
    "Russia and Iraq signed an agreement in Baghdad on Monday, the minister said.",
    "وقعت روسيا والعراق اتفاقية في بغداد يوم الاثنين، حسبما قال الوزير.",
)


def process(article: Article) -> Article:
    """Run every stage over `article`; a stage failure becomes a `ProcessingError`."""
    for name, stage in STAGES:
        article = _run_stage(name, stage, article)
    return article


def process_batch(articles: Sequence[Article]) -> list[Result]:
    """Process `articles` together; one result (the article or its error) per input, in order.

    Stages other than coding run article by article; coding runs once per language over
    the batch (see `coders.run_many`), and an article whose coding fails alone is coded
    again by itself so that its error, not the batch's, is what it gets.
    """
    results: list[Result] = list(articles)
    try:
        for name, stage in STAGES:
            if name == CODE_STAGE:
                _code_batch(results)
            else:
                _each(results, name, stage)
    finally:
        expressions.forget_shared()  # shared between a batch's stages only, not batches
    return results


def warm_up() -> None:
    """Load every model and table the stages build lazily (before forking workers, so they
    share one copy instead of each loading its own)."""
    for text in _WARM_UP_TEXTS:
        try:
            process(Article(raw=text))
        except NewsEventsError:
            log.debug("warm-up text failed", exc_info=True)  # workers will load lazily
    places.preload()  # the world towns are looked up only for rare names: load them now


# -- helpers -------------------------------------------------------------------------
def _run_stage(name: str, stage: Stage, article: Article) -> Article:
    """One stage over one article; a foreign exception becomes a `ProcessingError`."""
    try:
        return stage(article)
    except NewsEventsError:
        raise
    except Exception as exc:  # a bug on one document must not end the batch
        log.debug("stage %s failed on %s", name, article.path, exc_info=True)
        raise ProcessingError(article.path, name, f"{type(exc).__name__}: {exc}") from exc


def _each(results: list[Result], name: str, stage: Stage) -> None:
    """Run one stage over every article still alive in `results`, in place."""
    for i, item in enumerate(results):
        if isinstance(item, Article):
            try:
                results[i] = _run_stage(name, stage, item)
            except NewsEventsError as exc:
                results[i] = exc


def _code_batch(results: list[Result]) -> None:
    """The coding stage over the live articles of `results`; falls back to one by one."""
    alive = [item for item in results if isinstance(item, Article)]
    if len(alive) < 2:
        _each(results, CODE_STAGE, coders.run)
        return
    marks = [(len(a.mentions), len(a.events), list(a.sentences)) for a in alive]
    try:
        coders.run_many(alive)
    except Exception:
        log.debug("batch coding failed; coding one by one", exc_info=True)
        for article, (mentions, events, sentences) in zip(alive, marks, strict=True):
            del article.mentions[mentions:], article.events[events:]
            article.sentences = sentences
        _each(results, CODE_STAGE, coders.run)
