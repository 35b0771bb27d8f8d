"""Cleaning: debris removal on the real seeds, zones, Unicode, HTML main text + metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents import clean
from newsevents.errors import ConfigError, InputError
from newsevents.model import Article
from newsevents.readers import article_from_text, iter_articles

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def cleaned(text: str, **meta: object) -> Article:
    return clean.run(article_from_text(text, **meta))  # type: ignore[arg-type]


def seed(seeds_dir: Path, prefix: str) -> Article:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    item = next(iter_articles([path]))
    assert isinstance(item, Article)
    return clean.run(item)


def zone_texts(article: Article, kind: str) -> list[str]:
    return [article.text[z.start : z.end] for z in article.zones if z.kind == kind]


def check_invariants(article: Article) -> None:
    """Zones tile the text: one per paragraph, joined by blank lines, nothing else."""
    text = article.text
    rebuilt = "\n\n".join(text[z.start : z.end] for z in article.zones)
    assert rebuilt == text
    assert "\n\n\n" not in text and "\u00a0" not in text and "\r" not in text
    assert all(text[z.start : z.end] == text[z.start : z.end].strip() for z in article.zones)


# ----------------------------------------------------------------------------- seeds

SEED_CASES = {
    "000": (
        ["Star Inactive", "All Rights Reserved", "SoftPages", "©"],
        ["Afrasianet - The Iraqi-Russian relations are a model for cooperation",
         "The American attempts to destabilize the Russian-Iraqi relations must and will "
         "certainly be failed attempts."],
    ),
    "001": (
        ["Source: Zero Hedge", "malthaus", "CHUCKMAN", "says", "Coronavirus",
         "sheep farm", "Converted Soviet Cargo Planes"],
        ["In more continuing fallout over the Jan.3 assassination",
         "Lt. Gen. Othman Al-Ghanimi and Russian Ambassador Maksim Maksimov met",
         "certainly now at the lowest point since the 2003 invasion and US attempt to build "
         "a new government."],
    ),
    "002": (
        ["in ,", "READ MORE", "Patreon", "statements, views and opinions", "What do you think",
         "Notify of", "Inline Feedbacks", "View all comments", "Alekseyeva",
         "Palestinian teens"],
        ["A day after Baghdad confirmed the purchase and delivery of multiple T-90 tanks",
         "I shall also discuss supplies of Russian arms",
         "in spite of years of war and occupation."],
    ),
    "003": (
        ["مقالات ذات صلة", "زر الذهاب"],
        ["عادت الولايات المتحدة الاميركية لتلوح بنقل سفارتها الى اربيل",
         "وأضاف: “قبل أشهر التقيت مع السفير الروسي في العراق",
         "تقدر بعشرات المليارات من الدولارات."],
    ),
    "004": (
        ["Print Friendly", "Please Share"],
        ["Reuters reports that Russia is ready to send civil airliners",
         "in part through the misguided effort to secure an Iran nuclear deal."],
    ),
}


@pytest.mark.parametrize("prefix", sorted(SEED_CASES))
def test_seed_debris_gone_and_body_kept(seeds_dir: Path, prefix: str) -> None:
    article = seed(seeds_dir, prefix)
    debris, body = SEED_CASES[prefix]
    for piece in debris:
        assert piece not in article.text, piece
    for piece in body:
        assert piece in article.text, piece
    check_invariants(article)


def test_seed_body_paragraph_count_is_kept(seeds_dir: Path) -> None:
    # Every prose paragraph of the article survives (counted on the raw seed by hand).
    assert len(zone_texts(seed(seeds_dir, "000"), "body")) == 26
    assert len(zone_texts(seed(seeds_dir, "004"), "body")) == 9
    assert len(zone_texts(seed(seeds_dir, "003"), "body")) == 8


def test_seed_titles(seeds_dir: Path) -> None:
    article = seed(seeds_dir, "002")
    assert article.zones[0].kind == "title"
    assert article.title == (
        "IRAQ: Vice President says Iraq’s survival was ensured by Russia’s role in Syria")
    arabic = seed(seeds_dir, "003")
    assert arabic.title == "اميركا تعود لابتزاز العراق بعد اتفاقيات بغداد العسكرية مع روسيا"


def test_seed_002_caption_is_a_caption_zone(seeds_dir: Path) -> None:
    captions = zone_texts(seed(seeds_dir, "002"), "caption")
    assert len(captions) == 1
    assert captions[0].startswith("WASHINGTON, DC - DECEMBER 12: Iraqi Prime Minister")
    assert captions[0].endswith("(Photo by Chip Somodevilla/Getty Images)")


def test_seed_nbsp_becomes_space_and_quotes_stay(seeds_dir: Path) -> None:
    article = seed(seeds_dir, "001")
    assert "Gen. Qassem Soleimani, Iraq and Russia" in article.text
    assert "“cooperation and coordination”" in article.text


# ----------------------------------------------------------------------------- fixtures


def test_english_debris_fixture() -> None:
    article = clean.run(next(a for a in iter_articles([FIXTURES / "debris_en.txt"])
                             if isinstance(a, Article)))
    assert zone_texts(article, "title") == ["Navy Seizes Tanker Near Strait"]
    assert len(zone_texts(article, "caption")) == 1
    for gone in ("in ,", "Print Friendly", "Star", "READ MORE", "Port Authorities Warn",
                 "Please Share", "Source:", "outrageous", "Agreed", "All Rights Reserved"):
        assert gone not in article.text, gone
    assert article.text.endswith("summoned the Freedonian ambassador to explain the move.")


def test_arabic_debris_fixture() -> None:
    article = clean.run(next(a for a in iter_articles([FIXTURES / "debris_ar.txt"])
                             if isinstance(a, Article)))
    for gone in ("اقرأ أيضا", "المصدر", "مقالات ذات صلة", "البرلمان يصوت", "زر الذهاب"):
        assert gone not in article.text, gone
    assert article.text.endswith("لجنة مشتركة لمتابعة ملف المياه.")
    check_invariants(article)


def test_html_fixture_main_text_metadata_and_caption() -> None:
    item = next(iter_articles([FIXTURES / "page.html"]))
    assert isinstance(item, Article)
    article = clean.run(item)
    assert article.title == "Ministers agree on grain corridor"
    assert article.outlet == "Harbour Gazette"
    assert article.published == date(2023, 3, 14) and article.published_source == "metadata"
    assert zone_texts(article, "title") == ["Ministers agree on grain corridor"]
    assert zone_texts(article, "caption") == [
        "Cargo ships wait outside the port of Odesa. (Photo by Jane Roe/Getty Images)"]
    assert "agreed on Tuesday to reopen a grain corridor" in article.text
    assert "when the previous arrangement collapsed." in article.text
    for gone in ("Home", "Sport", "Share on", "Related stories", "Rebels seize", "comments",
                 "Great news", "trust", "rights reserved"):
        assert gone not in article.text, gone
    check_invariants(article)


def test_html_given_metadata_wins() -> None:
    html = (FIXTURES / "page.html").read_text()
    article = cleaned(html, fmt="html", title="Given title", outlet="Given",
                      published="2020-01-01")
    assert (article.outlet, article.published) == ("Given", date(2020, 1, 1))
    assert article.text.startswith("Given title\n\n")


def test_html_without_main_text_is_malformed() -> None:
    article = Article(raw="<html><body><nav>Home</nav></body></html>", fmt="html", path="x")
    with pytest.raises(InputError) as caught:
        clean.run(article)
    assert caught.value.reason == "malformed"


def test_short_html_falls_back_to_visible_text() -> None:
    article = cleaned("<html><body><p>Troops left the town on Friday.</p></body></html>",
                      fmt="html")
    assert article.text == "Troops left the town on Friday."


def test_outlet_from_url_when_missing() -> None:
    article = cleaned("Troops left the town on Friday, officials said.",
                      url="https://www.example.org/x")
    assert article.outlet == "example.org"


# ----------------------------------------------------------------------------- rules


def test_unicode_normalisation() -> None:
    raw = "Title Of Story\r\n\r\n\r\n\r\nA\u00a0b\u200bc said \u201cno\u201d\u2009today.\r\n"
    article = cleaned(raw)
    assert article.text == "Title Of Story\n\nA bc said “no” today."


def test_arabic_presentation_forms_and_kashida() -> None:
    article = cleaned("\ufefb\ufe8e\ufedf \u0643\u0640\u0640\u0628\u064a\u0631 1445 \u0647\u0640")
    assert article.text == "لاال كبير 1445 هـ"


def test_end_marker_only_after_body_started() -> None:
    text = ("Related articles\n\nThe government announced new sanctions against the company "
            "on Monday, the ministry said.\n\nRelated articles\n\nOther story headline here")
    article = cleaned(text)
    assert article.text.startswith("The government announced")
    assert "Other story" not in article.text


def test_comment_after_source_line_ends_body() -> None:
    text = ("Rebels attacked a convoy near the border on Sunday, killing four soldiers, "
            "the army said.\n\nSource: Example Wire\n\nmary smith says\n\nNice article.")
    assert cleaned(text).text.endswith("the army said.")


def test_says_line_inside_body_is_kept() -> None:
    text = ("The foreign minister spoke to reporters in the capital on Friday afternoon.\n\n"
            "The minister says\n\nthat talks will go on.")
    assert "The minister says" in cleaned(text).text


def test_hard_wrapped_paragraph_is_unwrapped() -> None:
    lines = ["The defence ministers of the two countries met in the capital",
             "on Monday to discuss a new agreement on the supply of tanks",
             "and helicopters, officials said in a statement."]
    article = cleaned("\n".join(lines))
    assert article.text == " ".join(lines)


def test_inline_headline_between_paragraphs_is_dropped() -> None:
    text = ("The army said on Monday that it had repelled an attack on the northern town.\n\n"
            "Rebels Seize Border Town In Overnight Raid\n\n"
            "Officials said the fighting had stopped by the evening, and roads were reopened.")
    article = cleaned(text)
    assert "Rebels Seize" not in article.text and article.text.endswith("reopened.")


def test_given_title_is_prepended_once() -> None:
    body = "Troops left the town on Friday, officials said, ending a month-long siege."
    article = cleaned(body, title="Troops leave town")
    assert article.text == f"Troops leave town\n\n{body}"
    assert article.zones[0].kind == "title"
    same = cleaned(f"Troops leave town\n\n{body}", title="Troops leave town")
    assert same.text == f"Troops leave town\n\n{body}"


def test_only_debris_is_empty() -> None:
    with pytest.raises(InputError) as caught:
        cleaned("Print Friendly, PDF & Email\n\nPlease Share:")
    assert caught.value.reason == "empty"


def test_patterns_load_from_data_files() -> None:
    table = clean.rules()
    assert table.end is not None and table.end.hit("مقالات ذات صلة")
    assert table.drop is not None and table.drop.hit("Print Friendly, PDF & Email")
    assert table.caption is not None and table.caption.hit("A tank. (Photo by A B/Getty Images)")
    with pytest.raises(ConfigError):
        clean._compile("drop", ["(unclosed"])


def test_bulleted_list_is_not_unwrapped() -> None:
    text = ("The ministry listed its demands on Monday in a long statement to the press:\n\n"
            "- withdrawal of all foreign troops from the area\n"
            "- release of the prisoners taken in the raid\n"
            "- compensation for the families of the victims")
    assert cleaned(text).text.count("\n- ") == 3


def test_agency_sign_off_and_credit_lines_are_dropped() -> None:
    text = ("Iraq's parliament voted on Tuesday to ask foreign troops to leave the country.\n\n"
            "Image copyright Getty Images\n\n"
            "The vote followed a drone strike in Baghdad last week.\n\n"
            "Reporting by Ahmed Rasheed; Editing by Alison Williams\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.")
    article = cleaned(text)
    assert article.text.endswith("in Baghdad last week.")
    assert "Getty" not in article.text


def test_share_bar_ends_body_only_when_no_text_follows() -> None:
    body = "The two ministers signed the agreement in Cairo on Sunday, officials said."
    middle = cleaned(f"{body}\n\nShare this:\nTwitter\nFacebook\n\n{body}")
    assert middle.text == f"{body}\n\n{body}"
    tail = cleaned(f"{body}\n\nShare this:\nTwitter\n\nLike this:\n\nRelated\n\n"
                   "Rebels Seize Border Town")
    assert tail.text == body


def test_list_of_links_after_read_also_header_is_dropped() -> None:
    body = "بحث وزير الخارجية مع نظيره التركي العلاقات الثنائية بين البلدين اليوم."
    links = "اقرأ أيضاً:\n- إسرائيل تقصف مطار حماة العسكري\n- العراق يغلق معبر ربيعة"
    text = f"{body}\n\n{links}\n\n{body}"
    assert cleaned(text).text == f"{body}\n\n{body}"


def test_comment_with_timestamp_ends_body() -> None:
    body = "Iraq and Russia signed a package of defence agreements in Baghdad on Tuesday."
    text = f"{body}\n\nAbu Hassan says\nFebruary 12, 2025 at 6:14 pm\nRussia never attacked Iraq."
    assert cleaned(text).text == body
    arabic = "أعلنت الجزائر اليوم إغلاق مجالها الجوي أمام جميع الرحلات القادمة من مالي."
    text = f"{arabic}\n\nمحمد الأمين يقول:\n7 نيسان 2025 الساعة 20:15\nفرنسا هي التي تحرض مالي."
    assert cleaned(text).text == arabic


def test_arabic_comment_header_with_arabic_indic_count() -> None:
    body = "وصلت إلى مرفأ بيروت صباح اليوم سفينة مساعدات قطرية تحمل ٤٠٠ طن من المواد الغذائية."
    text = f"{body}\n\nتعليقات القراء (٢)\n\nخالد: إسرائيل تقصف الجنوب كل يوم."
    assert cleaned(text).text == body


def test_byline_and_date_lines_are_kept() -> None:
    text = ("Iraq And Russia Sign Arms Package\n\nPosted on February 12, 2025 by Staff Writer\n\n"
            "Iraq and Russia signed a package of defence agreements in Baghdad on Tuesday.\n\n"
            "12/02/2025\n\nBy Rana Haddad\n\nMore talks are planned for next month in Moscow.")
    text_out = cleaned(text).text
    for line in ("Posted on February 12, 2025 by Staff Writer", "12/02/2025", "By Rana Haddad"):
        assert line in text_out


def test_rating_stars_are_dropped() -> None:
    body = "أعلنت الجزائر اليوم إغلاق مجالها الجوي أمام جميع الرحلات القادمة من مالي."
    assert cleaned(f"★★★★☆ (12 تقييم)\n\n{body}").text == body


def test_title_with_site_name_tail_is_not_repeated() -> None:
    body = "Troops left the town on Friday, officials said, ending a month-long siege."
    article = cleaned(f"Troops leave town after siege\n\n{body}",
                      title="Troops leave town after siege | Example News")
    assert article.text == f"Troops leave town after siege\n\n{body}"
    assert article.zones[0].kind == "title"


def test_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    text = ("Navy Seizes Tanker\nThe navy seized a tanker near the strait on Monday, the ministry "
            "said.\nOfficials of Sylvania condemned the seizure on Tuesday.")
    article = cleaned(text)
    assert [z.kind for z in article.zones] == ["title", "body", "body"]
    assert article.text.count("\n\n") == 2


@pytest.mark.parametrize("debris", [
    "We use cookies to improve your experience on our site. By continuing you agree.",
    "Advertisement - Scroll to continue",
    "Photo 3 of 12",
    "Getty Images",
    "Sign up for our newsletter",
    "Story continues below advertisement",
])
def test_page_chrome_lines_are_dropped(debris: str) -> None:
    body = "Rebels attacked a convoy near the border on Sunday, killing four soldiers."
    assert cleaned(f"{body}\n\n{debris}\n\n{body}").text == f"{body}\n\n{body}"


def test_teaser_card_captions_are_not_captions() -> None:
    paragraph = ("<p>The foreign ministers of Turkey and Ukraine agreed on Tuesday to reopen "
                 "a grain corridor across the Black Sea, officials in Ankara said on Tuesday.</p>")
    html = (f"<html><body><article>{paragraph * 3}"
            "<div class='related-stories'><figure><img src='a.jpg'>"
            "<figcaption>Rebels seize border town in raid</figcaption></figure></div>"
            "</article></body></html>")
    article = cleaned(html, fmt="html")
    assert "Rebels" not in article.text and zone_texts(article, "caption") == []


def test_fallback_text_skips_comment_sections() -> None:
    html = ("<html><body><p>Troops left the town on Friday.</p>"
            "<div id='comments'><p>Great article, totally agree with it.</p></div></body></html>")
    assert cleaned(html, fmt="html").text == "Troops left the town on Friday."
