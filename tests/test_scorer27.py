"""The scorer's actor match, session 27 (SCORER27, 28 Nov).

`rasd eval events` credits an actor field when a gold name is words of the system actor's
name. It used to take any string inside the name: the gold's "Syria" (the state) inside
"Civilians (Syria)", "Opposition Rebels (Syria)" or "Free Syrian Army", "IS" inside
"Prisoners", "US" inside "Russia". Now a Latin-script gold name must be whole words, a
state's name or adjective in another actor's name is that actor's country, not the actor,
and a knowledge-base name of a state's forces ("الجيش السوري") does not name an actor whose
name holds it. Gold lists below are shaped like the unseen gold's; system actors are the
knowledge base's own values; each rule has a case it must take and a close case it must
leave. The last tests run real sentences through the pipeline and score them.
"""

from __future__ import annotations

import pytest

from rasd.events.evaluate import actor_matches, score_events
from rasd.kb.actors import default_kb
from tests.helpers import events_of

REGIME_GOLD = ["Syria", "سوريا", "السوري", "Syrian army", "الجيش السوري", "قوات النظام", "الجيش",
               "Military Forces of Syria"]


def actor(actor_id: str) -> dict:
    return default_kb().actor_value(actor_id, "")


# --- a state's name names its own forces ---

def test_the_state_accepts_its_army_police_and_government():
    assert actor_matches(REGIME_GOLD, actor("syria-military"))
    assert actor_matches(["Syria", "سوريا"], actor("syria-police"))
    assert actor_matches(["Syria", "سوريا", "السوري"], actor("syria-government"))


def test_the_state_is_not_its_civilians_nor_an_unknown_group_in_it():
    assert not actor_matches(["Syria", "سوريا", "السوري"], actor("civilians-syria"))
    assert not actor_matches(["Syria", "سوريا", "السوري"], actor("unidentified-armed-group-syria"))


def test_the_generic_actor_is_still_named_by_its_own_words():
    assert actor_matches(["Civilians (Syria)"], actor("civilians-syria"))
    assert actor_matches(["Civilians", "مدنيين"], actor("civilians-syria"))
    assert actor_matches(["Unidentified armed group", "مسلحون مجهولون"], actor("unidentified-armed-group-syria"))
    assert not actor_matches(["Civilians (Iraq)"], actor("civilians-syria"))


def test_the_regime_is_not_the_opposition_whose_name_holds_the_adjective():
    assert not actor_matches(REGIME_GOLD, actor("syrian-opposition"))
    assert not actor_matches(["Syria", "سوريا"], actor("sdf"))


def test_the_opposition_is_named_by_its_own_words_with_the_adjective():
    assert actor_matches(["المعارضة السورية"], actor("syrian-opposition"))
    assert actor_matches(["Syrian Democratic Forces", "قوات سوريا الديمقراطية"], actor("sdf"))


def test_the_states_army_is_not_the_free_syrian_army():
    assert not actor_matches(["الجيش السوري"], actor("fsa"))
    assert not actor_matches(["Syrian army"], actor("fsa"))
    assert actor_matches(["الجيش السوري الحر"], actor("fsa"))
    assert actor_matches(["Free Syrian Army", "الجيش الحر"], actor("fsa"))


# --- Latin-script names are whole words ---

def test_a_short_name_inside_another_word_does_not_match():
    assert not actor_matches(["IS"], actor("prisoners-syria"))
    assert not actor_matches(["US"], actor("russia-air-force"))


def test_a_short_name_that_is_a_word_matches():
    assert actor_matches(["IS"], actor("islamic-state"))
    assert actor_matches(["Nusra"], actor("jabhat-al-nusra"))  # a bracket that is no country


def test_an_arabic_stem_still_matches_inside_a_word():
    assert actor_matches(["امريك"], actor("us-government"))
    assert actor_matches(["الأمريكي"], actor("us-government"))
    assert not actor_matches(["الروسي"], actor("us-government"))


def test_rioters_and_protesters_stay_one_crowd_of_one_country():
    assert actor_matches(["Protesters (Palestine)"], {"name": "Rioters (Palestine)", "type": "Rioters",
                                                      "country": "Palestine"})
    assert not actor_matches(["Palestine"], {"name": "Rioters (Palestine)", "type": "Rioters",
                                             "country": "Palestine"})


# --- scored on real sentences: the actor field changes, the match does not ---

@pytest.fixture
def shelling() -> dict:
    text = "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة دوما بريف دمشق ."
    (ev,) = events_of(text, "ASSAULT", require=True, published="2017-06-20")
    return {"doc:1": [ev]}


def _gold(**fields) -> list[dict]:
    return [{"doc_id": "doc:1", "plover": "ASSAULT", "location": ["Douma", "Duma", "دوما"], **fields}]


def test_civilians_struck_are_not_credited_to_a_gold_naming_the_state(shelling):
    score = score_events(_gold(actor2=["Syria", "سوريا", "السوري"]), shelling)
    assert score.matched == 1
    assert score.fields["actor2"] == [0, 1]


def test_civilians_struck_are_credited_to_a_gold_naming_civilians(shelling):
    score = score_events(_gold(actor1=REGIME_GOLD, actor2=["Civilians (Syria)", "مدنيين"]), shelling)
    assert score.matched == 1
    assert score.fields["actor1"] == [1, 1]
    assert score.fields["actor2"] == [1, 1]


def test_a_clash_with_the_opposition_credits_each_side_only_to_itself():
    text = "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة السورية في بلدة كفرنبودة بريف حماة الشمالي ."
    (ev,) = events_of(text, "ASSAULT", require=True, published="2017-06-20")
    gold = [{"doc_id": "doc:2", "plover": "ASSAULT", "location": ["Kafr Nabuda", "كفرنبودة"],
             "actor1": REGIME_GOLD, "actor2": REGIME_GOLD}]
    score = score_events(gold, {"doc:2": [ev]})
    assert score.fields["actor1"] == [1, 1]
    assert score.fields["actor2"] == [0, 1]
