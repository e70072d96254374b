"""Towns and villages the gazetteer lacks, told with a place it holds.

Real pages name far more villages than any offline gazetteer lists ("Russian jets struck the towns
of X, Y and Z in rural Idlib", قصفت المدفعية قرى X وY بريف دير الزور الشرقي). A name after a
settlement word (قرية، بلدات، the village of) is a town or village whether the gazetteer knows it or
not; when the sentence then says which known place holds the list (a governorate, a district, a
town it lies near), each unknown name becomes a place of its own at that holder's coordinates
(`Gazetteer.locality`), so that an event is told for each, as a coder does, instead of losing them or
merging them into one. A list the sentence does not place lies in the governorate of the last place
named before it, in the sentence or earlier on the page; a list followed by a place that is not its
holder, or on a page that named no place yet, is left alone: nothing says where it is.

A known name in such a list that lies outside the governorate the list is placed in is a namesake
(الحويجة in rural Deir ez-Zor is not Hawija in Kirkuk): it becomes a locality of the list too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..gazetteer import Entry, Gazetteer
from ..gazetteer_io import km_between
from ..text.arabic import normalize
from ..text.patterns import prefiltered, trie_regex
from ..text.romanize import romanize
from .hits import _Mention
from .rules import _ROWS

_WORD = prefiltered(re.compile(rf"(?<!\S)[وفبل]?(?:{trie_regex(_ROWS['locality_word'])})(?!\S)"))
_STOP = frozenset(_ROWS["locality_stop"])
_SETTLEMENT = frozenset(_ROWS["locality_word"])
_PRONOUN = re.compile("(?:ها|هما|هم)$")
# an office whose seat the settlement word names (مدير ناحية X, رئيس بلدية مدينة X, "the mayor of the
# town of X"): the one who speaks, not where anything happened
_OFFICE = re.compile(rf"(?:^|\s)[وف]?(?:{trie_regex(_ROWS['locality_office'])})(?:\s+(?:بلديه|مجلس|المجلس المحلي ل|of(?: the)?))?\s+$",
                     re.IGNORECASE)
_PREDICATE = re.compile(r"(?:^|\s)[وف]?(?:هي|هو|كانت|كان)\s+$")  # (وهي بلدة: it is a town)
_VERB = re.compile(r"[وف]?[يت]\w{2,}(?:ها|هم|هما)")  # an imperfect verb with its object pronoun
_RELATIVE = frozenset(("التي", "الذي", "اللتين", "حيث", "which", "where", "that"))  # (قرى X وY التي ...)
_HOLDER_CUE = frozenset(("بريف", "ريف", "محافظه", "بمحافظه", "لمحافظه", "قضاء", "بقضاء", "لقضاء", "ناحيه", "بناحيه",
                         "التابعه", "التابع", "قرب", "شمال", "جنوب", "شرق", "غرب", "near", "in"))
_HEADS = frozenset(_ROWS["locality_head"])
_GLUE = frozenset(w for g in _ROWS["locality_glue"] for w in g.split())
_TOKEN = re.compile(r"[^\s,،;؛.:()«»\"]+|[,،;؛.:()«»\"]")
_PUNCT = frozenset(",،;؛.:()«»\"")
_NEAR_WORDS = frozenset(("من", "ل", "قرب", "near", "to"))  # (the last word before a landmark: القريبة من, near)
# an English list: the village(s) or town(s) of capitalized names, joined by commas and "and"
_EN_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][a-z'’`]+(?:[- ](?:(?:al|el|ash|as|ad|an|ar|at|az|Al|El)-)?[A-Z][a-z'’`]+)*"
_EN_LIST_OF = rf"{_EN_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_EN_NAME})*"
_EN_LIST = re.compile(rf"\b(?:villages?|towns?|city|hamlets?)\s+of\s+(?P<list>{_EN_LIST_OF})")
# (or right after the settlement word: "areas such as X, Y and Z", "villages including X and Y")
_EN_SUCH_AS = re.compile(rf"\b(?:areas|villages|towns|localities)\s+(?:such as|including|like)\s+(?P<list>{_EN_LIST_OF})")
_EN_INCLUDING = re.compile(rf"\b(?:villages|towns)\b(?P<mid>[^.;]{{0,60}}?),?\s+(?:including|such as|among them)\s+(?P<list>{_EN_LIST_OF})")
_EN_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# a list: its names (known mentions or spans), where it ends, and the holder named before it if any
_List = tuple[list[_Mention | tuple[int, int]], int, _Mention | None]
_MAX_ITEMS = 8
_MAX_GLUE = 6
_NAMESAKE_KM = 150  # (a governorate's centre lies within this of its towns)


def localities(gaz: Gazetteer, text: str, norm: str, offs: list[int], mentions: list[_Mention],
               area: Entry | None = None) -> tuple[list[_Mention], set[int]]:
    """Places for the unknown names of the town lists of a sentence, and the ids (id()) of the
    known mentions they replace as namesakes. A list the sentence does not place lies in the
    governorate of the last place named before it, in the sentence or (`area`) before it."""
    if _WORD.search(norm) is None:
        return [], set()
    places = sorted((m for m in mentions if m.place is not None or m.actor is not None), key=lambda m: m.start)
    added: list[_Mention] = []
    replaced: set[int] = set()
    if norm.isascii():
        lists = _english_lists(text, places)
    else:
        lists = _arabic_lists(text, norm, offs, places)
    for items, end, before in lists:
        container = before or _container(text, places, end)
        first = items[0].start if isinstance(items[0], _Mention) else items[0][0]
        if container is not None:
            holder: Entry | None = container.place
        else:
            holder = area_of(gaz, [m for m in places if m.end <= first]) or area
            later = [m for m in places if m.place is not None and m.start >= end]
            if holder is not None and any(area_of(gaz, [m]) not in (None, holder) and not _within(gaz, m.place, holder)
                                          for m in later):
                continue  # (a place of another area named after the list, not as its holder: unsure; an
                # area inside the holder, الغوطة الشرقية in rural Damascus, is of the same area)
        if holder is None:
            continue
        for item in items:
            if isinstance(item, _Mention):
                if _namesake(gaz, item.place, holder):
                    replaced.add(id(item))
                    added.append(_Mention(item.start, item.end, item.text, place=_locality(gaz, item.text, holder)))
                continue
            written = text[item[0] : item[1]]
            added.append(_Mention(item[0], item[1], written, place=_locality(gaz, written, holder)))
    # (a known name that begins a longer one of the list is no place of its own: خشام in خشام X)
    replaced |= {id(m) for m in mentions if m.place is not None and any(
        a.start <= m.start < a.end and a.place.type == "locality" and (a.start, a.end) != (m.start, m.end) for a in added)}
    return added, replaced


_SETTLEMENT_END = re.compile(rf"(?:^|\s)[وفبل]?(?:{trie_regex(_ROWS['locality_word'])}|قضاء|محافظه)\s+$")


def office_seat(before: str) -> bool:
    """Whether the normalized text before a place names an office whose seat it is (مدير ناحية,
    قائمقام قضاء, رئيس بلدية مدينة, "the mayor of"): the place of the one who speaks."""
    found = _SETTLEMENT_END.search(before)
    return bool(_OFFICE.search(before[: found.start()] + " " if found else before))


def glue_only(text: str) -> bool:
    """Whether a stretch of text holds only the words that join a place to the place that holds it
    (التابعة لقضاء, ضمن حدود محافظة, in northern ... province)."""
    words = [w for w in (normalize(x).strip("".join(_PUNCT)) for x in text.split()) if w]
    return len(words) <= _MAX_GLUE + 2 and all(_glue(w) or w in ("ضمن", "حدود") for w in words)


def _within(gaz: Gazetteer, place: Entry, holder: Entry) -> bool:
    """Whether one of two places lies in the other."""
    return holder.id in {e.id for e in gaz.ancestors(place.id)} or place.id in {e.id for e in gaz.ancestors(holder.id)}


def area_of(gaz: Gazetteer, mentions: list[_Mention]) -> Entry | None:
    """The governorate of the last place named below country level (itself when it is one)."""
    for m in reversed(mentions):
        place = m.place
        if place is None or m.weak or place.geo_precision == "country":
            continue
        if place.geo_precision == "region":
            return place
        return next((e for e in gaz.ancestors(place.id) if e.geo_precision == "region"), None)
    return None


def _locality(gaz: Gazetteer, written: str, holder: Entry) -> Entry:
    """The place of a name as the page writes it: its Latin label (a Latin name kept as written)
    and, for an Arabic name, the name itself."""
    return gaz.locality(romanize(written), "" if written.isascii() else written, holder)


def _arabic_lists(text: str, norm: str, offs: list[int], places: list[_Mention]) -> list[_List]:
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(norm)]
    starts = [a for a, _ in tokens]
    out = []
    for word in _WORD.finditer(norm):
        if _PREDICATE.search(norm, max(0, word.start() - 8), word.start()):
            continue  # وهي بلدة يحاصرها التنظيم: what the town is, no list
        if _OFFICE.search(norm, max(0, word.start() - 24), word.start()):
            continue  # مدير ناحية X: the seat of the one who speaks
        k = bisect_right(starts, word.end())
        items: list[_Mention | tuple[int, int]] = []
        separated = True  # (the place word itself opens the list)
        while k < len(tokens) and len(items) < _MAX_ITEMS:
            a, b = tokens[k]
            tok = norm[a:b]
            if tok == '"' or (tok == "و" and items):
                separated = separated or tok == "و"  # (قرى "X" و"Y": names in quotation marks)
                k += 1
                continue
            if tok.isascii() and tok not in _PUNCT:
                break  # (a Latin word ends an Arabic list: "تل رفعت pic.twitter.com/...")
            if tok in _PUNCT:
                if tok not in ",،" or not items:
                    break
                separated = True
                k += 1
                continue
            conj = items and tok.startswith("و") and (len(tok) > 3 or tok[1:] in _HEADS)  # (وأم الكيف)
            if not separated and not conj:
                break
            if conj and tok[1:] in _SETTLEMENT:
                separated = True  # ومدينتا X وY وقرى Z: the list goes on with another settlement word
                k += 1
                continue
            lead = 1 if conj else 0
            orig_a = offs[a + lead]
            known = next((m for m in places if m.start <= orig_a < m.end), None)
            if known is not None:
                if known.place is None or known.place.geo_precision == "country":
                    break
                k = bisect_left(starts, bisect_left(offs, known.end))
                nxt = norm[tokens[k][0] : tokens[k][1]] if k < len(tokens) else ""
                then = norm[tokens[k + 1][0] : tokens[k + 1][1]] if k + 1 < len(tokens) else "."
                # (a word with the article after it describes the town, مدينة الموصل القديمة; a verb
                # goes on with the sentence: the name is longer only where the list goes on or ends)
                longer = bool(nxt) and not nxt.isascii() and _name_word(nxt, first=False) and not _glue(nxt) and not nxt.startswith(
                    ("و", "ال")) and (then in _PUNCT or then.startswith("و") or then in _HOLDER_CUE)
                if longer:
                    # حويجة صكر: a longer name of which the gazetteer knows the first word, another place
                    items.append((orig_a, offs[tokens[k][1] - 1] + 1))
                    k += 1
                else:
                    items.append(known)
                separated = False
                continue
            core = tok[lead:]
            if not (_name_word(core, first=not items) or (core in _HEADS and k + 1 < len(tokens))):
                break  # (a short head word, تل or عين, opens a name of two words)
            last = k
            quoted = k > 0 and norm[tokens[k - 1][0] : tokens[k - 1][1]] == '"'
            close = next((j for j in range(k + 1, min(k + 4, len(tokens))) if norm[tokens[j][0]] in _PUNCT), None)
            if quoted and close is not None and norm[tokens[close][0]] == '"':
                last = close - 1  # "حويجة صكر": a name in quotation marks ends at the closing mark
            elif (core in _HEADS or not core.startswith("ال")) and k + 1 < len(tokens):
                a2, b2 = tokens[k + 1]
                nxt = norm[a2:b2]
                if nxt not in _PUNCT and not any(m.start <= offs[a2] < m.end for m in places) and (
                        core in _HEADS or (nxt.startswith("ال") and not _nisba(nxt))) and _name_word(nxt, first=False):
                    last = k + 1
            if last == k and len(core) < 3:
                break  # (a head word alone names nothing)
            items.append((orig_a, offs[tokens[last][1] - 1] + 1))
            k = last + 1
            separated = False
        items = _trim(items, text, places)
        if any(isinstance(i, tuple) for i in items):
            last = items[-1].end if isinstance(items[-1], _Mention) else items[-1][1]
            out.append((items, last + (text[last : last + 1] in "\"”»'’"), None))
    return out


def _trim(items: list[_Mention | tuple[int, int]], text: str,
          places: list[_Mention]) -> list[_Mention | tuple[int, int]]:
    """A name joined by و is one of the list only when what follows it could end or go on with the
    list (another name, punctuation, the words before its holder): قصفت بلدة سرمدا وقتلت خمسة is one
    town and a verb."""
    keep = len(items)
    for i in range(1, len(items)):
        item = items[i]
        if isinstance(item, _Mention):
            continue
        after = normalize(text[item[1] : item[1] + 30]).lstrip(' "\'')
        if i + 1 < len(items) or not after or after[0] in _PUNCT:
            continue
        word = after.split()[0].strip("".join(_PUNCT))
        if _glue(word) or word in _RELATIVE or any(
                m.place is not None and 0 <= m.start - item[1] <= 3 for m in places):
            continue
        keep = i
        break
    return items[:keep]


def _english_lists(text: str, places: list[_Mention]) -> list[_List]:
    out = []
    for m in [*_EN_LIST.finditer(text), *_EN_SUCH_AS.finditer(text), *_EN_INCLUDING.finditer(text)]:
        if _OFFICE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the mayor of the town of X": the seat of the one who speaks
        before = None
        if "mid" in m.groupdict():
            # "villages south of Kobani, including X and Y": the holder is named before the list
            before = next((q for q in places if q.place is not None and m.start("mid") <= q.start < m.end("mid")), None)
            if before is None:
                continue
        items: list[_Mention | tuple[int, int]] = []
        pos = m.start("list")
        for piece in _EN_SPLIT.split(m.group("list")):
            start = text.index(piece, pos)
            pos = start + len(piece)
            known = next((q for q in places if q.start <= start < q.end), None)
            if known is not None:
                if known.place is None or known.place.geo_precision == "country":
                    break
                items.append(known)
            elif not any(start <= q.start < pos for q in places):
                items.append((start, pos))
            else:
                break
        if any(isinstance(i, tuple) for i in items):
            out.append((items, items[-1].end if isinstance(items[-1], _Mention) else items[-1][1], before))
    return out


def _container(text: str, places: list[_Mention], end: int) -> _Mention | None:
    """The first known place after the list, with only holder words between (بريف، التابعة لقضاء،
    in northern ... province)."""
    pos = end
    for m in places:
        if m.start < pos:
            continue
        gap = [normalize(w).strip("".join(_PUNCT)) for w in text[pos : m.start].split()]
        gap = [w for w in gap if w]
        if len(gap) > _MAX_GLUE or not all(_glue(w) for w in gap):
            return None
        if m.place is None and gap and gap[-1] in _NEAR_WORDS:
            pos = m.end  # قرى X وY القريبة من القاعدة الروسية في ريف الحسكة: a landmark, the holder after it
            continue
        return m if m.place is not None else None
    return None


def _glue(word: str) -> bool:
    return word in _GLUE or (word[1:] in _GLUE and word[0] in "وبل")


def _name_word(word: str, first: bool) -> bool:
    if len(word) < 3 or word[0].isdigit() or not word.isalpha():
        return False
    if _VERB.fullmatch(word):
        return False  # (بلدة يحاصرها: a verb with its object)
    bare = word[1:] if word.startswith("و") else word
    stem = _PRONOUN.sub("", bare)  # (وريفها, محيطها: its countryside, its surroundings)
    if any(w in _STOP or w in _GLUE or w in _SETTLEMENT for w in (word, bare, stem)):
        return False  # (وبلدات ريف إدلب: a second settlement word, no name)
    return not (first and not word.startswith("ال") and _nisba(word))  # قرية حدودية: an adjective


def _nisba(word: str) -> bool:
    return word.endswith("يه") or (word.endswith("ي") and word.startswith("ال"))


def _namesake(gaz: Gazetteer, place: Entry | None, holder: Entry) -> bool:
    """A known town of a list placed in a governorate it does not lie in."""
    if place is None or holder.geo_precision != "region" or place.geo_precision != "city" or place.type == "locality":
        return False
    regions = [e.id for e in gaz.ancestors(place.id) if e.geo_precision == "region"]
    if regions:
        return holder.id not in regions
    if None in (place.lat, place.lon, holder.lat, holder.lon):
        return False
    return km_between(place.lat, place.lon, holder.lat, holder.lon) > _NAMESAKE_KM  # type: ignore[arg-type]
