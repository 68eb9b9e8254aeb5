"""PARTIES29: talks whose parties are named by a state's office and nationality ("وزير الدفاع
الأميركي"، "رئيس مجلس النواب الأردني") are between states:
the office heads of ``qualifiers.yaml`` give them their government, and ``build._without_parties``
keeps them. Each with a close case that stays without a party (no state's adjective; one side)."""

from tests.helpers import events_of, name_of


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, published="2017-12-10")


def test_a_call_between_two_defence_ministers_named_by_nationality() -> None:
    # no place: before, neither side was a party and the call was dropped
    found = _events("وأجرى وزير الدفاع الأميركي جيمس ماتيس اتصالا هاتفيا مع وزير الدفاع القطري خالد العطية يوم السبت .",
                    "CONSULT")
    assert found, "the call between two governments is dropped"
    sides = {name_of(found[0].actor1), name_of(found[0].actor2)}
    assert any("United States" in s for s in sides) and any("Qatar" in s for s in sides), sides


def test_a_speaker_of_parliament_meets_his_counterpart() -> None:
    found = _events("وكان رئيس مجلس النواب الأردني عاطف طراونة التقى رئيس البرلمان العراقي سليم الجبوري الأسبوع الماضي .",
                    "CONSULT")
    assert found and "Jordan" in name_of(found[0].actor1), [name_of(e.actor1) for e in found]
    assert "Iraq" in name_of(found[0].actor2), name_of(found[0].actor2)


def test_an_office_without_a_states_adjective_is_no_party() -> None:
    # "وزير الدفاع" with no nationality names no state: the unplaced call stays dropped
    assert _events("وأجرى وزير الدفاع اتصالا هاتفيا بمدير الشركة يوم السبت .", "CONSULT") == []


def test_a_call_with_one_side_named_stays_an_interview() -> None:
    # INTERACT25: a minister speaking to a news agency in a call is no talk between parties
    text = "وقال وزير الدفاع التركي يوم الاثنين في اتصال هاتفي مع وكالة فرانس برس إن الجنود سيصلون ."
    assert _events(text, "CONSULT") == []
