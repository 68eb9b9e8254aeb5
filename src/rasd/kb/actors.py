"""Actor and source knowledge base: YAML data, a strict check, and one-pass linking.

The data lives in ``rasd/data/actors/*.yaml`` (see the README there): actors with an
ACLED-style English name, Arabic name and aliases, ACLED type, country and parent
(Fatemiyoun → IRGC → Iranian forces → Government of Iran); sources (outlets, monitors,
generic cited bodies such as مصدر أمني); and nationality qualifiers (الإيرانية after
قوات/ميليشيات/غارات).

:func:`load_kb` validates everything and refuses broken data with one message per problem
(file, entry, field), so a typo in the data fails ``rasd kb actors --check`` and the tests,
never silently at extraction time. :func:`find_mentions` links a text in one pass of
:class:`~rasd.kb.matcher.AliasMatcher`: explicit aliases first (so the longest, most
specific alias wins), then head + adjective combinations, with two context rules:

* a qualifier adjective only counts after its head noun; after a strike or target noun
  (غارات، مواقع) the span is the adjective alone, so the events stage still sees the head;
* a country or capital name (إيران، موسكو) is the state only when not used as a place
  (not after في، داخل، باتجاه ... and not with an attached ب).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from rasd.datafiles import load_yaml
from rasd.kb.country_context import DUAL_ENDINGS, country_forms
from rasd.kb.gazetteer import load_yaml as load_place_yaml
from rasd.kb.matcher import AliasMatcher, Match, alias_variants, tokens_of
from rasd.text.normalize import fold_letters, normalize

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

ACTOR_TYPES = (
    "State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
    "Protesters", "Civilians", "External/Other forces",
)
# the types that own fighters (not civilians, not a crowd): whose unit a bare "القوات" or
# "التنظيم" may stand for, and who can be a side of a fight (rasd.events.anaphora, .targets)
ARMED_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia",
                         "External/Other forces"})
GOVERNMENT = "Government"  # ACLED names a state's politicians "Government of X", its fighters "Military Forces of X"


def fighting(actor: Any) -> bool:
    """An actor (its value) of an armed type that is no government: one who can carry out an
    attack (a government of ``State forces`` type speaks, asks and orders; its forces strike)."""
    return (isinstance(actor, dict) and actor.get("type") in ARMED_TYPES
            and not str(actor.get("name") or "").startswith(GOVERNMENT))


SOURCE_KINDS = (
    "state-media", "monitor", "opposition-media", "local-network", "foreign-media", "official",
    "generic",
)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_ACTOR_KEYS = {"id", "name", "name_ar", "type", "country", "parent", "wikidata", "aliases",
               "place_aliases", "shared", "note"}
_ACTOR_REQUIRED = ("id", "name", "name_ar", "type", "aliases")
_SOURCE_KEYS = {"id", "name", "name_ar", "kind", "country", "aliases", "wikidata", "note", "shared",
                "actor", "domains"}
# a web host (lower case, no scheme, no www.): the outlet's own site, where its reports are read
_DOMAIN = re.compile(r"^(?!www\.)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_SOURCE_REQUIRED = ("id", "name", "name_ar", "kind", "aliases")
_HEAD_SPANS = ("head", "adjective")
_ROLES = ("force", "militia", "air", "government", "police", "opposition")
# roles whose actor serves at home: no default from ``force`` (rasd.kb.actors._bare_home)
_HOME_ROLES = ("police", "opposition")
# FIXES27: a force named by a word many states' armies share ("الجيش الوطني": the Syrian National
# Army in a report on Syria, Yemen's army in a sentence on Sa'dah): its sentence's one country first
_NATIONAL_ROLE = "national"


class KBError(ValueError):
    """The knowledge base data is broken; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the actor knowledge base:\n  "
                         + "\n  ".join(problems))


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_ar: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    parent: str | None = None
    wikidata: str | None = None
    place_aliases: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    note: str = ""
    file: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    name: str
    name_ar: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    wikidata: str | None = None
    shared: tuple[str, ...] = ()
    note: str = ""
    file: str = ""
    actor: str | None = None  # the actor it is when named without a reporting cue
    domains: tuple[str, ...] = ()  # its web hosts (a report read there is the outlet's own)


@dataclass(frozen=True, slots=True)
class Mention:
    """One ACTOR or SOURCE found in a text (original offsets) with its value and rule."""

    start: int
    end: int
    label: str  # ACTOR | SOURCE
    value: dict[str, Any]
    rule: str


@dataclass
class KB:
    actors: dict[str, Actor]
    sources: dict[str, Source]
    heads: dict[str, dict[str, Any]] = field(default_factory=dict)
    adjectives: list[dict[str, Any]] = field(default_factory=list)
    place_before: frozenset[str] = frozenset()
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reporting: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()
    affiliation: tuple[str, ...] = ()
    eras: list[dict[str, Any]] = field(default_factory=list)
    blockers: tuple[str, ...] = ()
    regional: dict[str, dict[str, Any]] = field(default_factory=dict)  # alias key → entry
    # ``bound`` of eras.yaml: bare ministries read from the report (anaphoric alias keys),
    # names of Syria's rulers bound to the report's country (alias key → role)
    anaphoric: frozenset[str] = frozenset()
    country_bound: dict[str, str] = field(default_factory=dict)
    war_parties: frozenset[str] = frozenset()  # ISO codes whose reports' "regime" is Syria's
    syria_words: frozenset[str] = frozenset()  # a sentence naming one of these is about Syria
    # eras.yaml ``before``: alias key → (until date, actor id): what a name meant before the
    # actor it now links to was founded (فصائل درع الفرات before the SNA, December 2017)
    before: dict[str, tuple[str, str]] = field(default_factory=dict)
    settlement_nouns: frozenset[str] = frozenset()  # مدينة، بلدة …: a settlement's name follows
    town_day_openers: frozenset[str] = frozenset()  # في، جنوب …: "في حلب اليوم" is Aleppo, today
    town_day_words: frozenset[str] = frozenset()  # اليوم, the second word of such an outlet
    town_day_no_places: frozenset[str] = frozenset()  # رأي in "رأي اليوم": no town, the paper
    # bound.unsure_abroad: bare home forces (قوات الأمن) that stay Syria's by default only in a
    # report naming Syria (ACTORS26)
    unsure_abroad: frozenset[str] = frozenset()
    _matcher: AliasMatcher | None = None
    _values: dict[str, dict[str, Any]] = field(default_factory=dict)
    _demonyms: dict[str, str] | None = None

    def chain(self, actor_id: str) -> list[str]:
        """Ids from ``actor_id`` up through its parents (itself first)."""
        out = [actor_id]
        while (parent := self.actors[out[-1]].parent) is not None and parent not in out:
            out.append(parent)
        return out

    def actor_value(self, actor_id: str, matched: str) -> dict[str, Any]:
        """The schema actor (ANNOTATIONS.md ``ACTOR``) plus parent, chain, wikidata, matched."""
        base = self._values.get(actor_id)
        if base is None:
            a = self.actors[actor_id]
            base = self._values[actor_id] = {
                "id": a.id, "name": a.name, "name_ar": a.name_ar, "type": a.type,
                "country": a.country, "parent": a.parent, "chain": self.chain(a.id)[1:],
                "wikidata": a.wikidata}
        value = dict(base, matched=matched)
        value["chain"] = list(base["chain"])
        return value

    def source_value(self, source_id: str, matched: str) -> dict[str, Any]:
        s = self.sources[source_id]
        return {"id": s.id, "name": s.name, "name_ar": s.name_ar, "kind": s.kind,
                "country": s.country, "matched": matched}

    @property
    def matcher(self) -> AliasMatcher:
        if self._matcher is None:
            self._matcher = _build_matcher(self)
        return self._matcher

    @property
    def domains(self) -> dict[str, str]:
        """Web host → source id, from the sources' ``domains`` (each host is one source's)."""
        return {d: s.id for s in self.sources.values() for d in s.domains}

    def lookup(self, text: str) -> list[Mention]:
        return find_mentions(text, self)


# ---------------------------------------------------------------- loading and checks


def _strings(value: Any, where: str, problems: list[str], *, required: bool) -> tuple[str, ...]:
    if value is None:
        if required:
            problems.append(f"{where}: missing (a non-empty list of strings)")
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: must be a list of non-empty strings, got {value!r}")
        return ()
    if required and not value:
        problems.append(f"{where}: must not be empty")
    return tuple(v.strip() for v in value)


def _domains(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    """A source's web hosts: lower-case host names without scheme, path or leading www."""
    domains = _strings(value, where, problems, required=False)
    for d in domains:
        if not _DOMAIN.match(d):
            problems.append(f"{where}: {d!r} is not a lower-case host name (no scheme, path or www.)")
    return domains


def _check_entry(entry: Any, where: str, keys: set[str], required: tuple[str, ...],
                 problems: list[str]) -> bool:
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a mapping, got {type(entry).__name__}")
        return False
    ok = True
    for key in required:
        if key not in entry or entry[key] in (None, ""):
            problems.append(f"{where}: missing required field '{key}'")
            ok = False
    for key in entry:
        if key not in keys:
            problems.append(f"{where}: unknown field '{key}' (allowed: {', '.join(sorted(keys))})")
    for key in ("id", "name", "name_ar", "type", "kind", "parent", "wikidata", "note"):
        if key in entry and entry[key] is not None and not isinstance(entry[key], str):
            problems.append(f"{where}: field '{key}' must be a string, got {entry[key]!r}")
            ok = False
    if isinstance(entry.get("id"), str) and not _SLUG.match(entry["id"]):
        problems.append(f"{where}: id {entry['id']!r} is not a slug (lower-case words joined by -)")
    if entry.get("wikidata") and not _WIKIDATA.match(entry["wikidata"]):
        problems.append(f"{where}: wikidata {entry['wikidata']!r} is not a Q-id")
    return ok


def parse_kb(documents: Iterable[tuple[str, Any]]) -> KB:
    """Build and check a KB from parsed YAML documents ``(file name, data)``.

    Raises :class:`KBError` listing every problem: missing or unknown fields, bad types,
    ids that are not slugs or not unique, unknown parents or parent cycles, unknown ACLED
    types or source kinds, and an alias claimed by two entries without ``shared``.
    """
    problems: list[str] = []
    actors: dict[str, Actor] = {}
    sources: dict[str, Source] = {}
    heads: dict[str, dict[str, Any]] = {}
    adjectives: list[dict[str, Any]] = []
    place_before: set[str] = set()
    spellings: dict[str, tuple[str, ...]] = {}
    reporting: set[str] = set()
    place_names: set[str] = set()
    settlement_nouns: set[str] = set()
    town_day_openers: set[str] = set()
    town_day_words: set[str] = set()
    town_day_no_places: set[str] = set()
    affiliation: list[str] = []
    eras: list[dict[str, Any]] = []
    before: dict[str, tuple[str, str]] = {}
    blockers: list[str] = []
    regional: list[dict[str, Any]] = []
    anaphoric: set[str] = set()
    country_bound: dict[str, str] = {}
    war_parties: set[str] = set()
    unsure_abroad: set[str] = set()
    syria_words: set[str] = set()
    for fname, data in documents:
        if not isinstance(data, dict):
            problems.append(f"{fname}: top level must be a mapping")
            continue
        unknown = set(data) - {"actors", "sources", "heads", "adjectives", "place_context", "spellings",
                               "reporting_cues", "affiliation", "eras", "blockers", "regional",
                               "bound", "before"}
        if unknown:
            problems.append(f"{fname}: unknown top-level key(s) {sorted(unknown)}")
        for i, entry in enumerate(data.get("actors") or []):
            where = f"{fname} actors[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
            ok = _check_entry(entry, where, _ACTOR_KEYS, _ACTOR_REQUIRED, problems)
            if not isinstance(entry, dict):
                continue
            if "country" not in entry:
                problems.append(f"{where}: missing field 'country' (a country name or null)")
            if "type" in entry and entry["type"] not in ACTOR_TYPES:
                problems.append(f"{where}: type {entry['type']!r} is not an ACLED actor type "
                                f"({', '.join(ACTOR_TYPES)})")
            aliases = _strings(entry.get("aliases"), f"{where} aliases", problems, required=True)
            if not ok:
                continue
            if entry["id"] in actors or entry["id"] in sources:
                problems.append(f"{where}: duplicate id {entry['id']!r}")
                continue
            actors[entry["id"]] = Actor(
                id=entry["id"], name=entry["name"], name_ar=entry["name_ar"], type=entry["type"],
                country=entry.get("country"), parent=entry.get("parent"),
                wikidata=entry.get("wikidata"), aliases=aliases,
                place_aliases=_strings(entry.get("place_aliases"), f"{where} place_aliases",
                                       problems, required=False),
                shared=_strings(entry.get("shared"), f"{where} shared", problems, required=False),
                note=entry.get("note") or "", file=fname)
        for i, entry in enumerate(data.get("sources") or []):
            where = f"{fname} sources[{i}]" + (f" ({entry.get('id')})" if isinstance(entry, dict) else "")
            ok = _check_entry(entry, where, _SOURCE_KEYS, _SOURCE_REQUIRED, problems)
            if not isinstance(entry, dict):
                continue
            if "kind" in entry and entry["kind"] not in SOURCE_KINDS:
                problems.append(f"{where}: kind {entry['kind']!r} is not one of {', '.join(SOURCE_KINDS)}")
            aliases = _strings(entry.get("aliases"), f"{where} aliases", problems, required=True)
            if not ok:
                continue
            if entry["id"] in actors or entry["id"] in sources:
                problems.append(f"{where}: duplicate id {entry['id']!r}")
                continue
            sources[entry["id"]] = Source(
                id=entry["id"], name=entry["name"], name_ar=entry["name_ar"], kind=entry["kind"],
                country=entry.get("country"), wikidata=entry.get("wikidata"), aliases=aliases,
                shared=_strings(entry.get("shared"), f"{where} shared", problems, required=False),
                note=entry.get("note") or "", file=fname, actor=entry.get("actor"),
                domains=_domains(entry.get("domains"), f"{where} domains", problems))
        for name, group in (data.get("heads") or {}).items():
            where = f"{fname} heads.{name}"
            if not isinstance(group, dict) or group.get("span") not in _HEAD_SPANS or \
                    group.get("role", "force") not in _ROLES:
                problems.append(f"{where}: needs span in {_HEAD_SPANS} and role in {_ROLES}")
                continue
            words = _strings(group.get("words"), f"{where} words", problems, required=True)
            heads[name] = {"span": group["span"], "role": group.get("role", "force"), "words": words,
                           "indefinite": bool(group.get("indefinite"))}
        for i, adj in enumerate(data.get("adjectives") or []):
            where = f"{fname} adjectives[{i}]"
            if not isinstance(adj, dict) or "forms" not in adj or "force" not in adj:
                problems.append(f"{where}: needs 'forms' and 'force'")
                continue
            adjectives.append({"forms": _strings(adj["forms"], f"{where} forms", problems, required=True),
                               "extra": _strings(adj.get("extra"), f"{where} extra", problems,
                                                 required=False),
                               "countries": _strings(adj.get("countries"), f"{where} countries",
                                                     problems, required=False),
                               "backed": adj.get("backed"),
                               **{r: adj.get(r, None if r in ("government", *_HOME_ROLES)
                                             else adj["force"])
                                  for r in _ROLES},
                               "where": where})
        for i, group in enumerate(data.get("spellings") or []):
            words = _strings(group, f"{fname} spellings[{i}]", problems, required=True)
            keys = [" ".join(tokens_of(w)) for w in words]
            if any(len(k.split()) != 1 for k in keys):
                problems.append(f"{fname} spellings[{i}]: each spelling must be one word")
                continue
            for k in keys:
                spellings[k] = tuple(x for x in keys if x != k)
        for i, entry in enumerate(data.get("before") or []):
            where = f"{fname} before[{i}]"
            if not isinstance(entry, dict) or not re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", str(entry.get("until"))) or not entry.get("actor"):
                problems.append(f"{where}: needs until (YYYY-MM-DD), actor and aliases")
                continue
            for k in _strings(entry.get("aliases"), f"{where} aliases", problems, required=True):
                for v in alias_variants(k):
                    before[" ".join(tokens_of(v))] = (str(entry["until"]), str(entry["actor"]))
        for i, era in enumerate(data.get("eras") or []):
            where = f"{fname} eras[{i}]"
            if not isinstance(era, dict) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(era.get("from"))) \
                    or not isinstance(era.get("map"), dict):
                problems.append(f"{where}: needs from (YYYY-MM-DD) and map (old id: new id)")
                continue
            keep = _strings(era.get("keep"), f"{where} keep", problems, required=False)
            relink = era.get("relink") or {}
            if not isinstance(relink, dict):
                problems.append(f"{where}: relink must map an actor id to aliases")
                relink = {}
            eras.append({"from": str(era["from"]), "map": dict(era["map"]), "where": where,
                         "keep": frozenset(" ".join(tokens_of(v)) for k in keep
                                           for v in alias_variants(k)),
                         "markers": frozenset(" ".join(tokens_of(v)) for k in
                                              _strings(era.get("markers"), f"{where} markers",
                                                       problems, required=False)
                                              for v in alias_variants(k)),
                         "new": frozenset(" ".join(tokens_of(v)) for k in
                                          _strings(era.get("new"), f"{where} new", problems,
                                                   required=False)
                                          for v in alias_variants(k)),
                         "relink": {" ".join(tokens_of(v)): str(new_id)
                                    for new_id, names in relink.items()
                                    for k in _strings(names, f"{where} relink", problems,
                                                      required=True)
                                    for v in alias_variants(k)}})
        for i, entry in enumerate(data.get("regional") or []):
            parsed = _parse_regional(entry, f"{fname} regional[{i}]", problems)
            if parsed is not None:
                regional.append(parsed)
        bound = data.get("bound") or {}
        if not isinstance(bound, dict) or set(bound) - {"anaphoric", "country", "war_parties",
                                                       "syria_words", "unsure_abroad"} \
                or not isinstance(bound.get("country") or {}, dict) \
                or set((bound.get("country") or {}).values()) - {"force", "government",
                                                                  *_HOME_ROLES, _NATIONAL_ROLE}:
            problems.append(f"{fname} bound: needs anaphoric (aliases) and country "
                            f"(alias: force, government, police, opposition or national)")
        else:
            anaphoric.update(" ".join(tokens_of(v)) for a in
                             _strings(bound.get("anaphoric"), f"{fname} bound.anaphoric",
                                      problems, required=False) for v in alias_variants(a))
            syria_words.update(" ".join(tokens_of(w)) for w in
                               _strings(bound.get("syria_words"), f"{fname} bound.syria_words",
                                        problems, required=False))
            war_parties.update(_strings(bound.get("war_parties"), f"{fname} bound.war_parties",
                                        problems, required=False))
            unsure_abroad.update(" ".join(tokens_of(v)) for a in
                                 _strings(bound.get("unsure_abroad"), f"{fname} bound.unsure_abroad",
                                          problems, required=False) for v in alias_variants(a))
            country_bound.update({" ".join(tokens_of(v)): role for a, role in
                                  (bound.get("country") or {}).items()
                                  for v in alias_variants(str(a))})
        blockers.extend(_strings(data.get("blockers"), f"{fname} blockers", problems, required=False))
        affiliation.extend(_strings(data.get("affiliation"), f"{fname} affiliation", problems,
                                    required=False))
        reporting.update(" ".join(tokens_of(w)) for w in
                         _strings(data.get("reporting_cues"), f"{fname} reporting_cues", problems,
                                  required=False))
        context = data.get("place_context") or {}
        place_before.update(" ".join(tokens_of(w)) for w in
                            _strings(context.get("before"), f"{fname} place_context.before",
                                     problems, required=False) if w)
        place_names.update(" ".join(tokens_of(w)) for w in
                           _strings(context.get("places"), f"{fname} place_context.places",
                                    problems, required=False) if w)
        for key_, into in (("settlement_nouns", settlement_nouns), ("town_day_openers", town_day_openers),
                           ("town_day_words", town_day_words), ("town_day_no_places", town_day_no_places)):
            into.update(" ".join(tokens_of(w)) for w in
                        _strings(context.get(key_), f"{fname} place_context.{key_}", problems,
                                 required=False) if w)
    for a in actors.values():
        if a.parent is not None:
            if a.parent not in actors:
                problems.append(f"{a.file} ({a.id}): parent {a.parent!r} is not an actor id")
                continue
            seen = {a.id}
            cur: str | None = a.parent
            while cur is not None and cur in actors:
                if cur in seen:
                    problems.append(f"{a.file} ({a.id}): parent chain loops back to {cur!r}")
                    break
                seen.add(cur)
                cur = actors[cur].parent
    domain_owner: dict[str, str] = {}
    for src in sources.values():
        if src.actor is not None and src.actor not in actors:
            problems.append(f"{src.file} ({src.id}): actor {src.actor!r} is not an actor id")
        for d in src.domains:
            if d in domain_owner:
                problems.append(f"{src.file} ({src.id}): domain {d!r} is also {domain_owner[d]!r}'s")
            domain_owner.setdefault(d, src.id)
    for era in eras:
        for old_id, new_id in era["map"].items():
            if old_id not in actors or new_id not in actors:
                problems.append(f"{era['where']}: {old_id!r} → {new_id!r} must both be actor ids")
        for new_id in set(era["relink"].values()):
            if new_id not in actors:
                problems.append(f"{era['where']}: relink target {new_id!r} is not an actor id")
    regional_by_key: dict[str, dict[str, Any]] = {}
    for entry in regional:
        for actor_id in (entry["actor"], *(r["actor"] for r in entry["rules"])):
            if actor_id not in actors:
                problems.append(f"{entry['where']}: {actor_id!r} is not an actor id")
        for key in entry["keys"]:
            if key in regional_by_key:
                problems.append(f"{entry['where']}: alias {key!r} is already regional")
            regional_by_key[key] = entry
    for key, (_, actor_id) in before.items():
        if actor_id not in actors:
            problems.append(f"before: {actor_id!r} ({key}) is not an actor id")
    for adj in adjectives:
        if adj["backed"] is not None and adj["backed"] not in actors:
            problems.append(f"{adj['where']}: backed actor {adj['backed']!r} is not an actor id")
        for role in _ROLES:
            if adj[role] is not None and adj[role] not in actors:
                problems.append(f"{adj['where']}: {role} actor {adj[role]!r} is not an actor id")
    problems += _alias_conflicts(actors, sources)
    if problems:
        raise KBError(problems)
    place_names.update(" ".join(tokens_of(p)) for a in actors.values() for p in a.place_aliases)
    return KB(actors, sources, heads, adjectives, frozenset(place_before), spellings,
              frozenset(reporting), frozenset(place_names), tuple(affiliation), eras,
              tuple(blockers), regional_by_key, frozenset(anaphoric), country_bound,
              frozenset(war_parties), frozenset(syria_words), before,
              settlement_nouns=frozenset(settlement_nouns), town_day_openers=frozenset(town_day_openers),
              town_day_words=frozenset(town_day_words), town_day_no_places=frozenset(town_day_no_places),
              unsure_abroad=frozenset(unsure_abroad))


_REGIONAL_RULE_KEYS = {"actor", "country", "admin1", "admin2", "places", "from", "until"}


def _parse_regional(entry: Any, where: str, problems: list[str]) -> dict[str, Any] | None:
    """One ``regional`` entry: aliases whose actor depends on the report's places."""
    if not isinstance(entry, dict) or set(entry) - {"aliases", "actor", "rules", "note"} \
            or not isinstance(entry.get("actor"), str) or not isinstance(entry.get("rules"), list):
        problems.append(f"{where}: needs aliases, actor and rules (and nothing else but note)")
        return None
    aliases = _strings(entry.get("aliases"), f"{where} aliases", problems, required=True)
    rules = []
    for k, rule in enumerate(entry["rules"]):
        at = f"{where} rules[{k}]"
        if not isinstance(rule, dict) or set(rule) - _REGIONAL_RULE_KEYS \
                or not isinstance(rule.get("actor"), str) or not isinstance(rule.get("country"), str):
            problems.append(f"{at}: needs actor and country (optional admin1, admin2, places, "
                            f"from, until)")
            continue
        bad = [k for k in ("from", "until")
               if k in rule and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(rule[k]))]
        if bad:
            problems.append(f"{at}: {' and '.join(bad)} must be YYYY-MM-DD")
            continue
        rules.append({"actor": rule["actor"], "country": rule["country"],
                      "from": str(rule["from"]) if "from" in rule else None,
                      "until": str(rule["until"]) if "until" in rule else None,
                      **{a: frozenset(_strings(rule.get(a), f"{at} {a}", problems, required=False))
                         for a in ("admin1", "admin2", "places")}})
    keys = frozenset(" ".join(tokens_of(v)) for a in aliases for v in alias_variants(a))
    return {"actor": entry["actor"], "rules": rules, "keys": keys, "where": where}


def regional_actor(kb: KB, actor: dict[str, Any], places: list[dict[str, Any]],
                   published: str | None) -> tuple[str, str] | None:
    """The actor a region-dependent alias names given the ``places`` around it.

    Returns ``(actor id, rule suffix)`` when ``actor`` (an ACTOR value) was matched by a
    ``regional`` alias of the data and still carries the entry's default actor, else None.
    The first rule one of the places meets decides; none met keeps the default.
    """
    entry = kb.regional.get(str(actor.get("matched") or ""))
    if entry is None or "apposition" in actor:
        return None
    # the default, or what an era renamed it to (إدارة مكافحة المخدرات in 2025: the new police)
    if actor.get("id") != entry["actor"] \
            and actor.get("id") not in {e["map"].get(entry["actor"]) for e in kb.eras}:
        return None
    # a country named as a destination or origin (تهريب إلى الأردن) says less than a town: the
    # countries count only when no smaller place is named
    places = [p for p in places if p.get("kind") != "country"] or places
    for rule in entry["rules"]:
        if rule["from"] is not None and not (published and published[:10] >= rule["from"]):
            continue
        if rule["until"] is not None and published and published[:10] >= rule["until"]:
            continue  # a control that ended (the SDF left Raqqa and Deir ez-Zor in Jan 2026)
        for p in places:
            if p.get("country") != rule["country"]:
                continue
            if rule["places"] and p.get("gazetteer_id") not in rule["places"]:
                continue
            if rule["admin1"] and p.get("admin1") not in rule["admin1"]:
                continue
            if rule["admin2"] and p.get("admin2") not in rule["admin2"]:
                continue
            where = rule["country"] + (f"/{p.get('admin1')}" if p.get("admin1") else "")
            return rule["actor"], f"+region:{where}"
    return None


def _alias_conflicts(actors: dict[str, Actor], sources: dict[str, Source]) -> list[str]:
    """An alias (in normalised form) may belong to two entries only if one lists it in ``shared``."""
    owners: dict[str, list[tuple[str, str, str]]] = {}
    for entry in (*actors.values(), *sources.values()):
        forms = [*entry.aliases, *getattr(entry, "place_aliases", ())]
        keys = {" ".join(tokens_of(v)) for alias in forms for v in alias_variants(alias)}
        shared = {" ".join(tokens_of(v)) for alias in entry.shared for v in alias_variants(alias)}
        for key in keys:
            owners.setdefault(key, []).append((entry.id, entry.file, "shared" if key in shared else ""))
    problems = []
    for key, who in sorted(owners.items()):
        if len({w[0] for w in who}) > 1 and not any(w[2] for w in who):
            names = ", ".join(f"{i} ({f})" for i, f, _ in who)
            problems.append(f"alias {key!r} is claimed by {names}; keep it in one entry or "
                            f"list it under 'shared' where it is deliberately ambiguous")
    return problems


def load_kb(directory: Path | None = None) -> KB:
    """Read and check every ``*.yaml`` in ``directory`` (default: the packaged data)."""
    directory = directory or DATA_DIR
    docs = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            docs.append((path.name, load_yaml(path.read_text(encoding="utf-8"))))
        except yaml.YAMLError as err:
            raise KBError([f"{path.name}: not valid YAML: {err}"]) from err
    if not docs:
        raise KBError([f"{directory}: no *.yaml files"])
    return parse_kb(docs)


@cache
def default_kb() -> KB:
    """The packaged knowledge base, loaded and checked once per process."""
    return load_kb()


# ---------------------------------------------------------------- matching

_ARTICLE = "ال"


def _adjective_forms(base: str) -> list[str]:
    """إيراني → إيراني، إيرانية، إيرانيين، إيرانيون، the duals إيرانيان، إيرانيتان، إيرانيتين
    (جنديان روسيان، طائرتان إسرائيليتان: the country words' :data:`DUAL_ENDINGS`) and each
    with ال."""
    endings = dict.fromkeys(("", "ة", "ين", "ون", *DUAL_ENDINGS))
    forms = [base + e for e in endings]
    return forms + [_ARTICLE + f for f in forms]


def _spelled(alias: str, spellings: dict[str, tuple[str, ...]]) -> list[str]:
    """The alias and its other accepted spellings, word by word (سوريا / سورية ...)."""
    out: list[list[str]] = [[]]
    for tok in _WORD.findall(normalize(alias).text):  # case kept: IS is not "is"
        alts = spellings.get(tok.lower(), ())
        out = [[*prefix, alt] for prefix in out for alt in (tok, *alts)][:16]
    return [" ".join(words) for words in out]


def _build_matcher(kb: KB) -> AliasMatcher:
    """Explicit aliases first, so they win over head + adjective combinations of equal length."""
    m = AliasMatcher()

    def forms(alias: str) -> list[str]:
        return [s for v in alias_variants(alias) for s in _spelled(v, kb.spellings)]

    for phrase in kb.blockers:  # النظام السياسي: longer than النظام, so it wins and is dropped
        for variant in forms(phrase):
            m.add(variant, ("block", phrase, "", None))
    for a in kb.actors.values():
        for alias in a.aliases:
            for variant in forms(alias):
                m.add(variant, ("actor", a.id, "actor:alias", None))
        for alias in a.place_aliases:
            for variant in _spelled(alias, kb.spellings):
                m.add(variant, ("actor", a.id, "actor:country-name", "place"))
    # ACTORS26: a bare security force before a named service it ends in ("عناصر الأمن العسكري"،
    # "قوات الأمن الجنائي": bound.unsure_abroad, whose last word begins the service's alias) is that
    # service: the bare force, the longer match from the left, would hide it
    lasts = {bare.rpartition(" ")[2] for bare in kb.unsure_abroad if " " in bare}
    services = [(variant, a.id) for a in kb.actors.values() for alias in a.aliases
                for variant in forms(alias) if " " in variant and variant.split(" ", 1)[0] in lasts]
    for bare in kb.unsure_abroad:
        head, _, last = bare.rpartition(" ")
        for variant, ident in services:
            if head and variant.split(" ", 1)[0] == last:
                m.add(f"{head} {variant}", ("actor", ident, "actor:alias", None))
    for s in kb.sources.values():
        for alias in s.aliases:
            for variant in forms(alias):
                m.add(variant, ("source", s.id, "source:alias", None))
    for adj in kb.adjectives:
        forms = [f for base in adj["forms"] for f in _adjective_forms(base)] + list(adj["extra"])
        bare = [f for base in adj["forms"] for f in _adjective_forms(base) if not f.startswith("ال")]
        for group_name, group in kb.heads.items():
            actor_id = adj[group["role"]]
            if actor_id is None:
                continue
            for head in group["words"]:
                # an indefinite head takes only indefinite adjectives: قوة روسية is a force,
                # قوة الروس / قوة السعودية "the might of ..." is not
                for form in (bare if group["indefinite"] else forms):
                    m.add(f"{head} {form}",
                          ("actor", actor_id, f"actor:qualifier:{group_name}", group["span"]))
            # ميليشيات تابعة لإيران، فصائل مدعومة من تركيا: the state's proxies, when it has
            # a single actor for them (``backed``)
            backed = adj["backed"]
            if backed is None or group["span"] != "head" or group["role"] not in ("force", "militia") \
                    or group["indefinite"]:
                continue
            for head in group["words"]:
                for connector in kb.affiliation:
                    for country in adj["countries"]:
                        joined = (f"{connector}{country}" if connector.endswith("ل")
                                  else f"{connector} {country}")
                        m.add(f"{head} {joined}",
                              ("actor", backed, f"actor:affiliation:{group_name}", "head"))
    return m


_WORD = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=1 << 16)
def _norm_word(word: str) -> str:
    """A context word in matching form (the same few hundred words recur: في، إلى، قال)."""
    return " ".join(tokens_of(word))


def _previous_words(text: str, start: int, n: int = 2) -> list[str]:
    """The ``n`` normalised words before ``start``, nearest last."""
    return [_norm_word(w) for w in _WORD.findall(text[max(0, start - 60):start])[-n:]]


def _in(word: str, words: frozenset[str]) -> bool:
    """``word`` or, without a leading و ف ب ل (وفي، فإلى، ببحر), is in ``words``."""
    if word in words:
        return True
    while len(word) > 2 and word[0] in "وفبل":
        word = word[1:]
        if word in words:
            return True
    return False


def _used_as_place(text: str, start: int, end: int, kb: KB) -> bool:
    """A country or capital name used as a place: بإيران، في إيران، وفي إيران، في سوريا وإيران."""
    prefix = _attached_prefix(text, start)
    if "ب" in prefix:
        return True
    around = (text[max(0, start - len(prefix) - 4):start - len(prefix)].strip()[-1:]
              + text[end:end + 3].strip()[:1])
    if any(c.isdigit() or c == "|" for c in around):
        return True  # a table or a list of countries with figures, not an actor
    words = _previous_words(text, start - len(prefix))
    if words and _in(words[-1], kb.place_before):
        return True
    # second of two places joined by و: في سوريا والعراق
    return (prefix.endswith("و") and len(words) == 2 and words[-1] in kb.place_names
            and _in(words[-2], kb.place_before))


def _outlet_is_its_town(text: str, start: int, end: int, kb: KB) -> bool:
    """Whether an outlet's name at ``start:end`` is the town it is named after: right after a
    settlement noun (مدينة، بلدة، ريف …), which a settlement's name always follows, or, for a
    name "<town> اليوم", right after في or a direction ("في جنوب حلب اليوم"), with only spaces
    between."""
    head = text[max(0, start - 40):start]
    if not head[-1:].isspace() or not head.rstrip()[-1:].isalpha():
        return False
    words = _previous_words(text, start)
    if not words:
        return False
    if _in(words[-1], kb.settlement_nouns):
        return True
    name = [_norm_word(w) for w in _WORD.findall(text[start:end])]
    return (len(name) == 2 and name[1] in kb.town_day_words and name[0] not in kb.town_day_no_places
            and _in(words[-1], kb.town_day_openers))


def _attached_prefix(text: str, start: int) -> str:
    """Letters glued to the front of the match (و، ب، لل ...)."""
    i = start
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "\u0640"):
        i -= 1
    return text[i:start]


def find_mentions(text: str, kb: KB | None = None, published: str | None = None) -> list[Mention]:
    """ACTOR and SOURCE mentions in ``text``, leftmost-longest, with context rules applied.

    ``published`` (YYYY[-MM[-DD]]) lets an era rule of the data rename a state actor in
    reports written after a change of regime (الجيش السوري in 2025 is the new army).
    """
    kb = kb or default_kb()
    matches = kb.matcher.find(text)
    if published:
        eras = [e for e in kb.eras if published[:len(e["from"])] >= e["from"]]
    else:  # an undated report that names the new order (أحمد الشرع رئيسا) is of its era
        eras = [e for e in kb.eras
                if any(m.payload[0] == "actor" and m.matched in e["markers"] for m in matches)]
    # names of the new order, which before it mean another country's body (the US DEA)
    unborn = frozenset().union(*(e["new"] for e in kb.eras if e not in eras))
    out: list[Mention] = []
    for m in matches:
        kind, ident, rule, mode = m.payload
        if kind == "block" or (kind == "actor" and m.matched in unborn):
            continue
        if kind == "actor" and m.matched in kb.before:
            until, earlier = kb.before[m.matched]
            if _before(text, published, until):  # فصائل درع الفرات in 2017: the FSA's
                ident, rule = earlier, f"{rule}+era:{until}"
        for era in eras:
            if kind == "actor" and m.matched in era["relink"]:
                ident, rule = era["relink"][m.matched], f"{rule}+era:{era['from']}"
            elif kind == "actor" and ident in era["map"] and m.matched not in era["keep"]:
                ident, rule = era["map"][ident], f"{rule}+era:{era['from']}"
        start = m.start
        if kind == "source":
            if kb.sources[ident].kind == "generic" and not _cited(text, start, m.end, kb.reporting):
                continue  # العاملين في وسائل الإعلام: named, not cited
            if _outlet_is_its_town(text, start, m.end, kb):
                continue  # في مدينة حلب اليوم، في جنوب حلب اليوم: the town, not Halab Today
            also = kb.sources[ident].actor
            if also is not None and not _cited(text, start, m.end, kb.reporting):
                out.append(Mention(start, m.end, "ACTOR", kb.actor_value(also, m.matched),
                                   "actor:source-not-cited"))
            else:
                out.append(Mention(start, m.end, "SOURCE", kb.source_value(ident, m.matched), rule))
            continue
        if mode == "place" and _used_as_place(text, start, m.end, kb):
            continue
        if m.matched in _BARE_REGIME and _other_regime(text, m.end):
            continue  # النظام الشيوعي، النظام العالمي: another regime or "the order"
        if (ident in _by_country() or ident in _GENERIC_NAMED) and _after_institution(text, start):
            continue  # مشفى الأطفال، حزب الثوار: the name of a place or a body, not people
        elif mode == "adjective":
            start = _last_word_start(text, m)
        out.append(Mention(start, m.end, "ACTOR", kb.actor_value(ident, m.matched), rule))
    out = _bound(text, _drop_generic_heads(text, out), kb)
    return _appositions(text, out, kb, published)


# how far back (characters) a bare ministry looks for the same ministry named with its
# country: on 1,500 UnifiedFC articles the right antecedents lay within ~2,000 characters;
# farther ones were mostly another story of a headline digest
_ANAPHORA_REACH = 3000


_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-9]\d)(?!\d)")


def _before(text: str, published: str | None, until: str) -> bool:
    """Whether a report was written before ``until`` (YYYY-MM-DD): by its publication date, or,
    undated, by the latest year it names (a report names no year after its own): a latest year
    before ``until``'s, or that very year when ``until`` falls in its December. A report that
    names no year is not read as earlier."""
    if published:
        return published[:len(until)] < until
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return False
    latest, year = max(years), int(until[:4])
    return latest < year or (latest == year and until[5:7] == "12")


def _bound(text: str, out: list[Mention], kb: KB) -> list[Mention]:
    """Names that say whose they are only from the report around them.

    A bare ministry (وزارة الدفاع، وزارة الداخلية) is the same ministry named with its country
    earlier in the report ("وزارة الدفاع الروسية … وقالت وزارة الدفاع": Russia's; rule
    ``+anaphora``); followed by a demonym the knowledge base gives no rule for (وزارة الدفاع
    البريطانية) it is no Syrian actor; otherwise the places stage decides (``regional``).
    The bare "regime" and "government forces" (النظام، القوات الحكومية) are Syria's unless the
    report is plainly about another country: then that country's (``+country:<ISO>``), or no
    actor when the knowledge base has none (Afghanistan's army)."""
    if not out or not (kb.anaphoric or kb.country_bound):
        return out
    keys = kb.anaphoric | kb.country_bound.keys()
    if not any(m.label == "ACTOR" and m.value.get("matched") in keys for m in out):
        return out
    res: list[Mention] = []
    other: str | None = None
    report: str | None = None
    for m in out:
        key = str(m.value.get("matched")) if m.label == "ACTOR" else ""
        if key in kb.anaphoric:
            word = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
            country = _demonyms(kb).get(_norm_word(word.group())) if word else None
            entry = kb.regional.get(key)
            if country is not None and not (entry and any(
                    r["country"] == country for r in entry["rules"])):
                continue  # وزارة الدفاع البريطانية: a ministry the KB does not list
            if country is None and word is not None and _nisba(_norm_word(word.group())):
                continue  # وزارة الداخلية الأفغانية، وزارة الدفاع الوطني: another's ministry
            placed = _country_after(text, m, out, kb)
            if placed is not None:  # وزارة الدفاع في روسيا، وزارة الدفاع بالإمارات
                actor = _ministry_rule(entry, placed)
                if actor is None:
                    continue
                res.append(Mention(m.start, m.end, "ACTOR", kb.actor_value(actor, key),
                                   f"{m.rule}+placed"))
                continue
            core = key.split(" ", 1)[-1]
            prev = next((p for p in reversed(res) if p.label == "ACTOR" and (
                str(p.value.get("matched")).startswith(key + " ")
                or str(p.value.get("matched")).removeprefix(core + " ") in _demonyms(kb))),
                None)
            if prev is not None and m.start - prev.end > _ANAPHORA_REACH:
                prev = None  # a digest's unrelated headline far below: read it afresh
            if prev is not None:
                m = Mention(m.start, m.end, "ACTOR", kb.actor_value(prev.value["id"], key),
                            f"{m.rule}+anaphora")
            elif (said := _sentence_country(text, m.start, m.end)) and \
                    _ministry_of(kb, said, entry) is not None:
                # نقلت وكالات أنباء روسية عن وزارة الدفاع: the one country its sentence names
                m = Mention(m.start, m.end, "ACTOR",
                            kb.actor_value(str(_ministry_of(kb, said, entry)), key),
                            f"{m.rule}+sentence:{said}")
            else:
                if report is None:
                    report = _report_country(text)
                if report:  # a report plainly on Egypt: its interior ministry, or none known
                    actor = _ministry_of(kb, report, entry)
                    if actor is None:
                        continue
                    m = Mention(m.start, m.end, "ACTOR", kb.actor_value(actor, key),
                                f"{m.rule}+country:{report}")
                elif not _names_syria(kb, out) and not _syria_near(text, m.start, m.end,
                                                                    kb.syria_words):
                    continue  # a report that never names Syria: whose ministry is unknown
        elif key in kb.country_bound and kb.country_bound[key] in _HOME_ROLES:
            report = _report_country(text) if report is None else report
            police = _bare_home(text, m, out, kb, report, kb.country_bound[key])
            if police is None:
                continue
            if police[1]:
                m = Mention(m.start, m.end, "ACTOR", kb.actor_value(police[0], key),
                            f"{m.rule}+{police[1]}")
        elif key in kb.country_bound and kb.country_bound[key] == _NATIONAL_ROLE:
            said, how = _sentence_country(text, m.start, m.end), "sentence"
            if not said:
                report = _report_country(text) if report is None else report
                said, how = report, "country"
            if said and said not in kb.war_parties and not _syria_near(text, m.start, m.end,
                                                                       kb.syria_words):
                actor = _country_actor(kb, said, "force")
                if actor is None:
                    continue  # Libya's or Afghanistan's: the KB names no force of its own
                m = Mention(m.start, m.end, "ACTOR", kb.actor_value(actor, key),
                            f"{m.rule}+{how}:{said}")
        elif key in kb.country_bound:
            if other is None:  # the report's country first: most reports are on Syria
                report = _report_country(text) if report is None else report
                other = "" if report in kb.war_parties else report
            if other and not _syria_near(text, m.start, m.end, kb.syria_words):
                actor = _country_actor(kb, other, kb.country_bound[key])
                if actor is None:
                    continue
                m = Mention(m.start, m.end, "ACTOR", kb.actor_value(actor, key),
                            f"{m.rule}+country:{other}")
        res.append(m)
    return res


def _bare_home(text: str, m: Mention, out: list[Mention], kb: KB,
               report: str, role: str) -> tuple[str, str] | None:
    """The police a bare "الشرطة" names (KB11): a force that serves at home, so the police of
    the one foreign country its sentence names ("اعتقالات في بلجيكا … قالت الشرطة"), else of
    the country the report is plainly about — war parties included, unlike the bare army: the
    police in a report on Israel is Israel's — unless the sentence names Syria; else Syria's.
    A definite nisba the knowledge base has no name for after it (الشرطة الباكستانية،
    الشرطة الإسلامية) or a country without a police actor gives no actor (None). Returns the
    actor id and the rule suffix ("" when it stays Syria's). The bare opposition
    ("المعارضة", role ``opposition``) is read the same way: Syria's armed opposition in a
    report on Syria, the knowledge base has no other country's."""
    word = _WORD.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    if word is not None and _nisba(_norm_word(word.group())):
        return None
    polices = {adj[role] for adj in kb.adjectives if adj[role]}
    lo = max(0, m.start - 300)
    hits = list(_SENTENCE_END.finditer(text, lo, m.start))
    lo = hits[-1].end() if hits else lo
    if any(lo <= p.start < m.start and p.label == "ACTOR" and p.value.get("id") in polices
           and str(p.value.get("matched")) != str(m.value.get("matched"))
           and str(p.value.get("matched")) not in kb.unsure_abroad for p in out):  # not a bare force
        return None  # "بنيران الشرطة الإسرائيلية … على تقصير الشرطة": the same police again
    said = _sentence_country(text, m.start, m.end)
    if said:
        actor = _country_actor(kb, said, role)
        return (actor, f"sentence:{said}") if actor else None
    named = _sentence_country_names(text, m, out, kb)
    if named and "Syria" not in named:  # "اعتقالات في بلجيكا … قالت الشرطة": not Syria's
        if len(named) > 1:
            return None
        actor = next((adj[role] for adj in kb.adjectives if adj[role]
                      and kb.actors[adj[role]].country in named), None)
        return (actor, f"sentence:{next(iter(named))}") if actor else None
    if report and not _syria_near(text, m.start, m.end, kb.syria_words):
        actor = _country_actor(kb, report, role)
        return (actor, f"country:{report}") if actor else None
    if str(m.value.get("matched")) in kb.unsure_abroad and not _syria_near(
            text, m.start, m.end, kb.syria_words) and not any(
            p.label == "ACTOR" and str(p.value.get("matched")) not in kb.unsure_abroad
            and (p.value.get("id") not in _by_country() or p.value.get("id") in _state_generic())
            and kb.actors.get(p.value.get("id")) is not None
            and kb.actors[p.value["id"]].country == "Syria" for p in out):
        return None  # ACTORS26: "قوات الأمن" in a report naming nothing Syrian: whose is unknown
    return str(m.value.get("id")), ""


def _sentence_country_names(text: str, m: Mention, out: list[Mention], kb: KB) -> set[str]:
    """The countries (as the KB writes them) that the sentence of ``m`` names by a country's
    name (actor:country-name mentions: بلجيكا، مصر)."""
    lo = max(0, m.start - 300)
    hits = list(_SENTENCE_END.finditer(text, lo, m.start))
    lo = hits[-1].end() if hits else lo
    nxt = _SENTENCE_END.search(text, m.end, m.end + 300)
    hi = nxt.start() if nxt else min(len(text), m.end + 300)
    return {str(kb.actors[p.value["id"]].country) for p in out
            if lo <= p.start < hi and p.label == "ACTOR"
            and p.rule.startswith("actor:country-name") and p.value.get("id") in kb.actors
            and kb.actors[p.value["id"]].country}


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _syria_near(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether the sentence of a name names Syria (سوريا، السوري، دمشق، الميادين …): the
    regime or the government forces of a report on another country that are Syria's there."""
    lo = max(0, start - 300)
    hits = list(_SENTENCE_END.finditer(text, lo, start))
    lo = hits[-1].end() if hits else lo
    nxt = _SENTENCE_END.search(text, end, end + 300)
    hi = nxt.start() if nxt else min(len(text), end + 300)
    get = country_forms().get
    for n in _SPLIT.split(fold_letters(text[lo:hi])):
        if get(n) == "SY" or n in words or n[1:] in words or n[2:] in words:
            return True
    return False


_PUNCT = "،؛؟.,:;!?()[]«»\"'“”/-–—"
_SPLIT = re.compile(r"[\s،؛؟.,:;!?()\[\]{}«»\"'“”‘’\-–—/|#_*…]+")


def _report_country(text: str) -> str:
    """The ISO code of the country a report is plainly about when it is not Syria: its
    demonyms and terms (مصري، السيسي) at least three times and more than twice Syria's;
    else "". The text's letters are folded once (``fold_letters``) and the usual
    punctuation blanked, so each word is one dict lookup."""
    folded = fold_letters(text)
    for ch in _PUNCT:
        if ch in folded:
            folded = folded.replace(ch, " ")
    counts: dict[str, int] = Counter(filter(None, map(country_forms().get, folded.split())))
    syria = counts.pop("SY", 0)
    if not counts:
        return ""
    iso, n = max(counts.items(), key=lambda kv: kv[1])
    return iso if n >= 3 and n > 2 * syria else ""


def _names_syria(kb: KB, out: list[Mention]) -> bool:
    """Whether the report names a Syrian actor other than civilians and the like."""
    generic = _by_country()
    return any(m.label == "ACTOR" and m.value.get("id") not in generic
               and kb.actors.get(m.value.get("id")) is not None
               and kb.actors[m.value["id"]].country == "Syria" for m in out)


@cache
def _iso_demonyms() -> dict[str, str]:
    """ISO code → its first demonym in ``data/places/country_context.yaml`` (EG → مصري)."""
    data = load_place_yaml("country_context.yaml")
    return {iso: " ".join(tokens_of(c["demonyms"][0]))
            for iso, c in data["countries"].items() if c.get("demonyms")}


def _nisba(word: str) -> bool:
    """A definite relative adjective (الأفغانية، البلجيكي، الوطني) after a ministry."""
    return word.startswith("ال") and len(word) > 5 and word.endswith(("ي", "يه", "يه"))


def _country_after(text: str, m: Mention, out: list[Mention], kb: KB) -> str | None:
    """The country (as the KB writes it) named right after ``m``, bare or after في / a glued
    ب (وزارة الدفاع في روسيا، وزارة الدفاع بالإمارات), by a country-name mention; else None."""
    nxt = next((p for p in out if p.start >= m.end), None)
    if nxt is None or nxt.label != "ACTOR" or not nxt.rule.startswith("actor:country-name") \
            or text[m.end:nxt.start].strip() not in ("", "في", "ب"):
        return None
    return kb.actors[nxt.value["id"]].country


def _ministry_rule(entry: dict[str, Any] | None, country: str | None) -> str | None:
    """The actor of ``entry``'s rule for the whole of ``country``, or None."""
    return next((r["actor"] for r in (entry or {}).get("rules", ())
                 if r["country"] == country and not r["admin1"] and not r["admin2"]
                 and not r["places"]), None)


def _sentence_country(text: str, start: int, end: int) -> str:
    """The one country other than Syria whose demonyms or terms the sentence of a name uses,
    when it names Syria by none; else ""."""
    lo = max(0, start - 300)
    hits = list(_SENTENCE_END.finditer(text, lo, start))
    lo = hits[-1].end() if hits else lo
    nxt = _SENTENCE_END.search(text, end, end + 300)
    hi = nxt.start() if nxt else min(len(text), end + 300)
    forms = country_forms()
    isos = {forms.get(_norm_word(w)) for w in _WORD.findall(text[lo:hi])} - {None}
    return next(iter(isos)) if len(isos) == 1 and "SY" not in isos else ""


def _ministry_of(kb: KB, iso: str, entry: dict[str, Any] | None) -> str | None:
    """The actor a bare ministry's ``regional`` entry gives the country ``iso`` (a rule for
    the whole country), or None when it has no such rule."""
    state = _country_actor(kb, iso, "government") or _country_actor(kb, iso, "force")
    return _ministry_rule(entry, kb.actors[state].country if state else None)


def _country_actor(kb: KB, iso: str, role: str) -> str | None:
    """The KB's ``role`` actor (force, government or police) of the country ``iso``, or None."""
    demonym = _iso_demonyms().get(iso)
    for adj in kb.adjectives:
        if demonym and demonym in {" ".join(tokens_of(f)) for f in adj["forms"]}:
            return adj.get(role)
    return None


# what may stand between a name and the name that glosses it: قوى الأمن الداخلي (الأسايش)
_APPOSITION_GAP = re.compile(r"\s*[(\[«\"-]\s*|\s+[-–]\s+|\s*،\s*أي\s+")


def _appositions(text: str, out: list[Mention], kb: KB,
                 published: str | None = None) -> list[Mention]:
    """A region-dependent alias glossed by a named actor right after it, in brackets or after a
    dash ("قوى الأمن الداخلي (الأسايش)"), is that actor wherever the report is: the value gains
    ``apposition`` (the gloss as written) and the places stage leaves it alone. So is one
    followed by a demonym whose country has a rule of its own, without admin areas or places
    (قوات الأمن العام الأردني: Jordan's police), within the rule's dates."""
    for k, m in enumerate(out[:-1]):
        nxt = out[k + 1]
        if (m.label != "ACTOR" or nxt.label != "ACTOR"
                or kb.regional.get(str(m.value.get("matched"))) is None
                or not _APPOSITION_GAP.fullmatch(text[m.end:nxt.start])):
            continue
        entry = kb.regional[str(m.value["matched"])]
        if nxt.value["id"] not in {entry["actor"], *(r["actor"] for r in entry["rules"])}:
            continue
        value = dict(kb.actor_value(nxt.value["id"], str(m.value["matched"])),
                     apposition=text[nxt.start:nxt.end])
        out[k] = Mention(m.start, m.end, "ACTOR", value, f"{m.rule}+apposition")
    for k, m in enumerate(out):
        entry = kb.regional.get(str(m.value.get("matched"))) if m.label == "ACTOR" else None
        word = _WORD.match(text, m.end + 1) if entry and text[m.end:m.end + 1] == " " else None
        country = _demonyms(kb).get(_norm_word(word.group())) if word else None
        day = (published or "")[:10]
        rule = next((r for r in entry["rules"] if r["country"] == country and not r["admin1"]
                     and not r["admin2"] and not r["places"]
                     and (r["from"] is None or (day and day >= r["from"]))
                     and (r["until"] is None or not day or day < r["until"])), None) \
            if country else None
        if rule is not None:  # قوات الأمن العام الأردني: the demonym names whose it is
            value = dict(kb.actor_value(rule["actor"], str(m.value["matched"])),
                         apposition=word.group())
            out[k] = Mention(m.start, word.end(), "ACTOR", value, f"{m.rule}+apposition")
    return out


def _demonyms(kb: KB) -> dict[str, str]:
    """Normalised demonym (الأردني، اللبنانية …) → the country of its adjective's actors."""
    if kb._demonyms is None:
        table: dict[str, str] = {}
        for adj in kb.adjectives:
            actor_id = adj["force"] or adj["government"]
            if actor_id is None or kb.actors[actor_id].country is None:
                continue
            for base in adj["forms"]:
                for form in _adjective_forms(base):
                    table.setdefault(" ".join(tokens_of(form)), kb.actors[actor_id].country)
        kb._demonyms = table
    return kb._demonyms


_GENERIC_HEADS = frozenset(("unidentified-armed-group-syria",))


def _drop_generic_heads(text: str, out: list[Mention]) -> list[Mention]:
    """"عصابات الأسد"، "مسلحو الحوثي": a generic noun in the construct state before a named
    actor is that actor's men, not an unidentified group: the named actor stands alone."""
    keep = []
    for k, m in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (nxt is not None and m.label == "ACTOR" and nxt.label == "ACTOR"
                and m.value.get("id") in _GENERIC_HEADS
                and nxt.value.get("id") not in _GENERIC_HEADS
                and not text[m.end:nxt.start].strip(" \"«'ـ-")
                and not m.value.get("matched", "").endswith(("ين", "ون", "ة", "ه"))):
            continue
        keep.append(m)
    return keep


# "the regime" alone is the Syrian one in these reports, but not when a relative adjective
# names another (النظام الشيوعي، النظام الليبي) or a system (النظام العالمي، النظام الصحي)
_BARE_REGIME = frozenset(("النظام",))
# (an insult names no regime: النظام الإرهابي، القمعي … stay as they were read)
_OWN_REGIME = frozenset(("السوري", "الاسدي", "النصيري", "العلوي", "البعثي", "الحالي",
                         "الارهابي", "القمعي", "الدموي", "الطائفي", "الديكتاتوري",
                         "الدكتاتوري", "الفاشي", "الاجرامي", "الوحشي", "الاستبدادي"))


def _other_regime(text: str, end: int) -> bool:
    """Whether a definite relative adjective other than the Syrian regime's follows."""
    nxt = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if nxt is None:
        return False
    w = _norm_word(nxt.group())
    return w.startswith("ال") and w.endswith("ي") and len(w) > 4 and w not in _OWN_REGIME


# a generic actor's words after one of these nouns in the construct state name a building
# or a body (مشفى الأطفال "the children's hospital", حزب الثوار، يوم الطفل), not people
# (not a camp or a shelter: "قصف مخيم للنازحين" hits the displaced themselves)
_INSTITUTION_WORDS = ("مشفى", "مستشفى", "مشافي", "مستشفيات", "مدرسة", "مدارس", "روضة", "حزب",
                      "منظمة", "جمعية", "هيئة", "نقابة", "رابطة", "اتحاد", "يوم", "عيد")
# as written (ى/ي, ة/ه, with و/ب/ل glued): a plain set lookup, no normalising per match
_INSTITUTIONS = frozenset(
    p + f for w in _INSTITUTION_WORDS
    for f in {w, w.replace("ى", "ي"), w.replace("ة", "ه"), w.replace("إ", "ا")}
    for p in ("", "و", "ب", "ل", "وب", "ول"))
_GENERIC_NAMED = frozenset(("syrian-opposition",))


def _after_institution(text: str, start: int) -> bool:
    """Whether the word before ``start`` (no clitic article) is an institution noun."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False  # a clitic glued to the name, or punctuation between: no construct
    j = text.rfind(" ", max(0, start - 16), start - 1)
    return text[j + 1:start - 1] in _INSTITUTIONS


_CUE_BEFORE, _CUE_AFTER = 6, 2


def _cited(text: str, start: int, end: int, cues: frozenset[str]) -> bool:
    """Whether a reporting cue (قال، بحسب، وفق ...) is among the words just around a name.

    Looks at the six words before and the two after, not across a sentence end.
    """
    before = _SENTENCE_END.split(text[max(0, start - 80):start])[-1]
    after = _SENTENCE_END.split(text[end:end + 40], maxsplit=1)[0]
    words = [_norm_word(w) for w in _WORD.findall(before)[-_CUE_BEFORE:]]
    words += [_norm_word(w) for w in _WORD.findall(after)[:_CUE_AFTER]]
    return any(w in cues or (w[:1] in "وف" and w[1:] in cues) for w in words)


def _last_word_start(text: str, m: Match) -> int:
    """Start of the adjective (the last word) of a head + adjective match."""
    words = list(_WORD.finditer(text, m.start, m.end))
    return words[-1].start() if words else m.start


# ---------------------------------------------------------------- actors by country

@cache
def _by_country() -> frozenset[str]:
    path = DATA_DIR / "by_country.tsv"
    return frozenset(ln.split("\t")[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#"))


@cache
def _state_generic() -> dict[str, frozenset[str]]:
    """Actor id → its aliases (normalised) that name no particular state (by_country.tsv,
    rows ``<id>\tstate\t<alias>|<alias>``)."""
    out: dict[str, frozenset[str]] = {}
    path = DATA_DIR / "by_country.tsv"
    for ln in path.read_text(encoding="utf-8").splitlines():
        cols = ln.split("\t")
        if len(cols) >= 3 and cols[1].strip() == "state" and not ln.startswith("#"):
            out[cols[0].strip()] = frozenset(" ".join(tokens_of(a)) for a in cols[2].split("|"))
    return out


@cache
def _country_ar(country: str) -> str:
    """The Arabic name of a country the gazetteer knows (its English name otherwise)."""
    from rasd.kb.gazetteer import load

    for p in load().places.values():
        if p["kind"] == "country" and p["name"] == country:
            return str(p["name_ar"])
    return country


def localize_actor(actor: dict[str, Any] | None, country: str | None,
                   kb: KB | None = None) -> dict[str, Any] | None:
    """A generic actor (Civilians (Syria) …) named for the ``country`` the event happens in.

    ACLED names civilians, protesters … by the event's country; the KB's generic entries
    are Syrian. Another actor, an unknown country or the actor's own is returned unchanged.
    """
    if not actor or not country or actor.get("id") not in _by_country():
        return actor
    if actor.get("country") == country:
        return actor
    kb = kb or default_kb()
    state = _state_generic().get(str(actor.get("id")))
    if state is not None:  # القوات الحكومية: whichever state's forces the event is in
        if " ".join(tokens_of(str(actor.get("matched") or ""))) not in state:
            return actor
        suffix = "-" + str(actor["id"]).split("-", 1)[1]  # syria-police → -police
        forces = sorted((a.id for a in kb.actors.values() if a.country == country
                         and a.type == actor.get("type") and a.id.endswith(suffix)), key=len)
        if not forces:
            return actor
        value = kb.actor_value(forces[0], str(actor.get("matched") or ""))
        value["localized_from"] = actor["id"]
        return value
    old = str(actor.get("country") or "")
    family = str(actor["id"]).rsplit("-", 1)[0]
    slug = re.sub(r"[^a-z0-9]+", "-", country.lower()).strip("-")
    target = kb.actors.get(f"{family}-{slug}")
    if target is not None and target.type == actor.get("type"):
        value = kb.actor_value(target.id, str(actor.get("matched") or ""))
    else:
        value = dict(actor, id=None, country=country,
                     name=str(actor["name"]).replace(f"({old})", f"({country})"),
                     name_ar=str(actor["name_ar"]).replace(
                         f"({_country_ar(old)})", f"({_country_ar(country)})"),
                     parent=None, chain=[])
    value["localized_from"] = actor["id"]
    return value
