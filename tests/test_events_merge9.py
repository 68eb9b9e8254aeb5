"""Merging, session 9 (MERGE2): one happening told twice in one report is one event.

* a witness or fighter quoted in the first person ("الطيران قصفنا"، "هاجمونا") tells, in the
  speaker's words, the attack the report has already told: it joins that event (at the
  speaker's town when the report told one there) and adds no place or day of its own
  (build.py ``_first_person_telling``); told first, with no event of its type before it, it
  stands as an event.

Sentences written for these tests in the style of the reports; the whole pipeline runs.
"""

from __future__ import annotations

from rasd.api import extract

STORY = (
    "قال المرصد السوري لحقوق الإنسان يوم الاثنين إن طائرات حربية قصفت بلدة حمورية في الغوطة "
    "الشرقية مما أدى إلى مقتل تسعة مدنيين .\n"
    "وقال أبو محمد وهو من سكان البلدة عبر الهاتف : \" الطيران قصفنا في سقبا ونحن في السوق , "
    "لا يوجد هنا مقاتلون \" .\n"
)


def _assaults(text: str) -> list:
    return [e for e in extract(text).events if e.plover == "ASSAULT"]


def test_a_witness_in_the_first_person_tells_the_attack_already_told() -> None:
    events = _assaults(STORY)
    assert len(events) == 1, [(e.location or {}).get("name") for e in events]
    assert (events[0].location or {}).get("name") == "Hamouriyah"
    assert "قصفنا" in " ".join(ev.text for ev in events[0].evidence)


def test_an_attack_told_in_the_third_person_at_another_town_stays_two() -> None:
    text = STORY.replace("الطيران قصفنا في سقبا", "الطيران قصفهم في سقبا")
    names = {(e.location or {}).get("name") for e in _assaults(text)}
    assert len(names) == 2, names


def test_a_first_person_telling_with_nothing_told_before_stands() -> None:
    text = ("وقال أحد المقاتلين لوكالة الأنباء يوم الأحد : \" هاجمنا مسلحو التنظيم بسيارة مفخخة "
            "في بلدة عين عيسى وقتل خمسة من رفاقنا \" .\n")
    assert len(_assaults(text)) == 1


LEAD = (
    "قال سكان ومسعفون يوم الأحد إن طائرات حربية قصفت أحياء سكنية في جيب محاصر قرب دمشق "
    "مما أدى إلى مقتل 20 مدنيا .\n"
    "وأضافوا أن الطائرات قصفت مدينة عربين يوم الأحد وقتلت 12 مدنيا , كما قصفت بلدة حمورية "
    "وقتلت ثمانية .\n"
)


def test_a_lead_placed_near_a_landmark_is_the_towns_strikes_it_sums() -> None:
    names = [(e.location or {}).get("name") for e in _assaults(LEAD)]
    assert "Damascus" not in names, names
    assert {"Irbin", "Hamouriyah"} <= set(names), names


def test_a_strike_in_the_landmark_city_itself_stays() -> None:
    text = LEAD.replace("في جيب محاصر قرب دمشق", "في حي جوبر في دمشق")
    names = [(e.location or {}).get("name") for e in _assaults(text)]
    assert len(names) == 3, names


def test_a_landmark_lead_joins_the_town_told_after_it() -> None:
    text = ("قصفت طائرات حربية إسرائيلية مواقع عسكرية في بلدة جمرايا بريف دمشق .\n"
            "وكانت طائرات إسرائيلية قد شنت في وقت سابق غارة على موقع عسكري قرب دمشق .\n"
            "وذكرت مصادر أن طائرات إسرائيلية قصفت قاعدة إيرانية في بلدة الكسوة جنوب العاصمة .\n")
    events = {(e.location or {}).get("name"): e for e in _assaults(text)}
    assert set(events) == {"Jamraya", "Al Kiswah"}, set(events)
    told = " ".join(ev.text for ev in events["Al Kiswah"].evidence if ev.field == "location")
    assert "دمشق" in told, told


TAKING = ("سيطرت القوات المهاجمة على مدينة البوكمال بعد اشتباكات عنيفة مع تنظيم داعش .\n"
          "ونزح آلاف المدنيين من المدينة باتجاه الريف خلال الأيام الماضية .\n"
          "ويقول سكان إن المدينة تعاني من نقص حاد في المياه والكهرباء منذ أشهر .\n"
          "وتعد المدينة آخر معقل كبير للتنظيم في سوريا قرب الحدود مع العراق .\n"
          "وقال قائد عسكري إن قوات النظام استعادت السيطرة على البوكمال من تنظيم داعش .\n")


def test_two_tellings_of_one_taking_are_one_capture_typed_by_its_taker() -> None:
    events = _assaults(TAKING)
    assert [e.sub_event_type for e in events] == ["Government regains territory"], [
        (e.sub_event_type, (e.actor1 or {}).get("name")) for e in events]


def test_a_town_taken_by_one_side_and_retaken_by_the_other_is_two_takings() -> None:
    text = TAKING.replace("سيطرت القوات المهاجمة", "سيطر تنظيم داعش").replace(
        "بعد اشتباكات عنيفة مع تنظيم داعش", "بعد اشتباكات عنيفة مع قوات النظام")
    assert len(_assaults(text)) == 2
