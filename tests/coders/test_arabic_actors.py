"""Arabic actor dictionaries: named people and bodies, family names that are also words.

Sentences here are written for the tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsevents.coders.arabic.mentions import find_actors
from newsevents.coders.arabic.normalize import tokenize
from newsevents.coders.arabic.rules import prepare
from newsevents.model import Mention


def surface(text: str) -> list[tuple[str, str]]:
    """(text, code) of every actor of one sentence."""
    sent = prepare(text, 0, 0, len(text))
    return [
        (text[sent.tokens[a.first].start : sent.tokens[a.last].end], a.code) for a in sent.actors
    ]


def code_of(text: str, words: str) -> str | None:
    """The code of the actor that covers `words` in a one-sentence text."""
    at = text.index(words)
    sent = prepare(text, 0, 0, len(text))
    for actor in sent.actors:
        if sent.tokens[actor.first].start <= at < sent.tokens[actor.last].end:
            return actor.code
    return None


# --- nisba family names ------------------------------------------------------------------


def test_nisba_name_after_a_particle_is_the_person() -> None:
    text = "ذكر بيان أن السوداني التقى السفير الأمريكي."
    assert surface(text) == [("السوداني", "IRQGOV"), ("السفير الأمريكي", "USAGOV")]


def test_nisba_name_after_a_verb_or_a_reporting_verb_is_the_person() -> None:
    assert code_of("وأضاف السوداني أن الحكومة ماضية في الإصلاح.", "السوداني") == "IRQGOV"
    assert code_of("استقبل السوداني وفدا من البنك الدولي.", "السوداني") == "IRQGOV"


def test_nisba_after_a_noun_stays_the_nationality() -> None:
    assert code_of("التقى السفير السوداني وزير الخارجية العراقي.", "السفير") == "SDNGOV"
    assert code_of("قصف الجيش السوداني مواقع في الخرطوم.", "الجيش") == "SDNMIL"


def test_nisba_name_named_earlier_in_the_sentence_is_the_person() -> None:
    text = "قال محمد شياع السوداني للصحفيين في بغداد إن زيارة السوداني لواشنطن ناجحة."
    codes = [c for t, c in surface(text) if "السوداني" in t]
    assert codes == ["IRQGOV", "IRQGOV"]


def test_nisba_name_named_earlier_in_the_article_is_the_person() -> None:
    text = "وتناولت زيارة السوداني ملف المياه."
    earlier = [Mention(0, 10, "IRQGOV", "IRQ", "GOV", "Mohammed Shia al-Sudani", "person")]
    tokens = tokenize(text)
    gaps = [""] + [text[a.end : b.start] for a, b in zip(tokens, tokens[1:], strict=False)]
    assert [a.code for a in find_actors(tokens, gaps)] == ["SDN"]
    assert [a.code for a in find_actors(tokens, gaps, earlier)] == ["IRQGOV"]


# --- family names that are common words --------------------------------------------------


def test_common_word_name_is_nothing_after_a_preposition() -> None:
    assert surface("أصيب شاب بطلق ناري في الصدر خلال المواجهات.") == []


def test_common_word_name_as_a_subject_or_after_a_title() -> None:
    assert code_of("طالب الصدر أنصاره بالانسحاب من الشوارع.", "الصدر") == "IRQOPP"
    assert code_of("قصفت قوات الأسد بلدات في ريف إدلب.", "قوات") == "SYRMIL"


def test_full_name_reads_a_verb_like_surname_as_the_name() -> None:
    text = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي."
    assert surface(text) == [
        ("وزير الخارجية المصري سامح شكري", "EGYGOV"),
        ("نظيره الأردني أيمن الصفدي", "JORGOV"),
    ]


# --- names next to other actors ----------------------------------------------------------


def test_a_name_does_not_swallow_the_next_actors_title() -> None:
    text = "التقى بلينكن رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    assert surface(text) == [
        ("بلينكن", "USAGOV"),
        ("رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "ISRGOV"),
    ]


def test_a_title_before_another_name_opens_that_persons_mention() -> None:
    text = "التقى السيسي رئيس الوزراء مصطفى مدبولي في القاهرة."
    assert surface(text)[:2] == [("السيسي", "EGYGOV"), ("رئيس الوزراء مصطفى مدبولي", "EGYGOV")]


def test_a_name_keeps_its_own_title_after_it() -> None:
    text = "قال نتنياهو رئيس الوزراء الإسرائيلي إن الحرب مستمرة."
    assert surface(text) == [("نتنياهو رئيس الوزراء الإسرائيلي", "ISRGOV")]


def test_two_people_joined_by_and_stay_two() -> None:
    text = "طلب المدعي العام اعتقال نتنياهو وغالانت."
    codes = [c for t, c in surface(text) if t != "المدعي العام"]
    assert codes == ["ISRGOV", "ISRMIL"]


def test_a_name_does_not_swallow_a_named_body_after_it() -> None:
    text = "اتهم البرهان قوات الدعم السريع بقصف الأحياء السكنية."
    assert surface(text) == [("البرهان", "SDNMIL"), ("قوات الدعم السريع", "SDNREB")]


def test_a_role_before_a_state_body_takes_its_country() -> None:
    assert code_of("قصفت قوات حكومة الوفاق مواقع قرب سرت.", "قوات") == "LBYMIL"
    assert code_of("اعتقلت سلطات الاحتلال عشرة شبان.", "سلطات") == "ISRGOV"


# --- a sample of the dictionary ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("هدد بزشكيان برد حازم.", "بزشكيان", "IRNGOV"),
        ("وصل عراقجي إلى مسقط.", "عراقجي", "IRNGOV"),
        ("قال قائد فيلق القدس إسماعيل قاآني إن الرد قادم.", "قائد", "IRNMIL"),
        ("أعلن نتانياهو بدء العملية.", "نتانياهو", "ISRGOV"),
        ("رفض سموتريتش الاتفاق.", "سموتريتش", "ISRGOV"),
        ("اجتمع هاكان فيدان مع نظرائه العرب.", "هاكان", "TURGOV"),
        ("قال المتحدث باسم كتائب القسام أبو عبيدة إن المقاومة مستمرة.", "أبو عبيدة", "PSEREB"),
        ("قال نعيم قاسم إن الحزب لن يتراجع.", "نعيم", "LBNREB"),
        ("هاجمت مجموعة فاغنر قرى في مالي.", "فاغنر", "RUSREB"),
        ("أعلنت عصائب أهل الحق انسحابها.", "عصائب", "IRQREB"),
        ("قال رافائيل غروسي إن المفتشين عادوا.", "رافائيل", "IAEA"),
        ("دعا ينس ستولتنبرغ إلى دعم كييف.", "ينس", "NATO"),
        ("أعلن الكنيست الإسرائيلي حل نفسه.", "الكنيست", "ISRLEG"),
        ("قررت أوبك بلس خفض الإنتاج.", "أوبك", "OPEC"),
        ("أصدرت محكمة العدل الدولية قرارها.", "محكمة", "ICJ"),
        ("قال رئيس أركان الجيش الإسرائيلي إن الجيش مستعد.", "رئيس", "ISRMIL"),
        ("نقلت وكالة الأنباء السورية عن مصدر قوله.", "وكالة", "SYRMED"),
        ("استدعت الخارجية القائم بالأعمال التركي.", "القائم", "TURGOV"),
        ("زار المرشد الإيراني علي خامنئي المعرض.", "المرشد", "IRNGOV"),
    ],
)
def test_dictionary_sample(text: str, words: str, expected: str) -> None:
    assert code_of(text, words) == expected
