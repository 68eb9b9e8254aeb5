"""The scorer's match (SCORER27's patch, adopted at the start of session 28): a maximum
one-to-one matching, and no place credited because its name begins a gold place's name ("Dara" is not Darayya)."""

from __future__ import annotations

from rasd.document import EventMention
from rasd.events.evaluate import location_matches, score_events


def _mention(place: str, date: str | None = None) -> EventMention:
    return EventMention(plover="ASSAULT", sentence_start=0, sentence_end=1, event_date=date,
                        location={"name": place})


def test_a_town_whose_name_begins_another_is_not_it():
    assert not location_matches(["Darayya", "داريا"], {"name": "Dara", "name_ar": "درعا"})
    assert location_matches(["Idlib", "ادلب"], {"name": "Idlib", "matched": "ريف ادلب الشمالي"})


def test_the_first_gold_event_does_not_take_the_only_mention_of_the_second():
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": None, "event_date": "2017-01-02"},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"]}]
    system = {"d": [_mention("Douma"), _mention("Harasta")]}
    score = score_events(gold, system)
    assert score.matched == 2


def test_two_events_of_one_place_pair_by_their_dates():
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "event_date": "2017-01-02"},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "event_date": "2017-01-01"}]
    system = {"d": [_mention("Douma", "2017-01-01"), _mention("Douma", "2017-01-03")]}
    score = score_events(gold, system)
    assert score.fields["event_date"] == [1, 2]


def test_optional_gold_events_absorb_as_many_mentions_as_they_can():
    """REVIEW28: optional gold events were matched greedily in gold order, so the first (any place)
    took Douma's mention, Douma's optional event found none, and Harasta's mention counted as an extra."""
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": None, "optional": True},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "optional": True}]
    system = {"d": [_mention("Douma"), _mention("Harasta")]}
    score = score_events(gold, system)
    assert (score.optional, score.system) == (2, 0)


def test_a_required_gold_event_keeps_its_mention_from_an_optional_one():
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "optional": True},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"]}]
    system = {"d": [_mention("Douma")]}
    score = score_events(gold, system)
    assert (score.matched, score.optional, score.system) == (1, 0, 1)


def test_a_tie_among_required_matchings_leaves_the_optional_event_its_mention():
    """REVIEW29: the required event (any place) could take Douma's or Harasta's mention; matched
    first, it took whichever came first, so Douma's optional event found none and Harasta's
    mention counted as an extra — the score hung on the mentions' order."""
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": None},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "optional": True}]
    for system in ([_mention("Douma"), _mention("Harasta")], [_mention("Harasta"), _mention("Douma")]):
        score = score_events(gold, {"d": system})
        assert (score.matched, score.optional, score.system) == (1, 1, 1)


def test_the_required_event_keeps_its_agreeing_mention_over_an_optional_match():
    gold = [{"doc_id": "d", "plover": "ASSAULT", "location": None, "event_date": "2017-01-02"},
            {"doc_id": "d", "plover": "ASSAULT", "location": ["Douma"], "optional": True}]
    system = {"d": [_mention("Harasta"), _mention("Douma", "2017-01-02")]}
    score = score_events(gold, system)
    assert (score.matched, score.optional, score.system, score.fields["event_date"]) == (1, 0, 2, [1, 1])
