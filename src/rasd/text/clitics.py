"""Clitic-aware matching support for normalised Arabic words.

Arabic attaches conjunctions, prepositions and the article to the word: والبوكمال،
بدير، للحرس، فالميادين. A knowledge-base matcher looks a word up under each way of
peeling those prefixes off; :func:`peel` lists them, longest prefix last so the
unpeeled word always comes first.

>>> [stem for _, stem in peel("والبوكمال")]
['والبوكمال', 'البوكمال', 'بوكمال']
"""

from __future__ import annotations

# Normalised forms (see rasd.text.normalize): conjunction, then preposition, then article.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"

MIN_STEM = 2
# Letters a reading other than the word itself must start with: a conjunction, a
# preposition or the article's alef. Most words start with none (then one reading).
_PEELABLE = frozenset(CONJUNCTIONS + PREPOSITIONS + (ARTICLE[0],))


def peel(word: str) -> list[tuple[str, str]]:
    """``(prefix, stem)`` readings of ``word``, from no prefix to the longest one.

    ``لل`` (لِ + ال with the alef dropped) is read as preposition + article. A stem is
    never shorter than two letters.
    """
    if word[:1] not in _PEELABLE:
        return [("", word)]
    readings = [("", word)]
    seen = {word}

    def push(prefix: str, stem: str) -> None:
        if len(stem) >= MIN_STEM and stem not in seen:
            seen.add(stem)
            readings.append((prefix, stem))

    for conj in ("", *CONJUNCTIONS):
        if conj and not word.startswith(conj):
            continue
        after_conj = word[len(conj) :]
        if conj:
            push(conj, after_conj)
        for prep in ("", *PREPOSITIONS):
            if prep and not after_conj.startswith(prep):
                continue
            after_prep = after_conj[len(prep) :]
            if prep:
                push(conj + prep, after_prep)
            if prep == "ل" and after_prep.startswith("ل"):
                push(conj + "لل", after_prep[1:])
                push(conj + "ل", "ا" + after_prep)  # للحرس → الحرس
            if after_prep.startswith(ARTICLE):
                push(conj + prep + ARTICLE, after_prep[len(ARTICLE) :])
    return readings


def with_article(stem: str) -> str:
    """The definite form of a stem (``حرس`` → ``الحرس``)."""
    return stem if stem.startswith(ARTICLE) else ARTICLE + stem
