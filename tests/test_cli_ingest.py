"""`warta ingest` and `warta docs list|show` as a user runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

ARTICLE = (
    "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi menerima Menteri Luar Negeri "
    "Rusia Sergei Lavrov di Jakarta, Selasa (6/7), dan keduanya menandatangani rencana "
    "konsultasi 2021-2023.\n\nBaca juga: Menlu bahas vaksin\n\nKedua menteri membahas "
    "target perdagangan lima miliar dolar AS dan kerja sama pendidikan tinggi.\n\n"
    "Pewarta: Contoh Saja\nEditor: Contoh Juga\nCopyright © ANTARA 2021\n"
)

OTHER_ARTICLE = (
    "Tokyo (ANTARA) - Indonesia dan Jepang sepakat mempercepat peninjauan perjanjian "
    "kemitraan ekonomi IJEPA yang ditandatangani pada 2007 dan berlaku sejak 2008, dalam "
    "pertemuan para menteri di Tokyo, Kamis."
)

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def count(output: str, label: str) -> int:
    match = re.search(re.escape(label) + r"\s*│\s*(\d+)", output)
    assert match, f"{label!r} not in output:\n{output}"
    return int(match.group(1))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "retno-lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "salinan.txt").write_text(ARTICLE.replace("ANTARA", "MINA", 1), encoding="utf-8")
    (folder / "ekspor.jsonl").write_text(
        json.dumps({"kode": "j-1", "isi": OTHER_ARTICLE}) + "\n{rusak\n",
        encoding="utf-8",
    )
    return folder


def test_help_on_every_command() -> None:
    for args in (["ingest"], ["docs"], ["docs", "list"], ["docs", "show"]):
        code, output = invoke(*args, "--help")
        assert code == 0, output
        assert "Usage" in output
    assert "--field" in invoke("ingest", "--help")[1]


def test_ingest_summary_problems_and_rerun(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    code, output = invoke("ingest", str(corpus), "--db", db, "--field", "text=isi", "-f", "id=kode")
    assert code == 0, output
    assert count(output, "ingested (new)") == 2
    assert count(output, "exact duplicates (linked)") == 1
    assert count(output, "problems (skipped)") == 1
    assert f"{corpus / 'ekspor.jsonl'}:line 2: invalid JSON" in output
    code, output = invoke("ingest", str(corpus), "--db", db, "--field", "text=isi", "-f", "id=kode")
    assert code == 0
    assert count(output, "ingested (new)") == 0
    assert count(output, "unchanged (already present)") == 3
    code, output = invoke("ingest", str(corpus), "--db", db, "--strict", "-f", "text=isi")
    assert code == 1 and "--strict" in output


def test_ingest_exit_codes_when_nothing_can_be_read(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    code, output = invoke("ingest", str(empty), "--db", str(tmp_path / "w.db"))
    assert code == 1
    assert f"{empty}: empty file" in output
    assert "nothing could be ingested" in output
    code, output = invoke("ingest", str(tmp_path / "kosong.txt"), "--field", "judul=x")
    assert code == 2 and "FIELD=NAME" in output


def test_db_from_environment(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("WARTA_DB", str(db))
    code, _ = invoke("ingest", str(corpus / "retno-lavrov.txt"))
    assert code == 0 and db.exists()
    code, output = invoke("docs", "list", "--format", "json")
    assert [row["id"] for row in json.loads(output)] == ["retno-lavrov"]


def test_docs_list_table_and_json(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    invoke("ingest", str(corpus), "--db", db, "-f", "text=isi", "-f", "id=kode")
    code, output = invoke("docs", "list", "--db", db)
    assert code == 0
    assert "3 of 3 articles" in output
    assert "retno-lavrov" in output and "2021-07-06" in output
    code, output = invoke("docs", "list", "--db", db, "--format", "json")
    rows = {row["id"]: row for row in json.loads(output)}
    assert set(rows) == {"retno-lavrov", "salinan", "j-1"}
    assert rows["salinan"]["duplicate_of"] == "retno-lavrov"
    assert rows["salinan"]["duplicate_kind"] == "exact"
    assert "text" not in rows["j-1"]  # the list is metadata only
    code, output = invoke("docs", "list", "--db", db, "--format", "json", "--originals")
    assert {row["id"] for row in json.loads(output)} == {"retno-lavrov", "j-1"}


def test_docs_show_text_json_and_raw(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    invoke("ingest", str(corpus), "--db", db, "-f", "text=isi", "-f", "id=kode")
    code, output = invoke("docs", "show", "retno-lavrov", "--db", db)
    assert code == 0, output
    for expected in ("retno-lavrov", "cleaned text", "menandatangani rencana", "salinan"):
        assert expected in output
    code, output = invoke("docs", "show", "retno-lavrov", "--db", db, "--format", "json")
    data = json.loads(output)
    assert data["id"] == "retno-lavrov"
    assert data["duplicates"] == [{"id": "salinan", "kind": "exact", "similarity": 1.0}]
    assert "raw_text" not in data
    assert data["text"].startswith("Menteri Luar Negeri Retno Marsudi")
    assert "Baca juga" not in data["text"]  # cleaned: boilerplate moved to "removed"
    assert isinstance(data["removed"], list)
    code, output = invoke("docs", "show", "retno-l", "--db", db, "--format", "json", "--raw")
    assert json.loads(output)["raw_text"] == ARTICLE  # a unique prefix is enough
    code, output = invoke("docs", "show", "retno-lavrov", "--db", db, "--raw")
    assert "raw text" in output and "Pewarta" in output


def test_docs_show_unknown_or_ambiguous_id(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    invoke("ingest", str(corpus), "--db", db)
    code, output = invoke("docs", "show", "tidak-ada", "--db", db)
    assert code == 1 and "no article with id" in output
    (corpus / "retno-lain.txt").write_text(ARTICLE + "\nTambahan.", encoding="utf-8")
    invoke("ingest", str(corpus), "--db", db)
    code, output = invoke("docs", "show", "retno", "--db", db)
    assert code == 1 and "ambiguous" in output
