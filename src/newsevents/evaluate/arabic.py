"""Arabic evaluation suites: detection GSR, UniversalPetrarch validation set, our own gold.

`event_gsr_suite` judges detection on the openeventdata Arabic GSR
(positives: label "yes"; negatives: "easy no"). `petrarch_suite` scores type
and actor countries on UniversalPetrarch's Arabic validation sentences
(UniversalPetrarch itself: 68% fully correct, 23% false positives).
`own_suite` scores our own annotated sentences in data/eval/ar_gold.jsonl.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsevents.coders.arabic import ArabicCoder, create
from newsevents.errors import InputError
from newsevents.evaluate import PRF, Report
from newsevents.model import Article, Event, Sentence

GSR_TYPES = ("PROTEST", "ASSAULT")
_SENTENCE = re.compile(r"<Sentence\b.*?</Sentence>", re.S)
_POSITIVE, _NEGATIVE = "yes", "easy no"


def code_text(text: str, coder: ArabicCoder | None = None) -> list[Event]:
    """Events the Arabic coder finds in one sentence of text."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    (coder or create()).code(article)
    return article.events


# --- event detection GSR --------------------------------------------------------------


def _gsr_rows(path: Path) -> Iterator[tuple[str, bool]]:
    """(text, is_positive) for the yes / easy-no rows of one GSR CSV."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                label = row.get("label", "")
                if label in (_POSITIVE, _NEGATIVE):
                    yield row["text"], label == _POSITIVE
    except OSError as exc:
        raise InputError(str(path), f"cannot read Arabic GSR file: {exc}") from exc


def detects(events: list[Event], plover: str) -> bool:
    """True when the coder found an event of `plover` type that it reports as having happened.

    Negated, intended and hypothetical events do not count: the GSR asks whether
    the sentence reports such an event.
    """
    return any(
        e.event_type == plover and not e.negated and e.modality in ("asserted", "reported")
        for e in events
    )


def event_gsr_suite(bench: Path) -> Report:
    """Detection P/R/F1 for PROTEST and ASSAULT on the Arabic event GSR."""
    report = Report("ar_event_gsr")
    coder = create()
    for plover in GSR_TYPES:
        prf = PRF()
        for text, positive in _gsr_rows(bench / "arabic_event_gsr" / f"{plover.lower()}_gsr.csv"):
            _count(prf, detects(code_text(text, coder), plover), positive)
            report.n_items += 1
        report.per_type[plover] = prf
        _add(report.overall, prf)
    for plover, prf in report.per_type.items():
        report.metrics[f"{plover}.precision"] = prf.precision
        report.metrics[f"{plover}.recall"] = prf.recall
    return report


def _count(prf: PRF, predicted: bool, expected: bool) -> None:
    if predicted and expected:
        prf.tp += 1
    elif predicted:
        prf.fp += 1
    elif expected:
        prf.fn += 1


def _add(total: PRF, part: PRF) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


# --- UniversalPetrarch validation set -------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Expected:
    """One validation sentence: its text, PLOVER type and (country, sector) pairs."""

    text: str
    plover: str
    source: tuple[str | None, str | None]
    target: tuple[str | None, str | None]


def _pair(code: str) -> tuple[str | None, str | None]:
    """ "TUN None" → ("TUN", None); "None CVL" → (None, "CVL")."""
    parts = (code or "None None").split()
    parts += ["None"] * (2 - len(parts))
    country, sector = parts[0], parts[1]
    return (None if country == "None" else country, None if sector == "None" else sector)


def petrarch_items(path: Path) -> list[Expected]:
    """The validation sentences of UniversalPetrarch's Arabic XML."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read PETRARCH validation XML: {exc}") from exc
    items = []
    for block in _SENTENCE.findall(raw):  # the published file is cut off: parse block by block
        try:
            node = ET.fromstring(block)
        except ET.ParseError:
            continue
        coding, text = node.find("EventCoding"), node.findtext("Text")
        if coding is None or not text:
            continue
        items.append(
            Expected(
                text.strip(),
                coding.get("plover", ""),
                _pair(coding.get("sourcecode", "")),
                _pair(coding.get("targetcode", "")),
            )
        )
    return items


def _country(event: Event | None, side: str) -> str | None:
    mention = getattr(event, side) if event is not None else None
    return mention.country if mention is not None else None


def _sector(event: Event | None, side: str) -> str | None:
    mention = getattr(event, side) if event is not None else None
    return mention.sector if mention is not None else None


def petrarch_suite(bench: Path) -> Report:
    """Type, source, target accuracy, false positives, fully-correct rate (vs UniversalPetrarch)."""
    report = Report("ar_petrarch")
    coder = create()
    hits = {"type": 0, "source": 0, "target": 0, "correct": 0, "sectors": 0}
    predicted = wrong = 0
    for item in petrarch_items(
        bench / "arabic_petrarch_gsr" / "arabic_gsr_validation_18-11-14.xml"
    ):
        events = [e for e in code_text(item.text, coder) if e.event_type in GSR_TYPES]
        match = next((e for e in events if e.event_type == item.plover), None)
        predicted += len(events)
        wrong += sum(e.event_type != item.plover for e in events)
        prf = report.per_type.setdefault(item.plover, PRF())
        _count(prf, match is not None, True)
        _count(report.overall, match is not None, True)
        _score(hits, item, match)
        report.n_items += 1
    n = max(report.n_items, 1)
    report.metrics.update({f"{k}_accuracy": v / n for k, v in hits.items() if k != "correct"})
    report.metrics["correct"] = hits["correct"] / n
    report.metrics["false_positive_rate"] = wrong / predicted if predicted else 0.0
    return report


def _score(hits: dict[str, int], item: Expected, match: Event | None) -> None:
    src = _country(match, "source") == item.source[0]
    tgt = _country(match, "target") == item.target[0]
    hits["type"] += match is not None
    hits["source"] += src
    hits["target"] += tgt
    hits["correct"] += match is not None and src and tgt
    sectors = (_sector(match, "source"), _sector(match, "target")) == (
        item.source[1],
        item.target[1],
    )
    hits["sectors"] += match is not None and src and tgt and sectors


# --- our own gold ----------------------------------------------------------------------------


def own_items() -> list[dict[str, object]]:
    """data/eval/ar_gold.jsonl records."""
    ref = resources.files("newsevents").joinpath("data").joinpath("eval").joinpath("ar_gold.jsonl")
    lines = ref.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def own_suite(bench: Path) -> Report:
    """Type P/R/F1, dyad, negation and modality accuracy on our own annotated Arabic sentences."""
    del bench  # our gold ships with the package
    report = Report("ar_own")
    coder = create()
    agree = {"dyad": 0, "negated": 0, "modality": 0}
    matched = 0
    for item in own_items():
        events = code_text(str(item["text"]), coder)
        gold = list(item.get("events") or [])  # type: ignore[call-overload]
        for expected, event in _align(gold, events, report):
            matched += 1
            agree["dyad"] += _code(event.source) == expected.get("source") and _code(
                event.target
            ) == expected.get("target")
            agree["negated"] += event.negated == bool(expected.get("negated", False))
            agree["modality"] += event.modality == expected.get("modality", "asserted")
        report.n_items += 1
    for key, value in agree.items():
        report.metrics[f"{key}_accuracy"] = value / matched if matched else 0.0
    return report


def _code(mention: object) -> str | None:
    return getattr(mention, "code", None) or None


def _align(
    gold: list[dict[str, object]], events: list[Event], report: Report
) -> list[tuple[dict[str, object], Event]]:
    """Pair gold and predicted events by type (first come first served); count TP/FP/FN."""
    pool = list(events)
    pairs = []
    for expected in gold:
        plover = str(expected["type"])
        prf = report.per_type.setdefault(plover, PRF())
        found = next((e for e in pool if e.event_type == plover), None)
        if found is None:
            prf.fn += 1
            report.overall.fn += 1
            continue
        pool.remove(found)
        prf.tp += 1
        report.overall.tp += 1
        pairs.append((expected, found))
    for event in pool:
        report.per_type.setdefault(event.event_type, PRF()).fp += 1
        report.overall.fp += 1
    return pairs
