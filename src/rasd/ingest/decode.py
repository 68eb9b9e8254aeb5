"""Bytes → text for the encodings Arabic reports arrive in, or a clear reason why not.

Order of trust: a byte-order mark, then UTF-16 without a mark (recognised by its
NUL pattern), then strict UTF-8, then Windows-1256 when the result reads as Arabic,
then charset-normalizer's best guess. Anything that still looks binary is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")
_USUAL = re.compile(r"[\s\x21-\x7e\u00a0-\u024f\u0600-\u06ff\u2000-\u206f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not a text document rasd can read; the message says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    controls = len(_CONTROL.findall(text))
    return controls / len(text) < 0.01 and bool(_LETTER.search(text))


def _arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_ARABIC.findall(text)) / letters if letters else 0.0


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode a document's bytes, raising :class:`DecodeError` with the reason."""
    if len(data) > max_bytes:
        raise DecodeError(f"too large: {len(data):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    if b"\x00" in data and len(data) % 2 == 0:
        # UTF-16 without a mark: real UTF-8 text has no NUL bytes at all.
        readings = []
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            readings.append((len(_USUAL.findall(text)) / len(text), encoding, text))
        if readings:
            share, encoding, text = max(readings)
            if share > 0.9:
                return _checked(text, encoding)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes and is not UTF-16)")
    try:
        text = data.decode("cp1256")
        if _arabic_share(text) > 0.5:
            return _checked(text, "cp1256")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable: not UTF-8, UTF-16 or Windows-1256, and no encoding fits")
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> Decoded:
    if not text.strip():
        raise DecodeError("empty file (only whitespace)")
    if not _looks_like_text(text):
        raise DecodeError(f"binary or garbled content (decoded as {encoding} but it is not text)")
    return Decoded(text, encoding)
