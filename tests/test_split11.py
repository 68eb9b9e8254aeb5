"""SPLIT11 (session 11): places that are people's home towns, not where it happened: a list of
towns after one marker ("الخارجين من بلدتي ..."، "مهجرو حمص والقصير") and people named by where
they were driven from ("نازحي حماة"). Sentences written for these tests in the style of the
reports; each rule with a close sentence it must leave alone."""
from __future__ import annotations

import pytest

from tests.helpers import events_of, places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

# the origin marker "من بلدتي" stands before the first town only
LEAVING = ("انفجرت سيارة مفخخة صباح اليوم في حي الصاخور بمدينة حلب قرب تجمع الخارجين من بلدتي "
           "نبل والزهراء .")
# people named by the town they fled, in a camp somewhere else
SHELTERED = "قتل عشرة مدنيين بقصف جوي على مخيم في بلدة أطمة يؤوي نازحي حماة ."
# both: a people word before a list of two towns
CAMP = "استهدفت غارة جوية مخيما عشوائيا قرب بلدة سرمدا يقطنه مهجرو حمص والقصير ."


def test_list_member_takes_the_origin_of_its_list():
    assert places_of(LEAVING, "ASSAULT") == ["Aleppo - al-Sakhour"]
    # the same list with no origin marker before it: both towns are where it happened
    near = "انفجرت سيارة مفخخة صباح اليوم في حي الصاخور بمدينة حلب قرب بلدتي نبل والزهراء ."
    assert "Al-Zahraa" in places_of(near, "ASSAULT")


def test_people_driven_from_a_town_are_not_its_event():
    assert places_of(SHELTERED, "ASSAULT") == ["Atmeh"]
    # the town struck itself, no people word before it
    assert "Hamah" in places_of("قتل عشرة مدنيين بقصف جوي على مخيم في بلدة أطمة وعلى مدينة حماة .", "ASSAULT")


def test_people_word_before_a_list_of_towns():
    assert places_of(CAMP, "ASSAULT") == ["Sarmada"]
    # a list of towns the strike was near, no people word before it
    assert "Homs" in places_of("استهدفت غارة جوية مخيما عشوائيا قرب بلدة سرمدا ومدينتي حمص والقصير .", "ASSAULT")


# each town told with its own count, in two clauses of one sentence
OWN_TOLLS = ("قتل خمسة مدنيين في مدينة سراقب ، كما قتل ثلاثة مدنيين في بلدة بنش جراء غارات "
             "جوية .")


def test_each_town_takes_the_toll_told_with_it():
    def by_town(text: str) -> dict[str, int | None]:
        return {str((e.location or {}).get("name")): e.fatalities
                for e in events_of(text, "ASSAULT", published="2024-03-12")}

    assert by_town(OWN_TOLLS) == {"Saraqib": 5, "Binnish": 3}
    # one count told for the strikes on both towns: the first town's, the second none
    assert by_town("قتل خمسة مدنيين جراء غارات جوية على مدينة سراقب وبلدة بنش .") == {"Saraqib": 5, "Binnish": None}
