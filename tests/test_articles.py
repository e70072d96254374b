"""Reading article files: aggregator pages, metadata, encodings, HTML, records, bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conflict_timeline import articles
from conflict_timeline.articles import parse_text, read_file, read_paths
from conflict_timeline.errors import InputError

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


# -- aggregator pages ---------------------------------------------------------------------------


def test_arabic_aggregator_page_is_split_into_two_articles() -> None:
    first, second = read_file(FIXTURES / "aggregator_ar.txt")
    assert first.title == "وزارة الدفاع تعلن وصول تعزيزات إلى قاعدة حرير"
    assert first.published == date(2024, 3, 3)
    assert first.source == "وكالة الأنباء المحلية"
    assert first.tags == ("قاعدة حرير", "أربيل", "وزارة الدفاع")
    assert first.related == ("البرلمان يناقش مشروع قانون الموازنة العامة",)
    assert first.language == "ar"
    assert first.index == 0 and second.index == 1
    # the body: three paragraphs, none of the furniture, the related headline or the footer
    lines = first.body.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("أعلنت وزارة الدفاع")
    assert lines[2].startswith("وأضاف المتحدث")
    for furniture in ("تابعونا", "شارك", "البرلمان يناقش", "المصدر", "كلمات دلالية", "10:45"):
        assert furniture not in first.body
    assert second.title == "طائرة مسيرة تستهدف موقعا قرب مطار أربيل"
    assert second.published is None  # never the first article's date
    assert second.body.startswith("استهدفت طائرة مسيرة")
    assert "©" not in second.body and "الحقوق" not in second.body
    assert first.article_id != second.article_id
    assert first.path.endswith("aggregator_ar.txt")


def test_header_clock_is_not_a_publication_date() -> None:
    page = "الثلاثاء 5 مارس 2024\nعنوان الخبر الأول\nجملة أولى في متن الخبر عن القوات.\n"
    (article,) = parse_text(page)
    assert article.title == "عنوان الخبر الأول"
    assert article.published is None
    assert article.body == "جملة أولى في متن الخبر عن القوات."


def test_a_published_adjective_before_a_date_line_dates_the_article() -> None:
    # منشور ("published") with a weekday and a date under the title: the publication line
    page = "عنوان الخبر الأول\nمنشور الثلاثاء 6 أغسطس 2024\nجملة أولى في متن الخبر عن القوات.\n"
    (article,) = parse_text(page)
    assert article.published == date(2024, 8, 6)
    assert article.body == "جملة أولى في متن الخبر عن القوات."


def test_english_aggregator_page() -> None:
    first, second = read_file(FIXTURES / "aggregator_en.txt")
    assert first.title == "Coalition convoy reaches Erbil base"
    assert first.published == date(2024, 3, 4)
    assert first.source == "Local Wire"
    assert first.tags == ("Erbil", "coalition", "convoy")
    assert first.related == ("Parliament debates the budget bill",)
    assert first.language == "en"
    assert first.body.split("\n")[0].startswith("A convoy of coalition vehicles")
    assert "Share" not in first.body and "Tweet" not in first.body
    assert second.title == "Drone strike reported near the border"
    assert second.published is None
    assert second.body == "A drone struck a vehicle near the border crossing, a local official said."


def test_published_argument_fills_only_undated_articles() -> None:
    first, second = read_file(FIXTURES / "aggregator_ar.txt", published=date(2024, 5, 1))
    assert first.published == date(2024, 3, 3)
    assert second.published == date(2024, 5, 1)


def test_read_also_spellings_and_inline_headline() -> None:
    for marker in ("اقرأ أيضاً", "إقرأ أيضا:", "اقرا ايضا", "Read more"):
        page = f"عنوان\nالفقرة الأولى.\n{marker}\nعنوان مرتبط\nالفقرة الثانية.\n"
        (article,) = parse_text(page)
        assert article.related == ("عنوان مرتبط",), marker
        assert article.body == "الفقرة الأولى.\nالفقرة الثانية.", marker
    (article,) = parse_text("Title\nFirst paragraph.\nRead more: A related story\nSecond paragraph.\n")
    assert article.related == ("A related story",)
    assert article.body == "First paragraph.\nSecond paragraph."


def test_sentence_starting_with_a_label_word_stays_in_the_body() -> None:
    (article,) = parse_text("Title\nRelated reports said the convoy left.\nPublished reports differ.\n")
    assert article.body == "Related reports said the convoy left.\nPublished reports differ."
    assert article.related == ()


def test_sentence_opening_with_a_publication_word_and_a_date_stays_in_the_body() -> None:
    sentence = "Posted on 5 January 2024, the troops arrived at the base."
    (article,) = parse_text(f"Title\nBody one.\n{sentence}\n")
    assert article.body == f"Body one.\n{sentence}" and article.published is None
    (article,) = parse_text("Title\nPublished March 4, 2024\nBody one.\n")  # a bare date after the word: a label
    assert article.published == date(2024, 3, 4) and article.body == "Body one."


def test_body_is_paragraphs_joined_by_newline() -> None:
    (article,) = parse_text("  Title  \n\n  First   paragraph.  \r\n\r\nSecond paragraph.\n")
    assert article.body == "First paragraph.\nSecond paragraph."
    assert article.article_id == articles.Article.make_id("Title", article.body)


def test_dated_article_without_marker_starts_a_new_article() -> None:
    page = ("First title\nPublished: 2024-01-02\nFirst body.\n"
            "Second title\nPublished: 2024-01-05\nSecond body.\n")
    first, second = parse_text(page)
    assert (first.title, first.published, first.body) == ("First title", date(2024, 1, 2), "First body.")
    assert (second.title, second.published, second.body) == ("Second title", date(2024, 1, 5), "Second body.")


def test_markdown_front_matter_and_heading() -> None:
    text = ("---\npublished: 2024-04-01\nsource: Wire\nurl: http://w/1\ntags: [a, b]\n---\n# A heading\n\n"
            "Some **bold** text with [a link](http://x).\n")
    (article,) = parse_text(text, "a.md", suffix=".md")
    assert article.title == "A heading"
    assert article.published == date(2024, 4, 1)
    assert (article.source, article.url, article.tags) == ("Wire", "http://w/1", ("a", "b"))
    assert article.body == "Some bold text with a link."
    # a source line of the page itself wins over the front matter
    (article,) = parse_text(text.replace("# A heading\n", "# A heading\nSource: Agency\n"), "a.md", suffix=".md")
    assert article.source == "Agency"


# -- encodings ----------------------------------------------------------------------------------

ARABIC_PAGE = "عنوان الخبر\nتاريخ النشر: 2024-01-15\nنفت الحكومة وصول قوات إضافية إلى القاعدة.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(ARABIC_PAGE.encode(encoding))
    (article,) = read_file(path)
    assert article.title == "عنوان الخبر"
    assert article.published == date(2024, 1, 15)
    assert article.body == "نفت الحكومة وصول قوات إضافية إلى القاعدة."


# -- HTML ---------------------------------------------------------------------------------------


def test_html_page() -> None:
    (article,) = read_file(FIXTURES / "page.html")
    assert article.title == "مقتل مسلحين في غارة جوية قرب القائم"
    assert article.published == date(2024, 2, 10)  # the meta tag, not the header clock (2025)
    assert article.body.split("\n") == [
        "قتل ثلاثة مسلحين في غارة جوية استهدفت سيارة قرب مدينة القائم غرب العراق.",
        "وقال مصدر أمني إن الغارة وقعت فجر اليوم.",
    ]
    for hidden in ("console", "إعلان", "clock", "الرئيسية", "فيسبوك", "واتساب", "الأكثر قراءة", "الحقوق"):
        assert hidden not in article.body


def test_html_time_element_and_title_fallback() -> None:
    html = ("<html><head><title>Base attacked | Site</title></head><body>"
            "<header><time datetime='2030-01-01'>clock</time></header>"
            "<article><time datetime='2024-06-02'>2 June</time><p>Rockets hit the base.</p></article>"
            "</body></html>")
    (article,) = parse_text(html, "x.html", suffix=".html")
    assert article.title == "Base attacked"
    assert article.published == date(2024, 6, 2)
    assert article.body == "Rockets hit the base."


# -- records ------------------------------------------------------------------------------------


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"title": "T1", "text": "Body one.\nMore.", "published": "2024-01-03", "source": "S", "url": "http://u/1",
         "tags": ["a", "b"]},
        {"title": "T2", "text": "Body two.", "published": None, "source": "S2", "url": ""},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    one, two = read_file(path, published=date(2024, 2, 1))
    assert (one.title, one.body, one.published, one.tags, one.url) == (
        "T1", "Body one.\nMore.", date(2024, 1, 3), ("a", "b"), "http://u/1")
    assert two.published == date(2024, 2, 1)
    assert (one.index, two.index) == (0, 1)
    assert one.language == "en"


def test_json_object_and_list(tmp_path: Path) -> None:
    obj = tmp_path / "one.json"
    obj.write_text(json.dumps({"title": "عنوان", "text": "نص الخبر.", "tags": "أ، ب"}), encoding="utf-8")
    (article,) = read_file(obj)
    assert article.tags == ("أ", "ب") and article.language == "ar"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"title": "A", "text": "x."}, {"title": "B", "text": "y."}]), encoding="utf-8")
    assert [a.title for a in read_file(many)] == ["A", "B"]


def test_csv_records(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('title,text,published,source,url,tags\nT,"Line one.\nLine two.",2024-03-01,Source: S,,x;y\n',
                    encoding="utf-8")
    (article,) = read_file(path)
    assert article.source == "S"
    assert article.body == "Line one.\nLine two."
    assert article.published == date(2024, 3, 1)
    assert article.tags == ("x", "y")
    for delimiter in (";", "\t"):  # spreadsheet exports
        path.write_text(f'title{delimiter}Text\nT{delimiter}"Body, with a comma."\n', encoding="utf-8")
        (article,) = read_file(path)
        assert (article.title, article.body) == ("T", "Body, with a comma."), delimiter


# -- bad input ----------------------------------------------------------------------------------


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        read_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return info.value


def test_bad_inputs(tmp_path: Path) -> None:
    cases = {
        "empty.txt": (b"  \n\n", "empty"),
        "binary.txt": (b"abc\x00\x01\x02def", "binary"),
        "latin.txt": ("caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1"), "undecodable"),
        "bad.json": (b'{"title": "x",\n "text": }', "line 2"),
        "notext.json": (b'{"title": "x"}', "no text"),
        "bad.jsonl": (b'{"text": "ok"}\n{"text": broken}\n', "line 2"),
        "bad.csv": (b'title,text\nA,"fine"\nB,"x",extra\n', "line 3"),
        "nocol.csv": (b"title,body_text\nA,b\n", "no 'text' column"),
        "furniture.txt": ("شارك\nتابعونا\n".encode(), "no article text"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        err = _error(path)
        assert reason in err.reason, (name, err.reason)


def test_odd_json_documents_are_input_errors(tmp_path: Path) -> None:
    cases = {
        "deep.json": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        "long.json": ('{"text": "x", "n": ' + "9" * 5000 + "}", "invalid JSON"),
        "deep.jsonl": ('{"text": "ok"}\n' + "[" * 100_000 + "]" * 100_000 + "\n", "at line 2: nested too deeply"),
        "string.json": ('"just a string"', "expected a JSON object, got str"),
        "empty-list.json": ("[]", "no articles"),
        "number-text.json": ('{"title": "t", "text": 5}', "no text"),
    }
    for name, (text, reason) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert reason in _error(path).reason, name


def test_record_fields_of_unexpected_types(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    rows = [{"title": "T", "text": "Body.", "tags": 5, "related": 7, "language": "Arabic"},
            {"title": "T2", "text": "Body two.", "tags": ["a", None, " b  c "], "related": "x\n\ny",
             "language": "EN"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    one, two = read_file(path)
    assert (one.tags, one.related, one.language) == (("5",), ("7",), "en")  # not ours: detected
    assert (two.tags, two.related, two.language) == (("a", "b c"), ("x", "y"), "en")


def test_too_large_unreadable_missing_and_unsupported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (articles.MAX_BYTES + 1))
    assert "larger than 5 MB" in _error(big).reason
    assert "no such file" in _error(tmp_path / "missing.txt").reason
    assert "no such file" in _error(tmp_path / "missing-folder").reason
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    assert "unsupported file type '.pdf'" in _error(tmp_path / "x.pdf").reason
    (tmp_path / "folder.txt").mkdir()
    assert _error(tmp_path / "folder.txt").reason == "is a directory"
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\nBody.\n", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert "cannot read" in _error(locked).reason


def test_read_paths_walks_folders_and_reports_errors(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B\nBody b.\n", encoding="utf-8")
    (tmp_path / "sub" / "a.md").write_text("A\nBody a.\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "empty.txt").write_bytes(b"")
    results = list(read_paths([tmp_path]))
    assert [p.name for p, _ in results] == ["b.txt", "empty.txt", "a.md"]
    assert isinstance(results[1][1], InputError)
    assert [a.title for a in results[0][1]] == ["B"]


# -- the seed -----------------------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed folder is not available")
def test_seed_page() -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    found = read_file(seed)
    assert len(found) == 2
    first, second = found
    assert first.published == date(2024, 1, 15)
    assert len(first.related) >= 1 and first.tags
    assert first.source
    assert second.published is None
    assert second.title and second.title != first.title
    assert not second.body.startswith(second.title)
    for article in found:
        assert "اقرأ أيضاً" not in article.body and "كلمات دلالية" not in article.body
        for headline in article.related:
            assert headline not in article.body


def test_short_sentences_with_dates_or_times_stay_in_the_body() -> None:
    body = ["وفي 5 يناير 2024 وصلت القوات.", "وصلت القوات الساعة 10:30", "On March 3, 2024 troops arrived."]
    (article,) = parse_text("عنوان\n" + "\n".join(body) + "\n12:30\nالخميس 12 ديسمبر 2025 - 09:15\n")
    assert article.body.split("\n") == body


def test_cp1256_page_with_mostly_english_text(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    text = "Coalition statement\nThe coalition said in a long English statement that the base (قاعدة) was hit.\n"
    path.write_bytes(text.encode("cp1256"))
    (article,) = read_file(path)
    assert "قاعدة" in article.body and article.language == "en"


def test_source_line_under_the_title_is_metadata_not_a_footer() -> None:
    (article,) = parse_text("Title\nPublished: 2024-02-02\nSource: Wire\nFirst paragraph.\nSecond paragraph.\n")
    assert article.source == "Wire"
    assert article.body == "First paragraph.\nSecond paragraph."


def test_ticker_lines_are_dropped_unless_they_are_a_dated_title() -> None:
    (article,) = parse_text("عاجل: خبر آخر في الشريط\nالعنوان الحقيقي\nنص الخبر.\n")
    assert article.title == "العنوان الحقيقي"
    (article,) = parse_text("عاجل: مقتل ثلاثة جنود\nتاريخ النشر: 2024-01-28\nنص الخبر.\n")
    assert article.title == "عاجل: مقتل ثلاثة جنود" and article.published == date(2024, 1, 28)
