"""Durations counted from another happening ("بعد يومين من الهجوم") are not publication dates."""

from __future__ import annotations

from rasd.time.extract import extract

PUB = "2020-05-10"


def one(text: str) -> dict:
    dates = [e for e in extract(text, PUB) if e.label == "DATE"]
    assert dates, text
    return dates[-1].value


def test_after_an_attack_is_no_future_date():
    v = one("وتوفي أحد الجرحى بعد يومين من الهجوم على الحاجز")
    assert v["date"] is None and not v["eventable"] and v["kind"] == "anchored"
    v = one("نزح مئات السكان بعد ثلاثة أيام من الغارة")
    assert v["kind"] == "anchored" and v["offset"] == {"unit": "day", "n": 3, "sign": 1}


def test_before_an_agreement_is_not_counted_from_publication():
    v = one("وجاء القصف قبل أسبوع على توقيع الاتفاق")
    assert v["date"] is None and v["kind"] == "anchored"


def test_duration_from_publication_unchanged():
    assert one("سيعقد الاجتماع بعد يومين")["kind"] == "future"
    assert one("سيبدأ التطبيق بعد يومين من الآن")["kind"] == "future"
    assert one("قتل مدني قبل يومين في درعا")["date"] == "2020-05-08"


def test_dated_anchor_in_the_same_sentence_gives_the_date():
    v = one("شنت الطائرات غارة على البلدة يوم 3 أيار الجاري، وتوفي جريح بعد يومين من الغارة")
    assert (v["date"], v["precision"], v["eventable"]) == ("2020-05-05", 1, True)
    # an anchor two sentences back is not trusted
    v = one("قتل مدني في 2 أيار. وفي حادث آخر جرح طفل. ثم توفي آخر بعد يومين من الهجوم")
    assert v["date"] is None
