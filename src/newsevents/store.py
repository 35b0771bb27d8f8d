"""The one event store: a DuckDB file with migrations and idempotent batches.

Articles, their events (flattened export records), actor mentions and skipped
inputs live in one DuckDB file. A batch is written in one transaction, so a run
killed half-way never leaves half an article behind, and an article whose id is
already stored is left untouched (re-ingesting the same files changes nothing).

Every statement takes its values as parameters: article text is untrusted and is
never formatted into SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import duckdb

from newsevents.defaults import DEFAULT_DB
from newsevents.errors import InputError, NewsEventsError, StoreError
from newsevents.model import Article

if TYPE_CHECKING:
    import pandas as pd


DateBy = Literal["event", "publication"]

# Ordered schema steps; each step's index + 1 is its version in schema_migrations.
# Never edit a released step: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, path VARCHAR, url VARCHAR, outlet VARCHAR,
            title VARCHAR, language VARCHAR, published DATE, published_source VARCHAR,
            text VARCHAR, n_sentences INTEGER, ingested_at TIMESTAMP, coder VARCHAR)""",
        """CREATE TABLE events (
            id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
            sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
            trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR,
            source_code VARCHAR, source_name VARCHAR, source_start INTEGER, source_end INTEGER,
            target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR,
            target_code VARCHAR, target_name VARCHAR, target_start INTEGER, target_end INTEGER,
            event_type VARCHAR, event_mode VARCHAR, context VARCHAR[], cameo VARCHAR,
            quad_class INTEGER, goldstein DOUBLE, negated BOOLEAN, modality VARCHAR,
            event_date DATE, date_precision VARCHAR, date_basis VARCHAR,
            location JSON, quantities JSON, attribution JSON,
            confidence DOUBLE, coder VARCHAR)""",
        """CREATE TABLE actors (
            article_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR,
            code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR, kind VARCHAR)""",
        """CREATE TABLE skipped (
            path VARCHAR, reason VARCHAR, detail VARCHAR, seen_at TIMESTAMP,
            UNIQUE (path, reason))""",
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX actors_article ON actors (article_id)",
    ),
    (  # 2: the date's own evidence and the end of a date range
        "ALTER TABLE events ADD COLUMN event_date_end DATE",
        "ALTER TABLE events ADD COLUMN date_text VARCHAR",
        "ALTER TABLE events ADD COLUMN date_start INTEGER",
        "ALTER TABLE events ADD COLUMN date_end INTEGER",
    ),
)

ACTOR_FIELDS: tuple[str, ...] = ("text", "country", "sector", "code", "name", "start", "end")

EVENT_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "sentence", "sentence_start", "sentence_end",
    "trigger", "trigger_start", "trigger_end",
    *(f"source_{f}" for f in ACTOR_FIELDS), *(f"target_{f}" for f in ACTOR_FIELDS),
    "event_type", "event_mode", "context", "cameo", "quad_class", "goldstein", "negated",
    "modality", "event_date", "date_precision", "date_basis", "location", "quantities",
    "attribution", "confidence", "coder", "event_date_end", "date_text", "date_start",
    "date_end",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "path", "url", "outlet", "title", "language", "published", "published_source",
    "text", "n_sentences", "ingested_at", "coder",
)
ACTOR_COLUMNS: tuple[str, ...] = (
    "article_id", "start", "end", "text", "code", "country", "sector", "name", "kind",
)
JSON_COLUMNS: frozenset[str] = frozenset({"location", "quantities", "attribution"})


@dataclass(slots=True)
class BatchResult:
    """What one `add_batch` call wrote."""

    new: int = 0  # articles stored by this batch
    already: int = 0  # articles whose id was stored before (left untouched)
    events: int = 0  # events stored by this batch
    skipped: int = 0  # skipped-input rows recorded


def _quote(name: str) -> str:
    """Quote a column name (``end`` is an SQL keyword)."""
    return f'"{name}"'


_INT_COLUMNS = frozenset({
    "sentence_start", "sentence_end", "trigger_start", "trigger_end", "source_start",
    "source_end", "target_start", "target_end", "quad_class", "n_sentences", "start", "end",
    "date_start", "date_end",
})


def _arrow_type(column: str) -> Any:
    """The Arrow type that feeds one stored column (JSON travels as text)."""
    import pyarrow as pa

    if column in _INT_COLUMNS:
        return pa.int64()
    special = {
        "goldstein": pa.float64(), "confidence": pa.float64(), "negated": pa.bool_(),
        "published": pa.date32(), "event_date": pa.date32(), "event_date_end": pa.date32(),
        "ingested_at": pa.timestamp("us"),
        "context": pa.list_(pa.string()),
    }
    return special.get(column, pa.string())


def _now() -> datetime:
    """The current UTC time without tzinfo (DuckDB TIMESTAMP is naive)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """A DuckDB event database. Use `Store.open(path)`, ideally as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = con
        self.path = path

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
        """Open (creating when missing) the database at `path` and apply pending migrations."""
        where = str(path)
        if read_only and not Path(where).exists():
            raise StoreError(f"{where}: no such database (create it with `newsevents ingest`)")
        if where != ":memory:" and not read_only:
            Path(where).parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(where, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(_explain_open_error(where, exc)) from exc
        store = cls(con, where)
        if not read_only:
            store._migrate()
        return store

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _migrate(self) -> None:
        """Apply every migration step newer than the recorded schema version."""
        try:
            self._con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"
            )
            row = self._con.execute("SELECT max(version) FROM schema_migrations").fetchone()
            current = (row[0] if row else None) or 0
            for version, steps in enumerate(MIGRATIONS, start=1):
                if version > current:
                    self._apply(version, steps)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot migrate the database ({exc})") from exc

    def _apply(self, version: int, steps: Sequence[str]) -> None:
        """Run one migration's statements and record it, all in one transaction."""
        self._con.begin()
        try:
            for sql in steps:
                self._con.execute(sql)
            self._con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)", [version, _now()]
            )
            self._con.commit()
        except duckdb.Error:
            self._con.rollback()
            raise

    def schema_version(self) -> int:
        """The newest migration applied to this database."""
        row = self._con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0) if row else 0

    # -- writing -----------------------------------------------------------
    def add_batch(
        self,
        articles: Iterable[Article],
        skipped: Iterable[NewsEventsError] = (),
    ) -> BatchResult:
        """Write processed articles and skipped inputs in ONE transaction.

        Articles whose id is already stored (or repeated within the batch) are left
        untouched and counted as `already`. Any failure rolls the whole batch back and
        raises `StoreError`, so no article is ever half-written.
        """
        result = BatchResult()
        try:
            self._con.begin()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot start a transaction ({exc})") from exc
        try:
            self._write_articles(list(articles), result)
            result.skipped = self._write_skipped(skipped)
            self._con.commit()
        except Exception as exc:  # whatever failed, the batch must leave no trace
            self._con.rollback()
            raise StoreError(
                f"{self.path}: batch not written, rolled back ({type(exc).__name__}: {exc})"
            ) from exc
        except BaseException:
            self._con.rollback()
            raise
        return result

    def _write_articles(self, articles: list[Article], result: BatchResult) -> None:
        """Insert each article not stored yet, with its events and mentions.

        Rows are gathered for the whole batch and inserted table by table through
        Arrow (row-by-row inserts are two orders of magnitude slower in DuckDB).
        """
        from newsevents.export import records

        known = self._existing_ids([a.id for a in articles])
        rows: dict[str, list[list[Any]]] = {"articles": [], "events": [], "actors": []}
        for article in articles:
            if not article.id:
                raise StoreError(f"{article.path or '<input>'}: article has no id")
            if article.id in known:
                result.already += 1
                continue
            known.add(article.id)
            recs = records(article)
            rows["articles"].append(_article_row(article, recs))
            rows["events"] += [_event_row(r) for r in recs]
            rows["actors"] += [_mention_row(article, i) for i in range(len(article.mentions))]
            result.new += 1
            result.events += len(recs)
        for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS),
                               ("actors", ACTOR_COLUMNS)):
            self._insert(table, columns, rows[table])

    def _insert(self, table: str, columns: Sequence[str], rows: list[list[Any]]) -> None:
        """Insert `rows` into `table` in one statement (an Arrow table as the source)."""
        if not rows:
            return
        import pyarrow as pa

        arrays = {
            name: pa.array([row[i] for row in rows], type=_arrow_type(name))
            for i, name in enumerate(columns)
        }
        self._con.register("newsevents_batch", pa.table(arrays))
        try:
            names = ", ".join(_quote(c) for c in columns)
            self._con.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM newsevents_batch"
            )
        finally:
            self._con.unregister("newsevents_batch")

    def _write_skipped(self, skipped: Iterable[NewsEventsError]) -> int:
        """Record skipped inputs; a (path, reason) pair seen before only updates its time."""
        rows = [_skipped_row(err) for err in skipped]
        if rows:
            self._con.executemany(
                "INSERT INTO skipped VALUES (?, ?, ?, ?) ON CONFLICT (path, reason) "
                "DO UPDATE SET detail = excluded.detail, seen_at = excluded.seen_at",
                rows,
            )
        return len(rows)

    def _existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of `ids` are already stored."""
        if not ids:
            return set()
        rows = self._con.execute(
            "SELECT id FROM articles WHERE list_contains(?, id)", [list(ids)]
        ).fetchall()
        return {r[0] for r in rows}

    # -- reading -----------------------------------------------------------
    def known_article_ids(self) -> set[str]:
        """Every stored article id."""
        return {r[0] for r in self._fetch("SELECT id FROM articles", [])}

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        return bool(self._fetch("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def events(self, *, limit: int | None = None, **filters: Any) -> pd.DataFrame:
        """Stored events joined with their article's metadata, filtered, as a DataFrame.

        `filters` are the fields of `EventFilter`: `dyad="RUS-IRQ"` means source country
        RUS acting on target country IRQ (`undirected=True`: either direction);
        `country` matches either side; `since`/`until` (inclusive) apply to the event
        date, or to the publication date with `by="publication"`.
        """
        sql, params = _events_query(EventFilter.of(**filters), limit)
        return self._frame(sql, params)

    def event_rows(self, *, limit: int | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stored events (same filters as `events`) as plain dicts, JSON columns decoded.

        Values keep their database types (int, float, bool, date, list), unlike a
        DataFrame, which turns integer columns with nulls into floats.
        """
        sql, params = _events_query(EventFilter.of(**filters), limit)
        try:
            cursor = self._con.execute(sql, params)
            names = [d[0] for d in cursor.description or []]
            while rows := cursor.fetchmany(1000):
                for row in rows:
                    yield {n: _decode(n, v) for n, v in zip(names, row, strict=True)}
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def stats(self) -> dict[str, Any]:
        """Counts of articles, events, mentions and skipped inputs, with breakdowns."""
        one = self._scalar
        return {
            "path": self.path,
            "schema_version": self.schema_version(),
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "actors": one("SELECT count(*) FROM actors"),
            "skipped": one("SELECT count(*) FROM skipped"),
            "languages": self._pairs("SELECT language, count(*) FROM articles GROUP BY 1"),
            "event_types": self._pairs("SELECT event_type, count(*) FROM events GROUP BY 1"),
            "skipped_reasons": self._pairs("SELECT reason, count(*) FROM skipped GROUP BY 1"),
            "first_event": one("SELECT min(event_date) FROM events"),
            "last_event": one("SELECT max(event_date) FROM events"),
        }

    def skipped(self) -> pd.DataFrame:
        """Every skipped input with its reason."""
        return self._frame("SELECT * FROM skipped ORDER BY seen_at, path", [])

    def dyad_summary(
        self, *, period: Literal["month", "year"] | None = None, **filters: Any
    ) -> pd.DataFrame:
        """Event counts and mean Goldstein score per (source country, target country,
        event type[, period]); `filters` as `events` (the period follows their `by`)."""
        chosen = EventFilter.of(**filters)
        column = "e.event_date" if chosen.by == "event" else "a.published"
        group = ["e.source_country", "e.target_country", "e.event_type"]
        select = list(group)
        if period is not None:
            fmt = "%Y-%m" if period == "month" else "%Y"
            select.append(f"strftime({column}, '{fmt}') AS period")
            group.append("period")
        where, params = chosen.where()
        where.append("(e.source_country IS NOT NULL OR e.target_country IS NOT NULL)")
        sql = (
            f"SELECT {', '.join(select)}, count(*) AS events, "
            "round(avg(e.goldstein), 2) AS goldstein_mean FROM events e "
            f"JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(where)} "
            f"GROUP BY {', '.join(group)} ORDER BY events DESC, {', '.join(group)}"
        )
        return self._frame(sql, params)

    def relations(
        self, *, period: Literal["month", "year"] = "month", **filters: Any
    ) -> pd.DataFrame:
        """How each ordered country pair related, period by period: event counts, the
        cooperative (quad classes 1-2) and conflictual (3-4) shares, and the mean and
        summed Goldstein scores. Negated events are left out (they did not happen);
        `filters` as `events`, and the period follows their `by` date."""
        chosen = EventFilter.of(**filters)
        column = "e.event_date" if chosen.by == "event" else "a.published"
        fmt = "%Y-%m" if period == "month" else "%Y"
        where, params = chosen.where()
        where += ["e.source_country IS NOT NULL", "e.target_country IS NOT NULL",
                  "NOT coalesce(e.negated, false)", f"{column} IS NOT NULL"]
        sql = (
            f"SELECT strftime({column}, '{fmt}') AS period, e.source_country, "
            "e.target_country, count(*) AS events, "
            "count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperative, "
            "count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflictual, "
            "round(avg(e.goldstein), 2) AS goldstein_mean, "
            "round(sum(e.goldstein), 1) AS goldstein_sum FROM events e "
            f"JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(where)} "
            "GROUP BY ALL ORDER BY period, events DESC, e.source_country, e.target_country"
        )
        return self._frame(sql, params)

    def article_texts(self) -> list[str]:
        """The clean text of every stored article, in id order."""
        return [r[0] for r in self._fetch("SELECT text FROM articles ORDER BY id", [])]

    def article_text(self, article_id: str) -> str | None:
        """The stored clean text of one article."""
        rows = self._fetch("SELECT text FROM articles WHERE id = ?", [article_id])
        return rows[0][0] if rows else None

    # -- helpers -----------------------------------------------------------
    def _fetch(self, sql: str, params: list[Any]) -> list[Any]:
        """Run a query, translating DuckDB errors."""
        try:
            return self._con.execute(sql, params).fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def _frame(self, sql: str, params: list[Any]) -> pd.DataFrame:
        """Run a query into a pandas DataFrame, translating DuckDB errors."""
        try:
            return self._con.execute(sql, params).df()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def _scalar(self, sql: str) -> Any:
        rows = self._fetch(sql, [])
        return rows[0][0] if rows else None

    def _pairs(self, sql: str) -> dict[str, int]:
        return {str(k): int(v) for k, v in self._fetch(sql + " ORDER BY 2 DESC, 1", [])}


def _explain_open_error(path: str, exc: duckdb.Error) -> str:
    """One readable line for why a database file could not be opened."""
    message = str(exc)
    lowered = message.lower()
    if "lock" in lowered:
        return f"{path}: the database is locked by another process (close it and retry)"
    if "not a valid duckdb" in lowered or "invalid" in lowered or "magic" in lowered:
        return f"{path}: not a DuckDB database file"
    return f"{path}: cannot open the database ({message.splitlines()[0] if message else exc})"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which stored events a query covers; a field left at its default sets no condition."""

    dyad: str | None = None  # "RUS-IRQ": source RUS acting on target IRQ
    undirected: bool = False  # the dyad matches either direction
    event_type: str | None = None
    country: str | None = None  # either side
    since: date | str | None = None  # inclusive; YYYY, YYYY-MM or YYYY-MM-DD
    until: date | str | None = None  # inclusive; a partial date means its last day
    outlet: str | None = None
    language: str | None = None
    by: DateBy = "event"  # which date since/until (and periods) use: event or publication

    @classmethod
    def of(cls, **filters: Any) -> EventFilter:
        """A filter from keyword arguments; an unknown name is a ValueError naming it."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(filters) - known)
        if unknown:
            raise ValueError(f"unknown event filter {', '.join(unknown)} "
                             f"(known: {', '.join(sorted(known))})")
        if filters.get("by") not in (None, "event", "publication"):
            raise ValueError(f"by must be 'event' or 'publication', not {filters['by']!r}")
        return cls(**{k: v for k, v in filters.items() if v is not None})

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions (over events `e` joined with articles `a`) and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.dyad:
            where.append(self._dyad_clause(params))
        if self.country:
            where.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country.upper(), self.country.upper()]
        for column, value in (("e.event_type", self.event_type and self.event_type.upper()),
                              ("a.outlet", self.outlet), ("a.language", self.language)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        column = "e.event_date" if self.by == "event" else "a.published"
        for bound, sign, end in ((self.since, ">=", False), (self.until, "<=", True)):
            if bound:
                where.append(f"{column} {sign} ?")
                params.append(_as_date(bound, end=end))
        return where, params

    def _dyad_clause(self, params: list[Any]) -> str:
        """The dyad's condition; appends its parameters to `params`."""
        src, tgt = parse_dyad(self.dyad or "")
        clause = "(e.source_country = ? AND e.target_country = ?)"
        params += [src, tgt]
        if self.undirected:
            params += [tgt, src]
            return f"({clause} OR {clause})"
        return clause


def _events_query(chosen: EventFilter, limit: int | None = None) -> tuple[str, list[Any]]:
    """The SELECT behind `Store.events` and `Store.event_rows`, with its parameters."""
    where, params = chosen.where()
    sql = (
        "SELECT e.*, a.path AS article_path, a.outlet, a.language, a.published, "
        "a.published_source, a.url FROM events e JOIN articles a ON a.id = e.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_start, e.id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql, params


def parse_dyad(dyad: str) -> tuple[str, str]:
    """``"RUS-IRQ"`` -> ``("RUS", "IRQ")``; raises ValueError on another shape."""
    parts = [p.strip().upper() for p in dyad.replace(">", "-").split("-") if p.strip()]
    if len(parts) != 2:
        raise ValueError(f"a dyad looks like RUS-IRQ (source-target), not {dyad!r}")
    return parts[0], parts[1]


def _as_date(value: date | str, *, end: bool = False) -> date:
    """A date or an ISO string: YYYY, YYYY-MM or YYYY-MM-DD.

    A partial date stands for its first day, or its last day when `end` is set,
    so ``until="2024-05"`` includes all of May.
    """
    if isinstance(value, date):
        return value
    text = value.strip()
    try:
        if len(text) == 4:
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            if not end:
                return first
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from exc


def _article_row(article: Article, recs: list[dict[str, Any]]) -> list[Any]:
    """The articles-table row of one article."""
    coders = sorted({r["coder"] for r in recs if r.get("coder")})
    return [
        article.id, article.path, article.url, article.outlet, article.title,
        article.language, article.published, article.published_source, article.text,
        len(article.sentences), _now(), ",".join(coders) or None,
    ]


def _event_row(rec: dict[str, Any]) -> list[Any]:
    """The events-table row of one contract record (flattening actors, JSON fields)."""
    row: dict[str, Any] = {
        "id": rec["id"], "article_id": rec["article_id"],
        "trigger_start": rec.get("trigger_start"), "trigger_end": rec.get("trigger_end"),
    }
    for side in ("source", "target"):
        actor = rec.get(side) or {}
        for f in ACTOR_FIELDS:
            row[f"{side}_{f}"] = actor.get(f)
    for column in EVENT_COLUMNS:
        if column in row:
            continue
        value = rec.get(column)
        if column in JSON_COLUMNS:
            value = None if value is None else json.dumps(value, ensure_ascii=False)
        elif column in ("event_date", "event_date_end") and value is not None:
            value = date.fromisoformat(value)
        row[column] = value
    return [row[c] for c in EVENT_COLUMNS]


def _mention_row(article: Article, index: int) -> list[Any]:
    """The actors-table row of one mention."""
    m = article.mentions[index]
    return [article.id, m.start, m.end, article.text[m.start : m.end], m.code, m.country,
            m.sector, m.name, m.kind]


def _skipped_row(err: NewsEventsError) -> list[Any]:
    """The skipped-table row of one input or processing error."""
    path = getattr(err, "path", None) or "<input>"
    reason = getattr(err, "reason", None) or type(err).__name__
    detail = getattr(err, "detail", "") if isinstance(err, InputError) else str(err)
    return [path, reason, detail or getattr(err, "detail", ""), _now()]


def _decode(column: str, value: Any) -> Any:
    """Decode a JSON column's text; every other value is returned as DuckDB gave it."""
    if column in JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    return value
