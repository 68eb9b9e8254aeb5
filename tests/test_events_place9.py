"""Session 9 (PLACE): one event per town across a comma-and-و clause break, and villages the
gazetteer lacked (villages.yaml, fourth batch). Sentences written for these tests in the style
of the reports; none is copied from a gold article."""

from __future__ import annotations

import pytest

import rasd
from tests.helpers import places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def test_a_second_clause_after_comma_and_wa_gives_its_town_an_event():
    # the trigger words of both clauses form one event head; the town of the second clause
    # (after "، وقتل") is a target of its own, not lost
    places = places_of("أصيب ثلاثة مدنيين بقصف مدفعي استهدف بلدة كفرنبل في ريف إدلب الجنوبي ، "
                     "وقتل طفل في قصف صاروخي على مدينة سراقب صباح اليوم.")
    assert "Kafranbel" in places
    assert "Saraqib" in places


def test_a_second_clause_of_another_kind_still_gives_no_target():
    # the clause after "، و" tells a protest: its place is no second target of the shelling
    places = places_of("قصفت قوات النظام بلدة سراقب بالمدفعية ، وخرجت مظاهرة في مدينة كفرنبل.")
    assert places == ["Saraqib"]


def test_a_place_in_the_same_list_is_unchanged():
    places = places_of("شنت الطائرات الحربية غارات على بلدتي كفرنبل وسراقب في ريف إدلب.")
    assert sorted(places) == ["Kafranbel", "Saraqib"]


@pytest.mark.parametrize("text, name", [
    ("شنت الطائرات الحربية الروسية خمس غارات على قرية الرهجان في ريف حماة الشرقي.", "Al-Rahjan"),
    ("تجددت الاشتباكات بين قوات النظام وعناصر التنظيم على محور أثريا شرق حماة.", "Athriya"),
    ("قصفت قوات النظام بالمدفعية قرية أبو حية في ناحية الحمراء.", "Abu Hayya"),
    ("قتل مقاتلان في اشتباكات اندلعت فجر اليوم في قرية حوش الضواهرة.", "Hosh al-Dawahira"),
])
def test_villages_the_gazetteer_lacked_place_their_events(text, name):
    assert name in places_of(text)


def test_a_village_that_is_also_a_nickname_needs_its_cue():
    doc = rasd.extract("قال أبو حية القيادي في الفصيل إن مقاتليه صدوا الهجوم.")
    places = [s.value.get("name") for s in doc.spans_of("PLACE") if isinstance(s.value, dict)]
    assert "Abu Hayya" not in places


# --- which place of its sentence an event takes -------------------------------------------

def test_a_city_named_in_a_street_name_is_not_where_it_happened():
    places = places_of("أطلق مسلحون مجهولون النار على دورية للشرطة في شارع جسر حلب شرق مدينة حمص.")
    assert "Aleppo" not in places
    assert places and places[0].startswith("Hom")


def test_a_street_then_its_city_with_a_preposition_keeps_the_city():
    assert places_of("انفجرت عبوة ناسفة في شارع الثورة بحمص صباح اليوم.") == ["Homs"]


def test_where_a_vehicle_was_going_is_not_where_it_was_hit():
    places = places_of("استهدفت طائرة مسيرة سيارة عسكرية قرب بلدة سراقب في طريقها إلى مدينة حلب.")
    assert places == ["Saraqib"]


def test_a_destination_alone_still_places_the_strike():
    assert places_of("استهدفت طائرة مسيرة قافلة عسكرية متجهة إلى مدينة إدلب.") == ["Idlib"]


def test_a_city_holding_the_quarter_told_before_it_is_no_second_target():
    places = places_of("قصفت فصائل المعارضة بقذائف الهاون مطار المزة العسكري بحي المزة في العاصمة دمشق.")
    assert places and "Damascus" not in places
    assert "Mezzeh" in places[0]


def test_a_wire_dateline_run_into_the_page_is_not_the_place():
    # the outlet's name runs into the dateline: no full stop or line break before the city
    places = places_of("صحيفة الرأي بيروت - د ( د ب أ ) - قصفت الطائرات الحربية مواقع التنظيم.")
    assert "Beirut" not in places


def test_a_wire_credit_closing_a_caption_is_no_dateline():
    assert "Beirut" in places_of("شنت الطائرات الحربية غارات على بيروت. ( أ ف ب )")


def test_a_place_told_as_where_the_one_before_lies_is_no_second_target():
    places = places_of("قصفت الطائرات الحربية بلدة حاس التابعة لمدينة معرة النعمان بعدة غارات.")
    assert places == ["Has"]


def test_a_later_clause_of_the_same_kind_past_kama_keeps_all_towns():
    places = places_of("تعرضت بلدة كفرنبل لقصف مدفعي عنيف ، كما طال القصف مدينة سراقب وبلدة بنش.")
    assert sorted(places) == ["Binnish", "Kafranbel", "Saraqib"]


def test_each_of_opens_a_list_of_targets_not_an_origin():
    places = places_of("قصفت قوات النظام بالمدفعية الثقيلة كلا من بلدة حاس ومدينة كفرنبل.")
    assert sorted(places) == ["Has", "Kafranbel"]


def test_a_town_shelled_from_another_keeps_the_origin_out():
    assert places_of("قصفت قوات النظام بلدة كفرنبل بالمدفعية من مدينة معرة النعمان.") == ["Kafranbel"]


def test_each_of_before_parties_makes_no_place_of_a_country():
    places = places_of("وسمحت التهدئة لكل من إسرائيل والحزب بضبط النفس بعد الهجوم الذي استهدف دورية.")
    assert "Israel" not in places


def test_a_sub_district_named_after_its_seat_holds_the_village_before_it():
    places = places_of("شن الطيران الحربي غارات على قرية حاس في منطقة معرة النعمان بريف إدلب.")
    assert places == ["Has"]


def test_a_later_clause_of_another_event_type_past_kama_gives_no_target():
    # shelling, then soldiers killed in clashes elsewhere: the battle's town is no shelling target
    doc = rasd.extract("تعرضت مدينة سراقب لقصف مدفعي من دبابات الجيش ، كما قتل جنديان في اشتباكات "
                       "مع مسلحين في بلدة بنش.")
    shelled = [str((e.location or {}).get("name")) for e in doc.events
               if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert "Binnish" not in shelled
