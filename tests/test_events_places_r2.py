"""Places across the clauses of one sentence (rasd.events.place_clauses): a second clause
telling the same kind of happening names more targets; the first place past a contrast word
belongs to the other clause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def test_second_clause_of_the_same_happening_gives_its_towns_events():
    places = places_of("قالت مصادر محلية إن ثلاثة مدنيين قتلوا في بلدة كفرنبل بينما قتل آخرون "
                     "في غارات على معرة النعمان وسراقب.")
    assert "Kafranbel" in places
    assert any("Maarrat" in p or "Ma`arrat" in p for p in places)
    assert "Saraqib" in places


def test_one_clause_list_is_left_alone():
    places = places_of("قتل ثلاثة مدنيين في بلدة كفرنبل بعد غارات جوية.")
    assert places == ["Kafranbel"]


def test_a_later_clause_of_another_kind_gives_no_target():
    # a protest told after فيما is no second target of the shelling
    places = places_of("قصفت قوات النظام بلدة سراقب، في حين خرجت مظاهرة في حي الحمدانية بحلب.")
    assert places == ["Saraqib"]


def test_first_place_past_a_contrast_word_is_the_other_clauses():
    # (the other clause tells no blow of its own: "سقطت قذيفة على حي الحمدانية" would be a
    # second shelling, with its own event there; tests/test_events_viol9.py)
    places = places_of("تعرضت أحياء في بلدة سراقب لقصف مدفعي من قوات النظام، في حين ساد هدوء حذر "
                     "في حي الحمدانية في حلب.")
    assert places == ["Saraqib"]


def test_target_after_the_trigger_in_its_own_clause_is_kept():
    # no contrast word between the trigger and the town after it: the town is the target
    places = places_of("قال ناشطون من بلدة سراقب إن الطائرات قصفت بلدة كفرنبل ظهر اليوم.")
    assert places == ["Kafranbel"]


def test_dateline_after_the_printed_date_is_not_where_it_happened():
    # "2019 - 03 - 14 الرقة - شبكة الأخبار قال ...": the city the report was filed from
    text = ("وزارة الداخلية تعلن مقتل مسلحين 2019 - 03 - 14 الرقة - شبكة الأخبار "
            "قالت مصادر محلية إن طائرات التحالف قصفت مواقع للتنظيم أمس.")
    assert "Ar Raqqah" not in places_of(text)


def test_two_places_joined_by_a_dash_are_no_dateline():
    # "الرقة - دير الزور" after a colon: a stretch, not a dateline
    text = "المناطق المستهدفة : الرقة - دير الزور قصفت طائرات التحالف مواقع التنظيم أمس."
    places = places_of(text)
    assert places and all(p != "None" for p in places)


def test_place_governed_by_a_verb_before_a_dash_stays():
    text = "قصفت طائرات التحالف مدينة الرقة - وقتل خمسة مدنيين."
    assert "Ar Raqqah" in places_of(text)


def test_fire_from_a_named_town_is_its_origin():
    # "من بلدة X" after a shelling: where the shells came from, not a second target
    assert places_of("قصف بمدفع الهاون على بلدة سراقب من بلدة كفرنبل صباح اليوم.") == ["Saraqib"]


def test_a_town_named_as_a_target_with_its_noun_stays():
    assert sorted(places_of("قصفت الطائرات بلدة سراقب وبلدة كفرنبل صباح اليوم.")) == ["Kafranbel", "Saraqib"]


def test_withdrawal_from_a_town_happened_there():
    assert places_of("انسحب عناصر التنظيم من مدينة سراقب أمس.", "RETREAT") == ["Saraqib"]
    assert places_of("انسحب عناصر التنظيم من سراقب أمس.", "RETREAT") == ["Saraqib"]


def test_arrest_from_a_town_happened_there():
    assert places_of("اعتقلت قوات الأمن ثلاثة شبان من سراقب أمس.", "COERCE") == ["Saraqib"]


def test_reinforcements_from_a_town_are_not_there():
    places = places_of("وصلت تعزيزات عسكرية قادمة من سراقب إلى بلدة كفرنبل.", "MOBILIZE")
    assert "Saraqib" not in places


def test_near_a_town_is_there():
    assert places_of("انفجرت سيارة مفخخة بالقرب من سراقب أمس.") == ["Saraqib"]
    assert places_of("انفجرت سيارة مفخخة بالقرب من مدينة سراقب أمس.") == ["Saraqib"]


def test_town_noun_is_not_the_reference_point_before_it():
    # "القرية" is the village near Kirkuk, not Baghdad, the distance's reference point
    text = ("تسلل مسلحون الى قرية الملح شمال غرب كركوك ( 225 كم شمال شرق بغداد ) واقتحموا منزلا. "
            "وعثرت القوات على مقربة من القرية على سبع جثث قتلوا بالرصاص.")
    assert "Baghdad" not in places_of(text)


def test_home_town_gives_way_to_where_it_happened():
    assert places_of("قتل ثلاثة من أبناء مدينة سراقب في قصف على بلدة كفرنبل.") == ["Kafranbel"]


def test_home_town_alone_stays_the_place():
    assert places_of("اعتقلت قوات الأمن أربعين شابا من أبناء مدينة سراقب.", "COERCE") == ["Saraqib"]


def test_town_noun_after_a_verbal_noun_of_taking_is_the_town_named_before():
    text = ("سيطر تنظيم الدولة على مدينة الفلوجة مطلع العام 2014 . واعلن الجيش العراقي استعادة "
            "المدينة ( 50 كلم غرب بغداد ) في 26 حزيران / يونيو 2016 .")
    places = places_of(text)
    assert "Al Fallujah" in places and "Baghdad" not in places


def test_a_chanted_slogan_names_no_place():
    text = 'خرج مئات المتظاهرين رافعين لافتات كتب عليها " حلب تحترق " .'
    assert "Aleppo" not in places_of(text, "PROTEST")


def test_a_quoted_town_after_a_locative_stays():
    assert places_of('تظاهر المئات في " حمص " ضد النظام .', "PROTEST") == ["Homs"]
