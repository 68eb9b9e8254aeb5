"""Core commands: ingest, extract, export, show, events."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd.cli.main import cli, db_option
from rasd.ingest.decode import DEFAULT_MAX_BYTES

err = Console(stderr=True, soft_wrap=True)
out = Console()

max_bytes_option = click.option(
    "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
    help="Skip (and report) any input larger than this.",
)


def _progress(enabled: bool) -> Any:
    if not enabled:
        return nullcontext(None)
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)


def _report_skipped(problems: list[Any]) -> None:
    for problem in problems:
        err.print(f"[red]skipped[/red] {problem.source}: {problem.reason}", highlight=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@max_bytes_option
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: on when stderr is a terminal).")
def ingest(paths: tuple[str, ...], db_path: str, max_bytes: int, progress: bool | None) -> None:
    """Read reports (.txt, .html, .jsonl, feeds, folders, or - for JSONL on stdin) into the database.

    \b
    Example:
      rasd ingest examples/corpus --db rasd.db
      cat dump.jsonl | rasd ingest - --db rasd.db

    Documents already stored (same content) are left alone. Unreadable inputs are
    reported and skipped; the exit code is 1 when anything was skipped.
    """
    from rasd.ingest.readers import discover
    from rasd.ingest.run import ingest as run_ingest
    from rasd.store.sqlite import Store

    show_bar = err.is_terminal if progress is None else progress
    total = sum(1 for _ in discover(paths)) if show_bar else None
    with Store(db_path) as store, _progress(show_bar) as bar:
        task = bar.add_task("ingesting", total=total) if bar else None
        summary = run_ingest(paths, store, max_bytes=max_bytes,
                             on_item=(lambda _src: bar.advance(task)) if bar else None)
        counts = store.counts()
    _report_skipped(summary.skipped)
    err.print(
        f"read {summary.read} documents: {summary.stored} stored, {summary.unchanged} already stored, "
        f"{len(summary.skipped)} skipped; {summary.mentions} event mentions; "
        f"{summary.events_changed} events new or updated; database {db_path} now holds "
        f"{counts['documents']} documents and {counts['events']} events", highlight=False,
    )
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.option("--input", "input_path", required=True, help="JSONL documents ({id, text, published?, outlet?, url?, title?}); - for stdin.")
@click.option("--output", "output_path", default="-", show_default=True, help="JSONL event mentions; - for stdout.")
@click.option("--validate/--no-validate", default=False, help="Check every record against the JSON Schema.")
@click.option("--reuse/--no-reuse", default=True, show_default=True,
              help="Read a text met again with the same metadata once (--no-reuse: run every document).")
@max_bytes_option
def extract(input_path: str, output_path: str, validate: bool, reuse: bool, max_bytes: int) -> None:
    """Extract event mentions document by document: no database, no merging.

    A text met again with the same metadata (the same page twice in a crawl) is read once:
    the later document gets the same mentions under its own id (rasd.repeats); --no-reuse
    runs the pipeline on every document.

    \b
    Example:
      rasd extract --input docs.jsonl --output events.jsonl
    """
    from rasd.api import pipeline
    from rasd.collector import DocumentRun
    from rasd.document import Document
    from rasd.ingest.readers import Problem, read
    from rasd.records import mention_record
    from rasd.records import validate as check
    from rasd.repeats import REPEATS_KEPT, Repeats, repeat_key

    run = pipeline()
    skipped: list[Problem] = []
    written = 0
    # a text met before with the same metadata: its mentions again (none kept with --no-reuse)
    seen = Repeats(REPEATS_KEPT if reuse else 0)
    with click.open_file(output_path, "w", encoding="utf-8") as sink, DocumentRun() as collector:
        for item in read([input_path], max_bytes=max_bytes):
            if isinstance(item, Problem):
                skipped.append(item)
                continue
            key = repeat_key(item.meta, item.raw)
            mentions = seen.get(key)
            if mentions is None:
                try:
                    mentions = run(Document(meta=item.meta, raw=item.raw)).events
                except Exception as exc:
                    skipped.append(Problem(item.meta.source_path or item.meta.id,
                                           f"pipeline failed: {type(exc).__name__}: {exc}"))
                    continue
                finally:
                    collector.done()
                seen.add(key, mentions)
            for seq, mention in enumerate(mentions):
                record = mention_record(item.meta, seq, mention)
                if validate:
                    check(record)
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    _report_skipped(skipped)
    err.print(f"{written} event mentions written, {len(skipped)} inputs skipped", highlight=False)
    if skipped:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "acled-csv", "geojson"]), default="jsonl", show_default=True)
@click.option("--output", "output_path", default="-", show_default=True, help="File to write; - for stdout.")
def export(db_path: str, fmt: str, output_path: str) -> None:
    """Export merged events as JSONL, ACLED-style CSV or GeoJSON.

    \b
    Example:
      rasd export --db rasd.db --format acled-csv --output events.csv
    """
    from rasd.export import write
    from rasd.store.sqlite import Store

    _need_db(db_path)
    with Store(db_path) as store, click.open_file(output_path, "w", encoding="utf-8") as sink:
        count = write(store.event_records(), fmt, sink)
    err.print(f"{count} events written as {fmt} to {output_path}", highlight=False)


def _need_db(db_path: str) -> None:
    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `rasd ingest PATH --db {db_path}` first")


def _brief(value: Any) -> str:
    if isinstance(value, dict):
        for key in ("name", "date", "count", "value", "text", "name_ar"):
            if value.get(key) is not None:
                extra = value.get("precision") or value.get("geo_precision") or value.get("kind")
                return f"{value[key]}" + (f" ({extra})" if extra is not None else "")
        return json.dumps(value, ensure_ascii=False)[:60]
    return "" if value is None else str(value)


@cli.command()
@click.argument("doc_id")
@db_option
@click.option("--labels", default="", help="Only these annotation labels (comma-separated).")
def show(doc_id: str, db_path: str, labels: str) -> None:
    """Print a stored document: cleaned text, removed blocks, every annotation and event.

    \b
    Example:
      rasd show 004_1d4fd00c4079534f --db rasd.db
    """
    from rasd.store.sqlite import Store

    _need_db(db_path)
    with Store(db_path) as store:
        doc = store.document(doc_id)
        if doc is None:
            known = ", ".join(store.document_ids()[:10])
            raise click.ClickException(f"no document {doc_id!r} in {db_path} (some ids: {known})")
    meta = doc.meta
    out.rule(f"{meta.id}")
    out.print(f"outlet: {meta.outlet}  published: {meta.published} ({meta.published_precision})  "
              f"url: {meta.url}  source: {meta.source_path}", highlight=False)
    if meta.title:
        out.print(f"title: {meta.title}", highlight=False)
    out.rule("cleaned text")
    out.print(doc.text, highlight=False)
    if doc.removed:
        table = Table("raw offsets", "reason", "rule", "removed text", title="removed while cleaning")
        for block in doc.removed:
            table.add_row(f"{block.start}-{block.end}", block.reason, block.rule,
                          block.text[:80].replace("\n", " ⏎ "))
        out.print(table)
    wanted = {x.strip() for x in labels.split(",") if x.strip()}
    table = Table("span", "label", "text", "value", "stage:rule", title="annotations")
    for span in doc.spans:
        if (span.label == "SENT" and not wanted) or (wanted and span.label not in wanted):
            continue
        table.add_row(f"{span.start}-{span.end}", span.label, doc.text[span.start:span.end][:50],
                      _brief(span.value)[:50], f"{span.stage}:{span.rule}"[:50])
    out.print(table)
    for number, event in enumerate(doc.events, start=1):
        out.rule(f"event {number}: {event.plover} / {event.event_type or '-'} / {event.sub_event_type or '-'}")
        rows = {
            "date": f"{event.event_date} (precision {event.time_precision})",
            "actor1": _brief(event.actor1), "actor2": _brief(event.actor2),
            "location": _brief(event.location),
            "fatalities": event.fatalities, "injuries": event.injuries,
            "cited": ", ".join(event.cited), "attribution": event.attribution,
            "notes": event.notes, "rule": event.rule,
        }
        for key, value in rows.items():
            out.print(f"  {key}: {value}", highlight=False)
        for ev in event.evidence:
            out.print(f"  evidence[{ev.field}] {ev.start}-{ev.end} ({ev.rule}): {ev.text}", highlight=False)


@cli.command("events")
@db_option
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--type", "event_type", help="PLOVER type, ACLED event type or sub-event type.")
@click.option("--actor", help="Actor id or part of its name (either side).")
@click.option("--place", help="Place name, gazetteer id or admin1.")
@click.option("--grade", type=click.Choice(["single-source", "corroborated", "contested"]))
@click.option("--outlet", help="Only events reported by this outlet.")
@click.option("--json", "as_json", is_flag=True, help="Print JSONL records instead of a table.")
@click.option("--limit", type=int, default=200, show_default=True)
def events_command(db_path: str, since: str | None, until: str | None, event_type: str | None,
                   actor: str | None, place: str | None, grade: str | None, outlet: str | None,
                   as_json: bool, limit: int) -> None:
    """List merged events, newest filters first.

    \b
    Example:
      rasd events --db rasd.db --type ASSAULT --place "Deir ez-Zor" --since 2021-01-01
    """
    from rasd.store.sqlite import Store

    _need_db(db_path)
    where, params = _event_filters(since, until, event_type, actor, place, grade, outlet)
    with Store(db_path) as store:
        records = store.event_records(where, params)[:limit]
    if as_json:
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    print_events(records)


def _event_filters(since: str | None, until: str | None, event_type: str | None, actor: str | None,
                   place: str | None, grade: str | None, outlet: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append("event_date >= ?")
        params.append(since)
    if until:
        clauses.append("event_date <= ?")
        params.append(until)
    if event_type:
        clauses.append("(plover = ? OR event_type = ? OR sub_event_type = ?)")
        params += [event_type] * 3
    if actor:
        clauses.append("(actor1_id = ? OR actor2_id = ? OR actor1_name LIKE ? OR actor2_name LIKE ?"
                       " OR record LIKE ?)")
        params += [actor, actor, f"%{actor}%", f"%{actor}%", f"%{actor}%"]
    if place:
        ids, provinces = _place_query(place)
        like = f"%{place}%"
        clauses.append(
            "(location_id = ? OR location_name LIKE ? OR admin1 LIKE ?"
            " OR json_extract(record, '$.location.name_ar') LIKE ?"
            " OR json_extract(record, '$.location.admin2') LIKE ?"
            f" OR location_id IN ({', '.join('?' * len(ids)) or 'NULL'})"
            f" OR admin1 IN ({', '.join('?' * len(provinces)) or 'NULL'}))")
        params += [place, like, like, like, like, *ids, *provinces]
    if grade:
        clauses.append("grade = ?")
        params.append(grade)
    if outlet:
        clauses.append("id IN (SELECT s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_id"
                       " WHERE d.outlet LIKE ?)")
        params.append(f"%{outlet}%")
    return " AND ".join(clauses), params


def _place_query(place: str) -> tuple[list[str], list[str]]:
    """Gazetteer ids and provinces a place query names, in Arabic or English.

    "البوكمال" finds the town's events, "محافظة دير الزور" or "ريف دير الزور" the
    province's.
    """
    from rasd.kb.places import link

    ids: list[str] = []
    provinces: list[str] = []
    for found in link(place):
        value = found.value or {}
        if value.get("gazetteer_id"):
            ids.append(value["gazetteer_id"])
        if value.get("admin1") and (value.get("kind") == "governorate" or value.get("relation")):
            provinces.append(value["admin1"])
    return ids, provinces


def print_events(records: list[dict[str, Any]]) -> None:
    table = Table("date", "type", "actor1", "actor2", "where", "killed", "sources", "grade",
                  title=f"{len(records)} events")
    for r in records:
        place = r.get("location") or {}
        table.add_row(
            r.get("event_date") or "?",
            f"{r['plover']}" + (f"\n{r['sub_event_type']}" if r.get("sub_event_type") else ""),
            _brief(r.get("actor1")), _brief(r.get("actor2")),
            place.get("name") or place.get("name_ar") or "",
            "" if r.get("fatalities") is None else str(r["fatalities"]),
            str(r["source_count"]), r["grade"],
        )
    out.print(table)
