"""A page that is itself a chronology: its dated items are happenings, not background history."""

from __future__ import annotations

import rasd

CHRONOLOGY = (
    "أبرز الهجمات على قوات الأمن في المحافظة منذ عام 2014\n"
    "وفي ما يلي أبرز تلك الهجمات :\n"
    "3 مارس / آذار : مقتل أربعة جنود في سلسلة تفجيرات استهدفت حواجز للجيش في مدينة الرمادي .\n"
    "19 أغسطس / آب : مقتل شرطيين اثنين بانفجار عبوة ناسفة قرب مركز للشرطة في مدينة الفلوجة .\n"
    "8 ديسمبر / كانون الأول : مسلحون يهاجمون نقطة تفتيش في مدينة هيت ويقتلون ثلاثة عناصر .\n"
)

REPORT = (
    "قتل ثلاثة جنود عراقيين اليوم الاثنين في هجوم استهدف حاجزا للجيش في مدينة الرمادي ، "
    "بحسب مصادر أمنية .\n"
    "وأضافت المصادر أن المهاجمين فروا إلى جهة مجهولة .\n"
    "وكانت المدينة قد شهدت سلسلة تفجيرات دامية في عام 2014 .\n"
)


def _rules(doc, word: str, line: int) -> list[str]:
    """The rules of the triggers reading ``word`` on the text's ``line`` (0-based)."""
    start = sum(len(x) + 1 for x in doc.text.split("\n")[:line])
    end = doc.text.find("\n", start)
    return [sp.rule for sp in doc.spans_of("TRIGGER")
            if start <= sp.start < end and doc.text[sp.start:sp.end] == word]


def test_chronology_item_series_is_kept():
    doc = rasd.extract(CHRONOLOGY, published="2017-11-25")
    rules = _rules(doc, "تفجيرات", 2)
    assert rules, "the item's trigger is seen"
    assert all("historical" not in r for r in rules)
    assert any("list-item" in r for r in rules)
    # the item is an event of its own, with its day and its toll
    ramadi = [e for e in doc.events if (e.location or {}).get("name") == "Ramadi"]
    assert ramadi and ramadi[0].fatalities == 4
    # the header's "منذ عام 2014" still marks the header's own summary noun
    assert all("historical" in r for r in _rules(doc, "الهجمات", 0))


def test_report_history_paragraph_stays_historical():
    doc = rasd.extract(REPORT, published="2017-11-25")
    series = [r for sp in doc.spans_of("TRIGGER") for r in [sp.rule]
              if doc.text[sp.start:sp.end].endswith("تفجيرات")]
    assert series and all("historical" in r for r in series)
    assert all("list-item" not in sp.rule for sp in doc.spans_of("TRIGGER"))


def test_two_dated_lines_are_no_chronology():
    text = "\n".join(CHRONOLOGY.splitlines()[:4]) + "\n"
    doc = rasd.extract(text, published="2017-11-25")
    assert all("list-item" not in sp.rule for sp in doc.spans_of("TRIGGER"))
    assert any("historical" in r for r in _rules(doc, "تفجيرات", 2))
