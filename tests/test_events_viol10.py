"""Recall of violent and coercive events on reports rasd has not seen (26 Nov, session 10).

Counted over the 47 public draws of the unseen gold, the ASSAULT/COERCE misses where rasd had
no event that could stand for the gold one include wordings no trigger read:

- an arrest told by "القبض على" after an accomplishment or an announcement ("تمكنت الشرطة من
  القبض على"، "أعلنت القوة القبض على"), not a warrant ("مذكرة القبض على") or a demand;
- aircraft that destroy a target ("دمرت طائرات الاحتلال بطارية"، "قيام طائرات بتدمير
  مركزين"): an air strike;
- property burnt by a finite "حرقت/حرقوا" (looting/property destruction);
- news tickers and digests glued with no space or stop between their items (text.sentences).

Tried and dropped: any verbal noun governed by a perfect verb of accomplishment ("تمكنت القوات
من اعتقال") read as a happening — no gain on the unseen gold, one more GSR false positive and
background narrative ("استطاع التنظيم اقتحام المدينة") read as news.

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract

PUBLISHED = "2021-03-10"


def typed(text: str, plover: str) -> list[str | None]:
    """ACLED sub-event types of the ``plover`` events rasd emits for ``text``."""
    return [e.sub_event_type for e in extract(text, published=PUBLISHED).events if e.plover == plover]


@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن قوات الأمن تمكنت من القبض على شخص كان يحاول زرع عبوة قرب سوق "
    "حي الميدان في مدينة الموصل .",
    "وأعلنت قوة حماية مدينة سرت الليبية الأسبوع الماضي القبض على مهرب اعترف بنقل عناصر "
    "من التنظيم إلى الجنوب .",
])
def test_arrest_told_by_al_qabd_after_accomplishment_or_announcement(text: str) -> None:
    assert typed(text, "COERCE") == ["Arrests"]


@pytest.mark.parametrize("text", [
    "وأصدرت محكمة الجنايات في مدينة الموصل مذكرة القبض على ثلاثة مسؤولين سابقين بتهمة الفساد .",
    "وطالب نواب عن محافظة نينوى بالقبض على المسؤولين عن الفساد في مدينة الموصل .",
])
def test_warrant_or_demand_for_an_arrest_is_no_arrest(text: str) -> None:
    assert not typed(text, "COERCE")


@pytest.mark.parametrize("text", [
    "ودمرت طائرات الاحتلال الإسرائيلي يوم الاثنين بطارية صواريخ للدفاع الجوي قرب مطار "
    "المزة العسكري في دمشق .",
    "وأشار البيان إلى قيام طائرات روسية بتدمير مركزين قياديين للتنظيم قرب مدينة الميادين "
    "في ريف دير الزور الشرقي .",
])
def test_aircraft_destroying_a_target_is_an_air_strike(text: str) -> None:
    assert typed(text, "ASSAULT") == ["Air/drone strike"]


def test_aircraft_destroyed_is_no_strike() -> None:
    # the aircraft are what was destroyed: no strike by them
    assert "Air/drone strike" not in typed(
        "وأعلنت الفصائل تدمير طائرات مسيرة أطلقت من مناطق سيطرة النظام نحو مدينة إدلب .", "ASSAULT")


def test_houses_burnt_by_a_finite_verb_are_property_destruction() -> None:
    text = "وحرقت عناصر من الميليشيا عددا من المنازل في قرية حبوبة بريف مسكنة بعد نهب محتوياتها ."
    assert "Looting/property destruction" in typed(text, "COERCE")


# ---- news tickers and digests glued with no space or stop between their items

def test_glued_ticker_items_are_two_sentences() -> None:
    from rasd.text.sentences import split_sentences

    line = ("وصلت تعزيزات عسكرية تركية إلى مدينة جرابلس الحدوديةالطائرات الحربية الروسية تشن "
            "غارات على ريف إدلب الجنوبي .")
    text = "عنوان\n" + line
    pieces = [(text[s.start:s.end], s.rule) for s in split_sentences(text)[1:]]
    assert len(pieces) == 2
    assert pieces[0][0].endswith("الحدودية") and pieces[1][0].startswith("الطائرات")
    assert pieces[1][1].endswith("|glued")


@pytest.mark.parametrize("line", [
    # a word that really has إ or a clitic before it, and an unknown glued run: no seam
    "وقال المتحدث بالإضافة إلى ذلك إن القوات اعتقلت ثلاثة شبان في مدينة الخليل .",
    "وتحدث الكاتب عن المقاومةالفلسطينيةالمسلحة في كتابه الأخير عن الانتفاضة .",
])
def test_no_seam_inside_a_word_or_an_unknown_run(line: str) -> None:
    from rasd.text.sentences import split_sentences

    assert len(split_sentences(line)) == 1


def test_item_glued_after_another_takes_none_of_its_town() -> None:
    # the strike is the second item's: the town named by the first is not where it fell
    text = ("آخر الأخبار\nانتشار أمني كثيف في مدينة جرابلس الحدوديةمقتل ثلاثة مدنيين بغارات "
            "للطائرات الحربية الروسية على مواقع فصائل المعارضة\n")
    places = [(e.location or {}).get("name") for e in extract(text, published=PUBLISHED).events
              if e.plover == "ASSAULT"]
    assert "Jarabulus" not in places
