"""The batch runner: typed errors for bad inputs, pools, crashes, progress."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from newsevents import pipeline, runner
from newsevents.errors import InputError, NewsEventsError, ProcessingError
from newsevents.export import records
from newsevents.model import Article
from newsevents.runner import process_items, process_paths


def _split(results: list) -> tuple[list[Article], list[NewsEventsError]]:
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, NewsEventsError)]
    return articles, errors


def test_mixed_folder_gives_articles_and_named_errors(mixed_dir: Path, mixed_expected) -> None:
    good, bad = mixed_expected
    articles, errors = _split(list(process_paths([mixed_dir], workers=1, progress=False)))
    assert sorted(Path(a.path or "").name for a in articles) == good
    assert all(a.id and a.text for a in articles)
    found = {Path(e.path or "").name: e.reason for e in errors if isinstance(e, InputError)}
    assert found == bad


def test_pool_gives_the_same_content_as_one_process(mixed_dir: Path) -> None:
    def content(workers: int) -> list:
        out: list[Any] = []
        for result in process_paths([mixed_dir], workers=workers, progress=False, chunk_size=2):
            if isinstance(result, Article):
                # the raw input too: workers leave it out and the caller puts it back
                out.append((result.id, result.raw, result.text, result.language,
                            len(result.sentences), sorted(r["id"] for r in records(result))))
            else:
                out.append((result.path, str(result)))
        return sorted(out, key=repr)

    assert content(2) == content(1)


def test_a_stage_bug_costs_one_document(
    mixed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.process

    def flaky(article: Article) -> Article:
        if article.path and article.path.endswith("good_1.txt"):
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "process", flaky)
    articles, errors = _split(list(process_paths([mixed_dir], workers=1, progress=False)))
    assert [Path(a.path or "").name for a in articles] == ["good_2.txt"]
    failed = [e for e in errors if isinstance(e, ProcessingError)]
    assert len(failed) == 1 and "boom" in str(failed[0]) and failed[0].path.endswith("good_1.txt")


def test_a_crashed_worker_costs_its_chunk_not_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    def crashing(article: Article) -> Article:  # a stand-in pipeline: no models to load
        if article.path == "crash":
            os._exit(3)  # a segfault-like death of the worker process
        article.id = article.path or ""
        return article

    monkeypatch.setattr(pipeline, "process", crashing)
    monkeypatch.setattr(pipeline, "process_batch", lambda chunk: [crashing(a) for a in chunk])
    items = [Article(raw=f"Report number {i} from the capital.", path=f"doc{i}")
             for i in range(6)]
    items.insert(2, Article(raw="This one kills its worker.", path="crash"))
    results = list(process_items(items, workers=2, chunk_size=1))
    assert len(results) == len(items)
    crashed = [r for r in results if isinstance(r, ProcessingError)]
    assert any(e.path == "crash" and e.stage == "worker" for e in crashed)
    assert len([r for r in results if isinstance(r, Article)]) >= 2  # the pool restarted


def test_errors_survive_the_trip_from_a_worker() -> None:
    for err in (InputError("a.txt", "empty", "nothing"), ProcessingError("b.txt", "code", "x")):
        back = runner._unpack(runner._pack(err, err.path))
        assert type(back) is type(err) and str(back) == str(err)


def test_forced_progress_reports_articles_per_second(
    mixed_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    list(process_paths([mixed_dir], workers=1, progress=True, force_progress=True))
    assert "articles/s" in capsys.readouterr().err
    list(process_paths([mixed_dir], workers=1, progress=True))  # not a terminal: silent
    assert "articles/s" not in capsys.readouterr().err
