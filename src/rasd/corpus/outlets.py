"""Who published a document: the outlet name, else the web host of its URL, else its id."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit


@lru_cache(maxsize=65536)  # asked for every report of every event as it is graded
def outlet_name(outlet: str | None, url: str | None, doc_id: str) -> str:
    if outlet:
        return outlet
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return doc_id
