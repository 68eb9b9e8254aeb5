"""Merging on multi-outlet coverage (session 6): wire texts printed by several outlets,
mentions of one document sorted by the text they share, perpetrators that differ across
stories, and country-wide places. Every report below was written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasd.corpus import update
from rasd.document import Document, EventMention, Evidence, Meta
from rasd.store.sqlite import Store
from tests.corpus_helpers import ALBUKAMAL, add

WIRE = ("قال قائد الشرطة في المدينة إن سبعة أشخاص قتلوا وأصيب ثمانية آخرون إثر انفجار عبوة "
        "ناسفة في حافلة ركاب صباح الثلاثاء.")
OWN_WORDS = ("أفاد ناشطون محليون بأن عبوة انفجرت داخل حافلة نقل عام في المدينة صباح الثلاثاء "
             "وأوقعت قتلى بين الركاب.")
LEAD_A = ("نشرة الظهيرة: تتابع النشرة اليوم أخبار الطقس البارد في المنطقة وأسعار الخضار في الأسواق "
          "الشعبية ونتائج مباريات الدوري المحلي لكرة القدم التي جرت مساء أمس أمام جمهور كبير. ")
LEAD_B = ("ملف خاص: يستعرض الموقع في هذا الملف تاريخ خطوط النقل العام بين الأحياء القديمة والجديدة "
          "ومشاريع الطرق المتأخرة منذ سنوات وشكاوى السكان من الازدحام الخانق عند المداخل. ")


def report(doc_id: str, outlet: str, *pieces: tuple[str, dict[str, Any]], lead: str = "",
           published: str = "2021-03-09") -> Document:
    """A document: an unrelated ``lead``, then one sentence per event mention; each piece is
    (sentence, fields of the mention); its evidence is that sentence only."""
    raw, mentions = lead, []
    for sentence, fields in pieces:
        start = len(raw)
        raw += sentence + " "
        base = {"plover": "ASSAULT", "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED", "event_date": "2021-03-09",
                "time_precision": 1, "location": ALBUKAMAL, "attribution": "named outlet"}
        base.update(fields)
        mentions.append(EventMention(sentence_start=start, sentence_end=start + len(sentence),
                                     evidence=[Evidence(start, start + len(sentence), sentence, "event", "test")],
                                     **base))
    doc = Document(Meta(id=doc_id, outlet=outlet, published=published, published_precision="day"), raw=raw)
    doc.events.extend(mentions)
    return doc


def events(tmp_path: Path, *docs: Document) -> list[dict[str, Any]]:
    with Store(tmp_path / "m.db") as store:
        add(store, *docs)
        update(store)
        return store.event_records()


def test_one_wire_text_printed_by_two_outlets_counts_once(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (WIRE, {"fatalities": 7}), lead=LEAD_A),
                      report("b", "Daily Two", (WIRE, {"fatalities": 7}), lead=LEAD_B))
    assert (event["source_count"], event["independent_source_count"], event["grade"]) == (2, 1, "single-source")


def test_the_same_happening_in_each_outlets_own_words_counts_twice(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (WIRE, {"fatalities": 7}), lead=LEAD_A),
                      report("b", "Daily Two", (OWN_WORDS, {}), lead=LEAD_B))
    assert (event["source_count"], event["independent_source_count"], event["grade"]) == (2, 2, "corroborated")
