"""PLACESRC10: where an event's place comes from — not a reporter's seat, not a building's name."""

from tests.helpers import places_of


def test_a_sources_seat_is_not_the_event_place():
    text = ("وأوردت الصحيفة نقلا عن المرصد الذي مقره في لندن أن تنظيم الدولة فرض سيطرته على "
            "معسكر الصاعقة التابع للنظام .")
    assert "London" not in places_of(text)


def test_a_correspondents_post_is_not_the_event_place():
    text = ("وأفاد مراسلنا في واشنطن بأن الشرطة شرعت بعملية أمنية للقبض على المسلحين بعد إطلاق "
            "النار بمدينة بيرناردينو .")
    assert "Washington" not in places_of(text)


def test_a_seat_word_leaves_the_towns_told_after_it():
    text = "وأفاد مراسلنا في واشنطن بأن مسلحين أطلقوا النار على حشد في مدينة شيكاغو ."
    assert places_of(text) == ["Chicago"]


def test_a_place_after_in_without_a_seat_word_stays():
    text = "وأفاد المرصد بأن مسلحين أطلقوا النار على حشد في مدينة حمص ."
    assert "Homs" in places_of(text)


def test_a_hospital_named_for_a_city_abroad_across_a_relative_clause():
    text = ("ودمرت ضربة جوية مستشفى القدس الذي كانت تدعمه المنظمة بمنطقة يسيطر عليها مقاتلو "
            "المعارضة بمدينة حلب .")
    places = places_of(text)
    assert "Jerusalem" not in places
    assert "Aleppo" in places


def test_a_correspondent_alone_in_a_town_tells_what_is_there():
    text = "وأفاد مراسل في دوما أنه سمع خلال النهار انفجارات ناجمة عن غارات جوية وقصف صاروخي ."
    assert places_of(text) == ["Duma"]


def test_a_numbered_round_of_talks_is_not_a_place():
    text = "وتواصل القصف الجوي على القرى مع افتتاح \" أستانة - 6 \" حول مناطق خفض التوتر ."
    assert "Astana" not in places_of(text)


def test_a_meeting_to_be_held_elsewhere_is_not_the_talks_venue():
    text = ("التقى وفد المعارضة مع الوفد الروسي صباح اليوم الجمعة لمواصلة النقاش حول ملف المعتقلين "
            "ومؤتمر الحوار المزمع عقده في مدينة سوتشي .")
    assert "Sochi" not in places_of(text, "CONSULT")


def test_talks_held_in_a_city_keep_it():
    assert places_of("التقى وزير الخارجية الروسي نظيره التركي في مدينة سوتشي .", "CONSULT") == ["Sochi"]


def test_a_city_country_masthead_is_not_the_event_place():
    text = "النظام يوافق على هدنة في الغوطة | جريدة اللواء بيروت - لبنان 2018 / 01 / 21 م أقسام أخرى سياسة ."
    assert "Beirut" not in places_of(text, "AGREE")


def test_a_capital_paired_with_a_party_after_between_is_a_party():
    text = ("ويأتي التوتر بين الفصائل وواشنطن , فيما تشهد البادية السورية معارك عنيفة بين القوات "
            "النظامية والفصائل .")
    places = places_of(text)
    assert "Washington" not in places
    assert "Syrian Desert (Badia)" in places
