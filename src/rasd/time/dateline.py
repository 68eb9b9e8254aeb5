"""The page's own date (its dateline): what relative days count from when a document comes
without a publication date.

Web pages print the day they were written in their header: "الخميس , 06 اغسطس / آب 2015 ;
03 : 42"، "2017 - 11 - 29"، "تم النشر بتاريخ : 22 كانون الثاني , 2016". When the caller
gives no ``published`` date, "أمس" and "الثلاثاء" can only be resolved against that date, and
an event must never take it as its own day (it says when the page was written, not when
what it tells happened).

The dateline is a full date whose year is printed (a day, or a Hijri date), read in this
order:

1. the first one right after a cue word (``dateline_cues`` in ``data/time/lexicon.yaml``:
   نشر، تاريخ النشر، آخر تحديث، Published) in the header (:data:`CUED_CHARS`), or after a
   weak cue (التاريخ، بتاريخ) in its first :data:`HEAD_CHARS` characters;
2. else, of the full dates in the first :data:`HEAD_CHARS` characters (or stamped with the
   hour the page was posted, "16 تموز 2016 | 08 : 12", anywhere in the header) that no narrative word
   (``dateline_narrative``: في، منذ، حتى، قبل …) introduces ("في 15 آذار 2011 اندلعت" is
   told), whose day is printed in digits ("يعد الأول من سبتمبر عام 1969 بداية" is told) and
   no "اليوم" announces (a site's today line), the earliest: a page fetched later
   prints the day of fetching, never a day before the story.

A site's own line, printed on every page on the day it is fetched, is never the dateline, even
after a cue: a date right after "الموقع" ("تحديث الموقع 2018 / 01 / 21") or "الآن" (not "حتى
الآن"), a date followed at once by a news ticker's heading ("..., آخر الأخبار"), and the same date
printed again right after such a line (``dateline_site``, ``dateline_now``, ``dateline_ticker``);
and a date right after a fetch line's words ("Crawled on 14/11/2019"، "تاريخ الاسترجاع :",
``dateline_fetched``): the day a crawler or a reader saved the page.

3. else, a date in digits right after the bare label "تاريخ" anywhere on the page (a metadata
   field, which some sites print in the footer: "مختارات تاريخ 11 . 12 . 2017").

A Hijri date followed at once by its Gregorian equivalent ("الأحد 08 ربيع الأول 1434 ه - - 20
يناير 2013 م") gives the Gregorian one (tabular Hijri arithmetic can be a day off). Nothing
found → no dateline: relative days stay undated rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.quantities.lexicon import number_lexicon
from rasd.quantities.tokens import Tokens, clitic_forms, key
from rasd.time.calendar import Spec, value_of
from rasd.time.lexicon import time_lexicon
from rasd.time.words import THE_WEEK, Match

HEAD_CHARS = 500  # an uncued full date this early is the header's
CUED_CHARS = 3000  # "نشر في ..." may follow a long navigation menu
CUE_WINDOW = 4  # tokens before the date where its cue word may stand
TODAY = key("اليوم")
PAIR_WINDOW = 4  # tokens between a Hijri date and the Gregorian date that restates it


@dataclass(frozen=True, slots=True)
class DatelineWords:
    cues: frozenset[str]
    weak_cues: frozenset[str]
    narrative: frozenset[str]
    founding: frozenset[str]
    site: frozenset[str] = frozenset()  # "تحديث الموقع": the site's line, not the page's
    ticker: frozenset[tuple[str, ...]] = frozenset()  # "آخر الأخبار" after the date: a widget
    ticker_len: int = 0
    now: frozenset[str] = frozenset()  # "العالم الآن 2018 - 01 - 21": like "اليوم"
    not_now: frozenset[str] = frozenset()  # "حتى الآن 16 . 11 . 2017": so far, then the date
    fetched: frozenset[tuple[str, ...]] = frozenset()  # "Crawled on" before the date: the fetch day
    fetched_len: int = 0


@cache
def dateline_words() -> DatelineWords:
    from rasd.time.lexicon import lexicon_data

    data = lexicon_data()
    cues = {f for w in data.get("dateline_cues", ()) for f in clitic_forms(key(w))}
    cues |= {w.lower() for w in data.get("dateline_cues", ()) if w.isascii()}
    weak = {f for w in data.get("dateline_weak_cues", ()) for f in clitic_forms(key(w))}
    weak |= {w.lower() for w in data.get("dateline_weak_cues", ()) if w.isascii()}
    narrative = {key(w) for w in data.get("dateline_narrative", ())}
    founding = {f for w in data.get("dateline_founding", ()) for f in clitic_forms(key(w))}
    site = {f for w in data.get("dateline_site", ()) for f in clitic_forms(key(w))}
    site |= {w.lower() for w in data.get("dateline_site", ()) if w.isascii()}
    now = {f for w in data.get("dateline_now", ()) for f in clitic_forms(key(w))}
    now |= {w.lower() for w in data.get("dateline_now", ()) if w.isascii()}
    not_now = {key(w).lower() for w in data.get("dateline_not_now", ())}
    ticker = {tuple(key(w).lower().split()) for w in data.get("dateline_ticker", ())}
    fetched = {tuple(key(w).lower().split()) for w in data.get("dateline_fetched", ())}
    return DatelineWords(frozenset(cues), frozenset(weak), frozenset(narrative), frozenset(founding),
                         frozenset(site), frozenset(ticker), max(map(len, ticker), default=0),
                         frozenset(now), frozenset(not_now), frozenset(fetched),
                         max(map(len, fetched), default=0))


def _site_line(text: list[str], first: int, end: int, dw: DatelineWords) -> bool:
    """Whether the date at tokens ``first:end`` is a site's own line (the day the page was
    fetched): right after "الموقع" or "الآن" (not "حتى الآن"), or followed at once (past
    punctuation) by a news ticker's heading ("2018 / 01 / 21 , آخر الأخبار"). Not a date after
    that heading: menus print it before a page's own date too ("آخر الأخبار عاجل الخميس ...")."""
    prev = text[first - 1].lower() if first > 0 else ""
    if prev in dw.site or (prev in dw.now and not (first > 1 and text[first - 2].lower() in dw.not_now)):
        return True
    if _fetch_line(text, first, dw):
        return True
    k = end
    while k < len(text) and k < end + 3 and not text[k][0].isalnum():
        k += 1
    return any(tuple(w.lower() for w in text[k:k + n]) in dw.ticker for n in range(1, dw.ticker_len + 1))


def _fetch_line(text: list[str], first: int, dw: DatelineWords) -> bool:
    """Whether the date at token ``first`` follows (past punctuation) a fetch line's words
    ("Crawled on 14/11/2019"، "تاريخ الاسترجاع : ..."; ``dateline_fetched``)."""
    k = first
    while k > 0 and k > first - 3 and not text[k - 1][0].isalnum():
        k -= 1
    return any(tuple(w.lower() for w in text[k - n:k]) in dw.fetched
               for n in range(1, min(dw.fetched_len, k) + 1))


def full_date(spec: Spec | None) -> bool:
    """A day with its year printed (or a Hijri date, which always has one)."""
    if spec is None:
        return False
    if spec.what == "hijri":
        return spec.year is not None and spec.day is not None
    return spec.what == "day" and spec.year is not None and spec.day is not None \
        and spec.month is not None and spec.day2 is None


def _told(before: list[str], narrative: frozenset[str]) -> bool:
    """A narrative word before the date, past punctuation and a loose article ("منذ ال - 11
    من سبتمبر 2001")."""
    for w in reversed(before[-3:]):
        if w in narrative:
            return True
        if w[0].isalnum() and w != "ال":
            return False
    return False


def _worded_day(text: list[str], first: int, end: int) -> bool:
    """Whether the day of a date is written as an ordinal word ("يعد الأول من سبتمبر عام 1969
    بداية"): prose tells such a date; a page prints its own day in digits."""
    ordinals, tl = number_lexicon().ordinals, time_lexicon()
    # not a month's name: "كانون الأول", nor a Hijri one ("11 ربيع الثاني 1436 ه")
    return any(text[j] in ordinals and text[j - 1] not in tl.month_heads and text[j - 1] not in tl.hijri
               for j in range(first, end))


STAMP_GAP = 2  # punctuation tokens between a header's date and the time it was stamped at


def _stamped(text: list[str], end: int) -> bool:
    """Whether a date is followed at once by a time of day in digits ("16 تموز 2016 | 08 :
    12"): a page stamps its own date with the hour it was posted, anywhere in its header (a
    long menu may push it past :data:`HEAD_CHARS`); prose tells the hour with a word
    ("الساعة العاشرة", "الساعة 10")."""
    k = end
    while k < len(text) and k < end + STAMP_GAP and not text[k][0].isalnum():
        k += 1
    return k + 2 < len(text) and text[k].isdigit() and len(text[k]) <= 2 and text[k + 1] == ":" \
        and text[k + 2].isdigit() and len(text[k + 2]) == 2


def find(toks: Tokens, matches: list[tuple[int, Match]]) -> int | None:
    """The index in ``matches`` of the page's own date, or None (see the module docstring).

    Offsets are read in the normalised text (``toks.starts``): close enough to the original
    for a header's few hundred characters, and free."""
    if not matches:
        return None
    dw = dateline_words()
    text, offsets = toks.text, toks.starts
    uncued: list[int] = []
    latins: list[int] = []  # header dates with an English month: read only when no other is there
    site_end = -1
    for k, (first, m) in enumerate(matches):
        if offsets[first] > CUED_CHARS:
            break
        if m.kind != "absolute" or not full_date(m.spec):
            continue
        before = [text[j] for j in range(max(0, first - CUE_WINDOW), first)]
        if before and before[-1] in THE_WEEK:
            continue  # "الأسبوع الأول من شهر تشرين الأول 2016": a week, not a day
        if any(w in dw.founding for w in before):
            continue  # "صدرت من لندن 21 مايو 2001": the outlet's founding
        if _site_line(text, first, m.end, dw) or first == site_end:
            site_end = m.end  # ... and the same date printed again right after it
            continue  # "تحديث الموقع 2018 / 01 / 21"، "2018 / 01 / 21 , آخر الأخبار"
        if _life_span(text, matches, k):
            continue  # "شامل باساييف ( 14 يناير 1965 - 10 يوليو 2006 )": a life, not the page's day
        in_latin = latin(text, first, m.end)
        head = offsets[first] <= HEAD_CHARS or (_stamped(text, m.end) and not in_latin)
        if any(w in dw.cues or w.lower() in dw.cues for w in before) or (
                head and any(w in dw.weak_cues or w.lower() in dw.weak_cues for w in before)):
            return _gregorian(matches, k)
        if before and before[-1] == TODAY:
            continue  # "اليوم 2018 / 01 / 21": the site's today line, not the page's date
        if head and not _told(before, dw.narrative) \
                and text[first] not in dw.narrative \
                and not _worded_day(text, first, m.end):  # "يوم 6 أيار 2016": told
            (latins if in_latin else uncued).append(_gregorian(matches, k))
    if not uncued:
        uncued = _latin_datelines(text, matches, latins)
    if not uncued:
        return _labelled_numeric(toks, matches, dw)
    if len(uncued) == 1:
        return uncued[0]
    # a site's "today" line is printed when the page is fetched, never before the story was
    # written: of several header dates the earliest is the page's own
    days = {k: value_of(matches[k][1].spec, "absolute", None, None).get("date") for k in uncued}
    dated = [k for k in uncued if days[k]]
    # a header's Hijri date is its Gregorian one's twin ("الأحد 21 يناير 2018 م | 04 جمادى
    # الأولى 1439 ه"), and tabular Hijri arithmetic may be a day off: the Gregorian one decides
    gregorian = [k for k in dated if matches[k][1].spec is not None and matches[k][1].spec.what != "hijri"]
    dated = gregorian or dated
    return min(dated, key=lambda k: (days[k], k)) if dated else None


SPAN_OPEN = frozenset({"(", "["})
SPAN_DASH = frozenset({"-", "–", "—"})


def _life_span(text: list[str], matches: list[tuple[int, Match]], k: int) -> bool:
    """Whether the full date ``matches[k]`` opens or closes a bracketed span of two full dates, "( 14
    يناير 1965 - 10 يوليو 2006 )": a biography's life or a war's years after a name, never the
    day a page was printed (ITEMS23: the birth day was read as R-276#0's dateline, so every
    later day of the biography was taken to lie ahead of the page)."""
    first, m = matches[k]
    if first > 0 and text[first - 1] in SPAN_DASH and k > 0 and matches[k - 1][1].end == first - 1:
        return _life_span(text, matches, k - 1)  # the span's closing date
    if first == 0 or text[first - 1] not in SPAN_OPEN or m.end >= len(text) or text[m.end] not in SPAN_DASH:
        return False
    nxt = matches[k + 1] if k + 1 < len(matches) else None
    return nxt is not None and nxt[0] == m.end + 1 and nxt[1].kind == "absolute" and full_date(nxt[1].spec)


AGO = "ago"  # "November 14 , 2017 , 2 months ago": a date and its age on the day of fetching
AGO_WINDOW = 5  # tokens after a date where its age may stand
LATIN_HEADER_DAYS = 2  # a header prints at most the page's own day and the day it was fetched


def latin(text: list[str], first: int, end: int) -> bool:
    """Whether the date at tokens ``first:end`` names its month in Latin script ("November 14 ,
    2017"، "6 Dec 2017")."""
    return any(w.isascii() and w.isalpha() for w in text[first:end])


def _latin_datelines(text: list[str], matches: list[tuple[int, Match]], latins: list[int]) -> list[int]:
    """Of the header's dates in Latin script (DIPLO17), those that may be the page's own, read only
    when the header has none in Arabic (an English photo caption under an Arabic dateline is the
    photo's day) and names at most ``LATIN_HEADER_DAYS`` days (more head a listing's items): not
    one stamped with a clock ("January 21 2018 - 10 : 19": the day and hour the
    page was fetched, printed by a site's widget), and not one with its age after it ("Sunday 21
    January 2018 | 19 days ago") unless a later date of the header is the day that age counts
    to ("January 21 , 2018 … November 14 , 2017 , 2 months ago": November is the page's)."""
    kept = [k for k in latins if not _stamped(text, matches[k][1].end)]
    days = {k: value_of(matches[k][1].spec, "absolute", None, None).get("date") or "" for k in kept}
    if len(set(days.values())) > LATIN_HEADER_DAYS:
        return []  # "20 Aug , 2013 … 24 Sep , 2013 … 8 Aug , 2013": a listing's items, each its own day

    return [k for k in kept if not _aged(text, matches[k][1].end) or any(days[j] > days[k] for j in kept)]


FOOTER_LABEL = key("تاريخ")
FOOTER_SHARE = 0.75  # the labelled date stands in the last quarter of the page's words


def _labelled_numeric(toks: Tokens, matches: list[tuple[int, Match]], dw: DatelineWords) -> int | None:
    """With no date in the header, the page's date given as a metadata field anywhere, even in
    its footer: the bare label "تاريخ" and a date in digits ("الكاتب : إسماعيل عزام مختارات
    تاريخ 11 . 12 . 2017"). Prose tells a date with a month's name or after "في"/"بتاريخ"
    ("وقعت المجزرة بتاريخ 15 / 10 / 2015", "في تاريخ 12 . 5 . 2017": not the label alone).
    Only in the page's last quarter, and only a date no other full date of the page comes after."""
    text = toks.text
    for k, (first, m) in enumerate(matches):
        label = first if text[first] == FOOTER_LABEL else first - 1  # the label may open the span
        if m.kind != "absolute" or not full_date(m.spec) or label < 0 or m.spec is None \
                or m.spec.what != "day" or text[label] != FOOTER_LABEL \
                or not all(text[j].isdigit() or not text[j][0].isalnum() for j in range(label + 1, m.end)):
            continue
        if label > 0 and text[label - 1] in dw.narrative:
            continue
        if label < len(text) * FOOTER_SHARE:
            continue  # a field in the page's closing metadata, not a line of its body
        day = value_of(m.spec, "absolute", None, None).get("date")
        if day and not any(full_date(x.spec) and x.kind == "absolute" and x.spec is not None
                           and (value_of(x.spec, "absolute", None, None).get("date") or "") > day
                           for _, x in matches):  # no page tells what happened after it was written
            return k
    return None


def _gregorian(matches: list[tuple[int, Match]], k: int) -> int:
    """A Hijri date restated at once in the Gregorian calendar gives the Gregorian one."""
    spec = matches[k][1].spec
    if spec is not None and spec.what == "hijri" and k + 1 < len(matches):
        nxt_first, nxt = matches[k + 1]
        if nxt_first - matches[k][1].end <= PAIR_WINDOW and nxt.kind == "absolute" \
                and full_date(nxt.spec) and nxt.spec is not None and nxt.spec.what == "day":
            return k + 1
    return k


def site_line(toks: Tokens, first: int, end: int) -> bool:
    """Whether the date at tokens ``first:end`` is a site's own line (the fetch day, see
    :func:`_site_line`; or a date in Latin script stamped with a clock or followed by an age,
    :func:`_fetch_stamp`): it tells no story and dates no event."""
    return _site_line(toks.text, first, end, dateline_words()) or _fetch_stamp(toks.text, first, end)


def _fetch_stamp(text: list[str], first: int, end: int) -> bool:
    """A date in Latin script stamped with a clock ("January 21 2018 - 10 : 19") or followed by
    an age ("Sunday 21 January 2018 | 19 days ago"): a site's widget printing the day it was
    fetched, or the age counted to it (DIPLO17)."""
    return latin(text, first, end) and (_stamped(text, end) or _aged(text, end))


def _aged(text: list[str], end: int) -> bool:
    return AGO in (w.lower() for w in text[end:end + AGO_WINDOW])


def founded(toks: Tokens, first: int) -> bool:
    """Whether the date starting at token ``first`` follows a founding word ("صدرت من لندن")."""
    words = dateline_words().founding
    return any(toks.text[j] in words for j in range(max(0, first - CUE_WINDOW), first))
