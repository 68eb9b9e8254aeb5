"""LISTS14: several towns, several events — a protest, an aid delivery or a deployment told in
one list of towns after a locative, a list after "وفي", and one attack on several fronts.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.events.build import WHERE_SPLIT_TYPES
from tests.helpers import events_of


def _places(text: str, plover: str) -> list[str]:
    return sorted(str((e.location or {}).get("name_ar")) for e in events_of(text, plover, require=True))


def _rules(text: str, plover: str) -> set[str]:
    return {ev.rule for e in events_of(text, plover, require=True) for ev in e.evidence if ev.field == "location"}


# ------------------------------------------------------------- protests in one list of towns

def test_protests_in_a_list_of_towns_are_one_event_per_town() -> None:
    text = "وخرج آلاف المتظاهرين يوم الجمعة في العاصمة عمان وفي مدن إربد والزرقاء والكرك تنديدا بالقرار."
    assert len(_places(text, "PROTEST")) == 4


def test_a_place_the_protest_is_against_makes_no_protest_of_its_own() -> None:
    # the crowd was in Aleppo; Ankara and Moscow are what it shouted against, told with no locative
    text = "وخرجت مظاهرات حاشدة يوم الجمعة في مدينة حلب ورددوا هتافات مناوئة لأنقرة وموسكو."
    assert len(_places(text, "PROTEST")) == 1


def test_a_locative_of_the_topic_is_no_second_protest() -> None:
    # "بالقدس" is what the decision was about, not a town the crowd gathered in: no و joins it
    text = "ونظمت تظاهرة حاشدة مساء اليوم في صيدا احتجاجا على قرار الاعتراف بالقدس عاصمة."
    assert len(_places(text, "PROTEST")) == 1


def test_a_list_far_from_the_protest_place_is_not_its_list() -> None:
    # the speech was given at a rally in Beirut; the countries it hinted at are no rallies
    text = ("وقال الأمين العام في خطاب ألقاه أمس في مظاهرة حاشدة في بيروت إن الحزب انتصر في "
            "المنطقة , في إشارة إلى سوريا والعراق واليمن.")
    assert len(_places(text, "PROTEST")) == 1


def test_a_quoted_list_after_a_locative_counts_each_town() -> None:
    text = 'واعتصم المئات اليوم في مدن " قونية " و " أضنة " و " مرسين " احتجاجا على الغلاء.'
    assert len(_places(text, "PROTEST")) == 3


# ------------------------------------------------------------- aid and deployments

def test_an_aid_convoy_into_two_towns_is_two_deliveries() -> None:
    text = "ودخلت قافلة مساعدات إنسانية أممية يوم الأحد إلى بلدتي كفربطنا وسقبا المحاصرتين."
    assert len(_places(text, "AID")) == 2


def test_a_base_in_two_towns_is_two_events_and_one_town_stays_one() -> None:
    two = "وأعلنت موسكو أمس أنها بدأت إنشاء وجود عسكري دائم في قاعدتيها في طرطوس وحميميم."
    assert len(_places(two, "MOBILIZE")) == 2
    one = "وأعلنت موسكو أمس أنها بدأت إنشاء وجود عسكري دائم في قاعدة طرطوس البحرية."
    assert len(_places(one, "MOBILIZE")) == 1


def test_the_split_types_are_the_gatherings_not_the_talks() -> None:
    assert "PROTEST" in WHERE_SPLIT_TYPES and "CONSULT" not in WHERE_SPLIT_TYPES
    text = "واجتمع وزيرا الخارجية أمس في أنقرة وإسطنبول لبحث الأزمة."
    assert len(events_of(text, "CONSULT", require=True)) == 1


# ------------------------------------------------------------- "وفي" is a locative

def test_wa_fi_marks_where_it_happened() -> None:
    # a country is an event's place only after a locative: "وفي باكستان" is one, as "في باكستان"
    text = "وفي باكستان , قتل ثلاثة من رجال الشرطة أمس في انفجار عبوة ناسفة استهدفت دوريتهم."
    assert any("locative" in r for r in _rules(text, "ASSAULT"))


def test_a_country_with_no_locative_stays_no_place() -> None:
    text = "وقالت باكستان إن ثلاثة من رجال الشرطة قتلوا أمس في انفجار عبوة ناسفة استهدفت دوريتهم."
    assert not any("locative" in r for r in _rules(text, "ASSAULT"))


# ------------------------------------------------------------- one attack on several fronts

def test_one_attack_on_the_fronts_of_two_towns_is_two_events() -> None:
    text = "وشنت قوات النظام صباح اليوم هجوما على جبهات عين ترما وحي جوبر."
    assert len(_places(text, "ASSAULT")) == 2


def test_one_attack_on_two_towns_with_no_plural_noun_keeps_the_first() -> None:
    text = "وشنت قوات النظام صباح اليوم هجوما على عين ترما انطلاقا من حي جوبر."
    assert len(_places(text, "ASSAULT")) == 1
