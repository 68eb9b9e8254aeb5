"""Speed and robustness, session 13 (SPEED13): a sentence of hundreds of raids run together
without full stops finishes (which event group owns a toll was decided rival by rival for every
toll and group, cubic in the sentence's events), and the fast decision agrees with the rule
stated rival by rival. Sentences written for these tests; the whole pipeline runs."""

from __future__ import annotations

from rasd.api import extract
from rasd.events import build

# several happenings in one sentence: tolls after a comma + كما, after فيما, and the nearer one
MIXED = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب مما أدى إلى مقتل خمسة مدنيين , كما قصفت "
         "مدفعية النظام قرية حيش وأسفر القصف عن إصابة ثلاثة أشخاص فيما استهدف مسلحون حاجزا "
         "للجيش في مدينة معرة النعمان ما أسفر عن مقتل جنديين , وقتل طفل برصاص قناص في مدينة "
         "خان شيخون واعتقلت قوات الأمن أربعة شبان في مدينة سراقب .")
RAID = "اقتحم مسلحون منزلا في مدينة سراقب وقتلوا ضابطا , كما قصفت طائرات حربية قرية حيش وقتلت طفلين "


def _nearer(words, arg, group, other, whiles) -> bool:
    """The ownership rule against one rival, as ``_TollOwners`` states it."""
    if group[-1].last <= arg.first and other[0].first >= arg.last and build._cut_before(
            words, whiles, arg.last, other[0].first):
        return True
    if other[-1].last <= arg.first and group[0].first >= arg.last and build._cut_before(
            words, whiles, arg.last, group[0].first):
        return False
    return build._distance(arg, group) <= build._distance(arg, other)


def _checked(monkeypatch) -> list[tuple[bool, bool]]:
    """Every toll judged while extracting, as (fast answer, rival-by-rival answer)."""
    seen: list[tuple[bool, bool]] = []
    judge = build._TollOwners.judge

    def checking(self, group, events):
        fast = judge(self, group, events)

        def mine(arg) -> bool:
            slow = all(_nearer(self.words, arg, group, o, self.whiles) for o in events if o is not group)
            seen.append((fast(arg), slow))
            return seen[-1][0]
        return mine
    monkeypatch.setattr(build._TollOwners, "judge", checking)
    return seen


def test_the_fast_owner_agrees_with_the_rule_rival_by_rival(monkeypatch) -> None:
    seen = _checked(monkeypatch)
    doc = extract(MIXED + " " + RAID * 6, published="2017-11-20")
    assert doc.events
    assert len(seen) > 50 and {fast for fast, _ in seen} == {True, False}
    assert all(fast == slow for fast, slow in seen)


def test_a_toll_cut_off_by_a_new_clause_stays_with_the_first_strike() -> None:
    tolls = {(e.location or {}).get("name"): e.fatalities for e in extract(MIXED, published="2017-11-20").events}
    assert tolls["Kafranbel"] == 5 and tolls["Hish"] == 0  # Hish: 3 wounded, none of the five


def test_a_long_sentence_of_raids_without_stops_finishes_with_its_events() -> None:
    text = RAID * 120  # about 11,000 characters, one sentence, 240 triggers
    assert len(text) > 10_000 and "." not in text
    doc = extract(text, published="2017-11-20")
    assert len(doc.spans_of("TRIGGER")) >= 240
    assert doc.events and any(e.fatalities for e in doc.events)

