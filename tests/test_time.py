"""Arabic dates against the publication date: real phrasings from reports and the seeds."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.document import Document, Meta
from rasd.pipeline import build
from rasd.time.calendar import FUTURE
from rasd.time.extract import extract


def dates(text: str, published: str | None, precision: str | None = None) -> list[dict]:
    """DATE values with the matched text, in text order."""
    out = []
    for e in extract(text, published, precision):
        if e.label == "DATE":
            assert text[e.start:e.end] == e.text
            out.append({**e.value, "text": e.text, "rule": e.rule})
    return out


def one(text: str, published: str | None, precision: str | None = None) -> dict:
    found = dates(text, published, precision)
    assert len(found) == 1, found
    return found[0]


def test_levantine_month_with_year() -> None:
    d = one("قصفت طائرات حربية يوم 13 كانون الثاني 2021 مواقع في ريف دير الزور", "2021-03-02")
    assert (d["date"], d["precision"], d["kind"], d["eventable"]) == ("2021-01-13", 1, "absolute", True)
    assert d["text"] == "يوم 13 كانون الثاني 2021"


def test_paired_month_names_take_the_year_from_publication() -> None:
    found = dates("أفادت مصادر إعلامية، اليوم الاثنين 8 نيسان/ أبريل، بأن وفداً عسكرياً وصل",
                  "2019-04-08")
    d = found[-1]
    assert d["date"] == "2019-04-08" and d["precision"] == 1
    assert d["text"].endswith("نيسان/ أبريل")
    paired = one("اجتمع الوفد في 3 يوليو / تموز مع قادة الميليشيات", "2019-07-20")
    assert paired["date"] == "2019-07-03"
    last_year = one("في 20 كانون الأول", "2021-01-13")  # named without a year, before publication
    assert last_year["date"] == "2020-12-20"


def test_every_month_system_names_the_same_month() -> None:
    for name in ("تشرين الثاني", "نوفمبر"):
        assert one(f"في الخامس من {name} الماضي", "2021-12-20")["date"] == "2021-11-05"
    assert one("في 5 جوان", "2021-07-01")["date"] == "2021-06-05"  # Maghrebi


def test_numeric_dates_and_arabic_indic_digits() -> None:
    assert one("بتاريخ 13/1/2021 أعلنت", "2021-02-01")["date"] == "2021-01-13"
    d = one("في ١٣/١/٢٠٢١ قصفت", "2021-02-01")
    assert d["date"] == "2021-01-13" and d["text"] == "١٣/١/٢٠٢١"


def test_ordinal_day_of_the_current_month() -> None:
    d = one("شنت الطائرات غارات في الثامن من الشهر الجاري على مواقع", "2021-11-20")
    assert d["date"] == "2021-11-08" and d["precision"] == 1


def test_mid_current_month_with_month_only_publication(seeds: dict[str, dict]) -> None:
    seed = next(s for s in seeds.values() if s["published_precision"] == "month")
    d = one("اجتماع عقد منتصف الشهر الجاري داخل المطار", seed["published"], "month")
    year, month = map(int, seed["published"].split("-"))
    assert d["date"] == f"{year:04d}-{month:02d}-15" and d["precision"] == 2
    assert d["kind"] == "vague" and d["eventable"]


def test_dawn_today_and_relative_days() -> None:
    assert one("شنت طائرات حربية فجر اليوم غارات", "2021-01-13")["date"] == "2021-01-13"
    assert one("قتل أمس عنصران", "2021-01-13")["date"] == "2021-01-12"
    assert one("وقع الانفجار أول أمس", "2021-01-13")["date"] == "2021-01-11"
    assert one("سمعت الانفجارات الليلة الماضية", "2021-01-13")["date"] == "2021-01-12"
    assert one("اعتقل قبل يومين", "2021-01-13")["date"] == "2021-01-11"
    week = one("اغتيل قبل أسبوع", "2021-01-13")
    assert week["date"] == "2021-01-06" and week["precision"] == 2


def test_relative_day_with_month_only_publication_is_month_precision() -> None:
    d = one("فجر اليوم", "2021-11", "month")
    assert d["precision"] == 3 and d["date"].startswith("2021-11")


def test_weekdays_resolve_to_the_latest_on_or_before_publication() -> None:
    # 2021-01-13 was a Wednesday
    assert one("قصفت الطائرات الأربعاء مواقع", "2021-01-13")["date"] == "2021-01-13"
    assert one("يوم الأحد الماضي", "2021-01-13")["date"] == "2021-01-10"
    assert one("فجر الجمعة", "2021-01-13")["date"] == "2021-01-08"
    assert one("ليل الثلاثاء", "2021-01-13")["date"] == "2021-01-12"
    assert one("الأربعاء الماضي", "2021-01-13")["date"] == "2021-01-06"


def test_weekday_without_publication_has_no_date() -> None:
    d = one("يوم الأحد الماضي", None)
    assert d["date"] is None and not d["eventable"]


def test_vague_parts_use_acled_midpoints() -> None:
    late = one("أواخر الشهر الماضي", "2021-01-13")
    assert (late["date"], late["precision"], late["start"], late["end"]) == (
        "2020-12-26", 2, "2020-12-21", "2020-12-31")
    mid = one("منتصف شهر نوفمبر الماضي 2020", "2021-01-13")
    assert mid["date"] == "2020-11-15" and mid["precision"] == 2
    early = one("مطلع الشهر الجاري", "2021-01-13")
    assert early["start"] == "2021-01-01" and early["precision"] == 2
    last_week = one("الأسبوع الماضي", "2021-01-13")
    assert last_week["precision"] == 2 and "2021-01-04" <= last_week["date"] <= "2021-01-10"
    month = one("خلال شهر حزيران الماضي", "2021-01-13")
    assert month["date"] == "2020-06-15" and month["precision"] == 3


def test_future_expressions_and_bare_years_are_never_event_dates() -> None:
    for text in ("سيعقد الاجتماع غداً", "الأسبوع المقبل", "الشهر القادم", "بعد يومين"):
        d = one(text, "2021-01-13")
        assert d["kind"] == "future" and not d["eventable"], text
    year = one("منذ عام 2011", "2021-01-13")
    assert year["kind"] == "year" and not year["eventable"] and year["date"] is None
    later = one("حتى 2 كانون الأول المقبل", "2021-11-10")
    assert not later["eventable"]


def test_times_of_day_are_not_dates() -> None:
    for text, hour, minute in (("عند الساعة الواحدة وعشر دقائق فجراً", 1, 10),
                               ("الساعة 1:10", 1, 10),
                               ("في تمام الساعة الثالثة عصراً", 15, 0)):
        found = extract(text, "2021-01-13")
        assert [e.label for e in found] == ["TIME"], text
        assert (found[0].value["hour"], found[0].value["minute"]) == (hour, minute)


def test_common_words_that_look_like_months_or_numbers_are_not_dates() -> None:
    assert dates("مارس النظام ضغوطا على الأهالي", "2021-01-13") == []
    assert dates("قتل أحد عناصر الفصيل", "2021-01-13") == []
    assert dates("ونقل مراسل حلب اليوم عن مصدر أمني", "2021-11", "month") == []


def test_duckling_direction_reads_weekdays_forward() -> None:
    found = [e for e in extract("الاثنين", "2013-02-12", mode=FUTURE) if e.label == "DATE"]
    assert found[0].value["date"] == "2013-02-18"
    nth = [e for e in extract("الثلاثاء الثالث من شهر ايلول من عام 2014", "2013-02-12",
                              mode=FUTURE) if e.label == "DATE"]
    assert nth[0].value["date"] == "2014-09-16"  # 3 Sept 2014 was a Wednesday


def test_stage_writes_date_spans_for_the_seed_reports(seeds: dict[str, dict]) -> None:
    stages = build(("clean", "sentences", "time"))
    for seed in seeds.values():
        doc = stages(Document(Meta(id=seed["id"], published=seed["published"],
                                   published_precision=seed["published_precision"]),
                              raw=seed["text"]))
        spans = doc.spans_of("DATE")
        assert spans, seed["id"]
        for span in spans:
            assert span.stage == "time" and span.rule.startswith("date:")
            assert {"date", "precision", "grain", "eventable", "kind", "start", "end"} <= set(span.value)
            if span.value["eventable"]:
                assert span.value["date"] <= seed["published"] + "-31"


def test_dates_command(tmp_path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in (
        {"id": "a", "text": "شنت طائرات غارات فجر اليوم على مواقع", "published": "2021-01-13"},
        {"id": "b", "text": "في منتصف الشهر الجاري", "published": "2021-11"},
        {"id": "c", "text": "لا تاريخ هنا", "published": None},
    )) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", "--input", str(cases)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    a = rows[0]["expressions"][0]
    assert (a["text"], a["date"], a["precision"]) == ("فجر اليوم", "2021-01-13", 1)
    assert set(a) == {"text", "start", "end", "date", "precision"}
    assert rows[1]["expressions"][0]["date"] == "2021-11-15"
    assert rows[2]["expressions"] == []


def test_dates_command_names_a_bad_line(tmp_path) -> None:
    cases = tmp_path / "bad.jsonl"
    cases.write_text('{"id": "a"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", "--input", str(cases)])
    assert result.exit_code != 0 and "line 1" in result.output


@pytest.mark.parametrize("text", ["منتصف", "الشهر", "قبل", "2021", "/", "الساعة"])
def test_fragments_do_not_crash(text: str) -> None:
    extract(text, "2021-01-13")


def test_offsets_point_into_the_original_text_with_diacritics() -> None:
    text = "قُتِلَ ٣٨ عنصراً فجرَ اليومِ في الـ١٥ من كانونَ الثاني"
    found = extract(text, "2021-01-15")
    assert [e.text for e in found] == [text[e.start:e.end] for e in found]
    assert found[0].text.startswith("فجرَ") and found[0].value["date"] == "2021-01-15"
    assert found[-1].value["date"] == "2021-01-15" and "كانونَ الثاني" in found[-1].text


def test_hijri_day_converts_with_a_day_of_slack() -> None:
    d = one("صدر في 10 ربيع الأول 1439 هـ", "2017-12-01")
    assert d["date"] == "2017-11-28" and d["precision"] == 2 and d["rule"] == "date:hijri"
    assert d["start"] <= "2017-11-28" <= d["end"]


def test_names_and_outlets_that_look_like_dates() -> None:
    assert dates("وأحد أعضاء قوى 14 آذار في البرلمان", "2017-06-15") == []
    assert dates("نقلت قناة روسيا اليوم عن مصدر", "2017-06-15") == []
    assert dates("منذ نكسة حزيران", "2017-06-15") == []
    assert one("عاد في حزيران إلى دمشق", "2017-08-15")["date"] == "2017-06-15"


def test_past_spans_of_several_units() -> None:
    days = one("خلال الأيام الماضية", "2017-06-15")
    assert days["precision"] == 2 and days["eventable"]
    months = one("خلال الأشهر الماضية", "2017-06-15")
    assert not months["eventable"] and months["date"] is None


def test_duckling_day_valued_corpus_stays_above_target(evalkit) -> None:
    from rasd.time import evaluate as ev

    data = ev.load(evalkit / "duckling-ar" / "time_ar.json")
    cases = ev.day_cases(data)
    lenient, _strict = ev.score_rasd(cases, ev.reference_time(data["meta"]).date())
    assert lenient.total == len(cases) > 50
    assert lenient.accuracy >= 0.95, lenient.misses


def test_a_weekday_followed_by_its_full_date_takes_the_date() -> None:
    # resolving the weekday against publication would give the Monday before publication
    d = one("انفجرت عبوة مساء يوم الاثنين ( 9 تشرين الأول / أكتوبر 2016 ) قرب السوق",
            "2017-02-20")
    assert (d["date"], d["precision"], d["kind"]) == ("2016-10-09", 1, "absolute")
    assert d["text"] == "مساء يوم الاثنين ( 9 تشرين الأول / أكتوبر 2016 )"
    d = one("هاجم مسلحون حاجزا ليل السبت 3 آذار في ريف درعا", "2018-04-11")
    assert d["date"] == "2018-03-03"
    d = one("وقعت الاشتباكات يوم الخميس الماضي 14 أيلول في البادية", "2017-09-20")
    assert d["date"] == "2017-09-14"
    # a weekday alone still resolves against publication
    assert one("قصفت الطائرات البلدة مساء الأحد , ما أدى إلى مقتل ثلاثة", "2017-09-20")[
        "date"] == "2017-09-17"


def test_short_levantine_month_forms() -> None:
    d = one("اعتقلت الشرطة المشتبه به في كانون ثان / يناير 2016 في المطار", "2017-05-01")
    assert (d["date"], d["precision"]) == ("2016-01-15", 3)
    assert one("جرى التوقيع في 12 تشرين ثان الماضي", "2017-05-01")["date"] == "2016-11-12"


def test_all_day_long_is_no_date() -> None:
    assert dates("واصلت المدفعية قصف الأحياء الشرقية طوال اليوم دون توقف", "2017-05-01") == []
    assert dates("استمرت الاشتباكات على مدار اليوم في المدينة", "2017-05-01") == []
    assert one("قصفت المدفعية الأحياء الشرقية اليوم", "2017-05-01")["date"] == "2017-05-01"


def test_today_with_its_own_full_date_takes_that_date() -> None:
    # a quoted older report, or a page's date line: the date says which day "today" was
    d = one("وقال مراسلنا في درعا اليوم , الخميس 12 تشرين الأول , إن القصف تواصل",
            "2018-02-03")
    assert (d["date"], d["kind"]) == ("2017-10-12", "absolute")


def test_yesterday_with_a_contradicting_weekday_is_read_from_the_quoted_date() -> None:
    found = dates("ذكر مراسلنا اليوم , الخميس 12 تشرين الأول , أن الفصائل صدت هجوما "
                  "مساء أمس الأربعاء على أطراف البلدة .", "2018-02-03")
    assert [f["date"] for f in found] == ["2017-10-12", "2017-10-11"]
    assert found[1]["rule"].endswith("+weekday-anchor")
    # no such date: a weekday one day off the offset wins (published after midnight)
    d = one("قصفت الطائرات الحي أمس الخميس .", "2018-02-03")  # a Saturday
    assert d["date"] == "2018-02-01"
    # a weekday that fits changes nothing
    assert one("قصفت الطائرات الحي أمس الجمعة .", "2018-02-03")["date"] == "2018-02-02"


def test_one_month_long_is_not_january() -> None:
    assert dates("لم يمض شهر واحد على المعارك التي اندلعت في البلدة", "2017-07-22") == []
    assert one("سيطرت الفصائل على التلة في شهر 1 من العام الماضي", "2017-07-22")[
        "date"] == "2016-01-15"
