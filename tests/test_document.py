"""Document.spans_of: the spans of some labels in text order, from a kept index."""

from __future__ import annotations

from rasd.document import Document, Meta, Span
from rasd.pipeline import build

REPORT = ("قصفت قوات النظام بلدة البارة في جبل الزاوية صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين. "
          "وقال المرصد السوري لحقوق الإنسان إن الطائرات الروسية شنت غارات على ريف إدلب.")


def _filtered(doc: Document, *labels: str) -> list[Span]:
    """What spans_of promises: the spans of ``labels`` in list order, sorted stably."""
    return sorted((s for s in doc.spans if s.label in labels), key=lambda s: (s.start, -s.end))


def test_spans_of_equals_a_stable_sort_of_the_filtered_spans_after_the_pipeline() -> None:
    doc = build()(Document(Meta(id="r"), raw=REPORT))
    labels = sorted({s.label for s in doc.spans})
    assert {"SENT", "ACTOR", "PLACE"} <= set(labels)
    for query in [(label,) for label in labels] + [("PLACE", "ACTOR"), ("ACTOR", "SOURCE", "ORG", "PERS"),
                                                   ("SENT", "NOPE"), ("NOPE",)]:
        for _ in range(2):  # a first answer and a remembered one
            got = doc.spans_of(*query)
            assert got == _filtered(doc, *query)
            assert [id(s) for s in got] == [id(s) for s in _filtered(doc, *query)]  # ties in order


def test_spans_of_sees_spans_added_or_replaced_after_an_answer() -> None:
    doc = Document(Meta(id="d"), raw=REPORT)
    first = doc.add(10, 16, "ACTOR", stage="t", rule="a")
    assert doc.spans_of("ACTOR") == [first]
    doc.spans_of("ACTOR").append(first)  # a caller changing its copy changes nothing here
    assert doc.spans_of("ACTOR") == [first]
    earlier = doc.add(0, 4, "ACTOR", stage="t", rule="b")
    same_offsets = doc.add(10, 16, "PLACE", stage="t", rule="c")
    doc.spans.append(Span(5, 9, "PLACE", "t", "d"))  # appended without add()
    assert doc.spans_of("ACTOR") == [earlier, first]
    assert [s.rule for s in doc.spans_of("PLACE", "ACTOR")] == ["b", "d", "a", "c"]
    doc.spans = [s for s in doc.spans if s.label != "ACTOR"]  # as the clean stage drops REPAIR
    assert doc.spans_of("ACTOR") == []
    assert [s.rule for s in doc.spans_of("PLACE")] == ["d", "c"]
    assert same_offsets in doc.spans_of("PLACE", "ACTOR")
