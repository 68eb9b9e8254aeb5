"""Stage `attribution`: who each event mention relays (``cited``) and how it is sourced.

Adds ``CITED`` spans over the words that say so (an outlet's name, "مصدر أمني", "ناشطون").
"""

from __future__ import annotations

from rasd.document import Document
from rasd.events import attribute
from rasd.stages import Stage, stage


@stage("attribution", requires=("events",))
class Attribution(Stage):
    def __call__(self, doc: Document) -> Document:
        attribute(doc)
        return doc
