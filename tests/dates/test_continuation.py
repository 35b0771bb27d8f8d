"""Dates that one sentence lends the next, offsets from a main clause, plans vs past events."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import events
from newsevents.dates.continuation import continues
from newsevents.model import Article, Event, Sentence, Span, Zone

TUE = date(2024, 1, 9)


def _article(paragraphs: list[str], language: str = "en",
             published: date | None = TUE) -> Article:
    text, zones, sentences = "", [], []
    for part in paragraphs:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{part}" if text else part
        zones.append(Zone(start, start + len(part), "body"))
        sentences.append(Sentence(start, start + len(part), len(zones) - 1, "body"))
    return Article(raw=text, text=text, language=language, zones=zones, sentences=sentences,
                   published=published)


def _event(article: Article, trigger: str, modality: str = "asserted") -> Event:
    pos = article.text.index(trigger)
    index = next(i for i, s in enumerate(article.sentences) if s.start <= pos < s.end)
    event = Event(index, Span(pos, pos + len(trigger)), "CONSULT",
                  modality=modality)  # type: ignore[arg-type]
    article.events.append(event)
    return event


def _dated(article: Article, event: Event) -> tuple[date | None, str]:
    events.run(article)
    return event.date.value, event.date.precision


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The talks lasted six hours.", "en", True),
        ("But the two sides failed to agree.", "en", True),
        ("Orlov met Obeidi for three hours before the signing ceremony.", "en", True),
        ("Beijing condemned the decision.", "en", False),
        ("An Israeli strike killed three people.", "en", False),
        ("The United States withdrew from the deal in 2018.", "en", False),
        ("وبحث الجانبان ملف المياه.", "ar", True),
        ("وجاء توقيع الاتفاقية خلال زيارة ولي العهد.", "ar", True),
        ("وكانت تركيا قد شنت عملية عسكرية.", "ar", False),
    ],
)
def test_continuing_sentences(sentence: str, language: str, expected: bool) -> None:
    assert continues(sentence, 0, len(sentence), language) is expected


def test_the_talks_take_the_meetings_date() -> None:
    article = _article(["Negotiators met in Geneva on Monday, diplomats said.",
                        "The talks lasted six hours."])
    _event(article, "met")
    talks = _event(article, "talks")
    assert _dated(article, talks) == (date(2024, 1, 8), "day")
    assert talks.date.basis == "relative"


def test_a_continuing_sentence_looks_past_undated_sentences() -> None:
    article = _article(["Iraq and Russia signed a package on Monday.",
                        "Deliveries are due to begin soon.",
                        "Orlov met Obeidi for three hours before the signing ceremony."])
    met = _event(article, "met")
    assert _dated(article, met) == (date(2024, 1, 8), "day")


def test_a_new_subject_does_not_continue() -> None:
    article = _article(["The United States announced sanctions on Monday.",
                        "Beijing condemned the decision."])
    condemned = _event(article, "condemned")
    assert _dated(article, condemned) == (TUE, "day")


def test_a_plan_lends_no_date_to_a_past_event() -> None:
    article = _article(["The president will visit Nairobi in March.",
                        "The visit was announced by his office."])
    _event(article, "visit", "intended")
    announced = _event(article, "announced")
    assert _dated(article, announced) == (TUE, "day")


def test_arabic_continuation() -> None:
    article = _article(["استقبل رئيس الوزراء، يوم الأحد، وزير الخارجية التركي.",
                        "وبحث الجانبان ملف المياه."], language="ar")
    discussed = _event(article, "بحث")
    assert _dated(article, discussed) == (date(2024, 1, 7), "day")


def test_an_event_offset_steps_from_the_main_clause() -> None:
    article = _article(["Mediators opened talks on Monday, two weeks after Turkey hosted a "
                        "round in Ankara."])
    hosted = _event(article, "hosted")
    assert _dated(article, hosted) == (date(2023, 12, 25), "day")


def test_a_day_after_a_month_keeps_the_month() -> None:
    article = _article(["Hezbollah began firing last October, a day after the Hamas attack."])
    attack = _event(article, "attack")
    assert _dated(article, attack) == (date(2023, 10, 1), "month")


def test_asserted_events_ignore_expressions_that_point_ahead() -> None:
    article = _article(["The minister called the move regrettable and said she would meet "
                        "them tomorrow."])
    called = _event(article, "called")
    meet = _event(article, "meet", "intended")
    events.run(article)
    assert called.date.value == TUE and called.date.basis == "publication"
    assert meet.date.value == date(2024, 1, 10)


def test_month_of_that_year_takes_the_year_spoken_of() -> None:
    article = _article(["The group swept across Iraq in the summer of 2014, seizing Mosul in "
                        "June of that year."], published=None)
    seizing = _event(article, "seizing")
    swept = _event(article, "swept")
    assert _dated(article, seizing) == (date(2014, 6, 1), "month")
    assert (swept.date.value, swept.date.precision) == (date(2014, 1, 1), "year")


def test_a_quoted_date_is_no_frame_for_the_same_day() -> None:
    article = _article(['"Fifty years ago, Turkey invaded Cyprus," he said on Saturday.',
                        "Erdogan visited the north on the same day."],
                       published=date(2024, 7, 20))
    invaded = _event(article, "invaded")
    visited = _event(article, "visited")
    events.run(article)
    assert (invaded.date.value, invaded.date.precision) == (date(1974, 1, 1), "year")
    assert visited.date.value == date(2024, 7, 20)


def test_an_aside_after_an_event_subject_dates_the_event() -> None:
    article = _article(["The strikes, carried out on Monday night, killed four people."])
    killed = _event(article, "killed")
    assert _dated(article, killed) == (date(2024, 1, 8), "day")


def test_a_sentence_opening_date_frames_a_later_clause() -> None:
    article = _article(["Negotiators met on Monday.",
                        "Last week, the president offered talks, but the rebels refused."])
    refused = _event(article, "refused")
    assert _dated(article, refused) == (date(2024, 1, 1), "day")


def test_an_attributive_date_reaches_an_adjective_and_its_noun() -> None:
    article = _article(["He flew in ahead of the December 31 full withdrawal of troops.",
                        "The 2003 invasion toppled the government."],
                       published=date(2011, 12, 12))
    withdrawal = _event(article, "withdrawal")
    toppled = _event(article, "toppled")
    events.run(article)
    assert (withdrawal.date.value, withdrawal.date.precision) == (date(2011, 12, 31), "day")
    assert toppled.date.basis == "publication"


def test_same_type_event_named_again_takes_its_date() -> None:
    article = _article(["Eight soldiers were killed in an explosion in Rafah on Monday.",
                        "Hamas said its fighters carried out the attack.",
                        "The United Nations condemned the attack."])
    _event(article, "explosion").event_type = "ASSAULT"
    carried = _event(article, "carried")
    carried.event_type = "ASSAULT"
    condemned = _event(article, "condemned")
    condemned.event_type = "ACCUSE"
    events.run(article)
    assert carried.date.value == date(2024, 1, 8)
    assert condemned.date.basis == "publication"


@pytest.mark.parametrize(
    ("paragraphs", "trigger", "language", "expected"),
    [
        (["Ministers met on Monday.", "The day before, rebels shelled the city."], "shelled",
         "en", (date(2024, 1, 7), "day")),
        (["Ministers met on Monday.", "Hours later, rebels shelled the city."], "shelled", "en",
         (date(2024, 1, 8), "day")),
        (["Israel struck Gaza overnight, officials said."], "struck", "en", (TUE, "day")),
        (["Rebels attacked a convoy, the army said on Monday."], "attacked", "en",
         (date(2024, 1, 8), "day")),
        (["قصفت الطائرات مواقع التنظيم، وقال المتحدث يوم الاثنين إن العملية مستمرة."], "قصفت",
         "ar", (TUE, "day")),
        (["Qatar has provided aid since the start of the year."], "provided", "en",
         (date(2024, 1, 1), "year")),
        (["وكانت الدوحة قد قدمت منذ بداية العام مساعدات."], "قدمت", "ar",
         (date(2024, 1, 1), "year")),
    ],
)
def test_more_phrasings(paragraphs: list[str], trigger: str, language: str,
                        expected: tuple[date, str]) -> None:
    article = _article(paragraphs, language=language)
    event = _event(article, trigger)
    assert _dated(article, event) == expected


def test_a_plan_for_a_bare_month() -> None:
    article = _article(["The summit is planned for December."])
    planned = _event(article, "planned", "intended")
    assert _dated(article, planned) == (date(2024, 12, 1), "month")
