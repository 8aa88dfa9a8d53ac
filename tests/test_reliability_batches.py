"""Round 2 of the hostile inputs: files and records that used to abort a whole batch or
were handled weakly. Each goes through the real ingest (readers, clean, store) into a
real SQLite store next to a good article, which must be stored all the same.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_reliability_support import article, quiet_ingest

from warta.ingest import IngestProblem, iter_documents
from warta.ingest.names import printable, safe_file_id
from warta.store import open_store

DEEP = "[" * 1_000 + "]" * 1_000  # 2 KB: past Python's recursion limit in the JSON decoder


def ingest(folder: Path, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(stored doc_ids, problems as printed) for one ingest of `folder`."""
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        summary = quiet_ingest([folder], store)
        ids = store.find_ids("", limit=1000)
    return sorted(ids), [str(p) for p in summary.problems]


def test_json_nested_1000_levels_deep_is_one_problem_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    good = json.dumps({"id": "baik-json", "text": article(1)})
    (folder / "a-dalam.json").write_text(f"[{DEEP}, {good}]")
    (folder / "b-dalam-objek.json").write_text('{"text": ' + DEEP + "}")
    lines = [json.dumps({"id": "baris-1", "text": article(2)}), '{"text": ' + DEEP + "}",
             json.dumps({"id": "baris-3", "text": article(3)})]  # fmt: skip
    (folder / "c-dalam.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "d-baik.txt").write_text(article(4))
    ids, problems = ingest(folder, tmp_path)
    assert ids == ["baik-json", "baris-1", "baris-3", "d-baik"]
    assert len(problems) == 3, problems
    assert any(
        p.startswith(f"{folder}/a-dalam.json:record 1: JSON nested too deeply") for p in problems
    )
    assert any(p.startswith(f"{folder}/b-dalam-objek.json:record 1: JSON nested") for p in problems)
    assert any(p.startswith(f"{folder}/c-dalam.jsonl:line 2: JSON nested") for p in problems)


def test_a_deep_record_with_brackets_inside_strings_is_skipped_exactly(tmp_path: Path) -> None:
    """The skip counts brackets outside strings only: "]]]" in a string does not end it."""
    path = tmp_path / "licik.json"
    tricky = '{"a": "]]]\\"]]", "b": ' + DEEP + "}"
    path.write_text(f"[{tricky}, {json.dumps({'id': 'sesudah', 'text': article(5)})}]")
    items = list(iter_documents([path]))
    assert [getattr(i, "doc_id", None) for i in items] == [None, "sesudah"]


def test_unclosed_deep_json_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "terpotong.json"
    path.write_text("[" + "[" * 5_000)
    items = list(iter_documents([path]))
    assert len(items) == 1 and isinstance(items[0], IngestProblem)
    assert "nested too deeply and never closed" in items[0].reason


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (12345, "text field 'text' is a number (12345), not text"),
        (1.5, "text field 'text' is a number (1.5), not text"),
        (True, "text field 'text' is a boolean (true), not text"),
        (["a", "b"], "text field 'text' is a list, not text"),
        ({"isi": "x"}, "text field 'text' is an object, not text"),
        (None, "text field 'text' is null, not text"),
        ("   ", "text field 'text' is empty"),
    ],
)
def test_a_text_field_that_is_not_a_string_is_refused_with_its_type(
    tmp_path: Path, value: object, reason: str
) -> None:
    path = tmp_path / "rekaman.jsonl"
    lines = [json.dumps({"id": "x", "text": value}), json.dumps({"id": "y", "text": article(6)})]
    path.write_text("\n".join(lines) + "\n")
    items = list(iter_documents([path]))
    assert str(items[0]) == f"{path}:line 1: {reason}"
    assert getattr(items[1], "doc_id", None) == "y"


def test_a_later_text_field_is_used_when_the_first_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "rekaman.jsonl"
    path.write_text(json.dumps({"id": "z", "text": 7, "isi": article(7)}) + "\n")
    [item] = list(iter_documents([path]))
    assert getattr(item, "doc_id", None) == "z"


def test_a_file_name_that_is_not_utf8_is_stored_under_a_stable_safe_id(tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    for seed, raw_name in enumerate([b"berita-\xff\xfe-latin.txt", b"berita-\xfe\xff-latin.txt"]):
        with open(os.path.join(os.fsencode(folder), raw_name), "wb") as out:
            out.write(article(8 + seed).encode())
    (folder / "baik.txt").write_text(article(10))
    ids, problems = ingest(folder, tmp_path)
    assert problems == []
    assert len(ids) == 3 and "baik" in ids
    odd = [i for i in ids if i != "baik"]
    assert all(i.startswith("berita- -latin-") for i in odd) and odd[0] != odd[1]
    for doc_id in odd:
        doc_id.encode("utf-8")  # storable and printable: no surrogates left
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        sources = sorted(store.get_article(i).source for i in odd)  # type: ignore[union-attr]
    assert sources == [
        f"{folder}/berita-\\xfe\\xff-latin.txt",
        f"{folder}/berita-\\xff\\xfe-latin.txt",
    ]
    again_ids, _ = ingest(folder, tmp_path)  # the same ids again: nothing new, nothing renamed
    assert again_ids == ids


def test_file_names_with_control_characters_are_echoed_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "palsu\nproblem lain.txt: baik\x1b[2J.txt").write_text("")
    (folder / "isi\x1b[31m.txt").write_text(article(11))
    ids, problems = ingest(folder, tmp_path)
    assert problems == [f"{folder}/palsu\\nproblem lain.txt: baik\\x1b[2J.txt: empty file"]
    assert ids == [safe_file_id("isi\x1b[31m")]
    assert "\x1b" not in ids[0] and ids[0].startswith("isi [31m-")


def test_printable_escapes_every_control_character_and_undecodable_byte() -> None:
    assert printable("a\nb\r\tc\x00\x1b\x7f\x85\u2028") == "a\\nb\\r\\tc\\x00\\x1b\\x7f\\x85\\u2028"
    assert printable(os.fsdecode(b"x\xff")) == "x\\xff"
    assert printable("Selasa (6/7) – “kerja sama” ñ") == "Selasa (6/7) – “kerja sama” ñ"


def test_a_reader_failing_unexpectedly_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.ingest.readers import html as html_reader

    def broken(html: str, url: str | None = None) -> object:
        raise RuntimeError("pustaka meledak")

    monkeypatch.setattr(html_reader, "extract_page", broken)
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "a.html").write_text("<html><body><p>isi</p></body></html>")
    (folder / "b.txt").write_text(article(12))
    ids, problems = ingest(folder, tmp_path)
    assert ids == ["b"]
    assert problems == [
        f"{folder}/a.html: could not be read (RuntimeError: pustaka meledak); rest skipped"
    ]


# --- the database refuses to write --------------------------------------------------


def _stored_store(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    folder = tmp_path / "sudah"
    folder.mkdir()
    (folder / "lama.txt").write_text(article(20))
    with open_store(f"sqlite:///{path}") as store:
        quiet_ingest([folder], store)
    return path


def _new_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "baru"
    folder.mkdir()
    for i in range(3):
        (folder / f"baru-{i}.txt").write_text(article(30 + i))
    return folder


def _assert_one_line_error(output: str, expected: str) -> None:
    errors = [line for line in output.splitlines() if line.startswith("error")]
    assert len(errors) == 1, output
    assert expected in errors[0], output
    assert "Traceback" not in output and "INSERT" not in output and "[SQL" not in output
    assert "Menteri Luar Negeri" not in output  # no article text either


def test_a_read_only_database_gives_one_clear_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warta.cli import app

    path = _stored_store(tmp_path)
    before = path.read_bytes()
    url = f"sqlite:///file:{path}?mode=ro&uri=true"  # root ignores file modes: ask SQLite
    args = ["ingest", str(_new_articles(tmp_path)), "--db", url, "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    _assert_one_line_error(result.output, "the database is read-only")
    assert path.read_bytes() == before


def test_a_write_lock_held_past_the_timeout_gives_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process takes the write lock mid-run and keeps it past the busy timeout
    (30 s in use; 0.3 s here). The lock is taken just before the first batch commit."""
    import sqlite3

    from typer.testing import CliRunner

    from warta.cli import app
    from warta.pipeline import IngestRun
    from warta.store import db

    path = _stored_store(tmp_path)
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    original_flush = IngestRun.flush

    def flush_under_a_held_lock(run: IngestRun) -> None:
        if not other.in_transaction:
            other.execute("BEGIN IMMEDIATE")  # the other writer's lock
        original_flush(run)

    monkeypatch.setattr(IngestRun, "flush", flush_under_a_held_lock)
    try:
        args = ["ingest", str(_new_articles(tmp_path)), "--db", str(path), "--no-progress"]
        result = CliRunner().invoke(app, args)
    finally:
        other.rollback()
        other.close()
    assert result.exit_code == 2, result.output
    _assert_one_line_error(result.output, "held the database's write lock for more than 0 s")
    with open_store(f"sqlite:///{path}") as store:
        assert store.find_ids("") == ["lama"]  # what was stored is still there, unchanged


# --- dates from the metadata ---------------------------------------------------------


def test_implausible_or_contradicting_metadata_dates_are_not_stored(tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    undated = "Menteri Luar Negeri membahas kerja sama energi dengan mitranya di Jakarta."
    dated = "Menteri Luar Negeri bertemu mitranya di Jakarta, Selasa (6/7/2021), membahas energi."
    records = [
        {"id": "tahun-9999", "text": undated, "published": "9999-12-31"},
        {"id": "tahun-1066", "text": undated, "published": "1066-10-14"},
        {"id": "ringkas", "text": dated, "published": "20200101"},
        {"id": "bawaan", "text": dated + " Lagi.", "published": "1900-01-01"},
    ]
    (folder / "tanggal.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        quiet_ingest([folder], store)
        stored = {r["id"]: store.get_article(r["id"]) for r in records}
    assert stored["tahun-9999"].published is None  # type: ignore[union-attr]
    assert stored["tahun-1066"].published is None  # type: ignore[union-attr]
    assert any("outside 1900" in n for n in stored["tahun-9999"].notes)  # type: ignore[union-attr]
    for doc_id in ("ringkas", "bawaan"):
        article_ = stored[doc_id]
        assert article_ is not None and article_.published == "2021-07-06"
        assert any("disagrees with the explicit date" in n for n in article_.notes), article_.notes


def test_half_a_utf16_pair_in_json_is_replaced_not_a_batch_abort(tmp_path: Path) -> None:
    """JSON may escape half of a surrogate pair ("\\ud800"): no driver can store it."""
    folder = tmp_path / "masuk"
    folder.mkdir()
    line = '{"id": "separuh\\ud800\\u0008", "text": "' + article(60).replace("\n", " ")
    line += ' \\udc00 akhir.", "catatan": "\\ud83d"}\n'
    (folder / "separuh.jsonl").write_text(line)
    (folder / "baik.txt").write_text(article(61))
    ids, problems = ingest(folder, tmp_path)
    assert problems == [] and ids == ["baik", "separuh"]
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        stored = store.get_article("separuh")
    assert stored is not None and "\ufffd akhir." in stored.raw_text
