"""REVIEW18: session 18's tests that could pass with the event gone, restated so that the event
must stand and only its place goes (DIPLO18's purpose guard, LISTS18's ticker items).

``test_diplo18`` asserted "Duma"/"Lebanon" *not in* the CONSULT places: that holds as well when
no CONSULT is left (the Duma sentence's event is gone on main, and the Lebanon sentence gave no
CONSULT even before DIPLO18, so that test could not fail). ``test_lists18`` asserted that a
glued headline's air strike has no place by finding no placed one, which holds as well when the
strike is dropped. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import rasd
from tests.helpers import events_of, name_of
from tests.test_glue14 import TICKER_TAIL


def _consult_places(text: str) -> list[str]:
    found = events_of(text, "CONSULT", require=True, published="2018-03-15")
    return [name_of(e.location) for e in found]


@pytest.mark.parametrize(("text", "topic"), [
    # planning a war in a country is no meeting held there
    ("واجتمع وزير الدفاع الإسرائيلي مع نظيره الأمريكي أمس للتخطيط لعمل عسكري في لبنان .", "Lebanon"),
    # a town the meeting was called about is no venue
    ("واجتمع وزير الخارجية المصري مع نظيره الأردني أمس للبحث في الهجمات على مدينة دوما .", "Duma"),
])
def test_a_meeting_keeps_its_event_without_its_topics_place(text: str, topic: str) -> None:
    assert topic not in _consult_places(text)


def test_a_meeting_with_its_venue_before_the_purpose_keeps_it() -> None:
    text = "واجتمع وزير الدفاع الإسرائيلي مع نظيره الأمريكي أمس في واشنطن للتخطيط لعمل عسكري في لبنان ."
    assert "Washington" in _consult_places(text)


PLACED = "اشتباكات عنيفة بين الفصائل وقوات النظام على أطراف مدينة دوما في الغوطة الشرقية"
UNPLACED = "مقتل ثلاثة مدنيين بقصف جوي لطائرات النظام"


def test_a_glued_headlines_strike_stands_unplaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every mention emitted: the glued headline's strike is there, with its toll and no place
    borrowed from the headline before it (nor merged into a later headline's strike)."""
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")
    text = "آخر التطورات\n" + PLACED + UNPLACED + TICKER_TAIL
    doc = rasd.extract(text, published="2017-08-09")
    start = doc.text.index(UNPLACED)
    mine = [e for e in doc.events if e.sentence_start == start]
    assert [(e.sub_event_type, e.fatalities, e.location) for e in mine] == [("Air/drone strike", 3, None)]


def test_the_combiner_has_no_file_the_pipeline_would_read() -> None:
    """NERCRF18 adopted no combiner: ``load`` has no default file and the training command's
    help does not say the ensemble reads one when present (the names stage never does)."""
    import inspect

    from click.testing import CliRunner

    from rasd.cli import cli
    from rasd.ner import combiner

    assert inspect.signature(combiner.load).parameters["path"].default is inspect.Parameter.empty
    assert not hasattr(combiner, "PATH")
    shown = CliRunner().invoke(cli, ["train", "ner-combiner", "--help"])
    assert shown.exit_code == 0
    assert "ner-combine.json" not in shown.output and "--combiner FILE" in shown.output
