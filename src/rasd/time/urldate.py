"""The publication day a page's address carries: ``/story/2017/12/11/...``, ``/2017-05-23-...``.

Many outlets file an article under the day it was published (aljazeera.net/news/2017/11/15/…,
youm7.com/story/2017/12/8/…, alarabiya.net/ar/politics/2017/07/01/…). When a document comes
without a ``published`` date, that day is a far better reference for "أمس" and "الاثنين" than
a date printed in the page's header, which is often the day the page was fetched ("اليوم السابع
الأحد , 21 يناير 2018" on a story of 11 December 2017). A year and month alone
(``/2017/12/``) give the month. France 24 and Monte Carlo Doualiya write the day as one
number before the slug (``/ar/20171128-سوريا-...``): eight digits right after a slash and
before a dash, underscore or slash. A live map's page of one day writes it day first with
dots (``/ar/time/18.04.2017``); some slugs end with the day written day first with dashes
(``/القصف-الروسي-…-1-10-2015_ad-id!339946.ks``, ``/news/490/1-11-2017/…``). Several sites
name an article by the Unix time it was filed, whole seconds (``/article/1513717241``) or
seconds followed by nine more digits (``/articles/1510465460162914700/``): a path segment of
exactly 19 digits whose first ten are a time between 2008 and 2027 gives that day (read at
UTC+3, the Levant's and the Gulf's evening); one of exactly 10 digits only on the hosts that
are seen to name articles so (``data/time/epoch_hosts.yaml``), since elsewhere ten digits are
as often an article's or a video's numeric id (FIX11). A live map's story writes the day
before an English month name at the head of its slug, under the year
(``/ar/2017/13-december-saudi-arabia-pledges-…``; the names are the lexicon's English months).
Anything else — ids, a year alone, a
date that does not exist — gives nothing.

An address that ends with its day, no story's slug after it (``/ar/time/30.11.2017``,
``/archive/2017/11/30/``), is the page of that day: a live map's or an archive's list of the
day's items (:func:`day_address`, DAYPAGE19).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlparse

from rasd.datafiles import load_yaml
from rasd.time.lexicon import lexicon_data

# year, month, day as path segments or joined by - or _, never inside a longer number
_DAY = re.compile(r"(?<![\d])(19[89]\d|20[0-4]\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])")
# "/ar/20171128-slug": the day as one number, never part of a longer run of digits (ids)
_COMPACT = re.compile(r"/(19[89]\d|20[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-_/])")
_MONTH = re.compile(r"/(19[89]\d|20[0-4]\d)/(0?[1-9]|1[0-2])/")
# "/ar/time/18.04.2017": day, month and year joined by dots as one path segment
_DMY = re.compile(r"/(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(19[89]\d|20[0-4]\d)(?![\d.])")
# "…-1-10-2015_ad-id!…", "/news/490/1-11-2017/": day, month, year joined by dashes, day first
_DMY_DASHED = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])[-_](0?[1-9]|1[0-2])[-_](19[89]\d|20[0-4]\d)(?![\d.])")
# "/ar/2017/13-december-slug": the year as a segment, then the day and an English month name
_DAY_NAMED = re.compile(r"/(19[89]\d|20[0-4]\d)/(0?[1-9]|[12]\d|3[01])-([A-Za-z]+)-")
# "/articles/1510465460162914700/", "/article/1513717241": a Unix time as the whole segment
_EPOCH = re.compile(r"/(1[2-7]\d{8})(\d{9})?(?=[/?#]|$)")
EPOCH_SPAN = (datetime(2008, 1, 1, tzinfo=UTC).timestamp(), datetime(2027, 1, 1, tzinfo=UTC).timestamp())
EPOCH_ZONE = timedelta(hours=3)  # the outlets' own evening: UTC+3


@cache
def _ten_digit_hosts() -> tuple[str, ...]:
    data = load_yaml(resources.files("rasd.data").joinpath("time/epoch_hosts.yaml")
                     .read_text("utf-8"))
    return tuple(str(h).lower() for h in data["ten_digit_hosts"])


@cache
def _english_months() -> dict[str, int]:
    """English month names (``months.english`` in data/time/lexicon.yaml), lower-cased."""
    english = lexicon_data()["months"]["english"]
    return {str(name).lower(): int(month) for name, month in english.items()}


def _named_day(path: str) -> tuple[str, str] | None:
    """The day of a slug that opens with a day and an English month under its year, or None."""
    m = _DAY_NAMED.search(path)
    month = _english_months().get(m.group(3).lower()) if m else None
    if m is None or month is None:
        return None
    try:
        return date(int(m.group(1)), month, int(m.group(2))).isoformat(), "day"
    except ValueError:
        return None


def _epoch_host(netloc: str) -> bool:
    """Whether the host names its articles by a ten-digit Unix time (or is a subdomain of one
    that does)."""
    host = netloc.lower().split(":", 1)[0]
    return any(host == h or host.endswith("." + h) for h in _ten_digit_hosts())


def day_address(url: str | None) -> bool:
    """Whether the address is one day's page: its path ends with a day (day first with dots, or
    year, month and day as segments), nothing after it but a slash, no number before it (an
    article's id: ``/29872/2017/12/27``): ``/ar/time/30.11.2017``, ``/2017/12/17/``."""
    if not url or url_date(url) is None:
        return False  # url_date read the address: urlparse does not fail on it below
    path = urlparse(unquote(url)).path.rstrip("/")
    return any((m := pattern.search(path)) is not None and m.end() == len(path)
               and not re.search(r"\d", path[:m.start()]) for pattern in (_DMY, _DAY))


def url_date(url: str | None) -> tuple[str, str] | None:
    """(``YYYY-MM-DD`` or ``YYYY-MM``, precision ``day`` or ``month``) from a page's address
    (path and query, never the host), or None."""
    if not url:
        return None
    try:
        parts = urlparse(unquote(url))
    except ValueError:
        return None
    path = parts.path + ("?" + parts.query if parts.query else "")
    # year first ("/2017/03/05/", "20170305"), then day first ("05.03.2017", "-5-3-2017_"); the
    # first form found decides, and a form naming no real day gives no date at all
    for pattern, dmy in ((_DAY, False), (_COMPACT, False), (_DMY, True), (_DMY_DASHED, True)):
        m = pattern.search(path)
        if m:
            a, mo, b = (int(g) for g in m.groups())
            y, d = (b, a) if dmy else (a, b)
            try:
                return date(y, mo, d).isoformat(), "day"
            except ValueError:
                return None
    if named := _named_day(path):
        return named
    m = _EPOCH.search(parts.path)
    if m and (m.group(2) or _epoch_host(parts.netloc)) \
            and EPOCH_SPAN[0] <= int(m.group(1)) < EPOCH_SPAN[1]:
        return (datetime.fromtimestamp(int(m.group(1)), UTC) + EPOCH_ZONE).date().isoformat(), "day"
    m = _MONTH.search(path)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "month"
    return None
