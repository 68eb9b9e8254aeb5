"""Session 10 (WHENTOLL10): an event's toll on real report wording.

Every sentence here is written for the test in the style of the reports (none is copied from
an article). Each rule has a case it must change and a close one it must leave alone.
"""

from __future__ import annotations

import pytest

import rasd


def _tolls(text: str) -> list[tuple[int, str, str]]:
    doc = rasd.extract(text)
    return [(s.value["count"], s.value["kind"], s.rule) for s in doc.spans_of("CASUALTY")
            if isinstance(s.value, dict) and s.value.get("breakdown_of") is None]


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities for e in rasd.extract(text).events if e.plover == "ASSAULT"]


# --- "لقي N ... حتفهم" with a long "who" between ---

def test_met_death_with_a_long_who_between() -> None:
    text = ("ولقي نحو 40 عنصرا من ميليشيا الدفاع الوطني الموالية للنظام حتفهم في اشتباكات "
            "مع التنظيم قرب بلدة عقيربات .")
    assert (40, "killed", "casualty:met-death") in _tolls(text)
    assert _fatalities(text) == [40]


def test_met_death_does_not_reach_over_a_clause() -> None:
    # "لقي" with a count, its noun of death only in the next sentence: no toll of 12
    text = ("ولقي 12 عضوا من وفد المعارضة ترحيبا واسعا في جنيف . وكان القيادي في الوفد "
            "قد لقي حتفه العام الماضي .")
    assert not any(n == 12 for n, _, _ in _tolls(text))


# --- a when or where between the trigger and its count ---

@pytest.mark.parametrize("text, count", [
    ("وهاجم انتحاري سوقا شعبيا في مدينة الحسكة , وقتل في التفجير أكثر من 20 شخصا .", 20),
    ("وقالت الفصائل إن مقاتليها قتلوا يوم الأحد نحو 15 من عناصر النظام قرب بلدة كرناز .", 15),
    ("وقتلت , فجر اليوم , سبعة مدنيين غارة جوية على بلدة سراقب .", 7),
])
def test_a_count_after_an_aside_is_the_toll(text: str, count: int) -> None:
    assert (count, "killed", "casualty:trigger-aside-count") in _tolls(text)


@pytest.mark.parametrize("text", [
    "وقتل في عام 2015 قائد الفصيل بغارة على مقره .",  # a year, not a toll
    "وقتل في 3 غارات على البلدة عدد من المدنيين .",  # air strikes counted, not people
    "وقتل يوم 12 آذار القيادي في الفصيل .",  # a day of the month
])
def test_no_aside_toll_without_people_after_the_figure(text: str) -> None:
    assert not any(rule == "casualty:trigger-aside-count" for _, _, rule in _tolls(text))


# --- injuries with no number: ACLED's 0 fatalities ---

@pytest.mark.parametrize("text", [
    "وأطلق مسلحون النار على حاجز للشرطة قرب مدينة العريش , ما أدى إلى سقوط جرحى .",
    "وقصفت قوات النظام بالمدفعية مدرسة في بلدة الهبيط مما تسبب بإصابات في صفوف الطلاب .",
    "وقال مصدر محلي إن مدنيين أصيبوا بجروح جراء سقوط قذيفة على حي الجميلية في حلب .",
])
def test_injuries_with_no_number_give_zero_fatalities(text: str) -> None:
    assert _fatalities(text) == [0]


def test_a_death_told_outweighs_unnumbered_injuries() -> None:
    # a death told with the wounded: the toll is never 0
    text = "وقصف الطيران الحربي بلدة التمانعة ما أدى إلى مقتل مدنيين وسقوط جرحى ."
    assert 0 not in _fatalities(text)


def test_counted_injuries_beside_an_uncounted_death_are_no_zero() -> None:
    # "مقتل عدد من العناصر": a death is told, its number not read; 5 wounded are no 0 dead
    text = "وأسفر الهجوم على حاجز الجيش قرب بلدة الشيخ زويد عن مقتل عدد غير معروف من العناصر وإصابة خمسة جنود ."
    assert _fatalities(text) != [0]


def test_a_denial_told_first_yields_to_a_death_told_after() -> None:
    # the first list of a sentence wins, but a 0 never stands against a death told beside it
    text = "وسقطت قذيفة على حي الميدان دون تسجيل إصابات , كما قتل طفل برصاص قناص في الحي نفسه ."
    assert _fatalities(text) == [1]


# --- one person named by a possessed noun ---

def test_a_possessed_person_is_one_victim() -> None:
    assert (1, "killed", "casualty:trigger-possessed") in _tolls(
        "وأسقطت الفصائل مروحية للنظام في ريف حماة الشمالي , ما أسفر عن مقتل طيارها .")
    assert _fatalities("واستهدفت طائرة مسيرة سيارة قرب بلدة الدانا ما أدى إلى مقتل سائقها .") == [1]


def test_a_possessed_plural_is_no_one_victim() -> None:
    assert not any(rule == "casualty:trigger-possessed"
                   for _, _, rule in _tolls("وأعلن الفصيل مقتل عناصره في المعركة قرب البلدة ."))


# --- "ارتقاء": a martyr's death ---

def test_irtiqa_is_a_death() -> None:
    text = "وقصف الطيران الروسي مقرا للفصائل في بلدة معرة مصرين مما أدى لارتقاء 9 مقاتلين ."
    assert (9, "killed", "casualty:trigger-count") in _tolls(text)


# --- a list of victims goes on after a bracketed gloss, and stays with its trigger's event ---

def test_a_list_of_victims_goes_on_after_a_gloss() -> None:
    text = ("وقتل 5 من عناصر قوات النخبة ( قوات عشائرية تدعمها واشنطن ) , و 9 من مسلحي "
            "التنظيم في هجمات واشتباكات قرب بلدة الشحيل .")
    assert (9, "killed", "casualty:coordinated") in _tolls(text)
    assert 14 in _fatalities(text)


def test_a_gloss_that_never_closes_ends_the_list() -> None:
    text = "وقتل 5 من عناصر قوات النخبة ( وهي قوات عشائرية . و 9 من المسلحين فروا ."
    assert not any(rule == "casualty:coordinated" for _, _, rule in _tolls(text))


# --- one casualty noun told as a result ---

def test_one_casualty_noun_told_as_a_result_is_one() -> None:
    text = "وأسفر القصف المدفعي على حي الوعر عن سقوط قتيل وثلاثة جرحى من المدنيين ."
    assert (1, "killed", "casualty:one-noun") in _tolls(text)
    assert _fatalities(text) == [1]


def test_a_casualty_noun_as_a_label_is_no_count() -> None:
    # "قتيل" naming someone, not told as a result: no toll
    assert not any(rule == "casualty:one-noun"
                   for _, _, rule in _tolls("وشيع الأهالي القتيل في مقبرة البلدة ."))


# --- "a child and his mother": one person more for each possessed kin noun ---

@pytest.mark.parametrize("text, count", [
    ("وقصفت الطائرات الحربية بلدة كفرزيتا ما أدى إلى مقتل طفل ووالدته .", 2),
    ("وقتلت امرأة وطفلها بقصف مدفعي على بلدة اللطامنة في ريف حماة .", 2),
    ("وأسفر القصف على بلدة سقبا عن مقتل رجل وزوجته وابنهما .", 3),
])
def test_a_victim_and_his_kin_are_counted(text: str, count: int) -> None:
    assert _fatalities(text) == [count]


def test_a_kin_noun_without_a_possessor_is_no_victim() -> None:
    # "والأب" is no one's father here: the list stops
    text = "وأسفر القصف على بلدة سقبا عن مقتل رجل والأب المسؤول عن الكنيسة يدين القصف ."
    assert _fatalities(text) == [1]


def test_met_death_after_a_pronoun_phrase() -> None:
    text = "وانفجرت سيارة مفخخة في سوق بلدة سرمدا ولقي فيها 12 شخصا مصرعهم وأصيب العشرات ."
    assert (12, "killed", "casualty:met-death") in _tolls(text)


# --- an active verb of killing, its subject, then the victims as its object ---

@pytest.mark.parametrize("text, count", [
    ("وقتلت دورية للشرطة بالرصاص شابا حاول اقتحام حاجز قرب مدينة العريش .", 1),
    ("وأعدم تنظيم الدولة في ساحة مدينة الميادين , عنصرا سابقا في الجيش الحر .", 1),
])
def test_the_object_of_an_active_verb_is_the_toll(text: str, count: int) -> None:
    assert (count, "killed", "casualty:object-victim") in _tolls(text)


@pytest.mark.parametrize("text", [
    "وقتل الجيش خلال 3 أيام عددا من المسلحين في ريف حماة .",  # days, not people
    "وقتل القائد الميداني بعد أن أسر مسلحون شابا من البلدة .",  # another clause's object
    "وقتلت الطائرات الحربية الروسية 7 مدنيين في غارات على بلدة التمانعة .",  # a count: not one
])
def test_no_object_victim_past_a_figure_of_time_or_a_clause(text: str) -> None:
    assert not any(rule == "casualty:object-victim" for _, _, rule in _tolls(text))


# --- review findings (REVIEW10): a cut summary, a page without full stops ---

def test_a_text_cut_after_a_lone_wa_keeps_its_event() -> None:
    """A summary cut at a word limit ("… مقتل طفل و") crashed the casualty frames (IndexError)
    and the whole report was skipped."""
    doc = rasd.extract("قصفت طائرات حربية بلدة كفرنبل بريف إدلب أمس ما أدى إلى مقتل طفل و",
                       published="2017-05-01")
    assert [(e.plover, e.fatalities) for e in doc.events] == [("ASSAULT", 1)]


def test_a_death_word_far_beyond_a_sentence_does_not_cancel_unnumbered_injuries() -> None:
    """The death-word check looks a sentence's reach each way (DEATH_REACH tokens), not the
    whole of a page without full stops."""
    from rasd.quantities.casualties import DEATH_REACH, _tells_death, casualty_lexicon

    near = ["قتل"] + ["و"] * 5 + ["جرحى"]
    far = ["قتل"] + ["و"] * (DEATH_REACH + 5) + ["جرحى"]
    assert _tells_death(near, len(near) - 1, casualty_lexicon())
    assert not _tells_death(far, len(far) - 1, casualty_lexicon())
