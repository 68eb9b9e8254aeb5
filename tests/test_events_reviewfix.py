"""Review findings of session 9 (A8, A12, A13, A14, A15, A17), each on a written report sentence.

Every test here failed before its fix: the finding's letter is in the test's docstring.
"""
from __future__ import annotations

import rasd
from tests.helpers import name_of


def _events(text: str):
    return rasd.extract(text, published="2019-05-06").events


def test_towns_listed_after_among_them_are_the_targets():
    """A8: "بينها" ("among them") lists the targets; it opens no contrasting clause."""
    events = _events("في ريف إدلب الجنوبي قصفت الطائرات الحربية الروسية صباح الأحد عدة بلدات "
                     "بينها كفرنبل وحاس.")
    places = {name_of(e.location) for e in events}
    assert "Kafranbel" in places and "Has" in places


def test_tens_of_enemy_dead_after_a_capture_leave_it_a_capture():
    """A12: "عشرات" after a capture is a tally of towns only when towns are what it counts."""
    events = _events("سيطرت فصائل المعارضة يوم الأحد على بلدة كفرنبل وقتلت عشرات العناصر من قوات "
                     "النظام.")
    taken = [e for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken and name_of(taken[0].location) == "Kafranbel"


def test_tens_of_villages_taken_are_still_a_tally():
    """A12 guard: the campaign's sum ("على عشرات القرى") stays out."""
    events = _events("سيطرت قوات النظام خلال الحملة على عشرات القرى في ريف حماة.")
    assert not [e for e in events if e.event_type == "Battles"]


def test_clashes_on_the_front_lines_between_two_sides_keep_both_sides():
    """A13: "خطوط التماس بين X وY" names the two sides of a fight, not two places."""
    events = _events("اندلعت اشتباكات عنيفة يوم الأحد في ريف حلب الشمالي على خطوط التماس بين قوات "
                     "النظام وفصائل المعارضة.")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes
    assert "Syria" in name_of(clashes[0].actor1) and "Opposition" in name_of(clashes[0].actor2)


def test_a_border_between_two_countries_still_names_no_sides():
    """A13 guard: "على الشريط الحدودي بين العراق وسوريا" joins two places."""
    events = _events("قصفت الطائرات التركية يوم الأحد مواقع على الشريط الحدودي بين العراق وسوريا.")
    assert all("Iraq" not in name_of(e.actor2) for e in events)


def test_civilians_moved_to_the_acted_upon_keep_the_rule_that_found_them():
    """A14: every evidence keeps the rule that produced it, also civilians moved to actor2."""
    events = _events("داهمت قوات الأمن يوم الأحد منازل في بلدة الحراك بريف درعا واعتقلت ثلاثة شبان.")
    evidence = [ev for e in events for ev in e.evidence]
    assert evidence and all(ev.rule for ev in evidence)


def test_a_mood_that_prevails_is_no_capture_of_the_shelled_town():
    """A17: "سيطرت حالة من الهلع ... إثر سقوط قذائف على مدينة دوما" tells a shelling of Duma."""
    events = _events("سيطرت حالة من الهلع في صفوف الأهالي إثر سقوط قذائف على مدينة دوما يوم الأحد.")
    assert events and all(e.event_type != "Battles" for e in events)
    assert any(e.event_type == "Explosions/Remote violence" and name_of(e.location) == "Duma"
               for e in events)


def test_a_capture_backed_by_strikes_is_still_a_capture():
    """A17 guard: a support phrase in the gap ("مدعومة بغارات") keeps the capture frame."""
    events = _events("سيطرت قوات النظام مدعومة بغارات جوية روسية على بلدة كفرنبل يوم الأحد.")
    assert [e for e in events if e.event_type == "Battles" and name_of(e.location) == "Kafranbel"]


def test_achieving_no_advance_is_no_investigation_of_the_shelling():
    """VIOL's list: "تحقيق" as achieving ("فشلها في تحقيق أي تقدم") is no reference cue."""
    events = _events("وذكرت مصادر محلية أن قوات النظام بعد فشلها في تحقيق أي تقدم تقوم بإستهداف "
                     "بلدة كفرنبل بقذائف الهاون.")
    assert [e for e in events if e.plover == "ASSAULT" and name_of(e.location) == "Kafranbel"]


def test_an_investigation_into_a_shelling_still_tells_no_new_one():
    """Guard: "فتح تحقيق في استهداف البلدة" is an investigation of a happening told elsewhere."""
    events = _events("وطالبت المنظمة بفتح تحقيق في استهداف بلدة كفرنبل بقذائف الهاون.")
    assert not [e for e in events if e.plover == "ASSAULT"]


def test_an_unplaced_mention_does_not_mark_the_trigger_a_placed_one_rests_on():
    """A2: one trigger split into a placed and an unplaced mention — dropping the unplaced one
    leaves the trigger's span unmarked, since an emitted event rests on it."""
    from dataclasses import replace

    from rasd.document import Document, EventMention, Evidence, Meta
    from rasd.events.build import UNPLACED_RULE, _without_unplaced

    text = "واعتقلت قوات الأمن عددا من الشبان بعد مداهمة منازلهم"
    doc = Document(Meta(id="a2"), text)
    start = text.index("اعتقلت")
    doc.add(start, start + len("اعتقلت"), "TRIGGER", stage="events", rule="trigger:arrest")
    trigger = Evidence(start, start + len("اعتقلت"), "اعتقلت", field="trigger")
    unplaced = EventMention("COERCE", 0, len(text), evidence=[trigger])
    placed = replace(unplaced, location={"name": "Kafranbel"}, evidence=[trigger])
    kept = _without_unplaced([unplaced, placed], doc)
    assert kept == [placed]
    assert not any(UNPLACED_RULE in s.rule for s in doc.spans_of("TRIGGER"))
    alone = Document(Meta(id="a2b"), text)
    alone.add(start, start + len("اعتقلت"), "TRIGGER", stage="events", rule="trigger:arrest")
    assert _without_unplaced([replace(unplaced)], alone) == []
    spans = list(alone.spans_of("TRIGGER"))
    assert spans and all(UNPLACED_RULE in s.rule for s in spans)


def test_a_weapon_word_is_no_context_ruling_a_killing_out():
    """A3: "|" also joins a weapon or a typing to a trigger's rule; only a context name
    (negated, historical …) says the trigger was ruled out."""
    from rasd.events.build import _ruled_out
    from rasd.events.lexicon import lexicon

    def killing(text: str) -> str:
        doc = rasd.extract(text)
        rules = [s.rule for s in doc.spans_of("TRIGGER") if s.value == "killing"]
        assert len(rules) == 1
        return rules[0]

    typed = killing("قتل خمسة مدنيين بغارات جوية على بلدة كفرنبل في ريف إدلب يوم الثلاثاء.")
    assert "|weapon:" in typed and not _ruled_out(typed, lexicon())
    denied = killing("لم تقتل الغارات أحدا في بلدة كفرنبل يوم الثلاثاء.")
    assert "|weapon:" in denied and _ruled_out(denied, lexicon())


def test_every_member_pronoun_form_ends_with_a_listed_ending():
    """C7: anaphora tests a word's ending before the member_pronouns pattern; a form the
    endings miss would never be read."""
    import re

    from rasd.events.anaphora import anaphor_cues

    cues = anaphor_cues()
    body = re.search(r"\(\?:(.*)\)\$$", cues.members.pattern)
    assert body is not None
    forms = body.group(1).split("|")
    assert len(forms) > 10 and all(f.endswith(cues.member_endings) for f in forms)
    assert cues.members.match("مقاتليها") and "مقاتليها".endswith(cues.member_endings)


def test_a_name_glued_to_ala_or_ila_is_still_the_place():
    """C4: the glue words are compared on normalised spelling (على is علي there): before, the
    two words spelled with alif maqsura never matched and the town was lost."""
    for text in ("قصفت الطائرات الحربية مدينة الطبقةعلى نهر الفرات يوم الأحد.",
                 "سقطت قذائف على مدينة الطبقةالى الغرب من الرقة يوم الأحد.",
                 "قصفت الطائرات الحربية مدينة الطبقةمن جديد يوم الأحد."):
        doc = rasd.extract(text)
        names = [s.value.get("name") for s in doc.spans_of("PLACE") if isinstance(s.value, dict)]
        assert "Al-Tabqa" in names, text
