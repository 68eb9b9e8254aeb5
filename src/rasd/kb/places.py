"""Place linking: gazetteer names in Arabic text → schema places with geo_precision.

How a phrase becomes a place:

1. **Longest match** over normalised tokens (:func:`rasd.text.normalize.normalize`,
   so hamza, taa marbuta and yaa spellings meet) in a token trie built from every
   Arabic name in the gazetteer. The first token of a name may carry clitics (و ف ب ل ك
   and the article, :func:`rasd.text.clitics.peel`): والبوكمال، بدير الزور، للميادين.
   Words of a name must be adjacent on one line (no punctuation between them).
   rasd's actor matcher (``rasd.kb.matcher``) did not exist when this was written, so
   this module has its own trie; both use the same normaliser and clitic peeler.
2. **Context** from the word before (``cues.yaml``): ``محافظة X`` is the governorate
   (geo_precision 3, its capital as representative point), ``مدينة X`` the city, bare X
   the city when a city and a governorate share the name; ``ريف X [الشرقي]`` the
   countryside of X (admin1 of X; precision 2 around a town, 3 for a governorate or
   its capital); ``بادية X`` X's desert (precision 3); ``شرق/غرب/شمال/جنوب X`` near X
   (precision 2, or 3 for a governorate or region).
3. **Common words** that are also village names (السلام، النصر، الثورة …, ``stoplist.yaml``
   plus words frequent outside LOC entities in the ANERcorp train split,
   ``frequent_words.txt``) link only after a place cue (قرية، بلدة، حي … or في، قرب …).
4. **Ambiguity**: several places with one name are resolved by the governorates the
   sentence, then the document, names unambiguously; a name that stays ambiguous gives
   a ``PLACE_UNRESOLVED`` span with the candidates — never a guess. A name after a
   settlement cue (قرية X, بلدة X …) that no gazetteer entry has is also reported as
   ``PLACE_UNRESOLVED`` ("not in gazetteer").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rasd.kb.gazetteer import Gazetteer, data_path, load, load_yaml
from rasd.text.clitics import peel
from rasd.text.normalize import normalize

TOKEN = re.compile(r"[^\W_]+")
_END = ""  # trie key for "a name ends here" (no token is empty)
_GAP_OK = re.compile(r"[ \-]{0,3}")  # what may separate the words of one name
SETTLEMENT_CUES = ("قريه", "بلده", "مدينه", "حي", "مخيم", "ناحيه", "قريتي", "بلدتي")
SCHEMA_KEYS = ("name", "name_ar", "country", "admin1", "admin2", "latitude", "longitude",
               "geo_precision", "gazetteer_id")


def key_tokens(text: str) -> tuple[str, ...]:
    """The normalised, lower-cased tokens a name or a text is matched on."""
    return tuple(t.lower() for t in TOKEN.findall(normalize(text).text))


def _norm_set(words: list[str]) -> frozenset[str]:
    out = set()
    for w in words:
        out.update(key_tokens(w))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Match:
    """One gazetteer hit: tokens ``[first, last)``, the candidate ids, and its context."""

    first: int
    last: int
    key: str
    ids: tuple[str, ...]
    cue_first: int = -1  # first token of a context cue included in the span
    rule: str = "gazetteer:name"
    relation: str | None = None
    direction: str | None = None
    value: dict[str, Any] | None = None
    unresolved: str | None = None
    candidates: tuple[str, ...] = ()
    sentence: int = 0


@dataclass
class Cues:
    strong: frozenset[str]
    weak: frozenset[str]
    governorate: frozenset[str]
    city: frozenset[str]
    countryside: frozenset[str]
    desert: frozenset[str]
    directions: dict[str, str]  # token → east/west/north/south
    direction_names: dict[str, list[str]]
    not_names: frozenset[str]
    name_prefixes: frozenset[str]
    stop_strong: frozenset[str]
    stop_weak: frozenset[str]


@cache
def load_cues() -> Cues:
    c = load_yaml("cues.yaml")
    s = load_yaml("stoplist.yaml")
    frequent: list[str] = []
    path = data_path("frequent_words.txt")
    if path.exists():
        frequent = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
                    if ln and not ln.startswith("#")]
    directions = {}
    for side, words in c["directions"].items():
        for w in _norm_set(words):
            directions[w] = side
    stop_strong = _norm_set(s["strong"])
    return Cues(
        strong=_norm_set(c["place_cues"]["strong"]),
        weak=_norm_set(c["place_cues"]["weak"]),
        governorate=_norm_set(c["governorate_cues"]),
        city=_norm_set(c["city_cues"]),
        countryside=_norm_set(c["countryside"]),
        desert=_norm_set(c["desert"]),
        directions=directions,
        direction_names=c["direction_names"],
        not_names=_norm_set(c["not_names"]),
        name_prefixes=_norm_set(c["name_prefixes"]),
        stop_strong=stop_strong,
        stop_weak=(_norm_set(s["weak"]) | _norm_set(frequent)) - stop_strong,
    )


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    return tuple(peel(word))


@dataclass
class Linker:
    """Finds and resolves place names in one text; build once (:func:`linker`), reuse."""

    gz: Gazetteer
    cues: Cues
    trie: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, ids in self.gz.names.items():
            toks = key_tokens(name)
            if not toks or (len(toks) == 1 and len(toks[0]) < 3):
                continue
            node = self.trie
            for t in toks:
                node = node.setdefault(t, {})
            node.setdefault(_END, set()).update(ids)

    # ------------------------------------------------------------------ matching
    def _tokens(self, text: str) -> list[Token]:
        return [Token(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]

    def _adjacent(self, text: str, a: Token, b: Token) -> bool:
        return _GAP_OK.fullmatch(text[a.end : b.start]) is not None

    def _longest(self, text: str, toks: list[Token], i: int) -> tuple[int, str, set[str]] | None:
        best: tuple[int, str, set[str]] | None = None
        for prefix, stem in _readings(toks[i].text):
            if prefix.endswith("ال"):  # names keep their own article: السورية ≠ سورية
                continue
            node = self.trie.get(stem)
            if node is None:
                continue
            j = i + 1
            words = [stem]
            while True:
                if _END in node and (best is None or j > best[0]):
                    best = (j, " ".join(words), node[_END])
                if j >= len(toks) or not self._adjacent(text, toks[j - 1], toks[j]):
                    break
                nxt = node.get(toks[j].text)
                if nxt is None:
                    break
                words.append(toks[j].text)
                node = nxt
                j += 1
        return best

    def _cue_before(self, text: str, toks: list[Token], i: int,
                    floor: int = 0) -> tuple[str | None, int]:
        """The kind of context cue right before token ``i`` and the cue's token index.

        ``floor`` is the first token not taken by the previous match.
        """
        k = i - 1
        if k < floor or not self._adjacent(text, toks[k], toks[i]):
            return None, -1
        c = self.cues
        for _prefix, stem in _readings(toks[k].text):
            if stem in c.governorate:
                return "governorate", k
            if stem in c.countryside:
                return "countryside", k
            if stem in c.desert:
                return "desert", k
            if stem in c.city:
                return "city", k
            if stem in c.directions and not stem.startswith("ال"):  # شرق X, not الشرقي
                return "direction:" + c.directions[stem], k
            if stem in c.strong:
                return "strong", k
            if stem in c.weak:
                return "weak", k
        return None, -1

    def find(self, text: str) -> list[Match]:
        """All place mentions of ``text`` (normalised), resolved or marked unresolved."""
        toks = self._tokens(text)
        matches: list[Match] = []
        i = 0
        n = len(toks)
        floor = 0
        while i < n:
            hit = self._longest(text, toks, i)
            if hit is None:
                un = self._unknown_after_cue(text, toks, i)
                if un is not None:
                    matches.append(un)
                    i = floor = un.last
                    continue
                i += 1
                continue
            j, key, ids = hit
            m = Match(i, j, key, tuple(sorted(ids)))
            if self._apply_context(text, toks, m, floor):
                matches.append(m)
                i = floor = m.last
            else:
                i += 1
        return matches

    def _unknown_after_cue(self, text: str, toks: list[Token], i: int) -> Match | None:
        """``قرية X`` where no gazetteer entry is called X: an unresolved place."""
        if i == 0 or not self._adjacent(text, toks[i - 1], toks[i]):
            return None
        cue = toks[i - 1].text
        if not any(stem in SETTLEMENT_CUES for _p, stem in _readings(cue)):
            return None
        w = toks[i].text
        c = self.cues
        if (w in c.not_names or len(w) < 3 or not w.isalpha() or w.isascii()
                or any(stem in c.not_names for _p, stem in _readings(w))):
            return None
        last = i + 1
        if w in c.name_prefixes and last < len(toks) and self._adjacent(text, toks[i], toks[last]):
            nxt = toks[last].text
            if nxt.isalpha() and not nxt.isascii() and nxt not in c.not_names:
                last += 1
        return Match(i, last, " ".join(t.text for t in toks[i:last]), (), cue_first=-1,
                     rule="cue:unknown-name", unresolved="not in gazetteer")

    # ------------------------------------------------------------------ context
    def _apply_context(self, text: str, toks: list[Token], m: Match, floor: int) -> bool:
        """Narrow candidates by the cue before the name; False drops the match."""
        gz = self.gz
        cue, k = self._cue_before(text, toks, m.first, floor)
        places = [gz.places[p] for p in m.ids]
        govs = [p for p in places if p["kind"] == "governorate"]
        others = [p for p in places if p["kind"] != "governorate"]
        c = self.cues
        single = " " not in m.key
        needs_strong = (single and m.key in c.stop_strong) or any(p.get("needs_cue") for p in places)
        needs_weak = single and m.key in c.stop_weak
        strongish = cue in ("strong", "governorate", "city", "countryside", "desert")
        if needs_strong and not strongish:
            return False
        if needs_weak and not (strongish or cue == "weak" or (cue or "").startswith("direction")):
            return False

        if cue == "governorate" and govs:
            m.ids, m.cue_first, m.rule = tuple(p["id"] for p in govs), k, "gazetteer:governorate-cue"
        elif cue == "city" and others:
            m.ids, m.cue_first, m.rule = tuple(p["id"] for p in others), k, "gazetteer:city-cue"
        elif govs and others:
            # bare name shared by a governorate and towns: the town named like its
            # governorate (its capital, usually) is meant; else the governorate
            same = [p for p in others if p.get("admin1") in {g["admin1"] for g in govs}]
            m.ids = tuple(p["id"] for p in (same or govs))
        if cue == "countryside":
            m.cue_first, m.relation, m.rule = k, "countryside", "gazetteer:countryside"
        elif cue == "desert":
            m.cue_first, m.relation, m.rule = k, "desert", "gazetteer:desert"
        elif cue and cue.startswith("direction:"):
            m.cue_first, m.relation, m.rule = k, "near", "gazetteer:direction"
            m.direction = cue.split(":", 1)[1]
        # a direction adjective after a countryside / governorate / region phrase
        kinds = {gz.places[p]["kind"] for p in m.ids}
        if m.relation in ("countryside", "desert") or kinds & {"governorate", "region"}:
            d = self._direction_after(text, toks, m.last)
            if d is not None:
                m.direction, m.last = d
                if m.relation is None:
                    m.relation = "part"
        return True

    def _direction_after(self, text: str, toks: list[Token], j: int) -> tuple[str, int] | None:
        if j >= len(toks) or not self._adjacent(text, toks[j - 1], toks[j]):
            return None
        side = self.cues.directions.get(toks[j].text)
        if side is None or not toks[j].text.startswith("ال"):
            return None
        end = j + 1
        if end < len(toks) and self._adjacent(text, toks[j], toks[end]):
            side2 = self.cues.directions.get(toks[end].text)
            if side2 and toks[end].text.startswith("ال") and side2 != side:
                return f"{side}-{side2}", end + 1
        return side, end

    # ------------------------------------------------------------------ resolution
    def resolve(self, matches: list[Match], sentence_of: list[int]) -> None:
        """Pick one place per match (sentence, then document context) or mark unresolved."""
        gz = self.gz
        for m in matches:
            m.sentence = sentence_of[m.first] if sentence_of else 0
        doc_admin: Counter[str] = Counter()
        sent_admin: dict[int, Counter[str]] = {}
        for m in matches:
            if m.unresolved or len(m.ids) != 1:
                continue
            p = gz.places[m.ids[0]]
            if p.get("admin1"):
                doc_admin[p["admin1"]] += 1
                sent_admin.setdefault(m.sentence, Counter())[p["admin1"]] += 1
        for m in matches:
            if m.unresolved:
                continue
            ids = list(m.ids)
            if len(ids) > 1:
                ids, how = self._disambiguate(ids, sent_admin.get(m.sentence, Counter()),
                                              doc_admin)
                if len(ids) != 1:
                    m.unresolved = "ambiguous"
                    m.candidates = tuple(ids)
                    continue
                m.rule += f"+{how}"
            m.value = self._value(gz.places[ids[0]], m)

    def _disambiguate(self, ids: list[str], sent: Counter[str],
                      doc: Counter[str]) -> tuple[list[str], str]:
        gz = self.gz
        for scope, ctx in (("sentence-admin1", sent), ("document-admin1", doc)):
            hit = [i for i in ids if gz.places[i].get("admin1") in ctx]
            if len(hit) == 1:
                return hit, scope
            if len(hit) > 1:
                ids = hit
        # one far larger place (a city among villages of the same name)
        pops = sorted(((gz.places[i].get("population") or 0, i) for i in ids), reverse=True)
        if pops[0][0] >= 100_000 and pops[0][0] >= 10 * max(pops[1][0], 1):
            return [pops[0][1]], "prominence"
        return ids, "ambiguous"

    def _value(self, p: dict[str, Any], m: Match) -> dict[str, Any]:
        kind = p["kind"]
        precision = p.get("geo_precision") or (3 if kind in ("governorate", "country") else 1)
        value = {
            "name": p["name"], "name_ar": p["name_ar"], "country": p["country"],
            "admin1": p.get("admin1"), "admin2": p.get("admin2"),
            "latitude": p["latitude"], "longitude": p["longitude"],
            "geo_precision": precision, "gazetteer_id": p["id"], "kind": kind,
            "source": p["source"],
        }
        capital_like = kind in ("governorate", "region", "country") or (
            kind == "city" and (p.get("population") or 0) >= 100_000)
        names = self.cues.direction_names
        if m.relation in ("countryside", "desert"):
            side = m.direction
            label_en = _side_label(side, names) + " " if side else ""
            what = "countryside" if m.relation == "countryside" else "desert"
            ar = ("ريف " if m.relation == "countryside" else "بادية ") + p["name_ar"]
            if side:
                ar += " " + " ".join(names[s][2] for s in side.split("-"))
            value.update({
                "name": f"{label_en}{p['name']} {what}".strip(), "name_ar": ar,
                "kind": "region", "relation": m.relation, "direction": side,
                "geo_precision": 3 if capital_like or m.relation == "desert" else 2,
            })
        elif m.relation == "near":
            value.update({"relation": f"{names[m.direction][1]}",
                          "geo_precision": 3 if capital_like and kind != "city" else 2})
        elif m.relation == "part":
            label = _side_label(m.direction, names) if m.direction else ""
            value.update({"relation": "part", "direction": m.direction, "kind": "region",
                          "name": f"{label} {p['name']}".strip(), "geo_precision": 3})
        return value


def _side_label(side: str, names: dict[str, list[str]]) -> str:
    """``east`` → ``eastern``; ``north-west`` → ``north-western``."""
    parts = side.split("-")
    return "-".join([*parts[:-1], names[parts[-1]][0]])


@cache
def linker() -> Linker:
    """The shared linker (gazetteer and cues loaded once per process)."""
    return Linker(load(), load_cues())


@dataclass(frozen=True, slots=True)
class Found:
    """A place mention in the caller's text: offsets, surface, and value or reason."""

    start: int
    end: int
    surface: str
    rule: str
    value: dict[str, Any] | None
    unresolved: dict[str, Any] | None


def link(text: str, sentences: list[tuple[int, int]] | None = None) -> list[Found]:
    """Place mentions of ``text`` (original offsets), each resolved or unresolved.

    ``sentences`` are ``(start, end)`` offsets in ``text``; sentence context is used
    first when same-named places compete.
    """
    lk = linker()
    norm = normalize(text)
    t = norm.text
    matches = lk.find(t)
    toks = lk._tokens(t)
    sentence_of: list[int] = []
    if sentences:
        starts = sorted(norm_start(norm, s) for s, _e in sentences)
        k = 0
        for tok in toks:
            while k + 1 < len(starts) and starts[k + 1] <= tok.start:
                k += 1
            sentence_of.append(k)
    lk.resolve(matches, sentence_of)
    out = []
    for m in matches:
        first = m.cue_first if m.cue_first >= 0 else m.first
        s, e = norm.orig_span(toks[first].start, toks[m.last - 1].end)
        surface = text[s:e]
        if m.value is not None:
            value = dict(m.value, matched=surface)
            out.append(Found(s, e, surface, m.rule, value, None))
        else:
            reason: dict[str, Any] = {"name": surface, "reason": m.unresolved}
            if m.candidates:
                reason["candidates"] = list(m.candidates)
            out.append(Found(s, e, surface, m.rule, None, reason))
    return out


def norm_start(norm: Any, orig_offset: int) -> int:
    """The normalised offset of an original offset (first normalised index at or after)."""
    lo, hi = 0, len(norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if norm.orig(mid) < orig_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def iter_names(gz: Gazetteer | None = None) -> Iterator[tuple[str, str]]:
    """(normalised name, id) for every name in the gazetteer (for reports and tests)."""
    gz = gz or load()
    for name, ids in gz.names.items():
        for pid in ids:
            yield " ".join(key_tokens(name)), pid
