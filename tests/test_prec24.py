"""Precision, session 24: triggers that tell no event of their own type in reports of the dev
gold's kind. Sentences written for these tests in the style of the reports; the whole pipeline
runs, with the confidence filter off (these are rules, not the model).

* a withdrawal named right after "بعد/عقب" in a sentence that has just told a capture is how the
  capture came about, not a RETREAT of its own (detect.py, ``withdrawal_behind_capture``); a
  withdrawal "دون قتال" (a handover) and one told before any capture stay;
* a storming its doer only tried ("عقب محاولته اقتحام كنيسة") is no raid;
* talks or a deal refused ("رفض إجراء محادثات"، "ترفض اتفاق أستانا") are no talks, no deal;
* a death sentence ("قضت المحكمة ... بإعدام"، "محكوم عليه بالإعدام"، "الإعدام ل 14 والمؤبد")
  is no execution;
* a convoy blocked ("منعت قوات النظام ... دخول قافلة") did not come in;
* a gathering a bomb went off near ("قرب اجتماع ضم مسؤولين") is no meeting told.
"""

from __future__ import annotations

import pytest

from rasd.api import extract
from tests.helpers import events_of

pytestmark = pytest.mark.usefixtures("no_confidence_filter")


def _events(text: str, plover: str) -> list:
    return events_of(text, plover, published=None)


def _rules(text: str) -> list[str]:
    return [sp.rule for sp in extract(text).spans_of("TRIGGER")]


# (name, type, a sentence whose trigger tells no event of that type, a close one that tells one)
CASES = [
    ("withdrawal-behind-capture", "RETREAT",
     "وسيطرت القوات العراقية أمس على معبر ربيعة الحدودي مع سوريا , بعد انسحاب قوات البيشمركة منه .",
     "وانسحبت قوات البيشمركة أمس من معبر ربيعة الحدودي مع سوريا ."),
    ("withdrawal-after-retaking", "RETREAT",
     "واستعادت قوات النظام السيطرة على بلدة الخفسة في ريف حلب الشرقي أمس , عقب انسحاب تنظيم داعش منها .",
     "وقالت مصادر محلية إن تنظيم داعش انسحب أمس من بلدة الخفسة في ريف حلب الشرقي ."),
    ("storming-tried", "COERCE",
     "ولقي أحد العناصر الإرهابية مصرعه اليوم عقب محاولته اقتحام كنيسة بمنطقة حلوان .",
     "واقتحم مسلحون اليوم كنيسة بمنطقة حلوان وفتشوا محتوياتها ."),
    ("talks-refused", "CONSULT",
     "ورفضت الحكومة العراقية أمس إجراء محادثات مع حكومة إقليم كردستان في أربيل .",
     "وأجرت الحكومة العراقية أمس محادثات مع حكومة إقليم كردستان في أربيل ."),
    ("deal-refused", "AGREE",
     "وأعلنت جبهة النصرة أمس أنها ترفض اتفاق أستانا حول إدلب .",
     "ووقعت روسيا وتركيا وإيران أمس اتفاق أستانا حول إدلب ."),
    ("court-sentence", "ASSAULT",
     "وقضت المحكمة العسكرية في الإسكندرية , يوم الأحد , بإعدام 14 معتقلا في القضية .",
     "وأعدم تنظيم داعش يوم الأحد 14 معتقلا في مدينة الرقة ."),
    ("convict", "ASSAULT",
     "وعقدت المحكمة أمس في الإسكندرية جلسة لناشط معارض محكوم عليه بالإعدام بتهمة قتل ضابط .",
     "وأعدم تنظيم داعش أمس في الرقة ناشطا معارضا بتهمة قتل أحد عناصره ."),
    ("convoy-blocked", "MOBILIZE",
     "وسبق أن منعت قوات النظام السوري , في 12 مايو الماضي , دخول قافلة إلى داريا .",
     "ودخلت قافلة عسكرية تابعة لقوات النظام السوري في 12 مايو الماضي إلى داريا ."),
    ("fled-in-fear", "PROTEST",
     "وقال الهلال الأحمر إن الكهرباء قطعت في مدن إقليم كرمانشاه وإن السكان خرجوا إلى الشوارع خوفا من الهزات الارتدادية .",
     "وقال الهلال الأحمر إن سكان مدن إقليم كرمانشاه خرجوا إلى الشوارع أمس احتجاجا على انقطاع الكهرباء ."),
    ("against-protesters", "PROTEST",
     "وبعد الهجمات العنيفة التي قام بها ضد المتظاهرين الأكراد في أربيل فر إلى الخارج .",
     "وخرج المتظاهرون الأكراد أمس في أربيل احتجاجا على قرار الحكومة ."),
    ("part-in-protests", "PROTEST",
     "وكان الشاب من بلدة الشحيل قد تعرض للسجن مرتين بسبب مشاركته في المظاهرات .",
     "وخرجت مظاهرات أمس في بلدة الشحيل ضد النظام بمشاركة الشاب ."),
    ("aid-swap", "MOBILIZE",
     "ودخلت قافلة مساعدات غذائية إلى بلدتي الفوعة وكفريا أمس مقابل دخول 49 شاحنة إلى مدينة الزبداني .",
     "ودخلت 49 شاحنة محملة بالجنود والذخائر إلى مدينة الزبداني أمس ."),
    ("like-convoy", "MOBILIZE",
     "ودخلت قافلة مساعدات إلى بلدتي الفوعة وكفريا أمس بالتزامن مع دخول قافلة مماثلة إلى مدينة الزبداني .",
     "وأعلنت وزارة الدفاع أمس دخول قافلة عسكرية إلى مدينة الزبداني ."),
    ("aid-convoy-enters", "MOBILIZE",
     "وقالت الأمم المتحدة إن قافلة مساعدات غذائية تدخل المناطق المحاصرة في الغوطة الشرقية اليوم .",
     "وقالت مصادر محلية إن قافلة عسكرية تدخل المناطق المحاصرة في الغوطة الشرقية اليوم ."),
    ("meeting-near-blast", "CONSULT",
     "وقتل أربعة مسلحين إثر تفجير انتحاري حزامه الناسف قرب اجتماع ضم مسؤولين من هيئة تحرير الشام "
     "وحركة أحرار الشام مع وجهاء عشائر في قرية النجار .",
     "وعقد مسؤولون من هيئة تحرير الشام وحركة أحرار الشام أمس اجتماعا مع وجهاء عشائر في قرية النجار ."),
]


@pytest.mark.parametrize(("name", "plover", "none", "told"), CASES, ids=[c[0] for c in CASES])
def test_no_event_of_this_type(name: str, plover: str, none: str, told: str) -> None:
    assert _events(none, plover) == []
    assert _events(told, plover)


def test_the_capture_is_still_told() -> None:
    """The capture the withdrawal led to stays, and the rule names itself."""
    text = _case("withdrawal-behind-capture")
    assert _events(text, "ASSAULT")
    assert any("reference:withdrawal-behind-capture" in rule for rule in _rules(text))


def test_a_handover_without_a_fight_stays() -> None:
    """A withdrawal "دون قتال" is the handover itself (ACLED's non-violent transfer of territory)."""
    text = ("وقالت مصادر إن قوات النظام سيطرت أمس على بلدة تادف جنوب مدينة الباب , بعد انسحاب "
            "تنظيم داعش منها دون قتال .")
    assert _events(text, "RETREAT")
    far = ("وسيطرت قوات النظام اليوم على بلدة تادف جنوب مدينة الباب , بعد انسحاب عناصر تنظيم الدولة "
           "من البلدة دون قتال .")
    assert _events(far, "RETREAT")


def test_a_withdrawal_told_before_the_capture_stays() -> None:
    """Withdrawal first, capture after: a sequence of two happenings, not a capture's cause."""
    text = "وبعد انسحاب تنظيم داعش من بلدة الخفسة أمس , دخلت قوات النظام البلدة وسيطرت عليها ."
    assert _events(text, "RETREAT")


def _case(name: str) -> str:
    return next(none for n, _, none, _ in CASES if n == name)


def test_the_refusal_itself_stays() -> None:
    assert _events(_case("talks-refused"), "REJECT")


def test_the_bombing_near_the_meeting_stays() -> None:
    assert _events(_case("meeting-near-blast"), "ASSAULT")


def test_a_refusal_of_something_else_leaves_the_meeting() -> None:
    """A word opened by و between the refusal and the meeting starts another phrase: the Astana
    meeting told after "الرفض التركي" is not refused."""
    text = ("وبذلنا كل ما في وسعنا بما يتيح حضور تمثيل كردي في سوتشي شرط ألا يلاقي هذا الحضور الرفض "
            "التركي وعن مجريات اجتماع أستانة أمس قال حسون إن الوفد سلم ملفات .")
    meeting = [rule for rule in _rules(text) if rule.startswith("trigger:meeting")]
    assert meeting and not any("negated:" in rule for rule in meeting)
    assert any("negated:" in rule for rule in _rules(_case("talks-refused")) if rule.startswith("trigger:meeting"))


def test_died_is_no_court() -> None:
    """"قضى" is also "died": people executed by a militia are still an execution."""
    text = "وقضى في محافظة الحسكة أمس أربعة أشخاص إعداما على يد الميليشيات الكردية ."
    assert not any("sense:" in rule for rule in _rules(text) if rule.startswith("trigger:execution"))


def test_a_protest_met_with_force_stays() -> None:
    """Protesters as the object of force told with its means and place: a protest happened."""
    text = "وفي القامشلي استخدمت قوات الأمن أمس الغاز المسيل للدموع ضد المتظاهرين واعتقلت عددا منهم ."
    assert not any("sense:" in rule for rule in _rules(text) if rule.startswith("trigger:protest"))
    generic = "وبعد الهجمات العنيفة التي قام بها ضد المتظاهرين الأكراد في أربيل فر إلى الخارج ."
    assert any("sense:ضد" in rule for rule in _rules(generic) if rule.startswith("trigger:protest"))


def test_a_protest_one_is_at_stays() -> None:
    """"أثناء مشاركته في مظاهرة" places the speaker at a protest told as news."""
    text = ("وقال القيادي أبو حمود خلال لقاء أجراه مراسلنا معه أمس أثناء مشاركته في مظاهرة بمدينة "
            "معرة النعمان إن المبادرة طرحت منذ أيام .")
    assert not any("sense:" in rule for rule in _rules(text) if rule.startswith("trigger:protest"))


def test_a_meeting_addressed_stays() -> None:
    """Only a blast "near" a gathering rules the meeting out, not a speech "before" one."""
    text = "وقال وزير الخارجية أمام اجتماع وزراء الخارجية العرب في القاهرة أمس إن الحل سياسي ."
    assert not any("reference:" in rule for rule in _rules(text) if rule.startswith("trigger:meeting"))
