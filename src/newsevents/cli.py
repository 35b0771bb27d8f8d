"""The `newsevents` command line: a thin typer wrapper around `newsevents.api`.

Exit codes: 0 all inputs used; 1 some inputs were skipped (ingest, extract) or an
evaluation floor was broken (evaluate --check); 2 usage or fatal errors. Errors
are one line on stderr naming the file and the reason; tracebacks only with --debug.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum, StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsevents import __version__, defaults
from newsevents.defaults import DEFAULT_BATCH, DEFAULT_MAX_BYTES
from newsevents.errors import NewsEventsError

app = typer.Typer(
    name="newsevents",
    help="Political event data (PLOVER/CAMEO) from news articles, with evidence offsets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_SKIPPED, EXIT_FATAL = 0, 1, 2


class ExtractFormat(StrEnum):
    """Output formats of `extract`."""

    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExportFormat(StrEnum):
    """Output formats of `export`."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class DateBy(StrEnum):
    """Which date --since/--until filter on."""

    event = "event"
    publication = "publication"


Paths = Annotated[list[str], typer.Argument(help="Files, folders, JSON Lines, WARC, - (stdin).")]
Db = Annotated[Path, typer.Option("--db", help="The DuckDB event database.")]
Debug = Annotated[bool, typer.Option("--debug", help="Verbose logs and full tracebacks.")]
Workers = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", min=1, help="Skip larger documents.")]
Dyad = Annotated[str | None, typer.Option("--dyad", help="SOURCE-TARGET countries, e.g. RUS-IRQ.")]
Undirected = Annotated[bool, typer.Option("--undirected", help="--dyad matches both directions.")]
EventType = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
Country = Annotated[str | None, typer.Option("--country", help="Either side's country (ISO3).")]
Since = Annotated[str | None, typer.Option("--since", help="From this date (YYYY[-MM[-DD]]).")]
Until = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")]
Outlet = Annotated[str | None, typer.Option("--outlet", help="Only this outlet.")]
Language = Annotated[str | None, typer.Option("--language", help="Only this language (en, ar).")]
By = Annotated[DateBy, typer.Option("--by", help="Filter dates on the event or the publication.")]
Limit = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]

DEFAULT_DB = Path(defaults.DEFAULT_DB)


# -- plumbing -----------------------------------------------------------------------
class _StderrHandler(logging.Handler):
    """Writes to whatever `sys.stderr` is at the time (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(self.format(record), file=sys.stderr)
        except Exception:  # logging must never end the run
            self.handleError(record)


def _setup_logging(debug: bool) -> None:
    """One-line log messages on stderr; debug details only with --debug."""
    logger = logging.getLogger("newsevents")
    for handler in list(logger.handlers):
        if isinstance(handler, _StderrHandler):
            logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("newsevents: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    logger.propagate = False


def _err(message: str) -> None:
    """One line on stderr."""
    print(f"newsevents: {message}", file=sys.stderr)


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """Turn any error into one line and exit code 2 (a traceback only with --debug)."""
    _setup_logging(debug)
    try:
        yield
    except typer.Exit:
        raise
    except BrokenPipeError as exc:  # `newsevents export | head`: the reader has had enough
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from exc
    except (NewsEventsError, ValueError, OSError) as exc:
        if debug:
            raise
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_FATAL) from exc
    except KeyboardInterrupt as exc:
        _err("interrupted")
        raise typer.Exit(130) from exc
    except Exception as exc:
        if debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        raise typer.Exit(EXIT_FATAL) from exc


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (test runners)
        pass


def _out() -> Console:
    """A console on stdout; 140 columns when it is not a terminal (pipes, files)."""
    console = Console(file=sys.stdout, soft_wrap=False)
    if not console.is_terminal:
        console = Console(file=sys.stdout, soft_wrap=False, width=140)
    return console


def _filters(**kwargs: Any) -> dict[str, Any]:
    """Store.events keyword arguments from CLI options (None values dropped)."""
    out = {k: v for k, v in kwargs.items() if v not in (None, False)}
    if isinstance(out.get("by"), Enum):
        out["by"] = out["by"].value
    return out


def _version(value: bool) -> None:
    if value:
        print(f"newsevents {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """newsevents: who did what to whom, when, where, according to whom."""


# -- ingest / extract -----------------------------------------------------------------
@app.command()
def ingest(
    paths: Paths,
    db: Db = DEFAULT_DB,
    workers: Workers = 2,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1,
                                            help="Articles per transaction.")] = DEFAULT_BATCH,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    progress: Annotated[bool, typer.Option(help="Progress bar on a terminal.")] = True,
    debug: Debug = False,
) -> None:
    """Read, code and store articles into the database (re-ingesting changes nothing)."""
    from newsevents.api import ingest as run_ingest

    with _guard(debug):
        report = run_ingest(paths, db=db, workers=workers, batch_size=batch_size,
                            max_bytes=max_bytes, progress=progress)
        print(report.summary(), file=sys.stderr)  # each skipped input was logged already
    raise typer.Exit(EXIT_OK if report.ok else EXIT_SKIPPED)


@app.command()
def extract(
    paths: Paths,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f",
                                                  help="Output format.")] = ExtractFormat.jsonl,
    workers: Workers = 1,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    debug: Debug = False,
) -> None:
    """Code articles and print their events (no database)."""
    from newsevents.api import extract_paths
    from newsevents.export import records, write_csv, write_jsonl
    from newsevents.model import Article

    skipped: list[NewsEventsError] = []

    def stream() -> Iterator[dict[str, Any]]:
        """Records as articles finish (written at once: no waiting for the whole batch)."""
        for result in extract_paths(paths, workers=workers, max_bytes=max_bytes):
            if isinstance(result, Article):
                yield from records(result)
            else:
                skipped.append(result)  # already logged as one line by the runner

    with _guard(debug):
        if format is ExtractFormat.table:
            _print_records_table(list(stream()))
        else:
            (write_jsonl if format is ExtractFormat.jsonl else write_csv)(stream(), sys.stdout)
    raise typer.Exit(EXIT_SKIPPED if skipped else EXIT_OK)


# -- querying -----------------------------------------------------------------------
@app.command()
def events(
    db: Db = DEFAULT_DB,
    dyad: Dyad = None,
    undirected: Undirected = False,
    event_type: EventType = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    language: Language = None,
    by: By = DateBy.event,
    limit: Limit = 50,
    debug: Debug = False,
) -> None:
    """Show stored events as a table (--dyad RUS-IRQ: RUS acting on IRQ)."""
    from newsevents.api import stored_records

    with _guard(debug):
        recs = stored_records(db, **_filters(
            dyad=dyad, undirected=undirected, event_type=event_type, country=country,
            since=since, until=until, outlet=outlet, language=language, by=by, limit=limit))
        _print_records_table(recs)


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f",
                                                 help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Output file (stdout when omitted).")] = None,
    db: Db = DEFAULT_DB,
    dyad: Dyad = None,
    undirected: Undirected = False,
    event_type: EventType = None,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    language: Language = None,
    by: By = DateBy.event,
    debug: Debug = False,
) -> None:
    """Export stored events as contract records (JSON Lines, CSV with GDELT names, Parquet)."""
    from newsevents.api import open_store
    from newsevents.export import store_records, write_records

    if format is ExportFormat.parquet and output is None:
        _err("error: parquet export needs an output file (-o FILE)")
        raise typer.Exit(EXIT_FATAL)
    with _guard(debug), open_store(db, read_only=True) as store:
        recs = store_records(store, **_filters(
            dyad=dyad, undirected=undirected, event_type=event_type, country=country,
            since=since, until=until, outlet=outlet, language=language, by=by))
        n = write_records(recs, format.value, output if output is not None else sys.stdout)
        if output is not None:
            _err(f"wrote {n} events to {output}")


class Period(StrEnum):
    """The time step of `relations`."""

    month = "month"
    year = "year"


@app.command()
def relations(
    db: Db = DEFAULT_DB,
    dyad: Dyad = None,
    undirected: Undirected = False,
    country: Country = None,
    since: Since = None,
    until: Until = None,
    by: By = DateBy.event,
    period: Annotated[Period, typer.Option("--period", help="Time step.")] = Period.month,
    limit: Limit = 60,
    debug: Debug = False,
) -> None:
    """Country-pair relations over time: events, cooperative/conflictual, Goldstein."""
    from newsevents.api import relations_frame

    with _guard(debug):
        frame = relations_frame(db, period=period.value, **_filters(
            dyad=dyad, undirected=undirected, country=country, since=since, until=until,
            by=by))
        _print_relations(frame, limit)


@app.command()
def stats(db: Db = DEFAULT_DB, debug: Debug = False) -> None:
    """Counts of articles, events, actors and skipped inputs in the database."""
    from newsevents.api import open_store

    with _guard(debug), open_store(db, read_only=True) as store:
        info = store.stats()
        table = Table(title=f"newsevents database {info['path']}", show_header=False)
        for key in ("articles", "events", "actors", "skipped", "first_event", "last_event",
                    "schema_version"):
            table.add_row(key.replace("_", " "), str(info[key]))
        for key in ("languages", "event_types", "skipped_reasons"):
            shown = ", ".join(f"{k} {v}" for k, v in info[key].items()) or "-"
            table.add_row(key.replace("_", " "), shown)
        _out().print(table)


# -- demo --------------------------------------------------------------------------
@app.command()
def demo(
    db: Annotated[Path | None, typer.Option("--db", help="Keep the demo database here.")] = None,
    workers: Workers = 2,
    debug: Debug = False,
) -> None:
    """Ingest the sample corpus shipped with the package and summarise it."""
    from newsevents.api import ingest as run_ingest
    from newsevents.api import open_store

    with _guard(debug), tempfile.TemporaryDirectory(prefix="newsevents-demo-") as tmp:
        target = db or Path(tmp) / "demo.duckdb"
        with resources.as_file(resources.files("newsevents").joinpath("sample")) as sample:
            report = run_ingest(_sample_files(Path(sample)), db=target, workers=workers,
                                progress=False)
        print(report.summary(), file=sys.stderr)
        with open_store(target, read_only=True) as store:
            _print_dyads(store.dyad_summary())
            _print_records_table(list(_first(store, 12)), title="First events")
        if db is None:
            _err("(temporary database removed; use --db FILE to keep it)")


SAMPLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".warc", ".gz")


def _sample_files(folder: Path) -> list[str]:
    """The corpus files of the sample folder (its README and notes are not articles)."""
    if not folder.is_dir():
        raise FileNotFoundError("the sample corpus is missing from the package")
    files = sorted(str(p) for p in folder.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)
    if not files:
        raise FileNotFoundError(f"no sample articles in {folder}")
    return files


def _first(store: Any, n: int) -> Iterator[dict[str, Any]]:
    from newsevents.export import store_records

    yield from store_records(store, limit=n)


# -- evaluate / bench ----------------------------------------------------------------
@app.command()
def evaluate(
    suites: Annotated[list[str] | None, typer.Argument(help="Suite names (all when omitted).")
                      ] = None,
    bench: Annotated[Path | None, typer.Option("--bench", help="The shared gold data folder."
                                               )] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a floor is broken.")
                     ] = False,
    debug: Debug = False,
) -> None:
    """Score the coders on the gold suites: P/R/F1 overall and per type, other metrics."""
    import newsevents.evaluate as evaluation

    with _guard(debug):
        known: dict[str, Any] = dict(getattr(evaluation, "SUITES", {}))
        unknown = [name for name in suites or [] if name not in known]
        if unknown:
            names = ", ".join(known) or "none"
            raise ValueError(f"unknown suite {', '.join(unknown)} (known: {names})")
        failures: list[str] = []
        reports = 0
        for name in suites or list(known):
            report = _run_suite(evaluation, name, bench, debug, failures)
            if report is not None:
                reports += 1
                _print_report(report)
                failures += evaluation.check_floors(report)
        if not reports:
            _err("no evaluation suite ran (none written yet, or none matched)")
        for line in failures:
            if not line.endswith("the suite failed"):
                _err(f"below floor: {line}")
    if check and failures:
        raise typer.Exit(EXIT_SKIPPED)


def _run_suite(
    evaluation: Any, name: str, bench: Path | None, debug: bool, failures: list[str]
) -> Any:
    """Run one suite; a suite that crashes is one line (and a failure), not the end."""
    try:
        return evaluation.run_suite(name, bench)
    except Exception as exc:
        if debug:
            raise
        _err(f"suite {name} failed: {type(exc).__name__}: {exc}")
        failures.append(f"{name}: the suite failed")
        return None


@app.command(name="bench")
def bench_command(
    n: Annotated[int, typer.Option("--n", min=1, help="Articles in the corpus.")] = 200,
    workers: Workers = 2,
    spacy: Annotated[bool, typer.Option(help="Also time spaCy's full parse.")] = True,
    debug: Debug = False,
) -> None:
    """Throughput: articles/s, seconds and peak RSS, against spaCy parsing the same texts."""
    from newsevents.bench import run_benchmark

    with _guard(debug):
        result = run_benchmark(n, workers, spacy_compare=spacy)
        for line in result.lines():
            print(line)


# -- rendering -------------------------------------------------------------------------
def _actor_cell(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor['text']} [{actor['code']}]"


def _shown_date(record: dict[str, Any]) -> str:
    """The event date as precise as it is known: 2024-05-06, 2024-05 or 2024."""
    value = record["event_date"]
    if not value:
        return "?"
    width = {"year": 4, "month": 7}.get(record["date_precision"], 10)
    return str(value)[:width]


def _print_records_table(recs: list[dict[str, Any]], title: str | None = None) -> None:
    """Events as a readable table: date, source, type, target, trigger, sentence."""
    table = Table(title=title or f"{len(recs)} events", show_lines=False)
    for name in ("date", "source", "event", "target", "trigger", "evidence"):
        table.add_column(name, overflow="fold")
    for r in recs:
        flags = (" NOT" if r["negated"] else "") + (
            f" ({r['modality']})" if r["modality"] != "asserted" else "")
        sentence = " ".join(r["sentence"].split())
        sentence = sentence if len(sentence) <= 100 else sentence[:97] + "..."
        table.add_row(_shown_date(r), _actor_cell(r["source"]),
                      f"{r['event_type']}{flags}" + (f" {r['cameo']}" if r["cameo"] else ""),
                      _actor_cell(r["target"]), r["trigger"], sentence)
    _out().print(table)


def _cell(value: Any) -> str:
    """A table cell: missing values (None, NaN, NA) as "-"."""
    return value if isinstance(value, str) and value else "-"


def _print_relations(frame: Any, limit: int) -> None:
    """The relations table, oldest period first."""
    if frame.empty:
        _out().print("no events between two known countries for these filters")
        return
    table = Table(title="Relations per country pair (source -> target), negated events left out")
    columns = ("period", "source_country", "target_country", "events", "cooperative",
               "conflictual", "goldstein_mean", "goldstein_sum")
    for name in columns:
        table.add_column(name.replace("_country", "").replace("_", " "),
                         justify="left" if name in columns[:3] else "right")
    for row in frame.head(limit).itertuples(index=False):
        table.add_row(*(str(getattr(row, name)) for name in columns))
    _out().print(table)
    if len(frame) > limit:
        _err(f"({len(frame) - limit} more rows; raise --limit or narrow the filters)")


def _print_dyads(frame: Any, top: int = 15) -> None:
    """Event counts per country pair (both sides known), with the types behind them."""
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for row in frame.itertuples(index=False):
        source, target = _cell(row.source_country), _cell(row.target_country)
        if "-" not in (source, target):
            types = pairs.setdefault((source, target), {})
            types[row.event_type] = types.get(row.event_type, 0) + int(row.events)
    if not pairs:
        _out().print("no events between two known countries")
        return
    table = Table(title=f"Events per country pair (source -> target), top {top}")
    for name in ("source", "target", "events", "types"):
        table.add_column(name, justify="right" if name == "events" else "left")
    ranked = sorted(pairs.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    for (source, target), types in ranked[:top]:
        shown = ", ".join(f"{t} {n}" for t, n in sorted(types.items(), key=lambda x: -x[1]))
        table.add_row(source, target, str(sum(types.values())), shown)
    _out().print(table)


def _print_report(report: Any) -> None:
    """One suite's P/R/F1 overall and per type, plus its other metrics."""
    table = Table(title=f"{report.suite} ({report.n_items} items)")
    for name in ("", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if not name else "right")
    rows = [("overall", report.overall), *sorted(report.per_type.items())]
    for name, prf in rows:
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn))
    _out().print(table)
    if report.metrics:
        shown = ", ".join(f"{k} {v:.3f}" for k, v in sorted(report.metrics.items()))
        _out().print(f"  {shown}")
