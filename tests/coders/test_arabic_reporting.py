"""The Arabic coder's reporting clauses (attribution) and arms trade (COOPERATE 062)."""

from __future__ import annotations

from newsevents.coders.arabic import create
from newsevents.coders.arabic.arms import weapon_quantities
from newsevents.model import Article, Event, Sentence


def code(text: str) -> list[Event]:
    """Events of one Arabic sentence, coded directly."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    create().code(article)
    return article.events


def only(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.event_type == plover]
    assert len(found) == 1, [(e.event_type, e.cameo) for e in events]
    return found[0]


def dyad(event: Event) -> tuple[str | None, str | None]:
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
    )


def speaker(text: str, event: Event) -> str | None:
    att = event.attribution
    if att is None or att.speaker is None:
        return None
    return text[att.speaker.start : att.speaker.end]


# --- attribution -------------------------------------------------------------------------


def test_speaker_before_a_statement_and_the_capitals_after_it_are_the_parties() -> None:
    text = "وقالت وزارة الخارجية التركية في بيان إن أنقرة وطهران وقعتا مذكرة تفاهم."
    event = only(code(text), "AGREE")
    assert dyad(event) == ("TURGOV", "IRNGOV")
    assert speaker(text, event) == "وزارة الخارجية التركية"


def test_a_statement_issued_by_an_office_is_no_confiscation_and_names_its_issuer() -> None:
    text = "أفاد بيان صادر عن وزارة الداخلية المصرية أن الوزير استقبل السفير الفرنسي."
    events = code(text)
    assert not [e for e in events if e.event_type == "COERCE"]
    assert speaker(text, only(events, "CONSULT")) == "وزارة الداخلية المصرية"


def test_confiscation_is_still_coded() -> None:
    assert only(code("صادرت السلطات أسلحة من المهربين."), "COERCE")


def test_fronted_attributive_phrase_with_an_unnamed_source() -> None:
    text = "وبحسب شهود عيان، قصفت مقاتلات روسية بلدة في ريف إدلب."
    event = only(code(text), "ASSAULT")
    assert speaker(text, event) == "شهود عيان"
    assert event.modality == "reported"


def test_outlet_quoting_officials_is_no_party() -> None:
    text = "وفق ما نقلته وكالة الأناضول عن مسؤولين أتراك، هددت أنقرة اليونان بفرض عقوبات."
    event = only(code(text), "THREATEN")
    assert dyad(event) == ("TURGOV", "GRC")
    assert event.attribution is not None
    assert event.attribution.outlet == "Anadolu Agency"
    assert speaker(text, event) == "مسؤولين أتراك"


def test_outlet_in_a_parenthetical_clause_is_not_the_target() -> None:
    text = "واتهم وزير الخارجية السوري، في تصريحات أوردتها وكالة سانا، تركيا بدعم الإرهاب."
    event = only(code(text), "ACCUSE")
    assert dyad(event) == ("SYRGOV", "TUR")
    assert event.attribution is not None and event.attribution.outlet == "SANA"


def test_trailing_attributive_phrase_gives_speaker_and_hearsay() -> None:
    text = "قصفت طائرات إسرائيلية مواقع في جنوب لبنان، بحسب مصادر محلية."
    event = only(code(text), "ASSAULT")
    assert speaker(text, event) == "مصادر محلية"
    assert event.modality == "reported"


# --- arms trade --------------------------------------------------------------------------


def test_purchase_of_weapons_buyer_is_source_seller_target() -> None:
    text = "اشترت الجزائر مقاتلات سو-35 من روسيا."
    event = only(code(text), "COOPERATE")
    assert (event.cameo, dyad(event), event.modality) == ("062", ("DZA", "RUS"), "asserted")
    assert [q.unit for q in event.quantities if q.kind == "weapon"] == ["Su-35"]


def test_sale_of_weapons_seller_is_source_with_a_counted_system() -> None:
    text = "باعت فرنسا 24 طائرة رافال لقطر."
    event = only(code(text), "COOPERATE")
    assert dyad(event) == ("FRA", "QAT")
    weapon = next(q for q in event.quantities if q.kind == "weapon")
    assert (weapon.value, weapon.unit) == (24.0, "Rafale")


def test_planned_purchase_is_intended() -> None:
    event = only(code("تعتزم الكويت شراء منظومات باتريوت من الولايات المتحدة."), "COOPERATE")
    assert dyad(event) == ("KWT", "USA")
    assert event.modality == "intended"


def test_supplying_weapons_to_a_country() -> None:
    event = only(code("زودت بريطانيا أوكرانيا بصواريخ مضادة للدبابات."), "COOPERATE")
    assert dyad(event) == ("GBR", "UKR")


def test_ordinary_goods_are_no_arms_trade() -> None:
    for text in ("اشترت مصر كميات من القمح من روسيا.", "تستورد الهند النفط من العراق."):
        assert not [e for e in code(text) if e.event_type == "COOPERATE"], text


def test_signed_arms_deal_stays_agree() -> None:
    events = code("ووقعت مصر وروسيا صفقة لتوريد مقاتلات حديثة.")
    assert dyad(only(events, "AGREE")) == ("EGY", "RUS")
    assert not [e for e in events if e.event_type == "COOPERATE"]


def test_a_designation_number_is_no_count_of_the_next_system() -> None:
    text = "باعت روسيا 40 دبابة تي-90 ومنظومات إس-400 للهند"
    found = [(q.value, q.unit) for q in weapon_quantities(text, 0, len(text))]
    assert found == [(40.0, "T-90"), (None, "S-400")]


def test_weapon_quantities_count_systems_and_equipment_nouns() -> None:
    text = "تسلم الجيش 40 دبابة تي-90 و12 مروحية"
    found = [
        (q.value, q.unit, text[q.start : q.end]) for q in weapon_quantities(text, 0, len(text))
    ]
    assert found == [(40.0, "T-90", "40 دبابة تي-90"), (12.0, "مروحية", "12 مروحية")]


def test_negated_sale_in_the_jussive() -> None:
    event = only(code("ولم تبع السويد أي مقاتلات إلى تركيا."), "COOPERATE")
    assert event.negated
    assert dyad(event) == ("SWE", "TUR")


def test_nisba_of_bought_equipment_is_the_seller_and_a_l_country_the_buyer() -> None:
    bought = only(code("وتخطط الكويت لشراء دبابات أمريكية."), "COOPERATE")
    assert dyad(bought) == ("KWT", "USA") and bought.modality == "intended"
    sold = only(code("باعت إيران طائرات مسيرة لروسيا."), "COOPERATE")
    assert dyad(sold) == ("IRN", "RUS")


# --- roles next to reporting and condemning ----------------------------------------------


def test_statement_between_verb_and_object_keeps_the_condemned_act_nisba() -> None:
    event = only(code("ونددت تركيا في بيان بالضربات الروسية على مدينة حلب."), "ACCUSE")
    assert dyad(event) == ("TUR", "RUS")


def test_holding_attacked_past_a_weapon_subject() -> None:
    event = only(code("انفجرت قنبلة على دورية للشرطة المصرية في سيناء."), "ASSAULT")
    assert event.target is not None and event.target.code == "EGYCOP"


def test_speaker_of_a_trailing_clause_is_no_party() -> None:
    for text in (
        "قصفت طائرات إسرائيلية مخيما للاجئين، قال مسؤول فلسطيني.",
        "قصفت طائرات إسرائيلية مخيما للاجئين، وقال الجيش اللبناني إن القصف خرق للهدنة.",
    ):
        event = only(code(text), "ASSAULT")
        assert event.target is None, text
    event = only(code("قصفت طائرات إسرائيلية مخيما للاجئين، قال مسؤول فلسطيني."), "ASSAULT")
    assert event.attribution is not None and event.attribution.speaker is not None


def test_words_inside_a_telling_name_are_no_triggers() -> None:
    text = "ونقلا عن مصادر في وزارة الداخلية، اعتقلت الشرطة الأردنية ثلاثة مهربين."
    events = code(text)
    assert [e.event_type for e in events] == ["COERCE"]  # "وزارة" is no visit (زار)
    assert speaker(text, events[0]) == "مصادر في وزارة الداخلية"
    assert events[0].modality == "reported"


def test_weapon_counts_written_in_words() -> None:
    text = "تسلمت البحرية أربع فرقاطات وعشرات الصواريخ وثلاث عشرة مدرعة"
    found = [(q.value, text[q.start : q.end]) for q in weapon_quantities(text, 0, len(text))]
    assert found == [
        (4.0, "أربع فرقاطات"),
        (None, "عشرات الصواريخ"),
        (None, "عشرة مدرعة"),
    ]
