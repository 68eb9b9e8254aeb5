"""An actor's name after a head noun that also begins another actor's alias: the longest
alias starting at the head wins, so the head + full name must be an alias too."""

from __future__ import annotations

from rasd import extract


def _actors(text: str, published: str = "2016-10-01") -> dict[str, str]:
    doc = extract(text, published=published)
    return {doc.text[s.start:s.end]: s.value["id"] for s in doc.spans_of("ACTOR")}


def test_forces_of_the_free_syrian_army():
    got = _actors("أعلنت قوات الجيش السوري الحر سيطرتها على ثلاث قرى شمال حلب.")
    assert got == {"قوات الجيش السوري الحر": "fsa"}
    # the Syrian army's forces stay the army's
    assert set(_actors("تقدمت قوات الجيش السوري نحو ثلاث قرى شمال حلب.").values()) == {
        "syria-military"}


def test_elite_forces_of_hadramawt_are_not_the_syrian_elite_forces():
    got = _actors("انتشرت قوات النخبة الحضرمية في مدينة المكلا بعد انسحاب المسلحين.")
    assert got.get("قوات النخبة الحضرمية") == "hadrami-elite-forces"
    got = _actors("انتشرت قوات النخبة في ريف دير الزور الشرقي بعد انسحاب المسلحين.")
    assert got.get("قوات النخبة") == "syrian-elite-forces"


def test_air_force_intelligence_by_its_colloquial_name_with_a_head():
    got = _actors("داهمت دورية من الأمن الجوي منزلا في حي القصور بحماة.")
    assert got.get("دورية من الأمن الجوي") == "syria-air-force-intelligence"
    # "air security" with no head names no branch
    assert not _actors("شددت سلطات المطار إجراءات الأمن الجوي على الرحلات.")
