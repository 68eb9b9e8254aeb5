"""VILLAGES10: towns the text names that never became places."""

from tests.helpers import events_of, name_of


def test_apposed_settlement_noun_links_a_word_like_town() -> None:
    # دوما is also "always" (stoplist weak): with no cue before it, the settlement noun in
    # apposition after it ("دوما البلدة الرئيسية") says it is the town
    text = ("قتل عشرة مدنيين في غارات جوية استهدفت دوما البلدة الرئيسية في الغوطة الشرقية "
            "أمس الاثنين.")
    places = [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)]
    assert "Duma" in places


def test_word_without_apposition_stays_a_word() -> None:
    text = "قال المسؤول إن الحكومة كانت دوما تدعم الحوار مع المعارضة في الغوطة الشرقية."
    from rasd.api import extract

    doc = extract(text, published="2024-03-12")
    assert not any(doc.text[s.start:s.end] == "دوما" for s in doc.spans_of("PLACE"))


def test_list_of_villages_with_a_spaced_conjunction() -> None:
    # "و قزمان": the conjunction typed apart still continues the list after قرى
    text = "استعاد التنظيم أمس السيطرة على قرى حرشة و قزمان بريف حلب الشمالي بعد معارك عنيفة."
    places = {name_of(e.location) for e in events_of(text, "ASSAULT", require=True)}
    assert "Qazman" in places and "Harsha" in places


def test_spaced_conjunction_before_a_word_ends_the_list() -> None:
    text = "قصفت الطائرات قرى حرشة و كذلك مواقع أخرى بريف حلب الشمالي أمس."
    from rasd.api import extract

    doc = extract(text, published="2024-03-12")
    assert not any("كذلك" in doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED"))


def test_spaced_conjunction_lends_the_list_cue_to_a_word_like_town() -> None:
    # السفيرة needs a weak cue (stoplist weak); "خناصر و السفيرة" lists it like "والسفيرة"
    text = "سيطرت قوات النظام أمس على خناصر و السفيرة بريف حلب الجنوبي الشرقي بعد معارك."
    places = {name_of(e.location) for e in events_of(text, "ASSAULT", require=True)}
    assert "As Safirah" in places


def test_rasm_villages_listed_after_qura_each_keep_their_name() -> None:
    # رسم is a village-name head (name_prefixes): "قرى رسم X ورسم Y" lists two villages, each
    # tied to the countryside the list closes with
    text = ("سيطرت وحدات الجيش أمس على قرى رسم الغزال ورسم البرج بريف حماة الشمالي الشرقي "
            "بعد معارك مع المسلحين.")
    places = {name_of(e.location) for e in events_of(text, "ASSAULT", require=True)}
    assert len(places) == 2 and not any("countryside" in p for p in places)
