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
