"""Tests for the English actor mention finder (no spaCy involved)."""

from __future__ import annotations

import time

from newsevents.actors import country_name, find_mentions, lookup_country
from newsevents.model import Mention


def _one(text: str) -> Mention:
    found = find_mentions(text)
    assert len(found) == 1, [(text[m.start : m.end], m) for m in found]
    return found[0]


def _span(text: str, m: Mention) -> str:
    return text[m.start : m.end]


def test_seed_metonyms_and_capitals() -> None:
    for text, iso3 in [("the Kremlin", "RUS"), ("Baghdad", "IRQ"), ("Moscow", "RUS"),
                       ("Washington", "USA")]:
        m = _one(text)
        assert (m.country, m.sector, m.code) == (iso3, "GOV", iso3 + "GOV")
        assert _span(text, m) == text  # "the Kremlin" keeps its article


def test_possessive_with_curly_apostrophe_merges() -> None:
    text = "Iraq\u2019s Defense Ministry said on Sunday"
    m = _one(text)
    assert _span(text, m) == "Iraq\u2019s Defense Ministry"
    assert (m.country, m.sector, m.code) == ("IRQ", "MIL", "IRQMIL")


def test_demonym_plus_role() -> None:
    assert (_one("U.S. officials said").code, _one("the Iraqi government").code) == (
        "USAGOV", "IRQGOV")
    assert _one("Egyptian police fired").code == "EGYCOP"


def test_title_with_unknown_name() -> None:
    text = "Russian Ambassador Maksim Maksimov met him"
    m = _one(text)
    assert _span(text, m) == "Russian Ambassador Maksim Maksimov"
    assert (m.country, m.sector, m.kind) == ("RUS", "GOV", "person")


def test_military_title_chain() -> None:
    text = "Iraqi army chief of staff Lt. Gen. Othman Al-Ghanimi arrived"
    m = _one(text)
    assert _span(text, m).endswith("Al-Ghanimi")
    assert (m.country, m.sector, m.kind) == ("IRQ", "MIL", "person")
    bare = _one("Lt. Gen. Othman Al-Ghanimi said")
    assert (bare.country, bare.sector, bare.kind) == (None, "MIL", "person")


def test_coordinated_demonyms_share_head() -> None:
    text = "Senior Hungarian and Romanian officials agreed on Wednesday"
    found = find_mentions(text)
    assert [(m.country, m.sector) for m in found] == [("HUN", "GOV"), ("ROU", "GOV")]


def test_hyphenated_pairs_give_two_mentions() -> None:
    assert [m.country for m in find_mentions("Russia-Iraq relations")] == ["RUS", "IRQ"]
    assert [m.country for m in find_mentions("the Iraqi\u2013Russian talks")] == ["IRQ", "RUS"]
    assert [m.country for m in find_mentions("a US-led coalition")] == ["USA"]


def test_offsets_are_absolute_within_a_window() -> None:
    text = "Intro. China's navy sailed. Russia protested."
    start = text.index("China")
    found = find_mentions(text, start, text.index("Russia"))
    assert [(_span(text, m), m.code) for m in found] == [("China's navy", "CHNMIL")]


def test_case_rules_avoid_false_positives() -> None:
    assert find_mentions("tell us what you want") == []
    assert find_mentions("we ate turkey and rice in a china bowl") == []
    assert _one("the US and its allies").country == "USA"


def test_bare_role_has_no_country() -> None:
    m = _one("officials said")
    assert (m.country, m.sector, m.code) == (None, "GOV", "GOV")


def test_opposition_in_country() -> None:
    m = _one("opposition groups in Zimbabwe")
    assert (m.country, m.sector) == ("ZWE", "OPP")


def test_country_helpers() -> None:
    assert country_name("IRQ") == "Iraq"
    assert lookup_country("Côte d'Ivoire") == "CIV"
    assert lookup_country("Iraqi") == "IRQ"
    assert lookup_country("the United States") == "USA"
    assert lookup_country("Baghdad") == "IRQ"
    assert lookup_country("Narnia") is None


def test_speed_under_two_ms_per_1000_chars() -> None:
    text = ("Iraqi Prime Minister Nouri al-Maliki met U.S. officials in Baghdad on Monday, "
            "while Russian troops and Ukrainian forces clashed near Kyiv. ") * 40
    find_mentions(text)
    t0 = time.perf_counter()
    for _ in range(5):
        find_mentions(text)
    per_k = (time.perf_counter() - t0) * 1000 / 5 / len(text) * 1000
    assert per_k < 2.0, per_k


def test_known_person_after_title_and_demonym() -> None:
    text = "Iraqi Prime Minister Nouri Al-Maliki said"
    m = _one(text)
    assert _span(text, m) == "Iraqi Prime Minister Nouri Al-Maliki"
    assert (m.country, m.sector, m.name, m.kind) == ("IRQ", "GOV", "Nouri al-Maliki", "person")
    lavrov = _one("Sergey Lavrov arrived")
    assert (lavrov.code, lavrov.name) == ("RUSGOV", "Sergei Lavrov")


def test_groups_and_organisations() -> None:
    assert _one("Hezbollah fighters fired rockets").code == "LBNREB"
    assert _one("the Houthis said").country == "YEM"
    isis = _one("Islamic State claimed it")
    assert (isis.country, isis.sector, isis.kind) == (None, "REB", "group")
    un = _one("UN peacekeepers left")
    assert (un.code, un.country, un.sector, un.kind) == ("UNO", None, "MIL", "igo")
    assert _one("NATO troops crossed").sector == "MIL"
    assert _one("Lukoil signed").code == "RUSBUS"


def test_is_needs_group_context() -> None:
    assert _one("IS fighters attacked").code == "IMGREB"
    assert find_mentions("WHAT IS IT") == []


def test_ethnic_groups_take_the_country() -> None:
    text = "the Iraqi Kurds voted"
    m = _one(text)
    assert (_span(text, m), m.country, m.sector) == ("Iraqi Kurds", "IRQ", "CVL")
    kurds = _one("Kurdish rebels attacked")
    assert (kurds.country, kurds.sector) == (None, "REB")


def test_ignored_phrases_and_anti_adjectives() -> None:
    assert find_mentions("tankers in the Persian Gulf and the Indian Ocean") == []
    assert find_mentions("she flew to Latin America") == []
    m = _one("Iraqi anti-government protesters marched")
    assert (m.country, m.sector) == ("IRQ", "OPP")


def test_phrases_do_not_cross_line_breaks() -> None:
    found = find_mentions("Syria\n\nObama said")
    assert [m.country for m in found] == ["SYR", "USA"]


def test_cities_resolve_to_their_country() -> None:
    m = _one("Mosul residents fled")
    assert (m.country, m.sector) == ("IRQ", "CVL")
    assert _one("a bombing near Samarra").country == "IRQ"


def test_title_decides_the_sector_of_a_known_person() -> None:
    m = _one("Palestinian Prime Minister Ismail Haniyeh said")
    assert (m.code, m.name) == ("PSEGOV", "Ismail Haniyeh")
    hamas = _one("Hamas leader Ismail Haniyeh said")
    assert (hamas.code, hamas.kind, hamas.name) == ("PSEREB", "person", "Ismail Haniyeh")
    assert _one("Serbian Labour Minister Dragan Milovanovic said").code == "SRBGOV"


def test_surname_that_is_also_a_title() -> None:
    text = "British Defence Secretary Jim King said"
    m = _one(text)
    assert _span(text, m).endswith("Jim King")
    assert m.code == "GBRGOV"


def test_ethnic_demonyms_lose_the_country() -> None:
    text = "ethnic Albanian guerrillas attacked"
    m = _one(text)
    assert (_span(text, m), m.country, m.sector) == ("ethnic Albanian guerrillas", None, "REB")


def test_compound_role_takes_the_last_noun() -> None:
    m = _one("Iraqi government soldiers advanced")
    assert (m.country, m.sector) == ("IRQ", "MIL")


def test_pro_and_anti_adjectives_are_not_actors() -> None:
    assert [m.code for m in find_mentions("pro-Iranian militias fired")] == ["REB"]


def test_generic_nouns_keep_the_first_nouns_sector() -> None:
    assert _one("Afghan rebel leaders met").code == "AFGREB"
    assert _one("Ugandan opposition candidates said").code == "UGAOPP"


def test_national_society_of_an_ngo() -> None:
    m = _one("the Iraqi Red Crescent said")
    assert (m.code, m.name) == ("IRQNGO", None)


def test_codes_are_never_empty() -> None:
    text = ("Mr. Smith said the sheikh and the other side met ethnic Turks, Lt. Gen. John Doe, "
            "Sheikh Tamim, Brazilian Sergio Vieira de Mello and UN officials in Baghdad.")
    found = find_mentions(text)
    assert found and all(m.code for m in found)


def test_organisation_of_the_modifiers_own_country_is_one_mention() -> None:
    text = "Lebanese Hezbollah fighters fired"
    m = _one(text)
    assert (_span(text, m), m.code) == ("Lebanese Hezbollah fighters", "LBNREB")


def test_allies_of_a_country_are_not_that_country() -> None:
    found = find_mentions("Iran's militia allies fired")
    assert [(m.country, m.sector) for m in found] == [("IRN", None), (None, "REB")]


def test_currency_is_not_a_country() -> None:
    assert find_mentions("he embezzled US $50 million") == []


def test_finder_does_not_need_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys; from newsevents.actors import find_mentions; "
            "find_mentions('Iraqi officials met'); assert 'spacy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_role_of_an_international_body_acts_for_it() -> None:
    m = _one("The governors of the International Atomic Energy Agency met.")
    assert (m.code, m.kind, m.country) == ("IAEA", "igo", None)
    m = _one("Officials from the EU arrived.")
    assert m.code == "EU"


def test_a_role_in_a_place_keeps_the_place_country() -> None:
    m = _one("Officials in Baghdad said so.")
    assert (m.code, m.country) == ("IRQGOV", "IRQ")


def test_a_post_abroad_does_not_take_the_country_it_stands_in() -> None:
    text = "its embassy in Damascus"
    post = next(m for m in find_mentions(text) if _span(text, m).startswith("embassy"))
    assert post.country is None  # the owner ('its') decides, in the coder
    assert _one("the consulate of Iran").country == "IRN"
    assert _one("officials in Damascus").country == "SYR"


# --- weapons are goods, not actors; spelling variants and plural demonyms ---------------


def test_weapon_nouns_are_not_military_actors() -> None:
    for text, iso3, span in [("Iraq bought Russian tanks.", "RUS", "Russian"),
                             ("the purchase of T-90 tanks from Russia", "RUS", "Russia"),
                             ("Jordanian jets struck a farm", "JOR", "Jordanian")]:
        found = [m for m in find_mentions(text) if m.country == iso3]
        assert [(_span(text, m), m.sector) for m in found] == [(span, None)], text


def test_no_role_row_names_a_weapon() -> None:
    """The weapon words of the arms-trade lexicon and the weapon systems of weapons.tsv
    never stand in the actor roles: a tank is what a party buys or uses, not a party."""
    import csv
    from importlib import resources

    data = resources.files("newsevents").joinpath("data")
    with data.joinpath("triggers", "en", "arms_trade.tsv").open(encoding="utf-8") as f:
        weapons = {r["word"].lower() for r in csv.DictReader(
            (line for line in f if not line.startswith("#")), delimiter="\t")
            if r["role"] == "goods"}
    with data.joinpath("weapons.tsv").open(encoding="utf-8") as f:
        weapons |= {line.split("\t")[0].lower() for line in f if not line.startswith("#")}
    with data.joinpath("actors", "en", "roles.tsv").open(encoding="utf-8") as f:
        roles = {line.split("\t")[0].lower() for line in f if not line.startswith("#")}
    # "fighters" names people far more often than aircraft; "suicide bombers" are people
    assert roles & weapons == {"fighters"}


def test_capital_spelling_variant() -> None:
    m = _one("Bagdad purchased arms")
    assert (m.code, _span("Bagdad purchased arms", m)) == ("IRQGOV", "Bagdad")


def test_plural_demonyms_name_the_country() -> None:
    for text, iso3 in [("the Russians", "RUS"), ("the Americans", "USA"), ("the Saudis", "SAU"),
                       ("the Iraqis", "IRQ"), ("the Iranians", "IRN"), ("the Syrians", "SYR"),
                       ("the Turks", "TUR"), ("the Israelis", "ISR")]:
        m = _one(text)
        assert (m.country, _span(text, m)) == (iso3, text[4:]), text


def test_a_known_person_keeps_their_own_country() -> None:
    text = "when ISIS invaded from Syria Obama dragged his feet"
    found = [(_span(text, m), m.code) for m in find_mentions(text)]
    assert found == [("ISIS", "IMGREB"), ("Syria", "SYR"), ("Obama", "USAGOV")]
    assert _one("Russian Sergei Lavrov").code == "RUSGOV"  # the same country still merges


def test_a_city_naming_talks_is_a_venue() -> None:
    text = "Iraq obtained observer status at the Astana talks on Syria."
    assert [m.code for m in find_mentions(text)] == ["IRQ", "SYR"]
    assert [m.code for m in find_mentions("Moscow talks with Kyiv")] == ["RUSGOV", "UKRGOV"]
