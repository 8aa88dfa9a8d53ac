"""`warta docs list|show|delete`: look at the ingested articles, or remove some."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from warta.cli.options import DbOption

if TYPE_CHECKING:
    from warta.store import Article, Store

docs_app = typer.Typer(help="List, show and delete ingested articles.", no_args_is_help=True)


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    app.add_typer(docs_app, name="docs")


def _open(db: str | None) -> Store:
    from warta.store import open_store

    try:
        return open_store(db)
    except Exception as exc:  # SQLAlchemy, Alembic or OS errors: one clear line, not a trace
        Console(stderr=True).print(f"[red]error[/] cannot open database: {exc}", highlight=False)
        raise typer.Exit(2) from exc


@docs_app.command("delete", no_args_is_help=True)
def delete_docs(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of the articles to delete.")],
    db: DbOption = None,
) -> None:
    """Delete articles (and their copies) and everything in the knowledge base that only
    they supported; facts other articles also report stay, with those citations."""
    from warta.kb.repository import KnowledgeStore

    with _open(db) as store:
        deleted = KnowledgeStore(store).delete_articles(doc_ids)
    missing = [d for d in doc_ids if d not in deleted]
    for doc_id in deleted:
        typer.echo(f"deleted {doc_id}")
    if missing:
        Console(stderr=True).print(
            f"[red]error[/] no article with id {', '.join(map(repr, missing))}", highlight=False
        )
        raise typer.Exit(1)


@docs_app.command("list")
def list_docs(
    db: DbOption = None,
    output: Annotated[
        ListFormat, typer.Option("--format", help="table for people, json for programs.")
    ] = ListFormat.table,
    originals: Annotated[
        bool, typer.Option("--originals", help="Leave out articles linked as duplicates.")
    ] = False,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Show at most N.")] = None,
) -> None:
    """List the stored articles: id, date, outlet, title and duplicate links."""
    from warta.store import article_to_dict

    with _open(db) as store:
        articles = store.list_articles(limit=limit, include_duplicates=not originals)
        total = store.count_articles(include_duplicates=not originals)
    if output is ListFormat.json:
        rows = [article_to_dict(a, text=False) for a in articles]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    console = Console()
    table, columns = _articles_table(articles, console.width)
    table.title = f"{len(articles)} of {total} articles"
    for article in articles:
        cells = {
            "id": article.doc_id,
            "published": article.published or "-",
            "outlet": article.outlet or "-",
            "chars": str(len(article.text)),
            "duplicate of": _duplicate_label(article),
            "title / beginning": _headline(article),
        }
        table.add_row(*(escape(cells[name]) for name in columns))
    console.print(table)


@docs_app.command("show")
def show_doc(
    doc_id: Annotated[
        str, typer.Argument(metavar="ID", help="Article id (a unique prefix works).")
    ],
    db: DbOption = None,
    output: Annotated[ShowFormat, typer.Option("--format", help="text or json.")] = ShowFormat.text,
    raw: Annotated[bool, typer.Option("--raw", help="Also show the raw text as read.")] = False,
) -> None:
    """Show one article: metadata, cleaned text, removed boilerplate, date evidence,
    dateline and duplicate links."""
    from warta.store import article_to_dict

    with _open(db) as store:
        article = _find(store, doc_id)
        copies = store.duplicates_of(article.doc_id)
    if output is ShowFormat.json:
        data = article_to_dict(article, raw=raw)
        data["duplicates"] = [_copy_dict(c) for c in copies]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _print_article(Console(), article, copies, raw)


# Columns of `docs list` in the order they give way on a narrow terminal.
_OPTIONAL_COLUMNS = ("duplicate of", "outlet", "chars")


def _articles_table(articles: list[Article], width: int) -> tuple[Table, list[str]]:
    """A table sized to the terminal, and the names of the columns it has.

    The id is never cut (people copy it into `docs show`; long ids fold onto a second
    line); other columns are dropped, least useful first, and the title takes what is left.
    """
    widths: dict[str, int] = {
        "id": min(max((len(a.doc_id) for a in articles), default=2), 36),
        "published": 10,
    }
    wanted = {
        "duplicate of": min(max((len(_duplicate_label(a)) for a in articles), default=0), 40),
        "outlet": min(max((len(a.outlet or "-") for a in articles), default=6), 16),
        "chars": 5,
    }

    def used(columns: dict[str, int]) -> int:
        return sum(columns.values()) + 3 * len(columns) + 1

    for name in _OPTIONAL_COLUMNS:
        if wanted[name] and used({**widths, name: wanted[name]}) <= width:
            widths[name] = wanted[name]
    room = width - used(widths) - 3
    if room >= 12:
        widths["title / beginning"] = min(room, 70)
    order = ("id", "published", "outlet", "chars", "duplicate of", "title / beginning")
    columns = [name for name in order if name in widths]
    table = Table(title_justify="left")
    for name in columns:
        column_width = widths[name]
        table.add_column(
            name,
            width=column_width,
            no_wrap=name != "id",
            overflow="fold" if name == "id" else "ellipsis",
            justify="right" if name == "chars" else "left",
        )
    return table, columns


def _find(store: Store, doc_id: str) -> Article:
    article = store.get_article(doc_id)
    if article is not None:
        return article
    matches = store.find_ids(doc_id)
    if len(matches) == 1:
        found = store.get_article(matches[0])
        if found is not None:
            return found
    err = Console(stderr=True)
    if matches:
        err.print(
            f"[red]error[/] id {doc_id!r} is ambiguous: {', '.join(matches)}", highlight=False
        )
    else:
        err.print(
            f"[red]error[/] no article with id {doc_id!r} (see `warta docs list`)", highlight=False
        )
    raise typer.Exit(1)


def _print_article(console: Console, article: Article, copies: list[Article], raw: bool) -> None:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    rows: list[tuple[str, Any]] = [
        ("id", article.doc_id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("published", _date_label(article)),
        ("dateline", (article.dateline or {}).get("text")),
        ("url", article.url),
        ("source", f"{article.source} ({article.source_format}, {article.encoding or '?'})"),
        ("duplicate of", _duplicate_label(article) or None),
        ("copies", ", ".join(f"{c.doc_id} ({_duplicate_label(c, own=True)})" for c in copies)),
        ("ingested", article.ingested_at.isoformat(timespec="seconds")),
    ]
    for key, value in article.meta.items():
        rows.append((key, value))
    for label, value in rows:
        if value:
            meta.add_row(label, escape(str(value)))
    console.print(Panel(meta, title="article", title_align="left"))
    evidence = article.date_evidence
    if evidence:
        candidates = ", ".join(evidence.get("candidates") or [])
        console.print(
            f"[bold]date evidence[/] {escape(str(evidence.get('value')))} by "
            f"{escape(str(evidence.get('method')))} (confidence {evidence.get('confidence')}) "
            f"from {escape(repr(evidence.get('text')))}"
            + (f"; other candidates: {escape(candidates)}" if candidates else "")
        )
    console.print(Panel(escape(article.text), title="cleaned text", title_align="left"))
    if article.removed:
        removed = Table(title="removed boilerplate", title_justify="left")
        removed.add_column("kind")
        removed.add_column("raw offsets", justify="right")
        removed.add_column("text")
        for piece in article.removed:
            removed.add_row(
                escape(str(piece.get("kind"))),
                f"{piece.get('raw_start')}-{piece.get('raw_end')}",
                escape(str(piece.get("text"))),
            )
        console.print(removed)
    for note in article.notes:
        console.print(f"[dim]note: {escape(note)}[/]")
    if raw:
        console.print(Panel(escape(article.raw_text), title="raw text", title_align="left"))


def _headline(article: Article) -> str:
    if article.title:
        return article.title
    words = article.text.split()
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _duplicate_label(article: Article, own: bool = False) -> str:
    if not article.duplicate_of:
        return ""
    similarity = f" {article.similarity:.2f}" if article.similarity is not None else ""
    if own:
        return f"{article.duplicate_kind}{similarity}"
    return f"{article.duplicate_of} ({article.duplicate_kind}{similarity})"


def _date_label(article: Article) -> str | None:
    if not article.published:
        return None
    method = (article.date_evidence or {}).get("method")
    return f"{article.published} ({method})" if method else article.published


def _copy_dict(copy: Article) -> dict[str, Any]:
    return {"id": copy.doc_id, "kind": copy.duplicate_kind, "similarity": copy.similarity}
