"""Tolls reaching their event: casualty frames told as "count, who, verb" with the people
qualified ("آخرين") or dual nouns with an adjective, and a toll kept with its own town."""
from __future__ import annotations

import pytest

import rasd


def _tolls(text: str) -> list[tuple[int, str]]:
    doc = rasd.extract(text)
    return [(s.value["count"], s.value["kind"]) for s in doc.spans_of("CASUALTY")
            if isinstance(s.value, dict) and s.value.get("breakdown_of") is None]


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities for e in rasd.extract(text).events if e.plover == "ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("وقال مسعفون إن ثلاثة شبان آخرين قتلوا في بلدة كفرنبل جراء القصف .", (3, "killed")),
    ("وأفادت مصادر طبية بأن رجلين آخرين جرحا في انفجار العبوة .", (2, "injured")),
    ("وكان شرطيان اثنان قد قتلا بنيران قناص . وقال الضابط إن جنديين اثنين قتلا في الكمين .",
     (2, "killed")),
    ("وذكرت الوكالة أن صحفيان أجنبيان قتلا بقصف مدفعي على المدينة .", (2, "killed")),
])
def test_count_who_verb_variants_are_tolls(text: str, expected: tuple[int, str]) -> None:
    assert expected in _tolls(text)


@pytest.mark.parametrize("text", [
    "وقال إن مسلحين اثنين قتلا جنديا في الهجوم على الحاجز .",  # the two are the killers
    "وقالت الشرطة إن المسلحين الآخرين قتلوا جنديا على الحاجز .",
])
def test_killers_before_a_verb_with_an_object_are_no_toll(text: str) -> None:
    assert (2, "killed") not in _tolls(text)


def test_others_killed_reaches_the_attack_in_its_town() -> None:
    fats = _fatalities("وقال الدفاع المدني إن خمسة أشخاص آخرين قتلوا في بلدة سراقب بغارة جوية .")
    assert 5 in fats


def test_a_single_town_toll_is_left_alone() -> None:
    fats = _fatalities("قتل أربعة مدنيين في غارة جوية على بلدة سراقب بريف إدلب .")
    assert fats == [4]


@pytest.mark.parametrize("text", [
    "سقطت قذيفتان على حي سكني في مدينة درعا دون تسجيل إصابات .",
    "أطلق المسلحون صاروخا على مطار المدينة , ولم يعلن عن وقوع أي خسائر بشرية .",
])
def test_no_casualties_said_outright_is_a_toll_of_zero(text: str) -> None:
    assert (0, "killed") in _tolls(text)


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على سوق مدينة درعا دون وقوع خسائر مادية كبيرة .",  # material losses
    "قصفت الطائرات بلدة كفرنبل ولم تتوفر معلومات عن إصابات .",  # not known is not none
])
def test_unknown_or_material_losses_are_no_toll(text: str) -> None:
    assert (0, "killed") not in _tolls(text)


def test_a_denial_goes_to_the_strike_it_follows_not_the_deadly_one() -> None:
    doc = rasd.extract("قتل مدني بغارة روسية على حي الحويقة في مدينة دير الزور , بينما استهدفت "
                       "طائرات التحالف محيط مدينة البوكمال , دون تسجيل إصابات .")
    tolls = sorted(e.fatalities for e in doc.events if e.fatalities is not None)
    assert tolls == [0, 1]


def _by_place(text: str) -> dict[str, int | None]:
    return {(e.location or {}).get("name"): e.fatalities for e in rasd.extract(text).events
            if e.plover == "ASSAULT"}


def test_a_toll_cut_off_by_a_comma_stays_with_the_strike_before_it() -> None:
    got = _by_place("قصفت الطائرات الحربية بلدة حمورية مما أدى إلى مقتل 9 مدنيين , كما قصفت "
                    "مدينة دوما مما أدى إلى مقتل 4 مدنيين .")
    assert got.get("Hamouriyah") == 9 and got.get("Duma") == 4


def test_the_second_strike_without_a_toll_takes_none() -> None:
    got = _by_place("قصفت الطائرات الحربية بلدة حمورية مما أدى إلى مقتل 9 مدنيين , كما قصفت "
                    "مدينة دوما .")
    assert got.get("Hamouriyah") == 9 and got.get("Duma") is None


def test_a_toll_before_its_cause_clause_stays_with_the_cause() -> None:
    got = _by_place("أعلنت الشرطة الأحد , مقتل ستة أشخاص وإصابة آخرين , في هجوم شنه مسلحون على "
                    "فندق في مدينة كابول .")
    assert got.get("Kabul") == 6


# Counts of one kind in one sentence add up only when listed together (events/tolls.py).
@pytest.mark.parametrize("text, expected", [
    # the title's toll told again in the lead is one toll, not two
    ("مقتل 9 مدنيين في غارة على بلدة سراقب قتل 9 مدنيين في غارة جوية على بلدة سراقب بريف إدلب .", 9),
    # another source's figure is not added: the first one told stands
    ("أسفر القصف على بلدة سراقب عن مقتل 8 أشخاص , لكن مصادر محلية قالت إن 15 شخصا قتلوا .", 8),
])
def test_counts_told_again_or_by_another_source_are_not_added(text: str, expected: int) -> None:
    assert _fatalities(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("قتل 6 جنود و4 مسلحين في اشتباكات في بلدة سراقب .", 10),  # a list of the dead
    # "أيضا": the second count adds to the first however far it stands
    ("قتل خمسة جنود في هجوم على حاجز في بلدة سراقب , وأسفر الهجوم أيضا عن مقتل ثلاثة مهاجمين .", 8),
    # an injury count between two listed death counts does not part them
    ("أسفرت الغارة على بلدة سراقب عن مقتل 3 مدنيين وإصابة 7 آخرين ومقتل عنصرين من الدفاع المدني .", 5),
])
def test_counts_listed_together_add_up(text: str, expected: int) -> None:
    assert _fatalities(text) == [expected]


# A sentence telling only a toll gives it to the one attack told just before (build._following_tolls).
@pytest.mark.parametrize("text, expected", [
    ("شنت طائرات حربية غارات على بلدة سراقب بريف إدلب يوم الأحد . وقتل خمسة مدنيين بينهم طفلان .", 5),
    ("استهدفت طائرات حربية بلدة سراقب بريف إدلب . وأفاد ناشطون بمقتل 4 أشخاص .", 4),
    ("انفجرت سيارة مفخخة في مدينة إعزاز . وارتفعت حصيلة القتلى إلى 12 شخصا .", 12),
    # a title telling only a toll, before the lead's attack
    ("مقتل 5 مدنيين في سراقب\nشنت طائرات حربية غارات على بلدة سراقب بريف إدلب يوم الأحد , وفق ناشطين .", 5),
])
def test_a_sentence_telling_only_a_toll_gives_it_to_the_attack_next_to_it(text: str, expected: int) -> None:
    assert _fatalities(text) == [expected]


@pytest.mark.parametrize("text", [
    # another place: another happening
    "شنت طائرات حربية غارات على بلدة سراقب بريف إدلب . وقتل خمسة مدنيين في مدينة حلب .",
    # a toll told for two attacks is copied into neither
    "انفجرت سيارة مفخخة في مدينة إعزاز . وأجمل البيان حصيلة الحادثين بمقتل 6 أشخاص .",
    # a toll the context rules out
    "شنت طائرات حربية غارات على بلدة سراقب بريف إدلب . ونفى الجيش مقتل 7 مدنيين .",
    # a title's toll in another city than the lead's attack
    "مقتل 5 مدنيين في حلب\nشنت طائرات حربية غارات على بلدة سراقب بريف إدلب يوم الأحد , وفق ناشطين .",
])
def test_a_toll_of_another_happening_is_not_given_to_the_attack_before(text: str) -> None:
    assert _fatalities(text)[:1] in ([None], [])


# Two tellings merged into one event: the toll told first stands (build._takes_toll).
def test_a_higher_toll_of_another_day_merged_in_does_not_replace_the_first() -> None:
    text = ("قتل سبعة مدنيين في غارة جوية على بلدة التبني بريف دير الزور . ويأتي هذا القصف بعد يوم "
            "من مقتل 12 شخصا جراء غارات جوية على بلدة التبني .")
    assert _fatalities(text)[:1] == [7]


@pytest.mark.parametrize("text, expected", [
    # a vague count gives way to a real one
    ("قتل عدد من المدنيين في غارة جوية على بلدة التبني بريف دير الزور . وأسفرت الغارة عن مقتل أربعة أطفال .", 4),
    # a toll that rises replaces the first
    ("أسفرت غارة جوية على بلدة التبني بريف دير الزور عن مقتل 4 مدنيين . وارتفعت حصيلة القتلى جراء الغارة "
     "على بلدة التبني إلى 9 مدنيين .", 9),
])
def test_a_weak_or_earlier_toll_gives_way(text: str, expected: int) -> None:
    assert _fatalities(text) == [expected]


def _kinds_and_tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.sub_event_type, e.fatalities) for e in rasd.extract(text).events if e.plover == "ASSAULT"]


def test_the_fighting_a_place_was_taken_after_is_that_taking_with_its_toll() -> None:
    text = ("سيطرت قوات النظام على قرية الحاضر الواقعة في ريف حلب الجنوبي قرب الطريق الدولي بعد معارك "
            "عنيفة مع الفصائل , ما أسفر عن مقتل 9 عناصر .")
    assert _kinds_and_tolls(text) == [("Government regains territory", 9)]


def test_fighting_told_elsewhere_in_the_sentence_stays_its_own_event() -> None:
    text = ("سيطرت قوات النظام على قرية الحاضر الواقعة في ريف حلب الجنوبي قرب الطريق الدولي , فيما "
            "اندلعت معارك عنيفة مع الفصائل في بلدة سراقب .")
    assert [k for k, _ in _kinds_and_tolls(text)] == ["Government regains territory", "Armed clash"]


def test_a_figure_no_one_happening_reaches_is_no_toll() -> None:
    assert _fatalities("أسفرت الغارات على بلدة سراقب بريف إدلب عن مقتل 4 آلاف شخص .") == [None]
    assert _fatalities("أسفرت الغارات على بلدة سراقب بريف إدلب عن مقتل 400 شخص .") == [400]


def test_a_total_split_by_place_or_cause_is_no_one_events_toll() -> None:
    # "منهم 6 في ... و 4 في ...": the total is several happenings'; a part naming its people
    # ("بينهم 3 أطفال") leaves it one event's
    assert _fatalities("قصفت قوات النظام بلدات ريف حماة , وقضى 10 أشخاص منهم 6 في بلدة كفرزيتا و 4 في بلدة اللطامنة .") == [None]
    assert _fatalities("قتل 9 أشخاص بينهم 3 أطفال جراء القصف على بلدة كفرزيتا .") == [9]


def test_a_death_verb_and_the_attack_told_as_its_cause_share_the_whole_list() -> None:
    text = "قتل عنصران من حزب الله وثلاثة من عناصر النظام السوري إثر غارة إسرائيلية على بلدة خان أرنبة ."
    assert _fatalities(text) == [5]
    # with a family qualified as one, the total stands
    assert _fatalities("قتل خمسة مدنيين بينهم ثلاثة أطفال من عائلة واحدة في ريف إدلب جراء غارة جوية على بلدة سراقب .") == [5]


def test_a_death_verb_folded_with_its_cause_takes_the_cause_typing() -> None:
    # "مسلحين" are who died, not the weapon: the suicide attack types the happening
    text = ("قتل 8 مسلحين من قوات سوريا الديمقراطية ودمرت 3 آليات إثر هجوم انتحاري نفذه تنظيم داعش "
            "على تجمع لهم في منطقة الكرامة في ريف الرقة الشرقي .")
    assert _kinds_and_tolls(text) == [("Suicide bomb", 8)]
