"""Event arguments, fifth set (H11, 26 Nov): a verb chained by قبل أن/بعد أن, unidentified
perpetrators, a fallen state in a report of the new era, a road named by one town, and a bare
town noun (في البلدة) standing for the town named before.

Sentences are written for these tests; each rule has a case it must change and a close case it
must leave alone. Spans come from the real stages.
"""

from __future__ import annotations

from tests.helpers import events_of, name_of


def _events(text: str, plover: str, published: str | None = "2025-03-12") -> list:
    return events_of(text, plover, require=True, published=published, doc_id="args5-test")


def _place(ev) -> str:
    return str((ev.location or {}).get("name") or "")


# --- 1. "قبل أن تعتقل": the chained verb shares the subject of the verb before it ---

def test_verb_after_qabla_an_shares_the_subject_before():
    (ev,) = _events("دخلت وحدة من الجيش التركي صباح الاثنين إلى قرية كفرنبل، وفتشت بيوتاً عديدة "
                    "قبل أن تعتقل رجلين من سكانها.", "COERCE")
    assert "Turkey" in name_of(ev.actor1)


def test_verb_with_its_own_subject_after_baada_an_keeps_it():
    # the arrest has its own subject right after the verb: the army before is not it
    (ev,) = _events("دخلت وحدة من الجيش التركي إلى قرية كفرنبل، وفتشت بيوتاً عديدة بعد أن اعتقلت "
                    "هيئة تحرير الشام رجلين من سكانها.", "COERCE")
    assert "Turkey" not in name_of(ev.actor1)


def test_accusative_plural_after_a_joined_verb_is_its_object():
    (ev,) = _events("دخلت القوات الروسية إلى بلدة تل رفعت، واعتقلت مدنيين.", "COERCE")
    assert "Russia" in name_of(ev.actor1)
    assert "Civilians" in name_of(ev.actor2)


def test_nominative_subject_after_a_joined_verb_stays_its_subject():
    (ev,) = _events("دخلت القوات الروسية إلى بلدة تل رفعت، واعتقلت هيئة تحرير الشام رجلين.",
                    "COERCE")
    assert "Russia" not in name_of(ev.actor1)


# --- 2. unidentified perpetrators are actor1 ---

def test_unidentified_kidnappers_are_actor1():
    (ev,) = _events("خطف مجهولون طفلاً في مدينة الباب مساء الثلاثاء.", "ASSAULT")
    assert name_of(ev.actor1).startswith("Unidentified")
    assert "Civilians" in name_of(ev.actor2)


def test_gunmen_of_a_named_group_are_that_group():
    (ev,) = _events("خطف مسلحو داعش طفلاً في مدينة الباب مساء الثلاثاء.", "ASSAULT")
    assert "Islamic State" in name_of(ev.actor1) or "IS" in name_of(ev.actor1)


# --- 3. a fallen state is no party in a report of the new era ---

def test_fallen_regime_is_no_party_after_the_fall():
    (ev,) = _events("قصفت قوات النظام البائد بلدة معرة حرمة أمس.", "ASSAULT", "2025-06-02")
    assert "2000-2024" not in name_of(ev.actor1)


def test_fallen_regime_acts_in_history_dated_before_the_fall():
    (ev,) = _events("قصفت قوات النظام البائد بلدة معرة حرمة في 4 أيار 2018.", "ASSAULT", "2025-06-02")
    assert "2000-2024" in name_of(ev.actor1)


def test_regime_acts_in_a_report_before_the_fall():
    (ev,) = _events("قصفت قوات النظام بلدة معرة حرمة أمس.", "ASSAULT", "2019-06-02")
    assert "2000-2024" in name_of(ev.actor1)


# --- 4. a road named by one town is at that town ---

def test_road_named_by_one_town_is_at_the_town():
    (ev,) = _events("قتل رجل برصاص مجهولين على طريق بلدة كناكر في ريف دمشق يوم السبت.", "ASSAULT")
    assert _place(ev) == "Kanakir"


def test_road_named_by_two_ends_is_not_at_its_first_end():
    evs = _events("قتل رجل برصاص مجهولين على طريق دمشق درعا قرب بلدة غباغب يوم السبت.", "ASSAULT")
    assert [_place(e) for e in evs] == ["Ghabaghib"]


# --- 5. "في البلدة" is the town named last before ---

def test_bare_town_noun_is_the_town_named_before():
    evs = _events("وصلت تعزيزات عسكرية إلى بلدة الحراك شرق درعا صباح اليوم. وشنت قوات الأمن حملة "
                  "اعتقالات في البلدة وفي قرية المليحة الشرقية.", "COERCE")
    places = {_place(e) for e in evs}
    assert "Al Hirak" in places
    ev = next(e for e in evs if _place(e) == "Al Hirak")
    assert any(x.field == "location" and x.text == "البلدة" and x.rule.endswith("+anaphora")
               for x in ev.evidence)


def test_town_noun_with_its_own_adjective_is_no_anaphor():
    evs = _events("وصلت تعزيزات عسكرية إلى بلدة الحراك شرق درعا صباح اليوم. وشنت قوات الأمن حملة "
                  "اعتقالات في البلدة القديمة وفي قرية المليحة الشرقية.", "COERCE")
    assert "Al Hirak" not in {_place(e) for e in evs}


def test_town_things_came_from_is_no_antecedent():
    evs = _events("وصلت تعزيزات عسكرية من بلدة الحراك إلى ريف درعا صباح اليوم. وشنت قوات الأمن "
                  "حملة اعتقالات في البلدة وفي قرية المليحة الشرقية.", "COERCE")
    assert "Al Hirak" not in {_place(e) for e in evs}


# --- 6. found on the development samples ---

def test_clock_zone_in_brackets_is_no_place():
    (ev,) = _events("الساعة 11:40 (مكة المكرمة) قصفت قوات النظام مواقع المعارضة المسلحة.", "ASSAULT")
    assert _place(ev) != "Mecca"


def test_holy_city_named_in_brackets_without_a_clock_stays_a_place():
    (ev,) = _events("هاجم مسلحون مجهولون حافلة للحجاج قرب (مكة المكرمة) أمس.", "ASSAULT")
    assert _place(ev) == "Mecca"


def test_direction_of_the_town_is_in_the_town():
    evs = _events("تقدمت فصائل المعارضة نحو مدينة سراقب شرق إدلب. وشنت الفصائل هجوماً عنيفاً "
                  "على مواقع قوات النظام في غرب المدينة.", "ASSAULT")
    assert "Saraqib" in {_place(e) for e in evs}


def test_town_told_last_beats_one_named_earlier_with_the_noun():
    evs = _events("داهمت قوات الأمن منازل في مدينة سلمية يوم الأحد. واعتقلت قوات الأمن ناشطاً في "
                  "طرطوس أثناء تجواله في أسواق المدينة.", "COERCE")
    assert "As Salamiyah" not in {_place(e) for e in evs[1:]} and "Tartus" in {_place(e) for e in evs}
