"""Across documents: near-duplicates, stories, merged events, corroboration, dyads.

:func:`update` runs after documents are stored: it indexes the new documents
(near-duplicates, stories; :mod:`rasd.corpus.documents`), then merges their event mentions
into events (:mod:`rasd.corpus.merge`), each graded by :mod:`rasd.corpus.corroborate`.
"""

from __future__ import annotations

from rasd.collector import collector_paused
from rasd.corpus.documents import index_new_documents
from rasd.corpus.merge import merge_pending
from rasd.store.sqlite import Store


def update(store: Store) -> int:
    """Bring documents' relations, stories and merged events up to date; return events changed."""
    with collector_paused():  # every new mention, the run's buckets and terms: no cycles
        index_new_documents(store)
        return merge_pending(store)


__all__ = ["index_new_documents", "merge_pending", "update"]
