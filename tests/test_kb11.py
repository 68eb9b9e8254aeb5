"""KB11 (session 11): the bare police is the police of the country the report is on.

Sentences written for these tests in the style of the reports (not copied from any corpus)."""
from __future__ import annotations

import rasd


def _actors(text: str) -> list[tuple[str, str | None, str]]:
    doc = rasd.extract(text)
    return [(doc.text[s.start:s.end], (s.value or {}).get("name"), s.rule)
            for s in doc.spans_of("ACTOR")]


def _named(text: str, words: str) -> list[str | None]:
    return [name for said, name, _ in _actors(text) if said == words]


def test_bare_police_in_a_report_on_syria_is_syrias_police():
    text = ("قالت الشرطة في بيان إنها ألقت القبض على ثلاثة أشخاص في حي الميدان بدمشق "
            "بتهمة تهريب أسلحة .")
    assert _named(text, "الشرطة") == ["Police Forces of Syria (2000-2024)"]


def test_bare_police_in_a_report_on_egypt_is_egypts_police():
    text = ("أعلنت وزارة الداخلية المصرية مقتل مسلحين في العريش . وقال مصدر أمني مصري إن "
            "الجيش المصري يلاحق المسلحين . وأضاف المصدر المصري أن الشرطة ألقت القبض على "
            "خمسة مشتبه بهم في مدينة رفح المصرية .")
    assert _named(text, "الشرطة") == ["Police Forces of Egypt (2014-)"]


def test_bare_police_in_a_report_on_israel_is_israels_police_not_syrias():
    # Israel fights in Syria, so its bare army stays unnamed there; its police serves at home
    text = ("ذكرت وسائل إعلام إسرائيلية أن شابا فلسطينيا طعن جنديا إسرائيليا قرب رام الله . "
            "وقال متحدث إسرائيلي إن الشرطة اعتقلت الشاب بعد مطاردة قصيرة ، بحسب الإذاعة "
            "الإسرائيلية .")
    assert _named(text, "الشرطة") == ["Police Forces of Israel (1948-)"]


def test_bare_police_of_the_one_foreign_country_its_sentence_names():
    text = ("تواصلت المعارك في ريف حلب الجنوبي . وقال مسؤول تركي إن الشرطة أوقفت عشرين شخصا "
            "بتهمة التهريب قرب الحدود .")
    assert _named(text, "الشرطة") == ["Police Forces of Turkey (2002-)"]


def test_bare_police_followed_by_an_unknown_nisba_names_no_actor():
    text = "أصيب خمسة من رجال الشرطة الباكستانية بجروح في انفجار عبوة ناسفة قرب بيشاور ."
    assert not any("الشرطة" in said for said, _, _ in _actors(text))


def test_the_free_police_is_not_the_states_police():
    text = "قال مسؤول في الشرطة الحرة إن دورية تعرضت لإطلاق نار قرب مدينة الأتارب بريف حلب ."
    assert not any(name and name.startswith("Police Forces of Syria")
                   for _, name, _ in _actors(text))


def test_a_named_police_keeps_its_own_entry():
    text = "قالت الشرطة العراقية إن عبوة ناسفة انفجرت قرب دورية في الموصل ."
    assert _named(text, "الشرطة العراقية") == ["Police Forces of Iraq"]


def test_a_governorates_police_command_is_iraqs_police():
    text = ("وذكر بيان لشرطة نينوى أن قوة أمنية اعتقلت مطلوبين اثنين في قرية جنوب الموصل "
            "بناء على معلومات استخبارية .")
    assert [name for said, name, _ in _actors(text) if "شرطة" in said] == ["Police Forces of Iraq"]


_SHIELD = ("وسيطر مقاتلو درع الفرات على ثلاث قرى جنوب مدينة الباب بريف حلب الشرقي بعد "
           "اشتباكات مع عناصر تنظيم داعش .")


def _shield(published: str | None) -> list[str | None]:
    doc = rasd.extract(_SHIELD, published=published) if published else rasd.extract(_SHIELD)
    return [(s.value or {}).get("name") for s in doc.spans_of("ACTOR")
            if "درع" in doc.text[s.start:s.end]]


def test_euphrates_shield_factions_before_the_sna_existed_are_the_fsa():
    assert _shield("2017-01-15") == ["Free Syrian Army"]


def test_euphrates_shield_factions_after_the_sna_was_founded_and_undated_are_the_sna():
    assert _shield("2018-06-01") == ["Syrian National Army"]
    assert _shield(None) == ["Syrian National Army"]


def test_an_undated_report_is_read_by_the_latest_year_it_names():
    early = "الثلاثاء 14 شباط 2017 . " + _SHIELD
    late = "الثلاثاء 12 حزيران 2018 ، استعادة لمعارك 2017 . " + _SHIELD
    for text, name in ((early, "Free Syrian Army"), (late, "Syrian National Army")):
        doc = rasd.extract(text)
        assert [(s.value or {}).get("name") for s in doc.spans_of("ACTOR")
                if "درع" in doc.text[s.start:s.end]] == [name]


def test_bare_police_of_the_country_its_sentences_places_lie_in():
    text = ("قتل ثلاثة أشخاص في اشتباكات بين محتجين وقوات الأمن أمام قسم للشرطة في حي شبرا "
            "بشمال القاهرة بعد وفاة موقوف .")
    assert [name for said, name, _ in _actors(text) if "شرطة" in said] == \
        ["Police Forces of Egypt (2014-)"]


def test_the_same_police_again_in_its_sentence_is_no_second_actor():
    text = ("قتل شاب برصاص الشرطة الإسرائيلية في مدينة الطيبة خلال احتجاج الأهالي على "
            "إهمال الشرطة لجرائم القتل .")
    assert [said for said, _, _ in _actors(text) if "شرطة" in said] == ["الشرطة الإسرائيلية"]
