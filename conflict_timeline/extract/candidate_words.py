"""The words and patterns the candidate stage reads around a trigger: who moves and who only oversees
or talks, what is strengthened, what is demanded or planned, what a visit or a fall needs."""

from __future__ import annotations

import re

from ..text.dates.lexicon import lexicon
from ..text.patterns import prefiltered, trie_regex

# plans or intentions between a denial and a move: the move is only what is denied
_PLANS = re.compile(r"(?:^|\s)(?:خطط|خطه|الخطط|نيه|نوايا|plans?|intentions?|intends)(?=\s|$)")

# armed groups named by a common noun right after a movement verb (عززت الفصائل, the militants withdrew)
_GROUP_SUBJECT_AFTER = re.compile(r"\s+(?:(?:اكبر|اخر|بقيه|باقي|اغلب|معظم|the last|most of the)\s+)?(?:الفصايل|الميليشيات|المليشيات|المسلحون|المسلحين|مسلحو|مسلحي|التنظيم|عناصر التنظيم"
                                  r"|the militants|the militias|the factions|the insurgents|the rebels|militants|insurgents)(?=\s|$|[.,،])")
# a move someone else oversees (الإشراف على انسحاب, "monitor the withdrawal of"): the side after it moves
_SUPERVISED = prefiltered(re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:اشراف|مراقبه|ضمان|تسهيل|يشرف|تشرف|تراقب|يراقب)\s+(?:علي\s+)?$"
                                     r"|\b(?:supervis|overs[ae]|monitor|guarante|ensur|facilitat)\w*\s+(?:the\s+)?$"))
# what is strengthened when no force is: ties, coordination, security (تعزيز التنسيق, "reinforce cooperation")
_ABSTRACT_AFTER = re.compile(r"\s+(?:ال)?(?:تنسيق|تعاون|علاقات|علاقه|شراكه|امن|استقرار|ثقه|حوار|جهود|دور|قدرات|تبادل|روابط|مكانه"
                             r"|coordination|cooperation|ties|relations|partnership|security|stability|trust|dialogue"
                             r"|efforts|role|capabilities|capacity)(?=\s|$|[.,،])")
# verbs of ordering a move (the move ordered is itself the event, planned)
_ORDER = re.compile(r"[وف]?(?:امر|امرت|يامر|تامر|ordered|orders|directed)")
# "saying that", "noting that": what follows is what was said
_SAYING = re.compile(r"(?:^|\s)[وف]?(?:قايلا|قايله|مشيرا|مشيره|موضحا|موضحه|لافتا|لافته|مؤكدا|موكدا|مضيفا|saying|noting)\s+(?:ان|الي ان|that)\s")
# casualties after a falling word (سقوط ضحايا, سقوط عدد من القتلى)
_VICTIMS_FELL = re.compile(r"\s+(?:عدد من\s+|عشرات\s+|العديد من\s+)?(?:ال)?(?:ضحايا|قتلي|جرحي|مصابين|شهداء|قتيل|جريح)")
# pressure, efforts and calls: a move after them with ل is what they are for
_PRESSURE = re.compile(r"(?:^|\s)[وف]?(?:ال)?(?:ضغط|ضغوط|ضغوطات|مساعي|مساع|جهود|دعوات|مطالبات|مطالب|حمله|مفاوضات|محادثات"
                       r"|تتفاوض|يتفاوض|تتفاوضان|يتفاوضان|تفاوض|تسعي|يسعي|pressure|push|efforts|calls|campaign|talks"
                       r"|negotiations|negotiating)(?:\s|$)")
_CREW_OR_LOSSES = re.compile(r"(?:على متن|علي متن|متنها|متنه|طاقم|خساير|خساره|حصيله|aboard|on board|crew|losses|death toll)")
# news, letters and rumours about a move (الرسالة المتداولة بشأن سحب, معلومات حول نية الانسحاب, "reports of a
# withdrawal"): the talk, not the move
_TALK_ABOUT = re.compile(r"(?:^|[\s\x22«“])(?:ال)?(?:(?:رساله|شايعات|تسريبات|اخطارا?|letter|notification|rumou?rs?|speculation)"
                         r"\s+(?:\S+\s+){0,4}?(?:بشان|بخصوص|حول|عن|about|of|on|regarding)\s+"
                         # (news and reports of a move are its report; of an intention or a decision, talk)
                         r"|(?:انباء|معلومات|تقارير|اخبار|reports?|news)\s+(?:\S+\s+){0,4}?(?:بشان|بخصوص|حول|عن|about|of|on|regarding)\s+"
                         r"(?=(?:ال)?(?:نيه|قرار|خطط|خطه)\s|(?:a\s+|the\s+)?(?:plans?|intention|decision)\s))"
                         r"(?:(?:ال)?(?:نيه|قرار|خطط|خطه)\s+|(?:a|an|the)\s+(?:(?:plans?|intention|decision)\s+(?:to|of)\s+)?)?(?:ال|ب|بال|ل|لل)?$")
# forces with a possessive pronoun: the subject's own (قواتها, its troops)
_OWN_FORCES = re.compile(r"(?:^|\s)(?:قواتها|قواته|قواتهم|جنودها|جنوده|its (?:troops|forces|soldiers)|their (?:troops|forces))(?=\s|$|[.,،])")

# a reporting noun right before a dual troop noun: the tellers (مسؤولان عسكريان، مصدران أمنيان)
_TELLER_BEFORE = re.compile(r"(?:مس[ؤو]ولان|مس[ؤو]ولين|مصدران|مصدرين|ضابطان|ضابطين|متحدثان|وفدان|وفدين|وفود|officials|sources"
                            r"|delegations)\s*$")

# a place adverb right after a movement verb: where the article is (the base named before)
_HERE = re.compile(r"\s*(?:here|there|هنا|هناك|اليها|اليه)(?=\s|$|[.,،])")

# verbs that announce news (the fall of a city announced is the fall), unlike said/described
_ANNOUNCE = re.compile(r"[وف]?(?:اعلن|اعلنت|يعلن|تعلن|announced|announces|announce|declared|declares)")


# weapon systems handed over or delivered (تسليم منظومات إس-300, "the delivery of S-300 systems")
_DELIVERY_WORD = re.compile(r"deliver")
_WEAPON_SYSTEMS_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:\S+\s+){0,3}?(?:منظومات|منظومه|بطاريات|بطاريه|صواريخ|systems?"
                                   r"|batteries|battery|s-?[34]00|اس-?[34]00|إس-?[34]00|patriots?|باتريوت)(?!\w)")
# what a visit that is an event goes to: troops or a base
_VISITED_TROOPS = re.compile(r"\s+(?:\S+\s+){0,6}?(?:troops|forces|soldiers|service members|base|garrison|قوات|القوات|جنود|الجنود"
                             r"|قاعده|القاعده|معسكر|المعسكر|قطعات)(?!\w)")


# a clause that opens with a count and at most a hedge: an item of the list before the comma
_LIST_GOES_ON = re.compile(r"[\s,،]*(?:و|and\s+)?(?:(?:around|about|some|nearly|roughly|approximately|more than|نحو|حوالي|قرابه|زهاء"
                           r"|ما يقارب|اكثر من)\s+)?")

# an infinitive of purpose before a word of capture or defeat ("to defeat", "in order to retake")
# (with a verb joined before it: "operations to isolate and collapse its rule")
_TO_DO = re.compile(r"(?:^|\s)(?:to|in order to|aimed at|aiming to|efforts to|bid to|push to|(?:من اجل|بهدف|بغيه)(?:\s+\S+)?)"
                    r"(?:\s+[a-z]+\s+(?:and|or))?\s+$")
# the size of each unit of a force: تضم الواحدة منها 100 فرد, "each with 100 soldiers"
_EACH_UNIT = prefiltered(re.compile(r"(?:(?:ال)?واحد(?:ه)?\s+منها|كل\s+(?:واحده\s+|واحد\s+)?منها|\beach(?:\s+of\s+(?:them|which))?"
                                    r"|\bper\s+(?:company|unit|battalion))\s+(?:\S+\s+)?$"))
# a city's fall: it fell to the side named after "to" (بيد, في يد)
_FALL_WORD = re.compile(r"[وف]?(?:سقوط|سقطت|سقط|fall of|fell to|fell|fall)")
_FELL_TO = re.compile(r"(?:\bto|(?:^|\s)(?:بيد|في يد|بايدي|في ايدي|تحت سيطره))\s+(?:the\s+)?(?:\S+\s+){0,2}$")
# a relative clause describing a noun ("who have seized", الذي سيطر على)
_DESCRIBED_BY = re.compile(r"(?:^|\s)(?:who|which|that)\s+(?:has\s+|have\s+|had\s+)?$")
# (or the preposition of purpose on the noun: لتحرير, لاستعادة, لهزيمة)
_FOR_PREFIX = re.compile(r"(?:^|\s)[وف]?لل?$")
def _time_words() -> str:
    """The words of a time (months, weekdays, units, parts of the day, yesterday): the date finder's."""
    lex = lexicon()
    return trie_regex([*lex.months, *lex.weekdays, *lex.units, *lex.modifiers, *lex.reldays,
                       *lex.words("time_of_day", "night", "past"), "ساعه", "ساعات", "ساعتين", "hour", "hours",
                       "morning", "dawn", "then"])


# an event told only as the start of a span: "since the fall of Assad", منذ سقوط النظام, "ever since
# the two capitals signed their accord", منذ أن أعلنت واشنطن انسحابها (the words between it and "since"
# hold no digit, month or time word: منذ يومين قصفت, "since Tuesday" tell when, not from when)
_SINCE_CLAUSE = re.compile(r"(?:^|\s)(?:ever\s+)?(?:since|[وف]?منذ)\s+(?:ان\s+)?(?:the\s+)?"
                           rf"(?:(?!(?:ال)?(?:{_time_words()})(?!\w))[^\s\d,،;:.]+\s+){{0,6}}$")

# a word of moving that says neither arriving nor leaving, and the word before where forces go
_PLAIN_MOVE = re.compile(r"moved|moving|relocated|relocating|transferred|نقلت|نقل|تنقل|نقلها")
_DESTINATION_TO = re.compile(r"(?:^|\s)(?:to|into|towards?|الي|نحو|باتجاه)\s+(?:the\s+)?$")

# what a strike left behind: "leaving 12 civilians dead", "left two people wounded"
_LEFT_DEAD = re.compile(r"\s+(?:behind\s+)?(?:at least\s+|some\s+|more than\s+|about\s+)?(?:\S+\s+){0,3}?"
                        r"(?:dead|killed|wounded|injured|hurt|casualties)\b")

# a strike told as what came before (following, after, عقب, إثر): the cause of what the sentence tells,
# an event of its own even inside a call ("called on Ankara to withdraw following Turkish strikes")
_CAUSE_BEFORE = re.compile(r"(?:^|\s)(?:following|after|عقب|اثر|بعد)\s+(?:(?:a\s+)?series\s+of\s+|سلسله\s+)?(?:\S+\s+){0,2}$")

# the attackers as the speaker, named by a common noun: right after the verb in Arabic (قالت الفصائل,
# أعلنت الجماعة), right before it in English ("the militia said")
_GROUP_SPEAKS_AFTER = re.compile(r"\s+ال(?:جماعه|جماعات|فصيل|فصايل|حركه|تنظيم|كتايب|ميليشيا|ميليشيات|مليشيات|مقاومه)(?=\s|$|[.,،])")
_GROUP_SPEAKS_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:\S+\s+)?(?:group|groups|militia|militias|faction|factions)\s+(?:has\s+|had\s+)?$")
# between an Arabic subject and its verb: nothing, or كان/كانت قد (had)
_SVO_GAP = re.compile(r"\s*(?:(?:كانت|كان|قد|لقد)\s+){0,2}")
# the words that open the parts of a count (من بينهم, "including", "of whom")
AMONG_WORDS = "بينهم|من بينهم|منهم|بينهما|among them|including|of them|of whom"


# people who are no party speaking right after the verb (وجهاء, سكان, ناشطون, شهود عيان)
_UNNAMED_WHO = (r"(?:وجهاء|اهالي|سكان|ناشطين|ناشطون|شهود|اعيان|مصادر (?:محليه|اهليه|ميدانيه)|مصدر (?:محلي|اهلي|ميداني)"
                r"|residents?|activists?|witness(?:es)?|locals?|villagers?|local sources?)")
# (after a pronoun glued to the verb, too: وهو ما نفته مصادر محلية)
_UNNAMED_AFTER = re.compile(r"(?:[هاي]|ها|هم)?\s+(?:(?:احد|بعض|one of the|some|a|several)\s+)?" + _UNNAMED_WHO + r"(?=\s|$|[.,،])")
_UNNAMED_ANY = re.compile(r"(?:^|\s)[وف]?" + _UNNAMED_WHO + r"(?=\s|$|[.,،])")
# an armed group without its article, with words of its own after it (هددت فصائل عراقية موالية لإيران): a
# group the sentence describes, not the one named before
_UNNAMED_GROUP_AFTER = re.compile(r"\s+(?:جماعه|جماعات|فصيل|فصايل|ميليشيا|ميليشيات|مليشيات|مجموعات|مجموعه|مسلحون|مسلحين)\s+(?!ال)\S")
# ... or right before it (SVO: مصادر أهلية كذبت الرواية, "local sources denied")
_UNNAMED_BEFORE = re.compile(r"(?:^|\s)[وف]?" + _UNNAMED_WHO + r"\s+$")
_UNNAMED_SPEAKER = re.compile(r"(?:^|\s)(?:وجهاء|اهالي|سكان|ناشطون|ناشطين|شهود|مراقبون|محللون|خبراء|اعيان|شيوخ|عشاير"
                              r"|متظاهرون|محتجون|المحتجون|المتظاهرون|residents|activists|witnesses|analysts|experts"
                              r"|protesters|locals)(?=\s|$)")
# the scene of what happened as where forces arrived (وصلت قوة إلى المكان, "arrived at the scene")
_TO_THE_SCENE = re.compile(r"(?:الي|ل)\s*(?:عين\s+)?(?:المكان|مكان الحادث|مكان الحادثه|موقع الحادث|موقع الحادثه|موقع الانفجار|مكان الانفجار"
                           r"|مكان الهجوم|موقع الهجوم|موقع القصف|مكان القصف)(?!\S)|\b(?:to|at)\s+the\s+scene\b")
# an aircraft that landed (طائرة شحن هبطت, "a cargo plane landed"): a missile that landed moved nothing
_LANDED_CRAFT = re.compile(r"طايره|طايرات|طايرتا|طايرتي|طايرتان|مروحيه|مروحيات|\b(?:planes?|aircraft|jets?|helicopters?|airlifters?)\b")
