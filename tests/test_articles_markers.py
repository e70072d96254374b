"""Reading pages as their sites write them: the page markers of data/text/page_markers.csv
(bylines, dates, related links, site furniture) and pages without a headline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflict_timeline import articles
from conflict_timeline.articles import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# -- page markers (data/text/page_markers.csv) --------------------------------------------------


def _markers(kind: str) -> tuple[str, ...]:
    import csv

    with articles.MARKERS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["kind"] == kind]
    assert rows, kind
    return tuple(m for r in rows for m in r["markers"].split("|"))


def test_every_page_marker_of_the_data_file_is_recognized() -> None:
    for marker in _markers("published"):
        (article,) = parse_text(f"Title\n{marker}: 2024-01-02\nBody text.\n")
        assert article.published == date(2024, 1, 2), marker
    for marker in _markers("read_also"):
        (article,) = parse_text(f"Title\nBody one.\n{marker}\nA related headline\nBody two.\n")
        assert article.related == ("A related headline",), marker
        assert article.body == "Body one.\nBody two.", marker
    for marker in _markers("source"):
        (article,) = parse_text(f"Title\nBody one.\n{marker}: Wire\n")
        assert article.source == "Wire" and article.body == "Body one.", marker
    for marker in _markers("tags"):
        (article,) = parse_text(f"Title\nBody one.\n{marker}: a, b\n")
        assert article.tags == ("a", "b") and article.body == "Body one.", marker
    for marker in _markers("ticker"):
        (article,) = parse_text(f"Title\nBody one.\n{marker}: another story\nBody two.\n")
        assert article.body == "Body one.\nBody two.", marker
    for marker in _markers("copyright"):
        (article,) = parse_text(f"Title\nBody one.\n{marker} 2024 Site\n")
        assert article.body == "Body one.", marker
    for marker in _markers("share_trigger"):
        assert articles.is_furniture(f"{marker} facebook twitter"), marker
    assert not articles.is_furniture("Share prices fell in Baghdad after the attack on the base.")


def test_lists_of_related_headlines_stay_out_of_the_body() -> None:
    # inside the body: every headline of the list, up to the next sentence
    (article,) = parse_text("Title\nFirst paragraph.\nRead more:\nHeadline A\nHeadline B\nSecond paragraph.\n")
    assert article.related == ("Headline A", "Headline B")
    assert article.body == "First paragraph.\nSecond paragraph."
    # after the footer: a list of headlines, not a second article
    page = ("عنوان\nتاريخ النشر: 2024-03-04\nوصلت قافلة إلى القاعدة يوم الاثنين، وفق مسؤولين.\nالمصدر: واع\n"
            "اقرأ أيضاً:\nعنوان مرتبط أول\nعنوان مرتبط ثان\nعنوان مرتبط ثالث\n")
    (article,) = parse_text(page)
    assert article.related == ("عنوان مرتبط أول", "عنوان مرتبط ثان", "عنوان مرتبط ثالث")
    assert article.body == "وصلت قافلة إلى القاعدة يوم الاثنين، وفق مسؤولين." and article.source == "واع"
    # an article of short lines after a footer, with no "read also" label, is still an article
    first, second = parse_text("T1\nBody one.\nSource: Wire\nWire briefs\nTroops arrive in Erbil\nConvoy reaches base\n")
    assert (second.title, second.body) == ("Wire briefs", "Troops arrive in Erbil\nConvoy reaches base")
    assert first.related == ()
    # a headline followed by a publication line is still the title of the next article
    first, second = parse_text("T1\nBody one.\nRead more:\nHeadline A\nT2\nPublished: 2024-01-05\nBody two.\n")
    assert first.related == ("Headline A",) and (second.title, second.body) == ("T2", "Body two.")


def test_hashtag_lines_are_furniture() -> None:
    (article,) = parse_text("عنوان\nوصلت قافلة إلى القاعدة.\n#العراق #سوريا #القوات_الأمريكية\n")
    assert article.body == "وصلت قافلة إلى القاعدة."
    assert not articles.is_furniture("#1 priority: troops arrived at the base.")


def test_html_page_with_several_article_elements() -> None:
    html = ("<html><head><title>Latest | Site</title><meta name='date' content='2024-06-03'></head><body>"
            "<article><h2>Rockets hit the base</h2><time datetime='2024-06-02'>2 June</time>"
            "<p>Rockets hit the base on Sunday.</p></article>"
            "<article><h2>Convoy arrives</h2><time datetime='2024-05-30'>30 May</time>"
            "<p>A convoy arrived at the airport.</p><div class='share'>Share</div></article>"
            "<article><h2>Undated note</h2><p>Officials met in Baghdad.</p></article>"
            "</body></html>")
    first, second, third = parse_text(html, "x.html", suffix=".html")
    assert (first.title, first.published, first.body) == (
        "Rockets hit the base", date(2024, 6, 3), "Rockets hit the base on Sunday.")  # the page's meta date
    assert (second.title, second.published, second.body) == (
        "Convoy arrives", date(2024, 5, 30), "A convoy arrived at the airport.")
    assert (third.title, third.published) == ("Undated note", None)  # never another article's date


def test_html_byline_is_not_body_but_its_time_dates_the_article() -> None:
    html = ("<article><h1>Strike in Baghdad</h1>"
            "<p class='byline'>By Desk staff · <time datetime='2024-02-08T06:45:00Z'>8 February</time></p>"
            "<p>A drone struck a car in Baghdad.</p>"
            "<aside class='related'><time datetime='2023-01-01'>old</time><p>Older story</p></aside></article>")
    (article,) = parse_text(html, "x.html", suffix=".html")
    assert article.body == "A drone struck a car in Baghdad."
    assert article.published == date(2024, 2, 8)


def test_html_related_stories_outside_an_aside_are_not_articles() -> None:
    html = ("<article><h1>Strike in Baghdad</h1><p>A drone struck a car in Baghdad.</p></article>"
            "<section class='related-stories'><article><h2>Older story</h2><p>Troops left the base.</p></article>"
            "</section>")
    (article,) = parse_text(html, "x.html", suffix=".html")
    assert article.body == "A drone struck a car in Baghdad."


# -- pages without a headline ---------------------------------------------------------------------


def test_one_paragraph_page_is_its_body() -> None:
    text = "قالت وزارة الدفاع إن قافلة عسكرية غادرت القاعدة فجر اليوم متجهة نحو الحدود."
    (article,) = parse_text(text, "one.txt")
    assert article.title == ""
    assert article.body == text


def test_a_paragraph_is_not_a_headline() -> None:
    lead = ("The ministry said on Monday that a convoy of about forty trucks left the northern base, "
            "and that the handover to the local army units would be completed within the week.")
    (article,) = parse_text(f"{lead}\nA second paragraph adds the details of the handover.\n", "lead.txt")
    assert article.title == ""
    assert article.body.startswith("The ministry said on Monday")


def test_a_question_headline_is_a_title() -> None:
    (article,) = parse_text("Why did the convoy leave the base?\nThe convoy left on Monday.\n", "q.txt")
    assert article.title == "Why did the convoy leave the base?"
    assert article.body == "The convoy left on Monday."


def test_wrapped_text_is_joined_into_its_sentences() -> None:
    text = ("The ministry said that\nthe convoy of forty trucks left\nthe northern base at dawn\n"
            "on Monday.\nA second convoy\nfollowed it two days later\nalong the same road.\n")
    (article,) = parse_text(text, "wrapped.txt")
    assert article.title == ""  # a line ending with "that" goes on in the next one
    assert article.body.split("\n") == [
        "The ministry said that the convoy of forty trucks left the northern base at dawn on Monday.",
        "A second convoy followed it two days later along the same road."]


def test_a_wire_dateline_opens_the_body_and_its_wrapped_line_goes_on() -> None:
    text = ("BAGHDAD, March 3 (Reuters) - Three rockets landed near\nthe airport of the capital late on\n"
            "Sunday, police sources said, the second such attack\nthis week.\nNo group said it\nfired them.\n")
    (article,) = parse_text(text, "wire.txt")
    assert article.title == ""
    assert article.body.split("\n")[0].startswith("BAGHDAD, March 3 (Reuters) - Three rockets landed near the airport")
    (article,) = parse_text("AMMAN Jan 9 Troops left\nthe base on Friday\nafter the talks.\nMore will go\nnext month.\n")
    assert article.title == "" and article.body.startswith("AMMAN Jan 9 Troops left the base on Friday")
    # a headline in capitals with no date after it is still a title
    (article,) = parse_text("TROOPS LEAVE THE BASE ON FRIDAY\nThe last troops left the base on Friday.\n")
    assert article.title == "TROOPS LEAVE THE BASE ON FRIDAY"


def test_one_paragraph_per_line_is_not_joined() -> None:
    text = ("Title of the page\nThe first paragraph is long enough to be a paragraph of its own and ends well.\n"
            "A subheading\nThe second paragraph is also long enough to stand on its own and ends well.\n")
    (article,) = parse_text(text, "plain.txt")
    assert article.body.count("\n") == 2


@pytest.mark.parametrize("line", [
    "The agreement, signed on Monday, says all rights reserved to Iraq over the airspace and its bases.",
    "Photographs from the base (c) 2024 Reuters show the damaged hangars after the drone attack.",
    "وقالت الوزارة إن الصور المنشورة © 2024 تظهر آثار الهجوم على قاعدة عين الأسد في الأنبار.",
    "وأكد البيان أن جميع الحقوق محفوظة للعراق في أجوائه وأن القوات الأجنبية لا تملك حق استخدامها.",
])
def test_a_body_line_that_mentions_a_copyright_mark_stays(line: str) -> None:
    (article,) = parse_text(f"Title\nBody one.\n{line}\nBody two.\n")
    assert article.body == f"Body one.\n{line}\nBody two."


@pytest.mark.parametrize("line", [
    "© 2024 Al Jazeera Media Network. All rights reserved.",
    "جميع الحقوق محفوظة © 2024 لموقع الخليج الجديد",
    "Reuters © 2024",
    "Copyright 2024 Example News",
    "(c) 2024 Example News",
])
def test_a_whole_short_copyright_line_is_furniture(line: str) -> None:
    (article,) = parse_text(f"Title\nBody one.\n{line}\n")
    assert article.body == "Body one."


def test_a_breadcrumb_trail_is_not_part_of_the_title() -> None:
    (article,) = parse_text("Home > World > Middle East > Convoy leaves the northern base\n"
                            "The convoy left the base on Monday, officials said.\n", "crumbs.txt")
    assert article.title == "Convoy leaves the northern base"


def test_a_headline_with_a_story_list_stamp_is_page_furniture():
    from conflict_timeline.page_markers import is_furniture

    assert is_furniture("Danish jets hit targets near Mosul GMT 09:14 2016 Tuesday ,12 April")
    assert is_furniture("Strike kills three militants in YemenGMT 18:56 2018 Wednesday ,03 January")  # glued
    # a sentence that ends before the stamp, or names the hour in its text, is body text
    assert not is_furniture("The strike killed two people on Monday, officials said at 10:00 GMT.")
    assert not is_furniture("Danish jets hit targets near Mosul on Tuesday. GMT 09:14 2016 Tuesday ,12 April")


def test_a_date_and_time_under_the_headline_date_the_page_and_a_clock_above_it_does_not() -> None:
    page = ("مقتل جنديين في هجوم على قاعدة عسكرية شمال العراق\n"
            "14.03.2023 | 18:40\n"
            "أعلنت وزارة الدفاع مقتل جنديين في هجوم على قاعدة شمال العراق.\n")
    (art,) = parse_text(page, "stamp.txt")
    assert art.published == date(2023, 3, 14)
    assert "18:40" not in art.body
    # the site's clock above the headline, or a date under a two-word label, dates nothing
    page = ("الأحد 30 نوفمبر 2025 | 10:15\n"
            "مقتل جنديين في هجوم على قاعدة عسكرية شمال العراق\n"
            "أعلنت وزارة الدفاع مقتل جنديين في هجوم على قاعدة شمال العراق.\n")
    (art,) = parse_text(page, "clock.txt")
    assert art.published is None
    page = ("الوضع المظلم\n"
            "الأحد 30 نوفمبر 2025 | 10:15\n"
            "أعلنت وزارة الدفاع مقتل جنديين في هجوم على قاعدة شمال العراق.\n")
    (art,) = parse_text(page, "clock.txt")
    assert art.published is None
