"""FIXES22: REVIEW21's open findings on session 21's landings, each with a case the fix must
take and a close case it must leave. The sentences are written for these tests.

1. The one met after a visit ("زار … طهران أمس والتقى الرئيس الإيراني"): the coordinated meeting
   verb shares the visitor as its subject, so the one after it is the visit's other party.
2. A visit told verb first is a CONSULT only when it went to another actor (a state, a town or
   a site of another state, or one met named); a leader touring his own ground (a front, troops,
   a base or a town of his own country) meets no one, nor does a delegation of no state at a camp.
3. DATES21's going-on chain carries a told day at most ``story_chain_sentences`` (8) sentences.
4. VILLAGES21's edge cases: a bracket never closed, a run of names far longer than any list of
   one happening's villages, the villages of one trigger dated apart.
"""

from rasd.api import extract
from rasd.events.storyday import STORY_DAY
from tests.helpers import events_of, name_of, rules_of


def _consults(text: str) -> list[tuple[str, str, str]]:
    return [(name_of(e.location), name_of(e.actor1), name_of(e.actor2))
            for e in events_of(text, "CONSULT", published="2018-03-15")]


# --- 1. the one met after a visit --------------------------------------------------------------

def test_the_one_met_after_a_visit_is_the_visits_other_party() -> None:
    text = "زار رئيس الوزراء العراقي حيدر العبادي طهران أمس والتقى الرئيس الإيراني حسن روحاني ."
    found = events_of(text, "CONSULT", published="2018-03-15")
    assert [(name_of(e.location), name_of(e.actor1), name_of(e.actor2)) for e in found] == [
        ("Tehran", "Government of Iraq", "Government of Iran (1979-)")], _consults(text)
    assert "actor:met-on-visit" in rules_of(found[0], "actor2")
    assert "place:visit-object" in rules_of(found[0], "location")  # the visit's place rule still places it


def test_the_one_met_after_an_arrival_is_the_visits_other_party() -> None:
    text = "وصل وزير الخارجية الإيراني إلى دمشق اليوم والتقى الرئيس السوري بشار الأسد ."
    assert ("Damascus", "Government of Iran (1979-)", "Government of Syria (2000-2024)") in _consults(text), \
        _consults(text)


def test_a_statement_after_a_visit_names_no_one_met() -> None:
    # "وأكد" is no meeting verb: the Iranian president after it is no party met
    text = "زار رئيس الوزراء العراقي حيدر العبادي طهران أمس وأكد الرئيس الإيراني حسن روحاني دعم بلاده ."
    assert _consults(text) == [("Tehran", "Government of Iraq", "")], _consults(text)


# --- 2. a visit is a meeting only with another actor ------------------------------------------

def test_a_leader_visiting_the_front_is_no_meeting() -> None:
    assert _consults("زار الرئيس السوري بشار الأسد الجبهة في ريف حماة اليوم .") == []


def test_a_delegation_visiting_a_camp_is_no_meeting() -> None:
    assert _consults("زار وفد من الأمم المتحدة مخيم الركبان أمس .") == []


def test_a_president_visiting_a_base_of_his_own_country_is_no_meeting() -> None:
    assert _consults("زار الرئيس السوري بشار الأسد مطار حماة العسكري أمس .") == []


def test_a_chief_of_staff_visiting_his_troops_is_no_meeting() -> None:
    assert _consults("زار رئيس الأركان التركي القوات التركية في إدلب أمس .") == []


def test_a_prime_minister_touring_a_city_of_his_own_country_is_no_meeting() -> None:
    assert _consults("زار رئيس الوزراء العراقي حيدر العبادي مدينة الموصل أمس .") == []


def test_a_minister_visiting_another_country_is_a_meeting() -> None:
    text = "زار وزير الخارجية الألماني زيغمار غابريل العراق يوم الأربعاء ."
    assert [place for place, _a1, _a2 in _consults(text)] == ["Iraq"], _consults(text)


def test_an_ambassador_visiting_a_town_of_another_country_is_a_meeting() -> None:
    text = "زار السفير الأمريكي مدينة الرقة أمس ."
    assert _consults(text) == [("Ar Raqqah", "Government of the United States", "")], _consults(text)


def test_a_president_visiting_a_base_in_another_country_is_a_meeting() -> None:
    # Khmeimim lies in Syria: a visit to another state's ground, whose president met him there
    text = "زار الرئيس الروسي فلاديمير بوتين قاعدة حميميم الروسية باللاذقية بزيارة مفاجئة أمس ."
    assert [(place, a1) for place, a1, _a2 in _consults(text)] == [
        ("Khmeimim Air Base", "Government of Russia (2000-)")], _consults(text)


def test_a_delegation_of_no_state_visiting_a_country_is_a_meeting() -> None:
    text = "زار وفد من الأمم المتحدة سوريا أمس ."
    assert [place for place, _a1, _a2 in _consults(text)] == ["Syria"], _consults(text)


# --- 3. the going-on chain is bounded ---------------------------------------------------------

LEAD = "قصفت طائرات حربية روسية أمس الاثنين بلدة كفرنبل في ريف إدلب الجنوبي. "
ON = ["وتعاني المستشفيات الميدانية في المنطقة من نقص حاد في الأدوية. ",
      "ويقول الأطباء إن عدد الجرحى يفوق قدرة المستشفيات على الاستيعاب. ",
      "ويشكو السكان من غلاء أسعار الخبز والوقود منذ أشهر. ",
      "ويعتمد معظمهم على المساعدات التي تصل عبر المنظمات الإنسانية. ",
      "ويخشى الأهالي من موجة نزوح جديدة نحو الشمال. ",
      "وتغلق المدارس أبوابها في معظم قرى المنطقة. ",
      "ويبحث الشباب عن عمل في المدن الكبرى دون جدوى. ",
      "وتنقطع الكهرباء عن البيوت ساعات طويلة كل يوم. ",
      "ويضطر المزارعون إلى ترك أراضيهم دون زراعة. ",
      "وترتفع أجور النقل بين القرى بسبب شح الوقود. "]
GOES_ON = "كما دارت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في بلدة مورك بريف حماة."


def _murak(text: str) -> list[tuple[str | None, list[str]]]:
    return [(e.event_date, rules_of(e, "event_date")) for e in events_of(text, "ASSAULT", published="2024-03-12")
            if name_of(e.location) == "Murak"]


def test_a_chain_within_its_bound_takes_the_told_day() -> None:
    found = _murak(LEAD + "".join(ON[:5]) + GOES_ON)  # six sentences on
    assert found == [("2024-03-11", [STORY_DAY])], found


def test_a_chain_longer_than_its_bound_takes_no_day() -> None:
    found = _murak(LEAD + "".join(ON) + GOES_ON)  # eleven sentences on
    assert [day for day, _rules in found] == [None], found


def test_a_chain_of_one_sentence_a_line_takes_the_told_day() -> None:
    # UnifiedFC pages put each sentence on its own line: a line break is no bound
    found = _murak(LEAD + "\n" + "\n".join(ON[:5]) + "\n" + GOES_ON)
    assert found == [("2024-03-11", [STORY_DAY])], found


def test_a_chain_one_sentence_past_its_bound_takes_no_day() -> None:
    found = _murak(LEAD + "".join(ON[:8]) + GOES_ON)  # nine sentences on
    assert [day for day, _rules in found] == [None], found


# --- 4. lists of villages: an unclosed bracket, a roster, one day ------------------------------

def _villages(text: str, published: str = "2016-10-10") -> list[tuple[str, str, int | None, str | None]]:
    return [(str((e.location or {}).get("name_ar")), str((e.location or {}).get("within")),
             (e.location or {}).get("geo_precision"), e.event_date)
            for e in events_of(text, "ASSAULT", published=published)]


def test_a_bracket_never_closed_ends_at_the_comma() -> None:
    text = "سيطرت فصائل المعارضة اليوم على قرى الطوقلي ( التقلي ، غزل ، العدية شمال غربي بلدة أخترين ."
    found = _villages(text)
    assert {name for name, _within, _precision, _day in found} == {"الطوقلي", "غزل", "العدية"}, found
    assert len(found) == 3, found
    assert {(within, precision) for _name, within, precision, _day in found} == {("Akhtarin", 2)}, found


def test_a_bracket_closed_after_a_comma_is_no_other_spelling() -> None:
    # "( التقلي ، كما يسميها الأهالي )" runs past its comma: an aside, after which the list ends
    text = ("سيطرت فصائل المعارضة اليوم على قرى الطوقلي ( التقلي ، كما يسميها الأهالي ) ، غزل ، العدية "
            "شمال غربي بلدة أخترين .")
    names = {name for name, _within, _precision, _day in _villages(text)}
    assert "التقلي" not in names and "غزل" not in names, names


NAMES = ["زمرقط", "حفلوش", "بطيخة", "كرمدل", "شنقار", "دحموس", "فرزلة", "سكيبة", "ملحوس", "طرنبة",
         "قشعور", "جلبوط", "نعيرة", "خربوش", "هرملة", "عكلوت", "زعفرة", "دبسية", "قرقفة", "شلحوم"]


def test_a_roster_of_villages_is_one_event_near_its_reference() -> None:
    text = "سيطرت فصائل المعارضة على قرى " + " ، ".join(NAMES) + " شمال غربي بلدة الشدادي ."
    found = events_of(text, "ASSAULT", published="2016-10-10")
    assert [(name_of(e.location), (e.location or {}).get("geo_precision")) for e in found] == [
        ("Ash Shaddadah", 2)], [name_of(e.location) for e in found]
    assert rules_of(found[0], "location") == ["place:list-reference"]


def test_a_list_of_nine_villages_is_nine_events() -> None:
    text = "سيطرت فصائل المعارضة على قرى " + " ، ".join(NAMES[:9]) + " شمال غربي بلدة الشدادي ."
    found = _villages(text)
    assert len(found) == 9 and {within for _name, within, _precision, _day in found} == {"Ash Shaddadah"}, found


SPLIT = ("صورة أرشيفية لمقاتلين من المعارضة في 12 آذار 2016\n\n"
         "سيطرت فصائل المعارضة على قرى الطوقلي ، غزل ، العدية شمال غربي بلدة الشدادي . ")


def test_the_villages_of_one_trigger_share_the_day_a_later_telling_gave() -> None:
    text = SPLIT + "وقالت مصادر إن الفصائل سيطرت اليوم الاثنين على القرى بعد معارك مع التنظيم ."
    found = _villages(text)
    assert len(found) == 3 and {day for *_rest, day in found} == {"2016-10-10"}, found


def test_the_villages_of_one_trigger_told_no_day_keep_none() -> None:
    text = SPLIT + "وقالت مصادر إن الفصائل سيطرت على القرى بعد معارك مع التنظيم ."
    found = _villages(text, published=None)
    assert len(found) == 3 and {day for *_rest, day in found} == {None}, found


def test_an_unclosed_bracket_does_not_crash_the_places_stage() -> None:
    doc = extract("قرى الطوقلي ( التقلي", published="2016-10-10")
    assert all(doc.text[s.start:s.end] for s in doc.spans_of("PLACE", "PLACE_UNRESOLVED"))
