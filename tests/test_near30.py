"""NEAR30: a settlement the gazetteer lacks keeps its whole name after its cue or in its list.

"قرية مريجب الجملان" was read as "مريجب", "بلدة دار عزة" as "دار" and "وقصر ابن وردان" as
"قصر ابن": the event kept a name cut short, which is no name a coder writes. A second word
joins the unknown name when the phrase plainly closes after it (a punctuation mark, a
direction, a tie phrase, a place glued to ب/ل, a closer such as بعد or اليوم, the next item's و);
a joiner (بن، ابن) always carries the word after it. The words live in
``rasd/data/places/cues.yaml`` (``name_joiners``, ``name_closers``).

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from rasd.kb.places import link


def _unknown(text: str) -> list[str]:
    """The names of the settlements ``text`` names that the gazetteer lacks, as rasd reads them
    (a list item's و dropped)."""
    names = [f.unresolved["name"] for f in link(text) if f.unresolved]
    return [n[1:] if n[:1] == "و" else n for n in names]


def test_an_unknown_name_after_a_cue_runs_on_when_its_phrase_closes() -> None:
    assert _unknown("اندلعت اشتباكات في بلدة دار عزة غرب ريف حلب أمس.")[:1] == ["دار عزة"]
    assert _unknown("استعاد الثوار السيطرة على قرية مريجب الجملان بعد تفجير مفخخة.") == [
        "مريجب الجملان"]
    assert _unknown("قتل مدني في قصف على بلدة قتبان الجبل اليوم.") == ["قتبان الجبل"]


def test_an_unknown_name_stays_one_word_when_nothing_closes_it() -> None:
    # a verb goes on after the second word: nothing says the name ends there
    assert _unknown("قالوا إن قرية مريجب الجملان شهدت معارك عنيفة.") == ["مريجب"]
    # a closer right after the name is no word of it
    assert _unknown("قصفت قوات النظام بلدة الزباري اليوم بالمدفعية.") == ["الزباري"]
    # an ordinary word or a country's adjective after the name is not its part
    assert _unknown("نصبت القوات الروسية حاجزا في قرية الصوانة الخاضعة لسيطرة النظام.") == [
        "الصوانة"]
    assert _unknown("قصفت الطائرات بلدة الزباري السورية , ما أدى لمقتل طفل.") == ["الزباري"]


def test_a_joiner_carries_the_next_word_into_the_name() -> None:
    assert _unknown("سيطرت الفصائل على قرية مويلح بن هديب بريف حماة الشمالي.") == [
        "مويلح بن هديب"]
    # in a list between two known villages, not only after a cue
    listed = _unknown("قصفت الطائرات مدينة اللطامنة وقرى الرهجان وقصر ابن وردان والمسلوخية.")
    assert "قصر ابن وردان" in listed and "قصر ابن" not in listed
    # no joiner: the list's item stays its own word and the next item its own
    assert "قصر ابن" not in _unknown("قصفت الطائرات قرى الرهجان وقصر الحير والمسلوخية.")


def test_the_event_keeps_the_whole_name_with_its_span() -> None:
    doc = extract("استعادت هيئة تحرير الشام أمس السيطرة على قرية مريجب الجملان بعد تفجير مفخخة.")
    places = [(e.location or {}).get("name_ar") for e in doc.events]
    assert "مريجب الجملان" in places
    spans = [ev.text for e in doc.events for ev in e.evidence if ev.field == "location"]
    assert any("مريجب الجملان" in s for s in spans)
