"""A small tokenizer with offsets, shaped like ANERcorp's tokens.

ANERcorp keeps clitics on the word (والصادرات) and splits punctuation off, so a
token here is a run of letters, digits and Arabic marks, or one other non-space
character. Kept separate from any text-layer tokenizer so the model's input never
changes under it.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d]+|[^\s\w]")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, surface)`` of every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
