"""SPEED23: whole-text patterns rewritten so that ``re`` can skip to where they may start (a
digit, a letter, one class) mean what they meant. Each is compared with the pattern it replaced
(kept here as the oracle) on generated texts, and read on sentences it must cut and close ones it
must leave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.seams import _SEAM, _letter_seams
from rasd.text.sentences import _boundaries, _numbered_marker, _numbered_marks

OLD_NUMBERED = re.compile(r"(?<![\d/\-–])(?<![\d/\-–] )\b(\d{1,3}) ?[-–] (?=[^\d\s\-–])")
OLD_RELATED = re.compile(
    "(?:[اإ]قر[أا] (?:أيضا|ايضا|أيضاً|ايضاً|المزيد)|(?:مواضيع|مقالات|موضوعات|أخبار|اخبار) "
    "(?:ذات صلة|متعلقة|مشابهة)(?! ?ب))(?: ?:)?")
OLD_SEAM = re.compile("[\u0629\u0649](?!\u0621)(?=[\u0621-\u063a\u0641-\u064a])|\u0625")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _related() -> re.Pattern[str]:
    return next(p for rule, _, p in _boundaries() if rule == "related-marker")


# what the look-behinds and classes tell apart: numbers (also Arabic-Indic), "/", the dashes,
# spaces, a line break, Arabic and Latin letters, "_" and a stop
NUMBERED_PIECES = ["1", "12", "345", "٣", "/", "-", "–", " ", " - ", "- ", " –", "\n", "\t", "م", "محمود", "a",
                   "_", ".", "7 - ", "12 - ", "م 3 - "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NUMBERED_PIECES), max_size=14))
def test_numbered_marker_matches_as_the_old_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _matches(_numbered_marker(), text) == _matches(OLD_NUMBERED, text)


def test_numbered_items_cut_and_dates_left() -> None:
    line = "1 - محمود العلي من سقبا 2 - جلال حسن من دوما 3 - أحمد"
    assert [line[at:at + 3] for at, _ in _numbered_marks(line)] == ["2 -", "3 -"]
    line = "الشهداء: 1 - محمود العلي من سقبا 2 - جلال حسن"  # text before the first: cut there too
    assert [line[at:at + 3] for at, _ in _numbered_marks(line)] == ["1 -", "2 -"]
    # the parts of a date, a number glued to a letter or after a slash are no markers
    assert not _numbered_marks("قتل في 7 - 9 - 2017 ثم في 8 - 9 - 2017")
    assert _numbered_marker().search("رقم 12 - محمود") and not _numbered_marker().search("رقمa12 - محمود")
    assert not _numbered_marker().search("العدد 5/12 - محمود")


RELATED_PIECES = ["اقرأ", "إقرأ", "اقرا", "إقرا", " ", "أيضا", "ايضاً", "المزيد", "مواضيع", "أخبار",
                  "اخبار", "ذات صلة", "متعلقة", "مشابهة", "ب", ":", "صلة", "قر", "ا", "\n",
                  "إقرأ أيضا", "اقرا المزيد", "مقالات متعلقة", "موضوعات ذات صلة ب"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(RELATED_PIECES), max_size=12))
def test_related_marker_matches_as_the_old_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _matches(_related(), text) == _matches(OLD_RELATED, text)


def test_related_marker_cuts_a_teaser_and_leaves_prose() -> None:
    assert _related().search("انتهى الخبر. اقرأ أيضا : مقتل قائد في حلب")
    assert _related().search("مواضيع ذات صلة")
    assert not _related().search("وهي أخبار ذات صلة بالحرب في سوريا")  # "ذات صلة بـ…": prose


SEAM_ALPHABET = "\u0629\u0649\u0625\u0621\u0627\u0644\u0645\u0646 \u0640a1"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SEAM_ALPHABET, max_size=30))
def test_seam_pattern_matches_as_the_old_pattern(text: str) -> None:
    assert _matches(_SEAM, text) == _matches(OLD_SEAM, text)


def test_letter_seam_found_after_ta_marbuta_and_not_before_hamza() -> None:
    # "المدينةإطلاق": ة then إ, one seam between them; "مساءة" has no seam before a hamza
    assert [s.at for s in _letter_seams("في المدينةحيث قتل")] == [len("في المدينة")]
    assert not _SEAM.search("جاءة") or _SEAM.search("جاءة").group() != "\u0629"
    assert _SEAM.search("ةء") is None and _SEAM.search("ة ") is None
