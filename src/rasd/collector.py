"""Pausing Python's cycle collector around steps that make many objects and no cycles.

The events stage (a tuple per word) and the across-documents step (every new mention, the
run's buckets and terms) allocate many small objects that form no reference cycles; with
the collector on they set off collections that only rescan what is alive. Reference
counting still frees everything while the collector is off, and it is back on (and
catches up) when the step ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the ``with`` block, restored after (even on error); a
    collector that was already off stays off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class DocumentRun:
    """The collector regime of a run over many documents (``rasd extract``), as ``rasd
    ingest`` runs them (:func:`rasd.ingest.run._startup_frozen`): the collector is off while
    documents go through, what the stages load with the first document is frozen out of it,
    and every ``every`` documents one pass over the young generations frees any cycle left.

    Each stage makes tens of thousands of short-lived objects a document and no reference
    cycles, so the ~2 passes a document the collector makes otherwise only rescan what is
    alive: about 1.3 ms a document (5% of ``rasd extract`` on UnifiedFC articles). Use
    ``with DocumentRun() as run:`` and call ``run.done()`` after each document.
    """

    def __init__(self, every: int = 100) -> None:
        self.every = every
        self.count = 0
        self._enabled = False

    def __enter__(self) -> DocumentRun:
        self._enabled = gc.isenabled()
        gc.freeze()
        gc.disable()
        return self

    def done(self) -> None:
        """One document finished."""
        self.count += 1
        if self.count == 1:
            gc.freeze()  # what the stages loaded on first use
        elif self.count % self.every == 0:
            gc.collect(1)

    def __exit__(self, *exc: object) -> None:
        if self._enabled:
            gc.enable()
        gc.unfreeze()
