"""DIPLO16: talks told by بحث with مع, an arrival on a visit, a visit under way told in a relative
clause, a press conference held with someone in a named city, and the city a report was filed
from as the place of a meeting its own sentence does not place. Each with a close negative."""

from tests.helpers import events_of, name_of, rules_of


def _meetings(text: str) -> list:
    return events_of(text, "CONSULT", published="2018-03-15")


def _places(text: str) -> list[str]:
    return [name_of(e.location) for e in _meetings(text)]


# --- بحث ... مع ------------------------------------------------------------------------------

def test_talks_held_with_someone_told_by_bahath() -> None:
    text = "وبحث وزير الخارجية الروسي مع نظيره الأردني في عمان أمس سبل إنهاء الحرب ."
    found = _meetings(text)
    assert found and "Amman" in name_of(found[0].location), [name_of(e.location) for e in found]
    assert "Russia" in name_of(found[0].actor1), name_of(found[0].actor1)


def test_bahath_on_the_phone_is_no_meeting() -> None:
    # a call is a CONSULT of its own (INTERACT25: mode phone, no place), never a meeting in Amman
    for text in ("وبحث وزير الخارجية الروسي مع نظيره الأردني في اتصال هاتفي أمس سبل إنهاء الحرب .",
                 "وبحث وزير الخارجية الروسي هاتفيا مع نظيره الأردني أمس الوضع في عمان ."):
        found = _meetings(text)
        assert all(e.plover_mode == "phone" and e.location is None for e in found), \
            [(e.plover_mode, name_of(e.location)) for e in found]


def test_a_pages_search_word_before_a_headline_is_no_meeting() -> None:
    text = "استمارة البحث بحث القوات العراقية تسيطر على مدينة كركوك بعد مواجهات مع قوات البيشمركة ."
    assert _meetings(text) == []


def test_a_search_for_something_is_no_meeting() -> None:
    assert _meetings("بحث عناصر الدفاع المدني عن ناجين تحت الأنقاض مع فرق الإنقاذ في حلب أمس .") == []


# --- arrived on a visit ---------------------------------------------------------------------

def test_an_arrival_on_a_visit_is_a_meeting_where_it_arrived() -> None:
    text = "وصل رئيس الوزراء العراقي حيدر العبادي إلى طهران صباح اليوم في زيارة رسمية تستمر يومين ."
    found = _meetings(text)
    assert any("Tehran" in name_of(e.location) and "Iraq" in name_of(e.actor1) for e in found), \
        [(name_of(e.location), name_of(e.actor1)) for e in found]


def test_an_arrival_to_hold_talks() -> None:
    assert any("Ankara" in p for p in _places("ووصل وزير الخارجية الإيراني إلى أنقرة أمس لإجراء محادثات مع نظيره التركي ."))


def test_an_arrival_still_to_come_is_no_meeting() -> None:
    assert _meetings("يصل وزير الخارجية الإيراني إلى أنقرة غدا في زيارة رسمية .") == []


def test_troops_arriving_are_no_visit() -> None:
    assert _meetings("وصلت تعزيزات عسكرية تركية إلى ريف إدلب أمس .") == []


# --- a visit under way in a relative clause ----------------------------------------------------

def test_a_visit_under_way_in_a_relative_clause() -> None:
    text = "وقال وزير الخارجية الأمريكي الذي يزور باريس حاليا إن بلاده لن تتراجع عن قرارها ."
    found = _meetings(text)
    assert any("Paris" in name_of(e.location) for e in found), [name_of(e.location) for e in found]
    assert all(rules_of(e, "location") == ["place:visit-trigger"] for e in found), [rules_of(e, "location") for e in found]


def test_a_visit_still_to_come_in_a_relative_clause_is_no_meeting() -> None:
    assert _meetings("وقال وزير الخارجية الأمريكي الذي يزور باريس الأسبوع المقبل إن بلاده لن تتراجع .") == []


def test_a_visit_after_an_infinitive_particle_is_no_visit_under_way() -> None:
    assert _meetings("وقال المتحدث إن الوزير يأمل أن يزور باريس قريبا .") == []


# --- a press conference held with someone in a named city ---------------------------------------

def test_a_press_conference_with_someone_in_a_named_city() -> None:
    text = "وقال وزير الخارجية الإماراتي خلال مؤتمر صحفي في أبوظبي مع نظيره الروسي إن الحرب يجب أن تنتهي ."
    found = _meetings(text)
    assert found and "Abu Dhabi" in name_of(found[0].location), [name_of(e.location) for e in found]
    assert "Russia" in name_of(found[0].actor2), name_of(found[0].actor2)


def test_a_press_conference_alone_in_a_city_is_no_meeting() -> None:
    assert _meetings("وقال وزير الخارجية الإماراتي خلال مؤتمر صحفي في أبوظبي أمس إن الحرب يجب أن تنتهي .") == []


# --- the city a report was filed from -------------------------------------------------------------

def test_a_meeting_in_the_datelines_sentence_is_placed_in_its_city() -> None:
    text = "أربيل - عراق نيوز - 30 تشرين الثاني : استقبل رئيس حكومة إقليم كردستان السفير الأمريكي اليوم وبحثا العلاقات ."
    found = _meetings(text)
    assert found and "Erbil" in name_of(found[0].location), [name_of(e.location) for e in found]
    assert rules_of(found[0], "location") == ["place:filed"]


def test_a_meeting_placed_by_its_own_sentence_keeps_that_place() -> None:
    text = "أربيل - عراق نيوز : استقبل رئيس حكومة إقليم كردستان السفير الأمريكي في السليمانية اليوم ."
    assert _places(text) and all("Sulaymaniyah" in p for p in _places(text)), _places(text)


def test_an_attack_told_under_a_dateline_is_not_placed_in_its_city() -> None:
    found = events_of("بيروت ( رويترز ) - قتل ثلاثة مدنيين في قصف اليوم .", "ASSAULT", published="2018-03-15")
    assert all("Beirut" not in name_of(e.location) for e in found), [name_of(e.location) for e in found]


def test_the_country_discussed_is_not_where_the_talks_were_held() -> None:
    text = "وبحث وزير الخارجية السوري مع نظيره الروسي أمس الوضع في العراق ."
    assert all("Iraq" not in p for p in _places(text)), _places(text)


def test_a_dateline_of_several_bureaus_places_no_meeting() -> None:
    text = "جنيف , بيروت , باريس - رويترز : استقبل رئيس الحكومة اللبنانية السفير الأمريكي اليوم وبحثا العلاقات ."
    assert all("Paris" not in p for p in _places(text)), _places(text)


def test_talks_someone_spoke_of_under_a_dateline_are_not_placed_there() -> None:
    text = "باريس - القدس العربي : قال المبعوث الأممي إن وفد الحكومة التقى وفد المعارضة أمس ."
    assert all("Paris" not in p for p in _places(text)), _places(text)
