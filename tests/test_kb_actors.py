"""Actor knowledge base, alias matcher and the actors stage, on real Arabic reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.cli import cli
from rasd.document import Document, Meta
from rasd.kb.actors import ACTOR_TYPES, SOURCE_KINDS, KBError, default_kb, find_mentions, parse_kb
from rasd.kb.matcher import AliasMatcher
from rasd.pipeline import build
from rasd.stages.actors import Actors


def _ids(text: str, label: str = "ACTOR") -> list[str]:
    return [m.value["id"] for m in find_mentions(text) if m.label == label]


def _surface(text: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.value["id"] for m in find_mentions(text)}


# ------------------------------------------------------------------ the data


def test_kb_has_200_actors_with_valid_fields():
    kb = default_kb()
    assert len(kb.actors) >= 200
    assert len(set(kb.actors) | set(kb.sources)) == len(kb.actors) + len(kb.sources)
    assert all(a.type in ACTOR_TYPES for a in kb.actors.values())
    assert all(s.kind in SOURCE_KINDS for s in kb.sources.values())
    for needed in ("iran-irgc", "iran-quds-force", "fatemiyoun", "hezbollah", "islamic-state", "hts",
                   "sdf", "asayish", "syria-ndf", "syria-4th-division", "wagner", "coalition", "pmf",
                   "civilians-syria", "unidentified-armed-group-syria"):
        assert needed in kb.actors, needed
    for needed in ("sana", "sohr", "deir-ez-zor-24", "eye-of-euphrates", "halab-today", "nziv"):
        assert needed in kb.sources, needed


def test_parent_chain_fatemiyoun_to_iran():
    kb = default_kb()
    assert kb.chain("fatemiyoun") == ["fatemiyoun", "iran-irgc", "iran-military", "iran-government"]


def test_schema_check_rejects_broken_entries_with_clear_messages():
    broken = {"actors": [
        {"id": "Bad Id", "name": "X", "type": "Army", "country": "Syria", "aliases": "قوات"},
        {"id": "orphan", "name": "Orphan", "name_ar": "يتيم", "type": "Rebel group", "country": None,
         "parent": "nobody", "aliases": ["فصيل يتيم"], "colour": "red"},
    ]}
    with pytest.raises(KBError) as err:
        parse_kb([("broken.yaml", broken)])
    text = str(err.value)
    assert "'name_ar'" in text and "missing" in text
    assert "'Bad Id' is not a slug" in text
    assert "'Army' is not an ACLED actor type" in text
    assert "aliases: must be a list" in text
    assert "parent 'nobody' is not an actor id" in text
    assert "unknown field 'colour'" in text
    assert all(p.startswith("broken.yaml") for p in err.value.problems)


def test_alias_claimed_by_two_actors_is_refused_unless_shared():
    def entry(ident: str, shared: bool) -> dict:
        e = {"id": ident, "name": ident, "name_ar": ident, "type": "Rebel group", "country": "Syria",
             "aliases": ["الجيش الوطني"]}
        if shared:
            e["shared"] = ["الجيش الوطني"]
        return e

    with pytest.raises(KBError, match=r"claimed by a .*b"):
        parse_kb([("x.yaml", {"actors": [entry("a", False), entry("b", False)]})])
    kb = parse_kb([("x.yaml", {"actors": [entry("a", False), entry("b", True)]})])
    assert set(kb.actors) == {"a", "b"}


def test_parent_cycle_is_refused():
    def entry(ident: str, parent: str) -> dict:
        return {"id": ident, "name": ident, "name_ar": ident, "type": "Rebel group", "country": "Syria",
                "parent": parent, "aliases": [f"فصيل {ident}"]}

    with pytest.raises(KBError, match="loops back"):
        parse_kb([("x.yaml", {"actors": [entry("a", "b"), entry("b", "a")]})])


def test_packaged_yaml_files_each_parse(tmp_path: Path):
    """A broken copy of the real data fails the CLI check with the file and entry named."""
    from rasd.kb.actors import DATA_DIR

    for path in DATA_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    data = yaml.safe_load((tmp_path / "syria.yaml").read_text("utf-8"))
    data["actors"][0]["type"] = "Regime"
    (tmp_path / "syria.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    runner = CliRunner()
    ok = runner.invoke(cli, ["kb", "actors", "--check"])
    assert ok.exit_code == 0 and "OK:" in ok.output
    bad = runner.invoke(cli, ["kb", "actors", "--check", "--data", str(tmp_path)])
    assert bad.exit_code != 0
    assert "syria.yaml actors[0] (syria-government): type 'Regime'" in bad.output


# ------------------------------------------------------------------ matcher


def test_matcher_longest_match_clitics_and_original_offsets():
    m = AliasMatcher([("الحرس الثوري", "irgc"), ("الحرس الثوري الإيراني", "irgc-long"),
                      ("قوات النظام", "regime"), ("النظام", "regime-bare")])
    text = "وأعلنت قوّاتُ النظام ولِلحرس الثوري الإيراني بيانٌ"
    found = [(text[s:e], p) for s, e, p, _ in m.find(text)]
    assert found == [("قوّاتُ النظام", "regime"), ("لِلحرس الثوري الإيراني", "irgc-long")]


def test_matcher_does_not_cross_sentence_punctuation():
    m = AliasMatcher([("قوات النظام", "regime")])
    assert m.find("وصلت القوات. النظام رد") == []
    assert len(m.find("قوات - النظام")) == 1


# ------------------------------------------------------------------ linking on real text


def test_three_irgc_forms_resolve_to_one_id():
    text = ("أدخل الحرس الثوري شاحنات إلى دير الزور، ونقل الثوري الإيراني أسلحة، "
            "فيما نفى حرس الثورة ذلك.")
    assert _ids(text) == ["iran-irgc", "iran-irgc", "iran-irgc"]


def test_clitic_forms_link_and_spans_leave_the_conjunction_out():
    text = "اشتبكت وقوات النظام مع قسد، وتعرضت بالحرس الثوري للقصف، وقال مسؤول للنظام إن فاطميون انسحبوا"
    found = _surface(text)
    assert found["قوات النظام"] == "syria-military"
    assert found["الحرس الثوري"] == "iran-irgc"
    assert found["قسد"] == "sdf"
    assert found["فاطميون"] == "fatemiyoun"
    assert "syria-military" in [found[k] for k in found if k.endswith("لنظام")]


def test_nationality_adjective_needs_a_head_and_spans_only_it_after_strikes():
    text = "شنت طائرات حربية غارات إسرائيلية على مواقع إيرانية قرب الحدود الإيرانية، وانسحبت القوات الروسية."
    found = find_mentions(text)
    spans = {text[m.start:m.end]: (m.value["id"], m.rule) for m in found}
    assert spans["إسرائيلية"] == ("israel-air-force", "actor:qualifier:airstrikes")
    assert spans["إيرانية"][0] == "iran-military"
    assert spans["القوات الروسية"][0] == "russia-military"
    assert "الإيرانية" not in spans  # الحدود is no head: a border, not an actor


def test_country_names_are_actors_only_when_not_places():
    assert _ids("طالبت إيران روسيا بنشر طائرات") == ["iran-government", "russia-government"]
    assert _ids("وصل الوفد إلى إيران قادما من روسيا عبر تركيا وبتركيا") == ["russia-government"]
    assert _ids("ينتشر مقاتلوه في سوريا والعراق وفي لبنان") == []
    assert _ids("اتهمت إيران والعراق تركيا") == ["iran-government", "iraq-government", "turkey-government"]


def test_afghan_and_pakistani_armies_are_not_the_militias():
    # the Afghan army is its own state actor (regional.yaml), never the Fatemiyoun
    assert _ids("التقى قائد الجيش الباكستاني بالجيش الأفغاني") == ["afghanistan-military"]
    assert _ids("قتل عناصر من الميليشيات الأفغانية والمقاتلين الباكستانيين") == ["fatemiyoun", "zainabiyoun"]


def test_town_al_mayadeen_is_not_the_channel():
    assert _ids("قصف على مدينة الميادين شرق دير الزور", "SOURCE") == []
    assert _ids("وقالت قناة الميادين إن", "SOURCE") == ["al-mayadeen"]


def test_seed_000_irgc_russia_and_halab_today(seeds):
    text = seeds["000_8d1b538be352b408"]["text"]
    actors = set(_ids(text))
    assert {"iran-irgc", "russia-government"} <= actors
    assert "israel-air-force" in actors and "islamic-state" in actors and "sdf" in actors
    sources = set(_ids(text, "SOURCE"))
    assert {"halab-today", "security-source"} <= sources


def test_seed_001_nziv_and_sohr_are_sources(seeds):
    text = seeds["001_80110197ea66d6f4"]["text"]
    sources = {m.value["id"]: m.value for m in find_mentions(text) if m.label == "SOURCE"}
    assert sources["nziv"]["kind"] == "foreign-media"
    assert sources["sohr"]["kind"] == "monitor"
    assert "nziv" not in _ids(text)  # sources are never actors


def test_seed_002_local_networks_and_fatemiyoun(seeds):
    text = seeds["002_f578e5b35a97cf77"]["text"]
    sources = set(_ids(text, "SOURCE"))
    assert {"deir-ez-zor-24", "eye-of-euphrates"} <= sources
    fatemiyoun = [m for m in find_mentions(text) if m.value["id"] == "fatemiyoun"]
    assert fatemiyoun and fatemiyoun[0].value["parent"] == "iran-irgc"
    assert fatemiyoun[0].value["chain"] == ["iran-irgc", "iran-military", "iran-government"]


def test_stage_adds_contract_spans_on_a_seed(seeds):
    doc = Document(Meta(id="seed"), raw=seeds["002_f578e5b35a97cf77"]["text"])
    pipeline = build(("clean", "sentences"))
    doc = Actors()(pipeline(doc))
    actors = doc.spans_of("ACTOR")
    assert actors and doc.spans_of("SOURCE")
    for span in actors:
        assert span.stage == "actors" and span.rule.startswith("actor:")
        assert {"id", "name", "name_ar", "type", "country", "parent", "matched"} <= set(span.value)
        assert doc.text[span.start:span.end].strip() == doc.text[span.start:span.end]
    for span in doc.spans_of("SOURCE"):
        assert {"id", "name", "name_ar", "kind"} <= set(span.value)


def test_lookup_cli_prints_links():
    out = CliRunner().invoke(cli, ["kb", "lookup", "قصفت قوات الأسد مواقع لميليشيا قسد"])
    assert out.exit_code == 0
    assert "syria-military" in out.output and "sdf" in out.output


def test_regime_word_with_another_nationality_is_that_government():
    text = "اتهم النظام التركي النظام بقصف المدنيين، وقال مسؤول إيراني إن المؤتمر الصحفي أُلغي"
    found = _surface(text)
    assert found["النظام التركي"] == "turkey-government"
    assert found["النظام"] == "syria-military"
    assert found["مسؤول إيراني"] == "iran-government"
    assert found["المدنيين"] == "civilians-syria"
    assert not any("صحفي" in k for k in found)  # a press conference is not journalists


def test_press_spellings_are_one_actor():
    text = "قالت قوات سورية الديموقراطية إن مليشيات الدفاع الوطني انسحبت أمام قوات سوريا الديمقراطية"
    assert _ids(text) == ["sdf", "syria-ndf", "sdf"]


def test_civil_defence_is_a_source_when_cited_and_an_actor_when_targeted():
    text = "وقال الدفاع المدني إن الطيران الروسي قصف بلدة في ريف إدلب. واستهدفت طائرات النظام الدفاع المدني في أريحا"
    found = [(text[m.start:m.end], m.label, m.value["id"]) for m in find_mentions(text)]
    assert ("الدفاع المدني", "SOURCE", "white-helmets") in found
    assert ("الدفاع المدني", "ACTOR", "civil-defence-syria") in found


def test_generic_sources_need_a_reporting_cue():
    assert _ids("حماية العاملين في وسائل الإعلام واجب", "SOURCE") == []
    assert _ids("ونقلت وسائل إعلام محلية عن مصدر أمني قوله", "SOURCE") == ["media-sources", "security-source"]


def test_country_names_in_tables_are_not_actors():
    assert _ids("الترتيب: 1 السعودية 2 لبنان | الولايات المتحدة | 2011") == []


def test_short_latin_acronyms_match_only_in_capitals():
    assert _ids("This is what the report is about, with a mit") == []
    assert _ids("IS fighters clashed with the SDF") == ["islamic-state", "sdf"]


def test_proxies_named_by_their_patron():
    text = "هاجمت ميليشيات تابعة لإيران مواقع الفصائل الموالية لتركيا، ثم اقتادوهم إلى جهة مجهولة"
    found = _surface(text)
    assert found["ميليشيات تابعة لإيران"] == "iran-military"
    assert found["الفصائل الموالية لتركيا"] == "sna"
    assert "جهة مجهولة" not in found  # an unknown destination, not unknown gunmen


_MARKS = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640"]  # harakat, shadda, tatweel


@given(st.sampled_from(["الحرس الثوري", "قوات سوريا الديمقراطية", "الدفاع الوطني", "هيئة تحرير الشام"]),
       st.lists(st.tuples(st.integers(0, 40), st.sampled_from(_MARKS)), max_size=6),
       st.sampled_from(["", "و", "ب", "ل", "وب"]))
@settings(max_examples=60, deadline=None)
def test_matcher_spans_survive_diacritics_and_clitics(alias, marks, prefix):
    """Marks anywhere inside the alias and a clitic in front: still found, span = the marked alias."""
    word = prefix + alias
    if prefix.endswith("ل") and word[len(prefix):].startswith("ال"):
        word = prefix + alias[1:]  # لل contraction: لِلحرس
    chars = list(word)
    for pos, mark in sorted(marks, reverse=True):
        pos = min(max(pos, 1), len(chars))  # never before the first letter
        chars.insert(pos, mark)
    marked = "".join(chars)
    text = f"قال مصدر إن {marked} انسحب."
    m = AliasMatcher([(alias, "x")])
    found = m.find(text)
    assert len(found) == 1
    start, end = found[0].start, found[0].end
    assert text[start:end].strip() == text[start:end]
    assert start >= text.index(marked) and end <= text.index(marked) + len(marked)
    from rasd.text.normalize import normalize

    core = normalize(text[start:end]).text
    assert core.endswith(normalize(alias).text.split()[-1])


def test_syrian_army_after_december_2024_is_the_new_army():
    text = "انتشر الجيش السوري في اللاذقية لملاحقة فلول النظام البائد"
    before = {text[m.start:m.end]: m.value["id"] for m in find_mentions(text, published="2023-05-01")}
    after = {text[m.start:m.end]: m.value["id"] for m in find_mentions(text, published="2025-03-02")}
    assert before == {"الجيش السوري": "syria-military", "فلول النظام البائد": "syria-military"}
    # the remnants fighting the new state are an armed group, not the fallen state's forces
    assert after == {"الجيش السوري": "syria-military-2024", "فلول النظام البائد": "assad-loyalists"}


def test_phrases_that_only_contain_an_alias_are_not_actors():
    text = "يناقش النظام السياسي الجديد ما يكدر الأمن العام، بينما قصف النظام ريف إدلب وسط بحر الصين"
    assert _ids(text) == ["syria-military"]


def test_plural_nationality_nouns_name_the_state():
    # standing alone as a clause's subject, "the Russians", "the Americans" are the state
    found = _surface("قال المتحدث إن الروس والأتراك ناقشوا القضية، ولا يزال الأميركيون يرفضون ذلك.")
    assert found["الروس"] == "russia-government"
    assert found["الأتراك"] == "turkey-government"
    assert found["الأميركيون"] == "us-government"
    # after a head noun the adjective path still decides: Russian soldiers are its forces
    assert _surface("وصل الجنود الروس إلى المطار.")["الجنود الروس"] == "russia-military"


def test_opposition_and_government_forces_by_their_common_names():
    found = _surface("هاجمت قوات المعارضة مواقع قوات الحكومة، وأعلنت المعارضة السورية رفضها.")
    assert found["قوات المعارضة"] == "syrian-opposition"
    assert found["قوات الحكومة"] == "syria-military"
    assert found["المعارضة السورية"] == "syrian-opposition"


# ------------------------------------------------------------------ conflicts beyond Syria
# Sentences written for these tests in the style of regional outlets; each must give the
# actor through the whole pipeline (rasd.extract), as actor1 or actor2 of an event.


def _event_actors(text: str) -> list[tuple[str | None, str | None]]:
    from rasd import extract

    doc = extract(text, published="2019-05-05")
    return [(e.actor1 and e.actor1.get("id"), e.actor2 and e.actor2.get("id")) for e in doc.events]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # Egypt: army, police, the Sinai branch of the Islamic State (claim of responsibility)
    ("قتل خمسة جنود في هجوم انتحاري استهدف حاجزا للجيش المصري في شمال سيناء أمس الأحد، "
     "وتبنى تنظيم ولاية سيناء الهجوم.", "islamic-state-sinai", "egypt-military"),
    ("اعتقلت قوات الأمن المصرية عشرة أشخاص في القاهرة يوم الاثنين.", "egypt-police", None),
    # Iraq: federal police
    ("اعتقلت الشرطة الاتحادية خمسة مطلوبين في الموصل صباح اليوم.", "iraq-federal-police", None),
    # Yemen: the Saudi-led coalition, the Houthis, AQAP and the government army
    ("شن طيران التحالف العربي غارات جوية على مواقع للحوثيين في محافظة صعدة فجر اليوم.",
     "saudi-led-coalition", "houthis"),
    ("قتل جنديان من الجيش اليمني في هجوم شنه تنظيم القاعدة في جزيرة العرب على نقطة عسكرية في "
     "أبين يوم الأحد.", "aqap", "yemen-military"),
    # Libya
    ("قصفت قوات حفتر مطار معيتيقة في طرابلس يوم الخميس.", "lna", None),
    # Somalia and Nigeria
    ("قتل 12 مدنيا في تفجير انتحاري نفذته حركة الشباب في العاصمة الصومالية مقديشو يوم السبت.",
     "al-shabaab", None),
    ("اختطفت جماعة بوكو حرام عشرات الطالبات من مدرسة في ولاية بورنو شمال شرقي نيجيريا مساء "
     "الأربعاء.", "boko-haram", None),
    # Afghanistan
    ("هاجم مسلحو طالبان نقطة للجيش الأفغاني في ولاية قندوز ليل الجمعة.", "taliban",
     "afghanistan-military"),
    # Israel, Turkey and Lebanon: police and army
    ("داهمت الشرطة الإسرائيلية منزلا في القدس واعتقلت شابا فلسطينيا فجر اليوم.", "israel-police",
     None),
    ("اعتقلت الشرطة التركية 20 شخصا في إسطنبول يوم الثلاثاء.", "turkey-police", None),
    ("قصف الجيش التركي مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق يوم الجمعة.",
     "turkey-military", "pkk"),
    ("قصفت مدفعية الجيش اللبناني مواقع لمسلحين في جرود عرسال يوم السبت.", "lebanon-military", None),
    # a head of state acting is the state's government (ACLED practice)
    ("أمر ترامب بضربة صاروخية على قاعدة الشعيرات الجوية في ريف حمص يوم الجمعة.", "us-government",
     None),
])
def test_regional_actors_reach_events(text: str, actor1: str, actor2: str | None):
    found = _event_actors(text)
    assert any(a1 == actor1 for a1, _ in found), found
    if actor2 is not None:
        assert any(a1 == actor1 and a2 == actor2 for a1, a2 in found), found


def test_claim_of_responsibility_names_the_attacker():
    # the relative clause after the event noun: "الهجوم الذي تبناه X"
    found = _event_actors("قتل ثلاثة جنود في الهجوم الذي تبناه تنظيم داعش على حاجز للجيش قرب مدينة "
                          "العريش يوم الاثنين.")
    assert [a1 for a1, _ in found] == ["islamic-state"]
    found = _event_actors("تبنى تنظيم داعش الهجوم الذي استهدف دورية للجيش العراقي في كركوك يوم "
                          "الثلاثاء وأسفر عن مقتل جنديين.")
    assert ("islamic-state", "iraq-military") in found


def test_regional_aliases_link_and_do_not_steal_syrian_names():
    found = _surface("قال الرئيس عبد الفتاح السيسي إن الجيش الوطني الليبي وقوات الانتقالي الجنوبي "
                     "والجيش الوطني السوري ...")
    assert found["الرئيس عبد الفتاح السيسي"] == "egypt-government"
    assert found["الجيش الوطني الليبي"] == "lna"
    assert found["قوات الانتقالي الجنوبي"] == "stc"
    assert found["الجيش الوطني السوري"] == "sna"
    # Iraq's Counter-Terrorism Service is its own unit under the Iraqi army
    assert default_kb().chain("iraq-cts") == ["iraq-cts", "iraq-military", "iraq-government"]
    # the bare قوى الأمن الداخلي stays the Asayish of north-east Syria
    assert _ids("قوى الأمن الداخلي") == ["asayish"]
    # nationality qualifiers: Egyptian and Saudi forces, Houthi militias
    assert _ids("قصفت المدفعية المصرية والطائرات السعودية مواقع الميليشيات الحوثية") == [
        "egypt-military", "saudi-military", "houthis"]


def test_one_or_two_soldiers_or_planes_with_a_demonym_are_that_states_forces():
    """جندي / جنديان / طائرتان are heads like جنود and طائرات; the loader makes the dual
    adjectives (روسيان، إسرائيليتان) as it makes the plural ones."""
    assert _surface("قتل جندي تركي بانفجار عبوة ناسفة في ريف حلب") == \
        {"جندي تركي": "turkey-military"}
    assert _surface("أصيب جنديان روسيان في هجوم على قاعدة حميميم") == \
        {"جنديان روسيان": "russia-military"}
    assert _surface("شنت طائرتان إسرائيليتان غارات على مواقع في ريف دمشق") == \
        {"طائرتان إسرائيليتان": "israel-air-force"}
    # the soldier alone names no state
    assert _surface("وقال الجندي إن القصف استمر حتى المساء") == {}
