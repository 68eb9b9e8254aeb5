"""Merge stored event mentions into events, incrementally.

A new mention is compared only with the events of its blocks: events already reported in
the same story, and events of the same PLOVER type in the same first-level admin area whose
date lies within ``settings.CANDIDATE_DAYS`` of its own (outside its story a mention merges
only when date and place are known, so nothing else could match). It joins the most compatible one (see :func:`fit`), else it
starts an event whose id comes from this first mention (recorded in
``event_first_mention``), so an event keeps its id as more reports arrive.

Two reports of different documents describe one happening when their types are
compatible and nothing known conflicts: dates within their precision, places within
their precision, same target (or one above it in the same hierarchy). Either they belong
to one story and agree on the date or the place (or are copies of one text), or date and
place are both known and agree.
A different perpetrator, or a different target, is allowed only when date and place agree
(not both at once) — a different perpetrator makes the event contested. Outside a story a
different perpetrator needs the same target, and a different target the same perpetrator
(on a busy front, two outlets' different sides on one day in one town are most often two
happenings). In a
story, a report of violence (``settings.BLAME``) without a date joins on the place only with
something more in common: an actor, the toll, or the words (talks in one place, told in one
story, are one meeting). Outside
a story a country-wide place ("in Syria") anchors a merge only when an actor agrees too, and a
month-precise date only when both perpetrator and target agree (a month's tally of one town's
dead is not one strike that month; the price: a happening recalled later as "in April" with
one side unnamed stays apart). In one story, a meeting (``settings.MULTI_PARTY``) on the same date at
the same place is one meeting whoever each report names as its parties.

A report whose evidence prints the same text (a run of ``corroborate.SHARED_RUN`` words) as
a report of the event fits it better (``TEXT_BONUS``): when a document tells two happenings
and other outlets relay both, each of its mentions goes to the event whose words it shares.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from itertools import groupby

from rasd.corpus import settings
from rasd.corpus.compat import (
    actors_compatible,
    date_range,
    dates_compatible,
    places_compatible,
    same_place,
    types_compatible,
)
from rasd.corpus.corroborate import corroborate, text_families, text_runs
from rasd.document import EventMention
from rasd.records import merged_record, specificity
from rasd.store.sqlite import Store, StoredMention

TEXT_BONUS = 2  # added to a fit when the report shares a run of words with the event's reports


def _country_wide(mention: EventMention) -> bool:
    place = mention.location or {}
    return place.get("kind") == "country"


def _same_toll(a: EventMention, b: EventMention) -> bool:
    return a.fatalities is not None and a.fatalities > 0 and a.fatalities == b.fatalities


def event_id_for(first_mention_id: str) -> str:
    return "ev-" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:16]


def lead(members: list[StoredMention]) -> StoredMention:
    """The most specific report: its fields stand for the event when comparing."""
    return max(members, key=lambda m: specificity(m.mention))


def fit(item: StoredMention, rep: EventMention, docs: set[str], same_story: bool,
        same_text: bool = False, shared_words: bool = False) -> int | None:
    """How well ``item`` fits an event led by ``rep`` and reported by ``docs``; None when it
    cannot be the same one. ``same_text``: the documents are copies of one text;
    ``shared_words``: the report's evidence prints words of the event's reports."""
    if item.meta.id in docs:
        return None  # one document's mentions were already told apart by the extractor
    mention = item.mention
    if not types_compatible(mention, rep):
        return None
    when = dates_compatible(mention, rep)
    if when is False:
        return None  # checked one by one, cheapest first: most candidates fail on the date
    where = places_compatible(mention, rep)
    if where is False:
        return None
    doer = actors_compatible(mention.actor1, rep.actor1)
    target = actors_compatible(mention.actor2, rep.actor2)
    anchored = when is True and where is True
    if mention.plover in settings.MULTI_PARTY and same_story and anchored:
        doer = target = None  # one meeting, its parties named differently by each report
    if doer is False and (target is False or not anchored):
        return None
    if not same_story and (doer is False or target is False) and not (doer or target):
        return None  # another attacker (or target), told by another story, with no side in common
    if target is False and not anchored:
        return None  # with date and place agreeing, outlets may name different targets
    if same_story and not (when or where or same_text or shared_words):
        return None  # a story's vague mentions (no date, no place) merge only across copies
    if (same_story and when is None and mention.plover in settings.BLAME
            and not (doer or target or same_text or shared_words) and not _same_toll(mention, rep)):
        return None  # undated: one town named in one story is often two attacks told there
    if not same_story and not anchored:
        return None
    if not same_story and not (doer or target) and (_country_wide(mention) or _country_wide(rep)):
        return None  # "in Syria" on one day is no anchor without an actor in common
    if not same_story and 3 in (mention.time_precision, rep.time_precision) and not (doer and target):
        return None  # "this month" (often a month's tally) is no anchor unless both sides agree
    exact = int(same_place(mention, rep)) + int(mention.event_date == rep.event_date is not None)
    return (sum(x is True for x in (when, where, doer, target)) + exact + (3 if same_story else 0)
            + (TEXT_BONUS if shared_words else 0))


class _Events:
    """Events touched in this run, loaded from the store on first use, with their lead report."""

    def __init__(self, store: Store):
        self.store = store
        self.members: dict[str, list[StoredMention]] = {}
        self.docs: dict[str, set[str]] = {}
        self.leads: dict[str, StoredMention] = {}
        self.runs: dict[str, set[int]] = {}  # word runs of the event's reports, once asked for
        self._mention_runs: dict[str, frozenset[int]] = {}

    def mention_runs(self, item: StoredMention) -> frozenset[int]:
        found = self._mention_runs.get(item.id)
        if found is None:
            found = self._mention_runs[item.id] = text_runs(item.mention)
        return found

    def event_runs(self, event_id: str) -> set[int]:
        found = self.runs.get(event_id)
        if found is None:
            found = self.runs[event_id] = set().union(*(self.mention_runs(m) for m in self.get(event_id)))
        return found

    def get(self, event_id: str) -> list[StoredMention]:
        if event_id not in self.members:
            self.members[event_id] = self.store.mentions(self.store.event_mention_ids(event_id))
            self.docs[event_id] = {m.meta.id for m in self.members[event_id]}
            if self.members[event_id]:
                self.leads[event_id] = lead(self.members[event_id])
        return self.members[event_id]

    def start(self, event_id: str) -> None:
        self.members[event_id], self.docs[event_id] = [], set()

    def add(self, event_id: str, item: StoredMention) -> None:
        self.get(event_id).append(item)
        if event_id in self.runs:
            self.runs[event_id] |= self.mention_runs(item)
        self.docs[event_id].add(item.meta.id)
        current = self.leads.get(event_id)
        if current is None or specificity(item.mention) > specificity(current.mention):
            self.leads[event_id] = item


def _window(event_date: str | None) -> tuple[date, date] | None:
    """The days a mention's candidates may be dated (the blocking window)."""
    if not event_date:
        return None
    try:
        day = date.fromisoformat(event_date)
    except ValueError:
        return None
    span = timedelta(days=settings.CANDIDATE_DAYS)
    return day - span, day + span


def area_of(mention: EventMention) -> str | None:
    """The blocking area of a mention's place: its first-level admin area, else its name."""
    place = mention.location or {}
    return place.get("admin1") or place.get("name") or place.get("name_ar")


def _months(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def merge_pending(store: Store, batch: int = 20000) -> int:
    """Attach every not-yet-merged mention to an event; return how many events changed.

    Mentions are merged and saved ``batch`` at a time, so memory stays bounded however
    many documents one run brings; later batches find earlier ones' events in the store.
    """
    pending_ids = store.unmerged_mention_ids()
    changed: set[str] = set()
    for start in range(0, len(pending_ids), batch):
        changed.update(_merge_batch(store, store.mentions(pending_ids[start : start + batch])))
    return len(changed)


def _candidates(store: Store, item: StoredMention, story: str | None, stored: bool,
                by_story: dict[tuple[str, str | None], dict[str, None]],
                by_block: dict[tuple[str, str, str], dict[str, None]]) -> tuple[set[str], list[str]]:
    """The events a mention is compared with (its blocks), in a fixed order, and which of
    them belong to its story."""
    plover = item.mention.plover
    window = _window(item.mention.event_date)
    in_story: set[str] = set()
    if story:
        in_story.update(by_story.get((plover, story), {}))
        if stored:
            in_story.update(store.events_in_story(plover, story))
    candidates = sorted(in_story)  # a fixed order: ties go to the same event every run
    area = area_of(item.mention)
    if window and area:  # outside its story a mention needs a date and a place to merge
        if stored:
            candidates += store.events_near(plover, window[0].isoformat(), window[1].isoformat(), area)
        for month in _months(*window):
            candidates += by_block.get((plover, month, area), {})
    return in_story, list(dict.fromkeys(candidates))


def _merge_batch(store: Store, pending: list[StoredMention]) -> list[str]:
    story_of = store.story_of({m.meta.id for m in pending})
    stored = store.db.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0]
    families = text_families((r["doc_id"], r["other_id"]) for r in store.relations(story_of))
    events = _Events(store)
    by_story: dict[tuple[str, str | None], dict[str, None]] = {}  # events of this run, by (type, story)
    by_block: dict[tuple[str, str, str], dict[str, None]] = {}  # ... and by (type, month, admin1)
    changed: dict[str, None] = {}
    first: dict[str, str] = {}
    for _, group in groupby(pending, key=lambda m: m.meta.id):  # pending comes document by document
        items = list(group)
        pairs: list[tuple[int, int, int, str]] = []  # (-score, mention, candidate rank, event)
        for index, item in enumerate(items):
            story = story_of.get(item.meta.id)
            in_story, candidates = _candidates(store, item, story, stored, by_story, by_block)
            family = families.get(item.meta.id)
            days = date_range(item.mention.event_date, item.mention.time_precision)
            for rank, event_id in enumerate(candidates):
                if not events.get(event_id):
                    continue
                docs = events.docs[event_id]
                if item.meta.id in docs:
                    continue  # fit's first test, made here: a story's events often hold this document
                rep = events.leads[event_id].mention
                if days is not None:  # most candidates of a busy block fail on the date: what
                    theirs = date_range(rep.event_date, rep.time_precision)  # fit checks, sooner
                    if theirs is not None and (days[0] > theirs[1] or theirs[0] > days[1]):
                        continue
                same_text = family is not None and any(families.get(d) == family for d in docs)
                shared = not events.mention_runs(item).isdisjoint(events.event_runs(event_id))
                score = fit(item, rep, docs, event_id in in_story, same_text, shared)
                if score is not None:
                    pairs.append((-score, index, rank, event_id))
        # One document's mentions are different happenings: each joins at most one event and
        # no event takes two of them; the best-fitting pairs are settled first (with a single
        # mention this is simply its best candidate, the first of equals).
        chosen: dict[int, str] = {}
        taken: set[str] = set()
        for _, index, _, event_id in sorted(pairs):
            if index not in chosen and event_id not in taken:
                chosen[index] = event_id
                taken.add(event_id)
        for index, item in enumerate(items):
            best = chosen.get(index)
            if best is None:
                best = event_id_for(item.id)
                first[best] = item.id
                events.start(best)
            events.add(best, item)
            window = _window(item.mention.event_date)
            area = area_of(item.mention)
            by_story.setdefault((item.mention.plover, story_of.get(item.meta.id)), {})[best] = None
            if window and area:
                by_block.setdefault((item.mention.plover, item.mention.event_date[:7], area), {})[best] = None
            changed[best] = None
    _save(store, events, changed, first)
    return list(changed)


def _save(store: Store, events: _Events, changed: dict[str, None], first: dict[str, str]) -> None:
    doc_ids = {m.meta.id for event_id in changed for m in events.get(event_id)}
    families = text_families((r["doc_id"], r["other_id"]) for r in store.relations(doc_ids))
    saved = []
    for event_id in changed:
        members = events.get(event_id)
        pairs = [(m.meta, m.mention) for m in members]
        saved.append((merged_record(event_id, pairs, corroborate(pairs, families)), [m.id for m in members]))
    with store.transaction() as db:
        store.save_events(db, saved, [(event_id, first[event_id]) for event_id in changed if event_id in first])
