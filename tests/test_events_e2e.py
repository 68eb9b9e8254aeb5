"""The whole pipeline on the bundled sample corpus: what `rasd extract` hands to users.

Nothing here is added by hand: every span comes from the real stages (clean, sentences,
actors, places, time, quantities), so these tests check that events, their arguments,
evidence, notes and attribution come out right from real Arabic reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.api import extract
from rasd.document import Document
from rasd.records import mention_record, validate

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "reports.jsonl"


@pytest.fixture(scope="module")
def reports() -> dict[str, Document]:
    docs = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        docs[item["id"]] = extract(item["text"], published=item.get("published"), outlet=item.get("outlet"),
                                   title=item.get("title"), url=item.get("url"), doc_id=item["id"])
    return docs


def _evidence(event, name: str) -> list[str]:
    return [e.text for e in event.evidence if e.field == name]


def test_every_record_validates_and_points_at_its_words(reports):
    count = 0
    for doc in reports.values():
        for seq, event in enumerate(doc.events):
            record = mention_record(doc.meta, seq, event)
            validate(record)
            assert record["sources"][0]["evidence"], f"{doc.id}: an event without evidence"
            assert all(doc.text[e.start:e.end] == e.text for e in event.evidence)
            assert event.notes.startswith(("On ", "In ", "Around ")) and event.notes.endswith(".")
            count += 1
    assert count >= len(reports)  # every sample report tells at least one event


def test_albukamal_strike_is_an_air_strike_with_the_sohr_toll(reports):
    strikes = [e for e in reports["sample-01"].events if "البوكمال" in " ".join(_evidence(e, "location"))
               and e.event_date == "2023-03-14"]
    assert len(strikes) == 1
    strike = strikes[0]
    assert (strike.plover, strike.event_type, strike.sub_event_type) == (
        "ASSAULT", "Explosions/Remote violence", "Air/drone strike")
    assert strike.fatalities == 12 and strike.time_precision == 1
    assert strike.actor1["country"] == "Israel" and "Islamic Revolutionary Guard Corps" not in strike.actor1["name"]
    # "في محيط مدينة البوكمال": around the town, ACLED's precision 2 (PLACES18)
    assert strike.location["geo_precision"] == 2 and strike.location["admin1"]
    assert "SOHR" in strike.cited and strike.attribution == "named outlet"
    assert "12 were reported killed" in strike.notes


def test_the_earlier_strike_on_the_8th_is_its_own_event(reports):
    dates = sorted(e.event_date for e in reports["sample-01"].events if e.plover == "ASSAULT")
    assert dates == ["2023-03-08", "2023-03-14"]


def test_denial_conditional_and_history_give_no_event(reports):
    doc = reports["sample-10"]
    [event] = doc.events  # only the drone strike on Saraqib
    assert event.sub_event_type == "Air/drone strike" and "سراقب" in " ".join(_evidence(event, "location"))
    assert event.actor1["name"].startswith("HTS")
    ruled_out = {s.rule.split("|")[1].split(":")[0] for s in doc.spans_of("TRIGGER") if "|" in s.rule
                 and not s.rule.split("|")[1].startswith("weapon")}
    assert {"negated", "historical"} <= ruled_out


def test_meeting_is_consult_and_what_was_asked_and_refused_there_too(reports):
    events = {e.plover: e for e in reports["sample-04"].events}
    assert {"CONSULT", "REQUEST", "REJECT", "AGREE"} <= set(events)
    meeting = events["CONSULT"]
    assert meeting.actor1["country"] == "Russia" and "Revolutionary Guard" in meeting.actor2["name"]
    assert meeting.location["kind"] == "airbase" and meeting.event_date == "2023-04-08"
    for plover in ("REQUEST", "REJECT", "AGREE"):
        assert events[plover].location == meeting.location and events[plover].event_date == "2023-04-08"
    assert "Revolutionary Guard" in events["REJECT"].actor1["name"]
    assert meeting.attribution == "anonymous security source"


def test_clash_between_two_groups_and_the_arrests_after_it(reports):
    doc = reports["sample-03"]
    clash = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    assert clash.actor1["name"].startswith("SDF") and clash.actor2["name"].startswith("IS")
    assert clash.event_date == "2023-04-01" and clash.attribution == "correspondent"
    arrests = next(e for e in doc.events if e.sub_event_type == "Arrests")
    assert arrests.location == clash.location  # "في البلدة": the town of the story


def test_sana_report_relays_a_military_source(reports):
    strike = next(e for e in reports["sample-02"].events if e.sub_event_type == "Air/drone strike")
    assert "SANA" in strike.cited and strike.attribution == "anonymous security source"
    assert strike.fatalities == 4
    assert any(s.label == "CITED" for s in reports["sample-02"].spans)


def test_ied_and_shelling_are_typed_by_their_weapon(reports):
    ied = reports["sample-08"].events[0]
    assert ied.sub_event_type == "Remote explosive/landmine/IED" and (ied.fatalities, ied.injuries) == (2, 4)
    shelling = [e.sub_event_type for e in reports["sample-09"].events]
    assert shelling and set(shelling) == {"Shelling/artillery/missile attack"}


def test_withdrawal_and_convoy(reports):
    [retreat] = reports["sample-07"].events
    assert retreat.plover == "RETREAT" and retreat.actor1["country"] == "Russia"
    assert retreat.attribution == "local sources"  # not the ministry that did not comment
    [convoy] = reports["sample-06"].events
    assert convoy.plover == "MOBILIZE" and "Revolutionary Guard" in convoy.actor1["name"]


def test_several_towns_struck_the_same_night_are_several_events(seeds):
    seed = seeds["004_1d4fd00c4079534f"]
    doc = extract(seed["text"], published=seed["published"], doc_id=seed["id"])
    strikes = [e for e in doc.events if e.plover == "ASSAULT" and e.event_date == "2021-01-13"]
    towns = {e.location["gazetteer_id"] for e in strikes if e.location and e.location["geo_precision"] <= 2}
    assert len(towns) >= 3
    tolls = [e.fatalities for e in strikes if e.fatalities]
    assert tolls == [38]  # the toll is told once, for one event, never copied to the others


# ------------------------------------------------------------------ context filters
# Sentences written in the style of the reports (not copied from any), run through the
# whole pipeline with a publication date.

def _types(sentence: str) -> set[str]:
    return {e.plover for e in extract(sentence, published="2023-05-20").events}


@pytest.mark.parametrize("sentence", [
    # denied
    "نفى الجيش الروسي في بيان اليوم قيام طائراته بقصف بلدة كفرنبل جنوبي إدلب.",
    # threatened, on a condition
    "وهدد قائد الفصيل بشن هجوم واسع على مواقع قوات النظام في ريف حماة في حال استمر القصف.",
    "توعدت هيئة تحرير الشام بالرد على قصف قوات النظام لمدينة سراقب.",
    # future and planned
    "ستشن القوات التركية عملية عسكرية ضد قسد في منبج الأسبوع المقبل، بحسب مصادر.",
    # possible, asked, feared
    "وقد تشن إسرائيل غارات جديدة على مطار التيفور.",
    "هل تشن تركيا هجوماً على مدينة منبج؟",
    "ويخشى السكان من تعرض مدينة الرقة لقصف جوي.",
    # generic history
    "وتشن إسرائيل منذ عام 2017 مئات الغارات على مواقع إيرانية في سوريا.",
    # foiled
    "أحبطت قوى الأمن الداخلي محاولة تفجير سيارة مفخخة في مدينة الحسكة أمس.",
    # stopping it, and words that only sound like blows
    "طالبت روسيا بوقف الغارات على مدينة إدلب.",
    "هاجم وزير الخارجية التركي الإدارة الأمريكية في مؤتمر صحفي اليوم.",
])
def test_what_did_not_happen_is_not_an_assault(sentence):
    assert "ASSAULT" not in _types(sentence)


def test_planned_checkpoints_are_not_set_up():
    assert "COERCE" not in _types("تعتزم القوات الروسية نشر حواجز جديدة في مدينة الميادين.")


def test_a_ceasefire_is_an_agreement_not_a_shooting():
    assert _types("واتفقت القوات الروسية مع هيئة تحرير الشام على وقف إطلاق النار في مدينة إدلب.") == {"AGREE"}


def test_a_past_strike_with_its_date_is_an_event():
    [event] = extract("وكانت طائرات حربية روسية قد قصفت في العاشر من الشهر الجاري بلدة في جبل الزاوية.",
                      published="2023-05-20").events
    assert (event.sub_event_type, event.event_date) == ("Air/drone strike", "2023-05-10")


def test_a_past_assassination_with_its_place_is_an_event():
    [event] = extract("وكان مسلحون مجهولون قد اغتالوا قيادياً في الفرقة الرابعة قرب مدينة الصنمين.",
                      published="2023-05-20").events
    assert event.plover == "ASSAULT" and "الصنمين" in " ".join(_evidence(event, "location"))


def test_a_negation_after_the_attack_does_not_undo_it():
    sentence = "قتل ثلاثة عناصر من قوات النظام في هجوم لم تتبنه أي جهة على حاجز قرب مدينة نوى."
    [event] = extract(sentence, published="2023-05-20").events
    assert event.plover == "ASSAULT" and event.fatalities == 3


def test_a_repelled_attack_is_still_an_attack():
    assert "ASSAULT" in _types("صدت فصائل المعارضة هجوماً لقوات النظام على محور كبانة في ريف اللاذقية فجر اليوم.")


def test_a_killing_by_gunmen_is_an_attack_a_road_death_or_a_death_sentence_is_not():
    assert "ASSAULT" in _types("قتل مسلحون مجهولون شاباً في مدينة الصنمين مساء أمس.")
    assert "ASSAULT" not in _types("قتل ثلاثة أشخاص في حادث سير على طريق حمص أمس.")
    assert "ASSAULT" not in _types("أصدرت المحكمة حكم الإعدام بحق ثلاثة متهمين في دمشق أمس.")


def test_a_claim_continued_keeps_its_source_and_background_rests_on_the_outlet():
    text = ("قال مصدر أمني إن مسلحين هاجموا حاجزاً لقوات النظام في مدينة نوى فجر اليوم. "
            "وأضاف أن الاشتباكات أسفرت عن مقتل عنصرين. "
            "وكانت طائرات مجهولة قد قصفت مدينة طفس في العاشر من الشهر الجاري.")
    clash, strike = extract(text, published="2023-05-20", outlet="Daraa Now").events
    assert (clash.fatalities, clash.attribution) == (2, "anonymous security source")
    assert (strike.event_date, strike.cited, strike.attribution) == ("2023-05-10", [], "named outlet")


def test_going_out_is_a_protest_only_into_the_streets_or_a_demonstration():
    assert "PROTEST" in _types("خرج المئات إلى الشوارع في مدينة السويداء اليوم احتجاجاً على الغلاء.")
    assert "PROTEST" not in _types("خرج الوزير بتعليقات ساخرة على مواقع التواصل اليوم.")


def test_a_withdrawal_is_of_forces_not_from_an_election():
    assert _types("انسحبت القوات الروسية من نقطة عسكرية في الميادين أمس.") == {"RETREAT"}
    assert "RETREAT" not in _types("أعلن المرشح انسحابه من السباق النيابي في بيروت اليوم.")


def test_a_bare_year_is_history_a_day_is_an_event():
    assert "ASSAULT" not in _types("وشهدت مدينة حمص معارك عنيفة بين الجيش الحر وقوات النظام عام 2012.")
    assert "ASSAULT" in _types("وشهدت مدينة حمص معارك عنيفة بين الجيش الحر وقوات النظام في 3 آذار 2012.")


def test_clashes_that_stopped_are_not_told_as_happening():
    assert "ASSAULT" not in _types("وتوقفت الاشتباكات في مدينة الرقة منذ مساء الإثنين الماضي.")


@pytest.mark.parametrize(("sentence", "plover"), [
    ("أطلقت قوات الاحتلال الإسرائيلي النار على شاب فلسطيني قرب نابلس فأصابته بجروح.", "ASSAULT"),
    ("اختطف مسلحون مجهولون صحفيا في مدينة بنغازي أمس.", "ASSAULT"),
    ("أعلنت وزارة الداخلية العراقية مقتل ثلاثة عناصر من الشرطة بانفجار عبوة ناسفة استهدفت دوريتهم في كركوك.",
     "ASSAULT"),
    ("اعتصم العشرات من العمال أمام مقر الشركة احتجاجا على تأخر الرواتب.", "PROTEST"),
])
def test_reports_from_other_countries_are_read_too(sentence, plover):
    assert plover in _types(sentence)
