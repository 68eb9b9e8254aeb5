"""Actor roles (actor1 acts, actor2 undergoes) on sentences written for these tests.

Each rule has a case it must change and a close one it must leave alone.
"""

from __future__ import annotations

from rasd.api import extract


def _events(text: str, plover: str) -> list:
    doc = extract(text, published="2024-03-12", doc_id="arguments-test")
    found = [e for e in doc.events if e.plover == plover]
    assert found, f"no {plover} event in: {text}  (got {[e.plover for e in doc.events]})"
    return found


def _name(actor: dict | None) -> str:
    return (actor or {}).get("name") or ""


def test_a_subject_after_a_complementizer_is_not_marked_by_the_word_before_it():
    # "خلص إلى أن الحكومة": إلى governs the clause, not the government, which acts in it
    (event,) = _events("وكان التحقيق قد خلص إلى أن الحكومة السورية استخدمت غاز السارين في هجوم على "
                       "بلدة خان شيخون يوم الثلاثاء .", "ASSAULT")
    assert "Syria" not in _name(event.actor2)
    # without the complementizer the marker still marks its actor as the target
    (event,) = _events("شنت طائرات حربية روسية غارات على الحكومة السورية في ريف حماة يوم الثلاثاء .",
                       "ASSAULT")
    assert "Syria" in _name(event.actor2)


def test_then_opens_a_clause_of_its_own():
    # IS is the one the officer escaped from, not the one clashing after ثم
    (event,) = _events("وأشار المصدر إلى أن الضابط تمكن من تخليص نفسه من عناصر داعش ثم اشتبكت "
                       "القوات الأمنية معهم قرب القرية أمس .", "ASSAULT")
    assert "Islamic State" not in _name(event.actor1)
    # ... but a verb after ثم with no subject of its own shares the one before
    (event,) = _events("شن عناصر داعش هجوما على حاجز للجيش العراقي ثم انسحبوا إلى الصحراء أمس .",
                       "RETREAT")
    assert "Islamic State" in _name(event.actor1)
    # and with no ثم the actor before the verb is still its subject
    (event,) = _events("أكد المصدر أن عناصر داعش اشتبكت مع القوات العراقية قرب القرية أمس .", "ASSAULT")
    assert "Islamic State" in _name(event.actor1)
