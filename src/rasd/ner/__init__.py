"""Statistical named-entity recognition (PERS/ORG/LOC) for names no list has seen.

A linear-chain CRF (python-crfsuite) trained by the project on the ANERcorp CAMeL Lab
train split, with word, affix, clitic, shape, context and gazetteer features.
:func:`rasd.ner.tag.tag_text` tags running text; ``rasd train ner`` / ``rasd eval ner``
rebuild and measure the model.
"""

from __future__ import annotations

LABELS = ("PERS", "ORG", "LOC")
