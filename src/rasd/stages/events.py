"""Stage `events`: triggers → typed event mentions with actors, place, date and toll.

Adds a ``TRIGGER`` span for every trigger seen (its rule says which context ruled it out,
if any) and one :class:`~rasd.document.EventMention` per happening to ``doc.events``.
Uses ``ACTOR``, ``ORG`` (names the knowledge base does not know), ``PLACE``, ``DATE`` and
``CASUALTY`` spans when the stages that make them have run.
"""

from __future__ import annotations

import gc

from rasd.document import Document
from rasd.events import extract_events
from rasd.stages import Stage, stage


@stage("events", requires=("sentences", "actors", "places", "time", "quantities"))
class Events(Stage):
    def __call__(self, doc: Document) -> Document:
        # The stage makes thousands of short-lived objects that form no cycles (a tuple per
        # word): with the collector on, they set off collections that scan everything the
        # stages before left young, and now and then the whole heap. Off for the stage, the
        # objects go when their document's pass ends; the collector runs later as usual.
        enabled = gc.isenabled()
        gc.disable()
        try:
            doc.events = extract_events(doc)
        finally:
            if enabled:
                gc.enable()
        return doc
