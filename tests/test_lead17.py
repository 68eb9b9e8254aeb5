"""The lead's session-17 fix to DIPLO17's relative-clause talks (REVIEW17): the other party
follows مع or ب, but a ب of topic, presence or date (بشأن، بحضور، بتاريخ …) names no party."""

import pytest

from tests.helpers import events_of


def _meetings(text: str) -> list:
    return events_of(text, "CONSULT", published="2018-03-15")


@pytest.mark.parametrize("after", ["بشأن الأزمة الليبية", "بحضور السفراء", "بخصوص الحدود"])
def test_talks_whose_ba_names_a_topic_or_a_presence_have_no_party(after: str) -> None:
    text = f"وتناولت المحادثات التي أجراها الرئيس المصري {after} ملف المياه ."
    assert _meetings(text) == []


@pytest.mark.parametrize("party", ["مع نظيره الفرنسي", "بنظيره الفرنسي"])
def test_talks_held_with_a_party_after_ma3a_or_ba_are_talks(party: str) -> None:
    text = f"وتناولت المحادثات التي أجراها الرئيس المصري {party} ملف المياه ."
    assert len(_meetings(text)) == 1
