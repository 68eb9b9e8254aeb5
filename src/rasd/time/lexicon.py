"""Calendar words from ``data/time/lexicon.yaml`` as token lookup tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rasd.datafiles import data_file, load_yaml
from rasd.quantities.tokens import add_forms, clitic_forms, key


@dataclass(slots=True)
class TimeLexicon:
    """Every table is keyed by normalised token, clitic forms included."""

    months: dict[str, int] = field(default_factory=dict)
    month_heads: dict[str, dict[str, int]] = field(default_factory=dict)  # كانون → {الثاني: 1}
    # first words of the names of systems that win when a pair disagrees ("ديسمبر / كانون الثاني")
    pair_winners: set[str] = field(default_factory=set)
    span_words: frozenset[str] = frozenset()  # طوال/طيلة before اليوم: a length of time
    one_words: frozenset[str] = frozenset()  # "شهر واحد": a length, never January
    weak_months: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekdays_bare: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, int]] = field(default_factory=dict)
    rel_adj: dict[str, int] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    day_parts: set[str] = field(default_factory=set)
    time_adverbs: dict[str, str] = field(default_factory=dict)
    year_words: set[str] = field(default_factory=set)
    counted_nouns: frozenset[str] = frozenset()  # "2100 شخص": a count, no year
    media_nouns: set[str] = field(default_factory=set)
    media_heads: set[str] = field(default_factory=set)  # روسيا in "روسيا اليوم"
    town_openers: set[str] = field(default_factory=set)  # مدينة، في in "في حلب اليوم": the town
    no_town_heads: set[str] = field(default_factory=set)  # رأي in "في رأي اليوم": still the paper
    name_heads: set[str] = field(default_factory=set)  # قوى in "قوى 14 آذار"
    tomorrow_name_heads: set[str] = field(default_factory=set)  # تيار in "تيار الغد": a name
    hijri: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)  # first → rest
    hijri_marks: set[str] = field(default_factory=set)
    anchor_links: set[str] = field(default_factory=set)  # "بعد يومين من/على X"
    publication_anchors: set[str] = field(default_factory=set)  # X = الآن، اليوم: not an event
    # a sentence about an earlier happening ("سابقا", "وكانت ... قد"): no borrowed day
    anterior_phrases: frozenset[tuple[str, ...]] = frozenset()
    anterior_firsts: frozenset[str] = frozenset()
    same_year: frozenset[tuple[str, ...]] = frozenset()  # "من العام نفسه" after a day and month
    same_words: frozenset[str] = frozenset()  # "الشهر ذاته"، "نفس الشهر" (with their clitic forms)
    report_attribution: frozenset[str] = frozenset()  # "وحسب المصدر": a sentence reporting on
    pluperfect_openers: frozenset[str] = frozenset()
    pluperfect_particle: str = ""
    pluperfect_window: int = 0
    story_present_days: int = 0  # a day told this close before the page's is of its present
    story_chain_sentences: int = 0  # most sentences a going-on chain carries a told day (storyday)
    story_lead_sentences: int = 0  # a lead this many sentences before the first present day told (storyday)
    story_later_days: int = 0  # this many full days printed after the page's own: no report of its day
    story_later_gap: int = 0  # ... more than this many days after it (rasd.time.pageday.prints_later)
    compiled_papers: tuple[str, ...] = ()  # papers a press digest cites in quotes (storyday, DATES25)
    compiled_papers_min: int = 0  # a page citing this many of them is a digest of the morning papers
    compiled_day_back: int = 0  # ... whose undated items are of this many days before the page's
    day_page_precision: int = 1  # the precision of the day a day page gives its undated items
    chronology_later_days: int = 0  # lines opening with this many full days after a page's first date
    chronology_later_gap: int = 0  # ... more than this many days after it: a chronology's heading
    chronology_step_days: int = 0  # a yearless day this soon after the day told before: in its year
    span_openers: frozenset[str] = frozenset()  # منذ before a month-year: no page month (DATEFIX24)
    span_opener_window: int = 0
    span_closers: frozenset[str] = frozenset()  # حتى after it: the span ends, the month is told
    span_closer_window: int = 0
    few_before: frozenset[str] = frozenset()  # "قبل عدة أيام": a vague count before a plural unit
    # the marks between a numeric date's day, month and year ("13/1/2021", "17 \\ 1 \\ 2016")
    numeric_separators: frozenset[str] = frozenset({"/", "-", "."})
    day_month_separators: frozenset[str] = frozenset({"/"})  # "[weekday] 21/09": day and month only
    number_words: frozenset[str] = frozenset()  # "القانون رقم 10 / 2015": a number, not a date
    few_after: frozenset[str] = frozenset()  # "قبل أيام قليلة": ... after it


@cache
def lexicon_data() -> dict:
    """``data/time/lexicon.yaml`` as loaded, read once for every reader of it."""
    return load_yaml(resources.files("rasd.data").joinpath("time/lexicon.yaml")
                     .read_text(encoding="utf-8"))


@cache
def time_lexicon() -> TimeLexicon:
    data = lexicon_data()
    lex = TimeLexicon()
    winners = set(data.get("pair_mismatch_winners", ()))
    for system_name, system in data["months"].items():
        for name, month in system.items():
            words = key(name).split()
            if system_name in winners:
                lex.pair_winners.update(clitic_forms(words[0]))
            if len(words) == 1:
                add_forms(lex.months, words[0], month)
            else:
                head, second = words
                for form in clitic_forms(head):
                    table = lex.month_heads.setdefault(form, {})
                    table[second] = month
                    table[second.removeprefix("ال")] = month
    lex.one_words = frozenset(key(w) for w in data.get("month_word_one", ()))
    lex.span_words = frozenset(f for w in data.get("day_span_words", ())
                               for f in clitic_forms(key(w), article=False))
    for name in data["weak_months"]:
        lex.weak_months.update(clitic_forms(key(name)))
    for name, day in data["weekdays"].items():
        add_forms(lex.weekdays, name, day)
    for name, day in data["weekdays_bare"].items():
        add_forms(lex.weekdays_bare, name, day, article=False)
    for name, offset in data["relative_days"].items():
        add_forms(lex.relative_days, name, offset)
    for name, (unit, count) in data["units"].items():
        add_forms(lex.units, name, (unit, count))
        add_forms(lex.units, "ال" + key(name), (unit, count))
    for name, rel in data["relative_adjectives"].items():
        add_forms(lex.rel_adj, name, rel)
    for name, part in data["parts"].items():
        add_forms(lex.parts, name, part)
        add_forms(lex.parts, "ال" + key(name), part)
    for name in data["day_parts"]:
        if " " not in name:
            lex.day_parts.update(clitic_forms(key(name)))
    for name, shift in data["time_adverbs"].items():
        add_forms(lex.time_adverbs, name, shift)
    for name in data["year_words"]:
        lex.year_words.update(clitic_forms(key(name)))
    lex.counted_nouns = frozenset(key(name) for name in data.get("counted_nouns", []))
    for name, month in data.get("hijri_months", {}).items():
        head, *rest = key(name).split()
        for form in clitic_forms(head):
            lex.hijri.setdefault(form, {})[tuple(rest)] = month
    lex.hijri_marks = {key(m) for m in data.get("hijri_marks", [])}
    for name in data.get("name_heads", []):
        lex.name_heads.update(clitic_forms(key(name)))
        lex.name_heads.update(clitic_forms("ال" + key(name)))
    for name in data.get("tomorrow_name_heads", []):
        lex.tomorrow_name_heads.update(clitic_forms(key(name)))
        lex.tomorrow_name_heads.update(clitic_forms("ال" + key(name)))
    for name in data.get("media_names_today", []):
        lex.media_heads.update(clitic_forms(key(name).split()[0]))
    # the words after which an outlet named "<town> اليوم" is the town (the actors' settlement
    # nouns and في or a direction): one list for both stages
    context = data_file("rasd.data.actors", "qualifiers.yaml").get("place_context") or {}
    for name in [*(context.get("settlement_nouns") or []), *(context.get("town_day_openers") or [])]:
        lex.town_openers.update(clitic_forms(key(name)))
    for name in context.get("town_day_no_places") or []:
        lex.no_town_heads.update(clitic_forms(key(name)))
    for name in data.get("media_nouns", []):
        lex.media_nouns.update(clitic_forms(key(name)))
    lex.anchor_links = {key(w) for w in data.get("anchor_links", [])}
    for name in data.get("publication_anchors", []):
        lex.publication_anchors.update(clitic_forms(key(name)))
    lex.anterior_phrases = frozenset(tuple(key(p).split()) for p in data.get("anterior_phrases", ()))
    lex.anterior_firsts = frozenset(p[0] for p in lex.anterior_phrases)
    lex.same_year = frozenset(tuple(key(p).split()) for p in data.get("same_year_phrases", ()))
    lex.same_words = frozenset(f for w in data.get("same_words", ()) for f in clitic_forms(key(w)))
    lex.report_attribution = frozenset(key(w) for w in data.get("report_attribution", ()))
    lex.pluperfect_openers = frozenset(key(w) for w in data.get("pluperfect_openers", ()))
    lex.pluperfect_particle = key(data.get("pluperfect_particle", ""))
    lex.pluperfect_window = int(data.get("pluperfect_window", 0))
    lex.story_present_days = int(data.get("story_present_days", 0))
    lex.story_chain_sentences = int(data.get("story_chain_sentences", 0))
    lex.story_lead_sentences = int(data.get("story_lead_sentences", 0))
    lex.story_later_days = int(data.get("story_later_days", 0))
    lex.story_later_gap = int(data.get("story_later_gap", 0))
    lex.compiled_papers = tuple(str(w) for w in data.get("compiled_papers", ()))
    lex.compiled_papers_min = int(data.get("compiled_papers_min", 0))
    lex.compiled_day_back = int(data.get("compiled_day_back", 0))
    lex.day_page_precision = int(data.get("day_page_precision", 1))
    lex.chronology_later_days = int(data.get("chronology_later_days", 0))
    lex.chronology_later_gap = int(data.get("chronology_later_gap", 0))
    lex.chronology_step_days = int(data.get("chronology_step_days", 0))
    lex.span_openers = frozenset(f for w in data.get("span_openers", ()) for f in clitic_forms(key(w)))
    lex.span_opener_window = int(data.get("span_opener_window", 0))
    lex.span_closers = frozenset(f for w in data.get("span_closers", ()) for f in clitic_forms(key(w)))
    lex.span_closer_window = int(data.get("span_closer_window", 0))
    lex.few_before = frozenset(f for w in data.get("few_before", ()) for f in clitic_forms(key(w)))
    if "numeric_separators" in data:
        lex.numeric_separators = frozenset(str(c) for c in data["numeric_separators"])
    if "day_month_separators" in data:
        lex.day_month_separators = frozenset(str(c) for c in data["day_month_separators"])
    if "number_words" in data:
        lex.number_words = frozenset(str(w) for w in data["number_words"])
    lex.few_after = frozenset(f for w in data.get("few_after", ()) for form in (key(w), "ال" + key(w))
                              for f in clitic_forms(form))  # "الأيام القليلة الماضية" too
    return lex
