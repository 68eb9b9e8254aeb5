"""REVIEW14: fixes from the second read of session 14's changes. Sentences written for these
tests."""

from __future__ import annotations

from rasd.api import extract
from rasd.document import Span
from rasd.events.arguments import Annotations, Arg, _clause_breaks, role_cues
from rasd.events.lexicon import lexicon
from rasd.events.tokens import Words

# "، وردت": a comma then a و-word opens a clause, unless an actor starts at the و-word
REPLY = "قصفت الطائرات الحربية مواقع الفصائل ، وردت بقصف مدفعي أمس ."


def _reply_annotations() -> tuple[Words, Annotations, int]:
    doc = extract(REPLY, published="2017-11-20")
    words = Words(doc)
    comma = next(k for k, w in enumerate(words.words) if w.comma)
    return words, Annotations(doc, words), comma


def test_adding_an_actor_forgets_the_clause_breaks_its_start_cancels():
    words, ann, comma = _reply_annotations()
    assert comma in _clause_breaks(words, ann, role_cues(), lexicon())
    w = words.words[comma + 1]
    ann.add_actors([Arg(comma + 1, comma + 2, Span(w.start, w.end, "ACTOR", "events", "test"),
                        w.sentence)])
    assert comma not in _clause_breaks(words, ann, role_cues(), lexicon())


def test_adding_no_actor_keeps_the_clause_breaks():
    words, ann, comma = _reply_annotations()
    breaks = _clause_breaks(words, ann, role_cues(), lexicon())
    ann.add_actors([])
    assert ann.breaks is breaks and comma in breaks


# ------------------------------------------------------------- GLUE14: a seam at ة + إ


def test_a_ta_marbuta_glued_to_an_alif_with_hamza_below_gets_one_space() -> None:
    from rasd.text.clean import clean

    raw = "وقعت اشتباكات في المدينةإطلاق نار كثيف على الحاجز ."
    cleaned = clean(raw)
    assert "المدينة إطلاق" in cleaned.text and "  " not in cleaned.text
    glued = [(r.original, r.joined) for r in cleaned.repairs if r.rule.startswith("glued")]
    assert glued == [("المدينةإطلاق", "المدينة إطلاق")]


def test_a_ta_marbuta_before_a_spaced_alif_with_hamza_below_is_left_alone() -> None:
    from rasd.text.clean import clean

    raw = "وقعت اشتباكات في المدينة إطلاق نار كثيف على الحاجز ."
    assert clean(raw).text == raw and not clean(raw).repairs


# ------------------------------------------------------------- a folded protest's toll keeps its words

RIOT = "وأحرق محتجون غاضبون مبنى المحافظة في مدينة البصرة خلال مظاهرة"


def _riot(text: str):
    import rasd

    (riot,) = [e for e in rasd.extract(text, published="2013-04-05").events if e.event_type == "Riots"]
    return riot


def test_a_riot_that_takes_the_folded_protests_toll_takes_its_evidence() -> None:
    riot = _riot(RIOT + " قتل فيها 3 أشخاص .")
    assert riot.fatalities == riot.fatalities_max == 3
    assert [ev.text for ev in riot.evidence if ev.field == "fatalities"]


def test_a_riot_whose_folded_protest_told_no_toll_has_no_toll_evidence() -> None:
    riot = _riot(RIOT + " .")
    assert riot.fatalities is None
    assert not [ev for ev in riot.evidence if ev.field == "fatalities"]
