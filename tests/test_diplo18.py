"""DIPLO18: DIPLO17's changes guarded by the wrong ones its breadth check found — a place told in a
meeting's purpose is not its venue (consultations for planning a war in Lebanon are not held in
Lebanon), and calming the fighting is no fight. Each with a close negative the rule must leave alone."""

from tests.helpers import events_of, name_of


def _places(text: str, plover: str = "CONSULT") -> list[str]:
    return [name_of(e.location) for e in events_of(text, plover, published="2018-03-15")]


# --- a place in the meeting's purpose is what it was for, not where -------------------------------

def test_a_town_after_a_meetings_purpose_is_no_venue() -> None:
    text = "واجتمع مجلس المنظمة أمس للبحث في الهجمات على مدينة دوما ."
    assert "Duma" not in _places(text), _places(text)


def test_a_country_after_a_meetings_purpose_is_no_venue() -> None:
    text = "واجتمع وزير الخارجية المصري مع نظيره الأردني أمس لمناقشة الأوضاع في سوريا ."
    assert "Syria" not in _places(text), _places(text)


def test_a_venue_before_the_purpose_stays() -> None:
    text = "واجتمع وزير الخارجية المصري مع نظيره الأردني أمس في عمان لمناقشة الأوضاع في سوريا ."
    assert "Amman" in _places(text), _places(text)


def test_a_city_after_fi_past_the_purpose_stays() -> None:
    text = "واجتمع وزير الخارجية المصري مع نظيره الأردني أمس لبحث أزمة المياه في عمان ."
    assert "Amman" in _places(text), _places(text)


def test_a_place_of_the_next_clause_is_not_the_purpose() -> None:
    text = "والتقى الرئيس المصري نظيره الفلسطيني لبحث المصالحة , وذلك في قصر الاتحادية بالقاهرة ."
    assert any("Cairo" in p or "Ittihadiya" in p for p in _places(text)), _places(text)


# --- calming the fighting is an agreement's aim ---------------------------------------------------

def test_calming_the_fighting_is_no_fight() -> None:
    text = "وقالت أنقرة إن العملية جزء من اتفاق أبرم الشهر الماضي في آستانة لتهدئة القتال بين الطرفين ."
    assert _places(text, "ASSAULT") == [], _places(text, "ASSAULT")


def test_fighting_told_as_happening_stays() -> None:
    text = "ودار قتال عنيف أمس بين الطرفين في بلدة الحاضر جنوب حلب ."
    assert _places(text, "ASSAULT"), "no fight"


# --- consultations: a round held in its venue, planning for a war elsewhere --------------------

def test_consultations_begun_in_a_city_are_a_round_held() -> None:
    text = "وقد بدأت أمس المشاورات اليمنية في الكويت برعاية الأمم المتحدة ."
    assert "Kuwait" in _places(text), _places(text)


def test_consultations_to_plan_a_war_are_not_held_in_its_country() -> None:
    text = "وبدأت أمس المشاورات السرية بين الوفدين للتخطيط لعمل عسكري في لبنان ."
    assert "Lebanon" not in _places(text), _places(text)
