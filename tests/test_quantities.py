"""Arabic numbers, approximations, vague counts and casualty frames on real phrasings."""

from __future__ import annotations

import pytest

from rasd.document import Document, Meta
from rasd.events.arguments import Annotations
from rasd.events.tokens import Words
from rasd.events.tolls import toll
from rasd.pipeline import build
from rasd.quantities.extract import quantities_of
from rasd.quantities.numbers import parse_number


def numbers(text: str) -> list[tuple[str, int | float, str]]:
    return [(text[r.start:r.end], r.value["value"], r.value["approx"])
            for r in quantities_of(text) if r.label == "NUMBER"]


def casualties(text: str) -> list[dict]:
    out = []
    for r in quantities_of(text):
        if r.label == "CASUALTY":
            out.append({**r.value, "text": text[r.start:r.end], "rule": r.rule})
    return out


@pytest.mark.parametrize(("text", "value"), [
    ("ثلاثة", 3), ("عشرة", 10), ("خمسين", 50), ("مئة", 100), ("مئتي", 200),
    ("خمسة وعشرين", 25), ("ثلاثمائة وخمسين", 350), ("ثلاثة آلاف وخمسمائة", 3500),
    ("ألف", 1000), ("٣٨", 38), ("١٠٬٠٠٠", 10000), ("2 مليون", 2000000), ("إحدى عشرة", 11),
])
def test_number_words_and_digits(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_not_a_number() -> None:
    assert parse_number("قصف") is None
    assert parse_number("خمسة أشخاص") is None  # a whole-expression parse: the noun is extra


def test_approximations() -> None:
    assert numbers("أصيب ما لا يقل عن 14 عنصرا") == [("ما لا يقل عن 14", 14, "at least")]
    assert numbers("قتل نحو 50 شخصا") == [("نحو 50", 50, "about")]
    assert numbers("نزح أكثر من ألف مدني") == [("أكثر من ألف", 1000, "more than")]
    assert numbers("قرابة ثلاثين") == [("قرابة ثلاثين", 30, "about")]
    at_least = numbers("قتل 38 عنصرا على الأقل")
    assert at_least[0][1:] == (38, "at least")


def test_a_stated_range_keeps_the_lower_bound_and_the_upper() -> None:
    [c] = casualties("أسفر القصف عن مقتل ما بين 20 و30 عنصرا")
    assert (c["count"], c["count_max"], c["approx"]) == (20, 30, "at least")
    assert numbers("سقوط 10 إلى 15 قتيلا")[0][1:] == (10, "at least")


def test_vague_counts_follow_acled() -> None:
    assert numbers("سقط العشرات بين قتيل وجريح")[0][1:] == (12, "vague")
    assert numbers("نزح مئات المدنيين")[0][1:] == (100, "vague")
    assert numbers("اعتقل عدد من الشبان")[0][1:] == (3, "vague")


def test_killed_with_count_and_who() -> None:
    [c] = casualties("أسفر القصف عن مقتل 5 عناصر من قوات النظام في ريف إدلب")
    assert (c["kind"], c["count"], c["approx"]) == ("killed", 5, "exact")
    assert c["who"] == "عناصر من قوات النظام" and c["breakdown_of"] is None


def test_singular_and_dual_nouns_carry_their_count() -> None:
    assert [(c["kind"], c["count"]) for c in casualties("مقتل شخص وإصابة اثنين آخرين")] == [
        ("killed", 1), ("injured", 2)]
    assert casualties("استشهاد عنصرين من الفصيل")[0]["count"] == 2
    assert casualties("مقتل مدنيان اثنان")[0]["count"] == 2
    assert casualties("سقط قتيلان في الاشتباكات")[0]["count"] == 2


def test_count_before_casualty_noun() -> None:
    found = casualties("أدى القصف إلى سقوط 12 قتيلاً و30 جريحاً من المدنيين")
    assert [(c["kind"], c["count"]) for c in found] == [("killed", 12), ("injured", 30)]
    assert found[1]["who"] == "من المدنيين"
    assert casualties("سقوط العشرات من القتلى")[0]["count"] == 12
    assert casualties("خلّف القصف عشرات الجرحى")[0]["kind"] == "injured"


def test_coordinated_victims_of_one_trigger_are_added() -> None:
    found = casualties("أسفرت الاشتباكات عن مقتل ثلاثة عناصر من قسد واثنين من عناصر التنظيم.")
    assert [(c["count"], c["breakdown_of"]) for c in found] == [(3, None), (2, None)]
    assert found[1]["who"] == "من عناصر التنظيم"
    assert [c["count"] for c in casualties("مقتل 5 عناصر و3 قذائف")] == [5]


def test_met_death_and_captured() -> None:
    assert casualties("لقي ثلاثة أشخاص حتفهم في الانفجار")[0]["count"] == 3
    assert casualties("لقي حتفه متأثراً بجراحه")[0]["count"] == 1
    [c] = casualties("أسر 3 جنود خلال المعارك")
    assert (c["kind"], c["count"]) == ("captured", 3)


def test_shells_and_combined_figures_are_not_tolls() -> None:
    assert casualties("سقوط 5 قذائف على الحي") == []
    assert casualties("مقتل وإصابة 10 أشخاص بقصف") == []  # killed + injured together


def test_breakdown_is_never_double_counted(seeds: dict[str, dict]) -> None:
    seed = next(s for s in seeds.values() if "مقتل 38" in s["text"])
    stages = build(("clean", "sentences", "time", "quantities"))
    doc = stages(Document(Meta(id=seed["id"], published=seed["published"],
                               published_precision=seed["published_precision"]),
                          raw=seed["text"]))
    spans = doc.spans_of("CASUALTY")
    total = next(k for k, s in enumerate(spans) if s.value["count"] == 38)
    assert spans[total].value["approx"] == "at least" and spans[total].value["kind"] == "killed"
    parts = [s for s in spans if s.value["breakdown_of"] == total]
    assert sorted(p.value["count"] for p in parts) == [14, 24]
    assert all(p.rule == "casualty:breakdown" for p in parts)
    # the events stage's toll adds the total once, never the parts
    words = Words(doc)
    ann = Annotations(doc, words)
    sentence = ann.casualties[0].sentence
    killed, injured, _ = toll(ann, sentence)
    assert killed == 38 and injured == 50


def test_numbers_inside_dates_are_not_counts(seeds: dict[str, dict]) -> None:
    stages = build(("clean", "sentences", "time", "quantities"))
    for seed in seeds.values():
        doc = stages(Document(Meta(id=seed["id"], published=seed["published"],
                                   published_precision=seed["published_precision"]),
                              raw=seed["text"]))
        dates = doc.spans_of("DATE", "TIME")
        for n in doc.spans_of("NUMBER"):
            assert not any(d.start <= n.start < d.end for d in dates), doc.text[n.start:n.end]
            assert n.stage == "quantities" and n.rule.startswith("number:")


def test_duckling_numerals(evalkit) -> None:
    from rasd.time import evaluate as ev

    score = ev.score_numbers(ev.load(evalkit / "duckling-ar" / "numeral_ar.json"))
    assert score.total > 100 and score.accuracy >= 0.98, score.misses


def test_count_then_verb_of_what_befell_them() -> None:
    [c] = casualties("أعلن المرصد أن 17 شخصا على الأقل قتلوا الأحد في انفجار سيارة مفخخة")
    assert (c["kind"], c["count"], c["approx"], c["rule"]) == (
        "killed", 17, "at least", "casualty:count-verb")
    assert casualties("وقال المسعف إن أربعة أطفال استشهدوا في القصف")[0]["count"] == 4
    [c] = casualties("أفاد المراسل أن مدنيين اثنين استشهدا جراء الغارة")
    assert (c["kind"], c["count"]) == ("killed", 2)
    [c] = casualties("قال الفصيل إن عنصرين جرحا برصاص قناص")
    assert (c["kind"], c["count"]) == ("injured", 2)


def test_people_before_a_verb_with_an_object_are_the_actors() -> None:
    found = casualties("قال الشهود إن 4 مسلحين قتلوا 7 مزارعين في الحقل")
    assert [(c["count"], c["rule"]) for c in found] == [(7, "casualty:trigger-count")]
    assert casualties("الجنديان قتلا 9 مدنيين قرب الحاجز")[0]["count"] == 9


def test_one_definite_victim_or_he_before_a_passive_verb() -> None:
    [c] = casualties("اغتيل القيادي العسكري في الفصيل برصاص مجهولين قرب داعل")
    assert (c["kind"], c["count"], c["rule"]) == ("killed", 1, "casualty:trigger-definite")
    assert c["who"] == "القيادي العسكري"
    assert casualties("أعلن الدفاع المدني استشهاد المتطوع خلال عمليات الإنقاذ")[0]["count"] == 1
    [c] = casualties("وذكرت الصفحة أنه قتل بقذيفة هاون سقطت على منزله")
    assert (c["kind"], c["count"], c["rule"]) == ("killed", 1, "casualty:he-passive")


def test_a_definite_person_with_an_object_after_is_the_killer() -> None:
    assert casualties("قتل الضابط المنشق حارسه قبل فراره") == []
    assert casualties("قتل الجندي الإسرائيلي شابا فلسطينيا عند الحاجز") == []


def test_a_toll_over_a_stretch_of_time_is_marked_period() -> None:
    [c] = casualties("ووثقت الشبكة مقتل 312 مدنيا في محافظة حلب خلال الشهر الماضي .")
    assert (c["count"], c.get("period")) == (312, True)
    [c] = casualties("وقال المكتب إن 45 مدنيا قضوا في الغوطة منذ بدء الحملة العسكرية .")
    assert c.get("period") is True
    found = casualties("قتل 6 أشخاص في غارة على السوق . وخلال العام الجاري قتل 900 شخص .")
    assert [(c["count"], c.get("period")) for c in found] == [(6, None), (900, True)]
    # since this morning is one day's toll
    assert casualties("قتل 7 مدنيين منذ صباح اليوم في القصف")[0].get("period") is None


def test_how_long_an_ongoing_attack_lasts_is_no_running_total() -> None:
    # the duration qualifies the attack ("مستمر منذ"), not the count: one happening's toll
    [c] = casualties("أعلنت السلطات مقتل 27 شخصا في هجوم مستمر منذ ثلاثة أسابيع على مدينة دير الزور .")
    assert (c["count"], c.get("period")) == (27, None)
    # a war is itself a stretch: its toll stays a running total
    [c] = casualties("ووثقت المنظمة مقتل 5000 مدني في الحرب المستمرة منذ عام 2011 .")
    assert c.get("period") is True


def test_bracketed_parts_of_a_total_are_its_breakdown() -> None:
    found = casualties("قضى ( 6 ) أشخاص بينهم ( 4 ) جراء القصف على بلدة بزاعة و( 2 ) برصاص حرس الحدود .")
    assert [(c["count"], c["breakdown_of"]) for c in found] == [(6, None), (4, 0), (2, 0)]
    assert found[0]["who"] == "أشخاص"
    # a bracketed figure with no marker before it stays a toll of its own
    found = casualties("قتل ( 3 ) عناصر من قوات النظام في ريف حماة .")
    assert [(c["count"], c["breakdown_of"]) for c in found] == [(3, None)]


def _kinds(text: str) -> list[tuple[str, int]]:
    return [(c["kind"], c["count"]) for c in casualties(text)]


def test_a_count_before_fi_is_no_percentage_unless_almiah_follows() -> None:
    # "في المئة" is a phrase: its first word alone does not make "6 في هجوم" a share
    assert _kinds("مقتل عنصرين وإصابة 4 في انفجار عبوة ناسفة بريف درعا") == [("killed", 2), ("injured", 4)]
    assert _kinds("قتل عنصران وأصيب 9 في اشتباك قرب الحاجز") == [("killed", 2), ("injured", 9)]
    assert _kinds("ارتفع عدد النازحين إلى 12 في المئة من السكان") == []
    assert _kinds("توفي عن 80 عاما في منزله") == []


def test_two_word_death_triggers_and_met_death_with_the_count_before() -> None:
    assert _kinds("انفجار سيارة مفخخة أودى بحياة 14 شخصا في سوق المدينة") == [("killed", 14)]
    assert casualties("تفجير أودى بحياة 14 شخصا")[0]["text"] == "أودى بحياة 14 شخصا"
    assert _kinds("اهتمت الندوة بحياة الأطفال في المخيمات") == []  # no أودى before it
    assert _kinds("قال الدفاع المدني إن 11 شخصا على الأقل لاقوا حتفهم في غارة على السوق") == [("killed", 11)]
    assert _kinds("لاقى طفلان حتفهما بانفجار لغم") == [("killed", 2)]
    assert _kinds("لاقت المبادرة ترحيبا من الأهالي") == []


def test_a_count_qualified_by_its_family_then_a_plural_verb() -> None:
    assert _kinds("وأفاد ناشطون أن ستة مدنيين من عائلة واحدة قتلوا وجرح آخرون في قصف مدفعي") == [("killed", 6)]
    assert _kinds("وذكر المرصد أن أربعة عناصر من قوات النظام قتلوا في الكمين") == [("killed", 4)]
    # the people before the verb are its agents when an object follows
    assert _kinds("وقال إن أربعة عناصر من التنظيم قتلوا ثلاثة مدنيين") == [("killed", 3)]


def test_a_death_count_then_a_number_of_wounded_is_no_combined_figure() -> None:
    # a number after the "و" opens the next count of a list; a casualty noun there joins them
    assert _kinds("أسفر القصف عن سقوط أكثر من ستين قتيلا وعشرات الجرحى في البلدة") == [
        ("killed", 60), ("injured", 12)]
    assert _kinds("أسفر القصف عن سقوط ستين قتيلا وجريحا في البلدة") == []


def test_a_count_then_a_plural_verb_then_the_next_trigger_with_its_own_count() -> None:
    assert _kinds("وقال مصدر إن 12 مجندين قتلوا وأصيب 20 آخرون في الانفجار") == [("killed", 12), ("injured", 20)]
    assert _kinds("وقالت مصادر إن 4 إسرائيليين قتلوا في عملية طعن قرب المستوطنة") == [("killed", 4)]
    # a nationality before a verb with an object: they are the killers
    assert _kinds("وقالت مصادر إن 4 إسرائيليين قتلوا ثلاثة شبان قرب المستوطنة") == [("killed", 3)]


def test_rah_dahiyatuha_is_a_death_toll_unless_killed_and_wounded_together() -> None:
    assert _kinds("وذكر التقرير مجزرة القرية التي راح ضحيتها 23 مدنيا في الشهر الماضي") == [("killed", 23)]
    assert _kinds("وذكر التقرير مجزرة القرية التي راح ضحيتها 90 شخصا بين قتيل وجريح") == []


def test_a_victim_told_by_a_pronoun_after_what_led_to_it() -> None:
    assert _kinds("وأطلق مسلحون النار على المختار ما أدى إلى مقتله على الفور") == [("killed", 1)]
    assert _kinds("سقطت قذيفة قرب الطفلين مما تسبب في إصابتهما بجروح") == [("injured", 2)]
    assert _kinds("وطالبت العائلة بكشف ملابسات مقتله قبل عامين") == []  # no result word before it


def test_a_toll_noun_then_its_figure() -> None:
    assert _kinds("وارتفعت حصيلة القتلى إلى 14 شخصا بحسب مصادر طبية") == [("killed", 14)]
    assert _kinds("وبلغ عدد الجرحى 22 مدنيا") == [("injured", 22)]
    # after a verb of rising the figure may stand further on, after "إلى"
    assert _kinds("ارتفعت حصيلة القتلى جراء القصف على بلدة كفرنبل بريف إدلب إلى 9 مدنيين") == [("killed", 9)]
    # words between the noun and a figure without a verb of rising: a total of another kind
    assert _kinds("وبلغ عدد القتلى في البلاد منذ بدء الحرب أكثر من 300 ألف") == []


def test_persons_listed_after_a_death_trigger_each_count() -> None:
    assert _kinds("مقتل جنديين وثلاثة مدنيين في القصف") == [("killed", 2), ("killed", 3)]
    assert _kinds("قتل طفل وامرأة في القصف على الحي") == [("killed", 1), ("killed", 1)]
    assert _kinds("مقتل شخص وإصابة 3 في القصف") == [("killed", 1), ("injured", 3)]


def test_one_qualifying_a_breakdown_part_is_no_part() -> None:
    found = casualties("قتل خمسة مدنيين بينهم ثلاثة أطفال من عائلة واحدة في ريف إدلب")
    assert [(c["count"], c["breakdown_of"] is None) for c in found] == [(5, True), (3, False)]
