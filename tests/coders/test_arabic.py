"""The Arabic coder: normalisation, clitics, actors, word order, negation, modality, seed 003."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.coders.arabic import create
from newsevents.coders.arabic.normalize import cores, normalize, tokenize
from newsevents.coders.arabic.rules import prepare
from newsevents.model import Article, Event, Sentence
from newsevents.pipeline import process


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


def only(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.event_type == plover]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


# --- normalisation ---------------------------------------------------------------------


def test_normalize_removes_diacritics_tatweel_and_unifies_letters() -> None:
    assert normalize("أَعْلَنَ") == "اعلن"
    assert normalize("إيـــران") == "ايران"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("الحكومة") == "الحكومه"
    assert normalize("٢٠٢٠") == "2020"
    assert normalize("مسؤول") == normalize("مسئول")


def test_tokens_keep_offsets_into_the_original_text() -> None:
    text = "قالَ الوزيرُ، إنّ الجيشَ انسحب."
    for token in tokenize(text):
        assert normalize(text[token.start : token.end]) == token.norm
    assert [t.norm for t in tokenize(text)] == ["قال", "الوزير", "ان", "الجيش", "انسحب"]


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        ("وروسيا", "روسيا"),
        ("بروسيا", "روسيا"),
        ("للعراق", "العراق"),
        ("والعراق", "العراق"),
        ("وسيقصف", "يقصف"),
        ("بالهجوم", "هجوم"),
        ("فالحكومه", "حكومه"),
    ],
)
def test_cores_strip_proclitics(word: str, reading: str) -> None:
    assert reading in cores(normalize(word))


# --- actors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وروسيا", "RUS"),
        ("بروسيا", "RUS"),
        ("للعراق", "IRQ"),
        ("العراقية", "IRQ"),
        ("الروسي", "RUS"),
        ("والعراقيين", "IRQ"),
        ("الأمريكيون", "USA"),
        ("طهران", "IRNGOV"),
    ],
)
def test_countries_found_through_clitics_and_nisba(text: str, code: str) -> None:
    assert actors(text) == [(text, code)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وزير الدفاع العراقي", "IRQMIL"),
        ("السفير الروسي", "RUSGOV"),
        ("البرلمان العراقي", "IRQLEG"),
        ("قائد فيلق القدس", "IRNMIL"),
        ("وزير خارجية روسيا", "RUSGOV"),
        ("الحكومة التركية", "TURGOV"),
        ("الحشد الشعبي", "IRQMIL"),
        ("الولايات المتحدة الأمريكية", "USA"),
    ],
)
def test_roles_compose_with_the_country_after_them(text: str, code: str) -> None:
    assert actors(text) == [(text, code)]


def test_possessive_role_is_not_an_actor() -> None:
    # "سفارتها" (its embassy) points back to another actor
    assert actors("نقل سفارتها الى اربيل") == [("اربيل", "IRQ")]


def test_place_after_في_is_not_a_participant() -> None:
    event = only(
        code("بحث وزير الدفاع التركي مع السفير الروسي في بغداد التعاون العسكري."), "CONSULT"
    )
    assert event.target is not None and event.target.code == "RUSGOV"
    assert event.location is not None and event.location.country == "IRQ"


# --- word order --------------------------------------------------------------------------


def test_vso_source_and_with_partner() -> None:
    text = "التقى وزير الخارجية الأردني مع نظيره السعودي في الرياض."
    event = only(code(text), "CONSULT")
    assert event.source is not None and event.source.code == "JORGOV"
    assert text[event.source.start : event.source.end] == "وزير الخارجية الأردني"


def test_svo_source_before_the_verb_and_object_after() -> None:
    event = only(code("الجيش الإسرائيلي قصف مواقع حركة حماس في غزة."), "ASSAULT")
    assert event.source is not None and event.source.code == "ISRMIL"
    assert event.target is not None and event.target.code == "PSEREB"


def test_على_marks_the_target_of_sanctions() -> None:
    event = only(code("فرضت الولايات المتحدة عقوبات جديدة على إيران."), "SANCTION")
    assert (event.source and event.source.code, event.target and event.target.code) == (
        "USA",
        "IRN",
    )


def test_nisba_after_verbal_noun_is_the_source() -> None:
    event = only(code("تتواصل الضغوط الأمريكية على العراق منذ أشهر."), "COERCE")
    assert (event.source and event.source.code, event.target and event.target.code) == (
        "USA",
        "IRQ",
    )


def test_passive_count_after_kill_verb_is_the_victim() -> None:
    event = only(code("قتل ثلاثة جنود في هجوم شمال بغداد أمس."), "ASSAULT")
    assert event.source is None
    assert event.target is not None and event.target.sector == "MIL"


# --- negation and modality -------------------------------------------------------------------


def test_negation_particle_and_denial() -> None:
    assert only(code("أكد الجيش أنه لم يقصف المدينة."), "ASSAULT").negated
    assert only(code("نفت الشرطة أن تكون قد اعتقلت المتظاهرين."), "COERCE").negated
    assert not only(code("قصف الجيش المدينة أمس."), "ASSAULT").negated


@pytest.mark.parametrize(
    ("text", "plover", "modality"),
    [
        ("سيزور وزير الخارجية المصري بغداد الأسبوع المقبل.", "CONSULT", "intended"),
        ("تعتزم الحكومة توقيع اتفاق مع الأردن.", "AGREE", "intended"),
        ("إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.", "ASSAULT", "hypothetical"),
        ("أفادت تقارير بأن مسلحين خطفوا ثلاثة مهندسين.", "ASSAULT", "reported"),
        ("اعتقلت الشرطة خمسة أشخاص في البصرة.", "COERCE", "asserted"),
    ],
)
def test_modality(text: str, plover: str, modality: str) -> None:
    assert only(code(text), plover).modality == modality


def test_topic_noun_is_no_event() -> None:
    assert not code("يتناول الكتاب حق التظاهر في الدساتير العربية.")
    assert not [
        e for e in code("صادف أمس الذكرى الثالثة لاغتيال الصحفي.") if e.event_type == "ASSAULT"
    ]


def test_attribution_names_the_speaker() -> None:
    text = "قال وزير الخارجية الروسي إن القوات الأمريكية قصفت مواقع في سوريا."
    event = only(code(text), "ASSAULT")
    assert event.attribution is not None and event.attribution.speaker is not None
    speaker = event.attribution.speaker
    assert text[speaker.start : speaker.end] == "وزير الخارجية الروسي"
    assert event.source is not None and event.source.code == "USAMIL"


def test_event_fields_from_the_ontology() -> None:
    event = only(code("تظاهر آلاف الطلاب في الخرطوم أمس."), "PROTEST")
    assert event.cameo == "141" and event.quad_class == 4 and event.goldstein < 0
    assert event.coder.startswith("newsevents-ar/")


# --- is the protest or the attack the news of its sentence? ------------------------------------


def _reported(text: str, plover: str) -> bool:
    return any(
        e.event_type == plover and not e.negated and e.modality in ("asserted", "reported")
        for e in code(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت مظاهرات في بغداد أمس احتجاجا على الغلاء.",
        "خرج آلاف المتظاهرين في شوارع القاهرة أمس.",
        "وشارك الآلاف في مظاهرة حاشدة وسط العاصمة.",
        "نظم الطلاب اعتصاما أمام الوزارة.",
        "وأحرق متظاهرون سيارات الشرطة أمس.",
    ],
)
def test_protest_asserted_as_news(text: str) -> None:
    assert _reported(text, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "قامت الشرطة بتفريق المتظاهرين أمام البرلمان.",  # protesters are the object
        "وقال المتحدث إن مطلب المتظاهرين مطلب مشروع.",  # genitive: a topic
        "وغالبية المتظاهرين افراد من عائلات الضحايا.",  # who the protesters are
        "فرقت الشرطة مظاهرة نظمها الطلاب أمس.",  # the dispersal is the news
        "وأحرق المتظاهرون سيارات الشرطة.",  # detail of a protest already told
        "وكانوا يحتجون على ارتفاع الأسعار.",  # past progressive: a scene
        "وأعلنت الحركة الحداد احتجاجا على مقتل أنصارها.",  # a motive, no protesters
        "وقال: «في أول مظاهرة نظمتها الحركة كان العدد قليلا».",  # a quoted account
    ],
)
def test_protest_mentioned_but_not_reported(text: str) -> None:
    assert not _reported(text, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "أدين الرجل بتهمة قتل زوجته.",  # a charge
        "انفجرت فضيحة جديدة في الوزارة.",  # no bomb, no victim
        "واتهم الجيش الجماعة باستخدام الأطفال لتبرير قتل المدنيين.",  # verbal noun in construct
        "وقتل الرئيس الأسبق في تفجير عام 2005.",  # history
        "هاجم الوزير المعارضة في كلمته أمس.",  # a verbal attack
    ],
)
def test_violence_mentioned_but_not_reported(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_violence_reported() -> None:
    assert _reported("انفجرت سيارة مفخخة في بغداد أمس.", "ASSAULT")
    assert _reported("وفي تطورات أمنية أخرى، قتل ثمانية من عناصر الشرطة.", "ASSAULT")


# --- seed 003 through the whole pipeline ---------------------------------------------------------


@pytest.fixture(scope="module")
def seed003(seeds_dir: Path) -> Article:
    path = seeds_dir / "003_cac1221034f030e9.txt"
    return process(Article(raw=path.read_text(encoding="utf-8"), path=str(path)))


def _dyads(article: Article) -> set[tuple[str, str | None, str | None, bool]]:
    return {
        (
            e.event_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.negated,
        )
        for e in article.events
    }


def test_seed003_meeting_of_defence_minister_and_ambassador(seed003: Article) -> None:
    meets = [e for e in seed003.events if e.event_type == "CONSULT" and e.source and e.target]
    codes = {(e.source.code, e.target.code) for e in meets if e.source and e.target}
    assert ("IRQMIL", "RUSGOV") in codes


def test_seed003_us_threat_and_pressure(seed003: Article) -> None:
    dyads = _dyads(seed003)
    assert ("THREATEN", "USA", "IRQ", False) in dyads
    assert ("COERCE", "USA", "IRQ", False) in dyads


def test_seed003_quds_force_visit_and_denied_shelling(seed003: Article) -> None:
    dyads = _dyads(seed003)
    assert ("CONSULT", "IRN", "IRQ", False) in dyads
    shelling = [e for e in seed003.events if e.event_type == "ASSAULT" and e.negated]
    assert shelling and shelling[0].source is not None and shelling[0].source.code == "IRQMIL"
    assert seed003.text[shelling[0].source.start : shelling[0].source.end] == "الحشد الشعبي"


def test_seed003_mentions_point_into_the_text(seed003: Article) -> None:
    assert seed003.language == "ar" and seed003.mentions
    for mention in seed003.mentions:
        surface = normalize(seed003.text[mention.start : mention.end])
        assert surface and surface == surface.strip()


# --- second pass: result, experience, threat, belief ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أسفر انفجار سيارة في السوق أمس عن مقتل خمسة أشخاص.",  # result of the blast
        "وأدت الغارة إلى مقتل عشرة مدنيين في القرية.",  # أدى إلى
        "وتسببت القذيفة بمقتل طفلين.",  # تسبب ب
        "تعرض صحافي في المدينة للخطف على أيدي مسلحين مجهولين.",  # suffered
        "وتوفي الرجل بعد تعرضه للضرب.",  # verbal noun after بعد
        "ووقع انفجار أودى بحياة ثلاثة جنود.",  # أودى بحياة
    ],
)
def test_result_and_experience_report_violence(text: str) -> None:
    assert _reported(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "لم يسفر الحادث عن مقتل أحد.",  # a negated result
        "وقد يؤدي التصعيد إلى مقتل المزيد.",  # a foreseen result
        "ويخشى الناشطون من تعرضهم للتعذيب في السجن.",  # a fear
        "وتتعرض القرى الحدودية للهجوم كل أسبوع.",  # a habit or risk
        "وهدد المسلحون بقتل الرهائن.",  # a threat
        "وقال إنه تعرض للتهديد بالقتل من جماعة مسلحة.",  # the threat, not the killing
        "ومن المعتقد أنهم أصيبوا في الغارة.",  # a belief
        "ويعتقد أن المسلحين قتلوا الرهينة.",  # a belief
    ],
)
def test_threats_fears_and_beliefs_are_not_reported_violence(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_experience_source_after_ala_aydi() -> None:
    event = only(code("وتعرض الجنود للهجوم على أيدي مسلحي طالبان أمس."), "ASSAULT")
    assert event.source is not None and event.source.code == "AFGREB"
    assert event.target is not None and event.target.code == "MIL"


@pytest.mark.parametrize(
    "text",
    [
        "* 3 مارس 2009: اغتيال قائد الشرطة في انفجار عبوة بالمدينة.",  # a chronology entry
        "وقالت الشرطة إن الهجوم نفذه مسلحون ملثمون.",  # the noun is a happening's subject
        "ونجا المحافظ من محاولة اغتيال في الموصل.",  # an attempt survived
        "وأكد الشهود أنه تم اختطافه من قبل عدة مسلحين.",  # تم + verbal noun, agent past a count
        "وأعلن مصدر في الشرطة مقتل شخص في انفجار عبوة ناسفة.",  # an announced death
        "وتبنت الجماعة المسؤولية عن عملية تفجير قافلة الجيش.",  # a claim of responsibility
    ],
)
def test_dated_entries_subjects_and_survivals_report_violence(text: str) -> None:
    assert _reported(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "وعثرت الشرطة على سيارة مفخخة وكميات من قذائف الهاون في المخزن.",  # weapons found
        "وهم متهمون بالخطف وتجنيد القاصرين وقتل المدنيين.",  # a list of charges
        "وقال إنكم لم تشهدوا مذبحة كهذه.",  # a negated happening
        "وتصاعد التوتر في أعقاب تفجيرات العاصمة.",  # dates by an earlier event
        "ويعتقد مسؤولون في أجهزة الأمن والاستخبارات الغربية أن غارة قتلت القائد.",  # belief
        "وتحدث عن سفن تم اختطافها.",  # تم in a relative clause describes
        "وقال إن الحكومة تتحمل المسؤولية عن عمليات الاغتيال.",  # blame, not a claim
        "وهدد تنظيم مسلح في بيان بقتل الرهائن.",  # the threat's ب-content past its subject
        "وضرب الوزير مثلا على ذلك بارتفاع 30 في المائة.",  # an idiom
        "واعتقل ثلاثة أثناء محاولتهم إطلاق صواريخ على المدينة.",  # an attempt
        "وحسب شائعات فإن مسلحين قتلوا الحارس.",  # a rumour
        "وثمة خيار آخر هو شن غارات جوية على المعسكرات.",  # an option
        "وغادر البلاد قبل وقوع هجمات دامية على السفارة.",  # dates by an earlier event
    ],
)
def test_found_weapons_charges_idioms_threats_not_reported(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_claimed_attack_is_reported() -> None:
    assert _reported("وتبنى التنظيم المسؤولية عن هجوم على قاعدة عسكرية.", "ASSAULT")


def test_counted_things_are_no_crowd() -> None:
    assert not _reported("وتجمعت مئات السيارات عند المعبر الحدودي.", "PROTEST")
    assert _reported("وتجمع مئات الطلاب أمام الوزارة أمس.", "PROTEST")


def test_attempted_acts_are_intended() -> None:
    event = only(code("وحاول متظاهرون قطع الطريق الرئيسي أمس."), "PROTEST")
    assert event.modality == "intended"
    assert _reported("ونجا الوزير من محاولة اغتيال أمس.", "ASSAULT")  # the attempt itself


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث التقرير عن ناقلة نفط يونانية اختطفها قراصنة قبالة الساحل.",  # asyndetic relative
        "وتوعد بمعاقبة كل من قام باعتداء على الجنود.",  # a generic agent
        "وأعلن عن مكافأة لمن يقتل زعيم العصابة.",  # whoever kills
        "هل يعد خطف الصحافيين عملا بطوليا؟",  # a question
        "وجاء القرار بعد الهجوم الذي وقع أمس في السوق وأسفر عن مقتل خمسة أشخاص.",  # a known toll
        "ووصلت الى الميناء دبابات قتال جديدة.",  # a combat vehicle
        "وغادر العاصمة قبل حادثة اغتيال الوزير بيومين.",  # dates by an earlier event
    ],
)
def test_described_generic_and_questioned_violence_not_reported(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_toll_after_the_whole_clause_is_reported() -> None:
    # "الأمر الذي أدى إلى": the relative sums up the clause before it, which reports an attack
    text = "وقصفت طائرة حربية منزلا في المدينة، الأمر الذي أدى إلى مقتل ثلاثة مواطنين."
    assert _reported(text, "ASSAULT")


def test_bare_conjunct_shares_the_first_noun() -> None:
    events = code("وأسفر الانفجار عن مقتل خمسة أشخاص وجرح عشرة آخرين.")
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1


def test_protest_idiom_pledge_and_self_immolation() -> None:
    assert not _reported("وقد اعتصم الوزير بالصمت طوال الأسبوع.", "PROTEST")
    assert not _reported("وتعهد الناشط بإحراق نفسه أمام البرلمان.", "PROTEST")
    assert _reported("وأقدم شاب على إحراق نفسه أمام مقر الولاية احتجاجا على البطالة.", "PROTEST")
    assert _reported("وقالت الشرطة إن شابا أحرق نفسه أمام مقر الولاية.", "PROTEST")


def test_violence_deep_in_a_long_sentence_is_not_its_news() -> None:
    opening = (
        "وتناول الكاتب في مقاله الطويل عن تاريخ المنطقة وأحوالها الاقتصادية والاجتماعية "
        "والثقافية خلال العقود الماضية مسائل كثيرة تتعلق بالتعليم والصحة والزراعة والتجارة "
        "والنقل والسياحة والعمل والهجرة والسكن والمياه والطاقة، ومن بينها "
    )
    assert not _reported(opening + "قتل المدنيين في القرى الحدودية.", "ASSAULT")
    # a long attribution does not count: the depth starts after "قال ... إن"
    speaker = "وقال المتحدث باسم قيادة الشرطة في المحافظة الجنوبية العميد الركن فلان الفلاني إن "
    assert _reported(speaker + "مسلحين قتلوا ثلاثة جنود عند حاجز أمني أمس.", "ASSAULT")


def test_dated_acts_and_chronologies() -> None:
    assert not _reported("وغادر الوفد المدينة بعد أن خطف مسلحون ثلاثة موظفين.", "ASSAULT")
    entry = "* 12 مارس 2004: الطائرات الإسرائيلية تشن غارة على مخيم للاجئين."
    assert _reported(entry, "ASSAULT")  # its year and present tense are the entry's form


def test_crowds_at_occasions_are_no_protest() -> None:
    assert not _reported("وتجمع مئات الأشخاص في الجنازة أمس.", "PROTEST")


def test_counted_protesters_marches_and_clashes_are_protests() -> None:
    assert _reported("وأحرق آلاف المتظاهرين الإطارات في الشوارع.", "PROTEST")
    assert _reported("وجاب متظاهرون شوارع المدينة أمس.", "PROTEST")
    assert _reported("واشتبك متظاهرون مع الشرطة أمام البرلمان.", "PROTEST")


def test_aircraft_shot_down_and_fighters_killed() -> None:
    assert _reported("وأسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة أمس.", "ASSAULT")
    assert ("مقاتلا", "UAF") in actors("وقال مسؤول إن مقاتلا قتل.")


@pytest.mark.parametrize(
    "text",
    [
        "وزار الوزير المبنى الذي جرت فيه المذبحة.",  # the act is a relative clause's subject
        "وتخشى الحكومة أن يتم قصف المدينة بالصواريخ.",  # a present passive: a prospect
        "واتهم تقرير أعدته لجنة دولية الجيش في مقتل عشرين مدنيا.",  # a charge past its verb
        "وتصاعد التوتر بعد هجوم انتحاري قتل فيه عشرون شخصا.",  # asyndetic relative with فيه
    ],
)
def test_relative_prospective_and_charged_violence_not_reported(text: str) -> None:
    assert not _reported(text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "لقي ثلاثة أشخاص مصرعهم وأصيب خمسة آخرون في حادث سير على طريق المطار أمس.",
        "قتل عشرة أشخاص في انهيار مبنى قديم وسط المدينة.",
        "ضرب إعصار قوي سواحل البلاد أمس مما أدى إلى مقتل خمسين شخصا.",
        "أصيب ثلاثون شخصا في تصادم قطارين قرب العاصمة.",
    ],
)
def test_accidents_and_disasters_are_no_attack(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_armed_agents_and_weapons_keep_the_attack_beside_an_accident() -> None:
    assert _reported("قتل مسلحون ثلاثة من رجال الإطفاء خلال إطفاء حريق في المدينة.", "ASSAULT")
    assert _reported("قتل خمسة أشخاص بانفجار سيارة مفخخة أدى إلى حريق في السوق.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "فقد اتهم رئيس الجمعية، في مؤتمر صحافي عقده أمس، الحكومة باغتصاب حقوق العمال.",
        "وكتب على الجدار: أقتلهم قبل أن يقتلوني.",  # a slogan in the first person
        "نفى المتحدث باسم قيادة الشرطة في العاصمة العميد فلان الفلاني أمس تعرض المعتقلة للاغتصاب.",
        "ويخشى المراقبون تجدد الاشتباكات المسلحة بين الجيش والمتمردين في المدينة.",
    ],
)
def test_charges_maxims_denials_and_fears_are_not_attacks(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_time_words_between_anchor_and_noun_and_new_vocabulary() -> None:
    assert _reported("وشهدت المدينة أمس اغتيال ضابط كبير في الشرطة.", "ASSAULT")
    assert _reported("نصب مسلحون كمينا لدورية للجيش قرب المدينة أمس.", "ASSAULT")
    assert _reported("وانطلقت مسيرة احتجاجية من أمام الجامعة باتجاه البرلمان.", "PROTEST")
    assert not _reported("ونسف القرار الاتفاق بين الطرفين.", "ASSAULT")  # no weapon: a figure


def test_purpose_nouns_results_with_lam_and_construct_subjects() -> None:
    assert not _reported("واستخدم المسلحون المنزل لقصف مواقع الجيش.", "ASSAULT")
    assert _reported("وقالت الشرطة إن الانفجار أدى لمقتل خمسة أشخاص.", "ASSAULT")
    assert _reported("وتعرض الموكب لهجوم مسلح قرب المدينة أمس.", "ASSAULT")
    assert _reported("ونفذ سائقو سيارات الأجرة إضرابا عن العمل أمس.", "PROTEST")
    assert _reported("ودخل المعتقلون في إضراب مفتوح عن الطعام.", "PROTEST")


def test_official_protest_is_a_complaint_and_new_toll_verbs() -> None:
    complaint = only(code("واحتجت الصين رسميا على زيارة الدالاي لاما."), "ACCUSE")
    assert complaint.cameo == "114"
    assert _reported("واحتج مئات الطلاب أمام الجامعة.", "PROTEST")
    assert _reported("وخلف الانفجار عشرات القتلى والجرحى.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "وأدانت الحركة الهجوم على مقرها في المدينة.",
        "وطالب البيان بإدانة اعتقال الصحافيين أو قمع الأقليات الدينية في البلاد.",
    ],
)
def test_condemned_violence_is_not_reported(text: str) -> None:
    assert not _reported(text, "ASSAULT")


def test_stabbing_needs_a_weapon() -> None:
    assert _reported("وطعن شاب شرطيا بسكين أمام المحطة.", "ASSAULT")
    assert not _reported("وطعن المحامي في الحكم أمام محكمة الاستئناف.", "ASSAULT")


def test_acts_dated_ahead_are_intended() -> None:
    sit_in = only(code("تنظم النقابة اعتصاما أمام البرلمان يوم الأحد المقبل."), "PROTEST")
    assert sit_in.modality == "intended"
    text = "وخرجت مظاهرات حاشدة ضد مرشح الحزب الحاكم في الانتخابات المقبلة."
    assert _reported(text, "PROTEST")  # the elections are ahead, the marches are not


def test_falling_rockets_and_dual_deaths() -> None:
    assert _reported("سقط صاروخ على مستوطنة سديروت دون وقوع إصابات.", "ASSAULT")
    assert _reported("لقي شرطيان حتفهما في هجوم مسلح.", "ASSAULT")
    assert not _reported("ولقي ثلاثة أشخاص حتفهم في حادث سير.", "ASSAULT")


def test_protesters_counted_in_apposition_are_news() -> None:
    text = "وفي باريس توجه المتظاهرون وهم 500 إلى مقر الحكومة."
    assert _reported(text, "PROTEST")
    assert not _reported("وفي باريس توجه المتظاهرون إلى مقر الحكومة.", "PROTEST")


# --- source and target (issue 5) -------------------------------------------------------


def _dyad(text: str, plover: str) -> tuple[str | None, str | None]:
    event = only(code(text), plover)
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a killing verb followed by the attack it happened in reads as passive
        ("قتل جنديان باكستانيان في هجوم لحركة طالبان قرب الحدود.", ("AFGREB", "PAKMIL")),
        ("وكان خمسة جنود عراقيين قد قتلوا في انفجار عبوة ناسفة.", (None, "IRQMIL")),
        ("قتل ثلاثة مسلحين في غارة جوية أمريكية شمال بغداد.", ("USA", "UAF")),
        ("وقتل عشرون متمردا في مواجهات مع قوات الأمن الأفغانية.", (None, "REB")),
        # the two parties of a clash named with بين
        ("اندلعت اشتباكات عنيفة بين الجيش الإسرائيلي ومسلحين فلسطينيين.", ("ISRMIL", "PSEUAF")),
        # state forces without a country belong to the place of the attack; civilians stay
        ("هاجم مسلحون الشرطة في البصرة.", ("UAF", "IRQCOP")),
        ("هاجم مسلحون المدنيين في البصرة.", ("UAF", "CVL")),
        # a unit or an aircraft with a nisba is that country's army
        ("وقالت مصادر إن وحدة إسرائيلية خاصة اغتالت ناشطا في جنين.", ("ISRMIL", "CVL")),
        ("اقتحمت قوة من الجيش اللبناني المخيم.", ("LBNMIL", None)),
        # the actor before an attack noun governed by في is its victim
        ("وجاءت تصريحاته عقب مقتل 15 جنديا تركيا في هجوم شنه متمردون أكراد.", ("REB", "TURMIL")),
        # the owner of an attacked holding is the target
        ("هاجم مسلحون مجهولون مقرا للشرطة في الموصل.", ("UAF", "IRQCOP")),
        ("استهدف انتحاري دورية للجيش الباكستاني قرب الحدود.", ("REB", "PAKMIL")),
        # a quoted name is part of its clause
        ("وكانت «كتائب القسام» قد أطلقت صواريخ على البلدات.", ("PSEREB", None)),
        # the victims of a death noun may follow a count with من; its reporter is no agent
        ("أعلنت الشرطة مقتل ثلاثة من عناصر الجيش العراقي في هجوم.", (None, "IRQMIL")),
        ("تم اغتيال الوزير العراقي من قبل مسلحين.", ("UAF", "IRQGOV")),
        # a pronoun suffix belongs to the actor before it; a feminine nisba is no pronoun
        ("أعلن الجيش الأمريكي مقتل اثنين من جنوده في انفجار قنبلة.", (None, "USAMIL")),
        ("وقتل 40 مدنيا في سلسلة من الغارات الجوية الروسية على المدينة.", ("RUS", "CVL")),
        ("لم تقصف القوات الروسية أي مواقع مدنية.", ("RUSMIL", None)),
    ],
)
def test_assault_dyads(text: str, dyad: tuple[str | None, str | None]) -> None:
    assert _dyad(text, "ASSAULT") == dyad


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("تظاهر الآلاف ضد وجود القوات الأمريكية في البلاد.", ("CVL", "USAMIL")),
        ("واشتبك متظاهرون مع الجنود الإسرائيليين قرب الجدار.", ("CVL", "ISRMIL")),
        ("قطع محتجون الطريق بين القاهرة والإسكندرية.", ("CVL", None)),
        ("شهدت تركيا أمس مظاهرات حاشدة ضد الحكومة.", (None, "GOV")),
        ("وتوجه المتظاهرون وهم نحو ألف إلى السفارة الأمريكية.", ("CVL", "USAGOV")),
        ("وخرج الآلاف إلى الشوارع في بغداد.", ("CVL", None)),
        ("ونزل آلاف المتظاهرين الى الشوارع في كل من الهند وباكستان للاحتجاج.", ("CVL", None)),
        ("وتجمع المتظاهرون من الفلسطينيين أمام مقر البرلمان.", ("PSECVL", "LEG")),
        # the agent phrase of a nested noun is not the protest's source
        ("خرج متظاهرون غاضبون للاحتجاج على مقتل ثلاثة مدنيين على يد قوات الاحتلال.", ("CVL", None)),
        ("وتجمع مئات المتظاهرين قرب مطار القاهرة للاحتجاج على القرار.", ("CVL", None)),
    ],
)
def test_protest_dyads(text: str, dyad: tuple[str | None, str | None]) -> None:
    assert _dyad(text, "PROTEST") == dyad


def test_protesters_clashing_with_forces_are_a_detail_of_their_protest() -> None:
    events = code("وقعت اشتباكات بين المتظاهرين وقوات الأمن في القاهرة.")
    assert not [e for e in events if e.event_type in ("ACCUSE", "ASSAULT")]


def test_counts_are_the_bodies_they_count_and_never_things() -> None:
    assert ("العشرات من المسلحين", "UAF") in actors("قتل الجيش العشرات من المسلحين.")
    assert all(code != "CVL" for _, code in actors("أطلقت الحركة عشرات الصواريخ."))


def test_an_event_dated_by_a_length_of_time_is_recalled() -> None:
    assert not _reported("وذلك بعد ساعات من انفجار سيارة مفخخة في المدينة.", "ASSAULT")
