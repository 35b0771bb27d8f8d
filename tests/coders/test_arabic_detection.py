"""Arabic PROTEST and ASSAULT detection rules: is the act the news of its sentence?"""

from __future__ import annotations

from newsevents.coders.arabic import create
from newsevents.coders.arabic.lexicon import Match, TriggerEntry, trigger_index
from newsevents.coders.arabic.normalize import Token
from newsevents.coders.arabic.rules import _any_kind, prepare
from newsevents.coders.arabic.salience import recalled
from newsevents.model import Article, Event, Sentence

_CODER = create()


def events(text: str) -> list[Event]:
    """Events of one Arabic sentence, coded directly."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    _CODER.code(article)
    return article.events


def reports(text: str, plover: str) -> bool:
    """True when the sentence reports a `plover` event as having happened."""
    return any(
        e.event_type == plover and not e.negated and e.modality in ("asserted", "reported")
        for e in events(text)
    )


# --- PROTEST -------------------------------------------------------------------------------


def test_police_gathering_before_their_verb_is_no_protest() -> None:
    assert not reports("وقال شهود إن أعدادا كبيرة من الشرطة احتشدت في الساحة الرئيسية.", "PROTEST")
    assert reports("واحتشد مئات المحتجين في الساحة الرئيسية.", "PROTEST")


def test_going_out_as_protesters_is_a_protest() -> None:
    assert reports("وخرجوا متظاهرين في شوارع العاصمة أمس ضد قرار الحكومة.", "PROTEST")


def test_gathering_as_the_act_of_a_light_verbal_noun() -> None:
    text = "وأدان المحافظ قيام مجموعة من المحتجين بالتجمع أمام مبنى البلدية."
    assert reports(text, "PROTEST")
    assert not reports("ودعا الحزب أنصاره إلى التجمع أمام البرلمان.", "PROTEST")


def test_blocking_a_road_as_the_act_of_a_light_verbal_noun() -> None:
    assert reports("وتزامن ذلك مع قيام عدد من الشبان بإغلاق الطريق الرئيسي.", "PROTEST")


def test_memory_words_make_a_protest_remembered() -> None:
    assert not reports("وما زالت عالقة في ذاكرتي مظاهرات حاشدة اندلعت في العاصمة.", "PROTEST")
    assert reports("وما زالت مستمرة في العاصمة مظاهرات حاشدة اندلعت أمس.", "PROTEST")


def test_an_example_is_no_report() -> None:
    assert not reports("وعلى سبيل المثال اندلعت في العاصمة مظاهرات حاشدة.", "PROTEST")
    assert reports("واندلعت في العاصمة مظاهرات حاشدة أمس.", "PROTEST")


def test_any_before_a_noun_names_no_particular_act() -> None:
    text = "وطالب الحزب بمنع أي أعمال شغب قد تحصل."
    sentence = prepare(text, 0, 0, len(text))
    riot = next(t for t in trigger_index().scan(sentence.tokens) if t.payload.plover == "PROTEST")
    assert _any_kind(sentence.tokens, riot)
    assert not reports(text, "PROTEST")
    assert reports("وشهدت العاصمة أعمال شغب واسعة.", "PROTEST")


def test_protest_noun_as_the_act_of_a_light_verb_with_a_crowd() -> None:
    assert reports("وقام مئات الأشخاص أمس بالتظاهر أمام البرلمان.", "PROTEST")


def test_crowds_sweeping_or_filling_streets_protest() -> None:
    assert reports("وقد اجتاحت حشود المتظاهرين شوارع المدينة.", "PROTEST")
    assert reports("وملأ آلاف المحتجين شوارع العاصمة.", "PROTEST")


def test_new_protesters_smashing_or_throwing_riot() -> None:
    assert reports("وحطم متظاهرون واجهات المحلات في وسط المدينة.", "PROTEST")
    assert reports("ورمى محتجون الحجارة على مقر المحافظة.", "PROTEST")
    assert reports("وأطلق متظاهرون البيض على موكب الوزير.", "PROTEST")


def test_one_persons_part_in_a_known_protest_is_no_new_protest() -> None:
    assert not reports("وقالت إنها شاركت في الاحتجاج مع ابنها.", "PROTEST")
    assert reports("وقالت إنها شاركت في مظاهرة أمام البرلمان.", "PROTEST")


def test_the_verb_protest_needs_a_crowd_in_the_street() -> None:
    assert reports("واحتج مئات العمال أمام البرلمان.", "PROTEST")
    assert reports("واحتج الطلاب أمام الجامعة.", "PROTEST")
    assert not reports("وهناك أصوات احتجت في ماليزيا وتركيا.", "PROTEST")
    complaint = [e for e in events("واحتج الوزير على قرار الحكومة.") if e.cameo == "114"]
    assert complaint and complaint[0].event_type == "ACCUSE"
    assert not reports("واحتج الطلاب على قرار الإدارة.", "PROTEST")


def test_gathering_verb_continuing_the_protesters_clause() -> None:
    assert reports("وحمل المتظاهرون أعلاما تركية وتجمعوا في الساحات العامة.", "PROTEST")
    assert not reports("وحمل الزوار أعلاما تركية وتجمعوا في الساحات العامة.", "PROTEST")


def test_a_protest_that_a_subjunctive_or_future_verb_governs_is_a_prospect() -> None:
    assert not reports("وتوقع أن تشهد العاصمة مظاهرات حاشدة.", "PROTEST")
    assert not reports("وستشهد العاصمة مظاهرات حاشدة.", "PROTEST")
    assert reports("وشهدت العاصمة مظاهرات حاشدة.", "PROTEST")


def test_a_crowd_joining_a_definite_protest_reports_it() -> None:
    assert reports("وشارك الآلاف في المظاهرة أمام البرلمان.", "PROTEST")
    assert not reports("وشارك الوزير في المظاهرة.", "PROTEST")


def test_a_group_of_people_gathering_at_a_site_of_assembly() -> None:
    assert reports("وتجمع أنصار الرئيس أمام القصر.", "PROTEST")
    assert reports("وخرج الطلاب إلى الشوارع.", "PROTEST")
    assert not reports("وتجمع الطلاب في الفصل.", "PROTEST")
    assert not reports("وخرج الطلاب من الجامعة.", "PROTEST")


def test_pretending_is_no_demonstration() -> None:
    assert not reports("وتظاهر الوزير بالمرض.", "PROTEST")
    assert reports("وتظاهر الآلاف أمس.", "PROTEST")


def test_a_crowd_continuing_its_strike_reports_it() -> None:
    assert reports("ويواصل مئات العمال إضرابهم عن العمل لليوم الخامس.", "PROTEST")
    assert not reports("وسيواصل العمال إضرابهم الأسبوع المقبل.", "PROTEST")


# --- ASSAULT -------------------------------------------------------------------------------


def test_verb_describing_a_governed_indefinite_attack_noun_is_no_new_attack() -> None:
    assert not reports("وجاءت الزيارة في أعقاب هجوم انتحاري استهدف مقرا للشرطة.", "ASSAULT")
    # the noun as subject of its own clause, or an act told by another verb, still reports
    assert reports("وقال مسؤول إن سيارة مفخخة انفجرت قرب مقر الشرطة.", "ASSAULT")
    assert reports("وقتل خمسة أشخاص في هجوم انتحاري استهدف مقرا للشرطة.", "ASSAULT")


def test_verb_describing_a_weapon_in_a_charged_construct_is_no_new_attack() -> None:
    text = "واتهمت النيابة الأربعة بأنهم أقدموا على تفجير سيارة مفخخة استهدفت موكب الوزير."
    assert not reports(text, "ASSAULT")
    assert reports("وأقدم مسلحون على تفجير سيارة مفخخة استهدفت موكب الوزير.", "ASSAULT")


def test_death_snatching_someone_is_an_idiom() -> None:
    assert not reports("وقد خطف الموت الشاعر الكبير قبل أن يكمل ديوانه.", "ASSAULT")
    assert reports("وخطف مسلحون الشاعر الكبير من منزله.", "ASSAULT")


def test_a_percentage_makes_attacks_a_statistic() -> None:
    assert not reports("وتراجعت الهجمات بالسيارات المفخخة بنسبة 36% خلال الشهر.", "ASSAULT")
    assert reports("ووقعت الهجمات بالسيارات المفخخة في وسط بغداد.", "ASSAULT")


def _first_assault(text: str) -> tuple[list[Token], Match[TriggerEntry]]:
    sentence = prepare(text, 0, 0, len(text))
    trig = next(t for t in trigger_index().scan(sentence.tokens) if t.payload.plover == "ASSAULT")
    return sentence.tokens, trig


def test_attacks_named_by_their_date_are_recalled() -> None:
    tokens, trig = _first_assault("وقال إن العالم شهد اعتداءات 11 سبتمبر.")
    assert recalled(tokens, trig, 0, len(tokens) - 1)
    tokens, trig = _first_assault("ووقعت الاعتداءات في 11 سبتمبر.")
    assert not recalled(tokens, trig, 0, len(tokens) - 1)
    tokens, trig = _first_assault("وتحدث عن ضحايا مذبحة 1391 في غرناطة.")
    assert recalled(tokens, trig, 0, len(tokens) - 1)


def test_a_memory_word_after_the_act_recalls_it() -> None:
    assert not reports("واغتال مسلحون الوزير وبقي الحدث في ذاكرة العراقيين.", "ASSAULT")
    assert reports("واغتال مسلحون الوزير وسط العاصمة.", "ASSAULT")


def test_idioms_hold_for_every_form_of_the_verb() -> None:
    assert not reports("وخطفت الأضواء في المهرجان.", "ASSAULT")
    assert reports("وخطفت مجموعة مسلحة صحافيا.", "ASSAULT")
