"""DUP12: a city told right after a town with في names the province the town lies in, not a
second target (rasd.events.arguments._seat_chain). Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import events_of, name_of


def _places(text: str) -> list[str]:
    return sorted(name_of(e.location) for e in events_of(text, "ASSAULT", require=True, published=None))


def test_the_city_after_a_town_says_where_the_town_is():
    text = "هاجم مسلحون مجهولون حاجزا للشرطة في بلدة دارة عزة في إدلب فجر اليوم."
    assert _places(text) == ["Darat Izzah"]


def test_a_city_far_from_the_town_is_a_second_place():
    # beyond SEAT_KM the city cannot be the seat of the town's province: it is told as a place of its own
    text = "هاجم مسلحون مجهولون حاجزا للشرطة في بلدة دارة عزة في دير الزور فجر اليوم."
    assert _places(text) == ["Darat Izzah", "Deir ez-Zor"]



def test_a_city_that_opens_a_list_is_where_it_happened_too():
    text = "تدور معارك عنيفة على أطراف بلدة دارة عزة في إدلب ومعرة النعمان منذ الصباح."
    assert "Idlib" in _places(text)


def test_two_towns_struck_stay_two_events():
    text = "قصفت الطائرات الحربية بلدة سراقب ومدينة إدلب فجر اليوم."
    assert _places(text) == ["Idlib", "Saraqib"]
