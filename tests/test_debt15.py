"""DEBT15: REVIEW14's open findings — a capture's typing leaves its reason in the evidence, a
retaking told by a coordinated verb is its named subject's.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.document import EventMention, Evidence
from rasd.events.build import _taker_type
from tests.helpers import events_of, name_of

GAINED = "Non-state actor overtakes territory"
REGAINED = "Government regains territory"


def _capture(text: str) -> EventMention:
    found = [e for e in events_of(text, "ASSAULT", require=True) if e.sub_event_type in (GAINED, REGAINED)]
    assert len(found) == 1, [(e.sub_event_type, e.trigger) for e in events_of(text)]
    return found[0]


def _rules(e: EventMention, field: str) -> list[str]:
    return [ev.rule for ev in e.evidence if ev.field == field]


# ------------------------------------------------- finding 9: the typing leaves its reason

def test_an_untold_retaker_is_the_state_and_the_trigger_says_why() -> None:
    e = _capture("وتمت استعادة مدينة تدمر من تنظيم داعش صباح اليوم الأحد.")
    assert e.sub_event_type == REGAINED and e.actor1 is None
    assert any(r.endswith("|typed:regained") for r in _rules(e, "trigger"))


def test_a_capture_with_a_named_taker_is_not_typed_by_the_regaining_rule() -> None:
    e = _capture("وسيطرت فصائل المعارضة على بلدة كفرنبودة في ريف حماة صباح اليوم الأحد.")
    assert e.sub_event_type == GAINED
    assert not any("typed:regained" in r for r in _rules(e, "trigger"))


def test_state_forces_taking_a_place_say_so_on_the_trigger() -> None:
    e = _capture("واستعاد الجيش السوري السيطرة على بلدة كفرنبودة في ريف حماة صباح اليوم.")
    assert e.sub_event_type == REGAINED
    assert any(r.endswith("|typed:taker-state") for r in _rules(e, "trigger"))


def _taking(sub_event_type: str, actor_type: str) -> EventMention:
    trigger = Evidence(0, 6, "سيطرت", "trigger", "trigger:territory_taken")
    return EventMention(plover="ASSAULT", sentence_start=0, sentence_end=40, sub_event_type=sub_event_type,
                        actor1={"name": "x", "type": actor_type}, evidence=[trigger])


def test_the_final_taker_typing_writes_why_when_it_changes_the_type() -> None:
    e = _taking(GAINED, "State forces")
    shared = e.evidence[0]
    _taker_type(e)
    assert e.sub_event_type == REGAINED
    assert _rules(e, "trigger") == ["trigger:territory_taken|typed:taker-state"]
    assert shared.rule == "trigger:territory_taken"  # another mention's copy of the span is untouched
    back = _taking(REGAINED, "Rebel group")
    _taker_type(back)
    assert back.sub_event_type == GAINED
    assert _rules(back, "trigger") == ["trigger:territory_taken|typed:taker-non-state"]


def test_the_final_taker_typing_writes_nothing_when_the_type_stands() -> None:
    e = _taking(REGAINED, "State forces")
    _taker_type(e)
    assert e.sub_event_type == REGAINED
    assert _rules(e, "trigger") == ["trigger:territory_taken"]


# ------------------------------------- finding 9: a retaking told by a coordinated verb

def test_a_coordinated_retaking_is_the_groups_its_sentence_opens_with() -> None:
    # the subject stands far before the verb, past a second verb and two commas
    e = _capture("احتشد مقاتلو هيئة تحرير الشام حول البلدة بعد تقدم قوات النظام نحوها خشية أن تحاصر "
                 "من جهاتها الثلاث , وتمكنوا من صد الهجوم الأول وإيقافه عند الطريق العام , وأخذ "
                 "زمام المبادرة واستعادوا في اليوم التالي السيطرة على قرية الحويز في ريف حماة.")
    assert e.sub_event_type == GAINED
    assert "Hayat Tahrir al-Sham" in name_of(e.actor1)
    assert "actor:retaker-of-coordinated-clause" in _rules(e, "actor1")


def test_a_retaking_opening_its_sentence_is_the_group_the_sentence_before_opens_with() -> None:
    # the sentence before tells no capture of its own: the retaking is not folded into it
    # (REVIEW15: with an attack before it, the test held with the retaker switched off)
    e = _capture("حشدت فصائل المعارضة مقاتليها في ريف حماة الشمالي يوم الأحد. واستعادت السيطرة على "
                 "بلدة كفرنبودة بعد ساعات.")
    assert e.sub_event_type == GAINED
    assert "Opposition" in name_of(e.actor1)
    # since ACTOR1_28 reads "فصائل" as a word (no longer ف + "صائل"), the feminine verb carries the
    # sentence before's subject first; either rule names the same group
    assert {"actor:retaker-of-coordinated-clause", "actor:carried-subject"} & set(_rules(e, "actor1"))


def test_a_retaking_not_joined_to_a_clause_with_a_named_subject_stays_the_states() -> None:
    # the sentence opens with a place, not a side: nobody named to give the retaking to
    e = _capture("في ريف حماة اشتدت المعارك قرب البلدة يوم الأحد , واستعادوا السيطرة على قرية الحويز "
                 "من تنظيم داعش.")
    assert e.sub_event_type == REGAINED and e.actor1 is None


# ------------------------- finding 8: a long sentence's tolls, read once for all its events

_TOWNS = ["كفرنبل", "حاس", "معرة حرمة", "سراقب", "بنش", "تفتناز", "أريحا", "جسر الشغور", "خان شيخون",
          "كفرومة", "معرشورين", "تلمنس"]


def _raids() -> str:
    """One sentence with no stop: twelve raids on twelve towns, a toll after each, one list of a
    death and wounded joined, the clauses opened by "كما" and "و"."""
    return " , ".join(f"{'كما ' if k % 2 else 'و'}قصفت طائرات حربية بلدة {town} ما أدى إلى مقتل {k + 2} مدنيين"
                      + (" وسقط أربعة جرحى" if k % 3 == 0 else "") for k, town in enumerate(_TOWNS)) + "."


def _tolls(text: str) -> list[tuple[str, int | None, int | None, list[str]]]:
    return [(e.trigger, e.fatalities, e.injuries, [ev.text for ev in e.evidence if ev.field == "fatalities"])
            for e in events_of(text, "ASSAULT", published="2017-11-20")]


def test_each_events_tolls_read_by_position_are_the_tolls_read_whole(monkeypatch) -> None:
    from rasd.events import build

    text = _raids()
    indexed = _tolls(text)
    assert sum(f is not None for _, f, _, _ in indexed) >= 5  # most raids have their tolls
    monkeypatch.delattr(build._Judge, "among")  # every count of the sentence asked one by one
    assert _tolls(text) == indexed


def test_a_toll_cut_off_from_the_next_raid_stays_the_first_raids() -> None:
    # ", كما قصفت": the toll after the first raid is its own, though the second stands as near
    found = _tolls("قصفت طائرات حربية بلدة كفرنبل ما أدى إلى مقتل 4 مدنيين , كما قصفت قرية حاس صباح اليوم.")
    assert [(f, i) for _, f, i, _ in found] == [(4, None), (None, None)]


# ------------------------------------- finding 13: the seams' morphology is data

def test_the_clitics_and_pronoun_endings_come_from_the_data_file() -> None:
    from rasd.text.seams import _clitics, _pronoun_ending, run_seam

    assert _clitics().fullmatch("وبال") and _clitics().fullmatch("فل") and _clitics().fullmatch("")
    assert not _clitics().fullmatch("وبالم") and not _clitics().fullmatch("بو")
    assert _pronoun_ending().fullmatch("تهم") and _pronoun_ending().fullmatch("ها")
    assert not _pronoun_ending().fullmatch("تهمة") and not _pronoun_ending().fullmatch("ت")
    assert run_seam("انتهاكاتهم") is None  # "انتهاك|اتهم" is a word with its pronoun, not two
