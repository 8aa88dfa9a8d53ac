"""No SQL is built from user input: a static check of the package, and every filter and
search parameter of the KnowledgeStore, the CLI and the API fed quotes, SQL fragments and
full-text query operators, with no error and no change to the data."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_reliability_support import checksum, run_warta, write_corpus
from typer.testing import CliRunner

from warta.kb.repository import KnowledgeStore
from warta.store import open_store

PACKAGE = Path(__file__).resolve().parents[1] / "warta"

PAYLOADS = [
    "'",
    '"',
    "';--",
    '"; DROP TABLE articles; --',
    "' OR 1=1 --",
    "Rusia' OR '1'='1",
    "1; DELETE FROM articles",
    "/* */",
    "*/ SELECT 1 /*",
    "x UNION SELECT doc_id FROM articles",
    # FTS5 syntax
    "NEAR(rusia indonesia)",
    "rusia*",
    "^rusia",
    "text:rusia",
    '"unterminated',
    "rusia AND",
    "OR",
    "NOT rusia",
    "(rusia",
    "{text}: rusia",
    # PostgreSQL tsquery syntax
    "rusia & indonesia",
    "rusia | !indonesia",
    "rusia:*",
    "rusia <-> indonesia",
    "!!",
    "&|",
    # LIKE wildcards and escapes
    "%",
    "_",
    "\\",
    "\\%'",
    # odd text
    "",
    " ",
    "state:RUS' --",
    "Ω ру́сский 日本 🇮🇩",
    "a" * 5000,
    "\x00",
]

# f-strings that build SQL from values known to be safe, each checked by hand:
# (file, the interpolated expression) -> why it is safe.
REVIEWED_SQL_FSTRINGS = {
    ("kb/repository.py", "kind_filter"): "a constant fragment; the value is a bound :kind",
    ("store/db.py", "BUSY_TIMEOUT_MS"): "a module constant",
    ("store/backup.py", "name"): "table names read from sqlite_master, quoted",
}
_SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|PRAGMA|CREATE|DROP|ALTER|MATCH|VALUES|FROM)\b"
)
_EXECUTING = {"execute", "exec_driver_sql", "executescript", "executemany", "text"}


def sql_fstrings(root: Path = PACKAGE) -> Iterator[tuple[str, int, str]]:
    """(file, line, interpolated expression) for every f-string that looks like SQL, and
    every %, + or .format() string handed to execute()/text(), in the package."""
    for path in sorted(root.rglob("*.py")):
        relative = str(path.relative_to(root))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                constant = "".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
                if not _SQL_WORDS.search(constant):
                    continue
                for value in node.values:
                    if isinstance(value, ast.FormattedValue):
                        yield relative, node.lineno, ast.unparse(value.value)
            elif isinstance(node, ast.Call) and _called_name(node) in _EXECUTING and node.args:
                first = node.args[0]
                if isinstance(first, ast.BinOp) or (
                    isinstance(first, ast.Call) and _called_name(first) == "format"
                ):
                    yield relative, node.lineno, ast.unparse(first)


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_no_sql_is_built_by_string_formatting() -> None:
    unreviewed = [
        f"warta/{file}:{line}: {{{expression}}}"
        for file, line, expression in sql_fstrings()
        if (file, expression) not in REVIEWED_SQL_FSTRINGS
        and not file.startswith("store/migrations/")  # DDL with constant names only
    ]
    assert not unreviewed, "SQL built from values: bind them as parameters\n" + "\n".join(
        unreviewed
    )


def test_the_static_check_finds_what_it_should(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text(
        "def f(conn, q):\n"
        "    conn.execute(f\"SELECT * FROM articles WHERE doc_id = '{q}'\")\n"
        "    conn.execute('SELECT * FROM t WHERE a = %s' % q)\n"
        "    conn.execute('SELECT * FROM t WHERE a = {}'.format(q))\n"
    )
    found = [(line, expr) for _, line, expr in sql_fstrings(tmp_path)]
    assert (2, "q") in found
    assert any(line == 3 for line, _ in found) and any(line == 4 for line, _ in found)


# --- the same payloads through every query path ------------------------------------


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> str:
    """A store with articles, extractions and the knowledge base (SQLite or PostgreSQL)."""
    from conftest import PG_SERVER

    root = tmp_path_factory.mktemp("security")
    write_corpus(root / "corpus", 5)
    if PG_SERVER:
        import uuid

        from sqlalchemy import create_engine, text

        name = f"warta_sec_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        url = f"{PG_SERVER.rsplit('/', 1)[0]}/{name}"
    else:
        url = f"sqlite:///{root / 'w.db'}"
    result = run_warta("ingest", str(root / "corpus"), "--db", url, "--no-progress", "--all")
    assert result.returncode == 0, result.stderr
    return url


def knowledge_store_calls(ks: KnowledgeStore, p: str) -> list[Callable[[], Any]]:
    return [
        lambda: ks.search(p),
        lambda: ks.search(p, kind=p),
        lambda: ks.search_citations(p),
        lambda: ks.events_between([p]),
        lambda: ks.events_between(["state:IDN"], type=p, date_from=p, date_to=p),
        lambda: ks.agreements_of([p], status=p),
        lambda: ks.series_of([p], metric=p),
        lambda: ks.entities(kind=p, name=p),
        lambda: ks.entity(p),
        lambda: ks.conflicts(kind=p),
        lambda: ks.resolve_actor(p),
        lambda: ks.find_actors(p),
        lambda: ks.actor_name(p),
        lambda: ks.knowledge_of(p),
        lambda: ks.store.get_article(p),
        lambda: ks.store.find_ids(p),
    ]


def test_knowledge_store_takes_any_text_as_data(filled_db: str) -> None:
    before = checksum(filled_db)
    failures = []
    with open_store(filled_db) as store:
        ks = KnowledgeStore(store)
        assert ks.search("rusia"), "the corpus should be searchable"
        for payload in PAYLOADS:
            if "\x00" in payload and not filled_db.startswith("sqlite"):
                continue  # PostgreSQL text cannot hold NUL: the API refuses it with a 400
            for number, call in enumerate(knowledge_store_calls(ks, payload)):
                try:
                    call()
                except Exception as exc:  # noqa: BLE001 - collected and reported below
                    failures.append(
                        f"call {number} with {payload[:30]!r}: {type(exc).__name__}: {exc}"[:300]
                    )
    assert not failures, "\n".join(failures)
    assert checksum(filled_db) == before


CLI_COMMANDS = [
    lambda p: ["timeline", p],
    lambda p: ["timeline", "IDN", p, "--from", p, "--to", p, "--type", p],
    lambda p: ["search", p],
    lambda p: ["search", "rusia", "--kind", p],
    lambda p: ["ask", p],
    lambda p: ["entities", "list", "--kind", p, "--name", p],
    lambda p: ["entities", "show", p],
    lambda p: ["agreements", "list", "--status", p, "--party", p],
    lambda p: ["figures", p, "--metric", p],
    lambda p: ["conflicts", "--kind", p],
    lambda p: ["docs", "show", p],
]


# Each CLI call opens the store: the payloads combined, to keep the test short.
CLI_PAYLOADS = [
    "'",
    '"; DROP TABLE articles; --',
    "Rusia' OR '1'='1 /* */",
    'NEAR(rusia indonesia) rusia* ^rusia text:rusia "unterminated (',
    "rusia & | !indonesia rusia:* <->",
    "%_\\",
    "",
]


@pytest.mark.slow
def test_cli_takes_any_text_as_data(filled_db: str) -> None:
    from warta.cli import app

    runner = CliRunner()
    before = checksum(filled_db)
    crashes = []
    for payload in CLI_PAYLOADS:
        for command in CLI_COMMANDS:
            args = [*command(payload), "--db", filled_db]
            result = runner.invoke(app, args)
            # 0: answered, 1: "not found"-like answers, 2: usage error; never a traceback
            if result.exit_code not in (0, 1, 2) or (
                result.exception is not None and not isinstance(result.exception, SystemExit)
            ):
                crashes.append(f"{args[:4]}: exit {result.exit_code}: {result.exception!r}"[:300])
    assert not crashes, "\n".join(crashes)
    assert checksum(filled_db) == before
