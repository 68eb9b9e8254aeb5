"""Who condemns an attack did not carry it out, also when the name follows its holder's title
(a comma between or not). Sentences written for these tests."""

from __future__ import annotations

from rasd import extract


def _actor1(text: str) -> list[str | None]:
    doc = extract(text, published="2015-10-31")
    return [(e.actor1 or {}).get("id") for e in doc.events if e.plover == "ASSAULT"]


def test_a_titled_condemner_is_not_the_attacker():
    got = _actor1("أدان الأمين العام للأمم المتحدة بان كي مون الهجوم الذي وقع أمس على مخيم "
                  "قرب مطار بغداد الدولي والذي أسفر عن مقتل 26 من السكان.")
    assert got and "united-nations" not in got
    got = _actor1("أدان الأمين العام للأمم المتحدة , بان كي مون الهجمات التي وقعت اليوم الجمعة في "
                  "القاهرة والتي أسفرت عن مقتل ستة أشخاص.")
    assert got and "united-nations" not in got


def test_an_attacker_named_after_a_title_still_attacks():
    got = _actor1("قال المتحدث إن وزير الدفاع الروسي سيرغي شويغو أعلن أن القاذفات الروسية قصفت "
                  "أمس مواقع في مدينة دير الزور.")
    assert got and got[0] is not None and got[0].startswith("russia")
