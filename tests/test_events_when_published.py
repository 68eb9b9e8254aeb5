"""A document's ``published`` that is no ISO day (a feed's RFC 822 date, a dd/mm/yyyy field)
must not make the events stage fail: the time stage reads it as no date, so must the events'
date rules (rasd.events.when). Report written for this test."""

from __future__ import annotations

import pytest

import rasd

REPORT = ("قصفت قوات النظام يوم الاثنين بلدة كفرنبل. وقال ناشطون إن القصف استهدف السوق. "
          "وأضاف المصدر أن الطيران شن غارات على بلدة حاس. وذكرت مصادر أن الطيران استهدف معرة النعمان.")


@pytest.mark.parametrize("published", ["10/05/2017", "Tue, 09 May 2017 10:00:00 GMT"])
def test_a_published_value_that_is_no_iso_day_does_not_fail_the_report(published):
    assert rasd.extract(REPORT, published=published).events
