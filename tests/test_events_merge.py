"""Arguments and merges under the schema's granularity rules, through the whole pipeline, on
sentences written for these tests. Every rule has a case it must change and a close case it
must leave alone.
"""

from __future__ import annotations

from tests.helpers import events_of


def _events(text: str, plover: str | None = None) -> list:
    return events_of(text, plover, doc_id="merge-test")


# --- a running total over a stretch of time is no happening's toll ---

def test_running_total_is_not_the_strikes_toll():
    (strike,) = _events("قتل 47 مدنيا جراء غارات جوية روسية على مدينة معرة النعمان خلال الشهر الماضي.", "ASSAULT")
    assert strike.fatalities is None


def test_one_days_toll_is_kept():
    (strike,) = _events("قتل 12 مدنيا جراء غارات جوية روسية على مدينة معرة النعمان يوم الأحد.", "ASSAULT")
    assert strike.fatalities == 12


# --- a road or line between two towns is one location, not one event per town ---

def test_road_between_two_towns_is_one_event():
    strikes = _events("استهدفت طائرة مسيرة روسية سيارة على الطريق الواصل بين مدينتي سراقب ومعرة النعمان "
                      "يوم الأحد.", "ASSAULT")
    assert len(strikes) == 1
    assert strikes[0].location["name"] == "Saraqib"


def test_two_shelled_towns_are_two_events():
    strikes = _events("قصفت طائرات روسية مدينتي سراقب ومعرة النعمان يوم الأحد.", "ASSAULT")
    assert {e.location["name"] for e in strikes} == {"Saraqib", "Maarrat an Numan"}


# --- a mention with no place takes the story's place only from an event of its own family ---

_CLASH = "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة درعا يوم الأحد. "


def test_agreement_does_not_borrow_the_clashs_place():
    (agree,) = _events(_CLASH + "ووافقت روسيا وتركيا على مقترح بإقامة منطقة آمنة.", "AGREE")
    assert agree.location is None


def test_arrest_after_the_clash_takes_its_place():
    (arrest,) = _events(_CLASH + "واعتقلت قوات النظام ستة أشخاص.", "COERCE")
    assert arrest.location["name"] == "Dara"
    assert any(e.rule == "place:narrative" for e in arrest.evidence if e.field == "location")


# --- talks: one agreement is one set of parties, whichever the verb made actor1 ---

def _parties(e) -> set[str]:
    return {str(a["name"]) for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if a}


def test_one_summit_agreement_told_twice_is_one_event():
    (agree,) = _events("اتفق رؤساء روسيا وتركيا وإيران يوم الأربعاء على إقامة مناطق آمنة. "
                       "واتفقت إيران وتركيا وروسيا على رعاية مؤتمر للحوار.", "AGREE")
    assert len(_parties(agree)) == 3  # each party once
    assert len(agree.assoc_actor_1) + len(agree.assoc_actor_2) == 1


def test_agreements_between_other_parties_stay_apart():
    agreements = _events("اتفق رئيسا روسيا وتركيا يوم الأربعاء على إقامة مناطق آمنة. "
                         "واتفقت إيران والعراق على رعاية مؤتمر للحوار.", "AGREE")
    assert len(agreements) == 2


# --- an undated definite back-reference is the happening already dated, not this week's ---

_SARIN = ("قتل 80 شخصا في هجوم بغاز السارين على بلدة خان شيخون في ريف إدلب في 4 شباط الماضي. "
          "وطالبت فرنسا بعقد جلسة لمجلس الأمن. ودعت بريطانيا إلى تحقيق دولي. وأعلنت الأمم المتحدة "
          "تشكيل لجنة. وقال تقرير اللجنة إن النظام السوري مسؤول عن الهجوم الكيميائي الأخير الذي وقع في ")


def test_back_reference_in_the_attacks_region_is_that_attack():
    (attack,) = _events(_SARIN + "محافظة إدلب.", "ASSAULT")
    assert attack.event_date == "2024-02-04" and attack.fatalities == 80
    assert not any(e.rule == "date:publication-recency" for e in attack.evidence)


def test_recent_attack_elsewhere_stays_another_attack(monkeypatch):
    # the back-reference rule, not the confidence filter (a refit may score this placeless-
    # context mention either side of its threshold): the filter is off here
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    attacks = _events(_SARIN + "مدينة دوما.", "ASSAULT")
    assert {a.location["name"] for a in attacks} == {"Khan Shaykhun", "Duma"}
    (douma,) = [a for a in attacks if a.location["name"] == "Duma"]
    assert douma.event_date != "2024-02-04"


# --- a part of a total told with its own cause is that cause's toll ---

def test_part_of_a_total_by_cause_is_the_shellings_toll():
    events = _events("قضى 6 أشخاص يوم الأحد بينهم 4 جراء القصف الروسي على بلدة بزاعة و2 برصاص حرس "
                     "الحدود التركي.", "ASSAULT")
    (shelling,) = [e for e in events if "Russia" in str(e.actor1)]
    assert shelling.fatalities == 4


def test_part_naming_its_victims_leaves_the_total():
    (shelling,) = _events("قتل 6 أشخاص بينهم 4 أطفال جراء القصف الروسي على بلدة بزاعة يوم الأحد.", "ASSAULT")
    assert shelling.fatalities == 6


# --- each actor once: an associated actor is never the main actor again ---

_TALKS = "وقال المبعوث الأممي يوم الخميس في مستهل محادثات بشأن سوريا مع وزير الخارجية الروسي سيرجي لافروف "


def test_two_russian_ministers_are_one_party():
    (talks,) = _events(_TALKS + "ووزير الدفاع سيرجي شويجو إنه سيحضر المؤتمر.", "CONSULT")
    # the talks' one named party is their source (ROLES12 lone party), named once
    assert "Russia" in talks.actor1["name"] and talks.assoc_actor_1 == [] and talks.actor2 is None


def test_a_second_countrys_minister_stays_associated():
    (talks,) = _events(_TALKS + "ووزير الخارجية التركي إنه سيحضر المؤتمر.", "CONSULT")
    assert ["Turkey" in a["name"] for a in talks.assoc_actor_1] == [True]


# --- a count of its own before a second cause of death starts another happening ---

def test_second_cause_with_its_own_count_is_another_event():
    events = _events("قضى 6 أشخاص يوم الأحد بينهم 4 جراء القصف الروسي على بلدة بزاعة و2 برصاص حرس "
                     "الحدود التركي.", "ASSAULT")
    assert len(events) == 2
    assert {("Russia" in str(e.actor1)) for e in events} == {True, False}
    assert any("Turkey" in str(e.actor1) for e in events)


def test_two_causes_of_one_count_stay_one_event():
    events = _events("قتل 6 أشخاص يوم الأحد جراء القصف الروسي على بلدة بزاعة وبرصاص حرس الحدود التركي.",
                     "ASSAULT")
    assert len(events) == 1 and events[0].fatalities == 6


def test_bracketed_part_of_a_total_by_cause_is_the_shellings_toll():
    events = _events("قضى ( 6 ) أشخاص يوم الأحد بينهم ( 4 ) جراء القصف الروسي على بلدة بزاعة و( 2 ) برصاص "
                     "حرس الحدود التركي.", "ASSAULT")
    (shelling,) = [e for e in events if "Russia" in str(e.actor1)]
    assert shelling.fatalities == 4


def test_bracketed_part_naming_its_victims_leaves_the_total():
    (shelling,) = _events("قتل ( 6 ) أشخاص بينهم ( 4 ) أطفال جراء القصف الروسي على بلدة بزاعة يوم الأحد.",
                          "ASSAULT")
    assert shelling.fatalities == 6


# --- talks are between armed or state actors: civilians refusing or asking are no event ---

def test_civilians_refusing_is_not_a_diplomatic_event():
    assert _events("رفض الأهالي في مدينة دوما الخروج في الحافلات يوم الأحد.", "REJECT") == []
    assert _events("طالب الأهالي في مدينة دوما بإعادة الكهرباء يوم الأحد.", "REQUEST") == []


def test_forces_refusing_is_kept():
    (reject,) = _events("رفضت قوات النظام الخروج من مدينة دوما يوم الأحد.", "REJECT")
    assert reject.actor1["type"] == "State forces"


# --- generic actors take the country the sentence is about when the place is not resolved ---

def test_unresolved_place_takes_the_sentences_country():
    # جنين is not in the gazetteer: the sentence's demonym says which country it is about
    (attack,) = _events("قتل ثلاثة مدنيين فلسطينيين برصاص مسلحين مجهولين في جنين يوم الأحد.", "ASSAULT")
    assert attack.location is None
    assert attack.actor1["name"] == "Unidentified Armed Group (Palestine)"
    assert attack.actor2["name"] == "Civilians (Palestine)"


def test_no_country_word_keeps_syria():
    (attack,) = _events("قتل ثلاثة مدنيين برصاص مسلحين مجهولين في جنين يوم الأحد.", "ASSAULT")
    assert attack.actor2["name"] == "Civilians (Syria)"


def test_a_demonym_after_civilians_names_their_country_wherever_they_are():
    (attack,) = _events("قتل ثلاثة مدنيين فلسطينيين برصاص مسلحين مجهولين في القدس يوم الأحد.", "ASSAULT")
    assert attack.location["name"] == "Jerusalem"
    assert attack.actor2["name"] == "Civilians (Palestine)"
    assert attack.actor1["name"] == f"Unidentified Armed Group ({attack.location['country']})"
    (plain,) = _events("قتل ثلاثة مدنيين برصاص مسلحين مجهولين في القدس يوم الأحد.", "ASSAULT")
    assert plain.actor2["name"] == f"Civilians ({plain.location['country']})"


def test_a_powers_demonym_after_civilians_names_their_country_too():
    # a power's demonym tells who acts when it stands alone, but after مواطنين it says whose
    (attack,) = _events("قتل جنود إسرائيليون ثلاثة مواطنين أمريكيين في القدس يوم الأحد.", "ASSAULT")
    assert attack.actor2["name"] == "Civilians (United States)"
    (plain,) = _events("قتل جنود إسرائيليون ثلاثة مواطنين في القدس يوم الأحد.", "ASSAULT")
    assert plain.actor2["name"] == f"Civilians ({plain.location['country']})"


# --- an undated definite noun of another sub-event type is not the last happening told ---

def test_undated_infighting_is_not_merged_into_the_strikes():
    strikes = _events("شنت طائرات حربية روسية يوم الخامس من تشرين الأول غارات على مدينة سراقب. وفي نهاية "
                      "أيلول قررت حركة أحرار الشام الانسحاب من البلدة اثر الاقتتال مع هيئة تحرير الشام.",
                      "ASSAULT")
    assert all(e.sub_event_type != "Armed clash" or e.event_date != "2023-10-05" for e in strikes)
    strike = next(e for e in strikes if e.sub_event_type == "Air/drone strike")
    assert not any(ev.rule == "trigger:armed_clash" for ev in strike.evidence)


def test_definite_strikes_after_the_strikes_are_that_happening():
    (strike,) = _events("شنت طائرات حربية روسية يوم الخامس من تشرين الأول غارات على مدينة سراقب. وقتل ثلاثة "
                        "مدنيين اثر الغارات على البلدة.", "ASSAULT")
    assert strike.fatalities == 3


# --- a place the gazetteer does not know is still another place than a resolved one ---

def test_attack_in_an_unknown_province_is_not_the_next_attack():
    # (Muş: Hakkari, the province first written here, is in the gazetteer since session 7, and
    # Tunceli, the next, links since GAZ27 — the sentence's Turkish soldiers back Turkey's city)
    attacks = _events("قتل جنديان تركيان يوم الأحد في تفجير عبوة ناسفة في ولاية موش. وقتل ثلاثة شرطيين في هجوم "
                      "على مركز للشرطة في ولاية ديار بكر، وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "ASSAULT")
    assert len(attacks) == 2
    assert attacks[0].location is None and attacks[0].actor1 is None


def test_attack_told_again_in_the_same_province_stays_one():
    attacks = _events("قتل جنديان تركيان يوم الأحد في تفجير عبوة ناسفة في ولاية ديار بكر. وقتل الجنديان في هجوم "
                      "على مركز للشرطة في ولاية ديار بكر، وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "ASSAULT")
    assert len(attacks) == 1


# --- another sentence's toll: only a noun that refers back adds it ---

def test_next_sentences_attack_with_its_own_toll_keeps_it():
    attacks = _events("انفجرت عبوة ناسفة في قطار للركاب في مدينة لندن يوم الجمعة ما أدى إلى إصابة 18 شخصا. "
                      "وقتل 13 شخصا في هجوم استهدف المارة.", "ASSAULT")
    blast = next(e for e in attacks if e.sub_event_type == "Remote explosive/landmine/IED")
    assert blast.fatalities == 0 and blast.injuries == 18
    assert any(e.fatalities == 13 for e in attacks if e is not blast)


def test_a_back_reference_adds_its_toll():
    (blast,) = _events("انفجرت عبوة ناسفة في قطار للركاب في مدينة لندن يوم الجمعة ما أدى إلى إصابة 18 شخصا. "
                       "وأسفر الهجوم عن مقتل شخص واحد.", "ASSAULT")
    assert blast.fatalities == 1


def test_attack_in_an_unknown_city_takes_no_place_from_the_story():
    attacks = _events("انفجرت عبوة ناسفة في قطار للركاب في مدينة لندن يوم الجمعة ما أدى إلى إصابة 18 شخصا. "
                      "وقتل 13 شخصا في هجوم استهدف المارة في برشلونة.", "ASSAULT")
    other = next(e for e in attacks if e.fatalities == 13)
    assert other.location is None
