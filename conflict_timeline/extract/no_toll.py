"""A strike told to have hurt no one: "causing no injuries", لم يسفر عن وقوع إصابات, دون وقوع خسائر.

Such a strike has a toll of zero, which is a fact of its own (a toll nobody gave is unknown, None).
Talk of reports is no toll: "no immediate reports of casualties", لم ترد تقارير عن إصابات, says only that
nothing was heard yet; nor is the safety of bystanders ("no civilians were harmed" by a strike that
killed two fighters). A phrase of injuries or casualties zeroes both counts (no one hurt is no one
killed either); one of deaths only the dead.
"""

from __future__ import annotations

import re

from ..text.patterns import prefiltered

# (normalized spelling: ئ is ي, ؤ is و, ة is ه, ى is ي)
_AR_VERB = (r"(?:يسفر|تسفر|اسفر|اسفرت|يودي|تودي|تقع|يقع|يوقع|توقع|يسجل|تسجل|سجلت|سجل|تسجيل|وقوع|سقوط|يخلف|تخلف"
            r"|يتسبب|تتسبب|تسبب|يسقط|تسقط|يلحق|تلحق|ترد)")
_AR_NOUN_HURT = r"(?:اصابات|اصابه|ضحايا|خساير|اضرار بشريه)"
_AR_NOUN_DEAD = r"(?:قتلي|وفيات|قتيل)"
_NO_TOLL = prefiltered(re.compile(
    # لم يسفر الهجوم عن وقوع أي إصابات, دون أن تقع إصابات, بدون وقوع خسائر بشرية, لم تسجل إصابات
    r"(?:^|\s)[وف]?(?:دون|بدون|من دون|لم|ولم)\s+(?:ان\s+)?(?P<ar_verb>" + _AR_VERB + r")(?:\s+(?!عن\b)\S+)?\s+"
    r"(?:(?:عن|في|الي|ب)\s*)?(?:(?:وقوع|سقوط|تسجيل)\s+)?(?:(?:اي|ايه)\s+)?\"?"
    r"(?:(?P<ar_hurt>" + _AR_NOUN_HURT + r")|(?P<ar_dead>" + _AR_NOUN_DEAD + r"))(?=\s|$|[.,،؛\x22])"
    # لا إصابات, لا خسائر بشرية
    r"|(?:^|\s)[و]?لا\s+(?P<ar_none>" + _AR_NOUN_HURT + r")(?=\s|$|[.,،؛\x22])"
    # لم يصب أحد, لم يقتل أي شخص
    r"|(?:^|\s)[و]?لم\s+(?:(?P<ar_hit>يصب|يجرح|يتعرض)|(?P<ar_killed>يقتل|يلق))\s+(?:اي\s+)?(?:احد|شخص|جندي|عنصر)"
    # اقتصرت الأضرار على الماديات, خسائر مادية فقط
    r"|(?P<ar_material>(?:اقتصرت|اقتصر)\s+(?:ال)?(?:خساير|اضرار)\s+(?:\S+\s+)?(?:علي|على)\s+(?:ال)?(?:ماديات|ماديه|اضرار الماديه|اضرار ماديه)"
    r"|(?:خساير|اضرار)\s+ماديه\s+فقط)"
    # "no casualties", "no U.S. casualties", "without injuries", "no deaths", "no fatalities"
    r"|\b(?:no|without(?:\s+(?:causing|inflicting|leaving|resulting in))?(?:\s+any)?|zero)\s+(?:(?:immediate|u\.?s\.?|american|coalition|iraqi|syrian|turkish|human|military"
    r"|personnel|civilian|serious)\s+)*(?:(?P<en_hurt>casualties|injuries)|(?P<en_dead>deaths|fatalities))\b"
    # "no one was hurt", "nobody was killed", "no U.S. personnel were injured", "no soldiers were harmed"
    r"|\b(?:no one|nobody|no\s+(?:\S+\s+){0,2}?(?:personnel|troops|soldiers|service members|servicemembers|one else))"
    r"\s+(?:was|were|had been|has been|have been)\s+(?:\S+\s+)?(?:(?P<en_hit>hurt|injured|wounded|harmed)|(?P<en_killed>killed))\b"
))


def no_toll(norm: str, lo: int = 0, hi: int | None = None) -> tuple[int | None, int | None]:
    """(0, 0) when `norm[lo:hi]` tells that no one was hurt, (0, None) when it tells that no one was
    killed, else (None, None). A negated verb of reports (لم ترد, "no reports of") tells nothing."""
    found = no_toll_at(norm, lo, hi)
    return (found[0], found[1]) if found is not None else (None, None)


def no_toll_at(norm: str, lo: int = 0, hi: int | None = None) -> tuple[int, int | None, int] | None:
    """As `no_toll`, with where the phrase starts; None when `norm[lo:hi]` has none."""
    hi = len(norm) if hi is None else hi
    for m in _NO_TOLL.finditer(norm, lo, hi):
        if m.group("ar_verb") == "ترد":
            continue  # لم ترد (تقارير عن) إصابات: nothing heard yet
        if m.group("ar_dead") or m.group("ar_killed") or m.group("en_dead") or m.group("en_killed"):
            return 0, None, m.start()
        return 0, 0, m.start()
    return None
