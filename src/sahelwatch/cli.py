"""The `sahelwatch` command: a thin layer over the library. Each command parses its options, calls one
library function, shows progress on long work and ends with a short summary."""

from __future__ import annotations

import importlib
import json
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

app = typer.Typer(help="SahelWatch: conflict reports in, a coded, geolocated event database out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
user_app = typer.Typer(help="Manage dashboard users.", no_args_is_help=True)
app.add_typer(user_app, name="user")
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

MAX_BYTES = 20 * 1024 * 1024
# The demo's reports: the repository's samples/ (an editable install), else ./samples.
REPO_SAMPLES = next((p for p in (Path(__file__).resolve().parents[2] / "samples", Path("samples"))
                     if p.is_dir()), Path("samples"))
DbOption = Annotated[Optional[str], typer.Option("--db", envvar="SAHELWATCH_DB",  # noqa: UP045
                                                  help="Database URL (sqlite:///file.db or postgresql://...).")]


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


def open_store(db: str | None):  # noqa: ANN201 - a Store
    from sahelwatch.store import Store

    try:
        return Store(db)
    except Exception as exc:  # a wrong URL or an unreachable server: say which and how to fix it
        console.print(f"[red]cannot open database {db or 'sqlite:///sahelwatch.db'}: {exc}[/red]\n"
                      "Give --db sqlite:///path/to/file.db or a reachable postgresql:// URL.")
        raise typer.Exit(2) from exc


def progress_bar(total: int | None = None) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.fields[current]}"),
                    console=console,
                    disable=not console.is_terminal and "SAHELWATCH_PROGRESS" not in os.environ)


def count_inputs(paths: list[Path]) -> int:
    return sum(sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1 for path in paths)


# ---- ingest, extract, eval -------------------------------------------------------------------------

@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders: .txt .md .html .pdf .jsonl, RSS/Atom feeds.")],
    db: DbOption = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for documents without one.")] = None,  # noqa: UP045, E501
    source: Annotated[Optional[str], typer.Option(help="Source name to record for every document.")] = None,  # noqa: UP045
    max_bytes: Annotated[int, typer.Option(help="Files larger than this are rejected unread.")] = MAX_BYTES,
) -> None:
    """Read reports, extract events and observations, store them, merge events. Exit code: 0 all read,
    1 some rejected (e.g. another language), 2 some failed (broken files)."""
    store = open_store(db)
    summary = _run_ingest(store, paths, _date_option(published), source, max_bytes)
    raise typer.Exit(summary.exit_code)


def _run_ingest(store, paths: list[Path], published: date | None, source: str | None, max_bytes: int):  # noqa: ANN001, ANN202
    from sahelwatch.process import ingest_paths

    with progress_bar() as bar:
        task = bar.add_task("ingesting", total=count_inputs(paths), current="")
        def advance(d) -> None:  # noqa: ANN001 - a Document
            bar.update(task, advance=1, current=Path(d.path or d.id).name)

        summary = ingest_paths(paths, store, published=published, source=source, max_bytes=max_bytes,
                               progress=advance)
    for problem in summary.problems:
        console.print(f"[yellow]{problem}[/yellow]")
    print_summary(summary)
    return summary


def print_summary(summary) -> None:  # noqa: ANN001 - an IngestSummary
    out.print(f"documents read {summary.read}: ok {summary.ok}, rejected {summary.rejected}, failed "
              f"{summary.failed}, unchanged {summary.unchanged}")
    out.print(f"mentions {summary.mentions}, events {summary.events}, observations {summary.observations}")
    for title, counter in (("events by type", summary.events_by_type),
                           ("events by region", summary.events_by_admin1),
                           ("observations by kind", summary.observations_by_kind)):
        if counter:
            out.print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))


CountryOpt = Annotated[Optional[str], typer.Option(  # noqa: UP045
    help="The country the reports cover, e.g. 'Burkina Faso': where a report that names no place is coded "
         "(default: found from the places and actors it names).")]


def _date_option(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from exc


@app.command()
def extract(
    input_path: Annotated[Path, typer.Argument(metavar="IN.jsonl", help="JSONL: one {id, text, language, published} per line.")],  # noqa: E501
    out_path: Annotated[Path, typer.Option("--out", help="Predictions, one line per input line.")],
    country: CountryOpt = None,
) -> None:
    """Extract events and observations from a JSONL file without a database (the format score.py reads)."""
    from sahelwatch.process import extract_records

    if not input_path.is_file():
        console.print(f"[red]{input_path}: no such file; give a .jsonl file[/red]")
        raise typer.Exit(2)
    with progress_bar() as bar:
        task = bar.add_task("extracting", total=sum(1 for _ in input_path.open("rb")), current="")
        counts = extract_records(input_path, out_path, progress=lambda d: bar.advance(task), country=country)
    out.print(f"{counts.get('ok', 0)} documents extracted ({counts.get('rejected', 0)} rejected, "
              f"{counts.get('failed', 0)} failed): {counts.get('events', 0)} events, "
              f"{counts.get('observations', 0)} observations -> {out_path}")


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL with coded events (the ../shared/eval format).")],
    errors: Annotated[bool, typer.Option("--errors", help="List each wrong field with text, gold and prediction.")] = False,  # noqa: E501
    out_path: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--out", help="Also write the predictions here.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Only the first N documents.")] = None,  # noqa: UP045
    errors_limit: Annotated[int, typer.Option(help="How many errors to list.")] = 200,
    country: CountryOpt = None,
) -> None:
    """Extract the gold documents and print the same figures as score.py."""
    from sahelwatch import evaluate as ev

    if not gold.is_file():
        console.print(f"[red]{gold}: no such file[/red]")
        raise typer.Exit(2)
    result, predictions = ev.evaluate_file(gold, limit=limit, country=country)
    out.print(ev.format_score(result))
    if out_path:
        ev.write_jsonl(out_path, predictions)
    if errors:
        gold_docs = ev.load_jsonl(gold)
        out.print(ev.error_report(gold_docs, {p["id"]: p for p in predictions}, limit=errors_limit))


# ---- reading the database -------------------------------------------------------------------------

def _filters(since, until, event_type, sub_type, actor, admin1, admin2, q, min_confidence):  # noqa: ANN001, ANN202
    from sahelwatch.store import EventFilter

    return EventFilter(date_from=_date_option(since), date_to=_date_option(until), event_type=event_type,
                       sub_event_type=sub_type, actor=actor, admin1=admin1, admin2=admin2, q=q,
                       min_confidence=min_confidence)


Since = Annotated[Optional[str], typer.Option(help="From this date (YYYY-MM-DD).")]  # noqa: UP045
Until = Annotated[Optional[str], typer.Option(help="Up to this date (YYYY-MM-DD).")]  # noqa: UP045
TypeOpt = Annotated[Optional[str], typer.Option("--type", help="ACLED event type, e.g. Battles.")]  # noqa: UP045
SubType = Annotated[Optional[str], typer.Option("--sub-type", help="ACLED sub-event type.")]  # noqa: UP045
ActorOpt = Annotated[Optional[str], typer.Option(help="Part of an actor's name, e.g. JNIM.")]  # noqa: UP045
Admin1 = Annotated[Optional[str], typer.Option(help="Region (admin1).")]  # noqa: UP045
Admin2 = Annotated[Optional[str], typer.Option(help="Cercle/province (admin2).")]  # noqa: UP045
Query = Annotated[Optional[str], typer.Option("--q", help="Full-text search in the reports.")]  # noqa: UP045
MinConf = Annotated[Optional[float], typer.Option(help="Minimum confidence, 0-1.")]  # noqa: UP045


@app.command()
def events(db: DbOption = None, since: Since = None, until: Until = None, event_type: TypeOpt = None,
           sub_type: SubType = None, actor: ActorOpt = None, admin1: Admin1 = None, admin2: Admin2 = None,
           q: Query = None, min_confidence: MinConf = None,
           output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
           limit: Annotated[int, typer.Option(help="At most this many (newest first).")] = 100) -> None:
    """List events (table, JSON with the same fields as `extract`, or ACLED CSV)."""
    from sahelwatch.export import render_events

    store = open_store(db)
    chosen = _filters(since, until, event_type, sub_type, actor, admin1, admin2, q, min_confidence)
    found = store.events(chosen, limit=limit)
    if output is OutputFormat.json:
        rows = [{**e.to_json(), "id": e.id, "review_state": e.review_state} for e in found]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif output is OutputFormat.csv:
        sys.stdout.write(render_events(found, "acled-csv"))
    else:
        table = Table("date", "type", "sub-type", "actor 1", "actor 2", "location", "admin1", "fatalities",
                      "conf.")
        for e in found:
            table.add_row(str(e.event_date or ""), e.event_type, e.sub_event_type, e.actor1, e.actor2,
                          e.location, e.admin1, str(e.fatalities), f"{e.confidence:.2f}")
        out.print(table)
        out.print(f"{len(found)} events shown")


@app.command()
def observations(db: DbOption = None,
                 kind: Annotated[Optional[str], typer.Option(help="price, shortage, service, displacement, evacuation or supply.")] = None,  # noqa: UP045, E501
                 since: Since = None, until: Until = None, admin1: Admin1 = None,
                 location: Annotated[Optional[str], typer.Option(help="Place name.")] = None,  # noqa: UP045
                 commodity: Annotated[Optional[str], typer.Option(  # noqa: UP045
                     help="e.g. diesel, petrol, rice (prices, shortages, supply).")] = None,
                 output: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
                 limit: Annotated[Optional[int], typer.Option(help="At most this many.")] = None,  # noqa: UP045
                 ) -> None:
    """List observations: prices, shortages, services, displacement, evacuations, supply."""
    from sahelwatch.store import ObservationFilter

    store = open_store(db)
    chosen = ObservationFilter(kind=kind, date_from=_date_option(since), date_to=_date_option(until),
                               location=location, admin1=admin1, commodity=commodity)
    found = store.observations(chosen, limit=limit)
    if output is OutputFormat.table:
        table = Table("date", "kind", "what", "place", "conf.")
        for o in found:
            what = ", ".join(f"{k}={v}" for k, v in o.values.items() if k not in ("scope",))
            table.add_row(str(o.date or ""), o.kind, what, o.location or o.country, f"{o.confidence:.2f}")
        out.print(table)
        out.print(f"{len(found)} observations")
    elif output is OutputFormat.csv:
        import csv

        rows = [{"id": o.id, **o.to_json()} for o in found]
        for row in rows:
            row["evidence"] = json.dumps(row["evidence"])
        columns = list(dict.fromkeys(k for row in rows for k in row)) or ["id", "kind", "date"]
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        rows = [{**o.to_json(), "id": o.id} for o in found]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")


@app.command()
def documents(db: DbOption = None,
              status: Annotated[Optional[str], typer.Option(help="ok, rejected or failed.")] = None,  # noqa: UP045
              limit: int = 100) -> None:
    """List stored documents with their status and reason."""
    store = open_store(db)
    table = Table("id", "status", "language", "published", "title / reason")
    for d in store.documents(status=status, limit=limit):
        table.add_row(d.id[:12], d.status, d.language or "", str(d.published or ""),
                      d.reason if d.status != "ok" else (d.title or Path(d.path or "").name))
    out.print(table)


@app.command()
def export(output: Annotated[ExportFormat, typer.Option("--format")],
           out_path: Annotated[Path, typer.Option("--out")], db: DbOption = None, since: Since = None,
           until: Until = None, event_type: TypeOpt = None, sub_type: SubType = None, actor: ActorOpt = None,
           admin1: Admin1 = None, admin2: Admin2 = None, q: Query = None,
           min_confidence: MinConf = None) -> None:
    """Export events as ACLED-style CSV, GeoJSON, JSON, JSONL or Parquet."""
    from sahelwatch.export import write_events

    store = open_store(db)
    found = store.events(_filters(since, until, event_type, sub_type, actor, admin1, admin2, q,
                                  min_confidence))
    n = write_events(found, output.value, out_path)
    out.print(f"{n} events written to {out_path} ({output.value})")


# ---- demo and serving ------------------------------------------------------------------------------

@app.command()
def demo(db: DbOption = None,
         no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after building.")] = False,
         host: str = "127.0.0.1", port: int = 8000,
         samples: Annotated[Path, typer.Option(help="Folder of reports to ingest.")] = REPO_SAMPLES) -> None:
    """Ingest the bundled sample reports, build the event database, print a summary, serve the dashboard."""
    if not samples.is_dir():
        console.print(f"[red]{samples}: no samples folder; run from the repository or give --samples[/red]")
        raise typer.Exit(2)
    store = open_store(db or "sqlite:///sahelwatch.db")
    _run_ingest(store, [samples], None, None, MAX_BYTES)
    _run_alerts(store)
    if not no_serve:
        _serve(store, host, port, public_read=True)


def _run_alerts(store) -> None:  # noqa: ANN001
    from sahelwatch.analyze.alerts import run_alerts

    fired = run_alerts(store)
    out.print(f"alerts: {len(fired)} fired")


@app.command()
def serve(db: DbOption = None, host: str = "127.0.0.1", port: int = 8000,
          private: Annotated[bool, typer.Option("--private", help="Require sign-in to read.")] = False,
          ) -> None:
    """Serve the dashboard and the JSON API (docs at /docs)."""
    _serve(open_store(db), host, port, public_read=not private)


def _serve(store, host: str, port: int, public_read: bool) -> None:  # noqa: ANN001
    import uvicorn

    from sahelwatch.web.app import create_app

    out.print(f"SahelWatch dashboard on http://{host}:{port}  (API docs: /docs; Ctrl-C to stop)")
    uvicorn.run(create_app(store, public_read=public_read), host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(name: str, role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "viewer",
             password: Annotated[Optional[str], typer.Option(envvar="SAHELWATCH_PASSWORD", help="Prompted if not given.")] = None,  # noqa: UP045, E501
             db: DbOption = None) -> None:
    """Create or update a dashboard user (passwords are hashed with Argon2id)."""
    store = open_store(db)
    password = password or typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        store.add_user(name, password, role)
    except ValueError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    out.print(f"user {name} ({role}) saved")


# ---- feeds and archives ----------------------------------------------------------------------------

@app.command()
def watch(feeds: Annotated[Path, typer.Argument(help="TOML file of sources (see examples/feeds.toml).")],
          db: DbOption = None, once: Annotated[bool, typer.Option("--once", help="Poll each source once and stop.")] = False) -> None:  # noqa: E501
    """Poll RSS/Atom feeds and pages, ingest new items, run the alert rules; stops cleanly on SIGTERM."""
    from sahelwatch.watch import build_watcher
    from sahelwatch.watch.config import ConfigError
    from sahelwatch.watch.poller import summary_line

    store = open_store(db)
    try:
        watcher = build_watcher(feeds, store, report=lambda r: out.print(summary_line(r)))
    except ConfigError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    if once:
        watcher.run_once()
    else:
        watcher.run_forever()


@app.command()
def batch(input_path: Annotated[Path, typer.Argument(
              metavar="INPUT", help="A JSONL/Parquet file or folder of shards.")],
          out_dir: Annotated[Path, typer.Option("--out", help="Output folder for Parquet parts.")],
          engine: Annotated[str, typer.Option(help="local, spark or ray.")] = "local",
          workers: Annotated[Optional[int], typer.Option(  # noqa: UP045
              help="Worker processes (default: all cores).")] = None,
          master: Annotated[Optional[str], typer.Option(help="Spark master URL (default local[N]).")] = None,  # noqa: UP045
          address: Annotated[Optional[str], typer.Option(help="Ray address (default: a local Ray).")] = None,  # noqa: UP045
          chunk_rows: int = 500) -> None:
    """Extract an archive in parallel on a local pool, Spark or Ray; load it with `sahelwatch load`."""
    from sahelwatch.batch.engines import run_batch

    try:
        report = run_batch(input_path, out_dir, engine=engine, workers=workers,  # type: ignore[arg-type]
                           master=master, address=address, chunk_rows=chunk_rows)
    except (FileNotFoundError, RuntimeError, ValueError) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    out.print(f"{report.counts.get('documents', 0)} documents in {report.chunks} chunks on {report.engine} "
              f"({report.workers} workers): {report.counts.get('mentions', 0)} mentions, "
              f"{report.counts.get('observations', 0)} observations in {report.seconds:.1f} s "
              f"({report.documents_per_second:.0f} documents/s) -> {out_dir}")


@app.command()
def load(out_dir: Annotated[Path, typer.Argument(
             metavar="DIR", help="The --out folder of `sahelwatch batch`.")],
         db: DbOption = None) -> None:
    """Load a batch run's Parquet output into the store and merge events."""
    from sahelwatch.batch.load import load_batch

    store = open_store(db)
    try:
        counts = load_batch(out_dir, store)
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    out.print(", ".join(f"{k} {v}" for k, v in counts.items()))


# ---- commands of later stages --------------------------------------------------------------------
# A module listed here (or installed under the "sahelwatch.commands" entry-point group) defines
# `register(app: typer.Typer) -> None` and adds its commands or a sub-app there, e.g.
#     def register(app): app.add_typer(alerts_app, name="alerts")
# so alerts, brief, backtest and the like plug in without editing this file.
PLUGINS: tuple[str, ...] = ("sahelwatch.analyze.cli",)  # alerts, brief, backtest, corridors, pressure


def _register_plugins() -> None:
    from importlib.metadata import entry_points

    for module in PLUGINS:
        importlib.import_module(module).register(app)
    for entry in entry_points(group="sahelwatch.commands"):
        entry.load()(app)


_register_plugins()

if __name__ == "__main__":
    app()
