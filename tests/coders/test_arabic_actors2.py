"""Arabic actor mentions: lexicon hygiene, dates that are no actors, names beside bodies.

Sentences here are written for the tests (none comes from an evaluation set).
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources

import pytest

from newsevents.coders.arabic.lexicon import NAME_KINDS, strip_article
from newsevents.coders.arabic.normalize import normalize
from newsevents.coders.arabic.resources import read_tsv, tsv_files
from newsevents.coders.arabic.rules import prepare


def surface(text: str) -> list[tuple[str, str]]:
    """(text, code) of every actor of one sentence."""
    sent = prepare(text, 0, 0, len(text))
    return [
        (text[sent.tokens[a.first].start : sent.tokens[a.last].end], a.code) for a in sent.actors
    ]


# --- lexicon hygiene ---------------------------------------------------------------------


def _match_key(text: str, kind: str) -> str:
    """The words a row is matched by: normalised, the article of a common noun set aside."""
    words = normalize(text).split()
    if kind == "demonym":
        words = [strip_article(w) for w in words]
    elif kind not in NAME_KINDS:
        words[-1] = strip_article(words[-1])
    return " ".join(words)


def test_no_text_has_two_codes_across_the_arabic_actor_files() -> None:
    # Only the first row of a matched text is ever used, so a second code is dead or wrong.
    codes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name in tsv_files("actors", "ar"):
        for row in read_tsv("actors", "ar", name):
            codes[_match_key(row["text"], row["kind"])].add((row["code"], name))
    clashes = {k: v for k, v in codes.items() if len({code for code, _ in v}) > 1}
    assert clashes == {}


def test_no_row_is_repeated_after_normalisation() -> None:
    seen: dict[tuple[str, str], str] = {}
    repeated = []
    for name in tsv_files("actors", "ar"):
        for row in read_tsv("actors", "ar", name):
            key = (_match_key(row["text"], row["kind"]), row["kind"])
            if key in seen:
                repeated.append((row["text"], seen[key], name))
            seen[key] = name
    assert repeated == []


# --- dates are no actors -----------------------------------------------------------------


def _month_names() -> list[str]:
    path = resources.files("newsevents").joinpath("data", "dates", "ar.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [*data["months"], *data["hijri_months"]]


@pytest.mark.parametrize("frame", ["في 15 {} الماضي", "منذ {} 1445هـ", "خلال شهر {} المقبل"])
def test_no_month_name_yields_an_actor(frame: str) -> None:
    for month in _month_names():
        for form in (month, "و" + month, "ب" + month):
            text = frame.format(form)
            assert surface(text) == [], text


def test_hijri_date_beside_actors_keeps_them() -> None:
    text = "وصل وزير الخارجية السعودي إلى الخرطوم في 15 شعبان 1445هـ."
    assert surface(text) == [("وزير الخارجية السعودي", "SAUGOV"), ("الخرطوم", "SDNGOV")]


def test_shaaban_as_a_family_name_is_still_the_person() -> None:
    text = "قالت بثينة شعبان إن دمشق لن تتراجع."
    assert surface(text)[0] == ("بثينة شعبان", "SYRGOV")


# --- a name and the body after it --------------------------------------------------------


def test_name_before_a_body_of_its_own_country_is_two_actors() -> None:
    text = "اتهم حميدتي الجيش السوداني بقصف المدنيين."
    assert surface(text)[:2] == [("حميدتي", "SDNREB"), ("الجيش السوداني", "SDNMIL")]


def test_name_before_a_government_is_two_actors() -> None:
    text = "اتهم حفتر حكومة الوحدة الوطنية بالفساد."
    assert [code for _, code in surface(text)][:1] == ["LBYMIL"]
    assert len(surface(text)) == 2


def test_name_before_its_own_title_stays_one_person() -> None:
    text = "التقى البرهان قائد الجيش السوداني وفدا أمريكيا."
    assert surface(text)[0] == ("البرهان قائد الجيش السوداني", "SDNMIL")


def test_name_before_a_named_body_without_a_country_is_two_actors() -> None:
    text = "انتقد نتنياهو الكنيست بشدة."
    assert surface(text) == [("نتنياهو", "ISRGOV"), ("الكنيست", "ISRLEG")]


# --- verbs of motion open a name slot ----------------------------------------------------


@pytest.mark.parametrize("verb", ["وصل", "توجه", "غادر", "عاد", "ويصل", "وسيغادر"])
def test_motion_verb_makes_a_family_name_the_person(verb: str) -> None:
    text = f"{verb} رئيسي إلى بغداد."
    assert surface(text)[0] == ("رئيسي", "IRNGOV")


def test_motion_verb_leaves_a_nisba_after_its_noun() -> None:
    text = "وصل السفير السوداني إلى القاهرة."
    assert surface(text)[0] == ("السفير السوداني", "SDNGOV")


def test_common_word_without_a_name_slot_is_nothing() -> None:
    assert surface("هذا هو الهدف الرئيسي للزيارة.") == []


# --- the conjunction و ------------------------------------------------------------------


def test_conjunction_before_a_name_starting_with_waw() -> None:
    text = "اتفقت موسكو وواشنطن على تمديد الهدنة."
    sent = prepare(text, 0, 0, len(text))
    assert [(a.code, a.conj) for a in sent.actors] == [("RUSGOV", False), ("USAGOV", True)]


def test_name_starting_with_waw_has_no_conjunction() -> None:
    text = "أعلنت واشنطن فرض عقوبات."
    sent = prepare(text, 0, 0, len(text))
    assert [(a.code, a.conj) for a in sent.actors] == [("USAGOV", False)]


# --- country names that are also words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون قرية في وسط مالي.",
        "انسحبت مالي من المجموعة الاقتصادية.",
        "قال رئيس مالي إن الانتخابات ستجري قريبا.",
        "تقدمت النيجر ومالي بشكوى إلى مجلس الأمن.",
    ],
)
def test_mali_in_a_place_slot_is_the_country(text: str) -> None:
    assert any(code.startswith("MLI") for _, code in surface(text)), surface(text)


@pytest.mark.parametrize(
    "text", ["أعلنت الحكومة عن دعم مالي للمزارعين.", "تعاني البلدية من عجز مالي كبير."]
)
def test_mali_after_a_common_noun_is_the_adjective(text: str) -> None:
    assert not any(code.startswith("MLI") for _, code in surface(text))


# --- bodies and their units ----------------------------------------------------------------


def test_role_word_does_not_swallow_the_first_word_of_a_named_body() -> None:
    text = "اتهم قائد قوات الدعم السريع الجيش السوداني بقصف الأحياء."
    assert surface(text)[:2] == [("قائد قوات الدعم السريع", "SDNREB"), ("الجيش السوداني", "SDNMIL")]


def test_unit_belonging_to_a_body_takes_its_country() -> None:
    text = "قصف الطيران الحربي التابع للجيش السوداني مواقع في دارفور."
    assert surface(text)[0] == ("الطيران الحربي التابع للجيش السوداني", "SDNMIL")


def test_role_heading_an_international_body_is_the_body() -> None:
    assert surface("هاجم مسلحون قافلة لقوات الاتحاد الأفريقي.")[1][1] == "AU"
    assert surface("قال المبعوث الأممي إن الحوار سيستأنف.") == [("المبعوث الأممي", "UNO")]


def test_definite_role_before_an_international_body_stays_apart() -> None:
    text = "اتهم الجيش الأمم المتحدة بالانحياز."
    assert surface(text) == [("الجيش", "MIL"), ("الأمم المتحدة", "UNO")]


@pytest.mark.parametrize(
    ("text", "code"),
    [("اتهمت الحكومة المالية المتمردين بالهجوم.", "MLIGOV"), ("قتل عشرة جنود ماليين.", "MLIMIL")],
)
def test_mali_nisba_after_a_state_role_is_malian(text: str, code: str) -> None:
    assert surface(text)[0][1] == code


@pytest.mark.parametrize(
    "text", ["أصدرت وزارة المالية بيانا.", "تعاني البلاد من أزمة مالية.", "ارتفعت الأوراق المالية."]
)
def test_mali_nisba_elsewhere_is_financial(text: str) -> None:
    assert not any(code.startswith("MLI") for _, code in surface(text))


def test_state_role_with_an_adjective_takes_the_country_after_fi() -> None:
    text = "أعلنت الحكومة الانتقالية في بوركينا فاسو طرد دبلوماسيين فرنسيين."
    assert surface(text)[0] == ("الحكومة", "BFAGOV")


# --- regions: Maghreb, Sudan, Horn, Sahel, Central Asia, Latin America, Asia-Pacific ------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        ("قال رئيس الحكومة المغربية عزيز أخنوش إن الرباط ستواصل التعاون.", "الرباط", "MARGOV"),
        ("وصل البرهان إلى بورتسودان قادما من القاهرة.", "البرهان", "SDNMIL"),
        ("اتهم سلفاكير ميارديت نائبه رياك مشار بالتخطيط لانقلاب.", "رياك مشار", "SSDGOV"),
        ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قرية.", "مسلحون", "IMGREB"),
        ("اعتقلت السلطات الإثيوبية عشرات من أنصار حركة فانو.", "حركة فانو", "ETHREB"),
        ("دعا رئيس المفوضية الأفريقية إلى وقف القتال.", "رئيس", "AU"),
        ("استقبل الرئيس القرغيزي وفدا صينيا في بيشكيك.", "بيشكيك", "KGZGOV"),
        ("قتل جنود في كمين نصبه مسلحون من القوات المسلحة الثورية الكولومبية.", "مسلحون", "COLREB"),
        ("فرضت واشنطن عقوبات على مسؤولين نيكاراغويين.", "مسؤولين", "NICGOV"),
        ("قتل جنديان في هجوم لحركة طالبان باكستان.", "لحركة", "PAKREB"),
        ("اتهمت ميانمار جيش أراكان بمهاجمة مراكز للشرطة.", "جيش أراكان", "MMRREB"),
        ("أطلقت كوريا الشمالية صاروخا بحسب هيئة الأركان المشتركة.", "هيئة الأركان", "MIL"),
    ],
)
def test_actors_of_less_covered_regions(text: str, words: str, code: str) -> None:
    at = text.index(words)
    sent = prepare(text, 0, 0, len(text))
    found = [
        a.code for a in sent.actors if sent.tokens[a.first].start <= at < sent.tokens[a.last].end
    ]
    assert found == [code]
