"""Granularity within one document (EVENT_SCHEMA: one event per date, town, type and actor
pair; the same happening told twice is one event), through the whole pipeline, on sentences
written for these tests. Every rule has a case it must change and a close case it must leave
alone.
"""

from __future__ import annotations

from rasd.api import extract
from tests.helpers import events_of


def _events(text: str, plover: str | None = "ASSAULT") -> list:
    return events_of(text, plover, doc_id="granularity-test")


def _places(events: list) -> list[str | None]:
    return sorted((e.location or {}).get("name") or "" for e in events)


# --- the same words told again (a headline repeated in a recap) are one telling ---

def test_a_recap_of_the_lead_is_the_same_strike():
    strikes = _events("قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على مدينة الرقة يوم الثلاثاء. وقال ناشطون إن "
                      "الطيران استهدف حي الرميلة. اقرأ أيضا: قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على "
                      "مدينة الرقة")
    # the city, or the quarter the next sentence names (حي الرميلة, in the gazetteer since
    # session 7): one town-level place either way
    assert len(strikes) == 1 and strikes[0].location["name"].startswith("Ar Raqqah")


def test_a_recap_naming_another_town_is_another_strike():
    strikes = _events("قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على مدينة الرقة يوم الثلاثاء. وقال ناشطون إن "
                      "الطيران استهدف حي الرميلة. اقرأ أيضا: قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على "
                      "مدينة الطبقة")
    tabqa, raqqa = _places(strikes)
    assert tabqa == "Al-Tabqa" and raqqa.startswith("Ar Raqqah")  # or its quarter al-Rumaila


# --- "new" or "similar" says another happening than one told before, not than its own toll ---

def test_a_new_strike_that_killed_is_the_killing():
    (strike,) = _events("قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على مدينة الرقة يوم الثلاثاء.")
    assert strike.fatalities == 12
    assert strike.actor1 is not None and "Coalition" in strike.actor1["name"]
    assert strike.actor2 is None or "Coalition" not in strike.actor2["name"]


def test_a_strike_after_a_similar_one_stays_two():
    strikes = _events("قتل ثلاثة مدنيين في غارة جوية على مدينة سراقب يوم الأحد، بعد يومين من غارة مماثلة على البلدة.")
    assert len(strikes) == 2


def test_the_body_tells_the_new_strike_of_the_headline():
    strikes = _events("40 قتيلا بقصف جديد للتحالف الدولي على الرقة\nوقالت حملة محلية إن طيران التحالف الدولي قتل 32 "
                      "مدنيا بغارة على حي السخاني في مدينة الرقة يوم الثلاثاء.")
    assert len(strikes) == 1


# --- a definite back-reference keeps the story going for the next report with no place ---

def test_a_report_after_the_back_reference_is_the_same_bombing():
    (bombing,) = _events("قتل ثمانية أشخاص في انفجار قنبلة في حافلة بمدينة حمص يوم الأحد. وقال المحافظ إن كثيرا من "
                         "الركاب كانوا طلابا. ووقع الانفجار قرب الجامعة. وأظهرت لقطات أناسا متجمعين حول مركبة "
                         "محترقة. وقال التلفزيون الرسمي إن قنبلة زرعها إرهابيون في الحافلة انفجرت.")
    assert bombing.fatalities == 8


# --- a mention with no place goes on the story told last, not an older one ---

def test_a_placeless_report_after_another_towns_story_is_not_the_first_attack():
    attacks = _events("قتل خمسة أشخاص في هجوم على سوق في مدينة حمص يوم الأحد. وفي مدينة حماة قتل جندي في "
                      "اشتباكات مع مسلحين يوم الأحد. وقالت المصادر إن ثلاثة أشخاص قتلوا في انفجار عبوة ناسفة.")
    homs = [e for e in attacks if (e.location or {}).get("name") == "Homs"]
    # the bomb of the third sentence is not folded into Homs' attack (FIELDS29: the five people killed
    # in an attack on a market now type it an attack on civilians, no longer untyped)
    assert len(homs) == 1 and homs[0].fatalities == 5
    assert homs[0].sub_event_type != "Remote explosive/landmine/IED"
    assert any(e.fatalities == 3 for e in attacks if e not in homs)


def test_a_source_relaying_another_toll_right_after_is_the_same_attack():
    attacks = _events("قتل خمسة أشخاص في هجوم على سوق في مدينة حمص يوم الأحد. وقالت المصادر إن ثلاثة أشخاص قتلوا "
                      "في انفجار عبوة ناسفة.")
    assert len(attacks) == 1 and attacks[0].location["name"] == "Homs"


def test_a_new_report_with_its_own_toll_right_after_stays_another_attack():
    attacks = _events("قتل خمسة أشخاص في هجوم على سوق في مدينة حمص يوم الأحد. وقتل ثلاثة أشخاص في انفجار عبوة ناسفة.")
    assert len(attacks) == 2


# --- a clash has two sides and no attacker: each mention may name one of them first ---

def test_a_repelled_attack_and_the_clashes_are_one_fight():
    (fight,) = _events("تصدى مقاتلو فيلق الرحمن يوم الأحد لهجوم على حي جوبر في دمشق. وقالت مصادر إن قوات النظام "
                       "خاضت اشتباكات عنيفة في حي جوبر يوم الأحد.")
    names = {fight.actor1["name"], fight.actor2["name"]}
    assert any("Rahman" in n for n in names) and any("Syria" in n for n in names)
    assert fight.location["name"] == "Damascus - Jobar"  # the quarter, not only its city


def test_two_fights_between_other_sides_stay_two():
    fights = _events("دارت اشتباكات بين هيئة تحرير الشام وقوات النظام في بلدة اللطامنة يوم الأحد. ودارت اشتباكات "
                     "بين تنظيم داعش وقوات سوريا الديمقراطية في بلدة هجين يوم الأحد.")
    assert len(fights) == 2


# --- a quarter of a city is no region containing other towns ---

def test_a_shelled_quarter_is_not_folded_into_another_town():
    shellings = _events("قصفت قوات النظام حي الوعر يوم الأحد. وقصفت قوات النظام مدينة تلبيسة يوم الأحد.")
    assert _places(shellings) == ["Homs - al-Waer", "Tallbisah"]


def test_a_quarter_and_a_nearby_town_are_two_places():
    shellings = _events("قصفت قوات النظام بالمدفعية حي جوبر يوم الأحد. وقصفت قوات النظام بالمدفعية مدينة حرستا يوم الأحد.")
    assert _places(shellings) == ["Damascus - Jobar", "Harasta"]


def test_a_quarter_and_its_own_city_are_one_place():
    (shelling,) = _events("قصفت قوات النظام بالمدفعية حي جوبر يوم الأحد. وقصفت قوات النظام بالمدفعية مدينة دمشق يوم الأحد.")
    assert shelling.location["name"] == "Damascus - Jobar"


def test_a_quarter_in_one_list_with_a_town_is_its_own_target():
    # the quarter is no region holding the next town: both targets stay, the quarter by its name
    shellings = _events("قصفت قوات النظام حي جوبر في دمشق ومدينة حرستا يوم الأحد.")
    assert _places(shellings) == ["Damascus - Jobar", "Harasta"]


def test_two_quarters_of_one_city_are_one_town_level_target():
    (shelling,) = _events("قصفت قوات النظام حي جوبر وحي القابون يوم الأحد.")
    assert shelling.location["name"].startswith("Damascus - ")


def test_a_countryside_in_one_list_with_its_town_is_no_target():
    (shelling,) = _events("قصفت قوات النظام ريف دمشق ومدينة حرستا يوم الأحد.")
    assert shelling.location["name"] == "Harasta"


# --- a list of targets stops at a new verb ---

def test_a_place_told_by_another_verb_is_no_second_target():
    (kidnapping,) = _events("خطف مسلحون مجهولون مهندسا في مدينة أربيل وعثر على جثته في الموصل يوم الأحد.")
    assert kidnapping.location["name"] == "Erbil"


def test_a_place_noun_between_two_targets_is_no_verb():
    strikes = _events("قصفت طائرات حربية مواقع في بلدة عامودا وسوق الهال في القامشلي يوم الأحد.")
    assert _places(strikes) == ["Al Qamishli", "Amuda"]


# --- a governorate's seat after في says where the town before it is ---

def test_a_town_in_its_governorate_is_one_target():
    (strike,) = _events("قصفت طائرات حربية مواقع في بلدة عامودا في الحسكة يوم الأحد.")
    assert strike.location["name"] == "Amuda"


def test_a_town_and_the_governorate_seat_coordinated_are_two_targets():
    strikes = _events("قصفت طائرات حربية مواقع في بلدة عامودا وفي الحسكة يوم الأحد.")
    assert _places(strikes) == ["Al Hasakah", "Amuda"]


def test_a_seat_after_a_town_of_another_governorate_is_another_target():
    strikes = _events("قصفت طائرات حربية مواقع في مدينة تدمر في حلب يوم الأحد.")
    assert _places(strikes) == ["Aleppo", "Tadmur"]


def test_a_shelled_countryside_folds_into_its_town():
    (shelling,) = _events("قصفت قوات النظام ريف حمص الشمالي يوم الأحد. وقصفت قوات النظام مدينة تلبيسة يوم الأحد.")
    assert shelling.location["name"] == "Tallbisah"


# --- a country named beside a town in a list of targets is no target ---

def test_a_country_where_the_fighter_lived_is_no_second_battle():
    fights = _events("قتل مقاتل من الجيش الحر في المعارك ضد قوات النظام في مدينة دير الزور يوم الأحد، وكان مغتربا "
                     "في السعودية.")
    assert _places(fights) == ["Deir ez-Zor"]


def test_two_towns_in_the_list_are_two_battles():
    fights = _events("قتل مقاتل من الجيش الحر في المعارك ضد قوات النظام في مدينة دير الزور وبلدة موحسن يوم الأحد.")
    assert len(fights) == 2


# --- a relative clause on a reaction's noun tells the happening reacted to ---

def test_the_relative_clause_of_a_reaction_is_no_new_attack():
    attacks = _events("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة إعزاز يوم السبت. وفي أول ردود الفعل وصف وزير "
                      "الخارجية التركي التفجير بالجبان، وهو التفجير الذي استهدف سوقا في مدينة الباب.")
    assert _places(attacks) == ["Izaz"]


def test_a_relative_clause_without_a_reaction_is_reported():
    attacks = _events("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة إعزاز يوم السبت. وقتل ثلاثة في الهجوم الذي استهدف "
                      "حاجزا للجيش في مدينة الباب يوم الأحد.")
    assert _places(attacks) == ["Al Bab", "Izaz"]


# --- a headline dated by its page tells the body's happening of the day before ---

HEADLINE = "مقتل ثلاثة جنود أمريكيين بإطلاق نار في مدينة جلال آباد الأحد 11 يونيو 2017\n"


def test_a_dated_headline_is_the_body_shooting_of_the_day_before():
    doc = extract(HEADLINE + "قتل ثلاثة جنود أمريكيين يوم السبت إثر إطلاق نار من جندي أفغاني داخل قاعدة عسكرية "
                  "في مدينة جلال آباد.", published="2017-06-11")
    (shooting,) = [e for e in doc.events if e.plover == "ASSAULT"]
    assert shooting.event_date == "2017-06-10"


def test_a_headline_dated_by_its_page_is_the_body_shooting_of_that_week():
    # the page's printed day says when it was written, not when it happened (session 5)
    doc = extract(HEADLINE + "قتل ثلاثة جنود أمريكيين يوم الخميس إثر إطلاق نار من جندي أفغاني داخل قاعدة عسكرية "
                  "في مدينة جلال آباد.", published="2017-06-11")
    (shooting,) = [e for e in doc.events if e.plover == "ASSAULT"]
    assert shooting.event_date == "2017-06-08"


def test_a_headline_that_tells_its_own_day_is_not_a_shooting_days_before():
    doc = extract("مقتل ثلاثة جنود أمريكيين بإطلاق نار في مدينة جلال آباد يوم الأحد\n"
                  "قتل ثلاثة جنود أمريكيين يوم الخميس إثر إطلاق نار من جندي أفغاني داخل قاعدة عسكرية "
                  "في مدينة جلال آباد.", published="2017-06-11")
    assert len([e for e in doc.events if e.plover == "ASSAULT"]) == 2


# --- "new" told first may be told again; "similar" after another is not the next report ---

def test_a_new_strike_told_first_is_what_the_next_sentence_tells():
    (strike,) = _events("قتل 12 مدنيا بقصف جديد لطيران التحالف الدولي على مدينة الرقة يوم الثلاثاء. وقال ناشطون إن "
                        "طيران التحالف استهدف بالغارات حي الرميلة في مدينة الرقة.")
    assert strike.fatalities == 12


def test_a_similar_strike_after_another_takes_no_later_report():
    strikes = _events("شنت طائرات إسرائيلية غارات على مواقع عسكرية قرب مدينة الكسوة يوم الأحد. وكان مركز البحوث "
                      "العلمية تعرض في شهر كانون الثاني الماضي إلى قصف جوي مماثل. وإضافة إلى الغارات الجوية واظبت "
                      "إسرائيل على قصف أهداف في مدينة القنيطرة.")
    assert len(strikes) == 3


# --- where people fled or forces went is not where the event happened ---

def test_a_movements_destinations_give_one_event_at_its_origin():
    (attack,) = _events("شنت قوات النظام هجمات عنيفة أجبرت مئات العائلات على الفرار من مدينة داريا إلى "
                        "إدلب وتركيا يوم الأحد.")
    assert attack.location["name"] == "Darayya"
    assert any(ev.rule == "place:origin-of-movement" for ev in attack.evidence)


def test_a_strike_reaching_a_list_of_towns_still_hits_each():
    strikes = _events("امتد قصف الطيران الحربي يوم الأحد إلى بلدات كفرنبل وخان شيخون ومعرة النعمان.")
    assert _places(strikes) == ["Kafranbel", "Khan Shaykhun", "Maarrat an Numan"]


def test_a_destination_list_does_not_move_a_placed_attack():
    (attack,) = _events("قصفت قوات النظام مدينة داريا يوم الأحد ما دفع السكان إلى النزوح نحو إدلب وتركيا.")
    assert attack.location["name"] == "Darayya"
