"""rasd stories, rasd dyads and rasd events on merged events."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import cli
from rasd.corpus import update
from rasd.corpus.dyads import dyads, plover_scores
from rasd.store.sqlite import Store
from tests.corpus_helpers import COALITION, MAYADIN, add, strike

SOHR_REPORT = ("أفاد المرصد السوري لحقوق الإنسان بأن الغارات الإسرائيلية على البوكمال طالت مقرات "
               "ومستودعات للحرس الثوري الإيراني.")


def _db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store(path) as store:
        add(store, strike("a", "kitabat", killed=16), strike("b", "tamuz-net", killed=40),
            strike("c", "Enab Baladi", place=MAYADIN, actor1=COALITION, text=SOHR_REPORT, day="2021-02-03",
                   published="2021-02-03"))
        update(store)
    return str(path)


def test_stories_lists_each_story_with_its_outlets(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stories", "--db", _db(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.output.splitlines()]
    biggest = stories[0]
    assert (biggest["size"], biggest["outlets"]) == (2, ["kitabat", "tamuz-net"])
    assert biggest["documents"][1]["relation"]["relation"] == "copy"


def test_events_filters_by_admin_area_and_outlet_on_merged_events(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner = CliRunner()
    by_area = runner.invoke(cli, ["events", "--db", db, "--place", "Deir ez-Zor", "--json"])
    by_outlet = runner.invoke(cli, ["events", "--db", db, "--outlet", "tamuz", "--json"])
    assert len(by_area.output.splitlines()) == 2
    (merged,) = [json.loads(line) for line in by_outlet.output.splitlines()]
    assert (merged["fatalities"], merged["fatalities_max"]) == (16, 40)


def test_dyads_give_a_month_by_month_score_per_actor_pair(tmp_path: Path) -> None:
    with Store(_db(tmp_path)) as store:
        rows = dyads(store.event_records(), actor="Iran")
    assert [(r.actors[0], r.month, r.counts) for r in rows] == [
        ("Global Coalition Against Daesh", "2021-02", {"ASSAULT": 1}),
        ("Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps", "2021-01", {"ASSAULT": 1}),
    ]
    assert all(r.score == plover_scores()["ASSAULT"] for r in rows)


def test_dyads_command_prints_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["dyads", "--db", _db(tmp_path), "--actor", "Coalition", "--json"])
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert (row["month"], row["by_type"], row["score"]) == ("2021-02", {"ASSAULT": 1}, -10.0)
