"""The shared word splits give exactly what each stage's own ``re.split`` gave."""

from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import normalize
from rasd.text.splits import (
    ALNUM_SPLIT,
    LETTER_DIGIT_SPLIT,
    SHARED_MIN,
    alnum_parts,
    letter_digit_parts,
    part_offsets,
    take_offsets,
)

_PIECES = st.sampled_from(["قتل", "ab", "T", "4", "٣", "²", "½", "Ⅻ", "_", " ", "،", "-", "\n",
                           "24ساعة", "t-4", "x²", "١٢", "ديرالزور24", "."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=160))
def test_derived_split_is_the_regex_split(pieces):
    low = "".join(pieces).lower()
    assert letter_digit_parts(low) == LETTER_DIGIT_SPLIT.split(low)  # leaves the alnum split
    assert alnum_parts(low) == ALNUM_SPLIT.split(low)  # takes it
    assert alnum_parts(low) == ALNUM_SPLIT.split(low)  # computed again


def _seed_texts(seeds_dir):
    texts = [normalize(p.read_text(encoding="utf-8")).text.lower()
             for p in sorted(seeds_dir.glob("*.txt"))]
    assert texts and all(len(t) >= SHARED_MIN for t in texts)
    return texts


def test_seed_reports_split_the_same(seeds_dir):
    for low in _seed_texts(seeds_dir):
        mixed = letter_digit_parts(low)
        assert mixed == LETTER_DIGIT_SPLIT.split(low)
        assert alnum_parts(low) == ALNUM_SPLIT.split(low)
        # a mixed run is split apart: letters and digits never share a piece
        assert all(w.isdecimal() or not any(c.isdecimal() for c in w) for w in mixed[1::2])


def test_offsets_are_running_sums_shared_then_taken(seeds_dir):
    low = _seed_texts(seeds_dir)[0]
    parts = ALNUM_SPLIT.split(low)
    pos = part_offsets(parts)
    assert pos == list(accumulate(map(len, parts), initial=0))
    assert pos[-1] == len(low)
    assert part_offsets(parts) is pos  # asked again: the same list
    assert take_offsets(parts) is pos  # the last user takes it ...
    again = take_offsets(parts)
    assert again == pos and again is not pos  # ... and it is computed anew afterwards
    assert take_offsets(list(parts)) == pos  # an equal list of its own
