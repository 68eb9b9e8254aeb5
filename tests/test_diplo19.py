"""DIPLO19: meetings told as visits, arrivals and receptions. Each rule with a close negative it
must leave alone: a visit to come, an invitation, a visit named as the time of something else, what
was arrived at. (Its sidelines venue fired on no UnifiedFC article and was removed, DEBT20.)"""

from tests.helpers import events_of, name_of


def _consults(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(name_of(e.location), (e.actor1 or {}).get("name"), e.event_date)
            for e in events_of(text, "CONSULT", published="2018-03-15")]


def _places(text: str) -> list[str | None]:
    return [place for place, _actor, _date in _consults(text)]


# --- a reception with the host's name and a time or a place between -----------------------------

def test_a_reception_with_a_day_between_host_and_guest() -> None:
    text = "واستقبل بوتين يوم الأربعاء الرئيس اللبناني ميشال عون في مدينة سوتشي ."
    found = _consults(text)
    assert ("Sochi", "Government of Russia (2000-)", "2018-03-14") in found, found


def test_a_reception_to_come_is_none() -> None:
    text = "ومن المقرر أن يستقبل بوتين يوم الأربعاء الرئيس اللبناني ميشال عون في مدينة سوتشي ."
    assert _consults(text) == [], _consults(text)


def test_a_reception_of_the_kings_guest() -> None:
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون استقبل أمس العاهل الأردني الملك عبد الله الثاني في باريس ."
    assert "Paris" in _places(text), _consults(text)


# --- a person of rank who arrived ------------------------------------------------------------------

def test_a_minister_arrived_in_a_capital() -> None:
    text = "وصل وزير الخارجية التركي مولود جاويش أوغلو مساء أمس إلى عمان في مستهل جولة إقليمية ."
    found = _consults(text)
    assert ("Amman", "Government of Turkey (2002-)", "2018-03-14") in found, found


def test_arrived_at_power_is_no_visit() -> None:
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى السلطة في أيار من العام الماضي ."
    assert _consults(text) == [], _consults(text)


def test_a_former_premier_returning_home_is_no_visit() -> None:
    text = "ووصل رئيس الوزراء المصري الأسبق أحمد شفيق مساء أمس إلى القاهرة قادما من دبي ."
    assert _consults(text) == [], _consults(text)


def test_arrived_on_a_first_visit() -> None:
    text = "وصل الرئيس التركي رجب طيب أردوغان مساء أمس إلى الخرطوم في أول زيارة له منذ سنتين ."
    assert "Khartoum" in _places(text), _consults(text)


# --- a visit begun, and a visit told by its noun with its day --------------------------------------

def test_a_visit_begun_by_its_visitor() -> None:
    text = "وبدأ وزير الدفاع الروسي سيرغي شويغو أمس زيارة إلى طهران تستمر يومين ."
    assert "Tehran" in _places(text), _consults(text)


def test_a_visit_begun_tomorrow_is_none() -> None:
    text = "ويبدأ وزير الدفاع الروسي سيرغي شويغو غدا زيارة إلى طهران تستمر يومين ."
    assert _consults(text) == [], _consults(text)


def test_a_visit_told_by_its_noun_and_its_day() -> None:
    text = "وحظيت زيارة الرئيس الروسي فلاديمير بوتين إلى القاهرة اليوم الإثنين باهتمام الصحف ."
    assert "Cairo" in _places(text), _consults(text)


def test_a_visit_named_as_a_time_is_none() -> None:
    text = "وقبيل زيارة الرئيس الروسي فلاديمير بوتين إلى القاهرة اليوم الإثنين قال المتحدث إن العلاقات جيدة ."
    assert _consults(text) == [], _consults(text)


def test_a_visit_next_week_is_none() -> None:
    text = "وتأتي زيارة الرئيس الروسي فلاديمير بوتين إلى القاهرة يوم الإثنين المقبل في إطار تعزيز العلاقات ."
    assert _consults(text) == [], _consults(text)


def test_an_invitation_to_visit_is_none() -> None:
    text = "ودعا الرئيس المصري عبد الفتاح السيسي نظيره الروسي فلاديمير بوتين لزيارة القاهرة اليوم ."
    assert _consults(text) == [], _consults(text)


def test_a_visit_announced_is_no_visit_begun() -> None:
    text = "وبدأت بوادر الانفراج بالإعلان عن زيارة لوزير الخارجية الفرنسي جان إيف لودريان للرياض اليوم ."
    assert _consults(text) == [], _consults(text)
