"""The throughput benchmark (tiny corpus: this checks the machinery, not the speed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsevents.bench import build_corpus, peak_rss_mb, run_benchmark, source_texts


def test_corpus_copies_have_distinct_ids(tmp_path: Path) -> None:
    assert len(source_texts()) >= 5  # the shipped sample corpus at least
    texts = build_corpus(tmp_path, 7)
    files = sorted(tmp_path.glob("*.jsonl"))
    ids = {json.loads(f.read_text(encoding="utf-8"))["id"] for f in files}
    assert len(texts) == len(files) == len(ids) == 7


def test_benchmark_measures_us_and_spacy(nlp: Any) -> None:
    result = run_benchmark(4, workers=1, nlp=nlp, rounds=2)
    assert result.articles + result.skipped == 4 and result.rounds == 2
    assert result.seconds > 0 and result.articles_per_s > 0
    assert result.spacy_seconds is not None and result.spacy_seconds > 0
    assert result.ratio is not None and result.ratio > 0
    assert result.ratio_with_load is not None and result.load_seconds >= 0
    assert 10 < result.peak_rss_mb < 100_000 and peak_rss_mb() >= result.peak_rss_mb * 0.5
    lines = "\n".join(result.lines())
    assert "articles/s" in lines and "ratio" in lines and "MB" in lines
    assert "loading excluded on both sides" in lines
