"""The trained CRF decoded with numpy: same model, same answers, a fraction of the cost.

python-crfsuite spends most of a document's time turning ~25 feature strings per token
into attribute ids. Almost every feature here depends on one word (its own features and
the views its neighbours have of it), so the weights of a word's features can be summed
once per distinct word into one score vector per view. A document then costs a few
array gathers and a Viterbi pass run over all its sentences at once. Stem bigrams and
multi-word gazetteer matches, the only features tied to two words, are added per
token. Tags equal python-crfsuite's (checked in the tests); the score is the marginal
probability from a scaled forward-backward pass, run only over the positions of the
sequences where a name was tagged.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import groupby, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from rasd.ner import wordcache
from rasd.ner.features import (
    _PAD_L,
    _PAD_R,
    Featurizer,
    clusters,
    gazetteer_matches,
    shape,
    word_features,
    word_parts,
)
from rasd.ner.gazetteer import entries
from rasd.ner.wordcache import WordRows
from rasd.text.normalize import KEY_TABLE

_VIEWS = ("own", "m2", "m1", "p1", "p2")
# The compiled loops of rasd.ner.kernels, loaded with the first model (numba costs ~0.5 s to
# load: not for a command that never tags a name); None: the numpy code runs.
_compiled_viterbi = _alpha_steps = _beta_steps = _block_sums = None
_kernels_loaded = False


def _load_kernels() -> None:
    global _compiled_viterbi, _alpha_steps, _beta_steps, _block_sums, _kernels_loaded
    if _kernels_loaded:
        return
    from rasd.ner import kernels

    _compiled_viterbi, _alpha_steps = kernels.viterbi, kernels.alpha_steps
    _beta_steps, _block_sums = kernels.beta_steps, kernels.block_sums
    _kernels_loaded = True
_MAX_WORDS = 400_000  # about 72 MB of float32 score vectors, then the table starts again
# C-level slicing for the batch lookups (``_HEAD[2](w)`` is ``w[:2]``, ``_TAIL[2](w)`` is ``w[-2:]``)
_HEAD = {k: itemgetter(slice(None, k)) for k in range(1, 5)}
_TAIL = {k: itemgetter(slice(-k, None)) for k in range(1, 5)}
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


class FastCRF:
    """Viterbi and marginals over per-word score vectors built from a crfsuite model."""

    def __init__(self, crf: pycrfsuite.Tagger, featurize: Featurizer | None = None, info: Any = None,
                 model_file: Path | None = None):
        """``featurize`` is accepted for symmetry with :func:`rasd.ner.tag.model`; words are
        featurised here, unfiltered, since attributes without a weight add nothing.
        ``info``: ``crf.info()`` when the caller has parsed it already. ``model_file``: the
        file ``crf`` was read from; given, the word cache of that model is used
        (:mod:`rasd.ner.wordcache`)."""
        _load_kernels()
        if info is None:
            info = crf.info()
        self.labels: list[str] = list(crf.labels())
        index = {label: i for i, label in enumerate(self.labels)}
        n = len(self.labels)
        weights: dict[str, np.ndarray] = {}
        for (attr, label), w in info.state_features.items():
            weights.setdefault(attr, np.zeros(n))[index[label]] += w
        self.weights = weights
        self._family = self._family_table(weights, n)
        self._by_family = self._split_families(self._family)
        self._column_lookups()
        clusters(), entries()  # load the word data now, not on the first document
        trans = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            trans[index[a], index[b]] = w
        self.trans = trans
        self.trans_t = np.ascontiguousarray(trans.T)
        self.exp_trans = np.exp(trans)
        self.exp_trans_tc = np.ascontiguousarray(self.exp_trans.T)
        self.zero = np.zeros(n)
        self._o = self.outside = index["O"]
        self._left_rows, self._left_w = self._pair_table(weights, "bs-=", n)
        self._right_rows, self._right_w = self._pair_table(weights, "bs+=", n)
        self._bigram_stems = {
            part for attr in weights if attr.startswith(("bs-=", "bs+=")) for part in attr[4:].split("|")}
        self.decoded: dict[str, tuple[bytes, bytes, bytes]] = {}  # see rasd.ner.tag.decode_chunks
        self.generation = 0  # word tables started so far
        self.bos = self._sum(_PAD_L.m1)
        self.eos = self._sum(_PAD_R.p1)
        self._reset(1024)
        self._last_norms: list[str] = []
        self._pre: WordRows | None = None  # precomputed rows of known words, see _add_words
        if model_file is not None:
            self._pre = wordcache.load(self, model_file)

    @staticmethod
    def _pair_table(weights: dict[str, np.ndarray], prefix: str, n: int) -> tuple[dict[str, int], np.ndarray]:
        """``"stem|stem"`` → row of a matrix of the weights of the bigrams named ``prefix…``."""
        rows = {a[len(prefix) :]: k for k, a in enumerate(a for a in weights if a.startswith(prefix))}
        mat = np.zeros((len(rows) + 1, n))
        for pair, k in rows.items():
            mat[k] = weights[prefix + pair]
        return rows, mat

    def _family_table(self, weights: dict[str, np.ndarray], n: int) -> dict[str, int]:
        """A word's own feature string (``w=X``) → row of :attr:`_blocks`, the ``(5, L)``
        weights of that feature in each view (row 0 is zeros).

        One lookup per family then covers a word's own feature and its four neighbour
        views (``w=X``, ``-2w=X``, ``-1w=X``, ``1w=X``, ``2w=X``).
        """
        slot = {"": 0, "-2": 1, "-1": 2, "1": 3, "2": 4}
        rows: dict[str, int] = {}
        blocks = [np.zeros((len(slot), n))]
        for attr, w in weights.items():
            if attr.startswith(("bs-=", "bs+=", "gm=", "-1gm=", "+1gm=")) or attr in ("BOS", "EOS"):
                continue
            off = attr[:2] if attr[0] == "-" else attr[:1] if attr[0].isdigit() else ""
            key = attr[len(off) :]  # the word's own feature string
            if key not in rows:
                rows[key] = len(blocks)
                blocks.append(np.zeros((len(slot), n)))
            blocks[rows[key]][slot[off]] += w
        self._blocks = np.array(blocks)
        return rows

    @staticmethod
    def _split_families(family: dict[str, int]) -> dict[str, dict[str, int]]:
        """:attr:`_family` as ``family → value → row`` (``b``, the bias, under value ``""``),
        so a word's rows are found from its values without building ``family=value``."""
        out: dict[str, dict[str, int]] = {}
        for key, row in family.items():
            fam, _, value = key.partition("=")
            out.setdefault(fam, {})[value] = row
        return out

    def _column_lookups(self) -> None:
        """Per family, the ``value → row`` lookup of :meth:`_word_columns`."""
        fam = self._by_family
        empty: dict[str, int] = {}
        self._get = {f: fam.get(f, empty).get for f in (
            "w", "st", "pf", "sh", "len", "p1", "p2", "p3", "p4", "s1", "s2", "s3", "s4",
            "ss1", "ss2", "ss3", "sp2", "sp3", "g")}
        self._bias = fam.get("b", empty).get("", 0)

    def _word_columns(self, parts: list[tuple], norms: list[str], stems: list[str]) -> np.ndarray:
        """``(words, columns)`` rows of :attr:`_blocks` of the words' own features, one
        column per feature in the order of :func:`rasd.ner.features.word_features` (0, a
        zero block, where a word has no such feature or the model no weight for it).

        Summing the blocks column by column adds each word's weights in the order a
        word-by-word sum over its feature strings does, plus zeros, which change no float
        (no partial sum is ever -0.0): the same scores, with one C-level lookup pass per
        family instead of a string per feature per word. ``parts``: :func:`word_parts`
        of each word; ``norms`` and ``stems``: their first two items.
        """
        get = self._get

        def col(family: str, keys: Iterable[str | None]) -> list[int]:  # None: no such feature
            return list(map(get[family], keys, repeat(0)))

        head = [
            [self._bias] * len(parts),
            col("w", norms),
            col("st", stems),
            col("pf", map(_THIRD, parts)),
            col("sh", map(shape, norms)),
            col("len", [str(min(len(x), 8)) for x in stems]),
            col("p2", map(_HEAD[2], norms)),
            col("p3", map(_HEAD[3], norms)),
            col("s1", map(_TAIL[1], norms)),
            col("s2", map(_TAIL[2], norms)),
            col("s3", map(_TAIL[3], norms)),
            col("ss2", map(_TAIL[2], stems)),
            col("sp2", map(_HEAD[2], stems)),
        ]
        # one-word gazetteer types (sorted) and clusters (coarse to fine): as many columns
        # as the longest list of the batch, zeros after a word's own
        singles = [x[3] for x in parts]
        for j in range(max(map(len, singles))):
            head.append(col("g", [x[j] if j < len(x) else None for x in singles]))
        cls = [x[4] for x in parts]
        for k in range(max(map(len, cls))):
            look = self._by_family.get(f"c{k}", {}).get
            head.append(list(map(look, [x[k] if k < len(x) else None for x in cls], repeat(0))))
        head += [
            col("p1", map(_HEAD[1], norms)),
            col("p4", map(_HEAD[4], norms)),
            col("s4", map(_TAIL[4], norms)),
            col("ss1", map(_TAIL[1], stems)),
            col("ss3", map(_TAIL[3], stems)),
            col("sp3", map(_HEAD[3], stems)),
        ]
        return np.array(head, dtype=np.int64).T

    def _reset(self, capacity: int) -> None:
        """Start an empty word table (also when it has grown past :data:`_MAX_WORDS`)."""
        self.generation += 1
        self.decoded.clear()  # its normalised-form ids belong to the old table
        self._ids: dict[str, int] = {}
        self._multis: list[tuple] = []  # multi-word gazetteer names each word may start
        self._norms: list[str] = []
        self._norm_index: dict[str, int] = {}  # each distinct normalised form → a small int
        self._norm_ids = np.zeros(capacity, dtype=np.int64)
        self._stems: list[str] = []
        # (word, view, label): a word's five views lie together, one cache line run per token.
        self._table = np.zeros((capacity, len(_VIEWS), len(self.labels)), dtype=np.float32)
        self._paired = np.zeros(capacity, dtype=bool)  # stem seen in a weighted stem bigram
        self._multi = np.zeros(capacity, dtype=bool)  # may start a multi-word gazetteer name

    def _sum(self, attrs: Sequence[str]) -> np.ndarray:
        get = self.weights.get
        vec = self.zero.copy()
        for a in attrs:
            w = get(a)
            if w is not None:
                vec += w
        return vec

    def _add_words(self, tokens: list[str]) -> None:
        """Give each new token an id and its five view vectors: taken from the word cache
        (:mod:`rasd.ner.wordcache`) when its normalised form is there, else computed, a few
        numpy calls per feature family for the whole batch (:meth:`_view_rows`)."""
        if not tokens:
            return
        if len(self._norms) + len(tokens) > _MAX_WORDS:
            self._reset(1024)
        base = len(self._norms)
        need = base + len(tokens)
        size = self._table.shape[0]
        if need > size:
            while size < need:
                size *= 2
            grown = np.zeros((size, len(_VIEWS), len(self.labels)), dtype=np.float32)
            grown[:base] = self._table[:base]
            self._table = grown
            self._paired = np.resize(self._paired, size)
            self._multi = np.resize(self._multi, size)
            self._norm_ids = np.resize(self._norm_ids, size)
        pre = self._pre
        if pre is None:
            rows, stems, paired, multis = self._view_rows(tokens)
            norms = self._last_norms
            self._table[base:need] = rows
            self._paired[base:need] = paired
        else:
            key = KEY_TABLE
            norms = [t.translate(key) or t for t in tokens]
            at = list(map(pre.index.get, norms))
            missing = [k for k, row in enumerate(at) if row is None]
            stems = [""] * len(tokens)
            multis = [()] * len(tokens)
            if len(missing) < len(tokens):
                hit = [k for k, row in enumerate(at) if row is not None]
                rows = [at[k] for k in hit]
                where = np.asarray(hit, dtype=np.int64) + base
                self._table[where] = pre.table[rows]
                self._paired[where] = pre.paired[rows]
                pre_stems = pre.stems
                for k, row in zip(hit, rows, strict=True):
                    stems[k] = pre_stems[row]
            if missing:
                m_rows, m_stems, m_paired, m_multis = self._view_rows([tokens[k] for k in missing])
                where = np.asarray(missing, dtype=np.int64) + base
                self._table[where] = m_rows
                self._paired[where] = m_paired
                for k, stem, multi in zip(missing, m_stems, m_multis, strict=True):
                    stems[k] = stem
                    multis[k] = multi
        self._multi[base:need] = list(map(bool, multis))
        index = self._norm_index
        self._norm_ids[base:need] = [index.setdefault(x, len(index)) for x in norms]
        self._norms += norms
        self._stems += stems
        self._multis += multis
        self._ids.update(zip(tokens, range(base, need), strict=True))

    def _view_rows(self, tokens: list[str]) -> tuple[np.ndarray, list[str], np.ndarray, list[tuple]]:
        """``(rows, stems, paired, multis)`` of ``tokens``: their ``(n, 5, labels)`` float32
        view vectors, stems, whether each stem is in a weighted stem bigram, and the
        multi-word gazetteer names each may start; the tokens' normalised forms are left in
        :attr:`_last_norms`."""
        parts = list(map(word_parts, tokens))
        norms = list(map(_FIRST, parts))
        stems = list(map(_SECOND, parts))
        columns = self._word_columns(parts, norms, stems)
        rows = np.zeros((len(tokens), len(_VIEWS), len(self.labels)), dtype=np.float32)
        if _block_sums is not None:  # the same sums, compiled (rasd.ner.kernels)
            _block_sums(self._blocks, columns, rows, 0)
        else:
            blocks = self._blocks
            sums = blocks[columns[:, 0]]
            for c in range(1, columns.shape[1]):
                sums += blocks[columns[:, c]]
            rows[:] = sums
        paired = np.fromiter(map(self._bigram_stems.__contains__, stems), dtype=bool, count=len(stems))
        self._last_norms = norms
        return rows, stems, paired, list(map(itemgetter(5), parts))

    def norm(self, token: str) -> str:
        """The normalised form of a token already decoded (computed again if forgotten)."""
        wid = self._ids.get(token)
        return self._norms[wid] if wid is not None else word_features(token)[0]

    def norm_ids(self, ids: np.ndarray) -> list[int]:
        """One int per word id, equal exactly when the words' normalised forms are equal:
        comparing names by normalised words without building their strings."""
        return self._norm_ids[ids].tolist()

    def norms(self, ids: np.ndarray) -> list[str]:
        """Normalised forms of the word ids :meth:`decode_ids` returned."""
        norm = self._norms
        return [norm[i] for i in ids.tolist()]

    def emissions(self, words: Sequence[str], starts: Sequence[int]) -> np.ndarray:
        """State scores ``(n, L)`` of ``words`` cut into sequences beginning at ``starts``."""
        return self._emissions(words, starts)[0]

    def _emissions(self, words: Sequence[str], starts: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """State scores and word ids of ``words``."""
        get = self._ids.get
        found = list(map(get, words))
        if None in found:
            self._add_words(list(dict.fromkeys(w for w, i in zip(words, found, strict=True) if i is None)))
            get = self._ids.get
            found = list(map(get, words))
            if None in found:  # the table was full and started again: add the others too
                self._add_words(list(dict.fromkeys(w for w, i in zip(words, found, strict=True) if i is None)))
                get = self._ids.get
                found = list(map(get, words))
        ids = np.array(found)
        n = len(ids)
        g = self._table[ids].transpose(1, 0, 2)  # (5, n, L): every view of every token
        first = np.asarray(starts, dtype=np.int64)
        last = np.append(first[1:] - 1, n - 1)
        # Distance to the sequence edge decides which neighbour views apply. The sums are
        # the same additions, in the same order, as before they were vectorised.
        s = g[0].astype(np.float64)
        m1 = np.empty_like(g[2])
        m1[1:] = g[2, :-1]
        m1[first] = self.bos
        s += m1
        m2 = np.empty_like(g[1])
        m2[2:] = g[1, :-2]
        m2[:2] = 0.0
        m2[first] = 0.0
        m2[first[first + 1 < n] + 1] = 0.0
        s += m2
        p1 = np.empty_like(g[3])
        p1[:-1] = g[3, 1:]
        p1[last] = self.eos
        s += p1
        p2 = np.empty_like(g[4])
        p2[:-2] = g[4, 2:]
        p2[-2:] = 0.0
        p2[last] = 0.0
        p2[last[last > 0] - 1] = 0.0
        s += p2
        id_list = ids.tolist()
        paired = self._paired[ids]
        both = paired[:-1] & paired[1:]
        both[first[1:] - 1] = False  # no pair across sequences
        if both.any():
            self._add_pairs(s, np.flatnonzero(both).tolist(), id_list)
        w = self.weights
        bos_pair, eos_pair = w.get("bs-=BOS"), w.get("bs+=EOS")
        if bos_pair is not None:
            s[first] += bos_pair
        if eos_pair is not None:
            s[last] += eos_pair
        multi = np.flatnonzero(self._multi[ids])
        if len(multi):
            seq = (np.searchsorted(first, multi, side="right") - 1).tolist()
            bounds = [*starts, n]
            multis, norms = self._multis, self._norms

            def norm(i: int) -> str:
                return norms[id_list[i]]

            for q, group in groupby(zip(seq, multi.tolist(), strict=True), key=itemgetter(0)):
                at = [i for _, i in group]
                found_at = gazetteer_matches(at, [multis[id_list[i]] for i in at], bounds[q], bounds[q + 1], norm)
                for i, attrs in found_at.items():
                    s[i] += self._sum(attrs)
        return s, ids

    def _add_pairs(self, s: np.ndarray, at: list[int], id_list: list[int]) -> None:
        """Add the weights of the stem bigrams ``(at[k], at[k] + 1)`` to ``s`` in place.

        A token gets at most one pair from each side, the left one first (the order a
        token-by-token loop adds them), so two gathers give the same sums.
        """
        stems = self._stems
        left, right = self._left_rows.get, self._right_rows.get
        at_l: list[int] = []
        rows_l: list[int] = []
        at_r: list[int] = []
        rows_r: list[int] = []
        for i in at:
            pair = stems[id_list[i]] + "|" + stems[id_list[i + 1]]
            r = right(pair)
            if r is not None:
                at_r.append(i)
                rows_r.append(r)
            r = left(pair)
            if r is not None:
                at_l.append(i + 1)
                rows_l.append(r)
        if at_l:
            s[at_l] += self._left_w[rows_l]
        if at_r:
            s[at_r] += self._right_w[rows_r]

    def decode(
        self, words: Sequence[str], starts: Sequence[int], all_marginals: bool = False
    ) -> tuple[list[str], np.ndarray]:
        """Viterbi tags for every word and the marginal probability of each chosen tag.

        Marginals are NaN for tokens tagged ``O`` unless ``all_marginals``.
        """
        tags, probs, _ = self.decode_ids(words, starts, all_marginals)
        names = self.labels
        return [names[k] for k in tags.tolist()], probs

    def decode_ids(
        self, words: Sequence[str], starts: Sequence[int], all_marginals: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`decode` as label indices into :attr:`labels`, plus each word's id
        (for :meth:`norms`)."""
        n = len(words)
        if not n:
            return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=np.int64)
        s, ids = self._emissions(words, starts)
        lengths = np.diff([*starts, n])
        # Longest sequences first: at step t the live ones are a prefix, so no masking.
        order = np.argsort(-lengths, kind="stable")
        lengths = lengths[order]
        c, width, labels = len(starts), int(lengths[0]), len(self.labels)
        live_at = np.searchsorted(-lengths, -np.arange(1, width + 1), side="right")  # live at t
        seq_start = np.asarray(starts)[order]
        row = np.repeat(np.arange(c), lengths)
        col = np.arange(n) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        at = np.repeat(seq_start, lengths) + col  # each (row, col) cell's token
        grid = np.zeros((c, width, labels))
        grid[row, col] = s[at]
        if _compiled_viterbi is not None:  # the same tags, compiled (rasd.ner.kernels)
            doc_tags = np.empty(n, dtype=np.int64)
            _compiled_viterbi(s, np.array([*starts, n], dtype=np.int64), self.trans, doc_tags)
            chosen = doc_tags[at]
        else:
            chosen = self._viterbi_numpy(grid, lengths, live_at, row, col)
        return self._finish(grid, s, ids, chosen, lengths, row, col, at, all_marginals)

    def _viterbi_numpy(self, grid: np.ndarray, lengths: np.ndarray, live_at: np.ndarray,
                       row: np.ndarray, col: np.ndarray) -> np.ndarray:
        """Viterbi of every chunk at once (longest first, as :meth:`decode_ids` lays them
        out in ``grid``): the best label of each ``(row, col)`` cell. The reference for
        :mod:`rasd.ner.kernels`, and what runs without numba."""
        c, width, labels = grid.shape
        # Viterbi. cand[i, y, a] = delta[i, a] + trans[a, y]: the argmax over the last,
        # contiguous axis, and the maximum read back at it, cost half of ``cand.max``
        # over a middle axis (the same numbers: a maximum is one of the candidates).
        trans_t = self.trans_t
        delta = grid[:, 0].copy()  # sequences that have ended keep their last row here
        backs: list[np.ndarray] = [delta]  # backs[t]: (live at t, L) best previous labels
        flat = np.arange(c * labels) * labels
        live = live_at.tolist()
        buf = np.empty((c, labels, labels))
        cur, before = delta, c
        for t in range(1, width):
            k = live[t]
            if k < before:
                delta[k:before] = cur[k:before]
            cand = np.add(cur[:k, None, :], trans_t, out=buf[:k])
            best = cand.argmax(axis=2)
            backs.append(best)
            cur = cand.ravel()[flat[: k * labels] + best.ravel()]
            cur.shape = (k, labels)
            cur += grid[:k, t]
            before = k
        delta[:before] = cur
        path = np.zeros((c, width), dtype=np.int64)
        ar = np.arange(c)
        last = lengths - 1
        path[ar, last] = delta.argmax(axis=1)
        for t in range(width - 1, 0, -1):
            k = live[t]
            path[:k, t - 1] = backs[t].ravel()[flat[:k] + path[:k, t]]
        return path[row, col]

    def _finish(self, grid: np.ndarray, s: np.ndarray, ids: np.ndarray, chosen: np.ndarray,
                lengths: np.ndarray, row: np.ndarray, col: np.ndarray, at: np.ndarray,
                all_marginals: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Marginals of the chosen labels, and everything back in document order."""
        n, c = len(s), len(lengths)
        # Marginals (scaled forward-backward) only where they are needed: sequences with
        # a name, unless every token's marginal is asked for.
        need = chosen != self._o
        if all_marginals:
            sel = np.arange(c)
            need[:] = True
        else:
            sel = np.nonzero(np.bincount(row[need], minlength=c))[0]
        probs = np.full(n, np.nan)
        if len(sel):
            sub = grid[sel]
            sub_len = lengths[sel]
            sub_live = np.searchsorted(-sub_len, -np.arange(1, int(sub_len[0]) + 1), side="right").tolist()
            e = np.exp(sub - sub.max(axis=2, keepdims=True))
            alpha = np.empty_like(e)
            alpha[:, 0] = e[:, 0] / e[:, 0].sum(axis=1, keepdims=True)
            exp_trans, exp_trans_t = self.exp_trans, self.exp_trans.T
            add, div = np.add.reduce, np.divide
            # alpha up to the last position whose marginal is needed, beta down to the
            # first: the entries computed are the same numbers as in full passes.
            cols = col[need]
            a_end, b_start = int(cols.max()) + 1, int(cols.min())
            # Steps with two live rows or more run compiled (rasd.ner.kernels: the same
            # floats as the matrix products below); with one row numpy's vector-matrix
            # product sums in another order, so those steps stay here.
            first = 1
            if _alpha_steps is not None:
                live_arr = np.asarray(sub_live, dtype=np.int64)
                two = bisect_left([-k for k in sub_live], -1, 1, a_end)  # first step with one row
                _alpha_steps(alpha, e, exp_trans, live_arr, 1, two)
                first = two
            for t in range(first, a_end):
                k = sub_live[t]
                nxt = alpha[:k, t - 1] @ exp_trans
                nxt *= e[:k, t]
                div(nxt, add(nxt, axis=1, keepdims=True), out=alpha[:k, t])
            beta = np.ones_like(e)
            last = b_start - 1
            if _beta_steps is not None:  # one row at the end, then two or more going back
                last = max(b_start, bisect_left([-k for k in sub_live], -1, 1) - 1) - 1
            for t in range(int(sub_len[0]) - 2, last, -1):
                k = sub_live[t + 1]
                prv = (e[:k, t + 1] * beta[:k, t + 1]) @ exp_trans_t
                div(prv, add(prv, axis=1, keepdims=True), out=beta[:k, t])
            if _beta_steps is not None and last >= b_start:
                _beta_steps(beta, e, self.exp_trans_tc, live_arr, last, b_start - 1)
            # every cell that needs a marginal lies in a selected sequence (``sel`` is
            # made from them), so ``need`` is the pick itself (np.isin sorted both)
            pick = need
            local = np.searchsorted(sel, row[pick])
            marg = alpha[local, col[pick]] * beta[local, col[pick]]
            probs[pick] = marg[np.arange(len(local)), chosen[pick]] / marg.sum(axis=1)
        # Back to document order.
        tags = np.empty(n, dtype=np.int64)
        tags[at] = chosen
        out_probs = np.empty(n)
        out_probs[at] = probs
        return tags, out_probs, ids

