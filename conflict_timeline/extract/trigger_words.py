"""Stage helper: the event words of a sentence. Each trigger word found is kept unless the words
around it say it tells no event of its own: a negation or a negated verb governing it, a reference
to an old agreement, a word naming a kind of aircraft or unit, a convoy or patrol that was struck, a
publication, a word inside a name."""

from __future__ import annotations

import re

from ..text.arabic import map_span, normalize
from .hits import _Mention, _TriggerHit
from .rules import (
    _EXPOSED,
    _LEFT_CASUALTIES,
    _NEGATION,
    _PUBLISHED_AFTER,
    _PUBLISHED_BEFORE,
    _REFERENCE,
    _WEAPON_NOUN,
    Rules,
    Trigger,
)

# a plan between a negation and a move ("not planning to withdraw"): the plan is denied, as a denial
_PLAN_WORD = re.compile(r"\b(?:planning|plans?|planned|intend|intends|intention)\b")
# "attack" naming a kind of aircraft or vessel (attack jets, طائرات هجومية)
_WEAPON_TYPE_AFTER = re.compile(r"\s+(?:jets?|aircraft|planes?|helicopters?|drones?|submarines?|craft)\b")
# "strike" naming a kind of unit or aircraft: "the coalition strike force", "a carrier strike group"
_STRIKE_MODIFIER = re.compile(r"\s+(?:force|forces|group|groups|fighters?|aircraft|jets?|package|capability|capabilities|wing|squadron)\b")
# (a modifier may stand between: مروحيات عسكرية هجومية)
_AIRCRAFT_BEFORE = re.compile(r"(?:طايرات|طايره|مروحيات|مروحيه|مقاتلات|مسيرات|زوارق|غواصات)\s+(?:[^\s.,،]+\s+)?$")
# words of harm: a patrol in a sentence holding one is what was struck, not a patrol to code
_HARM_WORDS = re.compile(r"استهداف|استهدف|تعرض|هجوم|انفجار|عبوه|قصف|مقتل|اصابه|attack|struck|hit|explo|bomb|ied|killed|wounded|injured|ambush")
_DESCRIBED_BEFORE = re.compile(r"(?:^|\s)(?:where|which|that|continue|continues|حيث|التي|الذي|تواصل|يواصل|تستمر|يستمر)\s")
_CONVOY_WORDS = frozenset({"convoy", "convoys", "military convoy", "رتل", "رتلا", "ارتال", "قافله", "قوافل"})
# a negated verb governing the event word after it: لم تتفق مع العراق على (إنهاء وجودها)
_NEGATED_GOVERNOR = re.compile(r"(?:^|\s)(?:لم|لن)\s+\S+\s+(?:مع\s+(?:ال)?\S+\s+)?(?:علي|على)\s+(?:ال)?$")
# a verb of leaving a few words after a convoy
_LEFT_AFTER = re.compile(r"(?:\s+[^\s.،,]+){0,4}?\s+[وف]?(?:انسحب|انسحبت|غادر|غادرت|ينسحب|تنسحب|withdrew|left|pulled out)(?!\S)")
# a word of striking right before a convoy (it was struck, it did not move in the telling)
_STRUCK_BEFORE = re.compile(r"(?:targeted|targeting|attacked|struck|hit|ambushed|bombed|استهدف|استهدفت|استهداف|هجوم علي|هاجم|هاجمت"
                            r"|قصف|قصفت)\s+(?:an?\s+|the\s+)?$")
# shooting down: a strike on an aircraft (a drone or missile shot down is an interception, no strike)
_DOWN_WORDS = frozenset({"shot down", "shoots down", "shooting down", "downed", "اسقطت", "اسقط", "اسقاط", "اسقاطها", "اسقاطه", "اسقاطهم", "واسقاط", "باسقاط"})
_AIRCRAFT_WORD = (r"(?:jets?|warplanes?|aircraft|planes?|helicopters?|su-?\d+|mig-?\d*|fighter jets?|طايره حربيه|طايرات حربيه"
                  r"|الطايره الحربيه|مقاتله|المقاتله|مروحيه|المروحيه|طايره سوخوي|سوخوي|ميغ"
                  r"|مروحيت\w*|طايرت\w*|مقاتلت\w*)")  # (مروحيتهم, طائرته: their helicopter, its plane)
_DOWNED_AFTER = re.compile(r"\s+(?:(?!drone|مسيره|مسيرات|صاروخ|missile|rocket)\S+\s+){0,5}?" + _AIRCRAFT_WORD + r"(?![\w])")
_DOWNED_BEFORE = re.compile(_AIRCRAFT_WORD + r"\s+(?:\S+\s+){0,4}?$")
# "left" after what there is or is not ("there is not a single structure left", "only a few troops
# left"): what remains, no one leaving
_REMAINING_BEFORE = re.compile(r"\b(?:there (?:is|are|was|were)|not a single|nothing|none|only|little|few)\b(?:\s+\S+){0,4}\s+$")
# an English passive of striking after a convoy word: the convoy was struck, it did not move
_EN_STRUCK_AFTER = re.compile(r"\s+(?:[^\s.,;]+\s+){0,5}?(?:was|were|had been|has been)\s+(?:\S+\s+)?"
                              r"(?:targeted|hit|struck|attacked|ambushed|shelled|bombed)\b")
# a verb of result between a negation and an event word, or right after the word: what is denied is
# the harm the event did, not the event
_RESULT_VERB = re.compile(r"\s(?:ان\s+)?(?:يسفر|تسفر|يودي|تودي|يخلف|تخلف|يوقع|توقع|يتسبب|تتسبب)\s")
_RESULT_AFTER = re.compile(r"\s+(?:causing|resulting|leaving|inflicting)\b")
# a reply as what something is or comes as (الهجمات هي رد على العدوان, جاء الهجوم رداً): no speech
_IS_A_REPLY = re.compile(r"(?:^|\s)(?:هي|هو|جاء|جاءت|ياتي|تاتي|يعد|تعد|يعتبر|تعتبر|بمثابه|كان|كانت)\s+$")
# nouns of an incursion or an aggression, whose nationality names the side that made it (توغل تركي,
# العدوان الإسرائيلي, "a Turkish incursion")
INCURSION_AR = "توغل|عدوان|اجتياح|اعتداء"
INCURSION_EN = "incursion|aggression|invasion"
# the kind of a strike after its noun (قصف مدفعي, قصف صاروخي مكثف)
STRIKE_KIND_AR = "مدفعي|صاروخي|جوي|بري|مكثف|عنيف|متقطع|مدفعيه|صاروخيه|جويه|بريه|مكثفه|عنيفه|متقطعه"
# answering with fire (ردت على مصادر النيران, ردت بالمثل, responded with artillery): a strike
_ANSWER_WORDS = frozenset({"رد", "ردت", "responded", "retaliated"})
_FIRE_AFTER = re.compile(r"\s+(?:\S+\s+){0,3}?(?:مصادر النيران|مصدر النيران|بالمثل|بقصف|بالقصف|بالمدفعيه|بنيران|بالنيران|with fire"
                         r"|with artillery|with strikes|by shelling|by striking)")
_RETURNED_FIRE = Trigger("attack", "violence", "attack", 0.8)
# "deal" as a verb: before with/blows, after a modal or "to"
_DEAL_VERB_AFTER = re.compile(r"\s+(?:with|such|a blow|blows|the blow|heavy|severe)\b")
_DEAL_VERB_BEFORE = re.compile(r"\b(?:will|would|to|can|could|we|they|must|should)\s+$")


# "agreed to" + a verb, with one party: a decision ("agreed to delay"); two parties, or "with", agree
_AGREED_TO_VERB = re.compile(r"\s+to\s+(?!a\b|an\b|the\b|terms\b|its\b|their\b)[a-z]+")
_TWO_PARTIES = re.compile(r"\b(?:and|both|two sides|the sides|the two|parties)\b")
_WITH_PARTY = re.compile(r"\s+with\b")
_DE_ESCALATION = re.compile(r"\s+(?:ال)?(?:تصعيد|توتر|توترات|حده|العنف|الاشتباك)")
# what one calls on or for ("called on", "called for"): a call, not a name given
_CALL_OBJECT = re.compile(r"\s+(?:on|for|upon|to)\b")
# ورد is "and he replied" only with على after it (ورد الجيش على); else it is "came, was mentioned"
_REPLY_ON = re.compile(r"(?:\s+\S+){0,6}?\s+(?:علي|على)(?=\s)")


# a verb of destroying is a strike only with the military targets it destroyed after it
_DESTROY_WORDS = frozenset(("destroyed", "destroying", "تدمير", "دمرت", "دمر"))
_DESTROYED_TARGETS = re.compile(r"\s+(?:\S+\s+){0,3}?[\"«]?(?:ال)?(?:targets|positions|hideouts|shelters|depots|bunkers|caves|"
                                r"headquarters|launchers|اهداف|هدفا|هدف|مواقع|موقعا|مقرات|مقرا|مخابي|اوكار|مستودعات|مخازن|"
                                r"تحصينات|منصات)(?!\w)")


def find_triggers(rules: Rules, text: str, norm: str, offs: list[int],
                  mentions: list[_Mention]) -> tuple[list[_TriggerHit], list[str]]:
    """The sentence's trigger hits, and the families of the event words found negated."""
    triggers: list[_TriggerHit] = []
    negated: list[str] = []
    may_govern = "لم " in norm or "لن " in norm  # (a negated governor is looked for only then)
    for m in rules.trigger_re.finditer(norm):
        w, start, w_end = m.group("w"), m.start(), m.end("w")
        if norm[start:w_end].strip().endswith("الامر") and not norm.startswith((" ب", " بال"), w_end):
            continue  # لم يقتصر الأمر على, "the matter": no order (الأمر بسحب القوات is one)
        neg = _NEGATION.search(norm, max(0, start - 20), start)
        if neg and (_RESULT_VERB.search(neg.group()) or _RESULT_AFTER.match(norm, w_end)):
            neg = None  # دون أن يسفر القصف عن إصابات, "without the attack causing injuries": no harm, the attack was
        if neg and not _PLAN_WORD.search(neg.group()):
            negated.append(rules.triggers[w].family)
            continue  # لا يعني انسحابا, no withdrawal, not deployed ("not planning to": a denied plan)
        if may_govern and _NEGATED_GOVERNOR.search(norm, max(0, start - 40), start):
            continue  # لم تتفق مع العراق على إنهاء وجودها: what was not agreed
        if _REFERENCE.search(norm, max(0, start - 14), start) and not _EXPOSED.search(
                norm, max(0, start - 24), start):
            continue  # بموجب اتفاق 1974, under the agreement: a reference, not an event
        if w == "called" and any(0 <= q.start - offs[min(w_end, len(offs) - 1)] <= 5 and q.actor is not None
                                 and q.actor.type == "armed_group" for q in mentions) and not _CALL_OBJECT.match(norm, w_end):
            continue  # "an alliance called the Islamic Resistance": a name given, no call
        if w in _DESTROY_WORDS and not _DESTROYED_TARGETS.match(norm, w_end):
            continue  # "destroyed 20 PKK targets", تدمير 20 هدفا: a strike told by its result; "destroyed the old city": none
        if w in ("left", "leaves", "leave") and (_LEFT_CASUALTIES.match(norm, w_end) or (
                w == "left" and _REMAINING_BEFORE.search(norm, max(0, start - 40), start))):
            continue  # "the strike left three soldiers dead": a toll, no one left; "not a single building left": what remains
        if _WEAPON_TYPE_AFTER.match(norm, w_end) if w == "attack" else _STRIKE_MODIFIER.match(norm, w_end) if w == "strike" else (
                "هجومي" in w and _AIRCRAFT_BEFORE.search(norm, max(0, start - 24), start)):
            continue  # "attack jets", طائرات هجومية, "the strike force": a kind of aircraft or unit, no attack
        if w in _DOWN_WORDS and not (_DOWNED_AFTER.match(norm, w_end) or _DOWNED_BEFORE.search(
                norm, max(0, start - 40), start)):
            continue  # "one drone was shot down", أسقطت إحداهما: intercepted, no strike
        if w in _CONVOY_WORDS and (_STRUCK_BEFORE.search(
                norm, max(0, start - 24), start) or any(
                t.trigger.family in ("violence", "troops") and t.norm_start < start for t in triggers)
                or (w in ("ارتال", "قوافل", "convoys") and _EXPOSED.search(norm, 0, start))
                or _EXPOSED.search(norm, w_end, min(len(norm), w_end + 50))  # (رتلا للتحالف تعرض لتفجير: struck)
                or _EN_STRUCK_AFTER.match(norm, w_end)):  # ("a convoy of the army was targeted": struck)
            continue  # "targeted a convoy of US forces", قصفت طائرات التحالف رتلا ... عناصر الرتل: what
            # was struck, no move; انسحب رتل: the convoy is who moved, as the verb says; convoys
            # listed among what keeps coming under attack (تتعرض المنطقة ... والأرتال) are a target
        if rules.triggers[w].hint == "patrol" and (_HARM_WORDS.search(norm) or _DESCRIBED_BEFORE.search(
                norm, max(0, start - 60), start)):
            continue  # "a roadside bomb hit a joint patrol", استهداف دورية: the patrol was struck; "the
            # border where Russian and Turkish forces carry out joint patrols": a description
        if w in _CONVOY_WORDS and _LEFT_AFTER.match(norm, w_end):
            continue  # رتلا للقوات الأمريكية انسحب, "a convoy ... pulled out": the verb says how it moved
        if w == "deal" and (_DEAL_VERB_AFTER.match(norm, w_end) or _DEAL_VERB_BEFORE.search(
                norm, max(0, start - 12), start)):
            continue  # "we shall deal them a blow", "to deal with": a verb, no accord
        if w == "agreed" and _AGREED_TO_VERB.match(norm, w_end) and not _TWO_PARTIES.search(
                norm, max(0, start - 60), start) and not _WITH_PARTY.match(norm, w_end):
            continue  # "Trump agreed to delay the pullout": one side's decision, no agreement between parties
        if w in ("خفض", "تخفيض") and _DE_ESCALATION.match(norm, w_end):
            continue  # منطقة خفض التصعيد, خفض التوتر: de-escalation, no troops cut
        word = norm[start:m.end()].strip()
        if word in ("فرد", "فردا") or (word in ("ورد", "وردت", "ورده") and not _REPLY_ON.match(norm, m.end())):
            continue  # فرد (an individual), وردت أنباء (news came): a word of its own, not ف/و + رد
        if w == "رد" and _IS_A_REPLY.search(norm, max(0, start - 16), start):
            continue  # الهجمات هي رد على, جاء ردا: what the attacks are, no one replying
        if w.endswith("اضاف") and norm.startswith("ه", w_end):
            continue  # إضافة إلى, بالإضافة: "in addition to", no one adding a word
        if "نشر" in w and (_PUBLISHED_AFTER.match(norm, w_end) or _PUBLISHED_BEFORE.search(
                norm, max(0, start - 50), start)):
            continue  # نشرت صحيفة, الميزانية التي نشرتها الوزارة: published, nothing deployed
        a, b = map_span(offs, m.start("w"), w_end)
        trigger = rules.triggers[w]
        if trigger.family in ("other", "political") and any(
                q.actor is not None and q.start <= a and b <= q.end for q in mentions):
            continue  # هيئة تحرير الشام: a word of a name ("liberation"), no event
        if text[a:a + 1].isupper() and a > 0 and any(q.place is not None and q.start <= a and b <= q.end for q in mentions):
            continue  # "the town of Hit": a capitalized name of a place, no strike
        if w in _ANSWER_WORDS and _FIRE_AFTER.match(norm, w_end):
            trigger = _RETURNED_FIRE  # ردت على مصادر النيران, "returned fire": a strike, not a reply
        triggers.append(_TriggerHit(a, b, text[a:b], trigger, m.start("w")))
    if "violence" in negated and triggers and all(
            _WEAPON_NOUN.fullmatch(normalize(t.text)) for t in triggers if t.trigger.family == "violence"):
        # أحبط هجوما ... باستخدام طائرات مسيرة, "no attack with drones": the weapons are those of the
        # attack that was foiled or denied, no attack of their own
        triggers = [t for t in triggers if t.trigger.family != "violence"]
    return triggers, negated
