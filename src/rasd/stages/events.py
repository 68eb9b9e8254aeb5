"""Stage `events`: triggers → typed event mentions with actors, place, date and toll.

Adds a ``TRIGGER`` span for every trigger seen (its rule says which context ruled it out,
if any) and one :class:`~rasd.document.EventMention` per happening to ``doc.events``.
Uses ``ACTOR``, ``ORG`` (names the knowledge base does not know), ``PLACE``, ``DATE`` and
``CASUALTY`` spans when the stages that make them have run. Each mention then gets its
``confidence`` (:mod:`rasd.events.confidence`), and in a report those a coder would seldom keep
are left out.
"""

from __future__ import annotations

from rasd.collector import collector_paused
from rasd.document import Document
from rasd.events import confidence, extract_events
from rasd.events.riots import type_crowd_events
from rasd.events.roles_frames import lone_party_sources
from rasd.events.tolls import deathless_by_type
from rasd.stages import Stage, stage


@stage("events", requires=("sentences", "actors", "places", "time", "quantities"))
class Events(Stage):
    # False: every mention keeps its confidence but none is dropped (how the model is trained)
    drop = True

    def __call__(self, doc: Document) -> Document:
        # thousands of short-lived acyclic objects (a tuple per word): see rasd.collector
        with collector_paused():
            events = type_crowd_events(doc, extract_events(doc))
            # a meeting's one named party is its source (ROLES12) before the model scores: it
            # must read the roles training reads on the finished mentions (CONF13)
            lone_party_sources(events)
            doc.events = confidence.apply(doc, events, drop=self.drop)
            deathless_by_type(doc.text, doc.events)  # after the model: it reads the words' toll
        return doc
