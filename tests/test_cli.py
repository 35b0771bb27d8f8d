"""The command line, through typer's CliRunner and once as the installed console script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsevents.evaluate as evaluation
from newsevents.cli import app
from newsevents.export import GDELT_COLUMNS, validate_record
from newsevents.store import Store

runner = CliRunner()


@pytest.fixture
def filled_db(db_path: Path, make_article) -> Path:
    """A database holding two hand-made coded articles."""
    first = make_article("Russia met Iraq in Moscow on Monday. Iraq did not attack Turkey.",
                         events=[("Russia", "met", "Iraq", "CONSULT"),
                                 ("Iraq", "attack", "Turkey", "ASSAULT")], outlet="AP")
    second = make_article("Turkey accused Syria of shelling.", outlet="Reuters",
                          events=[("Turkey", "accused", "Syria", "ACCUSE")])
    with Store.open(db_path) as store:
        store.add_batch([first, second])
    return db_path


def test_ingest_mixed_folder_exits_1_and_names_each_bad_file(
    mixed_dir: Path, mixed_expected, db_path: Path
) -> None:
    good, bad = mixed_expected
    args = ["ingest", str(mixed_dir), "--db", str(db_path), "--workers", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    for name, reason in bad.items():
        assert any(name in line and reason in line for line in result.stderr.splitlines()), name
    assert "Traceback" not in result.output
    assert f"{len(good)} new articles" in result.stderr
    again = runner.invoke(app, args)
    assert f"0 new articles, {len(good)} already stored" in again.stderr
    stats = runner.invoke(app, ["stats", "--db", str(db_path)])
    assert stats.exit_code == 0 and "articles" in stats.stdout


def test_ingest_good_files_exits_0(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Iraq and Iran agreed to reopen the border crossing.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db_path),
                                 "-w", "1"])
    assert result.exit_code == 0, result.output


def test_extract_from_stdin_writes_valid_jsonl() -> None:
    text = "Russia and Iraq signed a military cooperation agreement in Baghdad on Monday.\n"
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=text)
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        assert validate_record(json.loads(line)) == []
    table = runner.invoke(app, ["extract", "-", "--format", "table"], input=text)
    assert table.exit_code == 0


def test_extract_skipped_input_exits_1(mixed_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(mixed_dir / "empty.txt"), "-f", "csv"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_events_table_and_filters(filled_db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(filled_db), "--dyad", "RUS-IRQ"])
    assert result.exit_code == 0, result.output
    assert "CONSULT" in result.stdout and "ACCUSE" not in result.stdout
    result = runner.invoke(app, ["events", "--db", str(filled_db), "--country", "TUR",
                                 "--type", "ACCUSE", "--by", "publication"])
    assert "ACCUSE" in result.stdout and "CONSULT" not in result.stdout
    bad = runner.invoke(app, ["events", "--db", str(filled_db), "--dyad", "RUSSIA"])
    assert bad.exit_code == 2 and "RUS-IRQ" in bad.stderr


def test_relations_table(filled_db: Path) -> None:
    result = runner.invoke(app, ["relations", "--db", str(filled_db), "--period", "year"])
    assert result.exit_code == 0, result.output
    assert "RUS" in result.stdout and "TUR" in result.stdout and "2024" in result.stdout
    empty = runner.invoke(app, ["relations", "--db", str(filled_db), "--dyad", "IRQ-RUS"])
    assert empty.exit_code == 0 and "no events" in empty.stdout
    bad = runner.invoke(app, ["relations", "--db", str(filled_db), "--since", "May 2024"])
    assert bad.exit_code != 0 and "YYYY" in bad.stderr and "Traceback" not in bad.stderr


def test_export_formats(filled_db: Path, tmp_path: Path) -> None:
    jsonl = runner.invoke(app, ["export", "--db", str(filled_db)])
    assert jsonl.exit_code == 0
    lines = jsonl.stdout.splitlines()
    assert len(lines) == 3 and all(validate_record(json.loads(x)) == [] for x in lines)
    as_csv = runner.invoke(app, ["export", "--format", "csv", "--db", str(filled_db),
                                 "--outlet", "AP"])
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0][: len(GDELT_COLUMNS)] == [name for name, _ in GDELT_COLUMNS]
    assert len(rows) == 3
    no_file = runner.invoke(app, ["export", "--format", "parquet", "--db", str(filled_db)])
    assert no_file.exit_code == 2 and "-o" in no_file.stderr
    out = tmp_path / "events.parquet"
    parquet = runner.invoke(app, ["export", "-f", "parquet", "-o", str(out), "--db",
                                  str(filled_db)])
    assert parquet.exit_code == 0 and out.stat().st_size > 0


def test_fatal_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    not_db = tmp_path / "notes.duckdb"
    not_db.write_text("not a database\n" * 100)
    result = runner.invoke(app, ["stats", "--db", str(not_db)])
    assert result.exit_code == 2
    assert "not a DuckDB database" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    usage = runner.invoke(app, ["ingest", "--no-such-option", "x"])
    assert usage.exit_code == 2
    with pytest.raises(Exception, match="not a DuckDB"):  # --debug lets the error through
        runner.invoke(app, ["stats", "--db", str(not_db), "--debug"], catch_exceptions=False)


def test_demo_ingests_the_shipped_sample(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = runner.invoke(app, ["demo", "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "new articles" in result.stderr
    with Store.open(db, read_only=True) as store:
        assert store.stats()["articles"] >= 5


def test_evaluate_check_exits_1_on_a_broken_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    report = evaluation.Report(suite="toy", overall=evaluation.PRF(tp=3, fp=1, fn=2),
                               per_type={"CONSULT": evaluation.PRF(tp=3, fp=1, fn=2)},
                               metrics={"dyad_accuracy": 0.75}, n_items=6)

    def run_suite(name: str, bench: object = None) -> evaluation.Report:
        if name == "crashing":
            raise RuntimeError("gold file missing")
        return report

    monkeypatch.setattr(evaluation, "SUITES", {"toy": "x:y", "crashing": "x:z"})
    monkeypatch.setattr(evaluation, "run_suite", run_suite)
    ok = runner.invoke(app, ["evaluate", "toy"])
    assert ok.exit_code == 0 and "CONSULT" in ok.stdout and "dyad_accuracy" in ok.stdout
    crashed = runner.invoke(app, ["evaluate", "--check"])  # one suite crashes, toy still runs
    assert crashed.exit_code == 1 and "CONSULT" in crashed.stdout
    assert "gold file missing" in crashed.stderr and "Traceback" not in crashed.output
    monkeypatch.setattr(evaluation, "check_floors", lambda r: ["toy: f1 = 0.667 < floor 0.9"])
    broken = runner.invoke(app, ["evaluate", "--check", "toy"])
    assert broken.exit_code == 1 and "below floor" in broken.stderr
    unknown = runner.invoke(app, ["evaluate", "nonsense"])
    assert unknown.exit_code == 2 and "unknown suite" in unknown.stderr


def test_installed_console_script() -> None:
    script = Path(sys.executable).with_name("newsevents")
    if not script.exists():
        pytest.skip("the newsevents console script is not installed beside this Python")
    version = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                             timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("newsevents ")
    done = subprocess.run([str(script), "extract", "-", "-f", "jsonl"], capture_output=True,
                          text=True, timeout=300,
                          input="Iraq condemned the Turkish air strikes near Duhok on Friday.\n")
    assert done.returncode == 0, done.stderr
    assert all(validate_record(json.loads(x)) == [] for x in done.stdout.splitlines())
