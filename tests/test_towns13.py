"""TOWNS13: long town-by-town reports — the villages of a list the gazetteer lacks, and a
suicide bomber told between the verb and himself.

Sentences written for these tests in the style of the reports (no text copied from a page).
"""

from rasd.api import extract
from tests.helpers import events_of


def _unresolved(text: str) -> dict[str, dict]:
    """Each PLACE_UNRESOLVED name of ``text`` (the list's و dropped) → its value."""
    doc = extract(text, published="2024-03-12")
    out = {}
    for s in doc.spans_of("PLACE_UNRESOLVED"):
        t = doc.text[s.start:s.end]
        out[t[1:] if t[:1] == "و" else t] = s.value if isinstance(s.value, dict) else {}
    return out


def _names_ar(text: str, plover: str = "ASSAULT") -> set[str]:
    return {str((e.location or {}).get("name_ar")) for e in events_of(text, plover, require=True)}


# ------------------------------------------------------------- names between two towns of a list

def test_names_listed_between_two_towns_are_villages_of_the_list() -> None:
    # no plural cue before the list: the two known towns on either side say what the names
    # between them are
    text = "قصفت الطائرات الحربية صباح اليوم مدينة اللطامنة والبويضة والمصاصنة وبلدة كفرزيتا بالصواريخ."
    found = _unresolved(text)
    assert found["البويضة"]["place"]["tie"] == "list"
    assert found["المصاصنة"]["place"]["admin1"] == "Hama"
    assert {"البويضة", "المصاصنة"} <= _names_ar(text)
    # the item's و is the list's, no letter of the name ("Wal-Busayda" was a misreading)
    names = {str((e.location or {}).get("name")) for e in events_of(text, "ASSAULT")}
    assert not any(n.startswith("W") for n in names), names


def test_a_verb_between_two_towns_is_no_list_item() -> None:
    # the later town is no item of a list (no و of its own, no comma): the word between is a verb
    text = "قصفت الطائرات الحربية مدينة اللطامنة وطالت كفرزيتا بعدة صواريخ."
    assert "طالت" not in _unresolved(text)
    assert "طالت" not in _names_ar(text)


def test_names_between_towns_of_two_governorates_are_not_placed() -> None:
    # a list running from a Hama town to an Idlib one: which governorate the names lie in is
    # not told, so they stay unresolved names with no place (never a guess)
    text = "قصفت الطائرات الحربية صباح اليوم مدينة اللطامنة والبويضة وبلدة سراقب بالصواريخ."
    assert "place" not in _unresolved(text)["البويضة"]
    assert "البويضة" not in _names_ar(text)


# --------------------------------------------------------- a list's cue told after its first town

def test_the_cue_after_a_lists_first_town_governs_the_names_after_it() -> None:
    # "مدينة X وقرى Y وZ": قرى governs the names after the town it opens
    text = "قصف الطيران الروسي مدينة اللطامنة وقرى الرهجان والبويضة والمصاصنة بصواريخ شديدة الانفجار."
    found = _unresolved(text)
    assert found["البويضة"]["place"]["tie"] == "list"
    assert {"البويضة", "المصاصنة"} <= _names_ar(text)


def test_a_list_with_no_settlement_cue_and_no_town_after_it_stays_unplaced() -> None:
    # "مناطق" is an area's word: names after one known town only are not tied to it
    text = "قصف الطيران الروسي مناطق الرهجان والبويضة بصواريخ شديدة الانفجار."
    assert "place" not in _unresolved(text).get("البويضة", {})


# ------------------------------------------------------------------- tie phrases of a whole list

def test_a_plural_relative_ties_the_whole_list() -> None:
    text = "سيطرت قوات النظام على قرى الزهيرية والمدورة الواقعات شمال شرق السخنة بعد معارك."
    found = _unresolved(text)
    assert found["المدورة"]["place"]["within"] == "As Sukhnah"
    assert {"الزهيرية", "المدورة"} <= _names_ar(text)


def test_min_before_a_countryside_ties_a_list() -> None:
    text = "قتل مدنيون في قصف جوي على قريتي الزهيرية والمدورة من ريف البوكمال أمس."
    found = _unresolved(text)
    assert found["الزهيرية"]["place"]["tie"] == "in"
    assert {"الزهيرية", "المدورة"} <= _names_ar(text)


def test_min_before_a_group_ties_nothing() -> None:
    # "من تنظيم داعش": from whom the village was taken, no place it lies in
    text = "استعادت قوات النظام قرية الزهيرية من تنظيم داعش أمس."
    assert "place" not in _unresolved(text).get("الزهيرية", {})


# ------------------------------------------------------------------------ جب opens a name

def test_jubb_opens_a_villages_name_in_a_list() -> None:
    text = "استعادت الفصائل قرى الزهيرية وجب الأحمر والمدورة بريف حماة الشرقي بعد معارك عنيفة."
    found = _unresolved(text)
    assert found["جب الأحمر"]["place"]["admin1"] == "Hama"
    assert "المدورة" in found


def test_jubb_as_a_verb_after_a_list_is_no_item() -> None:
    # "وجب على": "it was due on", a clause after the list, not a village named Jubb
    text = "قصفت الطائرات قرى الزهيرية والمدورة بريف حماة , وجب على الأهالي النزوح منها."
    found = _unresolved(text)
    assert not any(k.startswith("جب") for k in found)


# ------------------------------------------------------- the bomber between the verb and himself

def test_bomber_between_the_verb_and_himself_is_a_suicide_bombing() -> None:
    text = "فجر انتحاري نفسه قرب نقطة تفتيش في مدينة القائم أمس ما أسفر عن مقتل ثلاثة جنود."
    found = events_of(text, "ASSAULT", require=True)
    assert any(e.sub_event_type == "Suicide bomb" and (e.location or {}).get("name") == "Al Qaim"
               for e in found)
    text = "وفجر اثنان من المهاجمين نفسيهما داخل مبنى البلدية في مدينة القائم أمس."
    assert any(e.sub_event_type == "Suicide bomb" for e in events_of(text, "ASSAULT", require=True))


def test_dawn_of_that_same_day_is_no_bombing() -> None:
    text = "وصل الوفد الحكومي إلى مدينة القائم فجر اليوم نفسه لبحث الأوضاع الخدمية."
    assert not events_of(text, "ASSAULT")
