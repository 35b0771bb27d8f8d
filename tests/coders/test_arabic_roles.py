"""Arabic source and target: members of bodies, bystanders, duals, owners, protest addressees.

Sentences here are written for the tests (none comes from an evaluation set).
"""

from __future__ import annotations

from newsevents.coders.arabic import create
from newsevents.coders.arabic.mentions import Actor, find_actors
from newsevents.coders.arabic.normalize import tokenize
from newsevents.coders.arabic.rules import prepare
from newsevents.model import Article, Event, Mention, Sentence


def code(text: str) -> list[Event]:
    """Events of one Arabic sentence, coded directly."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    create().code(article)
    return article.events


def first(events: list[Event], plover: str) -> Event:
    """The first event of a type (the one the evaluation suites compare)."""
    found = [e for e in events if e.event_type == plover]
    assert found, [(e.event_type, e.trigger) for e in events]
    return found[0]


def dyad(event: Event) -> tuple[str | None, str | None]:
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
    )


def actors(text: str) -> list[Actor]:
    return prepare(text, 0, 0, len(text)).actors


def surface(text: str) -> list[tuple[str, str]]:
    sent = prepare(text, 0, 0, len(text))
    return [
        (text[sent.tokens[a.first].start : sent.tokens[a.last].end], a.code) for a in sent.actors
    ]


# --- members of a body ------------------------------------------------------------------


def test_member_from_a_body_takes_its_code() -> None:
    event = first(code("قتلت القوات الأمريكية خمسة مسلحين من تنظيم القاعدة قرب الحدود."), "ASSAULT")
    assert dyad(event) == ("USAMIL", "IMGREB")


def test_member_in_a_body_takes_its_code() -> None:
    found = surface("اختطف مسلحون مجهولون ناشطا في حركة حماس أمس.")
    assert ("ناشطا في حركة حماس", "PSEREB") in found


def test_member_rule_leaves_places_alone() -> None:
    found = surface("خرج متظاهرون من بغداد.")
    assert ("متظاهرون", "CVL") in found


# --- bystanders -------------------------------------------------------------------------


def test_relative_of_a_politician_is_no_party() -> None:
    codes = [code for _, code in surface("خطف مسلحون نجل وزير الدفاع العراقي أمس.")]
    assert "IRQGOV" not in codes and "IRQMIL" not in codes


def test_suicide_nisba_after_an_attack_noun_is_no_actor() -> None:
    found = surface("قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا شعبية.")
    assert all(code != "REB" for _, code in found)


def test_suicide_bomber_as_subject_stays() -> None:
    found = surface("فجر انتحاري نفسه قرب مقر الشرطة.")
    assert ("انتحاري", "REB") in found


def test_contrast_sets_a_party_aside() -> None:
    found = surface("قال الجيش إن الغارة استهدفت عناصر من حركة حماس وليس مدنيين فلسطينيين.")
    assert all("مدنيين" not in text for text, _ in found)


# --- duals ------------------------------------------------------------------------------


def test_dual_takes_the_two_countries_named_before_it() -> None:
    event = first(code("زار الرئيس المصري دمشق ووقع البلدان اتفاقية للتعاون."), "AGREE")
    assert dyad(event) == ("EGYGOV", "SYRGOV")


def test_dual_subject_after_a_verb_is_both_parties() -> None:
    text = "استقبل وزير الخارجية الروسي نظيره التركي في موسكو، وبحث الجانبان العلاقات."
    event = first(code(text), "CONSULT")
    assert {dyad(event)[0], dyad(event)[1]} == {"RUSGOV", "TURGOV"}


def test_plural_countries_are_no_dual() -> None:
    text = "زار الرئيس المصري دمشق ودعا البلدان العربية إلى التعاون."
    assert all(a.kind != "pair" for a in actors(text))


def test_dual_without_two_countries_is_left_out() -> None:
    assert all(a.kind != "pair" for a in actors("وقع الجانبان اتفاقية للتعاون."))


def test_dual_takes_its_parties_from_earlier_sentences() -> None:
    text = "وقع الجانبان اتفاقية للتعاون."
    tokens = tokenize(text, 0, len(text))
    gaps = [""] + [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    context = [Mention(0, 5, "IRQGOV", "IRQ", "GOV"), Mention(9, 14, "RUSGOV", "RUS", "GOV")]
    pair = [a for a in find_actors(tokens, gaps, context) if a.kind == "pair"]
    assert len(pair) == 1 and pair[0].partner is not None
    assert (pair[0].code, pair[0].partner.code) == ("IRQGOV", "RUSGOV")


# --- owners and places ------------------------------------------------------------------


def test_owner_with_its_own_lam_after_a_holding() -> None:
    sent = actors("قتل جنديان في هجوم استهدف دورية للجيش العراقي.")
    army = next(a for a in sent if a.code == "IRQMIL")
    assert army.marker == "ل"


def test_meeting_of_a_body_is_its_holding() -> None:
    event = first(code("استهدف انتحاري اجتماعا لمجلس الصحوة في بغداد أمس."), "ASSAULT")
    assert dyad(event)[1] == "IRQUAF"


def test_state_striking_inside_another_country_targets_it() -> None:
    event = first(code("قال مسؤولون إن تركيا نفذت ضربة جوية في العراق ليلا."), "ASSAULT")
    assert dyad(event) == ("TUR", "IRQ")


def test_strike_with_a_victim_keeps_the_victim() -> None:
    event = first(code("قتلت القوات التركية ثلاثة مسلحين في العراق."), "ASSAULT")
    assert dyad(event)[1] != "IRQ"


# --- protest addressees -----------------------------------------------------------------


def test_protest_at_an_embassy_addresses_its_country() -> None:
    event = first(code("تجمع مئات المتظاهرين حول مقر سفارة الدنمارك في القاهرة."), "PROTEST")
    assert event.target is not None and event.target.country == "DNK"


def test_protest_in_support_addresses_who_is_supported() -> None:
    event = first(code("خرج آلاف المتظاهرين في القاهرة تأييدا للرئيس المصري."), "PROTEST")
    assert dyad(event)[1] == "EGYGOV"


# --- who acts and who suffers -------------------------------------------------------------


def test_force_led_by_a_country_is_that_country() -> None:
    found = surface("قال التحالف الدولي بقيادة الولايات المتحدة إنه قصف مواقع للمتمردين.")
    assert ("التحالف الدولي بقيادة الولايات المتحدة", "USAMIL") in found


def test_verb_after_a_pronoun_complementizer_takes_the_name_as_object() -> None:
    text = "قال الجيش الأمريكي في بيان إنها استهدفت عناصر حركة طالبان قرب الحدود."
    event = first(code(text), "ASSAULT")
    assert event.target is not None and event.target.code == "AFGREB"
    assert event.source is None or event.source.code != "AFGREB"


def test_subject_of_a_relative_clause_is_no_agent_of_a_later_noun() -> None:
    text = "أعلن عضو في الحزب الذي يتزعمه الرئيس العراقي مقتل خمسة حراس في انفجار عبوة ناسفة."
    event = first(code(text), "ASSAULT")
    assert all(m is None or m.code != "IRQGOV" for m in (event.source, event.target))


def test_own_death_names_the_dead_as_target() -> None:
    event = first(code("ولقي 12 شخصا حتفهم في هجوم بسيارة مفخخة وسط المدينة."), "ASSAULT")
    assert event.source is None or event.source.sector != "CVL"
    assert event.target is not None and event.target.sector == "CVL"


def test_counted_dead_before_a_killing_verb_are_its_victims() -> None:
    text = "أعلنت الشرطة أن 15 مدنيا قتلوا امس إلى جانب 3 من رجال الأمن في هجوم."
    event = first(code(text), "ASSAULT")
    assert event.source is None and event.target is not None
    assert event.target.sector == "CVL"


def test_what_an_attack_aimed_at_beats_unnamed_casualties() -> None:
    text = "قتل عشرة أشخاص في هجوم انتحاري استهدف قافلة للجيش الباكستاني قرب بيشاور."
    event = first(code(text), "ASSAULT")
    assert event.target is not None and event.target.code == "PAKMIL"


def test_member_rule_leaves_a_place_noun_alone() -> None:
    found = surface("اعتقلت الشرطة التونسية عشرات المتظاهرين في العاصمة.")
    assert ("عشرات المتظاهرين", "CVL") in found


def test_dual_after_between_gives_both_parties() -> None:
    text = "سلمت تركيا إلى العراق ثلاثة مطلوبين في إطار التعاون الأمني بين البلدين."
    event = first(code(text), "COOPERATE")
    assert dyad(event) == ("TUR", "IRQ")


def test_dual_takes_the_most_specific_mention_and_skips_the_reporter() -> None:
    text = (
        "ذكرت وكالة الأنباء السعودية أن ولي العهد السعودي تلقى اتصالا هاتفيا "
        "من الرئيس الأمريكي بحث خلاله الجانبان التطورات الإقليمية."
    )
    event = first(code(text), "CONSULT")
    assert {dyad(event)[0], dyad(event)[1]} == {"SAUGOV", "USAGOV"}


def test_feminine_group_nisba_after_a_noun_is_an_adjective() -> None:
    sent = actors("سلمت تركيا ثلاثة مطلوبين بتهم إرهابية.")
    assert all(a.adjective for a in sent if a.code == "REB")


def test_killing_verb_form_after_a_preposition_takes_its_victim() -> None:
    text = "وقال المتحدث إن الجيش نجح في قتل العشرات من المسلحين الفلسطينيين قرب الحدود."
    event = first(code(text), "ASSAULT")
    assert event.target is not None and event.target.country == "PSE"
    assert event.source is None or event.source.country != "PSE"
