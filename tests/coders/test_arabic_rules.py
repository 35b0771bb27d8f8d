"""Arabic coder rules of issue 5: verb-object merging, refused and requested acts,
multilateral meetings, topics, cross-sentence duals, dates, verb forms.

Sentences are written for these tests (news style, not taken from any benchmark).
"""

from __future__ import annotations

import pytest

from newsevents.coders.arabic import ArabicCoder, create
from newsevents.coders.arabic.lexicon import past_forms, present_forms, trigger_index
from newsevents.coders.arabic.normalize import tokenize
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


def code_article(coder: ArabicCoder, text: str) -> list[Event]:
    """Events of a text split into sentences by the coder itself."""
    article = Article(raw=text, text=text, language="ar")
    coder.code(article)
    return article.events


def summary(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
    ]


def only(events: list[Event], plover: str) -> Event:
    assert [e.event_type for e in events] == [plover], summary(events)
    return events[0]


# --- 1a. a verb and the trigger its object starts are one event ------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        ("فرضت الحكومة الأردنية حظر التجول في مدينة معان.", "COERCE", "JORGOV"),
        ("قدمت الكويت منحة مالية إلى اليمن.", "AID", "KWT"),
    ],
)
def test_verb_and_its_object_trigger_are_one_event(
    coder: ArabicCoder, text: str, plover: str, source: str
) -> None:
    event = only(code(coder, text), plover)
    assert event.source is not None and event.source.code == source
    assert text[event.trigger.start : event.trigger.end] == text.split()[0]


# --- 1b. a negated intention negates the act ------------------------------------------------


def test_negated_intention_negates_the_act(coder: ArabicCoder) -> None:
    event = only(code(coder, "لا تعتزم ألمانيا إرسال قوات إلى مالي."), "MOBILIZE")
    assert event.negated and event.modality == "intended"


# --- 3. the content of a refusal is no event; a request's content is hypothetical ------------


@pytest.mark.parametrize(
    "text",
    ["ترفض تركيا سحب قواتها من شمال سوريا.", "رفضت الحكومة الانسحاب من الاتفاق النووي."],
)
def test_refused_act_is_no_event(coder: ArabicCoder, text: str) -> None:
    only(code(coder, text), "REJECT")


def test_refused_request_was_made_and_is_not_negated(coder: ArabicCoder) -> None:
    events = code(coder, "رفضت القاهرة طلبا إسرائيليا بفتح المعبر.")
    # the refused request names its maker: the refusal targets it
    assert summary(events) == [("REJECT", "EGYGOV", "ISR"), ("REQUEST", "ISR", "EGYGOV")]
    assert not any(e.negated for e in events)


def test_refused_known_accusation_is_a_topic(coder: ArabicCoder) -> None:
    only(code(coder, "رفض الوزير المغربي الاتهامات الجزائرية."), "REJECT")


def test_requested_act_is_hypothetical(coder: ArabicCoder) -> None:
    events = code(coder, "ناشدت الحكومة السودانية المجتمع الدولي تقديم مساعدات عاجلة.")
    assert {e.event_type: e.modality for e in events} == {
        "REQUEST": "asserted",
        "AID": "hypothetical",
    }


# --- 1d. verb-object rows --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("سحبت البحرين سفيرها من لبنان.", "SANCTION", "161"),
        ("سحبت روسيا قواتها من مدينة خيرسون.", "RETREAT", "0872"),
        ("أغلقت الجزائر حدودها مع المغرب.", "SANCTION", "1621"),
        ("علقت الجامعة العربية عضوية سوريا.", "SANCTION", "163"),
        ("أطلقت إسرائيل سراح أسرى فلسطينيين.", "RETREAT", "0841"),
    ],
)
def test_verb_object_rows(coder: ArabicCoder, text: str, plover: str, cameo: str) -> None:
    assert only(code(coder, text), plover).cameo == cameo


# --- 2. multilateral meetings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("عقد مجلس الأمن الدولي جلسة طارئة.", "UNO"),
        ("يعقد قادة دول الاتحاد الأفريقي قمة في أديس أبابا.", "AU"),
        ("تستضيف سلطنة عمان جولة جديدة من المحادثات.", "OMN"),
    ],
)
def test_multilateral_meeting_is_consult_without_target(
    coder: ArabicCoder, text: str, source: str
) -> None:
    event = only(code(coder, text), "CONSULT")
    assert event.source is not None and event.source.code == source
    assert event.target is None


def test_meeting_with_a_partner_keeps_it(coder: ArabicCoder) -> None:
    text = "عقد وزير الخارجية المصري اجتماعا مع نظيره الأردني."
    assert summary(code(coder, text)) == [("CONSULT", "EGYGOV", "JORGOV")]


@pytest.mark.parametrize(
    "text",
    ["عقدت الحكومة العراقية اجتماعا استثنائيا.", "ناقش البرلمان مشروع القانون."],
)
def test_one_body_meeting_alone_is_no_event(coder: ArabicCoder, text: str) -> None:
    assert code(coder, text) == []


def test_consultation_told_from_both_sides_is_one_event(coder: ArabicCoder) -> None:
    text = "تلقى الرئيس المصري اتصالا هاتفيا من الرئيس الفرنسي بحث خلاله الجانبان الأوضاع في ليبيا."
    assert [e.event_type for e in code(coder, text)] == ["CONSULT"]


# --- 4. condemned coercion -----------------------------------------------------------------


def test_condemned_arrest_is_no_coerce(coder: ArabicCoder) -> None:
    text = "أدانت منظمة هيومن رايتس ووتش اعتقال الصحفيين في تونس."
    only(code(coder, text), "ACCUSE")


# --- 5. a demonstrative makes the noun a topic -----------------------------------------------


def test_demonstrative_noun_is_a_topic(coder: ArabicCoder) -> None:
    assert "SANCTION" not in {e.event_type for e in code(coder, "ردت موسكو على هذه العقوبات.")}


def test_demonstrative_pronoun_does_not_hide_a_new_noun(coder: ArabicCoder) -> None:
    text = "وخرج آلاف المتظاهرين عقب ذلك في مسيرة احتجاجية وسط العاصمة."
    assert "PROTEST" in {e.event_type for e in code(coder, text)}


# --- 6. cross-sentence duals ---------------------------------------------------------------


def test_dual_takes_parties_of_earlier_sentence(coder: ArabicCoder) -> None:
    events = code_article(coder, "زار الرئيس العراقي موسكو. ووقع الجانبان اتفاقية للتعاون.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert summary(agree) == [("AGREE", "IRQGOV", "RUSGOV")]
    assert agree[0].sentence == 1


# --- 8. a dateline between verb and object; a topic of talks --------------------------------


def test_dateline_does_not_cut_verb_from_object(coder: ArabicCoder) -> None:
    text = (
        "استقبل الرئيس المصري في القاهرة يوم الأحد 1 رمضان 1445هـ الموافق 10 مارس 2024م، "
        "وزير الخارجية الروسي."
    )
    assert summary(code(coder, text)) == [("CONSULT", "EGYGOV", "RUSGOV")]


def test_topic_of_talks_is_no_event(coder: ArabicCoder) -> None:
    events = code_article(
        coder, "استقبل الرئيس المصري وزير الخارجية الروسي. وتناول اللقاء التعاون في مجال الطاقة."
    )
    assert summary(events) == [("CONSULT", "EGYGOV", "RUSGOV")]


def test_accusative_motive_is_no_event(coder: ArabicCoder) -> None:
    text = "تجمع مئات الطلاب أمام وزارة التعليم في عمان استنكارا لقرار رفع الرسوم."
    assert "ACCUSE" not in {e.event_type for e in code(coder, text)}


def test_definite_noun_after_a_frame_word_is_no_new_event(coder: ArabicCoder) -> None:
    events = code_article(
        coder,
        "وصل وزير الخارجية الأردني إلى بغداد في زيارة رسمية. "
        "ووقع البلدان خلال الزيارة اتفاقية للتعاون في مجال النقل.",
    )
    assert [(e.sentence, *row) for e, row in zip(events, summary(events), strict=True)] == [
        (0, "CONSULT", "JORGOV", "IRQGOV"),
        (1, "AGREE", "JORGOV", "IRQGOV"),
    ]


# --- 9. verbs take "me" as ني, never ي -----------------------------------------------------


def test_verbs_take_ni_not_ya() -> None:
    assert "ضربني" in past_forms("ضرب") and "ضربي" not in past_forms("ضرب")
    assert "يستقبلني" in present_forms("يستقبل") and "يستقبلي" not in present_forms("يستقبل")


@pytest.mark.parametrize("word", ["شكري", "أيدي"])
def test_name_and_noun_are_no_support_trigger(word: str) -> None:
    tokens = tokenize(word, 0, len(word))
    assert trigger_index().scan(tokens) == []
