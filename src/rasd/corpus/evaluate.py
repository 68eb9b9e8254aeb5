"""Measure near-duplicates and story clusters (``rasd eval clusters``).

Stories are scored with pairwise precision/recall against gold groups: two documents in one
gold group should share a story, two in different groups should not.

- UnifiedFC: the articles retrieved for one claim are a gold group. They are the closest
  thing to same-happening groups in the data, but retrieval also brings background
  articles, so this recall is a lower bound.
- Seeds and sample corpus: hand-made groups in ``data/corpus/stories_gold.yaml``.

Near-duplicates are scored on pairs built from UnifiedFC with a fixed seed: an article and
a lightly edited copy of it (words dropped, replaced and inserted, a sentence moved,
share-button boilerplate added) are positive; an article and one retrieved for another
claim are negative. Pairs of different articles retrieved for the same claim are counted
apart: some are real relays of one text, so they are reported, not scored. A pair is detected when the two share an LSH bucket and their MinHash
Jaccard estimate reaches ``settings.NEAR_DUPLICATE`` — exactly what ingest does.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from math import comb

from rasd.corpus import settings
from rasd.corpus.documents import DUP, index_new_documents
from rasd.corpus.features import from_blob, jaccard
from rasd.datafiles import load_yaml
from rasd.document import Document, Meta, content_hash
from rasd.metrics import PRF
from rasd.store.sqlite import Store

BOILERPLATE = ("شارك على فيسبوك", "شارك على تويتر", "اقرأ أيضاً:", "تابعونا على تلغرام")


@dataclass(slots=True)
class PairScores(PRF):
    """Pairwise precision and recall."""

    empty = 1.0
    true_positive: int
    predicted: int
    gold: int

    def counts(self) -> tuple[int, int, int]:
        return self.true_positive, self.predicted, self.gold


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> PairScores:
    """Pairwise scores of a clustering (doc → cluster) against gold groups (doc → group)."""
    docs = [d for d in predicted if d in gold]
    both = Counter((predicted[d], gold[d]) for d in docs)
    pred_sizes = Counter(predicted[d] for d in docs)
    gold_sizes = Counter(gold[d] for d in docs)
    return PairScores(sum(comb(n, 2) for n in both.values()),
                      sum(comb(n, 2) for n in pred_sizes.values()),
                      sum(comb(n, 2) for n in gold_sizes.values()))


def add_text(store: Store, doc_id: str, text: str, *, url: str | None = None,
             outlet: str | None = None, title: str | None = None, published: str | None = None,
             clean: bool = False) -> bool:
    """Store a document's text without the extraction stages (text-only clustering);
    with ``clean``, after the clean stage, as ingest would see it."""
    doc = Document(Meta(id=doc_id, url=url, outlet=outlet, title=title, published=published), raw=text)
    if store.doc_id_for_hash(doc.hash):
        return False
    store.add_document(_cleaner()(doc) if clean else doc)
    return True


@cache
def _cleaner():
    from rasd.pipeline import build

    return build(["clean"])


def story_clusters(store: Store) -> dict[str, str]:
    return {row[0]: row[1] for row in store.db.execute("SELECT doc_id, story_id FROM story_members")}


def unifiedfc_stories(store: Store, limit: int | None = None) -> PairScores:
    """Cluster UnifiedFC articles (cleaned text, no extraction) and score them against their claims."""
    from rasd.datasets import unifiedfc_articles

    gold: dict[str, str] = {}
    for n, article in enumerate(unifiedfc_articles()):
        if limit is not None and n >= limit:
            break
        if add_text(store, article.id, article.text, url=article.url, clean=True):
            gold[article.id] = article.claim_id
    index_new_documents(store)
    return pairwise(story_clusters(store), gold)


@cache
def gold_stories() -> list[list[str]]:
    text = resources.files("rasd.data.corpus").joinpath("stories_gold.yaml").read_text("utf-8")
    return [group["docs"] for group in load_yaml(text)["stories"]]


def sample_stories(store: Store) -> PairScores:
    """Score the stories of an ingested seeds + sample-corpus database against the gold groups."""
    predicted = story_clusters(store)
    gold = {d: d for d in predicted}
    for number, docs in enumerate(gold_stories()):
        for doc_id in docs:
            if doc_id in gold:
                gold[doc_id] = f"gold-{number}"
    return pairwise(predicted, gold)


_WORD = re.compile(r"\S+")


def light_edit(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """A lightly edited copy: ~``rate`` of words dropped, replaced and inserted each, a
    sentence moved, a boilerplate line added — what a relaying site does to a report."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 2:
        moved = lines.pop(rng.randrange(1, len(lines)))
        lines.insert(rng.randrange(1, len(lines) + 1), moved)
    words = " \n ".join(lines).split(" ")
    vocabulary = [w for w in words if len(w) > 2] or ["خبر"]
    edited = []
    for word in words:
        roll = rng.random()
        if roll < rate:
            continue
        if roll < 2 * rate:
            edited.append(rng.choice(vocabulary))
            continue
        edited.append(word)
        if roll > 1 - rate:
            edited.append(rng.choice(vocabulary))
    return " ".join(edited) + "\n" + rng.choice(BOILERPLATE)


@dataclass(slots=True)
class DuplicateScores(PRF):
    empty = 1.0
    true_positive: int
    false_positive: int
    false_negative: int
    positives: int
    negatives: int
    same_claim_pairs: int = 0
    same_claim_flagged: int = 0

    def counts(self) -> tuple[int, int, int]:
        return self.true_positive, self.true_positive + self.false_positive, self.positives


def near_duplicate_pairs(store: Store, originals: int = 500, seed: int = 7,
                         min_words: int = 80) -> DuplicateScores:
    """Build the labelled pairs, ingest their documents, and score the detector on them."""
    from rasd.datasets import unifiedfc_articles

    rng = random.Random(seed)
    seen: set[str] = set()
    articles = []
    for article in unifiedfc_articles():
        key = content_hash(article.text)
        if key in seen or len(article.text.split()) < min_words:
            continue
        seen.add(key)
        articles.append(article)
    chosen = rng.sample(articles, min(originals, len(articles)))
    by_claim: dict[str, list] = {}
    for article in articles:
        by_claim.setdefault(article.claim_id, []).append(article)
    positives: list[tuple[str, str]] = []
    negatives: list[tuple[str, str]] = []
    same_claim: list[tuple[str, str]] = []
    for article in chosen:
        add_text(store, article.id, article.text, url=article.url)
    for article in chosen:
        copy_id = f"{article.id}~edit"
        if add_text(store, copy_id, light_edit(article.text, rng)):
            positives.append((article.id, copy_id))
        other = rng.choice(articles)
        while other.claim_id == article.claim_id:
            other = rng.choice(articles)
        add_text(store, other.id, other.text, url=other.url)
        negatives.append((article.id, other.id))
        siblings = [a for a in by_claim[article.claim_id] if a is not article]
        if siblings:
            sibling = rng.choice(siblings)
            add_text(store, sibling.id, sibling.text, url=sibling.url)
            same_claim.append((article.id, sibling.id))
    index_new_documents(store)
    tp = sum(detected(store, a, b) for a, b in positives)
    fp = sum(detected(store, a, b) for a, b in negatives)
    flagged = sum(detected(store, a, b) for a, b in same_claim)
    return DuplicateScores(tp, fp, len(positives) - tp, len(positives), len(negatives),
                           len(same_claim), flagged)


def detected(store: Store, a: str, b: str) -> bool:
    """Would ingest call ``a`` and ``b`` near-copies? Shared bucket, then the estimate."""
    shared = store.db.execute(
        "SELECT 1 FROM lsh_buckets x JOIN lsh_buckets y ON x.kind = y.kind AND x.band = y.band"
        " AND x.bucket = y.bucket WHERE x.kind = ? AND x.doc_id = ? AND y.doc_id = ? LIMIT 1",
        (DUP, a, b)).fetchone()
    if not shared:
        return False
    sigs = store.signatures(DUP, [a, b])
    return jaccard(from_blob(sigs[a][0]), from_blob(sigs[b][0])) >= settings.NEAR_DUPLICATE

