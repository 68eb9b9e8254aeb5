"""In a report, an attack or arrest that nothing ties down — no place, no day, no toll, no
name or date in its sentence — is talk of violence, not a happening the schema codes."""

from __future__ import annotations

import rasd

REPORT = ("أصدرت منظمة حقوقية تقريرا جديدا عن أوضاع المعتقلين. وقال التقرير إن ظروف الاحتجاز "
          "سيئة جدا. ودعا التقرير إلى الإفراج عن المعتقلين. {tail}")


def _plovers(text: str) -> list[str]:
    return [e.plover for e in rasd.extract(text).events]


def test_a_raid_with_nothing_to_tie_it_is_no_event_and_the_trigger_says_why():
    doc = rasd.extract(REPORT.format(tail="وكانت عناصر مسلحة قد داهمت منازل واعتقلت عددا من الشبان."))
    assert doc.events == []
    assert any(s.rule.endswith("|generic:unplaced") for s in doc.spans_of("TRIGGER"))


def test_a_raid_told_with_a_day_or_a_place_the_gazetteer_lacks_stays(monkeypatch):
    # the unplaced rule keeps these; the confidence filter, a separate layer, may still not
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    assert _plovers(REPORT.format(tail="وكانت عناصر مسلحة قد داهمت منازل واعتقلت عددا من الشبان أمس.")) \
        == ["COERCE"]
    assert _plovers(REPORT.format(
        tail="وكانت عناصر مسلحة قد داهمت منازل في بلدة الكرك واعتقلت عددا من الشبان.")) == ["COERCE"]


def test_a_lone_sentence_is_not_judged_without_its_report():
    assert _plovers("وكانت عناصر مسلحة قد داهمت منازل واعتقلت عددا من الشبان.") == ["COERCE"]
