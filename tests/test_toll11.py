"""Session 11 toll rules (TOLL11): counts read before their verb past an adjective or a long
aside, a victim told as the subject before a passive verb or as a verb's object pronoun, the
jihadist word for a death ("هلاك"), and the killed and wounded of one list kept together.

Every sentence here was written for these tests in the style of the reports."""

from __future__ import annotations

import pytest

from rasd.quantities.casualties import casualty_lexicon
from tests.helpers import events_of


def _killed(text: str) -> list[int | None]:
    return [e.fatalities for e in events_of(text, "ASSAULT", require=True)]


@pytest.mark.parametrize("text, killed", [
    # a count, its noun and an adjective of nationality, then the plural verb
    ("وقال ناشطون إن خمسة عشر جنديا تركيا قتلوا , وأصيب 20 آخرون في هجوم على قاعدة قرب مدينة الباب .", 15),
    # a count, its noun and whose forces, then an aside between dashes longer than seven words
    ("وأكدت مصادر محلية أن أكثر من أربعين عنصرا لقوات النظام - بينهم ضباط برتب رفيعة وعناصر من "
     "الميليشيات الإيرانية - قتلوا خلال المعارك في محيط بلدة اللطامنة .", 40),
    # a count, then a breakdown of nine words without dashes, then the plural verb
    ("وقال مدير المرصد إن 17 شخصا بينهم ستة أطفال واثنان من العاملين في الدفاع المدني قتلوا "
     "في قصف جوي على مدينة سراقب .", 17),
])
def test_count_then_verb_past_qualifiers_and_long_asides(text: str, killed: int) -> None:
    assert killed in _killed(text)


def test_halak_is_a_death() -> None:
    """Jihadist outlets tell the enemy's dead as "هلاك"."""
    text = "وفجر جنود الخلافة عبوة ناسفة على آلية لقوات الحشد قرب مدينة بيجي ما أدى لهلاك 6 عناصر كانوا فيها ."
    assert 6 in _killed(text)


def test_one_subject_before_a_passive_verb() -> None:
    """"بأن مدنيا قتل": one person, told as the subject of the passive verb."""
    text = "وأفادت مصادر طبية بأن طفلا قتل وجرح آخرون جراء قصف مدفعي لقوات النظام على بلدة كفرنبودة ."
    assert 1 in _killed(text)


def test_subject_then_active_verb_with_a_count_is_not_one_more() -> None:
    """"بأن مسلحا قتل خمسة مدنيين": the gunman is the killer; the toll is the five."""
    text = "وأفاد مصدر أمني بأن مسلحا قتل خمسة مدنيين بإطلاق النار عليهم في سوق مدينة الرمادي ."
    assert _killed(text) == [5]


def test_verb_object_pronoun_is_one_victim() -> None:
    """"أطلقوا النار عليه وقتلوه": the victim is the verb's object pronoun, one person."""
    text = "وهاجم مسلحون مجهولون شابا في مدينة الرستن وأطلقوا النار عليه وقتلوه ."
    assert 1 in _killed(text)


def test_verb_object_pronoun_dual() -> None:
    text = "وهاجم مسلحون سيارة تقل شقيقين على طريق بلدة الضمير وأعدموهما رميا بالرصاص ."
    assert 2 in _killed(text)


def test_pronoun_object_forms_are_data() -> None:
    lex = casualty_lexicon()
    assert lex.object_pronoun_victims.get("وقتلوه") == ("killed", 1)


@pytest.mark.parametrize("text, killed", [
    # a death and the wounded listed together before the strike told as their cause
    ("كما قتل رجل وسقط أربعة جرحى بغارتين مماثلتين على حي الصاخور في مدينة حلب , دون وقوع "
     "إصابات في الأحياء الأخرى .", 1),
    # ... with a breakdown of the dead between commas
    ("وقتل 9 مدنيين على الأقل , بينهم قائد كتيبة في الشرطة المحلية , وأصيب 25 آخرون بتفجير سيارة "
     "مفخخة في مدينة الباب .", 9),
])
def test_killed_and_wounded_listed_together_stay_one_toll(text: str, killed: int) -> None:
    """The dead and the wounded told as one list ("قتل ... وأصيب ...") are one happening's
    toll: the attack that takes the wounded takes the dead too, never a 0 from the wounded."""
    got = _killed(text)
    assert killed in got and 0 not in got


@pytest.mark.parametrize("text, killed", [
    ("واستهدفت طائرة مسيرة سيارة على طريق بلدة سرمدا ما أدى إلى مقتل خالد العمر ومحمود الحسن .", 2),
    ("قصفت طائرات حربية بلدة كفرنبل ما أسفر عن اغتيال الناشطين سامر الخطيب وحمود العلي .", 2),
])
def test_named_victims_are_counted(text: str, killed: int) -> None:
    """A word of death, then the names of the dead told together with "و": one per name."""
    assert killed in _killed(text)


def test_counted_object_after_the_subject() -> None:
    """"أعدم تنظيم الدولة اليوم ستة رجال": the subject and a day between the verb and its count."""
    assert 6 in _killed("أعدم تنظيم الدولة اليوم ستة رجال في مدينة الميادين بتهمة التعامل مع النظام .")


def test_a_figure_after_a_preposition_is_no_counted_object() -> None:
    """"قتلت فيها عائلة مكونة من ثمانية أفراد": the family's size, not the toll of this verb's
    object; "في 3 غارات" counts strikes."""
    text = "قصفت قوات النظام بلدة حمورية وقتلت قوات النظام في 3 غارات عددا من المدنيين ."
    assert 3 not in _killed(text)


def test_an_attempt_on_a_named_life_is_no_death() -> None:
    text = "ونجا القيادي من محاولة اغتيال سامر الخطيب بعبوة ناسفة استهدفت سيارته في بلدة الأتارب ."
    assert 1 not in [e.fatalities for e in events_of(text)]


def test_named_victim_and_his_kin() -> None:
    """"استشهاد X وشقيقته Y": the kin told with the possessor's pronoun is one more victim."""
    text = "قصف الطيران المروحي بلدة تلبيسة ما أدى إلى استشهاد محمد أحمد الحسين وشقيقته فاطمة أحمد الحسين ."
    assert 2 in _killed(text)
    assert 2 in _killed("وقصفت قوات النظام حي جوبر ما أدى إلى مقتل محمود سعيد الخطيب ووالدته .")
