"""The shared word splits give exactly what each stage's own ``re.split`` gave."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import normalize
from rasd.text.splits import (
    ALNUM_SPLIT,
    LETTER_DIGIT_SPLIT,
    SHARED_MIN,
    _alnum_parts,
    alnum_parts,
    letter_digit_parts,
)

_PIECES = st.sampled_from(["قتل", "ab", "T", "4", "٣", "²", "½", "Ⅻ", "_", " ", "،", "-", "\n",
                           "24ساعة", "t-4", "x²", "١٢", "ديرالزور24", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=120))
def test_derived_split_is_the_regex_split(pieces):
    low = "".join(pieces).lower()
    _alnum_parts.cache_clear()
    assert alnum_parts(low) == ALNUM_SPLIT.split(low)
    assert letter_digit_parts(low) == LETTER_DIGIT_SPLIT.split(low)


def test_seed_reports_split_the_same(seeds_dir):
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    assert texts
    for text in texts:
        low = normalize(text).text.lower()
        assert len(low) >= SHARED_MIN
        _alnum_parts.cache_clear()
        assert letter_digit_parts(low) == LETTER_DIGIT_SPLIT.split(low)
        assert alnum_parts(low) == ALNUM_SPLIT.split(low)
        # a mixed run is split apart: letters and digits never share a piece
        assert all(w.isdecimal() or not any(c.isdecimal() for c in w)
                   for w in letter_digit_parts(low)[1::2])


def test_offsets_are_running_sums_and_shared(seeds_dir):
    from itertools import accumulate

    from rasd.text.splits import part_offsets

    text = normalize(sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")).text.lower()
    parts = alnum_parts(text)
    pos = part_offsets(parts)
    assert pos == list(accumulate(map(len, parts), initial=0))
    assert pos[-1] == len(text)
    assert part_offsets(parts) is pos  # the second stage asking gets the same list
    assert part_offsets(list(parts)) == pos  # an equal list of its own: computed again
