"""The lead's changes in session 19: "اليوم" after a town an outlet is named after is today when a
settlement noun opens the phrase ("في مدينة حلب اليوم"), and stays the outlet's name otherwise."""

from rasd.api import extract


def _dates(text: str) -> list[str | None]:
    return [e.event_date for e in extract(text, published="2017-12-10").events]


def test_today_after_a_settlement_noun_and_the_outlets_town() -> None:
    assert _dates("قصفت الطائرات الروسية أحياء في مدينة حلب اليوم وقتل خمسة مدنيين .") == ["2017-12-10"]
    assert _dates("قصفت الطائرات الروسية بلدة الأتارب في ريف حلب اليوم .") == ["2017-12-10"]


def test_the_outlets_name_is_no_day() -> None:
    assert _dates("وقالت حلب اليوم إن الطائرات قصفت بلدة الأتارب .") == [None]
    assert _dates("وقال مراسل حلب اليوم إن الطائرات قصفت بلدة الأتارب .") == [None]


def test_today_after_in_or_a_direction_and_the_outlets_town() -> None:
    assert _dates("استأنف الجيش السوري هجومه وقصف بلدة خان طومان في جنوب حلب اليوم .") == ["2017-12-10"]
    doc = extract("قصفت الطائرات مستشفى ميدانيا في حي الصاخور المحاصر من قوات النظام في حلب اليوم .",
                  published="2017-12-10")
    assert [s for s in doc.spans if s.label == "SOURCE"] == []


def test_the_channel_after_via_stays_the_channel() -> None:
    doc = extract("وبث ناشطون عبر روسيا اليوم صور القصف على بلدة الأتارب .", published="2017-12-10")
    assert "روسيا اليوم" in [doc.text[s.start:s.end] for s in doc.spans if s.label == "SOURCE"]
