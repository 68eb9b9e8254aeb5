"""Crowds facing police typed the way ACLED and PLOVER type them: protests and riots.

The trigger lexicon reads "اندلعت مواجهات بين شبان فلسطينيين وقوات الأمن" as an armed clash
(مواجهات is also what two armies do) and "فتحت الشرطة النار على المتظاهرين" as an attack, and
emits the protest the same sentence tells as a separate peaceful protest. ACLED codes such a
happening once, as a protest or a riot: a crowd clashing with police, throwing stones or
burning tyres is a *violent demonstration* (Riots); protesters dispersed with tear gas or
rubber bullets a *protest with intervention*; protesters met with live fire *excessive force
against protesters* (Protests). PLOVER types the crowd's side PROTEST (mode ``riot`` or
``demonstrate``).

:func:`type_crowd_events` is a pass over one document's event mentions, run right after
:func:`rasd.events.extract_events`. It

1. retypes an ASSAULT whose words show a crowd (شبان، متظاهرون، مشيعون …) or a protest
   (احتجاجاً، تظاهرة، الحجارة، الإطارات) around a confrontation word, or whose victims are
   protesters, and adds an evidence entry whose rule says why (``riot:crowd-clash``,
   ``riot:protest-clash``, ``riot:crowd-violence``, ``riot:fire-on-protest``,
   ``riot:dispersed-protest``);
2. carries the riot type to the same story's back-references in the next sentences ("ووقعت
   المواجهات في مدن رام الله والخليل …", ``riot:back-reference``), town by town;
3. folds a peaceful-protest mention of the same happening (same sentence, or same place and
   day) into the riot or intervention event (``riot:folded-protest``), so one happening is
   one event;
4. never touches a fight between armed actors: armed men, factions, heavy weapons or an armed
   group on the event (``armed`` and ``armed_types`` in ``data/events/riots.yaml``) keep it an
   armed clash.

The cue words live in ``rasd/data/events/riots.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from rasd.datafiles import load_yaml
from rasd.document import Document, EventMention, Evidence
from rasd.events.notes import summary
from rasd.events.tokens import sentence_bounds
from rasd.kb.actors import default_kb, localize_actor
from rasd.kb.country_context import country_of_word
from rasd.text.normalize import Normalized, normalize

_GROUPS = ("clash", "crowd", "crowd_doer", "protest", "riot_act", "crowd_control", "lethal",
           "force", "armed")
_END = r"(?=$|[\s.,،:;!?؟\"'()«»\-])"
_START = r"(?:^|(?<=[\s\"'(«\-]))"
_CLITIC = r"(?:[وف]?[بلك]?)(?:ال|لل)?"
_STATE = "State forces"
_CROWD_TYPES = ("Protesters", "Rioters")
_CROWD_COERCE = ("raid", "seize")  # storming, burning or looting by a crowd is a riot
PROTESTERS_ID = "protesters-syria"
RIOTERS_ID = "rioters-syria"


@dataclass(frozen=True)
class Cues:
    """The compiled cue groups of ``riots.yaml`` (each one regular expression)."""

    patterns: dict[str, re.Pattern[str]]
    stems: dict[str, tuple[str, ...]]  # words one of which a text must contain to match a group
    left: int
    right: int
    back_sentences: int
    armed_types: frozenset[str]
    retypable: frozenset[str | None]

    def find(self, group: str, text: str) -> re.Match[str] | None:
        # a plain substring test first: most windows hold none of a group's words, and the
        # regular expression (clitics, article, a few dozen words) is ~50 times slower
        if not any(stem in text for stem in self.stems[group]):
            return None
        return self.patterns[group].search(text)


def _word(entry: str) -> str:
    """One entry as a regular expression over normalised words, clitics allowed before it."""
    text = normalize(entry).text
    if "\\" not in entry and "(?" not in entry:  # a plain word or phrase
        text = re.escape(text)
        if text.startswith("ال"):
            text = text[2:]
    return _START + _CLITIC + "(?:" + text + ")" + _END


_LOOKAROUND = re.compile(r"\(\?<?[=!][^)]*\)")


def _stem(entry: str) -> str:
    """A literal every match of an entry contains: its first word ("متظاهر" of "متظاهر\\S*",
    "فض" of "فض (?:ال)?(?:اعتصام|تظاهر)"); entries start with a literal word."""
    text = _LOOKAROUND.sub("", normalize(entry).text).replace("\\S*", "")
    text = re.sub(r"[\\()?*+|:]", " ", text).split()
    word = text[0] if text else ""  # the first literal: what follows may be alternatives
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def cues() -> Cues:
    """The cue groups of ``data/events/riots.yaml``, compiled once per process."""
    raw = load_yaml(resources.files("rasd.data.events").joinpath("riots.yaml").read_text("utf-8"))
    patterns: dict[str, re.Pattern[str]] = {}
    stems: dict[str, tuple[str, ...]] = {}
    for group in _GROUPS:
        entries = raw.get(group) or []
        if not entries:
            raise ValueError(f"riots.yaml: group {group!r} is missing or empty")
        patterns[group] = re.compile("|".join(_word(str(e)) for e in entries))
        stems[group] = tuple(sorted({_stem(str(e)) for e in entries}))
        if any(not stem.isalpha() for stem in stems[group]):
            raise ValueError(f"riots.yaml: an entry of {group!r} has no literal word")
    window = raw.get("window") or {}
    return Cues(patterns=patterns, stems=stems, left=int(window.get("left", 10)), right=int(window.get("right", 18)),
                back_sentences=int(raw.get("back_sentences", 3)),
                armed_types=frozenset(raw.get("armed_types") or ()),
                retypable=frozenset(raw.get("retypable") or ()))


@dataclass
class _Window:
    """The normalised words around an event's trigger, mapped back to document offsets."""

    text: str  # normalised window text
    norm: Normalized  # the normalised sentence the window is cut from
    base: int  # document offset of the sentence
    first: int  # normalised index (in the sentence) where the window starts
    trigger: tuple[int, int]  # the trigger's span inside ``text``

    def offset(self, index: int) -> int:
        """Document offset of the window character at ``index``."""
        return self.base + self.norm.orig(min(self.first + index, len(self.norm.text) - 1))

    def span(self, m: re.Match[str]) -> tuple[int, int]:
        return self.offset(m.start()), self.offset(max(m.end() - 1, m.start())) + 1

    @property
    def bounds(self) -> tuple[int, int]:
        return self.offset(0), self.offset(len(self.text) - 1) + 1


def _trigger_evidence(event: EventMention) -> Evidence | None:
    own = [ev for ev in event.evidence if ev.field == "trigger"
           and event.sentence_start <= ev.start < event.sentence_end]
    if own:
        return own[0]
    return next((ev for ev in event.evidence if ev.field == "trigger"), None)


_SPACE = re.compile(r"\S+")


def _windows(doc: Document, event: EventMention, c: Cues, cache: dict) -> list[_Window]:
    """A window for each trigger of the mention in its own sentence: a mention merged from
    "أبرز المواجهات بعد إخراج المعتصمين ... خلال مواجهات مع الجيش" has its crowd by the first."""
    own = [ev for ev in event.evidence if ev.field == "trigger"
           and event.sentence_start <= ev.start < event.sentence_end][:3]
    out = [w for ev in own if (w := _window(doc, event, c, cache, ev)) is not None]
    return out or [w for w in (_window(doc, event, c, cache),) if w is not None]


def _window(doc: Document, event: EventMention, c: Cues,
            cache: dict[int, tuple[Normalized, list[int]]] | None = None,
            trig: Evidence | None = None) -> _Window | None:
    trig = trig or _trigger_evidence(event)
    s, e = event.sentence_start, event.sentence_end
    if trig is None or not (s <= trig.start < e):
        return None
    cached = cache.get(s) if cache is not None else None
    if cached is None:
        norm = normalize(doc.text[s:e])
        cached = (norm, [m.start() for m in _SPACE.finditer(norm.text)])
        if cache is not None:
            cache[s] = cached
    norm, starts = cached
    if not starts:
        return None
    t0 = norm.norm_index(trig.start - s)
    t1 = norm.norm_index(max(trig.end - s, trig.start - s + 1))
    first = max(0, bisect_right(starts, t0) - 1)
    last = max(first, bisect_right(starts, max(t1 - 1, t0)) - 1)
    lo = starts[max(0, first - c.left)]
    hi_word = last + 1 + c.right
    hi = starts[hi_word] - 1 if hi_word < len(starts) else len(norm.text)
    text = norm.text[lo:hi].rstrip()
    tend = starts[last + 1] - 1 if last + 1 < len(starts) else len(norm.text)
    tend = len(norm.text[lo:tend].rstrip())
    return _Window(text=text, norm=norm, base=s, first=lo, trigger=(starts[first] - lo, tend))


def _actors(event: EventMention) -> list[dict[str, Any]]:
    return [a for a in (event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2)
            if isinstance(a, dict)]


def _armed_party(event: EventMention, c: Cues) -> bool:
    """An armed group on the event, or two state forces facing each other."""
    actors = _actors(event)
    if any(a.get("type") in c.armed_types and not str(a.get("name", "")).startswith("Unidentified")
           for a in actors):
        return True
    states = {a.get("country") for a in actors if a.get("type") == _STATE}
    return len(states) > 1


@cache
def _acled_countries() -> dict[str, str]:
    """ISO code → ACLED country name (the ``country:<ISO>`` rows of ``actors/by_country.tsv``)."""
    text = resources.files("rasd.data.actors").joinpath("by_country.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, *rest = line.split("\t")
        if key.startswith("country:") and rest and rest[0].strip():
            out[key.removeprefix("country:")] = rest[0].strip()
    return out


def _country(event: EventMention, window: _Window | None = None,
             crowd: re.Match[str] | None = None) -> str | None:
    """The crowd's country: its demonym ("شبان فلسطينيين"), else the event's place."""
    if window is not None and crowd is not None:
        following = window.text[crowd.end():].split()[:1]
        iso = country_of_word(following[0]) if following else None
        if iso and iso in _acled_countries():
            return _acled_countries()[iso]
    # not the force's country: occupation forces and foreign troops face another country's crowd
    return (event.location or {}).get("country")


def _crowd_actor(family: str, event: EventMention, matched: str, window: _Window | None = None,
                 crowd: re.Match[str] | None = None) -> dict[str, Any] | None:
    """Protesters or Rioters of the crowd's country; none when the country is not known (ACLED
    names them by country, and the KB's generic entry would say Syria)."""
    kb = default_kb()
    country = _country(event, window, crowd)
    if family not in kb.actors or not country:
        return None
    return localize_actor(kb.actor_value(family, matched), country, kb)


_OFFICES = ("Government of", "President", "Ministry")


def _is_force(actor: Any) -> bool:
    """A state's armed or police force; a government, head of state or ministry is not the
    force a crowd clashed with ("the US president's decision" is why they protested)."""
    return isinstance(actor, dict) and actor.get("type") == _STATE and \
        not str(actor.get("name") or "").startswith(_OFFICES)


def _is_office(actor: Any) -> bool:
    """A government, head of state or ministry: what a crowd protests against ("تنديدا بقرار
    الرئيس الأميركي") or the country it marched in ("شهدت مصر مظاهرات"), never the crowd."""
    return isinstance(actor, dict) and actor.get("type") == _STATE and \
        str(actor.get("name") or "").startswith(_OFFICES)


def _force(doc: Document, event: EventMention, window: _Window) -> dict[str, Any] | None:
    """The police, army or security force the crowd faced: a state force on the event, else
    the nearest one the actors stage found in the window."""
    for a in (event.actor1, event.actor2):
        if _is_force(a):
            return a
    lo, hi = window.bounds
    anchor = window.offset(window.trigger[0])
    found = [sp for sp in doc.within(lo, hi, "ACTOR") if _is_force(sp.value)]
    if not found:
        return None
    return dict(min(found, key=lambda sp: abs(sp.start - anchor)).value)


def _note(doc: Document, event: EventMention, window: _Window, m: re.Match[str] | None,
          field: str, rule: str) -> None:
    if m is None:
        start = end = window.offset(window.trigger[0])
    else:
        start, end = window.span(m)
    event.evidence.append(Evidence(start=start, end=end, text=doc.text[start:end], field=field,
                                   rule=rule))


def _retype(event: EventMention, plover: str, mode: str, event_type: str, sub: str) -> None:
    event.plover, event.plover_mode, event.event_type, event.sub_event_type = plover, mode, event_type, sub


def _as_riot(doc: Document, event: EventMention, window: _Window, cue: re.Match[str] | None,
             rule: str, c: Cues, *, mob: bool = False) -> None:
    """A violent demonstration (or mob violence): the rioters first; second the force they
    faced (a riot) or, for mob violence, whoever the event already had as its target."""
    force = _force(doc, event, window)
    crowd = c.find("crowd", window.text)
    _retype(event, "PROTEST", "riot", "Riots", "Mob violence" if mob else "Violent demonstration")
    target = event.actor2 if event.actor2 is not event.actor1 else None
    event.actor1 = _crowd_actor(RIOTERS_ID, event, crowd.group(0).strip() if crowd else "", window,
                                crowd)
    if force is not None:
        event.actor2 = force
    elif not mob or not isinstance(target, dict) or target.get("type") in _CROWD_TYPES:
        event.actor2 = None
    else:
        event.actor2 = target
    event.evidence = [ev for ev in event.evidence if ev.field not in ("actor1", "actor2")]
    _note(doc, event, window, cue, "sub_event_type", rule)
    if crowd is not None:
        _note(doc, event, window, crowd, "actor1", rule)


def _as_protest(doc: Document, event: EventMention, window: _Window, cue: re.Match[str] | None,
                rule: str, *, lethal: bool) -> None:
    """Protesters met by a force: excessive force (the force acting, PLOVER ASSAULT, as the
    trigger lexicon already types fire on protesters) or a protest with intervention."""
    force = _force(doc, event, window)
    crowd = cues().find("crowd", window.text)
    protesters = _crowd_actor(PROTESTERS_ID, event, crowd.group(0).strip() if crowd else "",
                              window, crowd)
    if lethal:
        event.event_type, event.sub_event_type = "Protests", "Excessive force against protesters"
        if force is not None:
            event.actor1 = force
        if event.actor2 is None or (isinstance(event.actor2, dict)
                                    and event.actor2.get("type") in ("Civilians", _STATE)):
            event.actor2 = protesters
    else:
        _retype(event, "PROTEST", "demonstrate", "Protests", "Protest with intervention")
        event.actor1 = protesters
        event.actor2 = force
    _note(doc, event, window, cue, "sub_event_type", rule)


def _is_violent(event: EventMention) -> bool:
    return event.event_type == "Riots" or event.sub_event_type in (
        "Protest with intervention", "Excessive force against protesters")


_PROTESTER = re.compile(r"متظاهر|محتج(?!ز)|معتصم|مشيع")
_DURING = re.compile(r"(?:^| )[وف]?(?:خلال|اثناء|في|لتفريق|تفريق|لفض|فض|قمع|بقمع|علي|ضد|باتجاه) "
                     r"(?:ال)?(?:مظاهر|تظاهر|احتجاج|مسير|اعتصام|تشييع|جناز)\S*")
_CLASH_AFTER = re.compile(r"^(?: \S+){0,3}? [وف]?(?:خلال|في|اثناء|اثر|جراء|بعد)$")
_DOER_SPAN = 6  # words between a crowd and the verb it is the subject of ("قام متظاهرون ... بـ")


def _non_lethal(doc: Document, event: EventMention, c: Cues, cache: dict) -> str | None:
    """Fire on protesters with rubber bullets or tear gas only, nobody killed: ACLED's protest
    with intervention, not excessive force (which is live fire, lethal or likely to be)."""
    if event.sub_event_type != "Excessive force against protesters" or event.fatalities:
        return None
    window = _window(doc, event, c, cache)
    if window is None:
        return None
    control = c.find("crowd_control", window.text)
    if control is None or c.find("lethal", window.text) is not None:
        return None
    force = event.actor1 if event.plover == "ASSAULT" else event.actor2
    protesters = event.actor2 if event.plover == "ASSAULT" else event.actor1
    _retype(event, "PROTEST", "demonstrate", "Protests", "Protest with intervention")
    crowd = c.find("crowd", window.text)
    event.actor1 = protesters if isinstance(protesters, dict) and protesters.get("type") in _CROWD_TYPES \
        else _crowd_actor(PROTESTERS_ID, event, crowd.group(0).strip() if crowd else "", window, crowd)
    event.actor2 = force if _is_force(force) else _force(doc, event, window)
    event.evidence = [ev for ev in event.evidence if ev.field not in ("actor1", "actor2")]
    _note(doc, event, window, control, "sub_event_type", "riot:non-lethal-force")
    return "riot:non-lethal-force"


def _classify(doc: Document, event: EventMention, c: Cues, cache: dict) -> str | None:
    """Retype an ASSAULT or COERCE mention from the words around its trigger; the rule applied."""
    if event.sub_event_type == "Excessive force against protesters":
        return _non_lethal(doc, event, c, cache)
    if event.plover not in ("ASSAULT", "COERCE") or _is_violent(event) or \
            (event.plover == "ASSAULT" and event.sub_event_type not in c.retypable) or \
            (event.plover == "COERCE" and event.plover_mode not in _CROWD_COERCE):
        return None  # a strike, shelling or bomb; an arrest or a checkpoint
    for window in _windows(doc, event, c, cache):
        rule = _classify_window(doc, event, c, window)
        if rule is not None:
            return rule
    return None


def _classify_window(doc: Document, event: EventMention, c: Cues, window: _Window) -> str | None:
    text = window.text
    crowd, protest, act = c.find("crowd", text), c.find("protest", text), c.find("riot_act", text)
    control = c.find("crowd_control", text)
    if crowd is None and protest is None and act is None and control is None and \
            _PROTESTER.search(text) is None:
        return None  # no crowd, no protest: nothing to retype (the common case, tested first)
    if c.find("armed", text) is not None or _armed_party(event, c):
        return None
    trig = text[window.trigger[0]:window.trigger[1]]
    lethal_trigger = c.find("lethal", trig) is not None
    if event.plover == "COERCE":
        doer = _doer(window, c)
        if doer is None and isinstance(event.actor1, dict) and event.actor1.get("type") in _CROWD_TYPES:
            doer = crowd or act
        if doer is None:
            return None
        _as_riot(doc, event, window, doer, "riot:crowd-violence", c, mob=_mob(doer, text, c))
        return "riot:crowd-violence"
    clash = c.find("clash", trig) or (_clash_after(window, c) if lethal_trigger else None)
    if clash is not None:
        # tear gas and rubber bullets are what police fire at a crowd, never at an armed group
        if crowd is None and protest is None and act is None and control is None:
            return None
        rule = "riot:crowd-clash" if crowd is not None else "riot:protest-clash"
        _as_riot(doc, event, window, crowd or protest or act or control, rule, c)
        return rule
    doer = None if lethal_trigger else _doer(window, c)
    if doer is None and not lethal_trigger and isinstance(event.actor1, dict) and \
            event.actor1.get("type") in _CROWD_TYPES:
        doer = crowd or protest or act  # the actors stage already read the crowd as the doer
    if doer is not None:
        _as_riot(doc, event, window, doer, "riot:crowd-violence", c, mob=_mob(doer, text, c))
        return "riot:crowd-violence"
    victims = _protest_victims(window, c, lethal_trigger)
    if victims is not None and not _non_state_doer(event):
        lethal = c.find("lethal", text) is not None or bool(event.fatalities)
        rule = "riot:fire-on-protest" if lethal else "riot:dispersed-protest"
        _as_protest(doc, event, window, victims if lethal or control is None else control, rule,
                    lethal=lethal)
        return rule
    return None


def _mob(doer: re.Match[str], text: str, c: Cues) -> bool:
    """Crowd violence outside any demonstration (ACLED mob violence): no protest, no riot act
    and no demonstrator word."""
    return c.find("protest", text) is None and c.find("riot_act", text) is None \
        and _PROTESTER.search(doer.group(0)) is None


def _clash_after(window: _Window, c: Cues) -> re.Match[str] | None:
    """"قتل شاب خلال مواجهات": a death in clashes, told right after the killing word."""
    hi = window.trigger[1]
    for m in c.patterns["clash"].finditer(window.text, hi):
        between = window.text[hi:m.start()].rstrip()
        if _CLASH_AFTER.match(between) or not between:
            return m
        break
    return None


def _protest_classified(doc: Document, event: EventMention, c: Cues, cache: dict) -> str | None:
    """A protest mention whose own words say it turned violent (stones, tyres, clashes) is a
    violent demonstration; one typed as met by lethal force only because "وقف إطلاق النار"
    (a ceasefire) stood near it is a peaceful protest again."""
    if event.plover != "PROTEST":
        return None
    window = _window(doc, event, c, cache)
    if window is None:
        return None
    text = window.text
    if event.sub_event_type == "Excessive force against protesters" and not event.fatalities \
            and "وقف اطلاق النار" in text and c.find("lethal", text) is None:
        event.sub_event_type = "Peaceful protest"
        _note(doc, event, window, None, "sub_event_type", "riot:ceasefire-not-fire")
    act = None if event.sub_event_type != "Peaceful protest" or c.find("armed", text) is not None \
        else c.find("riot_act", text) or c.find("clash", text)
    if act is not None:
        _as_riot(doc, event, window, act, "riot:protest-violence", c)
        return "riot:protest-violence"
    control = None if event.sub_event_type != "Peaceful protest" else c.find("crowd_control", text)
    if control is not None and c.find("lethal", text) is None:
        event.sub_event_type = "Protest with intervention"
        if _is_force(event.actor1):  # the force that dispersed them is the second actor
            event.actor1, event.actor2 = None, event.actor1
        event.actor2 = event.actor2 if _is_force(event.actor2) else _force(doc, event, window)
        _note(doc, event, window, control, "sub_event_type", "riot:dispersed-protest")
        if event.actor1 is not None:
            return "riot:dispersed-protest"
    if _is_force(event.actor1) and event.event_type in ("Protests", "Riots"):
        # ACLED's protest and riot rows name the crowd first and the force that met it second
        crowd_side = event.actor2 if isinstance(event.actor2, dict) and \
            event.actor2.get("type") in _CROWD_TYPES else None
        event.actor1, event.actor2 = crowd_side, event.actor1
        event.evidence = [ev for ev in event.evidence if ev.field not in ("actor1", "actor2")]
        _note(doc, event, window, None, "actor2", "riot:crowd-first")
        if crowd_side is not None:
            return "riot:crowd-first"
    if event.actor1 is None and event.event_type in ("Protests", "Riots") and \
            isinstance(event.actor2, dict) and event.actor2.get("type") in _CROWD_TYPES:
        # "تفريق ... للمتظاهرين" made them the target; they are the ones protesting
        event.actor1, event.actor2 = event.actor2, None
        if _is_violent(event):
            event.actor2 = _force(doc, event, window)
        event.evidence = [ev for ev in event.evidence if ev.field not in ("actor1", "actor2")]
        _note(doc, event, window, None, "actor1", "riot:crowd-first")
        return "riot:crowd-first"
    # a government or president as a protest's actor1 is what the crowd protested or where it
    # marched, never the crowd: the crowd replaces it when its country is known (ACTORS18)
    office = event.plover == "PROTEST" and _is_office(event.actor1)
    if (event.actor1 is None or office) and event.event_type in ("Protests", "Riots"):
        # ACLED names the crowd itself first: Protesters (Lebanon), Rioters (Iraq)
        crowd = c.find("crowd", text)
        family = RIOTERS_ID if event.event_type == "Riots" else PROTESTERS_ID
        actor = _crowd_actor(family, event, crowd.group(0).strip() if crowd else "", window, crowd)
        if actor is not None:
            if office:
                event.evidence = [ev for ev in event.evidence if ev.field != "actor1"]
            event.actor1 = actor
            _note(doc, event, window, crowd, "actor1", "riot:crowd-actor")
            if event.actor2 is None and _is_violent(event):
                event.actor2 = _force(doc, event, window)
            return "riot:crowd-actor"
    return None


def _non_state_doer(event: EventMention) -> bool:
    a = event.actor1
    return isinstance(a, dict) and a.get("type") not in (None, _STATE)


def _doer(window: _Window, c: Cues) -> re.Match[str] | None:
    """A crowd as the subject of the trigger: before it ("متظاهرون اقتحموا"، "قام متظاهرون
    بإحراق") or right after a verb in the nominative ("اقتحم محتجون"). After a verb an
    accusative or genitive plural names whom it was done to ("اقتياد الشبان")."""
    lo, hi = window.trigger
    text = window.text
    for m in c.patterns["crowd_doer"].finditer(text):
        if m.end() <= lo and len(text[m.end():lo].split()) <= _DOER_SPAN and \
                not re.search(r"[.،,:؛]", text[m.end():lo]):
            return m
        # after a verb, or inside a frame that spans its subject ("أحرق متظاهرون ... مبنى")
        if m.start() >= lo and len(text[max(hi, m.start()):m.start()].split()) <= 1 and \
                (m.start() < hi or len(text[hi:m.start()].split()) <= 1) and \
                m.group(0).split()[0].endswith(("ون", "مثيرو")):
            return m
    return None


def _protest_victims(window: _Window, c: Cues, lethal_trigger: bool) -> re.Match[str] | None:
    """Protesters as the ones fired on or dispersed: a demonstrator word after the trigger
    ("النار على المتظاهرين"، "قتل 3 متظاهرين"), a protest it happened in ("خلال تفريق
    مظاهرة"), or, for a killing word, demonstrators right before it ("سبعة متظاهرين قتلوا")."""
    text = window.text
    lo, hi = window.trigger
    m = _PROTESTER.search(text, lo)
    if m is not None and len(text[hi:m.start()].split()) <= 8:
        return c.patterns["crowd_doer"].search(text, max(lo, text.rfind(" ", 0, m.start()) + 1)) or m
    m = _DURING.search(text, lo)
    if m is not None:
        return m
    if lethal_trigger:
        m = _PROTESTER.search(text, max(0, lo - 40), lo)
        if m is not None:
            return m
    return None


def _sentence_index(bounds: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect_right([b[0] for b in bounds], offset) - 1)


def _place(event: EventMention) -> str | None:
    loc = event.location or {}
    return loc.get("gazetteer_id") or loc.get("name")


def type_crowd_events(doc: Document, events: list[EventMention]) -> list[EventMention]:
    """The events of ``doc`` with crowd confrontations typed as protests and riots, their
    back-references carried town by town, and duplicate peaceful protests folded in."""
    if not events:
        return events
    c = cues()
    cache: dict[int, tuple[Normalized, list[int]]] = {}  # sentence start → its normal form
    touched: dict[int, str] = {}
    for k, event in enumerate(events):
        rule = _classify(doc, event, c, cache)
        if rule is not None:
            touched[k] = rule
    if touched:
        _carry(doc, events, touched, sentence_bounds(doc), c, cache)
    events = _fold(doc, events)
    changed = False
    for event in events:  # protests that turned violent, now that duplicates are folded
        changed |= _protest_classified(doc, event, c, cache) is not None
    if changed:
        events = _fold(doc, events)
    for e in events:
        if any(ev.rule.startswith("riot:") for ev in e.evidence):
            e.notes = summary(e)
    return events


def _carry(doc: Document, events: list[EventMention], touched: dict[int, str],
           bounds: list[tuple[int, int]], c: Cues, cache: dict) -> None:
    """Back-references to a riot ("ووقعت المواجهات في ...") in the next few sentences."""
    riots = [(_sentence_index(bounds, events[k].sentence_start), events[k]) for k in touched
             if events[k].event_type == "Riots"]
    if not riots:
        return
    for k, event in enumerate(events):
        if k in touched or event.plover != "ASSAULT" or event.sub_event_type not in c.retypable:
            continue
        window = _window(doc, event, c, cache)
        if window is None:
            continue
        trig = window.text[window.trigger[0]:window.trigger[1]]
        if c.find("clash", trig) is None or c.find("armed", window.text) or _armed_party(event, c):
            continue
        here = _sentence_index(bounds, event.sentence_start)
        source = next((e for s, e in riots if 0 < here - s <= c.back_sentences
                       and (e.event_date is None or event.event_date is None
                            or e.event_date == event.event_date)), None)
        if source is None:
            continue
        _as_riot(doc, event, window, None, "riot:back-reference", c)
        if event.actor2 is None and isinstance(source.actor2, dict):
            event.actor2 = dict(source.actor2)
        touched[k] = "riot:back-reference"


def _rank(event: EventMention) -> int:
    """How much of a crowd happening a mention tells: a plain protest 0, a protest typed as
    dispersed or fired on 1, a riot or the force's lethal fire on the protesters 2."""
    if event.event_type == "Riots" or (event.plover == "ASSAULT"
                                       and event.sub_event_type == "Excessive force against protesters"):
        return 2
    if event.plover == "PROTEST" and event.event_type == "Protests":
        return 1 if _is_violent(event) else 0
    return -1


def _fold(doc: Document, events: list[EventMention]) -> list[EventMention]:
    """One happening, one event: a protest mention told in the same sentence as a riot, an
    intervention or fire on the protesters, or at the same place on the same day, is folded
    into the mention that tells the most of it (:func:`_rank`)."""
    ranks = [_rank(e) for e in events]
    if max(ranks, default=-1) < 1:
        return events
    dropped: set[int] = set()
    for k, e in enumerate(events):
        if ranks[k] < 0:
            continue
        if ranks[k] == 2:  # the same riot told twice in one sentence ("المواجهات ... خلال مواجهات")
            stronger = [(j, v) for j, v in enumerate(events[:k]) if ranks[j] == 2 and j not in dropped
                        and v.plover == e.plover and v.sentence_start == e.sentence_start
                        and _place(v) is not None and _place(v) == _place(e)
                        and v.event_date == e.event_date]
        else:
            stronger = [(j, v) for j, v in enumerate(events) if ranks[j] > ranks[k] and j not in dropped]
        same = [v for _, v in stronger if v.sentence_start == e.sentence_start
                and (_place(v) == _place(e) or _place(e) is None or _place(v) is None)]
        if not same:
            # another sentence: only a known same day at the same place (two undated crowds in
            # one town may be weeks apart: a sit-in and a later clash)
            same = [v for _, v in stronger if _place(e) is not None and _place(v) == _place(e)
                    and e.event_date is not None and v.event_date == e.event_date]
        if not same:
            continue
        target = next((v for v in same if _place(v) == _place(e)), same[0])
        trig = _trigger_evidence(e)
        for ev in e.evidence:
            if ev.field in ("event", "trigger") and not any(
                    (x.start, x.end, x.field) == (ev.start, ev.end, ev.field) for x in target.evidence):
                target.evidence.append(ev)
        if trig is not None:
            target.evidence.append(Evidence(start=trig.start, end=trig.end, text=trig.text,
                                            field="event", rule="riot:folded-protest"))
        if (target.fatalities is None and e.fatalities is not None) or (
                target.injuries is None and e.injuries is not None):  # the toll, with its words
            seen = {(x.start, x.end) for x in target.evidence if x.field == "fatalities"}
            target.evidence += [ev for ev in e.evidence if ev.field == "fatalities" and (ev.start, ev.end) not in seen]
        if target.fatalities is None:
            target.fatalities, target.fatalities_max = e.fatalities, e.fatalities_max
        target.injuries = target.injuries if target.injuries is not None else e.injuries
        dropped.add(k)
    return [e for k, e in enumerate(events) if k not in dropped]
