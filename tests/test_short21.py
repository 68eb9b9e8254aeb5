"""SHORT21: two wordings of fire that the short reports' misses showed rasd did not read.

- Barrels dropped *towards* a place ("باتجاه"، "نحو"، "صوب") are an air strike as much as
  barrels dropped on it ("على"), and the barrels' accusative as reports write it ("براميلاً")
  is the barrels; a barrel bomb told with no place it fell on or towards stays no strike.
- Fire told by its plural ("نيران"، "نيراناً") and fired at something is shooting, as "النار"
  is; fired into the air or in celebration it is none.

The sentences are written for these tests."""

from tests.helpers import events_of, name_of


def test_barrels_dropped_towards_a_place_are_an_air_strike():
    found = events_of("ألقى الطيران المروحي براميلاً متفجرة باتجاه بلدة كفرزيتا بريف حماة الشمالي اليوم .",
                      "ASSAULT", require=True)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"], found
    assert name_of(found[0].location) == "Kafr Zayta", found[0].location


def test_barrels_told_with_nowhere_they_fell_are_no_strike():
    # the regime's arsenal described, no load dropped on or towards anything
    assert events_of("يملك النظام مخزونا من البراميل المتفجرة ألقى الطيران المروحي براميلاً متفجرة كثيرة منه .",
                     "ASSAULT") == []


def test_plural_fire_opened_on_worshippers_is_shooting():
    found = events_of("أطلق مسلحون مجهولون النيران باتجاه المصلين في مسجد بمدينة العريش صباح اليوم .",
                      "ASSAULT", require=True)
    assert found[0].rule.startswith("trigger:shooting"), found[0].rule
    assert name_of(found[0].location) == "Arish", found[0].location


def test_plural_fire_into_the_air_or_in_celebration_is_no_event():
    assert events_of("أطلق عناصر الحاجز النيران في الهواء لتفريق المتجمعين قرب مدينة العريش اليوم .",
                     "ASSAULT") == []
    assert events_of("وأطلق أنصار الحكومة النيران احتفالا في أنحاء مدينة العريش مساء اليوم .", "ASSAULT") == []
