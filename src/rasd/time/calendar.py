"""Calendar arithmetic and ACLED values for resolved expressions.

An expression is parsed into a :class:`Spec` (what the words say) and resolved against a
reference day into a date range. ACLED's rules then give the value: one day → precision 1;
a range of up to eleven days (a week, the early/middle/late part of a month) → precision 2
with the range's midpoint; a month → precision 3 with its midpoint (the 15th). Anything
coarser (a year, part of a year) and anything after the publication date is kept but never
becomes an event date (``eventable`` false).

When the publication is known only to the month, the expression is resolved against the
first and the last day of that month and the two results are merged, so "أمس" in a
November report becomes "some day in November" (precision 3) rather than a guess.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil
from typing import Any

PAST, FUTURE = "past", "future"


@dataclass(frozen=True, slots=True)
class Spec:
    """What an expression says, before it meets a reference date.

    ``what`` is one of: ``day`` (y, m, d; m/y may be None or relative), ``month``,
    ``nth-weekday``, ``last-day``, ``rel-day`` (offset), ``weekday``, ``unit`` (a
    week/month/year relative to the reference), ``part`` (early/mid/late of a target),
    ``ago`` (n units before), ``after`` (n units after), ``year``.
    """

    what: str
    year: int | None = None
    year_rel: int | None = None
    month: int | None = None
    month_rel: int | None = None  # relative month (الشهر الماضي) when no month is named
    named_rel: int | None = None  # "نوفمبر الماضي": the named month before / after
    day: int | None = None
    day2: int | None = None  # last day of a range of days in one month ("13 الى 15 تموز")
    weekday: int | None = None
    rel: int | None = None  # weekday/unit: -1 before, 0 this, +1 next
    week_rel: int | None = None  # "الأحد من الأسبوع الماضي"
    n: int | None = None  # nth weekday (-1 last), offset in days, count of units
    unit: str | None = None
    part: str | None = None
    target: Spec | None = None
    future: bool = False  # the words point forward (غداً، المقبل، بعد)
    same_month: bool = False  # "23 من الشهر ذاته": the month the story last told (extract.py)


@dataclass(frozen=True, slots=True)
class Resolved:
    start: date
    end: date
    grain: str


def month_last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def safe_day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(spec: Spec, ref: date, mode: str, m: int, d: int | None) -> int:
    """The year of a month (and day) named without one."""
    if spec.year is not None:
        return spec.year
    if spec.year_rel is not None:
        return ref.year + spec.year_rel
    y = ref.year
    if spec.named_rel == -1:
        return y if (m, d or 1) < (ref.month, ref.day) and m != ref.month else y - 1
    if spec.named_rel == 1:
        return y if m > ref.month else y + 1
    if mode == FUTURE:
        return y if m >= ref.month else y + 1
    probe = safe_day(y, m, min(d or 1, month_last(y, m)))
    if probe and probe > ref + timedelta(days=60):
        return y - 1  # named without a year and well after publication: last year's
    return y


def _month_of(spec: Spec, ref: date, mode: str, d: int | None = None) -> tuple[int, int]:
    if spec.month is not None:
        return _year_for(spec, ref, mode, spec.month, d), spec.month
    y, m = add_months(ref.year, ref.month, spec.month_rel or 0)
    if spec.year is not None:
        y = spec.year
    return y, m


def _weekday_near(ref: date, wd: int, mode: str, strict: bool) -> date:
    """The weekday ``wd`` on or before ``ref`` (past) or after it (future)."""
    if mode == FUTURE:
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref + timedelta(days=ahead)
    back = (ref.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def _unit_range(unit: str, ref: date, k: int) -> Resolved:
    if unit == "day":
        d = ref + timedelta(days=k)
        return Resolved(d, d, "day")
    if unit == "week":
        start = ref - timedelta(days=ref.weekday()) + timedelta(weeks=k)
        return Resolved(start, start + timedelta(days=6), "week")
    if unit == "month":
        y, m = add_months(ref.year, ref.month, k)
        return Resolved(date(y, m, 1), date(y, m, month_last(y, m)), "month")
    y = ref.year + k
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year")


PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part_of(part: str, whole: Resolved) -> Resolved:
    if whole.grain == "month":
        lo, hi = PART_DAYS[part]
        last = whole.end.day
        return Resolved(whole.start.replace(day=lo), whole.start.replace(day=min(hi, last)), "day")
    if whole.grain == "year":
        lo, hi = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}[part]
        y = whole.start.year
        return Resolved(date(y, lo, 1), date(y, hi, month_last(y, hi)), "month")
    if whole.grain == "week":
        lo, hi = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}[part]
        return Resolved(whole.start + timedelta(days=lo), whole.start + timedelta(days=hi), "day")
    return whole


def resolve(spec: Spec, ref: date, mode: str = PAST) -> Resolved | None:
    """The date range ``spec`` names, seen from ``ref``; None when it names no real day."""
    w = spec.what
    if w == "day":
        y, m = _month_of(spec, ref, mode, spec.day)
        d = safe_day(y, m, spec.day or 1)
        last = safe_day(y, m, spec.day2) if spec.day2 else d
        return Resolved(d, last, "day") if d and last else None
    if w == "weekday-dom":
        # "السبت السادس عشر": the month near the reference where that day is that weekday
        order = (0, -1, 1, -2) if mode == PAST else (0, 1, -1, 2)
        if mode == PAST and spec.day and spec.day > ref.day:
            order = (-1, 0, -2, 1)
        if mode == FUTURE and spec.day and spec.day < ref.day:
            order = (1, 0, 2, -1)
        for k in order:
            y, m = add_months(ref.year, ref.month, k)
            d = safe_day(y, m, spec.day or 1)
            if d and d.weekday() == spec.weekday:
                return Resolved(d, d, "day")
        y, m = add_months(ref.year, ref.month, order[0])
        d = safe_day(y, m, spec.day or 1)
        return Resolved(d, d, "day") if d else None
    if w == "month":
        y, m = _month_of(spec, ref, mode)
        return Resolved(date(y, m, 1), date(y, m, month_last(y, m)), "month")
    if w == "nth-weekday":
        y, m = _month_of(spec, ref, mode)
        assert spec.weekday is not None and spec.n is not None
        if spec.n > 0:
            first = date(y, m, 1)
            d = first + timedelta(days=(spec.weekday - first.weekday()) % 7 + 7 * (spec.n - 1))
            return Resolved(d, d, "day") if d.month == m else None
        last = date(y, m, month_last(y, m))
        d = last - timedelta(days=(last.weekday() - spec.weekday) % 7)
        return Resolved(d, d, "day")
    if w == "last-day":
        y, m = _month_of(spec, ref, mode)
        d = date(y, m, month_last(y, m))
        return Resolved(d, d, "day")
    if w == "hijri":
        return _resolve_hijri(spec, ref)
    if w == "recent":
        return Resolved(ref - timedelta(days=spec.n or 7), ref, "day")
    if w == "hours-past":
        return Resolved(ref - timedelta(days=1), ref, "day")
    if w == "rel-day":
        d = ref + timedelta(days=spec.n or 0)
        return Resolved(d, d, "day")
    if w == "weekday":
        assert spec.weekday is not None
        if spec.week_rel is not None:
            start = ref - timedelta(days=ref.weekday()) + timedelta(weeks=spec.week_rel)
            d = start + timedelta(days=spec.weekday)
        elif spec.rel == 1:
            d = _weekday_near(ref, spec.weekday, FUTURE, True)
        elif spec.rel == -1:
            d = _weekday_near(ref, spec.weekday, PAST, True)
        else:
            d = _weekday_near(ref, spec.weekday, mode, False)
        return Resolved(d, d, "day")
    if w == "unit":
        return _unit_range(spec.unit or "day", ref, spec.rel or 0)
    if w == "part":
        assert spec.target is not None and spec.part is not None
        whole = resolve(spec.target, ref, mode)
        return _part_of(spec.part, whole) if whole else None
    if w in ("ago", "after"):
        sign = -1 if w == "ago" else 1
        n = (spec.n or 1) * sign
        unit = spec.unit or "day"
        if unit == "day":
            d = ref + timedelta(days=n)
        elif unit == "week":
            d = ref + timedelta(weeks=n)
        elif unit == "month":
            y, m = add_months(ref.year, ref.month, n)
            d = date(y, m, min(ref.day, month_last(y, m)))
        else:
            d = safe_day(ref.year + n, ref.month, min(ref.day, 28)) or ref
        return Resolved(d, d, "day")
    if w == "year":
        y = spec.year if spec.year is not None else ref.year + (spec.year_rel or 0)
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def hijri_to_gregorian(y: int, m: int, d: int) -> date:
    """The tabular (arithmetic) Islamic calendar: within a day of the observed one."""
    jd = d + ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948438
    return date.fromordinal(jd - 1721425)


def _hijri_year(ref: date) -> int:
    """The Hijri year in which ``ref`` falls."""
    y = int((ref.toordinal() - 227015) / 354.367) + 1
    while hijri_to_gregorian(y + 1, 1, 1) <= ref:
        y += 1
    while hijri_to_gregorian(y, 1, 1) > ref:
        y -= 1
    return y


def _resolve_hijri(spec: Spec, ref: date | None) -> Resolved | None:
    m, d = spec.month or 1, spec.day or 1
    if not 1 <= d <= 30:
        return None
    if spec.year is not None:
        y = spec.year
    elif ref is not None:
        y = _hijri_year(ref)
        day = hijri_to_gregorian(y, m, d)
        if day > ref + timedelta(days=60) or (spec.named_rel == -1 and day > ref):
            y -= 1
        elif spec.named_rel == 1 and day < ref:
            y += 1
    else:
        return None
    day = hijri_to_gregorian(y, m, d)
    return Resolved(day - timedelta(days=1), day + timedelta(days=1), "day")


def _absolute_only(spec: Spec) -> Resolved | None:
    """Resolution without any reference: only fully stated dates."""
    if spec.what == "part" and spec.target is not None and spec.target.year is not None:
        # "أوائل كانون الأول 2016" on a page with no day of its own: the year is the target's
        # (REVIEWPAGES22; before, only a part whose own spec carried a year was read)
        return _absolute_only(spec.target) and resolve(spec, date(spec.target.year, 1, 1), PAST)
    if spec.year is None:
        return None
    if spec.what == "hijri":
        return _resolve_hijri(spec, None)
    if spec.what in ("day", "month", "nth-weekday", "last-day", "year") and (
            spec.what == "year" or spec.month is not None):
        return resolve(spec, date(spec.year, 1, 1), PAST)
    if spec.what == "part" and spec.target is not None:
        return _absolute_only(spec.target) and resolve(spec, date(spec.year, 1, 1), PAST)
    return None


# Precision ACLED gives a resolved expression that is not a single day.
APPROX_PRECISION = {"ago-week": 2, "ago-month": 3}
HOURS_DAY = 24  # "خلال الساعات الـ 24 الماضية": hours past within one day


def value_of(spec: Spec, kind: str, ref_lo: date | None, ref_hi: date | None,
             mode: str = PAST) -> dict[str, Any]:
    """The DATE span value (see docs/ANNOTATIONS.md) of ``spec`` against the reference."""
    if spec.what == "anchored":  # "بعد يومين من الهجوم": dated by the other happening
        return {"date": None, "precision": None, "grain": spec.unit or "day", "eventable": False,
                "kind": "anchored", "start": None, "end": None,
                "offset": {"unit": spec.unit, "n": spec.n, "sign": spec.rel}}
    if ref_lo is None or ref_hi is None:
        got = _absolute_only(spec)
        results = [got] if got else []
    else:
        results = [r for r in (resolve(spec, ref_lo, mode),
                               resolve(spec, ref_hi, mode) if ref_hi != ref_lo else None) if r]
    if not results:
        grain = {"unit": spec.unit, "year": "year", "month": "month"}.get(spec.what) or "day"
        return {"date": None, "precision": None, "grain": grain, "eventable": False,
                "kind": kind, "start": None, "end": None}
    start = min(r.start for r in results)
    end = max(r.end for r in results)
    grain = results[0].grain
    floor = 1
    if ref_hi is not None and not spec.future and start <= ref_hi < end and mode == PAST:
        # "this week / this month": what happened can only lie up to the publication
        floor = {"week": 2, "month": 3}.get(spec.unit or grain, 2)
        end = ref_hi
    if spec.what == "ago" and kind == "vague":
        floor = 2  # "قبل أيام": a few days before
    if spec.what == "ago" and spec.unit == "year":
        kind, floor = "year", 3  # "قبل عام": a year back, never an event date
    length = (end - start).days + 1
    if grain == "year" or length > 62:
        precision, day = 3, None
    elif length == 1:
        precision, day = 1, start
    elif length <= 11:
        precision, day = 2, start + timedelta(days=(length - 1) // 2)
    else:
        precision, day = 3, start + timedelta(days=14 if start.day == 1 and length <= 31 else
                                              (length - 1) // 2)
    if spec.what == "hours-past" and (spec.n or HOURS_DAY) <= HOURS_DAY:
        # "في الساعات (الأربع والعشرين) الماضية": within a day of the report, coded to the
        # day before it (ACLED gives such a report's happenings one day, precision 1)
        precision, day = 1, (end if spec.n and spec.n < HOURS_DAY else start)  # "الثلاث": today
    if spec.what == "ago" and precision == 1 and spec.unit in ("week", "month"):
        precision = 2 if spec.unit == "week" else 3
    if precision is not None and precision < floor:
        precision = floor
    future = spec.future or (ref_hi is not None and start > ref_hi)
    if future:
        kind = "future"
    eventable = (not future and kind not in ("year",) and grain != "year"
                 and day is not None and precision is not None)
    return {"date": day.isoformat() if day else None, "precision": precision, "grain": grain,
            "eventable": eventable, "kind": kind, "start": start.isoformat(),
            "end": end.isoformat()}


def reference(published: str | None, precision: str | None = None) -> tuple[date | None, date | None]:
    """(first, last) possible publication day from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    if not published:
        return None, None
    text = published.strip()[:10]
    try:
        parts = [int(p) for p in text.split("-")]
    except ValueError:
        return None, None
    if precision == "year" or len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if precision == "month" or len(parts) == 2:
        y, m = parts[0], parts[1]
        return date(y, m, 1), date(y, m, month_last(y, m))
    try:
        d = date(*parts[:3])
    except ValueError:
        return None, None
    return d, d
