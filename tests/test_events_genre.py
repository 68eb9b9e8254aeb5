"""Generic statements and opinion pieces (``rasd.events.genre``), on text written for these tests.

A trigger that tells a habit or a campaign ("الغارات التي تشنها"، "في كل غارة"، "تستهدف
المستشفيات") is no event unless a day, a town or a toll ties it to one happening; in a
document that reads as a column, an undated, unplaced happening is left out while a dated,
placed strike told in the same column is kept. The whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from rasd.events.genre import opinion, signals
from rasd.events.tokens import Words


def _assaults(text: str) -> list:
    return [e for e in extract(text).events if e.plover == "ASSAULT"]


def _rules(text: str) -> list[str]:
    return [sp.rule for sp in extract(text).spans_of("TRIGGER")]


# (rule, a sentence that tells the habit, a close one that tells one happening)
SENTENCES = [
    ("generic-relative",
     "وتثير الغارات التي تشنها الطائرات الحربية على المدن غضب الأهالي.",
     "وقتل أربعة مدنيين في الغارات التي تشنها الطائرات الحربية على بلدة كفرنبل منذ فجر اليوم."),
    ("generic-every",
     "وفي كل غارة تشنها الطائرات الحربية يدفع المدنيون الثمن.",
     "وفي غارة شنتها الطائرات الحربية على بلدة كفرنبل أمس دفع المدنيون الثمن."),
    ("generic-present",
     "ويقول الناشطون إن الطائرات الروسية تقصف المستشفيات وتستهدف المدنيين.",
     "ويقول الناشطون إن الطائرات الروسية تقصف المستشفى الوطني في مدينة إدلب صباح اليوم."),
]


@pytest.mark.parametrize(("rule", "generic", "specific"), SENTENCES, ids=[c[0] for c in SENTENCES])
def test_generic_statement_is_no_event(rule: str, generic: str, specific: str) -> None:
    assert _assaults(generic) == []
    assert any(f"historical:{rule}" in r for r in _rules(generic))
    assert _assaults(specific), "a day, a town or a toll ties the same construction to one happening"
    assert not any(f"historical:{rule}" in r for r in _rules(specific))


COLUMN_HEAD = (
    "مقال رأي: إلى أين تمضي الحرب؟\n"
    "أعتقد أننا أمام مرحلة جديدة من الصراع، ونحن نرى أن القوى الكبرى لا تريد حلاً. "
    "فهل يدرك الساسة حجم الكارثة؟ وهل نملك نحن أن نغير شيئاً؟ علينا أن نعترف بأن الكلام لا يكفي. "
    "ولعلنا نتساءل: من يحاسب من؟\n"
)
UNDATED = "واعتقلت قوات الأمن عشرات الناشطين وعذبتهم في السجون، وهذا ما نعرفه جميعاً.\n"
DATED = "وقد قصفت الطائرات الروسية بلدة كفرنبل في ريف إدلب يوم الثلاثاء الماضي.\n"
NEWS_HEAD = (
    "دمشق - قال مراسل الوكالة إن الوضع الميداني شهد تطورات جديدة في ريف إدلب يوم الأحد "
    "15 آذار 2016، وأحصى المرصد 12 غارة و40 قذيفة خلال 24 ساعة.\n"
)


def test_column_reads_as_opinion_and_news_does_not() -> None:
    column = extract(COLUMN_HEAD + UNDATED + DATED)
    fired = signals(Words(column))
    assert fired["voice"] and fired["questions"] and fired["header"]
    assert opinion(Words(column))
    assert not opinion(Words(extract(NEWS_HEAD + UNDATED + DATED)))


def test_column_keeps_its_dated_placed_strike_only() -> None:
    doc = extract(COLUMN_HEAD + UNDATED + DATED)
    assert [e.plover for e in doc.events] == ["ASSAULT"]  # the undated arrests are left out
    assert (doc.events[0].location or {}).get("name") == "Kafranbel"
    assert any(r.startswith("trigger:arrest|historical:genre-opinion") for r in _rules(COLUMN_HEAD + UNDATED + DATED))


def test_undated_arrests_in_news_are_kept() -> None:
    # the same undated sentence outside a column: the document signal is what raises the bar
    doc = extract(NEWS_HEAD + UNDATED + DATED)
    assert "COERCE" in [e.plover for e in doc.events]
    assert not any("historical:genre-opinion" in r for r in _rules(NEWS_HEAD + UNDATED + DATED))
