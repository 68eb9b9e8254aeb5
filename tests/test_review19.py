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
