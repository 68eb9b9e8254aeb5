"""A run-on sentence of repeated lines in near-linear time (SPEED30, REVIEW29 #6): look-ups that
replace a scan per trigger or per place (a cue's words between two words, a quotation mark
between two offsets, a new clause between two place tokens, a sentence's armed sides and
civilians, the parties and venues within reach of a meeting, the area of a clause's places).
Each answers as the scan it replaces, compared here on inputs long enough to take the new path;
and a hostile sentence still yields the event its one line yields (no timing is asserted)."""

from __future__ import annotations

import random

import pytest

from rasd.api import extract
from rasd.events import detect
from rasd.events.detect import _cue_between, _quote_between, cue_matches
from rasd.events.lexicon import lexicon
from rasd.events.tokens import QUOTES, Words
from rasd.kb import places

pytestmark = pytest.mark.usefixtures("no_confidence_filter")

REGION = "وقتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على بلدات الغوطة الشرقية"
HELD = "وقصفت قوات النظام أحياء خاضعة لسيطرة جيش الإسلام في الغوطة الشرقية"
POSITIONS = "وقصفت قوات النظام مواقع جيش الإسلام في الغوطة الشرقية"
SUMMIT = "انطلقت قمة ثلاثية بمشاركة الرئيس الإيراني حسن روحاني والرئيس التركي رجب طيب إردوغان في سوتشي"
VENUE = "والتقى المبعوث الأممي الخاص باليمن أمس في الكويت وزير الخارجية اليمني"


def _run_on(line: str, n: int) -> str:
    return " و".join([line] * n) + " ."


def _first_event(text: str) -> tuple[dict, list[str]]:
    events = extract(text, published="2017-05-02").events
    assert events
    event = events[0].to_dict()
    return event, [str(e.get("rule")) for e in event.get("evidence") or []]


def _key(event: dict) -> tuple:
    return (event["plover"], (event.get("location") or {}).get("name"), (event.get("actor1") or {}).get("name"),
            (event.get("actor2") or {}).get("name"), event.get("fatalities"), event.get("sub_event_type"))


# --- detect._cue_between / _quote_between: an index for a long stretch, as the scan ------------

def test_a_cue_between_two_words_of_a_long_sentence_is_the_scans() -> None:
    text = _run_on("قصفت الطائرات قد بلدة كفرنبل فيما قصفت المدفعية بلدة دوما", 30)
    words = Words(extract(text, published="2017-05-02"))
    cues = {p.pattern: p for cs in lexicon().filters.values() for c in cs
            for p in (c.unless_between, c.unless_sentence) if p is not None}  # (EXTRAS30's unless_sentence too)
    assert len(cues) >= 5
    ws, rng = words.words, random.Random(30)
    lo, hi = words.sentence_range(0)
    assert hi - lo > 100  # stretches longer than SHORT_SCAN: the index is read
    for cue in cues.values():
        for _ in range(60):
            a = rng.randrange(lo, hi)
            b = rng.randrange(a, hi + 1)
            assert _cue_between(cue, words, a, b, 0) == any(cue_matches(cue, ws[k].text) for k in range(a, b))


def test_a_quotation_mark_between_two_offsets_is_the_slices() -> None:
    text = " ".join(f"قال المصدر « إن الطائرات قصفت » البلدة {k}" if k % 7 == 0 else "ثم قصفت الطائرات البلدة"
                    for k in range(120)) + " ."
    words = Words(extract(text, published="2017-05-02"))
    rng = random.Random(31)
    for _ in range(400):
        start = rng.randrange(0, len(text))
        end = rng.randrange(start, min(len(text), start + 3000) + 1)
        assert _quote_between(words, start, end) == any(q in text[start:end] for q in QUOTES)


def test_a_condition_opening_a_long_sentence_is_cut_by_its_contrast_word_however_far() -> None:
    # the cue "وفي حال" opening a sentence (context.yaml, hypothetical, ``opening``) fires for a
    # trigger 40 words on unless a word of its ``unless_between`` (قد) stands between: the
    # stretch is longer than SHORT_SCAN, so the sentence's index answers
    lex = lexicon()
    cue = next(c for c in lex.filters["hypothetical"] if c.opening and c.cue.match("وفي") and c.then is not None)
    head = "وفي حال " + " ".join(["تواصلت الاشتباكات في ريف حماة"] * 8)
    for text, fired in ((head + " و قد قصفت الطائرات مدينة إدلب .", None),
                        (head + " و قصفت الطائرات مدينة إدلب .", "وفي")):
        words = Words(extract(text, published="2017-05-02"))
        cand = [c for c in detect.find_candidates(words) if c.kind.id == "shelling"][-1]
        assert cand.first - 1 > detect.SHORT_SCAN
        lo, hi = words.sentence_range(cand.sentence)
        assert lo == 0
        masks = {k: lex.cue_mask(words.words[k].text) for k in range(lo, hi)}
        assert detect._check(cue, words, cand, lo, hi, masks) == fired


# --- kb.places: a new clause between two tokens, and the area a clause's places lie in ----------

def test_a_new_clause_between_two_place_tokens_is_the_scans() -> None:
    text = " ".join(["قصفت الطائرات قرية كفرمولا ، وقتل مدني في مدينة حماة - فيما سيطرت الفصائل على إدلب"] * 12)
    linker = places.linker()
    toks = places.Toks(text)
    rng = random.Random(32)
    for _ in range(500):
        lo = rng.randrange(0, len(toks))
        hi = rng.randrange(lo, len(toks))
        assert linker._another_clause(toks, lo, hi) == (
            linker._contrast_between(toks, lo, hi) or linker._gap_between(toks, lo, hi))


@pytest.mark.parametrize("line", [
    "سيطرت قوات النظام على قرية كفرمولا بعد معارك في مدينة حماة",
    "قصفت الطائرات قرية كفرمولا بينما سيطرت الفصائل على مدينة إدلب",
    "قصفت الطائرات قرية كفرمولا ، وقتل مدني في مدينة حماة",
])
def test_the_area_of_a_long_sentences_unknown_villages_is_the_scans(line: str, monkeypatch: pytest.MonkeyPatch
                                                                    ) -> None:
    text = _run_on(line, 40)  # 40 villages and 40 towns in one sentence: the runs are bisected
    fast = places.link(text)
    monkeypatch.setattr(places, "SHORT_CLAUSE", 10 ** 9)  # every place read as before
    assert places.link(text) == fast
    if "معارك" in line:  # the village takes its clause's governorate, in every line
        ties = [(f.unresolved or {}).get("place", {}) for f in fast if f.unresolved]
        assert len(ties) == 40 and all(t.get("tie") == "sentence-area" and t.get("admin1") == "Hama" for t in ties)


# --- the hostile lines: each still yields the event its one line yields -------------------------

@pytest.mark.parametrize(("line", "rule"), [
    (REGION, None),  # struck civilians: the sentence's armed sides and civilians, read once
    (HELD, "actor:holder-of-the-target"),  # the holder: actors within reach of the trigger only
    (POSITIONS, "actor:target-marker"),  # close case: positions named, no holder, no civilians
    (SUMMIT, "actor:meeting-participant"),  # the parties within reach of a meeting
    (VENUE, "place:venue"),  # the venue within reach of a meeting
])
def test_a_line_repeated_in_one_sentence_keeps_its_event(line: str, rule: str | None) -> None:
    one, rules = _first_event(_run_on(line, 1))
    many, many_rules = _first_event(_run_on(line, 150))
    assert _key(many) == _key(one)
    if rule is not None:
        assert rule in rules and rule in many_rules
    if line == REGION:
        assert (one["actor2"] or {}).get("name") == "Civilians (Syria)" and one.get("fatalities") == 3
    if line == POSITIONS:
        assert "actor:holder-of-the-target" not in many_rules
        assert (many.get("actor2") or {}).get("name") != "Civilians (Syria)"


def test_a_tally_is_read_from_its_sentences_period_for_every_count_of_a_long_sentence() -> None:
    # the period ("خلال شهر") is looked for once per sentence (detect._tally); each counted
    # noun of the run-on sentence still reads it, and a sentence naming a town still tells strikes
    tally = "ونفذ التنظيم خلال شهر نيسان 82 عملية انتحارية في العراق"
    town = "وشنت الطائرات خلال الأسبوع الماضي 20 غارة على مدينة سراقب"
    for line, told in ((tally, True), (town, False)):
        for n in (1, 100):
            words = Words(extract(_run_on(line, n), published="2017-05-02"))
            counted = [c for c in detect.find_candidates(words) if c.form == "noun"]
            assert len(counted) >= n
            assert all(any(r.startswith("historical:tally:") for r in c.context_rules) == told for c in counted)


def test_a_blast_whose_dead_are_no_people_keeps_its_event_in_a_long_sentence() -> None:
    # roles_civilians._victim_count: the sentence's first count of people, read once; "مقتل
    # متطوع" counts none, so no civilians are named, however many lines repeat it
    line = "وأعرب المنسق عن أسفه لمقتل متطوع في انفجار لغم أرضي بالقرب من مدينة كادوقلي"
    one, _ = _first_event(_run_on(line, 1))
    many, _ = _first_event(_run_on(line, 150))
    assert _key(many) == _key(one) and one.get("actor2") is None and one.get("fatalities") == 1
