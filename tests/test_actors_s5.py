"""Actors in 2025-26 reports on Syria: Lebanon's General Security, the fallen regime's
loyalists, a single force with a demonym, who the Internal Security Forces are after the SDF
left Raqqa and Deir ez-Zor, and an alias glossed in brackets. Sentences written for the tests."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.kb.actors import KBError, find_mentions, parse_kb


def _actors(text: str, published: str) -> dict[str, str]:
    doc = extract(text, published=published)
    return {doc.text[s.start:s.end]: s.value["id"] for s in doc.spans_of("ACTOR")}


def _kb_only(text: str, published: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.value["id"]
            for m in find_mentions(text, published=published) if m.label == "ACTOR"}


def test_lebanese_general_security_is_not_the_army():
    got = _kb_only("رحّل الأمن العام اللبناني عشرات السوريين عبر معبر جديدة يابوس، "
                   "فيما انتشر الجيش اللبناني على الطريق.", "2025-05-04")
    assert got["الأمن العام اللبناني"] == "lebanon-general-security"
    assert got["الجيش اللبناني"] == "lebanon-military"


@pytest.mark.parametrize("phrase", ["فلول النظام", "مسلحين موالين للنظام", "لواء درع الساحل"])
def test_the_old_regimes_men_are_loyalists_only_after_the_fall(phrase):
    text = f"هاجم {phrase} حاجزا قرب القرداحة وقتلوا عنصرين."
    after = _kb_only(text, "2025-04-10")
    assert after[phrase] == "assad-loyalists"
    # in a report of 2016 the same words name the regime's side, not an insurgency
    before = _kb_only(text, "2016-04-10")
    assert before[phrase] in {"syria-military", "pro-government-militias-syria"}


def test_new_names_of_the_loyalists_and_jihadists():
    got = _kb_only("تبنى المجلس العسكري لتحرير سوريا الهجوم، بينما أعلنت سرايا أنصار السنة "
                   "مسؤوليتها عن تفجير آخر.", "2025-03-15")
    assert got == {"المجلس العسكري لتحرير سوريا": "assad-loyalists",
                   "سرايا أنصار السنة": "saraya-ansar-al-sunna"}


def test_a_single_force_with_a_demonym_is_that_states_forces():
    got = _kb_only("دخلت قوة روسية إلى البلدة ثم تبعتها قوة عسكرية تركية.", "2018-02-01")
    assert got == {"قوة روسية": "russia-military", "قوة عسكرية تركية": "turkey-military"}
    # "America's might", "the Kurds' strength": the definite and the construct stay unlinked
    assert _kb_only("كشفت الحرب حدود القوة الأمريكية في المنطقة.", "2018-02-01") == {}
    assert "ypg" not in _kb_only("يقلق دمشق تصاعد قوة الأكراد في الشمال.", "2018-02-01").values()


def test_occupation_soldiers_are_israels():
    got = _kb_only("اعتقل جنود الاحتلال راعيا قرب بلدة الرفيد.", "2025-10-01")
    assert got["جنود الاحتلال"] == "israel-military"


def test_an_afghan_soldier_is_no_actor_but_a_turkish_one_is():
    assert _kb_only("قُتل جندي أفغاني بانفجار لغم في الريف.", "2026-01-05") == {}
    assert _kb_only("قُتل جندي تركي بانفجار لغم في الريف.", "2026-01-05") == \
        {"جندي تركي": "turkey-military"}


def test_internal_security_in_raqqa_changes_hands_in_january_2026():
    text = "الرقة - اعتقلت قوى الأمن الداخلي شابين في حي الدرعية بمدينة الرقة."
    assert _actors(text, "2025-06-01")["قوى الأمن الداخلي"] == "asayish"
    assert _actors(text, "2026-03-01")["قوى الأمن الداخلي"] == "syria-police-2024"
    # Hasakah stayed with the Kurdish-led administration
    hasakah = "الحسكة - اعتقلت قوى الأمن الداخلي شابين في مدينة القامشلي."
    assert _actors(hasakah, "2026-03-01")["قوى الأمن الداخلي"] == "asayish"


def test_internal_security_in_a_government_held_euphrates_town():
    text = "قتل عنصر من قوى الأمن الداخلي بهجوم على دوريته في مدينة {}."
    assert _actors(text.format("الميادين"), "2025-06-01")["قوى الأمن الداخلي"] == \
        "syria-police-2024"
    # a town of the east bank, held by the SDF until January 2026
    assert _actors(text.format("هجين"), "2025-06-01")["قوى الأمن الداخلي"] == "asayish"


def test_aleppos_kurdish_districts_until_january_2026():
    text = "حلب - نشرت قوى الأمن الداخلي حواجز في حي الشيخ مقصود."
    assert _actors(text, "2025-10-20")["قوى الأمن الداخلي"] == "asayish"
    assert _actors(text, "2026-04-20")["قوى الأمن الداخلي"] == "syria-police-2024"
    other = "حلب - نشرت قوى الأمن الداخلي حواجز في حي الحمدانية."
    assert _actors(other, "2025-10-20")["قوى الأمن الداخلي"] == "syria-police-2024"


def test_a_gloss_in_brackets_names_the_actor():
    text = "حلب - قالت قوى الأمن الداخلي (الأسايش) إن مسلحين هاجموا حاجزا في حي الحمدانية."
    got = extract(text, published="2025-10-20")
    span = next(s for s in got.spans_of("ACTOR") if got.text[s.start:s.end] == "قوى الأمن الداخلي")
    assert span.value["id"] == "asayish" and span.value["apposition"] == "الأسايش"
    assert span.rule.endswith("+apposition")
    # a gloss naming an actor the alias never stands for changes nothing
    text = "حمص - قالت قوى الأمن الداخلي - حزب الله لم يتدخل."
    assert _actors(text, "2025-10-20")["قوى الأمن الداخلي"] == "syria-police-2024"


def test_post_2024_officials_are_the_new_government():
    got = _kb_only("استقبل وزير الخارجية السوري أسعد الشيباني نظيره أيمن الصفدي.", "2025-09-09")
    assert got["وزير الخارجية السوري أسعد الشيباني"] == "syria-government-2024"
    assert _kb_only("التقى أسعد الشيباني وفدا أوروبيا.", "2025-09-09") == \
        {"أسعد الشيباني": "syria-government-2024"}
    assert got["أيمن الصفدي"] == "jordan-government"


def test_regional_until_and_places_are_checked():
    kb = {"actors": [{"id": "a", "name": "A", "name_ar": "أ", "type": "Rebel group",
                      "country": None, "aliases": ["ألف"]}],
          "regional": [{"aliases": ["ألف"], "actor": "a",
                        "rules": [{"actor": "a", "country": "Syria", "until": "2026"}]}],
          "eras": [{"from": "2024-12-08", "map": {}, "relink": {"b": ["ألف"]}}]}
    with pytest.raises(KBError) as err:
        parse_kb([("x.yaml", kb)])
    assert "until must be YYYY-MM-DD" in str(err.value)
    assert "relink target 'b' is not an actor id" in str(err.value)


def test_hijris_men_are_the_druze_militia():
    got = _kb_only("قصفت ميليشيات الهجري بلدة ولغا، وردت القوات الحكومية.", "2025-08-20")
    assert got["ميليشيات الهجري"] == "druze-militia"
    assert got["القوات الحكومية"] == "syria-military-2024"


def test_anti_narcotics_department_by_country_and_era():
    text = "{} - أعلنت إدارة مكافحة المخدرات ضبط شحنة حبوب مخدرة قرب {}."
    assert _actors(text.format("عمّان", "معبر جابر"), "2025-08-01")["إدارة مكافحة المخدرات"] == \
        "jordan-police"
    assert _actors(text.format("درعا", "بلدة نصيب"), "2025-08-01")["إدارة مكافحة المخدرات"] == \
        "syria-police-2024"
    # before the fall the bare name is mostly the US DEA: not linked (see the test below)
    assert "إدارة مكافحة المخدرات" not in _actors(text.format("درعا", "بلدة نصيب"), "2016-08-01")


def test_outlaw_groups_doctors_and_the_syrian_internal_security():
    got = _kb_only("خطفت مجموعات خارجة عن القانون مسعفا، ثم داهمت قوات الأمن الداخلي السوري "
                   "مخبأها.", "2025-11-11")
    assert got == {"مجموعات خارجة عن القانون": "unidentified-armed-group-syria",
                   "مسعفا": "health-workers-syria",
                   "قوات الأمن الداخلي السوري": "syria-police-2024"}
    # the bare قوات الأمن الداخلي says not whose it is: blocked, as before
    assert _kb_only("داهمت قوات الأمن الداخلي مخبأها.", "2025-11-11") == {}


def test_a_country_named_as_destination_does_not_decide_the_region():
    text = "أعلنت إدارة مكافحة المخدرات ضبط شحنة في ريف درعا الشرقي كانت معدة للتهريب إلى الأردن."
    assert _actors(text, "2025-08-01")["إدارة مكافحة المخدرات"] == "syria-police-2024"
    # with no town named, the country still counts
    text = "أعلنت إدارة مكافحة المخدرات في الأردن ضبط شحنة حبوب مخدرة."
    assert _actors(text, "2025-08-01")["إدارة مكافحة المخدرات"] == "jordan-police"


def test_governorate_security_directorates_and_police_commands():
    assert _kb_only("أعلنت مديرية أمن اللاذقية توقيف مطلوبين.", "2025-05-05") == \
        {"مديرية أمن اللاذقية": "syria-police-2024"}
    assert _kb_only("قالت قيادة شرطة دمشق إن قذيفة سقطت على حي المزة.", "2014-05-05") == \
        {"قيادة شرطة دمشق": "syria-police"}
    # the opposition's Free Police is not the state's
    assert _kb_only("قالت قيادة شرطة إدلب الحرة إن قذيفة سقطت على السوق.", "2016-05-05") == {}


def test_a_patrol_of_the_general_security_and_the_us_department_of_war():
    got = _kb_only("قتل مدني برصاص دورية تابعة للأمن العام، وقالت وزارة الحرب الأمريكية إنها "
                   "تتابع الحادث.", "2025-12-20")
    assert got == {"دورية تابعة للأمن العام": "syria-general-security-2024",
                   "وزارة الحرب الأمريكية": "us-military"}
    # "a unit belonging to public order" is not a phrase: the bare name after تابعة ل stays alone
    assert _kb_only("قرار يمس الأمن العام للبلاد.", "2025-12-20") == {}


def test_names_of_the_new_order_are_nothing_before_it():
    text = "قالت إدارة مكافحة المخدرات إنها تتعقب شبكة لتهريب الكوكايين."
    assert _kb_only(text, "2017-12-20") == {}  # the US DEA in a report of 2017
    assert _kb_only(text, "2025-12-20") == {"إدارة مكافحة المخدرات": "syria-police-2024"}


def test_a_profession_as_predicate_is_no_victim():
    assert _kb_only("كان ممرضا في مستشفى المدينة قبل الحرب.", "2025-01-01") == {}
    assert _kb_only("قتل مسلحون ممرضا في مستشفى المدينة.", "2025-01-01")["ممرضا"] == \
        "health-workers-syria"


def test_the_national_guard_is_suwaydas_only_after_the_fall():
    text = "{} - اعتقل عناصر من الحرس الوطني ثلاثة شبان في {}."
    got = _actors(text.format("السويداء", "بلدة القريا"), "2025-09-01")
    assert got["عناصر من الحرس الوطني"] == "druze-militia"
    got = _actors(text.format("الرياض", "حي العليا بالرياض"), "2025-09-01")
    assert got["عناصر من الحرس الوطني"] == "saudi-military"
    # in 2016 the bare name is Tunisia's or Saudi Arabia's: no link
    got = _actors(text.format("السويداء", "بلدة القريا"), "2016-09-01")
    assert "عناصر من الحرس الوطني" not in got


def test_a_foreign_policy_is_no_ministry_and_a_countrys_provinces_are_a_place():
    assert _kb_only("انتقد المحتجون السياسة الخارجية الإيرانية في المنطقة.", "2018-01-01") == \
        {"المحتجون": "protesters-syria"}
    assert _kb_only("وقالت الخارجية الإيرانية إن الوفد وصل.", "2018-01-01") == \
        {"الخارجية الإيرانية": "iran-government"}
    assert _kb_only("مشروع طرق يربط محافظات مصر ببعضها.", "2018-01-01") == {}
    assert _kb_only("طالبت مصر بوقف القتال.", "2018-01-01") == {"مصر": "egypt-government"}


def test_tanks_bulldozers_and_recon_planes_with_a_demonym():
    got = _kb_only("توغلت دبابات إسرائيلية وجرافات الاحتلال في ريف القنيطرة، وحلقت طائرة استطلاع "
                   "إسرائيلية فوق القرية.", "2025-07-01")
    assert got == {"دبابات إسرائيلية": "israel-military", "جرافات الاحتلال": "israel-military",
                   "طائرة استطلاع إسرائيلية": "israel-air-force"}
    # the definite "the Russian tanks" (often equipment, not troops) stays unlinked
    assert _kb_only("بيعت الدبابات الروسية القديمة في المزاد.", "2025-07-01") == {}


def test_a_demonym_after_a_region_dependent_alias_names_whose_it_is():
    got = _kb_only("اعتقلت قوات الأمن العام الأردني مهربين قرب الحدود.", "2025-07-01")
    assert got["قوات الأمن العام الأردني"] == "jordan-police"
    got = _kb_only("أوقفت قوات الأمن العام اللبناني سوريين عند المعبر.", "2025-07-01")
    assert got["قوات الأمن العام اللبناني"] == "lebanon-general-security"
    # with no demonym, and no place, the General Security stays Syria's
    got = _kb_only("اعتقلت قوات الأمن العام مهربين قرب الحدود.", "2025-07-01")
    assert got["قوات الأمن العام"] == "syria-general-security-2024"
    # a demonym's rule keeps its dates: the Syrian internal security is the new police after 2024
    text = "انتشرت قوى الأمن الداخلي السوري في المدينة."
    assert _kb_only(text, "2025-07-01")["قوى الأمن الداخلي السوري"] == "syria-police-2024"
    assert "syria-police-2024" not in _kb_only(text, "2016-07-01").values()


def test_the_tribes_call_to_arms():
    got = _kb_only("وصلت فزعة العشائر إلى ريف السويداء الغربي.", "2025-07-17")
    assert got == {"فزعة العشائر": "arab-tribal-forces"}


def test_an_undated_report_naming_the_new_order_is_of_its_era():
    text = "قال الرئيس أحمد الشرع إن الجيش السوري سيلاحق فلول النظام."
    got = _kb_only(text, None)
    assert got["الجيش السوري"] == "syria-military-2024" and got["فلول النظام"] == "assad-loyalists"
    # without such a name an undated report keeps the old names
    got = _kb_only("قال مسؤول إن الجيش السوري سيلاحق فلول النظام.", None)
    assert got["الجيش السوري"] == "syria-military"


def test_the_new_syrian_army_and_the_military_operations_by_era():
    text = "درّب الأمريكيون الجيش السوري الجديد قرب التنف."
    assert _kb_only(text, "2016-03-01")["الجيش السوري الجديد"] == "maghawir-al-thawra"
    assert _kb_only(text, "2025-03-01")["الجيش السوري الجديد"] == "syria-military-2024"
    text = "تولى الجنرالات الروس إدارة العمليات العسكرية في سورية."
    assert "إدارة العمليات العسكرية" not in _kb_only(text, "2017-12-01")
