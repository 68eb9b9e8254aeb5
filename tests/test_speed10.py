"""The NER's word cache (rasd.ner.wordcache): precomputed view vectors of known words give
the same word table, tags and scores as computing every new word (SPEED10, session 10)."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import wordcache
from rasd.ner.fast import FastCRF
from rasd.ner.tag import MODEL_PATH, _names, model
from rasd.ner.tokens import TOKEN
from rasd.text.normalize import word_key

# Written for these tests in the style of the reports (not copied from any article).
REPORT = (
    "أفادت مصادر محلية بأن طائرات حربية روسية شنّت غارات على أطراف مدينة الميادين في ريف "
    "دير الزور الشرقي، ما أسفر عن مقتل ثلاثة مدنيين وإصابة آخرين بجروح.\n"
    "وقال قائد ميليشيا الدفاع الوطني فراس الجهام إن عناصره صدّوا هجوماً لتنظيم الدولة "
    "قرب مدينة البوكمال، فيما أعلنت وكالة سانا أن الجيش أرسل تعزيزات إلى بادية حمص."
)


def _decoder() -> FastCRF:
    crf, featurize = model()
    return FastCRF(crf, featurize)  # no model_file: no cache file is read or written


def _words(text: str) -> list[str]:
    return TOKEN.findall(text)


@pytest.fixture(scope="module")
def pair() -> tuple[FastCRF, FastCRF]:
    """Two decoders of the packaged model: one computing every word, one with the
    precomputed rows of the report's words (normalised) and of a few others."""
    plain, cached = _decoder(), _decoder()
    extra = ["سوريا", "الحرس", "الثوري", "ايران", "غاره", "مسيره"]
    known = sorted({word_key(w) or w for w in _words(REPORT)} | set(extra))
    cached._pre = wordcache.build(_decoder(), known)
    return plain, cached


def test_cached_rows_are_the_computed_rows(pair):
    plain, cached = pair
    pre = cached._pre
    assert pre is not None and len(pre.index) > 20
    words = list(pre.index)
    rows, stems, paired, multis = plain._view_rows(words)
    at = [pre.index[w] for w in words]
    assert np.array_equal(pre.table[at], rows)  # bit for bit (float32)
    assert [pre.stems[k] for k in at] == stems
    assert np.array_equal(pre.paired[at], paired)
    assert not any(multis)  # words that may open a multi-word name are left to the slow path


def test_words_opening_listed_names_are_left_out():
    fast = _decoder()
    rows = wordcache.build(fast, ["دير", "الميادين", "حمص"])
    _, _, _, multis = fast._view_rows(["دير", "الميادين", "حمص"])
    assert set(rows.index) == {w for w, m in zip(["دير", "الميادين", "حمص"], multis, strict=True) if not m}


def test_same_tags_scores_and_names_with_the_cache(pair):
    plain, cached = pair
    words = _words(REPORT)
    lines = [0] + [i for i, w in enumerate(words) if w == "وقال"]
    assert _names(plain, words, lines, ("PERS", "ORG", "LOC"), True) == \
        _names(cached, words, lines, ("PERS", "ORG", "LOC"), True)
    starts = [0, lines[1]]
    a_tags, a_probs, a_ids = plain.decode_ids(words, starts, all_marginals=True)
    b_tags, b_probs, b_ids = cached.decode_ids(words, starts, all_marginals=True)
    assert np.array_equal(a_tags, b_tags)
    assert np.array_equal(a_probs, b_probs)  # every marginal, bit for bit
    assert plain.norms(a_ids) == cached.norms(b_ids)
    assert plain._stems == cached._stems and plain._multis == cached._multis
    assert np.array_equal(plain._table[: len(words)], cached._table[: len(words)])
    # most of the report's words came from the cache (those opening listed names did not)
    assert sum(1 for n in plain._norms if n in cached._pre.index) > len(set(words)) // 2


def test_file_round_trip_and_fingerprint(tmp_path, monkeypatch):
    fast = _decoder()
    rows = wordcache.build(fast, ["غارات", "قصف", "مدنيين"])
    path = tmp_path / "w.npz"
    wordcache._write(path, rows)
    back = wordcache._read(path)
    assert back.index == rows.index and back.stems == rows.stems
    assert np.array_equal(back.table, rows.table) and np.array_equal(back.paired, rows.paired)
    other = tmp_path / "model.crfsuite"
    other.write_bytes(MODEL_PATH.read_bytes() + b"\0")
    assert wordcache.fingerprint(other) != wordcache.fingerprint(MODEL_PATH)
    monkeypatch.setenv("RASD_WORD_CACHE", "0")
    assert wordcache.load(fast, MODEL_PATH) is None


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_damaged_file_is_rebuilt(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(wordcache, "_word_list", lambda: ["غارات", "قصف", "مدنيين"])
    fast = _decoder()
    path = tmp_path / f"ner-words-{wordcache.fingerprint(MODEL_PATH)[:20]}.npz"
    wordcache._write(path, wordcache.build(fast))
    whole = path.read_bytes()
    path.write_bytes({"garbage": b"not a numpy file", "truncated": whole[: len(whole) // 2],
                      "empty": b""}[damage])
    rows = wordcache.load(fast, MODEL_PATH)
    assert rows is not None and set(rows.index) == {"غارات", "قصف", "مدنيين"}
    assert wordcache._read(path).index == rows.index  # written again, whole


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    rows = wordcache.build(_decoder(), ["غارات", "قصف"])

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wordcache.np, "savez", disk_full)
    with pytest.raises(OSError):
        wordcache._write(tmp_path / "w.npz", rows)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_builds_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("RASD_CACHE_DIR", str(blocker / "cache"))

    def no_build(*_args, **_kwargs):
        raise AssertionError("the whole list must not be computed in every process")

    monkeypatch.setattr(wordcache, "build", no_build)
    assert wordcache.load(_decoder(), MODEL_PATH) is None


def test_old_cache_files_are_forgotten(tmp_path):
    import os

    for k in range(5):
        f = tmp_path / f"ner-words-{k}.npz"
        f.write_bytes(b"x")
        os.utime(f, (k, k))
    keep = tmp_path / "ner-words-new.npz"
    keep.write_bytes(b"x")
    wordcache._forget_old(tmp_path, keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        ["ner-words-3.npz", "ner-words-4.npz", "ner-words-new.npz"]
