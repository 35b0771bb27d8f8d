"""Scoring rules of the English suites, with a hand-made stand-in coder."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.evaluate import english as ev
from newsevents.model import Article, Event, Mention, Span


class StubCoder:
    """Returns fixed events per text: {text: [(type, source, target, negated)]}."""

    name = "stub/0"

    def __init__(self, answers: dict[str, list[tuple[str, str | None, str | None, bool]]]):
        self.answers = answers

    def code(self, article: Article) -> None:
        for kind, src, tgt, neg in self.answers.get(article.text, []):
            article.events.append(Event(0, Span(0, 1), kind, _actor(src), _actor(tgt),
                                        negated=neg))


def _actor(code: str | None) -> Mention | None:
    if code is None:
        return None
    if code == "UNO":
        return Mention(0, 1, "UNO", None, "IGO", kind="igo")
    return Mention(0, 1, code, code)


def test_actor_matching_rules() -> None:
    assert ev.actor_matches([], None)
    assert ev.actor_matches(["IRQ", "RUS"], _actor("RUS"))
    assert not ev.actor_matches(["IRQ"], None)
    assert ev.actor_matches(["IGO"], _actor("UNO"))
    assert not ev.actor_matches(["IGO"], _actor("USA"))


def test_symmetric_types_match_either_way_round() -> None:
    met = Event(0, Span(0, 1), "CONSULT", _actor("RUS"), _actor("IRQ"))
    assert ev.matches(ev.GoldEvent("CONSULT", ["IRQ"], ["RUS"]), met)
    blamed = Event(0, Span(0, 1), "ACCUSE", _actor("RUS"), _actor("IRQ"))
    assert not ev.matches(ev.GoldEvent("ACCUSE", ["IRQ"], ["RUS"]), blamed)


def test_gold_codes_are_normalised() -> None:
    assert ev._codes([{"code": "JAP"}, {"code": "NGO"}]) == ["JPN", "IGO"]
    assert ev._codes("") == [] and ev._codes(None) == []


def test_score_counts_tp_fp_fn_and_dyads() -> None:
    items = [
        ev.Item("a", "A", [ev.GoldEvent("AGREE", ["USA"], ["IRQ"])]),
        ev.Item("b", "B", [ev.GoldEvent("ASSAULT", ["IRQ"], [])]),
        ev.Item("c", "C", [ev.GoldEvent("ACCUSE", ["IGO"], ["ISR"])]),
    ]
    stub = StubCoder({
        "A": [("AGREE", "USA", "IRQ", False), ("PROTEST", "USA", None, False)],
        "B": [("ASSAULT", "IRQ", "SYR", True)],  # any target accepted
        "C": [("ACCUSE", "USA", "ISR", False)],  # wrong source: typed but no hit
    })
    report, misses = ev.score(items, "test", stub)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 2, 1)
    assert report.metrics["dyad_accuracy"] == 2 / 3
    assert report.metrics["negation_accuracy"] == 0.5
    assert report.per_type["PROTEST"].fp == 1
    assert any(m.startswith("FN c") for m in misses)


def test_own_items_read_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "1", "text": "Iraq did not attack Iran.", "events": [
        {"type": "ASSAULT", "source": "IRQ", "target": "IRN", "negated": True,
         "modality": "asserted"}]}, {"id": "2", "text": "Nice weather.", "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = ev.own_items(path)
    assert [len(i.gold) for i in items] == [1, 0]
    assert items[0].gold[0].negated and items[0].gold[0].sources == ["IRQ"]


def test_plover_items_group_shared_texts(bench_dir: Path) -> None:
    items = ev.plover_items(bench_dir)
    assert 300 <= sum(len(i.gold) for i in items) <= 330
    assert all(g.type in ev.OLD_TYPES.values() or g.type.isupper() for i in items
               for g in i.gold)
    assert not any(g.type in ev.OLD_TYPES for i in items for g in i.gold)


def test_plover_and_own_suites_meet_their_floors(bench_dir: Path) -> None:
    from newsevents.evaluate import check_floors, load_floors

    for suite in (ev.plover_suite(bench_dir), ev.own_suite(bench_dir)):
        assert load_floors(suite.suite)
        assert check_floors(suite) == [], suite.scores()
