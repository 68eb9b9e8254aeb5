"""A definite event noun the page tells first, with its place (DROPS29).

A definite noun ("الاشتباكات"، "الغارات"، "الاحتجاج") is read as a reference to a happening told
before it. When the page told none of its type before, and the noun is tied down by a place, day
or toll near it and placed there ("حيث تجري الاشتباكات على محاور في شرق مدينة الميادين"), it is
the page's first telling of that happening: an event, its trigger's rule joined by
``definite:first-telling``. One with no place of its own stays a bare mention, left out, and so
does a noun naming a war or fighting at large ("المعارك"، "القتال": ``war_nouns``); one the
page told before stays a reference to that event (one event, not two); a condemnation of an attack
("وأدان الوزير الهجوم الذي تعرض له ...") stays no event of its own.

Every sentence is written for these tests; the whole pipeline runs.
"""

from __future__ import annotations

import pytest

from rasd.events.build import FIRST_TELLING
from tests.helpers import events_of

PUBLISHED = "2017-10-20"
OPENING = "قال مصدر عسكري لوكالة الأنباء إن الوضع متوتر . "

pytestmark = pytest.mark.usefixtures("no_confidence_filter")  # a rule's test, not the filter's


def _first_tellings(text: str, plover: str = "ASSAULT") -> list[str | None]:
    """The place names of ``plover``'s events in ``text`` that the first-telling rule kept."""
    return [(e.location or {}).get("name") for e in events_of(text, plover, published=PUBLISHED)
            if any(ev.field == "trigger" and FIRST_TELLING in ev.rule for ev in e.evidence)]


@pytest.mark.parametrize(("take", "leave"), [
    # clashes on the axes east of a town, not on "several axes between the two sides"
    (OPENING + "حيث تجري الاشتباكات على محاور في شرق مدينة الميادين .",
     OPENING + "حيث تجري الاشتباكات على محاور عدة بين الطرفين ."),
    # the clashes in a village near a town, not the clashes with a named side and no place
    ("قال المتحدث إن الوضع متوتر . وأعلنت قوات سوريا الديمقراطية عن نتائج المواجهات في قرية جنوب شرق مدينة الميادين .",
     "قال المتحدث إن الوضع متوتر . وأعلنت قوات سوريا الديمقراطية عن نتائج المواجهات مع التنظيم ."),
    # the clashes near a town, not "the battles" told as fighting at large ("war_nouns")
    ("قال المتحدث إن الوضع متوتر . وأعلنت قوات سوريا الديمقراطية عن نتائج المواجهات في قرية جنوب شرق مدينة الميادين .",
     "قال المتحدث إن الوضع متوتر . ومن جهة أخرى ساهم الاتفاق في تخفيف حدة المعارك في مدينة الميادين ."),
    # a fight told first, not a metaphor of one ("أصعب المعارك في جنيف": talks)
    (OPENING + "حيث تجري الاشتباكات على محاور في شرق مدينة الميادين .",
     OPENING + "وقال المتحدث إن الوفد يخوض أصعب المعارك في مدينة الميادين ."),
], ids=["clashes-east-of-a-town", "clashes-near-a-town", "not-the-battles-at-large", "not-a-metaphor"])
def test_a_definite_noun_told_first_with_its_place(take: str, leave: str) -> None:
    assert _first_tellings(take) == ["Al Mayadin"], take
    assert not _first_tellings(leave), leave
    assert not events_of(leave, "ASSAULT", published=PUBLISHED) or all(
        e.location is None for e in events_of(leave, "ASSAULT", published=PUBLISHED))


def test_a_definite_noun_told_before_stays_a_reference() -> None:
    """The attack on the checkpoint told first: the clashes after it in the same town are that
    story, one event, and the rule does not fire."""
    text = ("هاجم مسلحون حاجزا للجيش في مدينة الميادين يوم الاثنين . "
            "حيث تجري الاشتباكات على محاور في شرق مدينة الميادين .")
    found = events_of(text, "ASSAULT", published=PUBLISHED)
    assert len(found) == 1 and (found[0].location or {}).get("name") == "Al Mayadin"
    assert not _first_tellings(text)


def test_a_condemned_attack_told_before_stays_one_event() -> None:
    """"وأدان الوزير الهجوم الذي تعرض له ..." after the attack's own telling: one event; and the
    condemnation alone, with no telling before it, makes none."""
    told = "استهدف هجوم انتحاري مبنى المحافظة في مدينة الرمادي صباح اليوم . "
    condemned = "وأدان الوزير الهجوم الذي تعرض له مبنى المحافظة في الرمادي ."
    assert len(events_of(told + condemned, "ASSAULT", published=PUBLISHED)) == 1
    assert not events_of("قال المتحدث إن الوضع متوتر . " + condemned, "ASSAULT", published=PUBLISHED)


def test_the_blows_a_ceasefire_covers_are_no_first_telling() -> None:
    """"شاملاً القصف الجوي والمدفعي وعمليات الاقتحام والاشتباكات ... في المناطق الآتية": the terms
    of a truce, every blow they list (context.yaml's ``sense`` cue reaches the ones after the
    first); the same clashes told on their own in one of the towns are a happening."""
    terms = ("قال المتحدث إن الوضع متوتر . ونص الاتفاق على تثبيت وقف إطلاق النار شاملا القصف الجوي "
             "والمدفعي وعمليات الاقتحام والاشتباكات لمدة تسعة أشهر في المناطق الآتية : الميادين , البوكمال .")
    assert not events_of(terms, "ASSAULT", published=PUBLISHED)
    told = OPENING + "حيث تجري الاشتباكات على محاور في شرق مدينة الميادين ."
    assert _first_tellings(told) == ["Al Mayadin"]
