"""Actor roles (actor1 acts, actor2 undergoes) on sentences written for these tests.

Each rule has a case it must change and a close one it must leave alone.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, require=True, doc_id="arguments-test")


def test_a_subject_after_a_complementizer_is_not_marked_by_the_word_before_it():
    # "خلص إلى أن الحكومة": إلى governs the clause, not the government, which acts in it
    (event,) = _events("وكان التحقيق قد خلص إلى أن الحكومة السورية استخدمت غاز السارين في هجوم على "
                       "بلدة خان شيخون يوم الثلاثاء .", "ASSAULT")
    assert "Syria" not in name_of(event.actor2)
    # without the complementizer the marker still marks its actor as the target
    (event,) = _events("شنت طائرات حربية روسية غارات على الحكومة السورية في ريف حماة يوم الثلاثاء .",
                       "ASSAULT")
    assert "Syria" in name_of(event.actor2)


def test_then_opens_a_clause_of_its_own():
    # IS is the one the officer escaped from, not the one clashing after ثم
    (event,) = _events("وأشار المصدر إلى أن الضابط تمكن من تخليص نفسه من عناصر داعش ثم اشتبكت "
                       "القوات الأمنية معهم قرب القرية أمس .", "ASSAULT")
    assert "Islamic State" not in name_of(event.actor1)
    # ... but a verb after ثم with no subject of its own shares the one before
    (event,) = _events("شن عناصر داعش هجوما على حاجز للجيش العراقي ثم انسحبوا إلى الصحراء أمس .",
                       "RETREAT")
    assert "Islamic State" in name_of(event.actor1)
    # and with no ثم the actor before the verb is still its subject
    (event,) = _events("أكد المصدر أن عناصر داعش اشتبكت مع القوات العراقية قرب القرية أمس .", "ASSAULT")
    assert "Islamic State" in name_of(event.actor1)


def test_the_object_of_a_preposition_before_a_noun_trigger_is_no_subject():
    # "بقيادة واشنطن": Washington leads the coalition, the coalition's jets strike
    (event,) = _events("وتشن طائرات التحالف الدولي بقيادة واشنطن ضربات جوية على مواقع التنظيم "
                       "في مدينة الرقة أمس .", "ASSAULT")
    assert "Coalition" in name_of(event.actor1)
    # the same actor standing as the subject still acts
    (event,) = _events("وتشن واشنطن ضربات جوية على مواقع التنظيم في مدينة الرقة أمس .", "ASSAULT")
    assert "United States" in name_of(event.actor1)


def test_a_count_of_members_before_its_party_is_the_subject_phrase():
    # "عدد من الضباط الروس": the officers are the subject, من only counts them
    (event,) = _events("وعقد عدد من الضباط الروس اجتماعا مع قيادات الحرس الثوري في مطار دير الزور أمس .",
                       "CONSULT")
    assert "Russia" in name_of(event.actor1)


def test_a_headline_noun_before_a_present_verb_is_its_subject():
    # headline order (SVO, present tense): the actor after the verb is the one killed
    (event,) = _events("عنصر أمني عراقي يقتل 4 جنود أتراك في معبر إبراهيم الخليل يوم الخميس .", "ASSAULT")
    assert "Turkey" in name_of(event.actor2) and "Turkey" not in name_of(event.actor1)
    # the verb that opens its clause (VSO) still takes the actor after it as its subject
    (event,) = _events("ثم يقتل جنود أتراك 4 مهربين في معبر إبراهيم الخليل يوم الخميس .", "ASSAULT")
    assert "Turkey" in name_of(event.actor1)


def test_those_who_died_before_a_shooting_noun_underwent_it():
    (event,) = _events("وقال مصدر إن الجنود الأتراك لقوا مصرعهم إثر إطلاق نار في معبر إبراهيم الخليل يوم "
                       "الخميس .", "ASSAULT")
    assert "Turkey" in name_of(event.actor2) and "Turkey" not in name_of(event.actor1)
    (event,) = _events("وقال مصدر إن الجنود الأتراك نفذوا عملية إطلاق نار في معبر إبراهيم الخليل يوم "
                       "الخميس .", "ASSAULT")
    assert "Turkey" in name_of(event.actor1)


def test_a_present_verb_after_a_prepositional_phrase_keeps_its_subject_after_it():
    # "في ختام زيارة يجتمع خلالها ...": a relative clause on زيارة, its subject after the verb
    (event,) = _events("وصل الوفد إلى أنقرة في ختام جولة يلتقي خلالها وزير الخارجية التركي نظيره الروسي "
                       "يوم الخميس .", "CONSULT")
    assert "Turkey" in name_of(event.actor1)


def test_where_people_fled_to_is_no_party():
    (event,) = _events("هاجم مسلحون قرية الخيام يوم الخميس ما أجبر السكان على الفرار إلى مواقع الجيش "
                       "التركي .", "ASSAULT")
    assert "Turkey" not in name_of(event.actor2)
    # without a word of leaving, what the shelling reached is its target
    (event,) = _events("امتد قصف قوات النظام يوم الخميس إلى مواقع قوات سوريا الديمقراطية .", "ASSAULT")
    assert "Syrian Democratic Forces" in name_of(event.actor2)
