"""MERGE29: a region's telling folds into a town event inside it only when told close to it or
on the same told day (rasd.events.build._fold_regions, _told_near); told paragraphs away with no
day of its own it stays a region-level event. Sentences written for these tests in the style of
the reports."""

from __future__ import annotations

from rasd.document import EventMention, Evidence
from rasd.events.build import STORY_SENTENCES, _told_near
from tests.helpers import events_of, name_of

TOWN_SHELLED = "قصفت قوات النظام بلدة عين ترما بقذائف الهاون ، ما أدى إلى أضرار مادية في منازل المدنيين ."
REGION_TOLL = "وقتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على بلدات الغوطة الشرقية ."
# sentences that tell no happening: they only set the two tellings apart
BETWEEN = [
    "وقال ناشط من المنطقة إن الأهالي يعانون من نقص حاد في الغذاء والدواء منذ أشهر .",
    "وأضاف أن المنظمات الإنسانية لم تتمكن من إدخال المساعدات إلى المنطقة .",
    "ويعيش في المنطقة نحو أربعمئة ألف نسمة بحسب تقديرات الأمم المتحدة .",
    "وتطالب الهيئات المحلية بفتح ممرات آمنة لخروج المرضى والجرحى .",
]


def _assaults(text: str) -> list[tuple[str, int | None]]:
    return sorted((name_of(e.location), e.fatalities) for e in events_of(text, "ASSAULT", require=True))


def test_a_region_told_paragraphs_after_a_town_stays_its_own_event():
    # the town's shelling, four sentences of other matters, then the region's shelling with its
    # own toll: two happenings (one event at Ein Tarma on main 4447d06, the region folded into it)
    text = " ".join([TOWN_SHELLED, *BETWEEN, REGION_TOLL])
    assert [place for place, _ in _assaults(text)] == ["Eastern Ghouta", "Ein Tarma"]
    assert ("Eastern Ghouta", 3) in _assaults(text)


def test_a_region_told_right_after_its_town_is_still_the_town_event():
    # told in the next sentence the region sums up the town's shelling: one event at the town
    text = " ".join([TOWN_SHELLED, REGION_TOLL, *BETWEEN])
    assert _assaults(text) == [("Ein Tarma", 3)]


def _mention(start: int, day: str | None) -> EventMention:
    return EventMention(plover="ASSAULT", sentence_start=start, sentence_end=start + 40, event_date=day,
                        evidence=[Evidence(start, start + 40, "", "event", "sentence")])


def test_told_near_needs_a_close_sentence_or_one_told_day():
    region, town = _mention(500, None), _mention(0, None)
    told = {id(town): 0, id(region): STORY_SENTENCES + 1}
    assert not _told_near(region, town, told)
    assert _told_near(region, town, {id(town): 0, id(region): STORY_SENTENCES})
    # the same day given to both: one happening however far apart
    assert _told_near(_mention(500, "2024-03-12"), _mention(0, "2024-03-12"),
                      {id(town): 0, id(region): 9})
    # another day, far apart: not the town's
    dated_region, dated_town = _mention(500, "2024-03-11"), _mention(0, "2024-03-12")
    assert not _told_near(dated_region, dated_town, {id(dated_town): 0, id(dated_region): 9})
    # with no sentence map (callers before MERGE29), any distance
    assert _told_near(region, town, None)
