"""Places gazetteer: find countries, capitals, cities and regions named in text.

`find_places` returns a `Location` (name, ISO3 country, lat/lon where the
gazetteer has them) for every place name, longest match first, with absolute
offsets. `world_city` looks a single name up in the larger list of the world's towns
(`data/places/world_cities.tsv`, towns of 15,000 people or more): too large, and too
full of names that are also words, to scan text with; the English location rules ask it
about a name they already believe is a place. Nothing here decides whether a place is
where an event happened (`coders.english.location` does); `is_locative` tells whether the
text introduces a place with "in", "near", "outside" ... . Data: `data/places/places.tsv`
(`text name country lat lon kind`): cities carry their centre, countries a rough centroid,
regions no coordinates.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from newsevents.actors.lexicon import (
    Entry,
    Place,
    build_trie,
    capitalised,
    data_dir,
    fold,
    load_entries,
    load_places,
    longest_at,
    tokens_in,
)
from newsevents.errors import ConfigError
from newsevents.model import Location

# words that introduce the place where something happened
_LOCATIVE = frozenset({
    "in", "near", "at", "outside", "inside", "across", "around", "throughout", "into", "on",
    "within", "off", "over", "along", "toward", "towards", "to", "from", "northern", "southern",
    "eastern", "western", "central",
})
# "north of", "outskirts of": direction or vicinity words that make "of" locative
_OF_LOCATIVE = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "outskirts", "suburbs", "centre", "center", "heart", "streets", "parts", "part",
})
# words between the locative word and the name: "in the northern town of X"
_LEAD_INS = frozenset({
    "the", "city", "town", "village", "province", "region", "district", "capital", "port",
    "border", "governorate", "state", "area", "camp", "northern", "southern", "eastern",
    "western", "central", "besieged", "occupied", "nearby", "restive", "rebel-held", "of",
})


@cache
def _places_by_text() -> dict[str, Place]:
    return {place.text: place for place in load_places()}


@cache
def _trie() -> dict[str, object]:
    """Places first, then the English lexicon's ignore phrases ("Gulf of Mexico",
    "Latin America") so that their words are consumed without naming a place."""
    entries = tuple(
        Entry(text=p.text, code=p.country or "", country=p.country, sector=None, name=p.name,
              kind=p.kind, caps=capitalised(p.text),
              exact_case=p.text.isupper() and len(p.text.replace(".", "")) <= 5)
        for p in load_places()
    )
    ignored = tuple(e for e in load_entries("en") if e.kind == "ignore")
    return build_trie(entries + ignored)


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Location]:
    """Place names in `text[start:end]` as Locations with absolute offsets."""
    tokens = tokens_in(text, start, end)
    root = _trie()
    by_text = _places_by_text()
    out: list[Location] = []
    i = 0
    while i < len(tokens):
        found = longest_at(root, tokens, i, text)
        if found is None:
            i += 1
            continue
        if found[1].kind == "ignore":
            i = found[0]
            continue
        place = by_text[found[1].text]
        s, e = tokens[i][0], tokens[found[0] - 1][1]
        out.append(Location(s, e, place.name, place.country, place.lat, place.lon))
        i = found[0]
    return out


def is_country(location: Location) -> bool:
    """True when `location` is a whole country (not a town or region in it)."""
    return location.name in _country_names()


@cache
def _country_names() -> frozenset[str]:
    return frozenset(p.name for p in load_places() if p.kind == "country")


def is_locative(text: str, location: Location) -> bool:
    """Whether the words before `location` mark it as where something happened
    ("in Baghdad", "near the town of Samarra", "north of Mosul"), not an actor."""
    words = fold(text[max(0, location.start - 60) : location.start]).replace("-", " ").split()
    while words and words[-1] in _LEAD_INS:
        if words[-1] == "of" and len(words) > 1 and words[-2] in _OF_LOCATIVE:
            return True
        if words[-1] in _LOCATIVE:
            return True
        words.pop()
    return bool(words) and words[-1] in _LOCATIVE


def world_city(name: str) -> Place | None:
    """The most populous town of the world list called `name` (exactly as written, or
    without accents), or None."""
    table = _world_cities()
    row = table.get(name) or table.get(_strip_accents(name))
    if row is None:
        return None
    town, country, lat, lon = row.split("\t")[:4]
    return Place(text=name, name=town, country=country or None, lat=float(lat),
                 lon=float(lon), kind="city")


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


@cache
def _world_cities() -> dict[str, str]:
    """Surface form -> the rest of its row ("name, country, lat, lon, population", tab
    separated; parsed on lookup: 70,000 rows kept as objects cost several times the
    memory), from `data/places/world_cities.tsv`, where each form is listed once, for the
    most populous town of that name."""
    path = data_dir().parent / "places" / "world_cities.tsv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the world towns list {path}: {exc}") from exc
    if not lines or not lines[0].startswith("text\tname\tcountry\tlat\tlon"):
        raise ConfigError(f"{path}: not a world towns list (header text name country lat lon)")
    out: dict[str, str] = {}
    for line in lines[1:]:
        text, _tab, rest = line.partition("\t")
        if rest.count("\t") >= 3:
            out.setdefault(text, rest)
    return out


def preload() -> None:
    """Load every table of this module now (before worker processes fork, so that they
    share one copy instead of each loading the world towns on first use)."""
    _places_by_text(), _trie(), _country_names(), _world_cities()
