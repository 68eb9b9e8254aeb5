"""Python API: extract events from one text, or open a database and query it.

>>> import rasd
>>> doc = rasd.extract("قصفت طائرات حربية مدينة البوكمال فجر اليوم.", published="2021-01-13")
>>> doc.text.startswith("قصفت")
True
"""

from __future__ import annotations

from pathlib import Path

from rasd.document import Document, Meta, content_hash, precision_of
from rasd.pipeline import Pipeline, build
from rasd.store.sqlite import Store

_PIPELINE: Pipeline | None = None


def pipeline() -> Pipeline:
    """The default document pipeline, built once."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = build()
    return _PIPELINE


def extract(text: str, published: str | None = None, outlet: str | None = None, *,
            title: str | None = None, url: str | None = None, doc_id: str | None = None) -> Document:
    """Run the pipeline on one text; the document carries every annotation and event."""
    meta = Meta(id=doc_id or content_hash(text)[:16], url=url, outlet=outlet, title=title,
                published=published, published_precision=precision_of(published))
    return pipeline()(Document(meta=meta, raw=text))


def open_db(path: str | Path = "rasd.db") -> Store:
    """Open (creating or migrating if needed) a rasd SQLite database."""
    return Store(path)
