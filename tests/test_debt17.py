"""DEBT17: one loader for the regex cues of the data files.

Sentences written for these tests in the style of the reports (no text copied from a page).

- ``rasd.datafiles.data_pattern`` / ``optional_pattern`` read a cue of a YAML file under
  ``src/rasd/data`` once, normalised like document text and compiled; a missing cue or one
  that does not compile is a ``DataFileError`` naming the file and the key.
- casualties.yaml ``object_count_not_after`` is read in the tokens' spelling (REVIEW16 #4):
  "على" before a figure ("في الهجوم على 7 مسلحين") opens no counted object of a killing verb;
  "على الأقل" and "ما يصل إلى" before a figure still count the dead.
- One list of particles that make a present-tense verb no report (text/particles.yaml) for the
  tolls and the trigger frames' ``{UNTOLD}`` mark (REVIEW16 #2), matched as whole words: the
  frames' old look-behinds (``(?<!ان )(?<!كي )``) also refused a verb after any word ending in
  those letters ("الجيش الأمريكي يطلق"، "كان يلتقي").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from rasd.api import extract
from rasd.datafiles import DataFileError, compile_cue, data_pattern, optional_pattern
from rasd.events.lexicon import untold_lookbehind
from rasd.quantities.extract import quantities_of
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def cue_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A data package of its own (``debt17_cues/cues.yaml``) on the import path."""
    root = tmp_path_factory.mktemp("cues")
    package = root / "debt17_cues"
    package.mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    (package / "cues.yaml").write_text(
        'towns: "^(?:مدينة|بلدة|قرية)$"\n'
        'after_on: "^(?:على|إلى)$"\n'
        'broken: "^(?:مدينة|بلدة$"\n'
        'empty: ""\n'
        'listed: ["مدينة", "بلدة"]\n', "utf-8")
    sys.path.insert(0, str(root))
    yield "debt17_cues"
    sys.path.remove(str(root))


def test_a_cue_is_normalised_like_the_text_it_is_matched_against(cue_package: str) -> None:
    pattern = data_pattern("cues.yaml", "after_on", cue_package)
    assert pattern.match(normalize("على").text) and pattern.match(normalize("إلى").text)
    assert normalize("على").text != "على"  # the cue as written would miss the token
    assert not pattern.match(normalize("في").text)
    town = data_pattern("cues.yaml", "towns", cue_package)
    assert town.match(normalize("مدينة").text) and not town.match(normalize("مدينتين").text)


def test_a_cue_is_compiled_once(cue_package: str) -> None:
    assert data_pattern("cues.yaml", "towns", cue_package) is data_pattern("cues.yaml", "towns", cue_package)


@pytest.mark.parametrize("key", ["nowhere", "empty"])
def test_a_missing_cue_names_its_file_and_key(cue_package: str, key: str) -> None:
    with pytest.raises(DataFileError, match=rf"debt17_cues/cues\.yaml: no cue '{key}'"):
        data_pattern("cues.yaml", key, cue_package)
    assert optional_pattern("cues.yaml", key, cue_package) is None


@pytest.mark.parametrize("key", ["broken", "listed"])
def test_a_cue_that_does_not_compile_names_its_file_and_key(cue_package: str, key: str) -> None:
    with pytest.raises(DataFileError, match=rf"debt17_cues/cues\.yaml: cue '{key}' is not a valid pattern"):
        optional_pattern("cues.yaml", key, cue_package)


def test_a_nested_cue_names_where_it_stands() -> None:
    with pytest.raises(DataFileError, match=r"roles\.yaml: heads 'x' is not a valid pattern"):
        compile_cue("(قوات", "roles.yaml: heads 'x'")
    assert compile_cue("^قوات$", "roles.yaml: heads 'x'").match("قوات")


def test_the_events_cues_read_through_it() -> None:
    """The events data is the default package; a loader's cue is the shared object."""
    from rasd.events.roles_rebels import _unnamed
    from rasd.events.targets import _part_words

    assert _unnamed() is data_pattern("roles_rebels.yaml", "unnamed_fighters")
    assert _part_words() is data_pattern("roles.yaml", "part_words")


def _killed(text: str) -> list[int]:
    return [r.value["count"] for r in quantities_of(text)
            if r.label == "CASUALTY" and r.value["kind"] == "killed"]


def test_a_figure_after_ala_is_no_counted_object_of_killing() -> None:
    assert _killed("قتل الجنود في الهجوم على 7 مسلحين تحصنوا في الجبل .") == []


@pytest.mark.parametrize(("text", "count"), [
    ("قتل الجنود 7 مسلحين تحصنوا في الجبل .", 7),
    ("أعدم التنظيم أمس على الأقل 5 رجال في الساحة العامة .", 5),
    ("قتلت قوات النظام أمس ما يصل إلى 40 مدنيا في الغوطة .", 40),
    ("أعدم التنظيم أمس ما لا يقل عن 5 رجال في الساحة العامة .", 5),
])
def test_a_counted_object_of_killing_still_counts(text: str, count: int) -> None:
    assert _killed(text) == [count]


@pytest.mark.parametrize("before", ["لم", "ولن", "قد", "سوف", "ان", "بان", "لكي", "فلا"])
def test_a_verb_after_a_particle_is_untold(before: str) -> None:
    assert not re.search(untold_lookbehind() + "تطلق", f"وقالت انها {before} تطلق")


@pytest.mark.parametrize("before", ["الامريكي", "ايران", "الطيران", "كان", "الان", "قبل ان", "وبعد ان", "حيث"])
def test_a_verb_after_a_word_ending_like_a_particle_is_told(before: str) -> None:
    assert re.search(untold_lookbehind() + "تطلق", f"وقالت {before} تطلق")


@pytest.mark.parametrize(("text", "rule"), [
    ("الجيش الأمريكي يطلق صواريخ توماهوك على قاعدة الشعيرات الجوية", "trigger:projectile_fire"),
    ("الجيش الأمريكي يستعيد السيطرة على مدينة الرمادي", "trigger:territory_taken"),
])
def test_a_headline_present_after_a_word_ending_in_ki_is_an_event(text: str, rule: str) -> None:
    assert [e.rule for e in extract(text, published="2020-01-10").events] == [rule]


@pytest.mark.parametrize("text", [
    "وقالت القوات إنها لم تطلق أي صاروخ على مدينة حلب",
    "وقال المتحدث إن الجيش لم يستعد السيطرة على مدينة الرمادي",
])
def test_a_negated_present_is_no_event(text: str) -> None:
    assert extract(text, published="2020-01-10").events == []
