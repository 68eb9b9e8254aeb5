"""Find Arabic temporal expressions in text and normalise them against a reference date.

The scanner walks the tokens of the normalised text; only tokens that can start an
expression (a digit, a month, weekday, relative-day, unit, part or day-part word, or
الساعة) are tried, so a sentence with none costs one set lookup per token. At such a token
every pattern family below is tried and the longest match wins:

* absolute: [weekday [،] [الموافق]] day (digits or ordinal words) [من] [شهر] month
  [/ month] [[من] [عام] year] — every month-name system, paired forms, "شهر 3";
* numeric: 13/1/2021, 2021-01-13, 1/2013, and day/month after a weekday or بتاريخ;
* ordinal weekday of a month: "اول ثلاثاء من شهر عشرة", "الثلاثاء الاخير من شهر مارس",
  and "الثلاثاء الثالث من شهر ايلول" when the 3rd is not a Tuesday;
* weekdays: "الأربعاء", "يوم الأحد الماضي", "فجر الجمعة", "احد الاسبوع الماضي";
* relative days: اليوم، أمس، أول أمس، الليلة الماضية، صباح/مساء/فجر اليوم، قبل يومين،
  غداً، بعد غد;
* units: الأسبوع الماضي، الشهر الجاري، العام المقبل;
* parts: منتصف/مطلع/أوائل/أواخر/نهاية + month, الشهر الجاري/الماضي, week or year;
* years: "عام 2020", a bare 19xx/20xx;
* times of day: "الساعة الواحدة وعشر دقائق", "الساعة 1:10", "3:18 صباحا" → TIME, never DATE.

Each match becomes an :class:`Expression` with the rule that produced it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from rasd.quantities.lexicon import number_lexicon
from rasd.quantities.tokens import Tokens, may_hold_raw, tokenize
from rasd.text.normalize import normalize
from rasd.time import dateline
from rasd.time.calendar import PAST, reference, value_of
from rasd.time.chronology import ChronologyDay, chronology_openers, soon_after
from rasd.time.lexicon import time_lexicon
from rasd.time.pageday import prints_later
from rasd.time.parser import Parser
from rasd.time.urldate import url_date
from rasd.time.words import (
    AFTER,
    ARTICLE,
    BEFORE,
    DATE_WORD,
    DAY_WORD,
    HOUR,
    HOURS,
    LAST,
    MID,
    MONTH_WORD,
    NEXT,
    NIGHT,
    OF,
    THE_DAY,
    THE_MONTH,
    THE_WEEK,
    THIS,
    Match,
    _set,
)

__all__ = ["Expression", "Parser", "extract", "scan", "start_words"]


@dataclass(slots=True)
class Expression:
    """One expression: offsets in the original text, label DATE or TIME, value, rule."""

    start: int
    end: int
    text: str
    label: str
    value: dict[str, Any]
    rule: str


DIGITS = frozenset("0123456789")


@cache
def family_starts() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Word → the pattern families that can start at it; families that start at digits.

    The scanner calls only these, so a common word (قبل، بعد، اليوم) costs a few calls and
    every other token one set lookup.
    """
    lex, num = time_lexicon(), number_lexicon()
    weekdays = set(lex.weekdays) | set(lex.weekdays_bare)
    ordinals = set(num.ordinals) | set(num.ordinal_tens) | set(num.ordinal_teen_heads)
    starts: dict[str, set[str]] = {
        "absolute": DAY_WORD | weekdays | DATE_WORD | THE_DAY | ordinals | ARTICLE,
        "nth_weekday": LAST | ordinals | weekdays | THE_DAY,
        "month_first": THIS | MONTH_WORD | THE_MONTH | set(lex.months) | set(lex.month_heads),
        "weekday": MID | lex.day_parts | NIGHT | DAY_WORD | THIS | weekdays,
        "relative": (MID | lex.day_parts | DAY_WORD | THE_DAY | BEFORE | AFTER | HOURS
                     | _set("اول") | NIGHT | set(lex.relative_days)),
        "ago": BEFORE | AFTER,
        "unit": THIS | set(lex.units),
        "part": set(lex.parts),
        "time_of_day": HOUR | ordinals,
        "bare_year": lex.year_words,
    }
    table: dict[str, list[str]] = {}
    for family, words in starts.items():
        for w in words:
            table.setdefault(w, []).append(family)
    digit_families = ("absolute", "time_of_day", "bare_year")
    return {w: tuple(f) for w, f in table.items()}, digit_families


@cache
def start_words() -> frozenset[str]:
    """Tokens that can begin an expression: the cheap pre-filter."""
    return frozenset(family_starts()[0])


@cache
def strong_time_words() -> frozenset[str]:
    """Start words minus those that never make an expression alone (see the pre-filter),
    plus the adverbs that make an ordinal a time of day (الثالثة فجرا)."""
    lex, num = time_lexicon(), number_lexicon()
    weak = (THIS | BEFORE | AFTER | LAST | lex.year_words | DAY_WORD | DATE_WORD | OF
            | set(num.ordinals) | set(num.ordinal_tens) | set(lex.parts))
    return (start_words() - weak) | frozenset(lex.time_adverbs)


def scan(toks: Tokens) -> list[tuple[int, Match]]:
    """(first token, match) for every expression, the longest match at each position."""
    t = toks.text
    table, digit_families = family_starts()
    # w < ":" keeps digits (and ASCII punctuation) without slicing a new string per token
    candidates = [i for i in toks.candidates() if t[i] in table or t[i] < ":"]
    if not candidates:
        return []
    parser = Parser(toks)
    out: list[tuple[int, Match]] = []
    after = 0
    for i in candidates:
        if i < after:
            continue
        w = t[i]
        if w in table:
            names = table[w]
        elif w[0] in DIGITS:
            names = digit_families
        else:
            continue
        best: Match | None = None
        for name in names:
            got = getattr(parser, name)(i)
            if got is not None and got.end > i and (best is None or got.end > best.end):
                best = got
        if best is not None:
            out.append((i, best))
            after = best.end
    return out


def extract(text: str, published: str | None = None, precision: str | None = None,
            mode: str = PAST, toks: Tokens | None = None, url: str | None = None) -> list[Expression]:
    """Every temporal expression of ``text`` resolved against the publication date.

    ``mode`` is ``past`` for news (a bare weekday is the latest one on or before
    publication) or ``future`` for Duckling's convention (the next one). Without a
    ``published`` date, the page's printed date (its dateline) is the reference when it fits
    the day its ``url`` is filed under (:mod:`rasd.time.urldate`; two days' slack, or the same
    month); a printed date that does not fit is a fetch line, and the address's day is used.
    """
    filed = url_date(url) if published is None else None
    if toks is None:
        if not may_hold_raw(text, start_words()):
            return []  # the cheap pre-filter: no digit and no word an expression starts with
        toks = tokenize(normalize(text))
    ref_lo, ref_hi = reference(published, precision)
    matches = scan(toks)
    page = _dateline(toks, matches, published, ref_lo, ref_hi, mode)
    via_dateline = False
    via_url = False  # counted from the day the page's address is filed under (FIX11)
    crawl = -1  # a header date the page's address or its own today shows to be a fetch day
    lead = -1  # the lead's own day that showed the header to be a fetch line (see _told_today)
    if page is not None and ref_lo is None and filed is not None and not _agrees(page[1], filed):
        crawl, page = page[0], None  # the printed date is not the page's (a fetch line)
    if page is None and ref_lo is None and filed is not None and not (
            filed[1] == "day" and _dated_after(toks, matches, -1, date.fromisoformat(filed[0]))):
        # the day (or month) the address is filed under — unless the page's lines open with
        # days well after it ("8 سبتمبر / أيلول 2017 : …" in an entry filed /2016/11/30/ and
        # kept up to date): no page tells as done what happened after it was written
        ref_lo, ref_hi = reference(*filed)
        via_url = True
    if page is not None and ref_lo is None:  # no publication date: count from the page's own
        ref_lo = ref_hi = date.fromisoformat(page[1])
        via_dateline = True
        today = _told_today(matches, page, ref_lo, ref_hi, mode, weekdays=filed is None)
        if today is not None:
            crawl, page = page[0], today
            ref_lo = ref_hi = date.fromisoformat(today[1])
            if not matches[today[0]][1].rule.endswith("+today"):
                lead = today[0]  # a day the lead tells, not a date line: no page furniture
    if page is None and ref_lo is None and (today := _lead_today(matches)) is not None:
        # no date line and no address's day, but the lead tells today in full ("صرح الرئيس
        # اليوم السبت ( السابع من تشرين الأول 2017 )"): the later "أمس" and "الجمعة" count from it
        ref_lo = ref_hi = date.fromisoformat(today)
        via_dateline = True
    if page is None and ref_lo is None and (today := _printed_today(toks, matches)) is not None:
        # nothing else dates the page, but it prints a full date with its weekday ("الجمعة 22 /
        # ديسمبر / 2017") and calls today that weekday ("صباح اليوم الجمعة"، "أمس الخميس")
        ref_lo = ref_hi = date.fromisoformat(today)
        via_dateline = True
    twins = _header_twins(matches, page[0]) if page is not None else frozenset()
    latest = _latest_year(toks) if ref_lo is None else None  # only an undated page needs it
    starts = start_words()
    out = []
    # (first day, end offset, day or None) of the story's last dated day or month
    told_year: tuple[str, int, str | None] | None = None
    item: date | None = None  # the day of the dated item the text is in (see _item_heading)
    chronology = chronology_openers(toks, matches, page[0] if page is not None else -1)
    chronology_day = ChronologyDay()
    month_years: dict[int, int] = {}  # the first year the page has given each month
    for index, (first, m) in enumerate(matches):
        start, end = toks.orig_span(first, m.end)
        w = toks.text[first]
        if len(w) > 2 and w[0] in "وفبل" and (w[1:] in starts or w[1].isdigit()):
            start = toks.norm.orig(toks.starts[first] + 1)  # a clitic is not part of it
        elif w in ("و", "ف") and first + 1 < m.end:
            start = toks.orig_span(first + 1, m.end)[0]
        if m.kind == "name":
            continue  # a name that looks like a date ("قوى 14 آذار")
        if m.spec is not None and m.spec.year is None and dateline.latin(toks.text, first, m.end):
            continue  # "on 25 September" in an English quote or caption: only a page's full date is read (DIPLO17)
        if m.time is not None:
            out.append(Expression(start, end, text[start:end], "TIME", m.time, m.rule))
            continue
        assert m.spec is not None
        rule = m.rule
        if item is not None and m.kind in ("relative", "weekday"):
            # "2014 / 5 / 20 - … اجتمع الأمين العام اليوم": the item's day, not the page's
            value = dict(value_of(m.spec, m.kind, item, item, mode), reference="item")
            rule += "+item-day"
            out.append(Expression(start, end, text[start:end], "DATE", value, rule))
            continue
        value = value_of(m.spec, m.kind, ref_lo, ref_hi, mode)
        if not value.get("date") and (year := _printed_weekday_year(m.spec, latest)) is not None:
            # "السبت 20 أغسطس / آب" on a page with no day of its own: the one year near those
            # the page prints in which 20 August was a Saturday
            value, rule = value_of(replace(m.spec, year=year), m.kind, ref_lo, ref_hi, mode), \
                rule + "+weekday-year"
        if not value.get("date") and ref_lo is None and _yearless(m.spec) and m.spec.what == "day" \
                and m.spec.day is not None and (year := month_years.get(m.spec.month)) is not None:
            # "وفي 20 من تشرين الأول / أكتوبر , تمكنت …" on a page with no day of its own, whose
            # title or an earlier line names that month with its year ("خلال الأسبوع الثالث من
            # تشرين الأول / أكتوبر 2017"): the year the page first gives that month, its story's
            # (later ones are as often background: "معركة رتيان السابقة ( شباط 2015 م )" in a
            # paper on February 2016; DATES24)
            value, rule = value_of(replace(m.spec, year=year), m.kind, ref_lo, ref_hi, mode), \
                rule + "+page-month-year"
        if m.spec.same_month:  # "تمكنت القوات في 23 من الشهر ذاته": the month just told
            value, rule = _same_month(text, m.spec, m.kind, out, start, ref_lo, ref_hi, mode,
                                      value, rule)
        elif chronology and _yearless(m.spec) and not _year_follows(toks, m.end) and (
                story := _chronology_day(m.spec, chronology[index] if index in chronology
                                         else chronology_day.year_of(m.spec), ref_lo, ref_hi, mode)):
            value, rule = story, rule + "+chronology-year"
        elif told_year is not None and _yearless(m.spec) and (
                _story_far(told_year[0], ref_lo) or _same_year(toks, m.end)
                or _breaks(text, told_year[1], start, 0) == 0 or soon_after(date.fromisoformat(told_year[0][:10]), m.spec)) \
                and _breaks(text, told_year[1], start) <= (
                    NARRATIVE_SENTENCES if ref_lo is not None else NARRATIVE_SENTENCES - 1):
            year = int(told_year[0][:4])
            if not value.get("date") or int(value["date"][:4]) != year:
                # "في 16 آب 1929 … وفي 17 آب": the story's year, not the publication's, when
                # the story moves on in it (a day before the told one is another year's); a
                # year or two back too when the sentence itself goes on ("في 9 يوليو 2016 ,
                # سيطرت القوات على قاعدة … وفي 25 اغسطس طردت التنظيم": that August)
                story = value_of(replace(m.spec, year=year), m.kind, ref_lo, ref_hi, mode)
                if story.get("date") and (story.get("start") or story["date"]) >= told_year[0]:
                    value, rule = story, rule + "+narrative-year"
        elif told_year is not None and m.spec.what == "weekday" and m.spec.rel is None \
                and m.spec.week_rel is None and _breaks(text, told_year[1], start, 0) == 0 \
                and (ref_lo is None or date.fromisoformat(told_year[0]) < ref_lo - STORY_GAP
                     or date.fromisoformat(told_year[0]) > ref_hi):
            # "في 23 آب 1929 … بعد صلاة الجمعة": that week's Friday, not the publication's;
            # a told day after the page's own ("يوم الأحد 15-12-2013 : شهد يوم الأحد" on a page
            # dated in November) leaves that page no reference for the weekday either
            value, rule = _story_weekday(m.spec, told_year[2], value), rule + "+story-week"
        if first > 0 and toks.text[first - 1] in THE_WEEK and m.spec.what == "day" \
                and m.spec.day is not None and m.spec.day <= 5 and value.get("date"):
            # "الأسبوع الأول من شهر تشرين الأول": the month's first week, not its first day
            value, rule = _week_of_month(value, m.spec.day), rule + "+week-of-month"
        if index == lead:
            rule += "+lead-day"  # the page's day, found by its weekday (see _told_today)
        if page is not None and (index == page[0] or index in twins) and "+today" not in rule \
                and index != lead:
            # the page's furniture; "اليوم السبت ( 17 حزيران 2017 )" is the story's own day
            value = dict(value, date=page[1], precision=1, dateline=True)
            rule += "+dateline"
        elif via_dateline and value.get("date") and m.kind != "absolute":
            value["reference"] = "dateline"  # counted from the page's date, not a given one
        elif via_url and not via_dateline and value.get("date") and m.kind != "absolute":
            value["reference"] = "url"  # counted from the day the address is filed under
        if m.spec.what == "rel-day" and any(toks.text[j] in NEXT for j in range(first, m.end)):
            value, rule = _next_day(text, out, start, m.spec, value, rule, ref_hi)
        elif value["kind"] == "anchored":
            value, rule = _from_anchor(text, out, start, value, rule, ref_hi)
        elif m.spec.what == "after" and m.spec.unit in ANCHOR_DAYS and m.spec.n \
                and (first == 0 or toks.text[first - 1] in _SENTENCE_END):
            # "… في 8 نوفمبر . وبعد يوم واحد , شن التنظيم هجوما مضادا": a step of the story
            # after its last told day, not a day after publication
            value, rule = _from_anchor(text, out, start, dict(
                value, offset={"unit": m.spec.unit, "n": m.spec.n, "sign": 1}), rule, ref_hi,
                step=True)
        elif m.spec.what == "rel-day" and m.spec.weekday is not None and value.get("date") \
                and date.fromisoformat(value["date"]).weekday() != m.spec.weekday:
            value, rule = _weekday_anchor(out, m.spec, value, rule, ref_hi)
        site = index == crawl or (m.kind == "absolute" and first < SITE_LINE_TOKENS
                                  and dateline.site_line(toks, first, m.end))
        if site:  # "تحديث الموقع 2018 / 01 / 21": the day the page was fetched, no story's
            value = dict(value, eventable=False)
            rule += "+site-line"
        if site or (page is not None and index <= page[0]):
            told_year = None  # the header up to the page's date is furniture, not the story
        elif (m.spec.year is not None or rule.endswith(("+narrative-year", "+chronology-year"))) \
                and value.get("date") \
                and m.spec.what in ("day", "month") \
                and not dateline.founded(toks, first):  # "صدرت من لندن 21 مايو 2001" tells no story
            told_year = (str(value.get("start") or value["date"]), end,
                         value["date"] if value.get("precision") == 1 else None)
        if m.spec.year is not None and m.spec.month is not None and m.spec.what in ("day", "month") \
                and not site and value.get("date") and not _opens_span(toks, first, m.end):
            month_years.setdefault(m.spec.month, m.spec.year)
        if index in chronology and value.get("date") and value.get("precision") == 1:
            chronology_day.saw(value["date"])
            value = dict(value, chronology_item=True)  # its day reaches its whole item (events.items)
        if ref_lo is not None and ref_hi is not None and value.get("date") \
                and value.get("precision") == 1 and not site and (
                    (heading := _item_heading(toks, first, m, index, page))
                    or _clock_stamp(toks, matches, index, page)):
            day = date.fromisoformat(value["date"])
            if not heading and page is not None and value["date"] == page[1]:
                item = None  # an item stamped with the page's own day: it counts from the page again
            elif ref_lo - ITEM_SPAN <= day <= ref_hi + timedelta(days=1):  # not "17 نيسان 1975 -"
                item = day
                rule += "+item-heading"  # the events stage dates nothing before it by it
                if not heading:
                    rule += "+clock-stamp"
        out.append(Expression(start, end, text[start:end], "DATE", value, rule))
    return out


def _opens_span(toks: Tokens, first: int, end: int) -> bool:
    """Whether a month-year opens a span lasting up to now: منذ a few words before it ("منذ
    مارس / آذار 2011"، "منذ اختطافهم في 9 ديسمبر / كانون الأول 2013") and no حتى soon after
    ("منذ ليل 1 شباط 2016 م وحتى مساء 3 شباط" is the story's own stretch). Such a month is the
    origin a page looks back to, not the month its story is told in (DATEFIX24)."""
    lex = time_lexicon()
    if not any(w in lex.span_openers for w in toks.text[max(0, first - lex.span_opener_window):first]):
        return False
    return not any(w in lex.span_closers for w in toks.text[end:end + lex.span_closer_window])


def _year_follows(toks: Tokens, end: int) -> bool:
    """Whether a year in figures stands right after a day and month the grammar left
    yearless ("في 27 آب / 2016 , بدأ …"): that year is the day's, none a chronology carries."""
    return any(len(w) == 4 and w.isdigit() for w in toks.text[end:end + 2])


def _chronology_day(spec: Any, year: int | None, ref_lo: date | None, ref_hi: date | None,
                    mode: str) -> dict[str, Any] | None:
    """A chronology item's yearless day in the year its items are in (:mod:`rasd.time.chronology`):
    "في 13 يناير" after "في 25 ديسمبر 2012" is 13 January 2013. On a dated page only an old
    story's year is carried (:func:`_story_far`): a review of the last year or two tells its
    latest items without a year and means the latest such day ("… 9 يوليو 2016 … وفي 4 يوليو"
    on a page of 2017: that July). None when no year is read, or the day would fall after the
    page was written."""
    if year is None or (ref_lo is not None and not _story_far(f"{year:04d}", ref_lo)):
        return None
    story = value_of(replace(spec, year=year), "absolute", ref_lo, ref_hi, mode)
    if not story.get("date") or (ref_hi is not None and date.fromisoformat(story["date"]) > ref_hi):
        return None
    return story


ITEM_SPAN = timedelta(days=366)  # a list page's items go back at most this far from its day
# what stands right before an item's heading date: a stop, a bar, or a line break (a digest whose
# items each open a line, "…\n2015 / 10 / 28 - استأنفت …", UN News Centre's month lists: ITEMS23)
ITEM_OPENERS = frozenset({".", "|", ":", "!", "?", "؟", "\n"})
ITEM_CLOSERS = frozenset({"-", "–", "—", "|"})


def _item_heading(toks: Tokens, first: int, m: Match, index: int, page: tuple[int, str] | None) -> bool:
    """Whether a printed full date below the page's own heads one dated item of a list page (a
    digest of several days' news): it opens a line or a sentence and a dash follows it ("… . 2014 / 5 / 20 -
    إجتمع الأمين العام اليوم"), or a publishing cue stands right before it ("تم النشر بتاريخ :
    20 / 09 / 2016" of the next story on a tag page). The relative days after it count from it."""
    if m.kind != "absolute" or not dateline.full_date(m.spec) or (page is not None and index <= page[0]):
        return False
    text = toks.text
    if m.end < len(text) and text[m.end] in ITEM_CLOSERS and (
            first == 0 or text[first - 1] in ITEM_OPENERS or text[m.end] == "|"):
        return True  # ("… ثم أخرى عند مدخل ال 20 - 03 - 2015 | 0 | 0 | هدد البيت الأبيض
        # أمس": a tag page's items cut short run into the next one's date and its bar)
    cues = dateline.dateline_words().cues
    return page is not None and any(text[j] in cues for j in range(max(0, first - 4), first))


STAMP_GAP = 2  # tokens between a stamp's full date and its clock time ("2018 - 01 - 16 22 : 02", ", 18 : 32")


def _clock_stamp(toks: Tokens, matches: list[tuple[int, Match]], index: int, page: tuple[int, str] | None) -> bool:
    """Whether a printed full date below the page's own is an item's posting stamp: its clock
    time follows it at once ("… رئيس 2018 - 01 - 16 22 : 02 : 13 … أمس"، "الخميس 11 كانون الثاني
    2018 - 4 : 45 م اندلعت اشتباكات , صباح اليوم الخميس"، a forum's "الإثنين يوليو 21 2014 , 18 :
    32"). A tag page, a forum thread or a list of teasers stamps each item so; the relative days
    told after it count from it, not from the page's date (DATES27). A date with no time after it
    ("في 16 آب 2017 قصفت …") is a story's day, and stays one; so is one whose hour is told in
    words ("كان ذلك يوم 2 أكتوبر الساعة 5 مساء"). A stamp of the page's own day (the page's date
    printed again with its hour, or the next item of the page's day) ends the item before it:
    the days after it count from the page again (:func:`extract`)."""
    if page is None or index <= page[0] or index + 1 >= len(matches):
        return False
    m = matches[index][1]
    if m.kind != "absolute" or not dateline.full_date(m.spec):
        return False  # "الخميس مباشر 22 : 05": a weekday in a broadcast schedule stamps nothing
    after, nxt = matches[index + 1]
    if nxt.rule != "time:clock" or not 0 <= after - m.end <= STAMP_GAP or not toks.text[after][:1].isdigit():
        return False
    # "GMT 9 : 32 2017 الخميس 18 مايو GMT 23 : 04 2017 الجمعة 19 مايو": a clock that runs into
    # the next date is that date's (the stamps print their time first), not this one's
    if index + 2 < len(matches):
        later, date_after = matches[index + 2]
        return date_after.kind not in ("absolute", "year") or later - nxt.end > 0
    return True


SITE_LINE_TOKENS = 800  # a site's own date line stands in the page's header
NARRATIVE_SENTENCES = 2  # sentence ends between a told year and a day without one that takes it
STORY_GAP = timedelta(days=14)  # a told day this long before publication is another time's story


def _week_of_month(value: dict[str, Any], n: int) -> dict[str, Any]:
    """The n-th week of the month of ``value``'s day: days 7(n-1)+1 … 7n (the fifth ends with
    the month), its midpoint at precision 2 (ACLED)."""
    day = date.fromisoformat(value["date"])
    first = day.replace(day=1) + timedelta(days=7 * (n - 1))
    last = min(first + timedelta(days=6), (first.replace(day=28) + timedelta(days=4)).replace(day=1)
               - timedelta(days=1))
    mid = first + timedelta(days=(last - first).days // 2)
    return dict(value, date=mid.isoformat(), precision=2, grain="week", start=first.isoformat(),
                end=last.isoformat())


STORY_YEARS = 3  # a told year at least this far before publication is another time's story


def _story_far(told: str, ref_lo: date | None) -> bool:
    """Whether the story's told day lies years before the publication (then a day without a
    year goes on in the story's year; a year or two back, "24 أكتوبر" may well be last year's)."""
    return ref_lo is None or int(told[:4]) <= ref_lo.year - STORY_YEARS


def _story_weekday(spec: Any, told_day: str | None, value: dict[str, Any]) -> dict[str, Any]:
    """A bare weekday told in the sentence of an old dated day: the such weekday nearest that
    day (within three days either side; the earlier on a tie); after a month or a year alone,
    no date. (A weekday in a
    later sentence may well be the report's own: "… في 3 آذار 2016 . وقال المرصد الجمعة".)"""
    undated = dict(value, date=None, precision=None, eventable=False, start=None, end=None)
    if told_day is None:
        return undated
    told = date.fromisoformat(told_day)
    ahead = (spec.weekday - told.weekday()) % 7
    # the nearer of the week's two such days, the earlier on a tie: "ارتفاع حصيلة اعتداء
    # مقديشو … 16 تشرين الأول 2017 (a Monday) … السبت" is the Saturday before
    day = told + timedelta(days=ahead) if ahead < 7 - ahead else told - timedelta(days=(7 - ahead) % 7)
    iso = day.isoformat()
    return dict(value, date=iso, precision=1, eventable=True, start=iso, end=iso)


def _same_month(text: str, spec: Any, kind: str, before: list[Expression], start: int,
                ref_lo: date | None, ref_hi: date | None, mode: str,
                value: dict[str, Any], rule: str) -> tuple[dict[str, Any], str]:
    """"في الأول من نوفمبر 2015 … وفي 23 من الشهر ذاته": the day in the month of the nearest
    dated day or month told before it, within :data:`NARRATIVE_SENTENCES`; without one, no
    date (not the page's month)."""
    for e in reversed(before):
        if e.label != "DATE":
            continue
        if _breaks(text, e.end, start) > NARRATIVE_SENTENCES:
            break
        v = e.value
        if v.get("kind") == "absolute" and v.get("date") and v.get("grain") in ("day", "month"):
            told = str(v.get("start") or v["date"])
            story = replace(spec, year=int(told[:4]), month=int(told[5:7]), month_rel=None,
                            same_month=False)
            return value_of(story, kind, ref_lo, ref_hi, mode), rule + "+same-month"
    return (dict(value, date=None, precision=None, eventable=False, start=None, end=None),
            rule + "+same-month-untold")


def _same_year(toks: Tokens, end: int) -> bool:
    """Whether the words after a day and month say it is of the year just told ("وفي 26
    حزيران من العام نفسه"; ``same_year_phrases`` in data/time/lexicon.yaml)."""
    text = toks.text
    return any(tuple(text[end:end + len(p)]) == p for p in time_lexicon().same_year)


def _yearless(spec: Any) -> bool:
    """A named month, or day of one, without a year and without الماضي / المقبل."""
    return (spec.what in ("day", "month") and spec.month is not None and spec.year is None
            and spec.year_rel is None and spec.named_rel is None and not spec.future)


_BREAK_RUN = re.compile(r"[.!?؟\n][\s.!?؟]*")  # a run of sentence ends (". \n") is one


def _breaks(text: str, start: int, end: int, limit: int = NARRATIVE_SENTENCES) -> int:
    """Sentence ends between two offsets, counted up to ``limit`` + 1 (all a caller asks)."""
    count = 0
    for _ in _BREAK_RUN.finditer(text, start, end):
        count += 1
        if count > limit:
            break
    return count


def _dateline(toks: Tokens, matches: list[tuple[int, Match]], published: str | None,
              ref_lo: date | None, ref_hi: date | None, mode: str) -> tuple[int, str] | None:
    """(index in ``matches``, ISO day) of the page's own printed date (:mod:`rasd.time.dateline`):
    without a publication date, the day relative expressions count from; with one, marked
    only when it is that day (the events stage never takes it as an event's date)."""
    k = dateline.find(toks, matches)
    if k is None:
        return None
    spec = matches[k][1].spec
    assert spec is not None
    got = value_of(spec, "absolute", ref_lo, ref_hi, mode).get("date")
    if not got:
        return None
    if published is not None and not got.startswith(published[:10]):
        return None
    if published is None and _dated_after(toks, matches, k, date.fromisoformat(got)):
        return None  # the first date of a chronology or a series, not the day it was printed
    return k, got


def _dated_after(toks: Tokens, matches: list[tuple[int, Match]], k: int, printed: date) -> bool:
    """Whether lines after the page's first date open with full dates (day, month and year
    written out) well past it (:func:`rasd.time.pageday.prints_later`, ``chronology_later_*``
    in data/time/lexicon.yaml: two lines over 31 days after): that first date is then not the
    page's own but a dated chronology's heading ("مسلسل أحداث سوريا … 31 يناير 2011" over items
    "17 يونيو 2013 تبنت …"). Dates inside lines do not count: a sidebar's or a related-news
    box's later dates ("25 / 11 / 2017 25 / 11 / 2017") sit in a run, and a date told as to
    come (``future``) is no item."""
    lex = time_lexicon()
    return prints_later(_line_days(toks, matches[k + 1:]), printed, lex.chronology_later_gap,
                        lex.chronology_later_days)


def _line_days(toks: Tokens, matches: list[tuple[int, Match]]) -> Iterator[date]:
    """The full days written out (day, month and year, not to come) that open a line, in order."""
    text = toks.norm.text
    for first, m in matches:
        spec = m.spec
        if spec is None or spec.what != "day" or spec.future or None in (spec.year, spec.month, spec.day):
            continue
        at = toks.starts[first]
        if text[text.rfind("\n", 0, at) + 1:at].strip():
            continue  # not the first words of a line
        try:
            yield date(spec.year, spec.month, spec.day)
        except ValueError:
            continue


FILED_SLACK = timedelta(days=2)  # an address's day and the printed one may differ by a time zone
FILED_AFTER = timedelta(days=7)  # a page filed this long after the day it prints tells from that day


def _agrees(printed: str, filed: tuple[str, str]) -> bool:
    """Whether a page's printed date fits the day (or month) its address is filed under:
    "2017 / 3 / 7 الساعة 04 : 03 ( مكة المكرمة )" under ``/2017/3/6/`` does (the printed
    one is then the page's); a fetch line months later does not."""
    if filed[1] == "month":
        return printed.startswith(filed[0])
    # a fetch line is printed AFTER the page was filed; a day printed up to a week BEFORE it is
    # the page's own report day, filed late ("التقرير اليومي … ليوم 7 - 9 - 2017" in a
    # compilation filed under 10-9-2017): its "يوم أمس" is the 6th, not the 9th
    gap = date.fromisoformat(filed[0]) - date.fromisoformat(printed)
    return -FILED_SLACK <= gap <= FILED_AFTER


WEEKDAY_YEARS = 6  # years back a told weekday may move a day-month (a fetch line's age)


def _weekday_year(spec: Any, value: dict[str, Any]) -> int | None:
    """The year a day and month told with their weekday but no year fall in, when the year
    the reader gave them does not fit the weekday: the latest earlier year that does, up to
    :data:`WEEKDAY_YEARS` back (further, a slip of the weekday is likelier)."""
    got = value.get("date")
    if not got or spec.day is None or spec.month is None:
        return None
    year = int(got[:4])
    try:
        if date(year, spec.month, spec.day).weekday() == spec.weekday:
            return None
    except ValueError:
        return None
    for back in range(1, WEEKDAY_YEARS + 1):
        try:
            if date(year - back, spec.month, spec.day).weekday() == spec.weekday:
                return year - back
        except ValueError:  # 29 February
            continue
    return None


PRINTED_YEARS = (1990, 2035)  # four-digit numbers read as years a page prints
YEARS_BEFORE = 5  # a weekday's year may lie this far before the latest year the page prints
YEARS_AFTER = 1  # ... or this far after it (a page whose only years are its background's)
FULL_DATE_TOKENS = 2  # the day and month before a printed year, where a founding word ends


def _printed_weekday_year(spec: Any, latest: int | None) -> int | None:
    """The year of a day and month told with their weekday but no year, on a page that gives
    them none: the only year from :data:`YEARS_BEFORE` before to :data:`YEARS_AFTER` after the
    latest year the page prints in which that day was that weekday ("السبت 20 أغسطس" under a
    footer "2007 - 2018": 2016). None when the page prints no year or two years fit."""
    if spec.what != "day" or spec.weekday is None or spec.year is not None or spec.year_rel \
            or spec.day is None or spec.month is None or spec.named_rel or spec.month_rel \
            or latest is None:
        return None
    fits = []
    for year in range(latest - YEARS_BEFORE, latest + YEARS_AFTER + 1):
        try:
            if date(year, spec.month, spec.day).weekday() == spec.weekday:
                fits.append(year)
        except ValueError:  # 29 February
            continue
    return fits[0] if len(fits) == 1 else None


def _latest_year(toks: Tokens) -> int | None:
    """The latest year the page prints, but an outlet's founding year ("صدرت من لندن 21 مايو
    2001")."""
    years = [int(w) for i, w in enumerate(toks.text) if len(w) == 4 and w.isdecimal()
             and PRINTED_YEARS[0] <= int(w) <= PRINTED_YEARS[1]
             and not dateline.founded(toks, max(0, i - FULL_DATE_TOKENS))]
    return max(years, default=None)


TODAY_GAP = timedelta(days=7)  # a page's "today" this far before its header date: a fetch day


def _told_today(matches: list[tuple[int, Match]], page: tuple[int, str], ref_lo: date,
                ref_hi: date, mode: str, weekdays: bool = True) -> tuple[int, str] | None:
    """(index, ISO day) of the day the page itself calls today ("عصر اليوم , الأحد 3 أيلول",
    "اليوم الاثنين 9 تشرين الأول 2017") when it lies more than :data:`TODAY_GAP` before the
    header date: then that header date is the day the page was fetched (a site's line run into
    the title: "عنب بلدي الأحد 21 كانون الثاني / يناير 2018"), and relative days count from
    the page's today. A today within the gap (a quoted report of a few days before) changes
    nothing. With ``weekdays`` (no address's day to trust the header by), a day and month
    the lead tells with a weekday that does not fit the header's year ("بدأت الفصائل … السبت 3
    تشرين الأول" under "الأحد 21 كانون الثاني 2018": 3 October 2017 was a Tuesday) is of the
    latest earlier year it fits (:func:`_weekday_year`); lying years back, it is the page's
    day and the header a fetch line."""
    for k, (first, m) in enumerate(matches):
        if first > TODAY_TOKENS:  # "اليوم السبت ( 20 كانون الثاني )" in a box of other news at
            return None           # the page's end is another story's today, not the page's
        if k == page[0] or m.spec is None:
            continue
        today = m.rule.endswith("+today")
        if not today and not (weekdays and m.spec.what == "day" and m.spec.weekday is not None):
            continue
        value = value_of(m.spec, m.kind, ref_lo, ref_hi, mode)
        told = _weekday_year(m.spec, value) if weekdays and m.spec.what == "day" \
            and m.spec.weekday is not None else None
        if told is not None:  # "اليوم , الاثنين 20 آذار" is of the year 20 March was a Monday
            value = value_of(replace(m.spec, year=told), m.kind, ref_lo, ref_hi, mode)
        elif not today:
            continue
        day = value.get("date")
        if day and date.fromisoformat(day) < ref_lo - TODAY_GAP:
            # the lead's day, years before the header's ("بدأت الفصائل … السبت 3 تشرين
            # الأول" under "عنب بلدي الأحد 21 كانون الثاني 2018"): that header is a fetch line
            return k, day
        if today:
            return None  # the first today the page tells decides
    return None


def _lead_today(matches: list[tuple[int, Match]]) -> str | None:
    """The day the lead calls today with its full date ("اليوم السبت ( 7 تشرين الأول 2017 )"),
    within :data:`TODAY_TOKENS`; None when the first such today has no year."""
    for first, m in matches:
        if first > TODAY_TOKENS:
            return None
        if m.spec is not None and m.rule.endswith("+today"):
            return value_of(m.spec, m.kind, None, None).get("date")
    return None


def _printed_today(toks: Tokens, matches: list[tuple[int, Match]]) -> str | None:
    """For a page nothing else dates: the latest full date it prints WITH its weekday (day,
    month, year and a weekday word that fits them: "الجمعة 22 / ديسمبر / 2017") whose weekday
    is the one the page calls today ("اليوم الجمعة"، or the day after "أمس الخميس"). Two
    independent tellings of one day agree, so that day is the page's today; a printed date
    of another weekday, or a page that names no today, gives None."""
    todays = set()
    for _, m in matches:
        spec = m.spec
        if spec is not None and spec.what == "rel-day" and spec.weekday is not None \
                and spec.n in (0, -1) and not spec.future:
            todays.add((spec.weekday - spec.n) % 7)  # "أمس الخميس": today is Friday
    if not todays:
        return None
    weekdays = time_lexicon().weekdays
    printed = []
    for first, m in matches:
        spec = m.spec
        if spec is None or spec.what != "day" or spec.future or None in (spec.year, spec.month, spec.day):
            continue
        told = spec.weekday if spec.weekday is not None else next(
            (weekdays[w] for w in toks.text[first:min(m.end, first + 2)] if w in weekdays), None)
        if told not in todays:
            continue
        try:
            day = date(spec.year, spec.month, spec.day)  # type: ignore[arg-type]
        except ValueError:
            continue
        if day.weekday() == told:
            printed.append(day)
    return max(printed).isoformat() if printed else None


TODAY_TOKENS = 400  # the page's own today is told in its lead, within this many tokens
TWIN_GAP = 4  # tokens between a header's Hijri date (or weekday) and the date it restates


def _header_twins(matches: list[tuple[int, Match]], page: int) -> frozenset[int]:
    """The header's other spellings of the page's own date, right before it: its weekday and
    its Hijri twin ("الثلاثاء - 1 ربيع الثاني 1439 هـ - 19 ديسمبر 2017"). They say when the
    page was written as much as the date does (a Hijri day computed from tables may even be one
    off), so they are page furniture too."""
    out: set[int] = set()
    k = page - 1
    while k >= 0:
        m = matches[k][1]
        spec = m.spec
        if spec is None or matches[k + 1][0] - m.end > TWIN_GAP or not (
                spec.what == "hijri" or (spec.what == "weekday" and spec.rel is None
                                         and spec.week_rel is None)):
            break
        out.add(k)
        k -= 1
    return frozenset(out)


WEEKDAY_ANCHOR_LOOKBACK = 4  # day-precise dates looked at before a contradicted "أمس الأحد"


def _weekday_anchor(before: list[Expression], spec: Any, value: dict[str, Any], rule: str,
                    ref_hi: Any) -> tuple[dict[str, Any], str]:
    """"أمس الأحد" where the day before publication is no Sunday: the words were written
    on another day — a quoted older report ("اليوم , الاثنين 9 تشرين الأول … مساء أمس
    الأحد"). The nearest earlier day-precise date whose day fits the weekday is that
    day. Without one, a weekday one day off the offset wins (a report written late and
    dated after midnight: "أمس الخميس" on a page dated Saturday is Thursday); further
    off, neither reading can be trusted and the day stays undated."""
    seen = 0
    for e in reversed(before):
        if e.label != "DATE" or e.value.get("precision") != 1 or not e.value.get("date"):
            continue
        if e.value.get("kind") not in ("absolute",):
            continue
        seen += 1
        if seen > WEEKDAY_ANCHOR_LOOKBACK:
            break
        day = date.fromisoformat(e.value["date"]) + timedelta(days=spec.n or 0)
        if day.weekday() == spec.weekday and (ref_hi is None or day <= ref_hi):
            return (dict(value, date=day.isoformat(), start=day.isoformat(), end=day.isoformat(),
                         anchor_date=e.value["date"]), rule + "+weekday-anchor")
    said = date.fromisoformat(value["date"])
    for slip in (-1, 1):
        day = said + timedelta(days=slip)
        if day.weekday() == spec.weekday and (ref_hi is None or day <= ref_hi):
            return (dict(value, date=day.isoformat(), start=day.isoformat(), end=day.isoformat()),
                    rule + "+weekday")
    # further off, the page was not written on the day it is dated ("اليوم الاثنين" on a page
    # whose only date is a Sunday fetch line): the day is unknown, not the reference's
    return (dict(value, date=None, precision=None, eventable=False, start=None, end=None),
            rule + "+weekday-contradicts")


def _next_day(text: str, before: list[Expression], start: int, spec: Any, value: dict[str, Any],
              rule: str, ref_hi: Any) -> tuple[dict[str, Any], str]:
    """"في اليوم التالي" is the day after the story's last day ("قتل في 15 نيسان 1936 …
    وفي اليوم التالي"), never the day after publication (that is غداً): the nearest earlier
    day-precise date in the same sentence or the two before plus one; without one, no date."""
    for e in reversed(before):
        if e.label != "DATE":
            continue
        if _breaks(text, e.end, start) > NARRATIVE_SENTENCES:
            break  # "ليل الاثنين اشتباكات … وقالت مصادر إنها توقفت … وفي اليوم التالي"
        v = e.value
        if v.get("precision") != 1 or not v.get("date") or v.get("dateline"):
            continue
        day = date.fromisoformat(v["date"]) + timedelta(days=spec.n or 1)
        if ref_hi is not None and day > ref_hi:
            break
        return (dict(value, date=day.isoformat(), precision=1, eventable=True, kind="relative",
                     start=day.isoformat(), end=day.isoformat(), anchor_date=v["date"]),
                rule + "+next-of-told-day")
    return (dict(value, date=None, precision=None, eventable=False, kind="relative", start=None,
                 end=None), rule + "+next-of-untold-day")


ANCHOR_DAYS = {"day": 1, "week": 7}
_SENTENCE_END = frozenset(".!?؟\n")


def _from_anchor(text: str, before: list[Expression], start: int, value: dict[str, Any],
                 rule: str, ref_hi: Any, step: bool = False) -> tuple[dict[str, Any], str]:
    """"قصفت ... يوم 3 أيار، وتوفي بعد يومين من القصف": the earlier date plus the offset.

    The anchor's date is the nearest day-precise date before the expression in the same or
    the previous sentence; counted in days or weeks only. Without one, no date. A ``step``
    ("وبعد يومين ," opening a sentence) counts from a day the story told, never from the
    page's own date; without one it keeps its value (a day after publication: to come).
    """
    off = value.get("offset") or {}
    days = ANCHOR_DAYS.get(off.get("unit") or "")
    if days is None or not off.get("n"):
        return value, rule
    for e in reversed(before):
        if e.label != "DATE":
            continue
        if _breaks(text, e.end, start, 1) > 1:  # (a run of ends, ". \n", is one)
            break
        v = e.value
        if not (v.get("eventable") and v.get("precision") == 1 and v.get("date")):
            continue
        if step and (v.get("dateline") or v.get("kind") != "absolute"):
            continue
        day = date.fromisoformat(v["date"]) + timedelta(days=off["sign"] * off["n"] * days)
        if ref_hi is not None and day > ref_hi:
            return value, rule  # past the publication: the anchor was misread
        return (dict(value, date=day.isoformat(), precision=1, eventable=True, kind="relative",
                     start=day.isoformat(), end=day.isoformat(), anchor_date=v["date"]),
                rule + ("+after-told-day" if step else "+dated-anchor"))
    return value, rule
