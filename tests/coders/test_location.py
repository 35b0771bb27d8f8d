"""Event location rules (coders/english/location.py) on hand-made sentences, real spaCy."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.actors.places import is_country, world_city
from newsevents.coders.english import parse
from newsevents.coders.english import syntax as sx
from newsevents.coders.english.location import event_location
from newsevents.model import Location


@pytest.fixture(scope="module")
def where(nlp: Any) -> Any:
    """where(sentence, trigger, prefix=""): the location text of the event at `trigger`
    (the sentence placed after `prefix` in a longer text), or None."""
    def run(sentence: str, trigger: str, prefix: str = "") -> str | None:
        doc = sx.parsed(next(parse.parse_many([sentence], nlp)), sentence)
        anchor = next(t for t in doc if t.text == trigger)
        text = prefix + sentence
        loc = event_location(text, len(prefix), anchor)
        return None if loc is None else text[loc.start:loc.end]
    return run


def test_place_in_the_phrase_of_a_dependent_noun(where: Any) -> None:
    assert where("A car bomb exploded at a market in Kirkuk on Monday.", "exploded") == "Kirkuk"


def test_offsets_are_absolute(where: Any) -> None:
    prefix = "Earlier news. "
    assert where("Protesters marched in Basra on Friday.", "marched", prefix) == "Basra"


def test_capital_as_subject_is_an_actor_not_a_place(where: Any) -> None:
    assert where("Moscow said the talks would continue.", "said") is None


def test_narrowest_place_of_a_phrase_wins(where: Any) -> None:
    assert where("Police dispersed protesters in the Baghdad district of Karrada.",
                 "dispersed") == "Karrada"
    assert where("Soldiers arrested two men in the West Bank city of Nablus.",
                 "arrested") == "Nablus"


def test_unknown_name_after_a_place_word(where: Any) -> None:
    assert where("Rebels seized the village of Umm Batna on Tuesday.", "seized") == "Umm Batna"


def test_unknown_name_takes_the_country_of_its_phrase(nlp: Any) -> None:
    text = "Jets struck a farm near the Syrian town of Umm Batna on Thursday."
    doc = sx.parsed(next(parse.parse_many([text], nlp)), text)
    loc = event_location(text, 0, next(t for t in doc if t.text == "struck"))
    assert loc is not None and text[loc.start:loc.end] == "Umm Batna"
    assert loc.country == "SYR" and loc.lat is None


def test_object_of_a_place_verb_from_the_world_list(where: Any) -> None:
    assert where("Peacekeepers patrolled Kakata after the battle.", "patrolled") == "Kakata"


def test_country_adjective_and_based_are_not_places(where: Any) -> None:
    assert where("A U.S. airstrike killed three fighters.", "killed") is None
    assert where("The London-based group said troops shelled Homs.", "said") is None
    assert where("The London-based group said troops shelled Homs.", "shelled") == "Homs"


def test_point_of_reference_gives_way(where: Any) -> None:
    assert where("Gunmen attacked a convoy in Suwayrah, 50 km south of Baghdad.",
                 "attacked") == "Suwayrah"


def test_a_statement_is_not_where_its_object_happened(where: Any) -> None:
    assert where("The council condemned the attack in Kabul.", "condemned") is None
    assert where("Protesters in Kabul condemned the attack.", "condemned") == "Kabul"
    assert where("Moscow accused Kyiv of shelling the Zaporizhzhia plant.", "accused") is None


def test_visited_place_and_sanctions_target(where: Any) -> None:
    assert where("Iraq's prime minister visited Moscow on Monday.", "visited") == "Moscow"
    assert where("The US imposed sanctions on Iran.", "imposed") is None
    assert where("Protesters rallied outside the U.S. Embassy in Baghdad.", "rallied") == "Baghdad"


def test_no_place_no_location(where: Any) -> None:
    assert where("The minister condemned the attack on Sunday.", "condemned") is None


def test_world_towns_and_countries() -> None:
    salonika = world_city("Salonika")
    assert salonika is not None and salonika.country == "GRC"
    assert world_city("Nowhereville Upon Nothing") is None
    assert is_country(Location(0, 4, "Iraq", "IRQ"))
    assert not is_country(Location(0, 7, "Baghdad", "IRQ"))
