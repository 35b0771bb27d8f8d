"""The library API (what the CLI wraps) and the package's public names."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsevents
from newsevents import api
from newsevents import store as store_module
from newsevents.errors import InputError
from newsevents.model import Article


def test_public_names_resolve() -> None:
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None
    assert newsevents.__version__
    with pytest.raises(AttributeError):
        _ = newsevents.no_such_name  # type: ignore[attr-defined]


def test_extract_text_and_records() -> None:
    article = newsevents.extract_text(
        "Russia and Iraq signed an energy agreement in Baghdad on Monday.",
        outlet="AP", published="2024-05-06", url="https://example.org/x")
    assert article.id and article.text.startswith("Russia")
    assert article.published is not None and article.published_source == "metadata"
    for record in newsevents.records(article):
        assert newsevents.validate_record(record) == []
    with pytest.raises(InputError):
        newsevents.extract_text("   ")


def test_extract_mixes_texts_articles_and_paths(mixed_dir: Path, mixed_expected) -> None:
    good, _bad = mixed_expected
    given = Article(raw="Iraq recalled its ambassador from Ankara on Sunday.")
    out = newsevents.extract("Syria condemned the strike.", [given, mixed_dir])
    assert len(out) == 2 + len(good)  # the bad files are logged and left out
    assert out[1] is given and all(a.id for a in out)
    with pytest.raises(TypeError):
        newsevents.extract(42)  # type: ignore[arg-type]


def test_extract_paths_yields_typed_errors(mixed_dir: Path, mixed_expected) -> None:
    good, bad = mixed_expected
    results = list(newsevents.extract_paths([mixed_dir]))
    assert len(results) == len(good) + len(bad)
    assert {Path(r.path).name for r in results if isinstance(r, InputError)} == set(bad)


def test_ingest_is_idempotent_and_names_skipped(
    mixed_dir: Path, mixed_expected, db_path: Path
) -> None:
    good, bad = mixed_expected
    report = newsevents.ingest([mixed_dir], db=db_path, workers=1, progress=False)
    assert (report.new, report.already, report.ok) == (len(good), 0, False)
    assert {(Path(s.path).name, s.reason) for s in report.skipped} == set(bad.items())
    assert "skipped" in report.summary()
    again = newsevents.ingest([mixed_dir], db=db_path, workers=1, progress=False)
    assert (again.new, again.already, again.events) == (0, len(good), 0)
    with newsevents.open_store(db_path) as store:
        stats = store.stats()
    assert stats["articles"] == len(good) and stats["skipped"] == len(bad)
    assert stats["events"] == report.events
    frame = newsevents.events_frame(db_path)
    assert len(frame) == report.events == len(newsevents.stored_records(db_path))


def test_failed_batch_is_retried_article_by_article(
    db_path: Path, make_article, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_article("Russia met Iraq in Moscow.", path="good.txt")
    bad = make_article("Turkey met Syria in Ankara.", path="bad.txt",
                       events=[("Turkey", "met", "Syria", "CONSULT")])
    real_row = store_module._event_row
    monkeypatch.setattr(store_module, "_event_row", lambda r: (
        real_row(r)[:-1] if r["article_id"] == bad.id else real_row(r)))
    report = api.IngestReport(db=str(db_path))
    with newsevents.open_store(db_path) as store:
        api._flush(store, [good, bad, InputError("x.bin", "binary")], report)
        assert store.known_article_ids() == {good.id}
        assert set(store.skipped()["path"]) == {"bad.txt", "x.bin"}
    assert report.new == 1 and {s.path for s in report.skipped} == {"bad.txt", "x.bin"}


def test_events_frame_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(newsevents.StoreError, match="no such database"):
        newsevents.events_frame(tmp_path / "nothing.duckdb")


def test_reingesting_records_with_ids_skips_the_pipeline(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "r1", "text": "Iraq and Iran agreed to reopen the border crossing."}\n'
        '{"url": "https://example.org/2", "text": "Syria condemned the air strike."}\n'
        '{"text": "Jordan closed its border with Syria on Friday."}\n', encoding="utf-8")
    first = newsevents.ingest([feed], db=db_path, workers=1, progress=False)
    assert first.new == 3
    from newsevents import pipeline

    calls: list[str | None] = []
    real = pipeline.process
    monkeypatch.setattr(pipeline, "process", lambda a: calls.append(a.path) or real(a))
    again = newsevents.ingest([feed], db=db_path, workers=1, progress=False)
    assert (again.new, again.already) == (0, 3)
    assert calls == [f"{feed}:3"]  # only the record without id or URL needed cleaning


def test_records_carry_date_evidence_and_range_end() -> None:
    """The date's own words and offsets, and the end of a range, reach the record."""
    from newsevents import extract_text, records, validate_record

    text = "Between 2008 and 2011, Russia delivered weapons to Iraq, the ministry said."
    article = extract_text(text, published="2016-01-10")
    (rec,) = [r for r in records(article) if r["trigger"] == "delivered"]
    assert validate_record(rec) == []
    assert (rec["event_date"], rec["event_date_end"]) == ("2008-01-01", "2011-01-01")
    assert text[rec["date_start"] : rec["date_end"]] == rec["date_text"] == "Between 2008 and 2011"
    speaker = rec["attribution"]
    assert text[speaker["speaker_start"] : speaker["speaker_end"]] == speaker["speaker"]
