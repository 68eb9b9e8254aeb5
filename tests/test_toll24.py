"""Tolls of session 24 (TOLL24, 28 Nov 2026): count forms no casualty frame read, and which of
a sentence's counts is the event's. Sentences written for these tests.

- "تم قتله"، "وتم إعدامهما": a killing's verbal noun after the passive's auxiliary, with the
  victim as its pronoun, is one (two) killed; a count before "تم" is another frame's part.
- "قتل مع خمسة عناصر آخرين": the one the trigger tells of and the others with him.
- A count and its people parted from their verb by a comma or by an aside between dashes
  ("أربعة مدنيين , قتلوا"، "125 شخصا - معظمهم نساء وأطفال - قتلوا").
- From eleven on a count takes its noun in the singular ("20 مدني قتلو").
- "العديد من" = 3 (ACLED: "many" = 3); "توفيت امرأة" one killed; a headline's present tense
  of wounding ("وتجرح ستة") an injured count, so no death: 0.
- A running total "خلال تلك الفترة" (a demonstrative before the stretch's noun) is no toll.
- A sentence's vague first count gives way to a figure told later in it ("مقتل العشرات ...
  أسفرت عن مقتل 6"); a vague count told as another happening's time ("بعد مقتل العشرات من
  عناصره") is no toll.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int]]:
    return [(r.value["kind"], r.value["count"]) for r in quantities_of(text) if r.label == "CASUALTY"]


def _periods(text: str) -> list[bool]:
    return [bool(r.value.get("period")) for r in quantities_of(text) if r.label == "CASUALTY"]


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [((e.location or {}).get("name"), e.fatalities) for e in extract(text, published="2017-05-02").events]


# --- "تم" + a killing's verbal noun with the victim's pronoun ---------------------------------

def test_tamma_qatluhu_is_one_killed() -> None:
    assert _counts("قيادي في التنظيم يدعى أبو خالد تم قتله جراء غارة جوية على مدينة الميادين .") == [
        ("killed", 1)]


def test_tamma_with_a_dual_pronoun_is_two_killed() -> None:
    assert _counts("اختطف مسلحون شابين من القرية وتم إعدامهما بعد يومين .") == [("killed", 2)]


def test_the_pronoun_noun_without_tamma_counts_nothing() -> None:
    assert _counts("وأعلن التنظيم مسؤوليته عن الهجوم وقال إن قتله كان ردا على الغارات .") == []


def test_a_count_before_tamma_stays_the_part_of_its_total() -> None:
    assert _counts("قضى ( 7 ) أشخاص , 6 منهم جراء القصف و ( 1 ) تم إعدامه على يد التنظيم .") == [("killed", 7)]


def test_tamma_qatluhu_reaches_the_event() -> None:
    assert _tolls("قيادي في التنظيم يدعى أبو خالد تم قتله جراء غارة جوية على مدينة الميادين .") == [
        ("Al Mayadin", 1)]


# --- killed "with" others ----------------------------------------------------------------------

def test_killed_with_five_others_is_six() -> None:
    assert _counts("وكان قيادي في التنظيم قتل مع خمسة عناصر آخرين في ضربة جوية .") == [("killed", 6)]


def test_killed_with_five_without_others_stays_five() -> None:
    assert _counts("قتل مع خمسة عناصر في ضربة جوية .") == [("killed", 5)]


# --- a count parted from its verb by a comma or an aside between dashes ------------------------

def test_a_comma_between_the_people_and_their_verb() -> None:
    assert _counts("وقالت مصادر ميدانية إن أربعة مدنيين , قتلوا في قصف جوي على معبر نهري .") == [("killed", 4)]


def test_an_aside_between_dashes_before_the_verb() -> None:
    assert _counts("وكان أكثر من 125 شخصا - معظمهم نساء وأطفال - قتلوا في غارات على القرية .") == [
        ("killed", 125)]


def test_a_comma_after_a_word_that_counts_no_people_reads_nothing() -> None:
    assert _counts("وقال المتحدث إن المسلحين اقتحموا القرية , قتلوا ونهبوا .") == []


# --- the singular after eleven -----------------------------------------------------------------

def test_a_singular_noun_after_twenty_then_the_verb() -> None:
    assert _counts("ما يقرب من 20 مدني قتلو في غارة جوية غرب المدينة") == [("killed", 20)]


def test_a_singular_noun_after_three_is_no_count() -> None:
    assert _counts("وقال إن 3 مدني قتلو في الغارة") != [("killed", 3)]


# --- words of number, death and wounds ---------------------------------------------------------

def test_al_adid_min_is_many_three() -> None:
    assert _counts("ودارت اشتباكات أدت إلى سقوط العديد من القتلى في صفوف المهاجمين .") == [("killed", 3)]


def test_al_adid_min_raids_is_no_toll() -> None:
    assert _counts("استهدف الطيران ضواحي المدينة بالعديد من الغارات الجوية .") == []


def test_tuwuffiyat_imraa_is_one_killed() -> None:
    assert _counts("توفيت امرأة جراء انفجار حدث في قرية الزهراء .") == [("killed", 1)]


def test_a_present_tense_of_wounding_with_its_count() -> None:
    assert _counts("قنبلة في حقيبة تنفجر في منطقة صناعية , وتجرح ستة .") == [("injured", 6)]


def test_a_negated_present_tense_of_wounding_counts_nothing() -> None:
    assert _counts("لم تجرح القنبلة 6 أشخاص كما زعمت الوكالة .") == []


def test_the_wounded_only_give_the_event_no_death() -> None:
    assert _tolls("انفجرت قنبلة في مدينة إعزاز , وتجرح ستة .") == [("Izaz", 0)]


# --- a running total over "that" stretch --------------------------------------------------------

def test_a_demonstrative_before_the_stretch_makes_a_running_total() -> None:
    assert _periods("وقال المرصد إن نحو 200 مدني قتلوا في الضربات والقصف خلال تلك الفترة .") == [True]


def test_the_stretch_without_a_period_noun_is_no_running_total() -> None:
    assert _periods("وقال المرصد إن 20 مدنيا قتلوا خلال تلك الغارة .") == [False]


# --- a vague count gives way; a vague count told as a time is no toll ---------------------------

def test_a_later_figure_beats_a_vague_first_count() -> None:
    text = ("أعلنت القوات مقتل العشرات من عناصر التنظيم , وقالت إن سلاح الجو شن غارات على مدينة الميادين "
            "أسفرت عن مقتل 6 مسلحين .")
    assert _tolls(text) == [("Al Mayadin", 6)]


def test_a_vague_count_alone_stays_the_toll() -> None:
    assert _tolls("شن سلاح الجو غارات على مدينة الميادين أسفرت عن مقتل العشرات .") == [("Al Mayadin", 12)]


def test_a_vague_death_told_as_a_time_is_no_toll() -> None:
    assert _tolls("سيطر الجيش على مدينة الميادين بعد مقتل العشرات من عناصر التنظيم .")[0][1] is None


def test_a_numbered_death_told_after_baad_stays_the_toll() -> None:
    assert _tolls("سيطر الجيش على مدينة الميادين بعد مقتل 20 من عناصر التنظيم .")[0][1] == 20
