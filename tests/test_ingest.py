"""Ingest: formats, encodings, bad files, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import cli
from rasd.ingest.decode import DecodeError, decode
from rasd.ingest.readers import Incoming, Problem, read
from rasd.store.sqlite import Store

REPORT = "قصفت قوات النظام بلدة البارة في جبل الزاوية صباح اليوم، ما أدى إلى إصابة أربعة مدنيين."
OTHER = "اندلعت اشتباكات بين قسد وخلية لتنظيم داعش في بلدة ذيبان بريف دير الزور الشرقي."


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + OTHER.encode("utf-8"))
    (folder / "windows.txt").write_bytes("اعتقلت دورية للأمن العسكري سبعة شبان في مدينة نوى.".encode("cp1256"))
    (folder / "wide.txt").write_bytes("انسحبت القوات الروسية من نقطة في الميادين.".encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_decode_reads_windows_1256_arabic() -> None:
    text = "قتل مدنيان بانفجار عبوة ناسفة في مدينة الباب"
    assert decode(text.encode("cp1256")) == decode(text.encode("utf-8")).__class__(text, "cp1256")


def test_decode_reads_utf16_with_and_without_bom() -> None:
    assert decode(REPORT.encode("utf-16")).text == REPORT
    assert decode(REPORT.encode("utf-16-le")).text == REPORT


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary")],
)
def test_decode_refuses_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_decode_refuses_files_over_the_limit() -> None:
    with pytest.raises(DecodeError, match="too large"):
        decode(REPORT.encode("utf-8"), max_bytes=10)


def test_read_reports_bad_files_and_keeps_good_ones(mixed_folder: Path) -> None:
    items = list(read([str(mixed_folder)]))
    good = {i.meta.id: i.raw for i in items if isinstance(i, Incoming)}
    bad = {Path(p.source).name: p.reason for p in items if isinstance(p, Problem)}
    assert set(good) == {"good", "bom", "windows", "wide"}
    assert good["windows"].startswith("اعتقلت دورية")
    assert set(bad) == {"empty.txt", "image.txt"}
    assert "empty" in bad["empty.txt"]
    assert "binary" in bad["image.txt"]


def test_jsonl_lines_become_documents_and_bad_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a", "text": REPORT, "outlet": "Idlib Voice", "published": "2023-09-03"}),
        "{not json",
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps({"id": "c", "text": OTHER, "published": "2023-04"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read([str(path)]))
    docs = [i for i in items if isinstance(i, Incoming)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [d.meta.id for d in docs] == ["a", "c"]
    assert docs[0].meta.outlet == "Idlib Voice"
    assert docs[1].meta.published_precision == "month"
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["2", "3"]


def test_sidecar_metadata_applies_to_sibling_text_files(seeds_dir: Path) -> None:
    docs = {i.meta.id: i.meta for i in read([str(seeds_dir)]) if isinstance(i, Incoming)}
    assert len(docs) == 5
    assert docs["000_8d1b538be352b408"].outlet == "Halab Today TV"
    assert docs["000_8d1b538be352b408"].published_precision == "month"
    assert docs["004_1d4fd00c4079534f"].published == "2021-01-13"


def test_cli_ingest_stores_good_files_reports_bad_ones_and_exits_nonzero(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    result = CliRunner().invoke(cli, ["ingest", str(mixed_folder), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "image.txt" in result.output
    with Store(db) as store:
        assert sorted(store.document_ids()) == ["bom", "good", "wide", "windows"]


def test_ingesting_twice_adds_nothing(mixed_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(mixed_folder), "--db", str(db)])
    with Store(db) as store:
        before = store.counts()
    second = runner.invoke(cli, ["ingest", str(mixed_folder), "--db", str(db)])
    assert "0 stored, 4 already stored" in second.output
    with Store(db) as store:
        assert store.counts() == before


def test_ingest_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    line = json.dumps({"id": "stdin-1", "text": REPORT}, ensure_ascii=False)
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", str(db)], input=line + "\n")
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.document_ids() == ["stdin-1"]


def test_all_seeds_are_stored(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "seeds.db"
    result = CliRunner().invoke(cli, ["ingest", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert len(store.document_ids()) == 5
        doc = store.document("004_1d4fd00c4079534f")
        assert doc is not None and "البوكمال" in doc.text


def test_decode_tells_utf16_byte_orders_apart() -> None:
    assert decode(REPORT.encode("utf-16-be")).text == REPORT


def test_oversized_file_and_jsonl_line_are_reported_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(REPORT * 50, encoding="utf-8")
    lines = [json.dumps({"id": "small", "text": OTHER}), json.dumps({"id": "big", "text": REPORT * 50})]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = list(read([str(tmp_path)], max_bytes=1000))
    assert [i.meta.id for i in items if isinstance(i, Incoming)] == ["small"]
    problems = sorted(Path(p.source).name for p in items if isinstance(p, Problem))
    assert problems == ["big.txt", "dump.jsonl:2"]


def test_collector_is_off_while_documents_go_through_and_back_on_after(mixed_folder: Path, tmp_path: Path) -> None:
    """The stages run with automatic collections off (no reference cycles to find), each
    written batch gets one young-generation pass, and the caller's collector comes back."""
    import gc

    from rasd.document import Document
    from rasd.ingest.run import ingest
    from rasd.pipeline import build

    real = build()
    seen: list[bool] = []

    def pipeline(doc: Document) -> Document:  # stands in for a Pipeline
        seen.append(gc.isenabled())
        return real(doc)

    assert gc.isenabled()
    with Store(tmp_path / "gc.db") as store:
        summary = ingest([str(mixed_folder)], store, pipeline=pipeline)  # type: ignore[arg-type]
    assert summary.stored == 4 and seen == [False] * 4
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # everything handed back to the collector


@pytest.mark.parametrize("given, stored", [
    ("2019-03-03T10:00:00Z", "2019-03-03"), ("2019-03-03", "2019-03-03"), ("2019-03", "2019-03"),
    ("Sun, 03 Mar 2019 10:00:00 GMT", "2019-03-03"), ("March 3, 2019", "March 3, 2019"), ("", None),
])
def test_published_is_read_as_a_day_or_kept_whole(tmp_path: Path, given: str, stored: str | None) -> None:
    """An ISO timestamp gives its day, an RFC 822 date (feeds, mail) its day; any other text is
    kept as given rather than cut to ten characters ("March 3, 2")."""
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": "قصفت طائرات حربية مدينة حلب.",
                                "published": given}, ensure_ascii=False) + "\n", encoding="utf-8")
    [incoming] = [x for x in read([path]) if isinstance(x, Incoming)]
    assert incoming.meta.published == stored
