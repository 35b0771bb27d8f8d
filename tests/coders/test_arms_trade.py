"""The English coder on the arms trade: purchases and sales are COOPERATE (CAMEO 062)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsevents.coders.english import EnglishCoder, extras
from newsevents.model import Article, Event, Sentence


@pytest.fixture(scope="module")
def english(nlp: Any) -> EnglishCoder:
    """One coder sharing the session's spaCy model."""
    return EnglishCoder(model=nlp)


def coded(english: EnglishCoder, text: str) -> Article:
    """Code one sentence as an article."""
    article = Article(raw=text, text=text, language="en", sentences=[Sentence(0, len(text))])
    english.code(article)
    return article


def dyads(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    """(type, CAMEO, source country, target country) of each event."""
    def who(m: Any) -> str | None:
        return None if m is None else m.country or m.code

    return [(e.event_type, e.cameo, who(e.source), who(e.target)) for e in article.events]


def trade(article: Article) -> Event:
    """The article's one arms-trade or trade-intent event."""
    found = [e for e in article.events if e.cameo in ("062", "0312")]
    assert len(found) == 1, dyads(article)
    return found[0]


def test_a_purchase_runs_from_buyer_to_seller_with_its_count(english: EnglishCoder) -> None:
    a = coded(english, "Morocco bought 36 T-72 tanks from Belarus in 2019.")
    e = trade(a)
    assert dyads(a) == [("COOPERATE", "062", "MAR", "BLR")]
    assert (e.event_mode, e.context, e.goldstein) == (None, ["military"], 7.4)
    weapon = next(q for q in e.quantities if q.kind == "weapon")
    assert (weapon.unit, weapon.value, a.text[weapon.start:weapon.end]) == ("T-72", 36, "36 T-72")


def test_a_sale_runs_from_seller_to_buyer(english: EnglishCoder) -> None:
    a = coded(english, "France sold Rafale fighter jets to Croatia.")
    assert ("COOPERATE", "062", "FRA", "HRV") in dyads(a)


def test_a_named_system_alone_makes_the_goods_military(english: EnglishCoder) -> None:
    a = coded(english, "Egypt purchased the S-300 system from Russia.")
    assert dyads(a) == [("COOPERATE", "062", "EGY", "RUS")]


def test_the_goods_adjective_names_the_seller(english: EnglishCoder) -> None:
    a = coded(english, "Algeria purchased Chinese drones.")
    assert dyads(a) == [("COOPERATE", "062", "DZA", "CHN")]


def test_a_planned_purchase_is_intended_with_its_price(english: EnglishCoder) -> None:
    a = coded(english, "Vietnam plans to buy Indian missiles worth $375 million.")
    e = trade(a)
    assert (e.event_type, e.cameo, e.modality) == ("AGREE", "0312", "intended")
    assert (e.source and e.source.country, e.target and e.target.country) == ("VNM", "IND")
    money = next(q for q in e.quantities if q.kind == "money")
    assert (money.value, money.unit) == (375e6, "USD")


def test_talks_to_acquire_are_a_plan_of_the_clause_subject(english: EnglishCoder) -> None:
    a = coded(english, "Iraq is in talks with Russia to buy S-400 systems.")
    e = trade(a)
    assert (e.event_type, e.modality) == ("AGREE", "intended")
    assert (e.source and e.source.country, e.target and e.target.country) == ("IRQ", "RUS")


def test_a_denied_purchase_is_negated(english: EnglishCoder) -> None:
    for text in ("Ecuador's government denied buying helicopters from Russia.",
                 "Peru denied that it had bought tanks from Russia."):
        e = trade(coded(english, text))
        assert (e.event_type, e.negated) == ("COOPERATE", True)
        assert e.target is not None and e.target.country == "RUS"


def test_a_delivery_under_a_contract_is_a_sale_and_a_gift_stays_aid(
        english: EnglishCoder) -> None:
    sold = coded(english, "Russia delivered 12 Mi-35 helicopters to Mali under a contract.")
    assert dyads(sold) == [("COOPERATE", "062", "RUS", "MLI")]
    given = coded(english, "Norway gave missiles to Ukraine.")
    assert [d[0] for d in dyads(given)] == ["AID"]


def test_civilian_goods_are_no_arms_trade(english: EnglishCoder) -> None:
    assert dyads(coded(english, "Egypt bought wheat from Russia.")) == []
    assert dyads(coded(english, "China sold more oil to Iran last year.")) == []
    assert dyads(coded(english, "Iran bought Airbus aircraft from France.")) == []


def test_a_weapon_word_that_only_describes_the_goods_is_no_arms_trade(
        english: EnglishCoder) -> None:
    assert dyads(coded(english, "Qatar bought a stake in a French defence company.")) == []
    assert dyads(coded(english, "Oman sold its shares in a German tank maker to France.")) == []


def test_equipment_described_as_military_is(english: EnglishCoder) -> None:
    a = coded(english, "Chile bought military transport aircraft from Spain.")
    assert dyads(a) == [("COOPERATE", "062", "CHL", "ESP")]


def test_a_signed_deal_stays_agree(english: EnglishCoder) -> None:
    a = coded(english, "Serbia signed a deal to buy MiG-29 jets from Russia.")
    assert [d[0] for d in dyads(a)] == ["AGREE"]


def test_a_generic_buyer_in_a_relative_clause_bought_nothing(english: EnglishCoder) -> None:
    a = coded(english, "Washington warned of sanctions on firms that buy Russian weapons.")
    assert all(e.cameo != "062" for e in a.events), dyads(a)


def test_counted_weapons_without_a_named_system() -> None:
    text = "Germany sold four submarines and 24 used fighter jets to Israel."
    found = [(q.kind, q.value, q.unit) for q in extras.quantities(text, 0, len(text))]
    assert found == [("count", 4, "submarines"), ("count", 24, "jets")]


def test_a_year_is_no_weapon_count() -> None:
    text = "In 2019 T-90 tanks arrived."
    weapon = extras.quantities(text, 0, len(text))[0]
    assert (weapon.kind, weapon.value, text[weapon.start:weapon.end]) == ("weapon", None, "T-90")


def test_seed_purchase_of_t90_tanks_is_coded(seeds_dir: Path) -> None:
    from newsevents.api import extract_paths

    path = next(seeds_dir.glob("002_*.txt"))
    article = next(iter(extract_paths([path])))
    found = [e for e in article.events if e.cameo == "062"]
    assert found, [e.event_type for e in article.events]
    e = found[0]
    assert (e.source and e.source.country, e.target and e.target.country) == ("IRQ", "RUS")
    assert any(q.unit == "T-90" for q in e.quantities)


def test_a_contrasted_purchase_is_an_event_with_its_own_amounts(english: EnglishCoder) -> None:
    a = coded(english, "Spain bought Leopard 2 tanks from Germany, while Italy purchased "
                       "F-35 jets from the United States.")
    assert dyads(a) == [("COOPERATE", "062", "ESP", "DEU"), ("COOPERATE", "062", "ITA", "USA")]
    assert [[q.unit for q in e.quantities] for e in a.events] == [["Leopard 2"], ["F-35"]]


def test_a_contract_to_buy_names_the_seller_of_the_goods(english: EnglishCoder) -> None:
    a = coded(english, "Qatar signed a contract to buy Italian warships.")
    assert dyads(a) == [("AGREE", "057", "QAT", "ITA")]


def test_a_modal_in_the_first_conjunct_leaves_the_second_asserted(
        english: EnglishCoder) -> None:
    a = coded(english, "Moscow may have moved arms to Syria before the war, and in 2015 "
                       "Egypt purchased Rafale jets from France.")
    e = trade(a)
    assert (e.source and e.source.country, e.modality) == ("EGY", "asserted")
