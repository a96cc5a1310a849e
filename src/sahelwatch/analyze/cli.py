"""Commands of the analysis stage, plugged into the main CLI by `register(app)` (see sahelwatch/cli.py):
`alerts` (list, run, mark seen or dismissed), `backtest`, `pressure`, `corridors` and `brief`."""

from __future__ import annotations

import getpass
import json
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Column, Table

SHARED_EVAL = Path(__file__).resolve().parents[3].parent / "shared" / "eval"

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
alerts_app = typer.Typer(help="List alerts with their evidence; --run evaluates the rules first.",
                         invoke_without_command=True)

DbOption = Annotated[Optional[str], typer.Option("--db", envvar="SAHELWATCH_DB",  # noqa: UP045
                                                  help="Database URL (sqlite:///file.db or postgresql://...).")]
RulesOption = Annotated[Optional[Path], typer.Option("--rules", help="Alert rules TOML (default: the shipped "  # noqa: UP045
                                                      "data/alert_rules.toml).")]


def _store(db: str | None):  # noqa: ANN202 - a Store
    from sahelwatch.cli import open_store

    return open_store(db)


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        err.print(f"[red]{name}: expected a date YYYY-MM-DD, got {value!r}[/red]")
        raise typer.Exit(2) from exc


@alerts_app.callback()
def alerts(ctx: typer.Context, since: Annotated[Optional[str], typer.Option(help="Only alerts fired on or after (YYYY-MM-DD).")] = None,  # noqa: UP045, E501
           db: DbOption = None,
           run: Annotated[bool, typer.Option("--run", help="Evaluate the rules over the store first.")] = False,
           state: Annotated[Optional[str], typer.Option(help="new, seen, dismissed, withdrawn, expired; open: new and seen.")] = None,  # noqa: UP045, E501
           rules: RulesOption = None,
           as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False) -> None:
    """List alerts with their evidence; `alerts dismiss ID` / `alerts seen ID` change an alert's state."""
    if ctx.invoked_subcommand is not None:
        return
    store = _store(db)
    first = _day(since, "--since")
    if run:
        from sahelwatch.analyze.alerts import run_alerts

        try:
            fired = run_alerts(store, rules, since=first)
        except (ValueError, OSError) as exc:
            err.print(f"[red]alert rules: {exc}[/red]")
            raise typer.Exit(2) from exc
        retired = {s: len(store.alerts(since=first, state=s)) for s in ("withdrawn", "expired")}
        err.print(f"{len(fired)} alerts fired; in the store {retired['withdrawn']} withdrawn (no longer fire), "
                  f"{retired['expired']} expired (unseen, older than the [alerts] expire_after_days)")
    found = store.alerts(since=first, state=state)
    if as_json:
        for a in found:
            out.print_json(json.dumps({"id": a.id, "rule": a.rule, "title": a.title, "fired_on": a.fired_on.isoformat(),
                                       "place": a.place, "severity": a.severity, "state": a.state,
                                       "evidence": a.evidence, "detail": a.detail}, default=str))
        return
    for a in found:
        out.print(f"[bold]{a.id}[/bold]  {a.fired_on.isoformat()}  severity {a.severity:g}  {a.state}  ({a.rule})",
                  highlight=False)
        out.print(f"    {a.title}", highlight=False)
        for kind, ids in a.evidence.items():
            out.print(f"    {kind}: {', '.join(ids[:8])}{f' and {len(ids) - 8} more' if len(ids) > 8 else ''}",
                      highlight=False)
    out.print(f"{len(found)} alerts")


def _set_state(alert_id: str, state: str, db: str | None, user: str | None) -> None:
    store = _store(db)
    try:
        store.set_alert_state(alert_id, state, user or getpass.getuser())
    except (KeyError, ValueError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    out.print(f"{alert_id}: {state}")


UserOption = Annotated[Optional[str], typer.Option(help="Who (default: the login name).")]  # noqa: UP045


@alerts_app.command("dismiss")
def alerts_dismiss(alert_id: str, db: DbOption = None, user: UserOption = None) -> None:
    """Mark an alert dismissed (it stays dismissed when the rules fire it again)."""
    _set_state(alert_id, "dismissed", db, user)


@alerts_app.command("seen")
def alerts_seen(alert_id: str, db: DbOption = None, user: UserOption = None) -> None:
    """Mark an alert seen."""
    _set_state(alert_id, "seen", db, user)


@alerts_app.command("new")
def alerts_new(alert_id: str, db: DbOption = None, user: UserOption = None) -> None:
    """Mark an alert new again."""
    _set_state(alert_id, "new", db, user)


def backtest(gold: Annotated[Optional[list[Path]], typer.Option("--gold", help="Gold JSONL files to replay (default: ../shared/eval/*.jsonl when present).")] = None,  # noqa: UP045, E501
             db: DbOption = None, rules: RulesOption = None,
             top: Annotated[int, typer.Option(help="Escalations: the top N weeks by fatalities per admin1.")] = 5,
             lookback: Annotated[int, typer.Option(help="Days before an escalation an alert counts as a warning.")] = 30,  # noqa: E501
             no_store: Annotated[bool, typer.Option("--no-store", help="Replay only the gold files.")] = False,
             as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Replay timelines day by day (the store's events, and gold events) and report, per alert rule, the
    alerts fired and the days of warning they gave before the largest escalations."""
    from sahelwatch.analyze.alerts import load_rules
    from sahelwatch.analyze.backtest import backtest as run
    from sahelwatch.analyze.backtest import gold_events

    rule_list = load_rules(rules)
    timelines: list[tuple[str, list, list]] = []
    if not no_store:
        from sahelwatch.store import EventFilter

        store = _store(db)
        timelines.append((f"store {store.url}", store.events(EventFilter()), store.observations()))
    paths = gold if gold else (sorted(SHARED_EVAL.glob("*.jsonl")) if SHARED_EVAL.is_dir() else [])
    for path in paths:
        if not path.is_file():
            err.print(f"[yellow]{path}: not found, skipped[/yellow]")
            continue
        timelines.append((path.name, gold_events(path), []))
    reports = []
    for name, events, observations in timelines:
        report = run(events, observations, rule_list, top=top, lookback_days=lookback)
        report["timeline"] = name
        reports.append(report)
        if as_json:
            continue
        out.print(f"[bold]{name}[/bold]: {report['events']} events {report['from']} – {report['to']}, "
                  f"{report['escalations']} escalations ({report['definition']})")
        table = Table("alerts", "warned", "by chance", "in week", "median lead", "max lead", "followed")
        table.columns.insert(0, Column("rule", no_wrap=True))
        for r in report["rules"]:
            table.add_row(r["rule"], str(r["alerts"]), f"{r['warned']}/{r['escalations']}",
                          _num(r["warned_by_chance"]), str(r["detected_in_week"]),
                          _num(r["median_lead_days"]), _num(r["max_lead_days"]),
                          _num(r["alerts_followed_by_escalation"]))
        out.print(table)
    if as_json:
        out.print_json(json.dumps(reports, default=str))


def _num(x: object) -> str:
    return "–" if x is None else f"{x:g}" if isinstance(x, float) else str(x)


def pressure(city: Annotated[str, typer.Option(help="A city the corridors feed (Bamako, Djibo, Ménaka...).")],
             db: DbOption = None,
             since: Annotated[Optional[str], typer.Option(help="First day (YYYY-MM-DD).")] = None,  # noqa: UP045
             until: Annotated[Optional[str], typer.Option(help="Last day (YYYY-MM-DD).")] = None,  # noqa: UP045
             as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The daily siege-pressure series of a city, with each input's contribution (docs/siege_pressure.md)."""
    from sahelwatch.analyze.pressure import pressure_series
    from sahelwatch.knowledge.corridors import load_cities
    from sahelwatch.store import EventFilter

    cities = load_cities()
    match = next((c for name, c in cities.items() if _fold(name) == _fold(city)), None)
    if match is None:
        err.print(f"[red]unknown city {city!r}; known: {', '.join(cities)}[/red]")
        raise typer.Exit(2)
    store = _store(db)
    series = pressure_series(match, store.events(EventFilter()), store.observations(),
                             start=_day(since, "--since"), end=_day(until, "--until"))
    if as_json:
        for d in series:
            out.print_json(json.dumps({"city": d.city, "date": d.day.isoformat(), "value": d.value,
                                       "contributions": d.contributions, "evidence": d.evidence}))
        return
    table = Table("date", "pressure", "contributions")
    for d in series:
        table.add_row(d.day.isoformat(), f"{d.value:.2f}",
                      ", ".join(f"{k} {v:.2f}" for k, v in sorted(d.contributions.items(), key=lambda kv: -kv[1])))
    out.print(table)


def corridors(db: DbOption = None,
              events: Annotated[bool, typer.Option("--events", help="Also list the stored events on each.")] = False) -> None:  # noqa: E501
    """The supply corridors, the city each feeds, and (with --events) the events within their buffers."""
    from sahelwatch.analyze.corridors import CorridorIndex

    index = CorridorIndex()
    hits: dict[str, list] = {}
    found = {}
    if events:
        from sahelwatch.store import EventFilter

        found = {e.id: e for e in _store(db).events(EventFilter())}
        for h in index.attach(found.values()):
            hits.setdefault(h.corridor_id, []).append(h)
    for c in index.corridors:
        out.print(f"[bold]{c.id}[/bold] → {c.feeds} ({c.buffer_km:g} km): {' – '.join(c.waypoints)}")
        for h in sorted(hits.get(c.id, []), key=lambda h: found[h.event_id].event_date or date.min):
            e = found[h.event_id]
            out.print(f"    {e.event_date} {e.location} {e.sub_event_type} ({h.distance_km:.1f} km off the road, "
                      f"km {h.along_km:.0f}{', in ' + c.feeds if h.at_terminus else ''}) {e.id}")


def brief(region: Annotated[str, typer.Option(help="An admin1 region (Kayes, Bamako...) or a country (Mali).")],
          since: Annotated[str, typer.Option(help="First day (YYYY-MM-DD).")],
          out_path: Annotated[Path, typer.Option("--out", help="brief.html or brief.pdf")],
          until: Annotated[Optional[str], typer.Option(help="Last day (default: the latest record).")] = None,  # noqa: UP045
          db: DbOption = None) -> None:
    """Write a dated situation report (HTML or PDF): figures, map, charts, alerts, top events, each sentence
    citing the reports behind it."""
    from sahelwatch.export.briefing import write_briefing

    store = _store(db)
    try:
        briefing = write_briefing(store, region, _day(since, "--since"), out_path, until=_day(until, "--until"))
    except (ValueError, RuntimeError) as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    out.print(f"{out_path}: {briefing.region}, {briefing.since} – {briefing.until}: {len(briefing.events)} events, "
              f"{len(briefing.alerts)} alerts, {len(briefing.references)} reports cited")


def _fold(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).lower()


def register(app: typer.Typer) -> None:
    names = {c.name for c in app.registered_commands} | {g.name for g in app.registered_groups}
    if "alerts" not in names:
        app.add_typer(alerts_app, name="alerts")
    for name, command in (("backtest", backtest), ("pressure", pressure), ("corridors", corridors), ("brief", brief)):
        if name not in names:
            app.command(name)(command)
