"""EXTRAS20: what rasd emitted on the fresh-like draws that no gold event has, and the rules that
now rule it out: a dateline city told with its country before the outlet, the terms of a
ceasefire, a practice told by an adverb of frequency, and a place's ordeal summed up.

Sentences written for these tests in the style of the reports (no text copied from a page).
Each rule has a positive case and a close negative case it must leave alone; a positive case
asks for the rule's own label or the place it must not take, so it fails with the rule off.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.events.detect import find_candidates
from rasd.events.tokens import Words
from tests.helpers import events_of, name_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _rules(text: str, trigger_word: str) -> list[str]:
    """The context rules of the candidates whose first word is ``trigger_word`` (normalised)."""
    words = Words(extract(text, published="2017-11-20"))
    return [r for c in find_candidates(words) if words.words[c.first].text == trigger_word
            for r in c.context_rules]


# ------------------------------------------ a dateline: "city , country ( outlet ) - -"

def test_a_dateline_city_told_with_its_country_is_no_place_of_the_event() -> None:
    text = ("دبي , الإمارات العربية المتحدة ( CNN ) - - قتل خمسة أشخاص في انفجار سيارة مفخخة "
            "يوم الأحد .")
    found = events_of(text, "ASSAULT", require=True)
    assert all(name_of(e.location) != "Dubai" for e in found)


def test_a_dateline_city_with_its_country_leaves_the_named_target_its_place() -> None:
    text = "بيروت , لبنان ( CNN ) - - شنت طائرات حربية غارات على بلدة عرسال يوم الأحد ."
    assert [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)] == ["Aarsal"]


def test_a_town_and_its_country_inside_the_story_keep_the_town() -> None:
    text = "انفجرت سيارة مفخخة في مدينة القامشلي , سوريا , يوم الأحد ما أسفر عن مقتل ثلاثة أشخاص ."
    assert [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)] == ["Al Qamishli"]


# ------------------------------------------ the terms of a ceasefire

def test_what_a_ceasefire_covers_is_no_bombing() -> None:
    text = ("ونص الاتفاق على تثبيت وقف إطلاق النار شاملا القصف الجوي والمدفعي والاشتباكات لمدة "
            "ستة أشهر في بلدتي بنش وتفتناز .")
    assert "sense:شاملا" in _rules(text, "القصف")
    assert not events_of(text, "ASSAULT")


def test_a_wide_attack_that_includes_shelling_is_told() -> None:
    text = "شنت الطائرات هجوما شاملا على بلدة كفرنبل يوم الأحد وقصفت أحياءها السكنية ."
    assert not any(r.startswith("sense:") for r in _rules(text, "هجوما"))
    assert events_of(text, "ASSAULT", require=True)


# ------------------------------------------ a practice told by an adverb of frequency

def test_shelling_told_as_done_over_and_over_is_a_practice() -> None:
    text = "فقصفت قوات النظام , على نحو متكرر , المستشفيات والمرافق الطبية في مدينة حلب ."
    assert any(r.startswith("historical:generic-habit") for r in _rules(text, "فقصفت"))
    assert not events_of(text, "ASSAULT")


def test_shelling_with_its_day_stays_an_event_whatever_the_adverb() -> None:
    text = "قصفت الطائرات الحربية , على نحو متكرر , مستشفى بلدة كفرنبل يوم الأحد الماضي ."
    assert [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)] == ["Kafranbel"]


# ------------------------------------------ a place's ordeal summed up: "ما تعرضت له ... من قصف"

def test_what_a_province_went_through_is_no_bombing() -> None:
    text = ("ويعيش سكان القرى في محافظة إدلب بأمان , رغم كل ما تعرضت إليه المحافظة من قصف وتجويع "
            "وحصار .")
    assert "historical:ما" in _rules(text, "قصف")
    assert not events_of(text, "ASSAULT")


def test_a_series_of_blasts_a_city_suffered_on_a_day_is_told() -> None:
    text = ("يوم 17 شباط تتعرض العاصمة بغداد لسلسلة من التفجيرات بسيارات مفخخة , مخلفة ما لا يقل "
            "عن 37 قتيلا .")
    assert not any(r.startswith("historical:") for r in _rules(text, "التفجيرات"))
    assert events_of(text, "ASSAULT", require=True)


def test_the_ordeal_of_a_town_on_a_named_day_is_told() -> None:
    text = "ما تعرضت له بلدة كفرنبل يوم الأحد من قصف أسفر عن مقتل ثلاثة مدنيين ."
    assert [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)] == ["Kafranbel"]
