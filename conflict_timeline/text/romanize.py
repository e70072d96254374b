"""A readable Latin spelling of an Arabic place name the gazetteer lacks (البارة -> al-Bara).

Arabic writes no short vowels, so no rule can give the spelling a map uses; this one gives a
consistent, readable label for a name an English reader would otherwise not see at all: the
article as "al-", one Latin letter or digraph per consonant, alif, waw and ya as long vowels between
consonants, ta marbuta as "a". The Arabic name is always kept beside it.
"""

from __future__ import annotations

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ئ": "'", "ؤ": "'",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ک": "k", "ی": "y",
}
_ALIFS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a"}
_MARKS = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670")


def romanize(name: str) -> str:
    """The Latin label of an Arabic name, word by word; a name already in Latin letters is kept."""
    words = [_word("".join(ch for ch in w if ch not in _MARKS)) for w in name.split()]
    return " ".join(w for w in words if w)


def _word(word: str) -> str:
    if not word or word.isascii():
        return word
    article = ""
    if word.startswith("ال") and len(word) > 3:
        article, word = "al-", word[2:]
    units: list[tuple[str, bool]] = []  # (letters, is a vowel)
    for i, ch in enumerate(word):
        prev_vowel = bool(units) and units[-1][1]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in _ALIFS:
            if not prev_vowel or not units[-1][0].endswith(("a", "i")):
                units.append((_ALIFS[ch], True))
        elif ch == "ة":
            if not (prev_vowel and units[-1][0].endswith("a")):
                units.append(("a", True))
        elif ch in "وي":
            # a consonant at the start of a word or a syllable or before a long vowel, else a long vowel
            glide = not units or prev_vowel or (nxt != "" and (nxt in _ALIFS or nxt in "وية"))
            units.append((("w" if ch == "و" else "y"), False) if glide else (("u" if ch == "و" else "i"), True))
        elif ch in _CONSONANTS:
            if not units and _CONSONANTS[ch] == "'":
                units.append(("a", True))  # (a word that opens with ayn or hamza: its vowel carries it)
            else:
                units.append((_CONSONANTS[ch], False))
        elif ch.isalnum():
            units.append((ch, False))
    # Arabic opens no word with two consonants and joins no three: the short vowel written nowhere
    # is put where one must be
    out: list[str] = []
    run = 0
    for k, (letters, vowel) in enumerate(units):
        if not vowel and ((k == 1 and run == 1) or run == 2):
            out.append("a")
            run = 0
        out.append(letters)
        run = 0 if vowel else run + 1
    latin = "".join(out).strip("'")
    if not latin:
        return ""
    return article + latin[0].upper() + latin[1:]
