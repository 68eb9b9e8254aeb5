"""`rasd eval agreement`: a second coder's gold scored against the first as rasd is scored."""

from __future__ import annotations

import copy
import json

from click.testing import CliRunner

from rasd.cli import cli
from rasd.events.agreement import agreement, coder_mentions
from rasd.events.evaluate import SECOND_CODER, UNSEEN_GOLD, gold_events


def _draw(name: str = "B") -> list[dict]:
    return [g for g in gold_events(name=UNSEEN_GOLD) if g.get("set") == name]


def test_a_coder_agrees_with_itself():
    gold = _draw()
    one, other, shared = agreement(gold, gold)
    required = sum(1 for g in gold if not g.get("document") and not g.get("optional"))
    assert len(shared) == 10 and one.matched == other.matched == required
    assert one.f1 == other.f1 == 1.0


def test_a_dropped_event_is_a_miss_one_way_and_an_extra_the_other():
    first = _draw()
    second = copy.deepcopy(first)
    dropped = next(i for i, g in enumerate(second) if not g.get("document") and not g.get("optional"))
    del second[dropped]
    one, other, _ = agreement(first, second)
    assert one.gold - one.matched == 1 and not one.extras
    assert other.system - other.matched == 1 and not other.misses


def test_an_event_the_second_coder_made_optional_counts_neither_way():
    first = _draw()
    second = copy.deepcopy(first)
    event = next(g for g in second if not g.get("document") and not g.get("optional"))
    event["optional"] = True
    one, other, _ = agreement(first, second)
    assert one.gold - one.matched == 1  # scored against the first coder, it is missed
    assert other.optional == 1 and not other.extras  # against the second, it is neither


def test_places_match_through_any_listed_spelling():
    event = {"set": "X", "doc_id": "d", "plover": "ASSAULT", "note": "",
             "location": ["Jabal al-Zawiya", "جبل الزاوية"]}
    coder = {**event, "location": ["Serjeh", "سرجة", "جبل الزاوية"]}
    doc = {"set": "X", "doc_id": "d", "document": True}
    one, _, _ = agreement([doc, event], [doc, coder])
    assert one.matched == 1
    assert coder_mentions([doc, coder])["d"][0].location["names"][-1] == "جبل الزاوية"


def test_cli_prints_both_directions(tmp_path):
    first = tmp_path / "a.jsonl"
    first.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in _draw()), "utf-8")
    result = CliRunner().invoke(cli, ["eval", "agreement", str(first), str(first)])
    assert result.exit_code == 0, result.output
    assert "documents coded by both: 10" in result.output and "mean F1 of the two directions: 100.0" in result.output


def test_the_bundled_second_coding_covers_whole_draws_of_the_unseen_gold():
    first = gold_events(name=UNSEEN_GOLD)
    second = gold_events(name=SECOND_CODER)
    documents = {g["doc_id"] for g in second if g.get("document")}
    assert {g["doc_id"] for g in second} == documents  # every event's document is listed
    draws = {g["set"] for g in second}
    assert documents == {g["doc_id"] for g in first if g.get("set") in draws}  # whole draws
    names = [s for g in second for key in ("actor1", "actor2", "location") for s in g.get(key) or []]
    # names, not passages of the articles; ACLED names run to nine words
    # ("Military Forces of Iran (1979-) Islamic Revolutionary Guard Corps")
    assert all(len(s.split()) <= 9 for s in names)


def test_cli_set_keeps_one_draw_of_the_bundled_second_coding():
    from importlib import resources

    gold = resources.files("rasd.data.gold")
    result = CliRunner().invoke(cli, ["eval", "agreement", str(gold.joinpath(UNSEEN_GOLD)),
                                      str(gold.joinpath(SECOND_CODER)), "--set", "W"])
    assert result.exit_code == 0, result.output
    assert "documents coded by both: 10" in result.output
