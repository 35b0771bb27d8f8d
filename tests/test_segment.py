"""Sentence and paragraph segmentation: offsets, zones, abbreviations, Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents import clean, segment
from newsevents.model import Article, Zone
from newsevents.readers import iter_articles
from newsevents.segment import MAX_SENTENCE_CHARS, sentence_spans


def sentences(text: str) -> list[str]:
    article = segment.run(Article(raw=text, text=text))
    return [text[s.start : s.end] for s in article.sentences]


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. and the U.K. met. Talks went on.", ["The U.S. and the U.K. met.", "Talks went on."]),
    ("Lt. Gen. Othman Al-Ghanimi met Dr. Smith and Mr. Jones on Monday.", None),
    ("Troops left on Jan. 3 and returned in Feb. 2021 to the base.", None),
    ("He arrived at 9 a.m. on Monday and left at 5 p.m. The talks ended.",
     ["He arrived at 9 a.m. on Monday and left at 5 p.m.", "The talks ended."]),
    ("J. Smith and T. S. Eliot spoke.", None),
    ("The deal is worth $12.9 billion. It was signed.", ["The deal is worth $12.9 billion.",
                                                         "It was signed."]),
    ("Over the Jan.3 assassination, Iraq protested.", None),
    ("Acme Inc. signed a deal with Example Co. on Friday.", None),
    ("He works for Acme Inc. The firm denied it.", ["He works for Acme Inc.",
                                                    "The firm denied it."]),
    ("“We will not leave,” he said. “Never.”", ["“We will not leave,” he said.", "“Never.”"]),
    ("The minister said: “They attacked first.” Police confirmed it.",
     ["The minister said: “They attacked first.”", "Police confirmed it."]),
    ("It was new and unusual ... Without Russia the region would fall.",
     ["It was new and unusual ...", "Without Russia the region would fall."]),
    ("Why? Nobody knows. Really!", ["Why?", "Nobody knows.", "Really!"]),
    ("Resolution No. 2254 was adopted by St. Petersburg officials.", None),
    ("Fighting resumed in U.S.-Iraq relations.", None),
    ("There are suspicions they do not want to show. to anyone.", None),
    ("He lives in the U.S. now.", None),
])
def test_english_sentences(text: str, expected: list[str] | None) -> None:
    assert sentences(text) == (expected if expected is not None else [text])


def test_headline_without_period_is_its_own_sentence() -> None:
    text = "Russia Sends Tanks To Iraq\nMoscow delivered the tanks on Monday. Baghdad paid."
    assert sentences(text) == [
        "Russia Sends Tanks To Iraq", "Moscow delivered the tanks on Monday.", "Baghdad paid."]


def test_wrapped_line_continues_the_sentence() -> None:
    text = "The minister said that the talks,\nwhich lasted two days, had ended."
    assert sentences(text) == [text]


def test_arabic_sentences() -> None:
    text = ("قال الوزير إن المحادثات انتهت. وأضاف أن الجانبين اتفقا؛ ثم غادر الوفد!"
            " هل ستستأنف المحادثات؟ لا أحد يعرف")
    assert sentences(text) == ["قال الوزير إن المحادثات انتهت.", "وأضاف أن الجانبين اتفقا؛",
                               "ثم غادر الوفد!", "هل ستستأنف المحادثات؟", "لا أحد يعرف"]


def test_arabic_abbreviations_decimals_and_digits() -> None:
    text = "التقى د. محمد بالوزير في عام ٢٠٢٠ وبلغت النسبة 12.5 بالمئة. انتهى الاجتماع"
    assert sentences(text) == ["التقى د. محمد بالوزير في عام ٢٠٢٠ وبلغت النسبة 12.5 بالمئة.",
                               "انتهى الاجتماع"]


def test_arabic_era_marker_after_year_ends_sentence() -> None:
    text = "وقعت المعركة عام 1258 م. وبعدها سقطت المدينة."
    assert sentences(text) == ["وقعت المعركة عام 1258 م.", "وبعدها سقطت المدينة."]


def test_arabic_line_ends_split() -> None:
    text = "عنوان الخبر\nوأضاف: “قبل أشهر التقيت السفير”."
    assert sentences(text) == ["عنوان الخبر", "وأضاف: “قبل أشهر التقيت السفير”."]


def test_paragraph_index_zone_and_trimmed_offsets() -> None:
    text = "Headline Here\n\n  First one. Second one.  \n\nPhoto: a tank (AFP)"
    article = Article(raw=text, text=text, zones=[Zone(0, 13, "title"), Zone(42, 61, "caption")])
    segment.run(article)
    got = [(text[s.start : s.end], s.paragraph, s.zone) for s in article.sentences]
    assert got == [("Headline Here", 0, "title"), ("First one.", 1, "body"),
                   ("Second one.", 1, "body"), ("Photo: a tank (AFP)", 2, "caption")]


def test_empty_text_has_no_sentences() -> None:
    assert sentences("") == [] and sentences(" \n\n ") == []


def test_segments_cover_every_word(seeds_dir: Path) -> None:
    for item in iter_articles([seeds_dir]):
        assert isinstance(item, Article)
        article = segment.run(clean.run(item))
        covered = "".join(article.text[s.start : s.end] for s in article.sentences)
        assert "".join(covered.split()) == "".join(article.text.split())
        assert all(s.start < s.end for s in article.sentences)
        assert article.sentences[0].zone == "title"


def test_seed_sentences_keep_titles_and_abbreviations(seeds_dir: Path) -> None:
    path = next(seeds_dir.glob("001_*.txt"))
    item = next(iter_articles([path]))
    assert isinstance(item, Article)
    article = segment.run(clean.run(item))
    texts = [article.text[s.start : s.end] for s in article.sentences]
    assert ("This week Iraqi army chief of staff Lt. Gen. Othman Al-Ghanimi and Russian "
            "Ambassador Maksim Maksimov met to discuss future military cooperation.") in texts
    opening = "In more continuing fallout over the Jan.3 assassination"
    assert any(t.startswith(opening) for t in texts)


def test_list_markers_do_not_make_sentences() -> None:
    text = "1. Troops left the town.\n2. Police took over."
    assert sentences(text) == ["1. Troops left the town.", "2. Police took over."]


def test_abbreviation_after_a_line_break() -> None:
    text = "The talks were led by Lt.\nGen. Smith of the army, officials said."
    assert sentences(text) == [text]


def test_arabic_etc_ends_a_sentence() -> None:
    text = "ناقش الوزيران التجارة والطاقة والنقل إلخ. وانتهى الاجتماع مساء"
    assert sentences(text) == ["ناقش الوزيران التجارة والطاقة والنقل إلخ.", "وانتهى الاجتماع مساء"]


def test_abbreviation_before_starter_with_comma() -> None:
    text = "He moved to the U.S. However, he returned."
    assert sentences(text) == ["He moved to the U.S.", "However, he returned."]


def test_a_run_without_sentence_ends_is_cut_into_capped_pieces() -> None:
    clause = "the ministers discussed the deal, and "
    text = "Russia met Iraq and " + clause * 200
    spans = sentence_spans(text, 0, len(text))
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e - 1] == "," for s, e in spans[:-1])  # cut after a comma
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_a_run_without_commas_is_cut_at_a_space() -> None:
    text = "كلمة " * 600
    spans = sentence_spans(text, 0, len(text.rstrip()))
    assert all(e - s <= MAX_SENTENCE_CHARS and text[s] != " " for s, e in spans)
    assert all(text[e] == " " for s, e in spans[:-1])
