"""Non-violent interactions, session 10: a meeting's parties named in its own clause
(rasd.events.interact.clause_parties) and forces massed or stationed (trigger ``massing``).
Sentences written for these tests in the style of the reports; each fails without its change."""

from __future__ import annotations

import pytest

import rasd


def _events(text: str, published: str = "2017-11-20") -> list[tuple[str, str | None, str | None, str | None]]:
    doc = rasd.extract(text, published=published)
    return [(e.plover, (e.location or {}).get("name"), (e.actor1 or {}).get("name"),
             (e.actor2 or {}).get("name")) for e in doc.events]


# ---------------------------------------------------------------- a meeting's parties in its clause

def test_talks_held_with_a_minister_named_after_honorifics():
    # the host's title and an aside ("في مكتبه بالرياض صباح اليوم") between the verb and the talks,
    # honorifics between مع and the guest: both are still the meeting's parties
    events = _events("واس عقد وزير الخارجية الأستاذ عادل الجبير في مكتبه صباح اليوم جلسة مباحثات "
                     "رسمية مع معالي وزير خارجية تركيا مولود جاويش أوغلو .")
    assert [e[0] for e in events] == ["CONSULT"]
    _, _, actor1, actor2 = events[0]
    assert "Saudi" in str(actor1)
    assert "Turkey" in str(actor2)


def test_the_speaker_at_a_joint_press_conference_with_his_counterpart():
    # the speaker opens the clause, a comma stands before the meeting words, the counterpart is
    # named by a demonym only
    events = _events("وقال الرئيس التركي ، في مؤتمر صحفي مشترك مع نظيره الروسي في أنقرة أمس ، "
                     "إن البلدين سيواصلان التنسيق في الملف السوري .")
    assert [(e[0], e[1]) for e in events] == [("CONSULT", "Ankara")]
    assert "Turkey" in str(events[0][2])
    assert "Russia" in str(events[0][3])


def test_an_actor_of_the_said_clause_is_no_host():
    # "قال X إن المعارضة ... لعقد محادثات": the opposition is the said clause's subject, the talks
    # are a purpose; the clause-party rule must not make the opposition their host
    events = _events("وقال المتحدث إن المعارضة ستتوجه إلى جنيف الأسبوع المقبل لعقد محادثات .")
    assert all(e[2] is None or "Opposition" not in str(e[2]) for e in events if e[0] == "CONSULT")


def test_a_state_named_elsewhere_in_the_sentence_is_no_party():
    # the talks have no party in their clause; Russia is the subject of another clause
    events = _events("وعقدت جلسة مباحثات مطولة أمس ، فيما أعلنت روسيا إرسال مساعدات إلى المنطقة .")
    assert [e for e in events if e[0] == "CONSULT"] == []


# ---------------------------------------------------------------- forces massed or stationed

@pytest.mark.parametrize("text, place, side", [
    ("وقد حشدت قوات النظام نحو ( 3000 ) عنصر في بلدة صوران بريف حماة الشمالي يوم الاثنين .",
     "Suran", "Syria"),
    ("وتمركزت قوات من الشرطة الاتحادية العراقية في قاعدة القيارة الجوية صباح اليوم الأحد .",
     "Qayyarah", "Iraq"),
    ("وتركزت أعداد كبيرة من ناقلات الجنود التابعة للجيش التركي في بلدة ريحانلي أمس الخميس .",
     "Reyhanli", "Turkey"),
])
def test_forces_massed_or_stationed_are_a_deployment(text, place, side):
    events = [e for e in _events(text) if e[0] == "MOBILIZE"]
    assert len(events) == 1
    assert place in str(events[0][1])
    assert side in str(events[0][2])


@pytest.mark.parametrize("text", [
    "وتجمع المتظاهرون في ساحة المدينة أمس للمطالبة بالإفراج عن المعتقلين .",
    "وحشد الحزب التأييد الشعبي لمرشحه في الانتخابات البلدية أمس .",
    "وتمركز قناص من قوات النظام أمام المستشفى الوطني في المدينة أمس .",
])
def test_a_crowd_support_or_a_sniper_is_no_deployment(text):
    assert [e for e in _events(text) if e[0] == "MOBILIZE"] == []


# ---------------------------------------------------------------- the report's setting

@pytest.mark.parametrize("text, place", [
    ("وفي دمشق التقى الرئيس السوري بشار الأسد بوزير الخارجية الإيراني أمس الثلاثاء .", "Damascus"),
    ("وفي العاصمة الأردنية عمان ، عقد وزير الخارجية التركي اجتماعا مع نظيره الأردني أمس لبحث "
     "ملف اللاجئين .", "Amman"),
    ("ففي الكويت أجرى وزير الخارجية الروسي سيرغي لافروف الاثنين مباحثات مع أمير البلاد .", "Kuwait"),
])
def test_a_locative_opening_the_sentence_places_its_meeting(text, place):
    events = [e for e in _events(text) if e[0] == "CONSULT"]
    assert len(events) == 1
    assert events[0][1] == place


def test_a_setting_in_another_sentence_places_no_meeting():
    # the setting opens its own sentence; the meeting is told in the next one
    events = _events("وفي دمشق سقطت قذائف هاون على حي باب توما أمس . "
                     "والتقى وزير الخارجية الروسي نظيره التركي أمس لبحث الملف السوري .")
    assert [e[1] for e in events if e[0] == "CONSULT"] == [None]


def test_the_speaker_is_no_host_of_a_meeting_told_in_what_he_said():
    # the visit is told inside the said clause ("أن رئيس الحكومة ... عقب زيارته"): its visitor is
    # that clause's subject, not the speaker before أن
    events = _events("وأوضح الأمين العام لحزب الله حسن نصر الله في كلمته أن رئيس الحكومة كان مرتاحا "
                     "عقب زيارته الأولى للسعودية الشهر الماضي .")
    assert all("Hezbollah" not in str(e[2]) for e in events if e[0] == "CONSULT")


def test_the_one_who_arrived_is_the_visitor():
    # "وصل X إلى ... حيث يقوم بزيارة": the visit's subject is a pronoun; the one who arrived makes it
    events = _events("ووصل مبعوث الأمم المتحدة الخاص إلى سوريا صباح اليوم إلى دمشق حيث يقوم بزيارة "
                     "تستمر ثلاثة أيام .")
    consult = [e for e in events if e[0] == "CONSULT"]
    assert len(consult) == 1
    assert "United Nations" in str(consult[0][2])
    assert consult[0][1] == "Damascus"  # حيث points back to where he arrived
