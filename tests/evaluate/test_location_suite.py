"""The `location` suite: reading the gold archive, the counting rules, offsets, floors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from newsevents.evaluate import SUITES, check_floors
from newsevents.evaluate import location as ev


def _record(text: str, source: str, verb: str, place: str | None, broken: bool) -> dict:
    """A record as the archive holds it (tokens split on spaces)."""
    tokens, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        tokens.append({"text": word, "start": pos, "end": pos + len(word), "id": i})
        pos += len(word) + 1
    ids = {t["text"].strip("."): t["id"] for t in tokens}
    spans = [{"start": text.index(verb), "end": text.index(verb) + len(verb),
              "token_start": ids[verb], "token_end": ids[verb], "label": "VERB"}]
    if place is not None:
        start = ids[place] if broken else text.index(place)  # token numbers as offsets
        spans.append({"start": start, "end": start if broken else start + len(place),
                      "token_start": ids[place], "token_end": ids[place],
                      "label": "LOCATION", "text": place})
    return {"text": text, "tokens": tokens, "spans": spans, "source": source,
            "_id": f"{source}-{len(text)}"}


def _archive(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / ev.GOLD
    path.parent.mkdir(parents=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("labeled_text.jsonl", json.dumps(records))  # one array, not lines
        archive.writestr("__MACOSX/._labeled_text.jsonl", "junk")
    return path


def test_only_relabelled_records_with_offsets_from_tokens(tmp_path: Path) -> None:
    path = _archive(tmp_path, [
        _record("Troops shelled Homs on Monday.", "RELABEL", "shelled", "Homs", broken=True),
        _record("Police marched in Basra.", "APW_RA", "marched", "Basra", broken=False),
        _record("Rebels captured two soldiers.", "RELABEL", "captured", None, broken=False),
    ])
    cases = ev.load_cases(path)
    assert [c.text[c.verb[0]:c.verb[1]] for c in cases] == ["shelled", "captured"]
    first = cases[0]
    assert [first.text[a:b] for a, b in first.places] == ["Homs"]
    assert cases[1].places == ()


def test_counting_rules() -> None:
    gold = ev.Case("a", "Troops shelled Homs.", (7, 14), ((15, 19),))
    none = ev.Case("b", "Troops shelled it.", (7, 14), ())
    t = ev.Tally()
    assert ev.count(t, gold, True, (15, 19))  # right place
    assert not ev.count(t, gold, True, (0, 6))  # wrong place: fp and fn
    assert not ev.count(t, gold, False, None)  # not coded: only recall_all counts it
    assert ev.count(t, none, True, None)  # no place, none given
    assert not ev.count(t, none, True, (0, 6))
    assert (t.prf.tp, t.prf.fp, t.prf.fn) == (1, 2, 1)
    figures = t.metrics()
    assert figures["coverage"] == 4 / 5
    assert figures["no_location_accuracy"] == 0.5
    assert figures["recall_all"] == 1 / 3


def test_offset_map_follows_collapsed_spaces() -> None:
    src, dst = "a  bomb   killed", "a bomb killed"
    start, end = ev.map_span((src.index("killed"), len(src)), ev.offset_map(src, dst))
    assert dst[start:end] == "killed"
    start, end = ev.map_span((2, 6), ev.back_map(src, dst))
    assert src[start:end] == "bomb"


def test_suite_is_registered_and_skips_without_gold(tmp_path: Path) -> None:
    assert SUITES["location"] == "newsevents.evaluate.location:location_suite"
    assert ev.location_suite(tmp_path) is None


def test_location_meets_its_floors(bench_dir: Path) -> None:
    report = ev.location_suite(bench_dir)
    assert report is not None and report.n_items > 400
    assert check_floors(report) == []
