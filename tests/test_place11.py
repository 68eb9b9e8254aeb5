"""PLACE11 (session 11): which place an event gets when a sentence names places that are not
where it happened: the post in an envoy's title, and what a talk or an agreement was about.
Sentences written for these tests in the style of the reports."""
from __future__ import annotations

import pytest

from tests.helpers import places_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


ENVOY = ("التقى وزير الخارجية الروسي سيرغي لافروف المبعوث الأممي الخاص إلى سوريا ستافان دي "
         "ميستورا أمس .")
ENVOY_AT = ("اجتمع وزير الخارجية الأمريكي في جنيف أمس مع مبعوث الأمم المتحدة إلى اليمن "
            "لبحث وقف إطلاق النار .")


def test_envoy_post_is_no_meeting_place():
    assert "Syria" not in places_of(ENVOY, "CONSULT")


def test_envoy_post_leaves_the_venue():
    assert places_of(ENVOY_AT, "CONSULT") == ["Geneva"]


def test_envoy_sent_somewhere_is_no_title():
    """An envoy sent ("أوفد مبعوثا إلى") travels: the rule reads only a title's link."""
    from rasd.events.place_clauses import title_cues
    cues = title_cues()
    assert cues.envoy.match("المبعوث") and cues.envoy.match("سفير")
    assert not cues.envoy.match("مبعوثا")


QUOTED = ('وقال الرئيس الفرنسي في مؤتمر صحفي مشترك مع رئيس الوزراء العراقي " يجب حل الفصائل '
          'المسلحة في العراق " .')
SAID = ("وذكرت الرئاسة الروسية أن الرئيس السوري شدد خلال لقائه بوتين أمس على أن العمليات "
        "العسكرية فتحت الطريق أمام حل سياسي في سوريا .")
AGREED = 'وذكر البيان الختامي أن بوتين وأردوغان اتفقا على أنه " لا حل عسكريا للأزمة في ليبيا " .'


def test_quoted_topic_is_no_venue():
    assert places_of(QUOTED, "CONSULT") == ["None"]


def test_reported_content_is_no_venue():
    assert places_of(SAID, "CONSULT") == ["None"]


def test_agreed_content_is_no_venue():
    assert places_of(AGREED, "AGREE") == ["None"]


def test_time_clause_keeps_the_venue():
    """"بعد أن وصلوا إلى جنيف": a time clause, not what was said."""
    text = "والتقى وفد المعارضة المبعوث الأممي أمس بعد أن وصل إلى جنيف قادما من الرياض ."
    assert places_of(text, "CONSULT") == ["Geneva"]


def test_attack_places_untouched():
    """The rules read talks' topics: an air strike told after "أن" keeps its town."""
    text = "وقال المرصد إن طائرات حربية شنت غارات على مدينة سراقب في ريف إدلب أمس ."
    assert places_of(text) == ["Saraqib"]


def test_dateline_of_several_cities_is_no_place():
    """"بيروت - دمشق - " الشرق اليوم " :": where the report was filed from, two cities and the
    outlet's quoted name; the strike is on no named town."""
    text = 'بيروت - دمشق - " الشرق اليوم " : شنت طائرات حربية غارات على مواقع للمعارضة أمس .'
    assert places_of(text) == ["None"]


def test_a_road_between_towns_is_no_dateline():
    """Two towns joined by a dash and no outlet after them stay places."""
    text = "واندلعت أمس اشتباكات عنيفة على محور مورك - اللطامنة بين قوات النظام والفصائل ."
    assert places_of(text) != ["None"]


def test_distance_point_is_no_target():
    """"الذي يبعد نحو 40 كم عن مدينة حماة": where the airport lies, not the target."""
    text = "واستعاد الجيش أمس السيطرة على المطار العسكري الذي يبعد نحو 40 كم عن مدينة حماة ."
    assert places_of(text) == ["None"]


def test_near_a_city_keeps_the_city():
    """"على بعد 20 كم من مدينة تدمر" (no verb of lying at a distance): near the city."""
    assert places_of("وقصفت الطائرات أمس مواقع على بعد 20 كم من مدينة تدمر .") == ["Tadmur"]


def test_country_gives_way_to_the_one_town_its_sentence_names():
    """"شرق العاصمة السعودية الرياض": the country read from the adjective only says where
    Riyadh is; the sentence's one town of that country is the place."""
    text = ("وقتل جندي سعودي أمس عندما تعرضت دورية للشرطة لإطلاق نار من مسلحين مجهولين شرق "
            "العاصمة السعودية الرياض .")
    assert places_of(text) == ["Riyadh"]
    # the town named in another clause, after a comma: the country stays the place
    other = ("وقتل جندي سعودي أمس عندما تعرضت دورية للشرطة لإطلاق نار من مسلحين مجهولين في "
             "السعودية قرب الحدود مع اليمن , وقال مسؤول في الرياض إن التحقيق جار .")
    assert places_of(other) == ["Saudi Arabia"]

