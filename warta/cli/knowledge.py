"""Asking the knowledge base: timeline, brief, figures, agreements, entities, conflicts,
search, ask, and `update` (extract what is new and rebuild). Every query has --json.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from warta.cli.options import DbOption

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
entities_app = typer.Typer(
    help="Entities across articles: list, show, merge, split.", no_args_is_help=True
)
agreements_app = typer.Typer(help="Agreements with their status history.", no_args_is_help=True)
kb_app = typer.Typer(help="The consolidated knowledge base itself.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("update")(update)
    app.command("timeline", no_args_is_help=True)(timeline)
    app.command("brief", no_args_is_help=True)(brief)
    app.command("figures", no_args_is_help=True)(figures)
    app.command("conflicts")(conflicts)
    app.command("search", no_args_is_help=True)(search)
    app.command("ask", no_args_is_help=True)(ask)
    app.add_typer(entities_app, name="entities")
    app.add_typer(agreements_app, name="agreements")
    app.add_typer(kb_app, name="kb")


@kb_app.command("rebuild")
def kb_rebuild(db: DbOption = None) -> None:
    """Rebuild every consolidated table from the stored extractions (streamed, a group at a
    time). Ingests keep them current by increments; this is for a store changed by hand,
    or to check: it gives the same tables."""
    import time

    ks = _knowledge(db)
    started = time.monotonic()
    rebuilt = ks.rebuild(force=True)
    c = ks.counts()
    typer.echo(
        f"rebuilt from {rebuilt.articles if rebuilt else 0} extractions in "
        f"{time.monotonic() - started:.1f} s: {c['events']} events, {c['agreements']} "
        f"agreements, {c['figures']} figure series, {c['entities']} entities, "
        f"{c['conflicts']} conflicts"
    )


def _knowledge(db: str | None) -> Any:
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    return KnowledgeStore(open_store(db))


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _actor(ks: Any, name: str) -> str:
    key = ks.resolve_actor(name)
    if key is None:
        Console(stderr=True).print(f"[red]error[/] no actor matches {name!r}", highlight=False)
        raise typer.Exit(2)
    return str(key)


def update(db: DbOption = None) -> None:
    """Extract knowledge from stored articles that have none yet; rebuild the knowledge base."""
    from warta.kb.update import update_knowledge

    ks = _knowledge(db)
    summary = update_knowledge(ks.store)
    typer.echo(
        f"extracted {summary.extracted} articles: {summary.events} events, "
        f"{summary.agreements} agreements, {summary.quantities} figures"
    )
    if line := summary.kb_line():
        typer.echo(line)


def timeline(
    a: Annotated[str, typer.Argument(help="Actor: ISO code (IDN), state name, person or org.")],
    b: Annotated[str | None, typer.Argument(help="Second actor (optional).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="ISO date, inclusive.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="ISO date, inclusive.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=0, help="Show the latest N events (0: all).")
    ] = 500,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Events between two actors (or of one), in date order, each with its citations."""
    ks = _knowledge(db)
    actors = [_actor(ks, a)] + ([_actor(ks, b)] if b else [])
    events = ks.events_between(actors, type, date_from, date_to, limit=limit or None, latest=True)
    if limit and len(events) == limit:
        total = ks.count_events_between(actors, type, date_from, date_to)
        if total > limit:
            Console(stderr=True).print(
                f"the latest {limit} of {total} events; --limit 0 shows all", highlight=False
            )
    if as_json:
        _print_json([asdict(e) for e in events])
        return
    table = Table(title=f"Timeline {' – '.join(ks.actor_name(k) for k in actors)}")
    for column in ("date", "type", "status", "who", "evidence"):
        table.add_column(column, no_wrap=True)
    table.add_column("src", justify="right")
    console = Console()
    # one line per event, cut to the terminal; the full sentence is in --json
    room = max(12, console.width - 70)
    for e in events:
        people = [ks.actor_name(k) for k in e.actors if k.startswith("person:")]
        who = ", ".join(people) if people else "–".join(e.countries)
        sources = len({c.article_id for c in e.citations})
        table.add_row(
            e.date or "–",
            e.type,
            e.status,
            _cut(who, 20),
            _cut(e.citations[0].text, room),
            str(sources),
        )
    console.print(table)


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def brief(
    a: Annotated[str, typer.Argument(help="First actor (e.g. IDN).")],
    b: Annotated[str, typer.Argument(help="Second actor (e.g. RUS).")],
    format: Annotated[str, typer.Option("--format", help="md, html or pdf.")] = "md",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
    db: DbOption = None,
) -> None:
    """A dyad brief: key numbers, timeline, agreements, trade chart, people, conflicts, sources."""
    from warta.kb.brief import (
        build_brief,
        render_html,
        render_markdown,
        render_pdf,
        trade_chart_png,
    )

    if format not in ("md", "html", "pdf"):
        raise typer.BadParameter("choose md, html or pdf", param_hint="--format")
    ks = _knowledge(db)
    data = build_brief(ks, _actor(ks, a), _actor(ks, b))
    if format == "pdf":
        if output is None:
            raise typer.BadParameter("a PDF needs -o FILE", param_hint="--output")
        output.write_bytes(render_pdf(data))
    elif format == "html":
        html = render_html(data)
        output.write_text(html, encoding="utf-8") if output else typer.echo(html)
    else:
        chart_name = None
        if output:
            png = trade_chart_png(data)
            if png:
                chart = output.with_suffix(".trade.png")
                chart.write_bytes(png)
                chart_name = chart.name
        md = render_markdown(data, chart_name)
        output.write_text(md, encoding="utf-8") if output else typer.echo(md)
    if output:
        Console(stderr=True).print(f"wrote {output}", highlight=False)


def figures(
    a: Annotated[str, typer.Argument(help="First party.")],
    b: Annotated[str | None, typer.Argument(help="Second party (optional).")] = None,
    metric: Annotated[str | None, typer.Option("--metric", help="e.g. trade_volume.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Figures claimed for the parties: one series per metric and period, every claim cited."""
    ks = _knowledge(db)
    actors = [_actor(ks, a)] + ([_actor(ks, b)] if b else [])
    series = ks.series_of(actors, metric)
    if as_json:
        _print_json([asdict(s) for s in series])
        return
    table = Table(title="Figures")
    for col in ("metric", "period", "parties", "value", "unit", "kind", "source"):
        table.add_column(col)
    for s in series:
        for c in s.claims:
            table.add_row(
                s.metric,
                s.period or "–",
                "/".join(s.parties),
                f"{c.value:,.0f}",
                c.unit,
                c.kind + (" (not met)" if c.met is False else ""),
                c.citation.article_id,
            )
    Console().print(table)


def conflicts(
    kind: Annotated[
        str | None, typer.Option("--kind", help="figure, event_order, agreement_status or role.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Contradictions between sources, each with the citations on both sides."""
    found = _knowledge(db).conflicts(kind)
    if as_json:
        _print_json([asdict(c) for c in found])
        return
    if not found:
        typer.echo("no conflicts")
    for c in found:
        typer.echo(f"[{c.kind}] {c.description}")
        for cite in c.citations:
            typer.echo(f"    {cite.article_id} ({cite.published or '?'}): {cite.text[:200]}")


def search(
    query: Annotated[str, typer.Argument(help="Words to find (Indonesian stemming applies).")],
    limit: Annotated[int, typer.Option("--limit", min=1, max=200)] = 10,
    kind: Annotated[
        str | None, typer.Option("--kind", help="article, event, agreement, figure.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over articles and extracted facts."""
    hits = _knowledge(db).search(query, limit, kind)
    rows = [
        {
            "kind": h.kind,
            "article": h.ref,
            "start": h.start,
            "end": h.end,
            "text": h.text if h.kind != "article" else h.text[:300],
        }
        for h in hits
    ]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        typer.echo("no matches")
    for r in rows:
        typer.echo(f"[{r['kind']}] {r['article']} {r['start']}-{r['end']}: {r['text'][:200]}")


def ask(
    question: Annotated[str, typer.Argument(help="A question in Indonesian or English.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the knowledge base, with the sentences it rests on."""
    from warta.kb.ask import ask as answer_question

    answer = answer_question(question, _knowledge(db))
    if as_json:
        _print_json(asdict(answer))
        return
    typer.echo(answer.answer)
    for c in answer.citations:
        typer.echo(f"  - {c.article_id} ({c.outlet or '?'}, {c.published or '?'}): {c.text[:220]}")


@entities_app.command("list")
def entities_list(
    kind: Annotated[str | None, typer.Option("--kind", help="person, state or org.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Part of a name.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Entities with their spellings and the number of articles that mention them."""
    found = _knowledge(db).entities(kind, name)
    if as_json:
        _print_json([asdict(e) for e in found])
        return
    table = Table(title="Entities")
    for col in ("key", "name", "country", "articles", "spellings"):
        table.add_column(col)
    for e in found:
        table.add_row(e.key, e.name, e.country or "", str(len(e.articles)), "; ".join(e.spellings))
    Console().print(table)


@entities_app.command("show")
def entities_show(
    entity: Annotated[str, typer.Argument(help="Entity key (person:retno marsudi) or a name.")],
    db: DbOption = None,
) -> None:
    """One entity: spellings, roles over time, articles, and why spellings were merged."""
    ks = _knowledge(db)
    found = ks.entity(entity) or ks.entity(_actor(ks, entity))
    _print_json(asdict(found))


@entities_app.command("merge")
def entities_merge(
    a: Annotated[str, typer.Argument(help="Entity key or name.")],
    b: Annotated[str, typer.Argument(help="Entity key or name to merge into the first.")],
    db: DbOption = None,
) -> None:
    """Merge two entities (kept across re-ingests); applied to the knowledge base at once."""
    ks = _knowledge(db)
    ka, kb_ = _actor(ks, a), _actor(ks, b)
    ks.add_override("merge", ka, kb_)
    ks.rebuild()  # only if the knowledge base was out of date before
    typer.echo(f"merged {kb_} into {ka}")


@entities_app.command("split")
def entities_split(
    entity: Annotated[str, typer.Argument(help="Entity key or name.")],
    spelling: Annotated[str, typer.Argument(help="The spelling to take out as its own entity.")],
    db: DbOption = None,
) -> None:
    """Undo a wrong merge: the spelling becomes its own entity (kept across re-ingests)."""
    ks = _knowledge(db)
    key = _actor(ks, entity)
    ks.add_override("split", key, spelling)
    ks.rebuild()  # only if the knowledge base was out of date before
    typer.echo(f"split {spelling!r} from {key}")


@agreements_app.command("list")
def agreements_list(
    status: Annotated[str | None, typer.Option("--status", help="e.g. signed.")] = None,
    party: Annotated[list[str] | None, typer.Option("--party", help="Repeatable.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Agreements with their current status and status history."""
    ks = _knowledge(db)
    found = ks.agreements_of([_actor(ks, p) for p in party or []], status)
    if as_json:
        _print_json([asdict(a) for a in found])
        return
    table = Table(title="Agreements")
    for col in ("name", "parties", "status", "history"):
        table.add_column(col)
    for ag in found:
        history = "; ".join(
            f"{s.date or '?'} {s.status} ({s.citation.article_id})" for s in ag.history
        )
        table.add_row(ag.name, "/".join(ag.parties), ag.status, history)
    Console().print(table)
