"""Near-duplicates and stories on the real seed reports."""

from __future__ import annotations

import random
from pathlib import Path

from rasd.corpus import index_new_documents
from rasd.corpus.evaluate import add_text, light_edit
from rasd.corpus.features import jaccard, shingles, signature, words
from rasd.store.sqlite import Store

MEETING_HALAB, MEETING_LEVANT = "000_8d1b538be352b408", "001_80110197ea66d6f4"
DEIR_MEETING_2019, ALBUKAMAL_2021 = "002_f578e5b35a97cf77", "004_1d4fd00c4079534f"


def _add_seed(store: Store, seeds: dict, seed_id: str, doc_id: str | None = None, text: str | None = None) -> None:
    meta = seeds[seed_id]
    add_text(store, doc_id or seed_id, text or meta["text"], url=meta["url"], outlet=meta["outlet"],
             published=meta["published"])


def _relations(store: Store) -> dict[str, tuple[str, str, float]]:
    return {r["doc_id"]: (r["relation"], r["other_id"], r["score"]) for r in store.relations()}


def test_a_lightly_edited_copy_is_a_near_copy_of_the_original(tmp_path: Path, seeds: dict) -> None:
    edited = light_edit(seeds[MEETING_HALAB]["text"], random.Random(3))
    with Store(tmp_path / "d.db") as store:
        _add_seed(store, seeds, MEETING_HALAB)
        _add_seed(store, seeds, DEIR_MEETING_2019)
        _add_seed(store, seeds, MEETING_HALAB, doc_id="copy", text=edited)
        index_new_documents(store)
        relations = _relations(store)
    relation, original, score = relations["copy"]
    assert (relation, original) == ("near-copy", MEETING_HALAB)
    assert 0.4 <= score < 0.9


def test_a_different_article_is_not_a_near_copy(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        for seed_id in (MEETING_HALAB, DEIR_MEETING_2019, ALBUKAMAL_2021):
            _add_seed(store, seeds, seed_id)
        index_new_documents(store)
        assert _relations(store) == {}


def test_a_copy_with_only_a_share_line_added_is_a_copy(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        _add_seed(store, seeds, ALBUKAMAL_2021)
        _add_seed(store, seeds, ALBUKAMAL_2021, doc_id="relay", text=seeds[ALBUKAMAL_2021]["text"] + "\nشارك على فيسبوك")
        index_new_documents(store)
        assert _relations(store)["relay"][:2] == ("copy", ALBUKAMAL_2021)


def test_spelling_variants_do_not_hide_a_copy() -> None:
    text = "أعلنت وزارة الدفاع الروسية أن طائراتها قصفت مواقع لتنظيم الدولة في البادية السورية."
    variant = text.replace("أ", "ا").replace("ة", "ه").replace("ي ", "ى ")
    a, b = (signature(shingles(words(t))) for t in (text, variant))
    assert jaccard(a, b) == 1.0


def test_the_two_reports_of_the_t4_meeting_form_one_story(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        for seed_id in (MEETING_HALAB, DEIR_MEETING_2019, ALBUKAMAL_2021, MEETING_LEVANT):
            _add_seed(store, seeds, seed_id)
        index_new_documents(store)
        story = store.story_of([MEETING_HALAB, MEETING_LEVANT, DEIR_MEETING_2019, ALBUKAMAL_2021])
    assert story[MEETING_HALAB] == story[MEETING_LEVANT]
    assert len({story[MEETING_HALAB], story[DEIR_MEETING_2019], story[ALBUKAMAL_2021]}) == 3


def test_a_story_grows_across_ingest_runs_without_reindexing(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        _add_seed(store, seeds, MEETING_HALAB)
        (first,) = index_new_documents(store)
        _add_seed(store, seeds, MEETING_LEVANT)
        (second,) = index_new_documents(store)
    assert second.doc_id == MEETING_LEVANT
    assert second.story_id == first.story_id


def test_reports_published_years_apart_are_different_stories(tmp_path: Path, seeds: dict) -> None:
    with Store(tmp_path / "d.db") as store:
        _add_seed(store, seeds, MEETING_HALAB)
        meta = seeds[MEETING_LEVANT]
        add_text(store, "later", meta["text"], outlet=meta["outlet"], published="2023-04")
        index_new_documents(store)
        story = store.story_of([MEETING_HALAB, "later"])
    assert story[MEETING_HALAB] != story["later"]
