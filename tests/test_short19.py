"""SHORT19: a settlement the gazetteer lacks, told as a happening's target or ground — after على
or as the trigger's object, not only after في — is where that happening was.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from rasd.events.arguments import unplaced_span
from tests.helpers import events_of

ROUNDUP = "قصفت قوات النظام مدينة كفرنبل بريف إدلب الجنوبي صباح اليوم .\n"


def _places(text: str, plover: str = "ASSAULT") -> dict[str, str | None]:
    """Each event's trigger words → the Arabic name of its place (None: no place)."""
    out: dict[str, str | None] = {}
    for e in events_of(text, plover, require=True):
        trigger = next(ev.text for ev in e.evidence if ev.field == "trigger")
        out[trigger] = (e.location or {}).get("name_ar")
    return out


def test_village_as_the_trigger_object_takes_no_place_from_the_item_before() -> None:
    # a roundup's next item: the strikes hit a village the gazetteer lacks, not Kafranbel
    text = ROUNDUP + "- غارات جوية روسية استهدفت قرية الزعيترة بالريف الشرقي .\n"
    places = _places(text)
    assert places["قصفت"] == "كفرنبل"
    # (REPORT26) no place of the item resolves: the village is its place by its own name
    assert [p for t, p in places.items() if t.startswith("غارات")] == ["الزعيترة"]


def test_village_after_ala_takes_no_place_from_the_item_before() -> None:
    text = ROUNDUP + "- سيطرت الفصائل على قرية الزعيترة بعد اشتباكات مع قوات النظام .\n"
    places = _places(text)
    assert [p for t, p in places.items() if t.startswith("سيطرت")] == ["الزعيترة"]  # (REPORT26)


def test_an_area_noun_is_not_read_as_a_village() -> None:
    # "منطقة X" may be an area the jets crossed: the item still takes the story's place
    text = ROUNDUP + "- غارات جوية روسية استهدفت منطقة الزعيترة بالريف الشرقي .\n"
    places = _places(text)
    assert [p for t, p in places.items() if t.startswith("غارات")] == ["كفرنبل"]


def test_a_village_someone_came_from_is_not_the_target() -> None:
    # "من قرية X": where the column came from, not what the jets struck; the item keeps the
    # story's place
    text = ROUNDUP + "- غارات جوية روسية استهدفت رتلا قادما من قرية الزعيترة .\n"
    places = _places(text)
    assert [p for t, p in places.items() if t.startswith("غارات")] == ["كفرنبل"]


def test_nearest_village_in_the_triggers_clause() -> None:
    text = ("سيطر التنظيم على قرية الزعيترة بعد معارك فيما استعاد الجيش قرية أم الخرزات "
            "بعد اشتباكات عنيفة .")
    doc = extract(text, published="2024-03-12")
    second = text.index("استعاد")
    found = unplaced_span(doc, 0, len(doc.text), noun_only=True, near=doc.text.index("استعاد"))
    assert found is not None and doc.text[found[0]:found[1]] == "أم الخرزات"
    assert second > 0
    first = unplaced_span(doc, 0, len(doc.text), noun_only=True, near=doc.text.index("سيطر"))
    assert first is not None and doc.text[first[0]:first[1]] == "الزعيترة"


def test_no_village_across_a_clause_break() -> None:
    # the only village stands past "، فيما": the trigger of the first clause has none of its own
    text = "قصفت الطائرات الحربية ريف حماة الشمالي فيما استعاد الجيش قرية أم الخرزات ."
    doc = extract(text, published="2024-03-12")
    assert unplaced_span(doc, 0, len(doc.text), noun_only=True, near=doc.text.index("قصفت")) is None
    found = unplaced_span(doc, 0, len(doc.text), noun_only=True)
    assert found is not None and doc.text[found[0]:found[1]] == "أم الخرزات"
