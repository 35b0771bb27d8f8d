"""Evaluation against gold data, with score floors pinned in the repository.

Each suite (``plover``, ``en_own``, ``ar_event_gsr``, ``ar_petrarch``, ...) is a
function that returns a `Report`. Floors live in ``evaluate/floors/<suite>.json``
as ``{"metric name": minimum}``; `check_floors` lists every metric below its floor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path


@dataclass(slots=True)
class PRF:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    """The result of one suite: overall and per-type counts plus named metrics."""

    suite: str
    overall: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)  # dyad_accuracy, ...
    n_items: int = 0

    def scores(self) -> dict[str, float]:
        """Flat metric name -> value, the names floors refer to."""
        out = {
            "precision": self.overall.precision,
            "recall": self.overall.recall,
            "f1": self.overall.f1,
        }
        for name, prf in self.per_type.items():
            out[f"{name}.f1"] = prf.f1
        out.update(self.metrics)
        return out


def bench_dir(explicit: str | Path | None = None) -> Path:
    """Where the shared gold data lives: an explicit path, $NEWSEVENTS_BENCH, or ../shared/bench."""
    import os

    if explicit:
        return Path(explicit)
    if os.environ.get("NEWSEVENTS_BENCH"):
        return Path(os.environ["NEWSEVENTS_BENCH"])
    here = Path.cwd().resolve()
    for base in (here, *here.parents):
        candidate = base / "shared" / "bench"
        if candidate.is_dir():
            return candidate
        candidate = base.parent / "shared" / "bench"
        if candidate.is_dir():
            return candidate
    return here.parent / "shared" / "bench"


def load_floors(suite: str) -> dict[str, float]:
    """The pinned floors of `suite` (empty when none are pinned)."""
    ref = resources.files("newsevents.evaluate").joinpath("floors", f"{suite}.json")
    if not ref.is_file():
        return {}
    data: dict[str, float] = json.loads(ref.read_text(encoding="utf-8"))
    return data


def check_floors(report: Report) -> list[str]:
    """Each metric of `report` that fell below its pinned floor, as a readable line."""
    scores = report.scores()
    failures = []
    for metric, floor in load_floors(report.suite).items():
        value = scores.get(metric)
        if value is None or value + 1e-9 < floor:
            shown = "missing" if value is None else f"{value:.3f}"
            failures.append(f"{report.suite}: {metric} = {shown} < floor {floor:.3f}")
    return failures


# suite name -> "module:function"; each function takes the bench directory and
# returns a Report. Suites whose module is not written yet are skipped.
SUITES: dict[str, str] = {
    "plover": "newsevents.evaluate.english:plover_suite",
    "en_own": "newsevents.evaluate.english:own_suite",
    "ar_event_gsr": "newsevents.evaluate.arabic:event_gsr_suite",
    "ar_petrarch": "newsevents.evaluate.arabic:petrarch_suite",
    "ar_own": "newsevents.evaluate.arabic:own_suite",
    "dates": "newsevents.evaluate.dates:dates_suite",
    "sample": "newsevents.evaluate.sample:sample_suite",
    "date_articles": "newsevents.evaluate.dates:date_articles_suite",
    "location": "newsevents.evaluate.location:location_suite",
}


def run_suite(name: str, bench: str | Path | None = None) -> Report | None:
    """Run one suite by name; None when its module does not exist yet."""
    import importlib

    module_name, _, attr = SUITES[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    suite = getattr(module, attr, None)
    if suite is None:
        return None
    report: Report = suite(bench_dir(bench))
    return report


def run_suites(
    names: list[str] | None = None, bench: str | Path | None = None
) -> list[Report]:
    """Run the named suites (all registered when None) and return their reports."""
    reports = []
    for name in names or list(SUITES):
        report = run_suite(name, bench)
        if report is not None:
            reports.append(report)
    return reports
