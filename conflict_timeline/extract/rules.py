"""The extractor's vocabulary: triggers, cues, nisba adjectives and roles from
`data/gazetteer/*.csv`, and the context patterns built from `context.csv` by small grammar
templates. Everything here is data loaded once; nothing looks at an article."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..text.arabic import ARABIC_LETTER, normalize
from ..text.dates.lexicon import lexicon
from ..text.patterns import Prefiltered, prefiltered, trie_regex

DATA = Path(__file__).resolve().parents[2] / "data" / "gazetteer"

_LETTER = f"[{ARABIC_LETTER}a-z0-9]"
# Clitics that may stand before a trigger word: conjunction, preposition, article. Lazy: the
# longest trigger wins over a longer prefix. The choices are those of `[وف]?(?:[بلك]|لل)?(?:ال)?`
# in the order it tries them, without its empty one (the word itself is tried first already).
_PREFIX = "(?:[وف](?:[بلك](?:ال)?|لل(?:ال)?|ال)?|[بلك](?:ال)?|لل(?:ال)?|ال)??"

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
    cues: dict[str, re.Pattern[str] | Prefiltered]  # (searched only in texts holding a word they need)
    nisba: dict[str, str]  # normalized adjective -> actor name (غارة أمريكية -> United States)
    nisba_re: re.Pattern[str]
    air_powers: frozenset[str] = frozenset()  # top-level actors whose strikes are air or drone strikes
    attackers: frozenset[str] = frozenset()  # top-level states that fire at the bases as armed groups do
    generic: frozenset[str] = frozenset()  # unnamed actors coded by the country where they acted
    forces: frozenset[str] = frozenset()  # each country's armed forces, for its air force named bare


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
    cues = {cue: prefiltered(_compile_alternation(ps, raw=True)) for cue, ps in cue_phrases.items()}
    nisba: dict[str, str] = {}
    for row in _read(folder / "nisba.csv"):
        for form in row["pattern"].split("|"):
            nisba.setdefault(normalize(form.strip()), row["actor"])
    roles: dict[str, set[str]] = {}
    for row in _read(folder / "roles.csv"):
        roles.setdefault(row["role"].strip(), set()).add(row["actor"].strip())
    return Rules(triggers, _compile_alternation(triggers, suffixes=True), cues, nisba, _compile_alternation(nisba),
                 frozenset(roles.get("air_power", ())), frozenset(roles.get("attacker", ())),
                 frozenset(roles.get("generic", ())), frozenset(roles.get("forces", ())))


# Context words live in data/gazetteer/context.csv (normalized when loaded); the grammar that places
# them (before a name, at the end of a window, around a number) is these templates. <<name>> stands
# for the words of that row as one trie pattern.
_TEMPLATES: dict[str, str] = {
    "CLAUSE_BREAK": r"(?<!\d),|,(?!\d)|[;:\"]|(?<=\s)(?:<<clause_break>>)(?=\s)",
    # the same breaks for a scan of a whole sentence: it opens on the mark, or on the space before the
    # conjunction (the group `word`), so that the scan skips to those characters quickly
    "CLAUSE_MARK": r"[,;:\"\s](?:(?<=[;:\"])|(?<=,)(?<!\d,)|(?<=,)(?!\d)|(?<=\s)(?P<word>(?:<<clause_break>>))(?=\s))",
    "DESTINATION": r"(?:^|\s)(?:<<destination>>)\s*(?:(?:<<direction>>)\s*)?$",
    "TO_LEVEL": r"(?<!يصل )(?<!up )(?<!ما يصل)(?:<<to>>)\s+(?:(?:\S+\s+){0,3}?(?:<<cap>>)|(?:<<approx>>)?)\s*$",
    "WORD_NUMBER_CUE": r"(?<![\w.,])[وب]?(?:<<approx>>|<<to>>|<<cap>>)\s+(?=\S)",
    "LEVEL_VERB": r"(?:<<level_verb>>)",
    "SPEECH_VERB": r"(?<![\w])[وف]?(?:<<speech_verb>>|نقلت .{0,20}عن)(?![\w])",
    "SPEECH_END": r"(?:<<speech_end>>)\s*$",
    "BARE_NUMBER": r"(?<![\w.,])[وب]?(?P<cue><<approx>>|<<to>>)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d{2,6})(?![\w,.:]*\d)"
                   r"(?!\s*(?:%|في الم[ئي]ه|percent|per cent|km|كيلو))",
    "TROOP_CONTEXT": r"(?:<<troop_context>>)",
    "NEGATION": r"(?:^|[\s\"«“'(])[وف]?(?:<<negation>>)\s+(?:\S+\s+){0,2}$",
    "ATTRIBUTION": r"(?:<<attribution>>)",
    # the source named right after an attribution word, one word (the, US) between at most
    # (or the second of two: "according to US and Iraqi officials", بحسب مسؤولين أمريكيين وعراقيين)
    "ATTRIBUTED": r"(?:^|\s)(?:<<attribution>>)\s*(?:\S+\s+)?$"
                  r"|(?:^|\s)(?:<<attribution>>)\s*(?:[^\s,،.]+\s+){1,2}?(?:and\s+|و)(?:the\s+)?$",
    "DEADLINE": r"(?:(?:<<deadline>>)\s*(?:<<deadline_part>>)?|(?:^|\s)(?:ب|في\s+|with\s+|at\s+)(?:<<deadline_part>>))\s*$",
    "CAUSE": r"(?:^|\s)(?:<<cause>>)\s",
    "EN_PRONOUN": r"(?:<<pronoun>>)\s",
    "CASUALTY_WORDS": r"(?:<<casualty_words>>)",
    "REFERENCE": r"(?:<<reference>>)\s+(?:\S+\s+)?$",
    "NAMED_YEAR": r"(?:<<named_thing>>)\s+(?:\S+\s+){0,3}(?:<<year_link>>)?\s*$",
    "BUDGET_YEAR": r"(?:<<named_budget>>)\s+(?:\S+\s+){0,3}(?:<<year_link>>)?\s*$",
    "PLANNED_ATTACK": r"(?:^|\s)[وفبل]?(?:<<planning>>)\s+(?:\S+\s+){0,3}$",
    "ANAPHORIC_BASE": r"(?:<<anaphoric_base>>)",
    "ACCUSED": r"(?:^|\s)[وف]?(?:<<accused>>)\s+(?:\S+\s+){0,3}$",
    "COUNTERPART": r"(?:^|\s)[و]?(?:<<counterpart>>)\s+$",
    "BETWEEN": r"(?:^|\s)(?:<<between>>)\s+(?:(?:\S+\s+){1,3}(?:و|and\s+))?$",
    "VAGUE_TIME": r"(?:<<vague_time>>)",
    "ADDITIONAL": r"(?:<<additional>>)",
    "OPERATION_REF": r"(?:^|\s)[وف]?(?:<<operation_ref>>)\s+(?:\S+\s+){0,3}$",
    "PURPOSE": r"(?:^|\s)[وف]?(?:<<purpose>>)\s+(?:\S+\s+){0,5}?(?:الي|to)\s+(?:ال)?$",
    "OUT_OF": r"(?:^|\s)(?:<<out_of>>)\s*$",
    "HABITUAL_ADVERB": r"(?:^|\s)[وف]?(?:<<habitual>>)(?=\s|$|[.,،])",
    # (its partners may stand between: "Turkey and its Syrian proxies launched", تركيا والفصائل الموالية لها شنت)
    "EXECUTE_AFTER": r"(?:\s+(?:and\s+(?:its|their)|و)\s*(?:\S+\s+)?(?:proxies|allies|partners|الفصايل\s+(?:\S+\s+)?المواليه\s+(?:لها|له)))?"
                     r"\s+(?:<<execute_verb>>)(?=\s|$)",
    # ... and right after them (VSO: باشرت تركيا عملية, شنت إسرائيل غارات)
    "EXECUTE_BEFORE": r"(?:^|\s)[وف]?(?:<<execute_verb>>|باشر|باشرت|بدا|بدات)\s+$",
    "ANNOUNCER_BEFORE": r"(?:^|\s)[وف]?(?:ب|ل)?(?:<<announcer_lead>>)\s+(?:\S+\s+){0,2}?(?:ل|لل|ب)?$",
    # a campaign that stops ("will cease its air strikes", ستوقف غاراتها) or any strike at all (أي هجوم)
    "CEASED_OR_ANY": r"(?:(?:^|\s)[وفبل]?(?:<<cessation>>)\s+(?:\S+\s+){0,2}?|(?:^|\s)(?:[لبو]?اي|any|each|every|[لبو]?كل)\s+)$",
    "MUST_STOP": r"[\"”»']?\s+(?:must|should|have to|need to|to)\s+(?:stop|end|cease)\b|\s+(?:يجب|ينبغي)\s+(?:ان\s+)?(?:تتوقف|يتوقف|تنتهي)",
    "PUBLISHED_AFTER": r"(?:ه|ها|هم)?\s+(?:\S+\s+){0,3}?[وب]?(?:<<published_thing>>)(?=\s|$|[.,،])",
    "PUBLISHED_BEFORE": r"(?:^|\s)[وب]?(?:<<published_thing>>)\s*[,،]?\s+(?:(?:\S+\s+){0,3}?(?:التي|الذي|التى)\s+)?$",
    "LEFT_CASUALTIES": r"\s+(?:\S+\s+){0,6}?(?:dead|killed|injured|wounded|hurt)\b",
    "WHERE_LEAD": r"(?:^|\s)(?:<<where_lead>>)\s+[\"'«“]?(?:\S+\s+){0,1}$",
    "STATIONED_AFTER": r"\s*(?:\S+\s+){0,3}?(?:<<stationed>>)(?=\s|$|[.,،])",
    "PRIOR_LEVEL": r"(?:^|\s)(?:<<prior_level>>)\s*(?:<<approx>>)?\s*$",
    "TRAINEES": r"(?:^|\s)[وف]?(?:<<trainees>>)(?=\s|$|[.,،])",
    "STAYS": r"\s*(?:\S+\s+){0,2}?(?:would|will|to|سوف)?\s*(?:<<stay>>)",
    "REACH": r"(?:<<reach>>)",
    "MEDIA_WORD": r"(?:<<media_word>>)\s+(?:\x22[^\x22]{1,30}\x22\s+|\S+\s+)?$",  # (صحيفة "ديلي ميل" البريطانية)
    "OUTLET_SUBJECT": r"\s*(?:<<outlet_subject>>)(?=\s|$|[.,،])",
    # (an outlet noun and the outlet's name in quotes: صحيفة "صنداي تايمز" قالت)
    "OUTLET_BEFORE": r"(?:^|\s)(?:<<outlet_subject>>)(?:\s*\"[^\"]{1,40}\")?\s*$",
    "PLACE_CUE": r"(?:^|\s)[وف]?(?:<<place_cue>>)\s+$",
    "ORIGIN": r"(?:<<origin>>)\s*(?:\S+\s+)?$",
    "PREPOSITION": r"(?:^|\s)(?:<<preposition>>)\s*$",
    "TITLE": r"(?:<<title>>)\s+(?:\S+\s+)?$",
    "BACKED": r"(?:<<backed>>)\s+(?:من\s+|ل|ب)?$",
    "BACKED_AFTER": r"-?(?:<<backed_after>>)",
    "PARTNER": r"(?:^|\s)(?:<<partner>>)\s*$",
    "BENEFICIARY": r"(?:<<beneficiary>>)\s+(?:\S+\s+){0,2}?\S*\s*$",
    # (a country's name may stand between: "the Ain al-Asad base in Iraq's Anbar")
    "LOCATOR": r"(?:(?:^|\s)(?:في|in)|<<locator>>)\s*(?:[A-Za-z]+'s\s+)?$",
    "RESPONSE": r"(?:<<response>>)(?=[\s\"”»])",
    "FORCES": r"(?:<<forces>>)",
    "CONDITION": r"(?:^|\s)[وف]?(?:<<condition>>)\s+(?:ل|لل|ب|ال|the\s+|any\s+|an?\s+)?$",
    "AFTER": r"(?:^|\s)(?:<<after>>)\s+$",
    # "on its way back to Hmeimim", "as they returned from a mission", "returned safely to base", or a
    # return to nowhere the sentence names
    # "handed over command of the mission", "the wounded were evacuated to hospital": no force moves
    "HANDOVER_WORD": r"^(?:[وفلب]|وال|بال|ال)?(?:<<handover_word>>)$",
    "COMMAND_AFTER": r"\s+(?:\S+\s+)?(?:<<command_object>>)(?!\w)",
    "EVACUATE_WORD": r"^(?:[وفلب]|وال|بال|ال)?(?:<<evacuate_word>>)$",
    "EVACUEE": r"(?:^|\s)[وفلب]?(?:<<evacuee>>)(?=\s|$|[.,،])",
    "RETURN_WORD": r"^(?:[وفلب]|وال|بال|ال)?(?:<<return_word>>)$",
    "ROUTINE_BEFORE": r"(?:^|\s)(?:<<routine_return_before>>)\s+(?:\S+\s+)?$",
    "ROUTINE_AFTER": r"\s*(?:(?:\S+\s+)?(?:<<routine_return_after>>)(?!\w)|[.!?؟]?\s*$)",
    "BASE_WORD": r"(?:<<base_word>>)",
    # (a count may stand between: "on four militia positions", على ثلاثة مواقع)
    "VICTIM": r"(?:^|\s)[وفبل]?(?:<<victim_lead>>)\s*(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
              r"multiple|dozens of|عده|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره)\s+)?"
              r"(?:(?:ال)?(?:<<victim_object>>))?\s*(?:ل|لل)?$",
    # the owner of what a strike hit: "a convoy of regime forces", رتل لقوات, مواقع حزب العمال
    "OWNER_OF_STRUCK": r"(?:^|\s)[وبل]?(?:ال)?(?:<<struck_object>>)(?:\s+(?!من\s)\S+){0,2}?\s+(?:(?:<<struck_owner_link>>)\s+)?"
                       r"(?:ل|لل|ب)?(?:(?:ال)?(?:<<struck_force>>)(?:\s+\S+)?\s+)?"
                       # (a patron before the name: "fighters of the Iran-backed Harakat al-Nujaba")
                       r"(?:\S+-(?:linked|backed|affiliated|aligned|allied|led)\s+)?(?:pro-)?[\"«]?$",
    # ... told before it ("Syrian army positions", "a Turkish convoy"), after a word of striking
    "OWNED_STRUCK_AFTER": r"\s+(?:\S+\s+){0,3}?(?:<<struck_object>>)(?![\w])",
    # an aircraft shot down, with its nationality after it (Arabic) or before it (English)
    "DOWNED_OWNER": r"(?:^|\s)[وبل]?(?:ال)?(?:<<struck_aircraft>>)(?:\s+\S+){0,2}?\s+$",
    "DOWNED_OWNED_AFTER": r"\s+(?:\S+\s+){0,3}?(?:<<struck_aircraft>>)(?![\w])",
    "STRUCK_LEAD": r"(?:^|\s)[وفب]?(?:<<victim_lead>>|<<struck_cue>>)\s+(?:\S+\s+){0,3}$",
    "FROM_END": r"(?:^|\s)[وف]?(?:<<from>>)\s*$",
    "FROM_BEFORE": r"(?:^|\s)[وف]?(?:<<from>>)\s+(?:\S+\s+)?$",
    "EXPOSED": r"(?:^|\s)[وف]?(?:<<exposed>>)(?=\s)",
    "EN_PASSIVE_HIT": r"\s*(?:\w+\s+){0,2}?(?:was|were|has been|had been|have been|being)\s+(?:<<en_passive_hit>>)\b",
    "NOT_MODIFIER": r"(?:^|\s)(?:<<not_modifier>>)(?=\s)",
    "WEAPON_NOUN": r"(?:<<weapon_noun>>)",
    "WEAPON_USE": r"(?:^|\s)[وف]?(?:ال|لل|ب)?(?:<<weapon_use>>)(?:ه|ها|هم|ت|وا|ا|تا)?(?=\s|$|[.,،])",
    "DEATH_TOLL": r"(?:<<death_toll>>)\s+(?:[^\s.;]+\s+){0,20}?(?:had\s+|has\s+)?(?:reached|rose to|risen to|climbed to|stood at|"
                  r"increased to|ارتفعت? (?:\S+\s+){0,3}?(?:الي|ل)|بلغت?|وصلت? (?:الي)?)\s*(?P<num>\S+)",
    # the verb first: ارتفع عدد القتلى في صفوف القوات جراء الهجوم إلى ثلاثة جنود
    "DEATH_TOLL_VERB_FIRST": r"(?:^|\s)[وف]?(?:ارتفعت?|وصلت?|بلغت?)\s+(?:<<death_toll>>)\s+(?:[^\s.;]+\s+){0,14}?(?:الي|ل)\s*"
                             r"(?:نحو\s+|قرابه\s+|حوالي\s+)?(?P<num>\S+)"
                             # (or the number first: ارتفع إلى 5 عدد الشهداء)
                             r"|(?:^|\s)[وف]?(?:ارتفعت?|وصلت?)\s+(?:الي|ل)\s*(?:نحو\s+|قرابه\s+|حوالي\s+)?(?P<num2>\S+)"
                             r"\s+(?:\S+\s+){0,3}?(?:<<death_toll>>)(?!\S)",
    "VIOLENCE_VERB": r"[وف]?(?:<<violence_verb>>)",
    "UNRELATED": r"(?:<<unrelated>>)\s*(?:\S+\s+){0,2}$",
    "VALUE_OF": r"(?:<<value_of>>)\s*(?:\S+\s+)?$",
    "STRIKER_BEFORE": r"(?:^|\s)[وفب]?(?:<<striker_noun>>)(?:\s+\S+){0,2}\s*$",
    "STRIKER_AFTER": r"\s*(?:\S+\s+){0,2}?(?:<<striker_noun>>)(?=\s|$|[.,،])",
    "LED_BY": r"(?:<<led_by>>)\s*(?:ال)?$",
    "AGENT_BY": r"(?:^|\s)(?:<<agent_by>>)\s+(?:the\s+)?$",
    "VISITED_BEFORE": r"(?:^|\s)[وف]?(?:<<visited>>)\s+(?:\S+\s+)?$",
    "COMPLEMENTIZER": r"(?:^|(?<!بعد)(?<!قبل)(?<!منذ)(?<!دون)\s)(?:<<complementizer>>)(?=\s)|:\s*[\"«“]",
    # (or the bases or posts that fired: من قبل القواعد العسكرية التركية)
    "AGENT_BY_FORCE": r"(?:^|\s)(?:<<agent_by>>)\s+[وفب]?(?:<<striker_noun>>|(?:ال)?قواعد|(?:ال)?نقاط|the bases|bases)(?:\s+\S+)?\s+$",
    "FOUNDING": r"(?:<<founding>>)",
    "HYPOTHETICAL": r"(?:^|\s)[وف]?(?:<<hypothetical>>)\s+(?:\S+\s+){0,3}$",
    # (and على X أن ...: "it is on Turkey to withdraw", after إن, و or a comma)
    "OBLIGATION": r"(?:^|\s)[وفب]?(?:<<obligation>>)\s+(?:\S+\s+){0,4}?(?:ل|لل)?$"
                  r"|(?:(?:^|\s)[وف]|(?:^|\s)[وف]?ان\s+|(?:^|[,،])\s*)علي\s+(?:\S+\s+){1,3}?ان\s+$",
    # "will force US troops to leave", لإجبار القوات على الانسحاب: a move one side means to force on another
    "COERCED": r"(?:^|\s)[وفل]?(?:<<coerce>>)\s+(?:\S+\s+){0,4}?[\"']?(?:to|علي)\s+(?:ال)?$",
    "MONEY_COMPARE": r"(?:^|\s)(?:<<money_compare>>)\s*(?:about|around|نحو|حوالي)?\s*\$?$",
    "BANNED_IN": r"(?:<<banned_in>>)\s*(?:the\s+)?$",
    "AIRCRAFT": r"(?<!\w)[وفب]?(?:<<aircraft>>)(?! (?:ال)?مسير| بدون| بلا)(?!\w)",
    "AIRCRAFT_OBJECT": r"(?:^|\s)(?:<<aircraft_object>>)\s*$",
    "SOURCE_IN": r"(?:^|\s)[وف]?(?:<<teller>>)(?:\s+\S+){0,2}?\s+(?:في|ب|من|in|from)\s+(?:مدينه\s+|محافظه\s+|the\s+)?$",
    # (and "between" two times or counts: بين تشرين الأول وكانون الثاني, "between 20 and 30", not "between Iran and the US")
    "TALLY_SPAN": r"(?:^|\s)[وف]?(?:<<tally_span>>)(?=\s|$)|(?:^|\s)(?:between|بين)\s+(?:the\s+|\S+\s+)?"
                  r"(?=\d|(?:ال)?(?:<<months>>|عام|year)(?!\w))",
    # "since the war began, Israel has intensified its strikes", منذ ... كثفت غاراتها: a trend
    "TREND": r"(?:^|\s)[وف]?(?:<<trend>>)(?=\s|$)",
    "SINCE": r"(?:^|\s)[وف]?(?:<<since>>)(?=\s|$)",
    "BASES_COUNT": r"(?:^|\s)(?:\d+|(?:<<tally_count>>)|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره"
                   r"|two|three|four|five|six|seven|eight|nine|ten)\s+(?:قواعد|مواقع|bases|sites|outposts)(?!\w)",
    "TALLY_VAGUE": r"(?:^|\s)(?:more than|over|أكثر من|اكثر من|ما يزيد عن|ما يزيد عل[ىي]|عشرات|dozens of|scores of|hundreds of|م[ئي]ات"
                   r"|numerous|countless|العديد من|عديده"
                   r"|معظم|بعض|جميع|غالبيه|most of|some of|all of|many of|several of|most|many|a series of|series of"
                   r"|سلسله|سلسله من|موجه|موجه من)"
                   # (the words between count the attacks, not the dead or hurt they caused: عشرات الجرحى جراء الغارات)
                   r"\s+(?:(?!(?:[وب]?(?:ال)?(?:جرحي|قتلي|مصابين|ضحايا|مدنيين|شهداء)|جراء|بسبب|اثر|نتيجه|في|casualties|civilians|people"
                   r"|killed|wounded|injured|dead|in|by|after|following|during)(?!\S))\S+\s+){0,3}?(?:ال)?(?:attacks|strikes|airstrikes|air strikes|raids|هجمات|هجوما|ضربات|غارات)(?!\w)"
                   # earlier attacks as a whole (هجمات سابقة, الهجمات الأخيرة, previous attacks)
                   r"|(?:^|\s)(?:ال)?(?:هجمات|ضربات|غارات|اعتداءات)\s+(?:ال)?(?:سابقه|ماضيه|اخيره|متكرره)(?!\w)"
                   r"|(?:^|\s)(?:previous|earlier|past|prior|recent|repeated)\s+(?:\S+\s+)?(?:attacks|strikes)(?!\w)",
    "TALLY_COUNT": r"(?:\d[\d,]*|(?:<<tally_count>>))\s+(?:of\s+|من\s+|من\s+ال)?(?:\S+\s+)?(?:ال)?(?:<<tally_times>>)(?!\w)",
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


# a word starts at the text's start, after a space, or after an opening quotation mark or bracket
# (normalized text writes every double quotation mark as ")
_WORD_START = r'(?:^|[\s"(])'


def _context_patterns(folder: Path = DATA) -> dict[str, re.Pattern[str] | Prefiltered]:
    # (the month names are the date finder's)
    words = {**_context_words(folder), "months": list(lexicon().months)}

    def fill(template: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m.group(1) not in words:
                raise ValueError(f"{folder / 'context.csv'}: no row named {m.group(1)!r}")
            return trie_regex(words[m.group(1)])

        return re.sub(r"<<(\w+)>>", one, template)

    # (a pattern that needs one of a few words is searched only in texts that hold one: `prefiltered`)
    return {name: prefiltered(re.compile(fill(template).replace(r"(?:^|\s)", _WORD_START)))
            for name, template in _TEMPLATES.items()}


_CTX = _context_patterns()

# the capital named before its name, in a compass phrase: "west of the (Syrian) capital Damascus", غرب العاصمة بغداد
CAPITAL_BEFORE_NAME = r"(?:the\s+(?:\S+\s+)?capital\s+(?:of\s+)?|(?:ال)?عاصمه\s+(?:\S+\s+)?)"
# rockets or shells an attack was made with, right before their nationality (بصواريخ إيرانية)
_ROCKETS_BEFORE = prefiltered(re.compile(r"(?:^|\s)[وف]?ب(?:ال)?(?:صواريخ|صاروخ|صاروخين|قذايف|قذيفه|قذيفتين)\s+$"))
_ROWS = _context_words()
_DUAL_HEADS = dict(w.split(">", 1) for w in _ROWS["dual_head"])


@cache
def row_words(name: str) -> re.Pattern[str] | Prefiltered:
    """The words of a context.csv row as one pattern with no context around them. A template that
    needs a word of the row matches no window of a text in which this finds nothing."""
    return prefiltered(re.compile(trie_regex(_ROWS[name])))
_DUAL_RE = prefiltered(re.compile(rf"(?<!{_LETTER})(?:[وبلف])?(?P<head>{trie_regex(_DUAL_HEADS)})\s+(?P<first>[^\s,;.]+)\s+و(?P<second>[^\s,;.]+)"))
_CLAUSE_BREAK = _CTX["CLAUSE_BREAK"]
_CLAUSE_MARK = _CTX["CLAUSE_MARK"]
_DESTINATION = _CTX["DESTINATION"]
_TO_LEVEL = _CTX["TO_LEVEL"]
_LEVEL_VERB = _CTX["LEVEL_VERB"]
_SPEECH_VERB = _CTX["SPEECH_VERB"]
_SPEECH_END = _CTX["SPEECH_END"]
_BARE_NUMBER = _CTX["BARE_NUMBER"]
_WORD_NUMBER_CUE = _CTX["WORD_NUMBER_CUE"]
_TROOP_CONTEXT = _CTX["TROOP_CONTEXT"]
_NEGATION = _CTX["NEGATION"]
_ATTRIBUTION = _CTX["ATTRIBUTION"]
_ATTRIBUTED = _CTX["ATTRIBUTED"]
_DEADLINE = _CTX["DEADLINE"]
_CAUSE = _CTX["CAUSE"]
_EN_PRONOUN = _CTX["EN_PRONOUN"]
_CASUALTY_WORDS = _CTX["CASUALTY_WORDS"]
_REFERENCE = _CTX["REFERENCE"]
_NAMED_YEAR = _CTX["NAMED_YEAR"]
_BUDGET_YEAR = _CTX["BUDGET_YEAR"]
_PLANNED_ATTACK = _CTX["PLANNED_ATTACK"]
_ANAPHORIC_BASE = _CTX["ANAPHORIC_BASE"]
_ACCUSED = _CTX["ACCUSED"]
_COUNTERPART = _CTX["COUNTERPART"]
_BETWEEN = _CTX["BETWEEN"]
_VAGUE_TIME = _CTX["VAGUE_TIME"]
_ADDITIONAL = _CTX["ADDITIONAL"]
_OPERATION_REF = _CTX["OPERATION_REF"]
_PURPOSE = _CTX["PURPOSE"]
_OUT_OF = _CTX["OUT_OF"]
_HABITUAL_ADVERB = _CTX["HABITUAL_ADVERB"]
_EXECUTE_AFTER = _CTX["EXECUTE_AFTER"]
_EXECUTE_BEFORE = _CTX["EXECUTE_BEFORE"]
_ANNOUNCER_BEFORE = _CTX["ANNOUNCER_BEFORE"]
_MUST_STOP = _CTX["MUST_STOP"]
_CEASED_OR_ANY = _CTX["CEASED_OR_ANY"]
_LEFT_CASUALTIES = _CTX["LEFT_CASUALTIES"]
_PUBLISHED_AFTER = _CTX["PUBLISHED_AFTER"]
_PUBLISHED_BEFORE = _CTX["PUBLISHED_BEFORE"]
_WHERE_LEAD = _CTX["WHERE_LEAD"]
_STATIONED_AFTER = _CTX["STATIONED_AFTER"]
_PRIOR_LEVEL = _CTX["PRIOR_LEVEL"]
_TRAINEES = _CTX["TRAINEES"]
_STAYS = _CTX["STAYS"]
_REACH = _CTX["REACH"]
_MEDIA_WORD = _CTX["MEDIA_WORD"]
_OUTLET_SUBJECT = _CTX["OUTLET_SUBJECT"]
_OUTLET_BEFORE = _CTX["OUTLET_BEFORE"]
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
_RETURN_WORD = _CTX["RETURN_WORD"]
_HANDOVER_WORD = _CTX["HANDOVER_WORD"]
_COMMAND_AFTER = _CTX["COMMAND_AFTER"]
_EVACUATE_WORD = _CTX["EVACUATE_WORD"]
_EVACUEE = _CTX["EVACUEE"]
_ROUTINE_BEFORE = _CTX["ROUTINE_BEFORE"]
_ROUTINE_AFTER = _CTX["ROUTINE_AFTER"]
_BASE_WORD = _CTX["BASE_WORD"]
_VICTIM = _CTX["VICTIM"]
_OWNER_OF_STRUCK = _CTX["OWNER_OF_STRUCK"]
_OWNED_STRUCK_AFTER = _CTX["OWNED_STRUCK_AFTER"]
_STRUCK_LEAD = _CTX["STRUCK_LEAD"]
_DOWNED_OWNER = _CTX["DOWNED_OWNER"]
_DOWNED_OWNED_AFTER = _CTX["DOWNED_OWNED_AFTER"]
_FROM_END = _CTX["FROM_END"]
_FROM_BEFORE = _CTX["FROM_BEFORE"]
_EXPOSED = _CTX["EXPOSED"]
_EN_PASSIVE_HIT = _CTX["EN_PASSIVE_HIT"]
_NOT_MODIFIER = _CTX["NOT_MODIFIER"]
_TALLY_SPAN = _CTX["TALLY_SPAN"]
_TREND = _CTX["TREND"]
_SINCE = _CTX["SINCE"]
_BASES_COUNT = _CTX["BASES_COUNT"]
_TALLY_VAGUE = _CTX["TALLY_VAGUE"]
# words without which a pattern of a whole sentence cannot match (its nouns in the templates above):
# a sentence holding none of them is not searched at every position
NEEDED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _TALLY_VAGUE: ("attacks", "strikes", "هجمات", "هجوما", "ضربات", "غارات", "اعتداءات"),
    _BASES_COUNT: ("قواعد", "مواقع", "bases", "sites", "outposts"),
}
_MONEY_COMPARE = _CTX["MONEY_COMPARE"]
_HYPOTHETICAL = _CTX["HYPOTHETICAL"]
_OBLIGATION = _CTX["OBLIGATION"]
_COERCED = _CTX["COERCED"]
_FOUNDING = _CTX["FOUNDING"]
_LED_BY = _CTX["LED_BY"]
# a bare base word and where it lies (القاعدة الواقعة في, the base located in)
_BASE_LOCATED_IN = re.compile(r"(?:القاعده|قاعده|the base|a base)\s+(?:الواقعه|الموجوده|المتواجده|located|situated)\s+"
                              r"(?:في|ب|in|near)\s+(?:\S+\s+)?$")
# sites set apart from those told before (نقاط أخرى, قواعد أخرى, "other bases")
_OTHER_SITES = re.compile(r"(?:نقاط|نقاطا|قواعد|مواقع|مواقعا|معسكرات|قاعده|نقطه|موقعا)\s+(?:اخري|اخرى|جديده)(?!\w)"
                          r"|\b(?:other|another|more)\s+(?:\w+\s+)?(?:bases?|posts?|outposts?|sites?|positions?)\b")
# verbs of condemning (the one who condemns a strike did not strike)
_CONDEMN = re.compile(r"[وف]?(?:ادان|ادانت|يدين|تدين|ندد|نددت|استنكر|استنكرت|شجب|شجبت|condemned|condemns|denounced|denounces"
                      r"|deplored|deplores)")
_AGENT_BY = _CTX["AGENT_BY"]
_AGENT_BY_FORCE = _CTX["AGENT_BY_FORCE"]
_COMPLEMENTIZER = _CTX["COMPLEMENTIZER"]
_VISITED_BEFORE = _CTX["VISITED_BEFORE"]
_STRIKER_BEFORE = _CTX["STRIKER_BEFORE"]
_STRIKER_AFTER = _CTX["STRIKER_AFTER"]
_UNRELATED = _CTX["UNRELATED"]
_BANNED_IN = _CTX["BANNED_IN"]
_AIRCRAFT = _CTX["AIRCRAFT"]
_AIRCRAFT_OBJECT = _CTX["AIRCRAFT_OBJECT"]
_SOURCE_IN = _CTX["SOURCE_IN"]
_VALUE_OF = _CTX["VALUE_OF"]
_VIOLENCE_VERB = _CTX["VIOLENCE_VERB"]
_DEATH_TOLL = _CTX["DEATH_TOLL"]
_DEATH_TOLL_VERB_FIRST = _CTX["DEATH_TOLL_VERB_FIRST"]
_WEAPON_NOUN = _CTX["WEAPON_NOUN"]
_WEAPON_USE = _CTX["WEAPON_USE"]
_TALLY_COUNT = _CTX["TALLY_COUNT"]
# English grammar, not vocabulary: a passive casualty after a subject, auxiliaries before a verb.
_LIST_PASSIVE = re.compile(r"[^.;]{0,70}?\s(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt|concussed)")
_PASSIVE_CASUALTY = re.compile(r"\s*(?:\w+\s+){0,4}?(?:(?:were|was|had been|have been)\s+(?:killed|wounded|injured|hurt|concussed)"
                               r"|(?:dead|killed|wounded|injured)\b)")
_EN_VERB_AFTER = re.compile(r"(?:'s)?\s+(?:has\s+|had\s+|have\s+|also\s+|on\s+\w+\s+)?(?:said|says|announced|denied|"
                            r"denies|launched|struck|carried|sent|deployed|withdrew|agreed|called|warned|will|would)")
_DIGIT = re.compile(r"\d")
# strike nouns whose following name is their agent (غارات التحالف, قصف الجيش التركي, بغارة للتحالف)
_STRIKE_NOUN = re.compile(r"[وفب]?(?:قصف|غاره|غارات|ضربه|ضربات)")
# a nationality that says where a weapon was made (إيرانية الصنع, Iranian-made)
_MADE_IN = re.compile(r"\s*(?:الصنع|الصناعه|-made|-built|made|built)(?!\w)")
# words quoted as said: three words or more (two in quotes are a term set apart: "المجازر الصهيونية")
_QUOTED = re.compile(r"[\"«“][^\"»”\s]+(?:\s+[^\"»”\s]+){2,}[\"»”]")


# --- per-sentence analysis ---------------------------------------------------------------------

# a troop noun right before a country name: the name is a nationality (جنديا تركيا), not a place
_TROOP_NOUN_BEFORE = re.compile(r"(?:جنديا|جندي|جنود|عسكريا|عسكري|عسكريين|مقاتلا|مقاتل|مستشارا|مستشارين|عنصرا|ضابطا|"
                                r"ضباط|قوات|القوات|قوه|القوه|رتلا|رتل|الرتل|رتلين|دوريه|الدوريه|دوريات|قافله|القافله|"
                                r"موقعا|نقطه|مركزا|اليه|اليات|عربه|عربات|مدرعه|مدرعات)\s+$")

# the items of an enumeration ("the international community, including Russia and Iran"): addressees
_INCLUDING = re.compile(r"(?:بما في ذلك|بما فيها|بما فيهم|ومنها|من بينها|including|among them|such as)\s+(?:\S+\s+)?$")
# ... right before the name, with no preposition between ("including in Syria" still says where)
_INCLUDING_NAME = re.compile(r"(?:بما في ذلك|بما فيها|بما فيهم|ومنها|من بينها|including|among them|such as)\s+(?:the\s+)?$")
# "according to what Ankara announced" (وفق ما أعلنت أنقرة): the name is the source, not a party to it
_SAID_SOURCE = prefiltered(re.compile(r"(?:^|\s)(?:وفق|حسب|بحسب|وفقا ل|كما)\s*ما\s+\S+\s+$|according to what\s+$"))
# a verb of reaching or signing an agreement right before its subject (توصل العراق, وقعت أنقرة)
_AGREE_VERB_BEFORE = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:توصل|توصلت|وقع|وقعت|اتفق|اتفقت|ابرم|ابرمت)\s+$"))
