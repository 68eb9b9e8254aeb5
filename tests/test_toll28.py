"""Tolls of session 28 (TOLL28, 28 Nov 2026): "several" dead and wounded. Sentences written
for these tests.

- "سقوط عدد من القتلى والجرحى"، "مقتل وجرح عدد من المدنيين": a vague count of "several" over
  the dead and the wounded together tells several of each, so the dead are ACLED's "several"
  = 3 (rule ``casualty:several-each``).
- A figure or "عشرات" over the pair ("مقتل وإصابة 26"، "عشرات القتلى والجرحى") stays the two
  together: no death toll read from it.
"""

from __future__ import annotations

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _counts(text: str) -> list[tuple[str, int, str]]:
    return [(r.value["kind"], r.value["count"], r.rule) for r in quantities_of(text) if r.label == "CASUALTY"]


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in extract(text, published="2017-05-02").events if e.plover == "ASSAULT"]


# --- a vague count of "several" over the dead and the wounded ---------------------------------

def test_a_number_of_dead_and_wounded_is_three_dead() -> None:
    text = "استهدف هجوم مسلح حسينية في بلدة سيهات شرق السعودية ما أسفر عن سقوط عدد من القتلى والجرحى ."
    assert _counts(text) == [("killed", 3, "casualty:several-each")]
    assert _tolls(text) == [3]


def test_the_wounded_told_first_then_the_dead_is_three_dead() -> None:
    assert _counts("قصفت الطائرات بلدة كفرنبل ما أسفر عن سقوط العديد من الجرحى والقتلى .") == [
        ("killed", 3, "casualty:several-each")]


def test_killed_and_wounded_a_number_of_fighters_is_three_dead() -> None:
    text = "اندلعت اشتباكات مع تنظيم داعش في مدينة الميادين أسفرت عن مقتل وجرح عدد من مسلحي التنظيم ."
    assert _counts(text) == [("killed", 3, "casualty:several-each")]
    assert 3 in _tolls(text)


# --- what stays a combined figure ---------------------------------------------------------------

def test_a_figure_of_killed_and_wounded_stays_combined() -> None:
    text = "وأكد الجيش مقتل وإصابة 26 من قواته في هجمات مسلحة استهدفت نقاط تفتيش في مدينة العريش ."
    assert [c for c in _counts(text) if c[0] == "killed"] == []
    assert _tolls(text) == [None]


def test_dozens_of_killed_and_wounded_stays_combined() -> None:
    text = "سقط عشرات القتلى والجرحى في قصف على مدينة الفلوجة ."
    assert [c for c in _counts(text) if c[0] == "killed"] == []


def test_a_number_of_wounded_alone_is_no_death() -> None:
    text = "قصفت الطائرات بلدة كفرنبل ما أسفر عن سقوط عدد من الجرحى ."
    assert [c for c in _counts(text) if c[2] == "casualty:several-each"] == []
    assert _tolls(text) == [0]


def test_some_wounded_then_no_damage_is_no_death() -> None:
    text = "ألقى الطيران المروحي برميلين متفجرين على أطراف البلدة وهناك بعض الجرحى و لا أضرار ."
    assert [c for c in _counts(text) if c[2] == "casualty:several-each"] == []
