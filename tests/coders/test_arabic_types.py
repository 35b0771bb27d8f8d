"""The Arabic trigger lexicons beyond protest and assault: types, word forms, cues.

Sentences are written for these tests (news style, not taken from any benchmark).
"""

from __future__ import annotations

import pytest

from newsevents.coders.arabic import ArabicCoder, create
from newsevents.model import Article, Event, Sentence


@pytest.fixture(scope="module")
def coder() -> ArabicCoder:
    """One coder for the module: the lexicons load once."""
    return create()


def code(coder: ArabicCoder, text: str) -> list[Event]:
    """Events of one Arabic sentence."""
    article = Article(raw=text, text=text, language="ar", sentences=[Sentence(0, len(text))])
    coder.code(article)
    return article.events


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


def one(events: list[Event], plover: str) -> Event:
    found = [e for e in events if e.event_type == plover]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("أبرمت الأرجنتين اتفاقا مع البرازيل.", "AGREE"),
        ("أعربت الحكومة اللبنانية عن استعدادها للتفاوض مع إسرائيل.", "AGREE"),
        ("جمدت الولايات المتحدة أصول شركات روسية.", "SANCTION"),
        ("قضت محكمة جنايات القاهرة بالسجن عشر سنوات على المتهمين.", "SANCTION"),
        ("أعلنت الحكومة الليبية إغلاق معبر حدودي مع تونس.", "SANCTION"),
        ("حشدت تركيا تعزيزات عسكرية على حدودها مع سوريا.", "MOBILIZE"),
        ("واصل الجيش الإيراني مناورات عسكرية في الخليج.", "MOBILIZE"),
        ("استقال وزير الداخلية اللبناني من منصبه.", "RETREAT"),
        ("أطلقت السلطات البحرينية سراح عشرات المعتقلين.", "RETREAT"),
        ("ولم تستجب الحكومة لمطالب النقابات.", "CONCEDE"),
        ("أرسل المغرب فرق إنقاذ إلى ليبيا.", "AID"),
        ("قدمت منظمة حقوقية شكوى إلى مجلس الأمن ضد الحكومة.", "ACCUSE"),
        ("فرضت وزارة الداخلية العراقية حظر التجول في المدينة.", "COERCE"),
    ],
)
def test_trigger_forms_code_their_type(coder: ArabicCoder, text: str, plover: str) -> None:
    assert plover in types(code(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "وقال سامح شكري إن الاجتماع كان مثمرا.",  # a first name, not شكر + ي
        "واشترى اثنين من الكتب القديمة.",  # "two", not أثنى
        "وقال إن الوضع هنا هادئ.",  # "here", not هنأ
        "ويدعي المتهم أنه بريء.",  # ادعى (claims), not يدعو
        "تحدث الخبير عن نظام الحكم في البلاد.",  # not ألح + كم
        "وتعد العلاقات الثنائية بين البلدين متينة.",  # bilateral, not ثناء
        "وحسم الفريق المباراة في الجولة الأخيرة من الدوري.",  # a round of matches, not a tour
        "ونجح الفريق في تحقيق الفوز على منافسه.",  # achieving, not an investigation
    ],
)
def test_look_alike_words_are_no_triggers(coder: ArabicCoder, text: str) -> None:
    assert not code(coder, text)


def test_any_negates_the_noun_after_it(coder: ArabicCoder) -> None:
    events = code(coder, "لم يفرض الاتحاد الأوروبي أي عقوبات على تركيا.")
    assert events
    assert all(e.negated for e in events)


def test_a_future_time_before_a_noun_makes_it_intended(coder: ArabicCoder) -> None:
    visit = one(code(coder, "وسيتوجه الوزير إلى باريس الأسبوع المقبل في زيارة رسمية."), "CONSULT")
    assert visit.modality == "intended"


def test_expected_acts_are_intended(coder: ArabicCoder) -> None:
    visit = one(code(coder, "ومن المتوقع أن يزور الرئيس التونسي الجزائر."), "CONSULT")
    assert visit.modality == "intended"


def test_the_content_of_a_request_did_not_happen(coder: ArabicCoder) -> None:
    events = code(coder, "طلبت المحكمة الإفراج عن الصحفي.")
    assert one(events, "REQUEST").modality == "asserted"
    assert one(events, "RETREAT").modality == "hypothetical"


def test_a_news_agency_is_no_hearsay(coder: ArabicCoder) -> None:
    text = "ذكرت وكالة الأنباء الرسمية أن الملك استقبل السفير الأمريكي."
    assert one(code(coder, text), "CONSULT").modality == "asserted"


def test_an_obstructed_agreement_is_negated(coder: ArabicCoder) -> None:
    text = "واتهمت حركة حماس إسرائيل بعرقلة التوصل إلى اتفاق."
    events = code(coder, text)
    assert one(events, "ACCUSE").target is not None
    assert all(e.negated for e in events if e.event_type == "AGREE")


def test_an_unnamed_source_reports(coder: ArabicCoder) -> None:
    arrest = one(code(coder, "وقال مصدر أمني إن الشرطة اعتقلت خمسة أشخاص."), "COERCE")
    assert arrest.modality == "reported"


def test_unless_makes_the_act_hypothetical(coder: ArabicCoder) -> None:
    text = "وهدد الجيش بالرد ما لم تنسحب الميليشيات من المدينة."
    events = code(coder, text)
    assert one(events, "THREATEN").modality == "asserted"
    assert one(events, "RETREAT").modality == "hypothetical"
