"""Who published a document: the outlet name, else the web host of its URL, else its id."""

from __future__ import annotations

from urllib.parse import urlsplit


def outlet_name(outlet: str | None, url: str | None, doc_id: str) -> str:
    if outlet:
        return outlet
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return doc_id
