"""Who was acted upon when the sentence does not name them in full (rasd.events.anaphora,
rasd.events.targets and the "taken from" rule of rasd.events.arguments), on sentences written
for these tests: each rule with a case it changes and a close one it leaves alone."""

from __future__ import annotations

import rasd
from tests.helpers import name_of, rules_of


def _assaults(text: str):
    return [e for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def _at(events, town: str):
    return [e for e in events if town in ((e.location or {}).get("name") or "")]


# --- a bare group noun stands for the group named before it (events.anaphora) ---

def test_the_organisation_is_the_group_named_before():
    events = _assaults("سيطر تنظيم داعش على قرية في ريف حلب يوم الاثنين. "
                       "وقصفت طائرات روسية مواقع للتنظيم في مدينة الباب يوم الثلاثاء.")
    (strike,) = _at(events, "Bab")
    assert "Islamic State" in name_of(strike.actor2)
    assert "Russia" in name_of(strike.actor1)


def test_the_organisation_is_the_subject_when_it_acts():
    events = _assaults("أعلنت هيئة تحرير الشام حل نفسها الشهر الماضي. "
                       "وهاجمت الهيئة مواقع لقوات النظام في بلدة كفرنبل يوم الأحد.")
    (attack,) = _at(events, "Kafr")
    assert "HTS" in name_of(attack.actor1)


def test_a_bare_noun_with_no_group_named_before_names_no_one():
    events = _assaults("وقصفت طائرات روسية مواقع للتنظيم في مدينة الباب يوم الثلاثاء.")
    assert events and all("Islamic State" not in name_of(e.actor2) for e in events)


def test_a_noun_with_a_name_of_its_own_is_another_group():
    events = _assaults("سيطرت جبهة النصرة على قرية في ريف حلب يوم الاثنين. "
                       "وهاجمت الجبهة الشامية مواقع لقوات النظام في مدينة الباب يوم الثلاثاء.")
    bab = _at(events, "Bab")
    assert bab and all("Nusra" not in name_of(e.actor1) for e in bab)


# --- territory taken "from" a side: that side lost it ---

def test_a_town_taken_from_a_group_has_that_group_as_actor2():
    (ev,) = _assaults("استعادت القوات العراقية يوم الأحد مدينة الرمادي الواقعة على نهر الفرات غرب العاصمة من قبضة "
                       "تنظيم داعش.")
    assert "Iraq" in name_of(ev.actor1) and "Islamic State" in name_of(ev.actor2)


def test_support_from_a_side_is_not_whom_it_was_taken_from():
    (ev,) = _assaults("استعادت القوات العراقية مدينة الرمادي بدعم من طيران التحالف يوم الأحد.")
    assert "Iraq" in name_of(ev.actor1) and "Coalition" not in name_of(ev.actor2)


# --- a battle told one-sided takes the other side of the report's fight (events.targets) ---

def test_a_capture_after_a_stated_fight_takes_the_other_side():
    events = _assaults("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في ريف حمص الشرقي يوم الأحد. "
                       "وسيطرت قوات النظام على قرية خنيفيس يوم الاثنين.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Islamic State" in name_of(capture[0].actor2)
    assert "actor:other-side-of-the-fight" in rules_of(capture[0], "actor2")


def test_no_other_side_when_the_report_fights_two():
    events = _assaults("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في ريف حمص الشرقي يوم الأحد. "
                       "ودارت اشتباكات بين قوات النظام وفصائل المعارضة في ريف حماة يوم الأحد. "
                       "وسيطرت قوات النظام على قرية خنيفيس يوم الاثنين.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and capture[0].actor2 is None


def test_no_other_side_before_the_report_states_the_fight():
    events = _assaults("سيطرت قوات النظام على قرية خنيفيس يوم الاثنين.")
    assert events and all(e.actor2 is None for e in events)


# --- "X ... إثر اشتباكات مع Y": X fought Y ---

def test_the_subject_of_the_clause_fought_the_side_after_with():
    events = _assaults("تقدمت قوات النظام نحو الأطراف الشمالية لبلدة اللطامنة في ريف حماة الشمالي "
                       "إثر اشتباكات عنيفة مع مسلحي هيئة تحرير الشام يوم الأحد.")
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and "Syria" in name_of(clash[0].actor1) and "HTS" in name_of(clash[0].actor2)
    assert "actor:subject-of-the-fight-with" in rules_of(clash[0], "actor1")


def test_a_side_told_in_another_sentence_is_not_the_subject():
    events = _assaults("وصلت تعزيزات لقوات النظام إلى ريف حماة الشمالي. "
                       "ودارت اشتباكات عنيفة مع مسلحي هيئة تحرير الشام في بلدة اللطامنة يوم الأحد.")
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clash and "Syria" not in name_of(clash[0].actor1)


# --- bombers named by their state are that state's air force (data/events/sides.yaml) ---

def test_bombers_with_a_demonym_are_that_air_force():
    (ev,) = _assaults("قاذفات روسية بعيدة المدى تقصف مواقع داعش في البوكمال يوم الأحد.")
    assert "Russia" in name_of(ev.actor1) and "Islamic State" in name_of(ev.actor2)


# --- the members of a group right after a verb of attack are its subject ---

def test_members_of_a_group_after_the_verb_are_its_subject():
    events = _assaults("استهدف مسلحو هيئة تحرير الشام بالقذائف منازل المواطنين في مدينة محردة يوم الأحد.")
    assert events and "HTS" in name_of(events[0].actor1)


def test_positions_of_a_group_after_the_verb_are_its_target():
    events = _assaults("استهدفت المدفعية التركية مواقع هيئة تحرير الشام في مدينة محردة يوم الأحد.")
    assert events and "HTS" in name_of(events[0].actor2)


# --- a subject joined by و to the one after the verb is no object ---

def test_a_second_subject_joined_by_wa_is_not_the_target():
    (ev,) = _assaults("سيطر الجيش السوري والقوات الرديفة على كامل مدينة البوكمال يوم الأحد.")
    assert "Syria" in name_of(ev.actor1) and ev.actor2 is None


def test_an_object_after_the_subject_is_still_the_target():
    events = _assaults("هاجمت قوات النظام مواقع فصائل المعارضة في بلدة اللطامنة يوم الأحد.")
    assert events and "Opposition" in name_of(events[0].actor2)


# --- a report about one enemy names it as the other side of its one-sided battles ---

def test_the_enemy_a_report_names_most_is_the_other_side():
    events = _assaults("قال مسؤول عراقي إن تنظيم داعش خسر معظم قادته في الأشهر الأخيرة. "
                       "وأضاف أن التنظيم يعاني من نقص في المقاتلين والذخيرة. "
                       "وأكد أن التنظيم لم يعد يملك إلا أحياء قليلة في المدينة. "
                       "واستعادت القوات العراقية حي الزهور في مدينة الموصل يوم الأحد.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Islamic State" in name_of(capture[0].actor2)
    assert "actor:side-the-report-fights" in rules_of(capture[0], "actor2")


def test_a_report_naming_two_enemies_as_often_gives_none():
    events = _assaults("قال مسؤول عراقي إن تنظيم داعش وحزب العمال الكردستاني خسرا معظم قادتهما. "
                       "وأضاف أن تنظيم داعش وحزب العمال الكردستاني يعانيان من نقص في المقاتلين. "
                       "واستعادت القوات العراقية حي الزهور في مدينة الموصل يوم الأحد.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and capture[0].actor2 is None


def test_an_ally_named_most_is_not_the_other_side():
    events = _assaults("قالت وزارة الدفاع الروسية إن القوات الروسية تدعم الجيش السوري. "
                       "وأضافت أن القوات الروسية أرسلت مستشارين إلى المنطقة. "
                       "وأكدت أن القوات الروسية ستبقى في القاعدة. "
                       "وسيطرت قوات النظام على قرية خنيفيس في ريف حمص يوم الاثنين.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Russia" not in name_of(capture[0].actor2)


# --- aircraft shot down are acted upon ---

def test_a_warplane_shot_down_is_actor2_not_the_subject():
    events = _assaults("قالت مصادر محلية إن فصائل المعارضة أسقطت طائرة حربية في ريف حماة الشرقي يوم الثلاثاء.")
    shot = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert shot and "Air Force" in name_of(shot[0].actor2) and "Air Force" not in name_of(shot[0].actor1)


def test_warplanes_that_strike_stay_the_subject():
    events = _assaults("قصفت طائرات إسرائيلية موقعا عسكريا في ريف حمص يوم الأحد.")
    assert events and "Israel" in name_of(events[0].actor1)


# --- the side the report says held a place defended it ---

def test_a_town_the_report_says_a_group_holds_was_taken_from_it():
    events = _assaults("تقدمت قوات النظام نحو مدينة البوكمال وهي آخر مدينة يسيطر عليها تنظيم داعش في سوريا. "
                       "وقال مصدر عسكري إن قوات حزب الله تقدمت من الجهة الجنوبية. "
                       "وسيطرت قوات النظام على مدينة البوكمال يوم الأحد.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Islamic State" in name_of(capture[0].actor2)
    assert "actor:holder-of-the-place" in rules_of(capture[0], "actor2")


def test_a_holder_of_another_town_is_not_the_other_side():
    events = _assaults("تقدمت قوات النظام نحو مدينة الميادين التي يسيطر عليها تنظيم داعش. "
                       "وقال مصدر عسكري إن قوات حزب الله تقدمت من الجهة الجنوبية. "
                       "وسيطرت قوات النظام على مدينة البوكمال يوم الأحد.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"
               and "Kamal" in ((e.location or {}).get("name") or "")]
    assert capture and "actor:holder-of-the-place" not in rules_of(capture[0], "actor2")


# --- fighters with their owner's pronoun are the owner named before ---

def test_fighters_with_a_pronoun_are_the_group_named_before():
    events = _assaults("وأعلنت قسد في بيان أن مقاتليها سيطروا على قرية الكرامة في ريف الرقة يوم الأحد.")
    assert events and "SDF" in name_of(events[0].actor1)


def test_fighters_with_a_pronoun_are_no_civilian_named_before():
    events = _assaults("وصلت عائلة نازحة إلى المخيم يوم الأحد. وقال مصدر إن عناصره قصفوا قرية الكرامة يوم الاثنين.")
    assert events and all("Civilians" not in name_of(e.actor1) and "Civilians" not in name_of(e.actor2)
                          for e in events)


# --- forces "belonging to" a side are that side; a backer is no party ---

def test_forces_belonging_to_a_side_are_that_side():
    events = _assaults("تمكنت القوات التابعة للنظام السوري من استعادة مدينة تدمر من تنظيم داعش يوم الخميس.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Syria" in name_of(capture[0].actor1) and "Syria" not in name_of(capture[0].actor2)


def test_positions_belonging_to_a_side_are_the_target():
    events = _assaults("استهدفت الطائرات الروسية مواقع تابعة للنظام السوري في مدينة تدمر يوم الأحد.")
    assert events and "Syria" in name_of(events[0].actor2)


def test_a_backer_is_neither_side():
    events = _assaults("سيطرت القوات العراقية مدعومة من قوات التحالف الدولي على قاعدة جوية قرب القيارة يوم الأحد.")
    capture = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert capture and "Iraq" in name_of(capture[0].actor1)
    assert "Coalition" not in name_of(capture[0].actor2) and "Coalition" not in name_of(capture[0].actor1)


def test_a_capture_backed_by_strikes_keeps_its_sides_and_no_strike_of_its_own():
    # the support phrase's strikes are the capture's means (no event of their own) and their
    # air force backs the capturer: neither side of the capture
    events = _assaults("سيطرت القوات الكردية مدعومة بغارات جوية لقوات التحالف الدولي على مدينة سنجار "
                       "يوم الجمعة.")
    captures = [e for e in events if e.event_type == "Battles"]
    assert captures and "YPG" in name_of(captures[0].actor1)
    assert all("Coalition" not in name_of(e.actor1) and "Coalition" not in name_of(e.actor2) for e in captures)
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"]


# --- meetings: the one met after a possessed meeting noun, and past the subject's own name ---

def _meetings(text: str):
    return [e for e in rasd.extract(text).events if e.plover == "CONSULT"]


def test_the_one_met_after_a_possessed_meeting_noun_is_actor2():
    (ev,) = _meetings("وقال الرئيس الروسي فلاديمير بوتين خلال لقائه الرئيس السوري بشار الأسد في سوتشي يوم الاثنين "
                      "إن العمليات العسكرية تقترب من نهايتها.")
    assert "Russia" in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


def test_the_name_after_the_subjects_title_is_not_the_one_met():
    (ev,) = _meetings("والتقى الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في سوتشي يوم الاثنين.")
    assert "Russia" in name_of(ev.actor1) and "Syria" in name_of(ev.actor2)


def test_a_meeting_with_one_party_named_has_no_invented_second():
    events = _meetings("والتقى الرئيس الروسي فلاديمير بوتين في سوتشي يوم الاثنين وفدا من رجال الأعمال.")
    assert events and all(e.actor2 is None for e in events)


# --- an offensive "to retake X from Y"; a border "between" two states ---

def test_an_offensive_to_retake_a_city_from_a_group_targets_it():
    events = _assaults("وأطلقت القوات العراقية يوم الاثنين هجوما واسعا لاستعادة مدينة الموصل ثاني المدن العراقية "
                       "من تنظيم داعش.")
    assert events and "Iraq" in name_of(events[0].actor1) and "Islamic State" in name_of(events[0].actor2)


def test_an_attack_with_no_word_of_capture_takes_no_loser_after_min():
    events = _assaults("شنت القوات العراقية هجوما على مواقع في مدينة الموصل بعد وصول تعزيزات من الجيش الأمريكي.")
    assaults = [e for e in events if e.plover == "ASSAULT"]
    assert assaults and all("United States" not in name_of(e.actor2) for e in assaults)


def test_a_border_between_two_states_is_no_pair_of_sides():
    events = _assaults("شنت قوات الحشد الشعبي عملية ليلية لتحرير القرى من سيطرة داعش على الشريط الحدودي "
                       "بين العراق وسوريا يوم الأربعاء.")
    assert events and "Iraq" not in name_of(events[0].actor1)
    assert "Islamic State" in name_of(events[0].actor2)


def test_an_alliance_of_fighters_after_min_is_not_the_loser():
    events = _assaults("وفي معركة لاستعادة مدينة الرقة شن تحالف من المقاتلين الأكراد والعرب هجوما واسعا يوم الثلاثاء.")
    assert events and all("YPG" not in name_of(e.actor2) for e in events)
