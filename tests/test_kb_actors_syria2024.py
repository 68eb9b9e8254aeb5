"""Syria after December 2024: the General Security with its head nouns and demonym, and
قوى الأمن الداخلي read by where the report is (a region-dependent alias of the KB)."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.kb.actors import KBError, default_kb, parse_kb, regional_actor


def _actors(text: str, published: str) -> dict[str, str]:
    doc = extract(text, published=published)
    return {doc.text[s.start:s.end]: s.value["id"] for s in doc.spans_of("ACTOR")}


def test_general_security_with_partitive_and_demonym():
    got = _actors("درعا - أصيب عنصران من الأمن العام السوري برصاص مجهولين قرب الحاجز.", "2025-04-02")
    assert got.get("عنصران من الأمن العام السوري") == "syria-general-security-2024"
    # public order is no force: the bare name stays unlinked
    got = _actors("حُكم على الشاب بتهمة تكدير الأمن العام في دمشق.", "2025-04-02")
    assert "syria-general-security-2024" not in got.values()


def test_internal_security_forces_by_region_and_era():
    text = ("حمص - أوقفت قوى الأمن الداخلي ثلاثة مطلوبين بعد مداهمة منزل "
            "في حي الخالدية مساء الجمعة.")
    assert _actors(text, "2025-09-12")["قوى الأمن الداخلي"] == "syria-police-2024"
    # the same words before the fall of Assad, and in Hasakah after it, are the Asayish
    assert _actors(text, "2023-09-12")["قوى الأمن الداخلي"] == "asayish"
    north_east = text.replace("حمص", "الحسكة").replace("حي الخالدية", "حي غويران")
    assert _actors(north_east, "2025-09-12")["قوى الأمن الداخلي"] == "asayish"
    # Lebanon's police bear the same name
    beirut = text.replace("حمص", "بيروت").replace("حي الخالدية", "منطقة الحمرا")
    assert _actors(beirut, "2025-09-12")["قوى الأمن الداخلي"] == "lebanon-police"


def test_internal_security_without_a_place_keeps_the_default():
    got = _actors("أعلنت قوى الأمن الداخلي إلقاء القبض على خلية.", "2025-09-12")
    assert got["قوى الأمن الداخلي"] == "asayish"


def test_regional_rule_first_rule_met_decides():
    kb = default_kb()
    value = kb.actor_value("asayish", "قوي الامن الداخلي")
    raqqa = {"country": "Syria", "admin1": "Ar-Raqqa", "admin2": None}
    dam = {"country": "Syria", "admin1": "Damascus", "admin2": None}
    assert regional_actor(kb, value, [raqqa, dam], "2025-02-01") == ("asayish",
                                                                   "+region:Syria/Ar-Raqqa")
    assert regional_actor(kb, value, [dam], "2025-02-01")[0] == "syria-police-2024"
    assert regional_actor(kb, value, [dam], None) is None
    # another alias of the Asayish is no regional alias
    other = kb.actor_value("asayish", "الاسايش")
    assert regional_actor(kb, other, [dam], "2025-02-01") is None


def test_regional_entries_are_checked():
    bad = {"actors": [{"id": "a", "name": "A", "name_ar": "أ", "type": "Rebel group",
                       "country": None, "aliases": ["ألف"]}],
           "regional": [{"aliases": ["ألف"], "actor": "a",
                         "rules": [{"actor": "b", "country": "Syria"},
                                   {"actor": "a", "country": "Syria", "from": "2024"}]}]}
    with pytest.raises(KBError) as err:
        parse_kb([("x.yaml", bad)])
    text = str(err.value)
    assert "'b' is not an actor id" in text and "from must be YYYY-MM-DD" in text


def test_druze_and_bedouin_fighters_and_remnants_link():
    got = _actors("السويداء - اندلعت اشتباكات بين فصائل محلية درزية ومقاتلين من العشائر "
                  "البدوية في ريف المحافظة الغربي.", "2025-07-14")
    assert "druze-militia" in got.values() and "bedouin-suwayda" in got.values()
    doc = extract("اللاذقية - اعتقلت قوات الأمن خمسة من فلول النظام البائد في ريف جبلة.",
                  published="2025-03-20")
    ids = {s.value["id"] for s in doc.spans_of("ACTOR")}
    assert "assad-loyalists" in ids  # the old regime's men: neither the new army nor a state force


def test_without_a_place_in_its_sentence_the_report_governorate_decides():
    text = ("تشهد سوريا توترا أمنيا. وفي الحسكة اعتقلت دورية شابين في حي غويران، ثم انسحبت "
            "من حي النشوة. وأعلنت قوى الأمن الداخلي لاحقا فتح تحقيق.")
    assert _actors(text, "2025-09-12")["قوى الأمن الداخلي"] == "asayish"
    text = text.replace("الحسكة", "السويداء").replace("حي غويران", "بلدة المزرعة").replace(
        "حي النشوة", "بلدة عريقة")
    assert _actors(text, "2025-09-12")["قوى الأمن الداخلي"] == "syria-police-2024"


def test_counter_terrorism_force_by_country():
    text = "عدن - داهمت وحدة من قوة مكافحة الإرهاب مخبأ لمسلحين في حي المنصورة."
    assert _actors(text, "2017-05-02")["قوة مكافحة الإرهاب"] == "yemen-military"
    text = "السويداء - داهمت وحدة من قوة مكافحة الإرهاب مخبأ لمسلحين في بلدة عريقة."
    assert _actors(text, "2017-05-02")["قوة مكافحة الإرهاب"] == "anti-terrorism-force-suwayda"


def test_general_security_without_demonym_follows_the_country():
    text = "أوقف عناصر الأمن العام ثلاثة أشخاص عند المعبر الحدودي قرب {}."
    assert _actors("حمص - " + text.format("تلكلخ"), "2025-08-01")["عناصر الأمن العام"] == \
        "syria-general-security-2024"
    assert _actors("بيروت - " + text.format("المصنع"), "2025-08-01")["عناصر الأمن العام"] == \
        "lebanon-general-security"


def test_internal_security_command_by_region():
    text = "{} - أعلنت قيادة الأمن الداخلي حظر التجول في المدينة حتى صباح الغد."
    assert _actors(text.format("السويداء"), "2025-08-01")["قيادة الأمن الداخلي"] == \
        "syria-police-2024"
    assert _actors(text.format("القامشلي"), "2025-08-01")["قيادة الأمن الداخلي"] == "asayish"
