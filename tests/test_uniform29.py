"""UNIFORM29: contact between leaders told by verbs no trigger read — a counterpart told something
("أبلغ ... نظيره"، "أطلع ... نظيره") and a host's reception in a headline's present ("يستقبل رئيس …").
Each rule with a close case it must leave alone: a source who told an outlet, a telling to come, a
telling at a meeting, a hospital receiving the wounded, a reception to come."""

from tests.helpers import events_of


def _consult(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(e.plover_mode, (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"), e.trigger)
            for e in events_of(text, "CONSULT", published="2017-11-24")]


# --- a counterpart told something ----------------------------------------------------------------

def test_a_president_told_his_counterpart() -> None:
    text = ("وأعلنت تركيا يوم الجمعة أن الرئيس الأمريكي دونالد ترامب أبلغ نظيره التركي رجب طيب أردوغان "
            "أنه أصدر تعليمات بعدم تقديم أسلحة للمقاتلين الأكراد .")
    found = _consult(text)
    assert found == [("phone", "Government of the United States", "Government of Turkey (2002-)", "أبلغ")], found


def test_a_counterpart_told_by_phone() -> None:
    text = ("وكان قصر الإليزيه قد أعلن السبت أن الرئيس الفرنسي إيمانويل ماكرون أبلغ نظيره اللبناني "
            "ميشيل عون هاتفيا بأن القادة يجب أن يتمتعوا بحرية الحركة .")
    found = _consult(text)
    assert found == [("phone", "Government of France", "Government of Lebanon", "أبلغ")], found


def test_a_source_who_told_an_outlet_by_phone_is_no_contact() -> None:
    text = "وقال مصدر عسكري إنه أبلغ عنب بلدي هاتفيا أن القوات انسحبت من البلدة ."
    assert _consult(text) == [], _consult(text)


def test_what_was_told_at_a_meeting_is_no_call_of_its_own() -> None:
    text = ("وأبلغ بوتين نظيره السوري أن اجتماعهما يأتي قبل زيارة لرئيسي تركيا وإيران إلى روسيا هذا "
            "الأسبوع .")
    assert [mode for mode, *_ in _consult(text) if mode == "phone"] == [], _consult(text)


def test_a_telling_to_come_is_none() -> None:
    text = "وأكد أن الرئيس سيبلغ نظيره التركي بالقرار خلال القمة المقبلة ."
    assert _consult(text) == [], _consult(text)


# --- a host's reception told in a headline's present ---------------------------------------------

def test_a_reception_told_in_the_present() -> None:
    text = "الرئيس التركي أردوغان يستقبل رئيس الأركان الإيراني محمد باقري في أنقرة"
    found = [(e.plover_mode, (e.location or {}).get("name"), (e.actor1 or {}).get("name"))
             for e in events_of(text, "CONSULT", published="2017-11-24")]
    assert found == [("meet", "Ankara", "Government of Turkey (2002-)")], found


def test_a_hospital_receiving_the_wounded_is_no_reception() -> None:
    text = "المستشفى الوطني في إدلب يستقبل عشرات الجرحى بعد القصف"
    assert _consult(text) == [], _consult(text)


def test_a_reception_to_come_is_none() -> None:
    text = "ومن المقرر أن يستقبل الرئيس التركي نظيره الإيراني غدا في أنقرة ."
    assert _consult(text) == [], _consult(text)
