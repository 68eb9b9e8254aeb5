"""REVIEW19: fixes from the second read of session 19's changes, each with the case it broke and
a close case it must leave alone."""

from rasd.api import extract


def _dates_and_outlets(text: str) -> tuple[list[str | None], list[str]]:
    doc = extract(text, published="2017-12-10")
    return ([e.event_date for e in doc.events],
            [doc.text[s.start:s.end] for s in doc.spans if s.label == "SOURCE"])


def test_a_paper_named_opinion_today_after_in_stays_the_paper() -> None:
    # "رأي اليوم" names no town: after في it is the paper still, and its اليوم no day
    dates, outlets = _dates_and_outlets("وكتب الصحفي في رأي اليوم أن الطائرات قصفت بلدة الأتارب .")
    assert dates == [None] and "رأي اليوم" in outlets
    dates, _ = _dates_and_outlets("ونقل مراسل عن مصادر أمنية في المصري اليوم أن مسلحين هاجموا كمينا للجيش في العريش .")
    assert dates == [None]


def test_a_town_named_outlet_after_in_is_still_the_town_today() -> None:
    dates, outlets = _dates_and_outlets("قصفت الطائرات بلدة الأتارب وقتل خمسة مدنيين في حلب اليوم .")
    assert dates == ["2017-12-10"] and outlets == []


DAY_PAGE = "https://liveuamap.com/ar/time/13.12.2017"
HEADLINES = ("قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي\n"
             "غارات جوية على مدينة دوما في الغوطة الشرقية\n"
             "مقتل ثلاثة مدنيين في قصف على حي الشعار بحلب\n")


def _page_day_evidence(text: str) -> list[tuple[str, str]]:
    doc = extract(text, published="2017-12-13", url=DAY_PAGE)
    assert doc.events and all(e.event_date == "2017-12-13" for e in doc.events)
    assert all(doc.text[ev.start:ev.end] == ev.text for e in doc.events for ev in e.evidence)
    return [(ev.rule, ev.text) for e in doc.events for ev in e.evidence if ev.field == "event_date"]


def test_a_day_page_dated_by_its_address_alone_cites_no_words_outside_the_text() -> None:
    # DAYPAGE19 wrote the address as the evidence's words over offsets 0:0
    assert set(_page_day_evidence(HEADLINES)) == {("date:day-page", "")}


def test_a_day_page_that_prints_its_day_cites_the_printed_day() -> None:
    assert set(_page_day_evidence("الأربعاء 13 ديسمبر 2017\n" + HEADLINES)) == {
        ("date:day-page", "الأربعاء 13 ديسمبر 2017")}
