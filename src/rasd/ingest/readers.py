"""Files, folders, JSONL and stdin → incoming documents, or problems saying which and why.

A JSONL line with ``text`` is a document; a line with ``file`` and no ``text`` is
metadata for a sibling file (like ``seeds.jsonl`` beside the seed reports), so a
folder of plain ``.txt`` reports can still carry outlet and publication date.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Meta, precision_of
from rasd.ingest.decode import DEFAULT_MAX_BYTES, DecodeError, decode

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
META_FIELDS = ("url", "outlet", "title", "published", "published_precision", "author")


@dataclass(slots=True)
class Incoming:
    """A decoded document ready for the pipeline."""

    meta: Meta
    raw: str


@dataclass(slots=True)
class Problem:
    """Something that could not be read: ``source`` names it, ``reason`` says why."""

    source: str
    reason: str


def discover(paths: Iterable[str]) -> Iterator[Path | str | Problem]:
    """Expand folders recursively (sorted, hidden files skipped); ``-`` stands for stdin."""
    for item in paths:
        if item == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Problem(item, "no such file or folder")


def read(paths: Iterable[str], *, stdin: BinaryIO | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Incoming | Problem]:
    """Every document under ``paths``, in a stable order, with problems in between."""
    found = list(discover(paths))
    sidecars = _sidecar_metadata([f for f in found if isinstance(f, Path)])
    for item in found:
        if isinstance(item, Problem):
            yield item
        elif item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_jsonl_lines(stream, "<stdin>", max_bytes)
        else:
            assert isinstance(item, Path)
            if item.suffix.lower() in JSONL_SUFFIXES and item in sidecars.get("_files", set()):
                continue  # a metadata file, already applied to its siblings
            try:
                yield from _read_file(item, sidecars.get(item.resolve(), {}), max_bytes)
            except Exception as exc:  # one unreadable file must not stop the run
                yield Problem(str(item), f"cannot read: {type(exc).__name__}: {exc}")


def _read_file(path: Path, sidecar: dict[str, Any], max_bytes: int) -> Iterator[Incoming | Problem]:
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield Problem(str(path), f"unsupported file type {suffix or '(none)'}; rasd reads "
                      + ", ".join(sorted(KNOWN_SUFFIXES)))
        return
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as stream:
            yield from _read_jsonl_lines(stream, str(path), max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Problem(str(path), f"too large: {size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if suffix in FEED_SUFFIXES:
        yield from _read_feed(data, path, max_bytes)
        return
    try:
        text = decode(data, max_bytes).text
    except DecodeError as exc:
        yield Problem(str(path), str(exc))
        return
    meta = _meta(sidecar.get("id") or path.stem, sidecar, source_path=str(path))
    if suffix in HTML_SUFFIXES:
        from rasd.text.html import extract_article

        article = extract_article(text, url=meta.url)
        if not article.text.strip():
            yield Problem(str(path), "HTML page without article text")
            return
        meta.title = meta.title or article.title
        meta.author = meta.author or article.author
        meta.outlet = meta.outlet or article.sitename
        if not meta.published and article.date:
            meta.published = article.date
            meta.published_precision = precision_of(article.date)
        text = article.text
    yield Incoming(meta, text)


def _read_jsonl_lines(lines: Iterable[bytes], source: str, max_bytes: int) -> Iterator[Incoming | Problem]:
    """One document per line, streamed: a huge dump never sits in memory whole.

    ``max_bytes`` bounds each line (document), not the file.
    """
    for number, data in enumerate(lines, start=1):
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if not data.strip():
            continue
        where = f"{source}:{number}"
        if len(data) > max_bytes:
            yield Problem(where, f"line too large: {len(data):,} bytes (limit {max_bytes:,})")
            continue
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode(data, max_bytes).text
            except DecodeError as exc:
                yield Problem(where, str(exc))
                continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Problem(where, "a JSONL line must be an object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Problem(where, "no \"text\" (a document line needs id and text)")
            continue
        doc_id = str(record.get("id") or f"{Path(source).stem}-{number}")
        yield Incoming(_meta(doc_id, record, source_path=where), body)


def _read_feed(data: bytes, path: Path, max_bytes: int) -> Iterator[Incoming | Problem]:
    import feedparser

    if len(data) > max_bytes:
        yield Problem(str(path), f"too large: {len(data):,} bytes (limit {max_bytes:,})")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not a readable RSS/Atom feed ({feed.bozo_exception})" if feed.bozo else "feed without entries"
        yield Problem(str(path), reason)
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        if "<" in body:
            from rasd.text.html import extract_article

            body = extract_article(f"<html><body><article>{body}</article></body></html>").text or body
        if not body.strip():
            yield Problem(f"{path}#{number}", "feed entry without text")
            continue
        published = None
        if entry.get("published_parsed"):
            published = "{:04d}-{:02d}-{:02d}".format(*entry.published_parsed[:3])
        record = {"url": entry.get("link"), "title": entry.get("title"), "outlet": outlet,
                  "published": published}
        doc_id = str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}")
        yield Incoming(_meta(doc_id, record, source_path=f"{path}#{number}"), body)


_ISO_START = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|[T ]\d)")


def _published_day(value: Any) -> str | None:
    """A document's ``published`` as the ISO day the pipeline reads ("2019-03-03" from
    "2019-03-03T10:00:00Z"; "2019-03" and "2019" kept), an RFC 822 date as feeds and mail write
    it ("Sun, 03 Mar 2019 10:00:00 GMT") read as its day; any other text kept as given, never cut
    into a wrong value ("March 3, 2019" is not "March 3, 2": the time stage ignores what it
    cannot read)."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if m := _ISO_START.match(text):
        return m.group()
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    return text


def _meta(doc_id: str, record: dict[str, Any], *, source_path: str) -> Meta:
    fields = {k: record.get(k) for k in META_FIELDS}
    published = _published_day(fields["published"])
    precision = fields["published_precision"]
    if precision not in ("day", "month", "year"):
        precision = precision_of(published)
    return Meta(
        id=doc_id,
        url=fields["url"],
        outlet=fields["outlet"],
        title=fields["title"],
        published=published,
        published_precision=precision,
        source_path=source_path,
        author=fields["author"],
    )


def _sidecar_metadata(files: list[Path]) -> dict[Any, Any]:
    """Metadata lines (``file`` without ``text``) from JSONL files, keyed by the file they describe."""
    out: dict[Any, Any] = {"_files": set()}
    for path in files:
        if path.suffix.lower() not in JSONL_SUFFIXES:
            continue
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            records = [json.loads(line) for line in lines if line.strip()]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # not a sidecar; read as documents and reported there
        if records and all(isinstance(r, dict) and "file" in r and "text" not in r for r in records):
            out["_files"].add(path)
            for record in records:
                out[(path.parent / record["file"]).resolve()] = record
    return out
