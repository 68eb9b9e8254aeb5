"""A place name written with a final ه after a settlement or governorate word: "مدينة حماه"
and "محافظة حماه" are Hama as "حماه" and "محافظة حماة" are, while a word whose ه is a
pronoun stays no place. Sentences written for this test."""

from __future__ import annotations

import pytest

import rasd


def _places(text: str) -> list[str]:
    doc = rasd.extract(text)
    return [(s.value or {}).get("name") for s in doc.spans_of("PLACE")]


@pytest.mark.parametrize("written", ["مدينة حماه", "محافظة حماه", "مدينة حماة", "محافظة حماة"])
def test_hama_after_a_settlement_or_governorate_word_in_either_spelling(written):
    found = _places(f"قصفت الطائرات الحربية {written} يوم الأحد.")
    assert len(found) == 1 and found[0].startswith("Ham")


def test_a_pronoun_ha_after_no_settlement_word_is_still_no_place():
    assert _places("زار الوفد مرقده في المدينة القديمة يوم الجمعة.") == []
