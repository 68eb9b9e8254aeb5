"""HTML page → article text and metadata, with trafilatura.

trafilatura finds the article body and drops navigation, sidebars and footers; it
also reads the title, date, author and site name from the page's meta tags. The title
becomes the first line of the text (unless the body already starts with it), so the
``sentences`` stage sees a headline as it does in plain-text reports. Text cleaning
(share lines, captions, repeated blocks) happens later, in the ``clean`` stage, the same
way for HTML and plain text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None


def extract_article(html: str, *, url: str | None = None) -> Article:
    """The article in ``html``: body text (paragraphs separated by blank lines) and metadata."""
    raw = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not raw:
        return Article(text="")
    data = json.loads(raw)
    text = (data.get("text") or "").replace("\r\n", "\n")
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    date = data.get("date") or None
    title = (data.get("title") or "").strip() or None
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        date=date[:10] if date else None,
        author=data.get("author") or None,
        sitename=data.get("sitename") or data.get("hostname") or None,
    )
