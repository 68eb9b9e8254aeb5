"""Near-duplicates and story clusters, updated one new document at a time.

For each document not yet indexed, in the order documents were stored:

1. its word 3-shingles get a MinHash signature; documents sharing an LSH bucket with it
   (threshold ``settings.DUPLICATE_CANDIDATE``) are the only ones compared, and the most similar
   one above the threshold is recorded as the original it copies (``copy`` or ``near-copy``,
   with the Jaccard estimate); a document whose lead words are as close as
   ``settings.REWRITE`` to an earlier one is recorded as its ``rewrite``;
2. it joins a story: the story of the document it copies, else the story of the most
   similar earlier document — IDF-weighted cosine of lead content words plus a bonus for
   each kind of event evidence both share (a day; a place on that day; an actor pair on
   that day) — when that reaches ``settings.STORY_JOIN``; else it starts a story of its
   own. Candidates are the
   documents sharing the most buckets of the lead-word LSH (at most
   ``settings.STORY_CANDIDATES``, so the work per document stays flat as the corpus
   grows) or a dated, placed event mention, published within ``settings.STORY_DAYS`` of
   it when both dates are known.

Signatures, buckets and term counts are stored, so the next ingest run continues from here
without comparing every pair.
"""

from __future__ import annotations

import calendar
import hashlib
import itertools
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from rasd.corpus import settings
from rasd.corpus.features import (
    band_keys,
    from_blob,
    jaccard,
    lead_terms,
    shingles,
    signature,
    to_blob,
    word_hashes,
    words,
)
from rasd.store.sqlite import Store

DUP = "dup"
LEAD = "lead"


@dataclass(slots=True)
class Indexed:
    """What indexing decided for one document."""

    doc_id: str
    story_id: str
    copy_of: str | None = None
    relation: str | None = None
    score: float | None = None


def story_id_for(doc_id: str) -> str:
    return "st-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


def index_new_documents(store: Store, chunk: int = 500) -> list[Indexed]:
    """Compare every not-yet-indexed document with its LSH candidates; store what it is.

    Documents are committed ``chunk`` at a time: a run cut short leaves the rest unindexed,
    and the next run picks them up.
    """
    index = _Index(store)
    rowids = store.unindexed_rowids()
    results = []
    with store.bulk_buckets():  # a first run writes its buckets without their index
        for i in range(0, len(rowids), chunk):
            rows = store.documents_at(rowids[i : i + chunk])  # texts one chunk at a time
            with store.transaction() as db:
                results += [index.add(db, row) for row in rows]
                index.flush(db)
    return results


class _Index:
    """One indexing run: document frequencies cached, documents added one by one.

    What a chunk writes (signatures, LSH buckets, term counts) is kept here and written by
    :meth:`flush` in one go at the end of the chunk's transaction, in the order it was
    produced, so the stored rows are the same as row-by-row writes. Until then the chunk's
    signatures and buckets are read from here; buckets loaded once are kept for the run.
    """

    def __init__(self, store: Store):
        self.store = store
        self.total = store.indexed_count(LEAD)
        rowids = itertools.count(store.last_bucket_rowid() + 1)  # both kinds share one table
        self.buckets = {kind: _Buckets(store, kind, rowids) for kind in (DUP, LEAD)}
        self.pending_signatures: list[tuple[str, str, bytes, str | None]] = []
        self.pending_buckets: list[tuple[str, int, int, str]] = []
        self.pending_df: Counter[str] = Counter()
        self.chunk_signatures: dict[str, np.ndarray] = {}
        self.df: dict[str, int] = {}
        self.weights: dict[str, float] = {}  # IDF at the current corpus size
        self.terms: dict[str, frozenset[str]] = {}
        self.norms: dict[str, tuple[int, float]] = {}
        self.published: dict[str, str | None] = {}
        self.event_keys: dict[str, dict[str, set]] = {}
        self.story: dict[str, str] = {}  # story of each document indexed in this run
        self.pending_relations: list[tuple[str, str, str, float]] = []
        self.pending_stories: list[tuple[str, str, str | None]] = []
        self.pending_members: list[tuple[str, str, str, float | None]] = []

    def story_of(self, doc_id: str) -> str | None:
        found = self.story.get(doc_id)
        return found if found is not None else self.store.story_of([doc_id]).get(doc_id)

    def weight(self, term: str) -> float:
        """IDF of a term among the documents indexed so far (remembered until the next
        document is counted in)."""
        found = self.weights.get(term)
        if found is not None:
            return found
        df = self.df.get(term)
        if df is None:
            df = self.df[term] = self.store.term_counts([term]).get(term, 0)
        found = self.weights[term] = math.log((self.total + 1) / (df + 1)) + 1
        return found

    def weights_of(self, terms: Iterable[str]) -> list[float]:
        """:meth:`weight` of each term, in order (the same numbers, one loop, no call per term)."""
        cache, counts, corpus, log = self.weights, self.df, self.total + 1, math.log
        found = []
        for term in terms:
            w = cache.get(term)
            if w is None:
                df = counts.get(term)
                if df is None:
                    df = counts[term] = self.store.term_counts([term]).get(term, 0)
                w = cache[term] = log(corpus / (df + 1)) + 1
            found.append(w)
        return found

    def prefetch(self, terms: list[str]) -> None:
        missing = [t for t in terms if t not in self.df]
        if missing:
            self.df.update(dict.fromkeys(missing, 0))
            self.df.update(self.store.term_counts(missing))

    def add(self, db: sqlite3.Connection, row: sqlite3.Row) -> Indexed:
        doc_id, text, title = row["id"], row["text"], row["title"]
        tokens = words(text)
        dup_sig = signature(shingles(tokens, unique=False))
        dup_keys = band_keys(dup_sig, settings.DUPLICATE_CANDIDATE)
        terms = lead_terms(tokens, title)
        self.prefetch(terms)
        lead_sig = signature(word_hashes(terms))
        lead_keys = band_keys(lead_sig, settings.STORY_CANDIDATE)

        original, score = self.nearest_copy(doc_id, dup_sig, dup_keys)
        story, via, story_score = None, "new", None
        if original:
            story, via, story_score = self.story_of(original), "near-duplicate", score
        if story is None:
            story, story_score, similar_doc, text_score = self.nearest_story(
                doc_id, terms, lead_keys, row["published"])
            via = "similar" if story else "new"
            if similar_doc and text_score >= settings.REWRITE:
                original, score = similar_doc, text_score
        self.save_signature(doc_id, DUP, dup_sig, dup_keys)
        self.save_signature(doc_id, LEAD, lead_sig, lead_keys, " ".join(terms))
        self.pending_df.update(terms)
        self.total += 1
        self.weights = {}
        for term in terms:
            self.df[term] += 1
        self.terms[doc_id] = frozenset(terms)
        self.published[doc_id] = row["published"]
        relation = None
        if original:
            relation = "copy" if score >= settings.COPY else "near-copy" if via == "near-duplicate" else "rewrite"
            self.pending_relations.append((doc_id, original, relation, round(score, 4)))
        if story is None:
            story = story_id_for(doc_id)
            self.pending_stories.append((story, doc_id, title or _first_line(text)))
        self.pending_members.append((story, doc_id, via, None if story_score is None else round(story_score, 4)))
        self.story[doc_id] = story
        return Indexed(doc_id, story, original, relation, score if original else None)

    def save_signature(self, doc_id: str, kind: str, sig: np.ndarray, keys: list[tuple[int, int]],
                       terms: str | None = None) -> None:
        self.pending_signatures.append((doc_id, kind, to_blob(sig), terms))
        self.pending_buckets += [(kind, band, bucket, doc_id) for band, bucket in keys]
        self.buckets[kind].add(doc_id, keys)
        if kind == DUP:
            self.chunk_signatures[doc_id] = sig

    def flush(self, db: sqlite3.Connection) -> None:
        """Write the chunk's signatures, buckets and term counts (inside its transaction)."""
        self.store.save_signatures(db, self.pending_signatures, self.pending_buckets)
        self.store.add_term_totals(db, self.pending_df.items())
        self.store.save_stories(db, self.pending_relations, self.pending_stories, self.pending_members)
        self.pending_relations, self.pending_stories, self.pending_members = [], [], []
        self.pending_signatures, self.pending_buckets = [], []
        self.pending_df = Counter()
        self.chunk_signatures = {}
        for buckets in self.buckets.values():
            buckets.written()

    def nearest_copy(self, doc_id: str, sig: np.ndarray, keys) -> tuple[str | None, float]:
        """The most similar earlier document at or above ``settings.NEAR_DUPLICATE``."""
        mates = [d for d in self.buckets[DUP].mates(keys) if d != doc_id]
        sigs = {d: self.chunk_signatures[d] for d in mates if d in self.chunk_signatures}
        stored = [d for d in mates if d not in sigs]
        for other, (blob, _) in self.store.signatures(DUP, stored).items():
            sigs[other] = from_blob(blob)
        best, best_score = None, 0.0
        for other in self.store_order(mates, sigs):
            score = jaccard(sig, sigs[other])
            if score >= settings.NEAR_DUPLICATE and score > best_score:
                best, best_score = other, score
        return best, best_score

    @staticmethod
    def store_order(mates: list[str], sigs: dict[str, np.ndarray]) -> list[str]:
        """Mates in document-id order (as SQLite returns them by primary key): among equal
        scores the first one wins, the same one every run."""
        return sorted(d for d in mates if d in sigs)

    def terms_of(self, doc_ids: list[str]) -> dict[str, frozenset[str]]:
        """Lead terms of stored documents, cached for the run."""
        missing = [d for d in doc_ids if d not in self.terms]
        for doc_id, terms in self.store.lead_terms(missing).items():
            self.terms[doc_id] = frozenset(terms.split())
        return {d: self.terms[d] for d in doc_ids if d in self.terms}

    def published_of(self, doc_ids: list[str]) -> dict[str, str | None]:
        missing = [d for d in doc_ids if d not in self.published]
        if missing:
            self.published.update(self.store.published(missing))
        return self.published

    def event_keys_of(self, doc_ids: list[str]) -> dict[str, dict[str, set]]:
        missing = [d for d in doc_ids if d not in self.event_keys]
        if missing:
            for doc_id, rows in self.store.doc_event_keys(missing).items():
                self.event_keys[doc_id] = _event_keys(rows)
        return self.event_keys

    def norm(self, doc_id: str, terms: frozenset[str]) -> float:
        """Length of a document's weighted vector, recomputed once the corpus grew by half
        (IDF moves with the logarithm of the corpus size)."""
        total, norm = self.norms.get(doc_id, (0, 0.0))
        if self.total > total * 1.5:
            norm = math.sqrt(sum([w ** 2 for w in self.weights_of(terms)]))
            self.norms[doc_id] = (self.total, norm)
        return norm

    def nearest_story(self, doc_id: str, terms: list[str], keys,
                      published: str | None) -> tuple[str | None, float, str | None, float]:
        """(story, score, most similar document, its text-only score) for a new document."""
        store = self.store
        candidates = [d for d in self.buckets[LEAD].mates(keys, settings.STORY_CANDIDATES) if d != doc_id]
        candidates = _published_near(published, candidates, self.published_of(candidates))
        own_keys = self.event_keys_of([doc_id])[doc_id]
        for day, place in own_keys["day_place"]:
            candidates += [d for d in store.docs_with_mention(day, place) if d != doc_id]
        candidates = list(dict.fromkeys(candidates))
        if not candidates:
            return None, 0.0, None, 0.0
        others = self.terms_of(candidates)
        own = frozenset(terms)
        # IDF is fixed while one document is compared
        squared = {t: w ** 2 for t, w in zip(own, self.weights_of(own), strict=True)}
        own_norm = math.sqrt(sum(squared[t] for t in own))
        event_keys = self.event_keys_of(list(others))
        best, best_score, best_text = None, 0.0, 0.0
        for other, their_terms in others.items():
            shared = own & their_terms
            if not shared or not own_norm:
                continue
            text_score = sum(squared[t] for t in shared) / (own_norm * self.norm(other, their_terms))
            score = text_score + settings.EVENT_BONUS * shared_evidence(own_keys, event_keys[other])
            if score > best_score:
                best, best_score, best_text = other, score, text_score
        if best is None or best_score < settings.STORY_JOIN:
            return None, best_score, None, 0.0
        return self.story_of(best), best_score, best, best_text


class _Buckets:
    """The LSH buckets of one kind, for one indexing run: bucket key → postings.

    A posting is (order, document): its row id in ``lsh_buckets`` for stored rows, the row
    id it will get for rows of this run (rows are written in the order they are made).
    Stored postings are read once per bucket, the first time a document of the run has it;
    a document always looks its buckets up before adding to them, so a bucket in memory
    holds every posting. Ranking is what SQL ``GROUP BY doc_id ORDER BY count(*) DESC,
    min(rowid)`` gives, without an SQL query and a sort per document.
    """

    MAX_KEYS = 2_000_000  # buckets kept in memory; beyond this they are read again

    def __init__(self, store: Store, kind: str, rowids: Iterator[int]):
        self.store, self.kind, self.rowids = store, kind, rowids
        self.postings: dict[int, list[tuple[int, str]]] = {}
        self.stored = store.indexed_count(kind) > 0

    def load(self, keys: set[int]) -> None:
        missing = [k for k in keys if k not in self.postings]
        for key in missing:
            self.postings[key] = []
        if self.stored and missing:
            for key, order, doc_id in self.store.bucket_postings(self.kind, missing):
                self.postings[key].append((order, doc_id))

    def mates(self, buckets: list[tuple[int, int]], limit: int | None = None) -> list[str]:
        """Documents sharing a bucket, those sharing the most first (then the earliest);
        with ``limit``, only that many."""
        keys = {bucket for _, bucket in buckets}
        self.load(keys)
        count: Counter[str] = Counter()
        first: dict[str, int] = {}
        for key in keys:
            for order, doc_id in self.postings[key]:
                count[doc_id] += 1
                if order < first.get(doc_id, order + 1):
                    first[doc_id] = order
        ranked = sorted(count, key=lambda d: (-count[d], first[d]))
        return ranked if limit is None else ranked[:limit]

    def add(self, doc_id: str, buckets: list[tuple[int, int]]) -> None:
        self.load({bucket for _, bucket in buckets})
        for _, bucket in buckets:
            self.postings[bucket].append((next(self.rowids), doc_id))

    def written(self) -> None:
        """The run's rows so far are stored; past the cap, buckets are forgotten and read
        again from the store when needed."""
        if len(self.postings) > self.MAX_KEYS:
            self.postings, self.stored = {}, True


def _first_line(text: str) -> str:
    """A title for a story started by an untitled document: its first line (160 characters);
    only the start of the text is split into lines, not all of it."""
    return (text.strip()[:161].splitlines() or [""])[0][:160]


def published_range(published: str | None) -> tuple[date, date] | None:
    """The days a publication date stands for (a day, a month or a year)."""
    try:
        if published and len(published) == 10:
            day = date.fromisoformat(published)
            return day, day
        if published and len(published) == 7:
            first = date.fromisoformat(published + "-01")
            return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
        if published and len(published) == 4:
            return date(int(published), 1, 1), date(int(published), 12, 31)
    except ValueError:
        return None
    return None


def _published_near(published: str | None, candidates: list[str],
                    dates: dict[str, str | None]) -> list[str]:
    """Candidates published within ``settings.STORY_DAYS`` of the document (undated ones stay)."""
    own = published_range(published)
    if own is None:
        return candidates
    reach = timedelta(days=settings.STORY_DAYS)
    kept = []
    for doc_id in candidates:
        other = published_range(dates.get(doc_id))
        if other is None or (other[0] <= own[1] + reach and own[0] <= other[1] + reach):
            kept.append(doc_id)
    return kept


def _event_keys(rows: list) -> dict[str, set]:
    """What a document's mentions say about when, where and who (day-precise dates only)."""
    keys: dict[str, set] = {"day": set(), "day_place": set(), "day_actors": set()}
    for r in rows:
        if not (r["event_date"] and r["time_precision"] == 1):
            continue
        keys["day"].add(r["event_date"])
        if r["location_id"]:
            keys["day_place"].add((r["event_date"], r["location_id"]))
        if r["actor1_id"] and r["actor2_id"]:
            keys["day_actors"].add((r["event_date"], r["actor1_id"], r["actor2_id"]))
    return keys


def shared_evidence(a: dict[str, set], b: dict[str, set]) -> int:
    """How many kinds of event evidence two documents share: a day, a place on that day, an
    actor pair on that day. A place or a pair of actors without the day says little (the same
    town and the same foes make the news every week)."""
    return sum(1 for kind in ("day", "day_place", "day_actors") if a[kind] & b[kind])
