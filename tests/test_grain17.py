"""GRAIN17: one event per town — a withdrawal or an evacuation told with a list of the towns it
left after "من", and a dual place noun after "من" ("من بلدتي X وY") read as the marker of the
whole list (an arrest's towns, a shelling's origin).

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from tests.helpers import events_of, name_of


def _places(text: str, plover: str) -> list[str]:
    return sorted(name_of(e.location) for e in events_of(text, plover, require=True))


# ------------------------------------------------------------- a withdrawal from a list of towns

def test_a_withdrawal_from_two_villages_is_one_event_per_village() -> None:
    text = "انسحب مقاتلو التنظيم صباح اليوم من قريتي تل رفعت ومارع ."
    assert _places(text, "RETREAT") == ["Mari", "Tall Rifat"]


def test_where_the_forces_went_is_no_town_they_left() -> None:
    # "من X إلى Y وZ": a route; Azaz and Tall Rifat are where they went
    text = "انسحبت القوات صباح اليوم من مارع إلى أعزاز وتل رفعت ."
    assert _places(text, "RETREAT") == ["Mari"]


def test_fighters_leaving_two_towns_are_two_events_and_the_next_clause_none() -> None:
    # the convoy's town in the clause after it is no town the fighters left
    text = "بدأ صباح اليوم خروج المسلحين من بلدتي الزبداني ومضايا ووصول قافلة الفوعة إلى حلب ."
    assert _places(text, "RETREAT") == ["Az Zabadani", "Madaya"]


def test_a_town_and_the_countryside_it_lies_in_are_one_withdrawal() -> None:
    text = "انسحبت القوات من مدينة الباب في ريف حلب الشرقي ."
    assert _places(text, "RETREAT") == ["Al Bab"]


# ------------------------------------------------------------- a dual place noun after "من"

def test_arrests_in_two_towns_told_with_a_dual_are_two_arrests() -> None:
    text = "اعتقلت قوات الأمن عشرين شابا من بلدتي كفرزيتا واللطامنة ."
    assert _places(text, "COERCE") == ["Al-Lataminah", "Kafr Zayta"]


def test_people_of_two_towns_arrested_elsewhere_are_one_arrest_there() -> None:
    # "من أبناء بلدتي ...": where the men come from, not where they were taken
    text = "اعتقلت الشرطة في دمشق شابين من أبناء بلدتي كفريا والفوعة ."
    assert _places(text, "COERCE") == ["Damascus"]


def test_two_towns_a_shelling_came_from_are_its_origin_not_targets() -> None:
    text = "قصفت قوات النظام مدينة اللطامنة من بلدتي حلفايا ومحردة ."
    assert _places(text, "ASSAULT") == ["Al-Lataminah"]
