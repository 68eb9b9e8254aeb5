"""Word lists the place linker needs, measured on the ANERcorp train split, plus hand decisions.

Two lists under ``data/places/``, both *generated* by ``rasd geo build`` and committed so
running rasd needs no dataset:

- ``frequent_words.txt``: one-word gazetteer names (النصر، الباب، نبل …) that ANERcorp's
  annotators mostly left outside LOC entities — everyday words first; the linker asks for
  a place cue before them (``stoplist.yaml`` explains the levels).
- ``common_words.txt``: words mostly outside any entity and no gazetteer name's token
  (منذ، خلال، بشكل …): after a settlement cue (قرية X) such a word is the rest of the
  sentence, not an unknown village.

Each list is a deterministic function of named inputs only: the ANERcorp CAMeL Lab *train*
file (its SHA-256 is written in the header; the test split is kept for evaluation), the
merged gazetteer's Arabic names (:func:`rasd.kb.gazetteer.load`: ``gazetteer.json`` and the
curated YAML files), the thresholds below, and ``word_list_overrides.yaml`` — words added or
removed by hand, each with a one-line reason. Nobody edits the ``.txt`` files; a hand
decision goes into the overrides, and the build (and a test) reproduce the committed files
byte for byte. A gazetteer change that moves a word in or out of a list shows up as a
difference to review (``rasd geo build --lists-only --check``).
"""

from __future__ import annotations

import difflib
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.datafiles import load_yaml as parse_yaml
from rasd.kb.gazetteer import Gazetteer, data_path, load
from rasd.kb.places import key_tokens
from rasd.text.clitics import peel

MIN_COUNT = 3
MAX_LOC_SHARE = 0.5
COMMON_MIN = 3
COMMON_MAX_ENTITY_SHARE = 0.1

FREQUENT_FILE = "frequent_words.txt"
COMMON_FILE = "common_words.txt"
LIST_FILES = (FREQUENT_FILE, COMMON_FILE)
OVERRIDES_FILE = "word_list_overrides.yaml"
_LIST_KEYS = {FREQUENT_FILE: "frequent_words", COMMON_FILE: "common_words"}
TRAIN_FILE = Path("anercorp-camellab") / "ANERCorp_CamelLab_train.txt"  # under evalkit raw/
ADDED_MARK = "added by hand"


def read_conll(path: Path) -> list[tuple[str, str]]:
    """``(token, tag)`` pairs of a CoNLL-like ``token TAG`` file (blank lines skipped)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) == 2 and parts[0]:
            out.append((parts[0], parts[1]))
    return out


def default_train() -> Path | None:
    """The ANERcorp CAMeL Lab train file in the evalkit, or None when it is absent."""
    from rasd.datasets import evalkit_root

    try:
        path = evalkit_root() / TRAIN_FILE
    except FileNotFoundError:
        return None
    return path if path.exists() else None


@dataclass(slots=True)
class _Counts:
    """One pass over the train split: what both lists are computed from."""

    seen: Counter[str] = field(default_factory=Counter)  # one-word name (as a stem) → uses
    loc: Counter[str] = field(default_factory=Counter)  # … of them inside a LOC entity
    outside: Counter[str] = field(default_factory=Counter)  # word → uses outside entities
    inside: Counter[str] = field(default_factory=Counter)  # word → uses inside entities


def _one_word_names(gz: Gazetteer) -> set[str]:
    single = set()
    for name in gz.names:
        toks = key_tokens(name)
        if len(toks) == 1 and len(toks[0]) >= 3:
            single.add(toks[0])
    return single


def _count(rows: list[tuple[str, str]], gz: Gazetteer) -> _Counts:
    single = _one_word_names(gz)
    keys: dict[str, tuple[str, ...]] = {}  # key_tokens is the slow part: once per spelling
    stems: dict[str, str | None] = {}
    c = _Counts()
    for token, tag in rows:
        toks = keys.get(token)
        if toks is None:
            toks = keys[token] = key_tokens(token)
        if len(toks) != 1:
            continue
        word = toks[0]
        # frequent: the first reading (no clitic first) whose stem is a one-word name,
        # not after an article (الـ + name is another word)
        if word not in stems:
            stems[word] = next((stem for prefix, stem in peel(word)
                                if stem in single and not prefix.endswith("ال")), None)
        stem = stems[word]
        if stem is not None:
            c.seen[stem] += 1
            if tag.endswith("LOC"):
                c.loc[stem] += 1
        if not word.isdigit():
            (c.inside if tag != "O" else c.outside)[word] += 1
    return c


def _frequent(c: _Counts) -> dict[str, tuple[int, float]]:
    out = {}
    for w, n in c.seen.items():
        share = c.loc[w] / n
        if n >= MIN_COUNT and share < MAX_LOC_SHARE:
            out[w] = (n, round(share, 3))
    return out


def _common(c: _Counts, gz: Gazetteer) -> dict[str, int]:
    names = {t for name in gz.names for t in key_tokens(name)}
    out = {}
    for w, n in c.outside.items():
        if (n >= COMMON_MIN and c.inside[w] / (n + c.inside[w]) < COMMON_MAX_ENTITY_SHARE
                and w not in names):
            out[w] = n
    return out


def frequent_words(train: Path, gz: Gazetteer | None = None) -> list[tuple[str, int, float]]:
    """(name, count, LOC share) for one-word names mostly used as ordinary words (measured,
    before the hand overrides)."""
    gz = gz or load()
    rows = _frequent(_count(read_conll(train), gz))
    return sorted((w, n, s) for w, (n, s) in rows.items())


def common_words(train: Path, gz: Gazetteer | None = None) -> list[tuple[str, int]]:
    """Words ANERcorp's train split uses mostly outside any entity, not gazetteer names
    (measured, before the hand overrides)."""
    gz = gz or load()
    return sorted(_common(_count(read_conll(train), gz), gz).items())


# --- hand overrides -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Override:
    word: str  # the normalised key the list holds (ه for ة, ا for أ …)
    written: str  # as written in the overrides file
    reason: str


def load_overrides(path: Path | None = None) -> dict[str, dict[str, list[Override]]]:
    """``{list file: {"add": [...], "remove": [...]}}`` from ``word_list_overrides.yaml``,
    checked: a reason for every word, one word each, no word twice in a list."""
    path = path or data_path(OVERRIDES_FILE)
    raw: dict[str, Any] = parse_yaml(path.read_text(encoding="utf-8")) or {}
    unknown = set(raw) - set(_LIST_KEYS.values())
    if unknown:
        raise ValueError(f"{path.name}: unknown list(s) {sorted(unknown)}")
    out: dict[str, dict[str, list[Override]]] = {}
    for file, key in _LIST_KEYS.items():
        section = raw.get(key) or {}
        bad = set(section) - {"add", "remove"}
        if bad:
            raise ValueError(f"{path.name}: {key} has {sorted(bad)}; only add and remove")
        seen: set[str] = set()
        out[file] = {}
        for action in ("add", "remove"):
            items = []
            for e in section.get(action) or []:
                written, reason = str(e.get("word", "")).strip(), str(e.get("reason", "")).strip()
                toks = key_tokens(written)
                if len(toks) != 1:
                    raise ValueError(f"{path.name}: {key}.{action}: {written!r} is not one word")
                if not reason:
                    raise ValueError(f"{path.name}: {key}.{action}: {written} has no reason")
                if toks[0] in seen:
                    raise ValueError(f"{path.name}: {key}: {written} is listed twice")
                seen.add(toks[0])
                items.append(Override(toks[0], written, reason))
            out[file][action] = items
    return out


# --- the files --------------------------------------------------------------------------

@dataclass(slots=True)
class WordLists:
    texts: dict[str, str]  # list file name → its full content
    sizes: dict[str, int]  # list file name → number of words
    stale: list[str]  # overrides that changed nothing (the measurement already agrees)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_word_lists(train: Path, gz: Gazetteer | None = None,
                     overrides: Path | None = None) -> WordLists:
    """Both list files' contents: measured on ``train`` against ``gz``, then the overrides."""
    gz = gz or load()
    counts = _count(read_conll(train), gz)
    ov = load_overrides(overrides)
    source = f"# train: {train.name} sha256 {_sha256(train)[:16]}"
    stale: list[str] = []
    texts: dict[str, str] = {}
    sizes: dict[str, int] = {}

    freq = _frequent(counts)
    common = _common(counts, gz)
    for file, measured, header in (
        (FREQUENT_FILE, freq,
         ["# one-word gazetteer names mostly used as ordinary words in the ANERcorp CAMeL Lab",
          f"# train split (count >= {MIN_COUNT}, LOC share < {MAX_LOC_SHARE})"]),
        (COMMON_FILE, common,
         ["# words mostly outside entities in the ANERcorp CAMeL Lab train split "
          f"(count >= {COMMON_MIN}, entity share < {COMMON_MAX_ENTITY_SHARE}), not gazetteer "
          "names"]),
    ):
        removed = [o for o in ov[file]["remove"] if o.word in measured]
        added = [o for o in ov[file]["add"] if o.word not in measured]
        stale += [f"{_LIST_KEYS[file]}.remove {o.written}: not measured in the list"
                  for o in ov[file]["remove"] if o.word not in measured]
        stale += [f"{_LIST_KEYS[file]}.add {o.written}: already measured in the list"
                  for o in ov[file]["add"] if o.word in measured]
        rows = {w: v for w, v in measured.items() if w not in {o.word for o in removed}}
        lines = [*header,
                 "# generated by `rasd geo build` -- do not edit: hand decisions go into "
                 f"{OVERRIDES_FILE}", source]
        if removed:
            lines.append("# removed by hand (" + OVERRIDES_FILE + "): "
                         + " ".join(sorted(o.word for o in removed)))
        entries: dict[str, str] = {}
        for w, v in rows.items():
            entries[w] = "\t".join([w, *(str(x) for x in (v if isinstance(v, tuple) else (v,)))])
        for o in added:
            if file == FREQUENT_FILE:
                n = counts.seen[o.word]
                share = round(counts.loc[o.word] / n, 3) if n else 0.0
                entries[o.word] = f"{o.word}\t{n}\t{share}\t{ADDED_MARK}"
            else:
                entries[o.word] = f"{o.word}\t{counts.outside[o.word]}\t{ADDED_MARK}"
        lines.append("# name\tcount\tloc_share" if file == FREQUENT_FILE else "# word\tcount")
        lines += [entries[w] for w in sorted(entries)]
        texts[file] = "\n".join(lines) + "\n"
        sizes[file] = len(entries)
    return WordLists(texts, sizes, stale)


def write_word_lists(lists: WordLists, out_dir: Path | None = None) -> list[Path]:
    """Write the list files into ``out_dir`` (default: the package's ``data/places``)."""
    paths = []
    for file, text in lists.texts.items():
        path = (out_dir / file) if out_dir is not None else data_path(file)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def differences(lists: WordLists, committed_dir: Path | None = None) -> dict[str, list[str]]:
    """Unified-diff lines per list file that differs from the committed one (empty: none)."""
    out = {}
    for file, text in lists.texts.items():
        path = (committed_dir / file) if committed_dir is not None else data_path(file)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if old != text:
            out[file] = list(difflib.unified_diff(old.splitlines(), text.splitlines(),
                                                  f"committed/{file}", f"built/{file}",
                                                  lineterm="", n=0))
    return out


def write_frequent(train: Path, path: Path | None = None) -> tuple[Path, int]:
    """Build both lists and write ``frequent_words.txt`` (kept for older callers)."""
    lists = build_word_lists(train)
    path = path or data_path(FREQUENT_FILE)
    path.write_text(lists.texts[FREQUENT_FILE], encoding="utf-8")
    return path, lists.sizes[FREQUENT_FILE]


def write_common(train: Path, path: Path | None = None) -> tuple[Path, int]:
    """Build both lists and write ``common_words.txt`` (kept for older callers)."""
    lists = build_word_lists(train)
    path = path or data_path(COMMON_FILE)
    path.write_text(lists.texts[COMMON_FILE], encoding="utf-8")
    return path, lists.sizes[COMMON_FILE]
