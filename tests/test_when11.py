"""WHEN11: a telling with no day at all is no second happening beside a dated one.

On pages with no publication date, one happening told once with its day and again, paragraphs
later, without one ("وسيطرت قوات النظام على البلدة") came out as two events at one town, one
of them undated. A report that gives no day gives no reason to read another happening; a
telling the time stage marks as anterior ("وكانت ... قد") keeps its own."""

from tests.helpers import events_of

FILLER = ("ويعيش في المنطقة نحو 400 ألف مدني في ظروف صعبة منذ سنوات. "
          "وتعاني المستشفيات الميدانية من نقص حاد في الأدوية والمعدات الطبية. "
          "وتطالب منظمات إنسانية بإدخال قوافل المساعدات إلى المنطقة. "
          "ويقول سكان إن أسعار المواد الغذائية ارتفعت أضعافا خلال الأشهر الأخيرة. ")
FIGHT = ("دارت في 3 آذار 2018 معارك عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك "
         "بريف حماة الشمالي. ")


def _at(text: str, town: str) -> list:
    return [e for e in events_of(text, "ASSAULT", require=True, published=None)
            if (e.location or {}).get("name") == town]


def test_undated_gain_is_the_dated_battle_at_that_town():
    text = FIGHT + FILLER + "وسيطرت قوات النظام السوري على بلدة مورك بعد انسحاب الفصائل منها."
    found = _at(text, "Murak")
    assert len(found) == 1, [(e.event_date, e.sub_event_type) for e in found]
    assert found[0].event_date == "2018-03-03"


def test_anterior_gain_keeps_its_own_telling():
    text = (FIGHT + FILLER + "وكانت قوات النظام السوري قد سيطرت على بلدة مورك قبل أن تخسرها "
            "لصالح الفصائل.")
    found = _at(text, "Murak")
    assert all(e.event_date in (None, "2018-03-03") for e in found)
    assert len(found) == 2, [(e.event_date, e.sub_event_type) for e in found]
