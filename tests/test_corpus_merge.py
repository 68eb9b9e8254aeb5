"""Merged events: one happening reported by several documents becomes one event."""

from __future__ import annotations

from pathlib import Path

from rasd.corpus import update
from rasd.records import validate
from rasd.store.sqlite import Store
from tests.corpus_helpers import ALBUKAMAL, COALITION, DEIR_EZ_ZOR_GOV, ISRAEL, MAYADIN, add, strike

OTHER_REPORT = ("قال المرصد السوري لحقوق الإنسان إن طائرات حربية يرجح أنها إسرائيلية قصفت مستودعات "
                "أسلحة في البوكمال قرب الحدود العراقية.")


def test_a_second_report_joins_the_event_and_keeps_its_id(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("kitabat-1", "kitabat", killed=16))
        update(store)
        (first,) = store.event_records()
        add(store, strike("tamuz-1", "tamuz-net", killed=40, text=OTHER_REPORT))
        update(store)
        (merged,) = store.event_records()
    assert merged["event_id"] == first["event_id"]
    assert merged["doc_ids"] == ["kitabat-1", "tamuz-1"]
    assert [s["outlet"] for s in merged["sources"]] == ["kitabat", "tamuz-net"]
    validate(merged)


def test_first_mention_that_made_an_event_is_recorded(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("kitabat-1", "kitabat"))
        update(store)
        (event_id, mention_id), = store.db.execute("SELECT event_id, mention_id FROM event_first_mention")
        assert store.event_mention_ids(event_id) == [mention_id]


def test_month_precise_date_merges_with_a_day_inside_that_month(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"),
            strike("b", "tamuz-net", day="2021-01-15", precision=3, text=OTHER_REPORT))
        update(store)
        assert len(store.event_records()) == 1


def test_dates_further_apart_than_their_precision_stay_apart(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", day="2021-01-20", text=OTHER_REPORT))
        update(store)
        assert len(store.event_records()) == 2


def test_a_governorate_level_place_merges_with_a_town_inside_it(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", place=DEIR_EZ_ZOR_GOV, text=OTHER_REPORT))
        update(store)
        (event,) = store.event_records()
    assert event["location"]["name"] == "Albukamal"  # the more precise report stands


def test_strikes_on_two_towns_the_same_night_are_two_events(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", place=MAYADIN, text=OTHER_REPORT))
        update(store)
        names = sorted(e["location"]["name"] for e in store.event_records())
    assert names == ["Al Mayadin", ALBUKAMAL["name"]]


def test_the_air_force_and_its_military_are_one_perpetrator(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", actor1=ISRAEL, text=OTHER_REPORT))
        update(store)
        (event,) = store.event_records()
    assert event["grade"] == "corroborated"


def test_different_perpetrators_for_one_strike_make_it_contested(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", actor1=COALITION, text=OTHER_REPORT))
        update(store)
        (event,) = store.event_records()
    assert event["grade"] == "contested"
    assert any(c.startswith("perpetrator: ") and "(tamuz-net)" in c and "(kitabat)" in c
               for c in event["contradictions"])
    validate(event)


def test_ingesting_nothing_new_changes_no_event(tmp_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"))
        assert update(store) == 1
        assert update(store) == 0


def test_outlets_naming_different_targets_of_one_strike_still_merge(tmp_path: Path) -> None:
    from tests.corpus_helpers import SYRIAN_ARMY

    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "SOHR relay"), strike("b", "SANA relay", target=SYRIAN_ARMY, text=OTHER_REPORT))
        update(store)
        (event,) = store.event_records()
    assert event["source_count"] == 2


def test_a_different_target_without_an_agreeing_place_is_another_event(tmp_path: Path) -> None:
    from tests.corpus_helpers import SYRIAN_ARMY

    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "SOHR relay"), strike("b", "SANA relay", target=SYRIAN_ARMY, place=None,
                                                     text=OTHER_REPORT))
        update(store)
        assert len(store.event_records()) == 2


def test_a_country_level_place_merges_with_a_town_in_that_country(tmp_path: Path) -> None:
    syria = {"name": "Syria", "name_ar": "سوريا", "country": "Syria", "admin1": None, "admin2": None,
             "latitude": 35.0, "longitude": 38.0, "geo_precision": 3, "gazetteer_id": "country:SY",
             "kind": "country"}
    with Store(tmp_path / "r.db") as store:
        add(store, strike("a", "kitabat"), strike("b", "tamuz-net", place=syria, text=OTHER_REPORT))
        update(store)
        assert len(store.event_records()) == 1
