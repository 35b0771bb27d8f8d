"""Consistency checks over the actor lexicons and the places gazetteer."""

from __future__ import annotations

from newsevents.actors.lexicon import countries, load_entries, load_places

KINDS = {"country", "capital", "metonym", "demonym", "region", "place", "org", "igo", "company",
         "group", "person", "role", "ignore"}
SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "OPP", "REB", "UAF", "CRM", "CVL",
           "REF", "LAB", "EDU", "BUS", "MED", "REL", "NGO", "HLH", "ELI", "AGR", "IGO"}
FLAGS = {"title", "head", "generic", "ethnic", "context"}


def test_every_english_row_is_well_formed() -> None:
    iso3 = set(countries())
    entries = load_entries("en")
    assert len(entries) > 5000
    for e in entries:
        assert e.kind in KINDS, e
        assert e.country is None or e.country in iso3, e
        assert e.sector is None or e.sector in SECTORS, e
        assert e.flags <= FLAGS, e
        if e.kind != "ignore" and e.kind != "role":
            assert e.code, e
        if e.country and e.sector and e.kind in ("person", "role", "capital", "metonym"):
            assert e.code == e.country + e.sector, e


def test_countries_table_covers_the_un_members() -> None:
    table = countries()
    assert len(table) >= 195
    for code in ("USA", "RUS", "IRQ", "PSE", "XKX", "TWN", "ESH", "SSD", "VAT"):
        assert code in table
    assert all(c.lat is not None and c.lon is not None for c in table.values())
    assert all(len(c.iso2) == 2 for c in table.values())


def test_places_have_countries_and_cities_have_coordinates() -> None:
    iso3 = set(countries())
    places = load_places()
    assert len(places) > 1000
    for p in places:
        assert p.country in iso3, p
        if p.kind in ("city", "capital"):
            assert p.lat is not None and -90 <= p.lat <= 90, p
            assert p.lon is not None and -180 <= p.lon <= 180, p


def test_community_codes_never_look_like_a_country() -> None:
    iso3 = set(countries())
    for e in load_entries("en"):
        if "ethnic" in e.flags:
            assert e.code not in iso3, e
