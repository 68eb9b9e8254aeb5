"""Actor roles, session 9 (26 Nov): forces named once and then called "القوات".

Sentences are written for these tests in the style of the reports; each rule has a case it
must change and a close case it must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from rasd.api import extract
from tests.helpers import events_of, name_of


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, require=True, doc_id="roles9-test")


# --- "القوات" stands for the forces named last whose own name opens with قوات / القوات ---

def test_bare_forces_noun_is_the_forces_named_before():
    text = ("أطلقت قوات سوريا الديمقراطية يوم الأحد المرحلة الثانية من حملتها في ريف دير الزور. "
            "وكانت القوات قد سيطرت على بلدة هجين بعد معارك مع تنظيم داعش.")
    (ev,) = [e for e in _events(text, "ASSAULT") if "هجين" in str(e.location)]
    assert "SDF" in name_of(ev.actor1)
    assert "IS" in name_of(ev.actor2)


def test_bare_forces_noun_skips_a_group_whose_name_does_not_open_with_forces():
    text = ("شن تنظيم داعش هجوما على مواقع القوات العراقية قرب قضاء الحويجة يوم الأحد. "
            "وتمكنت القوات من استعادة قرية الرشاد بعد ساعات من القتال.")
    ev = next(e for e in _events(text, "ASSAULT") if e.sub_event_type == "Government regains territory")
    assert "Iraq" in name_of(ev.actor1)
    assert "IS" in name_of(ev.actor2)


def test_armed_forces_title_is_no_anaphor():
    """"القوات المسلحة" is a state's own title: not the forces named in the sentence before."""
    text = ("دخلت قوات النمر إلى بلدة السخنة يوم الأحد. "
            "والتقى رئيس أركان القوات المسلحة المصرية قائد القوات الأمريكية في مدينة القاهرة يوم الأحد.")
    for ev in extract(text, published="2024-03-12", doc_id="roles9-test").events:
        if ev.plover == "CONSULT":
            assert "25th" not in name_of(ev.actor1) and "25th" not in name_of(ev.actor2)


# --- a clause after the attack that points back to it names its agent ---

def test_ambush_set_for_the_victims_names_its_agent():
    text = "قتل عشرة عناصر من حزب الله في كمين نصبه لهم مقاتلو الجيش الحر قرب بلدة عسال الورد أمس."
    (ev,) = _events(text, "ASSAULT")
    assert "Free Syrian Army" in name_of(ev.actor1)
    assert "Hezbollah" in name_of(ev.actor2)


def test_source_of_the_shells_is_their_agent():
    text = "أصيب مدنيان إثر سقوط قذائف على حي الحمدانية في مدينة حلب مصدرها المجموعات المسلحة."
    (ev,) = _events(text, "ASSAULT")
    assert "Armed Group" in name_of(ev.actor1)


def test_attack_launched_on_them_by_a_group():
    text = "قتل ثلاثة جنود مصريين في هجوم شنه عليهم مسلحو تنظيم داعش قرب مدينة العريش أمس."
    (ev,) = _events(text, "ASSAULT")
    assert "Islamic State" in name_of(ev.actor1)


def test_source_of_a_statement_is_no_agent():
    """"إن مصدرها الجيش" across a new clause (و قالت) tells nothing of who shelled."""
    text = "سقطت قذائف على حي الحمدانية في مدينة حلب أمس، وقالت وكالة سانا إن مصدرها الجيش التركي."
    for ev in extract(text, published="2024-03-12", doc_id="roles9-test").events:
        if ev.plover == "ASSAULT":
            assert "Turkey" not in name_of(ev.actor1)


# --- a strike on a place the report says a side holds hit that side ---

def test_strike_on_a_town_held_by_a_group_hits_the_group():
    text = "شنت طائرات روسية غارات مكثفة على مدينة البوكمال آخر مدينة كبرى تحت سيطرة تنظيم داعش أمس."
    (ev,) = _events(text, "ASSAULT")
    assert "Russia" in name_of(ev.actor1)
    assert "IS" in name_of(ev.actor2)


def test_strike_on_a_town_held_by_its_own_camp_names_no_target():
    text = "شنت طائرات روسية غارات على مدينة حلب الخاضعة لسيطرة قوات النظام أمس."
    (ev,) = _events(text, "ASSAULT")
    assert ev.actor2 is None


# --- the adjective of the attack noun is its agent, also after the killed ---

def test_state_adjective_after_raids_that_killed_is_the_agent():
    text = "قتل خمسة مدنيين في غارات روسية على مدينة سراقب أمس."
    (ev,) = _events(text, "ASSAULT")
    assert "Russia" in name_of(ev.actor1)
    assert "Civilians" in name_of(ev.actor2)


def test_state_adjective_inside_the_trigger_is_the_agent():
    text = "انتشار قوة روسية كبيرة في مدينة درعا لمراقبة مناطق التهدئة."
    (ev,) = _events(text, "MOBILIZE")
    assert "Russia" in name_of(ev.actor1)


def test_aircraft_shot_down_inside_the_trigger_is_no_agent():
    text = "أعلنت دمشق إسقاط الدفاعات الجوية السورية طائرة إسرائيلية مسيرة فوق القنيطرة أمس."
    for ev in _events(text, "ASSAULT"):
        assert "Israel" not in name_of(ev.actor1)


def test_aircraft_named_in_an_interception_trigger_is_no_agent():
    text = "أعلنت الدفاعات اليمنية إسقاط طائرة حربية سعودية شرق صنعاء أمس."
    for ev in _events(text, "ASSAULT"):
        assert "Saudi" not in name_of(ev.actor1)


# --- a capture whose taker is not named: the side that held the place or left it lost it ---

def test_capture_with_unnamed_taker_lost_by_the_former_holder():
    text = "واستعادت أمس قرية الشحيل التي كان يسيطر عليها تنظيم داعش منذ عامين."
    (ev,) = _events(text, "ASSAULT")
    assert ev.actor1 is None
    assert "IS" in name_of(ev.actor2)


def test_capture_with_unnamed_taker_lost_by_the_side_driven_out():
    text = "وسيطرت أمس على بلدة الشحيل في ريف دير الزور بعد انسحاب عناصر داعش منها."
    ev = next(e for e in _events(text, "ASSAULT") if e.sub_event_type and "territory" in e.sub_event_type)
    assert ev.actor1 is None
    assert "IS" in name_of(ev.actor2)


def test_part_of_a_city_held_by_a_side_does_not_make_the_city_its():
    text = ("ويعيش في شرقي حلب الخاضع لسيطرة فصائل المعارضة نحو 250 ألف شخص. "
            "وشنت طائرات روسية غارات على مدينة حلب أمس.")
    ev = next(e for e in _events(text, "ASSAULT") if "Russia" in name_of(e.actor1))
    assert ev.actor2 is None


def test_district_held_by_a_side_is_the_district_not_its_city():
    text = ("قصفت المدفعية التركية حي الشيخ مقصود في مدينة حلب الخاضع لسيطرة وحدات حماية الشعب أمس. "
            "وشنت طائرات روسية غارات على مدينة حلب أمس.")
    ev = next(e for e in _events(text, "ASSAULT") if "Russia" in name_of(e.actor1))
    assert "YPG" not in name_of(ev.actor2)


def _arish_actor1(filler: str) -> list[str]:
    text = ("استعادت القوات العراقية السيطرة على قرية الشورة جنوب الموصل " + filler
            + " والقوات قصفت قرية المهدية قرب مدينة العريش أمس .")
    return [name_of(e.actor1) for e in extract(text, published="2024-03-12", doc_id="roles9-test").events
            if "Arish" in str(e.location)]


def test_bare_forces_noun_far_back_in_a_run_on_digest_is_no_anaphor():
    """A live map's items run on without a stop: forces named many words back are another item's."""
    filler = " ".join(["وقال رئيس البلدية إن المدارس ستفتح أبوابها الأسبوع المقبل في المدينة"] * 6)
    found = _arish_actor1(filler)
    assert found and not any("Iraq" in n for n in found)


def test_bare_forces_noun_close_after_the_forces_is_an_anaphor():
    assert any("Iraq" in n for n in _arish_actor1(""))
