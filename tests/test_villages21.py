"""VILLAGES21: lists of villages no gazetteer knows — one event each, placed at the reference
the text gives; a paragraph's own day over a caption's."""

from rasd.api import extract
from tests.helpers import events_of

LIST = ("سيطرت فصائل المعارضة اليوم الاثنين على قرى الطويحينة ( مرجون ) , الحويرثة , "
        "البل , شمال غربي بلدة أخترين وشرقي مدينة اعزاز , بعد اشتباكات مع تنظيم داعش .")


def _written(e) -> str:
    return str((e.location or {}).get("name_ar") or "")


def test_bracketed_other_spelling_keeps_the_list_going() -> None:
    # "( مرجون )" is another spelling of the first village, not the list's end; البل is a
    # village (no ال + بل "but"); each village is one event, placed near Akhtarin (precision 2)
    found = events_of(LIST, "ASSAULT", require=True, published="2016-10-10")
    by_name = {_written(e): e for e in found}
    assert {"الطويحينة", "الحويرثة", "البل"} <= set(by_name)
    assert all((by_name[n].location or {}).get("geo_precision") == 2 for n in ("الطويحينة", "البل"))
    assert (by_name["البل"].location or {}).get("within") == "Akhtarin"


def test_reference_towns_after_the_list_are_no_event_towns() -> None:
    # "شمال غربي بلدة أخترين وشرقي مدينة اعزاز": both say where the villages lie
    found = events_of(LIST, "ASSAULT", published="2016-10-10")
    assert not {"أخترين", "أعزاز"} & {_written(e) for e in found}


def test_coordinated_directions_of_two_targets_stay_targets() -> None:
    # no list of villages before them: "شمالي حماة وجنوبي حلب" are two places bombed
    text = "قصفت الطائرات الحربية اليوم مواقع للفصائل شمالي حماة وجنوبي حلب ."
    names = {str((e.location or {}).get("name")) for e in events_of(text, "ASSAULT", require=True)}
    assert {"Hamah", "Aleppo"} <= names


def test_bracketed_distance_ends_the_list() -> None:
    # "( 10 كم )" is a distance, not another spelling: what follows is no village
    text = "قصفت الطائرات قرى الطويحينة ( 10 كم ) , قتل فيها مدنيون , في ريف حلب اليوم ."
    doc = extract(text, published="2016-10-10")
    assert not any(doc.text[s.start:s.end] == "قتل" for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED"))


def test_a_list_of_families_is_no_list_of_places() -> None:
    text = "نزحت عائلات الحويرثة ( أبو علي ) , المرجوني , البلوط من المدينة اليوم ."
    doc = extract(text, published="2016-10-10")
    spans = {doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED")}
    assert not {"المرجوني", "البلوط"} & spans


CAPTION = ("سوريا , جرابلس : مقاتلون يستريحون بعد السيطرة على قرية غربي جرابلس , يوم 3 أيلول 2016 "
           ", إثر اشتباكات مع تنظيم داعش .\nوقال المراسل , إن فصائل المعارضة سيطروا على قرى "
           "الطويحينة , الحويرثة , شمال غربي بلدة أخترين .")


def test_the_paragraphs_own_day_beats_a_captions() -> None:
    # the caption's day lies a paragraph back; the trigger's paragraph tells "اليوم الاثنين"
    text = CAPTION + " وسيطرت الفصائل , اليوم الاثنين , على قرى في محيط بلدة أخترين ."
    found = [e for e in events_of(text, "ASSAULT", require=True, published="2016-10-10")
             if _written(e) == "الحويرثة"]
    assert found and found[0].event_date == "2016-10-10"


def test_a_day_in_the_next_paragraph_does_not_date_the_list() -> None:
    text = CAPTION + "\nوسيطرت الفصائل , اليوم الاثنين , على قرى في محيط بلدة أخترين ."
    found = [e for e in events_of(text, "ASSAULT", require=True, published="2016-10-10")
             if _written(e) == "الحويرثة"]
    assert found and found[0].event_date != "2016-10-10"


def test_two_villages_after_a_dual_noun_with_a_name_head() -> None:
    # "خان" heads many names, but "والزويرة" (و + the article) opens the dual's second village
    text = "سيطرت القوات اليوم على قريتي خان والزويرة شرق دير الزور بعد معارك مع التنظيم ."
    doc = extract(text, published="2016-10-10")
    spans = {doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED")}
    assert "خان والزويرة" not in spans and "والزويرة" in spans


def test_a_name_head_still_takes_its_next_word() -> None:
    text = "سيطرت القوات اليوم على قرية خان الزويرة شرق دير الزور بعد معارك مع التنظيم ."
    doc = extract(text, published="2016-10-10")
    assert "خان الزويرة" in {doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED")}


def test_a_village_near_a_countrys_land_is_where_it_happened() -> None:
    # "الأراضي التركية قرب قرية X": the village is no reference point of a country
    text = ("قتل الجيش التركي اليوم خمسة مدنيين حاولوا العبور إلى الأراضي التركية قرب قرية "
            "خربة الجوز في ريف إدلب .")
    found = events_of(text, "ASSAULT", require=True, published="2016-10-10")
    assert any("خربة الجوز" in _written(e) for e in found)
