"""Words glued with no space (GLUE14): the clean stage puts the space back, so every stage
reads both words; at the seam of two ticker items the sentence is also cut.

Live-map and ticker pages lose the break between items ("… بالقرب من تدمرتستعد الجزائر …");
the place at an item's end was lost with it. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import rasd
from rasd.text.clean import clean, item_seam
from rasd.text.seams import find_seams
from rasd.text.sentences import split_sentences

# Six ticker items glued at any letter (a live map page's other items): with them the page
# shows five glued runs or more, so a run seam is also an item boundary.
TICKER_TAIL = ("\nقصف مدفعي على أطراف مدينة الباب في ريف حلب الشرقيالطيران الحربي يستهدف مواقع في "
               "ريف إدلب الجنوبيمقتل ثلاثة عناصر من الشرطة بهجوم مسلح في محافظة الأنبارالقوات "
               "العراقية تتقدم نحو مركز قضاء تلعفرمظاهرة في مدينة درعا ضد قرار إغلاق المعبرالجيش "
               "السوري يستعيد السيطرة على قرية في ريف حماة\n")


def _repairs(text: str) -> list[tuple[str, str, str]]:
    return [(r.rule, r.original, r.joined) for r in clean(text).repairs]


def test_a_space_goes_between_two_glued_items_and_maps_back_to_raw() -> None:
    line = "وصلت تعزيزات عسكرية كبيرة إلى محيط تدمرتستعد القوات العراقية لهجوم على القائم ."
    text = "آخر التطورات\n" + line + TICKER_TAIL
    cleaned = clean(text)
    assert ("glued-item-run", "تدمرتستعد", "تدمر تستعد") in _repairs(text)
    at = cleaned.text.index("تدمر تستعد")
    # the place word maps to its own letters of the raw text, the next word to its own
    assert text[slice(*cleaned.raw_span(at, at + 4))] == "تدمر"
    assert text[slice(*cleaned.raw_span(at + 5, at + 10))] == "تستعد"
    assert cleaned.text_offset(text.index("تدمرتستعد") + 4) == at + 5


def test_the_place_before_a_seam_is_found_and_the_items_are_two_sentences() -> None:
    line = "وصلت تعزيزات عسكرية كبيرة إلى محيط تدمرتستعد القوات العراقية لهجوم على القائم ."
    doc = rasd.extract("آخر التطورات\n" + line + TICKER_TAIL)
    places = [s.value["name"] for s in doc.spans_of("PLACE") if doc.text[s.start:s.end] == "تدمر"]
    assert places == ["Tadmur"]
    sentences = [doc.text[s.start:s.end] for s in doc.spans_of("SENT")]
    assert any(s.endswith("محيط تدمر") for s in sentences)
    assert any(s.startswith("تستعد القوات") for s in sentences)


def test_a_short_place_name_may_end_a_glued_item() -> None:
    text = "آخر التطورات\nاشتباكات عنيفة بين الفصائل في شرق حلبجنوب سوريا : قصف على بلدة نوى" + TICKER_TAIL
    assert ("glued-item-run", "حلبجنوب", "حلب جنوب") in _repairs(text)


@pytest.mark.parametrize("word", [
    "حلبجة",  # Halabja: a place whose name starts with حلب, the rest no word
    "مصرفية",  # a word that starts with مصر, the rest three letters
])
def test_a_word_that_starts_with_a_short_place_is_left_alone(word: str) -> None:
    text = f"آخر التطورات\nوصل وفد إلى {word} صباح اليوم لبحث الأوضاع" + TICKER_TAIL
    assert not any(original == word for _, original, _ in _repairs(text))


def test_a_glued_run_the_word_list_counts_a_few_times_is_still_a_seam() -> None:
    # the machine-translated items write a dotless ى inside words; "سوريابوتين" is in the word
    # list (the pages that repeat the item), but far rarer than either piece
    text = "آخر التطورات\nقصف على بلدة في ريف درعا جنوب سورىابوتين : نتفق مع تركيا في قضايا كثيرة" + TICKER_TAIL
    assert ("glued-item-run", "سورىابوتين", "سورىا بوتين") in _repairs(text)
    doc = rasd.extract(text)
    assert "Syria" in {s.value["name"] for s in doc.spans_of("PLACE")
                       if doc.text[s.start:s.end].endswith("سورىا")}


def test_a_latin_word_glued_to_an_arabic_one_is_split() -> None:
    text = "آخر التطورات\nIt ' s rumor , not confirmed information , possible hoaxدخلت قوات الحشد" + TICKER_TAIL
    assert ("glued-item-script", "hoaxدخلت", "hoax دخلت") in _repairs(text)


def test_one_glued_run_in_an_article_is_left_whole() -> None:
    # an article, not a ticker: a rare run in prose is as often a rare word as a typo
    text = "عنوان الخبر\nوقتل عدة أشخاص آخرينقوات الأمن تعتقل خمسة مطلوبين في ناحية الشرقاط ."
    assert _repairs(text) == []
    # the same run on a ticker page is two items
    assert ("glued-item-run", "آخرينقوات", "آخرين قوات") in _repairs(text + TICKER_TAIL)


def test_a_latin_word_glued_in_an_article_gets_a_space_but_no_cut() -> None:
    text = "عنوان الخبر\nشارك هذه الصفحة عبر Facebookشارك هذه الصفحة عبر البريد ."
    cleaned = clean(text)
    assert [(r.rule, r.joined) for r in cleaned.repairs] == [("glued-words-script", "Facebook شارك")]
    assert [item_seam(r.start, r.rule, r.joined) for r in cleaned.repairs] == [None]
    assert len(split_sentences(cleaned.text, [])) == 2  # the headline and one sentence


@pytest.mark.parametrize("number", ["خمسمائة", "الأربعمائة"])
def test_hundreds_written_as_one_word_are_no_seam(number: str) -> None:
    text = f"آخر التطورات\nوصل نحو {number} مقاتل إلى أطراف المدينة" + TICKER_TAIL
    assert not any(original == number for _, original, _ in _repairs(text))


def test_a_preposition_glued_to_its_noun_gets_a_space_and_keeps_its_place() -> None:
    text = "شنت طائرات حربية غارات علىمدينة حلب أمس ما أدى إلى مقتل ثلاثة مدنيين."
    assert _repairs(text) == [("glued-words-letter", "علىمدينة", "على مدينة")]
    doc = rasd.extract(text)
    assert len(doc.spans_of("SENT")) == 1
    assert [(e.location or {}).get("name") for e in doc.events] == ["Aleppo"]


@pytest.mark.parametrize("text", [
    "واستهدفت الطائرات الحربية مستودعات الذخيرة والمستشفيات الميدانية في ريف حماة الشمالي .",
    "ووثقت المنظمة انتهاكاتهم بحق المعتقلين في سجون المدينة خلال العام الماضي .",
    "Reuters : the army said on Sunday that it had retaken the town .",
])
def test_ordinary_words_are_never_split(text: str) -> None:
    assert find_seams(text + TICKER_TAIL)[0].at > len(text)
    assert clean(text).text == text


def test_no_seam_after_dotless_yaa_on_a_page_that_writes_it_inside_words() -> None:
    # machine-translated text writing ى for ي inside words: "وىتخلصوا" cut by a stray space is
    # no ى-final word glued to the next
    text = ("وقال المقاتلون إنهم حاولوا كثىرا أن ىستهدفوا الدبابة وىتخل صوا منها لكنهم لم ىتمكنوا "
            "من ذلك بسبب القصف الكثىف .")
    assert _repairs(text) == []
    # the same seam on a page that writes ى only at the end of words is two items
    assert _repairs("وصل الوفد إلى القاهرة مساء الخميس الماضىتخلت الحكومة عن الخطة .") != []


def test_a_seam_after_egyptian_fi_is_a_space_inside_the_sentence() -> None:
    text = "وقعت اشتباكات عنيفة فىمدينة العريش صباح اليوم بين الجيش ومسلحين ."
    assert _repairs(text) == [("glued-words-letter", "فىمدينة", "فى مدينة")]
    assert len(split_sentences(clean(text).text, [])) == 1
