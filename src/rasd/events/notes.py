"""One-line English summary of an event mention, in ACLED's ``notes`` style, from its fields.

Built only from the extracted fields (never from the Arabic wording), so a wrong field shows
up in the summary too: "On 13 January 2021, Military Forces of Israel (1948-) conducted air
strikes on ... in Albukamal (Deir ez-Zor). 38 were killed."
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from rasd.document import EventMention
from rasd.events.arguments import _capitals

VERBS = {  # sub-event type or PLOVER (mode) → (verb phrase with a target, without one)
    "Air/drone strike": ("conducted air/drone strikes on {t}", "conducted air/drone strikes"),
    "Shelling/artillery/missile attack": ("shelled {t}", "carried out shelling"),
    "Armed clash": ("clashed with {t}", "were involved in armed clashes"),
    "Government regains territory": ("regained control of territory from {t}", "regained control of territory"),
    "Non-state actor overtakes territory": ("took control of territory from {t}", "took control of territory"),
    "Remote explosive/landmine/IED": ("targeted {t} with an explosive device", "an explosive device detonated"),
    "Suicide bomb": ("carried out a suicide bombing against {t}", "a suicide bombing took place"),
    "Chemical weapon": ("used chemical weapons against {t}", "a chemical weapon attack took place"),
    # an ASSAULT typed as excessive force: the actor is the force that fired on the protesters
    "ASSAULT:Excessive force against protesters": ("used lethal force against protesters ({t})",
                                                   "used lethal force against protesters"),
    "Grenade": ("threw a grenade at {t}", "a grenade attack took place"),
    "Attack": ("attacked {t}", "carried out an attack"),
    "Abduction/forced disappearance": ("abducted {t}", "carried out an abduction"),
    "Arrests": ("arrested {t}", "carried out arrests"),
    "Disrupted weapons use": ("intercepted projectiles fired by {t}", "intercepted incoming projectiles"),
    # a cache seized or found (COERCE26's weapons_seized), not a projectile intercepted
    "COERCE:Disrupted weapons use": ("seized weapons or explosives of {t}", "seized weapons or explosives"),
    "Headquarters or base established": ("established a position near {t}", "established a base"),
    "Change to group/activity": ("announced a change of activity regarding {t}", "announced the formation of a group"),
    "Non-violent transfer of territory": ("handed over a position to {t}", "handed over a position"),
    "Looting/property destruction": ("destroyed or looted property of {t}", "destroyed or looted property"),
    "Agreement": ("reached an agreement with {t}", "reached an agreement"),
    "checkpoint": ("set up a checkpoint targeting {t}", "set up a checkpoint"),
    "curfew": ("imposed a curfew on {t}", "imposed a curfew"),
    "raid": ("raided {t}", "carried out raids"),
    "Peaceful protest": ("protested against {t}", "held a protest"),
    "Protest with intervention": ("protested against {t} and were dispersed", "held a protest that was dispersed"),
    "Excessive force against protesters": ("protested against {t} and met lethal force",
                                           "held a protest that met lethal force"),
    "Violent demonstration": ("rioted against {t}", "rioted"),
    "PROTEST": ("protested against {t}", "held a protest"),
    "ASSAULT": ("attacked {t}", "carried out an attack"),
    "COERCE": ("took coercive measures against {t}", "took coercive measures"),
    "MOBILIZE": ("mobilised forces against {t}", "brought in reinforcements or mobilised forces"),
    "RETREAT": ("withdrew from positions facing {t}", "withdrew from their positions"),
    "CONSULT": ("met with {t}", "held a meeting"),
    "REQUEST": ("asked {t} for support", "made a request"),
    "REJECT": ("rejected a request from {t}", "rejected a request"),
    "AGREE": ("agreed to a request from {t}", "expressed agreement"),
}


# a phrase without a target that has no subject of its own ("an explosive device detonated")
# reads, when actor1 is known, as what that actor did
BY_ACTOR = {
    "Remote explosive/landmine/IED": "detonated an explosive device",
    "Suicide bomb": "carried out a suicide bombing",
    "Chemical weapon": "used chemical weapons",
    "Grenade": "threw a grenade",
}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west"}


def _when(event: EventMention) -> str:
    if not event.event_date:
        return "On an unspecified date"
    try:
        day = Date.fromisoformat(event.event_date)
    except ValueError:
        return f"On {event.event_date}"
    if event.time_precision == 3:
        return f"In {day:%B %Y}"
    if event.time_precision == 2:
        return f"Around {day.day} {day:%B %Y}"
    return f"On {day.day} {day:%B %Y}"


def _name(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("name") or actor.get("name_ar")


def _letters(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalpha())


def _seat(place: dict[str, Any]) -> bool:
    """Whether the place is its governorate's seat, named for it ("Deir ez-Zor" in Deir-ez-Zor,
    "Hamah" in Hama): the governorate in brackets would only repeat the town."""
    admin, name = place.get("admin1"), place.get("name")
    if not admin or not name:
        return False
    return _letters(str(admin)) == _letters(str(name)) or (
        _capitals().get(admin) is not None and _capitals().get(admin) == place.get("gazetteer_id"))


def _where(event: EventMention) -> str:
    """" in Albukamal (Deir ez-Zor)"; a place told as near a town ("شرق مدينة دمشق", relation
    ``near``) is " east of Damascus" or " near Damascus", not the town itself. A governorate's
    seat is named alone (" in Deir ez-Zor", not " in Deir ez-Zor (Deir-ez-Zor)")."""
    place = event.location or {}
    name = place.get("name") or place.get("name_ar")
    if not name:
        return ""
    admin = place.get("admin1")
    where = f"{name}" + (f" ({admin})" if admin and admin != name and not _seat(place) else "")
    if place.get("relation") == "near":
        direction = str(place.get("direction") or "").lower()
        return f" {direction} of {where}" if direction in DIRECTIONS else f" near {where}"
    return f" in {where}"


def _toll(count: int | None, top: int | None, what: str) -> str:
    if not count and not top:
        return ""
    low = count or 0
    if top and top > low:
        return f" Between {low} and {top} were reported {what}." if low else f" Up to {top} were reported {what}."
    return f" {low} {'was' if low == 1 else 'were'} reported {what}."


def summary(event: EventMention) -> str:
    """ACLED-style one-line English summary of ``event``."""
    key = event.sub_event_type or event.plover_mode or event.plover
    with_target, alone = (VERBS.get(f"{event.plover}:{key}") or VERBS.get(key) or VERBS.get(event.plover_mode or "") or VERBS.get(event.plover)
                          or ("acted against {t}", "acted"))
    actor1, actor2 = _name(event.actor1), _name(event.actor2)
    if actor1:
        own = alone if not alone.startswith(("an ", "a ")) else BY_ACTOR.get(key, "carried out an attack")
        clause = f"{actor1} " + (with_target.format(t=actor2) if actor2 else own)
    elif actor2:
        clause = "unidentified actors " + with_target.format(t=actor2)
    else:
        clause = "unidentified actors " + alone if not alone.startswith(("an ", "a ")) else alone
    text = f"{_when(event)}, {clause}{_where(event)}."
    text += _toll(event.fatalities, event.fatalities_max, "killed")
    return text + _toll(event.injuries, None, "injured")
