"""The subject a verb leaves unstated, carried from the clause or sentence before (SUBJ13, 27 Nov).

Sentences are written for these tests in the style of the reports; each rule has a case it
must change and a close case it must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from rasd.events.carried import RULE
from tests.helpers import events_of, name_of

DOC = "subj13-test"


def _at(text: str, word: str):
    """The ASSAULT mention whose trigger holds ``word``."""
    return next(ev for ev in events_of(text, "ASSAULT", require=True, doc_id=DOC) if word in ev.trigger)


def _rule1(ev) -> str:
    return next((e.rule for e in ev.evidence if e.field == "actor1"), "")


# --- a feminine verb after كما: the aircraft of the sentence before ---

STRIKES = "شنت الطائرات الحربية الروسية غارات مكثفة على مدينة سراقب في ريف إدلب أمس ."


def test_feminine_verb_carries_the_aircraft_of_the_sentence_before():
    ev = _at(STRIKES + " كما استهدفت بلدة معرة النعمان بصواريخ فراغية .", "استهدفت")
    assert "Military Forces of Russia" in name_of(ev.actor1)
    assert _rule1(ev) == RULE


def test_masculine_verb_does_not_take_the_aircraft():
    # the verb does not agree with الطائرات: its subject is someone else, left unnamed
    ev = _at(STRIKES + " كما استهدف بلدة معرة النعمان بصواريخ فراغية .", "استهدف")
    assert ev.actor1 is None


def test_another_topic_carries_nothing():
    ev = _at(STRIKES + " من جهة أخرى , استهدفت بلدة معرة النعمان بصواريخ فراغية .", "استهدفت")
    assert ev.actor1 is None


# --- the forces a monitor spoke of, and a masculine subject told by a verb that is no event ---

def test_forces_told_by_the_monitor_take_the_village():
    text = ("وقال المرصد السوري إن قوات النظام تقدمت في ريف حماة الشمالي أمس الأحد . "
            "وسيطرت على قرية معركبة بعد اشتباكات .")
    ev = _at(text, "سيطرت")
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert _rule1(ev) == RULE


TAKEN = "سيطرت قوات النظام على قرية معركبة في ريف حماة أمس الأحد . "


def test_forces_carry_into_the_next_sentence():
    ev = _at(TAKEN + "وسيطرت على بلدة اللطامنة بعد ساعات .", "وسيطرت")
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert _rule1(ev) == RULE


def test_a_new_speaker_between_carries_nothing():
    # a speaker named before the verb in its own sentence (a reporting verb): not the one who acts
    text = TAKEN + "وقال ناشطون إن الاشتباكات تجددت في المنطقة , وسيطرت على بلدة اللطامنة بعد ساعات ."
    ev = _at(text, "وسيطرت")
    assert ev.actor1 is None


def test_masculine_subject_of_a_siege_takes_the_positions():
    text = ("وفرض الجيش السوري حصارا على الجيب الواقع حول بلدة بيت جن منذ أسابيع . "
            "وفي الأيام الأخيرة سيطر على مواقع عدة في محيط البلدة .")
    ev = _at(text, "سيطر")
    assert "Military Forces of Syria" in name_of(ev.actor1)
    assert _rule1(ev) == RULE


def test_subject_two_sentences_back_is_not_carried():
    text = ("وفرض الجيش السوري حصارا على الجيب الواقع حول بلدة بيت جن منذ أسابيع . "
            "وتعيش في الجيب مئات العائلات دون كهرباء . "
            "وفي الأيام الأخيرة سيطر على مواقع عدة في محيط البلدة .")
    ev = _at(text, "سيطر")
    assert ev.actor1 is None


# --- a bare verb that reads as a passive carries nothing ---

def test_killing_verb_takes_no_carried_subject():
    text = STRIKES + " وقتل ثلاثة مدنيين في بلدة معرة النعمان ."
    evs = events_of(text, "ASSAULT", require=True, doc_id=DOC)
    assert not any(_rule1(ev) == RULE for ev in evs)
