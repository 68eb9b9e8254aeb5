"""The report's own day for a roundup's item told with no day (DATES15).

A report of the page's day ("قصفت طائرات حربية أمس …"، a daily digest, a live map's timeline)
goes on item by item, each opening cold, with no conjunction ("اشتباكات عنيفة بين … في
مورك"، "غارات جوية على اللطامنة"), and tells most items with no day: they are of the report's
day. The date argument (:mod:`rasd.events.when`) gives such an item no day (a cold sentence
borrows none from the sentence before, which is another item's). Here a mention with no day at
all (rule ``date:none`` only: no day told that the page cannot resolve, no anterior, cause or
count) takes the page's own day, at precision 1, when:

- the page has a day of its own (publication date, printed dateline or the day its address is
  filed under: :func:`rasd.time.pageday.page_day`);
- the report has already told a day of the page's present week against the page ("أمس"،
  "اليوم"، "الخميس"; 0 to ``story_present_days`` days before the page's day, never the start
  of a span "منذ مساء الأحد"): an essay or a background piece dated only by its header tells
  no story of that day;
- the mention's sentence opens cold (not with و، ف، كما … : roles.yaml
  ``continuation_openers``): a sentence that goes on with the one before is of that one's
  happening. The date argument reads that day only a sentence or two back; further back, such a
  sentence takes the last time the page told before it when that is a day of the page's present
  and every sentence since goes on with the one before (DATES21: "… أمس الاثنين . وأضاف … .
  ويقول … . كما دارت اشتباكات …" is Monday's; :func:`_present_before`, :func:`_chain`), and
  keeps none after a month, a year, an older or unresolved day, or a sentence opening cold;
- the page prints no full day after its own (``story_later_*``, read by
  :func:`rasd.time.pageday.prints_later` as the time stage reads a chronology): a week's report filed
  under its first day with daily headings, a chronicle "من 11-12-2014 إلى 2-1-2015", an
  archive page: its entries are of their own days, and the page's day is no report's present;
- the sentence does not say its happening came before the story's time ("وكانت … قد"،
  "سابقا", :func:`rasd.events.when._anterior`), and the page is no list page of dated items
  (:mod:`rasd.events.items`: a chronology's items have days of their own; a ticker's glued
  headlines are all of the page's day).

DATES23 widens three of these tests. A sentence that turns to another item ("من ناحية أخرى"،
"الى ذلك"، "في غضون ذلك": the events lexicon's ``topic_shift``) opens an item as a cold one does,
talks included. A sentence that goes on with such an item, when its chain back to the last day
told is broken, takes the page's day too (:func:`_paragraph_of_today`; not after a paragraph
opened cold, which on essays is the argument's next point). A headline or lead at most
``story_lead_sentences`` sentences before the first present day told takes the page's day
(the report's news, told again with its day); further up, a sidebar's headlines are of any day.

A digest of the morning papers (DATES25: a page citing at least ``compiled_papers_min`` of the
time lexicon's ``compiled_papers`` in quotes after a dash, :func:`compiled_papers`) is filed under
the papers' day, and the papers tell the day before it: there an item's day is
``compiled_day_back`` days before the page's (rule ``date:story-day+compiled-papers``, read as no
day too), a going-on sentence whose chain back to a present day is broken ("… منذ أيام . وفي ريف
دمشق , قصفت …": a paper's next item) takes it as well, and a plan a paper dates after the page
("في 10 و 11 تشرين الثاني الجاري") does not stop the story day.

A page of one day's items (DAYPAGE19) needs no present told against it: an address that ends
with its day (a live map's ``/ar/time/30.11.2017``: :func:`rasd.time.urldate.day_address`) or a
ticker of glued headlines (:func:`rasd.events.items.ticker_page`) filed under a day is that day's list,
and each of its items that tells no day of its own (nor one before the story's time) takes the
day its address names (rule ``date:day-page``; DEBT20: the address wins over ``published`` and a
printed dateline, which may be the day the page was fetched or last updated), at ``day_page_precision`` (data/time/lexicon.yaml: a
headline of the day may tell of the night before), even when an item speaks of a day to come
(a later day printed is no entry of another day there).

It runs after the tellings of one happening are folded (an undated retelling joins its dated
telling first), and the confidence model reads such a day as none (:data:`STORY_DAY`): it is
the report's default, not a day the text tells.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Date
from datetime import timedelta
from functools import cache

from rasd.document import EventMention, Evidence
from rasd.events.arguments import Annotations, Arg, role_cues
from rasd.events.detect import DIPLOMATIC
from rasd.events.items import dated_item, ticker_page
from rasd.events.lexicon import lexicon
from rasd.events.tokens import Words
from rasd.events.when import SINCE, _anterior, _since, _turns
from rasd.text.normalize import normalize
from rasd.time.lexicon import time_lexicon
from rasd.time.pageday import page_day, prints_later
from rasd.time.urldate import day_address, url_date

STORY_DAY = "date:story-day"  # the rule of a day given here (confidence reads it as no day)
DAY_PAGE = "date:day-page"  # ... and of a day page's day (read as none as well)
COMPILED_DAY = "date:story-day+compiled-papers"  # ... and of a press digest's day before the page's
PAGE_DAYS = frozenset({STORY_DAY, DAY_PAGE, COMPILED_DAY})
PAGE_COUNTED = frozenset({"relative", "weekday"})  # days told against the page's ("أمس"، "الخميس")
PRINTED = ("date:numeric", "date:day-month")  # the rules of a full day printed in figures or words
UNDATED = "date:none"  # the one date rule of a mention that heard of no day at all
DEFINITE = ("ال", "وال", "فال", "بال", "لل", "كال")  # a word opened by the article, with a clitic


def story_days(events: list[EventMention], words: Words, ann: Annotations) -> None:
    """Give a roundup's undated items the report's own day (module docstring)."""
    undated = [e for e in events if e.event_date is None
               and {ev.rule for ev in e.evidence if ev.field == "event_date"} <= {UNDATED}]
    if not undated:
        return
    listed = _day_page_address(words.doc.meta.url)
    if listed is not None:  # the day the address lists wins over `published` (a fetch time)
        _day_page(undated, words, ann, listed)
        return
    today = page_day(words.doc, months=False)
    if today is None:
        return
    # a span's start ("معارك مستمرة منذ مساء الأحد") is no day the story goes on in
    told = [d for d in ann.dates if d.value.get("date") and d.value.get("eventable", True)
            and not (_since(words, d) or words.words[d.first].text in SINCE)]
    present = next((d.sentence for d in told if d.value.get("kind") in PAGE_COUNTED
                    and _present(d, today) is not None), None)
    if present is None:
        return  # an essay, a background piece: no day of the page's present told against it
    printed = {Date.fromisoformat(v["date"][:10]) for d in words.doc.spans_of("DATE") if d.rule.startswith(PRINTED)
               and "+site-line" not in d.rule and (v := d.value or {}).get("precision") == 1 and v.get("date")}
    lex = time_lexicon()
    compiled = compiled_papers(words.doc.text)
    if not compiled and prints_later(sorted(printed), today, lex.story_later_gap, lex.story_later_days):
        return  # a week's report filed under its first day, a chronicle: entries dated apart
    # a digest of the morning papers: the papers tell the day before the page's (DATES25)
    own_day = today - timedelta(days=lex.compiled_day_back) if compiled else today
    rule = COMPILED_DAY if compiled else STORY_DAY
    page = ann.datelines[0].span if ann.datelines else None  # where the page's day is printed
    start, end = (page.start, page.end) if page is not None else (0, 0)
    last_told = _last_told(ann, today)
    for e in undated:
        sentence = words.sentence_of(e.sentence_start)
        lo, hi = words.sentence_range(sentence)
        if sentence == present or present - sentence > lex.story_lead_sentences \
                or _anterior(words, sentence, lo, hi) or dated_item(words.sentences[sentence][0]):
            continue  # a chronology's items have their own days (rasd.events.items)
        day, at = own_day.isoformat(), (start, end)
        if _goes_on(words, lo, hi) and not _turns(words, lexicon(), sentence):  # a turn opens an item
            if _definite(e.trigger) or e.plover in DIPLOMATIC:
                # "كما قضى شخص في الاشتباكات": the happening told before, whose day build.py gives
                # or withholds; "وطالب الوفد …" paragraphs after a meeting: said on a day untold
                continue
            if sentence > present:
                told_last = _present_before(last_told, sentence)
                if told_last is not None and _chain(words, told_last.sentence, sentence):
                    day, at = told_last.value["date"][:10], (told_last.span.start, told_last.span.end)
                elif not (compiled or _paragraph_of_today(words, last_told, present, sentence)):
                    # (a digest's going-on sentence is a paper's next item: the papers' day)
                    continue  # it goes on with a story of another time, or one the page did not date
        e.event_date, e.time_precision = day, 1
        e.evidence = [ev for ev in e.evidence if ev.field != "event_date"]
        e.evidence.append(Evidence(*at, words.doc.text[at[0]:at[1]], "event_date", rule))


def compiled_papers(text: str) -> bool:
    """Whether a page compiles the morning papers (DATES25): it cites at least
    ``compiled_papers_min`` of the time lexicon's ``compiled_papers`` by name, in quotes after a
    dash — an item's dateline ('لندن - " الحياة "') or its source ('مصادر ل - " العربي الجديد "').
    One paper cited so is a report of that paper, or one that quotes it."""
    lex = time_lexicon()
    if lex.compiled_papers_min <= 0 or '"' not in text:
        return False
    cited = {m.group(1) for m in _paper_citation().finditer(normalize(text).text)}
    return len(cited) >= lex.compiled_papers_min


@cache
def _paper_citation() -> re.Pattern[str]:
    names = sorted({normalize(n).text.strip() for n in time_lexicon().compiled_papers}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names if n)
    return re.compile(r'-\s*"\s*(' + (alternatives or "(?!)") + r')\s*"')


def _day_page_address(url: str | None) -> Date | None:
    """The day a page lists when it is one day's list by its address: one that ends with its
    day, or a ticker of glued headlines filed under a day (a live map's story
    ``/ar/2017/13-december-…``); else None. A ticker dated only by its printed header is as often
    a sidebar of the day it was fetched beside an older story, or a digest of older news, and
    keeps the story day's tests."""
    filed = url_date(url)
    if filed is None or filed[1] != "day" or not (day_address(url) or ticker_page()):
        return None
    return Date.fromisoformat(filed[0])


def _day_page(undated: list[EventMention], words: Words, ann: Annotations, today: Date) -> None:
    """Give the undated items of a day page the day its address lists (module docstring); the
    evidence is where the page prints that day, else no words (the address is no part of the
    text, and an evidence's words are always ``text[start:end]``; the rule says the page gave
    the day)."""
    doc = words.doc
    printed = ann.datelines[0] if ann.datelines else None
    page = printed.span if printed is not None and printed.value["date"][:10] == today.isoformat() else None
    start, end = (page.start, page.end) if page is not None else (0, 0)
    told = doc.text[start:end]
    precision = time_lexicon().day_page_precision
    for e in undated:
        sentence = words.sentence_of(e.sentence_start)
        if _anterior(words, sentence, *words.sentence_range(sentence)):
            continue  # "وكانت … قد": before the day's story
        e.event_date, e.time_precision = today.isoformat(), precision
        e.evidence = [ev for ev in e.evidence if ev.field != "event_date"]
        e.evidence.append(Evidence(start, end, told, "event_date", DAY_PAGE))


def _last_told(ann: Annotations, today: Date) -> tuple[list[int], list[Arg | None]]:
    """The sentences that tell a time (a DATE or the page's dateline), in order, and the last
    time each tells when that is a day of the page's present (0 to ``story_present_days``
    before the page's), else None."""
    last: dict[int, Arg | None] = {}
    for d in sorted([*ann.datelines, *ann.dates], key=lambda a: a.first):
        last[d.sentence] = d if _present(d, today) is not None else None
    order = sorted(last)
    return order, [last[k] for k in order]


def _present_before(last_told: tuple[list[int], list[Arg | None]], sentence: int) -> Arg | None:
    """The day a sentence that goes on with the one before ("وأضاف …"، "كما شن الطيران …"،
    "وفي الأثناء , …") is of, when it tells none and the date argument found none a sentence or
    two back: the last time told before it, when that is a day of the page's present (the story
    it goes on with is the report's own). After a month, a year or a day long before the page's
    ("في عام 2014 سيطر التنظيم … وقتل …"), or a day the page could not resolve, None: that
    story's day is unknown."""
    sentences, days = last_told
    at = bisect_left(sentences, sentence) - 1
    return days[at] if at >= 0 else None


def _paragraph_of_today(words: Words, last_told: tuple[list[int], list[Arg | None]], present: int,
                        sentence: int) -> bool:
    """Whether a sentence that goes on with the one before, and whose chain back to the last day
    told is broken, goes on with an item the report's own day dates (DATES23): going back from it
    past sentences that go on, it reaches a sentence that turns to the next item of a roundup
    ("الى ذلك , قالت مصادر …"، "من ناحية اخرى , اشارت …"، "في غضون ذلك , …": roles'
    ``topic_shift``; the sentence itself may be that one) after the first present day told, within
    ``story_chain_sentences``, with no time told from there to this sentence; and the last time the
    page told before that item is a day of its present, at most ``story_chain_sentences`` before
    it. That item tells no day of its own, so it is the report's (module docstring), and this
    sentence goes on with it. A paragraph opened cold is not enough: on essays and analyses that
    told a present day once it is the next point of the argument (DATES23's breadth read: 10 of
    the 13 wrong days came from such paragraphs)."""
    sentences, _ = last_told
    at = bisect_left(sentences, sentence + 1) - 1
    told = sentences[at] if at >= 0 else -1  # the last sentence at or before this one telling a time
    limit = time_lexicon().story_chain_sentences
    lex = lexicon()
    for k in range(sentence, max(present, told, sentence - limit - 1), -1):
        lo, hi = words.sentence_range(k)
        if _turns(words, lex, k):
            before = _present_before(last_told, k)  # the last time told before the item's opening
            return (before is not None and k - before.sentence <= limit and not _anterior(words, k, lo, hi)
                    and not dated_item(words.sentences[k][0]))
        if not _goes_on(words, lo, hi):
            return False  # a paragraph opened cold: an essay's next point as often as a roundup's item
    return False


def _definite(trigger: str) -> bool:
    """Whether a trigger opens with a definite noun ("الاشتباكات"، "بالقصف"، "والغارات"): it
    names a happening told before (:mod:`rasd.events.build`'s referent), not a new one."""
    first = normalize(trigger).text.split(" ", 1)[0]
    return first.startswith(DEFINITE)


def _chain(words: Words, told: int, sentence: int) -> bool:
    """Whether every sentence from the one after ``told`` to ``sentence`` goes on with the one
    before it (:func:`_goes_on`) and none turns to another story ("وفي سياق متصل"): a sentence
    opening cold between them starts another item or paragraph (a press review's next paper, an
    analysis's next point), whose story the day told before is not. Bounded (FIXES22, REVIEW21
    finding 6): at most ``story_chain_sentences`` (time lexicon) sentences on."""
    if sentence - told > time_lexicon().story_chain_sentences:
        return False
    lex = lexicon()
    return all(_goes_on(words, *words.sentence_range(k)) and not _turns(words, lex, k)
               for k in range(told + 1, sentence + 1))


def _goes_on(words: Words, lo: int, hi: int) -> bool:
    """Whether a sentence goes on with the one before (opens with و، ف، كما، حيث …; roles.yaml
    ``continuation_openers``): one that opens cold is an item of a roundup."""
    openers = role_cues().continuation_openers
    return lo < hi and openers is not None and bool(openers.match(words.words[lo].text))


def _present(told: Arg, today: Date) -> str | None:
    """A day the report told, when it is a day of the page's present week."""
    value = told.value
    if value.get("precision") != 1:
        return None
    age = (today - Date.fromisoformat(value["date"])).days
    return value["date"] if 0 <= age <= time_lexicon().story_present_days else None

