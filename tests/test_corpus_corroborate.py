"""Corroboration: independent sources, grade, conservative toll, contradictions."""

from __future__ import annotations

from pathlib import Path

from rasd.corpus import update
from rasd.store.sqlite import Store
from tests.corpus_helpers import add, strike

SANA_RELAY = ("نقلت وكالة سانا عن مصدر عسكري قوله إن العدو الإسرائيلي شن عدواناً جوياً على مدينة "
              "البوكمال وأن وسائط الدفاع الجوي تصدت للصواريخ.")
SOHR_REPORT = ("أفاد المرصد السوري لحقوق الإنسان بأن الغارات الإسرائيلية على البوكمال طالت مقرات "
               "ومستودعات للحرس الثوري الإيراني.")


def _event(tmp_path: Path, *docs) -> dict:
    with Store(tmp_path / "c.db") as store:
        add(store, *docs)
        update(store)
        (event,) = store.event_records()
    return event


def test_outlets_relaying_one_sana_statement_count_once(tmp_path: Path) -> None:
    event = _event(tmp_path,
                   strike("a", "Al-Watan", cited=["SANA"], text=SANA_RELAY),
                   strike("b", "Al-Mayadeen", cited=["SANA"], text=SANA_RELAY.replace("قوله", "")),
                   strike("c", "Enab Baladi", cited=["SOHR"], text=SOHR_REPORT))
    assert event["source_count"] == 3
    assert event["independent_source_count"] == 2
    assert event["grade"] == "corroborated"


def test_the_relayed_original_itself_is_not_a_second_source(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "SANA", text=SANA_RELAY),
                   strike("b", "Al-Watan", cited=["SANA"], text=SOHR_REPORT))
    assert event["independent_source_count"] == 1
    assert event["grade"] == "single-source"


def test_a_near_copy_of_another_outlet_is_not_independent(tmp_path: Path) -> None:
    copied = SOHR_REPORT + " " + SANA_RELAY
    event = _event(tmp_path, strike("a", "Sham Monitor", text=copied),
                   strike("b", "Copy Site", text=copied + " تابعونا على تلغرام"))
    assert event["source_count"] == 2
    assert event["independent_source_count"] == 1


def test_toll_is_the_lowest_credible_with_the_highest_kept(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "kitabat", killed=16),
                   strike("b", "tamuz-net", killed=40, text=SOHR_REPORT),
                   strike("c", "Enab Baladi", killed=23, text=SANA_RELAY))
    assert (event["fatalities"], event["fatalities_max"]) == (16, 40)
    assert "fatalities: 16 (kitabat) vs 23 (Enab Baladi) vs 40 (tamuz-net)" in event["contradictions"]


def test_a_zero_toll_against_reported_deaths_is_not_the_conservative_figure(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "kitabat", killed=0), strike("b", "tamuz-net", killed=16, text=SOHR_REPORT))
    assert event["fatalities"] == 16


def test_a_single_report_is_single_source_without_contradictions(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "kitabat", killed=16))
    assert (event["grade"], event["contradictions"], event["fatalities_max"]) == ("single-source", [], 16)


def test_different_day_precise_dates_are_named_as_a_contradiction(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "kitabat"), strike("b", "tamuz-net", day="2021-01-14", text=SOHR_REPORT))
    assert "date: 2021-01-13 (kitabat) vs 2021-01-14 (tamuz-net)" in event["contradictions"]


def test_two_outlets_citing_anonymous_security_sources_stay_independent(tmp_path: Path) -> None:
    event = _event(tmp_path, strike("a", "Halab Today TV", cited=["Security source"], text=SANA_RELAY),
                   strike("b", "Levant News", cited=["Security source"], text=SOHR_REPORT))
    assert event["independent_source_count"] == 2


def test_two_copies_of_one_original_count_once_without_the_original(tmp_path: Path) -> None:
    from rasd.corpus.corroborate import text_families

    families = text_families([("copy-1", "original"), ("copy-2", "original"), ("other", "elsewhere")])
    assert families["copy-1"] == families["copy-2"] != families["other"]
