"""Item boundaries inside one line (TICKER12): a page header's GMT stamp and a related-articles
marker cut the sentence they are glued into; the same words in ordinary prose do not."""

from rasd.text.sentences import split_sentences


def _texts(line: str) -> list[str]:
    text = "عنوان الصفحة\n" + line
    return [text[s.start:s.end] for s in split_sentences(text)[1:]]


def test_gmt_stamps_cut_a_page_header_from_the_story() -> None:
    line = ("صدرت من لندن 2001 GMT 9 : 05 2017 الأحد 5 نوفمبر GMT 22 : 19 2017 الأحد 5 نوفمبر"
            " قصفت طائرات حربية بلدة في ريف إدلب وقتل ثلاثة مدنيين .")
    texts = _texts(line)
    assert texts == ["صدرت من لندن 2001", "GMT 9 : 05 2017 الأحد 5 نوفمبر",
                     "GMT 22 : 19 2017 الأحد 5 نوفمبر",
                     "قصفت طائرات حربية بلدة في ريف إدلب وقتل ثلاثة مدنيين ."]
    rules = [s.rule for s in split_sentences("عنوان الصفحة\n" + line)[1:]]
    assert rules[-1] == "punctuation|gmt-stamp"


def test_gmt_written_after_the_hour_in_prose_is_no_cut() -> None:
    line = "وقع الانفجار عند الساعة 10 : 30 بتوقيت غرينتش GMT في وسط المدينة وقتل شخصان ."
    assert _texts(line) == [line]


def test_related_marker_cuts_the_teaser_from_the_last_paragraph() -> None:
    line = ("وأكد المتحدث أن القوات ستواصل عملياتها في المنطقة اقرأ أيضا : اشتباكات عنيفة"
            " في ريف حماة الشمالي .")
    assert _texts(line) == ["وأكد المتحدث أن القوات ستواصل عملياتها في المنطقة",
                            "اقرأ أيضا :", "اشتباكات عنيفة في ريف حماة الشمالي ."]


def test_related_heading_glued_after_a_link_is_cut() -> None:
    line = "الرابط com / p / 2abc مواضيع ذات صلة غارات على دير الزور"
    assert _texts(line) == ["الرابط com / p / 2abc", "مواضيع ذات صلة", "غارات على دير الزور"]


def test_topics_related_to_something_in_prose_stay_one_sentence() -> None:
    line = "ناقش المجلس أخبار ذات صلة بالوضع الأمني في المدينة ومقالات متعلقة بالانتخابات ."
    assert _texts(line) == [line]
