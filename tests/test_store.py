"""The DuckDB store: migrations, idempotent batches, rollback, queries, errors."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from newsevents import store as store_module
from newsevents.errors import InputError, ProcessingError, StoreError
from newsevents.export import records
from newsevents.store import MIGRATIONS, EventFilter, Store, parse_dyad

TEXTS = [
    "Russia met Iraq in Moscow on Monday. Iraq did not attack Turkey.",
    "Turkey accused Syria of shelling. Russia threatened Iran over drones.",
]


def _fill(db_path: Path, make_article) -> list:
    first = make_article(TEXTS[0], events=[("Russia", "met", "Iraq", "CONSULT"),
                                           ("Iraq", "attack", "Turkey", "ASSAULT")],
                         outlet="AP", published=date(2024, 5, 7))
    second = make_article(TEXTS[1], events=[("Turkey", "accused", "Syria", "ACCUSE"),
                                            ("Russia", "threatened", "Iran", "THREATEN")],
                          outlet="Reuters", language="en", published=date(2024, 6, 1))
    second.events[1].date.value = date(2024, 6, 2)
    with Store.open(db_path) as store:
        store.add_batch([first, second])
    return [first, second]


def test_open_creates_schema_and_records_migrations(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.schema_version() == len(MIGRATIONS)
    with Store.open(db_path) as store:  # reopening applies nothing twice
        assert store.schema_version() == len(MIGRATIONS)
    con = duckdb.connect(str(db_path))
    rows = con.execute("SELECT version, applied_at FROM schema_migrations").fetchall()
    con.close()
    assert [r[0] for r in rows] == list(range(1, len(MIGRATIONS) + 1))
    assert all(r[1] is not None for r in rows)


def test_batch_is_idempotent(db_path: Path, make_article) -> None:
    article = make_article(TEXTS[0])
    with Store.open(db_path) as store:
        first = store.add_batch([article, article])  # a repeat inside one batch, too
        assert (first.new, first.already, first.events) == (1, 1, 1)
        before = store.stats()
        again = store.add_batch([article])
        assert (again.new, again.already, again.events) == (0, 1, 0)
        after = store.stats()
    assert before["articles"] == after["articles"] == 1
    assert before["events"] == after["events"] == 1
    assert before["actors"] == after["actors"] == 2


def test_failed_event_insert_rolls_back_the_whole_batch(db_path: Path, make_article) -> None:
    good = make_article(TEXTS[0])
    bad = make_article(TEXTS[1], events=[("Turkey", "accused", "Syria", "ACCUSE")])
    clash = records(bad)[0]["id"]
    with Store.open(db_path) as store:
        # an event row with the bad article's event id already there: its insert fails
        # inside the batch, after the articles rows were written
        store._con.execute("INSERT INTO events (id, article_id) VALUES (?, 'other')", [clash])
        with pytest.raises(StoreError, match="rolled back"):
            store.add_batch([good, bad], [InputError("x.bin", "binary")])
        stats = store.stats()
        assert (stats["articles"], stats["events"], stats["actors"], stats["skipped"]) == (
            0, 1, 0, 0)
        store._con.execute("DELETE FROM events")
        result = store.add_batch([good, bad])  # the connection is usable afterwards
        assert (result.new, result.events) == (2, 2)


def test_a_python_error_mid_batch_also_rolls_back(
    db_path: Path, make_article, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_article(TEXTS[0])
    bad = make_article(TEXTS[1], events=[("Turkey", "accused", "Syria", "ACCUSE")])
    real_row = store_module._mention_row

    def broken(article, index):  # a bug while flattening the second article
        if article.id == bad.id:
            raise RuntimeError("flattening bug")
        return real_row(article, index)

    monkeypatch.setattr(store_module, "_mention_row", broken)
    with Store.open(db_path) as store:
        with pytest.raises(StoreError, match="flattening bug"):
            store.add_batch([good, bad])
        assert store.known_article_ids() == set()


def test_untrusted_text_is_stored_verbatim(db_path: Path, make_article) -> None:
    text = "Russia met Iraq'); DROP TABLE articles; -- \"quoted\" ? $1 \\x00 %s. Done."
    article = make_article(text, title="'; DELETE FROM events; --", outlet="?")
    with Store.open(db_path) as store:
        store.add_batch([article])
        assert store.article_text(article.id) == text
        frame = store.events(outlet="?")
        assert len(frame) == 1
        assert frame.iloc[0]["sentence"].startswith("Russia met Iraq'); DROP")
        assert store.stats()["articles"] == 1


def test_event_filters(db_path: Path, make_article) -> None:
    _fill(db_path, make_article)
    with Store.open(db_path) as store:
        assert len(store.events()) == 4
        assert list(store.events(dyad="RUS-IRQ")["event_type"]) == ["CONSULT"]
        assert store.events(dyad="IRQ-RUS").empty  # directed by default
        assert len(store.events(dyad="IRQ-RUS", undirected=True)) == 1
        assert len(store.events(country="tur")) == 2  # either side, case-insensitive
        assert list(store.events(event_type="threaten")["target_country"]) == ["IRN"]
        assert len(store.events(outlet="Reuters")) == 2
        assert len(store.events(since="2024-06-01")) == 1  # event dates
        assert len(store.events(since="2024-06", by="publication")) == 2
        assert len(store.events(until="2024-05-31", by="publication")) == 2
        assert len(store.events(until="2024-05", by="publication")) == 2
        assert len(store.events(language="ar")) == 0
        assert len(store.events(limit=3)) == 3


def test_dyad_summary_and_stats(db_path: Path, make_article) -> None:
    _fill(db_path, make_article)
    with Store.open(db_path) as store:
        summary = store.dyad_summary()
        assert set(summary.columns) == {"source_country", "target_country", "event_type",
                                        "events", "goldstein_mean"}
        assert summary["events"].sum() == 4
        monthly = store.dyad_summary(period="month")
        assert set(monthly["period"]) == {"2024-05", "2024-06"}
        june = store.dyad_summary(period="month", since="2024-06")
        assert set(june["period"]) == {"2024-06"} and june["events"].sum() == 1
        turkey = store.dyad_summary(country="TUR")
        assert turkey["events"].sum() == 2
        assert (turkey["goldstein_mean"] <= 10).all() and (turkey["goldstein_mean"] >= -10).all()
        stats = store.stats()
        assert stats["event_types"]["ASSAULT"] == 1
        assert stats["languages"] == {"en": 2}
        assert len(store.known_article_ids()) == 2


def test_skipped_unique_per_path_and_reason(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_batch([], [InputError("a.txt", "empty"), InputError("b.bin", "binary")])
        store.add_batch([], [InputError("a.txt", "empty", "again"),
                             ProcessingError("c.txt", "code", "boom")])
        skipped = store.skipped()
    assert sorted(zip(skipped["path"], skipped["reason"], strict=True)) == [
        ("a.txt", "empty"), ("b.bin", "binary"), ("c.txt", "stage_failed:code")]
    assert "again" in set(skipped["detail"])


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store.open(path)
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_locked_database_is_a_store_error(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " time.sleep(30)", str(db_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked"):
            Store.open(db_path)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    Store.open(db_path).close()  # usable again once the other process is gone


def test_partial_dates_cover_their_period() -> None:
    assert store_module._as_date("2024") == date(2024, 1, 1)
    assert store_module._as_date("2024", end=True) == date(2024, 12, 31)
    assert store_module._as_date("2024-02", end=True) == date(2024, 2, 29)
    assert store_module._as_date("2024-12", end=True) == date(2024, 12, 31)
    with pytest.raises(ValueError, match="not a date"):
        store_module._as_date("yesterday")


def test_parse_dyad() -> None:
    assert parse_dyad("rus-irq") == ("RUS", "IRQ")
    with pytest.raises(ValueError, match="RUS-IRQ"):
        parse_dyad("RUS")


KILL_SCRIPT = """
import os, sys
from newsevents import store as store_module
from newsevents.model import Article, Sentence
from newsevents.store import Store

real = Store._insert

def dying_insert(self, table, columns, rows):
    real(self, table, columns, rows)
    if table == "articles":  # the articles rows are in; die before events and actors
        os._exit(9)

text = "Russia met Iraq."
article = Article(raw=text, text=text, id="killed-1", sentences=[Sentence(0, len(text))])
with Store.open(sys.argv[1]) as store:
    store.add_batch([Article(raw="ok", text="ok", id="kept-1")])
    Store._insert = dying_insert
    store.add_batch([article])
"""


def test_a_process_killed_mid_batch_leaves_no_half_article(db_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(db_path)], timeout=120)
    assert done.returncode == 9
    with Store.open(db_path) as store:
        assert store.known_article_ids() == {"kept-1"}  # the killed batch left nothing


def test_a_version_1_database_is_migrated_in_place(tmp_path) -> None:
    """A file written before migration 2 gains the date-evidence columns and keeps its rows."""
    import duckdb

    from newsevents.store import MIGRATIONS, Store

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    for step in MIGRATIONS[0]:
        con.execute(step)
    con.execute("INSERT INTO schema_migrations VALUES (1, now())")
    con.execute("INSERT INTO articles (id, text) VALUES ('a1', 'kept')")
    con.close()

    with Store.open(path) as store:
        assert store.schema_version() == len(MIGRATIONS) >= 2
    con = duckdb.connect(str(path))
    columns = {r[0] for r in con.execute("DESCRIBE events").fetchall()}
    assert {"event_date_end", "date_text", "date_start", "date_end"} <= columns
    assert con.execute("SELECT text FROM articles WHERE id = 'a1'").fetchone() == ("kept",)
    con.close()


def test_unknown_event_filter_is_named(db_path: Path) -> None:
    with Store.open(db_path) as store, pytest.raises(ValueError, match="unknown event filter"):
        store.events(countries="RUS")
    with pytest.raises(ValueError, match="by must be"):
        EventFilter.of(by="week")


def test_event_filter_builds_parameters_not_sql_text() -> None:
    # untrusted values go into parameters; the SQL text holds only placeholders
    where, params = EventFilter(outlet="x'; DROP TABLE events; --", since="2024").where()
    assert all("DROP" not in clause for clause in where)
    assert params[0] == "x'; DROP TABLE events; --"


def test_relations_per_pair_and_period(db_path: Path, make_article) -> None:
    first = make_article("Russia met Iraq. Then Russia attacked Iraq.",
                         events=[("Russia", "met", "Iraq", "CONSULT"),
                                 ("Russia", "attacked", "Iraq", "ASSAULT")])
    second = make_article("Russia did not attack Iraq.",
                          events=[("Russia", "attack", "Iraq", "ASSAULT")])
    (_consult, assault), (denied,) = first.events, second.events
    assault.quad_class, assault.goldstein = 4, -9.0
    denied.quad_class, denied.goldstein = 4, -9.0
    assault.date.value = date(2023, 2, 1)
    with Store.open(db_path) as store:
        store.add_batch([first, second])
        rows = store.relations(period="month").to_dict("records")
        yearly = store.relations(period="year", dyad="IRQ-RUS", undirected=True)
        none = store.relations(dyad="IRQ-RUS")
    assert denied.negated and none.empty  # directed: Iraq never acted on Russia
    assert [(r["period"], r["events"], r["cooperative"], r["conflictual"]) for r in rows] == [
        ("2023-02", 1, 0, 1), ("2024-05", 1, 1, 0)]  # the denied attack is left out
    assert rows[0]["goldstein_sum"] == -9.0 and rows[1]["goldstein_mean"] == 1.0
    assert list(yearly["period"]) == ["2023", "2024"]
