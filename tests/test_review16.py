"""REVIEW16: fixes from the second read of session 16's changes.

Sentences written for these tests in the style of the reports (no text copied from a page).

- TOLL16 made a headline's present tense a verb of death ("داعش يعدم 12 شخصا"، "غارة تقتل 7
  مدنيين"). The same verb after a particle of negation, future, possibility or purpose tells
  no death that happened ("لم تقتل"، "لن تعدم"، "قد يعدم"، "بأن يعدم"، "دون أن تقتل"): it must
  give no count and no victim, and an event of the sentence no toll. "قبل أن يقتل" tells the
  past: it still counts.
- NER16's batched Viterbi (``ensemble.decode_all``) padded every sentence of a document to
  the longest one: it now runs ``BATCH`` sentences at a time, longest first.
- MOVES16's forces named before their verb of arriving read "عناصر" of a rescue service as
  forces deployed ("عناصر الدفاع المدني وصلوا إلى موقع الانفجار"): rescuers are left out.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from rasd.api import extract
from rasd.quantities.extract import quantities_of


def _killed(text: str) -> list[int]:
    return [r.value["count"] for r in quantities_of(text)
            if r.label == "CASUALTY" and r.value["kind"] == "killed"]


@pytest.mark.parametrize("text", [
    "لم تقتل الغارة 5 مدنيين في البلدة بل دمرت مستودعا للذخيرة .",
    "وقال المتحدث إن القوات لن تعدم 12 أسيرا من عناصر التنظيم .",
    "وحذر ناشطون من أن التنظيم قد يعدم 7 رهائن خلال الأيام المقبلة .",
    "وهدد التنظيم بأن يعدم 12 رهينة إذا لم تدفع الفدية .",
    "ولا يمكن قصف الحي دون أن تقتل الغارات عشرات المدنيين .",
    "ولم يقتل المسلح شرطيا كما أشيع بل أصابه بجروح .",
])
def test_a_present_tense_death_after_a_particle_is_no_count(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("غارة للتحالف تقتل 5 مدنيين في ريف الرقة", 5),  # the headline's present stands alone
    ("تنظيم داعش يعدم 12 رهينة في مدينة الميادين", 12),
    ("مسلح يقتل شرطيا في هجوم على حاجز", 1),
    ("وكبر رجل في المحطة قبل أن يقتل 3 أشخاص طعنا بالسكين .", 3),  # told past: it counts
])
def test_a_present_tense_death_standing_alone_or_told_past_counts(text: str, count: int) -> None:
    assert _killed(text) == [count]


@pytest.mark.usefixtures("no_confidence_filter")
@pytest.mark.parametrize("text", [
    # a demand, a denial and a promise: the event of the sentence has no toll from them
    "تظاهر المئات في مدينة البصرة مطالبين الحكومة بأن تعدم 3 من قادة التنظيم .",
    "اقتحم مسلحون قرية في ريف حلب , ولم يقتل المسلحون 5 مدنيين كما أشيع بل خطفوهم .",
    "هاجم مسلحون حاجزا للجيش في مدينة العريش , وقال المتحدث إن الجيش لن يعدم 4 من المهاجمين .",
])
def test_an_untold_death_gives_the_event_no_toll(text: str) -> None:
    events = extract(text, published="2017-05-02").events
    assert events and all(e.fatalities is None for e in events)


# --- NER16's batched Viterbi: one long sentence among many short ones -------------------------

def test_decode_all_of_more_sentences_than_a_batch_equals_each_alone() -> None:
    from rasd.ner import ensemble as E

    rng = np.random.default_rng(16)
    ps = [rng.dirichlet(np.full(len(E.TAGS), 0.3), size=n) for n in [3, 0, 40, 1] * 40]
    assert len(ps) > 2 * E.BATCH
    assert E.decode_all(ps) == [E.decode(p) for p in ps]


def test_one_long_sentence_does_not_pad_a_thousand_short_ones() -> None:
    # every sentence padded to the longest: 1,001 x 3,000 x 9 floats and back-pointers (~430 MB)
    from rasd.ner import ensemble as E

    rng = np.random.default_rng(17)
    short = rng.dirichlet(np.full(len(E.TAGS), 0.3), size=8)
    ps = [short] * 1000 + [rng.dirichlet(np.full(len(E.TAGS), 0.3), size=3000)]
    tracemalloc.start()
    try:
        tags = E.decode_all(ps)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert tags[0] == E.decode(short) and len(tags[-1]) == 3000
    assert peak < 100 * 2**20


# --- MOVES16's forces before their verb of arriving: rescuers are no forces deployed ----------

def _deployed(text: str) -> list[str | None]:
    return [(e.location or {}).get("name") for e in extract(text, published="2017-05-02").events
            if e.plover == "MOBILIZE"]


@pytest.mark.usefixtures("no_confidence_filter")
@pytest.mark.parametrize("text", [
    "وقال شهود إن عناصر الدفاع المدني وصلوا إلى موقع الانفجار في مدينة إدلب بعد دقائق .",
    "عناصر الإسعاف وصلوا إلى مدينة الباب لنقل الجرحى .",
    "عناصر الهلال الأحمر دخلوا إلى مدينة دوما صباح اليوم .",
])
def test_rescuers_arriving_are_no_deployment(text: str) -> None:
    assert _deployed(text) == []


@pytest.mark.usefixtures("no_confidence_filter")
@pytest.mark.parametrize(("text", "town"), [
    ("عناصر الدفاع الوطني دخلوا إلى مدينة السلمية صباح اليوم .", "As Salamiyah"),  # a militia
    ("وحدات الجيش دخلت إلى مدينة منبج صباح اليوم .", "Manbij"),
])
def test_forces_arriving_are_still_deployed(text: str, town: str) -> None:
    assert _deployed(text) == [town]
