"""The lexicon's cues and frame heads looked up by a word's first letters (SPEED26): the
patterns tried on a new word are only those whose matches may open with its letters, and the
answers are those of trying every pattern."""

from __future__ import annotations

import re
import re._parser as sre_parse

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.events.lexicon import lexicon, word_starts
from rasd.events.prefix_index import PrefixIndex, pattern_prefixes, prefixes
from rasd.text.normalize import normalize

# cue-like word patterns, as context.yaml writes them once compiled: clitics, the article,
# alternatives, an open ending (\S*), a look-ahead, a negated class, a bounded repeat
PATTERNS = [re.compile(p) for p in (
    r"^[وبل]?(?:ال)?(?:مركز|مراكز|معسكر|معسكرات)$",
    r"^(?:رد|ردا|تعليق\S*|تضامن\S*)",
    r"^(?!ال)[^ا]\S*ات$",
    r"^(?:قد|لقد)$",
    r"^[وف]?(?:سي|ست)(?:قصف|هاجم)(?:ون|ان)?$",
    r"^(?:\d{1,2}|[٠-٩]{2})(?:ه)?",
    r"^(?:ا|ب){2,3}لم",
    r"^يوم(?:ي)?(?=\s|$)",
)]
PIECES = ["و", "ف", "ب", "ل", "ال", "لل", "مركز", "مراكز", "معسكر", "ات", "رد", "ا", "تعليق", "ها",
          "تضامن", "قد", "لقد", "سي", "ست", "قصف", "هاجم", "ون", "ان", "1", "12", "٣", "٤٥", "ه",
          "لم", "يوم", "ي", "x", " "]


def _oracle(word: str) -> set[int]:
    return {i for i, p in enumerate(PATTERNS) if p.match(word)}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5))
def test_every_pattern_that_matches_is_a_candidate(pieces: list[str]) -> None:
    word = "".join(pieces)
    index = PrefixIndex.of_patterns(PATTERNS)
    assert _oracle(word) <= set(index.candidates(word))


def test_the_index_takes_a_cue_by_its_opening_and_leaves_a_close_word() -> None:
    index = PrefixIndex.of_patterns(PATTERNS)
    assert 0 in index.candidates("والمراكز")  # و + ال + مراكز opens "والم"
    assert 0 not in index.candidates("وزير")  # و then ز: no reading of the cue opens so
    assert 4 in index.candidates("فستقصف") and 4 not in index.candidates("فستان")
    assert 1 in index.candidates("تعليقات") and 1 not in index.candidates("تعلم")


def test_openings_are_read_through_groups_repeats_and_look_arounds() -> None:
    assert prefixes(sre_parse.parse(r"(?:ab|c)d").data, 4) == {"abd", "cd"}
    assert prefixes(sre_parse.parse(r"(?:ab|c)d").data, 2) == {"ab", "cd"}
    # an open character (\S, a negated class) ends the opening where it stands
    assert pattern_prefixes(re.compile(r"^تضامن\S*")) == {"تضام"}
    assert pattern_prefixes(re.compile(r"^(?!ال)[^ا]\S*ات$")) == {""}
    # a look-behind or look-ahead reads no letter of the match; "^" only at the start
    assert pattern_prefixes(re.compile(r"(?<!\w)(?:قد|لقد)(?!\S)")) == {"قد", "لقد"}
    assert pattern_prefixes(re.compile(r"ab^c|d")) == {"d"}
    # a repeat that may match nothing is told as "anything from here", never looped on
    assert pattern_prefixes(re.compile(r"a(?:b?)*c")) == {"a", "ac"}
    assert pattern_prefixes(re.compile(r"^ب{2,}")) == {"بب", "ببب", "بببب"}
    # a pattern read ignoring case is tried on every word
    assert pattern_prefixes(re.compile("abc", re.IGNORECASE)) is None


WORDS = ("وقصفت الطائرات مواقع المسلحين والمراكز العسكرية ، وردا على ذلك نفذت القوات عملية "
         "امنية في حي الصناعة وتم ارسال تعزيزات الى المنطقة لقد تضامن الاهالي مع المعتقلين "
         "وسيهاجمون المعسكرات غدا في حين اقتحمت قوات النظام مقرات الحزب واعتقلت 12 شخصا")


def test_cue_masks_are_those_of_every_cue_tried() -> None:
    """On real cues (context.yaml) the mask of each word, and of words built from the cues'
    own alternatives, is the mask of trying all ~200 cues on the word and on it without و/ف."""
    lex = lexicon()
    cues = lex.cue_patterns
    words = set(normalize(WORDS).text.split())
    for p in cues[:60]:  # words each cue is written to take: its literal alternatives
        words.update(w for w in re.findall(r"[ء-ي]{2,}", p.pattern)[:8])
        words.update("و" + w for w in re.findall(r"[ء-ي]{2,}", p.pattern)[:3])
    assert len(words) > 150
    for word in sorted(words):
        bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
        want = 0
        for i, cue in enumerate(cues):
            if cue.match(word) or cue.match(bare):
                want |= 1 << i
        lex._masks.pop(word, None)
        assert lex.cue_mask(word) == want, word


def test_frame_heads_tried_are_those_that_may_open_the_word() -> None:
    """At every word start of a written report, the frames kept for the word are the frames
    whose heads match there (all ~20 heads tried), and the scan gives what the trigger
    alternation gives."""
    lex = lexicon()
    text = normalize(WORDS).text
    for pos in word_starts(text):
        want = tuple(i for i, head in lex._wide_heads if head is None or head.match(text, pos))
        got = tuple(lex._wide_heads[j][0] for j in lex._wide_index.candidates(text[pos:pos + 4])
                    if lex._wide_heads[j][1] is None or lex._wide_heads[j][1].match(text, pos))
        assert got == want, text[pos:pos + 20]
        whole, parts = lex.pattern.match(text, pos), lex.match_at(text, pos)
        assert (whole is None) == (parts is None)
        if whole is not None:
            assert (whole.span(), whole.lastgroup) == (parts.span(), parts.lastgroup)
    assert any(lex._wide_index.candidates(text[p:p + 4]) for p in word_starts(text))
