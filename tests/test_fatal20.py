"""Tolls of session 20 (FATAL20, 27 Nov 2026). Sentences written for these tests.

- "دون أن يتسبب بوقوع إصابات": a denial, its filler words with their clitics, is no injury
  told without a number (rule ``casualty:none-reported``, not ``casualty:injured-unnumbered``).
- A word spelled out letter by letter ("ق ت ل"، "ق ت لوا"، "ال ق ت ل ى") is rejoined whole by
  the cleaning, so the casualty frames read it; letters that spell an abbreviation ("ب ي د")
  stay apart.
- A bare figure before a plural verb of death, after a complementizer ("إن سبعة قتلوا"): the
  figure is who died; after a preposition it is not.
- A count after a lone "و" is the next part of a list, neither the object of the verb before
  it nor the count of the aside before it ("أن 8 مدنيين قتلوا في حمورية و 3 مدنيين في سقبا").
- A peaceful protest with no toll read has a toll of 0 (ACLED); a protest whose words tell a
  death keeps that toll, and one whose sentence has a word of death no rule gave it stays unknown.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of
from rasd.text.clean import clean
from tests.helpers import rules_of


def _counts(text: str) -> list[tuple[str, int, str]]:
    return [(r.value["kind"], r.value["count"], r.rule) for r in quantities_of(text) if r.label == "CASUALTY"]


def _tolls(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.sub_event_type, (e.location or {}).get("name"), e.fatalities)
            for e in extract(text, published="2017-05-02").events]


# --- a denial with its clitics ---------------------------------------------------------------

def test_no_casualties_caused_is_a_denial() -> None:
    assert _counts("سقطت قذيفة هاون على حي سكني في المدينة دون أن يتسبب بوقوع إصابات .") == [
        ("killed", 0, "casualty:none-reported")]


def test_no_casualties_caused_with_fi_is_a_denial() -> None:
    assert _counts("انفجرت عبوة ناسفة قرب الجسر دون أن تتسبب في وقوع إصابات .") == [
        ("killed", 0, "casualty:none-reported")]


def test_casualties_caused_stay_injuries_with_no_number() -> None:
    assert _counts("سقطت قذيفة هاون على حي سكني في المدينة ما تسبب بوقوع إصابات .") == [
        ("killed", 0, "casualty:injured-unnumbered")]


# --- a word spelled out ------------------------------------------------------------------------

def test_a_spelled_out_verb_is_rejoined() -> None:
    c = clean("قصفت الطائرات البلدة ق ت ل 12 مدنيا .")
    assert c.text == "قصفت الطائرات البلدة قتل 12 مدنيا ."
    assert [(r.original, r.joined, r.rule) for r in c.repairs] == [("ق ت ل", "قتل", "spelled-out")]


def test_a_spelled_out_word_with_a_longer_last_piece_is_rejoined() -> None:
    assert clean("وقال إن عشرة جنود ق ت لوا في الكمين .").text == "وقال إن عشرة جنود قتلوا في الكمين ."


def test_a_spelled_out_noun_after_a_real_word_is_rejoined_alone() -> None:
    assert clean("بلغ عدد ق ت ل ى المواجهات 30 .").text == "بلغ عدد قتلى المواجهات 30 ."


def test_letters_of_an_abbreviation_stay_apart() -> None:
    assert clean("اشتبكت الفصائل مع عناصر ب ي د في الريف .").text == "اشتبكت الفصائل مع عناصر ب ي د في الريف ."


def test_single_letters_that_make_no_word_stay_apart() -> None:
    assert clean("نقلا عن أ ف ب .").repairs == []


def test_the_spelled_out_toll_reaches_the_event() -> None:
    assert _tolls("قصفت طائرات حربية مدينة دوما , ق ت ل 15 مدنيا .") == [("Air/drone strike", "Duma", 15)]


# --- a bare figure before its verb -------------------------------------------------------------

def test_a_bare_figure_after_a_complementizer_before_a_plural_verb_of_death() -> None:
    assert _counts("قال قائد الشرطة إن ستة قتلوا كما أصيب تسعة إثر انفجار عبوة في سوق المدينة .") == [
        ("killed", 6, "casualty:count-verb"), ("injured", 9, "casualty:trigger-count")]


def test_a_bare_figure_after_a_comma_before_a_dual_verb() -> None:
    assert _counts("قتل خمسة أشخاص في الاشتباكات , وأفادت أن اثنين قتلا , الأحد .")[-1] == (
        "killed", 2, "casualty:count-verb")


def test_a_figure_after_a_preposition_is_no_subject() -> None:
    assert _counts("قصفت الطائرات القرية في 2016 قتلوا فيها .") == []


# --- a count after a lone "و" ------------------------------------------------------------------

def test_a_count_after_a_lone_wa_is_the_next_part_of_the_list() -> None:
    assert _counts("وأفادت مصادر أن 8 مدنيين قتلوا في بلدة حمورية و 3 مدنيين في بلدة سقبا .") == [
        ("killed", 8, "casualty:count-verb"), ("killed", 3, "casualty:elided")]


def test_a_count_after_an_aside_with_no_wa_is_the_verbs() -> None:
    assert _counts("وقتلوا في الهجوم على البلدة 3 مدنيين .") == [("killed", 3, "casualty:trigger-aside-count")]


def test_an_object_count_with_no_wa_before_it_stays_the_object() -> None:
    assert _counts("أعدم التنظيم اليوم ستة رجال في ساحة المدينة .") == [("killed", 6, "casualty:object-count")]


# --- a peaceful protest ------------------------------------------------------------------------

def test_a_peaceful_protest_with_no_toll_has_none_killed() -> None:
    events = extract("خرج مئات المتظاهرين في مدينة إدلب اليوم للمطالبة بالإفراج عن المعتقلين .",
                     published="2017-05-02").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", 0)]
    assert rules_of(events[0], "fatalities") == ["toll:deathless-type"]


def test_a_protest_where_people_were_killed_keeps_its_toll() -> None:
    assert _tolls("خرج مئات المتظاهرين في مدينة إدلب , وأطلقت قوات الأمن الرصاص عليهم ما أدى إلى مقتل 3 متظاهرين .") == [
        ("Excessive force against protesters", "Idlib", 3)]


def test_a_strike_with_no_toll_keeps_none() -> None:
    assert _tolls("قصفت طائرات حربية مدينة دوما صباح اليوم .") == [("Air/drone strike", "Duma", None)]


def test_a_peaceful_protest_in_a_sentence_that_tells_a_death_keeps_none() -> None:
    assert _tolls("خرج الآلاف في مسيرة في مدينة درعا , وسجلت حالة وفاة .") == [("Peaceful protest", "Dara", None)]
