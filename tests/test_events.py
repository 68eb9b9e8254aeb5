"""The events stage given annotations: spans other stages would make are added by hand."""

from __future__ import annotations

import pytest

from rasd.document import Document, Meta
from rasd.events import extract_events
from rasd.events.lexicon import LexiconError, _check_typing, lexicon
from rasd.events.notes import summary

ISRAEL = {"id": "isr-military", "name": "Military Forces of Israel (1948-)", "name_ar": "الجيش الإسرائيلي",
          "type": "State forces", "country": "Israel"}
IRGC = {"id": "irn-irgc", "name": "Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps",
        "name_ar": "الحرس الثوري", "type": "State forces", "country": "Iran"}
RUSSIA = {"id": "rus-military", "name": "Military Forces of Russia (2000-)", "name_ar": "روسيا",
          "type": "State forces", "country": "Russia"}
SDF = {"id": "sdf", "name": "SDF: Syrian Democratic Forces", "name_ar": "قسد", "type": "Rebel group",
       "country": "Syria"}
IS = {"id": "is", "name": "IS: Islamic State", "name_ar": "داعش", "type": "Rebel group", "country": None}
REGIME = {"id": "syr-military", "name": "Military Forces of Syria (2000-)", "name_ar": "قوات النظام",
          "type": "State forces", "country": "Syria"}


def place(name: str, name_ar: str, at: tuple[float, float], precision: int = 1, admin1: str = "Deir ez-Zor",
          kind: str = "town") -> dict:
    return {"name": name, "name_ar": name_ar, "country": "Syria", "admin1": admin1, "admin2": None,
            "latitude": at[0], "longitude": at[1], "geo_precision": precision, "gazetteer_id": f"test:{name}",
            "kind": kind}


ALBUKAMAL = place("Albukamal", "البوكمال", (34.453, 40.918))
MAYADIN = place("Mayadin", "الميادين", (35.021, 40.452))
DEIR_GOV = place("Deir ez-Zor", "دير الزور", (35.336, 40.141), precision=3, kind="governorate")
T4 = place("T4 airbase", "مطار التيفور", (34.522, 37.630), admin1="Homs", kind="airbase")


def day(date: str, precision: int = 1) -> dict:
    return {"date": date, "precision": precision, "kind": "absolute", "eventable": True}


def killed(count: int, breakdown_of: int | None = None, kind: str = "killed") -> dict:
    return {"kind": kind, "count": count, "qualifier": "at_least", "who": None, "breakdown_of": breakdown_of}


def document(text: str, *, published: str | None = "2021-01-13", **labels: list[tuple[str, object]]) -> Document:
    """A document whose spans are added by hand: ``ACTOR=[("إسرائيل", ISRAEL)]`` etc.

    Each phrase is found left to right (a repeated phrase takes the next occurrence).
    Sentences are split on full stops, as the text layer would.
    """
    doc = Document(Meta(id="t", published=published), raw=text)
    start = 0
    for part in text.split("."):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            doc.add(start + lead, start + len(part) + (1 if start + len(part) < len(text) else 0), "SENT",
                    stage="test", rule="test")
        start += len(part) + 1
    cursor: dict[str, int] = {}
    for label, items in labels.items():
        for phrase, value in items:
            at = text.index(phrase, cursor.get(phrase, 0))
            cursor[phrase] = at + len(phrase)
            doc.add(at, at + len(phrase), label, stage="test", rule="test", value=value)
    return doc


def test_air_strike_gets_type_actors_place_date_and_toll():
    text = "شنت طائرات حربية إسرائيلية فجر اليوم غارات جوية على مواقع الحرس الثوري في مدينة البوكمال، ما أسفر عن مقتل 12 عنصراً."
    doc = document(text, ACTOR=[("إسرائيلية", ISRAEL), ("الحرس الثوري", IRGC)], PLACE=[("البوكمال", ALBUKAMAL)],
                   DATE=[("فجر اليوم", day("2021-01-13"))], CASUALTY=[("مقتل 12 عنصراً", killed(12))])
    [event] = extract_events(doc)
    assert (event.plover, event.event_type, event.sub_event_type) == (
        "ASSAULT", "Explosions/Remote violence", "Air/drone strike")
    assert event.actor1 == ISRAEL and event.actor2 == IRGC
    assert event.location["name"] == "Albukamal"
    assert (event.event_date, event.time_precision, event.fatalities) == ("2021-01-13", 1, 12)


def test_every_field_points_at_its_words():
    text = "شنت طائرات حربية إسرائيلية غارات جوية على مدينة البوكمال فجر اليوم."
    doc = document(text, ACTOR=[("إسرائيلية", ISRAEL)], PLACE=[("البوكمال", ALBUKAMAL)],
                   DATE=[("فجر اليوم", day("2021-01-13"))])
    [event] = extract_events(doc)
    fields = {e.field: e for e in event.evidence}
    assert {"event", "trigger", "actor1", "location", "event_date"} <= set(fields)
    assert all(doc.text[e.start:e.end] == e.text for e in event.evidence)
    assert fields["location"].text == "البوكمال" and fields["actor1"].rule.startswith("actor:")


def test_denied_strikes_are_not_events():
    text = "نفت وزارة الدفاع الروسية ما تداولته وسائل إعلام معارضة عن تنفيذ طائراتها غارات على مدينة إدلب أمس."
    doc = document(text)
    assert extract_events(doc) == []
    assert any("negated" in s.rule for s in doc.spans_of("TRIGGER"))


def test_refusal_is_a_reject_event_not_a_negated_one():
    text = "لم تقبل موسكو طلباً من الحرس الثوري لنشر مقاتلات روسية في مطار التيفور."
    doc = document(text, ACTOR=[("موسكو", RUSSIA), ("الحرس الثوري", IRGC)])
    events = extract_events(doc)
    reject = next(e for e in events if e.plover == "REJECT")
    assert reject.actor1 == RUSSIA


def test_not_refusing_is_negated():
    doc = document("لم ترفض موسكو الطلب الإيراني في اجتماع مطار التيفور أمس.")
    assert not any(e.plover == "REJECT" for e in extract_events(doc))


def test_future_strikes_are_not_events():
    doc = document("ستشن القوات الروسية غارات على مواقع التنظيم في البادية الأسبوع المقبل.")
    assert extract_events(doc) == []


def test_conditional_is_not_an_event():
    doc = document("وقال المتحدث إن القوات الروسية ستواصل دعم الجيش السوري في حال تعرضت مواقعه لهجمات.")
    assert extract_events(doc) == []


def test_generic_history_is_not_an_event():
    doc = document("وشنت إسرائيل مئات الغارات على سوريا منذ اندلاع النزاع عام 2011.")
    assert extract_events(doc) == []


def test_past_perfect_with_a_date_is_an_event():
    text = "وكانت طائرات مجهولة قد استهدفت في الثامن من الشهر الجاري شاحنات قادمة من العراق."
    doc = document(text, DATE=[("في الثامن من الشهر الجاري", day("2021-01-08"))])
    [event] = extract_events(doc)
    assert event.event_date == "2021-01-08" and event.sub_event_type == "Air/drone strike"


def test_last_strike_after_generic_history_is_an_event():
    text = ("تكبدت الميليشيات خسائر منذ منتصف العام إثر تعرضها لاستهداف مباشر من قبل سلاح الجو الإسرائيلي، "
            "والذي كان أخره في الثامن من شهر تشرين الثاني حيث تمّ استهداف عدّة مواقع في مدينة طرطوس.")
    doc = document(text, ACTOR=[("سلاح الجو الإسرائيلي", ISRAEL)],
                   DATE=[("في الثامن من شهر تشرين الثاني", day("2021-11-08"))],
                   PLACE=[("طرطوس", place("Tartus", "طرطوس", (34.889, 35.887), admin1="Tartus"))])
    [event] = extract_events(doc)
    assert event.location["name"] == "Tartus" and event.event_date == "2021-11-08"


def test_purpose_clause_is_not_an_event():
    doc = document("طالبت إيران بنشر مقاتلات روسية بغية تجنب الغارات الإسرائيلية على مواقعها أمس.")
    assert not any(e.plover == "ASSAULT" for e in extract_events(doc))


def test_several_towns_in_one_attack_are_several_events_and_the_toll_is_not_copied():
    text = "استهدفت الغارات الإسرائيلية فجر اليوم مواقع في البوكمال والميادين وأسفرت عن مقتل 38 عنصراً."
    doc = document(text, ACTOR=[("الإسرائيلية", ISRAEL)], PLACE=[("البوكمال", ALBUKAMAL), ("الميادين", MAYADIN)],
                   DATE=[("فجر اليوم", day("2021-01-13"))], CASUALTY=[("مقتل 38 عنصراً", killed(38))])
    events = extract_events(doc)
    assert [e.location["name"] for e in events] == ["Albukamal", "Mayadin"]
    assert [e.fatalities for e in events] == [38, None]


def test_region_gives_way_to_the_town_it_contains():
    text = "قتل 38 عنصراً في هجوم إسرائيلي على مواقع في محافظة دير الزور فجر اليوم. واستهدفت الغارات مدينة البوكمال."
    doc = document(text, ACTOR=[("إسرائيلي", ISRAEL)], PLACE=[("دير الزور", DEIR_GOV), ("البوكمال", ALBUKAMAL)],
                   DATE=[("فجر اليوم", day("2021-01-13"))], CASUALTY=[("قتل 38 عنصراً", killed(38))])
    [event] = extract_events(doc)
    assert event.location["name"] == "Albukamal"
    assert (event.fatalities, event.event_date) == (38, "2021-01-13")


def test_breakdown_parts_are_not_added_to_the_total():
    text = "شنت إسرائيل غارات على البوكمال تسببت بمقتل 38 عنصرا منهم 24 من الميليشيات و14 من قوات النظام."
    doc = document(text, ACTOR=[("إسرائيل", ISRAEL)], PLACE=[("البوكمال", ALBUKAMAL)],
                   CASUALTY=[("مقتل 38 عنصرا", killed(38)), ("24 من الميليشيات", killed(24, 0)),
                             ("14 من قوات النظام", killed(14, 0))])
    [event] = extract_events(doc)
    assert event.fatalities == 38


def test_injuries_without_deaths_are_zero_fatalities():
    text = "دارت اشتباكات بالأسلحة الخفيفة في حي الجورة تسببت بإصابة 14 عنصراً."
    doc = document(text, CASUALTY=[("إصابة 14 عنصراً", killed(14, kind="injured"))])
    [event] = extract_events(doc)
    assert (event.fatalities, event.injuries) == (0, 14)


def test_a_later_definite_mention_adds_its_toll_to_the_event():
    text = "شنت إسرائيل نحو 50 غارة جوية على البوكمال فجر اليوم. وأوضحت المصادر أن الغارات تسببت بمقتل 38 عنصرا."
    doc = document(text, ACTOR=[("إسرائيل", ISRAEL)], PLACE=[("البوكمال", ALBUKAMAL)],
                   DATE=[("فجر اليوم", day("2021-01-13"))], CASUALTY=[("مقتل 38 عنصرا", killed(38))])
    [event] = extract_events(doc)
    assert event.fatalities == 38
    assert sum(e.field == "event" for e in event.evidence) == 1 + 0 or len(event.evidence) > 4


def test_agent_marker_makes_actor1_in_a_passive_clause():
    text = "تعرضت مواقع الحرس الثوري لاستهداف مباشر من قبل سلاح الجو الإسرائيلي في مدينة البوكمال أمس."
    doc = document(text, ACTOR=[("الحرس الثوري", IRGC), ("سلاح الجو الإسرائيلي", ISRAEL)],
                   PLACE=[("البوكمال", ALBUKAMAL)])
    [event] = extract_events(doc)
    assert event.actor1 == ISRAEL and event.actor2 == IRGC


def test_clash_between_two_actors():
    text = "اندلعت اشتباكات عنيفة مساء أمس بين قسد وخلية تابعة لتنظيم داعش في بلدة ذيبان."
    doc = document(text, ACTOR=[("قسد", SDF), ("داعش", IS)])
    [event] = extract_events(doc)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", SDF, IS)


def test_coordinated_actors_become_associated():
    text = "شنت إسرائيل غارات على مواقع قوات النظام والحرس الثوري في البوكمال أمس."
    doc = document(text, ACTOR=[("إسرائيل", ISRAEL), ("قوات النظام", REGIME), ("الحرس الثوري", IRGC)])
    [event] = extract_events(doc)
    assert event.actor2 == REGIME and event.assoc_actor_2 == [IRGC]


def test_unknown_militia_name_becomes_an_actor_without_id():
    text = "هاجمت ميليشيا صقور الصحراء حاجزاً للجيش في ريف حماة صباح اليوم."
    doc = document(text, ORG=[("صقور الصحراء", {"text": "صقور الصحراء"})])
    [event] = extract_events(doc)
    assert event.actor1["id"] is None and event.actor1["type"] == "Political militia"


@pytest.mark.parametrize(("sentence", "sub_event_type"), [
    ("قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة صباح اليوم.", "Shelling/artillery/missile attack"),
    ("استهدفت طائرة مسيرة مواقع للنظام في سراقب مساء أمس.", "Air/drone strike"),
    ("قتل مدنيان جراء انفجار عبوة ناسفة وسط مدينة الباب ظهر اليوم.", "Remote explosive/landmine/IED"),
    ("فجر انتحاري سيارة مفخخة قرب حاجز للجيش أمس.", "Suicide bomb"),
    ("اعتقلت دورية للأمن العسكري سبعة شبان في مدينة نوى صباح اليوم.", "Arrests"),
])
def test_weapon_and_trigger_words_set_the_acled_sub_event_type(sentence, sub_event_type):
    [event] = extract_events(document(sentence))
    assert event.sub_event_type == sub_event_type


@pytest.mark.parametrize(("sentence", "plover", "actors"), [
    ("عقد وفد عسكري روسي اجتماعاً مع قيادات من الحرس الثوري في مطار التيفور.", "CONSULT",
     [("روسي", RUSSIA), ("الحرس الثوري", IRGC)]),
    ("أرسلت القوات الروسية تعزيزات عسكرية إلى خطوط التماس شرقي الفرات.", "MOBILIZE", []),
    ("أدخلت ميليشيا الحرس الثوري مساء أمس قافلة مؤلفة من 25 شاحنة إلى البوكمال.", "MOBILIZE", []),
    ("انسحبت القوات الروسية يوم الإثنين من نقطة عسكرية في الميادين.", "RETREAT", []),
    ("نصبت القوات الروسية حاجزاً لها في قرية مراط.", "COERCE", []),
    ("واتفق الروس والحرس الثوري في ختام الاجتماع على تسيير دوريات مشتركة.", "AGREE",
     [("الروس", RUSSIA), ("الحرس الثوري", IRGC)]),
    ("طالب الضباط الإيرانيون روسيا بالوقوف إلى جانبهم.", "REQUEST", [("الضباط الإيرانيون", IRGC), ("روسيا", RUSSIA)]),
    ("تظاهر مئات الطلاب أمس أمام مبنى المحافظة احتجاجاً على الاعتقالات.", "PROTEST", []),
])
def test_non_violent_events_are_typed(sentence, plover, actors):
    assert plover in {e.plover for e in extract_events(document(sentence, ACTOR=actors))}


def test_a_meeting_or_agreement_needs_its_parties():
    assert extract_events(document("واتفق الطرفان في ختام الاجتماع على تسيير دوريات مشتركة.")) == []
    assert extract_events(document("اجتمعت الوزارة برؤساء جمعيات الفنون أمس.")) == []


def test_student_is_not_a_demand():
    doc = document("اعتقلت الدورية سبعة شبان بينهم طالب جامعي واقتادتهم إلى جهة مجهولة.")
    assert {e.plover for e in extract_events(doc)} == {"COERCE"}


def test_clitics_and_inflections_are_matched():
    for sentence in ("وبالغارات التي شنها الطيران أمس قتل ثلاثة.", "فقصفتها المدفعية صباح اليوم.",
                     "وتستهدف المسيرات مواقعهم منذ الصباح بقصف متواصل أمس."):
        assert lexicon().pattern.search(document(sentence).text.replace("ّ", "")) is not None


def test_requests_and_refusals_take_the_meeting_place_and_date():
    text = ("عقد وفد روسي اجتماعاً مع الحرس الثوري في مطار التيفور يوم السبت. "
            "وطالب الجانب الروسي بسحب الميليشيات. ورفض قادة الحرس الثوري الطلب.")
    doc = document(text, ACTOR=[("روسي", RUSSIA), ("الحرس الثوري", IRGC), ("الروسي", RUSSIA), ("الحرس الثوري", IRGC)],
                   PLACE=[("مطار التيفور", T4)], DATE=[("يوم السبت", day("2023-04-08"))])
    events = {e.plover: e for e in extract_events(doc)}
    assert set(events) == {"CONSULT", "REQUEST", "REJECT"}
    assert events["REJECT"].location == T4 and events["REJECT"].event_date == "2023-04-08"
    assert events["REJECT"].actor1 == IRGC


def test_without_a_date_the_publication_date_is_used_only_for_recent_events():
    recent = extract_events(document("شنت طائرات حربية غارات مؤخراً على البوكمال.", published="2019-04-08"))
    undated = extract_events(document("شنت طائرات حربية غارات على البوكمال.", published="2019-04-08"))
    assert (recent[0].event_date, recent[0].time_precision) == ("2019-04-08", 2)
    assert undated[0].event_date is None
    assert any(e.field == "event_date" and e.rule == "date:none" for e in undated[0].evidence)


def test_notes_summarise_the_fields_in_english():
    text = "شنت إسرائيل نحو 50 غارة جوية على البوكمال فجر اليوم أسفرت عن مقتل 38 عنصرا."
    doc = document(text, ACTOR=[("إسرائيل", ISRAEL)], PLACE=[("البوكمال", ALBUKAMAL)],
                   DATE=[("فجر اليوم", day("2021-01-13"))], CASUALTY=[("مقتل 38 عنصرا", killed(38))])
    [event] = extract_events(doc)
    assert summary(event) == event.notes
    assert event.notes.startswith("On 13 January 2021, Military Forces of Israel (1948-) conducted air/drone strikes")
    assert "Albukamal" in event.notes and "38 were reported killed" in event.notes


def test_trigger_data_is_checked():
    with pytest.raises(LexiconError):
        _check_typing({"plover": "ATTACK"}, "test")
    with pytest.raises(LexiconError):
        _check_typing({"plover": "ASSAULT", "event_type": "Battles", "sub_event_type": "Air/drone strike"}, "test")


def test_the_keyed_scan_finds_exactly_what_the_full_pattern_finds(seeds):
    from rasd.text.normalize import normalize

    lex = lexicon()
    for seed in seeds.values():
        text = normalize(seed["text"]).text
        assert [(m.span(), m.lastgroup) for m in lex.scan(text)] == [
            (m.span(), m.lastgroup) for m in lex.pattern.finditer(text)]


def test_gold_events_follow_the_granularity_rule_and_copy_no_seed_text(seeds):
    from rasd.events.evaluate import gold_events

    gold = gold_events()
    keys = [(g["doc_id"], g.get("event_date"), (g.get("location") or [None])[0], g["plover"],
             g.get("sub_event_type"), (g.get("actor1") or [None])[0], (g.get("actor2") or [None])[0]) for g in gold]
    assert len(keys) == len(set(keys))  # one event per date, town, type and actor pair
    texts = [s for g in gold for name in ("actor1", "actor2", "location") for s in g.get(name) or []]
    assert all(len(s.split()) <= 5 for s in texts)  # names, not passages
    for seed in seeds.values():
        assert not any(len(g.get("note", "")) > 30 and g["note"] in seed["text"] for g in gold)


def test_gsr_counts_conventional_fighting_as_its_fight_not_assault():
    from rasd.document import EventMention
    from rasd.events.evaluate import gsr_types

    strike = EventMention("ASSAULT", 0, 1, sub_event_type="Air/drone strike")
    bombing = EventMention("ASSAULT", 0, 1, sub_event_type="Remote explosive/landmine/IED")
    assert gsr_types([strike]) == {"FIGHT"} and gsr_types([strike], split_fight=False) == {"ASSAULT"}
    assert gsr_types([strike, bombing]) == {"FIGHT", "ASSAULT"}


def test_segmented_trigger_match_equals_the_whole_alternation(seeds):
    """Lexicon.match_at (segments, remembered one-word misses) gives what one match of the whole
    trigger alternation gives, at every word start of real reports, asked twice so the second
    pass answers from the remembered misses."""
    from rasd.events.lexicon import WORD_STARTS
    from rasd.text.normalize import normalize

    lex = lexicon()
    assert any(local for local, _ in lex.segments) and any(not local for local, _ in lex.segments)
    matched = 0
    for _ in range(2):
        for seed in seeds.values():
            text = normalize(seed["text"]).text
            for pos in [0, *(m.start() for m in WORD_STARTS.finditer(text))]:
                whole, parts = lex.pattern.match(text, pos), lex.match_at(text, pos)
                assert (whole and (whole.span(), whole.lastgroup)) == (parts and (parts.span(), parts.lastgroup))
                matched += whole is not None
    assert matched > 0


def test_a_frame_head_reads_only_the_first_word_and_never_rules_out_a_match():
    """A frame's word head keeps what the first word of a frame must be: an optional opening
    word and the word after it may both start it; a word that starts no way through the frame
    may not."""
    import re

    from rasd.events.lexicon import WORD_START
    from rasd.events.word_heads import word_head

    form = "[وف]?(?:(?:فرض |تم فرض )?حظر (?:ال)?تجول)"
    head = word_head(WORD_START + "(?:" + form + ")")
    assert head is not None
    for text in ("فرض حظر التجول", "وحظر تجول", "تم فرض حظر تجول"):
        assert re.match(f"(?:{form})", text) and head.match(" " + text, 1)
    assert not head.match(" قصف حظر التجول", 1)
    assert not head.match("x" + "حظر", 1)  # inside a word: no word start


def test_attribution_reads_each_sentence_as_if_normalised_alone(seeds):
    """The attribution cues read a slice of the whole document's normalised text; it must be
    the sentence normalised alone, with the same offsets back, on real reports (sentences
    split on punctuation here, so some open with spaces)."""
    from rasd.events.attribution import _Sentences
    from rasd.text.normalize import normalize

    for seed in seeds.values():
        doc = Document(Meta(id="seed"), raw=seed["text"] + "  .  ،  جملة")
        sentences = _Sentences(doc, lexicon())
        for start, end in sentences.bounds:
            alone = normalize(doc.text[start:end])
            text, to_original = sentences._normalized(start, end)
            assert text == alone.text
            for a in range(0, len(text), 7):
                b = min(len(text), a + 5)
                assert to_original(a, b) == tuple(start + k for k in alone.orig_span(a, b))


def test_no_trigger_key_is_one_of_the_commonest_words():
    """The scan searches for each form's key and tries the word starts before each hit: a
    key like على would be hit on every line (a frame that ends "... سيطرته على")."""
    from rasd.events.lexicon import FREQUENT_WORDS, lexicon

    keys = lexicon().key_lookback
    assert keys and not [k for k in keys if k.strip() in FREQUENT_WORDS]
