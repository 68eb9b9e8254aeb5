"""Merging on multi-outlet coverage (session 6): wire texts printed by several outlets,
mentions of one document sorted by the text they share, perpetrators that differ across
stories, and country-wide places. Every report below was written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasd.corpus import update
from rasd.document import Document, EventMention, Evidence, Meta
from rasd.store.sqlite import Store
from tests.corpus_helpers import (
    ALBUKAMAL,
    COALITION,
    DEIR_EZ_ZOR_GOV,
    IRGC,
    ISRAEL_AF,
    SYRIAN_ARMY,
    add,
)

WIRE = ("قال قائد الشرطة في المدينة إن سبعة أشخاص قتلوا وأصيب ثمانية آخرون إثر انفجار عبوة "
        "ناسفة في حافلة ركاب صباح الثلاثاء.")
OWN_WORDS = ("أفاد ناشطون محليون بأن عبوة انفجرت داخل حافلة نقل عام في المدينة صباح الثلاثاء "
             "وأوقعت قتلى بين الركاب.")
LEAD_A = ("نشرة الظهيرة: تتابع النشرة اليوم أخبار الطقس البارد في المنطقة وأسعار الخضار في الأسواق "
          "الشعبية ونتائج مباريات الدوري المحلي لكرة القدم التي جرت مساء أمس أمام جمهور كبير. ")
LEAD_B = ("ملف خاص: يستعرض الموقع في هذا الملف تاريخ خطوط النقل العام بين الأحياء القديمة والجديدة "
          "ومشاريع الطرق المتأخرة منذ سنوات وشكاوى السكان من الازدحام الخانق عند المداخل. ")


def report(doc_id: str, outlet: str, *pieces: tuple[str, dict[str, Any]], lead: str = "",
           published: str = "2021-03-09") -> Document:
    """A document: an unrelated ``lead``, then one sentence per event mention; each piece is
    (sentence, fields of the mention); its evidence is that sentence only."""
    raw, mentions = lead, []
    for sentence, fields in pieces:
        start = len(raw)
        raw += sentence + " "
        base = {"plover": "ASSAULT", "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED", "event_date": "2021-03-09",
                "time_precision": 1, "location": ALBUKAMAL, "attribution": "named outlet"}
        base.update(fields)
        mentions.append(EventMention(sentence_start=start, sentence_end=start + len(sentence),
                                     evidence=[Evidence(start, start + len(sentence), sentence, "event", "test")],
                                     **base))
    doc = Document(Meta(id=doc_id, outlet=outlet, published=published, published_precision="day"), raw=raw)
    doc.events.extend(mentions)
    return doc


def events(tmp_path: Path, *docs: Document) -> list[dict[str, Any]]:
    with Store(tmp_path / "m.db") as store:
        add(store, *docs)
        update(store)
        return store.event_records()


def test_one_wire_text_printed_by_two_outlets_counts_once(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (WIRE, {"fatalities": 7}), lead=LEAD_A),
                      report("b", "Daily Two", (WIRE, {"fatalities": 7}), lead=LEAD_B))
    assert (event["source_count"], event["independent_source_count"], event["grade"]) == (2, 1, "single-source")


def test_the_same_happening_in_each_outlets_own_words_counts_twice(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (WIRE, {"fatalities": 7}), lead=LEAD_A),
                      report("b", "Daily Two", (OWN_WORDS, {}), lead=LEAD_B))
    assert (event["source_count"], event["independent_source_count"], event["grade"]) == (2, 2, "corroborated")


MARKET = ("وانفجرت سيارة مفخخة قرب سوق الخضار في المدينة ظهر اليوم نفسه ما أدى إلى احتراق عدد "
          "من المحال التجارية وسط حالة من الذعر بين المتسوقين.")
MARKET_OWN = "وفي وقت لاحق دوى انفجار آخر في منطقة السوق، بحسب ما نقل شهود عيان."


def test_a_documents_two_happenings_each_join_the_event_whose_words_they_share(tmp_path: Path) -> None:
    found = events(tmp_path,
                   report("b", "Daily Two", (WIRE, {"fatalities": 7}), (MARKET, {"location": DEIR_EZ_ZOR_GOV}),
                          lead=LEAD_B),
                   # the market blast first: its place is exactly the bus bomb's, which would win
                   report("d", "Daily Four", (MARKET, {}), (WIRE, {"fatalities": 7}), lead=LEAD_A))
    assert sorted(event["doc_ids"] for event in found) == [["b", "d"], ["b", "d"]]
    for event in found:
        assert len({s["evidence"][0]["text"] for s in event["sources"]}) == 1


def test_a_later_mention_sharing_words_keeps_its_event_from_an_earlier_one(tmp_path: Path) -> None:
    found = events(tmp_path,
                   report("b", "Daily Two", (WIRE, {"fatalities": 7}), (MARKET, {"location": DEIR_EZ_ZOR_GOV}),
                          lead=LEAD_B),
                   # the first mention shares no words and fits the bus bomb best by place; the
                   # second prints the bus bomb's wire text: the pair is settled first
                   report("d", "Daily Four", (MARKET_OWN, {}), (WIRE, {"fatalities": 7}), lead=LEAD_A))
    bus = next(e for e in found if e["sources"][0]["evidence"][0]["text"] == WIRE)
    assert [s["evidence"][0]["text"] for s in bus["sources"]] == [WIRE, WIRE]


def test_without_shared_words_the_closest_place_still_decides(tmp_path: Path) -> None:
    found = events(tmp_path,
                   report("b", "Daily Two", (WIRE, {"fatalities": 7}), (MARKET, {"location": DEIR_EZ_ZOR_GOV}),
                          lead=LEAD_B),
                   report("d", "Daily Four", (MARKET_OWN, {}), lead=LEAD_A))
    bus = next(e for e in found if e["sources"][0]["evidence"][0]["text"] == WIRE)
    assert bus["doc_ids"] == ["b", "d"]


STRIKE_A = "شنت طائرات حربية غارات على مواقع في أطراف مدينة البوكمال فجر الثلاثاء."
STRIKE_B = "قصفت مقاتلات مجهولة مستودعا للذخيرة هناك قبيل بزوغ الشمس."  # shares no word with STRIKE_A
STRIKE_FIELDS = {"sub_event_type": "Air/drone strike", "actor1": ISRAEL_AF, "actor2": IRGC}


def test_another_attacker_in_another_story_with_no_common_target_is_another_happening(tmp_path: Path) -> None:
    found = events(tmp_path,
                   report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                   report("b", "Monthly Review", (STRIKE_B, {**STRIKE_FIELDS, "actor1": COALITION, "actor2": None}),
                          lead=LEAD_B, published="2021-04-20"))
    assert len(found) == 2


def test_another_attacker_of_the_same_target_is_one_contested_happening(tmp_path: Path) -> None:
    (event,) = events(tmp_path,
                      report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                      report("b", "Monthly Review", (STRIKE_B, {**STRIKE_FIELDS, "actor1": COALITION}),
                             lead=LEAD_B, published="2021-04-20"))
    assert event["grade"] == "contested"


SYRIA = {"name": "Syria", "name_ar": "سوريا", "country": "Syria", "admin1": None, "admin2": None,
         "latitude": 33.5102, "longitude": 36.29128, "geo_precision": 3, "gazetteer_id": "country:SY",
         "kind": "country"}
IN_SYRIA = "وقالت مصادر إن غارات جوية استهدفت مواقع عسكرية في سوريا فجر الثلاثاء."
ELSEWHERE = "ودمر قصف مجهول مخزنا كبيرا للحبوب قبيل بزوغ الشمس."  # shares no word with IN_SYRIA
SYRIA_WIDE = {"sub_event_type": "Air/drone strike", "location": SYRIA}


def test_a_country_wide_place_with_no_actor_in_common_anchors_nothing_across_stories(tmp_path: Path) -> None:
    found = events(tmp_path, report("a", "Daily One", (IN_SYRIA, SYRIA_WIDE), lead=LEAD_A),
                   report("b", "Monthly Review", (ELSEWHERE, SYRIA_WIDE), lead=LEAD_B, published="2021-04-20"))
    assert len(found) == 2


def test_a_country_wide_place_with_the_same_attacker_merges(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (IN_SYRIA, {**SYRIA_WIDE, "actor1": ISRAEL_AF}), lead=LEAD_A),
                      report("b", "Monthly Review", (ELSEWHERE, {**SYRIA_WIDE, "actor1": ISRAEL_AF}),
                             lead=LEAD_B, published="2021-04-20"))
    assert event["source_count"] == 2


HEAD_A = ("مقتل قيادي بارز في تنظيم الدولة بغارة جوية على معقل التنظيم في مدينة الرقة السورية وسط "
          "تضارب الأنباء. ")
HEAD_B = "تضارب الأنباء حول مقتل قيادي بارز في التنظيم بالرقة واستمرار المعارك على أطراف المدينة الشمالية. "
BLASTS = "ونشرت وسائل إعلام تابعة للتنظيم صورا لدمار واسع خلفته انفجارات ضخمة في المدينة."
CAR_BOMB = "كما قتل قائد ميداني في وحدات حماية الشعب بتفجير سيارة مفخخة عند أحد الحواجز."
UNDATED = {"event_date": None, "time_precision": None}


def test_undated_reports_of_one_story_sharing_only_the_town_stay_apart(tmp_path: Path) -> None:
    found = events(tmp_path, report("a", "Daily One", (BLASTS, UNDATED), lead=HEAD_A, published=None),
                   report("b", "Daily Two", (CAR_BOMB, {**UNDATED, "actor2": IRGC}), lead=HEAD_B, published=None))
    assert len(found) == 2


def test_undated_reports_of_one_story_naming_the_same_target_merge(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (BLASTS, {**UNDATED, "actor2": IRGC}), lead=HEAD_A,
                                       published=None),
                      report("b", "Daily Two", (CAR_BOMB, {**UNDATED, "actor2": IRGC}), lead=HEAD_B, published=None))
    assert event["source_count"] == 2


TALKS_A = "وعقدت الوفود جولة محادثات جديدة في العاصمة الكازاخية انتهت ببيان ختامي."
TALKS_B = "واتفق المشاركون على تشكيل مجموعة عمل لتبادل المحتجزين."
ASTANA = {"name": "Astana", "name_ar": "أستانا", "country": "Kazakhstan", "admin1": None, "admin2": None,
          "latitude": 51.1801, "longitude": 71.446, "geo_precision": 1, "gazetteer_id": "geonames:1526273"}


def test_undated_talks_of_one_story_in_one_city_are_one_meeting(tmp_path: Path) -> None:
    talks = {**UNDATED, "plover": "CONSULT", "event_type": None, "sub_event_type": None, "location": ASTANA}
    (event,) = events(tmp_path, report("a", "Daily One", (TALKS_A, talks), lead=HEAD_A, published=None),
                      report("b", "Daily Two", (TALKS_B, talks), lead=HEAD_B, published=None))
    assert event["source_count"] == 2


def test_another_target_in_another_story_with_no_common_attacker_is_another_happening(tmp_path: Path) -> None:
    found = events(tmp_path,
                   report("a", "Daily One", (STRIKE_A, {**STRIKE_FIELDS, "actor1": None}), lead=LEAD_A),
                   report("b", "Monthly Review", (STRIKE_B, {**STRIKE_FIELDS, "actor1": COALITION, "actor2": SYRIAN_ARMY}),
                          lead=LEAD_B, published="2021-04-20"))
    assert len(found) == 2


def test_another_target_of_the_same_attacker_in_another_story_merges(tmp_path: Path) -> None:
    (event,) = events(tmp_path,
                      report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                      report("b", "Monthly Review", (STRIKE_B, {**STRIKE_FIELDS, "actor2": SYRIAN_ARMY}),
                             lead=LEAD_B, published="2021-04-20"))
    assert event["source_count"] == 2


def test_two_day_precise_dates_two_days_apart_are_two_happenings(tmp_path: Path) -> None:
    found = events(tmp_path, report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                   report("b", "Daily Two", (STRIKE_B, {**STRIKE_FIELDS, "event_date": "2021-03-11"}), lead=LEAD_B))
    assert len(found) == 2


def test_two_day_precise_dates_one_day_apart_are_one_happening(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                      report("b", "Daily Two", (STRIKE_B, {**STRIKE_FIELDS, "event_date": "2021-03-10"}), lead=LEAD_B))
    assert event["contradictions"] == ["date: 2021-03-09 (Daily One) vs 2021-03-10 (Daily Two)"]


MONTH_TALLY = "وبلغ عدد القتلى المدنيين جراء القصف على المدينة منذ مطلع الشهر 191 شخصا."


def test_a_months_tally_in_another_story_is_no_days_strike(tmp_path: Path) -> None:
    found = events(tmp_path, report("a", "Daily One", (STRIKE_A, {**STRIKE_FIELDS, "fatalities": 25}), lead=LEAD_A),
                   report("b", "Monthly Review", (MONTH_TALLY, {**STRIKE_FIELDS, "actor2": None, "fatalities": 191,
                                                                "event_date": "2021-03-15", "time_precision": 3}),
                          lead=LEAD_B, published="2021-04-20"))
    assert len(found) == 2


def test_a_month_precise_report_naming_both_sides_still_joins_the_days_strike(tmp_path: Path) -> None:
    (event,) = events(tmp_path, report("a", "Daily One", (STRIKE_A, STRIKE_FIELDS), lead=LEAD_A),
                      report("b", "Monthly Review", (STRIKE_B, {**STRIKE_FIELDS, "event_date": "2021-03-15",
                                                                "time_precision": 3}),
                             lead=LEAD_B, published="2021-04-20"))
    assert event["source_count"] == 2
