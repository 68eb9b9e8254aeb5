"""Cleaning: boilerplate lines, repeated blocks, split-word repair, offsets back to raw."""

from __future__ import annotations

import gzip
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Document, Meta
from rasd.stages.clean import Clean
from rasd.text.boilerplate import boilerplate, load_rules
from rasd.text.clean import clean, raw_span
from rasd.text.repair import join_score
from rasd.text.wordlist import word_freq, write_counts

BODY = ("قصفت طائرات حربية مواقع للميليشيات في ريف دير الزور الشرقي فجر اليوم، "
        "ما أدى إلى مقتل ثلاثة عناصر وإصابة آخرين بجروح.")
SECOND = "وقالت مصادر محلية إن الغارات استهدفت مستودعات للذخيرة قرب مدينة البوكمال."


def _cleaned_doc(text: str) -> Document:
    return Clean()(Document(Meta(id="t"), raw=text))


def _assert_maps_back(raw: str) -> None:
    cleaned = clean(raw)
    for i, char in enumerate(cleaned.text):
        source = raw[cleaned.raw_offset(i)]
        assert char == source or (char == "\n" and source == "\r"), (i, char, source)
    for block in cleaned.removed:
        assert raw[block.start:block.end] == block.text


# --- the seed reports ------------------------------------------------------------------

def _body_paragraphs(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if len(line.strip()) > 150]


def test_seed_001_keeps_its_body_once(seeds):
    raw = seeds["001_80110197ea66d6f4"]["text"]
    doc = _cleaned_doc(raw)
    paragraphs = _body_paragraphs(raw)
    assert paragraphs and all(raw.count(p) == 2 for p in paragraphs)  # the page repeats it
    for paragraph in paragraphs:
        assert doc.text.count(paragraph) == 1
    assert any(b.reason == "repeated" for b in doc.removed)


def test_seed_001_loses_share_lines_read_also_and_archive_caption(seeds):
    doc = _cleaned_doc(seeds["001_80110197ea66d6f4"]["text"])
    assert "Share on" not in doc.text
    assert "اقرأ أيضاً" not in doc.text
    assert "أرشيفية" not in doc.text
    reasons = {b.reason for b in doc.removed}
    assert {"share", "read-more", "caption", "repeated"} <= reasons


@pytest.mark.parametrize("split, joined", [
    ("ضر ب", "ضرب"), ("إصا بة", "إصابة"), ("الهجما ت", "الهجمات"),
    ("يستهد فون", "يستهدفون"), ("اشتبا كات", "اشتباكات"), ("أغـ.ـشي", "أغشي"),
])
def test_seed_003_split_words_are_repaired(seeds, split, joined):
    raw = seeds["003_c09370162545c1d3"]["text"]
    assert split in raw
    doc = _cleaned_doc(raw)
    assert split not in doc.text
    repairs = [s for s in doc.spans_of("REPAIR") if split in s.value["from"]]
    assert repairs, f"no REPAIR span for {split}"
    for span in repairs:
        assert doc.text[span.start:span.end] == span.value["to"]
        assert joined in span.value["to"]


def test_seed_003_comment_form_and_tags_are_removed(seeds):
    doc = _cleaned_doc(seeds["003_c09370162545c1d3"]["text"])
    for phrase in ("اترك تعليقاً", "لن يتم نشر عنوان بريدك", "الوسوم", "مقالات ذات صلة"):
        assert phrase not in doc.text
    assert doc.text.rstrip().endswith("قاعدة حميميم الروسية.")
    assert {"comments", "tags", "read-more", "navigation"} <= {b.reason for b in doc.removed}


def test_offsets_map_back_to_raw_on_every_seed(seeds):
    for seed in seeds.values():
        _assert_maps_back(seed["text"])


def test_clean_seeds_without_boilerplate_keep_their_words(seeds):
    raw = seeds["004_1d4fd00c4079534f"]["text"]
    doc = _cleaned_doc(raw)
    assert doc.removed == []
    assert doc.text.split() == raw.split()


# --- boilerplate rules ------------------------------------------------------------------

@pytest.mark.parametrize("line, reason", [
    ("Share on whatsapp", "share"),
    ("شارك على فيسبوك", "share"),
    ("فيسبوك تويتر واتساب", "share"),
    ("تابعونا على قناتنا في تلغرام", "share"),
    ("اقرأ أيضاً: غارات جديدة على ريف إدلب", "read-more"),
    ("للمزيد: تقارير عن المعارك في الشمال", "read-more"),
    ("مقالات ذات صلة", "read-more"),
    ("صورة: آثار القصف على حي سكني", "caption"),
    ("مصدر الصورة: وكالة الأنباء", "caption"),
    ("عناصر من قوات النظام (أرشيف)", "caption"),
    ("دمار في حي سكني بمدينة حلب / رويترز", "caption"),
    ("اترك تعليقاً", "comments"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
    ("الوسوم: سوريا، دير الزور، غارات", "tags"),
    ("سوريا، دير الزور، إيران، روسيا، الحرس الثوري", "tags"),
    ("الرئيسية » أخبار » سوريا", "navigation"),
    ("إغلاق", "navigation"),
    ("جميع الحقوق محفوظة 2021", "copyright"),
])
def test_boilerplate_line_is_removed_with_reason(line, reason):
    raw = f"{BODY}\n{line}\n{SECOND}"
    cleaned = clean(raw)
    assert cleaned.text == f"{BODY}\n{SECOND}"
    assert [(b.reason, b.text) for b in cleaned.removed] == [(reason, line)]


@pytest.mark.parametrize("line", [
    "وتابع في حديثه أن القوات تقدمت نحو البلدة.",
    "صور الأقمار الصناعية أظهرت دمارا واسعا في الأحياء الشرقية بعد القصف.",
    "وأضاف المصدر أن مقاتلين قتلوا في الاشتباكات، بحسب ما نشرته صفحات محلية على فيسبوك.",
    "التعليقات الرسمية على الهجوم جاءت متأخرة بعد يومين من الغارات.",
])
def test_body_lines_that_look_like_boilerplate_stay(line):
    assert line in clean(f"{BODY}\n{line}").text


def test_share_lines_in_a_row_are_one_removed_block():
    raw = BODY + "\n" + "\n".join(f"Share on {s}" for s in ("facebook", "twitter", "email"))
    cleaned = clean(raw)
    assert cleaned.text == BODY
    assert len(cleaned.removed) == 1 and cleaned.removed[0].text.count("Share on") == 3


def test_bad_boilerplate_pattern_names_its_rule():
    with pytest.raises(ValueError, match="broken"):
        load_rules("rules:\n  - {id: broken, reason: share, pattern: '(unclosed'}")


def test_every_rule_has_a_reason_and_compiles():
    rules = boilerplate().rules
    assert len({r.id for r in rules}) == len(rules)
    assert all(r.reason and r.max_len > 0 for r in rules)


# --- repeated blocks --------------------------------------------------------------------

def test_repeated_passage_is_kept_once_with_its_short_lines():
    passage = f"{BODY}\n\n{SECOND}\n\nالمرصد السوري"
    cleaned = clean(f"{passage}\n\n{passage}")
    assert cleaned.text == passage
    assert [b.reason for b in cleaned.removed] == ["repeated"]


def test_short_lines_repeated_on_their_own_stay():
    raw = f"عاجل من دير الزور\n{BODY}\nعاجل من دير الزور\n{SECOND}"
    assert clean(raw).text == raw


# --- split-word repair ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, repaired", [
    ("وتسبب ذلك بإصا بة عشرة عناصر", "وتسبب ذلك بإصابة عشرة عناصر"),
    ("تعرض للضر ب على يد عناصر الأمن", "تعرض للضرب على يد عناصر الأمن"),
    ("اندلعت اشتبا كات عنيفة في الحي", "اندلعت اشتباكات عنيفة في الحي"),
    ("حتى أغـ.ـشي عليه", "حتى أغشي عليه"),
    ("استهدفت الهج\u200bمات القاعدة", "استهدفت الهجمات القاعدة"),
])
def test_split_words_are_rejoined(sentence, repaired):
    cleaned = clean(sentence)
    assert cleaned.text == repaired
    for repair in cleaned.repairs:
        assert cleaned.text[repair.start:repair.end] == repair.joined
        assert repair.original.replace(" ", "").replace("\u0640", "").replace(".", "") \
            .replace("\u200b", "") == repair.joined


@pytest.mark.parametrize("sentence", [
    "على ما يبدو فإن القصف توقف",
    "دعا إلى ان يعود النازحون",
    "كل ما قيل عن الهجوم غير صحيح",
    "في ما يتعلق بالضحايا",
    "بعد ما جرى في البلدة",
    "لا سيما في الريف الشمالي",
    "قصفت الطائرات دير الزور",
    "ما لم يتوقف القصف",
    "انسحبوا من ها هنا",
    "خلاف بين إيران و روسيا",
    "الشيخ تميم بن حمد آل ثاني",
    "وكالة (د ب أ) الألمانية",
    "العلاقات الروسية ـ الإيرانية",
])
def test_real_two_word_sequences_stay_split(sentence):
    cleaned = clean(sentence)
    assert cleaned.text == sentence
    assert cleaned.repairs == []


def test_join_score_prefers_the_word_over_its_pieces():
    assert join_score("اشتبا", "كات") > 0
    assert join_score("كل", "ما") == 0  # كلما exists, but كل ما is two words
    assert join_score("في", "س") == 0  # فيس is far rarer than في


def test_word_list_holds_news_words_with_counts():
    freq = word_freq()
    assert len(freq) > 50_000
    assert freq["اشتباكات"] > freq["اشتبا"]
    assert freq["في"] > freq["اشتباكات"] > 0


def test_word_list_writing_is_reproducible(tmp_path):
    counts = Counter({"غارات": 5, "قصف": 7, "حلب": 5, "نادر": 1})
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_counts(counts, first, top=10, min_count=2)
    write_counts(counts, second, top=10, min_count=2)
    assert first.read_bytes() == second.read_bytes()
    assert gzip.decompress(first.read_bytes()).decode() == "قصف\t7\nحلب\t5\nغارات\t5\n"


# --- the stage and the map back ---------------------------------------------------------

def test_clean_stage_sets_text_removed_and_repair_spans():
    raw = f"\ufeff{BODY}\r\nاقرأ أيضاً: تقرير آخر\r\nوأدت الغارات إلى إصا بة مدنيين.\r\n"
    doc = _cleaned_doc(raw)
    assert doc.text == f"{BODY}\nوأدت الغارات إلى إصابة مدنيين."
    assert [b.reason for b in doc.removed] == ["read-more"]
    [span] = doc.spans_of("REPAIR")
    assert span.value == {"from": "إصا بة", "to": "إصابة"} and span.rule == "wordlist"
    assert doc.text[span.start:span.end] == "إصابة"
    _assert_maps_back(raw)


def test_raw_span_of_a_repair_covers_both_pieces():
    raw = "وأدت الغارات إلى إصا بة مدنيين."
    cleaned = clean(raw)
    [repair] = cleaned.repairs
    start, end = cleaned.raw_span(repair.start, repair.end)
    assert raw[start:end] == "إصا بة"


def test_blank_lines_collapse_to_one_paragraph_break():
    cleaned = clean(f"  {BODY}  \n\n\n\n{SECOND}\n\n")
    assert cleaned.text == f"{BODY}\n\n{SECOND}"


_LINES = [BODY, SECOND, "Share on facebook", "اقرأ أيضاً: تقرير آخر", "غارات الأربعاء", "",
          "  ", "وأدت الغارات إلى إصا بة مدنيين.", "حتى أغـ.ـشي عليه", "الهج\u200bمات\u200f",
          "صورة: آثار القصف", "طيران حربي روسي/ المرصد السوري", f"{SECOND} {BODY} {SECOND}"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=12), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_cleaned_offsets_always_map_back_to_raw(lines, newline):
    raw = newline.join(lines)
    _assert_maps_back(raw)
    cleaned = clean(raw)
    for repair in cleaned.repairs:
        s, e = cleaned.raw_span(repair.start, repair.end)
        assert raw[s:e] == repair.original


def test_raw_span_of_a_document_span():
    raw = f"{BODY}\nShare on facebook\nوأدت الغارات إلى إصا بة مدنيين."
    doc = _cleaned_doc(raw)
    start = doc.text.index("مدنيين")
    s, e = raw_span(doc, start, start + len("مدنيين"))
    assert raw[s:e] == "مدنيين" and s > raw.index("Share")


def test_a_long_sentence_repeated_inside_a_paragraph_is_kept_once():
    lead = "أعلن التحالف الدولي أن أقل من ألف مقاتل من التنظيم ما زالوا في سوريا والعراق حتى الآن."
    raw = f"{lead} وقال المتحدث إن العمليات مستمرة. {lead} وأضاف أن الوضع هادئ."
    cleaned = clean(raw)
    assert cleaned.text == f"{lead} وقال المتحدث إن العمليات مستمرة. وأضاف أن الوضع هادئ."
    assert [(b.reason, b.rule, b.text) for b in cleaned.removed] == [
        ("repeated", "repeated-sentence", lead)]
    _assert_maps_back(raw)


def test_the_same_words_in_a_longer_sentence_are_not_a_repeat():
    lead = "أعلن التحالف الدولي أن أقل من ألف مقاتل من التنظيم ما زالوا في سوريا والعراق حتى الآن."
    raw = f"{lead}\nوفي تقرير آخر، {lead}"
    assert clean(raw).text == raw
