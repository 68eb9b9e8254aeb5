"""The lead's session-14 cleanup: what ``Annotations`` remembers about its actors is forgotten
when actors are added later (REVIEW13 #9). Sentences written for these tests."""

from __future__ import annotations

from rasd.api import extract
from rasd.events.arguments import Annotations, _claim_cues
from rasd.events.tokens import Words

CLAIM = "وتبنى تنظيم داعش الهجوم الذي استهدف حاجزاً في مدينة الميادين أمس ."


def test_adding_actors_forgets_the_claims_read_from_the_shorter_list():
    doc = extract(CLAIM, published="2017-11-20")
    words = Words(doc)
    ann = Annotations(doc, words)
    actor = next(a for a in ann.actors if "داعش" in doc.text[a.span.start:a.span.end])
    read = _claim_cues(words, ann, actor, actor.sentence)
    assert read[0] is not None  # the claim verb before the group is found, and remembered
    assert ann.claims
    ann.add_actors([actor])
    assert ann.claims == {} and ann.holders is None and ann.side_counts is None
    assert _claim_cues(words, ann, actor, actor.sentence) == read  # read again, the same


def test_adding_no_actor_keeps_what_was_read():
    doc = extract(CLAIM, published="2017-11-20")
    words = Words(doc)
    ann = Annotations(doc, words)
    actor = next(a for a in ann.actors if "داعش" in doc.text[a.span.start:a.span.end])
    _claim_cues(words, ann, actor, actor.sentence)
    ann.add_actors([])
    assert ann.claims
