"""The event knowledge in ``rasd/data/events/*.yaml``, checked and compiled once.

Triggers are stems, noun forms and frames written by people who know the reporting, not
regular-expression engineers; this module adds the clitics and inflections Arabic attaches
(و/ف, ب/ل/ك, ال, verb suffixes, the imperfect, possessive pronouns) and compiles every
trigger into one alternation so a document is scanned once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from rasd.text.normalize import normalize

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset({"Government regains territory", "Non-state actor overtakes territory", "Armed clash"}),
    "Protests": frozenset({"Excessive force against protesters", "Protest with intervention", "Peaceful protest"}),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Explosions/Remote violence": frozenset({
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade"}),
    "Violence against civilians": frozenset({"Sexual violence", "Attack", "Abduction/forced disappearance"}),
    "Strategic developments": frozenset({
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"}),
}

VERB_PREFIX = "[وف]?"
PERFECT_SUFFIX = "(?:تما|تم|تا|ت|وا|ا|ن|نا)?(?:ه|ها|هم|هما|هن)?"
IMPERFECT_SUFFIX = "(?:ون|ان|ين|ن)?(?:ه|ها|هم|هما|هن)?"
NOUN_PREFIX = "[وف]?(?:[بلك]?ال|لل|[بلك])?"
PRONOUN = "(?:ها|هم|هما|ه|نا)"
WORD_START = r"(?<![\w])"
WORD_END = r"(?![\w])"


class LexiconError(ValueError):
    """A data file under ``rasd/data/events`` breaks its expected shape."""


@dataclass(frozen=True, slots=True)
class TriggerType:
    """One trigger entry: how its words are typed."""

    id: str
    plover: str
    mode: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    refine: bool = False
    verb_stems: tuple[str, ...] = ()
    needs_support: bool = False


@dataclass(frozen=True, slots=True)
class Weapon:
    cue: re.Pattern[str]
    mode: str
    event_type: str
    sub_event_type: str
    civilian_target: dict[str, str] | None = None
    applies_to: frozenset[str] = frozenset({"ASSAULT"})


@dataclass(frozen=True, slots=True)
class WordCue:
    """A cue checked on the words in a window before (``left``) or after (``right``) a trigger."""

    left: int
    right: int
    cue: re.Pattern[str]
    imperfect_only: bool = False
    with_left: int = 0
    with_: re.Pattern[str] | None = None
    unless_between: re.Pattern[str] | None = None
    then: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerType, ...]
    pattern: re.Pattern[str]
    weapons: tuple[Weapon, ...]
    filters: dict[str, tuple[WordCue, ...]]
    anchors: re.Pattern[str]
    roles: dict[str, re.Pattern[str]]
    places: dict[str, re.Pattern[str]]
    recency: re.Pattern[str]
    light_verbs: re.Pattern[str]
    light_window: int
    actor_types: tuple[tuple[str, re.Pattern[str]], ...]
    attribution_kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    reporting: re.Pattern[str] = field(default=re.compile("(?!)"))
    topic_shift: re.Pattern[str] = field(default=re.compile("(?!)"))
    lookback: int = 3


def _read(name: str) -> dict[str, Any]:
    text = resources.files("rasd.data.events").joinpath(name).read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: expected a mapping at the top level")
    return data


def _n(pattern: str) -> str:
    """Data files may be written with ordinary spelling; matching is on normalised text."""
    return normalize(pattern).text


def _expand(frame: str) -> str:
    return re.sub(r"\{W(\d)\}", lambda m: f"(?:\\S+ ){{0,{m.group(1)}}}", frame)


def verb_forms(stem: str) -> str:
    """Perfect and imperfect (with the future س) of a perfect stem, as one regex."""
    stem = _n(stem)
    imperfect_stem = stem[1:] if stem.startswith("ا") and len(stem) > 3 else stem
    perfect = re.escape(stem) + PERFECT_SUFFIX
    imperfect = "س?[يتن]" + re.escape(imperfect_stem) + IMPERFECT_SUFFIX
    return f"{VERB_PREFIX}(?:{perfect}|{imperfect})"


def noun_forms(form: str) -> str:
    """A noun with its clitics, accusative alef and possessive pronouns."""
    form = _n(form)
    escaped = re.escape(form)
    if form.endswith("ه"):
        base = re.escape(form[:-1])
        body = f"{base}(?:ه|ت{PRONOUN}|تا)"
    else:
        body = f"{escaped}(?:ا|{PRONOUN})?"
    return NOUN_PREFIX + body


def _check_typing(entry: dict[str, Any], where: str) -> None:
    if entry.get("plover") not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {entry.get('plover')!r}")
    event_type, sub = entry.get("event_type"), entry.get("sub_event_type")
    if event_type is not None and event_type not in ACLED_TYPES:
        raise LexiconError(f"{where}: unknown ACLED event type {event_type!r}")
    if sub is not None and (event_type is None or sub not in ACLED_TYPES[event_type]):
        raise LexiconError(f"{where}: sub-event type {sub!r} does not belong to {event_type!r}")


def _word_cue(raw: dict[str, Any], where: str) -> WordCue:
    try:
        return WordCue(
            left=int(raw.get("left", 0)), right=int(raw.get("right", 0)),
            cue=re.compile(_n(raw["cue"])), imperfect_only=bool(raw.get("imperfect_only", False)),
            with_left=int(raw.get("with_left", 0)),
            with_=re.compile(_n(raw["with"])) if "with" in raw else None,
            unless_between=re.compile(_n(raw["unless_between"])) if "unless_between" in raw else None,
            then=re.compile(_n(raw["then"])) if "then" in raw else None,
        )
    except (KeyError, re.error, TypeError, ValueError) as exc:
        raise LexiconError(f"{where}: {exc}") from exc


@cache
def lexicon() -> Lexicon:
    """Load, check and compile the event data files (once per process)."""
    data = _read("triggers.yaml")
    types: list[TriggerType] = []
    alternatives: list[str] = []
    seen: set[str] = set()
    for i, entry in enumerate(data.get("triggers") or []):
        where = f"triggers.yaml entry {i} ({entry.get('id')})"
        if not entry.get("id") or entry["id"] in seen:
            raise LexiconError(f"{where}: missing or repeated id")
        seen.add(entry["id"])
        _check_typing(entry, where)
        forms = [verb_forms(v) for v in entry.get("verbs") or []]
        forms += [noun_forms(n) for n in sorted(entry.get("nouns") or [], key=len, reverse=True)]
        forms += ["[وف]?(?:" + _expand(_n(f)) + ")" for f in entry.get("frames") or []]
        if not forms:
            raise LexiconError(f"{where}: no verbs, nouns or frames")
        try:
            for form in forms:
                re.compile(form)
        except re.error as exc:
            raise LexiconError(f"{where}: bad pattern: {exc}") from exc
        alternatives.append(f"(?P<t{len(types)}>" + "|".join(forms) + ")")
        types.append(TriggerType(
            id=entry["id"], plover=entry["plover"], mode=entry.get("mode"),
            event_type=entry.get("event_type"), sub_event_type=entry.get("sub_event_type"),
            refine=bool(entry.get("refine", False)), verb_stems=tuple(_n(v) for v in entry.get("verbs") or ()),
            needs_support=bool(entry.get("needs_support", False)),
        ))
    pattern = re.compile(WORD_START + "(?:" + "|".join(alternatives) + ")" + WORD_END)

    weapons = []
    for i, raw in enumerate(data.get("weapons") or []):
        _check_typing({"plover": "ASSAULT", **raw}, f"triggers.yaml weapon {i}")
        applies = frozenset(raw.get("applies_to") or ["ASSAULT"])
        if not applies <= PLOVER_TYPES:
            raise LexiconError(f"triggers.yaml weapon {i}: unknown PLOVER type in {sorted(applies)}")
        weapons.append(Weapon(re.compile(_n(raw["cue"])), raw["mode"], raw["event_type"],
                              raw["sub_event_type"], raw.get("civilian_target"), applies))

    ctx = _read("context.yaml")
    filters = {
        name: tuple(_word_cue(c, f"context.yaml {name}[{j}]") for j, c in enumerate(cues))
        for name, cues in (ctx.get("filters") or {}).items()
    }
    attribution = _read("attribution.yaml")
    kinds = tuple((k["attribution"], re.compile(_n(k["cue"]))) for k in attribution.get("kinds") or [])
    return Lexicon(
        triggers=tuple(types), pattern=pattern, weapons=tuple(weapons), filters=filters,
        anchors=re.compile(_n(ctx["anchors"])),
        roles={k: re.compile(_n(v)) for k, v in (ctx.get("roles") or {}).items()},
        places={k: re.compile(_n(v)) for k, v in (ctx.get("places") or {}).items()},
        recency=re.compile(_n(ctx["recency"])),
        light_verbs=re.compile(_n(ctx["light_verbs"])), light_window=int(ctx.get("light_window", 6)),
        actor_types=tuple((t, re.compile(_n(c))) for t, c in (ctx.get("actor_types") or {}).items()),
        attribution_kinds=kinds, reporting=re.compile(_n(attribution["reporting"])),
        topic_shift=re.compile(_n(attribution.get("topic_shift") or "(?!)")),
        lookback=int(attribution.get("lookback", 3)),
    )
