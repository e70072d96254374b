"""The extractor's patterns are matched against normalized text (`text.arabic.normalize`: hamza
seats, taa marbuta, alif maqsura and tatweel folded): an Arabic word written with a letter that
normalization folds matches nothing unless its folded spelling is there too."""

import importlib
import pkgutil
import re

import conflict_timeline.extract as extract
from conflict_timeline.text.arabic import normalize
from conflict_timeline.text.patterns import Prefiltered

FOLDED = set("ئؤأإآةىـ")


def _patterns():
    modules = [extract] + [importlib.import_module(f"{extract.__name__}.{m.name}") for m in pkgutil.iter_modules(extract.__path__)]
    seen = set()
    for module in modules:
        for name, value in vars(module).items():
            pattern = value.regex if isinstance(value, Prefiltered) else value
            if isinstance(pattern, re.Pattern) and id(pattern) not in seen:
                seen.add(id(pattern))
                yield f"{module.__name__}.{name}", pattern.pattern


def test_every_arabic_word_of_a_pattern_has_its_normalized_spelling():
    found = list(_patterns())
    assert len(found) > 200  # (the walk found the extractor's patterns)
    unmatched = {}
    for where, source in found:
        # (a letter inside a character class is one choice of several: [ئي] holds the folded one)
        words = {w for w in re.findall(r"[\u0600-\u06ff]+", re.sub(r"\[[^\]]*\]", "", source)) if set(w) & FOLDED}
        missing = sorted(w for w in words if normalize(w) not in source)
        if missing:
            unmatched[where] = missing
    assert not unmatched, f"words that match no normalized text: {unmatched}"
