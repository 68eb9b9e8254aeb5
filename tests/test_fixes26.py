"""FIXES26: REVIEW25's open findings 3 and 7 and TOLL25's two-sides leftover. Sentences written for
these tests in the style of the reports; each rule has a case it must take and a close case it
must leave."""

from __future__ import annotations

from tests.helpers import events_of, name_of, rules_of


def _calls(text: str) -> list[tuple[str, str]]:
    return [(name_of(e.actor1), name_of(e.actor2)) for e in events_of(text, "CONSULT", require=True)
            if e.plover_mode == "phone"]


# --- a call's sides (REVIEW25 finding 3) ----------------------------------------------------

def test_the_first_named_of_two_sides_before_the_call_made_it():
    # "ترامب أبلغ أردوغان في اتصال هاتفي": the role rules took the nearest name, the object, as
    # actor1 (Turkey–United States on main c6ea934)
    text = "قال البيت الأبيض إن ترامب أبلغ أردوغان في اتصال هاتفي أن بلاده بدأت تعدل الدعم العسكري لشركائها في سوريا ."
    assert _calls(text) == [("Government of the United States", "Government of Turkey (2002-)")]
    found = events_of(text, "CONSULT", require=True)[0]
    assert all(r.endswith("|call-first-named") for r in rules_of(found, "actor1") + rules_of(found, "actor2"))


def test_a_call_with_its_callee_after_it_keeps_its_order():
    # the callee introduced by مع after the call's words: nothing to reorder
    text = "وبحثت رئيسة الوزراء البريطانية تيريزا ماي مع الملك سلمان في اتصال هاتفي الأوضاع في اليمن ."
    assert _calls(text) == [("Government of the United Kingdom", "Government of Saudi Arabia")]
    # a call received: the one after تلقى made it (the call-received swap, not the first named)
    received = "وتلقى الرئيس الإيراني حسن روحاني اليوم مكالمة هاتفية من الرئيس الروسي ."
    assert _calls(received) == [("Government of Russia (2000-)", "Government of Iran (1979-)")]


def test_a_passive_agent_far_after_the_call_is_no_side():
    # "... في اتصال هاتفي , يوم الجمعة , سبل إيصال المساعدات إلى الغوطة ... المحاصرة من قبل قوات
    # النظام": the Syrian army was actor1 on main c6ea934 (R-24#7)
    text = ("وكان الرئيس التركي بحث , ونظيره الروسي فلاديمير بوتين في اتصال هاتفي , يوم الجمعة , سبل "
            "إيصال المساعدات الإنسانية إلى الغوطة الشرقية بريف دمشق , المحاصرة من قبل قوات النظام .")
    assert _calls(text) == [("Government of Turkey (2002-)", "Government of Russia (2000-)")]


def test_a_party_introduced_after_the_call_stays_its_side():
    # the callee after مع, however far a title runs, is still the call's other side
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان بحثا "
            "خلاله الوضع في محافظة إدلب .")
    assert _calls(text) == [("Government of Russia (2000-)", "Government of Turkey (2002-)")]


# --- an expulsion told by its verbal noun (REVIEW25 finding 7) ---------------------------------

def test_the_one_expelled_inside_a_verbal_noun_is_no_actor1():
    # "تمكن الجيش ... من طرد تنظيم داعش من دير الزور": IS was actor1 on main c6ea934 (R-264#1)
    text = "وتمكن الجيش السوري بدعم من حلفائه من طرد تنظيم داعش من مدينة دير الزور ."
    found = events_of(text, "ASSAULT", require=True)
    assert all(name_of(e.actor1) != "IS: Islamic State" for e in found)
    assert any(name_of(e.actor2) == "IS: Islamic State" and rules_of(e, "actor2") == ["actor:object-inside-frame"]
               for e in found)


def test_a_finite_verb_of_expulsion_keeps_its_subject():
    # "وطردت قوات سوريا الديمقراطية تنظيم داعش من بلدة الهول": the verb's subject drove out IS
    text = "وطردت قوات سوريا الديمقراطية تنظيم داعش من بلدة الهول ."
    found = events_of(text, "ASSAULT", require=True)
    assert [(name_of(e.actor1), name_of(e.actor2)) for e in found] == [
        ("SDF: Syrian Democratic Forces", "IS: Islamic State")]


def test_a_verbal_noun_with_its_agent_inside_keeps_it_as_actor1():
    # "من استعادة فصائل درع الفرات السيطرة": a verbal noun that holds its agent, not طرد's object
    text = "وقتل ثلاثة مدنيين قبل ساعات من استعادة فصائل درع الفرات السيطرة على قرية تل بطال شمال حلب ."
    found = [e for e in events_of(text, "ASSAULT", require=True) if e.sub_event_type != "Attack"]
    assert any(rules_of(e, "actor1") == ["actor:subject-inside-frame"] for e in found)


# --- two sides' dead after a quoted name (TOLL25's leftover 1) -------------------------------

def test_the_dead_of_two_sides_are_summed_past_a_quoted_name():
    # "قتل عنصران من " حزب الله " وثلاثة من عناصر النظام": 2 on main c6ea934, ACLED sums 5
    text = ('وقتل عنصران من " حزب الله " وثلاثة من عناصر النظام في اشتباكات مع فصائل المعارضة في '
            "بلدة الزبداني أمس .")
    assert [e.fatalities for e in events_of(text, "ASSAULT", require=True)] == [5]


def test_a_quoted_name_then_the_wounded_adds_no_deaths():
    text = ('وقتل عنصران من " حزب الله " وأصيب ثلاثة من عناصر النظام في اشتباكات مع فصائل '
            "المعارضة في بلدة الزبداني أمس .")
    assert [e.fatalities for e in events_of(text, "ASSAULT", require=True)] == [2]



def test_the_taker_of_an_expulsion_is_the_subject_of_its_governing_verb():
    # "وتمكنت القوات النظامية في التاسع من الشهر الجاري من طرد التنظيم": the regime drove IS out
    # (no actor1 on main 7aa60d8, IS on c6ea934)
    text = ("وتمكنت القوات النظامية في التاسع من الشهر الجاري من طرد التنظيم من مدينة البوكمال بعد "
            "أكثر من ثلاث سنوات من سيطرته عليها .")
    found = events_of(text, "ASSAULT", require=True)
    assert [(name_of(e.actor1), rules_of(e, "actor1")) for e in found] == [
        ("Military Forces of Syria (2000-2024)", ["actor:subject-of-governing-verb"])]


def test_a_verbal_noun_no_verb_governs_gets_no_taker_from_it():
    # "الغاية من طرد": no تمكن/نجح before it, so no subject is read off a governing verb
    text = "وأعلن الجيش السوري أن الغاية من طرد تنظيم داعش من مدينة دير الزور هي تأمين الطريق الدولي ."
    for e in events_of(text, "ASSAULT"):
        assert "actor:subject-of-governing-verb" not in rules_of(e, "actor1")
