"""The `location` suite: where events happened, on the event_location gold sentences.

Gold: ``event_location/labeled_text.jsonl.zip`` of the shared bench (the data of
"Geolocating Political Events in Text"). The archive holds one JSON *array* (not JSON
Lines); only records whose ``source`` is ``RELABEL`` are the hand-checked gold. Each is one
sentence with one ``VERB`` span and zero or more ``LOCATION`` spans (where that verb's event
happened). Span offsets are read from the record's tokens: in many relabelled records a
LOCATION span's own ``start``/``end`` hold token numbers. Spans of one character are
annotation slips and are left out. Cleaning collapses runs of spaces, so offsets are
mapped between the gold text and the article's clean text.

Two measurements, each over every gold record:

* pipeline (``precision``, ``recall``, ``f1``, ``coverage``, ``no_location_accuracy``,
  ``recall_all``): the sentence goes through the whole pipeline; our events whose trigger
  overlaps the gold verb are that verb's events (``coverage`` = share of gold verbs with
  one). For each covered verb, the first such event's location is scored: tp when it
  overlaps a gold LOCATION; fp when it overlaps none (also when gold has none); fn when
  gold has a location and ours is missing or wrong. ``no_location_accuracy`` = among
  covered verbs whose gold has no location, the share where we gave none; ``recall_all``
  = tp over every gold verb with a location (covered or not).
* anchor (``anchor.*``): `newsevents.coders.english.location.event_location` called on the
  parsed gold verb itself, so the location rules are measured on every record whatever the
  trigger lexicon covers; same counts.

``even.*``/``odd.*`` give the pipeline and anchor f1 on the records of even and odd index
(errors of even records may be studied; odd records are kept as held-out text).

Run ``python -m newsevents.evaluate.location [--misses] [--all]`` to print the figures and
the anchor misses of even records (``--all``: of every record).
"""

from __future__ import annotations

import difflib
import json
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.evaluate import PRF, Report, bench_dir
from newsevents.model import Article, Location

GOLD = Path("event_location") / "labeled_text.jsonl.zip"
GOLD_SOURCE = "RELABEL"


@dataclass(slots=True, frozen=True)
class Case:
    """One gold record: the sentence, its verb span and the gold location spans."""

    id: str
    text: str
    verb: tuple[int, int]
    places: tuple[tuple[int, int], ...]


@dataclass(slots=True)
class Tally:
    """Location counts of one measurement over some records."""

    prf: PRF = field(default_factory=PRF)
    total: int = 0  # gold verbs
    covered: int = 0  # gold verbs we coded as an event (pipeline) / found a word for (anchor)
    with_place: int = 0  # gold verbs with a gold location
    none_right: int = 0  # covered, gold without location, we gave none
    none_total: int = 0  # covered, gold without location

    def metrics(self, prefix: str = "") -> dict[str, float]:
        """This tally as named figures (`prefix` before each name)."""
        p = self.prf
        return {
            f"{prefix}precision": p.precision, f"{prefix}recall": p.recall,
            f"{prefix}f1": p.f1, f"{prefix}coverage": _share(self.covered, self.total),
            f"{prefix}no_location_accuracy": _share(self.none_right, self.none_total),
            f"{prefix}recall_all": _share(p.tp, self.with_place),
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# ----------------------------------------------------------------------------- gold


def load_cases(path: Path) -> list[Case]:
    """The gold records of the archive at `path`, in file order."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist()
                    if n.endswith(".jsonl") and not n.startswith("__MACOSX"))
        records: list[dict[str, Any]] = json.loads(archive.read(name).decode("utf-8"))
    cases = []
    for rec in records:
        if rec.get("source") != GOLD_SOURCE:
            continue
        case = _case(rec)
        if case is not None:
            cases.append(case)
    return cases


def _case(rec: dict[str, Any]) -> Case | None:
    """A Case from one record; None when it has no verb span."""
    spans = [(s.get("label"), _offsets(rec, s)) for s in rec.get("spans") or []]
    verbs = [span for label, span in spans if label == "VERB"]
    if not verbs:
        return None
    places = tuple(span for label, span in spans if label == "LOCATION" and span[1] - span[0] > 1)
    return Case(str(rec.get("_id", "")).strip(), rec["text"], verbs[0], places)


def _offsets(rec: dict[str, Any], span: dict[str, Any]) -> tuple[int, int]:
    """A span's character offsets, read from its tokens: in many relabelled records the
    LOCATION spans' own character offsets are token numbers, while the tokens are right."""
    tokens = {t["id"]: t for t in rec.get("tokens") or []}
    first, last = tokens.get(span.get("token_start")), tokens.get(span.get("token_end"))
    if first is None or last is None:
        return int(span["start"]), int(span["end"])
    return int(first["start"]), int(last["end"])


# ----------------------------------------------------------------------------- scoring


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the half-open ranges `a` and `b` share a character."""
    return a[0] < b[1] and b[0] < a[1]


def count(t: Tally, case: Case, covered: bool, loc: tuple[int, int] | None) -> bool:
    """Add one gold record's outcome (`loc` in the case's own offsets); True when right."""
    t.total += 1
    t.with_place += bool(case.places)
    if not covered:
        return False
    t.covered += 1
    hit = loc is not None and any(overlaps(loc, g) for g in case.places)
    if hit:
        t.prf.tp += 1
    elif loc is not None:
        t.prf.fp += 1
    if case.places and not hit:
        t.prf.fn += 1
    if not case.places:
        t.none_total += 1
        t.none_right += loc is None
    return hit or (loc is None and not case.places)


def offset_map(src: str, dst: str) -> list[int]:
    """For each offset of `src` (and its end), the offset of the same character in `dst`
    (cleaning collapses runs of spaces); removed characters map to the next kept one."""
    out = [-1] * (len(src) + 1)
    matcher = difflib.SequenceMatcher(None, src, dst, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):  # the end of a block maps to what follows it
            out[a + k] = b + k
    nxt = len(dst)
    for i in range(len(src), -1, -1):
        if out[i] < 0:
            out[i] = nxt
        nxt = out[i]
    return out


def back_map(src: str, dst: str) -> list[int]:
    """For each offset of `dst` (and its end), the offset in `src` (see `offset_map`)."""
    return offset_map(dst, src)


def map_span(span: tuple[int, int], table: list[int]) -> tuple[int, int]:
    """A non-empty span through an offset table (its end follows its last character)."""
    return table[span[0]], table[span[1] - 1] + 1


def pipeline_locations(cases: list[Case]) -> list[tuple[bool, tuple[int, int] | None]]:
    """Per case: (whether some event's trigger overlaps the gold verb, that event's location
    in the case's offsets)."""
    from newsevents.pipeline import process_batch
    from newsevents.readers import article_from_text

    results = process_batch([article_from_text(c.text) for c in cases])
    out: list[tuple[bool, tuple[int, int] | None]] = []
    for case, result in zip(cases, results, strict=True):
        if not isinstance(result, Article):
            out.append((False, None))
            continue
        out.append(_verb_location(case, result))
    return out


def _verb_location(case: Case, article: Article) -> tuple[bool, tuple[int, int] | None]:
    """(covered, location in case offsets) of the gold verb's first event in `article`."""
    fwd = offset_map(case.text, article.text)
    verb = map_span(case.verb, fwd)
    events = [e for e in article.events if overlaps((e.trigger.start, e.trigger.end), verb)]
    if not events:
        return False, None
    return True, _back(events[0].location, case.text, article.text)


def _back(loc: Location | None, src: str, dst: str) -> tuple[int, int] | None:
    if loc is None:
        return None
    return map_span((loc.start, loc.end), back_map(src, dst))


def anchor_locations(cases: list[Case]) -> list[tuple[bool, tuple[int, int] | None]]:
    """Per case: (a parsed word covers the gold verb, `event_location` of that word)."""
    from newsevents.coders.english import parse
    from newsevents.coders.english import syntax as sx
    from newsevents.coders.english.location import event_location

    out: list[tuple[bool, tuple[int, int] | None]] = []
    for case, doc in zip(cases, parse.parse_many([c.text for c in cases]), strict=True):
        sent = sx.parsed(doc, case.text)
        tok = next((t for t in sent if overlaps((t.idx, t.idx + len(t.text)), case.verb)), None)
        if tok is None:
            out.append((False, None))
            continue
        loc = event_location(case.text, 0, tok)
        out.append((True, None if loc is None else (loc.start, loc.end)))
    return out


# ----------------------------------------------------------------------------- suite


def location_suite(bench: Path) -> Report | None:
    """Location precision/recall/F1, coverage and no-location accuracy (module docstring);
    None (the suite is skipped) when the gold file is not there."""
    path = bench / GOLD
    if not path.is_file():
        return None
    cases = load_cases(path)
    report, _misses = score(cases)
    return report


def score(cases: list[Case]) -> tuple[Report, list[str]]:
    """Both measurements over `cases`; the report and one line per anchor miss."""
    tallies = {name: Tally() for name in ("all", "even", "odd", "a:all", "a:even", "a:odd")}
    misses: list[str] = []
    piped, anchored = pipeline_locations(cases), anchor_locations(cases)
    for i, case in enumerate(cases):
        split = "even" if i % 2 == 0 else "odd"
        for prefix, (covered, loc) in (("", piped[i]), ("a:", anchored[i])):
            count(tallies[prefix + "all"], case, covered, loc)
            right = count(tallies[prefix + split], case, covered, loc)
            if prefix and not right:
                misses.append(_miss(i, case, loc))
    report = Report(suite="location", overall=tallies["all"].prf, n_items=len(cases))
    report.metrics.update({k: v for k, v in tallies["all"].metrics().items()
                           if k not in ("precision", "recall", "f1")})
    report.metrics.update(tallies["a:all"].metrics("anchor."))
    for split in ("even", "odd"):
        report.metrics[f"{split}.f1"] = tallies[split].prf.f1
        report.metrics[f"anchor.{split}.f1"] = tallies["a:" + split].prf.f1
    return report, misses


def _miss(i: int, case: Case, loc: tuple[int, int] | None) -> str:
    gold = [case.text[a:b] for a, b in case.places] or "-"
    got = case.text[loc[0]:loc[1]] if loc else "-"
    verb = case.text[case.verb[0]:case.verb[1]]
    return f"{i} [{verb}] gold={gold} got={got!r} | {case.text}"


def main(argv: list[str]) -> int:
    """Print the suite's figures (and the anchor misses with --misses)."""
    path = bench_dir() / GOLD
    if not path.is_file():
        print(f"no gold file at {path}")
        return 1
    cases = load_cases(path)
    report, misses = score(cases)
    if "--misses" in argv:
        wanted = [m for m in misses if "--all" in argv or int(m.split(" ", 1)[0]) % 2 == 0]
        print("\n".join(wanted))
    o = report.overall
    print(f"location: items={report.n_items} tp={o.tp} fp={o.fp} fn={o.fn} "
          f"P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    for name, value in report.metrics.items():
        print(f"  {name} = {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
