"""CTX10 (session 10): context filters and argument cues that read real reports wrongly.

Each sentence is written in the style of the reports (not copied from any article)."""

from __future__ import annotations

from tests.helpers import events_of, name_of


def test_non_combatants_do_not_negate_the_killing():
    # "غير" negates the word right after it: "غير مسلحين" describes the killed, the killing is told
    text = "وقالت الأمم المتحدة إن تسعة أشخاص غير مقاتلين قتلوا في بلدة كفرنبل بريف إدلب يوم الأحد."
    assert events_of(text, "ASSAULT", require=True)


def test_a_trigger_right_after_ghayr_is_still_negated():
    text = "وأكد المرصد أن المنطقة شهدت هدوءاً غير قصف متقطع على أطراف بلدة كفرنبل أمس."
    assert not events_of(text, "ASSAULT")


def test_a_source_telling_clashes_broke_out_reports_them():
    text = ("كما تحدثت عن اندلاع اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف بلدة "
            "اللطامنة في ريف حماة الشمالي صباح اليوم.")
    assert events_of(text, "ASSAULT", require=True)


def test_talk_about_suffering_and_abductions_stays_a_reference():
    text = "وتحدث المطران في كلمته عن معاناة أهالي الحسكة وخطف رجال الدين خلال السنوات الماضية."
    assert not events_of(text, "COERCE")


def test_after_tamma_the_genitive_of_targeting_undergoes_it():
    text = "وتم استهداف قوات النظام بصاروخ موجه على أطراف قرية الحويز بريف حماة الغربي صباح اليوم."
    found = events_of(text, "ASSAULT", require=True)
    assert not any("Syria" in name_of(e.actor1) for e in found)
    assert any("Syria" in name_of(e.actor2) for e in found)


def test_targeting_with_an_instrument_still_names_the_agent():
    text = "وأدى استهداف قوات النظام بقذائف المدفعية أطراف بلدة الهبيط بريف إدلب إلى دمار واسع."
    found = events_of(text, "ASSAULT", require=True)
    assert any("Syria" in name_of(e.actor1) for e in found)


def test_the_axis_an_advance_set_out_from_is_not_where_it_took_ground():
    text = ("وسيطرت قوات النظام على تلة استراتيجية شرقي البلدة بعد أن تقدمت من محور بلدة كفرنبل في "
            "ريف إدلب الجنوبي.")
    places = [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)]
    assert "Kafranbel" not in places, places


def test_a_place_reached_from_an_axis_is_still_the_place():
    text = "وسيطرت قوات النظام على بلدة الهبيط في ريف إدلب الجنوبي بعد هجوم من محور بلدة كفرنبل."
    places = [name_of(e.location) for e in events_of(text, "ASSAULT", require=True)]
    assert "Kafranbel" not in places and places, places
