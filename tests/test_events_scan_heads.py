"""The trigger scan's word heads (SCAN, session 9): frames are tried only where their first
word may open them, and the scan still gives exactly what the whole trigger alternation gives."""

from __future__ import annotations

import re
from itertools import islice

import pytest

from rasd.events.lexicon import WORD_END, WORD_START, lexicon, word_starts
from rasd.events.word_heads import word_head
from rasd.text.normalize import normalize


def _segment(body: str) -> str:
    return WORD_START + "(?:" + body + ")" + WORD_END


# a frame opening with a look-behind, as the raids and operations frames do
RAID = _segment("[وف]?[بل]?(?:(?<![لب])(?:نفذت|نفذ|نفذوا) (?:\\S+ ){0,4}(?:عمليه|عمليات) امنيه)")
# a frame whose first word is short and a prefix of other words
DONE = _segment("[وف]?[بل]?(?:(?:تم|جري) (?:ارسال|نشر) (?:\\S+ ){0,3}(?:ال)?(?:قوات|تعزيزات))")


@pytest.mark.parametrize(("frame", "sentence"), [
    (RAID, "ونفذت القوات الامنية عملية امنية في حي الصناعة فجر الخميس"),
    (DONE, "وتم ارسال مزيد من القوات الى ريف حلب الجنوبي"),
])
def test_head_accepts_the_frames_first_word(frame: str, sentence: str) -> None:
    text = normalize(sentence).text
    assert re.match(frame, text)
    assert word_head(frame).match(text, 0)


def test_head_skips_a_look_behind_and_needs_the_word_to_end() -> None:
    # the word head reads past the frame's look-behind into the verb, and a word that only
    # begins like the frame's first word ("تمكنت" for "تم") fails
    raid, done = word_head(RAID), word_head(DONE)
    text = normalize("وقال مصدر محلي إن المسلحين تمكنت من الفرار بعد تنفيذهم الهجوم").text
    starts = word_starts(text)
    assert not any(raid.match(text, p) for p in starts)
    assert not any(done.match(text, p) for p in starts)
    verb = normalize("نفذت القوات").text
    assert raid.match(verb, 0) and not raid.match(normalize("نفذته القوات").text, 0)


def test_head_is_a_necessary_condition_on_written_reports() -> None:
    """Wherever a frame of the lexicon matches, its segment's word head matches too."""
    lex = lexicon()
    text = normalize(
        "وتم ارسال تعزيزات عسكرية كبيرة الى المنطقة، ونفذت قوات الامن حملة امنية واسعة. "
        "وعقد الرئيس اجتماعا مع وزير الدفاع، فيما تبادل الطرفان اطلاق النار قرب الحاجز. "
        "واقتحمت القوات مواقع المسلحين بعد ان سيطرت على البلدة، وخرج المتظاهرون في الشوارع."
    ).text
    matched = 0
    for i, head in lex._wide_heads:
        segment = lex.segments[i][1]
        for pos in word_starts(text):
            if segment.match(text, pos):
                matched += 1
                assert head is None or head.match(text, pos), (i, text[pos:pos + 30])
    assert matched >= 4


def test_scan_equals_the_whole_alternation_on_real_sentences(evalkit) -> None:
    """At every word start of a few hundred real UnifiedFC sentences, ``match_at`` gives the
    match (span and trigger) that the whole trigger alternation gives, and ``scan`` gives
    the alternation's ``finditer``."""
    from rasd.datasets import unifiedfc_articles

    lex = lexicon()
    sentences: list[str] = []
    for article in islice(unifiedfc_articles(), 40):
        text = normalize(article.text).text
        sentences += [s for s in re.split(r"(?<=[.!?؟])\s+", text) if lex.keys.search(s)][:8]
    assert len(sentences) >= 200
    opened = 0
    for sentence in sentences:
        for pos in word_starts(sentence):
            got, want = lex.match_at(sentence, pos), lex.pattern.match(sentence, pos)
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))
            opened += bool(want)
        assert [(m.span(), m.lastgroup) for m in lex.scan(sentence)] == [
            (m.span(), m.lastgroup) for m in lex.pattern.finditer(sentence)]
    assert opened >= 50
