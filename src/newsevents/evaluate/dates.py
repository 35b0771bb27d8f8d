"""The `dates` suite: our own annotated date cases (data/eval/dates_gold.jsonl); and the
`date_articles` suite: whole articles written for this project (data/eval/date_articles.jsonl,
see the comment above `date_articles_suite`), through the real pipeline.

Each line is one case, English or Arabic, written for this project:

* ``{"kind": "publication", "lang", "text", "expect": "YYYY-MM-DD" | null, "source"}``:
  the publication date read from the text (and where it came from);
* ``{"kind": "event", "lang", "text", "trigger", "occurrence"?, "published"?, "modality"?,
  "caption"?, "in"?, "expect": "YYYY" | "YYYY-MM" | "YYYY-MM-DD" | null, "basis"?}``:
  the date of the event whose trigger is the `occurrence`-th `trigger` in `text` (or in
  `caption` when ``"in": "caption"``). The form of `expect` is its precision; null means
  no date (value None, precision unknown).

Metrics: ``publication.exact`` (date and source right), ``event.accuracy`` (value right
at the gold precision, with that precision), ``event.basis``, per language and per
basis, and an overall P/R/F1 of finding an event's own date (basis explicit/relative)
against the gold cases that have one. ``events_per_second`` is informative only.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.dates import events as event_dates
from newsevents.dates.publication import publication_date_from_text
from newsevents.evaluate import PRF, Report
from newsevents.model import Article, Event, EventDate, Sentence, Span, Zone, ZoneKind

_PRECISION = {4: "year", 7: "month", 10: "day"}
# A full stop ends a sentence unless it follows a short abbreviation ("Lt.", "U.S.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Lt|St|No|Jr|Sr|vs))(?<!\b(?:Gen|Col|Gov|"
                           r"Sgt|Rep|Sen|Jan|Feb|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)[.!?؟]+(?=\s)")


def load_cases(path: Path | None = None) -> list[dict[str, Any]]:
    """The gold cases (the packaged file unless `path` is given)."""
    return _load_jsonl("dates_gold.jsonl", path)


def _load_jsonl(name: str, path: Path | None) -> list[dict[str, Any]]:
    """The records of `path`, or of the packaged data/eval/`name` when `path` is None."""
    if path is not None:
        content = path.read_text(encoding="utf-8")
    else:
        content = (resources.files("newsevents") / "data" / "eval" / name).read_text(
            encoding="utf-8")
    return [json.loads(line) for line in content.splitlines() if line.strip()]


def dates_suite(bench: Path | None = None, cases: list[dict[str, Any]] | None = None) -> Report:
    """Score publication and event dating on the gold cases (`bench` is not needed)."""
    cases = load_cases() if cases is None else cases
    report = Report("dates")
    tally: dict[str, list[int]] = {}
    elapsed, n_events = 0.0, 0
    for case in cases:
        if case["kind"] == "publication":
            _count(tally, "publication.exact", _publication_ok(case))
            continue
        article, event = build_article(case)
        started = time.perf_counter()
        event_dates.run(article)
        elapsed += time.perf_counter() - started
        n_events += 1
        _score_event(case, event.date, report, tally)
    report.metrics.update({name: ok / total for name, (ok, total) in tally.items() if total})
    if elapsed:
        report.metrics["events_per_second"] = n_events / elapsed
    report.n_items = len(cases)
    return report


def _count(tally: dict[str, list[int]], name: str, ok: bool) -> None:
    entry = tally.setdefault(name, [0, 0])
    entry[0] += int(ok)
    entry[1] += 1


# ----------------------------------------------------------------------------- cases


def _publication_ok(case: dict[str, Any]) -> bool:
    value, source = publication_date_from_text(case["text"], case["lang"])
    expected = case["expect"]
    got = value.isoformat() if value else None
    return got == expected and ("source" not in case or case["source"] == source)


def build_article(case: dict[str, Any]) -> tuple[Article, Event]:
    """An Article with zones, naive sentences and the case's one event, built by hand."""
    parts: list[tuple[str, ZoneKind]] = []
    if case.get("title"):
        parts.append((case["title"], "title"))
    if case.get("caption"):
        parts.append((case["caption"], "caption"))
    parts.append((case["text"], "body"))
    text, zones, sentences = "", [], []
    for part, kind in parts:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{part}" if text else part
        zones.append(Zone(start, start + len(part), kind))
        sentences.extend(_sentences(text, start, start + len(part), kind))
    published = date.fromisoformat(case["published"]) if case.get("published") else None
    article = Article(raw=text, text=text, language=case["lang"], zones=zones,
                      sentences=sentences, published=published)
    trigger = _trigger(case, text, zones)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger.start < s.end)
    event = Event(index, trigger, "CONSULT", modality=case.get("modality", "asserted"))
    article.events.append(event)
    return article, event


def _sentences(text: str, start: int, end: int, kind: ZoneKind) -> list[Sentence]:
    out, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append(Sentence(pos, m.end(), zone=kind))
        pos = m.end()
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append(Sentence(pos, end, zone=kind))
    return out


def _trigger(case: dict[str, Any], text: str, zones: list[Zone]) -> Span:
    zone = next(z for z in zones if z.kind == ("caption" if case.get("in") == "caption"
                                                 else "body"))
    pos = zone.start - 1
    for _ in range(case.get("occurrence", 0) + 1):
        pos = text.index(case["trigger"], pos + 1, zone.end)
    return Span(pos, pos + len(case["trigger"]))


# ----------------------------------------------------------------------------- scoring


def expected_date(gold: str | None) -> tuple[date | None, str]:
    """(value, precision) of a gold "YYYY" / "YYYY-MM" / "YYYY-MM-DD" (None: unknown)."""
    if gold is None:
        return None, "unknown"
    parts = [int(p) for p in gold.split("-")]
    parts += [1] * (3 - len(parts))
    return date(parts[0], parts[1], parts[2]), _PRECISION[len(gold)]


def date_matches(gold: str | None, got: EventDate) -> bool:
    """True when `got` has the gold precision and the gold value at that precision."""
    value, precision = expected_date(gold)
    if value is None:
        return got.value is None
    return got.value == value and got.precision == precision


def _score_event(case: dict[str, Any], got: EventDate, report: Report,
                 tally: dict[str, list[int]]) -> None:
    ok = date_matches(case["expect"], got)
    basis = case.get("basis", "explicit" if case["expect"] else "publication")
    _count(tally, "event.accuracy", ok)
    _count(tally, f"event.{case['lang']}.accuracy", ok)
    _count(tally, f"event.{basis}.accuracy", ok)
    _count(tally, "event.basis", got.basis == basis)
    gold_own = basis != "publication"
    got_own = got.basis != "publication" and got.value is not None
    groups = [report.overall]
    if gold_own:
        groups.append(report.per_type.setdefault(basis, PRF()))
    for counts in groups:
        if gold_own and got_own and ok:
            counts.tp += 1
        else:
            counts.fp += int(got_own)
            counts.fn += int(gold_own)


# ----------------------------------------------------------------------------- articles
#
# The `date_articles` suite: whole articles (data/eval/date_articles.jsonl, written for this
# project) through the real pipeline, scored on the publication date and on each gold
# event's date. Each record: ``{"id", "lang", "published": "YYYY-MM-DD" | null, "text",
# "fmt"?: "text" | "html", "batch"?: 1 | 2 | ... (the round in which it was written),
# "events": [{"at", "trigger", "type", "date", "modality"?}]}``: `at` is a stretch of the
# text that occurs once and holds the event's `trigger`; `date` is "YYYY" / "YYYY-MM" /
# "YYYY-MM-DD" (its form is its precision), "pub" (the article's publication date at day
# precision) or null (no date can be known). A week ("last week", "next week") is its
# first day at day precision, as in sample_expected.md.
#
# An event the coder finds (a predicted trigger overlapping the gold one) is dated as the
# pipeline dated it; a gold event the coder misses is added by hand with the gold type and
# modality and dated by the same stage, so that the suite measures dating, not coding.

_ARTICLES_FILE = "date_articles.jsonl"


def load_date_articles(path: Path | None = None) -> list[dict[str, Any]]:
    """The gold articles of the `date_articles` suite (the packaged file unless `path`)."""
    return _load_jsonl(_ARTICLES_FILE, path)


def date_articles_suite(bench: Path | None = None,
                        records: list[dict[str, Any]] | None = None) -> Report:
    """Score publication and event dates on whole articles (`bench` is not needed)."""
    from newsevents.pipeline import process
    from newsevents.readers import article_from_text

    records = load_date_articles() if records is None else records
    report = Report("date_articles")
    tally: dict[str, list[int]] = {}
    for record in records:
        article = process(article_from_text(record["text"], path=f"date_articles:{record['id']}",
                                             fmt=record.get("fmt", "text")))
        _score_publication(record, article, tally)
        pairs = _gold_events(record, article)
        event_dates.run(article)
        for gold, event, coded in pairs:
            _score_article_event(record, gold, event, coded, tally, report.overall)
    report.metrics.update({name: ok / total for name, (ok, total) in tally.items() if total})
    report.metrics["publication.spurious"] = float(tally.get("publication.spurious", [0])[0])
    report.n_items = len(records)
    return report


def _score_publication(record: dict[str, Any], article: Article,
                       tally: dict[str, list[int]]) -> None:
    want = record["published"]
    got = article.published.isoformat() if article.published else None
    if want is None:
        _count(tally, "publication.spurious", got is not None)
    else:
        _count(tally, "publication.exact", got == want)


def _gold_events(record: dict[str, Any], article: Article) -> list[tuple[dict[str, Any], Event,
                                                                           bool]]:
    """(gold, event, found by the coder) for every gold event of the record."""
    pairs = []
    for gold in record["events"]:
        at = article.text.find(gold["at"])
        if at < 0:
            raise ValueError(f"{record['id']}: {gold['at']!r} is not in the clean text")
        start = at + gold["at"].index(gold["trigger"])
        span = Span(start, start + len(gold["trigger"]))
        coded = next((e for e in article.events
                      if e.trigger.start < span.end and span.start < e.trigger.end), None)
        if coded is None:
            coded_flag, coded = False, _added_event(article, gold, span)
        else:
            coded_flag = True
        pairs.append((gold, coded, coded_flag))
    return pairs


def _added_event(article: Article, gold: dict[str, Any], span: Span) -> Event:
    index = next(i for i, s in enumerate(article.sentences) if s.start <= span.start < s.end)
    event = Event(index, span, gold["type"], modality=gold.get("modality", "asserted"))
    article.events.append(event)
    return event


def _score_article_event(record: dict[str, Any], gold: dict[str, Any], event: Event, coded: bool,
                         tally: dict[str, list[int]], overall: PRF) -> None:
    """Tally one gold event; `overall` counts a right date as tp, a wrong date given as fp
    and a gold date missed or got wrong as fn."""
    want = gold["date"]
    if want == "pub":
        want = record["published"]
    ok = date_matches(want, event.date)
    overall.tp += ok
    overall.fp += not ok and event.date.value is not None
    overall.fn += not ok and want is not None
    _count(tally, "event.accuracy", ok)
    _count(tally, f"event.{record['lang']}.accuracy", ok)
    _count(tally, f"event.batch{record.get('batch', 1)}.accuracy", ok)  # by writing round
    _count(tally, "event.coded", coded)
    if coded:
        _count(tally, "event.coded.accuracy", ok)
