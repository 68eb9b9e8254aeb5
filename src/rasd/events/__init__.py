"""Events: triggers → typed event mentions with actors, place, date, toll, and who says so.

Knowledge (triggers, context cues, attribution cues) lives in ``rasd/data/events/*.yaml``;
:mod:`rasd.events.lexicon` loads and compiles it. :func:`extract_events` is the whole
per-document pass used by the ``events`` stage; :func:`attribute` fills ``cited`` and
``attribution`` for the ``attribution`` stage.
"""

from rasd.events.attribution import attribute
from rasd.events.build import extract_events

__all__ = ["attribute", "extract_events"]
