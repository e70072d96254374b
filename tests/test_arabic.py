from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conflict_timeline.text.arabic import (
    fold,
    fold_digits,
    is_arabic,
    map_span,
    normalize,
    normalize_with_map,
    sentences,
    split_sentences,
    strip_prefixes,
)


def test_diacritics_and_tatweel_removed():
    assert normalize("القُوَّاتُ") == normalize("القوات")
    assert normalize("الجيـــش") == normalize("الجيش")


def test_alef_ya_ta_marbuta_hamza_folded():
    assert normalize("أربيل") == normalize("اربيل") == normalize("إربيل")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("القاعدة") == normalize("القاعده")
    assert normalize("آلاف") == normalize("الاف")


def test_hamza_forms_folded():
    # precomposed, decomposed (letter + combining hamza) and the rarer alef forms are one letter
    assert normalize("أ") == normalize("ا\u0654") == normalize("إ") == normalize("ا\u0655") == normalize("ٲ") == "ا"
    assert normalize("مسؤول") == normalize("مسو\u0654ول") == normalize("مسوول")
    assert normalize("رئيس") == normalize("ري\u0654يس") == normalize("رييس")
    assert normalize("اٴمريكا") == normalize("امريكا")  # the high hamza is a mark


def test_presentation_forms_and_ligatures():
    # text copied from a PDF: contextual letter forms and the lam-alef ligature
    assert normalize("ﺍﻟﻘﻮﺍﺕ ﺍﻷﻣﺮﻳﻜﻴﺔ") == normalize("القوات الأمريكية")
    assert normalize("ﻻ") == "لا"
    assert normalize("ﷲ") == normalize("الله")
    assert normalize("ﹰ") == ""  # a spacing form of a haraka is a haraka
    text = "قاعدة ﻋﻴﻦ ﺍﻷﺳﺪ"
    norm, offsets = normalize_with_map(text)
    i = norm.index(normalize("عين الأسد"))
    a, b = map_span(offsets, i, i + len(normalize("عين الأسد")))
    assert text[a:b] == "ﻋﻴﻦ ﺍﻷﺳﺪ"
    assert is_arabic("ﺍﻟﻘﻮﺍﺕ")


def test_persian_kurdish_and_urdu_letters():
    assert normalize("کرکوک") == normalize("كركوك")
    assert normalize("ایران") == normalize("ايران")
    assert normalize("گوران") == normalize("كوران")
    assert normalize("ھەولێر")[:2] == normalize("هه")
    assert normalize("پنتاگون") == normalize("بنتاكون")


def test_zero_width_and_direction_marks_deleted():
    marks = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\u00ad\ufeff\u202b\u202c\u2067\u2069\ufe0f"
    for mark in marks:
        text = f"ال{mark}عراق"
        norm, offsets = normalize_with_map(text)
        assert norm == "العراق", repr(mark)
        assert offsets == [0, 1, 3, 4, 5, 6, 7]
    assert normalize("قاعدة\u2002عين\u3000الأسد") == normalize("قاعدة عين الأسد")


def test_digits_eastern_and_persian():
    assert fold_digits("١٥٠٠ جندي") == "1500 جندي"
    assert fold_digits("۲۰۲۴") == "2024"
    assert len(fold_digits("٥ يناير ٢٠٢٤")) == len("٥ يناير ٢٠٢٤")
    assert normalize("٢٠٢٤") == "2024"


def test_spelling_variants():
    assert normalize("البنتاجون") == normalize("البنتاغون")
    assert normalize("الأميركية") == normalize("الأمريكية")
    assert normalize("والأميركيون") == normalize("والأمريكيون")
    assert normalize("أميركا") == normalize("أمريكا")


def test_punctuation_and_quotes():
    assert normalize("قال، ثم؛ لماذا؟") == "قال, ثم; لماذا?"
    assert normalize("«غير صحيحة»") == normalize('"غير صحيحه"')


def test_clitic_prefixes():
    assert normalize("العاصمة") in strip_prefixes("بالعاصمة")
    assert normalize("أعلن") in strip_prefixes("وأعلن")
    assert normalize("التحالف") in strip_prefixes("للتحالف")
    assert normalize("البنتاغون") in strip_prefixes("والبنتاجون")
    assert normalize("قاعدة") in strip_prefixes("لقاعدة")
    # a stem keeps at least two letters: "بل" is not "ب" + "ل"
    assert strip_prefixes("بل") == [normalize("بل")]


def test_offset_map_points_back_to_original():
    text = "وأعلنَ البنتاجون مقتل القائد بالعاصمة"
    norm, offsets = normalize_with_map(text)
    i = norm.index("البنتاغون")
    a, b = map_span(offsets, i, i + len("البنتاغون"))
    assert text[a:b] == "البنتاجون"
    j = norm.index("بالعاصمه")
    a, b = map_span(offsets, j, j + len("بالعاصمه"))
    assert text[a:b] == "بالعاصمة"


def test_sentences_arabic_punctuation_and_run_together():
    text = "نفى العراق الخبر.وأعلن الجيش الأمريكي أمس أن الهجوم فشل؟ نعم! وقال المتحدث: انتهى"
    got = [s for s, _, _ in sentences(text)]
    assert got == ["نفى العراق الخبر.", "وأعلن الجيش الأمريكي أمس أن الهجوم فشل؟", "نعم!", "وقال المتحدث: انتهى"]


def test_sentences_keep_abbreviations_and_decimals():
    text = "U.S. forces moved 2.5 km. Gen. Kurilla visited Jan. 5 the base. Then they left."
    got = [s for s, _, _ in sentences(text)]
    assert got == ["U.S. forces moved 2.5 km.", "Gen. Kurilla visited Jan. 5 the base.", "Then they left."]
    # military ranks written short: Brig. Gen., Cmdr., Cpl.
    text = "The losses were heavy, Brig. Gen. John Doe and Cmdr. Jane Roe said. Cpl. Ray Poe was hurt."
    assert [s for s, _, _ in sentences(text)] == [
        "The losses were heavy, Brig. Gen. John Doe and Cmdr. Jane Roe said.", "Cpl. Ray Poe was hurt."]


def test_sentences_keep_arabic_titles_lists_and_mark_runs():
    text = "وقال د. محمد الحسن إن القوات وصلت. وأضاف أ.د. علي أن الوضع هادئ؟! وصدر البيان في 1445 هـ. وانتهى"
    assert [s for s, _, _ in sentences(text)] == [
        "وقال د. محمد الحسن إن القوات وصلت.",
        "وأضاف أ.د. علي أن الوضع هادئ؟!",
        "وصدر البيان في 1445 هـ.",
        "وانتهى",
    ]
    text = "أبرز ما جاء في البيان:\n1. انسحاب القوات القتالية.\n2. بقاء المستشارين."
    assert [s for s, _, _ in sentences(text)] == [
        "أبرز ما جاء في البيان:", "1. انسحاب القوات القتالية.", "2. بقاء المستشارين."
    ]


def test_sentences_keep_agency_initials_web_addresses_and_clock_times():
    text = "وقال قائد ميداني لموقع «الخبر.نت» إن المعسكر أصيب (د.ب.أ). وأضاف أن الطائرات عادت."
    assert [s for s, _, _ in sentences(text)] == [
        "وقال قائد ميداني لموقع «الخبر.نت» إن المعسكر أصيب (د.ب.أ).", "وأضاف أن الطائرات عادت."]
    text = "At 6 a.m. local time the patrol left, a commander told Example.com on Monday. It returned."
    assert [s for s, _, _ in sentences(text)] == [
        "At 6 a.m. local time the patrol left, a commander told Example.com on Monday.", "It returned."]


def test_sentences_new_lines_are_breaks():
    text = "العنوان الأول\nفقرة أولى. فقرة ثانية\n\nفقرة ثالثة"
    assert [s for s, _, _ in sentences(text)] == ["العنوان الأول", "فقرة أولى.", "فقرة ثانية", "فقرة ثالثة"]
    text = "العنوان\u2028النص الأول\rالثاني\r\nالثالث\u2029"
    assert [s for s, _, _ in sentences(text)] == ["العنوان", "النص الأول", "الثاني", "الثالث"]


def test_is_arabic():
    assert is_arabic("نفى العراق دخول قوات")
    assert not is_arabic("Iraq denied new forces")
    assert not is_arabic("12345")


_EDGE_CHARS = (
    "أإآٱٲؤئءاويىةهکیگھەپ\u0654\u0655\u0674\u064e\u0651\u0640ﻻﻷﷲﺑﹰ\u200c\u200f\u061c\ufeff\u00ad"
    "٠١٢۳٫٬،؛؟«» \n.\u00a0\u2009aZ5"
)


def _check_map(text: str) -> None:
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(text)
    assert all(0 <= o < len(text) for o in offsets[:-1])
    assert normalize(text) == norm
    # every normalized character comes from the original character it points to (spelling variants
    # move letters inside a word, so compare the multiset of a word's letters there)
    if not any(v in norm for v in ("امريك", "غون", "غرينتش", "انكليز")):
        for i, ch in enumerate(norm):
            assert ch in normalize(text[offsets[i]]), (text, i)
    for i in range(len(norm) + 1):
        for j in range(i, min(len(norm), i + 4) + 1):
            a, b = map_span(offsets, i, j)
            assert 0 <= a <= b <= len(text)


@given(st.text())
def test_normalize_never_raises_and_map_is_consistent(text):
    _check_map(text)


@given(st.text(alphabet=st.sampled_from(_EDGE_CHARS)))
def test_offset_map_holds_on_hamza_ligature_and_zero_width_edge_cases(text):
    _check_map(text)


@given(st.text())
def test_split_sentences_spans_are_inside_and_ordered(text):
    prev = 0
    for a, b in split_sentences(text):
        assert prev <= a < b <= len(text)
        assert text[a:b].strip() == text[a:b]
        prev = b


@given(st.text(alphabet=st.characters(whitelist_categories=("Lo", "Mn", "Nd", "Zs", "Po"))))
def test_strip_prefixes_never_raises(word):
    out = strip_prefixes(word)
    assert out and out[0] == normalize(word)


def test_the_unmapped_fold_gives_the_mapped_text():
    """`fold` (and `normalize` for short strings) folds without working out offsets: it must give
    the text `normalize_with_map` gives, on every line of the bundled articles and on odd strings."""
    root = Path(__file__).resolve().parents[1] / "data" / "articles"
    lines = [line for path in sorted(root.iterdir()) if path.suffix in (".txt", ".md", ".html", ".csv", ".jsonl")
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    odd = ["قاعدة –بلد- الجوية", "البنتاجون أعلنَ", "ـــالعراقـــ ١٢٣", "A\u00a0B\u200fC", "US-led -x- مسيّرة", "إأآٱ ىة"]
    assert len(lines) > 100
    for text in lines + odd:
        assert fold(text) == normalize(text) == normalize_with_map(text)[0], text


@given(st.text(alphabet=st.sampled_from("ابةتىيءأإآؤئـًٌٍَُِّْ -–«»\"'., 0123456789٠١٢٣AbZ\u00a0\u200f\u200e")))
def test_fold_matches_the_mapped_text_on_any_text(text: str) -> None:
    assert fold(text) == normalize_with_map(text)[0]
