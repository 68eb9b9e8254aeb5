"""Word clusters from unlabelled Arabic news, the CRF's main help with unseen names.

A name the training data never showed still shares contexts with names it did
(``قال X``, ``في X``); clustering words by their contexts carries that over. Built
with numpy/scipy/scikit-learn only: positive PMI of left and right neighbours,
truncated SVD, then k-means at three granularities (like the prefixes of a Brown
cluster path). Input: the ANERcorp train split plus the UnifiedFC articles (unlabelled,
not an NER test set); never the ANERcorp test split. Deterministic (fixed seeds).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from rasd.ner.tokens import tokenize
from rasd.text.normalize import normalize_key

CLUSTERS_PATH = Path(__file__).resolve().parents[1] / "data" / "ner" / "clusters.tsv"
SIZES = (64, 256, 1024)


def build(
    texts: Iterable[list[str]],
    min_count: int = 5,
    n_context: int = 5000,
    dims: int = 100,
    sizes: tuple[int, ...] = SIZES,
    seed: int = 13,
) -> dict[str, tuple[int, ...]]:
    """Word → cluster id at each size in ``sizes``, for words seen ``min_count`` times."""
    from sklearn.cluster import MiniBatchKMeans

    vocab, vectors = embed(texts, min_count, n_context, dims, seed)
    labels = []
    for k in sizes:
        km = MiniBatchKMeans(k, random_state=seed, batch_size=4096, n_init=3)
        labels.append(km.fit_predict(vectors))
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def embed(
    texts: Iterable[list[str]], min_count: int, n_context: int, dims: int, seed: int
) -> tuple[list[str], np.ndarray]:
    """Vocabulary and unit-length PPMI-SVD word vectors."""
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    seqs = [[normalize_key(t) for t in toks] for toks in texts]
    counts = Counter(w for s in seqs for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    rows: list[int] = []
    cols: list[int] = []
    for s in seqs:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            for off, slot in ((-2, 0), (-1, 1), (1, 2), (2, 3)):
                j = i + off
                if 0 <= j < len(s) and cids[j] >= 0:
                    rows.append(wid)
                    cols.append(slot * n_context + cids[j])
    data = np.ones(len(rows), dtype=np.float64)
    m = sparse.csr_matrix((data, (rows, cols)), shape=(len(vocab), 4 * n_context))
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    vectors = TruncatedSVD(dims, random_state=seed).fit_transform(ppmi)
    return vocab, normalize(vectors)


def unlabelled_texts(train_sentences: Iterable[tuple[str, ...]], limit: int | None = None):
    """Token lists: ANERcorp train sentences, then UnifiedFC articles."""
    from rasd.datasets import unifiedfc_articles

    for toks in train_sentences:
        yield list(toks)
    for n, art in enumerate(unifiedfc_articles()):
        if limit is not None and n >= limit:
            break
        yield [t for _, _, t in tokenize(art.text)]


def write(table: dict[str, tuple[int, ...]], path: Path = CLUSTERS_PATH) -> Path:
    """Write ``word<TAB>id64-id256-id1024`` lines, sorted."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# word clusters for the NER (rasd.ner.clusters): " + "/".join(map(str, SIZES))]
    lines += [w + "\t" + "-".join(map(str, ids)) for w, ids in sorted(table.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
