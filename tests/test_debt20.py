"""DEBT20: one list of titles for the meeting and visit frames, an off switch for ``rasd
extract``'s reuse of a repeated page, and the day a day page lists taken from its address even
when ``published`` says a later day. Sentences are written for these tests; each change has a
case it must change and a close case it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.events.lexicon import LexiconError, _read, _titles, lexicon
from rasd.time.extract import extract as dates_of
from rasd.time.lexicon import time_lexicon
from tests.helpers import events_of, extract_command, name_of

# --- one list of titles ------------------------------------------------------------------------

def test_the_meeting_and_visit_frames_read_the_one_title_list() -> None:
    data = _read("triggers.yaml")
    frames = [f for entry in data["triggers"] for f in entry.get("frames") or () if "{TITLES}" in f]
    assert len(frames) >= 6
    titles = _titles(data)
    assert titles.startswith("(?:") and "ولي العهد" in titles and "الامين العام" in titles
    assert "{TITLES}" not in lexicon().pattern.pattern


def test_a_title_list_that_is_empty_is_an_error() -> None:
    with pytest.raises(LexiconError):
        _titles({"titles": []})


def test_a_visit_to_a_title_of_the_list_is_a_meeting() -> None:
    # "الأمين العام" was in the reception's list and not the visit's before the one list
    events = events_of("زار أيمن الصفدي الأمين العام للأمم المتحدة في نيويورك أمس .",
                       "CONSULT", published="2017-09-20")
    assert [(name_of(e.location), e.event_date) for e in events] == [("New York City", "2017-09-19")]


def test_a_visit_to_a_place_is_no_meeting() -> None:
    assert events_of("زار أيمن الصفدي مخيم الزعتري للاجئين أمس .", "CONSULT",
                     published="2017-09-20") == []


# --- rasd extract --no-reuse -------------------------------------------------------------------

STRIKE = ("قصفت طائرات حربية مجهولة بلدة الميادين في ريف دير الزور الشرقي صباح اليوم الأحد، "
          "ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح.")
ROWS = [{"id": "first", "text": STRIKE, "url": "https://example.org/news/strike", "published": "2017-03-05"},
        {"id": "again", "text": STRIKE, "url": "https://example.org/news/strike", "published": "2017-03-05"}]


def test_without_reuse_every_page_runs_and_the_output_is_the_same(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reused, once = extract_command(tmp_path, ROWS, monkeypatch)
    every, twice = extract_command(tmp_path, ROWS, monkeypatch, "--no-reuse")
    assert (once, twice) == (1, 2)
    assert every == reused and {r["doc_ids"][0] for r in every} == {"first", "again"}


# --- a day page: the day its address lists, not a later `published` --------------------------------

HEADLINES = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي\n"
             "اشتباكات عنيفة بين فصائل المعارضة وقوات النظام قرب مدينة مورك بريف حماة الشمالي\n")


def _days(text: str, url: str, published: str) -> list[tuple[str | None, int | None, list[tuple[str, str]]]]:
    return [(e.event_date, e.time_precision, [(ev.rule, ev.text) for ev in e.evidence if ev.field == "event_date"])
            for e in events_of(text, published=published, url=url)]


def test_a_day_page_fetched_days_later_dates_its_items_by_its_address() -> None:
    # a live map's page of 30 November read on 13 December lists the 30th's items
    days = _days(HEADLINES, "https://example.liveuamap.com/ar/time/30.11.2017", "2017-12-13")
    assert days and all(d == ("2017-11-30", 1, [("date:day-page", "")]) for d in days)


def test_a_story_filed_under_a_day_keeps_its_published_day() -> None:
    # no day page: a story's address with a slug after its day; the report's present is its
    # publication's ("أمس" the 12th), and the cold item after it takes that page's day
    text = "قصفت طائرات حربية أمس بلدة كفرنبل في ريف إدلب الجنوبي .\n" + HEADLINES.split("\n")[1] + "\n"
    days = _days(text, "https://example.com/news/2017/11/30/qasf", "2017-12-13")
    assert [d[0] for d in days] == ["2017-12-12", "2017-12-13"]


# --- numbers beside their word lists ------------------------------------------------------------

def test_a_chronologys_step_and_the_joint_reach_are_read_from_data() -> None:
    from rasd.text.sentences import joint_cues

    assert time_lexicon().chronology_step_days == 31 and joint_cues().place_reach == 3


def _last_day(text: str) -> str | None:
    return dates_of(text, "2017-07-01", "day")[-1].value.get("date")


def test_a_yearless_day_within_the_step_goes_on_in_the_year_told(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "في 17 مايو 2015 سقطت مدينة الرمادي بيد التنظيم بعد معارك . وتقول التقارير إن التنظيم تقدم بعدها نحو البادية . وفي 21 مايو سقطت مدينة تدمر ."
    assert _last_day(text) == "2015-05-21"
    # the step is the data file's: a shorter one leaves the day in the publication's year
    monkeypatch.setattr(time_lexicon(), "chronology_step_days", 3)
    assert _last_day(text) != "2015-05-21"
