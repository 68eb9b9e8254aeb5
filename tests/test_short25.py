"""SHORT25: a page's first line that tells its title twice before the lead.

Scraped pages run the title, the site's name, the date line and the title again into the lead
with no full stop between, so the first "sentence" held the title and the lead together: a
trigger of the lead read the title's words as its own. The sentence layer now cuts such a line
after the title's second telling (rule ``title-twice``): the title and masthead are the
headline, the lead a sentence of its own. It does not cut a lead that opens with the title's
words and goes on, nor a phrase a report's body tells twice.

The sentences are written for these tests."""

from rasd.text.sentences import split_sentences
from tests.helpers import events_of, name_of


def _pieces(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.rule, text[s.start:s.end]) for s in split_sentences(text)]


TITLE = "غارات جوية على مدينة حلب"


def test_a_title_told_twice_before_the_lead_is_cut_off_as_the_headline():
    text = (f"{TITLE} - شبكة الأخبار الثلاثاء 12 آذار 2024 {TITLE} قصفت طائرات حربية بلدة كفرنبل "
            "بريف إدلب صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين .\nوقال ناشطون إن القصف طال منازل المدنيين .")
    pieces = _pieces(text)
    assert pieces[0] == ("headline", "title-twice", f"{TITLE} - شبكة الأخبار الثلاثاء 12 آذار 2024 {TITLE}")
    assert pieces[1][2].startswith("قصفت طائرات حربية بلدة كفرنبل"), pieces[1]
    assert pieces[1][0] == "body"


def test_the_title_glued_to_the_date_line_after_its_second_telling():
    # the site's template glues "تم النشر" to the title's last word
    text = ("وكالة الأنباء - قوات النظام تسيطر على مدينة القورية بدير الزور قوات النظام تسيطر على مدينة "
            "القورية بدير الزورتم النشر بتاريخ : 22 تشرين الأول , 2017 سيطرت قوات النظام اليوم على مدينة "
            "القورية شرقي دير الزور .\nوقال مراسلنا إن المعارك مستمرة .")
    pieces = _pieces(text)
    assert pieces[0][:2] == ("headline", "title-twice"), pieces[0]
    assert pieces[0][2].endswith("القورية بدير الزور"), pieces[0]
    assert pieces[1][2].startswith("تم النشر بتاريخ"), pieces[1]


def test_a_lead_that_opens_with_the_title_and_goes_on_is_not_cut():
    text = (f"{TITLE} | سكاي نيوز {TITLE} في شمال سوريا صباح اليوم وأدت إلى مقتل خمسة مدنيين .\n"
            "وقال ناشطون إن القصف مستمر .")
    assert _pieces(text)[0][:2] == ("body", "punctuation")
    # ... nor one that says the title's words after "إن" and goes on
    text = ("فرنسا : عدم تدخل إيران في شؤون لبنان ضروري للمنطقة - اليوم السابع قالت وزارة الخارجية "
            "الفرنسية , اليوم الاثنين , إن عدم تدخل إيران في شؤون لبنان شرط مهم لاستقرار المنطقة .\n"
            "وقالت المتحدثة باسم الوزارة ذلك .")
    assert _pieces(text)[0][:2] == ("body", "punctuation")


def test_a_phrase_the_body_tells_twice_is_no_title():
    # the same words twice with only prose between them: no site name, date or mark
    text = ("تعرضت بلدة قبتان الجبل لقصف مدفعي من قوات النظام المتمركزة في معرستة الخان دون وقوع إصابات "
            "وفي الريف الشمالي تعرضت مدينة حيان لقصف من قوات النظام المتمركزة في معرستة الخان دون "
            "وقوع إصابات كذلك صباح اليوم .\nوتواصلت الاشتباكات .")
    assert _pieces(text)[0][:2] == ("body", "punctuation")


def test_the_leads_strike_no_longer_reaches_into_the_title():
    text = (f"{TITLE} - شبكة الأخبار الثلاثاء 12 آذار 2024 {TITLE} قصفت طائرات حربية بلدة كفرنبل "
            "بريف إدلب صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين .\nوقال ناشطون إن القصف طال منازل المدنيين .")
    found = events_of(text, "ASSAULT", require=True)
    lead = [e for e in found if name_of(e.location) == "Kafranbel"]
    assert lead, [(name_of(e.location), e.trigger) for e in found]
    # before the cut the lead's trigger ran back over the title's second telling
    # ("غارات جوية على مدينة حلب قصفت")
    assert lead[0].trigger == "قصفت", lead[0].trigger
    assert all(TITLE not in ev.text for ev in lead[0].evidence if ev.field == "event"), lead[0].evidence


def test_the_title_keeps_the_page_date_printed_after_it():
    # the date line follows the title's second telling, so it now opens the lead's sentence:
    # the title's happening still takes it (the lead tells no happening of its own here)
    text = ("قوات النظام تسيطر على مدينة القورية بدير الزور - وكالة الأنباء قوات النظام تسيطر على مدينة "
            "القورية بدير الزور تم النشر بتاريخ : 22 تشرين الأول , 2017 قال مراسلنا إن الأهالي بدؤوا العودة "
            "إلى منازلهم في المدينة .\nوتخضع المدينة لسيطرة التنظيم منذ عام 2014 .")
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert [(name_of(e.location), e.event_date) for e in found] == [("Al-Quriyah", "2017-10-22")], found


def test_the_date_line_opening_the_lead_opens_no_dated_item():
    # a year's chronology: the page's date line now opens the lead's sentence; it is the
    # masthead's day, not an item's, so the second item still takes the first item's day
    text = ("عام سحق داعش وعودة البوصلة إلى فلسطين | الموقع بيروت عام سحق داعش وعودة البوصلة إلى فلسطين "
            "الأربعاء 27 كانون الأول 2017 أهم الأحداث الدولية التي طبعت العام 2017 : كانون الثاني 1 - مسلح "
            "يقتل 11 شخصا داخل حفلة لرأس السنة في البرازيل .\n2 - تنظيم داعش يعلن مسؤوليته عن هجوم على "
            "ملهى ليلي في إسطنبول ليلة رأس السنة .\nشباط 1 - مسلحون يحتجزون رهائن في إسطنبول .")
    found = events_of(text, "ASSAULT", require=True, published=None)
    days = {(name_of(e.location), e.trigger): e.event_date for e in found}
    assert days.get(("Istanbul", "هجوم")) == "2017-01-01", days


def test_a_title_told_twice_dates_no_undated_happening_further_down():
    # a short title line's day dates the body's undated happenings (date:headline); the block cut
    # off as a title told twice holds the masthead and the title's own month, no day of theirs
    text = ("تقرير عن الأسبوع الأول من شهر تشرين الأول / أكتوبر 2016 - مركز الدراسات اتصل بنا تقرير عن "
            "الأسبوع الأول من شهر تشرين الأول / أكتوبر 2016 قال دبلوماسيون إن مجلس الأمن ناقش مشروع قرار "
            "فرنسي حول سورية .\nوأضافوا أن المناقشات ستتواصل على مستوى الخبراء .\nودعا المبعوث الدولي إلى "
            "التهدئة .\nوقصفت قوات النظام بالبراميل المتفجرة بلدة الهامة بريف دمشق الغربي .")
    found = events_of(text, "ASSAULT", require=True, published=None)
    assert [e.event_date for e in found] == [None], [(e.event_date, e.evidence) for e in found]
