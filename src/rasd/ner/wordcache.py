"""The CRF's score vectors of the word list's words, computed once per machine and kept.

The numpy decoder (:class:`rasd.ner.fast.FastCRF`) gives every new word of a run its five
view vectors (its own features and its neighbours' views of it) the first time it is met:
about 13 µs a word (clitic readings, gazetteer and cluster look-ups, some twenty-five
feature look-ups, the weight sums). A run over news meets about 35–110 new words a
document, which was 1.1 ms of the ~20 ms a document ``rasd bench extract --limit 400``
measures and ~1.4 s of the 3,042-article ingest.

A word's vectors depend only on its normalised form (:func:`rasd.ner.features.word_parts`
reads nothing else), the model and the feature code. So the vectors of the normalised words
of the project's word list (:mod:`rasd.text.wordlist`, ~89,000 words) are computed with the
decoder's own code, stored as one ``.npz`` file in a cache folder, and read back (~0.05 s)
by every later process; a new word whose normalised form is in the file takes its rows from
there. The file's name holds a fingerprint of everything the vectors are made from — the
model file, the gazetteer and cluster files, the word list and the source of the modules
that compute features — so a changed model or feature never reads an old file: it builds a
new one (~1.5 s, once).

Words that may start a multi-word gazetteer name are left out (they need their list of
names, computed as before). Output is unchanged by construction: the rows are the ones
:meth:`FastCRF._view_rows <rasd.ner.fast.FastCRF._view_rows>` gives the word itself.

The folder is ``$RASD_CACHE_DIR``, else ``$XDG_CACHE_HOME/rasd``, else ``~/.cache/rasd``;
``RASD_WORD_CACHE=0`` turns the file off (every new word is computed, as before). A folder
that cannot be written only costs the speed-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from rasd.ner.fast import FastCRF

VERSION = "1"
_PREFIX = "ner-words-"
_BUILD_BATCH = 4096
_SOURCES = ("rasd.ner.features", "rasd.ner.fast", "rasd.ner.gazetteer", "rasd.ner.kernels",
            "rasd.ner.wordcache", "rasd.text.clitics", "rasd.text.normalize")


@dataclass(frozen=True, slots=True)
class WordRows:
    """Precomputed rows: ``index[norm]`` is the row of :attr:`table` (``(n, 5, labels)``
    float32) and of :attr:`stems` / :attr:`paired` for that normalised word."""

    index: dict[str, int]
    table: np.ndarray
    stems: list[str]
    paired: np.ndarray


def enabled() -> bool:
    return os.environ.get("RASD_WORD_CACHE", "").strip().lower() not in ("0", "false", "no", "off")


def cache_dir() -> Path | None:
    """The folder of the cache file; ``None`` when no home folder can be found."""
    explicit = os.environ.get("RASD_CACHE_DIR", "").strip()
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    try:
        return (Path(base) if base else Path.home() / ".cache") / "rasd"
    except RuntimeError:  # no home folder
        return None


def fingerprint(model_file: Path) -> str:
    """SHA-256 over what the vectors are made from (files' bytes, in a fixed order)."""
    digest = hashlib.sha256(VERSION.encode())
    data = resources.files("rasd.data")
    files = [model_file, data / "text" / "wordfreq.tsv.gz", data / "ner" / "clusters.tsv"]
    files += sorted((p for p in (data / "ner").iterdir() if p.name.startswith("anergazet_")),
                    key=lambda p: p.name)
    files += [Path(importlib.import_module(name).__file__ or "") for name in _SOURCES]
    for file in files:
        digest.update(str(getattr(file, "name", file)).encode())
        digest.update(file.read_bytes() if file.is_file() else b"-")
    return digest.hexdigest()


def load(fast: FastCRF, model_file: Path) -> WordRows | None:
    """The precomputed rows for ``fast``'s model, read from the cache folder or built and
    stored there (once). ``None`` when turned off, or when the folder cannot be written:
    then every new word is computed as before, rather than the whole list in every process."""
    folder = cache_dir()
    if not enabled() or folder is None or not model_file.is_file():
        return None
    path = folder / f"{_PREFIX}{fingerprint(model_file)[:20]}.npz"
    if path.is_file():
        try:
            return _read(path)
        except Exception:  # any damage (a truncated zip, an empty file, bad text): rebuild
            with contextlib.suppress(OSError):
                path.unlink()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return None
    rows = build(fast, _word_list())
    with contextlib.suppress(OSError):
        _write(path, rows)
        _forget_old(folder, keep=path)
    return rows


def _forget_old(folder: Path, keep: Path, kept: int = 3) -> None:
    """Delete all but the ``kept`` newest cache files (each changed model or feature code
    leaves one of ~18 MB; a few are kept for checkouts of other versions)."""
    files = sorted(folder.glob(f"{_PREFIX}*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [f for f in files if f != keep][kept - 1 :]:
        old.unlink(missing_ok=True)


def _word_list() -> list[str]:
    """The normalised words of :mod:`rasd.text.wordlist` (already normalised forms)."""
    from rasd.text.wordlist import word_freq

    return sorted(w for w in word_freq().counts if w)


def build(fast: FastCRF, words: list[str] | None = None) -> WordRows:
    """Rows of ``words`` (normalised forms; default: the word list's), computed by the
    decoder's own code (:meth:`FastCRF._view_rows <rasd.ner.fast.FastCRF._view_rows>`)."""
    words = _word_list() if words is None else list(words)
    tables, stems, paired, multis = [], [], [], []
    for at in range(0, len(words), _BUILD_BATCH):  # a few MB of temporaries at a time
        t, s, p, m = fast._view_rows(words[at : at + _BUILD_BATCH])
        tables.append(t)
        stems += s
        paired.append(p)
        multis += m
    keep = [i for i, m in enumerate(multis) if not m]
    return WordRows({words[i]: k for k, i in enumerate(keep)}, np.concatenate(tables)[keep],
                    [stems[i] for i in keep], np.concatenate(paired)[keep])


def _write(path: Path, rows: WordRows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    words = sorted(rows.index, key=rows.index.__getitem__)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        try:
            np.savez(tmp, table=rows.table, paired=rows.paired,
                     words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
                     stems=np.frombuffer("\n".join(rows.stems).encode("utf-8"), dtype=np.uint8))
        except BaseException:
            tmp.close()
            Path(tmp.name).unlink(missing_ok=True)  # a full disk leaves no partial file behind
            raise
    os.replace(tmp.name, path)  # whole or not at all, also with another process writing


def _read(path: Path) -> WordRows:
    with np.load(path) as data:
        words = data["words"].tobytes().decode("utf-8").split("\n")
        stems = data["stems"].tobytes().decode("utf-8").split("\n")
        table, paired = data["table"], data["paired"]
    if not (len(words) == len(stems) == len(table) == len(paired)):
        raise ValueError(f"{path}: inconsistent word cache")
    return WordRows(dict(zip(words, range(len(words)), strict=True)), table, stems, paired)
