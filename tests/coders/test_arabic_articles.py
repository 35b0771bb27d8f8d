"""Arabic articles read as a user would: elided subjects, pronoun owners, equipment."""

from __future__ import annotations

from newsevents.coders.arabic import create
from newsevents.coders.arabic.rules import prepare
from newsevents.model import Article, Event, Sentence


def code(text: str) -> list[Event]:
    """Events of one Arabic sentence, coded directly."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    create().code(article)
    return article.events


def actors(text: str) -> list[tuple[str, str]]:
    """(surface, code) of every actor found in `text`."""
    sent = prepare(text, 0, 0, len(text))
    return [
        (text[sent.tokens[a.first].start : sent.tokens[a.last].end], a.code) for a in sent.actors
    ]


def codes(events: list[Event], plover: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of each event of type `plover`."""
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if e.event_type == plover
    ]


def test_coordinated_verb_shares_the_earlier_subject() -> None:
    text = (
        "أعلنت تونس، اليوم الأحد، إغلاق حدودها أمام جميع الشاحنات القادمة من مصر، "
        "واستدعت سفيرها لدى القاهرة للتشاور."
    )
    assert ("TUN", "EGYGOV") in codes(code(text), "SANCTION")


def test_pronoun_suffix_points_to_the_subject_not_a_prepositional_place() -> None:
    text = "أعلنت المغرب إغلاق مجالها أمام الرحلات القادمة من الجزائر، واستدعت سفيرها لدى تونس."
    found = dict(actors(text))
    assert found["سفيرها"] == "MARGOV"


def test_pronoun_suffix_takes_the_nearest_unmarked_owner() -> None:
    assert dict(actors("قال الجيش الأميركي إن جنوده قتلوا مسلحا"))["جنوده"] == "USAMIL"


def test_equipment_with_li_country_is_not_that_countrys_force() -> None:
    found = actors("باعت روسيا قذائف مدفعية للهند.")
    assert ("للهند", "IND") in found
    assert all(c != "INDMIL" for _, c in found)


def test_artillery_with_a_nisba_stays_a_force() -> None:
    assert ("المدفعية التركية", "TURMIL") in actors("قصفت المدفعية التركية مواقع للمسلحين.")


def test_his_country_is_the_country_not_its_government() -> None:
    found = actors("أكد الرئيس الفرنسي أن بلاده ستواصل تزويد أوكرانيا بالأسلحة.")
    assert ("بلاده", "FRA") in found


def test_his_country_follows_the_speaker_past_a_place_phrase() -> None:
    found = actors('وقال سفير قطر في بيروت، خلال حفل تسلم الشحنة، إن بلاده "لن تتخلى عن لبنان".')
    assert ("بلاده", "QAT") in found


def test_the_country_without_an_owner_is_no_actor() -> None:
    assert actors("شهدت البلاد احتجاجات واسعة.") == []


def test_a_closure_and_a_recall_are_two_sanctions() -> None:
    text = (
        "أعلنت تونس إغلاق مجالها الجوي أمام الرحلات القادمة من مصر، "
        "واستدعت سفيرها لدى القاهرة للتشاور."
    )
    found = codes(code(text), "SANCTION")
    assert len(found) == 2
    assert all(source == "TUN" for source, _ in found)


def test_recalling_an_ambassador_from_a_capital_targets_it() -> None:
    assert codes(code("سحبت تونس سفيرها من القاهرة."), "SANCTION") == [("TUN", "EGYGOV")]


def test_leaving_an_agreement_is_a_sanction_not_a_retreat() -> None:
    events = code("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران.")
    assert [e.event_type for e in events] == ["SANCTION"]


def test_leaving_it_refers_to_an_agreement_named_before() -> None:
    text = "رعت مصر اتفاق هدنة بين الفصائل، وأعلنت الخرطوم أمس انسحابها منه."
    assert any(s == "SDNGOV" for s, _ in codes(code(text), "SANCTION"))


def test_troops_leaving_a_town_still_retreat() -> None:
    events = code("انسحبت القوات الروسية من المدينة.")
    assert [e.event_type for e in events] == ["RETREAT"]


def test_unlisted_portfolio_keeps_the_ministers_nisba() -> None:
    found = actors("وشكر وزير الشؤون الاجتماعية الأردني الحكومة المصرية على دعمها.")
    assert ("وزير الشؤون الاجتماعية الأردني", "JORGOV") in found
    assert ("الحكومة المصرية", "EGYGOV") in found


def test_aid_arriving_at_a_port_targets_its_country() -> None:
    events = code("وصلت إلى مرفأ اللاذقية صباح اليوم سفينة مساعدات كويتية.")
    assert [(s, t and t[:3]) for s, t in codes(events, "AID")] == [("KWT", "SYR")]


def test_announced_grant_is_given_by_the_announcer() -> None:
    events = code("وكانت السعودية قد أعلنت الشهر الماضي منحة بقيمة مليار دولار.")
    assert [s for s, _ in codes(events, "AID")] == ["SAU"]


def test_announced_death_is_not_done_by_the_announcer() -> None:
    events = code("أعلن الجيش العراقي مقتل جنديين في هجوم.")
    assert all(s != "IRQMIL" for s, _ in codes(events, "ASSAULT"))


def test_visit_to_a_capital_has_the_visitor_before_it() -> None:
    events = code("ويعتزم وفد عسكري مصري زيارة بغداد الأسبوع المقبل.")
    assert codes(events, "CONSULT") == [("EGYGOV", "IRQGOV")]


def test_indefinite_delegation_takes_its_nisba() -> None:
    assert ("وفد عسكري تركي", "TURGOV") in actors("وصل وفد عسكري تركي إلى دمشق.")


def test_anyone_who_would_buy_is_no_deal() -> None:
    text = "هددت واشنطن بفرض عقوبات على أي جهة مصرية تشتري أسلحة روسية."
    assert codes(code(text), "COOPERATE") == []


def test_a_named_buyer_still_buys() -> None:
    assert codes(code("اشترت مصر أسلحة روسية."), "COOPERATE") == [("EGY", "RUS")]


def test_an_agentless_toll_belongs_to_the_attack_before_it() -> None:
    text = "قصفت طائرات إسرائيلية مواقع لحزب الله في الجنوب، ما أدى إلى مقتل ثلاثة مقاتلين."
    found = codes(code(text), "ASSAULT")
    assert len(found) == 1
    assert found[0][0] == "ISRMIL"


def test_a_call_on_both_countries_is_coded_for_each() -> None:
    article_text = "تصاعد التوتر بين مصر والسودان. ودعت الجامعة العربية البلدين إلى الحوار."
    article = Article(raw=article_text, text=article_text, language="ar")
    create().code(article)
    requests = [e for e in article.events if e.event_type == "REQUEST"]
    assert sorted(e.target.code for e in requests if e.target) == ["EGY", "SDN"]
