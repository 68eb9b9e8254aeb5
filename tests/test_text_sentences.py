"""Sentences (with kinds and the headline) and clitic-aware tokens."""

from __future__ import annotations

from itertools import pairwise

import pytest

from rasd.document import Document, Meta
from rasd.pipeline import build
from rasd.text.sentences import split_sentences
from rasd.text.tokens import PhraseIndex, surface_forms, tokenize


def _texts(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in split_sentences(text)]


def _sentences_of(raw: str) -> Document:
    return build(["clean", "sentences"])(Document(Meta(id="t"), raw=raw))


# --- sentences --------------------------------------------------------------------------

def test_title_line_is_headline_and_body_splits_on_full_stops():
    text = "غارات إسرائيلية على ريف دير الزور\nقتل 5 عناصر في الغارات. وأصيب آخرون بجروح."
    assert _texts(text) == [
        ("headline", "غارات إسرائيلية على ريف دير الزور"),
        ("body", "قتل 5 عناصر في الغارات."),
        ("body", "وأصيب آخرون بجروح."),
    ]


def test_arabic_question_and_exclamation_marks_end_sentences():
    assert [t for _, t in _texts("هل قصفت الطائرات البلدة؟ نعم قصفتها! وانسحبت القوات.")] == [
        "هل قصفت الطائرات البلدة؟", "نعم قصفتها!", "وانسحبت القوات."]


def test_arabic_comma_and_semicolon_do_not_end_sentences():
    text = "قصفت الطائرات البلدة، وقتل ثلاثة مدنيين؛ بحسب المرصد."
    assert _texts(text) == [("body", text)]


def test_decimal_points_and_abbreviations_do_not_split():
    text = "ارتفعت النسبة إلى 3.5 بالمئة، بحسب د. محمد العلي من جامعة دمشق. وقال مسؤول في U.S. Army إن الوضع هادئ."
    assert [t for _, t in _texts(text)] == [
        "ارتفعت النسبة إلى 3.5 بالمئة، بحسب د. محمد العلي من جامعة دمشق.",
        "وقال مسؤول في U.S. Army إن الوضع هادئ.",
    ]


def test_a_year_abbreviation_after_a_number_ends_the_sentence():
    assert len(split_sentences("بدأت الحرب عام 2011 م. وما زالت مستمرة.")) == 2


def test_closing_quotes_stay_with_their_sentence():
    text = "وقال المصدر: «انسحبت القوات من المدينة.» ثم أغلقت الطرق. وأضاف “لن نعود.” للصحفيين."
    assert [t for _, t in _texts(text)] == [
        "وقال المصدر: «انسحبت القوات من المدينة.»", "ثم أغلقت الطرق.",
        "وأضاف “لن نعود.”", "للصحفيين."]


def test_unpunctuated_lines_are_captions_and_line_breaks_end_sentences():
    text = ("قتل مدنيان في قصف على البلدة صباح اليوم.\nعناصر من الدفاع المدني في موقع القصف\n"
            "وأكدت مصادر محلية أن القصف مستمر")
    kinds = _texts(text)
    assert kinds[1] == ("caption", "عناصر من الدفاع المدني في موقع القصف")
    assert [k for k, _ in kinds] == ["body", "caption", "caption"]


def test_numbered_and_bulleted_lines_are_list_items():
    text = "وأوضح البيان ما يلي:\n1. وقف إطلاق النار فوراً.\n2- فتح المعابر.\n• تبادل الأسرى"
    assert [k for k, _ in _texts(text)] == ["body", "list", "list", "list"]
    assert _texts(text)[1] == ("list", "1. وقف إطلاق النار فوراً.")


def test_a_first_line_ending_in_a_full_stop_is_not_a_headline():
    text = "قصفت الطائرات البلدة.\nوقتل ثلاثة مدنيين."
    assert [k for k, _ in _texts(text)] == ["body", "body"]


def test_a_single_line_is_never_a_headline():
    assert [k for k, _ in _texts("قصف على البلدة")] == ["caption"]


def test_seed_headline_and_captions(seeds):
    doc = _sentences_of(seeds["001_80110197ea66d6f4"]["text"])
    [headline] = doc.spans_of("HEADLINE")
    assert doc.text[headline.start:headline.end] == doc.text.splitlines()[0].strip()
    sents = doc.spans_of("SENT")
    assert sents[0].value == {"kind": "headline"} and (sents[0].start, sents[0].end) == (
        headline.start, headline.end)
    assert "caption" in {s.value["kind"] for s in sents}


def test_seed_without_title_line_has_no_headline(seeds):
    doc = _sentences_of(seeds["004_1d4fd00c4079534f"]["text"])
    assert doc.spans_of("HEADLINE") == []
    assert doc.spans_of("SENT")[0].value == {"kind": "body"}


def test_sentences_cover_every_word_once_on_every_seed(seeds):
    for seed in seeds.values():
        doc = _sentences_of(seed["text"])
        sents = doc.spans_of("SENT")
        covered = set()
        for previous, current in pairwise(sents):
            assert previous.end <= current.start  # ordered, no overlap
        for s in sents:
            piece = doc.text[s.start:s.end]
            assert piece == piece.strip() and "\n" not in piece
            covered.update(range(s.start, s.end))
        assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


# --- tokens and clitics -----------------------------------------------------------------

def test_tokens_keep_offsets_and_normalised_form():
    text = "قُتل ٣ عناصر، بالرقّة."
    tokens = tokenize(text)
    assert [t.surface for t in tokens] == ["قُتل", "٣", "عناصر", "بالرقّة"]
    assert [t.norm for t in tokens] == ["قتل", "3", "عناصر", "بالرقه"]
    assert all(text[t.start:t.end] == t.surface for t in tokens)


def test_surface_forms_cover_the_listed_clitics():
    forms = surface_forms("الرقه")
    for form, prefix in [("والرقه", "و"), ("فالرقه", "ف"), ("بالرقه", "ب"), ("كالرقه", "ك"),
                         ("للرقه", "لل"), ("وللرقه", "ولل"), ("الرقه", "")]:
        assert forms[form] == prefix
    bare = surface_forms("حمص")
    assert {"وحمص", "فحمص", "بحمص", "لحمص", "كحمص", "وبحمص"} <= set(bare)
    assert "الحمص" not in bare


@pytest.mark.parametrize("text, surface, prefix", [
    ("قصفت الطائرات والبوكمال أمس", "والبوكمال", "و"),
    ("قتل عنصر من الحرس الثوري الإيراني", "الحرس الثوري", ""),
    ("مقر تابع للحرس الثوري في المدينة", "للحرس الثوري", "لل"),
    ("وصلت تعزيزات بالرقة", "بالرقة", "ب"),
    ("فالبوكمال تعرضت للقصف", "فالبوكمال", "ف"),
])
def test_phrase_index_finds_names_behind_clitics(text, surface, prefix):
    index = PhraseIndex()
    index.add("البوكمال", "albukamal")
    index.add("الحرس الثوري", "irgc")
    index.add("الرقة", "raqqa")
    [match] = list(index.find(tokenize(text)))
    assert text[match.start:match.end] == surface and match.prefix == prefix


def test_phrase_index_does_not_match_inside_other_words():
    index = PhraseIndex()
    index.add("الرقة", "raqqa")
    index.add("حمص", "homs")
    assert list(index.find(tokenize("الرقيب في الحمصي وبالرقابة"))) == []


def test_phrase_index_prefers_the_longest_phrase():
    index = PhraseIndex()
    index.add("دير الزور", "city")
    index.add("مطار دير الزور العسكري", "airbase")
    [match] = list(index.find(tokenize("قصفت الطائرات مطار دير الزور العسكري")))
    assert match.value == "airbase"
