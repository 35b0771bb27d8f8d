"""English evaluation suites: the PLOVER gold standard records and our own annotated sentences.

Scoring (both suites). Each distinct text is coded as a one-sentence English article. Gold
records that share a text form one item with several gold events.
- A predicted event *matches* a gold event when the PLOVER types are equal and both actors
  agree: a gold side that is absent or empty accepts anything (also no actor); otherwise the
  predicted actor's country must equal one of the gold codes (several gold actors: any one);
  the gold code ``IGO`` (and sector-only codes such as ``NGO``, ``IMG``) accepts any
  international actor (a mention without country whose sector or kind is IGO/NGO/org).
- Symmetric types (CONSULT, AGREE, SUPPORT, COOPERATE) also match with the two actors
  swapped: "X and Y met", "X signed a treaty with Y" state one joint act, and which party
  is named first is the writer's choice, not a fact (the own gold guidelines say so; the
  PLOVER records often list both parties as sources). We accept the swap for every event of
  these types rather than only for coordinated or 'with' phrasings: a directed reading of
  them ("X praised Y" swapped) would need the source to match the gold target AND the target
  the gold source, which a coder rarely produces by accident.
- tp = gold events matched by at least one prediction; fn = gold events matched by none;
  fp = predicted events that match no gold event of their item. Per-type counts use the gold
  type for tp/fn and the predicted type for fp.
- dyad_accuracy = among gold events for which some prediction has the right type, the share
  that are matched (both actors right).
- negation_accuracy (and modality_accuracy in the own suite) = among matched gold events, the
  share whose best matching prediction has the same polarity (modality).
PLOVER 0.5b1 type names of the gold file are mapped to today's: DEMAND->REQUEST,
DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT.

Run ``python -m newsevents.evaluate.english [plover|en_own] [--misses]`` to print the scores
(and every miss).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents.evaluate import PRF, Report, bench_dir
from newsevents.model import Article, Event, Mention, Sentence

OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Country codes of the gold file that differ from ISO 3166 alpha-3.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU"}
# Gold codes that name a kind of international or non-state organisation, not a country.
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "INT"})
INTL_SECTORS = frozenset({"IGO", "NGO"})


@dataclass(slots=True)
class GoldEvent:
    """One gold event: type, accepted source/target codes (empty = any), polarity, modality."""

    type: str
    sources: list[str]
    targets: list[str]
    negated: bool = False
    modality: str | None = None


@dataclass(slots=True)
class Item:
    """One text with its gold events."""

    id: str
    text: str
    gold: list[GoldEvent] = field(default_factory=list)


def _codes(value: Any) -> list[str]:
    """Gold actor codes from a list/dict/string/None field."""
    if value is None or isinstance(value, str):
        return [_norm(value)] if isinstance(value, str) and len(value) in (3, 4) and \
            value.isupper() else []
    items = value if isinstance(value, list) else [value]
    return [_norm(a["code"]) for a in items if isinstance(a, dict) and a.get("code")]


def _norm(code: str) -> str:
    code = code.strip().upper()
    if code in INTERNATIONAL:
        return "IGO"
    return CODE_ALIASES.get(code, code)


def plover_items(bench: Path) -> list[Item]:
    """Items of PLOVER_GSR_CAMEO.txt (the first, documentation record skipped)."""
    path = bench / "plover" / "PLOVER_GSR_CAMEO.txt"
    records = json.loads(path.read_text(encoding="utf-8"))
    items: dict[str, Item] = {}
    for rec in records[1:]:
        text = rec["text"].strip()
        item = items.setdefault(text, Item(rec["id"], text))
        kind = OLD_TYPES.get(rec["event"], rec["event"])
        item.gold.append(GoldEvent(kind, _codes(rec.get("source")), _codes(rec.get("target"))))
    return list(items.values())


def own_items(path: Path | None = None) -> list[Item]:
    """Items of data/eval/en_gold.jsonl (our own annotated English sentences)."""
    if path is None:
        ref = resources.files("newsevents").joinpath("data", "eval", "en_gold.jsonl")
        lines = ref.read_text(encoding="utf-8").splitlines() if ref.is_file() else []
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    items: list[Item] = []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        gold = [GoldEvent(e["type"], _codes([{"code": e["source"]}] if e.get("source") else None),
                          _codes([{"code": e["target"]}] if e.get("target") else None),
                          bool(e.get("negated", False)), e.get("modality", "asserted"))
                for e in rec.get("events", [])]
        items.append(Item(str(rec.get("id", len(items))), rec["text"], gold))
    return items


def is_international(m: Mention) -> bool:
    """True for an actor that is an international or non-governmental organisation."""
    return m.country is None and (
        (m.sector or "") in INTL_SECTORS or m.kind in ("igo", "org") or m.code in INTERNATIONAL
        or m.code.startswith(("IGO", "NGO", "IMG")))


def actor_matches(gold: list[str], pred: Mention | None) -> bool:
    """Does the predicted actor satisfy the gold codes (empty gold accepts anything)?"""
    if not gold:
        return True
    if pred is None:
        return False
    for code in gold:
        if code == "IGO" and is_international(pred):
            return True
        if code in (pred.country, pred.code) and code:
            return True
    return False


# Types of joint acts whose direction is not a fact (see the module docstring).
SYMMETRIC = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})


def matches(g: GoldEvent, e: Event) -> bool:
    """Type and both actors agree (either way round for the symmetric types)."""
    if e.event_type != g.type:
        return False
    if actor_matches(g.sources, e.source) and actor_matches(g.targets, e.target):
        return True
    return g.type in SYMMETRIC and bool(g.sources) and bool(g.targets) and \
        actor_matches(g.sources, e.target) and actor_matches(g.targets, e.source)


def code_text(coder: Any, text: str) -> list[Event]:
    """Code one text as a one-sentence English article."""
    article = Article(raw=text, text=text, language="en", sentences=[Sentence(0, len(text))])
    coder.code(article)
    return list(article.events)


@dataclass(slots=True)
class _Tally:
    report: Report
    typed: int = 0
    dyad_hits: int = 0
    polar_same: int = 0
    modal_same: int = 0
    misses: list[str] = field(default_factory=list)


def score(items: list[Item], suite: str, coder: Any | None = None) -> tuple[Report, list[str]]:
    """Score a coder over items; returns the report and readable miss lines."""
    if coder is None:
        from newsevents.coders.english import create

        coder = create()
    tally = _Tally(Report(suite=suite, n_items=len(items)))
    for item in items:
        _score_item(tally, item, code_text(coder, item.text))
    r = tally.report
    tp = r.overall.tp
    r.metrics["dyad_accuracy"] = tally.dyad_hits / tally.typed if tally.typed else 0.0
    r.metrics["negation_accuracy"] = tally.polar_same / tp if tp else 0.0
    if suite != "plover":
        r.metrics["modality_accuracy"] = tally.modal_same / tp if tp else 0.0
    return r, tally.misses


def _prf(report: Report, kind: str) -> PRF:
    return report.per_type.setdefault(kind, PRF())


def _score_item(t: _Tally, item: Item, events: list[Event]) -> None:
    r = t.report
    for g in item.gold:
        hit = next((e for e in events if matches(g, e)), None)
        if any(e.event_type == g.type for e in events):
            t.typed += 1
            t.dyad_hits += hit is not None
        if hit is None:
            r.overall.fn += 1
            _prf(r, g.type).fn += 1
            t.misses.append(f"FN {item.id} {g.type} {g.sources}>{g.targets} | "
                            f"got {_show(events)} | {item.text}")
            continue
        r.overall.tp += 1
        _prf(r, g.type).tp += 1
        t.polar_same += hit.negated == g.negated
        t.modal_same += g.modality is None or hit.modality == g.modality
    for e in events:
        if not any(matches(g, e) for g in item.gold):
            r.overall.fp += 1
            _prf(r, e.event_type).fp += 1
            t.misses.append(f"FP {item.id} {_show([e])} | {item.text}")


def _show(events: list[Event]) -> str:
    def who(m: Mention | None) -> str:
        return "-" if m is None else (m.country or m.code)

    return ", ".join(f"{e.event_type}:{who(e.source)}>{who(e.target)}" for e in events) or "[]"


def plover_suite(bench: Path) -> Report:
    """The PLOVER gold standard records suite."""
    return score(plover_items(bench), "plover")[0]


def own_suite(bench: Path) -> Report:
    """Our own annotated English sentences (data/eval/en_gold.jsonl)."""
    return score(own_items(), "en_own")[0]


def main(argv: list[str]) -> int:
    """Print a suite's scores (and its misses with --misses)."""
    suite = argv[0] if argv and not argv[0].startswith("-") else "plover"
    items = plover_items(bench_dir()) if suite == "plover" else own_items()
    coder = None
    if "--keep-intents" in argv:  # score the coder without the intent -> AGREE/THREATEN rule
        from newsevents.coders.english import EnglishCoder

        coder = EnglishCoder(plover_intents=False)
    report, misses = score(items, suite, coder)
    if "--misses" in argv:
        print("\n".join(sorted(misses)))
    o = report.overall
    print(f"{suite}: items={report.n_items} tp={o.tp} fp={o.fp} fn={o.fn} "
          f"P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}")
    for kind, prf in sorted(report.per_type.items()):
        print(f"  {kind:10s} F1={prf.f1:.3f} tp={prf.tp} fp={prf.fp} fn={prf.fn}")
    for name, value in report.metrics.items():
        print(f"  {name} = {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
