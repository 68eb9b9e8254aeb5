"""Run-together items (tag pages, digests): sentences cut where two stories are glued."""

from __future__ import annotations

from itertools import pairwise

from rasd.text.glue import glue_points, split_point
from rasd.text.sentences import split_sentences


def _sents(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.rule) for s in split_sentences(text)]


def test_glued_teasers_are_cut_where_the_next_story_starts():
    text = ("عنوان الصفحة\n"
            "قصف مدفعي على قرى في ريف حماةالجيش السوري يسيطر على تلال قرب البلدة "
            "ومقتل مسلحين في اشتباكات عنيفة.")
    sents = _sents(text)
    assert ("قصف مدفعي على قرى في ريف حماة", "punctuation") in sents
    assert sents[-1][0].startswith("الجيش السوري يسيطر")
    assert sents[-1][1] == "glued-words"


def test_latin_glued_to_arabic_is_a_cut_both_ways():
    text = ("عنوان\nReports say a blast hit the port of the cityوتقول الشرطة إن ثلاثة قتلوا "
            "في الانفجار قرب الميناءLarge explosion rocks the city.")
    cuts = [rule for _, rule in _sents(text)]
    pieces = [t for t, _ in _sents(text)]
    assert cuts.count("script-join") == 2
    assert any(p.startswith("وتقول الشرطة") for p in pieces)
    assert any(p.startswith("Large explosion") for p in pieces)


def test_a_long_normal_sentence_stays_whole():
    text = ("عنوان\nقال مصدر عسكري إن الجيش السوري سيطر على عدة قرى في ريف حماة الشمالي "
            "بعد اشتباكات عنيفة مع المسلحين استمرت طوال الليل وأسفرت عن مقتل العشرات من "
            "الطرفين وتدمير آليات عسكرية في محيط البلدة.")
    sents = _sents(text)
    assert len(sents) == 2
    assert glue_points(text) == []


def test_a_missing_space_inside_a_phrase_is_not_an_item_boundary():
    # noun + adjective both with the article, and a verb + preposition: not two stories
    assert split_point("الآونةالأخيرة") == 0
    assert split_point("تسيطرعلى") == 0
    # a real word of the list is never cut
    assert split_point("والمستشفيات") == 0


def test_the_headline_is_never_cut():
    text = "مقتل جنود في هجوم على حاجز قرب حماةالجيش يرد\nقال مصدر إن الهجوم وقع فجرا."
    sents = split_sentences(text)
    assert sents[0].kind == "headline"
    assert text[sents[0].start:sents[0].end] == "مقتل جنود في هجوم على حاجز قرب حماةالجيش يرد"


def test_cut_offsets_tile_the_glued_line_without_gaps():
    text = "عنوان\nاشتباكات في ريف حماةالجيش السوري يتقدم في ريف حلبvehicles were hit."
    sents = split_sentences(text)[1:]
    assert all(a.end == b.start for a, b in pairwise(sents))
    assert "".join(text[s.start:s.end] for s in sents) == text[sents[0].start:sents[-1].end]
