"""The day a page was written, from what the document says of itself.

Its ``published`` date when that opens with an ISO day, else the page's printed dateline (the
``DATE`` span the time stage marks ``dateline``), else the day its address is filed under
(:mod:`rasd.time.urldate`). An address filed under a month alone gives that month's first day
only to a reader who asks for a stand-in (``months``): the background rule dates what ended
over a year before the page, where a month is close enough; a roundup's story day
(:mod:`rasd.events.storyday`) needs the day itself.

A page cannot report as done what happened after it was written: full days it prints well
after its own (:func:`prints_later`) say its first date heads a chronology (the time stage) or
its day is no report's present (the story day).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import islice
from typing import Any

from rasd.time.urldate import url_date


def page_day(doc: Any, months: bool = True) -> date | None:
    """The day ``doc`` (a :class:`rasd.document.Document`) was written (module docstring);
    None when nothing says."""
    published = doc.meta.published or ""
    if len(published) >= 10 and published[:4].isdigit():
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            pass
    for sp in doc.spans_of("DATE"):
        value = sp.value if isinstance(sp.value, dict) else {}
        if value.get("dateline") and value.get("date"):
            try:
                return date.fromisoformat(value["date"][:10])
            except ValueError:
                continue
    filed = url_date(doc.meta.url)
    if filed is None or (filed[1] != "day" and not months):
        return None
    return date.fromisoformat(filed[0] if filed[1] == "day" else filed[0] + "-01")


def prints_later(days: Iterable[date], page: date, gap_days: int, enough: int) -> bool:
    """Whether at least ``enough`` of ``days`` (full days a page prints, in its order) fall more
    than ``gap_days`` after the page's own day ``page``. The one reading of "days printed after
    the page's own", with each reader's terms in data/time/lexicon.yaml: the time stage
    (``chronology_later_*``, :func:`rasd.time.extract._dated_after`) asks of lines opening with
    a day, month and year whether the first date is a chronology's heading; the story day
    (``story_later_*``, :mod:`rasd.events.storyday`) asks of any day printed in figures or
    words whether the page holds entries dated apart. ``days`` is read no further than the
    ``enough``-th such day."""
    after = page + timedelta(days=gap_days)
    return sum(1 for _ in islice((d for d in days if d > after), enough)) >= enough
