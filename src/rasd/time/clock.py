"""Times of day: "الساعة الواحدة وعشر دقائق", "الساعة 3 و15 دقيقة عصرا", "3:18 صباحا",
"الثالثة فجرا" → ``TIME`` spans ``{"hour", "minute"}``, never dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rasd.time.words import AFTER, EXCEPT, HOUR, MINUTE, QUARTER, THIS, Match, _int, _set

if TYPE_CHECKING:
    from rasd.time.parser import Parser


def time_of_day(self: Parser, k: int) -> Match | None:
    """الساعة 3، الساعة الثالثة وربع عصرا، 3:18 صباحا، 15:23:24، الثالثة فجرا."""
    j = k
    said = False
    if self.at(j) in HOUR:
        said, j = True, j + 1
    hour = minute = None
    a = _int(self.at(j))
    if a is not None and self.at(j + 1) == ":" and _int(self.at(j + 2)) is not None:
        hour, minute = a, int(self.at(j + 2))
        j += 3
        if self.at(j) == ":" and _int(self.at(j + 1)) is not None:
            j += 2
    elif said:
        got = self.cardinal(j, 24) or self.ordinal(j)
        if got is None:
            return None
        j, hour = got[0], got[1]
        minute = 0
    else:
        got = self.ordinal(j)
        if got is None or not self.at(j).endswith("ه") or self.at(got[0]) not in \
                self.lex.time_adverbs:
            return None
        j, hour = got[0], got[1]
        minute = 0
    if hour is None or hour > 24 or minute is None or minute > 59:
        return None
    # minutes: "و18 دقيقة", "وربع", "ونصف", "الا ربع"
    w = self.at(j)
    if w in QUARTER:
        minute, j = QUARTER[w], j + 1
    elif w == "و" and self.at(j + 1) in QUARTER:
        minute, j = QUARTER[self.at(j + 1)], j + 2
    elif w.startswith("و") and (w == "و" or w[1:].isdigit() or w in self.num.units
                                 or w in self.num.tens):
        from rasd.quantities.numbers import _reader
        start = j + 1 if w == "و" else j
        tokens = list(self.t)
        if w != "و" and w[1:].isdecimal():
            tokens[j] = w[1:]
        got = _reader().words(tokens, start) if not tokens[start][:1].isdecimal() else (
            start + 1, int(tokens[start]))
        if got and 0 < got[1] < 60:
            minute, j = int(got[1]), got[0]
            if self.at(j) in MINUTE:
                j += 1
    elif w in EXCEPT:
        sub = QUARTER.get(self.at(j + 1))
        if sub:
            hour, minute, j = (hour - 1) % 24, 60 - sub, j + 2
    adverb = None
    if self.at(j) in self.lex.time_adverbs:
        adverb, j = self.lex.time_adverbs[self.at(j)], j + 1
    elif self.at(j) in AFTER | _set("قبل") and self.at(j + 1) in _set("الظهر", "العصر",
                                                                     "المغرب"):
        adverb = "am" if self.at(j) in _set("قبل") and self.at(j + 1) in _set("الظهر") \
            else "pm"
        j += 2
    elif self.at(j) in THIS and self.at(j + 1) in _set("الصباح", "الليله", "المساء"):
        adverb = "am" if self.at(j + 1) in _set("الصباح") else "pm"
        j += 2
    if self.at(j) in _set("بتوقيت") and self.at(j + 1):
        j += 2
    if adverb == "pm" and hour < 12:
        hour += 12
    if not said and adverb is None and minute == 0 and a is None:
        return None
    return Match(j, None, "time", "time:clock" if a is not None else "time:words",
                 time={"hour": hour % 24, "minute": minute})
