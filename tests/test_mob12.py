"""MOB12: forces deployed or sent, told as still going on (يواصل نشر قواته، تواصل الانتشار),
a deployment begun with شرع, reinforcements flowing in (تتدفق), and a number of commandos
deployed; the same verbs about news, a plan or a metaphor are left alone."""

from tests.helpers import events_of


def _mobilized(text: str) -> list:
    return events_of(text, "MOBILIZE", published="2018-03-15")


def test_an_army_still_deploying_its_forces_is_mobilizing() -> None:
    assert _mobilized("ويواصل الجيش الأردني نشر قواته على الحدود الشمالية مع سوريا منذ يوم الأحد .")


def test_a_site_still_publishing_news_is_not_mobilizing() -> None:
    assert _mobilized("ويواصل الموقع نشر الأخبار والتقارير عن الحدود الشمالية مع سوريا .") == []


def test_forces_still_spreading_over_a_province_are_mobilizing() -> None:
    assert _mobilized("وتواصل وحدات الجيش اللبناني الانتشار في أحياء مدينة طرابلس لليوم الثالث .")


def test_a_force_that_will_keep_spreading_is_not_mobilizing() -> None:
    assert _mobilized("وقال الوزير إن وحدات الجيش ستواصل الانتشار في أحياء مدينة طرابلس الشهر المقبل .") == []


def test_an_army_still_sending_tanks_is_mobilizing() -> None:
    assert _mobilized("وواصل الجيش المصري أمس إرسال دبابات ومدرعات إلى شمال سيناء .")


def test_a_deployment_begun_with_shara_is_mobilizing() -> None:
    assert _mobilized("وشرعت قوات الشرطة الاتحادية في الانتشار في أحياء مدينة الموصل أمس .")


def test_reinforcements_flowing_into_a_city_are_mobilizing() -> None:
    assert _mobilized("وقال مراسلنا إن التعزيزات العسكرية تتدفق على مدينة حماة منذ صباح أمس .")


def test_aid_flowing_into_a_city_is_not_mobilizing() -> None:
    assert _mobilized("وقال مراسلنا إن المساعدات الغذائية تتدفق على مدينة حماة منذ صباح أمس .") == []


def test_dozens_of_commandos_deployed_are_mobilizing() -> None:
    assert _mobilized("وقد نشرت فرنسا عشرات الكوماندوز في شمال مالي الأسبوع الماضي .")


def test_dozens_of_photos_published_are_not_mobilizing() -> None:
    assert _mobilized("وقد نشرت الصحيفة عشرات الصور من شمال مالي الأسبوع الماضي .") == []
