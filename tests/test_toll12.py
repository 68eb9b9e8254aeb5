"""Tolls of session 12 (TOLL12, 26 Nov 2026): whose toll a sentence's count is, and when a
merge may replace a toll. Sentences written for these tests; the whole pipeline runs.

- "في حين" opens a clause telling another happening, as "فيما/بينما" do: a toll before it
  belongs to the trigger before it (granularity.yaml ``while_openers``, two words in a row);
  "حين" alone ("when") opens none.
- An active verb's one-person object takes more persons listed with "و" ("قتلوا شرطيا ومدنيا":
  two); a verb after the "و" ("وأصابوا مدنيا") lists no victim.
- A 0 read from a numbered count of wounded is a toll: deaths another telling gives another
  place do not replace it; deaths told for the same place do.
"""

from __future__ import annotations

from rasd.api import extract


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [((e.location or {}).get("name"), e.fatalities) for e in extract(text, published="2017-05-02").events]


def test_toll_before_fi_hin_stays_with_the_strike_before_it() -> None:
    tolls = _tolls("وأفاد الدفاع المدني أن غارتين استهدفتا مدينة دوما ما أسفر عن سقوط 9 قتلى بينهم طفلان "
                   "في حين استهدفت غارات مماثلة بلدة سقبا في الغوطة الشرقية .")
    assert ("Duma", 9) in tolls
    assert all(n is None for place, n in tolls if place == "Saqba")


def test_hin_alone_is_when_and_the_toll_is_the_strikes() -> None:
    assert _tolls("قتل خمسة مدنيين حين استهدفت غارة جوية سوقا شعبيا في بلدة سقبا بالغوطة الشرقية .") == [
        ("Saqba", 5)]


def test_objects_listed_with_wa_are_counted() -> None:
    assert _tolls("وقالت مصادر أمنية إن مسلحين قتلوا شرطيا ومدنيا في هجوم على حاجز أمني وسط مدينة العريش .") == [
        ("Arish", 2)]


def test_a_verb_after_wa_lists_no_victim() -> None:
    assert _tolls("وقالت مصادر أمنية إن مسلحين قتلوا شرطيا وأصابوا مدنيا في هجوم على حاجز أمني وسط مدينة "
                  "العريش .") == [("Arish", 1)]


def test_wounded_only_toll_is_not_replaced_by_deaths_told_elsewhere() -> None:
    tolls = _tolls("أصيب رجل برصاص قناص في مدينة داريا المحاصرة . وتمكن مقاتلو المعارضة من قتل 9 من عناصر "
                   "قوات النظام في الغوطة الشرقية .")
    assert ("Darayya", 0) in tolls
    assert all(n != 9 for place, n in tolls if place == "Darayya")


def test_deaths_told_for_the_same_place_replace_the_zero() -> None:
    tolls = _tolls("أصيب 5 أشخاص بجراح جراء قصف مدفعي على بلدة كفرنبل . وقال الدفاع المدني إن طفلا قتل "
                   "وأصيب 6 آخرون في القصف المدفعي على بلدة كفرنبل .")
    assert tolls and tolls[0] == ("Kafranbel", 1)
