"""Documents a run has met before: ``rasd extract`` reads a repeated text once.

A crawl holds the same page more than once: of the 3,042 UnifiedFC articles, 141 repeat an
earlier one, the same text from the same address (one page cited by several claims), 9.4% of
the characters. The document stages read a document's text and what its :class:`Meta
<rasd.document.Meta>` says besides its id and the file it came from, and nothing of the
documents before it, so the same text with the same metadata gives the same event mentions
(on UnifiedFC, each of the 109 repeated texts gave byte-identical spans and events every
time it was run). ``rasd ingest`` already skips a text it has stored (its content hash);
``rasd extract`` writes every document's mentions under its own id, and with
:class:`Repeats` runs the pipeline only on the first copy and writes the later copies'
records from the same mentions.

The key is a digest of the raw text (not stripped: offsets count from its first character)
and of every metadata field but ``id`` and ``source_path``; the mentions of the last
:data:`REPEATS_KEPT` documents are kept (about 16 KB a document on UnifiedFC: peak memory
+46 MB over its 3,042 articles).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import asdict

from rasd.document import EventMention, Meta

REPEATS_KEPT = 4_096  # documents whose mentions are kept for a repeat to reuse (~16 KB each)
UNREAD = frozenset({"id", "source_path"})  # metadata the document stages never read


def repeat_key(meta: Meta, raw: str) -> bytes:
    """What the document stages read of a document, as one digest."""
    fields = sorted((k, v) for k, v in asdict(meta).items() if k not in UNREAD)
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass"))
    digest.update(repr(fields).encode("utf-8", "surrogatepass"))
    return digest.digest()


class Repeats:
    """The event mentions of the documents met last, by :func:`repeat_key`."""

    def __init__(self, kept: int = REPEATS_KEPT) -> None:
        self.kept = kept
        self.reused = 0  # documents answered from a copy met before
        self._mentions: OrderedDict[bytes, list[EventMention]] = OrderedDict()

    def get(self, key: bytes) -> list[EventMention] | None:
        """The mentions of a document met before with this key, or None."""
        mentions = self._mentions.get(key)
        if mentions is not None:
            self._mentions.move_to_end(key)
            self.reused += 1
        return mentions

    def add(self, key: bytes, mentions: list[EventMention]) -> None:
        self._mentions[key] = mentions
        if len(self._mentions) > self.kept:
            self._mentions.popitem(last=False)
