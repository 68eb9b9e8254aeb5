"""The one-line English ``notes`` (ACLED style), through the whole pipeline, on sentences
written for these tests: each wording rule with a case it changes and a close one it leaves."""

from __future__ import annotations

from rasd.api import extract


def _notes(text: str) -> list[str]:
    return [e.notes for e in extract(text, published="2024-03-12", doc_id="notes-test").events]


def test_a_known_bomber_detonated_the_device():
    (note,) = _notes("انفجرت عبوة ناسفة زرعها تنظيم داعش في مدينة الباب يوم الأحد.")
    assert note == "On 10 March 2024, IS: Islamic State detonated an explosive device in Al Bab (Aleppo)."


def test_an_unclaimed_device_detonated():
    # (no market: a device in a market struck the civilians there, ACTOR2_14)
    (note,) = _notes("انفجرت عبوة ناسفة في مدينة الباب يوم الأحد.")
    assert note == "On 10 March 2024, an explosive device detonated in Al Bab (Aleppo)."


def test_a_place_told_east_of_a_city_is_east_of_it():
    (note,) = _notes("قصفت قوات النظام مواقع شرق مدينة دمشق يوم الأحد.")
    assert note.endswith("carried out shelling east of Damascus.")


def test_a_place_told_in_a_city_is_in_it():
    (note,) = _notes("قصفت قوات النظام مواقع في مدينة دمشق يوم الأحد.")
    assert note.endswith("carried out shelling in Damascus.")


def test_fighters_withdraw_from_their_positions():
    (note,) = _notes("انسحب مقاتلو المعارضة من بلدة خان شيخون يوم الأحد.")
    assert "withdrew from their positions in Khan Shaykhun" in note
