"""The collector regime of a run over many documents (rasd extract)."""

from __future__ import annotations

import gc

from rasd.collector import DocumentRun


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_off_during_the_run_and_restored_after() -> None:
    assert gc.isenabled()
    with DocumentRun(every=3) as run:
        assert not gc.isenabled()
        run.done()
        assert gc.get_freeze_count() > 0  # what the first document loaded is frozen
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_cycles_left_by_documents_are_freed_every_few_documents() -> None:
    with DocumentRun(every=2) as run:
        run.done()  # the first document: freeze
        gc.collect()
        before = len(gc.get_objects(1)) + len(gc.get_objects(0))
        for _ in range(200):
            _Cycle()  # unreachable at once, but only the collector can free a cycle
        assert sum(isinstance(o, _Cycle) for o in gc.get_objects()) == 200
        run.done()  # the second: a pass over the young generations
        assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
        assert len(gc.get_objects(1)) + len(gc.get_objects(0)) <= before + 10
