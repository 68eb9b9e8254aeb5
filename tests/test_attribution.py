"""Attribution on sentences written for these tests in the style of the reports (none is copied
from the seeds or the data): who the report relays (``cited``) and how the claim is sourced
(``attribution``), through the whole pipeline. Each rule has a case it must change and a
close one it must leave alone."""

from __future__ import annotations

import pytest

from rasd import extract
from rasd.events.attribution import own_source

DATE = "2023-05-20"


def _one(text: str, outlet: str | None = "example.org"):
    events = extract(text, published=DATE, outlet=outlet).events
    assert events, f"no event in: {text}"
    return events[0]


# ------------------------------------------------------------------ cue words only where they speak
def test_activists_who_speak_are_the_source():
    event = _one("وقال ناشطون إن طائرات حربية قصفت بلدة كفرنبل جنوبي إدلب أمس.")
    assert event.attribution == "local activists"


def test_an_activist_who_was_killed_is_not_a_source():
    event = _one("قتل ناشط إعلامي في قصف مدفعي على بلدة كفرنبل جنوبي إدلب أمس.")
    assert event.attribution == "named outlet" and event.cited == []


def test_activists_named_before_their_verb_speak_too():
    event = _one("ناشطون محليون أكدوا أن قوات النظام اعتقلت عشرة شبان في مدينة الصنمين أمس.")
    assert event.attribution == "local activists"


def test_a_statement_that_sources_and_one_that_is_a_topic():
    said = _one("وقال الجيش الإسرائيلي في بيان إن طائراته قصفت مواقع في ريف القنيطرة أمس.")
    assert said.attribution == "official statement"
    topic = _one("وقصفت طائرات حربية مدينة سراقب أمس بعد يوم من صدور بيان مشترك حول التهدئة.")
    assert topic.attribution == "named outlet"


def test_a_word_that_only_contains_a_cue_is_not_one():
    # لإبلاغه holds بلاغ, تقريرها holds تقرير: neither says who speaks
    event = _one("واستدعت الخارجية السفير لإبلاغه احتجاجها على قصف مدينة عفرين أمس.")
    assert event.attribution != "official statement" or event.cited


def test_a_headline_colon_makes_its_source_speak():
    event = _one("مصدر أمني: مسلحون هاجموا حاجزاً للجيش في مدينة نوى فجر اليوم.")
    assert event.attribution == "anonymous security source"


def test_a_source_in_an_office_is_anonymous():
    event = _one("وأعلن مصدر في الوفد الروسي أن وزير الخارجية الروسي التقى نظيره التركي في أنقرة أمس.")
    assert event.attribution == "anonymous security source"


# ------------------------------------------------------------------ officials and parties
def test_an_official_quoted_is_an_official_statement():
    event = _one("وقال محافظ درعا إن مسلحين مجهولين اغتالوا عنصراً من الشرطة في مدينة طفس أمس.")
    assert event.attribution == "official statement"


def test_a_party_that_announces_is_cited_by_name():
    event = _one("أعلنت قوات سوريا الديمقراطية أنها اعتقلت خمسة عناصر من تنظيم داعش في بلدة الشحيل أمس.")
    assert event.attribution == "official statement"
    assert any("SDF" in name for name in event.cited)


def test_a_party_named_after_the_claim_opens_does_not_speak():
    event = _one("وقال ناشطون إن قوات النظام قصفت مدينة سراقب بالبراميل المتفجرة أمس.")
    assert event.attribution == "local activists"
    assert not any("Military Forces of Syria" in name for name in event.cited)


def test_moving_an_embassy_is_not_relaying():
    event = _one("وخرج الآلاف في مسيرة احتجاجية في عمان ضد قرار نقل السفارة الأمريكية إلى القدس أمس.")
    assert event.cited == [] and event.attribution == "named outlet"


def test_a_relayed_official_speaks_through_the_outlet():
    event = _one("ونقلت وكالة سانا عن وزير الداخلية قوله إن الشرطة اعتقلت خلية في مدينة حمص أمس.")
    assert "SANA" in event.cited and event.attribution == "official statement"


# ------------------------------------------------------------------ scope inside a sentence
def test_a_claim_after_the_event_sources_it_only_when_it_trails():
    trailing = _one("وقتل ثلاثة مدنيين في قصف على بلدة كفرنبل أمس، بحسب المرصد السوري لحقوق الإنسان.")
    assert "SOHR" in trailing.cited and trailing.attribution == "named outlet"
    later = _one("واندلعت احتجاجات في مدينة السويداء أمس بعد أن قال محافظ المدينة إن الأسعار سترتفع.")
    assert later.attribution == "named outlet"


def test_each_event_takes_the_claim_before_it():
    text = ("قال ناشطون إن طائرات حربية قصفت بلدة كفرنبل أمس، فيما نقلت وكالة سانا عن مصدر عسكري "
            "أن الجيش اشتبك مع مسلحين في بلدة مورك.")
    events = extract(text, published=DATE, outlet="example.org").events
    by_place = {e.sub_event_type: e for e in events}
    strike, clash = by_place.get("Air/drone strike"), by_place.get("Armed clash")
    assert strike is not None and clash is not None
    assert strike.attribution == "local activists" and "SANA" not in strike.cited
    assert clash.attribution == "anonymous security source" and "SANA" in clash.cited


# ------------------------------------------------------------------ the report's own outlet
def test_an_outlet_naming_itself_is_not_cited():
    text = "دمشق (رويترز) - قصفت طائرات حربية مدينة سراقب في ريف إدلب أمس."
    own = _one(text, outlet="www.reuters.com")
    assert own.cited == [] and own.attribution == "named outlet"
    relay = _one(text, outlet="example.org")
    assert relay.cited == ["Reuters"] and relay.attribution == "named outlet"


def test_own_source_reads_parent_domains():
    assert own_source("arabic.cnn.com") == "cnn" and own_source("www.bbc.com") == "bbc"
    assert own_source("example.org") is None and own_source(None) is None


# ------------------------------------------------------------------ outlets added to the sources
@pytest.mark.parametrize(("sentence", "name"), [
    ("وقالت وكالة الإعلام الروسية إن طائرات حربية قصفت مدينة سراقب أمس.", "RIA Novosti"),
    ("وذكرت وكالة الأنباء العربية السورية أن الجيش اشتبك مع مسلحين في بلدة مورك أمس.", "SANA"),
    ("ونقلت صحيفة «ديلي ميل» أن طائرات حربية قصفت مدينة الرقة أمس.", "Daily Mail"),
    ("وأفادت وكالة أنباء الطلبة الإيرانية أن مسلحين هاجموا حاجزاً في مدينة زاهدان أمس.",
     "ISNA (Iranian Students News Agency)"),
])
def test_outlets_reports_relay_are_known(sentence, name):
    event = _one(sentence)
    assert name in event.cited and event.attribution == "named outlet"


# ------------------------------------------------------------------ claims that go on, and new speakers
def test_the_source_goes_on_in_the_next_sentence_and_a_new_speaker_ends_it():
    text = ("قال مصدر أمني إن مسلحين هاجموا حاجزاً للجيش في مدينة نوى فجر اليوم. "
            "وأضاف المصدر أن طائرات مسيرة قصفت بلدة طفس بعد الهجوم. "
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مسلحين في مدينة جاسم.")
    events = extract(text, published=DATE, outlet="example.org").events
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    arrest = next(e for e in events if e.plover == "COERCE")
    assert strike.attribution == "anonymous security source"
    assert arrest.attribution == "official statement"


def test_a_party_named_before_its_verb_speaks():
    said = _one("وكانت تركيا أعلنت أمس أن طائراتها قصفت مواقع لحزب العمال الكردستاني في جبال قنديل.")
    assert said.attribution == "official statement" and any("Turkey" in n for n in said.cited)
    done = _one("وكانت تركيا قد قصفت أمس مواقع لحزب العمال الكردستاني في جبال قنديل.")
    assert done.attribution == "named outlet" and done.cited == []


def test_a_monitor_in_the_page_header_is_no_dateline_relay():
    text = "تقرير يومي - الشبكة السورية لحقوق الإنسان - أخبار. قصفت طائرات حربية بلدة كفرنبل أمس."
    assert _one(text).cited == []
    text = "إدلب - (سانا) - أخبار. قصفت طائرات حربية بلدة كفرنبل أمس."
    assert _one(text).cited == ["SANA"]


def test_a_newspaper_named_is_a_named_outlet_papers_unnamed_are_media_reports():
    named = _one('وأفادت صحيفة "الصباح" التركية أن الشرطة اعتقلت رجلاً في أنقرة أمس.')
    assert named.attribution == "named outlet"
    unnamed = _one("وذكرت صحف تركية أن الشرطة اعتقلت رجلاً في أنقرة أمس.")
    assert unnamed.attribution == "media reports"


def test_a_medium_named_after_a_country_is_not_the_country_speaking():
    medium = _one("وكان تلفزيون إسرائيل أعلن أن طائرات حربية قصفت مواقع في مدينة غزة أمس.")
    assert not any("Israel" in n for n in medium.cited)
    country = _one("وكانت إسرائيل أعلنت أن طائراتها قصفت مواقع في مدينة غزة أمس.")
    assert any("Israel" in n for n in country.cited) and country.attribution == "official statement"


def test_a_committee_that_announces_is_an_official_statement():
    event = _one("وأعلنت اللجنة الأمنية في المدينة اعتقال خمسة مطلوبين في حي الكاشف أمس.")
    assert event.attribution == "official statement"
    plain = _one("واعتقلت الشرطة خمسة مطلوبين في حي الكاشف بمدينة درعا أمس.")
    assert plain.attribution == "named outlet"


def test_an_official_named_before_his_verb_speaks_unnamed():
    said = _one("وكان مسؤول أمني كردي قد قال إن مقاتلي البشمركة اشتبكوا مع مسلحين في كركوك أمس.")
    assert said.attribution == "official statement"
    done = _one("وكان الجيش قد قصف مدينة كركوك أمس.")
    assert done.attribution == "named outlet"


def test_a_family_that_speaks_is_a_local_source_a_family_named_is_not():
    said = _one("وقالت عائلته إن مسلحين مجهولين قتلوا الشاب في مدينة طفس أمس.")
    assert said.attribution == "local sources"
    named = _one("وقتل مسلحون مجهولون شاباً من عائلته في مدينة طفس أمس.")
    assert named.attribution == "named outlet"


def test_a_source_introduced_by_name_keeps_its_kind_when_named_again():
    text = ("أفاد الناشط باسل الفارس أن طائرات حربية قصفت بلدة معدان أمس. "
            "وفي سياق آخر، اعتقلت قوات النظام عشرة شبان في مدينة الرقة اليوم، حسب الفارس.")
    arrest = next(e for e in extract(text, published=DATE, outlet="example.org").events
                  if e.plover == "COERCE")
    assert arrest.attribution == "local activists"
    alone = _one("اعتقلت قوات النظام عشرة شبان في مدينة الرقة اليوم، حسب الفارس.")
    assert alone.attribution == "named outlet"  # nobody told who الفارس is


def test_a_monitor_named_as_an_owner_is_not_cited_one_that_speaks_is():
    owner = _one("وقصفت طائرات حربية مستشفى تابعاً لمنظمة أطباء بلا حدود في مدينة صعدة أمس.")
    assert owner.cited == []
    speaks = _one("وقصفت طائرات حربية مستشفى في مدينة صعدة أمس، بحسب منظمة أطباء بلا حدود.")
    assert speaks.cited == ["Doctors Without Borders (MSF)"]


def test_officials_in_the_plural_and_intelligence_services_speak_officially():
    for sentence in ("وقال مسؤولو صحة أكراد إن أربعة أشخاص قتلوا في قصف على بلدة سنجار أمس.",
                     "وأعلنت المخابرات العسكرية العراقية مقتل 23 مسلحاً بضربات صاروخية في مدينة الفلوجة أمس."):
        assert _one(sentence).attribution == "official statement"


# ------------------------------------------------------------------ short agency names
def test_and_umm_in_a_village_list_is_no_emirati_agency():
    event = _one("وقصفت قوات النظام قرى الرهجان والبليل وأم ميال بريف حماة الشرقي أمس.")
    assert "Emirates News Agency (WAM)" not in event.cited


def test_the_emirati_agency_named_in_full_is_cited():
    event = _one("وذكرت وكالة الأنباء الإماراتية (وام) أن طائرات التحالف قصفت مواقع في مدينة مأرب أمس.")
    assert "Emirates News Agency (WAM)" in event.cited
