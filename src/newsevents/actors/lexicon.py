"""Actor lexicons: load the TSV data once and match surface forms fast.

The data live in `data/actors/<lang>/*.tsv` (columns `text code country sector
name kind`, optionally `flags` at the end) and `data/actors/countries.tsv`.
Matching works on tokens of a *folded* copy of the text: same length as the
original (so offsets carry over unchanged), lower-cased, accents stripped,
curly apostrophes and dash variants unified. A dict-of-dicts token trie gives
the longest entry starting at each token in one pass, without spaCy.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from newsevents.errors import ConfigError

_LEAF = ""  # trie key under which the entries ending at a node are stored
_CAPS_RE = re.compile(r"^[A-Z][A-Z.&\-]*$")  # "US", "U.S.", "NATO": matched case-sensitively

# Abbreviations with internal dots ("U.S.", "U.N.") stay one token; "'s" is its own
# token so possessives split off; every other non-space symbol is a token of its own.
TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\w+|'s\b|[^\w\s]")

_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: a surface form and what it resolves to."""

    text: str
    code: str
    country: str | None
    sector: str | None
    name: str | None
    kind: str
    flags: frozenset[str] = frozenset()
    exact_case: bool = False  # short capitals ("US", "IS") must match exactly
    caps: tuple[int, ...] = ()  # tokens written with a capital: the text must have one too


@dataclass(frozen=True, slots=True)
class Country:
    """One row of `data/actors/countries.tsv`."""

    iso3: str
    iso2: str
    name: str
    capital: str
    lat: float | None
    lon: float | None


def _fold_char(ch: str) -> str:
    """Fold one character to a single lower-case, accent-free character (or itself)."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else ch


@cache
def _fold_table() -> dict[int, str]:
    """Translation table for Latin, Greek and Cyrillic plus punctuation variants."""
    table: dict[int, str] = {}
    ranges = [range(0x41, 0x5B), range(0xC0, 0x250), range(0x370, 0x530)]
    extra = [ord(c) for c in _APOSTROPHES + _DASHES]
    for cp in [c for r in ranges for c in r] + extra:
        folded = _fold_char(chr(cp))
        if folded != chr(cp):
            table[cp] = folded
    return table


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with exactly the same length."""
    return text.translate(_fold_table())


def tokens_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Folded tokens of `text[start:end]` with absolute offsets.

    Folds only the slice: callers go sentence by sentence, and folding the whole article
    each time made mention finding quadratic in article length.
    """
    stop = len(text) if end is None else end
    folded = fold(text[start:stop])
    return [(m.start() + start, m.end() + start, m.group()) for m in TOKEN_RE.finditer(folded)]


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens `(start, end, form)` of an already folded text between `start` and `end`."""
    stop = len(folded) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded, start, stop)]


def data_dir() -> Path:
    """The package's `data/actors` folder."""
    return Path(str(resources.files("newsevents"))) / "data" / "actors"


def _none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _entry(row: dict[str, str | None], source: Path) -> Entry:
    """Build an Entry from a TSV row; raise ConfigError on a broken row."""
    text = (row.get("text") or "").strip()
    code = (row.get("code") or "").strip()
    kind = (row.get("kind") or "").strip()
    if not text or not kind:
        raise ConfigError(f"{source}: row without text or kind: {row}")
    flags = frozenset(f for f in (row.get("flags") or "").split(",") if f.strip())
    return Entry(
        text=text, code=code, country=_none(row.get("country")), sector=_none(row.get("sector")),
        name=_none(row.get("name")), kind=kind, flags=flags,
        exact_case=_is_acronym(text), caps=capitalised(text),
    )


def capitalised(text: str) -> tuple[int, ...]:
    """Indices of the tokens of `text` that start with a capital letter."""
    return tuple(k for k, (a, _b, _f) in enumerate(tokenize(fold(text))) if text[a].isupper())


def _is_acronym(text: str) -> bool:
    """Short capitals ("US", "U.S.", "NATO") or mixed-case acronyms ("LeT", "MoD")."""
    if _CAPS_RE.match(text) and len(text.replace(".", "")) <= 5:
        return True
    capitals = sum(ch.isupper() for ch in text)
    return " " not in text and capitals >= 2 and len(text) <= 8 and not text.isupper()


def _read_tsv(path: Path) -> Iterator[dict[str, str | None]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"cannot read actor lexicon {path}: {exc}") from exc


@cache
def load_entries(lang: str = "en") -> tuple[Entry, ...]:
    """Every entry of `data/actors/<lang>/*.tsv`, in file order (cached).

    For English the cities of the places gazetteer follow as `place` entries, so
    that "Mosul residents" or "shelled Samarra" resolve to a country too; actor
    rows come first and win when the same text is in both.
    """
    folder = data_dir() / lang
    if not folder.is_dir():
        raise ConfigError(f"no actor lexicon for language {lang!r} in {folder}")
    rows = [_entry(row, p) for p in sorted(folder.glob("*.tsv")) for row in _read_tsv(p)]
    if lang == "en":
        rows.extend(_place_entry(place) for place in load_places() if place.kind == "city")
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class Place:
    """One row of `data/places/places.tsv`: a surface form of a place."""

    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # country, capital, city, region


@cache
def load_places() -> tuple[Place, ...]:
    """Every row of the places gazetteer `data/places/places.tsv` (cached)."""
    path = data_dir().parent / "places" / "places.tsv"
    return tuple(
        Place(
            text=(row.get("text") or "").strip(), name=(row.get("name") or "").strip(),
            country=_none(row.get("country")), lat=_float(row.get("lat")),
            lon=_float(row.get("lon")), kind=(row.get("kind") or "").strip(),
        )
        for row in _read_tsv(path)
        if (row.get("text") or "").strip()
    )


def _place_entry(place: Place) -> Entry:
    """A gazetteer city as an actor-lexicon entry of kind `place`."""
    return Entry(
        text=place.text, code=place.country or "", country=place.country, sector=None,
        name=place.name, kind="place", caps=capitalised(place.text),
        exact_case=_is_acronym(place.text),
    )


@cache
def trie(lang: str = "en") -> dict[str, object]:
    """A token trie over the folded, tokenized actor entry texts (cached)."""
    return build_trie(load_entries(lang))


def build_trie(entries: tuple[Entry, ...]) -> dict[str, object]:
    """A token trie over the folded, tokenized texts of `entries`."""
    root: dict[str, object] = {}
    for entry in entries:
        node = root
        for _, _, form in tokenize(fold(entry.text)):
            node = node.setdefault(form, {})  # type: ignore[assignment]
        leaf = node.setdefault(_LEAF, [])
        assert isinstance(leaf, list)
        if not any(e.text == entry.text for e in leaf):  # first file/row wins on duplicates
            leaf.append(entry)
    return root


def accepts(entry: Entry, text: str, tokens: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether tokens `[i, j)` of `text` may stand for `entry` given its case rules:
    acronyms exactly as written, capitalised words capitalised ("Baghdad Today" the outlet,
    not "Baghdad today"; "Turkey" the country, not "turkey")."""
    if entry.exact_case:
        surface = text[tokens[i][0] : tokens[j - 1][1]]
        return surface == entry.text or surface.replace("\u2019", "'") == entry.text
    for k in entry.caps:
        first = text[tokens[i + k][0]]
        if not (first.isupper() or first.isdigit()):
            return False
    return True


def longest_at(
    root: dict[str, object], tokens: list[tuple[int, int, str]], i: int, text: str
) -> tuple[int, Entry] | None:
    """The longest entry starting at token `i`: (index after its last token, entry)."""
    node: object = root
    best: tuple[int, Entry] | None = None
    j = i
    while j < len(tokens) and isinstance(node, dict):
        node = node.get(tokens[j][2])
        if node is None:
            break
        j += 1
        leaf = node.get(_LEAF)
        if leaf:
            for entry in leaf:
                if accepts(entry, text, tokens, i, j):
                    best = (j, entry)
                    break
    return best


@cache
def countries() -> dict[str, Country]:
    """ISO3 -> Country from `data/actors/countries.tsv` (cached)."""
    out: dict[str, Country] = {}
    for row in _read_tsv(data_dir() / "countries.tsv"):
        iso3 = (row.get("iso3") or "").strip()
        out[iso3] = Country(
            iso3=iso3, iso2=(row.get("iso2") or "").strip(), name=(row.get("name") or "").strip(),
            capital=(row.get("capital") or "").strip(), lat=_float(row.get("lat")),
            lon=_float(row.get("lon")),
        )
    return out


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def country_name(iso3: str) -> str | None:
    """The English short name of a country by ISO3 code, or None when unknown."""
    country = countries().get(iso3.upper())
    return country.name if country else None


@cache
def _country_names() -> dict[str, str]:
    """Folded country-ish surface form -> ISO3 (names, demonyms, capitals, regions, codes)."""
    out: dict[str, str] = {}
    for entry in load_entries("en"):
        if entry.country and entry.kind in ("country", "demonym", "capital", "region"):
            out.setdefault(fold(entry.text), entry.country)
    for c in countries().values():
        out.setdefault(fold(c.name), c.iso3)
        out.setdefault(c.iso3.lower(), c.iso3)
    return out


def lookup_country(name: str) -> str | None:
    """ISO3 for a country name, alternative name, demonym, capital, region or ISO3 code
    ("the United States", "Iraqis", "Baghdad", "Darfur", "irq"); None if unknown."""
    key = " ".join(fold(name).split())
    key = key[4:] if key.startswith("the ") else key
    return _country_names().get(key)
