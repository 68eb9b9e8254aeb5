"""Session 9 speed-ups of the stages before events: the rewritten patterns must find exactly
what the patterns as first written find (the output of ``rasd extract`` stays byte-identical;
docs/EVALUATION.md, "SPEED, 2026-11-26, session 9")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import clean as clean_mod
from rasd.text.clean import clean
from rasd.text.sentences import _END, END_PLAIN, split_sentences

_PLAIN_END = re.compile(END_PLAIN)

# Arabic words, Latin abbreviations, digits, every end mark, closers and spaces.
_PIECES = ["قصفت", "الطائرات", "بلدة", "د", "U.S", "3", "2021", " ", "  ", "\t", ".", "..",
           "...", "....", "!", "?", "؟", "…", "؟!", "!!", "\"", "'", "”", "’", "»", ")", "]",
           "«", "(", "،", "؛", ":", "-", "ـ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_end_pattern_finds_the_same_ends(pieces: list[str]) -> None:
    line = "".join(pieces)
    assert [m.span() for m in _END.finditer(line)] == [m.span() for m in _PLAIN_END.finditer(line)]


def test_sentence_ends_on_report_wording() -> None:
    text = ("مقتل عنصرين بقصف على ريف إدلب\n"
            "قصفت قوات النظام بلدة كنصفرة... وأصيب ثلاثة مدنيين. "
            "هل تتوقف الغارات؟! قال د. أحمد إن الحصيلة 3.5 بالمئة.\" "
            "وأضاف المصدر: «القصف مستمر». . .")
    got = [(s.kind, text[s.start:s.end]) for s in split_sentences(text)]
    assert got == [
        ("headline", "مقتل عنصرين بقصف على ريف إدلب"),
        ("body", "قصفت قوات النظام بلدة كنصفرة..."),
        ("body", "وأصيب ثلاثة مدنيين."),
        ("body", "هل تتوقف الغارات؟!"),
        ("body", "قال د. أحمد إن الحصيلة 3.5 بالمئة.\""),
        ("body", "وأضاف المصدر: «القصف مستمر». . ."),
    ]


def test_invisible_controls_dropped_as_before() -> None:
    raw = "أعلنت\u200c الفصائل\u200f\u200e سيطرتها على\u00ad قرية\ufeff جديدة"
    assert [m.span() for m in clean_mod._INVISIBLE.finditer(raw)] == [
        m.span() for m in re.finditer(clean_mod._INVISIBLE_CHARS + "+", raw)]
    assert clean(raw).text == "أعلنت الفصائل سيطرتها على قرية جديدة"


def test_marginals_only_where_a_name_is_tagged_equal_the_full_pass() -> None:
    """The forward-backward pass reads the marginals of the tokens tagged as names only
    (``_finish``): they must be bit for bit those of the pass over every token."""
    import numpy as np

    from rasd.ner.tag import TOKEN, fast_model

    fast = fast_model()
    lines = ["أعلن المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن طائرات حربية أغارت على مواقع "
             "لحزب الله في بلدة الخيام جنوب لبنان.",
             "وقال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت قرية كفرنبل بريف إدلب.",
             "واستقبل وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو."]
    words = [w for line in lines for w in TOKEN.findall(line)]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(TOKEN.findall(line)))
    tags, probs, _ = fast.decode_ids(words, starts)
    _, every, _ = fast.decode_ids(words, starts, all_marginals=True)
    named = tags != fast.outside
    assert named.sum() >= 6  # the spokesman, the army, Hezbollah, al-Khiam, Lavrov, Moscow ...
    assert np.isnan(probs[~named]).all()
    assert probs[named].tobytes() == every[named].tobytes()

