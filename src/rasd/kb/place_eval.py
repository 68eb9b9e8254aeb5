"""``rasd eval places``: place linking measured on two sets nobody tuned the rules to.

1. **Seed gold** (``data/places/gold_seeds.jsonl``): place phrases hand-listed from the
   five seed reports with the gazetteer entry each should resolve to, ``UNRESOLVED``
   for real places the gazetteer lacks, ``NONE`` for names that are not places (an
   outlet called "Deir ez-Zor 24"). Every occurrence of each phrase in the cleaned
   text is scored; the answer is the ``PLACE``/``PLACE_UNRESOLVED`` span over the
   phrase's last word (``NONE``: any ``PLACE`` over the phrase is wrong). Derived
   places are compared as ``id#relation`` (``geonames:169577#countryside``).
2. **ANERcorp test LOC entities** (CAMeL Lab split): how many gold LOC entities the
   linker resolves, and how many of the linker's ``PLACE`` spans fall on a LOC entity
   (a precision proxy: ANERcorp is 2000s world news, so most of its LOC entities are
   outside the gazetteer's area, and a ``PLACE`` on an ORG such as "جامعة دمشق" counts
   as a miss).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.kb.gazetteer import data_path
from rasd.kb.place_frequency import read_conll
from rasd.kb.places import link

PIPELINE_TO_PLACES = ("clean", "sentences", "actors", "names", "places")


def answer_of(value: dict[str, Any]) -> str:
    rel = value.get("relation")
    return value["gazetteer_id"] + (f"#{rel}" if rel else "")


@dataclass
class SeedResult:
    occurrences: int = 0
    correct: int = 0
    expect_place: int = 0
    place_answers: int = 0
    place_correct: int = 0
    expect_unresolved: int = 0
    unresolved_ok: int = 0
    expect_none: int = 0
    none_ok: int = 0
    missing: list[str] = field(default_factory=list)  # gold phrases not found in the text
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "occurrences": self.occurrences,
            "accuracy": ratio(self.correct, self.occurrences),
            "link_precision": ratio(self.place_correct, self.place_answers),
            "link_recall": ratio(self.place_correct, self.expect_place),
            "expected_places": self.expect_place,
            "unresolved_kept_unresolved": ratio(self.unresolved_ok, self.expect_unresolved),
            "not_places_left_alone": ratio(self.none_ok, self.expect_none),
            "phrases_not_found": self.missing,
            "errors": self.errors,
        }


def eval_seeds(seeds_dir: Path, gold: Path | None = None) -> SeedResult:
    """Score the pipeline (up to ``places``) on the seed reports against the gold list."""
    from rasd.document import Document, Meta
    from rasd.pipeline import build

    gold = gold or data_path("gold_seeds.jsonl")
    items = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    metas = {}
    for line in (seeds_dir / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        metas[meta["id"]] = meta
    pipeline = build(PIPELINE_TO_PLACES)
    docs = {}
    for doc_id in {it["doc"] for it in items}:
        meta = metas[doc_id]
        raw = (seeds_dir / meta["file"]).read_text(encoding="utf-8")
        docs[doc_id] = pipeline(Document(Meta(id=doc_id, published=meta.get("published")),
                                         raw=raw))
    res = SeedResult()
    for it in items:
        doc = docs[it["doc"]]
        text = doc.text
        spans = doc.spans_of("PLACE", "PLACE_UNRESOLVED")
        # whole words (after an optional و/ف/ب/ل/ك): لبنان is not scored inside اللبناني
        pattern = rf"(?<![^\W_])(?:[وفبلك]{{1,2}})?{re.escape(it['mention'])}(?![^\W_])"
        found = list(re.finditer(pattern, text))
        if not found:
            res.missing.append(it["mention"])
        for m in found:
            _score(res, it, spans, m.start(), m.end(), text)
    return res


def _score(res: SeedResult, it: dict[str, Any], spans: list[Any], start: int, end: int,
           text: str) -> None:
    expect = set(it["expect"])
    last_word = text.rfind(" ", start, end) + 1 or start
    if "NONE" in expect and len(expect) == 1:
        hits = [s for s in spans if s.label == "PLACE" and s.start < end and s.end > start]
        got = "NONE" if not hits else answer_of(hits[0].value)
    else:
        hits = [s for s in spans if s.start < end and s.end > last_word]
        if not hits:
            got = "NONE"
        elif hits[0].label == "PLACE_UNRESOLVED":
            got = "UNRESOLVED"
        else:
            got = answer_of(hits[0].value)
    res.occurrences += 1
    ok = got in expect
    res.correct += ok
    wants_place = any(e not in ("NONE", "UNRESOLVED") for e in expect)
    res.expect_place += wants_place
    if got not in ("NONE", "UNRESOLVED"):
        res.place_answers += 1
        res.place_correct += ok
    if expect == {"UNRESOLVED"} or expect == {"UNRESOLVED", "NONE"}:
        res.expect_unresolved += 1
        res.unresolved_ok += got in ("UNRESOLVED", "NONE")
    if expect == {"NONE"}:
        res.expect_none += 1
        res.none_ok += ok
    if not ok:
        res.errors.append({"doc": it["doc"], "mention": it["mention"], "expected": it["expect"],
                           "got": got})


def eval_anercorp(test_file: Path) -> dict[str, Any]:
    """LOC-entity resolution on the ANERcorp CAMeL Lab test split (see module doc)."""
    pairs = read_conll(test_file)
    sentences: list[list[tuple[str, str]]] = [[]]
    for tok, tag in pairs:
        sentences[-1].append((tok, tag))
        if tok in (".", "!", "?", "؟") and tag == "O":
            sentences.append([])
    loc_total = loc_resolved = loc_unresolved = 0
    place_spans = on_loc = on_other_entity = 0
    resolved_kinds: Counter[str] = Counter()
    strings_seen: dict[str, bool] = {}
    for sent in sentences:
        if not sent:
            continue
        offsets, pos = [], 0
        for tok, _tag in sent:
            offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        text = " ".join(tok for tok, _ in sent)
        entities: list[tuple[int, int, str]] = []
        for k, (_tok, tag) in enumerate(sent):
            if tag.startswith("B-") or (tag.startswith("I-") and (not entities or k == 0
                                                                or sent[k - 1][1] == "O")):
                entities.append((offsets[k][0], offsets[k][1], tag[2:]))
            elif tag.startswith("I-"):
                s, _e, lab = entities[-1]
                entities[-1] = (s, offsets[k][1], lab)
        found = link(text)
        for s, e, lab in entities:
            if lab != "LOC":
                continue
            loc_total += 1
            over = [f for f in found if f.start < e and f.end > s]
            if any(f.value for f in over):
                loc_resolved += 1
                resolved_kinds[next(f.value["kind"] for f in over if f.value)] += 1
            elif over:
                loc_unresolved += 1
            strings_seen.setdefault(text[s:e], False)
            strings_seen[text[s:e]] |= any(f.value for f in over)
        for f in found:
            if f.value is None:
                continue
            place_spans += 1
            labs = {lab for s, e, lab in entities if f.start < e and f.end > s}
            if "LOC" in labs:
                on_loc += 1
            elif labs:
                on_other_entity += 1
    return {
        "loc_entities": loc_total,
        "loc_resolved": loc_resolved,
        "loc_resolved_share": round(loc_resolved / loc_total, 3) if loc_total else None,
        "loc_unresolved_span": loc_unresolved,
        "distinct_loc_strings": len(strings_seen),
        "distinct_loc_strings_resolved": sum(strings_seen.values()),
        "resolved_by_kind": dict(resolved_kinds.most_common()),
        "place_spans": place_spans,
        "place_spans_on_loc": on_loc,
        "place_spans_on_loc_share": round(on_loc / place_spans, 3) if place_spans else None,
        "place_spans_on_other_entity": on_other_entity,
    }


def eval_event_locations(seeds_dir: Path, corpus_dir: Path) -> dict[str, Any]:
    """Gold event locations (``data/gold/events_gold.jsonl``) found among PLACE spans.

    That gold was written by the events engineer, before any system output, for the five
    seeds and the twelve sample reports (``examples/corpus``, which the places rules were
    not written against). A gold location counts as found when some ``PLACE`` of its
    document matches it by the events evaluation's own name test; a location that only
    a ``PLACE_UNRESOLVED`` span covers is counted apart. This is place *recall* on the
    places events need; it does not check which place the events stage then picks.
    """
    from rasd.events.evaluate import gold_documents, gold_events, location_matches
    from rasd.pipeline import build

    gold = [g for g in gold_events() if g.get("location")]
    wanted = {g["doc_id"] for g in gold}
    pipeline = build(PIPELINE_TO_PLACES)
    docs = {d.id: pipeline(d) for d in gold_documents(seeds_dir, corpus_dir) if d.id in wanted}
    found = unresolved_only = 0
    by_part: dict[str, list[int]] = {"seeds": [0, 0], "sample": [0, 0]}
    misses = []
    seen: set[tuple[str, str]] = set()
    for g in gold:
        key = (g["doc_id"], "|".join(g["location"]))
        if key in seen or g["doc_id"] not in docs:
            continue
        seen.add(key)
        doc = docs[g["doc_id"]]
        part = "sample" if g["doc_id"].startswith("sample") else "seeds"
        by_part[part][1] += 1
        ok = any(location_matches(g["location"], s.value) for s in doc.spans_of("PLACE"))
        if ok:
            found += 1
            by_part[part][0] += 1
            continue
        names = [{"name": s.value.get("name"), "matched": s.value.get("name")}
                 for s in doc.spans_of("PLACE_UNRESOLVED")]
        if any(location_matches(g["location"], n) for n in names):
            unresolved_only += 1
        misses.append({"doc": g["doc_id"], "location": g["location"]})
    total = len(seen)
    return {
        "distinct_gold_locations": total,
        "found_as_place": found,
        "found_share": round(found / total, 3) if total else None,
        "seeds": f"{by_part['seeds'][0]}/{by_part['seeds'][1]}",
        "sample_reports": f"{by_part['sample'][0]}/{by_part['sample'][1]}",
        "only_unresolved": unresolved_only,
        "misses": misses,
    }
