from hypothesis import given
from hypothesis import strategies as st

from conflict_timeline.text.arabic import (
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


def test_sentences_new_lines_are_breaks():
    text = "العنوان الأول\nفقرة أولى. فقرة ثانية\n\nفقرة ثالثة"
    assert [s for s, _, _ in sentences(text)] == ["العنوان الأول", "فقرة أولى.", "فقرة ثانية", "فقرة ثالثة"]


def test_is_arabic():
    assert is_arabic("نفى العراق دخول قوات")
    assert not is_arabic("Iraq denied new forces")
    assert not is_arabic("12345")


@given(st.text())
def test_normalize_never_raises_and_map_is_consistent(text):
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)
    assert normalize(text) == norm


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
