"""What the first word of a trigger match must look like, sharp enough to skip most frames.

:meth:`rasd.events.lexicon.Lexicon.match_at` tries the trigger forms of several words (frames
such as ``اقتحم (?:\\S+ ){0,2}مواقع``) at every word start near a key hit. Matching them is
the costly part of the scan: their word gaps are tried by backtracking, ~9 µs a word start.
A frame can only match where its first word matches the frame's *head*; the head reads
nothing but that word and the character before it, so its answer can be remembered per word
text, and a frame whose head fails is not tried at all.

The head is a weaker condition than the form, never a stronger one, and sharp: a look-around
is skipped (dropping a condition only widens what the head accepts), so the many frames that
open with a look-behind (``(?<![لب])نفذت``) get a head that reads the verb, not "any word";
and a head cut at a space the form must match there ends with ``(?!\\S)`` (the word ends), so
``تم`` does not stand for ``تمكن``; it reads only the word. (An earlier cut at the first part
that may read outside the word, ``lexicon.form_head``, was replaced by this one.)
"""

from __future__ import annotations

import re
import re._compiler
import re._parser as sre_parse
from typing import Any

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_SKIPPED = (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT)


def _reads_in_word(items: Any) -> bool:
    """Whether parsed ``items`` match only non-space characters and read nothing else."""
    from rasd.events.lexicon import _in_word

    return _in_word(items)


def _word_end() -> list[Any]:
    """``(?!\\S)`` as parsed items: the word ends here."""
    return list(sre_parse.parse(r"(?!\S)").data)


def _sharp_head(items: Any, state: Any) -> list[Any]:
    """The head of parsed ``items`` (see the module's docstring): a prefix that every match
    starts with, reading only within one word, look-arounds dropped."""
    items = list(items)
    out: list[Any] = []
    for k, (op, av) in enumerate(items):
        if op in _SKIPPED:
            continue  # zero-width: without it the head accepts more, never less
        if _reads_in_word([(op, av)]):
            out.append((op, av))
            continue
        rest = items[k + 1:]
        ways: list[list[Any]] = []
        if op is sre_parse.BRANCH:
            ways = [[*alt, *rest] for alt in av[1]]
        elif op is sre_parse.SUBPATTERN and not av[1] and not av[2]:
            ways = [[*av[3], *rest]]
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            ways = [[*av[2], *rest], rest]
        elif op is sre_parse.LITERAL and chr(av).isspace():
            out.extend(_word_end())  # the form reads a space here: the word has ended
            return out
        if ways:
            out.append((sre_parse.BRANCH, (None, [sre_parse.SubPattern(state, _sharp_head(w, state))
                                                  for w in ways])))
        return out
    return out


def word_head(pattern: str) -> re.Pattern[str] | None:
    """The sharp head of a compiled segment's ``pattern`` (a :data:`WORD_START` look-behind
    first, kept: it reads the character before the word), for ``match`` at a word start;
    ``None`` when the pattern cannot be read this way (then it is always tried)."""
    try:
        parsed = sre_parse.parse(_GROUP_NAME.sub("(?:", pattern))
        data = list(parsed.data)
        if not data or data[0][0] is not sre_parse.ASSERT_NOT:
            return None
        head = _sharp_head(data[1:], parsed.state)
        return re._compiler.compile(sre_parse.SubPattern(parsed.state, [data[0], *head]), 0)
    except (re.error, sre_parse.error, RecursionError, TypeError, ValueError):
        return None


def head_openings(pattern: str) -> frozenset[str] | None:
    """What a match of :func:`word_head`'s head of ``pattern`` opens with (the text from the
    word start on: :func:`rasd.events.prefix_index.prefixes`), ``None`` when not told (or when
    the pattern has no head: it is then tried at every word)."""
    from rasd.events.prefix_index import prefixes

    try:
        parsed = sre_parse.parse(_GROUP_NAME.sub("(?:", pattern))
        data = list(parsed.data)
        if not data or data[0][0] is not sre_parse.ASSERT_NOT:
            return None
        return prefixes([data[0], *_sharp_head(data[1:], parsed.state)])
    except (re.error, sre_parse.error, RecursionError, TypeError, ValueError):
        return None
