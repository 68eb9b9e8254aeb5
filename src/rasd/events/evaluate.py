"""Scoring event extraction: the project's gold events and the Arabic event GSR sentences.

**Gold events** (``rasd/data/gold/events_gold.jsonl``, one gold event per line, annotated
from the schema's rules before any system output was looked at): a system mention matches
a gold event of the same document and PLOVER type whose location it names (gold
``location`` lists acceptable English/Arabic names, compared without accents, a name
containing one of them counting — "northern Idlib countryside" names Idlib; ``null``
accepts any place; a name that only begins a gold name, "Dara" for Darayya, does not). Matching
is a maximum one-to-one matching in each document, preferring pairs with the gold date, then its
sub-event type (SCORER27).
Per-field accuracy is computed on matched pairs, only for the fields a gold line states:
actors match when one of the gold names is words of the system actor's name or Arabic name
(so "Israel" accepts "Military Forces of Israel (1948-)", "IS" does not accept "Prisoners
(Syria)"; "Rioters (X)" and "Protesters (X)" name one crowd), and a state's name accepts its own
forces only, not civilians, protesters, an unidentified group or a faction of that country
(:func:`actor_matches`); an absent field is unscored. The location field is the match's own
key, so it is right on every matched pair by construction.

**Unseen-report gold** (``rasd/data/gold/unseen_gold.jsonl``, ``rasd eval events --unseen``):
real UnifiedFC articles drawn at random and annotated blind, before rasd was run on them. A
line ``{"doc_id", "document": true}`` lists a document even when it reports no event (so
whatever rasd emits there counts against precision). A gold event marked ``"optional": true``
is one a careful coder could code or leave (a reported claim, a step of a larger happening):
a system event matching it counts neither as found nor as extra, and missing it is no miss.
Required gold events come first, so an optional one never takes their system event: one maximum
matching per document counts the required matches first, then their agreement, then the optional
matches (REVIEW28; REVIEW29: matched after the required ones, the optional events lost mentions a tie
among the required matchings left to the mentions' order).

**GSR** (``arabic-event-gsr``): a sentence is "yes" for ASSAULT when rasd emits an ASSAULT
mention for it; "yes" rows are positives, "easy no" and "difficult no" negatives,
"ambiguous" rows are left out (``GSR_FIGHT`` gives a narrower reading of ASSAULT). The GSR
ships no split; rows are split here by a hash of their
id: bucket 0 of 5 is a development portion (an earlier version of these rules read it to learn
the guidelines), buckets 1-4 the held-out portion (``--portion test``); ``--portion all`` is
every row. The rules are not tuned on the GSR: report one frozen run. A keyword baseline (any
trigger word, no context) runs on the same rows.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.document import Document, EventMention, Meta
from rasd.metrics import PRF
from rasd.text.normalize import normalize

FIELDS = ("actor1", "actor2", "location", "event_date", "time_precision", "fatalities", "sub_event_type",
          "event_type")
DEV_BUCKET = 0
BUCKETS = 5
GSR_KEYWORDS = {
    "ASSAULT": r"هجوم|هجمات|هاجم|قصف|غاره|غارات|انفجار|تفجير|اغتيال|اغتال|اشتباك|مواجهات|خطف|اختطاف|اطلاق نار|"
               r"قتل|مقتل|عبوه|مفخخ|انتحاري|استهدف|اعتداء",
    "PROTEST": r"تظاهر|مظاهره|مظاهرات|متظاهر|احتجاج|احتجاجات|محتج|اعتصام|اضراب|مسيره|وقفه احتجاجيه",
}


PROJECT_GOLD = "events_gold.jsonl"
UNSEEN_GOLD = "unseen_gold.jsonl"
SECOND_CODER = "unseen_gold_second_coder.jsonl"  # whole draws coded again, blind (rasd eval agreement)
UNIFIEDFC_PREFIX = "unifiedfc:"


def gold_events(path: Path | None = None, name: str = PROJECT_GOLD) -> list[dict[str, Any]]:
    if path is None:
        text = resources.files("rasd.data.gold").joinpath(name).read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _key(text: str) -> str:
    """Comparable form of a name: Arabic normalised, Latin accents and ʿayn marks dropped."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s\-_'’‘ʿʾ`]+", "", normalize(folded).text.lower())


def _names(value: dict[str, Any] | None, *keys: str) -> list[str]:
    """Comparable forms of a place's or actor's names; ``names`` (a list) is how a second
    coder's gold line, scored as a system (:mod:`rasd.events.agreement`), gives its alternatives."""
    found = [_key(str(value[k])) for k in keys if value and value.get(k)]
    return found + [_key(str(n)) for n in (value or {}).get("names") or () if n]


def location_matches(gold: list[str] | None, system: dict[str, Any] | None) -> bool:
    if gold is None:
        return True
    names = _names(system, "name", "name_ar", "matched")
    wanted = {_key(g) for g in gold}
    return any(n in wanted or any(w in n
                                  for w in wanted if len(w) > 3 and len(n) > 3)
               for n in names)


_ARABIC = re.compile(r"[\u0600-\u06FF]")


def _words(text: str) -> list[str]:
    """A name's words in comparable form (as :func:`_key`, but split at spaces, hyphens,
    brackets and colons). "Rioters" reads as "Protesters": ACLED names one crowd "Rioters (X)" when
    its demonstration turned violent and "Protesters (X)" when not; whether it did is the
    sub-event type's to score, so the actor fields compare the two as one crowd (ACTORS18)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = re.findall(r"\w+", re.sub(r"['’‘ʿʾ`]", "", normalize(folded).text.lower()))
    return ["protesters" if w == "rioters" else w for w in words]


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def _country_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each country's names as word tuples, English and Arabic (``places/countries.yaml``)."""
    from rasd.kb.gazetteer import load_yaml as load_place_yaml

    names: dict[str, tuple[tuple[str, ...], ...]] = {}
    for c in load_place_yaml("countries.yaml")["countries"]:
        forms = {tuple(_words(n)) for n in (c["name"], c.get("name_ar"), *(c.get("names_ar") or ())) if n}
        names[c["name"]] = tuple(sorted(f for f in forms if f))
    return names


def _country_words(words: list[str], country: str | None) -> set[int]:
    """Indices of the words that name ``country`` or are its adjective ("Syria", "Syrian",
    "سوريا", "السورية"): a one-word name begins the word (Arabic: past the article, the name
    without its final alif or ta marbuta); a longer name is its words in a row."""
    marked: set[int] = set()
    for name in _country_names().get(country or "", ()):
        if len(name) == 1:
            stem = _without_article(name[0])
            stem = stem[:-1] if _ARABIC.search(stem) and stem[-1] in "اه" and len(stem) > 3 else stem
            if len(stem) < 3:
                continue
            marked.update(i for i, w in enumerate(words) if _without_article(w).startswith(stem))
        else:
            for i in range(len(words) - len(name) + 1):
                if tuple(words[i:i + len(name)]) == name:
                    marked.update(range(i, i + len(name)))
    return marked


@cache
def _state_names() -> frozenset[tuple[str, ...]]:
    """Every name and alias of a state's own forces in the knowledge base ("الجيش السوري",
    "Syrian army", "قوات النظام"), as word tuples."""
    from rasd.kb.actors import default_kb

    return frozenset(tuple(_words(n)) for a in default_kb().actors.values() if a.type == "State forces"
                     for n in (a.name, a.name_ar, *a.aliases) if n)


def _spans(gold: list[str], words: list[str]) -> Iterator[range]:
    """The runs of ``words`` a gold name covers. A Latin-script name must be whole words in a
    row ("IS" is not in "Prisoners", "US" not in "Russia"); an Arabic one may also begin or
    end inside a word, as the gold's Arabic stems expect ("امريك" in "الأمريكية")."""
    if not gold:
        return
    if not _ARABIC.search(" ".join(gold)):
        for i in range(len(words) - len(gold) + 1):
            if words[i:i + len(gold)] == gold:
                yield range(i, i + len(gold))
        return
    text, starts = "", []
    for w in words:
        starts.append(len(text))
        text += w + " "
    needle = " ".join(gold)
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        yield range(sum(s <= at for s in starts) - 1, sum(s < end for s in starts))
        at = text.find(needle, at + 1)


def actor_matches(gold: list[str] | None, system: dict[str, Any] | None) -> bool:
    """Does a gold actor (a list of acceptable names) accept the system's actor?

    An unknown gold actor (null) accepts none or ACLED's "Unidentified ..." actor, which is
    how ACLED codes an unknown perpetrator. Otherwise a gold name must be words of the system
    actor's name or Arabic name (:func:`_spans`). A state's name names its own forces only:
    in any other actor's name (type other than State forces: civilians, protesters, an
    unidentified armed group, a rebel group), the country's name or adjective, bracketed or
    not ("Civilians (Syria)", "Free Syrian Army", "فصائل المعارضة السورية"), says where the
    actor is, not who it is, so the gold name must also cover a word of the name that is not
    the country; and a gold name that is a knowledge-base name of a state's forces ("الجيش
    السوري", "Syrian army") names those forces, not an actor whose name holds it ("الجيش
    السوري الحر") (SCORER27)."""
    if gold is None:
        return system is None or str(system.get("name") or "").startswith("Unidentified")
    if not system:
        return False
    own_state = system.get("type") in (None, "State forces")
    for key in ("name", "name_ar", *(["names"] if system.get("names") else [])):
        for name in (system.get(key) or []) if key == "names" else [system.get(key)]:
            if not name:
                continue
            words = _words(str(name))
            country = set() if own_state else _country_words(words, system.get("country"))
            for g in gold:
                if not own_state and tuple(_words(str(g))) in _state_names():
                    continue
                if any(not set(span) <= country for span in _spans(_words(str(g)), words)):
                    return True
    return False


def field_correct(name: str, gold: dict[str, Any], event: EventMention) -> bool:
    if name in ("actor1", "actor2"):
        return actor_matches(gold[name], getattr(event, name))
    if name == "location":
        return location_matches(gold[name], event.location)
    return gold[name] == getattr(event, name)


@dataclass
class EventScore(PRF):
    gold: int = 0
    system: int = 0
    matched: int = 0
    optional: int = 0  # system events matching an optional gold event, left out of P and R
    fields: dict[str, list[int]] = field(default_factory=dict)  # name → [correct, scored]
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # matched events with a wrong field

    def counts(self) -> tuple[int, int, int]:
        return self.matched, self.system, self.gold


def gold_document_ids(gold: list[dict[str, Any]]) -> set[str]:
    """Every document the gold covers: those with gold events and those listed as read."""
    return {g["doc_id"] for g in gold}


_ONE = 1_000_000  # one unit of a required match's agreement outweighs any number of optional matches
_REQUIRED = _ONE * _ONE  # a required match outweighs any agreement and any number of optional matches


def _matches(gold: list[dict[str, Any]], system: dict[str, list[EventMention]]
             ) -> tuple[list[tuple[dict[str, Any], EventMention | None]], list[EventMention]]:
    """Each required gold event with the system mention matched to it (None: missed), in gold
    order, then the mentions matched to optional gold events (matching rules in the module
    docstring)."""
    events = [g for g in gold if not g.get("document")]
    wanted = [g for g in events if not g.get("optional")]
    index = {id(g): i for i, g in enumerate(wanted)}
    found: dict[int, EventMention] = {}
    optional: list[EventMention] = []
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in events:
        by_doc.setdefault(g["doc_id"], []).append(g)
    for doc_id, rows in by_doc.items():  # one maximum matching of the required and optional events
        for g, e in _assign(rows, system.get(doc_id, [])):
            if g.get("optional"):
                optional.append(e)
            else:
                found[index[id(g)]] = e
    return [(g, found.get(i)) for i, g in enumerate(wanted)], optional


def _weight(g: dict[str, Any], e: EventMention) -> int:
    """0 for an incompatible pair; otherwise the most required matches first, then their
    agreement (the gold date, then the sub-event type), then the most optional matches."""
    if e.plover != g["plover"] or not location_matches(g.get("location"), e.location):
        return 0
    if g.get("optional"):
        return 1
    return _REQUIRED + _ONE * (2 * (e.event_date == g.get("event_date") and e.event_date is not None)
                               + (e.sub_event_type == g.get("sub_event_type")))


def _assign(gold: list[dict[str, Any]], mentions: list[EventMention]
            ) -> list[tuple[dict[str, Any], EventMention]]:
    """(gold event, mention) pairs of a maximum one-to-one matching of one document's gold events
    to its mentions, weighted by :func:`_weight`."""
    from scipy.optimize import linear_sum_assignment

    if not gold or not mentions:
        return []
    weights = [[_weight(g, e) for e in mentions] for g in gold]
    return [(gold[r], mentions[c]) for r, c in zip(*linear_sum_assignment(weights, maximize=True), strict=True)
            if weights[r][c]]


def match_labels(gold: list[dict[str, Any]], system: dict[str, list[EventMention]]) -> dict[int, bool | None]:
    """``id(mention)`` → True when it matches a required gold event, None an optional one (the
    score leaves it out), False neither: the labels :mod:`rasd.events.confidence` learns from."""
    required, optional = _matches(gold, system)
    labels: dict[int, bool | None] = {id(e): False for mentions in system.values() for e in mentions}
    labels.update((id(e), True) for _, e in required if e is not None)
    labels.update((id(e), None) for e in optional)
    return labels


def score_events(gold: list[dict[str, Any]], system: dict[str, list[EventMention]]) -> EventScore:
    """Event P/R/F1 and per-field accuracy (matching rules in the module docstring)."""
    required, optional = _matches(gold, system)
    score = EventScore(gold=len(required), system=sum(len(v) for v in system.values()) - len(optional),
                       optional=len(optional))
    for g, best in required:
        if best is None:
            score.misses.append(f"{g['doc_id']} {g['plover']} {g.get('location')} — {g.get('note', '')}")
            continue
        score.matched += 1
        for name in FIELDS:
            if name in g and not (name == "location" and g[name] is None):
                ok = field_correct(name, g, best)
                if not ok:
                    got = getattr(best, name)
                    got = (got or {}).get("name") if isinstance(got, dict) else got
                    score.wrong.append(f"{g['doc_id']} {g['plover']} {name}: gold {g[name]} system {got}")
                tally = score.fields.setdefault(name, [0, 0])
                tally[0] += int(ok)
                tally[1] += 1
    used = {id(e) for _, e in required if e is not None} | {id(e) for e in optional}
    for doc_id, mentions in system.items():
        for e in mentions:
            if id(e) not in used:
                place = (e.location or {}).get("name") or (e.location or {}).get("name_ar")
                score.extras.append(f"{doc_id} {e.plover} {place} — {e.trigger}")
    return score


def gold_documents(seeds_dir: Path, corpus_dir: Path) -> Iterator[Document]:
    """The documents the gold was annotated on: the five seeds and the sample corpus."""
    from rasd.ingest.readers import Incoming, read

    for line in (seeds_dir / "seeds.jsonl").read_text("utf-8").splitlines():
        meta = json.loads(line)
        text = (seeds_dir / meta["file"]).read_text("utf-8")
        precision = meta.get("published_precision")
        yield Document(Meta(id=meta["id"], outlet=meta.get("outlet"), url=meta.get("url"),
                            published=meta.get("published"),
                            published_precision=precision if precision in ("day", "month", "year") else None),
                       raw=text)
    for item in read([str(corpus_dir)]):
        if isinstance(item, Incoming):
            yield Document(item.meta, raw=item.raw)


def unifiedfc_documents(doc_ids: set[str]) -> Iterator[Document]:
    """The UnifiedFC articles an unseen-report gold names (``unifiedfc:<article id>``), as
    rasd reads any page: the text, its address and the outlet's host, no publication date
    (UnifiedFC gives none)."""
    from urllib.parse import urlparse

    from rasd.datasets import unifiedfc_articles

    for article in unifiedfc_articles():
        doc_id = UNIFIEDFC_PREFIX + article.id
        if doc_id in doc_ids:
            yield Document(Meta(id=doc_id, outlet=urlparse(article.url).netloc or None, url=article.url),
                           raw=article.text)


@dataclass
class GsrRow:
    id: str
    label: str
    text: str

    @property
    def bucket(self) -> int:
        return int(hashlib.sha1(self.id.encode("utf-8")).hexdigest()[:8], 16) % BUCKETS


def gsr_rows(path: Path, portion: str = "test") -> list[GsrRow]:
    """Rows of one GSR file with a usable label, in the ``dev`` or held-out ``test`` portion."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [GsrRow(r["id"], r["label"], r["text"]) for r in csv.DictReader(handle)]
    rows = [r for r in rows if r.label in ("yes", "easy no", "difficult no")]
    if portion == "all":
        return rows
    return [r for r in rows if (r.bucket == DEV_BUCKET) == (portion == "dev")]


@dataclass
class Confusion(PRF):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    fp_difficult: int = 0

    def add(self, gold: bool, predicted: bool, difficult: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif gold:
            self.fn += 1
        elif predicted:
            self.fp += 1
            self.fp_difficult += int(difficult)
        else:
            self.tn += 1

    def counts(self) -> tuple[int, int, int]:
        return self.tp, self.tp + self.fp, self.tp + self.fn


# PLOVER as published splits violence in two: FIGHT, conventional military force (CAMEO 19:
# small arms and light weapons, artillery and tanks, aerial weapons, occupying territory) and
# ASSAULT, unconventional violence (CAMEO 18: abduction, physical assault, bombings that are not
# military, assassination) (openeventdata/PLOVER README). rasd's schema has one ASSAULT for both;
# ``rasd eval gsr --assault-as cameo18`` reads these ACLED sub-event types as FIGHT. Measured
# once: the GSR's "yes" rows include conventional fighting, so the default counts every ASSAULT.
GSR_FIGHT = frozenset({
    "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Government regains territory",
    "Non-state actor overtakes territory", "Disrupted weapons use",
})


def gsr_types(mentions: Iterable[EventMention], split_fight: bool = True) -> set[str]:
    """PLOVER types of a sentence's mentions in the GSR's terms (ASSAULT without FIGHT)."""
    return {"FIGHT" if split_fight and m.plover == "ASSAULT" and m.sub_event_type in GSR_FIGHT else m.plover
            for m in mentions}


def score_gsr(rows: Iterable[GsrRow], plover: str, detect) -> tuple[Confusion, Confusion]:
    """(rasd, keyword baseline) confusion on ``rows``; ``detect(text) -> set of PLOVER types``."""
    system, baseline = Confusion(), Confusion()
    keywords = re.compile(GSR_KEYWORDS[plover])
    for row in rows:
        gold = row.label == "yes"
        difficult = row.label == "difficult no"
        system.add(gold, plover in detect(row.text), difficult)
        baseline.add(gold, bool(keywords.search(normalize(row.text).text)), difficult)
    return system, baseline
