"""Generic actors (civilians, protesters …) are named for the country the event happens in."""

from __future__ import annotations

from rasd.document import Document, Meta
from rasd.kb.actors import default_kb, localize_actor
from rasd.pipeline import build


def civilians() -> dict:
    return default_kb().actor_value("civilians-syria", "مدنيين")


def test_kb_entry_of_the_country_is_used():
    v = localize_actor(civilians(), "Iraq")
    assert (v["id"], v["name"], v["country"]) == ("civilians-iraq", "Civilians (Iraq)", "Iraq")


def test_country_without_kb_entry_renames_and_drops_the_id():
    v = localize_actor(civilians(), "Libya")
    assert v["name"] == "Civilians (Libya)" and v["id"] is None
    assert v["name_ar"] == "مدنيون (ليبيا)" and v["localized_from"] == "civilians-syria"


def test_syria_unknown_and_other_actors_unchanged():
    c = civilians()
    assert localize_actor(c, "Syria") is c
    assert localize_actor(c, None) is c
    hts = default_kb().actor_value("hts", "هيئة تحرير الشام")
    assert localize_actor(hts, "Iraq") is hts


def _actor2(text: str) -> dict:
    doc = build()(Document(Meta(id="t", published="2020-05-10"), raw=text))
    assert doc.events, text
    return doc.events[0].actor2


def test_event_in_lebanon_has_lebanese_civilians():
    assert _actor2("قتل ثلاثة مدنيين بقصف مدفعي على بلدة عرسال اللبنانية")["name"] == \
        "Civilians (Lebanon)"
    assert _actor2("قتل خمسة مدنيين في قصف جوي استهدف بلدة أخترين في ريف حلب الشمالي")["name"] \
        == "Civilians (Syria)"


def test_unidentified_gunmen_are_named_for_the_event_country():
    gunmen = default_kb().actor_value("unidentified-armed-group-syria", "مسلحون")
    v = localize_actor(gunmen, "Egypt")
    assert v["name"] == "Unidentified Armed Group (Egypt)" and v["localized_from"] == "unidentified-armed-group-syria"
    assert localize_actor(gunmen, "Syria") is gunmen


def test_gunmen_in_mosul_are_iraqi():
    doc = build()(Document(Meta(id="t", published="2020-05-10"), raw="هاجم مسلحون مجهولون حاجزا للشرطة في مدينة الموصل يوم السبت."))
    assert doc.events[0].actor1["name"] == "Unidentified Armed Group (Iraq)"


def test_stateless_government_forces_take_the_event_country():
    kb = default_kb()
    bare = kb.actor_value("syria-military", "القوات الحكوميه")
    v = localize_actor(bare, "Yemen")
    assert (v["id"], v["country"], v["localized_from"]) == ("yemen-military", "Yemen",
                                                           "syria-military")
    # an alias that names the Syrian state keeps it wherever the event is
    regime = kb.actor_value("syria-military", "قوات النظام")
    assert localize_actor(regime, "Lebanon") is regime
    assert localize_actor(bare, "Syria") is bare


def test_clash_with_government_forces_in_mosul_is_iraqi():
    doc = build()(Document(Meta(id="t", published="2020-05-10"),
                           raw="دارت معارك عنيفة في الموصل بين القوات الحكومية ومسلحي داعش."))
    assert doc.events and doc.events[0].actor1["id"] == "iraq-military"


def test_faction_named_without_its_head_noun():
    from rasd.kb.actors import find_mentions
    ids = {m.value["id"] for m in find_mentions("تبنى شهداء اليرموك الهجوم على الحاجز",
                                                default_kb()) if m.label == "ACTOR"}
    assert "jaysh-khalid-ibn-al-walid" in ids


def test_the_regime_followed_by_another_relative_adjective_is_not_syrias():
    from rasd.kb.actors import find_mentions

    def ids(text: str) -> set[str]:
        return {m.value["id"] for m in find_mentions(text, default_kb()) if m.label == "ACTOR"}

    assert "syria-military" not in ids("انتقد الكاتب النظام الرأسمالي في مقاله")
    assert "syria-military" not in ids("عرض النظام الليبي صفقة على الغرب")
    assert "syria-military" in ids("قصف النظام قرى ريف إدلب ليلا")
    # an insult names no other regime
    assert "syria-military" in ids("قصف النظام الإرهابي قرى ريف إدلب")


def test_gangs_of_a_named_actor_are_that_actor():
    from rasd.kb.actors import find_mentions

    def ids(text: str) -> list[str]:
        return [m.value["id"] for m in find_mentions(text, default_kb()) if m.label == "ACTOR"]

    assert ids("تصدى الأهالي لهجوم عصابات الأسد على الحي") == ["civilians-syria", "syria-military"]
    assert ids("اقتحمت عصابات قسد قرية في الريف") == ["sdf"]
    # a gang with no name stays an unidentified armed group
    assert "unidentified-armed-group-syria" in ids("اقتحمت عصابات القرية ليلا")


def test_generic_people_inside_a_body_or_building_name_are_no_actor():
    from rasd.kb.actors import find_mentions

    def ids(text: str) -> list[str]:
        return [m.value["id"] for m in find_mentions(text, default_kb()) if m.label == "ACTOR"]

    assert "civilians-syria" not in ids("نقل الجرحى إلى مشفى الأطفال في المدينة")
    assert "syrian-opposition" not in ids("تأسس حزب الثوار في المنفى")
    assert "civilians-syria" in ids("قتل ثلاثة أطفال في قصف على المشفى")
    # a camp's people are hit with it
    assert "refugees-syria" in ids("سقطت قذائف على مخيم للنازحين")


def test_police_and_order_without_a_state_are_no_syrian_actor():
    from rasd.kb.actors import find_mentions

    def ids(text: str) -> list[str]:
        return [m.value["id"] for m in find_mentions(text, default_kb()) if m.label == "ACTOR"]

    assert ids("انتشرت الشرطة العسكرية في المدينة") == []  # whose military police is not said
    assert ids("تعهدت الحكومة بفرض الأمن والنظام في المدن") == []
    assert ids("فرقت قوات الأمن السورية المتظاهرين") == ["syria-police", "protesters-syria"]


def test_factions_found_unmatched_in_development_samples():
    from rasd.kb.actors import find_mentions

    def ids(text: str) -> list[str]:
        return [m.value["id"] for m in find_mentions(text, default_kb()) if m.label == "ACTOR"]

    assert ids("أعلن لواء التوحيد بدء معركة جديدة") == ["liwa-al-tawhid"]
    assert ids("تقدمت قوات درع الفرات نحو البلدة") == ["sna"]
    assert ids("هاجمت قوات الدفاع الشعبي موقعا عسكريا") == ["pkk"]


def test_a_broken_plural_demonym_names_the_civilians_country():
    """أتراك is no ending of تركي; the data lists it as the plural it is."""
    assert _actor2("قتل ثلاثة مواطنين أتراك برصاص جنود إسرائيليين في القدس أمس")["name"] == \
        "Civilians (Turkey)"
    assert _actor2("قتل ثلاثة مواطنين برصاص جنود إسرائيليين في القدس أمس")["name"] != \
        "Civilians (Turkey)"
