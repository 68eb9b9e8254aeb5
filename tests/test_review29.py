"""REVIEW29: (1) a telephone call's sides are sought among the actors within the call's reach
(rasd.events.interact.call_parties), not among every actor of the sentence for each call — a run-on
sentence of UNIFORM29's "أبلغ … نظيره" calls cost time quadratic in its length. The sides found are
the same; the work per call is bounded (a count of the actors examined, no timing asserted).
(2) FIELDS29's untyped killings read their sentence's target words and fight words once per
sentence (Annotations.last_word), not once per killing."""

from __future__ import annotations

import pytest

import rasd.events.interact as interact
import rasd.events.roles_civilians as roles_civilians
from rasd.api import extract

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

CALL = "أبلغ الرئيس الأمريكي دونالد ترامب نظيره التركي رجب طيب أردوغان أنه أصدر تعليمات"


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract(text, published="2017-05-02")
    return [((e.actor1 or {}).get("name"), (e.actor2 or {}).get("name")) for e in doc.events if e.plover == "CONSULT"]


def test_a_call_told_once_and_in_a_run_on_sentence_has_its_two_sides():
    one = _sides(CALL + " .")
    assert one and one[0][0] and one[0][1] and one[0][0] != one[0][1]
    assert set(_sides(" و".join([CALL] * 40) + " .")) == set(one)


@pytest.mark.parametrize("line, sides", [
    # the caller named before the call's words (the before window), the one called after مع
    ("الرئيس الروسي فلاديمير بوتين بحث هاتفيا مع نظيره التركي رجب طيب أردوغان الوضع في سوريا",
     ("Government of Russia (2000-)", "Government of Turkey (2002-)")),
    # a call received: its caller, named after the one who received it, is actor1
    ("تلقى الرئيس العراقي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون",
     ("Government of France", "Government of Iraq")),
])
def test_a_calls_sides_before_and_after_its_words_in_a_run_on_sentence(line, sides):
    assert _sides(line + " .") == [sides]
    assert set(_sides(" و".join([line] * 30) + " .")) == {sides}


def _count_calls(monkeypatch, module, name: str) -> dict[str, int]:
    """Wrap ``module.name`` so each call is counted in the returned ``{"n": …}``."""
    seen = {"n": 0}
    real = getattr(module, name)

    def counting(arg):
        seen["n"] += 1
        return real(arg)

    monkeypatch.setattr(module, name, counting)
    return seen


def test_each_call_examines_the_actors_within_its_reach_only(monkeypatch):
    seen = _count_calls(monkeypatch, interact, "_is_party")
    extract(" و".join([CALL] * 200) + " .", published="2017-05-02")
    # 200 calls, each with a few actors within reach; every actor of the sentence (600) per call
    # would be 120,000 (main at 035a12a)
    assert seen["n"] < 20 * 200


# --- roles_civilians: the words a killing's sentence holds, found once per sentence ------------

def test_each_killing_reads_its_sentences_target_words_once(monkeypatch):
    seen = _count_calls(monkeypatch, roles_civilians, "target_noun")
    extract("قتل " * 300 + "مدنيا في الرقة .", published="2017-05-02")
    # 300 untyped killings in one sentence of ~305 words: once per sentence, not 300 × 150 (FIELDS29 on e27b0d0)
    assert seen["n"] < 2 * 305
