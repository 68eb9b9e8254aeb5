"""Two granularity rules on sentences written for these tests (none copied from the seeds or
the data): civilians are no side of a clash, and a story's background lends no place."""

from __future__ import annotations

from rasd import extract

DATE = "2025-07-14"


def _events(text: str):
    return extract(text, published=DATE).events


def test_civilians_among_a_clashs_dead_are_no_side_of_it():
    events = _events("دارت اشتباكات مساء أمس بين عناصر من قسد ومسلحين من العشائر في بلدة ذيبان. "
                     "وقالت مصادر محلية إن الاشتباكات أدت إلى مقتل أربعة أشخاص بينهم امرأة.")
    clashes = [e for e in events if e.plover == "ASSAULT"]
    assert len(clashes) == 1
    assert clashes[0].sub_event_type == "Armed clash" and clashes[0].fatalities == 4


def test_civilians_killed_by_shelling_stay_its_target():
    (shelling,) = [e for e in _events("قصفت قوات النظام بلدة ذيبان مساء أمس، ما أدى إلى مقتل أربعة "
                                      "أشخاص بينهم امرأة.") if e.plover == "ASSAULT"]
    assert shelling.actor2 is not None and shelling.actor2["type"] == "Civilians"


def _deployment_place(middle: str) -> str | None:
    events = _events("شنت طائرات حربية غارات على مدينة البوكمال فجر اليوم. " + middle
                     + " وأعلنت وزارة الدفاع صباح اليوم دخول وحدات من الجيش إلى المنطقة.")
    (move,) = [e for e in events if e.plover == "MOBILIZE"]
    return (move.location or {}).get("name")


def test_a_background_sentence_lends_no_place_to_the_story():
    assert _deployment_place("وكانت اشتباكات قد اندلعت أمس قرب بلدة الميادين.") != "Al Mayadin"


def test_a_sentence_of_the_story_lends_its_place():
    assert _deployment_place("واندلعت اشتباكات أمس في مدينة الميادين.") == "Al Mayadin"


def _agreement(second: str):
    events = _events("اجتمع وفد عسكري روسي مع وفد من الجيش التركي في مدينة منبج صباح اليوم. " + second)
    (agree,) = [e for e in events if e.plover == "AGREE"]
    return agree


def test_both_sides_agreeing_are_the_meetings_parties():
    agree = _agreement("واتفق الجانبان على فتح معبر جديد للمساعدات.")
    names = {str((agree.actor1 or {}).get("name")), str((agree.actor2 or {}).get("name"))}
    assert any("Turkey" in n for n in names) and any("Russia" in n for n in names)
    assert any(ev.rule == "actor:both-sides" for ev in agree.evidence)


def test_an_agreement_of_others_takes_no_meetings_parties():
    agree = _agreement("واتفقت الفصائل المحلية على فتح معبر جديد للمساعدات.")
    assert not any(ev.rule == "actor:both-sides" for ev in agree.evidence)
