"""The event_dates stage over hand-built articles (the seeds' sentences and captions)."""

from __future__ import annotations

from datetime import date

from newsevents.dates import events
from newsevents.model import Article, Event, EventDate, Sentence, Span, Zone


def _article(paragraphs: list[tuple[str, str]], language: str = "en",
             published: date | None = None) -> Article:
    text, zones, sentences = "", [], []
    for part, kind in paragraphs:
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{part}" if text else part
        zones.append(Zone(start, start + len(part), kind))  # type: ignore[arg-type]
        sentences.append(Sentence(start, start + len(part), len(zones) - 1, kind))  # type: ignore[arg-type]
    return Article(raw=text, text=text, language=language, zones=zones, sentences=sentences,
                   published=published)


def _event(article: Article, trigger: str, occurrence: int = 0, **kw: object) -> Event:
    pos = -1
    for _ in range(occurrence + 1):
        pos = article.text.index(trigger, pos + 1)
    index = next(i for i, s in enumerate(article.sentences) if s.start <= pos < s.end)
    event = Event(index, Span(pos, pos + len(trigger)), "CONSULT", **kw)  # type: ignore[arg-type]
    article.events.append(event)
    return event


def test_seed_years_and_carry() -> None:
    article = _article([
        ("In 2012, Lukoil and Gazprom Neft entered the energy market.", "body"),
        ("Russian efforts accelerated, starting in 2014, when Iraq needed help.", "body"),
        ("In addition, two years later, a Russian delegation arrived in Iraq.", "body"),
    ], published=date(2020, 5, 3))
    entered, arrived = _event(article, "entered"), _event(article, "arrived")
    events.run(article)
    assert (entered.date.value, entered.date.precision) == (date(2012, 1, 1), "year")
    assert arrived.date.value == date(2016, 1, 1)
    assert arrived.date.basis == "relative"
    assert arrived.date.evidence is not None
    assert article.text[arrived.date.evidence.start:arrived.date.evidence.end] == "two years later"


def test_caption_events_use_the_caption_date_only() -> None:
    caption = ("WASHINGTON, DC - DECEMBER 12: Iraqi Prime Minister Nouri Al-Maliki answers "
               "questions December 12, 2011 in Washington.")
    article = _article([("Vice President praises Russia", "title"), (caption, "caption"),
                        ("The vice president praised Russia.", "body")],
                       published=date(2016, 5, 1))
    answers, praised = _event(article, "answers"), _event(article, "praised")
    events.run(article)
    assert answers.date == EventDate(date(2011, 12, 12), "day", "explicit",
                                     answers.date.evidence)
    assert praised.date == EventDate(date(2016, 5, 1), "day", "publication", None)


def test_caption_without_date_gets_no_date() -> None:
    article = _article([("Soldiers parade in Baghdad. (Photo by AFP)", "caption"),
                        ("The minister spoke.", "body")], published=date(2020, 1, 24))
    parade = _event(article, "parade")
    events.run(article)
    assert (parade.date.value, parade.date.precision) == (None, "unknown")


def test_no_publication_date_and_no_expression() -> None:
    article = _article([("The army shelled the village.", "body")])
    shelled = _event(article, "shelled")
    events.run(article)
    assert (shelled.date.value, shelled.date.precision) == (None, "unknown")


def test_arabic_seed_sentence() -> None:
    article = _article([
        ("ومؤخرا بحث وزير الدفاع العراقي جمعة عناد، مع السفير الروسي في العراق، ماكسيم "
         "ماكسيموف، في 7 كانون الأول/ ديسمبر الحالي، العلاقات الثنائية بين البلدين.", "body"),
    ], language="ar", published=date(2020, 12, 10))
    event = _event(article, "بحث")
    events.run(article)
    assert (event.date.value, event.date.precision) == (date(2020, 12, 7), "day")


def test_intended_event_takes_the_coming_weekday() -> None:
    article = _article([("The summit will be held on Tuesday.", "body")],
                       published=date(2020, 1, 24))
    held = _event(article, "held", modality="intended")
    events.run(article)
    assert held.date.value == date(2020, 1, 28)


def test_many_events_are_fast() -> None:
    import time

    paragraph = ("In 2008, Russia canceled the debt, and last month the ministers met on "
                 "Tuesday in Baghdad after talks since 2014. ")
    article = _article([(paragraph * 40, "body")], published=date(2020, 1, 24))
    for i in range(40):
        _event(article, "met", occurrence=i)
    started = time.perf_counter()
    events.run(article)
    per_event = (time.perf_counter() - started) / 40
    assert per_event < 0.005  # well under a millisecond on a quiet machine
    assert {e.date.value for e in article.events} == {date(2020, 1, 21)}


def test_a_date_after_an_accusations_content_dates_the_content() -> None:
    article = _article([("Mali accused the Algerian army of shooting down a drone near the border "
                         "on Tuesday night.", "body")], published=date(2025, 4, 7))
    accused = _event(article, "accused")
    accused.event_type = "ACCUSE"
    downing = _event(article, "shooting", modality="reported")
    events.run(article)
    assert downing.date.value == date(2025, 4, 1)
    assert (accused.date.value, accused.date.basis) == (date(2025, 4, 7), "publication")


def test_an_accusation_keeps_a_date_of_its_own() -> None:
    article = _article([("On Tuesday Mali accused the Algerian army of shooting down a drone.",
                         "body")], published=date(2025, 4, 7))
    accused = _event(article, "accused")
    accused.event_type = "ACCUSE"
    _event(article, "shooting", modality="reported")
    events.run(article)
    assert accused.date.value == date(2025, 4, 1)
