"""Ministers, envoys and spokesmen named by their own names link to the state or body they
speak for (ACLED codes an official's act as their government's): the knowledge base's
officials added in session 8. Sentences written for these tests."""

from __future__ import annotations

from rasd import extract


def _actors(text: str) -> dict[str, str]:
    doc = extract(text)
    return {doc.text[s.start:s.end]: s.value["id"] for s in doc.spans_of("ACTOR")}


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text)
    return [(e.plover, (e.actor1 or {}).get("id"), (e.actor2 or {}).get("id")) for e in doc.events]


def test_foreign_ministers_and_envoys_link_to_what_they_speak_for():
    got = _actors("وقال وزير الخارجية الأمريكي ريكس تيلرسون إن المبعوث ستافان دي ميستورا "
                  "سيلتقي محمد جواد ظريف وعادل الجبير الأسبوع المقبل.")
    assert got["ريكس تيلرسون"] == "us-government"
    assert got["ستافان دي ميستورا"] == "united-nations"
    assert got["محمد جواد ظريف"] == "iran-government"
    assert got["عادل الجبير"] == "saudi-government"


def test_bare_surnames_link_but_common_words_stay_apart():
    got = _actors("وصرح العبادي وشويغو للصحفيين بأن المعلم في المدرسة غاب أمس.")
    assert got.get("العبادي") == "iraq-government"
    assert got.get("شويغو") == "russia-military"
    # "المعلم" alone is "the teacher": only Walid al-Muallem's full name is the minister
    assert "المعلم" not in got
    assert _actors("التقى وليد المعلم نظيره في دمشق.").get("وليد المعلم") == "syria-government"


def test_a_meeting_of_two_named_ministers_has_both_parties():
    events = _events("التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف "
                     "يوم الجمعة وبحثا الوضع في سوريا.")
    consult = [e for e in events if e[0] == "CONSULT"]
    assert consult, events
    assert {consult[0][1], consult[0][2]} == {"us-government", "russia-government"}


def test_the_coalition_unqualified_is_the_saudi_led_one_in_yemen_only():
    yemen = _actors("وقال المتحدث إن قوات التحالف استهدفت أمس مخازن أسلحة في مدينة صعدة شمال اليمن.")
    assert yemen["قوات التحالف"] == "saudi-led-coalition"
    syria = _actors("وشنت طائرات التحالف غارات على مواقع في مدينة الرقة السورية أمس.")
    assert syria["طائرات التحالف"] == "coalition"
