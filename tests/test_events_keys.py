"""The trigger keys found by the Aho-Corasick automaton are exactly the regex's ``finditer``."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.events.lexicon import lexicon
from rasd.text.normalize import normalize


def _by_regex(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in lexicon().keys.finditer(text)]


def test_the_automaton_is_used_for_the_project_lexicon() -> None:
    assert lexicon()._key_automaton is not None


def test_key_hits_equal_finditer_on_the_seed_reports(seeds: dict) -> None:
    lex = lexicon()
    found = 0
    for meta in seeds.values():
        text = normalize(meta["text"]).text
        hits = lex.key_hits(text)
        assert hits == _by_regex(text)
        found += len(hits)
    assert found > 20  # the seeds report attacks and meetings: keys are found


def test_key_hits_equal_finditer_on_keys_run_together() -> None:
    """Keys inside keys, keys touching, keys sharing letters: leftmost, longest, no overlap."""
    keys = sorted(lexicon().key_lookback)
    rng = random.Random(7)
    for _ in range(2000):
        pieces = [rng.choice(keys)[: rng.randint(1, 8)] if rng.random() < 0.3 else rng.choice(keys)
                  for _ in range(rng.randint(1, 8))]
        text = rng.choice(["", " ", "و", "ال"]).join(pieces)
        assert lexicon().key_hits(text) == _by_regex(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ااتفقلجويمظهرسحب و", max_size=60))
def test_key_hits_equal_finditer_on_random_text(text: str) -> None:
    assert lexicon().key_hits(text) == _by_regex(text)
