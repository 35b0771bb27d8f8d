"""Measure how often `find_mentions` finds the gold actors of the PLOVER gold records.

Usage: ``python -m newsevents.actors.coverage [PLOVER_GSR_CAMEO.txt] [--misses] [--places]``

For each gold source/target actor whose code is a country, count it as found
when some mention overlapping its `actorText` in the record text carries that
country. Prints found/total, the share, and the speed in ms per 1000 chars.
`--places` also prints the share of the event_location gold LOCATION spans
(accepted records) that `find_places` overlaps.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

from newsevents.actors.english import find_mentions
from newsevents.actors.lexicon import countries
from newsevents.actors.places import find_places
from newsevents.model import Mention

BENCH = Path(__file__).resolve().parents[3].parent / "shared" / "bench"
DEFAULT = BENCH / "plover" / "PLOVER_GSR_CAMEO.txt"
LOCATIONS = BENCH / "event_location" / "labeled_text.jsonl.zip"
# CAMEO's own country codes where they differ from ISO 3166 alpha-3
_CAMEO_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMW": "DEU"}
# gold sectors this lexicon also uses (gold also has ***, SOC, CIV ... which it does not)
_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "REB", "OPP", "CVL", "REF", "LAB",
                      "EDU", "BUS", "MED", "REL", "SPY", "UAF", "CRM", "ELI", "PTY", "AGR"})


def gold_actors(record: dict[str, object]) -> list[tuple[str, str, str]]:
    """(actorText, ISO3, sector) triples for the country-coded actors of one record."""
    out: list[tuple[str, str, str]] = []
    known = countries()
    for key in ("source", "target"):
        actors = record.get(key)
        if not isinstance(actors, list):
            continue
        for actor in actors:
            code = _CAMEO_ALIASES.get(actor.get("code", ""), actor.get("code", ""))
            if code in known and actor.get("actorText"):
                out.append((actor["actorText"], code, (actor.get("sector") or "")[:3]))
    return out


def _found(text: str, actor_text: str, iso3: str) -> Mention | None:
    """A mention overlapping `actor_text` (any occurrence) with country `iso3`, if any."""
    mentions = find_mentions(text)
    pos = text.find(actor_text)
    while pos >= 0:
        end = pos + len(actor_text)
        hits = [m for m in mentions if m.country == iso3 and m.start < end and pos < m.end]
        if hits:
            return hits[0]
        pos = text.find(actor_text, pos + 1)
    return None


def load_records(path: Path = DEFAULT) -> list[dict[str, Any]]:
    """The gold records that carry a text."""
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]


def coverage(records: list[dict[str, Any]]) -> tuple[float, float]:
    """(share of gold country actors found, share of those whose sector agrees)."""
    found = total = sectors = sector_ok = 0
    for record in records:
        for actor_text, iso3, sector in gold_actors(record):
            total += 1
            hit = _found(record["text"], actor_text, iso3)
            if hit is not None:
                found += 1
                if sector in _SECTORS:
                    sectors += 1
                    sector_ok += hit.sector == sector
    return found / max(total, 1), sector_ok / max(sectors, 1)


def main(argv: list[str]) -> int:
    """Print coverage of the gold actors and the finder's speed (`--misses`: list misses)."""
    path = Path(next((a for a in argv if not a.startswith("--")), DEFAULT))
    records = load_records(path)
    if "--misses" in argv:
        _print_misses(records)
    found, sector = coverage(records)
    total = sum(len(gold_actors(r)) for r in records)
    print(f"gold country actors found: {round(found * total)}/{total} = {found:.1%}")
    print(f"sector agrees (found actors with a gold sector): {sector:.1%}")
    print(f"speed: {_speed(records):.3f} ms per 1000 chars")
    if "--places" in argv:
        hit, total = places_recall()
        print(f"event_location gold places overlapped: {hit}/{total} = {hit / max(total, 1):.1%}")
    return 0


def places_recall(path: Path = LOCATIONS) -> tuple[int, int]:
    """(overlapped, total) gold LOCATION spans of the accepted event_location records."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".jsonl") and "MACOSX" not in n)
        records = json.loads(archive.read(name).decode("utf-8"))
    hit = total = 0
    for record in records:
        spans = [s for s in record.get("spans", []) if s.get("label") == "LOCATION"
                 and s["end"] - s["start"] > 1]
        if record.get("answer") != "accept" or not spans:
            continue
        places = find_places(record["text"])
        for span in spans:
            total += 1
            hit += any(p.start < span["end"] and span["start"] < p.end for p in places)
    return hit, total


def _print_misses(records: list[dict[str, Any]]) -> None:
    """One line per gold country actor that no mention resolves."""
    for record in records:
        text = record["text"]
        for actor_text, iso3, _sector in gold_actors(record):
            if _found(text, actor_text, iso3) is None:
                got = [(text[m.start : m.end], m.country) for m in find_mentions(text)]
                print(f"MISS {iso3} {actor_text!r} | got {got} | {text[:160]}")


def _speed(records: list[dict[str, Any]]) -> float:
    """Milliseconds per 1000 characters over all record texts (after warm-up)."""
    texts = [r["text"] for r in records]
    find_mentions(texts[0])
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    for _ in range(3):
        for t in texts:
            find_mentions(t)
    return (time.perf_counter() - t0) * 1000 / 3 / chars * 1000


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
