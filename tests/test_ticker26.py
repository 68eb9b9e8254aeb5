"""Place headers inside a ticker's lines (TICKER26).

A live map or a digest that lost the breaks between its items runs them on in one line, and an
item opens with the place it tells of and a colon or a bar ("… في ولاية بينجول حلب : غارات
جوية …"). On a ticker page the sentence is cut before such a header (rule ``place-header``) and
the header opens an item of its own, so the item before it takes neither its place nor its
actors. Not cut: a place that a word before it takes as its complement ("قال مصدر في حلب :"،
"وزير خارجية قطر :"), a header at a sentence's start, or any header on a page that is no ticker.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.stages.sentences import header_place
from rasd.text.sentences import split_sentences

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _pieces(line: str, ticker: bool = True) -> list[str]:
    """The sentences of ``line`` under a title, on a page with five glued item seams (a ticker:
    the seams stand at the starts of lines, where they cut nothing) or none."""
    text = "عنوان\n" + "\n".join(["خبر قصير"] * 5) + "\n" + line
    starts = [i + 1 for i, c in enumerate(text) if c == "\n"][:5]
    return [text[s.start:s.end] for s in split_sentences(text, starts if ticker else [], header_place)][6:]


HEADED = "قتل ستة مسلحين في اشتباك مع الجيش في ولاية بينجول حلب : غارات جوية تستهدف قرية الطاح ."


def test_a_place_header_inside_a_ticker_line_opens_a_sentence() -> None:
    assert _pieces(HEADED) == ["قتل ستة مسلحين في اشتباك مع الجيش في ولاية بينجول",
                               "حلب : غارات جوية تستهدف قرية الطاح ."]


def test_a_header_takes_its_area_word_and_list_mark() -> None:
    line = "قصف مدفعي على بلدة اللطامنة بالمدفعية الثقيلة * شمال حماة | اشتباكات عنيفة على جبهة كفرنبودة ."
    assert _pieces(line)[1].startswith("* شمال حماة |")


def test_a_place_after_a_preposition_is_no_header() -> None:
    line = "قال مصدر عسكري في حلب : إن الطائرات قصفت مواقع المسلحين ."
    assert _pieces(line) == [line]


def test_a_place_after_a_noun_that_governs_it_is_no_header() -> None:
    line = "قال المتحدث باسم وزير خارجية قطر : إن بلاده ترفض الحصار ."
    assert _pieces(line) == [line]


def test_a_header_at_a_sentences_start_cuts_nothing() -> None:
    line = "حلب : غارات جوية تستهدف قرية الطاح ."
    assert _pieces(line) == [line]


def test_no_header_is_cut_on_a_page_that_is_no_ticker() -> None:
    assert _pieces(HEADED, ticker=False) == [HEADED]


def test_a_word_no_gazetteer_knows_is_no_header() -> None:
    line = "قصفت الطائرات مواقع في ريف المدينة المصادر المحلية : قتل ثلاثة مدنيين ."
    assert _pieces(line) == [line]


# A ticker of glued headlines (seven seams: "الرقةغارات"، "الشرقيةالطائرات" …), then a line
# whose second item opens with a header: "… في ولاية بينجول حلب : غارات جوية …"
TICKER = ("أخبار اليوم\n"
          "قصف مدفعي على بلدة اللطامنة في ريف حماة الشمالي واشتباكات عنيفة في محيط مدينة الرقةغارات جوية"
          " على مدينة دوما في الغوطة الشرقيةالطائرات الروسية تقصف قرية كفرنبل في ريف إدلب الجنوبيةانفجار"
          " سيارة مفخخة في مدينة اعزاز الحدوديةمقتل عنصرين من الشرطة في مدينة العريش المصريةاعتقال خمسة"
          " أشخاص في مدينة اسطنبول التركيةالشرطة تفرق مظاهرة في مدينة البصرة\n"
          "قتل ستة من عناصر حزب العمال الكردستاني في اشتباك مع الجيش التركي في ولاية بينجول حلب : غارات"
          " جوية روسية تستهدف قرية الطاح في الريف الجنوبي .\n")


def test_the_item_before_a_header_takes_neither_its_place_nor_its_target() -> None:
    doc = rasd.extract(TICKER)
    killing = [e for e in doc.events if e.trigger.startswith("قتل ستة")]
    strike = [e for e in doc.events if e.trigger.startswith("غارات جوية روسية")]
    assert killing and strike
    assert (killing[0].location or {}).get("name") != "Aleppo"  # Bingol is no part of Aleppo
    assert (strike[0].location or {}).get("name") == "Aleppo"
    assert strike[0].actor2 is None  # the PKK fought the army in the item before


def test_the_header_cut_opens_a_sentence_of_its_own_on_the_ticker() -> None:
    doc = rasd.extract(TICKER)
    headed = [s for s in doc.spans_of("SENT") if s.rule.endswith("|place-header")]
    assert [doc.text[s.start:s.start + 5] for s in headed] == ["حلب :"]



def test_a_place_a_trigger_noun_or_an_area_word_governs_is_no_header() -> None:
    for line in ("قال نائب عمدة المدينة إن الجيش يتقدم ببطء اشتباكات مراوي : لم يعتقل أي مسلح .",
                 "مسلحون يهاجمون مسجدا في قرية الروضة غرب مدينة العريش : وإجمالي القتلى 305 ."):
        assert _pieces(line) == [line]


def test_a_battles_name_opens_the_header() -> None:
    line = "صور جديدة من أرض المعركة يعرضها الإعلام الحربي معركة حماة : انتحاري يفجر سيارة قرب حاجز ."
    assert _pieces(line)[1].startswith("معركة حماة :")


def test_a_headlines_source_after_a_colon_is_no_item() -> None:
    line = "اشتباكات في ليبيا تترك أربعة قتلى شرق طرابلس : وزارة الصحة"
    assert _pieces(line) == [line]
