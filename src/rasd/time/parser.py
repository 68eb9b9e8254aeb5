"""The pattern families of the date grammar over one token list.

See :mod:`rasd.time.extract` for the list of families and how the scanner uses them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rasd.quantities.lexicon import number_lexicon
from rasd.quantities.tokens import Tokens
from rasd.time.calendar import Spec
from rasd.time.clock import time_of_day as _time_of_day
from rasd.time.lexicon import time_lexicon
from rasd.time.words import (
    AFTER,
    ARTICLE,
    BEFORE,
    CORRESPONDING,
    DATE_WORD,
    DAY_LINKS,
    DAY_WORD,
    HOURS,
    HOURS_UNIT,
    IN,
    LAST,
    MID,
    MIN,
    MONTH_PREPS,
    MONTH_WORD,
    NIGHT,
    OF,
    PLURAL_UNITS,
    RANGE_LINKS,
    RELATIVE_PRONOUN,
    ROUGHLY,
    SAME,
    THE_DAY,
    THE_MONTH,
    THE_TOMORROW,
    THE_WEEK,
    THIS,
    TOMORROW,
    YESTERDAY,
    Match,
    _int,
    _set,
)

SPAN_DAYS = {"day": 7, "week": 30, "month": 120, "year": 730}  # "الأيام الماضية": days back
DUAL_DAYS = {"day": 2, "week": 14, "month": 61, "year": 730}  # "اليومين الماضيين": two units back
BETWEEN = _set("بين")  # "بين الأمس واليوم": then and now, no day
THE_YESTERDAY = _set("الامس")


class Parser:
    """The pattern families over one token list (see the module docstring)."""

    def __init__(self, toks: Tokens):
        self.toks = toks
        self.n = len(toks.text)
        # padded with empty strings: t[k] past the end, or t[-1] before the start, is ""
        self.t = toks.text + [""] * 16
        self.lex = time_lexicon()
        self.num = number_lexicon()

    def at(self, k: int) -> str:
        return self.t[k] if k < self.n + 16 else ""

    def name_head_before(self, k: int) -> bool:
        """Whether a name's head stands right before ``k`` ("قوى 14 آذار"), also one a page
        broke before its last letter ("مجموع - ة 14 آذار", a kashida turned to a dash; DATEFIX24)."""
        if k >= 1 and self.at(k - 1) in self.lex.name_heads:
            return True
        return k >= 3 and self.at(k - 2) == "-" and len(self.at(k - 1)) == 1 \
            and self.at(k - 3) + self.at(k - 1) in self.lex.name_heads

    # ---------------------------------------------------------------- pieces
    def ordinal(self, k: int) -> tuple[int, int] | None:
        """(end, value) of an ordinal: الثالث، الثالث عشر، الحادي والعشرين، العشرين."""
        w = self.at(k)
        num = self.num
        if w in num.ordinals:
            v = num.ordinals[w]
            nxt = self.at(k + 1)
            if nxt in num.ten_words:
                return k + 2, v + 10
            if nxt.startswith("و") and nxt in num.ordinal_tens:
                return k + 2, v + num.ordinal_tens[nxt]
            if nxt == "و" and self.at(k + 2) in num.ordinal_tens:
                return k + 3, v + num.ordinal_tens[self.at(k + 2)]
            return k + 1, v
        if w in num.ordinal_tens and not w.startswith("و"):
            return k + 1, num.ordinal_tens[w]
        if w in num.ordinal_teen_heads and self.at(k + 1) in num.ten_words:
            return k + 2, num.ordinal_teen_heads[w] + 10
        return None

    def cardinal(self, k: int, limit: int) -> tuple[int, int] | None:
        """A small number in digits or words (1..limit)."""
        w = self.at(k)
        v = _int(w)
        if v is not None:
            return (k + 1, v) if 1 <= v <= limit else None
        num = self.num
        if w in num.units:
            v = num.units[w]
            if self.at(k + 1) in num.ten_words:
                return (k + 2, v + 10) if v + 10 <= limit else None
            return (k + 1, v) if 1 <= v <= limit else None
        return None

    def day_of_month(self, k: int) -> tuple[int, int, str] | None:
        """(end, day, how) of a day number: digits 1–31 or an ordinal."""
        w = self.at(k)
        if w in ARTICLE and self.at(k + 1).isdigit():
            k, w = k + 1, self.at(k + 1)  # "الـ 15 من الشهر"
        v = _int(w)
        if v is not None:
            return (k + 1, v, "digits") if 1 <= v <= 31 and len(w) <= 2 else None
        got = self.ordinal(k)
        if got and 1 <= got[1] <= 31:
            return got[0], got[1], "ordinal"
        return None

    def month_name(self, k: int) -> tuple[int, int, bool] | None:
        """(end, month, weak) of a month name, with a paired name after / or in brackets."""
        w = self.at(k)
        lex = self.lex
        if w in lex.months:
            end, month, weak = k + 1, lex.months[w], w in lex.weak_months
        elif w in lex.month_heads and self.at(k + 1) in lex.month_heads[w]:
            end, month, weak = k + 2, lex.month_heads[w][self.at(k + 1)], False
        else:
            return None
        # paired systems: "نيسان/ أبريل", "يوليو / تموز", "آذار (مارس)", "يونيو حزيران"
        nxt = self.at(end)
        if nxt in lex.months and lex.months[nxt] == month and not nxt.startswith(("و", "ب")):
            return end + 1, month, False
        if nxt in lex.month_heads and lex.month_heads[nxt].get(self.at(end + 1)) == month:
            return end + 2, month, False
        if self.at(end) in ("/", "(", "-", ","):
            other = self.month_name(end + 1) if self.at(end + 1) != "/" else None
            if other and (other[1] == month or self.at(end) in ("/", "(")):
                if other[1] != month and self.at(end + 1) in lex.pair_winners:
                    month = other[1]  # a pair that disagrees: the wire name is meant
                end = other[0]
                weak = False
                if self.at(end) == ")":
                    end += 1
        elif self.at(end) == ")" and self.at(k - 1) == "(":
            end += 1  # "7 ( مارس ) 2016"
        return end, month, weak

    def year(self, k: int) -> tuple[int, int | None, int | None] | None:
        """(end, year, year_rel): [،] [من|في] [عام|سنة] 2014, or العام الماضي / السنة القادمة."""
        j = k
        if self.at(j) == ",":
            j += 1
        if self.at(j) in OF and self.at(j) != "ب" and (
                self.at(j + 1) in self.lex.year_words or _int(self.at(j + 1))):
            j += 1
        worded = False
        if self.at(j) in self.lex.year_words:
            worded = True
            j += 1
        y = _int(self.at(j))
        if y is not None and 1900 <= y <= 2100:
            return j + 1, y, None
        if worded and self.at(j) in self.lex.rel_adj:
            return j + 1, None, self.lex.rel_adj[self.at(j)]
        if y is not None and worded and len(self.at(j)) == 2:
            return j + 1, 2000 + y, None
        return None

    def month_spec(self, k: int, strong: bool) -> tuple[int, dict[str, Any]] | None:
        """A month: named, "شهر 3", "الشهر الثامن", "الشهر الجاري/الماضي", "هذا الشهر".

        ``strong`` says a day number came before, which makes a weak name (مارس) a month.
        Returns (end, Spec fields).
        """
        lex = self.lex
        j = k
        said_month = False
        if self.at(j) in THIS and self.at(j + 1) in THE_MONTH:
            return self._after_month(j + 2, {"month_rel": 0}, strong=True)
        if strong and self.at(j) in lex.rel_adj and not self.at(j).endswith("ه"):
            # "في 15 الجاري" (شهر is masculine); "الساعات الـ 24 الماضية" is no day of a month
            return j + 1, {"month_rel": lex.rel_adj[self.at(j)]}
        if strong and ((self.at(j) in THE_MONTH and self.at(j + 1) in lex.same_words)
                       or (self.at(j) in lex.same_words and self.at(j + 1) in THE_MONTH)):
            # "في 23 من الشهر ذاته"، "من نفس الشهر": the month the story told last
            return j + 2, {"month_rel": 0, "same_month": True}
        if self.at(j) in MONTH_WORD:
            said_month, j = True, j + 1
        elif self.at(j) in THE_MONTH:
            nxt = self.at(j + 1)
            if nxt in lex.rel_adj:
                return self._after_month(j + 2, {"month_rel": lex.rel_adj[nxt]}, strong=True)
            got = self.ordinal(j + 1)
            if got and 1 <= got[1] <= 12:
                return self._after_month(got[0], {"month": got[1]}, strong=True)
            if nxt in THIS:
                return None
            return (j + 1, {"month_rel": 0}) if strong else None
        got = self.month_name(j)
        if got:
            end, month, weak = got
            return self._after_month(end, {"month": month},
                                     strong=strong or said_month or not weak, weak=weak)
        if said_month and self.at(j) not in lex.one_words:  # "شهر واحد" is one month long
            got2 = self.cardinal(j, 12)
            if got2:
                return self._after_month(got2[0], {"month": got2[1]}, strong=True)
        return None

    def _after_month(self, j: int, fields: dict[str, Any], strong: bool,
                     weak: bool = False) -> tuple[int, dict[str, Any]] | None:
        lex = self.lex
        if "month" in fields and self.at(j) in lex.rel_adj:
            fields["named_rel"] = lex.rel_adj[self.at(j)]
            j += 1
            strong = True
        got = self.year(j)
        if got is None and "month" in fields and self.at(j) == "/" and len(self.at(j + 1)) == 4 \
                and self.at(j + 2) not in ("/", "-"):
            # "في 27 آب / 2016"، "13 آذار / 2017": a year in figures after a slash is the
            # month's (REVIEWPAGES22); "27 / 8 / 2016" is read by the numeric family
            got = self.year(j + 1)
        if got:
            j, fields["year"], fields["year_rel"] = got
            strong = True
        if not strong:
            return None
        return j, fields

    # ---------------------------------------------------------------- families
    def weekday_word(self, k: int) -> tuple[int, int, bool] | None:
        """(end, weekday, bare) — bare forms (احد، ثلاثاء) only before الأسبوع or after يوم."""
        w = self.at(k)
        lex = self.lex
        if w in lex.weekdays and self.at(k + 1) not in self.num.ten_words:
            return k + 1, lex.weekdays[w], False
        if w in lex.weekdays_bare and w not in lex.one_words:  # "في يوم واحد": one day, not و+أحد
            return k + 1, lex.weekdays_bare[w], True
        return None

    def absolute(self, k: int) -> Match | None:
        """[weekday] day [من] month [year]; weekday + ordinal forms; nth weekday of month."""
        j = k
        weekday = None
        if self.at(j) in DAY_WORD:
            j += 1
        wd = self.weekday_word(j)
        if wd and (not wd[2] or j > k):
            weekday, j = wd[1], wd[0]
            if self.at(j) in (",", "(") and self.at(j + 1) != "(":
                j += 1  # "الخميس ( 17 أب / أغسطس 2017 )"
            if self.at(j) in CORRESPONDING or self.at(j) in IN:
                j += 1
        elif self.at(j) in DATE_WORD:
            j += 1
            weekday = -1  # "بتاريخ": a date follows
        if self.at(j) in THE_DAY and weekday is None:
            j += 1  # "اليوم الاول من شهر ثلاثة"
        day = self.day_of_month(j)
        if day is not None and self.at(day[0]) == "/" and self.month_name(day[0] + 1):
            # "12 / أبريل / 2017"
            mend, month, _weak = self.month_name(day[0] + 1)  # type: ignore[misc]
            fields: dict[str, Any] = {"month": month}
            if self.at(mend) == "/" and _int(self.at(mend + 1)) and len(self.at(mend + 1)) == 4:
                fields["year"], mend = int(self.at(mend + 1)), mend + 2
            return Match(mend, Spec("day", day=day[1], **fields), "absolute", "date:day-month")
        if day is None or self.at(day[0]) == "/" or (
                self.at(day[0]) == "-" and _int(self.at(day[0] + 1)) and self.at(day[0] + 2) == "-"):
            return self.numeric(j, has_prefix=weekday is not None, first=k)
        dend, dom, how = day
        hijri = self.hijri(dend + 1 if self.at(dend) in MIN else dend, dom)
        if hijri:
            return hijri
        day2 = None
        if self.at(dend) in RANGE_LINKS:
            # "13 الى 15 تموز", "13-15 تموز", "بين 13 و15 تموز"
            second = self.day_of_month(dend + 1)
            if second and second[1] > dom and second[2] == how:
                day2, dend = second[1], second[0]
        m = dend
        if how == "ordinal" and self.at(m) in IN:
            return None  # "للمرة الأولى في تموز": an ordinal, not a day
        if self.at(m) in OF:
            m += 1
        elif self.at(m) == "(" and self.month_name(m + 1):
            m += 1  # "وفي 7 ( مارس / آذار ) من العام الماضي": the month in brackets
        spec = self.month_spec(m, strong=True)
        if spec and m == dend and how == "ordinal" and self.at(m) in self.lex.rel_adj:
            spec = None  # "الجولة الثانية المقبلة" is no date; "الخامس من الجاري" is
        wd_value = weekday if weekday is not None and weekday >= 0 else None
        if spec and (how == "digits" or self.at(dend) in OF or spec[1].get("month")):
            end, fields = spec
            if wd_value is not None and how == "ordinal" and dom <= 5:
                nth = self._nth_if_inconsistent(wd_value, dom, fields)
                if nth:
                    return Match(end, nth, "absolute", "date:nth-weekday-of-month")
            if self.name_head_before(k) and "year" not in fields:
                return Match(end, None, "name", "date:name")  # "قوى 14 آذار": skipped whole
            if day2 is not None:
                return Match(end, Spec("day", day=dom, day2=day2, **fields), "absolute",
                             "date:day-range-month")
            # a weekday told with a day and month but no year ("السبت 3 تشرين الأول") says
            # which year it is: kept on the spec for the reader to check (see extract.py)
            told = wd_value if "year" not in fields else None
            return Match(end, Spec("day", day=dom, weekday=told, **fields), "absolute",
                         "date:day-month")
        # "الثلاثاء الاخير من شهر مارس" is nth_weekday's; "السبت السادس عشر" is this one
        if wd_value is not None and (how == "ordinal" or self.at(k) in DAY_WORD):
            return Match(dend, Spec("weekday-dom", day=dom, weekday=wd_value), "absolute",
                         "date:weekday-day")
        return self.numeric(j, has_prefix=weekday is not None, first=k)

    def hijri(self, k: int, dom: int) -> Match | None:
        """A Hijri month and optional year after a day: "18 شوال 1438 هـ", "10 رمضان"."""
        if self.at(k) in MONTH_WORD:
            k += 1  # "18 من شهر رمضان"
        table = self.lex.hijri.get(self.at(k))
        if not table:
            return None
        month, end = None, k + 1
        for rest, value in sorted(table.items(), key=lambda r: -len(r[0])):
            if tuple(self.t[k + 1:k + 1 + len(rest)]) == rest:
                month, end = value, k + 1 + len(rest)
                break
        if month is None:
            return None
        year = named_rel = None
        if self.at(end) in self.lex.rel_adj:
            named_rel, end = self.lex.rel_adj[self.at(end)], end + 1  # "رمضان الماضي"
        j = end + 1 if self.at(end) in self.lex.year_words else end
        y = _int(self.at(j))
        if y is not None and 1300 <= y <= 1600:
            year, end = y, j + 1
            if self.at(end) in self.lex.hijri_marks:
                end += 1
        return Match(end, Spec("hijri", day=dom, month=month, year=year, named_rel=named_rel,
                               future=named_rel == 1), "absolute", "date:hijri")

    def _nth_if_inconsistent(self, wd: int, n: int, fields: dict[str, Any]) -> Spec | None:
        """"الثلاثاء الثالث من شهر ايلول 2014": the 3rd Tuesday unless the 3rd is a Tuesday."""
        y, m = fields.get("year"), fields.get("month")
        if y is not None and m is not None:
            try:
                if date(y, m, n).weekday() == wd:
                    return None
            except ValueError:
                return None
        elif m is None:
            return None
        else:
            return None if n == 1 else Spec("nth-weekday", weekday=wd, n=n, **fields)
        return Spec("nth-weekday", weekday=wd, n=n, **fields)

    def numeric(self, k: int, has_prefix: bool, first: int) -> Match | None:
        """13/1/2021, 13-1-2021, 2021-01-13, 13.1.2021 (one token), 2/2013, [weekday] 21/09,
        17 \\ 1 \\ 2016 (the separators of ``numeric_separators`` in ``data/time/lexicon.yaml``)."""
        t0 = self.at(k)
        if t0.count(".") == 2:
            parts = t0.split(".")
            if all(p.isdecimal() for p in parts):
                return self._dmy(int(parts[0]), int(parts[1]), int(parts[2]), k + 1,
                                 "date:numeric-dotted")
            return None
        a = _int(t0)
        if a is None or self.at(k - 1) in self.lex.number_words:
            return None  # "القانون رقم 10 / 2015": a law's number
        sep = self.at(k + 1)
        if sep not in self.lex.numeric_separators or self.n <= k + 2:
            return None
        if sep == "." and not (self.at(k + 3) == "." and len(self.at(k + 4)) == 4):
            return None  # "24 . 07 . 2017" only with a four-digit year
        if self.starts_gap(k + 1) or self.starts_gap(k + 2):
            return None
        b = _int(self.at(k + 2))
        if b is None:
            return None
        if self.at(k + 3) == sep and _int(self.at(k + 4)) is not None and not self.starts_gap(k + 4):
            c = int(self.at(k + 4))
            if len(t0) == 4:
                return self._dmy(c, b, a, k + 5, "date:numeric-ymd")
            return self._dmy(a, b, c, k + 5, "date:numeric-dmy")
        if len(self.at(k + 2)) == 4 and 1 <= a <= 12 and 1900 <= b <= 2100:
            return Match(k + 3, Spec("month", month=a, year=b), "absolute", "date:numeric-month")
        if has_prefix and sep in self.lex.day_month_separators and 1 <= a <= 31 and 1 <= b <= 12:
            return Match(k + 3, Spec("day", day=a, month=b), "absolute", "date:numeric-day-month")
        return None

    def starts_gap(self, k: int) -> bool:
        """Whether a line break separates token ``k`` from the one before."""
        return "\n" in self.toks.gap(k)

    def _dmy(self, d: int, m: int, y: int, end: int, rule: str) -> Match | None:
        if y < 100:
            y += 2000
        if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
            return None
        return Match(end, Spec("day", day=d, month=m, year=y), "absolute", rule)

    def month_first(self, k: int, bare_ok: bool = False) -> Match | None:
        """"يوليو 13", "شباط 2013", "شهر نوفمبر الماضي", "في شهر آب", "في نيسان".

        A month name with nothing else (no day, year, شهر, الماضي or paired name) is a month
        only after a preposition (في، خلال، منذ، حتى) or a part word (``bare_ok``): "نكسة
        حزيران" and "سيارة نيسان" are not dates.
        """
        prep = bare_ok or self.at(k - 1) in MONTH_PREPS
        spec = self.month_spec(k, strong=False)
        if spec is None:
            got = self.month_name(k)  # a weak name (مارس، آب) alone
            if got and prep:
                return Match(got[0], Spec("month", month=got[1]), "absolute", "date:month")
            return None
        end, fields = spec
        if "month" in fields and "year" not in fields and "named_rel" not in fields:
            day = _int(self.at(end))
            if day is not None and 1 <= day <= 31 and len(self.at(end)) <= 2 \
                    and self.at(end + 1) not in (":", "/"):
                got = self.year(end + 1)
                if got:
                    fields["year"], fields["year_rel"] = got[1], got[2]
                    end = got[0]
                else:
                    end += 1
                return Match(end, Spec("day", day=day, **fields), "absolute", "date:month-day")
            named = self.month_name(k)
            if named and named[0] == end and not prep and (named[0] - k == 1 or named[2]):
                return None  # a bare month name with no preposition before it
        if "month" not in fields:
            return Match(end, Spec("unit", unit="month", rel=fields.get("month_rel", 0),
                                   future=fields.get("month_rel") == 1),
                         "relative", "date:this-month")
        return Match(end, Spec("month", **fields), "absolute", "date:month")

    def nth_weekday(self, k: int) -> Match | None:
        """"اول ثلاثاء من شهر عشرة", "ثالث يوم ثلاثاء بايلول", "اخر اثنين من الشهر القادم",
        "الاثنين الاخير من شهر ثلاثة", "اخر يوم بشهر عشرة", "ثالث يوم من شهر عشرة"."""
        j = k
        n = None
        if self.at(j) in LAST:
            n, j = -1, j + 1
        else:
            got = self.ordinal(j)
            if got and 1 <= got[1] <= 5 and not self.at(j).startswith("ال"):
                n, j = got[1], got[0]
        if n is not None:
            is_day = self.at(j) in DAY_WORD
            if is_day:
                j += 1
            wd = self.weekday_word(j)
            if wd:
                j = wd[0]
            elif not is_day:
                return None
            return self._of_month(j, wd, n)
        # weekday / يوم first: "الاثنين الاخير من شهر", "اليوم الاخير من شهر"
        wd = self.weekday_word(j)
        if wd:
            j = wd[0]
        elif self.at(j) in THE_DAY:
            j += 1
        else:
            return None
        if self.at(j) not in LAST:
            return None
        return self._of_month(j + 1, wd, -1)

    def _of_month(self, j: int, wd: tuple | None, n: int) -> Match | None:
        """The month after an nth (or last, ``n == -1``) weekday or day: "... من شهر عشرة"."""
        if self.at(j) in OF:
            j += 1
        spec = self.month_spec(j, strong=True) or self._prefixed_month(j)
        if spec is None or ("month" not in spec[1] and "month_rel" not in spec[1]):
            return None
        end, fields = spec
        if wd:
            return Match(end, Spec("nth-weekday", weekday=wd[1], n=n, **fields), "absolute",
                         "date:nth-weekday-of-month")
        if n == -1:
            return Match(end, Spec("last-day", **fields), "absolute", "date:last-day")
        return Match(end, Spec("day", day=n, **fields), "absolute", "date:nth-day")

    def _prefixed_month(self, j: int) -> tuple[int, dict[str, Any]] | None:
        """A month word glued to ب/في: "بايلول", "بشهر عشرة" (clitic forms already cover it)."""
        return None

    def weekday(self, k: int) -> Match | None:
        """[يوم|day part] weekday [الماضي|المقبل] | [من] [هذا] الأسبوع الماضي/الحالي."""
        j = k
        part = False
        if self.at(j) in MID and self.at(j + 1) in self.lex.day_parts:
            j += 1
        if self.at(j) in self.lex.day_parts or self.at(j) in NIGHT:
            part, j = True, j + 1
        said_day = False
        if self.at(j) in DAY_WORD:
            said_day, j = True, j + 1
        if self.at(j) in THIS:
            j += 1
        wd = self.weekday_word(j)
        if wd is None:
            return None
        j, weekday, bare = wd
        dated = self._weekday_then_date(j, weekday)
        if dated is not None:
            return dated
        if self.at(j) in self.lex.rel_adj and self.lex.rel_adj[self.at(j)] < 0:
            dated = self._weekday_then_date(j + 1, weekday)  # "يوم الأحد الماضي 5 تشرين الثاني"
            if dated is not None:
                return dated
        rel = week_rel = None
        if self.at(j) in MIN and (self.at(j + 1) in THE_WEEK or self.at(j + 1) in THIS):
            j += 1
        if self.at(j) in THIS and self.at(j + 1) in THE_WEEK:
            week_rel, j = 0, j + 2
        elif self.at(j) in THE_WEEK and self.at(j + 1) in self.lex.rel_adj:
            week_rel, j = self.lex.rel_adj[self.at(j + 1)], j + 2
        elif self.at(j) in self.lex.rel_adj:
            rel, j = self.lex.rel_adj[self.at(j)], j + 1
            if rel == 0:
                rel = None
        if bare and week_rel is None and not said_day and not part:
            return None
        rule = "date:weekday" + ("-part" if part else "")
        return Match(j, Spec("weekday", weekday=weekday, rel=rel, week_rel=week_rel,
                             future=rel == 1 or (week_rel or 0) > 0), "weekday", rule)

    def _weekday_then_date(self, j: int, weekday: int | None = None) -> Match | None:
        """The full date a weekday is followed by, which is what dates the day: "مساء يوم
        الاثنين ( 22 أيار / مايو 2017 )", "مساء الأحد 4 يونيو / حزيران" — the weekday is
        only a check, and resolving it against publication would give another day. Without
        a year, the ``weekday`` goes on the spec: it tells the year (see extract.py)."""
        opened = self.at(j) == "("
        if opened or self.at(j) == ",":
            j += 1
        if _int(self.at(j)) is None and self.ordinal(j) is None:
            return None
        got = self.absolute(j)
        if got is None or got.spec is None or got.kind != "absolute" or got.spec.what != "day":
            return None
        end = got.end + 1 if opened and self.at(got.end) == ")" else got.end
        spec = got.spec
        if weekday is not None and spec.year is None and spec.year_rel is None and spec.day2 is None:
            spec = replace(spec, weekday=weekday)
        return Match(end, spec, got.kind, got.rule + "+weekday")

    def relative(self, k: int) -> Match | None:
        """اليوم، أمس، أول أمس، يوم بعد غد، الليلة الماضية، فجر اليوم، اليوم الماضي."""
        lex = self.lex
        if self.at(k) in THE_DAY and self.at(k - 1) in lex.span_words:
            return None  # "طوال اليوم", "على مدار اليوم": a length of time, not today
        if self.at(k) in THE_DAY:
            # "اليوم الأحد 21 يناير 2018", "اليوم , الاثنين 9 تشرين الأول": the date says
            # which day "today" was (a page's own date line, or an older report quoted)
            j = k + 2 if self.at(k + 1) == "," else k + 1
            wd = self.weekday_word(j)
            dated = self._weekday_then_date(wd[0], wd[1]) if wd else None
            if dated is not None:
                return Match(dated.end, dated.spec, dated.kind, dated.rule + "+today")
        j = k
        if self.at(j) in MID and self.at(j + 1) in lex.day_parts:
            j += 1
        if self.at(j) in lex.day_parts:
            j += 1
            if self.at(j) in THE_DAY:  # "عصر اليوم , الأحد 3 أيلول": the same, with its part
                link = j + 2 if self.at(j + 1) == "," else j + 1
                wd = self.weekday_word(link)
                dated = self._weekday_then_date(wd[0], wd[1]) if wd else None
                if dated is not None:
                    return Match(dated.end, dated.spec, dated.kind, dated.rule + "+today")
        # "يوم أمس"، "اليوم الذي بعد الغد"، "اليوم القبل البارحة"
        if (self.at(j) in DAY_WORD or self.at(j) in THE_DAY) and self.at(j + 1) in DAY_LINKS:
            j += 1
        if self.at(j) in RELATIVE_PRONOUN:
            j += 1
        w = self.at(j)
        if w in BEFORE and self.at(j + 1) in YESTERDAY and w not in _set("منذ"):
            return Match(j + 2, Spec("rel-day", n=-2), "relative", "date:day-before-yesterday")
        if w in AFTER and self.at(j + 1) in TOMORROW:
            return Match(j + 2, Spec("rel-day", n=2, future=True), "relative",
                         "date:day-after-tomorrow")
        if w in _set("اول") and (self.at(j + 1) in YESTERDAY or (
                self.at(j + 1) in MIN and self.at(j + 2) in YESTERDAY)):
            end = j + 2 if self.at(j + 1) in YESTERDAY else j + 3
            return Match(end, Spec("rel-day", n=-2), "relative", "date:day-before-yesterday")
        if w in NIGHT and self.at(j + 1) in lex.rel_adj:
            rel = lex.rel_adj[self.at(j + 1)]
            return Match(j + 2, Spec("rel-day", n=min(rel, 0) if rel <= 0 else 1,
                                     future=rel > 0), "relative", "date:night")
        if w in NIGHT and self.at(j + 1) in YESTERDAY:
            return Match(j + 2, Spec("rel-day", n=-1), "relative", "date:night")
        if w in YESTERDAY and self.at(j + 1) in _set("الاول"):
            return Match(j + 2, Spec("rel-day", n=-2), "relative", "date:day-before-yesterday")
        if w in HOURS and self.at(j + 1) in lex.rel_adj and lex.rel_adj[self.at(j + 1)] < 0:
            # "خلال الساعات الماضية": the publication day or the one before
            return Match(j + 2, Spec("hours-past"), "relative", "date:past-hours")
        if w in HOURS and w.startswith("ال"):
            # "في الساعات الأربع والعشرين الماضية"، "الساعات الـ 48 الماضية": the same, counted
            end, hours = self._hours_count(j + 1)
            if end > j + 1 and self.at(end) in lex.rel_adj and lex.rel_adj[self.at(end)] < 0:
                return Match(end + 1, Spec("hours-past", n=hours or None), "relative", "date:past-hours")
        if w in lex.relative_days and j == k and (
                (self.at(k - 1) in BETWEEN and w in THE_YESTERDAY and self.at(k + 1) in lex.relative_days)
                or (self.at(k - 2) in BETWEEN and self.at(k - 1) in THE_YESTERDAY)):
            return None  # "حلب بين الأمس واليوم": then and now, no day ("بين أمس واليوم" is two days)
        if w in lex.relative_days:
            if j == k and w in THE_TOMORROW and self.at(k - 1) in lex.tomorrow_name_heads:
                return None  # "تيار الغد", "لجريدة الغد": a party's or a paper's name, no day
            if j == k and w in THE_DAY and (
                    (self.at(k - 1) in lex.media_heads and (self.at(k - 2) not in lex.town_openers
                                                              or self.at(k - 1) in lex.no_town_heads))
                    or self.at(k - 2) in lex.media_nouns or self.at(k - 3) in lex.media_nouns):
                # "روسيا اليوم", "مراسل حلب اليوم", "في رأي اليوم": a medium's name; "في (مدينة)
                # حلب اليوم": today
                return None
            n = lex.relative_days[w]
            end = j + 1
            if w in THE_DAY and self.at(end) in lex.rel_adj:
                n = lex.rel_adj[self.at(end)]
                end += 1
            elif w in THE_DAY and (self.at(end) in self.num.ordinals or self.at(end) in LAST):
                return None  # "اليوم الثالث من ..." is an absolute date
            elif w in THE_DAY and (self.at(end) in SAME or self.at(k - 1) in SAME or (
                    self.at(end).startswith("ال") and self.weekday_word(end) is None)):
                return None  # "اليوم نفسه", "اليوم العالمي لـ...": not today
            # "اليوم الأحد"، "أمس، الأحد": the weekday confirms the day
            link = end + 1 if self.at(end) in (",", "(") else end
            wd = self.weekday_word(link)
            weekday = None
            if wd and not wd[2] and self.day_of_month(wd[0]) is None:  # "غدا الثلاثاء" too
                end, weekday = wd[0], wd[1]
                if self.at(link - 1) == "(" and self.at(end) == ")":
                    end += 1  # "اليوم ( الأربعاء )"
            return Match(end, Spec("rel-day", n=n, weekday=weekday, future=n > 0), "relative",
                         "date:relative-day" if j == k else "date:relative-day-part")
        return None

    HOURS_COUNT = 72  # "الساعات الـ 72 الماضية": further back is no longer "the past hours"

    def _hours_count(self, k: int) -> tuple[int, int]:
        """(end, hours) of a count of hours after الساعات (up to three tokens: digits, number
        words, a lone article): "الأربع والعشرين" (24)، "ال 24"، "الـ48"; (``k``, 0) when there
        is none."""
        j, hours = k, 0
        while j < k + 3:
            w = self.at(j)
            v = _int(w.removeprefix("ال"))
            if v is None:
                v = self.num.units.get(w, self.num.tens.get(w))
            if v is not None and 1 <= v <= self.HOURS_COUNT:
                hours += v
            elif not (w in ARTICLE and j == k):
                break
            j += 1
        return j, hours

    def ago(self, k: int) -> Match | None:
        """قبل يومين، قبل أسبوع، منذ ثلاثة أيام، قبل أيام؛ بعد يومين (future)."""
        w = self.at(k)
        if w not in BEFORE and w not in AFTER:
            return None
        since = w in _set("منذ")
        j = k + 1
        if self.at(j) in ROUGHLY:
            j += 1  # "قبل نحو أسبوعين"
        few = self.at(j) in self.lex.few_before  # "قبل عدة أيام"، "منذ بضعة أسابيع"
        count = None
        got = None if few else self.cardinal(j, 60)
        if got:
            j, count = got
        j += few
        if self.at(j) in HOURS_UNIT and w not in AFTER:
            # "قبل ساعات", "منذ ساعتين", "قبل 3 ساعات": the publication day or the one before
            return Match(j + 1, Spec("hours-past"), "relative", "date:hours-ago")
        unit = self.lex.units.get(self.at(j))
        if unit is None:
            return None
        name, n = unit
        if since and (name == "year" or (name == "month" and count is None and n == 1)):
            return None  # منذ سنوات، منذ أشهر، "الأسوأ منذ شهور": a length (see rasd.events.when)
        named = self.month_spec(j, strong=True) if count is None and name == "month" and n == 1 else None
        if named is not None:  # "منذ شهر يوليو 2014"، "قبل شهر آب 2013": a named month, no length;
            # after منذ it is a span's start (read as a month, rasd.events.when), after قبل or بعد
            # a limit: no date of what the sentence tells
            return None if since else Match(named[0], None, "name", "date:month-limit")
        plural = self.at(j) in _set("ايام", "اسابيع", "اشهر", "شهور") and count is None
        if (count is None and self.at(j).startswith("ال")) or (few and not plural):
            return None
        end = j + 2 if plural and self.at(j + 1) in self.lex.few_after else j + 1  # "أيام قليلة"
        total = (count or 1) * n if count is None or n == 1 else count
        anchored = self.anchored(end, name, total if count is not None or not plural else None,
                                 -1 if w in BEFORE else 1)
        if anchored is not None:
            return anchored
        if w in AFTER:
            return Match(end, Spec("after", unit=name, n=total, future=True), "future",
                         "date:after-units")
        if plural:
            # "قبل أيام": a few days — ACLED precision 2 around three days before
            return Match(end, Spec("ago", unit=name, n=3 if name == "day" else 2 * 1),
                         "vague", "date:some-units-ago")
        return Match(end, Spec("ago", unit=name, n=total), "relative", "date:units-ago")

    def anchored(self, j: int, unit: str, n: int | None, sign: int) -> Match | None:
        """"بعد يومين من الهجوم": units counted from another happening, not the publication.

        ``j`` is the token after the unit. The expression takes the link and the anchor's
        first word; it has no date of its own (the anchor's date, when known, gives one)
        and is never a future date.
        """
        lex = self.lex
        link, anchor = self.at(j), self.at(j + 1)
        if link not in lex.anchor_links or not anchor or anchor in lex.publication_anchors:
            return None
        if not anchor.isalpha() or self.starts_gap(j) or self.starts_gap(j + 1):
            return None
        return Match(j + 2, Spec("anchored", unit=unit, n=n, rel=sign), "anchored",
                     "date:units-from-event")

    def unit(self, k: int) -> Match | None:
        """الأسبوع الماضي، هذا الشهر، العام المقبل، السنة الحالية."""
        j = k
        this = False
        if self.at(j) in THIS:
            this, j = True, j + 1
        u = self.lex.units.get(self.at(j))
        if u is None or ("ال" not in self.at(j)[:4] and not this):
            return None
        name, n = u
        if self.at(j) in PLURAL_UNITS or (n == 2 and not this):
            # "خلال الأيام (القليلة) الماضية", "الأشهر الماضية", "اليومين الماضيين": a span back
            # from publication (two units for a dual, a few for a plural)
            if self.at(j + 1) in self.lex.few_after:
                j += 1
            adj = self.lex.rel_adj.get(self.at(j + 1))
            if adj is None or adj == 0 or self.anchored(j + 2, name, None, adj) is not None:
                return None  # "الأيام القليلة السابقة على الاستفتاء": counted from another happening
            days = (SPAN_DAYS if n == 1 else DUAL_DAYS)[name]
            if adj > 0:
                return Match(j + 2, Spec("after", unit="day", n=days, future=True), "future",
                             f"date:{name}s-ahead")
            return Match(j + 2, Spec("recent", n=days), "vague", f"date:past-{name}s")
        if n != 1 or name == "day":
            return None
        rel = 0 if this else None
        if self.at(j + 1) in self.lex.rel_adj:
            rel, j = self.lex.rel_adj[self.at(j + 1)], j + 1
        if rel is None:
            return None
        kind = "future" if rel > 0 else ("year" if name == "year" else "relative")
        return Match(j + 1, Spec("unit", unit=name, rel=rel, future=rel > 0), kind,
                     f"date:{name}-relative")

    def part(self, k: int) -> Match | None:
        """منتصف/مطلع/أواخر + month, الشهر الجاري, الأسبوع الماضي, العام, 2020."""
        w = self.at(k)
        part = self.lex.parts.get(w)
        if part is None:
            return None
        j = k + 1
        if self.at(j) in self.lex.day_parts:
            return None  # "منتصف ليل"
        if self.at(j) in OF:
            j += 1
        target = self.month_first(j, bare_ok=True)
        if target and target.spec and target.spec.what in ("month", "unit"):
            spec = target.spec
            return Match(target.end, Spec("part", part=part, target=spec, future=spec.future),
                         "vague", "date:part-of-month")
        got = self.unit(j)
        if got is None and self.at(j) in THE_WEEK:  # "مطلع الأسبوع": of the week the report is in
            got = Match(j + 1, Spec("unit", unit="week", rel=0), "relative", "date:week-relative")
        if got and got.spec:
            return Match(got.end, Spec("part", part=part, target=got.spec,
                                       future=got.spec.future), "vague",
                         f"date:part-of-{got.spec.unit}")
        y = self.year(j)
        if y and y[1] is not None:
            return Match(y[0], Spec("part", part=part, target=Spec("year", year=y[1])), "year",
                         "date:part-of-year")
        return None

    def bare_year(self, k: int) -> Match | None:
        got = self.year(k)
        if got is None or got[1] is None:
            return None
        if self.at(got[0]) in ("/", "-", ":") or self.at(k - 1) in ("/", "-"):
            return None
        if self.at(got[0]) in self.lex.counted_nouns and self.at(k) not in self.lex.year_words:
            return None  # "تهجير 2100 شخص": a count (REVIEWPAGES22)
        return Match(got[0], Spec("year", year=got[1]), "year", "date:year")

    # ---------------------------------------------------------------- times of day

    def time_of_day(self, k: int) -> Match | None:
        """الساعة 3، الساعة الثالثة وربع عصرا، 3:18 صباحا (see :mod:`rasd.time.clock`)."""
        return _time_of_day(self, k)
