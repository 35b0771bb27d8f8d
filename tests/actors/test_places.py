"""Tests for the places gazetteer finder."""

from __future__ import annotations

from newsevents.actors.places import find_places, is_locative


def test_finds_capitals_cities_regions_and_countries() -> None:
    text = "Clashes in Baghdad and near the town of Samarra in Iraq; fighting in the Gaza Strip."
    found = find_places(text)
    assert [(text[p.start : p.end], p.country) for p in found] == [
        ("Baghdad", "IRQ"), ("Samarra", "IRQ"), ("Iraq", "IRQ"), ("Gaza Strip", "PSE")]
    baghdad = found[0]
    assert baghdad.lat is not None and abs(baghdad.lat - 33.3) < 0.2
    assert found[2].lat is not None and found[3].lat is None  # country centroid; regions none


def test_locative_check() -> None:
    text = "Erbil said the attack in Erbil was repelled."
    first, second = find_places(text)
    assert not is_locative(text, first)
    assert is_locative(text, second)


def test_window_offsets_are_absolute() -> None:
    text = "Moscow. Talks in Geneva went on."
    found = find_places(text, text.index("Talks"))
    assert [(text[p.start : p.end], p.country) for p in found] == [("Geneva", "CHE")]


def test_ignored_phrases_name_no_place() -> None:
    assert find_places("oil spilled into the Gulf of Mexico") == []
    assert find_places("leaders across Latin America") == []
    assert [p.country for p in find_places("a rally in New Mexico")] == ["USA"]
