"""The toll of one event: the killed and injured counts its sentence gives it.

Split from :mod:`rasd.events.arguments` so the toll rules (which counts of a sentence belong to
which event, breakdown parts, running totals) live in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rasd.events.arguments import Annotations, Arg


def toll(ann: Annotations, sentence: int, mine: Callable[[Arg], bool] | None = None,
         parts: Callable[[Arg], bool] | None = None) -> tuple[int | None, int | None, list[Arg]]:
    """(killed, injured, spans used) in one sentence; breakdown parts and running totals over a
    period (CASUALTY ``period: true``) are never added.

    ``mine`` keeps only the counts that belong to this event when the sentence tells several
    ("العدوان أدى إلى استشهاد أربعة ... وأن الدفاعات الجوية تصدت للصواريخ"). A breakdown part
    that ``parts`` says is this event's own ("بينهم 4 جراء القصف") is its toll of that kind
    instead of the total.
    """
    killed = injured = None
    used: list[Arg] = []
    own: dict[str, int] = {}
    for c in ann.in_sentence(ann.casualties, sentence):
        v = c.value if isinstance(c.value, dict) else {}
        if (parts is not None and v.get("breakdown_of") is not None and isinstance(v.get("count"), int)
                and v.get("kind") in ("killed", "injured") and not v.get("period")
                and (mine is None or mine(c)) and parts(c)):
            own[v["kind"]] = own.get(v["kind"], 0) + v["count"]
            used.append(c)
    if own:
        killed, injured = own.get("killed"), own.get("injured")
    for c in ann.in_sentence(ann.casualties, sentence):
        if mine is not None and not mine(c):
            continue
        v = c.value if isinstance(c.value, dict) else {}
        if v.get("breakdown_of") is not None or not isinstance(v.get("count"), int):
            continue
        if v.get("period"):  # a running total over weeks ("منذ بدء الحملة") is no happening's toll
            continue
        if v.get("kind") in own:  # the part told for this event stands for it
            continue
        if v.get("kind") == "killed":
            killed = (killed or 0) + v["count"]
            used.append(c)
        elif v.get("kind") == "injured":
            injured = (injured or 0) + v["count"]
            used.append(c)
    if killed is None and injured is not None:
        killed = 0  # ACLED: casualties reported without deaths → 0 fatalities
    return killed, injured, used
