"""The project's NER: real Arabic names tagged with exact offsets, scoring, CLI train/eval."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pycrfsuite
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.cli import cli
from rasd.document import Document, Meta
from rasd.ner.corpus import anercorp, clean_tag
from rasd.ner.evaluate import chunks, score
from rasd.ner.tag import RULE, RULE_REPEAT, propagate, tag_text, tag_tokens
from rasd.ner.tokens import tokenize
from rasd.pipeline import build

# From issue 4: "Reports also name people and groups no list has seen".
ISSUE_SENTENCE = "قائد ميليشيا الدفاع الوطني فراس الجهام"


def test_person_in_issue_sentence() -> None:
    ents = tag_text(ISSUE_SENTENCE)
    persons = [e for e in ents if e.label == "PERS"]
    assert [e.text for e in persons] == ["فراس الجهام"]
    e = persons[0]
    assert ISSUE_SENTENCE[e.start : e.end] == "فراس الجهام"
    assert 0.0 < e.score <= 1.0


def test_offsets_survive_diacritics_and_punctuation() -> None:
    text = "وقال الرئيسُ السوريُّ بشار الأسد، في دمشق: «لا»."
    toks = tokenize(text)
    assert all(text[s:e] == w for s, e, w in toks)
    assert "الرئيسُ" in [w for _, _, w in toks] and "،" in [w for _, _, w in toks]
    for ent in tag_text(text):
        assert text[ent.start : ent.end] == ent.text
        assert ent.label in ("PERS", "ORG", "LOC")


def test_seed_report_names(seeds) -> None:
    """A real report: the militia commander is a person, and every span is exact."""
    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    ents = tag_text(text)
    assert ents, "no names in a long report"
    for ent in ents:
        assert text[ent.start : ent.end] == ent.text
    assert any(e.label == "PERS" and "فراس الجهام" in e.text for e in ents)
    assert any(e.label == "LOC" and e.text == "دير الزور" for e in ents)


def test_names_stage_adds_spans(seeds) -> None:
    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    doc = build()(Document(Meta(id="t"), raw=text))
    names = doc.spans_of("PERS", "ORG", "LOC")
    assert names
    for span in names:
        assert span.stage == "names" and span.rule in (RULE, RULE_REPEAT)
        assert doc.text[span.start : span.end] == span.value["name"]
        assert span.value["name"].endswith(span.value["bare"].removeprefix("ال"))
        assert span.score is not None and 0.0 < span.score <= 1.0


def test_known_organisation_in_training_sentence(evalkit) -> None:
    """The model reproduces the ORG of the first ANERcorp train sentence from its raw text."""
    first = anercorp("train")[0]
    text = " ".join(first.tokens)
    gold = {(" ".join(first.tokens[a:b]), k) for a, b, k in chunks(first.tags) if k != "MISC"}
    assert ("اتحاد صناعة السيارات", "ORG") in gold
    found = {(e.text, e.label) for e in tag_text(text)}
    assert ("اتحاد صناعة السيارات", "ORG") in found
    assert len(found & gold) >= len(gold) - 1


def test_chunks_and_score() -> None:
    assert chunks(["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]
    s = score(gold, pred, ("PERS", "LOC"))
    assert (s["PERS"].tp, s["LOC"].tp, s["micro"].n_gold, s["micro"].n_pred) == (0, 1, 2, 2)
    assert s["micro"].f1 == 0.5
    assert clean_tag("B-PER") == "B-PERS" and clean_tag("I-MIS1") == "I-MISC" and clean_tag("OO") == "O"


def test_eval_command_on_a_slice(evalkit) -> None:
    result = CliRunner().invoke(cli, ["eval", "ner", "--limit", "60"])
    assert result.exit_code == 0, result.output
    micro = re.findall(r"micro\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", result.output)
    assert len(micro) == 2
    p, r, f = map(float, micro[0])
    assert 0.5 < p <= 1 and 0.3 < r <= 1 and 0.4 < f <= 1
    assert "tokens/s" in result.output


def test_train_on_a_tiny_slice(evalkit, tmp_path: Path) -> None:
    out = tmp_path / "tiny.crfsuite"
    result = CliRunner().invoke(
        cli, ["train", "ner", "--limit", "40", "--iterations", "30", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert "trained on 40 sentences" in result.output
    crf = pycrfsuite.Tagger()
    crf.open(str(out))
    assert {"B-LOC", "O"} <= set(crf.labels())
    first = anercorp("train")[0]
    assert len(tag_tokens(list(first.tokens), str(out))) == len(first.tokens)


def test_bare_name_drops_glued_prepositions_only() -> None:
    from rasd.ner.tag import bare_name

    assert bare_name("لروسيا") == "روسيا"
    assert bare_name("بالحرس الثوري") == "الحرس الثوري"
    assert bare_name("للجيش السوري") == "الجيش السوري"
    # First letters that look like clitics but belong to the name stay.
    assert bare_name("فراس الجهام") == "فراس الجهام"
    assert bare_name("بشار الأسد") == "بشار الأسد"


def test_numpy_decoder_equals_crfsuite(evalkit) -> None:
    """The fast decoder gives python-crfsuite's tags and marginals on real test sentences."""
    from rasd.ner.tag import fast_model, model, tag_sentences

    sentences = [list(s.tokens) for s in anercorp("test")[:80]]
    fast_tags = tag_sentences(sentences)
    assert fast_tags == [tag_tokens(s) for s in sentences]
    crf, featurize = model(None)
    words = [w for s in sentences[:10] for w in s]
    starts = [sum(len(s) for s in sentences[:i]) for i in range(10)]
    _, probs = fast_model(None).decode(words, starts, all_marginals=True)
    ref = []
    for s in sentences[:10]:
        crf.set(featurize(s))
        y = crf.tag()
        ref += [crf.marginal(t, i) for i, t in enumerate(y)]
    assert max(abs(a - b) for a, b in zip(probs.tolist(), ref, strict=True)) < 1e-4


def test_repeats_of_a_confident_name_keep_its_type() -> None:
    norms = ["قائد", "ميليشيا", "الدفاع", "الوطني", "فراس", "الجهام", ",", "وقال", "فراس", "الجهام", "ان", "سوريا"]
    found = [(4, 6, "PERS", 0.93)]
    assert propagate(norms, found) == [(8, 10, "PERS", 0.93)]
    assert propagate(norms, [(4, 6, "PERS", 0.5)]) == []  # not confident enough
    # A text tagged with two types is left alone.
    assert propagate(norms, [(4, 6, "PERS", 0.93), (8, 10, "ORG", 0.9)]) == []


def _crfsuite_entities(text: str) -> list[tuple[int, int, str, float]]:
    """The reference path: python-crfsuite on feature strings, line by line and chunk by
    chunk, entities read with ``chunks``, scores from crfsuite's own marginals."""
    from rasd.ner import LABELS
    from rasd.ner.tag import _chunks_of, model

    crf, featurize = model(None)
    out = []
    for line in re.finditer(r"[^\n]+", text):
        toks = [(line.start() + s, line.start() + e, w) for s, e, w in tokenize(line.group())]
        words = [w for _, _, w in toks]
        for a, b in _chunks_of(words) if words else []:
            crf.set(featurize(words[a:b]))
            y = crf.tag()
            for i, j, kind in chunks(y):
                if kind in LABELS:
                    score = min(crf.marginal(y[k], k) for k in range(i, j))
                    out.append((toks[a + i][0], toks[a + j - 1][1], kind, score))
    return out


def _real_texts(seeds) -> list[str]:
    from itertools import islice

    from rasd.datasets import unifiedfc_articles

    texts = [s["text"] for s in seeds.values()]
    with contextlib.suppress(FileNotFoundError, OSError):  # UnifiedFC absent: seeds alone
        texts += [a.text for a in islice(unifiedfc_articles(), 0, 400, 40)]
    return texts


def test_fast_path_equals_crfsuite_on_real_text(seeds) -> None:
    """tag_text (one tokenization per document, numpy decoder, entities read at non-O
    tokens only) finds exactly the entities python-crfsuite finds, with its marginals."""
    texts = _real_texts(seeds)
    assert len(texts) >= 5
    total = 0
    for text in texts:
        ref = _crfsuite_entities(text)
        got = tag_text(text, repeats=False)
        assert [(e.start, e.end, e.label) for e in got] == [r[:3] for r in ref]
        assert all(abs(e.score - r[3]) < 1e-4 for e, r in zip(got, ref, strict=True))
        total += len(got)
        # Repeats only add spans; every tagged one stays.
        with_repeats = tag_text(text)
        assert {(e.start, e.end, e.label) for e in got} <= {(e.start, e.end, e.label) for e in with_repeats}
    assert total > 50


def test_document_chunking_equals_line_by_line(seeds) -> None:
    """Chunk starts computed for a whole document equal _chunks_of run line by line."""
    from rasd.ner.tag import _SPLIT, _chunk_starts, _chunks_of

    for text in _real_texts(seeds):
        expected, base = [], 0
        for line in re.finditer(r"[^\n]+", text):
            words = [w for _, _, w in tokenize(line.group())]
            expected += [base + a for a, _ in _chunks_of(words)] if words else []
            base += len(words)
        parts = _SPLIT.split(text)
        words, gaps = parts[1::2], parts[0::2]
        lines = [0, *(i for i in range(1, len(words)) if "\n" in gaps[i])]
        assert _chunk_starts(words, lines) == expected
        assert words == [w for _, _, w in tokenize(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG"]), max_size=30),
       st.sets(st.integers(1, 29)))
def test_bio_spans_equal_chunks_per_sequence(tags: list[str], cuts: set[int]) -> None:
    from rasd.ner.tag import bio_spans

    labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG"]
    starts = [0, *sorted(c for c in cuts if c < len(tags))]
    expected = []
    for a, b in zip(starts, [*starts[1:], len(tags)], strict=True):
        expected += [(a + i, a + j, k) for i, j, k in chunks(tags[a:b])]
    ids = [labels.index(t) for t in tags]
    at = [p for p, t in enumerate(tags) if t != "O"]
    assert bio_spans(at, ids, labels, starts) == expected


def test_regions_tag_like_the_stretch_alone(seeds) -> None:
    """Tagging chosen regions of a report gives, inside them, what tagging each run of
    regions as its own text gives; covering the whole text equals tagging it all."""
    for text in _real_texts(seeds)[:6]:
        whole = tag_text(text)
        assert tag_text(text, regions=[(0, len(text))]) == whole
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        picked = lines[::3]
        got = tag_text(text, regions=picked)
        assert all(any(a <= e.start and e.end <= b for a, b in picked) for e in got)
        alone = []
        for a, b in picked:
            alone += [(e.start + a, e.end + a, e.label) for e in tag_text(text[a:b], repeats=False)]
        assert {(e.start, e.end, e.label) for e in got if e.rule == RULE} == set(alone)


def test_names_stage_tags_event_sentences_by_default(seeds) -> None:
    """By default names are tagged in the sentences an event can read (a trigger's
    sentence, the one before, the headline); ``all_sentences`` tags every sentence."""
    from bisect import bisect_right

    from rasd.events.lexicon import lexicon
    from rasd.stages.names import Names, event_sentences
    from rasd.text.normalize import normalize

    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    base = build(("clean", "sentences", "actors"))(Document(Meta(id="t"), raw=text))
    regions = event_sentences(base)
    sentences = [(s.start, s.end) for s in base.spans_of("SENT")]
    assert regions and regions[0] == sentences[0] and len(regions) < len(sentences)
    norm = normalize(base.text)
    starts = [a for a, _ in sentences]
    for m in lexicon().scan(norm.text):  # every trigger's sentence is tagged
        k = bisect_right(starts, norm.orig(m.start())) - 1
        assert sentences[k] in regions and sentences[max(0, k - 1)] in regions
    some = Names()(build(("clean", "sentences", "actors"))(Document(Meta(id="t"), raw=text)))
    every = Names(all_sentences=True)(build(("clean", "sentences", "actors"))(Document(Meta(id="t"), raw=text)))
    some_names = {(s.start, s.end, s.label) for s in some.spans_of("PERS", "ORG", "LOC")}
    every_names = {(s.start, s.end, s.label) for s in every.spans_of("PERS", "ORG", "LOC")}
    assert some_names and some_names < every_names
    assert all(any(a <= s <= e <= b for a, b in regions) for s, e, _ in some_names)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="اأإآبتةثجحدىيئؤءكیھ٠٣٩0123456789abcXYZ\u064b\u064e\u0651\u0640\u200c\u200d\u200f«»،؛؟.-_ \n\t\xa0", max_size=40))
def test_word_features_norm_is_the_normalised_token(text: str) -> None:
    """word_features reads a token's normalised form with one translate; for any token
    (no whitespace inside) that is what the full normaliser gives."""
    from rasd.ner.features import word_features
    from rasd.text.normalize import normalize_key

    for _, _, token in tokenize(text):
        assert word_features(token)[0] == (normalize_key(token) or token)


def test_chunks_met_again_are_read_from_memory_unchanged(seeds) -> None:
    """A chunk decoded once is not decoded again; what memory gives equals a fresh decode,
    tags and marginals alike (repeated lines, a report copied by another outlet)."""
    import numpy as np

    from rasd.ner.tag import _SPLIT, _chunk_starts, decode_chunks, fast_model

    fast = fast_model()
    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    parts = _SPLIT.split(text)
    words, gaps = parts[1::2], parts[0::2]
    starts = _chunk_starts(words, [0, *(i for i in range(1, len(words)) if "\n" in gaps[i])])
    fresh_tags, fresh_probs, fresh_ids = fast.decode_ids(words, starts)
    first = decode_chunks(fast, words, starts)
    assert all(("\n".join(words[a:b]) in fast.decoded) for a, b in zip(starts, [*starts[1:], len(words)], strict=True))
    again = decode_chunks(fast, words, starts)
    for got in (first, again):
        assert np.array_equal(got[0], fresh_tags)
        assert np.array_equal(got[1], fresh_probs, equal_nan=True)
        assert got[2] == fast.norm_ids(fresh_ids)
    assert (fresh_tags != fast.outside).any()


def test_bench_stages_writes_spans(evalkit, tmp_path: Path) -> None:
    """`rasd bench stages` times clean → quantities and can write the spans it made."""
    import json

    out = tmp_path / "spans.jsonl"
    result = CliRunner().invoke(cli, ["bench", "stages", "--limit", "2", "--spans", str(out)])
    assert result.exit_code == 0, result.output
    assert "names" in result.output and "quantities" in result.output
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 2
    labels = {row[0] for doc in docs for row in doc["spans"]}
    assert {"SENT", "ACTOR", "PLACE"} <= labels
    for doc in docs:
        assert all(doc["text"][a:b] for _, a, b, *_ in doc["spans"] if b > a)


def test_region_edge_inside_a_word_keeps_whole_tokens_only(seeds) -> None:
    """A region starting or ending inside a word tags the tokens lying wholly inside it,
    as the region trimmed to those tokens does (the whole text is split then)."""
    from rasd.ner.tag import _split_regions

    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    toks = tokenize(text)
    words = [t for t in toks if len(t[2]) > 3]
    first, last = words[2], words[-3]
    cut = [(first[0] + 1, last[1] - 1)]  # inside two words
    trimmed = [(next(t[0] for t in toks if t[0] >= cut[0][0]), max(t[1] for t in toks if t[1] <= cut[0][1]))]
    assert _split_regions(text, cut) is None and _split_regions(text, trimmed) is not None
    got = tag_text(text, regions=cut)
    assert got == tag_text(text, regions=trimmed)
    assert got and all(trimmed[0][0] <= e.start and e.end <= trimmed[0][1] for e in got)


def test_word_table_is_the_sum_of_each_words_feature_weights(seeds) -> None:
    """The decoder's per-word score vectors (built a batch at a time, one lookup pass per
    feature family) are bitwise the sums of the weights of each word's feature strings,
    added in their order from zeros, for every view; words of a real report."""
    import numpy as np

    from rasd.ner.fast import FastCRF
    from rasd.ner.features import word_features
    from rasd.ner.tag import model

    fast = FastCRF(*model())
    text = next(s["text"] for s in seeds.values() if "فراس الجهام" in s["text"])
    words = list(dict.fromkeys(w for _, _, w in tokenize(text)))
    assert len(words) > 200
    for at in range(0, len(words), 97):  # several batches, the table growing between them
        fast._add_words(words[at : at + 97])
    views = [("", 0), ("-2", 1), ("-1", 2), ("1", 3), ("2", 4)]
    for word in words:
        feats = word_features(word)[2]
        for offset, view in views:
            want = np.zeros(len(fast.labels))
            for feat in feats:
                weight = fast.weights.get(offset + feat)
                if weight is not None:
                    want = want + weight
            assert fast._table[fast._ids[word], view].tobytes() == want.astype(np.float32).tobytes(), (word, offset)
    assert any(word_features(w)[3] for w in words)  # some word starts a multi-word name


def test_bench_extract_dumps_spans_and_events(evalkit, tmp_path: Path) -> None:
    """`rasd bench extract` times every stage (wall and CPU) and can write each document's
    spans and event mentions, the byte-for-byte check of a speed change."""
    import json

    out = tmp_path / "dump.jsonl"
    result = CliRunner().invoke(cli, ["bench", "extract", "--limit", "2", "--dump", str(out)])
    assert result.exit_code == 0, result.output
    assert "CPU" in result.output and "events" in result.output and "names" in result.output
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 2 and all({"id", "text", "spans", "events"} <= set(d) for d in docs)
    assert {"SENT", "ACTOR"} <= {row[0] for d in docs for row in d["spans"]}
    for d in docs:
        assert all(d["text"][a:b] for _, a, b, *_ in d["spans"] if b > a)
