"""GAZ27: a city abroad backed by its country in the sentence (any country), in the sentences
around it or across the page; the world's remaining states as places.

Sentences written for these tests in the style of the reports (no text copied from a page).
Each rule has a case it must take and a close case it must leave.
"""

from __future__ import annotations

from rasd.kb.places import link


def _linked(text: str, sentences: list[tuple[int, int]] | None = None) -> dict[str, dict | None]:
    """surface → value (None when unresolved)."""
    return {f.surface: f.value for f in link(text, sentences)}


def _sentences(parts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The parts joined by a space, and each part's offsets (one sentence each)."""
    text, spans = "", []
    for p in parts:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(p)))
        text += p
    return text, spans


def test_a_city_abroad_takes_any_country_its_sentence_names() -> None:
    # Grozny (300,000) is Russia's, and Russia is no country of the region: before GAZ27 only
    # the region's countries (and a city of 100,000) backed a bare name in its sentence
    v = _linked("قالت السلطات الروسية إن انتحاريا فجر نفسه قرب حاجز للشرطة في غروزني")
    assert v.get("غروزني") is not None
    assert (v["غروزني"]["name"], v["غروزني"]["country"]) == ("Grozny", "Russia")


def test_a_city_abroad_with_no_country_named_stays_unlinked() -> None:
    v = _linked("فجر انتحاري نفسه قرب حاجز للشرطة في غروزني")
    assert v.get("غروزني") is None


def test_a_small_city_abroad_takes_its_country_from_its_sentence() -> None:
    # Ubari (33,000) in Libya: the sentence names Libya, not right after the name
    v = _linked("وقالت مصادر ليبية إن اشتباكات عنيفة اندلعت أمس في أوباري بين قوات محلية")
    assert v.get("أوباري") is not None and v["أوباري"]["country"] == "Libya"


def test_the_sentences_around_a_city_abroad_give_its_country() -> None:
    # a paragraph on Egypt: the country named two sentences before the town
    text, spans = _sentences([
        "أعلنت وزارة الداخلية المصرية مقتل ثلاثة مسلحين في تبادل لإطلاق النار .",
        "وقالت الوزارة إن الاشتباك وقع فجر اليوم .",
        "وأصيب شرطي بجروح خطيرة في منفلوط ونقل إلى المستشفى ."])
    v = _linked(text, spans)
    assert v.get("منفلوط") is not None and v["منفلوط"]["country"] == "Egypt"


def test_a_country_named_far_before_on_a_page_about_syria_backs_nothing() -> None:
    # the same town on a page about Syria whose one mention of Egypt stands five
    # sentences before it: the story around it is Syria's
    text, spans = _sentences([
        "استقبل وزير الخارجية المصري نظيره في القاهرة أمس .",
        "وقصفت قوات النظام السوري مدينة حلب .",
        "وسقطت قذائف على حي الشعار في حلب .",
        "وقتل مدنيان في قصف على مدينة إدلب .",
        "واستهدفت الطائرات مدينة دوما في ريف دمشق .",
        "وأصيب شرطي بجروح خطيرة في منفلوط ونقل إلى المستشفى ."])
    v = _linked(text, spans)
    assert v.get("منفلوط") is None


def test_the_page_country_backs_a_city_abroad_named_twice_on_it() -> None:
    # Egypt named twice on a page that names nothing of Syria, Lebanon or Iraq, more than
    # two sentences before the town
    text, spans = _sentences([
        "قالت الحكومة المصرية إن الأمن مستقر في البلاد .",
        "وأكد مسؤول مصري أن التحقيقات مستمرة .",
        "ولم يعلن أحد المسؤولية .",
        "وتابع الشهود ما جرى .",
        "وأصيب شرطي بجروح خطيرة في منفلوط ونقل إلى المستشفى ."])
    v = _linked(text, spans)
    assert v.get("منفلوط") is not None and v["منفلوط"]["country"] == "Egypt"


def test_a_city_abroad_that_is_a_word_first_stays_unlinked_with_its_country() -> None:
    # بورصة is the stock exchange before it is Bursa (stoplist foreign_words): Turkey named
    # in its sentence does not make the bare word the city
    v = _linked("تراجعت الليرة التركية وهبطت الأسهم في بورصة الأسبوع الماضي")
    assert v.get("بورصة") is None


def test_the_worlds_remaining_states_are_places() -> None:
    for text, surface, name in (
            ("تظاهر آلاف الطلاب أمام البرلمان في المجر احتجاجا على القانون", "المجر", "Hungary"),
            ("استقبل وزير الدفاع في رومانيا سفير ألمانيا", "رومانيا", "Romania"),
            ("قتل جندي بانفجار عبوة ناسفة في تايلاند", "تايلاند", "Thailand"),
            ("اتهمت حكومة بوروندي المعارضة بالتخطيط للانقلاب", "بوروندي", "Burundi")):
        v = _linked(text).get(surface) or {}
        got = v.get("place") or v
        assert (got.get("name"), got.get("kind"), got.get("geo_precision")) == (name, "country", 3), text


def test_a_word_left_out_of_the_states_stays_unlinked() -> None:
    # بنين (Benin) is "sons" first; المجرة is the galaxy, not Hungary
    assert _linked("وأنجبت ثلاثة بنين وبنتين").get("بنين") is None
    found = _linked("رصد العلماء نجما جديدا في المجرة")
    assert not any(v and v.get("name") == "Hungary" for v in found.values())


def test_provinces_abroad_named_bare_or_with_their_cue() -> None:
    for text, surface, name in (
            ("وانفجرت سيارة مفخخة في داغستان صباح اليوم", "داغستان", "Dagestan"),
            ("قتل عشرة مسلحين في غارة جوية في كونار", "كونار", "Kunar province"),
            ("اعتقلت الشرطة خمسة مطلوبين في المنوفية", "المنوفية", "Menoufia governorate"),
            ("أصيب 17 جنديا بانفجار في ولاية هاكاري", "ولاية هاكاري", "Hakkari province")):
        v = _linked(text).get(surface)
        assert v is not None and (v["name"], v["geo_precision"]) == (name, 3), text


def test_a_province_whose_name_is_a_word_needs_its_cue() -> None:
    # عسير is "difficult" first: Asir links only as منطقة عسير
    assert _linked("وقال إن الوضع عسير جدا على السكان").get("عسير") is None
    v = _linked("اعترضت الدفاعات صاروخا أطلق على منطقة عسير").get("منطقة عسير")
    assert v is not None and v["name"] == "Asir region"
