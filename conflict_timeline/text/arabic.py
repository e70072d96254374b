"""Arabic text for matching: normalization with an offset map, clitics, digits, sentences.

The original text is always kept for display; everything here serves matching. Functions that
change the length of the text return (or can return) a map from each normalized character back to
its offset in the original, so that a match found in normalized text is shown in the original.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .patterns import trie_regex

# Harakat, tanween, shadda, sukun, dagger alef, Quranic marks; tatweel.
_DIACRITICS = set(
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a"
    "\u065b\u065c\u065d\u065e\u065f\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1"
    "\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed\u0640"
)
# Zero-width and direction marks (the Arabic letter mark U+061C included), the word joiner and its
# invisible operators, the soft hyphen, the combining grapheme joiner, variation selectors, the BOM;
# the high hamza U+0674 is written after a letter as a mark.
_BIDI_AND_ZERO_WIDTH = set(
    "\u00ad\u034f\u061c\u0674\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
) | {chr(c) for c in range(0xFE00, 0xFE10)}

_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}

# One character in, one character out (or a deletion): the offset map stays simple.
_CHAR_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ٲ": "ا",  # alef with wavy hamza above / below, alef with high hamza
    "ٳ": "ا",
    "ٵ": "ا",
    "ٶ": "و",
    "ٸ": "ي",
    # Persian, Kurdish and Urdu letters, seen in names and tags typed on those keyboards
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",
    "ی": "ي",
    "ې": "ي",
    "ے": "ي",
    "ۀ": "ه",
    "ھ": "ه",
    "ہ": "ه",
    "ە": "ه",
    "ۃ": "ه",
    "پ": "ب",
    "چ": "ج",
    "ژ": "ز",
    "ڤ": "ف",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',  # (a double prime typed for a quotation mark: "عين الجوز″)
    "〃": '"',
    "«": '"',
    "»": '"',
    "‘": "'",
    "’": "'",
    "‹": "'",
    "›": "'",
    "\u00a0": " ",
    **{chr(c): " " for c in range(0x2000, 0x200B)},  # en quad .. hair space
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "–": "-",
    "—": "-",
    "ـ": "",
    **_DIGITS,
    **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
}

_DATA = Path(__file__).resolve().parents[2] / "data" / "text"

ARABIC_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_ARABIC_RE = re.compile(f"[{ARABIC_LETTER}\ufb50-\ufdff\ufe70-\ufefc]")  # presentation forms count too
_LATIN_RE = re.compile("[A-Za-z]")

# Clitic prefixes, longest first: conjunctions و ف, prepositions ب ل ك, the article ال.
_PREFIXES: tuple[str, ...] = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def fold_digits(text: str) -> str:
    """Eastern Arabic and Persian digits to ASCII; the length is unchanged."""
    if not text:
        return text
    return text.translate(_DIGIT_TABLE)


_DIGIT_TABLE = str.maketrans(_DIGITS)


_DELETE = _DIACRITICS | _BIDI_AND_ZERO_WIDTH | {ch for ch, rep in _CHAR_FOLD.items() if not rep}
_BASE_TABLE = str.maketrans({**{ch: None for ch in _DELETE}, **{ch: rep for ch, rep in _CHAR_FOLD.items() if rep}})


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (text copied from PDFs and old sites: ﺑ, the lam-alef ligature ﻻ,
    ﷲ) as their letters, folded like the rest; the spacing forms of the harakat are deleted."""
    out: dict[str, str] = {}
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        ch = chr(c)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:
            continue
        folded = decomposed.translate(_BASE_TABLE)
        out[ch] = folded if folded.strip() else ""
    return out


_PRESENTATION = _presentation_forms()
_DELETE |= {ch for ch, rep in _PRESENTATION.items() if not rep}
# characters that become two or more (ﻻ -> لا): the offset map repeats their offset
_WIDE = {ch: len(rep) for ch, rep in _PRESENTATION.items() if len(rep) > 1}
_WIDE_RE = re.compile("[" + "".join(sorted(_WIDE)) + "]")
_FOLD_TABLE = str.maketrans(
    {
        **{ch: None for ch in _DELETE},
        **{ch: rep for ch, rep in _PRESENTATION.items() if rep},
        **{ch: rep for ch, rep in _CHAR_FOLD.items() if rep},
    }
)
# every other character of the common ranges (Latin, Arabic, general punctuation) maps to itself:
# str.translate treats a character missing from the table as unchanged, but only after a failed
# lookup that costs far more than a found one
_FOLD_TABLE.update({c: c for c in (*range(0x800), *range(0x2000, 0x2070)) if c not in _FOLD_TABLE})
# the same table as a list indexed by code point, which str.translate reads faster than a dict; a
# character past its end is left as it is, as one missing from the dict is
_FOLD_LIST = [_FOLD_TABLE.get(c, c) for c in range(max(_FOLD_TABLE) + 1)]
_DELETE_RE = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_DELETE)) + "]")


def _fold_chars(text: str) -> tuple[str, list[int]]:
    """One pass of str.translate; offsets are only worked out when the length changes."""
    folded = text.translate(_FOLD_LIST)
    delete = _DELETE
    if text.isascii() or _WIDE_RE.search(text) is None:  # (the wide forms are Arabic)
        if len(folded) == len(text):
            return folded, list(range(len(text) + 1))
        offsets = list(range(len(text)))  # (less the characters deleted, found by one search)
        for i in reversed([m.start() for m in _DELETE_RE.finditer(text)]):
            del offsets[i]
    else:
        offsets = []
        for i, ch in enumerate(text):
            if ch in delete:
                continue
            offsets.extend([i] * _WIDE.get(ch, 1))
    offsets.append(len(text))
    return folded, offsets


def _read_variants() -> dict[str, str]:
    """Spelling variants of one word (`data/text/spelling_variants.csv`), folded after the
    characters. A variant matches inside words, so that clitics and suffixes are kept
    (والأميركية -> والامريكيه); keeping both spellings of equal length keeps the map one to one."""
    path = _DATA / "spelling_variants.csv"
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise RuntimeError(f"{path}: cannot read the spelling variants ({exc.strerror})") from exc
    pairs = {r["variant"].strip().translate(_FOLD_TABLE): r["canonical"].strip().translate(_FOLD_TABLE) for r in rows}
    return {a: b for a, b in pairs.items() if a and a != b}


_VARIANT_MAP = _read_variants()
_VARIANT_RE = re.compile(trie_regex(_VARIANT_MAP) if _VARIANT_MAP else r"(?!x)x")
_VARIANTS = tuple(sorted(_VARIANT_MAP))


def _fold_variants(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    for variant in _VARIANTS:
        if variant in text:
            break
    else:  # (a test of each variant with `in` costs less than a search of them as one pattern)
        return text, offsets
    out: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for m in _VARIANT_RE.finditer(text):
        out.append(text[pos : m.start()])
        new_offsets.extend(offsets[pos : m.start()])
        rep = _VARIANT_MAP[m.group()]
        out.append(rep)
        src = offsets[m.start() : m.end()]
        # map each replacement character to the source character at the same position (or the last)
        new_offsets.extend(src[min(k, len(src) - 1)] for k in range(len(rep)))
        pos = m.end()
    out.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(out), new_offsets


_DASHED_WORD = re.compile(r"(?<!\S)-([\u0621-\u064a]+)-(?!\S)")


@lru_cache(maxsize=8192)
def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize for matching and return, for each normalized character, its offset in `text`.

    The offsets list has one more entry than the normalized string: `len(text)`, so that an end
    offset `j` of a match maps to `offsets[j]`. Results are cached (the extractor, the date finder
    and the gazetteer read the same sentences): treat the list as read-only.
    """
    folded, offsets = _fold_chars(text)
    if "-" in folded:
        # one Arabic word between two dashes (قاعدة –بلد- الجوية) is a name set off as by quotation marks
        folded = _DASHED_WORD.sub(r'"\1"', folded)
    return _fold_variants(folded, offsets)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Normalize for matching: diacritics and tatweel removed, letters, digits, punctuation and
    spelling variants folded, ASCII letters lower-cased. Never use the result for display.

    The text of `normalize_with_map`; a short string (a word, a name) is folded with no offsets
    worked out, a longer one is most often a sentence the extractor has already mapped."""
    if len(text) > 60:
        return normalize_with_map(text)[0]
    return fold(text)


def fold(text: str) -> str:
    """The text of `normalize`, neither cached nor mapped: for a long text read once (a whole page)."""
    folded = text.translate(_FOLD_LIST)
    if "-" in folded:
        folded = _DASHED_WORD.sub(r'"\1"', folded)
    for variant in _VARIANTS:
        if variant in folded:
            return _VARIANT_RE.sub(_variant_of, folded)
    return folded


def _variant_of(m: re.Match[str]) -> str:
    return _VARIANT_MAP[m.group()]


def map_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span of normalized text back to the original text."""
    if start >= len(offsets) - 1:
        return offsets[-1], offsets[-1]
    orig_start = offsets[start]
    orig_end = offsets[end - 1] + 1 if end > start else orig_start
    return orig_start, orig_end


def is_arabic(text: str) -> bool:
    """True when Arabic letters outnumber Latin letters."""
    ar = len(_ARABIC_RE.findall(text))
    la = len(_LATIN_RE.findall(text))
    return ar > 0 and ar >= la


def strip_prefixes(word: str) -> list[str]:
    """Candidate stems of a (normalized) word after removing clitic prefixes, the word itself first.

    `بالعاصمة` gives `بالعاصمه`, `العاصمه`, `عاصمه`; a stem keeps at least two letters, and the
    article is restored after a stripped preposition (`بالعاصمه` -> `العاصمه`).
    """
    word = normalize(word)
    out = [word]
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p) :]
            if p.endswith("ال") or p == "لل":
                if p != "ال":
                    out.append("ال" + stem)
            out.append(stem)
    seen: set[str] = set()
    return [w for w in out if not (w in seen or seen.add(w))]


# --- sentences ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words written with a full stop that does not end the sentence (`data/text/abbreviations.csv`):
    `Gen.`, `U.S.`, and the Arabic titles `د.` (doctor) and `أ.د.` (professor), in normalized form."""
    with (_DATA / "abbreviations.csv").open(encoding="utf-8-sig", newline="") as fh:
        return frozenset(normalize(row["word"].strip()).strip(".") for row in csv.DictReader(fh) if row["word"].strip())


# A full stop, question or exclamation mark (Arabic or Latin), or an ellipsis, closes a sentence.
_END_RE = re.compile(r"(\.\.\.|…|[.!?؟][!?؟]*)([\"'”»)\]]*)")  # ؟! and ?! stay together
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_WORD_BEFORE_STOP = re.compile(f"(?:^|(?<=[\\s(\"'«]))([A-Za-z{ARABIC_LETTER}.]+)$")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}")
_LINE_RE = re.compile("[^\r\n\u2028\u2029]+")  # new lines, lone carriage returns, Unicode line separators
_WORD_CHAR = re.compile(r"\w")
# a web address's ending right after its dot (السورية.نت, "Al-Monitor.com"): no sentence ends there
_DOMAIN_END = re.compile(f"(?:نت|كوم|net|com|org|info|tv)(?![A-Za-z{ARABIC_LETTER}])", re.I)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in `text` (original offsets), whitespace trimmed.

    Handles Arabic punctuation, new lines (also a lone carriage return and U+2028/U+2029) as hard
    breaks, and sentences run together without a space after the full stop (`...الماضي.وأعلن ...`);
    keeps decimal numbers (`2.5`), initials, abbreviations (`U.S.`, `Gen.`, `د.`) and the number of
    a list item (`1. ...`) inside a sentence.
    """
    spans: list[tuple[int, int]] = []
    for line_match in _LINE_RE.finditer(text):
        line_start = line_match.start()
        line = line_match.group()
        start = 0
        for m in _END_RE.finditer(line):
            end = m.end()
            if _is_false_break(line, m.start(), end):
                continue
            _append_span(spans, line, line_start, start, end)
            start = end
        _append_span(spans, line, line_start, start, len(line))
    return spans


def _is_false_break(line: str, mark: int, end: int) -> bool:
    if line[mark] != ".":
        return False
    before = line[mark - 1] if mark > 0 else ""
    after = line[end] if end < len(line) else ""
    if before.isdigit() and after.isdigit():
        return True  # 2.5
    if not before.isalpha():
        if _LIST_NUMBER.fullmatch(line, 0, mark) and after.isspace():
            return True  # a numbered list item: "1. ..."
    else:
        word = _WORD_BEFORE_STOP.search(line, max(0, mark - 12), mark)  # abbreviations are short
        if word:
            w = normalize(word.group(1)).strip(".")
            if w in _abbreviations() or (len(w) == 1 and w.isascii()) or _INITIALS.fullmatch(word.group(1).strip(".")):
                return True  # U.S. forces, Gen. Kurilla, J. Smith, George H.W. Bush, د. محمد
            if "." in w and all(len(part) == 1 for part in w.split(".")):
                return True  # an agency's initials: (أ.ف.ب), (د.ب.أ)
        if _DOMAIN_END.match(line, end):
            return True  # the dot of a web address
    if after and after.islower() and after.isascii():
        return True  # a lower-case continuation is not a new sentence
    return False


def _append_span(spans: list[tuple[int, int]], line: str, offset: int, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped or not _WORD_CHAR.search(stripped):
        return
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    spans.append((offset + start + lead, offset + end - trail))


def sentences(text: str) -> list[tuple[str, int, int]]:
    """Sentences with their offsets."""
    return [(text[a:b], a, b) for a, b in split_sentences(text)]
