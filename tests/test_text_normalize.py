"""Normalisation for matching, and the exact map from normalised offsets back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import (
    _normalize_fast,
    _normalize_plain,
    fold_letters,
    normalize,
    normalize_key,
    strip_article,
    word_key,
)

# Characters normalisation touches, mixed with ordinary Arabic and Latin text.
_TRICKY = (
    "أإآٱىیئؤةۀھک"  # alef/hamza forms, yaa, taa marbuta, Persian letters
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # diacritics, dagger alef, tatweel
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2069\ufeff\u061c\u00ad"  # controls
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # Arabic-Indic and Persian digits
    "،؛؟٪٫٬“”«»„‘’–—\t\r\u00a0\u2009 "  # punctuation, quotes, dashes, spaces
)
_TEXT = st.text(alphabet=st.sampled_from(_TRICKY + "قتلفيحمصالرقةوب abc19.,\n"), max_size=300)


def _check_map(original: str) -> None:
    n = normalize(original)
    previous = -1
    for i, char in enumerate(n.text):
        j = n.orig(i)
        assert previous < j < len(original)  # strictly increasing, inside the original
        assert normalize(original[j]).text == char  # the source character folds to it
        previous = j
    for start in range(0, len(n.text) + 1, 7):
        for end in range(start, min(len(n.text), start + 40) + 1, 5):
            s, e = n.orig_span(start, end)
            assert 0 <= s <= e <= len(original)
            if end > start:
                assert normalize(original[s:e]).text == n.text[start:end]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalised_offsets_map_back_to_the_original(text):
    _check_map(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY + "قتلفيحمص 19"), min_size=200, max_size=600))
def test_long_and_short_paths_agree(text):
    fast, plain = _normalize_fast(text), _normalize_plain(text)
    assert fast.text == plain.text
    assert [fast.orig(i) for i in range(len(fast.text))] == [plain.orig(i) for i in range(len(plain.text))]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_maps_back(text):
    _check_map(text)


def test_offsets_map_back_on_every_seed(seeds):
    for seed in seeds.values():
        _check_map(seed["text"])


def test_letters_digits_and_marks_are_folded():
    n = normalize("قُتِلَ ٣٨ عنصراً في إدلب وأُصيب ۱۲ آخرون، فى مدينة حماة")
    assert n.text == "قتل 38 عنصرا في ادلب واصيب 12 اخرون, في مدينه حماه"


def test_quotes_dashes_and_controls():
    n = normalize("«سانا» \u200fقالت “الغارات” – أمس\u200b")
    assert n.text == '"سانا" قالت "الغارات" - امس'
    s, e = n.orig_span(n.text.index("قالت"), n.text.index("قالت") + 4)
    assert n.original[s:e] == "قالت"


def test_span_found_on_normalised_text_shows_the_original_words():
    original = "شنّت الطائرات الإسرائيلية ٥٠ غارةً على دير الـزور"
    n = normalize(original)
    found = "الاسراييليه 50 غاره"
    start = n.text.index(found)
    s, e = n.orig_span(start, start + len(found))
    assert original[s:e] == "الإسرائيلية ٥٠ غارة"  # the tanween after the span stays outside
    zs = n.text.index("الزور")
    assert n.orig_span(zs, zs + 5) == (original.index("الـزور"), len(original))


def test_spaces_collapse_but_line_breaks_stay():
    assert normalize("قصف  \t مدفعي\nعلى البلدة").text == "قصف مدفعي\nعلي البلده"


def test_keys_and_articles():
    assert normalize_key("  الرَّقَّة ") == "الرقه"
    assert word_key("بالـرقّة") == "بالرقه"
    assert strip_article("والبوكمال") == "بوكمال"
    assert strip_article("الي") == "الي"  # too short to carry an article
    assert fold_letters("اقرأ أيضاً: «خبر»") == "اقرا ايضا: «خبر»"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_TRICKY + "قتلفيحمص 19\n"), min_size=200, max_size=600))
def test_fold_letters_long_path_matches_translate(text):
    from rasd.text.normalize import LETTER_TABLE

    assert fold_letters(text) == text.translate(LETTER_TABLE)


@given(st.text(alphabet="وفبلكالحرسةيمن", max_size=9))
def test_peel_readings_rebuild_the_word(word: str) -> None:
    """Every reading of ``peel`` is a prefix plus a stem of two letters or more that spell
    the word (لل read as لِ + ال gives the stem its article back), the word itself first;
    a word starting with no clitic letter has only itself."""
    from rasd.text.clitics import peel

    readings = peel(word)
    assert readings[0] == ("", word)
    assert len({stem for _, stem in readings}) == len(readings)
    for prefix, stem in readings[1:]:
        assert len(stem) >= 2
        assert prefix + stem == word or (prefix.endswith("ل") and prefix + stem[1:] == word
                                         and stem.startswith("ا"))
    if word[:1] not in "وفبلكا":
        assert readings == [("", word)]
