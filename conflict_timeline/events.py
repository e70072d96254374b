"""Sentences to typed events: type, dates, actor, target, place, numbers, status, evidence.

One small engine over data: event triggers (`data/gazetteer/triggers.csv`), status and context cues
(`data/gazetteer/cues.csv`), the gazetteer of actors and places, the date finder and the quantity
finder. `extract_events(article)` is a pure function: an article in, its events out, so it can be
run anywhere (CLI, dashboard preview, a cluster). The coding rules are in docs/CODEBOOK.md.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import numpy as np

from .gazetteer import Entry, Gazetteer, Mention
from .schema import Article, Event, precision_rank
from .text.arabic import ARABIC_LETTER, map_span, normalize, normalize_with_map, sentences
from .text.dates import TemporalExpression, find_dates
from .text.numbers import Quantity, find_quantities
from .text.patterns import trie_regex

# Bump when the rules or their data change in a way that changes output: stores rebuilt from the
# bundled corpus compare it.
EXTRACTOR_VERSION = "2"

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"

_LETTER = f"[{ARABIC_LETTER}a-z0-9]"
# Clitics that may stand before a trigger word: conjunction, preposition, article.
_PREFIX = "(?:[وف]?(?:[بلك]|لل)?(?:ال)?)??"  # lazy: the longest trigger wins over a longer prefix

VIOLENT_STATE_TYPES = {"state", "government", "military", "coalition", "agency"}
SPEAKER_TYPES = {"state", "government", "military", "coalition", "agency", "legislature", "armed_group", "person"}
MEDIA_TYPES = {"media", "research"}

@dataclass(frozen=True)
class Trigger:
    event_type: str
    family: str  # violence, troops, political, funding, other
    hint: str  # attack, airstrike, neutral (violence only)
    weight: float


@dataclass(frozen=True)
class Rules:
    triggers: dict[str, Trigger]  # normalized trigger phrase -> trigger
    trigger_re: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    nisba: dict[str, str]  # normalized adjective -> actor name (غارة أمريكية -> United States)
    nisba_re: re.Pattern[str]
    air_powers: frozenset[str] = frozenset()  # top-level actors whose strikes are air or drone strikes
    attackers: frozenset[str] = frozenset()  # top-level states that fire at the bases as armed groups do


def _compile_alternation(phrases: Iterable[str], raw: bool = False, suffixes: bool = False) -> re.Pattern[str]:
    """Phrases (or, with `raw`, regular expressions) as one pattern with clitic prefixes allowed
    before and word boundaries around; plain phrases are compiled as a trie."""
    alts = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(alts) if raw else trie_regex(alts)
    # attached pronouns: وصفته، نفيها، تأكيدهم
    tail = "(?:ه|ها|هم|هما|ته|تها|تهم)?" if suffixes else ""
    return re.compile(rf"(?<!{_LETTER}){_PREFIX}(?P<w>{body}){tail}(?!{_LETTER})")


def _read(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from exc


@lru_cache(maxsize=4)
def load_rules(folder: Path = DATA) -> Rules:
    """Triggers and cues from CSV; patterns are normalized like the text they are matched on."""
    triggers: dict[str, Trigger] = {}
    for n, row in enumerate(_read(folder / "triggers.csv"), start=2):
        try:
            trig = Trigger(row["event_type"], row["family"], row["hint"] or "", float(row["weight"]))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{folder / 'triggers.csv'}: line {n}: bad row ({exc})") from exc
        for phrase in row["pattern"].split("|"):
            key = normalize(phrase.strip())
            if key and key not in triggers:
                triggers[key] = trig
    cue_phrases: dict[str, list[str]] = {}
    for row in _read(folder / "cues.csv"):
        cue = row["cue"]
        if any(ch in row["pattern"] for ch in "()\\?*.{["):
            # a regular expression: kept whole (its | are its own)
            parts = [f"(?:{normalize(row['pattern'])})"]
        else:
            parts = [trie_regex(normalize(p.strip()) for p in row["pattern"].split("|") if p.strip())]
        cue_phrases.setdefault(cue, []).extend(parts)
    cues = {cue: _compile_alternation(ps, raw=True) for cue, ps in cue_phrases.items()}
    nisba: dict[str, str] = {}
    for row in _read(folder / "nisba.csv"):
        for form in row["pattern"].split("|"):
            nisba.setdefault(normalize(form.strip()), row["actor"])
    roles: dict[str, set[str]] = {}
    for row in _read(folder / "roles.csv"):
        roles.setdefault(row["role"].strip(), set()).add(row["actor"].strip())
    return Rules(triggers, _compile_alternation(triggers, suffixes=True), cues, nisba, _compile_alternation(nisba),
                 frozenset(roles.get("air_power", ())), frozenset(roles.get("attacker", ())))


# Context words live in data/gazetteer/context.csv (normalized when loaded); the grammar that places
# them (before a name, at the end of a window, around a number) is these templates. <<name>> stands
# for the words of that row as one trie pattern.
_TEMPLATES: dict[str, str] = {
    "CLAUSE_BREAK": r"(?<!\d),|,(?!\d)|[;:\"]|(?<=\s)(?:<<clause_break>>)(?=\s)",
    "DESTINATION": r"(?:^|\s)(?:<<destination>>)\s*(?:(?:<<direction>>)\s*)?$",
    "TO_LEVEL": r"(?:<<to>>)\s+(?:<<approx>>)?\s*$",
    "LEVEL_VERB": r"(?:<<level_verb>>)",
    "SPEECH_VERB": r"(?<![\w])[وف]?(?:<<speech_verb>>|نقلت .{0,20}عن)(?![\w])",
    "SPEECH_END": r"(?:<<speech_end>>)\s*$",
    "BARE_NUMBER": r"(?<![\w.,])[وب]?(?P<cue><<approx>>|<<to>>)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{2,6})(?![\w,.]*\d)"
                   r"(?!\s*(?:%|في المئه|percent|per cent|km|كيلو))",
    "TROOP_CONTEXT": r"(?:<<troop_context>>)",
    "NEGATION": r"(?:^|\s)[وف]?(?:<<negation>>)\s+(?:\S+\s+)?$",
    "ATTRIBUTION": r"(?:<<attribution>>)",
    "DEADLINE": r"(?:<<deadline>>)\s*(?:<<deadline_part>>)?\s*$",
    "CAUSE": r"(?:^|\s)(?:<<cause>>)\s",
    "EN_PRONOUN": r"(?:<<pronoun>>)\s",
    "CASUALTY_WORDS": r"(?:<<casualty_words>>)",
    "REFERENCE": r"(?:<<reference>>)\s+(?:\S+\s+)?$",
    "NAMED_YEAR": r"(?:<<named_thing>>)\s+(?:\S+\s+){0,3}(?:<<year_link>>)?\s*$",
    "PLANNED_ATTACK": r"(?:<<planning>>)\s+(?:\S+\s+){0,3}$",
    "ANAPHORIC_BASE": r"(?:<<anaphoric_base>>)",
    "ACCUSED": r"(?:<<accused>>)\s+(?:\S+\s+){0,3}$",
    "VAGUE_TIME": r"(?:<<vague_time>>)",
    "ADDITIONAL": r"(?:<<additional>>)",
    "STAYS": r"\s*(?:\S+\s+){0,2}?(?:would|will|to|سوف)?\s*(?:<<stay>>)",
    "REACH": r"(?:<<reach>>)",
    "MEDIA_WORD": r"(?:<<media_word>>)\s+(?:\S+\s+)?$",
    "PLACE_CUE": r"(?:<<place_cue>>)\s+$",
    "ORIGIN": r"(?:<<origin>>)\s*(?:\S+\s+)?$",
    "PREPOSITION": r"(?:^|\s)(?:<<preposition>>)\s*$",
    "TITLE": r"(?:<<title>>)\s+(?:\S+\s+)?$",
    "BACKED": r"(?:<<backed>>)\s+(?:من\s+|ل)?$",
    "BACKED_AFTER": r"-?(?:<<backed_after>>)",
    "PARTNER": r"(?:^|\s)(?:<<partner>>)\s*$",
    "BENEFICIARY": r"(?:<<beneficiary>>)\s+\S*\s*$",
    "LOCATOR": r"(?:(?:^|\s)(?:في|in)|<<locator>>)\s*$",
    "RESPONSE": r"(?:<<response>>)(?=\s)",
    "FORCES": r"(?:<<forces>>)",
    "CONDITION": r"(?:^|\s)(?:<<condition>>)\s+$",
    "AFTER": r"(?:^|\s)(?:<<after>>)\s+$",
    "BASE_WORD": r"(?:<<base_word>>)",
    "VICTIM": r"(?:<<victim_lead>>)\s*(?:<<victim_object>>)?\s*$",
    "FROM_END": r"(?:<<from>>)\s*$",
    "FROM_BEFORE": r"(?:<<from>>)\s+(?:\S+\s+)?$",
}


def _context_words(folder: Path = DATA) -> dict[str, list[str]]:
    path = folder / "context.csv"
    out: dict[str, list[str]] = {}
    for n, row in enumerate(_read(path), start=2):
        name, words = (row.get("name") or "").strip(), (row.get("words") or "").strip()
        if not name or not words:
            raise ValueError(f"{path}: line {n}: a row needs a name and words")
        out[name] = [normalize(w.strip()) for w in words.split("|") if w.strip()]
    return out


def _context_patterns(folder: Path = DATA) -> dict[str, re.Pattern[str]]:
    words = _context_words(folder)

    def fill(template: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(1) not in words:
                raise ValueError(f"{folder / 'context.csv'}: no row named {m.group(1)!r}")
            return trie_regex(words[m.group(1)])

        return re.sub(r"<<(\w+)>>", one, template)

    return {name: re.compile(fill(template)) for name, template in _TEMPLATES.items()}


_CTX = _context_patterns()
_DUAL_HEADS = dict(w.split(">", 1) for w in _context_words()["dual_head"])
_DUAL_RE = re.compile(rf"(?<!{_LETTER})(?:[وبلف])?(?P<head>{trie_regex(_DUAL_HEADS)})\s+[^\s,;.]+\s+و(?P<second>[^\s,;.]+)")
_CLAUSE_BREAK = _CTX["CLAUSE_BREAK"]
_DESTINATION = _CTX["DESTINATION"]
_TO_LEVEL = _CTX["TO_LEVEL"]
_LEVEL_VERB = _CTX["LEVEL_VERB"]
_SPEECH_VERB = _CTX["SPEECH_VERB"]
_SPEECH_END = _CTX["SPEECH_END"]
_BARE_NUMBER = _CTX["BARE_NUMBER"]
_TROOP_CONTEXT = _CTX["TROOP_CONTEXT"]
_NEGATION = _CTX["NEGATION"]
_ATTRIBUTION = _CTX["ATTRIBUTION"]
_DEADLINE = _CTX["DEADLINE"]
_CAUSE = _CTX["CAUSE"]
_EN_PRONOUN = _CTX["EN_PRONOUN"]
_CASUALTY_WORDS = _CTX["CASUALTY_WORDS"]
_REFERENCE = _CTX["REFERENCE"]
_NAMED_YEAR = _CTX["NAMED_YEAR"]
_PLANNED_ATTACK = _CTX["PLANNED_ATTACK"]
_ANAPHORIC_BASE = _CTX["ANAPHORIC_BASE"]
_ACCUSED = _CTX["ACCUSED"]
_VAGUE_TIME = _CTX["VAGUE_TIME"]
_ADDITIONAL = _CTX["ADDITIONAL"]
_STAYS = _CTX["STAYS"]
_REACH = _CTX["REACH"]
_MEDIA_WORD = _CTX["MEDIA_WORD"]
_PLACE_CUE = _CTX["PLACE_CUE"]
_ORIGIN = _CTX["ORIGIN"]
_PREPOSITION = _CTX["PREPOSITION"]
_TITLE = _CTX["TITLE"]
_BACKED = _CTX["BACKED"]
_BACKED_AFTER = _CTX["BACKED_AFTER"]
_PARTNER = _CTX["PARTNER"]
_BENEFICIARY = _CTX["BENEFICIARY"]
_LOCATOR = _CTX["LOCATOR"]
_RESPONSE = _CTX["RESPONSE"]
_FORCES_RE = _CTX["FORCES"]
_CONDITION = _CTX["CONDITION"]
_AFTER = _CTX["AFTER"]
_BASE_WORD = _CTX["BASE_WORD"]
_VICTIM = _CTX["VICTIM"]
_FROM_END = _CTX["FROM_END"]
_FROM_BEFORE = _CTX["FROM_BEFORE"]
# English grammar, not vocabulary: a passive casualty after a subject, auxiliaries before a verb.
_LIST_PASSIVE = re.compile(r"[^.;]{0,70}?\s(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt)")
_PASSIVE_CASUALTY = re.compile(r"\s*(?:\w+\s+){0,2}?(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt)")
_EN_VERB_AFTER = re.compile(r"(?:'s)?\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+\w+\s+)?(?:said|says|announced|denied|"
                            r"denies|launched|struck|carried|sent|deployed|withdrew|agreed|called|warned|will|would)")
_DIGIT = re.compile(r"\d")
_QUOTED = re.compile(r"[\"«“][^\"»”]{3,}[\"»”]")


# --- per-sentence analysis ---------------------------------------------------------------------


@dataclass
class _Hit:
    start: int  # offsets in the sentence (original text)
    end: int
    text: str


@dataclass
class _TriggerHit(_Hit):
    trigger: Trigger = field(default=None)  # type: ignore[assignment]
    norm_start: int = 0


@dataclass
class _Mention(_Hit):
    actor: Entry | None = None
    place: Entry | None = None
    adjective: bool = False
    weak: bool = False  # matched through a low-priority alias
    inner: bool = False  # a place inside an actor's name: used only when the sentence names no other


@dataclass
class _Sentence:
    text: str
    offset: int  # in the article body
    norm: str
    offsets: list[int]
    clauses: list[int]  # clause break positions (original offsets), sorted
    mentions: list[_Mention]
    dates: list[TemporalExpression]
    triggers: list[_TriggerHit]
    quantities: list[tuple[Quantity, int, int]]  # with original offsets
    no_comment: bool = False  # a negated statement: "did not comment on the strikes"
    _inverse: list[int] | None = None

    def clause_of(self, pos: int) -> int:
        lo = 0
        for i, b in enumerate(self.clauses):
            if pos < b:
                return i
            lo = i + 1
        return lo

    def cue(self, rules: Rules, name: str, start: int = 0, end: int | None = None) -> bool:
        pattern = rules.cues.get(name)
        if pattern is None:
            return False
        n0, n1 = self.norm_pos(start), self.norm_pos(end if end is not None else len(self.text))
        return pattern.search(self.norm, n0, n1) is not None

    def norm_pos(self, pos: int) -> int:
        """First normalized index whose original offset is >= pos."""
        inverse = self._inverse
        if inverse is None:
            inverse = self._inverse = _inverse_map(self.offsets, len(self.text))
        if 0 <= pos < len(inverse):
            return inverse[pos]
        return inverse[0] if pos < 0 else inverse[-1]

    def norm_before(self, pos: int, width: int = 40) -> str:
        n = self.norm_pos(pos)
        return self.norm[max(0, n - width) : n]


class _Analyzer:
    def __init__(self, gazetteer: Gazetteer, rules: Rules) -> None:
        self.gaz = gazetteer
        self.rules = rules

    def sentence(self, text: str, offset: int, reference: date | None) -> _Sentence:
        norm, offs = normalize_with_map(text)
        clauses = sorted({offs[m.start()] for m in _CLAUSE_BREAK.finditer(norm)})
        mentions = [self._mention(m) for m in self.gaz.find(text)]
        mentions += self._inner_places(text, mentions)
        mentions += self._dual_heads(text, norm, offs, mentions)
        mentions += self._adjectives(text, norm, offs, mentions)
        mentions.sort(key=lambda m: m.start)
        triggers: list[_TriggerHit] = []
        negated: list[str] = []
        for m in self.rules.trigger_re.finditer(norm):
            if _NEGATION.search(norm, max(0, m.start() - 12), m.start()):
                negated.append(self.rules.triggers[m.group("w")].family)
                continue  # لا يعني انسحابا, no withdrawal, not deployed
            if _REFERENCE.search(norm, max(0, m.start() - 14), m.start()):
                continue  # بموجب اتفاق 1974, under the agreement: a reference, not an event
            a, b = map_span(offs, m.start("w"), m.end("w"))
            triggers.append(_TriggerHit(a, b, text[a:b], self.rules.triggers[m.group("w")], m.start("w")))
        quantities = []
        for q in find_quantities(norm):
            a, b = map_span(offs, q.start, q.end)
            quantities.append((q, a, b))
        may_hold_event = bool(triggers) or any(q.kind in ("troops", "money") for q, _, _ in quantities) or bool(
            _DIGIT.search(norm))
        if not may_hold_event:
            # no trigger, no number: no event can come from this sentence, so its dates are not needed
            return _Sentence(text, offset, norm, offs, clauses, mentions, [], triggers, quantities, "political" in negated)
        dates = [d for d in find_dates(text, reference) if not _inside_quantity(d, quantities)
                 and not _NAMED_YEAR.search(norm[max(0, _norm_index(offs, d.span[0]) - 40) : _norm_index(offs, d.span[0])])]
        quantities += self._bare_troop_numbers(text, norm, offs, quantities, dates)
        return _Sentence(text, offset, norm, offs, clauses, mentions, dates, triggers, quantities,
                         "political" in negated)

    def _dual_heads(self, text: str, norm: str, offs: list[int], taken: list[_Mention]) -> list[_Mention]:
        """A dual head noun names two places: in "حقلي كونيكو والعمر" the second is "حقل العمر"."""
        out = []
        for m in _DUAL_RE.finditer(norm):
            a, b = map_span(offs, m.start("second"), m.end("second"))
            if any(t.start < b and a < t.end for t in taken):
                continue
            found = self.gaz.places(f"{_DUAL_HEADS[m.group('head')]} {text[a:b]}")
            if found and found[0].end >= len(found[0].text) and found[0].start == 0:
                out.append(_Mention(a, b, text[a:b], None, found[0].entry))
        return out

    def _inner_places(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """A name that holds a place ("كتائب حزب الله في العراق", "Islamic Resistance in Iraq") still
        says where: the place after its في/in is a mention of its own."""
        out = []
        for m in mentions:
            if m.place is not None:
                continue
            cut = re.search(r"\s(?:في|in)\s", m.text)
            if cut is None:
                continue
            tail_start = m.start + cut.end()
            for inner in self.gaz.places(text[tail_start : m.end]):
                out.append(_Mention(tail_start + inner.start, tail_start + inner.end, inner.text, None, inner.entry,
                                    inner=True))
        return out

    @staticmethod
    def _bare_troop_numbers(text: str, norm: str, offs: list[int], quantities: list, dates: list) -> list:
        """A number of troops whose noun comes before it: "عدد الجنود الأمريكيين في العراق نحو 5200",
        "bringing the total in Syria to about 400"."""
        out = []
        for m in _BARE_NUMBER.finditer(norm):
            a, b = map_span(offs, m.start("num"), m.end("num"))
            if any(qa <= a < qb for _, qa, qb in quantities) or any(d.span[0] <= a < d.span[1] for d in dates):
                continue
            value = float(m.group("num").replace(",", ""))
            if value < 10 or (1900 <= value <= 2100 and "," not in m.group("num") and m.group("cue") in ("to", "الي")):
                continue
            context = norm[max(0, m.start() - 80) : m.start()]
            context = re.split(r"[.;]", context)[-1]
            if not _TROOP_CONTEXT.search(context) or _CASUALTY_WORDS.search(context + norm[m.end() : m.end() + 20]):
                continue
            out.append((Quantity(value, "troops", m.start("num"), m.end("num"), m.group("num")), a, b))
        return out

    def _adjectives(self, text: str, norm: str, offs: list[int], taken: list[_Mention]) -> list[_Mention]:
        """Nisba adjectives after an event noun name its actor: غارة أمريكية, هجوم إيراني."""
        out = []
        for m in self.rules.nisba_re.finditer(norm):
            a, b = map_span(offs, m.start("w"), m.end("w"))
            if any(t.start < b and a < t.end for t in taken):
                continue
            if m.group("w") in ("us",) and text[a:b] != "US":
                continue  # the English pronoun "us"
            actor = self.gaz.get(self.rules.nisba[m.group("w")], kind="actor")
            if actor is not None:
                out.append(_Mention(a, b, text[a:b], actor, None, adjective=True))
        return out

    def _mention(self, m: Mention) -> _Mention:
        """An alias can name an actor and a place at once (العراق): keep both readings."""
        both = (m.entry, *m.alternatives)
        actor = next((e for e in both if e.kind == "actor"), None)
        place = next((e for e in both if e.kind == "place"), None)
        weak_place = place is not None and m.is_weak(place)
        return _Mention(m.start, m.end, m.text, actor, place, weak=weak_place)


def _unique_places(mentions: list[_Mention]) -> list[_Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.place is not None and m.place.name not in seen:
            seen.add(m.place.name)
            out.append(m)
    return out


def _inverse_map(offsets: list[int], length: int) -> list[int]:
    """For each original offset 0..length, the first normalized index at or after it."""
    inverse = np.searchsorted(np.asarray(offsets[:-1], dtype=np.int64), np.arange(length + 1), side="left")
    return np.minimum(inverse, len(offsets) - 1).tolist()


def _norm_index(offsets: list[int], pos: int) -> int:
    """First normalized index whose original offset is >= pos."""
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _inside_quantity(d: TemporalExpression, quantities: list[tuple[Quantity, int, int]]) -> bool:
    return any(a <= d.span[0] < b or a < d.span[1] <= b for _, a, b in quantities)


# --- the extractor -------------------------------------------------------------------------------


@dataclass
class _Context:
    article: Article
    last_date: tuple[date | None, date | None, str, str] | None = None  # start, end, precision, text
    last_speaker: Entry | None = None
    violence_seen: bool = False
    last_violence: tuple[Entry | None, str] | None = None
    violence_places: set[str] = field(default_factory=set)
    backrefs: set[int] = field(default_factory=set)  # events that only repeat one told before
    last_troop_place: _Mention | None = None
    agreement_seen: bool = False
    last_owner: Entry | None = None  # whose troops the article spoke of last
    last_site: _Mention | None = None  # the last base the article named
    last_forces: Entry | None = None  # the last foreign forces the article named (القوات الأمريكية)


def extract_events(article: Article, gazetteer: Gazetteer | None = None, rules: Rules | None = None) -> list[Event]:
    """The events an article reports, each with its evidence sentence (see docs/CODEBOOK.md)."""
    gaz = gazetteer or Gazetteer.default()
    analyzer = _Analyzer(gaz, rules or load_rules())
    ctx = _Context(article)
    events: list[Event] = []
    for text, start, _end in sentences(article.body):
        sent = analyzer.sentence(text, start, article.published)
        found = _SentenceExtractor(analyzer, ctx, sent).run()
        if found:
            last = found[-1]
            ctx.last_date = (last.date_start, last.date_end, last.date_precision, last.date_text)
        events.extend(found)
    events = _merge_within(events, gaz, ctx.backrefs)
    _link_denials(events, gaz)
    return events


def _per_sentence(method):
    """Remember a method's answer for the sentence being read (it depends on nothing else)."""
    name = f"_memo_{method.__name__}"

    def wrapper(self):
        if name not in self.__dict__:
            self.__dict__[name] = method(self)
        value = self.__dict__[name]
        return list(value) if isinstance(value, list) else value

    wrapper.__doc__ = method.__doc__
    wrapper.__name__ = method.__name__
    return wrapper


class _SentenceExtractor:
    def __init__(self, analyzer: _Analyzer, ctx: _Context, sent: _Sentence) -> None:
        self.a = analyzer
        self.gaz = analyzer.gaz
        self.rules = analyzer.rules
        self.ctx = ctx
        self.s = sent
        self.back_reference = False
        self._actor_cache: list[_Mention] | None = None
        self._speaker_cache: list[_Mention] | None = None

    # -- driver
    def run(self) -> list[Event]:
        s = self.s
        by_family: dict[str, list[_TriggerHit]] = {}
        for t in s.triggers:
            by_family.setdefault(t.trigger.family, []).append(t)
        political = by_family.get("political", [])
        out: list[Event] = []
        if s.no_comment:
            # "Damascus did not comment on the strikes": neither a statement nor a new strike
            return []
        out += self._violence(by_family.get("violence", []), political)
        out += self._troops(by_family.get("troops", []), political)
        out += self._funding(by_family.get("funding", []))
        out += self._political(political, bool(out))
        if not out:
            out += self._other(by_family.get("other", []))
        forces = [m.actor for m in s.mentions if m.actor is not None and m.actor.type in ("military", "coalition")
                  and self.gaz.root(m.actor.id).name in self.rules.air_powers]
        if forces:
            self.ctx.last_forces = forces[-1]
        sites = [m for m in s.mentions if m.place is not None and m.place.geo_precision == "site"]
        if sites:
            self.ctx.last_site = _Mention(0, 0, "", None, sites[-1].place)
        violent = [e for e in out if e.event_type in ("attack", "airstrike")]
        if violent:
            self.ctx.violence_seen = True
            self.ctx.violence_places.update(e.location for e in violent if e.location)
            self.ctx.last_violence = (self.gaz.get(violent[0].actor, kind="actor") if violent[0].actor else None,
                                      violent[0].event_type)
        if any(e.event_type == "agreement" for e in out):
            self.ctx.agreement_seen = True
        speaker = next((e for e in out if e.event_type in ("denial", "statement", "agreement")), None)
        if speaker is not None:
            ent = self.gaz.get(speaker.actor, kind="actor")
            if ent is not None:
                self.ctx.last_speaker = ent
        else:
            speech = [h for h in s.triggers if h.trigger.hint == "speech"]
            sp = self._speaker(speech[0]) if speech else self._subject_after_speech_verb(len(s.text))
            if sp is not None:
                self.ctx.last_speaker = sp
        return out

    def _embedded(self, hit: _TriggerHit, political: list[_TriggerHit]) -> bool:
        """A movement or strike that is only the object of a statement, call, committee or denial:
        a political trigger shortly before it, or a denial anywhere in the sentence."""
        before = self.s.norm_before(hit.start, 12)
        if _CONDITION.search(before):
            return True  # "until it withdraws", "to prevent the return of ...": a condition, not an event
        if hit.trigger.family == "troops" and _AFTER.search(before) and not any(
                d.span[0] > hit.start and self.s.clause_of(d.span[0]) == self.s.clause_of(hit.start) for d in self.s.dates):
            return True  # "after the mission ends": a time, not an event (unless it has a date of its own)
        for p in political:
            if p.trigger.event_type == "denial":
                if hit.trigger.family != "troops":
                    return True  # "Iran denied it was behind the attacks": the attacks are told elsewhere
                continue  # the denied move is a report of its own, marked by the denial
            if p.trigger.hint != "speech" and 0 <= hit.start - p.end <= 120:
                return True
        return False

    # -- event families
    def _violence(self, hits: list[_TriggerHit], political: list[_TriggerHit]) -> list[Event]:
        """Attacks and strikes. A sentence that gives a strike as the answer to an attack ("the
        strikes were a response to Wednesday's attack on Camp Taji", ردا على هجوم) holds two events:
        each takes the trigger words and places on its side of the response phrase."""
        if not hits:
            return []
        s = self.s
        cut = _RESPONSE.search(s.norm)
        if cut is not None and not any(0 <= t.norm_start - cut.end() <= 50 for t in hits):
            cut = None  # "retaliation for the killing of ...": not an attack of its own here
        if cut is None:
            return self._violence_group(hits, self._places(), political, 0, len(s.text))
        at = s.offsets[cut.start()]
        main = [h for h in hits if h.start < at]
        cause = [h for h in hits if h.start >= at]
        places = self._places()
        out = self._violence_group(main, [p for p in places if p.start < at], political, 0, at) if main else []
        if cause:
            out += self._violence_group(cause, [p for p in places if p.start >= at], political, at, len(s.text))
        return out

    def _violence_group(self, hits: list[_TriggerHit], places: list[_Mention], political: list[_TriggerHit],
                        lo: int, hi: int) -> list[Event]:
        s = self.s
        fine = [p for p in places if p.place.geo_precision in ("site", "city")]
        fine = [p for p in fine if not self._locator(p, fine)]
        hits = [h for h in hits if not _PLANNED_ATTACK.search(s.norm_before(h.start, 40))]
        if not hits:
            return []  # "the commander was planning attacks": an intention, not an attack
        rank = {"airstrike": 0, "attack": 1, "neutral": 2}
        anchor = min(hits, key=lambda h: (rank.get(h.trigger.hint, 3), h.start))
        own_date = any(s.clause_of(d.span[0]) == s.clause_of(anchor.start) for d in s.dates)
        # a date after the strike is its own ("condemned the strikes of 2 February"); one before it
        # belongs to the statement that embeds it ("described today the strikes as ...")
        date_after = any(s.clause_of(d.span[0]) == s.clause_of(anchor.start) and d.span[0] > anchor.start
                         for d in s.dates)
        sites = [p for p in fine if p.place.geo_precision == "site"]
        denied = any(p.trigger.event_type == "denial" for p in political)
        if self._embedded(anchor, political) and not date_after and not (
                (sites if denied else fine) and not any(p.trigger.event_type in ("statement", "agreement")
                                                        and p.trigger.hint != "speech" for p in political)):
            return []
        backref = any(self._refers_back(h, fine, own_date) for h in hits)
        if backref:
            self.back_reference = True  # "the spokesman said the strike ...": about an event already told
            if not fine:
                return []
        clause_hints = {h.trigger.hint for h in hits if s.clause_of(h.start) == s.clause_of(anchor.start)}
        actor, etype = self._perpetrator(anchor, clause_hints or {anchor.trigger.hint}, lo, hi)
        if not fine and not own_date and actor is None and not any(self._definite(h) for h in hits):
            return []  # "bases that have come under attacks since the war began": no event to place
        last = self.ctx.last_violence
        if last is not None and self._definite(anchor) and anchor.trigger.hint in ("neutral", last[1]) and (
                actor is None or actor in self._speech_subjects()):
            actor, etype = last  # "the JOC said the strikes hit ...": the strikes already reported
        target = self._target(anchor, actor, etype)
        killed, wounded = self._casualties(lo, hi)
        status = self._status(etype, actor, anchor)
        if not fine and self.ctx.last_site is not None and _ANAPHORIC_BASE.search(s.norm):
            fine = [self.ctx.last_site]  # "drones struck the garrison": the base named before
        regions = [p for p in places if p.place.geo_precision == "region"]
        countries = [p for p in places if p.place.geo_precision == "country"]
        chosen = fine or regions or _unique_places(countries) or [None]  # one event per place named
        weight = max(h.trigger.weight for h in hits)
        out = []
        for place in chosen:
            pos = place.start if place is not None else anchor.start
            ev = self._event(etype, anchor, pos, actor, target, place, status, weight,
                             fatalities=killed, injured=wounded)
            if backref:
                self.ctx.backrefs.add(id(ev))  # kept only to add to the event it repeats
            out.append(ev)
        return out

    def _locator(self, p: _Mention, fine: list[_Mention]) -> bool:
        """A city named to locate a base (معسكر التاجي شمال بغداد, K-1 near Kirkuk) is not a second
        place attacked."""
        if p.place.geo_precision != "city":
            return False
        before = self.s.norm_before(p.start, 22)
        if not _LOCATOR.search(before):
            return False
        earlier = [q for q in self.s.mentions if q.place is not None and q.start < p.start
                   and q.place.geo_precision in ("site", "region") and q is not p]
        return bool(earlier) and bool(_LOCATOR.search(before))

    @_per_sentence
    def _speech_subjects(self) -> list[Entry]:
        """Who speaks in this sentence (the subject of its said/قال/أعلن)."""
        out = []
        for h in self.s.triggers:
            if h.trigger.hint == "speech":
                who = self._speaker(h)
                if who is not None:
                    out.append(who)
                if self.ctx.article.language == "en":
                    out += [m.actor for m in self._speakers() if m.end <= h.start]
        sub = self._subject_after_speech_verb(len(self.s.text))
        return [*out, sub] if sub is not None else out

    def _refers_back(self, hit: _TriggerHit, fine: list[_Mention], own_date: bool) -> bool:
        """"The strike also killed ..." (الضربة، the strike) with no place or date of its own is the
        event already reported in this article, not a new one."""
        seen = self.ctx.agreement_seen if hit.trigger.event_type == "agreement" else self.ctx.violence_seen
        if not seen or own_date or not self._definite(hit):
            return False
        # the strikes on a place already reported struck in this article are the same strikes
        return not fine or all(p.place.name in self.ctx.violence_places for p in fine)

    def _definite(self, hit: _TriggerHit) -> bool:
        """الضربة، بالاتفاق، the strikes, that attack: a thing already spoken of."""
        ns = hit.norm_start
        lead = self.s.norm[max(0, ns - 4) : ns]
        return (lead.endswith("ال") or self.s.norm.startswith("ال", ns)
                or bool(re.search(r"(?:the|that|this|these|those)\s+$", self.s.norm_before(hit.start, 8))))

    def _perpetrator(self, hit: _TriggerHit, hints: set[str], lo: int = 0, hi: int | None = None
                     ) -> tuple[Entry | None, str]:
        """Who struck, and so whether it is an attack or an airstrike.

        The nearest actor before the trigger, else right after it (VSO order); never one that is
        attacked (after على/against/on), one whose people were killed or hurt, or a country named
        as the place. An air or drone strike is done by an air power; an attack by a group (or by
        Iran's missiles): the trigger's hint says which actors to look for first.
        """
        hi = len(self.s.text) if hi is None else hi
        cands = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and not self._is_victim(m)
                 and not self._is_place_use(m) and lo <= m.start < hi
                 and not _ATTRIBUTION.search(self.s.norm_before(m.start, 12))]

        def distance(m: _Mention) -> int:
            return hit.start - m.end if m.end <= hit.start else (m.start - hit.end) * 2

        def is_air_power(m: _Mention) -> bool:
            return m.actor.type != "armed_group" and self.gaz.root(m.actor.id).name in self.rules.air_powers

        if "airstrike" in hints:
            pool = [m for m in cands if is_air_power(m)] or cands
            return (min(pool, key=distance).actor if pool else None), "airstrike"
        if "attack" in hints:
            # rockets and drones on a base: an air power named here is the one attacked, and the one
            # who only says so ("the JOC said 22 missiles fell") is a witness, not the attacker
            speaking = {id(e) for e in self._speech_subjects()}
            pool = [m for m in cands if not is_air_power(m) and not (
                id(m.actor) in speaking and not self._attacker_side(m.actor))]
            return (min(pool, key=distance).actor if pool else None), "attack"
        best = min(cands, key=distance) if cands else None
        return (best.actor if best else None), "airstrike" if best and is_air_power(best) else "attack"

    def _troops(self, hits: list[_TriggerHit], political: list[_TriggerHit]) -> list[Event]:
        s = self.s
        out: list[Event] = []
        used: set[int] = set()
        anchors: list[int] = []
        troop_qs = [(q, a, b) for q, a, b in s.quantities if q.kind == "troops" and not self._casualty_quantity(a, b)]
        for q, a, b in troop_qs:
            clause = s.clause_of(a)
            movers = [h for h in hits if s.clause_of(h.start) == clause and h.start < a and a - h.end < 80
                      and self._forces_near(h)]
            mover = movers[-1] if movers else None
            span_from = mover.start if mover is not None else max(0, a - 40)
            between = s.norm[s.norm_pos(span_from) : s.norm_pos(a)]
            strong_level = bool(_LEVEL_VERB.search(between))
            to_level = bool(_TO_LEVEL.search(s.norm_before(a, 25)))
            anchors.append(a)
            if mover is not None and not strong_level and not to_level:
                used.add(id(mover))
                out.append(self._troop_event(mover.trigger.event_type, mover, a, q, mover.trigger.weight))
                continue
            stays = bool(_STAYS.match(s.norm, s.norm_pos(b)))
            additional = _ADDITIONAL.search(q.text) or _ADDITIONAL.search(s.norm_before(a, 16))
            if mover is None and additional and not strong_level and not stays:
                # "the additional 1,100 troops were sent": a change, whichever side the verb stands
                later = [h for h in hits if h.start > a and h.trigger.event_type == "deployment"]
                for h in later[:1]:
                    used.add(id(h))
                hit = later[0] if later else _TriggerHit(a, b, s.text[a:b], Trigger("deployment", "troops", "", 0.7), 0)
                out.append(self._troop_event("deployment", hit, a, q, 0.75))
                continue
            if mover is not None:
                used.add(id(mover))
                if strong_level and mover.start < a and not _REACH.search(mover.text) and not _LEVEL_VERB.fullmatch(
                        normalize(mover.text)):
                    # "will begin withdrawing its forces, numbering about 2,000": the move, and the level
                    out.append(self._troop_event(mover.trigger.event_type, mover, mover.start, None,
                                                 mover.trigger.weight))
                elif to_level and not strong_level:
                    # "reduce the force to 2,500": a withdrawal, and the level it leaves
                    out.append(self._troop_event(mover.trigger.event_type, mover, mover.start, None,
                                                 mover.trigger.weight))
            if q.value is None:
                continue  # "dozens of soldiers": no level to chart
            hit = _TriggerHit(a, b, s.text[a:b], Trigger("troop_level", "troops", "", 0.75), 0)
            level_cue = s.cue(self.rules, "level_cue", max(0, a - 30), a)
            weight = 0.8 if (level_cue or strong_level) else 0.65
            out.append(self._troop_event("troop_level", hit, a, q, weight))
        # movements without a number of troops: one per type and clause
        for h in hits:
            if id(h) in used or not self._forces_near(h):
                continue
            clause = s.clause_of(h.start)
            if any(s.clause_of(x) == clause and not h.start - x > 25 for x in anchors):
                continue  # the move already counted with its number, or the verb of a level
            if self._embedded(h, political):
                continue
            if any(e.event_type == h.trigger.event_type for e in out):
                continue
            # a move from (or to) several bases or cities is one event per place, as for attacks
            sites = [p for p in self._places() if p.start > h.start and p.place.geo_precision in ("site", "city")]
            if len(_unique_places(sites)) > 1:
                for p in _unique_places(sites):
                    out.append(self._troop_event(h.trigger.event_type, h, p.start, None, h.trigger.weight * 0.9))
            else:
                out.append(self._troop_event(h.trigger.event_type, h, h.start, None, h.trigger.weight * 0.9))
            anchors.append(h.start)
        return out

    def _troop_event(self, etype: str, hit: _TriggerHit, pos: int, q: Quantity | None, weight: float) -> Event:
        actor = self._owner(pos, exclude=self._deniers())
        if actor is not None:
            self.ctx.last_owner = actor
        place = self._place_near(pos) or self.ctx.last_troop_place  # "roughly 900 troops": where the article is
        if place is not None:
            self.ctx.last_troop_place = place
        status = self._status(etype, actor, hit)
        troops = int(q.value) if q is not None and q.value is not None else None
        ev = self._event(etype, hit, pos, actor, None, place, status, weight)
        ev.troops = troops
        ev.event_id = ev.make_id()  # the number is part of what the event is
        return ev

    def _funding(self, hits: list[_TriggerHit]) -> list[Event]:
        s = self.s
        out = []
        for q, a, b in s.quantities:
            if q.kind != "money" or q.value is None:
                continue
            hit = next((h for h in hits if abs(h.start - a) < 60), None)
            anchor = hit or _TriggerHit(a, b, s.text[a:b], Trigger("funding", "funding", "", 0.6), 0)
            actor = self._payer(a) or self._owner(a)
            place = self._place_near(a)
            status = self._status("funding", actor, anchor)
            ev = self._event("funding", anchor, a, actor, None, place, status, anchor.trigger.weight)
            ev.amount_usd = float(q.value)
            ev.event_id = ev.make_id()
            out.append(ev)
        return out

    def _political(self, hits: list[_TriggerHit], has_other_events: bool) -> list[Event]:
        s = self.s
        out = []
        by_type: dict[str, _TriggerHit] = {}
        for h in sorted(hits, key=lambda h: h.trigger.hint == "speech"):
            by_type.setdefault(h.trigger.event_type, h)
        if "denial" in by_type:
            h = by_type["denial"]
            actor = self._speaker(h) or self._first_actor()
            out.append(self._event("denial", h, h.start, actor, None, self._seat(actor, own_first=True), "confirmed",
                                   h.trigger.weight))
        agreement_date = "agreement" in by_type and any(
            s.clause_of(d.span[0]) == s.clause_of(by_type["agreement"].start) for d in s.dates)
        if "agreement" in by_type and not (self._definite(by_type["agreement"]) and not agreement_date):
            h = by_type["agreement"]
            actor = self._speaker(h) or self._first_actor()
            target = self._other_party(actor, h.start)
            status = self._status("agreement", actor, h)
            out.append(self._event("agreement", h, h.start, actor, target, self._seat(actor), status,
                                   h.trigger.weight))
        # "the spokesman said the rockets fell on the base" only retells an event; words quoted as
        # said ("all options are on the table") are a statement of their own
        about_events = self.back_reference and not _QUOTED.search(s.text)
        if not out and not has_other_events and "statement" in by_type and not (
                by_type["statement"].trigger.hint == "speech" and about_events):
            h = by_type["statement"]
            actor = self._speaker(h)
            if actor is not None and actor.type not in MEDIA_TYPES and (
                    actor.type in SPEAKER_TYPES or s.cue(self.rules, "topic")):
                status = self._status("statement", actor, h)
                out.append(self._event("statement", h, h.start, actor, None, self._seat(actor), status,
                                       h.trigger.weight))
        return out

    def _other(self, hits: list[_TriggerHit]) -> list[Event]:
        if not hits:
            return []
        h = hits[0]
        place = self._place_near(h.start)
        if place is None:
            return []
        actor, _ = self._perpetrator(h, set())
        return [self._event("other", h, h.start, actor, None, place, self._status("other", actor, h),
                            h.trigger.weight * 0.8)]

    # -- building an event
    def _event(self, etype: str, hit: _TriggerHit, pos: int, actor: Entry | None, target: Entry | None,
               place: _Mention | None, status: str, weight: float, fatalities: int | None = None,
               injured: int | None = None) -> Event:
        s = self.s
        art = self.ctx.article
        d0, d1, prec, dtext = self._date_for(pos, deadline=etype in ("deployment", "withdrawal", "troop_level"))
        on = d0 or art.published
        if actor is not None:
            actor = self.gaz.resolve_actor(actor, on)
        if target is not None:
            target = self.gaz.resolve_actor(target, on)
        pl = place.place if place is not None else None
        confidence = weight * (0.55 + 0.15 * (actor is not None) + 0.15 * (pl is not None)
                               + 0.15 * (prec not in ("unknown",) and bool(dtext)))
        if status == "reported":
            confidence *= 0.9
        country = ""
        if pl is not None:
            country = pl.name if pl.type == "country" else country_name(self.gaz, pl.country)
        return Event(
            event_type=etype,
            article_id=art.article_id,
            sentence=s.text,
            span_start=s.offset,
            span_end=s.offset + len(s.text),
            date_start=d0,
            date_end=d1,
            date_precision=prec,
            date_text=dtext,
            actor=actor.name if actor else "",
            actor_ar=actor.name_ar if actor else "",
            actor_group=self.gaz.root(actor.id).name if actor else "",
            target=target.name if target else "",
            target_ar=target.name_ar if target else "",
            location=pl.name if pl else "",
            location_ar=pl.name_ar if pl else "",
            country=country,
            lat=pl.lat if pl else None,
            lon=pl.lon if pl else None,
            geo_precision=pl.geo_precision if pl else "unknown",
            fatalities=fatalities,
            injured=injured,
            status=status,
            confidence=round(min(1.0, confidence), 3),
            article_title=art.title,
            published=art.published,
            source=art.source,
            language=art.language,
        )

    # -- dates
    def _date_for(self, pos: int, deadline: bool = False) -> tuple[date | None, date | None, str, str]:
        """The date of the event at `pos`: a date in its clause, else the last one before it in
        the sentence, else the first after; حينها/at the time: the event before; none: the week of
        publication. For a planned movement, a deadline (بحلول, by, حتى) is the event's date."""
        s = self.s
        dates = s.dates
        if deadline:
            due = [d for d in dates if _DEADLINE.search(s.norm_before(d.span[0], 14))]
            if due:
                d = due[0]
                return (d.start, d.end, d.precision, d.text) if d.start else (None, None, "unknown", d.text)
        clause = s.clause_of(pos)
        same = [d for d in dates if s.clause_of(d.span[0]) == clause]
        pick: TemporalExpression | None = None
        if same:
            pick = min(same, key=lambda d: abs(d.span[0] - pos))
        else:
            before = [d for d in dates if d.span[1] <= pos]
            after = [d for d in dates if d.span[0] >= pos]
            pick = before[-1] if before else (after[0] if after else None)
        if pick is None and s.cue(self.rules, "anaphora") and self.ctx.last_date is not None:
            return self.ctx.last_date
        if pick is None and _VAGUE_TIME.search(s.norm):
            return None, None, "unknown", _VAGUE_TIME.search(s.norm).group()  # منذ أسابيع, in the coming months
        if pick is not None:
            if pick.start is None:
                return None, None, "unknown", pick.text
            return pick.start, pick.end, pick.precision, pick.text
        pub = self.ctx.article.published
        if pub is None:
            return None, None, "unknown", ""
        return pub - timedelta(days=6), pub, "week", ""

    # -- places
    @_per_sentence
    def _places(self) -> list[_Mention]:
        s = self.s
        out = []
        for m in s.mentions:
            if m.place is None:
                continue
            if m.weak and not _PLACE_CUE.search(s.norm_before(m.start, 10)):
                continue  # a weak alias needs a place word before it
            if self.rules.cues.get("not_place") is not None and self.rules.cues["not_place"].match(
                    s.norm, s.norm_pos(m.start)):
                continue  # "القائم بأعمال السفارة": the chargé d'affaires, not the town of al-Qaim
            if _ORIGIN.search(s.norm_before(m.start, 30)):
                continue  # "bombers took off from bases in Jordan": where from, not where
            if _BACKED.search(s.norm_before(m.start, 22)) or _BACKED_AFTER.match(s.norm, s.norm_pos(m.end)):
                continue  # "Iran-backed groups", المدعومة من إيران: a patron, not a place
            if m.actor is not None and m.place.geo_precision == "country" and not _DESTINATION.search(
                    s.norm_before(m.start, 12)) and self._is_subject(m):
                continue  # "نفى العراق": the state speaking, not a place
            out.append(self._as_base(m))
        named = [m for m in out if not m.inner]
        return named or out

    def _as_base(self, m: _Mention) -> _Mention:
        """A city named after a base word (مطاري عين الأسد وأربيل, قاعدة حرير) is its base."""
        place = m.place
        if place is None or not place.base:
            return m
        window = self.s.norm_before(m.start, 60)
        if _BASE_WORD.search(window):
            base = self.gaz.get(place.base, kind="place")
            if base is not None:
                return replace(m, place=base)
        return m

    def _places_country_ok(self) -> _Mention | None:
        places = self._places()
        fine = [p for p in places if p.place.geo_precision != "country"]
        return (fine or places or [None])[0]

    def _place_near(self, pos: int) -> _Mention | None:
        places = self._places()
        if not places:
            return None
        clause = self.s.clause_of(pos)
        same = [p for p in places if self.s.clause_of(p.start) == clause]
        pool = same or places
        after = [p for p in pool if p.start >= pos]
        return (after or pool)[0] if same else min(pool, key=lambda p: abs(p.start - pos))

    # -- actors
    def _actors(self) -> list[_Mention]:
        """Mentions that can be actors. A name that is also a country or city (سوريا, بغداد) acts
        only as the subject of a verb or at the head of the sentence; elsewhere it is a place."""
        if self._actor_cache is not None:
            return self._actor_cache
        out = self._actor_cache = []
        for m in self.s.mentions:
            if m.actor is None:
                continue
            if m.place is not None and m.place.geo_precision in ("country", "city") and not (
                    self._is_subject(m) or m.start <= 3 or _ACCUSED.search(self.s.norm_before(m.start, 30))):
                continue
            out.append(m)
        return out

    def _is_place_use(self, m: _Mention) -> bool:
        """A country or city named after في/إلى/in/to (or joined by و/and to one that is) is a place,
        not an actor."""
        if m.place is None:
            return False
        before = self.s.norm_before(m.start, 12)
        if _DESTINATION.search(before) or re.search(r"(?:^|\s)[وف]?[بل]$", self.s.norm_before(m.start, 3)):
            return True
        if re.search(r"(?:\s[وف]|,\s*|\sand\s|\sor\s)$", " " + self.s.norm_before(m.start, 6)):
            prev = [p for p in self.s.mentions if p.end <= m.start and m.start - p.end <= 6 and p.place is not None]
            return bool(prev) and self._is_place_use(prev[-1])
        return False

    def _is_subject(self, m: _Mention) -> bool:
        """A mention right after a verb trigger or a speech verb is the subject (VSO order)."""
        for t in self.s.triggers:
            if 0 <= m.start - t.end <= 3 and t.trigger.family in ("political", "violence", "troops"):
                return True
        if self.ctx.article.language == "en":
            n1 = self.s.norm_pos(m.end)
            return bool(_EN_VERB_AFTER.match(self.s.norm, n1) or re.match(r"'s\b", self.s.norm[n1 : n1 + 3])) or any(
                0 <= t.start - m.end <= 12 for t in self.s.triggers)
        return bool(_SPEECH_END.search(self.s.norm_before(m.start, 14)))

    def _partner(self, m: _Mention) -> bool:
        """The other side of مع/with, or either side of بين ... و / between ... and."""
        if _PARTNER.search(self.s.norm_before(m.start, 8)):
            return True
        window = self.s.norm_before(m.start, 40)
        between = list(re.finditer(r"(?:^|\s)(?:بين|between)\s", window))
        if not between:
            return False
        n_from = self.s.norm_pos(m.start) - len(window) + between[-1].end()
        return not any(n_from <= t.norm_start < self.s.norm_pos(m.start) for t in self.s.triggers)

    def _speakers(self) -> list[_Mention]:
        if self._speaker_cache is None:
            self._speaker_cache = self._find_speakers()
        return self._speaker_cache

    def _find_speakers(self) -> list[_Mention]:
        return [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and not self._is_place_use(m)
                and not (m.adjective and any(0 <= m.start - t.end <= 2 for t in self.s.triggers))
                and not (m.adjective and _MEDIA_WORD.search(self.s.norm_before(m.start, 16)))
                and not self._partner(m)]

    def _subject_after_speech_verb(self, pos: int, same_clause: bool = False) -> Entry | None:
        """The actor named right after the last speech verb before `pos` (أعلن البنتاغون، قال ...)."""
        s = self.s
        verbs = [m for m in _SPEECH_VERB.finditer(s.norm, 0, s.norm_pos(pos))]
        for v in reversed(verbs):
            start = s.offsets[v.end()] if v.end() < len(s.offsets) else len(s.text)
            if same_clause and s.clause_of(s.offsets[v.start()]) != s.clause_of(pos):
                continue
            after = [m for m in self._speakers() if 0 <= m.start - start <= 45]
            if after:
                return after[0].actor
        return None

    def _first_conjunct(self, m: _Mention) -> _Mention:
        """"Iraq and the coalition agreed": the first of two actors joined by و/and."""
        before = [p for p in self._speakers() if p.end <= m.start and m.start - p.end <= 8]
        if before and re.search(r"(?:^|\s)(?:و|and|,)\s*$", " " + self.s.norm_before(m.start, 6)):
            return self._first_conjunct(before[-1])
        return m

    def _speaker(self, hit: _TriggerHit) -> Entry | None:
        """Who denies, states or agrees: the subject right after the trigger verb (نفى العراق), else
        the subject of the speech verb before it (أعلن السوداني ... تشكيل لجنة), else the speaker of
        the sentence before when this one names nobody (وأشار إلى ...)."""
        speakers = self._speakers()
        if self.ctx.article.language == "en":
            before = [m for m in speakers if m.end <= hit.start]
            if before:
                head = before[0] if re.match(r"(?:the\s+)?$", self.s.norm[: self.s.norm_pos(before[0].start)]) else None
                return (head or self._first_conjunct(before[-1])).actor
            if _EN_PRONOUN.match(self.s.norm):
                return self.ctx.last_speaker  # "It said ...", "He added ..."
        # the subject of a speech verb earlier in the clause speaks for the whole clause
        # (أعلنت الكتائب ... تعليق عملياتها ضد القوات الأمريكية)
        verb_subject = self._subject_after_speech_verb(hit.start, same_clause=True)
        if verb_subject is not None:
            return verb_subject
        # else the subject right after the trigger verb (نفى العراق), never a prepositional object
        after = [m for m in speakers if 0 <= m.start - hit.end <= 45
                 and not any(hit.end <= t.start < m.start for t in self.s.triggers)
                 and not _PREPOSITION.search(self.s.norm_before(m.start, 8))
                 and not (m.adjective and not _TITLE.search(self.s.norm_before(m.start, 24)))]
        if after:
            return after[0].actor
        found = self._subject_after_speech_verb(hit.start)
        if found is not None:
            return found
        if not speakers or (self.ctx.article.language != "en" and hit.start <= 12):
            return self.ctx.last_speaker  # وأشار إلى ..., وأضاف ...: the speaker of the sentence before
        clause = self.s.clause_of(hit.start)
        before = [m for m in speakers if m.end <= hit.start and self.s.clause_of(m.start) == clause]
        return before[-1].actor if before else None  # وكان رئيس الوزراء ... قد دعا: subject first

    def _first_actor(self) -> Entry | None:
        speakers = self._speakers()
        return speakers[0].actor if speakers else self.ctx.last_speaker

    def _seat(self, actor: Entry | None, own_first: bool = False) -> _Mention | None:
        """Where a statement or agreement is placed: the first place the sentence names, else the
        speaker's country when the gazetteer has it."""
        named = self._places_country_ok()
        if named is not None and not own_first:
            return named
        if actor is not None:
            on = self.ctx.article.published
            root = self.gaz.root(self.gaz.resolve_actor(actor, on).id)
            name = country_name(self.gaz, root.country or actor.country)
            place = self.gaz.get(name, kind="place") if name else None
            if place is not None:
                return _Mention(0, 0, "", None, place)
        return named

    def _is_victim(self, m: _Mention) -> bool:
        s = self.s
        before = s.norm_before(m.start, 24)
        if _VICTIM.search(before):
            return True
        n0, n1 = s.norm_pos(m.start), s.norm_pos(m.end)
        killed, wounded = self.rules.cues.get("killed"), self.rules.cues.get("wounded")
        for pattern in (killed, wounded):
            if pattern is None:
                continue
            for c in pattern.finditer(s.norm, max(0, n0 - 90), n0):
                # مقتل ثلاثة جنود أمريكيين; مقتل X وقائد فيلق القدس: no event word between cue and name
                gap = s.norm[c.end() : n0]
                if _CAUSE.search(gap):
                    continue  # injuries after Iran's attack: the cause, not the victim
                if n0 - c.end() <= 30 or not any(c.end() <= t.norm_start < n0 for t in s.triggers):
                    return True
        return bool(_PASSIVE_CASUALTY.match(s.norm, n1))  # US soldiers were killed

    def _casualty_near(self, n0: int, n1: int) -> bool:
        """A killed/wounded cue just before a span or right after it (passive: soldiers were killed)."""
        s = self.s
        for cue in ("killed", "wounded"):
            pattern = self.rules.cues.get(cue)
            if pattern is None:
                continue
            if pattern.search(s.norm, max(0, n0 - 30), n0) or pattern.search(s.norm, n1, min(len(s.norm), n1 + 22)):
                return True
        return False

    def _target(self, hit: _TriggerHit, actor: Entry | None, etype: str) -> Entry | None:
        """Who was struck: for an airstrike the group (or another state's force) hit, for an attack
        the forces attacked; never the perpetrator's own side."""
        on = self.ctx.article.published
        own = self.gaz.root(self.gaz.resolve_actor(actor, on).id) if actor is not None else None
        cands = []
        for m in self._actors():
            if m.actor.type in MEDIA_TYPES or (m.adjective and etype == "airstrike"):
                continue
            resolved = self.gaz.resolve_actor(m.actor, on)
            if own is not None and self.gaz.root(resolved.id) is own:
                continue
            if self._is_place_use(m) and m.actor.type not in ("armed_group", "person"):
                continue
            if _ATTRIBUTION.search(self.s.norm_before(m.start, 12)):
                continue  # "according to the Iraqi army": the source, not the side attacked
            cands.append((m, resolved))
        if etype == "airstrike":
            order = {"armed_group": 0, "person": 1, "military": 2}
        else:
            order = {"coalition": 0, "military": 1, "state": 2, "government": 3}
        ranked = [c for c in cands if c[1].type in order or c[0].actor.type in order]
        if not ranked:
            return None
        return min(ranked, key=lambda c: (order.get(c[0].actor.type, order.get(c[1].type, 9)), c[0].start))[0].actor

    def _other_party(self, actor: Entry | None, pos: int) -> Entry | None:
        others = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES
                  and (actor is None or self.gaz.root(m.actor.id) is not self.gaz.root(actor.id))]
        after = [m for m in others if m.start >= pos]
        pool = after or others
        return pool[0].actor if pool else None

    def _payer(self, pos: int) -> Entry | None:
        """Money "from" someone (من الصندوق الأمريكي, from Washington): the one who pays."""
        for m in self._actors():
            if m.start > pos and m.start - pos <= 60 and _FROM_BEFORE.search(self.s.norm_before(m.start, 20)):
                return m.actor
        return None

    @_per_sentence
    def _deniers(self) -> set[str]:
        """Who denies in this sentence: never the one whose troops move ("Iraq denied the arrival
        of any additional forces")."""
        out = set()
        for h in self.s.triggers:
            if h.trigger.event_type == "denial":
                who = self._speaker(h)
                if who is not None:
                    out.add(who.id)
        return out

    def _owner(self, pos: int, exclude: set[str] | None = None) -> Entry | None:
        """Whose troops or money: an adjective or forces named right at the number or trigger
        (1500 جندي أمريكي, القوات الأمريكية), else the actor named before it (the subject), else
        after it; never the destination (إلى العراق, in Syria), a partner (مع), or a beneficiary
        (لتدريب القوات العراقية, to train Iraqi forces)."""
        s = self.s
        cands = [m for m in self._actors() if m.actor.type not in MEDIA_TYPES and m.actor.type != "armed_group"
                 and not self._is_place_use(m) and not _PARTNER.search(s.norm_before(m.start, 8))
                 and not _BENEFICIARY.search(s.norm_before(m.start, 30))
                 and not (m.place is not None and _FROM_END.search(s.norm_before(m.start, 8)))]
        if not cands:
            return self.ctx.last_owner or self.ctx.last_forces
        cands = [m for m in cands if not (m.adjective and _MEDIA_WORD.search(s.norm_before(m.start, 16)))
                 and not (exclude and m.actor.id in exclude)]
        if not cands:
            return self.ctx.last_owner or self.ctx.last_forces
        close = [m for m in cands if (-30 <= m.start - pos <= 0 or (0 <= m.start - pos <= 25 and (
                     m.adjective or m.actor.type in ("military", "coalition"))))
                 and m.actor.type in ("military", "coalition", "state") and (m.adjective or m.actor.type != "state")]
        if close:
            return min(close, key=lambda m: abs(m.start - pos)).actor
        before = [m for m in cands if m.end <= pos]
        if before:
            return before[-1].actor
        same = [m for m in cands if s.clause_of(m.start) == s.clause_of(pos)]
        return same[0].actor if same else (self.ctx.last_owner or self.ctx.last_forces or cands[0].actor)

    # -- numbers and status
    def _casualty_quantity(self, a: int, b: int | None = None) -> bool:
        s = self.s
        n1 = s.norm_pos(b if b is not None else a)
        if _LIST_PASSIVE.match(s.norm, n1):
            return True  # three soldiers, two police officers and a worker had been killed
        return self._casualty_near(s.norm_pos(a), n1)

    def _casualties(self, lo: int = 0, hi: int | None = None) -> tuple[int | None, int | None]:
        s = self.s
        hi = len(s.text) if hi is None else hi
        killed = wounded = None
        killed_re, wounded_re = self.rules.cues.get("killed"), self.rules.cues.get("wounded")
        for q, a, b in s.quantities:
            if not lo <= a < hi:
                continue
            if q.value is None or q.kind not in ("troops", "people", "fatalities", "injured"):
                continue
            n0, n1 = s.norm_pos(a), s.norm_pos(b)
            near = s.norm[max(0, n0 - 30) : n0], s.norm[n1 : n1 + 22]
            if q.kind == "fatalities" or (killed_re and any(killed_re.search(w) for w in near)):
                killed = (killed or 0) + int(q.value)
            elif q.kind == "injured" or (wounded_re and any(wounded_re.search(w) for w in near)):
                wounded = (wounded or 0) + int(q.value)
        if killed is None and s.cue(self.rules, "killed"):
            # "the killing of <a named person>": one death
            persons = [m for m in s.mentions if m.actor is not None and m.actor.type == "person"]
            for m in persons:
                if lo <= m.start < hi and s.cue(self.rules, "killed", max(0, m.start - 20), m.start):
                    killed = (killed or 0) + 1
        return killed, wounded

    def _attacker_side(self, actor: Entry) -> bool:
        """Armed groups, and states listed as attackers in roles.csv (Iran): the side that fires rockets
        and drones at the bases."""
        return actor.type == "armed_group" or self.gaz.root(actor.id).name in self.rules.attackers

    def _status(self, etype: str, actor: Entry | None, hit: _TriggerHit) -> str:
        s, rules = self.s, self.rules
        if etype == "denial":
            return "confirmed"
        if self._reported():
            return "reported"
        if etype == "attack" and actor is not None and self._attacker_side(actor) and s.cue(rules, "claimed"):
            return "claimed"
        if s.cue(rules, "planned") or s.cue(rules, "planned_verb"):
            return "planned"
        if actor is not None and actor.type not in MEDIA_TYPES and s.cue(rules, "confirmed"):
            return "confirmed"
        return "reported"

    @_per_sentence
    def _reported(self) -> bool:
        """Attributed to media, unnamed officials or reports. "According to the Pentagon" / بحسب
        وزارة الدفاع names an official source: that is not a mere report."""
        s, pattern = self.s, self.rules.cues.get("reported")
        if pattern is None:
            return False
        for m in pattern.finditer(s.norm):
            start = s.offsets[m.end()] if m.end() < len(s.offsets) else len(s.text)
            named = [a for a in self._actors() if 0 <= a.start - start <= 25]
            if named and named[0].actor.type not in MEDIA_TYPES and _ATTRIBUTION.search(m.group()):
                continue
            return True
        return False

    def _forces_near(self, hit: _TriggerHit) -> bool:
        """A movement word needs forces: named right after it (سحب قواتها, عودة القوات) or just
        before it (القوات الأمريكية دخلت), or a number of troops nearby."""
        n = self.s.norm_pos(hit.start)
        window = self.s.norm[max(0, n - 25) : n + len(hit.text) + 40]
        return bool(_FORCES_RE.search(window)) or any(
            q.kind == "troops" and abs(a - hit.start) < 80 for q, a, _ in self.s.quantities)


@lru_cache(maxsize=8)
def _countries(gaz: Gazetteer) -> dict[str, str]:
    return {e.country: e.name for e in gaz.entries("place") if e.type == "country" and e.country}


def country_name(gaz: Gazetteer, code: str) -> str:
    """The country place's name for an ISO code of the gazetteer (IQ -> Iraq)."""
    return _countries(gaz).get(code, "")


@lru_cache(maxsize=4096)
def root_name(gaz: Gazetteer, actor_name: str) -> str:
    """The top of an actor's parent chain, by name (US military -> United States)."""
    entry = gaz.get(actor_name, kind="actor")
    return gaz.root(entry.id).name if entry is not None else actor_name




# --- article-level passes ------------------------------------------------------------------------


def _same_event(a: Event, b: Event, gaz: Gazetteer) -> bool:
    """Same type, same place (or one names none), actors of one side (or one names none),
    equal numbers where both give them, dates within a day."""
    if a.event_type != b.event_type:
        return False
    if a.location != b.location and a.location and b.location:
        return False
    if a.actor and b.actor and root_name(gaz, a.actor) != root_name(gaz, b.actor):
        return False
    if a.troops is not None and b.troops is not None and a.troops != b.troops:
        return False
    if a.amount_usd is not None and b.amount_usd is not None and a.amount_usd != b.amount_usd:
        return False
    if a.date_start is None or b.date_start is None:
        return a.date_start is None and b.date_start is None and a.troops is not None and a.troops == b.troops
    return a.date_start <= b.date_end + timedelta(days=1) and b.date_start <= a.date_end + timedelta(days=1)


# When one article says the same thing twice, the surer word stands: a claim or an official
# statement outweighs a report of it.
_STATUS_RANK = {"denied": 0, "claimed": 1, "confirmed": 2, "planned": 3, "reported": 4}


def _merge_within(events: list[Event], gaz: Gazetteer, backrefs: set[int] | None = None) -> list[Event]:
    """One article saying the same thing twice gives one event: the finer date, the surer status.
    A sentence that only refers back to an event ("the group claimed the attack") adds what it
    knows to that event and is not an event of its own."""
    kept: list[Event] = []
    backrefs = backrefs or set()
    for ev in events:
        twin = next((k for k in kept if _same_event(k, ev, gaz)), None)
        if twin is None:
            if id(ev) not in backrefs:
                kept.append(ev)
            continue
        if precision_rank(ev.date_precision) < precision_rank(twin.date_precision):
            twin.date_start, twin.date_end = ev.date_start, ev.date_end
            twin.date_precision, twin.date_text = ev.date_precision, ev.date_text
        if not twin.location and ev.location:
            for name in ("location", "location_ar", "country", "lat", "lon", "geo_precision"):
                setattr(twin, name, getattr(ev, name))
        for name in ("actor", "target", "troops", "fatalities", "injured", "amount_usd"):
            if getattr(twin, name) in ("", None) and getattr(ev, name) not in ("", None):
                setattr(twin, name, getattr(ev, name))
                if name in ("actor", "target"):
                    setattr(twin, f"{name}_ar", getattr(ev, f"{name}_ar"))
                if name == "actor":
                    twin.actor_group = ev.actor_group
        if _STATUS_RANK[ev.status] < _STATUS_RANK[twin.status]:
            twin.status = ev.status
        twin.confidence = max(twin.confidence, ev.confidence)
    return kept


def _link_denials(events: list[Event], gaz: Gazetteer) -> None:
    """A denial marks the report it rejects: the nearest troop or violence report of another actor;
    when the denier is the report's own actor, the report is `denied`."""
    troop_family = ("deployment", "withdrawal", "troop_level")
    for d in (e for e in events if e.event_type == "denial"):
        cands = [e for e in events if e is not d and e.event_type not in ("denial", "statement", "agreement")]
        if not cands:
            continue
        best = min(cands, key=lambda e: (e.span_start != d.span_start, e.event_type not in troop_family,
                                         abs(e.span_start - d.span_start)))
        if best is None:
            continue
        d.denies = best.event_id
        best.denied_by = d.event_id
        if d.actor and best.actor and root_name(gaz, d.actor) == root_name(gaz, best.actor):
            best.status = "denied"
