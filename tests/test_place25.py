"""PLACE25: events that lost their place. A town on the stoplist's weak level after a battle's
noun ("في معارك الموصل"); "من" closing a part of a town ("أجزاء واسعة من مدينة كركوك") or after
a verb of driving out ("طردت ... التنظيم من مدينة منبج"), which is no origin."""

from rasd.api import extract
from tests.helpers import events_of, name_of


def _places(text: str) -> set[str]:
    doc = extract(text, published="2017-01-20")
    return {name_of(s.value) for s in doc.spans_of("PLACE") if isinstance(s.value, dict)}


def _event_places(text: str, plover: str) -> set[str]:
    return {name_of(e.location) for e in events_of(text, plover, published="2017-01-20")}


def test_a_weak_town_after_a_battle_noun_is_read_and_placed() -> None:
    # الموصل needs a weak cue (it is also "the connector"); "معارك الموصل" names the battle's town
    text = "قتل ثلاثة جنود عراقيين أمس في معارك الموصل بحسب مصدر أمني ."
    assert "Mosul" in _places(text)
    assert "Mosul" in _event_places(text, "ASSAULT")
    assert "Al Bab" in _places("بدأت اليوم معركة الباب ضد تنظيم الدولة .")


def test_a_weak_towns_word_after_other_nouns_stays_a_word() -> None:
    # الباب "the door" after a noun that is no battle's, and a strong-level word after a battle
    # noun (معركة التحرير: a battle's name), are not places
    assert "Al Bab" not in _places("قال الوزير إن فتح الباب أمام المفاوضات ما زال ممكنا .")
    assert not _places("وصف القائد معركة التحرير بأنها طويلة .")
    # a battle to come ("استعدادا لمعركة الموصل"): the town is not read from it
    assert "Mosul" not in _places("وصلت تعزيزات عسكرية أمس استعدادا لمعركة الموصل .")


def test_a_part_of_a_town_after_min_is_where_it_happened() -> None:
    text = "سيطرت قوات الحكومة العراقية اليوم على أجزاء واسعة من مدينة كركوك بعد اشتباكات ."
    assert "Kirkuk" in _event_places(text, "ASSAULT")
    text = "اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام على الجبهات الشمالية من بلدة كفرنبل ."
    assert "Kafranbel" in _event_places(text, "ASSAULT")
    # a definite nisba as the part's adjective
    text = "قتل مسلحون شرطيا أمس في الجزء الصربي من مدينة ميتروفيتسا ."
    assert "Mitrovice" in _event_places(text, "ASSAULT")


def test_a_town_the_shells_came_from_is_still_an_origin() -> None:
    # "من مدينة خان شيخون" after no part word and no verb of driving out: where it came from
    text = "قصفت قوات النظام بلدة كفرنبل بقذائف الهاون من مدينة خان شيخون ."
    places = _event_places(text, "ASSAULT")
    assert "Kafranbel" in places and "Khan Shaykhun" not in places


def test_a_town_on_whose_side_the_shells_came_is_no_part() -> None:
    # "أطراف المدينة من جهة حرستا": a part noun two words before من, but past a noun, not its
    # adjective, and من opens "from the side of": Harasta is no part the shells fell on
    text = "وقصفت قوات النظام أطراف المدينة من جهة حرستا مساء أمس ."
    assert "Harasta" not in _event_places(text, "ASSAULT")


def test_a_town_a_side_was_driven_out_of_is_where_it_was_fought() -> None:
    text = "وطردت الفصائل مقاتلي التنظيم من مدينة الراعي بعد اشتباكات استمرت يومين ."
    assert "Ar Rai" in _event_places(text, "ASSAULT")


def test_a_driving_out_verb_past_a_comma_makes_no_origin_a_place() -> None:
    # the verb of driving out stands in another clause: Marea is where the shells came from
    text = "طردت الفصائل التنظيم من قرية دابق , وقصفت المدفعية بلدة تل رفعت من مدينة مارع ."
    places = _event_places(text, "ASSAULT")
    assert "Mari" not in places and "Tall Rifat" in places
