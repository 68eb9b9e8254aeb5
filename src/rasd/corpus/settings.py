"""Every tunable constant of cross-document analysis, in one place.

Near-duplicates compare word shingles of the whole normalised text; stories compare the
weighted content words of the title and lead plus what the documents' event mentions share;
merged events compare the fields of mentions. Values were chosen on the seeds and on
synthetic edits (``rasd eval clusters`` reports what they give).
"""

from __future__ import annotations

NUM_PERM = 128  # MinHash permutations
MINHASH_SEED = 1  # fixed, so signatures stored by one run compare with the next

# Near-duplicates: word 3-shingles over the whole normalised text.
SHINGLE_SIZE = 3
DUPLICATE_CANDIDATE = 0.3  # LSH threshold: documents compared at all (~0.9 chance at 0.4)
NEAR_DUPLICATE = 0.4  # estimated Jaccard at or above which a document is a near-copy
COPY = 0.9  # estimated Jaccard at or above which it is a copy (word for word, bar boilerplate)

# Stories: content words (stopwords dropped, article peeled) of title + lead.
LEAD_WORDS = 150
STORY_CANDIDATE = 0.15  # LSH threshold on the content-word sets: who is compared at all
STORY_CANDIDATES = 25  # documents sharing the most LSH buckets that are compared at all
STORY_JOIN = 0.22  # similarity at or above which a document joins a story
REWRITE = 0.5  # lead similarity at or above which a document is a rewrite of the other
STORY_DAYS = 30  # documents published further apart are never one story
EVENT_BONUS = 0.1  # added per kind of shared event evidence (day, place that day, actors that day)

# Merged events.
DAY_SLACK = 1  # days of slack between two day-precise dates (publication across midnight)
WEEK_HALF = 3  # a week-precise date covers this many days either side
NEAR_KM = 10.0  # places this close are one place (twice that when one is only "near" a town)
CANDIDATE_DAYS = 31  # blocking window for dated mentions
MULTI_PARTY = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # who is actor1 or actor2 is a choice
BLAME = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # who did it can be contested
