"""Exports: JSONL validates, ACLED CSV has ACLED's columns, GeoJSON has lon/lat points."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.corpus import merge_pending
from rasd.export import ACLED_COLUMNS, to_string
from rasd.records import validate
from rasd.store.sqlite import Store
from tests.helpers import strike_document


@pytest.fixture
def records(tmp_path: Path) -> list[dict]:
    with Store(tmp_path / "r.db") as store:
        store.add_document(strike_document("a", "Sharq Network", 12))
        store.add_document(strike_document("b", "Badia 24", 4, cited=["SANA"]))
        merge_pending(store)
        return store.event_records()


def test_jsonl_export_validates_against_the_schema(records: list[dict]) -> None:
    lines = to_string(records, "jsonl").splitlines()
    assert lines
    for line in lines:
        validate(json.loads(line))


def test_acled_csv_has_acled_columns_and_four_decimal_coordinates(records: list[dict]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_string(records, "acled-csv"))))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert rows[0]["latitude"] == "34.4536"
    assert rows[0]["sub_event_type"] == "Air/drone strike"
    assert rows[0]["disorder_type"] == "Political violence"
    assert rows[0]["iso"] == "760"


def test_acled_csv_leaves_out_events_outside_acled_scope(records: list[dict]) -> None:
    meeting = dict(records[0], event_id="ev-meeting", plover="CONSULT", event_type=None, sub_event_type=None)
    rows = list(csv.DictReader(io.StringIO(to_string([meeting], "acled-csv"))))
    assert rows == []


def test_geojson_points_are_longitude_first(records: list[dict]) -> None:
    collection = json.loads(to_string(records, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert collection["features"][0]["geometry"]["coordinates"] == [40.9367, 34.4536]


def test_acled_source_names_what_the_reports_relay_before_their_outlets(records: list[dict]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_string(records, "acled-csv"))))
    assert rows[0]["source"] == "SANA; Sharq Network; Badia 24"


def test_acled_source_falls_back_to_the_document_when_nothing_names_it(records: list[dict]) -> None:
    anonymous = dict(records[0], sources=[dict(records[0]["sources"][0], outlet=None, cited=[])])
    rows = list(csv.DictReader(io.StringIO(to_string([anonymous], "acled-csv"))))
    assert rows[0]["source"] == records[0]["sources"][0]["doc_id"]


def test_acled_interaction_is_two_digits_lower_type_first(records: list[dict]) -> None:
    state = {"name": "Military Forces of Syria (2000-2024)", "type": "State forces"}
    civilians = {"name": "Civilians (Syria)", "type": "Civilians"}
    rebels = {"name": "Hayat Tahrir al-Sham", "type": "Rebel group"}
    cases = [((rebels, state), "12"), ((state, civilians), "17"), ((state, None), "10"),
             ((None, civilians), "70"), ((None, None), "")]
    for (a1, a2), code in cases:
        record = dict(records[0], actor1=a1, actor2=a2)
        row = next(csv.DictReader(io.StringIO(to_string([record], "acled-csv"))))
        assert row["interaction"] == code, (a1, a2)
