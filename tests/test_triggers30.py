"""A death told with the hand that dealt it, and no verb of attack (TRIGGERS30).

A list item, a ticker line or a rights group's count tells a killing by its noun ("مقتل"،
"استشهاد"، "مصرع") or a death verb ("قضى"، "استشهد"، "لقوا مصرعهم") and the killer after "على يد"
/ "على أيدي": someone killed by someone, an attack (``killing_by_hand`` in
``data/events/triggers.yaml``), where a bare "مقتل" (an accident, a quake, a toll) is none. A total
of a year or a war (a count of a hundred or more, "many") is no happening, and neither is a
relative clause that recalls the dead ("الذين قضوا على أيدي").

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from tests.helpers import events_of

PUBLISHED = "2017-10-20"
RULE = "trigger:killing_by_hand"

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def _by_hand(text: str) -> list[str | None]:
    """The place names of the ASSAULT events in ``text`` whose trigger is ``killing_by_hand``."""
    return [(e.location or {}).get("name") for e in events_of(text, "ASSAULT", published=PUBLISHED)
            if e.rule.startswith(RULE)]


@pytest.mark.parametrize(("take", "place", "leave"), [
    # a numbered list item with the killers named, not the same item's death in a road accident
    ("3 - قتلى في انفجار بمحطة القطار . 4 - مقتل شرطيين في مدينة حمص على أيدي مسلحين مجهولين .",
     "Homs",
     "3 - قتلى في انفجار بمحطة القطار . 4 - مقتل شرطيين في مدينة حمص في حادث سير على الطريق العام ."),
    # a rights group's count of one day, not its count of a year
    ("وثقت الشبكة السورية لحقوق الإنسان مقتل إعلامي واحد في مدينة دوما على يد قوات النظام .",
     "Duma",
     "وثقت الشبكة السورية لحقوق الإنسان مقتل 10204 مدنيين في عام 2017 على يد الأطراف الرئيسية ."),
    # a death verb with the killer, not a relative clause that recalls the dead
    ("استشهد مدني على يد قناص في مدينة سرمين بريف إدلب .",
     "Sarmin",
     "عثر الأهالي في مدينة سرمين على جثامين القتلى الذين قضوا على أيدي عناصر التنظيم ."),
], ids=["list-item-not-an-accident", "a-day-not-a-year", "a-death-verb-not-a-relative"])
def test_a_death_with_the_hand_that_dealt_it(take: str, place: str, leave: str) -> None:
    assert _by_hand(take) == [place], take
    assert not _by_hand(leave), leave


def test_the_killer_is_the_actor() -> None:
    """The hand after "على يد" is the attacker: "مجهولين" reads as an unidentified armed group."""
    found = [e for e in events_of("مقتل سبعة من عناصر الدفاع المدني على يد مسلحين مجهولين في مدينة سرمين .",
                                  "ASSAULT", published=PUBLISHED) if e.rule.startswith(RULE)]
    assert len(found) == 1
    assert "Unidentified" in (found[0].actor1 or {}).get("name", "")
