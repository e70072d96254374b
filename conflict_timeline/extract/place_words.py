"""The words around a place name that say what it is in the sentence: a landmark, a road's name, an
outlet's or a unit's name, an end of a move, where a speaker spoke, a place denied (read by
`where_when`)."""

from __future__ import annotations

import re

from ..text.patterns import prefiltered
from .rules import CAPITAL_BEFORE_NAME

# a troop noun right before a country name makes the name its nationality (150 جندياً تركياً)
# quotation marks around a name (قاعدة «بلد»): not words between a place word and the name
_QUOTES = " \"'«»“”„‘’"

# a source or outlet noun right before a name: the name is the outlet's (قناة الميادين, مصادر الميادين)
_SOURCE_NOUN_BEFORE = prefiltered(re.compile(r"(?:^|\s)[وف]?(?:ل|ب)?(?:مصادر|مصدر|مراسل|مراسلو|مراسلي|قناه|موقع|شبكه|صحيفه|وكاله|تلفزيون)\s+$"))

_ON_END = re.compile(r"(?:^|\s)علي\s+$")  # (normalized على)
# a distance before a place: the place is a landmark to measure from
# (a direction may stand between: "70 km north-east of", كيلومترا إلى الشمال الشرقي من)
_DISTANCE_FROM = re.compile(r"(?:كيلومتر\S*|كلم|كم|km|kilomet(?:er|re)s?|miles?)\s+(?:\S+\s+){0,3}?(?:عن|من|from|of)\s+$")


# a direction or distance word before a place: it locates something named before it
_DIRECTION = prefiltered(re.compile(r"(?:^|\s)(?:قرب|بالقرب من|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|جنوب شرق|جنوب غرب|شمال شرق|"
                                    r"شمال غرب|شمال شرقي|شمال غربي|جنوب شرقي|جنوب غربي|ضواحي|اطراف|near|outside|north of|"
                                    r"south of|east of|west of|northeast of|northwest of|southeast of|southwest of)\s*"
                                    r"(?:(?:the\s+)?(?:city|town|village|province|district)\s+of\s+|(?:مدينه|بلده|قريه|محافظه|قضاء|ناحيه)\s+"
                                    rf"|{CAPITAL_BEFORE_NAME})?"
                                    r"(?:ال)?$"))
# an English base word after a town's name (the Harir base, Erbil air base)
_BASE_AFTER = re.compile(r"\s+(?:air\s+|military\s+)?(?:base|airbase|air base|airfield|airport)\b", re.IGNORECASE)
# a capitalized word or an article joined after a name: the name goes on (Tal Al-Sahen)
# an English name that goes on with a capitalized word that is no place word, before or after it
_PLACE_WORDS_EN = (r"(?:Air|Base|Airport|Airbase|Airfield|International|Governorate|Province|District|Dam|Bridge|Camp|Garrison"
                   r"|Mountains?|Plains?|Countryside|City|Town|Village|Military|Oil|Gas|Fields?|Region|Valley|Road|Highway"
                   r"|Border|Crossing|Checkpoint|Embassy|Consulate|Palace|Hospital|Prison|Refinery|Square|Street|Island"
                   r"|Heights|Hills?|Plateau|Mountain|Desert|Strip|Coast|Lake|River|Port|Harbou?r|Zone)")
_LONGER_NAME_AFTER = re.compile(rf" (?!{_PLACE_WORDS_EN}\b)(?!(?:January|February|March|April|May|June|July|August|September"
                                r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}")
_LONGER_NAME_BEFORE = re.compile(r"(?<![.!?:;,]\s)(?<!^)\b(?!(?:The|In|On|At|Near|North|South|East|West|Northern|Southern|Eastern|Western"
                                 r"|Central|Upper|Lower|Greater|Old|New|Al|El|Tal|Tell|Camp|Mount|Jabal|Wadi|Ras|Ain|Deir|Abu|Bir|Tel)\b)"
                                 r"[A-Z][a-z]{2,}(?<!i)(?<!an)(?<!ish)(?<!ese) $")
_NAME_GOES_ON = re.compile(r"[ -](?:[Aa]l-|[Ee]l-|[Aa]s-|[Aa]d-|[Aa]r-|[A-Z][a-z])")
# a compass word right before a town: somewhere around it, not in it (في شرق المدينة, in its east, is
# in it); "the province of" a town: its governorate
_COMPASS_BEFORE = re.compile(r"(?:^|(?<!\sفي)(?<!^في)\s)(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|جنوب شرق|جنوب غرب|شمال شرق|شمال غرب|"
                             r"شمال شرقي|شمال غربي|جنوب شرقي|جنوب غربي|north of|south of|east of|west of|northeast of|"
                             r"northwest of|southeast of|southwest of|province of|governorate of|rural|countryside of|outskirts of|مشارف|ضواحي)\s*"
                             rf"{CAPITAL_BEFORE_NAME}?$")
# a town's name in a time zone, a unit or an outlet's name is no place of the event
_NOT_A_PLACE_BEFORE = re.compile(r"(?:توقيت|بتوقيت|time in|لواء|brigade|قناه|موقع|صحيفه|إذاعه|اذاعه)\s*$")
# a diplomat's post (استدعاء سفيرها في بغداد, سحب القائم بالأعمال من أنقرة, "its ambassador in Baghdad")
_ENVOY_POST = prefiltered(re.compile(r"(?:^|\s)[وب]?(?:ال)?(?:سفير|سفيره|سفيرها|سفيرا|سفراء|قايم بالاعمال|ambassador|envoy|charge d'affaires)"
                                     r"\s+(?:\S+\s+){0,2}?(?:في|لدي|من|الي|in|to|from)\s+$"))


# a unit named after a town (the Siirt Third Commando Brigade, لواء ...) is no place
_UNIT_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:brigade|division|battalion|regiment|commando)\b")
# a command named after its area (قاطع عمليات كركوك, قيادة عمليات الأنبار, Kirkuk Operations Command)
_COMMAND_BEFORE = prefiltered(re.compile(r"(?:^|\s)(?:قاطع|قياده|قيادة)\s+(?:عمليات\s+)?$|(?:^|\s)عمليات\s+$"))
_COMMAND_AFTER = re.compile(r"\s+operations\s+(?:command|center|centre|sector)\b")


# a capital the subject of a relative clause after it (بغداد التي استدعت السفير, "Baghdad, which
# summoned the envoy"): the government acting
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:التي|الذي|which|who)\s+(?:قد\s+|had\s+|has\s+)?[^\s\d]+(?:ت|وا|ed)(?=\s)")
# a relative pronoun and its verb right before a name: the name is the verb's subject (التي أطلقتها
# أنقرة, "which Ankara launched")
_RELATIVE_VERB = re.compile(r"(?:^|\s)(?:التي|الذي|اللذين|اللتين|الذين|which|that|who|whom)\s+(?:[^\s\d]+\s+)?$")
# a capital right before a verb of saying or judging ("Ankara says", "Baghdad considers", "Damascus
# accused"): the government
_JUDGING_AFTER = re.compile(r"\s+(?:says|said|considers|considered|regards|regarded|views|viewed|sees|saw|accuses|accused"
                            r"|believes|believed|insists|insisted|wants|wanted|fears|feared|demands|demanded|denies|denied"
                            r"|claims|claimed|blames|blamed|rejects|rejected)\b")


# a road named after the cities it joins (طريق حلب - اللاذقية, the Aleppo-Latakia highway)
_ROAD_BEFORE = re.compile(r"(?:^|\s)[وب]?(?:طريق|الطريق|(?:ال)?(?:اوتوستراد|اوتستراد|اتوستراد)|road|highway|motorway)\s+(?:الدولي\s+|السريع\s+)?[\"«]?\s*$")
_STATIONED_AT = prefiltered(re.compile(r"(?:المتمركزه|المتمركزين|المتمركز|المنتشره|المنتشرين|stationed|based)\s+(?:في|ب|at|in)\s+(?:\S+\s+){0,2}$"))
# a road told by the towns it joins: الطريق الدولي الواصل بين دمشق وحلب, "the highway linking X and Y"
_ROAD_LINKING = re.compile(r"(?:طريق|اوتوستراد|اوتستراد|اتوستراد|road|highway|motorway)\s+(?:\S+\s+){0,3}?(?:الواصل|الرابط|الذي يربط|"
                           r"الذي يصل|linking|connecting|that links|that connects|between|بين|from)\s+(?:\S+\s+){0,3}?"
                           r"(?:و|and\s+|to\s+|-\s*)?$")
_ROAD_WORDS = ("طريق", "اوتوستراد", "اوتستراد", "اتوستراد", "road", "highway", "motorway")
_INCLUDING_WORDS = ("بما في", "بما فيه", "ومنها", "من بينها", "including", "among them", "such as")
_ROAD_AFTER = re.compile(r"(?:\s*-\s*[a-z]+)?\s+(?:highway|road|motorway)\b")
# the day after another event (غداة, "a day after"): what follows is that event, not this one
_DAY_AFTER = prefiltered(re.compile(r"(?:^|\s)(?:غداه|في اعقاب|a day after|the day after|in the wake of)\s"))


# where one spoke: "addressing the soldiers at the airfield", خلال كلمة ألقاها أمام الجنود في القاعدة
_SPOKE_AT = prefiltered(re.compile(r"(?:^|\s)(?:speaking|addressing|in a speech|(?:خلال|في)\s+(?:كلمه|خطاب)(?:\s+القاها)?)\s+"
                                   r"(?:[^,،.]+\s+)?(?:at|in|في)\s+(?:the\s+)?(?:\S+\s+)?$"))


# a place denied: "but not in Syria", وليس في سوريا
_NOT_THERE = prefiltered(re.compile(r"(?:^|\s)(?:not|never|[وف]?ليس|[وف]?لا|[وف]?غير)\s+(?:in|to|into|over|في|الي|علي|داخل)\s+$"))

# the two ends of a move: "from" / من before the place it leaves, "to" / إلى before where it goes
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:and\s+)?(?:from|و?من)\s+(?:(?:قاعده|مدينه|محافظه|the|base|city|of)\s+)?$")
_TO_BEFORE = re.compile(r"(?:^|\s)(?:and\s+)?(?:to|into|و?الي|و?نحو)\s+(?:(?:قاعده|مدينه|محافظه|the|base|city|of)\s+)?$")
_LAUNCHED_FROM = prefiltered(re.compile(r"(?:^|\s)(?:launched|fired|sent|launch|firing|اطلقت|اطلقتها|اطلقتهما|اطلقها|اطلقهما|اطلق|[وب]?اطلاق)\s+(?:\S+\s+){0,4}?"
                                        r"(?:from|من)\s+(?:ريف\s+|the\s+|(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+)?$"
                                        # (or "from the direction of", من اتجاه الجولان)
                                        r"|(?:^|\s)(?:من|from)\s+(?:the\s+)?(?:اتجاه|جهه|ناحيه|direction of)\s+(?:ال)?$"))

# "near X and near Y", قرب X وقرب Y: the same direction word before each place, a list, no locator
# (a day of its own may stand before the second: "near X on Monday, and on Friday near Y")
_PARALLEL_DIRECTION = re.compile(r"\s*[,،]?\s*(?:(?:and|or)\s+|و\s*|او\s+)?(?:(?:on|in|يوم|في)\s+\S+(?:\s+\d{1,2})?\s*[,،]?\s+)?(?:near|outside|(?:north|south|east|west|northeast"
                                 r"|northwest|southeast|southwest) of|قرب|بالقرب من|شمال|جنوب|شرق|غرب)\s+")
