"""DIPLO21: a visit told verb first, whose visitor is the title right after زار (REVIEW20 finding
5), placed where the verb's object says it went; and a meeting folded with the visit it was held
on, placed where the visit went. Each rule with a close negative it must leave alone: a visit to
come, a place in the visitor's title, a former office-holder, a visit with another person of rank
as its object (the meeting frame's reading)."""

from tests.helpers import events_of, name_of


def _consults(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(name_of(e.location), (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"))
            for e in events_of(text, "CONSULT", published="2018-03-15")]


def _places(text: str) -> list[str | None]:
    return [place for place, _actor1, _actor2 in _consults(text)]


# --- the title right after زار is the visitor; the verb's object is where it went ---------------

def test_a_minister_visited_a_country_named_after_him() -> None:
    text = "زار وزير الخارجية الفرنسي جان إيف لودريان العراق يوم الثلاثاء وبحث الأوضاع الأمنية ."
    assert "Iraq" in _places(text), _consults(text)


def test_an_ambassador_is_the_visitor_not_the_visited() -> None:
    text = "وزار السفير البريطاني مدينة الرقة أمس واطلع على عمل المجلس المحلي فيها ."
    found = _consults(text)
    assert found and found[0][0] == "Ar Raqqah" and found[0][1] == "Government of the United Kingdom", found


def test_a_place_in_the_visitors_title_is_not_where_he_went() -> None:
    text = "زار وزير خارجية العراق الكويت أمس الأول ."
    assert _places(text) == ["Kuwait"], _consults(text)


def test_a_place_after_the_envoys_title_is_not_where_he_went() -> None:
    text = "زار المبعوث الأممي إلى اليمن مارتن هانز العاصمة السعودية الرياض أمس ."
    assert "Yemen" not in _places(text), _consults(text)


def test_a_visit_to_come_is_none() -> None:
    text = "سيزور وزير الخارجية النمساوي كارل شتاينر العراق يوم الثلاثاء المقبل ."
    assert _consults(text) == [], _consults(text)


def test_a_former_office_holder_visiting_is_none() -> None:
    text = "زار رئيس الوزراء الأسبق القاهرة أمس للمشاركة في حفل زفاف ."
    assert _consults(text) == [], _consults(text)


def test_a_visitor_who_met_a_person_of_rank_keeps_both_parties() -> None:
    # the meeting frame's reading: the title after the visitor's name is the one visited
    text = "زار الرئيس الإيراني حسن روحاني رئيس الوزراء العراقي في بغداد أمس ."
    assert ("Baghdad", "Government of Iran (1979-)", "Government of Iraq") in _consults(text), _consults(text)


# --- a meeting folded with the visit it was held on -------------------------------------------

def test_talks_held_during_a_visit_to_a_base() -> None:
    text = "وأجرى الرئيس الروسي محادثات مع نظيره السوري بشار الأسد خلال زيارة لقاعدة حميميم الجوية ."
    assert "Khmeimim Air Base" in _places(text), _consults(text)


def test_a_meeting_during_a_visit_with_no_destination_stays_unplaced() -> None:
    text = "والتقى الرئيس الروسي نظيره السوري بشار الأسد خلال زيارة سابقة قبل عامين ."
    assert all(place is None for place in _places(text)), _consults(text)
