"""SPLIT11 (session 11): places that are people's home towns, not where it happened: a list of
towns after one marker ("الخارجين من بلدتي ..."، "مهجرو حمص والقصير") and people named by where
they were driven from ("نازحي حماة"). Sentences written for these tests in the style of the
reports; each is read again with the rule switched off, to show the test needs it."""
from __future__ import annotations

import pytest

import rasd.events.place_clauses as place_clauses
import rasd.events.tolls as tolls
from tests.helpers import events_of, places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

# the origin marker "من بلدتي" stands before the first town only
LEAVING = ("انفجرت سيارة مفخخة صباح اليوم في حي الصاخور بمدينة حلب قرب تجمع الخارجين من بلدتي "
           "نبل والزهراء .")
# people named by the town they fled, in a camp somewhere else
SHELTERED = "قتل عشرة مدنيين بقصف جوي على مخيم في بلدة أطمة يؤوي نازحي حماة ."
# both: a people word before a list of two towns
CAMP = "استهدفت غارة جوية مخيما عشوائيا قرب بلدة سرمدا يقطنه مهجرو حمص والقصير ."


def test_list_member_takes_the_origin_of_its_list(monkeypatch):
    assert places_of(LEAVING, "ASSAULT") == ["Aleppo - al-Sakhour"]
    monkeypatch.setattr(place_clauses, "LIST_KIND", False)
    assert "Al-Zahraa" in places_of(LEAVING, "ASSAULT")


def test_people_driven_from_a_town_are_not_its_event(monkeypatch):
    assert places_of(SHELTERED, "ASSAULT") == ["Atmeh"]
    monkeypatch.setattr(place_clauses, "PEOPLE_ORIGIN", False)
    assert "Hamah" in places_of(SHELTERED, "ASSAULT")


def test_people_word_before_a_list_of_towns(monkeypatch):
    assert places_of(CAMP, "ASSAULT") == ["Sarmada"]
    monkeypatch.setattr(place_clauses, "PEOPLE_ORIGIN", False)
    assert "Homs" in places_of(CAMP, "ASSAULT")


# each town told with its own count, in two clauses of one sentence
OWN_TOLLS = ("قتل خمسة مدنيين في مدينة سراقب ، كما قتل ثلاثة مدنيين في بلدة بنش جراء غارات "
             "جوية .")


def test_each_town_takes_the_toll_told_with_it(monkeypatch):
    def by_town() -> dict[str, int | None]:
        return {str((e.location or {}).get("name")): e.fatalities
                for e in events_of(OWN_TOLLS, "ASSAULT", published="2024-03-12")}

    assert by_town() == {"Saraqib": 5, "Binnish": 3}
    monkeypatch.setattr(tolls, "TOLL_BY_PLACE", False)
    assert by_town()["Binnish"] is None
