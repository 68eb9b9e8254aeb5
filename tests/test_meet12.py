"""MEET12: meetings told as the time of a call, a denial or a statement; their parties named
after مع inside the trigger, after the clause's comma, after a participation word; press
conferences held with someone, summits being held, تحادث; an inspection visit is no meeting."""

from tests.helpers import events_of, name_of, rules_of


def _meetings(text: str) -> list:
    return events_of(text, "CONSULT", published="2018-03-15")


# --- a call, a denial, a demonstrative before a meeting told as their time ----------------------

def test_a_call_made_after_a_meeting_leaves_the_meeting_told() -> None:
    text = "ودعا وزير الخارجية الروسي ، عقب لقائه بنظيره التركي في أنقرة أمس ، إلى وقف التصعيد في إدلب ."
    found = _meetings(text)
    assert found and "Hypothetical" not in str([e.context for e in found])
    assert any("Ankara" in name_of(e.location) for e in found), [name_of(e.location) for e in found]


def test_a_meeting_called_for_is_still_no_meeting() -> None:
    assert _meetings("ودعا وزير الخارجية الروسي إلى اجتماع عاجل للدول الضامنة في جنيف الأسبوع الماضي .") == []


def test_a_denial_made_during_a_meeting_leaves_the_meeting_told() -> None:
    text = ("ونفى السفير الإيراني أن تكون بلاده أرسلت قوات إلى العراق ، وذلك خلال لقائه وزير الخارجية "
            "العراقي في بغداد أمس .")
    assert any("Baghdad" in name_of(e.location) for e in _meetings(text))


def test_a_denied_meeting_is_still_no_meeting() -> None:
    assert _meetings("ونفت وزارة الخارجية التركية عقد اجتماع مع وفد النظام السوري في موسكو أمس .") == []


def test_a_demonstrative_before_the_meeting_noun_still_points_back() -> None:
    assert _meetings("وجاءت هذه الاجتماعات في موسكو بعد أسابيع من التوتر بين البلدين .") == []


def test_a_demonstrative_before_a_time_preposition_points_to_what_was_said() -> None:
    text = "وجاءت تصريحات وزير الدفاع الإسرائيلي هذه خلال لقائه نظيره الأمريكي في واشنطن أمس ."
    assert any("Washington" in name_of(e.location) for e in _meetings(text))


# --- parties -------------------------------------------------------------------------------

def test_with_closing_the_trigger_and_the_host_after_the_comma() -> None:
    text = "وخلال لقائه مع نظيره الإيراني في طهران أمس ، قال أردوغان إن البلدين يرفضان تقسيم العراق ."
    found = _meetings(text)
    assert found
    e = found[0]
    assert "Turkey" in name_of(e.actor1) and "Iran" in name_of(e.actor2), (name_of(e.actor1), name_of(e.actor2))
    assert rules_of(e, "actor1") == ["actor:meeting-host"]


def test_a_meeting_with_journalists_is_no_meeting() -> None:
    assert _meetings("وخلال لقائه بالصحفيين في أنقرة أمس ، قال أردوغان إن الحل السياسي قريب .") == []


def test_participants_named_after_a_participation_word_are_the_parties() -> None:
    text = ("وكان بوتين يتحدث في مدينة سوتشي أمس مع انطلاق قمة ثلاثية بمشاركة الرئيس الإيراني "
            "حسن روحاني والرئيس التركي رجب طيب أردوغان .")
    found = [e for e in _meetings(text) if rules_of(e, "actor1") == ["actor:meeting-participant"]]
    assert found, [(rules_of(e, "actor1"), name_of(e.actor1)) for e in _meetings(text)]
    assert {name_of(found[0].actor1), name_of(found[0].actor2)} >= {
        "Government of Iran (1979-)", "Government of Turkey (2002-)"}


def test_one_participant_makes_no_pair_of_parties() -> None:
    text = "وعقد اجتماع في جنيف أمس بمشاركة وفد الحكومة السورية لبحث ملف المعتقلين ."
    assert not any("actor:meeting-participant" in rules_of(e, "actor1") for e in _meetings(text))


def test_the_counterpart_after_with_closing_the_trigger() -> None:
    text = "ورأى الرئيس الروسي الأربعاء لدى افتتاح أعمال قمة مع نظيريه التركي والإيراني في سوتشي أن السلام ممكن ."
    found = _meetings(text)
    # the one party named is the counterpart after مع; as the meeting's only named party it
    # is its actor1 (ROLES12 lone_party_sources), the rule still saying where it was found
    assert found and "Turkey" in name_of(found[0].actor1), [name_of(e.actor1) for e in found]
    assert found[0].actor2 is None
    assert rules_of(found[0], "actor1") == ["actor:meeting-with|lone-party"]


def test_a_counterpart_after_a_far_with_is_none() -> None:
    text = "ورأى الرئيس الروسي الأربعاء لدى افتتاح أعمال قمة في سوتشي تناولت العلاقات مع نظيريه التركي والإيراني ."
    assert all(rules_of(e, "actor2") != ["actor:meeting-with"] for e in _meetings(text))


# --- triggers ------------------------------------------------------------------------------

def test_a_press_conference_held_with_a_counterpart_is_a_meeting() -> None:
    text = "وقال وزير الدفاع الإيراني في مؤتمر صحفي مع نظيره العراقي في طهران اليوم إن التعاون مستمر ."
    assert any("Tehran" in name_of(e.location) for e in _meetings(text))


def test_a_press_conference_alone_is_no_meeting() -> None:
    assert _meetings("وقال وزير الدفاع الإيراني في مؤتمر صحفي عقده في طهران اليوم إن التعاون مستمر .") == []


def test_a_summit_being_held_is_a_meeting() -> None:
    text = "وقال الرئيس الفلسطيني في القمة العربية المنعقدة في عمان يوم الأربعاء إن القرار مرفوض ."
    assert any("Amman" in name_of(e.location) for e in _meetings(text))


def test_a_summit_to_come_is_no_meeting() -> None:
    assert _meetings("وقال الرئيس الفلسطيني إنه سيطرح الملف في القمة العربية المقبلة في عمان .") == []


def test_tahadatha_is_a_meeting_verb() -> None:
    text = "وتحادث السفير الفرنسي مع قائد جيش الإسلام محمد علوش في الرياض أمس ."
    assert any("Riyadh" in name_of(e.location) for e in _meetings(text))


def test_tahadatha_to_come_is_no_meeting() -> None:
    assert _meetings("وسيتحادث السفير الفرنسي مع قائد جيش الإسلام محمد علوش في الرياض غدا .") == []


def test_a_visit_made_is_a_meeting() -> None:
    text = "وأعلن الكرملين ذلك أثناء زيارة وزير الدفاع الروسي لدمشق أمس ."
    assert any("Damascus" in name_of(e.location) for e in _meetings(text))


def test_an_inspection_visit_is_no_meeting() -> None:
    text = "وقامت القوات بتمشيط المنطقة أمس ، وذلك أثناء زيارة وزير الدفاع لتفقد القوات بمدينة العريش ."
    assert _meetings(text) == []
