"""Across documents: near-duplicates, stories, merged events, corroboration, dyads.

:func:`update` runs after documents are stored: it indexes the new documents
(near-duplicates, stories; :mod:`rasd.corpus.documents`), then merges their event mentions
into events (:mod:`rasd.corpus.merge`), each graded by :mod:`rasd.corpus.corroborate`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from rasd.corpus.documents import index_new_documents
from rasd.corpus.merge import merge_pending
from rasd.store.sqlite import Store


def update(store: Store) -> int:
    """Bring documents' relations, stories and merged events up to date; return events changed."""
    with _collector_paused():
        index_new_documents(store)
        return merge_pending(store)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the step: it keeps many small objects alive (every
    new mention, the run's buckets and terms) and makes no cycles, so full collections only
    rescan them — about a tenth of the step's time on 3,042 articles. Reference counting
    still frees everything; the collector is back on (and catches up) when the step ends."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


__all__ = ["index_new_documents", "merge_pending", "update"]
