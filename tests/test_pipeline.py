"""The batch path gives exactly what the one-article path gives, and isolates failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsevents import coders, pipeline
from newsevents.errors import NewsEventsError, ProcessingError
from newsevents.export import records
from newsevents.model import Article
from newsevents.readers import iter_articles

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS = REPO_ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLE = REPO_ROOT / "src" / "newsevents" / "sample"


def _inputs() -> list[Article]:
    """Fresh (unprocessed) articles: the seeds when present, and the sample corpus."""
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    return [a for a in iter_articles([*paths, str(SAMPLE)]) if isinstance(a, Article)]


def _content(result: Article | NewsEventsError) -> Any:
    if isinstance(result, NewsEventsError):
        return str(result)
    return (result.id, result.language, result.sentences, result.mentions, result.events,
            records(result))


@pytest.fixture(scope="module")
def one_by_one() -> list[Any]:
    """Every input processed alone with `process` (the reference)."""
    out = []
    for article in _inputs():
        try:
            out.append(_content(pipeline.process(article)))
        except NewsEventsError as exc:
            out.append(str(exc))
    return out


def test_batch_gives_the_same_records_as_one_by_one(one_by_one: list[Any]) -> None:
    batched = [_content(r) for r in pipeline.process_batch(_inputs())]
    assert len(batched) == len(one_by_one) > 10
    assert sum(len(c[4]) for c in one_by_one if isinstance(c, tuple)) > 0  # events were made
    for got, want in zip(batched, one_by_one, strict=True):
        assert got == want


def test_one_failing_article_costs_only_itself(
    one_by_one: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs()
    bad = next(i for i, a in enumerate(inputs) if a.path and "en_01" in a.path)
    real = coders.get_coder("en")
    assert real is not None
    original = real.code_many

    def flaky(article: Article) -> None:  # fails on one article, in batch or alone
        if article.path and "en_01" in article.path:
            raise RuntimeError("boom")
        original([article])

    monkeypatch.setattr(real, "code", flaky)
    def flaky_many(articles: list[Article]) -> None:
        for article in articles:
            flaky(article)

    monkeypatch.setattr(real, "code_many", flaky_many)
    results = pipeline.process_batch(inputs)
    assert isinstance(results[bad], ProcessingError) and results[bad].stage == "code"
    for i, (got, want) in enumerate(zip(results, one_by_one, strict=True)):
        if i != bad:
            assert _content(got) == want


def test_process_batch_of_nothing_is_nothing() -> None:
    assert pipeline.process_batch([]) == []


def test_sample_dir_is_found() -> None:
    assert Path(SAMPLE).is_dir()
