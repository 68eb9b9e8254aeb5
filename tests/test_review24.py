"""REVIEW24 (28 Nov 2026): second read of session 24's landings. Sentences written for these tests.

- TOLL24's "killed with others" frame (rule casualty:trigger-with-others) added one to the count
  whatever the verb's number: a dual verb tells of two ("قتلا مع ثلاثة آخرين" = 5, not 4).
- PREC24's prison-term cue after an execution ("الإعدام ل 14 والمؤبد") read any "سجن" within six
  words: a prison that is the place ("أعدم تنظيم داعش 5 أشخاص في سجن الرقة") dropped a real
  execution. Only the term written with ب/و/ل ("والسجن"، "بالسجن"، "وسجن") is the cue now.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text) if r.label == "CASUALTY"]


def test_a_dual_verb_with_others_counts_both() -> None:
    # "the two were killed with three others": five dead
    assert _counts("وكان الشقيقان في طريقهما إلى السوق حين قتلا مع ثلاثة آخرين في انفجار عبوة ناسفة .") == [
        ("killed", 5)]


def test_a_singular_verb_with_others_still_adds_one() -> None:
    # the close case: one killed with three others is four
    assert _counts("وكان القيادي في طريقه إلى السوق حين قتل مع ثلاثة آخرين في انفجار عبوة ناسفة .") == [
        ("killed", 4)]



# --- PREC24's prison-term cue and a prison that is a place ----------------------------------

def _executions(text: str) -> list[str | None]:
    return [(e.actor1 or {}).get("name") for e in extract(text, published="2017-05-02").events
            if e.plover == "ASSAULT"]


def test_an_execution_in_a_prison_is_an_execution(no_confidence_filter: None) -> None:
    # PREC24's cue for a prison term after a death sentence ("الإعدام ل 14 والمؤبد") also read
    # "سجن" as a place: the executions IS carried out inside a prison were dropped
    assert _executions("وأعدم تنظيم داعش 5 أشخاص في سجن الرقة المركزي أمس .") == ["IS: Islamic State"]


def test_executions_beside_a_prison_term_stay_none(no_confidence_filter: None) -> None:
    # the close case: "executed 14 and imprisoned 24" is a court's ruling (PREC24's cue keeps it out)
    assert _executions("أعدم 14 متهما وسجن 24 آخرين في قضية كرداسة بمحافظة الجيزة أمس .") == []


# --- RECALL24's SANCTION frames: an employee fired, "معبرا" (expressing) ------------------------

def _plovers(text: str) -> list[str]:
    return [e.plover for e in extract(text, published="2016-01-04").events]


def test_employees_fired_are_no_sanction(no_confidence_filter: None) -> None:
    # "the company fired 20 employees": طرد is also to dismiss; only an embassy's staff, a
    # diplomat or an ambassador expelled is a state's sanction
    assert "SANCTION" not in _plovers("طردت الشركة أمس 20 موظفا من مصنعها في القاهرة .")


def test_expelled_embassy_staff_stay_a_sanction(no_confidence_filter: None) -> None:
    # the close case: diplomats expelled
    assert "SANCTION" in _plovers("طردت روسيا أمس 35 دبلوماسيا أمريكيا من موسكو .")


def test_expressing_is_no_crossing_closed(no_confidence_filter: None) -> None:
    # "معبرا عن أسفه" (expressing his regret) read as "معبر" (a crossing) with any ending
    assert "SANCTION" not in _plovers("أغلق الرئيس الجلسة أمس معبرا عن أسفه لما حدث في دمشق .")


def test_two_crossings_closed_stay_a_sanction(no_confidence_filter: None) -> None:
    # the close case: the dual "معبرين" and the plural "المجالات" keep their endings
    assert "SANCTION" in _plovers("أغلقت تركيا أمس معبرين حدوديين مع سوريا .")
