"""How far two human coders agree: a second coder's gold scored as if it were a system.

An F1 of rasd against one annotator means little without the same figure for a second
careful annotator of the same reports. :func:`agreement` takes two gold files of the
unseen-report format (``rasd/data/gold/unseen_gold.jsonl``) covering the same documents,
turns one coder's *required* events into system mentions (every acceptable place and actor
name kept, as ``names``) and scores them against the other coder's gold exactly as rasd is
scored (:func:`rasd.events.evaluate.score_events`: same matching, optional events neither
found nor missed, per-field accuracy on the fields the gold states) — in both directions,
since the optional/required split is each coder's own.
"""

from __future__ import annotations

from typing import Any

from rasd.document import EventMention
from rasd.events.evaluate import EventScore, gold_document_ids, score_events

_COPIED = ("event_type", "sub_event_type", "event_date", "time_precision", "fatalities")


def _named(names: list[str] | None) -> dict[str, Any] | None:
    return {"name": names[0], "names": list(names)} if names else None


def coder_mentions(gold: list[dict[str, Any]]) -> dict[str, list[EventMention]]:
    """A coder's required events as system mentions, by document (documents with none kept)."""
    mentions: dict[str, list[EventMention]] = {doc_id: [] for doc_id in gold_document_ids(gold)}
    for line in gold:
        if line.get("document") or line.get("optional"):
            continue
        mention = EventMention(plover=line["plover"], sentence_start=0, sentence_end=0,
                               location=_named(line.get("location")), actor1=_named(line.get("actor1")),
                               actor2=_named(line.get("actor2")), rule="coder", notes=line.get("note", ""))
        for name in _COPIED:
            setattr(mention, name, line.get(name))
        mentions[line["doc_id"]].append(mention)
    return mentions


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]
              ) -> tuple[EventScore, EventScore, set[str]]:
    """(second scored against first, first against second, the documents both coded)."""
    shared = gold_document_ids(first) & gold_document_ids(second)
    a = [g for g in first if g["doc_id"] in shared]
    b = [g for g in second if g["doc_id"] in shared]
    return score_events(a, coder_mentions(b)), score_events(b, coder_mentions(a)), shared
