"""When a trigger's happening took place: its date argument.

Moved out of :mod:`rasd.events.arguments` so that roles and dates can be worked on apart.
The rules (the rule name goes to the event's evidence): an eventable DATE in the sentence;
else one in the two sentences before (the narrative's date); else the headline's; else, only
when the sentence says the event is recent (مؤخراً، الأخيرة), the publication date with week
(or month) precision; else none. In the sentence, the page's dateline gives way to a weekday
or relative day that dates no report; a definite cause ("اثر الاقتتال") does not take a day
before its cause word unless the clause tells its toll; the anchor of a count ("بعد أسبوعين
من ضربة") is dated back from the sentence's day (:func:`anchored_date`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Date
from datetime import timedelta
from functools import cache
from typing import Any

from rasd.datafiles import data_file
from rasd.events.arguments import Annotations, Arg, role_cues
from rasd.events.detect import Candidate, cue_matches
from rasd.events.lexicon import Lexicon
from rasd.events.tokens import Words
from rasd.text.normalize import normalize
from rasd.text.sentences import TITLE_TWICE
from rasd.time.lexicon import time_lexicon


def event_date(words: Words, ann: Annotations, cand: Candidate, lex: Lexicon,
               published: str | None, headline_sentence: int | None) -> tuple[Arg | None, dict[str, Any] | None, str]:
    """(DATE span or None, {"date", "precision"} or None, rule) — see the module docstring."""
    same = ann.in_sentence(ann.dates, cand.sentence)
    if same and ann.datelines:  # a headline run into the header takes no day from the body
        same = _this_side_of_dateline(ann, cand, same)  # after the page's date (a caption's)
    if same:  # "… ثم أخرى عند مدخل ال 20 - 03 - 2015 | 0 | 0 | هدد … أمس": the next item's days
        cut = min((d.first for d in same if d.first > cand.first and "+item-heading" in d.span.rule),
                  default=None)
        if cut is not None:
            same = [d for d in same if d.first < cut]
    if ann.anchored:
        anchor = next((d for d in ann.in_sentence(ann.anchored, cand.sentence)
                       if d.first < cand.first < d.last), None)
        if anchor is not None:
            return anchored_date(anchor, [d for d in same if d.last <= anchor.first or d.first >= anchor.last])
    if same and (since := [d for d in same if _span_to_now(words, d, cand)]):
        # "رئيسة الحكومة منذ نيسان 2016": a month after منذ opens a state that lasts, it is no
        # day of what the sentence tells (without another date, the sentence has none); a day
        # ("الاشتباكات مستمرة منذ صباح اليوم") is when a fight still going on began: its day
        gone = {id(x) for x in since}  # a set: a sentence of many dates asked per trigger (ROBUST27)
        same = [d for d in same if id(d) not in gone]
        if not same:
            return None, None, "date:since"
    if same:
        # the page's own dateline ("الأربعاء 20 ديسمبر 2017" in a header run into the first
        # sentence) gives way to a day the report tells against it ("أطلقه الحوثيون الثلاثاء",
        # "أمس"); other full dates in a header ("صدرت من لندن 21 مايو 2001") do not
        if len(same) > 1 and any(_page_date(words, d, published) for d in same):
            told = [d for d in same if d.value.get("kind") in ("weekday", "relative")
                    and d.value.get("precision") == 1 and not _dates_a_report(words, d)]
            if told:
                best = min(told, key=lambda d: abs(d.first - cand.first))
                return best, best.value, "date:same-sentence"  # build.py reads this name
        if len(same) > 1:  # "قال المرصد يوم الاثنين إن الطائرات قصفت ... يوم السبت": when it was said
            told = [d for d in same if not _dates_a_report(words, d)]
            if told and len(told) < len(same):
                same = told
        if _pluperfect_trigger(words, cand):  # "... رهينتين كان التنظيم قد اختطفهما": the
            same = [d for d in same if d.first > cand.first]  # day before is not its own
            if not same:
                return None, None, "date:anterior"
        else:  # "قصفت الطائرات قرى كان المقاتلون قد انتزعوها في الأيام الماضية": that clause's day
            same = [d for d in same if not _in_pluperfect_clause(words, d, cand)]
            if not same:
                return None, None, "date:anterior"
        cause = _cause_word(words, cand)
        if cause is not None:  # "قرر ... اثر الاقتتال": a day before the cause word is the other's
            same = [d for d in same if d.first > cause or _consequence(words, ann, d.first, cause)]
            if not same:
                return None, None, "date:cause-of-another"
        best = min(same, key=lambda d: abs(d.first - cand.first))
        if _nearer_unresolved(words, ann, cand, best):  # "مجزرة الغنطو بتاريخ 15 أكتوبر 2015
            return None, None, "date:nearer-day-unresolved"  # … ومجزرة الأتارب في 13 نوفمبر الماضي"
        if _nearer_other_year(words, ann, cand, best):  # "بعد ثورة 14 تموز 1958 … واعتقل
            return None, None, "date:year-only"          # إثر فشل ثورة الموصل سنة 1959"
        return best, best.value, "date:same-sentence"
    if ann.datelines:  # the lead run into the page's header, no day of its own: that day
        lead = ann.in_sentence(ann.datelines, cand.sentence)
        if not lead and cand.sentence == headline_sentence and _title_twice(words, cand.sentence):
            # a title told twice, cut off its lead (SHORT25): the page's date line printed
            # right after the title is the title block's, as it was before the cut
            lead = ann.in_sentence(ann.datelines, cand.sentence + 1)
        if lead and not _contradicted(words, ann, cand.sentence):
            return lead[0], lead[0].value, "date:same-sentence"
    lo, hi = words.sentence_range(cand.sentence)
    if _own_day_unknown(words, ann, cand.sentence):  # "وفي اليوم التالي" with no day before it,
        return None, None, "date:own-day-unresolved"  # "أمس" on a page with no date
    anterior = _anterior(words, cand.sentence, lo, hi) or _pluperfect_trigger(words, cand)
    # "وكانت روسيا أعلنت سابقا أن ...":
    # before the story's day, on a day it does not tell (a month told before may still hold)
    item = _list_item_day(words, ann, cand.sentence)
    if item is not None:  # "- مقتل 25 عنصرا ..." under "4 يناير 2015 م : - ..."
        if anterior and item.value.get("precision") == 1:
            return None, None, "date:anterior"
        return item, item.value, "date:list-heading"
    openers = role_cues().continuation_openers
    cold = lo < hi and openers is not None and not openers.match(words.words[lo].text)
    for back in (1, 2):  # the narrative's date, unless the sentence turns to another story
        if back == 2 and cand.sentence >= 1 and _turns(words, lex, cand.sentence - 1):
            break  # "على صعيد آخر , قالت شبكة شام …": the story before it is another's
        # a span's start ("هجوم مستمر منذ ثلاثة أسابيع") dates no later sentence's happening
        prior = [d for d in ann.in_sentence(ann.dates, cand.sentence - back)
                 if not ((_since(words, d) or words.words[d.first].text in SINCE)
                         and d.value.get("precision") != 1)]
        if cand.sentence - back >= 0 and prior:
            if cold or lex.topic_shift.match(words.joined(lo, min(hi, lo + 5))):  # "في سياق متصل"
                break
            # the day a happening was told, not the day the telling was reported ("قتل أمس
            # القائد ، وفق ما ذكر موقع ... اليوم ( الأربعاء )"), unless only that day is given
            told = [d for d in prior if not _dates_a_report(words, d)] or prior
            told = _present(told, published or ann.page_date)
            own = _paragraph_day(words, ann, cand.sentence, back)
            if own is not None:  # VILLAGES21: the paragraph's own "اليوم الاثنين", not a caption's day
                return own, own.value, "date:paragraph-day"
            if anterior and told[-1].value.get("precision") == 1:
                return None, None, "date:anterior"
            if not anterior and (told[-1].value.get("precision") or 3) > (1 if back > 1 else 2):
                # a month or a year told a sentence before ("في آب 2013 …") sets a scene; the
                # next sentence's happening is seldom of it ("وبعد يومين على حادثة خان شيخون ,
                # أطلقت الولايات المتحدة 59 صاروخا"): no date rather than that month — unless
                # the sentence says it came earlier within it ("وفي وقت سابق", see above)
                return None, None, "date:vague-before"
            return told[-1], told[-1].value, f"date:sentence-{back}-before"
    present = _present_day_further_back(words, ann, lex, cand, published, openers, cold or anterior)
    if present is not None:
        return present, present.value, f"date:sentence-{cand.sentence - present.sentence}-before"
    digest = None if anterior else _digest_day_of(words, ann, cand.sentence)
    if digest is not None:  # an item of a one-day digest, or of the day's own part of a page of several
        return digest, {"date": digest.value["date"], "precision": 1}, "date:digest-day"
    if headline_sentence is not None and headline_sentence != cand.sentence \
            and not _title_twice(words, headline_sentence):  # its dates are a masthead's (SHORT25)
        head = ann.in_sentence(ann.dates, headline_sentence)
        if head:
            return head[0], head[0].value, "date:headline"
    published = published or ann.page_date
    if not published:  # nothing to date a recent happening by: the sentence need not be read
        return None, None, "date:none"
    recent = words.memo.get(("recency", cand.sentence))  # asked by every trigger in the sentence
    if recent is None:
        recent = words.memo["recency", cand.sentence] = any(
            cue_matches(lex.recency, words.words[k].text) for k in range(lo, hi))
    if recent:
        if len(published) >= 10:
            return None, {"date": published[:10], "precision": 2}, "date:publication-recency"
        if len(published) == 7:
            return None, {"date": published + "-15", "precision": 3}, "date:publication-recency"
    return None, None, "date:none"


def _title_twice(words: Words, sentence: int) -> bool:
    """Whether the sentence is a page's title told twice, cut off its lead by the sentence layer
    (``HEADLINE`` rule ``title-twice``, :func:`rasd.text.sentences._title_twice`)."""
    start = words.sentences[sentence][0]
    return any(h.start == start and h.rule == TITLE_TWICE for h in words.doc.spans_of("HEADLINE"))


PARAGRAPH_AFTER = 2  # sentences after a trigger's own where its paragraph's day may be told


def _paragraph_day(words: Words, ann: Annotations, sentence: int, back: int) -> Arg | None:
    """The day the trigger's own paragraph tells in a sentence after it ("… سيطروا على قرى A ,
    B . سيطرت فصائل … , اليوم الاثنين , على تسع قرى"), when the day the sentences before would
    give lies across a paragraph break (a photo caption's, an earlier story's): a day of the
    present (اليوم، أمس، a weekday; precision 1) not told as a report's, at most
    :data:`PARAGRAPH_AFTER` sentences on and before the paragraph ends (VILLAGES21)."""
    text, bounds = words.doc.text, words.sentences
    if "\n" not in text[bounds[sentence - back][1]:bounds[sentence][0]]:
        return None
    for after in range(sentence + 1, min(len(bounds), sentence + 1 + PARAGRAPH_AFTER)):
        if "\n" in text[bounds[after - 1][1]:bounds[after][0]]:
            return None
        days = [d for d in ann.in_sentence(ann.dates, after)
                if d.value.get("kind") in ("weekday", "relative") and d.value.get("precision") == 1
                and d.value.get("date")]
        if days:
            if _dates_a_report(words, days[0]) or not _same_area(ann, sentence, after):
                return None
            return days[0]
    return None


def _same_area(ann: Annotations, a: int, b: int) -> bool:
    """Whether sentences ``a`` and ``b`` name places of one governorate: one story told on (a
    lead after its details), not the next teaser of an archive page."""
    def areas(sentence: int) -> set[str]:
        return {str(p.value.get("admin1")) for p in ann.in_sentence(ann.places, sentence)
                if isinstance(p.value, dict) and p.value.get("admin1")}
    return not areas(a).isdisjoint(areas(b))


PRESENT_DAYS = 7  # a told day this close before the page's own is the story's present
BACKGROUND_DAYS = 60  # one this far before it is background ("اعتداء وقع في 21 آب 2015")


def _page_day(page: str | None) -> Date | None:
    """The page's day when ``published`` (or the page's printed date) opens with an ISO day;
    None for anything else ("10/05/2017", an RSS pubDate "Tue, 09 May 2017 …"): the time stage
    reads such a value as no date, and a metadata format is no reason for a report to fail."""
    if not page or len(page) < 10:
        return None
    try:
        return Date.fromisoformat(page[:10])
    except ValueError:
        return None


def _age_days(today: Date, d: Arg) -> int | None:
    """Days from a DATE told to the page's day, for a date told to the day (else None)."""
    got = d.value.get("date")
    return (today - Date.fromisoformat(got)).days if got and d.value.get("precision") == 1 else None


def _present(told: list[Arg], page: str | None) -> list[Arg]:
    """The days of a sentence before that the next one goes on with: when it tells both a day
    of the page's present ("أوقفت الشرطة الاثنين …") and one long before it ("… اعتداء وقع في
    21 آب 2015"), the present one — the old day is the background's, not the story's."""
    today = _page_day(page)
    if len(told) < 2 or today is None:
        return told

    ages = [_age_days(today, d) for d in told]
    if any(a is not None and a > BACKGROUND_DAYS for a in ages):
        present = [d for d, a in zip(told, ages, strict=True) if a is not None and 0 <= a <= PRESENT_DAYS]
        if present:
            return present
    return told


FURTHER_BACK = (3, 4)  # sentences back the story's present day still dates a continuation


def _present_day_further_back(words: Words, ann: Annotations, lex: Lexicon, cand: Candidate,
                              published: str | None, openers: re.Pattern[str] | None, stop: bool) -> Arg | None:
    """The story's present day three or four sentences back, when every sentence from there
    to the trigger's goes on with the story (opens with a continuation word, no turn to
    another, no date of its own): "… ريف ادلب الجنوبي صباح الثلاثاء . واوضح أن … . وحسب
    المصدر ذاته … . وذكرت مصادر إن الطيران استهدف …". Only a day of the page's present week
    (:data:`PRESENT_DAYS`) carries that far; an older one is background."""
    today = _page_day(published or ann.page_date)
    if stop or openers is None or today is None or cand.sentence < FURTHER_BACK[0] \
            or _turns(words, lex, cand.sentence):  # "وفي سياق متصل , أكد …": another story
        return None
    for back in FURTHER_BACK:
        k = cand.sentence - back
        if k < 0:
            return None
        for after in range(k + 1, cand.sentence):  # each sentence since goes on reporting it
            lo, hi = words.sentence_range(after)
            if lo >= hi or not openers.match(words.words[lo].text) or _turns(words, lex, after) \
                    or not _reports_on(words, after):
                return None
        prior = ann.in_sentence(ann.dates, k)
        if not prior:
            continue
        told = [d for d in prior if not _dates_a_report(words, d)
                and (age := _age_days(today, d)) is not None and 0 <= age <= PRESENT_DAYS]
        return told[-1] if told else None
    return None


REPORT_OPENING = 4  # first words of a sentence where its reporting verb stands


def _reports_on(words: Words, sentence: int) -> bool:
    """Whether a sentence opens as one more report ("واوضح أن …"، "وحسب المصدر ذاته …",
    "وذكرت مصادر …"), not a description ("وتعاني المدينة من نقص حاد")."""
    lo, hi = words.sentence_range(sentence)
    reporting, attribution = role_cues().reporting, time_lexicon().report_attribution
    return any(reporting.match(words.words[k].text) or words.words[k].text in attribution
               for k in range(lo, min(hi, lo + REPORT_OPENING)))


def _turns(words: Words, lex: Lexicon, sentence: int) -> bool:
    """Whether a sentence opens by turning to another story ("على صعيد آخر"، "في سياق متصل")."""
    lo, hi = words.sentence_range(sentence)
    return lo < hi and bool(lex.topic_shift.match(words.joined(lo, min(hi, lo + 5))))


def _this_side_of_dateline(ann: Annotations, cand: Candidate, same: list[Arg]) -> list[Arg]:
    """The days of the sentence not past the page's printed date from a trigger before it: "مقتل طفلة
    بقصف … تم النشر بتاريخ : 12 كانون الأول , 2017 … حمص : جنود يحرسون اجتماعا عقد يوم 6
    تشرين الثاني 2017" — the headline is not of the photo caption's day."""
    lines = ann.in_sentence(ann.datelines, cand.sentence)
    if not lines:
        return same
    return [d for d in same if not any(cand.first < line.first < d.first for line in lines)]


# a printed date after the page's reference is a fetch line or a misread more often than a plan
PRINTED_DATES = ("date:day-month", "date:numeric", "date:month", "date:hijri", "date:day-range")


WHOLE_DOCUMENT = -1  # the sentence of a words.memo key that holds one answer for the document


def _own_day_unknown(words: Words, ann: Annotations, sentence: int) -> bool:
    """Whether the sentence names a day of its own that the time stage could not resolve
    ("وفي اليوم التالي" after no told day, "أمس" or "الثلاثاء" on a page without a date) or a
    future one ("من المقرر أن تبدأ غدا الثلاثاء"), other than a day a report was made on: its
    happening is not of the day of the sentences before it."""
    got = words.memo.get(("own-day", sentence))
    if got is None:
        if ("own-day", WHOLE_DOCUMENT) not in words.memo:  # one pass over the document's dates
            for d in ann.place_on(words.doc, "DATE"):
                v = d.value
                if "+weekday-contradicts" in d.span.rule:
                    words.memo["contradicted", d.sentence] = True
                if isinstance(v, dict) and ((v.get("kind") == "future"
                                             and not d.span.rule.startswith(PRINTED_DATES)) or (
                        not v.get("date") and v.get("grain") == "day"
                        and v.get("kind") in ("relative", "weekday"))) \
                        and not _dates_a_report(words, d):
                    words.memo["own-day", d.sentence] = True
            words.memo["own-day", WHOLE_DOCUMENT] = True
        got = words.memo.setdefault(("own-day", sentence), False)
    return got


SINCE = frozenset({"منذ", "ومنذ", "فمنذ"})  # "أعنف هجوم منذ عام 2015": the span ends now


def _told_years(words: Words, ann: Annotations, sentence: int) -> list[Arg]:
    """The bare years a sentence tells its happening in ("سنة 1959"، "في عام 2015"), not a
    span up to now ("منذ عام 2011") nor the year a report was made in."""
    return [y for y in ann.in_sentence(ann.years, sentence)
            if y.value.get("start") and (y.first == 0 or words.words[y.first - 1].text not in SINCE)
            and not _dates_a_report(words, y)]


def _since(words: Words, d: Arg) -> bool:
    """Whether منذ (ومنذ، فمنذ) stands right before a date."""
    return d.first > 0 and words.words[d.first - 1].text in SINCE and \
        words.words[d.first - 1].sentence == words.words[d.first].sentence


def _span_to_now(words: Words, d: Arg, cand: Candidate) -> bool:
    """Whether a DATE that is no single day opens a span lasting up to now, which dates no
    happening: after منذ ("منذ نيسان 2016"), or منذ with a length told of what is still going
    on (an imperfect verb: "تقصف الطائرات البلدة منذ أيام"). Told of a happening (a perfect
    verb, a noun: "تعزيزات وصلتها منذ أيام") days or weeks count back from the page, as قبل
    does. Months after منذ are mostly a length ("محتجزون منذ أربعة أشهر"، "الأسوأ منذ شهور"،
    "انقطع الراتب منذ أربعة أشهر"): they count back only when they open the clause of a perfect
    verb ("منذ ثلاثة أشهر قصفت الطائرات المدينة": that long ago)."""
    if d.value.get("precision") == 1:
        return False
    if _since(words, d):
        return True
    if words.words[d.first].text not in SINCE:
        return False
    if d.value.get("grain") == "day" and d.value.get("precision") == MONTH_PRECISION:
        return not (cand.form == "perfect" and 0 <= cand.first - d.last <= FRONTED_GAP)
    return cand.form in GOING_ON


GOING_ON = frozenset({"imperfect"})  # the trigger form that tells a happening still going on
MONTH_PRECISION = 3  # "منذ ثلاثة أشهر": a length of months (ACLED's month precision)
FRONTED_GAP = 1  # words between a fronted "منذ ثلاثة أشهر" and its perfect verb (a comma)


def _unresolved_days(words: Words, ann: Annotations, sentence: int) -> list[Arg]:
    """The day expressions of a sentence the time stage could not date ("13 نوفمبر الماضي" or
    "أمس" on a page with no date of its own), other than a day a report was made on."""
    by = words.memo.get(("unresolved", WHOLE_DOCUMENT))
    if by is None:
        by = words.memo["unresolved", WHOLE_DOCUMENT] = {}
        for d in ann.place_on(words.doc, "DATE"):
            v = d.value
            if isinstance(v, dict) and not v.get("date") and v.get("grain") == "day" \
                    and v.get("kind") in ("absolute", "relative", "weekday") \
                    and not _dates_a_report(words, d):
                by.setdefault(d.sentence, []).append(d)
    return by.get(sentence, [])


def _nearer_unresolved(words: Words, ann: Annotations, cand: Candidate, best: Arg) -> bool:
    """Whether a day the time stage could not date stands nearer the trigger than the day
    chosen: that day is the trigger's own, unknown — the farther one is another clause's."""
    gap = abs(best.first - cand.first)
    return any(abs(u.first - cand.first) < gap for u in _unresolved_days(words, ann, cand.sentence))


def _nearer_other_year(words: Words, ann: Annotations, cand: Candidate, best: Arg) -> bool:
    """Whether a bare year of another year stands nearer the trigger than the day chosen:
    then the trigger's time is that year (no day, month or week), not the farther day's."""
    if not ann.years:
        return False
    gap = abs(best.first - cand.first)
    year = str(best.value.get("date") or "")[:4]
    return any(abs(y.first - cand.first) < gap and y.value["start"][:4] != year
               for y in _told_years(words, ann, cand.sentence))


def _contradicted(words: Words, ann: Annotations, sentence: int) -> bool:
    """Whether the sentence names today by a weekday the page's printed date is not ("قال
    بوتين , اليوم الاثنين" under a Sunday fetch line): that date is no day of its lead."""
    _own_day_unknown(words, ann, sentence)  # the one pass that marks such sentences
    return words.memo.get(("contradicted", sentence), False)


BULLETS = ("-", "–", "—", "•", "*", "·")
LIST_LOOKBACK = 15  # bullet lines between an item and its dated heading


def _bullet(words: Words, sentence: int) -> bool:
    """Whether a sentence opens with a list bullet ("- مقتل 25 عنصرا ...")."""
    start = words.sentences[sentence][0]
    return words.doc.text[start:start + 4].lstrip().startswith(BULLETS)


def _list_item_day(words: Words, ann: Annotations, sentence: int) -> Arg | None:
    """The day of a bulleted item in a dated chronology ("4 يناير 2015 م : - لقي خمسة
    أشخاص مصرعهم … . - مقتل 25 عنصرا …"): the day the nearest heading line opens with, when
    only bullet lines stand between. A heading is a sentence whose first words are a day
    (precision 1); an item of a list with no such heading takes nothing from it."""
    if not _bullet(words, sentence):
        return None
    for back in range(1, LIST_LOOKBACK + 1):
        k = sentence - back
        if k < 0:
            return None
        lo = words.sentence_range(k)[0]
        head = [d for d in ann.in_sentence(ann.dates, k) if d.first <= lo + 1]
        if head:
            return head[0] if head[0].value.get("precision") == 1 else None
        if not _bullet(words, k):
            return None
    return None


def _pluperfect_trigger(words: Words, cand: Candidate) -> bool:
    """Whether the trigger is told in the pluperfect: قد right before it and a كان form a
    few words before that ("كان التنظيم الإرهابي قد اختطفهما"، "وكانت القوات قد سيطرت")."""
    tl = time_lexicon()
    lo = words.sentence_range(cand.sentence)[0]
    k = cand.first - 1
    if k < lo or words.words[k].text != tl.pluperfect_particle:
        return False
    return any(words.words[j].text in tl.pluperfect_openers
               for j in range(max(lo, k - 1 - tl.pluperfect_window), k))


def _in_pluperfect_clause(words: Words, d: Arg, cand: Candidate) -> bool:
    """Whether a DATE stands in a pluperfect clause opened after the trigger ("استهدفت غارات
    مناطق كان مقاتلو المعارضة قد انتزعوها في الأيام القليلة الماضية"): a كان form followed by
    قد within ``pluperfect_window`` words, between the trigger and the date, with no comma or
    clause break (roles.yaml ``clause_breaks``: بينما، ثم …) between the clause's opening and
    the date. Such a date tells the earlier happening's day.

    Read from the page's indexed openers and breaks (:func:`_pluperfect_index`), not by a walk
    back from each date per trigger: on a run-on sentence of hundreds of dated mentions the walk
    was quadratic (REVIEW25 finding 2)."""
    breaks_before, openers, particle_at = _pluperfect_index(words)
    end = d.first  # the words looked at are cand.last … d.first - 1, nearest the date first
    if end <= cand.last:
        return False
    lo = max(cand.last, breaks_before[end - 1] + 1)  # a comma or clause break ends the walk
    i = bisect_left(openers, end) - 1
    while i >= 0 and openers[i] >= lo:
        if particle_at[i] < end:  # "كان … قد" with its particle before the date
            return True
        i -= 1
    return False


def _pluperfect_index(words: Words) -> tuple[list[int], list[int], list[int]]:
    """For :func:`_in_pluperfect_clause`, once per page: for each word the index of the last
    comma or clause break at or before it (-1 for none), the indices of the pluperfect openers
    that are no break, and each opener's first particle within the window (a large number for
    none)."""
    key = ("when:pluperfect", 0)
    got = words.memo.get(key)
    if got is None:
        tl = time_lexicon()
        texts = words.texts
        breaks = role_cues().clause_breaks
        none = len(texts) + 1
        breaks_before: list[int] = []
        openers: list[int] = []
        particle_at: list[int] = []
        last = -1
        for k, w in enumerate(texts):
            if w == "," or breaks.match(w):
                last = k
            elif w in tl.pluperfect_openers:
                openers.append(k)
                window = texts[k + 1:k + 2 + tl.pluperfect_window]
                particle_at.append(k + 1 + window.index(tl.pluperfect_particle)
                                   if tl.pluperfect_particle in window else none)
            breaks_before.append(last)
        got = words.memo[key] = (breaks_before, openers, particle_at)  # type: ignore[assignment]
    return got  # type: ignore[return-value]


def _anterior(words: Words, sentence: int, lo: int, hi: int) -> bool:
    """Whether a sentence says its happening came before the story's time: an anterior
    phrase anywhere ("سابقا"، "في وقت سابق"، "قبل ذلك") or a pluperfect opening ("وكانت ...
    قد"); see ``anterior_phrases`` in data/time/lexicon.yaml. Asked once per sentence."""
    got = words.memo.get(("anterior", sentence))
    if got is None:
        tl = time_lexicon()
        text = words.texts[lo:hi]
        # (one set test first: most sentences hold no phrase's first word)
        got = not tl.anterior_firsts.isdisjoint(text) and any(
            w in tl.anterior_firsts and any(tuple(text[i:i + len(p)]) == p
                                            for p in tl.anterior_phrases if p[0] == w)
            for i, w in enumerate(text))
        if not got and text and text[0] in tl.pluperfect_openers:
            got = tl.pluperfect_particle in text[1:2 + tl.pluperfect_window]
        words.memo["anterior", sentence] = got
    return got


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _page_date(words: Words, d: Arg, published: str | None) -> bool:
    """Whether a DATE is the page's own dateline: a full date with its year printed that is
    the publication day itself. A report dates what it tells by the weekday or a date of its
    own; the dateline only says when the page was written."""
    if not published or len(published) < 10 or d.value.get("date") != published[:10]:
        return False
    if d.value.get("kind") != "absolute" or d.value.get("precision") != 1:
        return False
    return any(_YEAR.match(words.words[k].text) for k in range(d.first, d.last))


def _cause_word(words: Words, cand: Candidate) -> int | None:
    """The index of a cause word ("اثر"، "جراء"، "بسبب") right before a definite trigger, if
    any (see ``date_cause_words`` in roles.yaml)."""
    cues = role_cues()
    if not words.words[cand.first].text.startswith(("ال", "بال", "وال", "لل")):
        return None
    lo = words.sentence_range(cand.sentence)[0]
    for k in range(cand.first - 1, max(lo, cand.first - 2 - cues.date_cause_gap) - 1, -1):
        if cues.date_cause_words.match(words.words[k].text):
            return k
    return None


def _consequence(words: Words, ann: Annotations, lo: int, hi: int) -> bool:
    """Whether the clause of a day (a few words before it, up to the cause word at ``hi``)
    tells the cause's own toll or harm."""
    cues = role_cues()
    lo = max(words.sentence_range(words.words[hi].sentence)[0], lo - cues.date_consequence_window)
    if any(lo <= c.first < hi for c in ann.casualties):
        return True
    return any(cues.date_consequence.match(words.words[k].text) for k in range(lo, hi))


OFFSET_DAYS = {"day": 1, "week": 7}
OFFSET_PRECISION = {"day": 1, "week": 2, "month": 3}  # the coarsest a count in that unit gives


def anchored_date(anchor: Arg, others: list[Arg]) -> tuple[Arg | None, dict[str, Any] | None, str]:
    """The date of a happening named as the anchor of a count ("شنت الطائرات يوم الأحد غارة …
    بعد أسبوعين من ضربة مماثلة"): the ضربة came two weeks BEFORE the day of the sentence,
    so it never takes that day. When the time stage dated the anchor (a date before the
    expression, "قصفت يوم 3 أيار ، وتوفي بعد يومين من القصف"), that date is the anchor's; else
    the sentence's nearest day outside the expression minus the count, at the precision the
    unit allows (a count of weeks gives a week, of months a month); else no date."""
    value = anchor.value
    if value.get("anchor_date"):
        return anchor, {"date": value["anchor_date"], "precision": 1}, "date:anchor-of-count"
    off = value.get("offset") or {}
    unit, n, sign = off.get("unit"), off.get("n"), off.get("sign")
    days = [d for d in others if d.value.get("precision") == 1]
    if not days or not n or sign not in (1, -1) or unit not in OFFSET_PRECISION:
        return None, None, "date:anchor-of-count-undated"
    main = min(days, key=lambda d: abs(d.first - anchor.first))
    day = Date.fromisoformat(main.value["date"])
    if unit == "month":
        month = day.year * 12 + day.month - 1 - sign * n
        day = Date(month // 12, month % 12 + 1, 15)
    else:
        day -= timedelta(days=sign * n * OFFSET_DAYS[unit])
    precision = max(OFFSET_PRECISION[unit], int(main.value.get("precision") or 1))
    return main, {"date": day.isoformat(), "precision": precision}, "date:anchor-of-count"


REPORT_WINDOW = 5  # words before a day where the reporting verb it dates may stand


def _dates_a_report(words: Words, d: Arg) -> bool:
    """"قالت هيومن رايتس ووتش اليوم"، "أعلن الجيش التركي الاثنين": the day says when it was
    said, not when what is told happened. Read once per day of the document: every trigger of
    a sentence asks it of every day of the sentence (DEBT16: a sentence of hundreds of raids)."""
    key = ("when:dates-a-report", d.first)
    found = words.memo.get(key)
    if found is None:
        reporting = role_cues().reporting
        found = words.memo[key] = any(reporting.match(words.words[k].text)
                                      for k in range(max(0, d.first - REPORT_WINDOW), d.first))
    return found


@cache
def _digest_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str], int, int]:
    """(day cues, digest nouns, noun window, opening words) from data/events/when.yaml."""
    data = data_file("rasd.data.events", "when.yaml")
    cues = frozenset(tuple(normalize(c).text.split()) for c in data["digest_day_cues"])
    nouns = frozenset(normalize(n).text for n in data["digest_nouns"])
    return cues, nouns, int(data["digest_noun_window"]), int(data["digest_opening"])


def _digest_day_of(words: Words, ann: Annotations, sentence: int) -> Arg | None:
    """The digest day a sentence's undated happenings are of: the latest digest title told
    before the sentence (DAYREPORT22). A page may gather several days' reports ("التقرير
    اليومي … ليوم 2 - 8 - 2015" … "التقرير اليومي … ليوم 1 - 8 - 2015" … "ليوم 29 - 7 - 2015"):
    each day's victims and strikes are of its own title's day, not of the first one's. Titles
    after the opening count only on a page whose opening is a digest's (:func:`_digest_day`)."""
    first = _digest_day(words, ann)
    if first is None or sentence <= first.sentence:
        return None
    found = first
    for d in _later_digest_days(words, ann, first):
        if d.sentence >= sentence:
            break
        found = d
    return found


def _later_digest_days(words: Words, ann: Annotations, first: Arg) -> list[Arg]:
    """The digest titles after the opening's (``first``), in text order (same test as
    :func:`_digest_day`, anywhere in the text). Found once per document."""
    key = ("digest-days", WHOLE_DOCUMENT)
    if key in words.memo:
        return words.memo[key]
    found = [d for d in sorted(ann.dates, key=lambda a: a.first)
             if d.first > first.first and d.sentence > first.sentence and _digest_title(words, d)]
    words.memo[key] = found
    return found


def _digest_title(words: Words, d: Arg) -> bool:
    """Whether the day ``d`` is a digest's title: a full day (precision 1) right after one of
    `digest_day_cues` (a weekday may stand between), one of `digest_nouns` a few words before
    the cue (data/events/when.yaml)."""
    if d.value.get("precision") != 1 or not d.value.get("date"):
        return False
    cues, nouns, window, _opening = _digest_words()
    texts = words.texts
    # the cue opens the day's words ("لتاريخ 10 - 7 - 2017") or stands right before them,
    # a weekday perhaps between ("ليوم الاثنين 30 - 10 - 2017")
    at = next((d.first for c in cues if tuple(texts[d.first:d.first + len(c)]) == c), None)
    for skip in (0, 1):
        if at is not None:
            break
        end = d.first - skip
        if skip and (end < 0 or not texts[end].isalpha()):  # a day opening the text has no word before it
            break
        at = next((end - len(c) for c in cues if end - len(c) >= 0
                   and tuple(texts[end - len(c):end]) == c), None)
    if at is not None and any(texts[k] in nouns for k in range(max(0, at - window), at)):
        return True
    return any(tuple(texts[d.last:d.last + len(o)]) == o for o in _digest_list_openers())


@cache
def _digest_list_openers() -> frozenset[tuple[str, ...]]:
    """Words that, right after a day, make it the title of a list of names (when.yaml)."""
    data = data_file("rasd.data.events", "when.yaml")
    return frozenset(tuple(normalize(o).text.split()) for o in data.get("digest_list_openers") or ())


def _digest_day(words: Words, ann: Annotations) -> Arg | None:
    """The day a one-day digest names in its title ("التقرير اليومي ... ليوم 23 - 2 - 2016"،
    "أبرز التطورات ... لتاريخ 10 - 7 - 2017"; see data/events/when.yaml): its items with no
    day of their own are of that day, which may be days before the page was printed. A full
    day (precision 1) right after a cue (a weekday may stand between), a digest noun a few
    words before the cue (:func:`_digest_title`), within the document's opening; None when
    there is none. Found once per document."""
    key = ("digest-day", WHOLE_DOCUMENT)
    if key in words.memo:
        return words.memo[key]
    opening = _digest_words()[3]
    found = None
    for d in sorted([*ann.datelines, *ann.dates], key=lambda a: a.first):
        if d.first > opening:
            break
        if _digest_title(words, d):
            found = d
            break
    words.memo[key] = found
    return found
