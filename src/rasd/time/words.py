"""Function words of the Arabic date grammar (syntax, not knowledge: the calendar words
themselves are in ``data/time/lexicon.yaml``), each with its clitic forms."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.quantities.tokens import clitic_forms, key
from rasd.time.calendar import Spec


@dataclass(slots=True)
class Match:
    """What a pattern family matched: up to token ``end``, a date ``spec`` or a ``time``."""

    end: int  # token index after the expression
    spec: Spec | None
    kind: str
    rule: str
    time: dict[str, int] | None = None


@cache
def _set(*words: str) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out.update(clitic_forms(key(w)))
    return frozenset(out)


MIN = _set("من")
IN = _set("في")
OF = MIN | IN | frozenset({"ب"})
MONTH_WORD = _set("شهر")
THE_MONTH = _set("الشهر")
THE_WEEK = _set("الاسبوع")
THE_DAY = _set("اليوم")
DAY_WORD = _set("يوم")
THIS = _set("هذا", "هذه")
CORRESPONDING = _set("الموافق", "الموافقة", "الواقع", "المصادف")
BEFORE = _set("قبل", "القبل", "منذ")
AFTER = _set("بعد")
YESTERDAY = _set("امس", "البارحه", "امبارح", "الامس")
TOMORROW = _set("غد", "الغد", "غدا", "بكره", "بكرا")
THE_TOMORROW = _set("الغد")
RELATIVE_PRONOUN = _set("الذي", "الي", "اللي", "التي")
LAST = _set("اخر", "الاخير", "الاخيره", "اخير")
NIGHT = _set("الليله", "ليله")
HOUR = _set("الساعه", "ساعه")
MINUTE = _set("دقيقه", "دقائق", "دقايق", "دقيقتين")
QUARTER = {key("ربع"): 15, key("ربعا"): 15, key("نصف"): 30, key("النصف"): 30,
           key("ونصف"): 30, key("وربع"): 15, key("ثلث"): 20, key("وثلث"): 20}
EXCEPT = _set("الا")
DATE_WORD = _set("بتاريخ", "تاريخ")
NEXT = _set("التالي", "التاليه", "الموالي")  # "اليوم التالي": the day after the story's day
MID = _set("منتصف")
ARTICLE = frozenset({"ال", "في ال"})
HOURS = _set("الساعات", "ساعه", "ساعات", "الساعه")
HOURS_UNIT = _set("ساعه", "ساعات", "ساعتين", "ساعتان")
MONTH_PREPS = _set("في", "خلال", "منذ", "حتي", "اواخر", "اوائل", "مطلع", "بدايه", "نهايه",
                   "منتصف", "قبل", "بعد", "شهر")
PLURAL_UNITS = _set("الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام", "السنين")
ROUGHLY = _set("نحو", "حوالي", "قرابه", "زهاء", "اكثر من")
SAME = _set("نفسه", "ذاته", "نفس", "ذات", "ذلك", "ذاك")
RANGE_LINKS = frozenset({"-", "الي", "حتي", "وحتي", "و", "والي"})
DAY_LINKS = YESTERDAY | TOMORROW | BEFORE | AFTER | RELATIVE_PRONOUN


def _int(tok: str) -> int | None:
    return int(tok) if tok.isdecimal() else None
