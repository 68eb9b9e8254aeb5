"""The event-confidence model reads the roles it is trained on (CONF13's fix, landed by CONF14):
a meeting's one named party, moved from actor2 to actor1 (ROLES12), is moved before the model
scores, so the traits the events stage scores equal those training reads on the finished
document. A fit may leave out the report's size counts (CONF13) and weigh the project gold's
mentions more than once (CONF14). Reports written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import traits_scored_and_finished

LONE_PARTY = (
    "ورأى الرئيس الروسي صباح الأربعاء لدى افتتاح أعمال قمة مع نظيره التركي في مدينة سوتشي أن الحل السياسي ممكن. "
    "وقصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي ما أدى إلى مقتل ثلاثة مدنيين. "
    "وأفاد ناشطون بأن عشرات العائلات نزحت نحو الحدود. "
    "ويشهد الريف الجنوبي تصعيداً منذ أسابيع."
)
# the close negative: the meeting names both parties, so no role moves
TWO_PARTIES = LONE_PARTY.replace("لدى افتتاح أعمال قمة مع", "لدى اجتماعه مع")


@pytest.fixture(autouse=True)
def _keep_everything(monkeypatch):
    monkeypatch.setenv("RASD_MIN_CONFIDENCE", "0")


def _scored_and_finished(report: str) -> list[tuple[dict[str, float], dict[str, float], object]]:
    """Each mention's traits as the events stage scored it and as training reads them after."""
    return traits_scored_and_finished(report, "2024-03-14")


def _meeting(report: str) -> tuple[dict[str, float], dict[str, float], object]:
    return next(t for t in _scored_and_finished(report) if t[2].plover == "CONSULT")


def test_a_lone_party_is_moved_to_actor1_before_the_model_scores():
    at_stage, finished, meeting = _meeting(LONE_PARTY)
    assert any("lone-party" in ev.rule for ev in meeting.evidence)  # the role was moved
    assert at_stage["actor1"] == finished["actor1"] == 1.0
    assert at_stage["actor2"] == finished["actor2"] == 0.0
    assert all(seen == after for seen, after, _ in _scored_and_finished(LONE_PARTY))


def test_a_meeting_of_two_named_parties_keeps_both_roles():
    at_stage, finished, meeting = _meeting(TWO_PARTIES)
    assert not any("lone-party" in ev.rule for ev in meeting.evidence)
    assert at_stage == finished and finished["actor1"] == finished["actor2"] == 1.0


def _rows() -> list:
    """Mentions of two draws whose label follows the toll and, by chance, the report's size."""
    from rasd.document import EventMention
    from rasd.events.confidence_train import Row

    rows = []
    for k in range(24):
        label = k % 2 == 0
        f = {"toll": float(label), "log_report_sentences": float(k % 3), "log_report_mentions": float(k % 4),
             "mentions_per_sentence": (k % 5) / 4}
        e = EventMention(plover="ASSAULT", sentence_start=k, sentence_end=k + 1)
        rows.append(Row("A" if k < 12 else "B", f, label, False, f"d{k}", e))
    return rows


def test_a_fit_without_size_traits_has_no_weight_for_the_report_s_counts():
    from rasd.events.confidence_train import train_rows

    data, *_ = train_rows([], _rows(), sizes=False)
    assert "log_report_sentences" not in data["weights"] and "log_report_mentions" not in data["weights"]
    assert data["weights"]["toll"] > 0 and "mentions_per_sentence" in data["weights"]
    assert data["trained"]["size_traits"] is False


def test_a_default_fit_keeps_the_size_traits():
    from rasd.events.confidence_train import train_rows

    data, *_ = train_rows([], _rows())
    assert "log_report_sentences" in data["weights"] and data["trained"]["size_traits"] is True


def _two_golds(project: bool) -> list:
    """Draw A says a placeless mention is usually wrong; the project gold (or, as the close
    negative, a draw of another name) says it is right."""
    from rasd.document import EventMention
    from rasd.events.confidence_train import Row

    rows = []
    for k in range(40):
        draw = "A" if k < 30 else ("project" if project else "B")
        placeless = float(k % 2)
        label = bool(placeless) if draw != "A" else (not placeless or k % 10 == 1)
        e = EventMention(plover="CONSULT", sentence_start=k, sentence_end=k + 1)
        rows.append(Row(draw, {"kind=none": placeless, "toll": float(k % 3 == 0)}, label, False, f"d{k}", e))
    return rows


def test_the_project_gold_weighed_more_pulls_its_reading_up():
    from rasd.events.confidence_train import fit

    once, _ = fit(_two_golds(True), 0.3)
    tenfold, _ = fit(_two_golds(True), 0.3, project_weight=10)
    assert tenfold["kind=none"] > once["kind=none"] + 0.5


def test_the_project_weight_leaves_a_fit_without_the_project_gold_alone():
    from rasd.events.confidence_train import fit

    assert fit(_two_golds(False), 0.3) == fit(_two_golds(False), 0.3, project_weight=10)


def test_the_file_records_the_project_weight():
    from rasd.events.confidence_train import train_rows

    data, *_ = train_rows([], _two_golds(True), project_weight=3)
    assert data["trained"]["project_weight"] == 3


@pytest.mark.parametrize("weight", ["0", "-2"])
def test_the_trainer_refuses_a_project_weight_that_is_not_positive(weight):
    from click.testing import CliRunner

    from rasd.cli import cli

    result = CliRunner().invoke(cli, ["train", "event-confidence", "--project-weight", weight])
    assert result.exit_code == 2 and "--project-weight" in result.output
