"""Temporal expressions: a table of sentences with their reference dates and expected values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from conflict_timeline.text.arabic import is_arabic
from conflict_timeline.text.dates import (
    TemporalExpression,
    find_dates,
    numeric_day_first,
    parse_publication_date,
)

Expected = tuple[str | None, str | None, str]

MON = date(2024, 1, 15)  # a Monday: the publication day of most cases


def day(iso: str) -> Expected:
    return (iso, iso, "day")


UNDATED: Expected = (None, None, "unknown")


@dataclass(frozen=True)
class Case:
    sentence: str
    reference: date | None
    expected: tuple[Expected, ...]
    label: str


def C(sentence: str, reference: date | None, *expected: Expected, label: str = "") -> Case:
    return Case(sentence, reference, tuple(expected), label or sentence[:40])


CASES: list[Case] = [
    # publication lines and weekdays in a report published on Monday 15 January 2024
    C("تاريخ النشر: 15th, January 2024 GMT", MON, day("2024-01-15")),
    C("رفضت بغداد، الإثنين، أي وجود عسكري أجنبي جديد على أرضها.", MON, day("2024-01-15")),
    C("نفى الجيش الاثنين وجود أي تعزيزات جديدة في القاعدة.", MON, day("2024-01-15")),
    C("والإثنين أعلنت الوزارة انتهاء المهمة الاستشارية.", MON, day("2024-01-15")),
    C("وقال المتحدث يوم الأحد إن القوات ستبقى في مواقعها.", MON, day("2024-01-14")),
    C("وأعلنت الفصائل الجمعة تنفيذ هجوم على القاعدة.", MON, day("2024-01-12")),
    C("وتعرضت القاعدة لهجوم بطائرة مسيرة فجر السبت.", MON, day("2024-01-13")),
    C("وستعقد اللجنة اجتماعها الأحد المقبل في بغداد.", MON, day("2024-01-21")),
    C("وقال البيان إن الاجتماع سيعقد الإثنين القادم.", MON, day("2024-01-22")),
    C("وكان الوزير قد زار أربيل الخميس الماضي.", MON, day("2024-01-11")),
    C("وقالت الوزارة إن الإثنين الماضي شهد هجومين.", MON, day("2024-01-08")),
    C("وقعت الغارة الأحد على مواقع الفصيل.", date(2024, 12, 8), day("2024-12-08")),
    # months with الجاري / الماضي / المقبل and paired calendars
    C("ففي 5 يناير/كانون ثاني الجاري، نعى الجيش المسؤول الذي لقي حتفه.", MON, day("2024-01-05")),
    C("وما زالت المواجهات مستمرة منذ 7 تشرين الأول/أكتوبر الماضي.", MON, day("2023-10-07")),
    C("وصدر القرار في 15 كانون الثاني/يناير 2024 عن مجلس الوزراء.", MON, day("2024-01-15")),
    C("وتعود الاتفاقية إلى كانون الثاني 2024 حين وقعها الطرفان.", MON, ("2024-01-01", "2024-01-31", "month")),
    C("وانطلقت العملية في تشرين 1 بعد أسابيع من التحضير.", MON, ("2023-10-01", "2023-10-31", "month")),
    C("وقع الهجوم في 12 ديسمبر الماضي قرب المطار.", MON, day("2023-12-12")),
    C("ومن المتوقع أن تصل التعزيزات في 3 فبراير المقبل.", MON, day("2024-02-03")),
    C("وسيلتقي الوفدان في إبريل المقبل في واشنطن.", MON, ("2024-04-01", "2024-04-30", "month")),
    C("وجرى تسليم القاعدة في أكتوبر من العام الماضي.", MON, ("2023-10-01", "2023-10-31", "month")),
    C("وجاء القرار في فبراير بعد مشاورات طويلة.", MON, ("2023-02-01", "2023-02-28", "month")),
    C("وصلت القوات في 28 ديسمبر إلى القاعدة.", date(2025, 1, 3), day("2024-12-28")),
    C("وجرى الاقتراع في 10 يناير وسط إجراءات أمنية.", date(2024, 12, 20), day("2024-01-10")),
    C("ووقع الهجوم في 29 فبراير على القاعدة.", date(2025, 3, 1), day("2024-02-29")),
    C("وأعلن الجيش في الخامس من يناير الجاري مقتل قيادي.", MON, day("2024-01-05")),
    C("وجرى التوقيع في الحادي والعشرين من آذار 2023.", MON, day("2023-03-21")),
    C("وأعلن المتحدث في العاشر من الشهر الجاري وصول الدفعة الأولى.", MON, day("2024-01-10")),
    C("وانطلقت الحملة في يونية 2014 من الموصل.", MON, ("2014-06-01", "2014-06-30", "month")),
    C("ووقع الاتفاق في 20 آب 2014 في أربيل.", MON, day("2014-08-20")),
    C("وأعلن الرئيس في 3 أيار 2011 مقتل زعيم التنظيم.", MON, day("2011-05-03")),
    C("وانسحبت القوات في 18 كانون الأول 2011 من العراق.", MON, day("2011-12-18")),
    C("وسقط نظام الأسد في 8 ديسمبر 2024.", date(2025, 1, 1), day("2024-12-08")),
    C("وقع الهجوم في ٥ يناير ٢٠٢٤ على قاعدة عين الأسد.", MON, day("2024-01-05")),
    C(
        "وقالت الخلية في بيان صدر يوم الثلاثاء الموافق 9 كانون الثاني 2024 إن القصف استهدف القاعدة.",
        MON,
        day("2024-01-09"),
    ),
    C(
        "وكانت الولايات المتحدة قد سحبت قواتها في كانون الأول/ديسمبر 2011.",
        MON,
        ("2011-12-01", "2011-12-31", "month"),
    ),
    C(
        "وتعرضت القوات لهجمات بين ١٧ و٢٤ تشرين الأول/أكتوبر، بطائرات مسيرة.",
        date(2023, 10, 26),
        ("2023-10-17", "2023-10-24", "day"),
    ),
    C("وكان الرئيس قد أعلن مساء الخميس أنه أجاز الضربات.", date(2014, 8, 9), day("2014-08-07")),
    C("وتتولى الإدارة الجديدة مهامها في العشرين من الشهر الجاري.", date(2021, 1, 16), day("2021-01-20")),
    C("وقال إن الضربة نفذت فجر اليوم الجمعة قرب المطار.", date(2020, 1, 3), day("2020-01-03")),
    C("وأكد أن الهجوم الأخير وقع أول أمس الأحد على القاعدة.", date(2020, 1, 7), day("2020-01-05")),
    # Maghrebi month names
    C("وانتهت الجولة في 12 دجنبر 2023 بالرباط.", MON, day("2023-12-12")),
    C("وأعلن المغرب في 3 شتنبر 2022 عن الاتفاق.", MON, day("2022-09-03")),
    C("وأكد المتحدث أن العملية انطلقت في 7 يوليوز 2021.", MON, day("2021-07-07")),
    C("وجرت الانتخابات في 25 نونبر 2011 في أجواء هادئة.", MON, day("2011-11-25")),
    C("وتم توقيع المذكرة في 14 غشت 2020.", MON, day("2020-08-14")),
    C("وتنظم المناورات في ماي 2023 بمشاركة أمريكية.", MON, ("2023-05-01", "2023-05-31", "month")),
    # numeric dates
    C("وفي 15/01/2024 أصدرت الوزارة بيانا.", MON, day("2024-01-15")),
    C("وأعلن البيان المؤرخ 2024-01-10 عن الانسحاب.", MON, day("2024-01-10")),
    C("وصدر التعميم بتاريخ ٢٠٢٤/١/١٢ عن القيادة.", MON, day("2024-01-12")),
    # years with a cue, lists and ranges
    C("انتشر الجنود الأمريكيون في سوريا في عام 2015 بقرار من الرئيس.", MON, ("2015-01-01", "2015-12-31", "year")),
    C("وسيطر التنظيم على مناطق واسعة عام 2013.", MON, ("2013-01-01", "2013-12-31", "year")),
    C("وأعلنت الحكومة الموازنة لعام 2015 بعد تأخير.", MON, ("2015-01-01", "2015-12-31", "year")),
    C("وأكدت واشنطن منذ 2014 أن وجودها استشاري.", MON, ("2014-01-01", "2014-12-31", "year")),
    C("وتبقى القوات حتى 2026 بحسب الاتفاق.", MON, ("2026-01-01", "2026-12-31", "year")),
    C("وكان التنظيم قد هزم في 2017 على يد القوات العراقية.", MON, ("2017-01-01", "2017-12-31", "year")),
    C("وبدأت العمليات في العام 2014 ضد التنظيم.", MON, ("2014-01-01", "2014-12-31", "year")),
    C(
        "التفويضات الصادرة لعامي 2001 و2002 ما زالت سارية.",
        MON,
        ("2001-01-01", "2001-12-31", "year"),
        ("2002-01-01", "2002-12-31", "year"),
    ),
    C("وتراوح عدد القوات بين 2014 و2018 بين ألفين وخمسة آلاف.", MON, ("2014-01-01", "2018-12-31", "year")),
    C("وبين عامي 2003 و2011 انتشر أكثر من مئة ألف جندي.", MON, ("2003-01-01", "2011-12-31", "year")),
    C("وخدم في العراق من عام 2007 إلى عام 2009.", MON, ("2007-01-01", "2009-12-31", "year")),
    C("وشهدت الفترة 2014-2017 ذروة العمليات.", MON, ("2014-01-01", "2017-12-31", "year")),
    # seasons
    C("ووصل عدد القوات في صيف عام 2024 إلى نحو 800 جندي.", MON, ("2024-06-01", "2024-08-31", "season")),
    C("وتراجعت الهجمات خلال شتاء 2024 بشكل ملحوظ.", MON, ("2023-12-01", "2024-02-29", "season")),
    C("وكانت هذه القوات قد انتشرت في شتاء 2023.", MON, ("2022-12-01", "2023-02-28", "season")),
    C("وقالت الوزارة إن القوات ستغادر في الصيف المقبل.", MON, ("2024-06-01", "2024-08-31", "season")),
    C("وجرت المفاوضات في خريف العام الماضي.", MON, ("2023-09-01", "2023-11-30", "season")),
    C("وشهد ربيع 2019 انسحاب جزء من القوات.", MON, ("2019-03-01", "2019-05-31", "season")),
    # relative days, weeks, months, years
    C("وقال مراسل الشبكة إنهم اكتشفوا بالأمس أن العدد أكبر.", MON, day("2024-01-14")),
    C("وأعلنت الخلية أمس إحباط هجوم على القاعدة.", MON, day("2024-01-14")),
    C("وكانت الطائرة قد أقلعت أول أمس من القاعدة.", MON, day("2024-01-13")),
    C("وأكد الوزير اليوم أن الانسحاب سيكتمل.", MON, day("2024-01-15")),
    C("وأعلنت الحكومة مساء أمس تشكيل لجنة.", MON, day("2024-01-14")),
    C("وذكرت وكالة الأنباء العراقية يوم أمس أن الوفد وصل.", MON, day("2024-01-14")),
    C("وشهد الأسبوع الماضي تصاعدا في الهجمات.", MON, ("2024-01-08", "2024-01-14", "week")),
    C("وتلقت القاعدة تعزيزات الشهر الماضي.", MON, ("2023-12-01", "2023-12-31", "month")),
    C("وانخفض عدد الجنود العام الماضي إلى 2500.", MON, ("2023-01-01", "2023-12-31", "year")),
    C("وازداد العدد في العام الجاري بشكل كبير.", MON, ("2024-01-01", "2024-12-31", "year")),
    C("وتراجعت الهجمات في السنة الماضية.", MON, ("2023-01-01", "2023-12-31", "year")),
    C("وقال المسؤول إن الهجوم وقع منذ ثلاثة أيام.", MON, day("2024-01-12")),
    C("وبدأت المفاوضات منذ يومين في بغداد.", MON, day("2024-01-13")),
    C("وأرسلت القوات قبل أسبوع إلى الحدود.", MON, ("2024-01-08", "2024-01-14", "week")),
    C("وانسحبت القوات الشهر الماضي بعد 20 عاما من الوجود.", MON, ("2023-12-01", "2023-12-31", "month")),
    # early / mid / late
    C("وأجرى الطرفان محادثات مطلع الشهر الجاري.", MON, ("2024-01-01", "2024-01-10", "month")),
    C("ومن المقرر أن تبدأ المرحلة الأولى في مطلع عام 2025.", MON, ("2025-01-01", "2025-04-30", "year")),
    C("وتنتهي مهمة التحالف بحلول نهاية شهر سبتمبر 2025.", MON, ("2025-09-21", "2025-09-30", "month")),
    C("وتصاعدت الهجمات في أواخر 2019 بعد مقتل المتعاقد.", MON, ("2019-09-01", "2019-12-31", "year")),
    C("وزار الوفد بغداد في منتصف أكتوبر الماضي.", MON, ("2023-10-11", "2023-10-20", "month")),
    C("وجرى الاتفاق في أوائل ديسمبر 2023.", MON, ("2023-12-01", "2023-12-10", "month")),
    C("وستنسحب القوات بحلول نهاية العام المقبل.", MON, ("2025-09-01", "2025-12-31", "year")),
    C("وفي نهاية العام الماضي وصلت دفعة جديدة.", MON, ("2023-09-01", "2023-12-31", "year")),
    C("ومنذ مطلع العام تعرضت القواعد لأكثر من 150 هجوما.", MON, ("2024-01-01", "2024-04-30", "year")),
    C("وعقد الاجتماع في أواخر شباط 2022.", MON, ("2022-02-21", "2022-02-28", "month")),
    C("وتراجع نفوذ التنظيم منذ منتصف عام 2017.", MON, ("2017-05-01", "2017-08-31", "year")),
    C("ويعود التقرير إلى منتصف أيار/مايو الماضي.", MON, ("2023-05-11", "2023-05-20", "month")),
    # Hijri
    C("وصدر البيان في 3 رجب 1445 هـ عن الديوان.", MON, day("2024-01-15")),
    C("وتعود الرسالة إلى رجب 1445 بحسب الأرشيف.", MON, ("2024-01-13", "2024-02-10", "month")),
    # numbers that are not dates
    C("وتعتزم الإدارة نشر 1500 عسكري آخر في المنطقة.", MON),
    C("وتبعد القاعدة نحو 2000 كيلومتر عن العاصمة.", MON),
    C("وقتل في المعارك 2019 مقاتلا من الطرفين.", MON),
    C("وبنيت القاعدة قبل عشرين عاما على أطراف المدينة.", MON, ("2004-01-01", "2004-12-31", "year")),
    C("The base was handed over a year ago.", MON, ("2023-01-01", "2023-12-31", "year")),
    C("وارتفع العدد إلى 2000 جندي بعد سقوط النظام.", MON),
    C("ورصدت الحكومة 156 مليون دولار لبرنامج تأهيل المقاتلين.", MON),
    C("وشنت الفصائل 61 هجومًا على القواعد الأمريكية.", MON),
    C("وأرسلت الوزارة 2000 عسكري إلى الحدود في عملية واسعة.", MON),
    C("وشارك التحالف في 2000 غارة جوية على مواقع التنظيم.", MON),
    C("وبلغ عدد المقاتلين 1999 مقاتلا في المدينة.", MON),
    C("شارك نحو 2024 جنديا في التمرين المشترك.", MON),
    C("وقال إن عام 1850 شهد بناء القلعة القديمة.", MON),
    C("ومارس الحزب ضغوطا كبيرة على الحكومة.", MON),
    C("وقال أب الضحية إن ابنه قتل في القصف.", MON),
    C("وحضر الأمين العام الاجتماع الطارئ.", MON),
    C("وشارك اثنين من القادة في الاجتماع.", MON),
    C("وفي اليوم التالي وصلت التعزيزات إلى القاعدة.", MON),
    C("ووصلت سيارات نيسان إلى الميناء.", MON),
    C("وارتفع عدد المقاتلين من 1900 إلى 2000 مقاتل خلال المعارك.", MON),
    C("ونشرت الوزارة بين 2000 و2050 جنديا على الحدود.", MON),
    C("وطالب المجلس بتطبيق القرار 2254 بشكل كامل.", MON),
    C("ويعود تاريخ القلعة إلى ما قبل 2000 عام.", MON),
    C("وبعد 2003 انهارت مؤسسات الدولة.", MON),
    C("وتنتشر القوات منذ عام 2014 عام تأسيس التحالف.", MON, ("2014-01-01", "2014-12-31", "year")),
    # English
    C("The Pentagon said on January 5 that the strike killed a commander.", MON, day("2024-01-05")),
    C("US troops were targeted last week at Ain al-Asad.", MON, ("2024-01-08", "2024-01-14", "week")),
    C("The drawdown began in 2018, officials said.", MON, ("2018-01-01", "2018-12-31", "year")),
    C("Troop levels rose in summer 2024, the report said.", MON, ("2024-06-01", "2024-08-31", "season")),
    C("The ministry denied the report on Monday.", MON, day("2024-01-15")),
    C("Officials met Monday in Baghdad.", MON, day("2024-01-15")),
    C("The base was attacked yesterday by drones.", MON, day("2024-01-14")),
    C("The agreement was signed on 5 January 2024 in Baghdad.", MON, day("2024-01-05")),
    C("Washington announced the deployment on Jan. 5, 2024.", MON, day("2024-01-05")),
    C("The last rotation arrived in December 2018.", MON, ("2018-12-01", "2018-12-31", "month")),
    C("The coalition planned to leave by early 2019.", MON, ("2019-01-01", "2019-04-30", "year")),
    C("Attacks intensified in late October.", MON, ("2023-10-21", "2023-10-31", "month")),
    C("The statement of the 5th of January said two drones were downed.", MON, day("2024-01-05")),
    C("Fighting resumed on the 5th, residents said.", MON, day("2024-01-05")),
    C("The talks will resume next Monday.", MON, day("2024-01-22")),
    C("The strike was carried out last Friday.", MON, day("2024-01-12")),
    C("Troops were deployed between 2014 and 2018.", MON, ("2014-01-01", "2018-12-31", "year")),
    C("Sanctions imposed in the 1990s still shape the economy.", MON, ("1990-01-01", "1999-12-31", "year")),
    C("Iraq asked the coalition to leave this year.", MON, ("2024-01-01", "2024-12-31", "year")),
    C("The forces will withdraw next month.", MON, ("2024-02-01", "2024-02-29", "month")),
    C("The drone struck three days ago near the base.", MON, day("2024-01-12")),
    C("The embassy was hit two weeks ago.", MON, ("2024-01-01", "2024-01-07", "week")),
    C("The attack on Tower 22 took place on January 28, 2024.", date(2024, 2, 1), day("2024-01-28")),
    C("Three soldiers were killed at Tower 22 on Sunday.", date(2024, 1, 29), day("2024-01-28")),
    C("In March 2003 the invasion of Iraq began.", MON, ("2003-03-01", "2003-03-31", "month")),
    C("More forces arrived in May.", date(2024, 6, 10), ("2024-05-01", "2024-05-31", "month")),
    C("The base came under fire in mid-2023.", MON, ("2023-05-01", "2023-08-31", "year")),
    C("The unit left at the end of last year.", MON, ("2023-09-01", "2023-12-31", "year")),
    C("Winter 2024 saw fewer attacks on the bases.", MON, ("2023-12-01", "2024-02-29", "season")),
    C("The troops left in the spring of 2021.", MON, ("2021-03-01", "2021-05-31", "season")),
    C("Since 2014, the coalition has carried out 35,000 strikes.", MON, ("2014-01-01", "2014-12-31", "year")),
    C("The unit had 900 soldiers in 2022.", MON, ("2022-01-01", "2022-12-31", "year")),
    C("Militias carried out 150 attacks since October.", MON, ("2023-10-01", "2023-10-31", "month")),
    C(
        "Militias have attacked US forces 16 times since October 17, the Pentagon said.",
        date(2023, 10, 27),
        day("2023-10-17"),
    ),
    C(
        "Strikes against the group began in Iraq in August.",
        date(2014, 9, 23),
        ("2014-08-01", "2014-08-31", "month"),
    ),
    C("The Pentagon will send 1,500 troops to the region.", MON),
    C("About 2000 troops remain in Syria.", MON),
    C("The US has spent 156 million dollars on the programme.", MON),
    C("Officials may announce the plan soon.", MON),
    C("Protesters march toward the embassy.", MON),
    C("In 2000 troops were sent to the border.", MON),
    C("The war began on October 7th last year, officials recalled.", MON, day("2023-10-07")),
    C("The new mission starts on January 20 next year.", MON, day("2025-01-20")),
    C("Ships of the 5th Fleet patrolled the Gulf.", MON),
    C("After the fall of Mosul, the army regrouped.", MON),
    C("A spring offensive was expected.", MON),
    # undated articles: relative expressions stay unknown, absolute ones resolve
    C("رفضت بغداد، الإثنين، أي وجود عسكري جديد.", None, UNDATED),
    C("وفي 5 يناير أعلن البنتاغون الغارة.", None, UNDATED),
    C("وقعت الهجمات الأسبوع الماضي.", None, UNDATED),
    C("وقال المسؤول إن الهجوم وقع بالأمس.", None, UNDATED),
    C("ودخلت القوات سوريا في عام 2015.", None, ("2015-01-01", "2015-12-31", "year")),
    C("The attack happened yesterday.", None, UNDATED),
    C("The agreement was signed on 5 January 2024.", None, day("2024-01-05")),
]


REAL_TEXT = Path(__file__).resolve().parent / "fixtures" / "dates_real_text.tsv"
REAL_CLASSES = (
    "numeric", "future", "weekday_day", "day_of_month", "words", "nights", "durations", "hijri", "vague"
)


def _real_text_cases() -> list[tuple[Case, str, bool]]:
    """(case, class, whether an expression is an ambiguous numeric date) of dates_real_text.tsv."""
    out = []
    lines = [ln for ln in REAL_TEXT.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for n, line in enumerate(lines[1:], start=2):
        row = dict(zip(header, line.split("\t"), strict=True))
        ref = None if row["reference"] == "-" else date.fromisoformat(row["reference"])
        expected = []
        for item in filter(None, (x.strip() for x in row["expected"].split("|"))):
            start, end, precision = item.split()
            expected.append((None if start == "-" else start, None if end == "-" else end, precision))
        case = Case(row["sentence"], ref, tuple(expected), f"{row['class']}-{n}: {row['sentence'][:30]}")
        out.append((case, row["class"], row["flag"] == "ambiguous"))
    return out


REAL_CASES = _real_text_cases()
CASES += [case for case, _, _ in REAL_CASES]


def _values(exprs: list[TemporalExpression]) -> list[Expected]:
    return [
        (e.start.isoformat() if e.start else None, e.end.isoformat() if e.end else None, e.precision)
        for e in exprs
    ]


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 100
    assert sum(1 for c in CASES if not c.expected) >= 15


def test_real_text_table_covers_every_class_in_both_languages() -> None:
    assert len(REAL_CASES) >= 150
    for cls in REAL_CLASSES:
        cases = [c for c, k, _ in REAL_CASES if k == cls]
        assert any(is_arabic(c.sentence) for c in cases), cls
        assert any(not is_arabic(c.sentence) for c in cases), cls
    assert {k for _, k, _ in REAL_CASES} == set(REAL_CLASSES)


@pytest.mark.parametrize("case,ambiguous", [(c, a) for c, _, a in REAL_CASES], ids=[c.label for c, _, _ in REAL_CASES])
def test_numeric_dates_say_when_day_and_month_could_be_swapped(case: Case, ambiguous: bool) -> None:
    assert any(e.ambiguous for e in find_dates(case.sentence, case.reference)) == ambiguous


def test_page_order_of_numeric_dates() -> None:
    assert numeric_day_first("25/12/2023 ... 4/5/2024") is True
    assert numeric_day_first("12/25/2023 ... 4/5/2024") is False
    assert numeric_day_first("4/5/2024") is None
    (e,) = find_dates("وفي 4/5/2024 وصلت التعزيزات.", MON, day_first=False)
    assert (e.start, e.ambiguous) == (date(2024, 4, 5), True)
    (e,) = find_dates("The convoy arrived on 4/5/2024.", MON, day_first=True)
    assert e.start == date(2024, 5, 4)
    assert "ambiguous" not in e.to_json()  # the CLI's fields stay as they were


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_table(case: Case) -> None:
    found = find_dates(case.sentence, case.reference)
    assert _values(found) == list(case.expected), [e.text for e in found]
    for e in found:
        assert case.sentence[e.span[0] : e.span[1]] == e.text


def test_text_keeps_the_original_spelling() -> None:
    s = "ففي 5 يناير/كانون ثاني الجاري، نعى الجيش المسؤول الذي لقي حتفه."
    (e,) = find_dates(s, MON)
    assert e.text == "5 يناير/كانون ثاني الجاري"
    assert e.relative is True
    assert e.to_json() == {
        "text": "5 يناير/كانون ثاني الجاري",
        "span": [4, 29],
        "start": "2024-01-05",
        "end": "2024-01-05",
        "precision": "day",
        "relative": True,
    }


def test_presentation_forms_and_invisible_marks_inside_expressions() -> None:
    # text copied from a PDF (letter forms) or with direction marks keeps its dates and its spans
    for s in ("وفي 5 ﻳﻨﺎﻳﺮ 2024 ﺃﻋﻠﻦ ﺍﻟﺠﻴﺶ", "وفي\u061c 5 يناير\u200f 2024 أعلن", "ﻭﻓﻲ ﻋﺎﻡ 2015 ﺩﺧﻠﺖ"):
        (e,) = find_dates(s, MON)
        assert s[e.span[0] : e.span[1]] == e.text
        assert e.start is not None and e.start.year in (2015, 2024), s


def test_diacritics_and_tatweel_inside_expressions() -> None:
    s = "وفي عــام ٢٠١٥ دخلت القوات، وبالأمسِ أعلنت الوزارة."
    found = find_dates(s, MON)
    assert [e.text for e in found] == ["عــام ٢٠١٥", "وبالأمسِ"]
    assert _values(found) == [("2015-01-01", "2015-12-31", "year"), day("2024-01-14")]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("وتغادر القوات بحلول أيلول/سبتمبر 2025.", "أيلول/سبتمبر 2025"),
        ("وتغادر القوات بحلول نهاية أيلول/سبتمبر 2025.", "نهاية أيلول/سبتمبر 2025"),
        ("والحرب مستمرة منذ 7 أكتوبر الماضي.", "7 أكتوبر الماضي"),
        ("وفي عام 2015 دخلت القوات.", "عام 2015"),
        ("ودخلت القوات لعام 2015 كاملا.", "لعام 2015"),
        ("The drawdown began in 2018.", "2018"),
        ("The ministry denied the report on Monday.", "Monday"),
        ("Attacks rose since October.", "October"),
        ("The deal was signed in early 2019.", "early 2019"),
    ],
)
def test_span_leaves_out_the_introducing_preposition(sentence: str, text: str) -> None:
    (e,) = find_dates(sentence, MON)
    assert e.text == text
    assert sentence[e.span[0] : e.span[1]] == text


def test_absolute_expressions_are_not_relative() -> None:
    (e,) = find_dates("في 15 كانون الثاني/يناير 2024", MON)
    assert e.relative is False
    (w,) = find_dates("الأحد", MON)
    assert w.relative is True


def test_relative_dates_outside_1900_2100_are_dropped() -> None:
    assert find_dates("وقال أمس إن القوات ستنسحب العام المقبل.", date(1900, 1, 1)) == [
        TemporalExpression("العام المقبل", (26, 38), date(1901, 1, 1), date(1901, 12, 31), "year", True)
    ]
    assert find_dates("The attack happened yesterday.", date.min) == []


def test_several_expressions_in_one_sentence_are_sorted() -> None:
    s = "وفي عام 2018 بدأ الانسحاب، ثم وصل العدد في صيف عام 2024 إلى 800 جندي بحسب بيان الإثنين."
    found = find_dates(s, MON)
    assert _values(found) == [
        ("2018-01-01", "2018-12-31", "year"),
        ("2024-06-01", "2024-08-31", "season"),
        day("2024-01-15"),
    ]
    assert [e.span for e in found] == sorted(e.span for e in found)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15th, January 2024 GMT", date(2024, 1, 15)),
        ("2024-01-15T09:30:00Z", date(2024, 1, 15)),
        ("2024-01-15T09:30:00+03:00", date(2024, 1, 15)),
        ("٢٠٢٤/١/١٥", date(2024, 1, 15)),
        ("الإثنين 15 كانون الثاني/يناير 2024", date(2024, 1, 15)),
        ("January 15, 2024", date(2024, 1, 15)),
        ("15/01/2024", date(2024, 1, 15)),
        ("05/01/2024", date(2024, 1, 5)),
        ("01/25/2024", date(2024, 1, 25)),
        ("تاريخ النشر: 15th, January 2024 GMT", date(2024, 1, 15)),
        ("نشر في 3 رجب 1445 هـ", date(2024, 1, 15)),
        ("Published Monday, January 15, 2024 09:30", date(2024, 1, 15)),
        ("15 Jan 2024", date(2024, 1, 15)),
        ("15-Jan-2024", date(2024, 1, 15)),  # not a form of the finder's: read by dateparser
        ("2024/Jan/15", date(2024, 1, 15)),
        ("Mon, 15 Jan 2024 09:30:00 +0000", date(2024, 1, 15)),
        ("1500 جندي", None),
        ("الإثنين", None),
        ("كلمات دلالية: العراق", None),
        ("", None),
        ("2024", None),
        ("99/99/9999", None),
    ],
)
def test_parse_publication_date(value: str, expected: date | None) -> None:
    assert parse_publication_date(value) == expected


def test_overnight_is_the_night_before_the_reference_unless_a_day_follows() -> None:
    ref = date(2024, 2, 6)
    (d,) = find_dates("Jets struck the depots overnight, the army said.", ref)
    assert (d.start, d.end, d.precision) == (date(2024, 2, 5), date(2024, 2, 6), "day")
    (d,) = find_dates("Jets struck the depots overnight on Sunday.", ref)
    assert (d.start, d.end) == (date(2024, 2, 4), date(2024, 2, 4))
