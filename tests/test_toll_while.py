"""A toll told before "فيما/بينما" belongs to the happening before it, not to the one the
"while" clause opens (26 Nov, session 11, lead): "... مما أسفر عن مقتل N , حسبما صرح المحافظ
فيما استعادت القوات ..." gave the bombing's dead to the territory retaken. Sentences written
for this test; the whole pipeline runs."""

from __future__ import annotations

from rasd.api import extract

TEXT = ("وكان هجوم بسيارة مفخخة وقع في مدينة حمص الشهر الماضي مما أسفر عن مقتل 24 شخصا على "
        "الأقل , حسبما صرح حينها محافظ حمص فيما استعادت القوات الحكومية السيطرة على بعض القرى "
        "من قبضة التنظيم في ريف حلب الجنوبي .")


def _tolls(text: str) -> dict[str | None, int | None]:
    return {e.sub_event_type: e.fatalities for e in extract(text, published="2016-02-21").events}


def test_toll_before_a_while_clause_stays_with_the_happening_before_it() -> None:
    tolls = _tolls(TEXT)
    assert tolls.get("Government regains territory") is None
    assert tolls.get("Remote explosive/landmine/IED") == 24


def test_without_the_while_openers_the_toll_goes_to_the_nearer_trigger(monkeypatch) -> None:
    from rasd.events import build

    new_clause = build.clause_words()[0]
    monkeypatch.setattr(build, "clause_words", lambda: (new_clause, frozenset()))
    assert _tolls(TEXT).get("Government regains territory") == 24
