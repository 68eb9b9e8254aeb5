"""MEET11: talks told with no place of their own take the venue the sentence before names
(rasd.events.interact.previous_venue), never a topic's place nor a planned conference's."""

from tests.helpers import events_of

HELD = ("افتتحت صباح اليوم الخميس في مدينة جنيف السويسرية جولة جديدة من المفاوضات بين الوفود. "
        "والتقى وفد الحكومة اليمنية الوفد السعودي بعد ظهر اليوم لمناقشة ملف الأسرى.")


def _places(text: str) -> list[str | None]:
    return [(e.location or {}).get("name") for e in events_of(text, "CONSULT", published="2018-03-15")]


def test_talks_take_the_venue_of_the_sentence_before() -> None:
    names = _places(HELD)
    assert names and all(n and "Geneva" in n for n in names), names


def test_a_sentence_before_that_names_no_venue_gives_the_meeting_no_place() -> None:
    # the same talks, the sentence before telling their opening with no place: none to lend
    text = ("افتتحت صباح اليوم الخميس جولة جديدة من المفاوضات بين الوفود. "
            "والتقى وفد الحكومة اليمنية الوفد السعودي بعد ظهر اليوم لمناقشة ملف الأسرى.")
    assert _places(text) and None in _places(text)


def test_a_topic_place_before_is_no_venue() -> None:
    text = ("ناقش وزير الخارجية التركي مع نظيره الإيراني التطورات في عفرين. "
            "والتقى وفد المعارضة السورية الوفد الروسي مساء أمس.")
    assert "Afrin" not in " ".join(n or "" for n in _places(text))


def test_a_planned_conference_is_no_venue() -> None:
    text = ("وتعتزم الدول الضامنة عقد مؤتمر للحوار في الشهر المقبل في مدينة سوتشي. "
            "والتقى وفد المعارضة السورية الوفد الروسي مساء أمس.")
    assert "Sochi" not in " ".join(n or "" for n in _places(text))


def _agree_places(text: str) -> list[str | None]:
    return [(e.location or {}).get("name") for e in events_of(text, "AGREE", published="2018-03-15")]


def test_a_capital_that_signs_is_the_state_not_the_place() -> None:
    text = "وقعت دمشق اتفاقا مع فصيل جيش الإسلام مساء الأحد يقضي بإجلاء الجرحى."
    assert _agree_places(text) == [None]
    # the close case that keeps it: the agreement signed "in" the capital
    assert _agree_places("وقعت الحكومة اتفاقا مع فصيل جيش الإسلام في دمشق مساء الأحد يقضي بإجلاء الجرحى.") == [
        "Damascus"]


def test_a_capital_naming_the_meeting_stays_its_place() -> None:
    text = "واتفق وفد الحكومة السورية مع الجانب الروسي خلال اجتماع دمشق يوم الأحد على فتح المعبر."
    assert _agree_places(text) == ["Damascus"]


def test_a_capital_after_a_locative_stays() -> None:
    held = "والتقى وزير الخارجية الروسي نظيره السعودي في الرياض يوم الأحد."
    assert "Riyadh" in [(e.location or {}).get("name") for e in events_of(held, "CONSULT", published="2018-03-15")]


def test_a_timeline_entry_of_another_day_lends_no_venue() -> None:
    text = ("12 آذار / مارس 2018 : رئيس الهيئة يعقد اجتماعا موسعا مع أعضاء المكتب السياسي في مدينة جنيف . "
            "20 آذار / مارس 2018 : رئيس الحكومة المؤقتة يلتقي وزير الخارجية التركي لبحث ملف اللاجئين .")
    events = events_of(text, "CONSULT", require=False, published="2018-03-25")
    assert len(events) == 2
    assert not any(x.rule == "place:setting" for e in events for x in e.evidence if x.field == "location")
