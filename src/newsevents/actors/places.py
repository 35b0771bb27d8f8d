"""Places gazetteer: find countries, capitals, cities and regions named in text.

`find_places` returns a `Location` (name, ISO3 country, lat/lon where the
gazetteer has them) for every place name, longest match first, with absolute
offsets. It does not decide whether a place is where an event happened; the
coder can ask `is_locative` whether the text introduces it with "in", "near",
"outside" ... . Data: `data/places/places.tsv` (`text name country lat lon kind`):
cities carry their centre, countries a rough centroid, regions no coordinates.
"""

from __future__ import annotations

from functools import cache

from newsevents.actors.lexicon import (
    Entry,
    Place,
    build_trie,
    capitalised,
    fold,
    load_entries,
    load_places,
    longest_at,
    tokens_in,
)
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
