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


TICKER_HEADS = ["قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي", "غارات جوية على مدينة دوما في الغوطة الشرقية",
                "اشتباكات بين الجيش الحر وقوات النظام في ريف حماة الشمالي", "انفجار سيارة مفخخة في مدينة إعزاز",
                "مقتل ثلاثة مدنيين في قصف على حي الشعار بحلب", "استهداف رتل للنظام قرب بلدة مورك"]


def _joints(line: str, monkeypatch) -> tuple[int, int]:
    """The joint cuts in ``line`` on a ticker page, and how many words were read as verbs."""
    from rasd.text import sentences

    calls = []
    verb = sentences._verb
    monkeypatch.setattr(sentences, "_verb", lambda word, cues: calls.append(word) or verb(word, cues))
    text = "".join(TICKER_HEADS * 2) + "\n" + line + " ."
    cuts = [s for s in sentences.split_sentences(text) if s.rule.endswith("joint")]
    return len(cuts), len(calls)


def test_a_long_ticker_line_with_a_verb_is_read_for_verbs_once(monkeypatch) -> None:
    # DAYPAGE19 re-read the words since the last cut for each opener: 17 s for 29,000 characters
    line = " ".join(["الناس"] * 400 + ["شهدت"] + ["في مدينة حلب قصف"] * 200)
    cuts, calls = _joints(line, monkeypatch)
    assert cuts == 0 and calls <= len(line.split()) + 1  # its words and the stop


def test_a_ticker_line_of_headlines_with_no_verb_is_still_cut(monkeypatch) -> None:
    cuts, _ = _joints(" ".join(["وصلت تعزيزات عسكرية إلى مدينة حلب قصف"] * 4), monkeypatch)
    assert cuts >= 3
