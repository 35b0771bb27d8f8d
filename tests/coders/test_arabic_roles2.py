"""Arabic source and target, second batch: givers and receivers, pronoun agents, nisbas of
nouns, places attached to actors, acts of other triggers, conditions, mediation, welcomes.

Sentences here are written for the tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsevents.coders.arabic import create
from newsevents.coders.arabic.roles import placed, prepositions
from newsevents.coders.arabic.rules import prepare
from newsevents.model import Article, Event, Sentence


def code(text: str) -> list[Event]:
    """Events of one Arabic sentence, coded directly."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    create().code(article)
    return article.events


def dyad(text: str, plover: str) -> tuple[str | None, str | None]:
    """Source and target codes of the first event of `plover` in `text`."""
    events = [e for e in code(text) if e.event_type == plover]
    assert events, [(e.event_type, e.trigger) for e in code(text)]
    event = events[0]
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
    )


def test_ma_marks_the_target_of_a_sanction() -> None:
    assert prepositions()["مع"].applies("SANCTION")
    assert dyad("قطعت البحرين علاقاتها الدبلوماسية مع قطر.", "SANCTION") == ("BHR", "QAT")


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    [
        # the caller initiates: source; who receives the call is the target
        ("تلقى الرئيس المصري اتصالا هاتفيا من نظيره الفرنسي.", "CONSULT", ("FRAGOV", "EGYGOV")),
        ("تسلم العراق مساعدات من اليابان.", "AID", ("JPN", "IRQ")),
        # with no receiver, the من-actor of aid is its giver
        ("وصلت شحنة مساعدات من الكويت إلى السودان.", "AID", ("KWT", "SDN")),
        # a nisba gives; the subject of the receiving or answering verb is addressed
        ("تلقت طهران تهديدا إسرائيليا جديدا.", "THREATEN", ("ISR", "IRNGOV")),
        ("رفضت مصر طلبا إسرائيليا.", "REQUEST", ("ISR", "EGY")),
    ],
)
def test_giver_and_receiver(text: str, plover: str, expected: tuple[str, str]) -> None:
    assert dyad(text, plover) == expected


def test_a_request_asked_of_someone_keeps_min_as_target() -> None:
    assert dyad("طلبت مصر مساعدات من الصين.", "REQUEST") == ("EGY", "CHN")


def test_a_noun_with_a_pronoun_has_the_subject_as_agent() -> None:
    text = "وأكد الرئيس المصري خلال لقائه وزير الخارجية الأمريكي دعم الحل السياسي."
    assert dyad(text, "CONSULT") == ("EGYGOV", "USAGOV")


def test_a_nisba_after_a_noun_is_its_source_and_an_object_noun_keeps_it() -> None:
    # "أدانت ... الهجوم الإسرائيلي": the condemned attack's actor is what is condemned
    assert dyad("أدانت مصر الهجوم الإسرائيلي على غزة.", "ACCUSE") == ("EGY", "ISR")


def test_a_nisba_of_another_act_is_no_party() -> None:
    text = "انسحبت القوات الأممية من المنطقة رغم التهديدات التركية."
    assert dyad(text, "RETREAT")[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات روسية مدنيين في جنوب سوريا.", ("RUSMIL", "SYRCVL")),  # a country's people
        ("قصفت طائرات روسية مدنيين في حلب.", ("RUSMIL", "CVL")),  # a city is the scene
    ],
)
def test_unnamed_people_take_an_attached_country(text: str, expected: tuple[str, str]) -> None:
    assert dyad(text, "ASSAULT") == expected


def test_a_site_named_after_a_country_gives_no_country() -> None:
    text = "تجمع الطلاب في ساحة فلسطين."
    sentence = prepare(text, 0, 0, len(text))
    students = next(a for a in sentence.actors if a.sector == "CVL")
    assert placed(students, sentence.actors, sentence.tokens) is students


@pytest.mark.parametrize(
    ("text", "expected"),
    [("دعت المعارضة في دمشق إلى الإضراب.", "SYROPP"), ("أطلق مسلحون في بغداد النار.", "IRQUAF")],
)
def test_a_body_takes_the_city_after_it(text: str, expected: str) -> None:
    sentence = prepare(text, 0, 0, len(text))
    body = sentence.actors[0]
    assert body.country is None
    found = placed(body, sentence.actors, sentence.tokens)
    assert found is not None and found.code == expected


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    [
        # who the condition is about is no party to the threat
        (
            "هددت فرنسا بفرض عقوبات على إيران إذا واصلت دعم الجماعات المسلحة الروسية.",
            "THREATEN",
            ("FRA", "IRN"),
        ),
        # nor is the threatener the agent of the act in the condition
        ("هددت كوريا الشمالية بالرد إذا هاجمتها الولايات المتحدة.", "ASSAULT", ("USA", None)),
    ],
)
def test_a_condition_is_a_clause_of_its_own(
    text: str, plover: str, expected: tuple[str, str | None]
) -> None:
    assert dyad(text, plover) == expected


def test_coordinated_subjects_after_a_complementizer() -> None:
    text = "وأعلنت الحكومة اليابانية أن طوكيو وواشنطن اتفقتا على تعزيز التعاون."
    assert dyad(text, "AGREE") == ("JPNGOV", "USAGOV")


def test_a_mediator_is_the_source_and_the_first_party_the_target() -> None:
    assert dyad("عرضت تركيا الوساطة بين روسيا وأوكرانيا.", "CONSULT") == ("TUR", "RUS")


def test_welcoming_an_act_between_parties_supports_the_first() -> None:
    text = "رحبت مصر بالاتفاق الموقع بين السودان وجنوب السودان."
    assert dyad(text, "SUPPORT") == ("EGY", "SDN")


def test_ala_prefers_the_pressured_party_to_an_object_noun() -> None:
    text = "تضغط فرنسا على لبنان لوقف التعامل مع المصارف الإيرانية."
    assert dyad(text, "COERCE") == ("FRA", "LBN")


def test_min_janib_names_the_agent() -> None:
    assert dyad("تعرض الجنود لهجوم من جانب مسلحين.", "ASSAULT") == ("UAF", "MIL")


def test_the_victim_of_a_condemned_act_is_not_the_one_condemned() -> None:
    assert dyad("نددت فرنسا بالاعتداء على السفارة التركية في باريس.", "ACCUSE") == ("FRA", None)


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    [
        # the troops moved are the source's own; the border's nisba places them
        ("نشرت تركيا قوات إضافية على حدودها مع سوريا.", "MOBILIZE", ("TUR", None)),
        ("سحبت روسيا جزءا من قواتها المنتشرة قرب الحدود الفنلندية.", "RETREAT", ("RUS", None)),
        ("أرسلت فرنسا قوات إلى النيجر.", "MOBILIZE", ("FRA", "NER")),
    ],
)
def test_deployed_forces_are_no_target(
    text: str, plover: str, expected: tuple[str, str | None]
) -> None:
    assert dyad(text, plover) == expected


@pytest.mark.parametrize(
    ("text", "plover", "expected"),
    [
        ("هددت الجزائر بقطع العلاقات مع المغرب.", "THREATEN", ("DZA", "MAR")),
        ("قرر الاتحاد الأوروبي رفع العقوبات المفروضة على سوريا.", "RETREAT", ("EU", "SYR")),
    ],
)
def test_the_party_of_a_threatened_or_lifted_act(
    text: str, plover: str, expected: tuple[str, str]
) -> None:
    assert dyad(text, plover) == expected


def test_a_denied_act_has_the_deniers_subject() -> None:
    text = "نفت الشرطة المصرية أن تكون قد أطلقت النار على المحتجين."
    assert dyad(text, "ASSAULT")[0] == "EGYCOP"


def test_the_adjective_of_another_act_is_no_target() -> None:
    text = "قضت محكمة مصرية بالسجن على متهمين بالتخطيط لاعتداءات إرهابية."
    assert dyad(text, "SANCTION") == ("EGYJUD", None)


def test_a_subject_nisba_after_a_verb_keeps_the_verb_reading() -> None:
    # "أفغاني" is the subject in its own case: the verb keeps its object as target
    assert dyad("هاجم أفغاني جنودا أمريكيين.", "ASSAULT") == ("AFG", "USAMIL")


def test_a_verb_looking_noun_with_its_nisba_reads_as_a_noun() -> None:
    from newsevents.coders.arabic.lexicon import trigger_index
    from newsevents.coders.arabic.roles import read_as_noun

    text = "رفضت تركيا عرضا روسيا وطلبا أمريكيا."
    sentence = prepare(text, 0, 0, len(text))
    hits = {sentence.tokens[m.first].norm: m for m in trigger_index().scan(sentence.tokens)}
    request = next(m for word, m in hits.items() if word.endswith("طلبا"))
    assert read_as_noun(request, sentence.actors, sentence.tokens)
    refusal = next(m for word, m in hits.items() if word == "رفضت")
    assert not read_as_noun(refusal, sentence.actors, sentence.tokens)
