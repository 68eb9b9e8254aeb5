"""The command line: help everywhere, version, show, export and extract round trips."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from rasd import __version__
from rasd.cli import cli
from rasd.records import validate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("path", _commands(cli), ids=lambda p: " ".join(p) or "rasd")
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "sample.db"
    result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_sample_corpus_is_stored_whole(sample_db: Path) -> None:
    from rasd.store.sqlite import Store

    with Store(sample_db) as store:
        ids = store.document_ids()
    lines = [json.loads(line) for name in ("reports.jsonl", "metadata.jsonl")
             for line in (EXAMPLES / name).read_text("utf-8").splitlines() if line.strip()]
    described = {row["file"] for row in lines if "file" in row}
    pages = [p for p in EXAMPLES.iterdir() if p.suffix != ".jsonl" and p.name not in described]
    assert len(ids) == len(set(ids)) == len(lines) + len(pages)  # every report once
    assert {"sample-01", "sample-11", "sample-12"} <= set(ids)


def test_html_page_keeps_its_metadata(sample_db: Path) -> None:
    from rasd.store.sqlite import Store

    with Store(sample_db) as store:
        doc = store.document("sample-11")
    assert doc is not None
    assert doc.meta.published == "2023-11-02"
    assert "حراس الدين" in doc.text
    assert "جميع الحقوق محفوظة" not in doc.text


def test_show_prints_the_cleaned_text_and_annotations(sample_db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "sample-03", "--db", str(sample_db)])
    assert result.exit_code == 0, result.output
    assert "ذيبان" in result.output
    assert "annotations" in result.output


def test_show_names_an_unknown_document(sample_db: Path) -> None:
    result = CliRunner().invoke(cli, ["show", "nope", "--db", str(sample_db)])
    assert result.exit_code != 0 and "no document 'nope'" in result.output


def test_export_without_a_database_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "rasd ingest" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "acled-csv", "geojson"])
def test_export_writes_each_format(sample_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", str(sample_db), "--format", fmt, "--output", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) >= 5, "the sample corpus reports more than five happenings"
        for line in lines:
            validate(json.loads(line))
    elif fmt == "geojson":
        collection = json.loads(out.read_text(encoding="utf-8"))
        assert collection["type"] == "FeatureCollection"
        assert collection["features"], "located events become points"
        for feature in collection["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert 35 < lon < 43 and 32 < lat < 38, "the sample's events are in Syria"
    else:
        assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")


def test_extract_reports_bad_lines_and_exits_nonzero(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text('{"id": "x", "text": "انسحبت القوات الروسية من الميادين."}\n{broken\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--input", str(source), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "docs.jsonl:2" in result.output


def test_extract_writes_schema_valid_events_for_the_sample(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--input", str(EXAMPLES / "reports.jsonl"), "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 5
    for record in records:
        validate(record)
        assert record["sources"][0]["evidence"], "every event keeps the words that report it"
    kinds = {r["plover"] for r in records}
    assert "ASSAULT" in kinds and "CONSULT" in kinds


@pytest.mark.parametrize("query", ["البوكمال", "Albu Kamal"])
def test_events_filter_by_place_in_either_language(sample_db: Path, query: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(sample_db), "--place", query, "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records and all("البوكمال" in (r["location"] or {}).get("name_ar", "") for r in records)


def test_events_filter_by_province_names_its_towns(sample_db: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(sample_db), "--place", "ريف دير الزور", "--json"])
    places = {json.loads(line)["location"]["admin1"] for line in result.output.splitlines()}
    assert places == {"Deir-ez-Zor"}
