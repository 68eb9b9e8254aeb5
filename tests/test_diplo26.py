"""DIPLO26: agreements told by the verb that reached, concluded or signed them, and meetings told by
the verb that held them or by their noun with the holder named. Each rule with a close case it must
leave alone: an agreement to come or only hoped for, one referred back to, "وقعت" of a clash, an
interview, a summit to come."""

import re

from tests.helpers import events_of, name_of, rules_of


def _events(text: str, plover: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(name_of(e.location), (e.actor1 or {}).get("name"), (e.actor2 or {}).get("name"))
            for e in events_of(text, plover, published="2017-11-24")]


def _agreements(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return _events(text, "AGREE")


def _meetings(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return _events(text, "CONSULT")


# --- an agreement reached, told by its verb with the parties between -------------------------------

def test_two_factions_reached_an_agreement() -> None:
    text = ("توصلت هيئة تحرير الشام وحركة نور الدين الزنكي إلى اتفاق يقضي بوقف المواجهات العسكرية "
            "بينهما بريف حلب الغربي .")
    found = _agreements(text)
    assert len(found) == 1, found
    place, actor1, actor2 = found[0]
    assert place == "western Aleppo countryside", found
    assert actor1 is not None and "Tahrir al-Sham" in actor1, found
    assert actor2 is not None and "Zenki" in actor2, found


def test_an_agreement_to_come_is_none() -> None:
    text = "ستتوصل هيئة تحرير الشام وحركة نور الدين الزنكي إلى اتفاق يقضي بوقف المواجهات بريف حلب الغربي ."
    assert _agreements(text) == [], _agreements(text)


def test_an_agreement_only_hoped_for_is_none() -> None:
    text = ("وفي حال توصلت هيئة تحرير الشام وحركة نور الدين الزنكي إلى اتفاق نهائي فإن المواجهات "
            "ستتوقف بريف حلب الغربي .")
    assert _agreements(text) == [], _agreements(text)


def test_an_agreement_concluded() -> None:
    text = "أبرمت روسيا وتركيا وإيران اتفاقا يقضي بإنشاء مناطق تهدئة في سوريا ."
    found = _agreements(text)
    assert [(a1, a2) for _place, a1, a2 in found] == [
        ("Government of Russia (2000-)", "Government of Turkey (2002-)")], found


def test_a_company_deal_is_not_read_by_the_signing_verb() -> None:
    # the noun's own trigger still reads "اتفاقا" after a light verb (main's behaviour, left):
    # the signing verb's frame must not make the company's deal an agreement of its own
    text = "ووقعت شركة مصر للطيران اتفاقا مع شركة بوينغ الأمريكية لشراء عشر طائرات ."
    rules = [re.split(r"[|]", rule)[0] for e in events_of(text, "AGREE", published="2017-11-24")
             for rule in rules_of(e, "trigger")]
    assert not any("trigger:agreement" in rule.split("+") for rule in rules), rules


def test_a_clash_that_took_place_despite_an_agreement_is_no_agreement() -> None:
    text = "وقعت اشتباكات بين الفصائل رغم الاتفاق في إدلب أمس ."
    assert _agreements(text) == [], _agreements(text)


def test_an_agreement_reached_in_the_passive() -> None:
    text = ("وأعلنت وزارة الدفاع الروسية وقف الأعمال القتالية تنفيذا لاتفاق تم التوصل إليه بين روسيا "
            "والمعارضة السورية المسلحة لضبط منطقة خفض التصعيد في شمال حمص .")
    found = _agreements(text)
    assert ("Homs", "Government of Russia (2000-)", "Opposition Rebels (Syria)") in found, found


def test_an_agreement_referred_back_to_is_none() -> None:
    text = ("ودعت الوزارة جميع الأطراف إلى الالتزام باتفاق تخفيف التوتر الذي تم التوصل إليه بين روسيا "
            "والمعارضة السورية المسلحة في محادثات أستانا .")
    assert _agreements(text) == [], _agreements(text)


# --- a meeting held, told by the verb with its holders between -------------------------------------

def test_a_summit_held_by_three_leaders() -> None:
    text = "عقد قادة روسيا وتركيا وإيران قمة في سوتشي أمس لبحث الحرب في سوريا ."
    found = _meetings(text)
    assert ("Sochi", "Government of Russia (2000-)", "Government of Turkey (2002-)") in found, found


def test_a_summit_to_come_is_none() -> None:
    text = "يعقد قادة روسيا وتركيا وإيران قمة مرتقبة في سوتشي الأسبوع المقبل لبحث الحرب في سوريا ."
    assert _meetings(text) == [], _meetings(text)


def test_a_holding_once_planned_is_no_meeting() -> None:
    text = ("وأعلنت الخارجية الروسية دعوة 33 تيارا سوريا إلى سوتشي , بعد أن كان مقررا عقد هذا الاجتماع "
            "في حميميم أو قرب مطار دمشق .")
    assert _meetings(text) == [], _meetings(text)


def test_the_start_of_a_round_is_not_its_holder() -> None:
    text = "وشهد العام بداية عقد النسخة الأولى من محادثات أستانا ."
    assert _meetings(text) == [], _meetings(text)


# --- a meeting named by its noun with its holder, then the one met -------------------------------

def test_a_meeting_noun_with_its_holder_and_the_one_met() -> None:
    text = ("ويأتي الإعلان بعد يومين من لقاء ولي ولي العهد السعودي وزير الدفاع الأمير محمد بن سلمان , "
            "مع الرئيس الروسي , فلاديمير بوتين , في موسكو , الثلاثاء .")
    found = _meetings(text)
    assert ("Moscow", "Government of Saudi Arabia", "Government of Russia (2000-)") in found, found


def test_an_interview_with_students_is_no_meeting() -> None:
    text = "وقال وزير الخارجية الروسي خلال لقاء الأسبوع الماضي مع طلاب الجامعة في موسكو إن الوضع صعب ."
    assert _meetings(text) == [], _meetings(text)


def test_talks_told_in_the_wake_of() -> None:
    text = "وقال بوتين في أعقاب مباحثاته مع السيسي في القاهرة إن الوضع في سوريا تحسن ."
    found = _meetings(text)
    assert ("Cairo", "Government of Russia (2000-)", "Government of Egypt") in found, found


def test_talks_with_a_long_name_between() -> None:
    text = ("بحث نائب الرئيس العراقي زعيم ائتلاف القوى السنية أسامة النجيفي في أنقرة اليوم مع الرئيس "
            "التركي رجب طيب أردوغان العلاقات الثنائية .")
    found = _meetings(text)
    assert ("Ankara", "Government of Iraq", "Government of Turkey (2002-)") in found, found


def test_a_search_is_no_talks() -> None:
    text = "بحث فريق الإنقاذ التابع للدفاع المدني طوال الليل عن ناجين تحت الأنقاض مع الأهالي في حلب ."
    assert _meetings(text) == [], _meetings(text)
