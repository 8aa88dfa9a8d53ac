"""Whatever arrives: a batch full of bad input is reported file by file (and line or
record), the good articles in it are ingested, and nothing already stored changes.

The readers' own tests (test_ingest_readers.py) cover each bad input in isolation; here
they go together through the whole `warta ingest` (read, clean, store, extract) into a
store that already holds data, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PG_SERVER
from sqlalchemy import create_engine, text
from test_reliability_support import (
    LEAD,
    article,
    run_warta,
    scalar,
    table_rows,
    warta_command,
    write_corpus,
)
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest.files import MAX_ARTICLE_CHARS
from warta.ingest.names import safe_file_id

# Tables holding what was stored; the kb_* tables are rebuilt from them on every update.
STORED_TABLES = ("articles", "article_bands", "article_knowledge", "search_docs")

PAGE = (
    "<html><head><title>Retno bertemu Lavrov</title></head><body><article>"
    f"<p>{LEAD}</p><p>Kedua menteri membahas perdagangan bilateral, vaksin, dan pendidikan "
    "tinggi serta kerja sama energi di kawasan.</p></article></body></html>"
)
ENGLISH = (
    "Foreign Minister Retno Marsudi met her Russian counterpart in Jakarta on Tuesday. "
    "The two ministers said that they would expand trade and that the talks were useful "
    "for both of their countries, which have been partners for decades."
)
RUSSIAN = (
    "Министр иностранных дел Индонезии Ретно Марсуди встретилась во вторник в Джакарте "
    "с министром иностранных дел России Сергеем Лавровым. Стороны обсудили торговлю, "
    "вакцины и образование, а также сотрудничество в области энергетики."
)
ARABIC = (
    "التقت وزيرة الخارجية الإندونيسية ريتنو مارسودي يوم الثلاثاء في جاكرتا بوزير "
    "الخارجية الروسي سيرغي لافروف، وناقش الجانبان التجارة واللقاحات والتعليم والتعاون "
    "في مجال الطاقة بين البلدين."
)
INVALID_DATES = (
    "Jakarta (ANTARA) - " + LEAD.replace("Selasa (6/7/2021)", "Rabu (32/13)") + " Rapat "
    "lanjutan dijadwalkan pada 31 Februari 2021 menurut rancangan yang keliru itu.\n"
)


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> None:
    """(url, WARC type, payload, content type) records; gzipped when the name ends in .gz."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        for url, kind, payload, content_type in records:
            headers = None
            if kind in ("response", "request"):
                line = "200 OK" if kind == "response" else "GET / HTTP/1.1"
                headers = StatusAndHeaders(
                    line, [("Content-Type", content_type)], protocol="HTTP/1.1"
                )
            writer.write_record(
                writer.create_warc_record(
                    url, kind, payload=io.BytesIO(payload), http_headers=headers
                )
            )


def jsonl_lines(good: bool) -> bytes:
    """Broken records on lines 2-4; lines 1 and 5 are good articles or blank."""
    lines = [
        json.dumps({"id": "rek-1", "text": article(201)}) if good else "",
        '{"id": "rek-2", "text": "putus',
        json.dumps(["bukan", "objek"]),
        json.dumps({"id": "rek-4", "judul": "tanpa teks"}),
        json.dumps({"id": "rek-5", "text": article(202)}) if good else "",
    ]
    return "\n".join(lines).encode() + b"\n"


def bad_inputs(folder: Path) -> dict[str, str]:
    """Write every kind of bad input into `folder`: {file name: expected reason}."""
    folder.mkdir()
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = reason

    put("a-kosong.txt", b"", "empty file")
    put("b-gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, "binary file")
    put("c-utf8-rusak.txt", "Menlu – bertemu ".encode() + b"\xc3\x28 \xa0\xa1", "invalid UTF-8")
    put("d-satu-baris.txt", b"kerja sama " * (MAX_ARTICLE_CHARS // 10), "article too long")
    put("e-rekaman.jsonl", jsonl_lines(good=False), "")
    expected["e-rekaman.jsonl:line 2"] = "invalid JSON"
    expected["e-rekaman.jsonl:line 3"] = "not a JSON object (got list)"
    expected["e-rekaman.jsonl:line 4"] = "no text field"
    del expected["e-rekaman.jsonl"]
    put("f-bukan-objek.json", b'"hanya sebuah string"', "not a JSON object or array")
    put("g-angka.json", b"[1, null]", "")
    expected["g-angka.json:record 1"] = "not a JSON object (got int)"
    expected["g-angka.json:record 2"] = "not a JSON object (got null)"
    del expected["g-angka.json"]
    put("h-tanpa-isi.html", b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
        "no article text")  # fmt: skip
    nested = "<html><body>" + "<div>" * 5000 + PAGE + "</div>" * 5000 + "</body></html>"
    put("i-bersarang.html", nested.encode(), "no article text")
    full = gzip.compress(article(203).encode() * 20)
    put("j-potong.txt.gz", full[: len(full) // 2], "truncated or corrupt gzip")
    pages = [
        (
            f"https://kabar.contoh/b/{i}",
            "response",
            (PAGE + f"<!-- {i} {'x' * 4000} -->").encode(),
            "text/html",
        )  # fmt: skip
        for i in range(10)
    ]
    write_warc(folder / "k-potong.warc.gz", pages)
    data = (folder / "k-potong.warc.gz").read_bytes()
    (folder / "k-potong.warc.gz").write_bytes(data[:300])  # cut inside the first record
    expected["k-potong.warc.gz:record "] = "truncated or corrupt WARC data"
    write_warc(
        folder / "l-bukan-html.warc",
        [
            ("https://kabar.contoh/logo.png", "response", b"\x89PNG\r\n", "image/png"),
            ("https://kabar.contoh/", "request", b"", "text/html"),
            ("https://kabar.contoh/data.json", "response", b'{"a": 1}', "application/json"),
        ],
    )
    expected["l-bukan-html.warc"] = "no HTML response records"
    os.symlink(folder / "tidak-ada.txt", folder / "m-tautan-putus.txt")
    expected["m-tautan-putus.txt"] = "broken symbolic link"
    os.mkfifo(folder / "n-pipa.txt")
    expected["n-pipa.txt"] = "not a regular file (FIFO)"
    put("o-inggris.txt", ENGLISH.encode(), "language en")
    put("p-rusia.txt", RUSSIAN.encode(), "language ru")
    put("q-arab.txt", ARABIC.encode(), "language ar")
    # round 2 (issue 17): these aborted the whole batch or were stored as articles
    deep = "[" * 1_000 + "]" * 1_000
    put("x-dalam.json", deep.encode(), "")
    expected["x-dalam.json:record 1"] = "JSON nested too deeply"
    del expected["x-dalam.json"]
    typed = [12345, True, ["a"], {"b": 1}, None]
    lines = [json.dumps({"id": f"jenis-{i}", "text": v}) for i, v in enumerate(typed)]
    put("y-jenis.jsonl", ("\n".join(['{"text": ' + deep + "}", *lines]) + "\n").encode(), "")
    del expected["y-jenis.jsonl"]
    expected["y-jenis.jsonl:line 1"] = "JSON nested too deeply"
    for line, kind in enumerate(("a number", "a boolean", "a list", "an object", "null"), 2):
        expected[f"y-jenis.jsonl:line {line}"] = f"text field 'text' is {kind}"
    (folder / "z-kendali\x1b[2J\nproblem palsu.txt").write_bytes(b"")  # echoed escaped
    expected["z-kendali\\x1b[2J\\nproblem palsu.txt"] = "empty file"
    return expected


def good_inputs(folder: Path) -> list[str]:
    """Articles that arrive oddly but are fine (and good lines among the bad): their ids."""
    (folder / "e-rekaman.jsonl").write_bytes(jsonl_lines(good=True))
    text = article(204).replace("\n\n", "\r\n", 1).replace("\n\n", "\r", 1)
    (folder / "r-baris-campur.txt").write_bytes(text.encode())  # CRLF, CR and LF
    (folder / "s-utf16-tanpa-bom.txt").write_bytes(article(205).encode("utf-16-le"))
    rusak = PAGE.replace("</p>", "<b>tebal <i>miring", 1).replace("</article>", "<td></tr>")
    (folder / "t-rusak.html").write_text(rusak, encoding="utf-8")
    (folder / "u-satu-kata.txt").write_text("Perdagangan", encoding="utf-8")
    (folder / "v-tanggal-mustahil.txt").write_text(INVALID_DATES, encoding="utf-8")
    nul = {"id": "nul-1", "text": article(206).replace("Lavrov", "Lav\x00rov"), "x\x00": "\x00"}
    (folder / "w-nul.jsonl").write_text(json.dumps(nul) + "\n", encoding="utf-8")  # PostgreSQL!
    # round 2: a name that is not UTF-8, half a UTF-16 pair in JSON
    latin_name = os.path.join(os.fsencode(folder), b"x-nama-\xe9\xff.txt")
    with open(latin_name, "wb") as out:
        out.write(article(207).encode())
    half = '{"id": "separuh", "text": "' + article(208).replace("\n", " ") + ' \\ud800"}\n'
    (folder / "y-separuh.jsonl").write_text(half, encoding="utf-8")
    return [
        safe_file_id(os.fsdecode(b"x-nama-\xe9\xff")),
        "separuh",
        "rek-1",
        "rek-5",
        "r-baris-campur",
        "s-utf16-tanpa-bom",
        "t-rusak",
        "u-satu-kata",
        "v-tanggal-mustahil",
        "nul-1",
    ]


def problem_lines(stderr: str) -> list[str]:
    return [
        line.removeprefix("problem ") for line in stderr.splitlines() if line.startswith("problem ")
    ]


@pytest.mark.slow
def test_bad_inputs_are_reported_the_rest_ingested_nothing_stored_changes(
    tmp_path: Path, db_url: str
) -> None:
    write_corpus(tmp_path / "sudah", 3)
    first = run_warta("ingest", str(tmp_path / "sudah"), "--db", db_url, "--no-progress", "--all")
    assert first.returncode == 0, first.stderr
    before = table_rows(db_url)
    assert all(before[t] for t in STORED_TABLES)

    bad = tmp_path / "buruk"
    expected = bad_inputs(bad)
    only_bad = run_warta("ingest", str(bad), "--db", db_url, "--no-progress", "--all")
    assert only_bad.returncode == 1 and "nothing could be ingested" in only_bad.stderr
    assert table_rows(db_url) == before  # not one row changed, knowledge base included

    reported = problem_lines(only_bad.stderr)
    for where, reason in expected.items():
        matching = [p for p in reported if p.startswith(str(bad / where))]
        assert matching, f"no problem reported for {where}: {reported}"
        assert any(reason in p for p in matching), (where, matching)
    assert len(reported) == len(expected), reported

    good = good_inputs(bad)
    mixed = run_warta("ingest", str(bad), "--db", db_url, "--no-progress", "--all")
    assert mixed.returncode == 0, mixed.stderr
    assert len(problem_lines(mixed.stderr)) == len(expected)
    after = table_rows(db_url)
    for table in STORED_TABLES:
        missing = set(before[table]) - set(after[table])
        assert not missing, f"{table}: stored rows changed or vanished"
    doc_ids = {row.split(", ")[1].strip("'") for row in after["articles"]}
    assert set(good) <= doc_ids
    assert len(after["articles"]) == len(before["articles"]) + len(good)
    undated = (
        "SELECT count(*) FROM articles WHERE doc_id = 'v-tanggal-mustahil' AND published IS NULL"
    )
    assert scalar(db_url, undated) == 1  # "31 Februari" and "(32/13)" are not dates
    engine = create_engine(db_url)
    with engine.connect() as conn:
        cleaned = conn.execute(
            text("SELECT text FROM articles WHERE doc_id = :d"), {"d": "r-baris-campur"}
        ).scalar_one()
    engine.dispose()
    assert "\r" not in cleaned and cleaned.count("\n") >= 3  # CRLF, CR, LF: all line breaks


@pytest.mark.slow
def test_other_languages_can_be_let_in(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "bahasa"
    folder.mkdir()
    (folder / "inggris.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "rusia.txt").write_text(RUSSIAN, encoding="utf-8")
    write_corpus(folder, 1)
    args = ("ingest", str(folder), "--db", db_url, "--no-progress", "--no-extract")
    only_id = run_warta(*args)
    assert only_id.returncode == 0, only_id.stderr
    assert scalar(db_url, "SELECT count(*) FROM articles") == 1
    assert "language en" in only_id.stderr and "--languages" in only_id.stderr
    both = run_warta(*args, "--languages", "id,en")
    assert both.returncode == 0, both.stderr
    assert scalar(db_url, "SELECT count(*) FROM articles WHERE language = 'en'") == 1
    assert scalar(db_url, "SELECT count(*) FROM articles WHERE language = 'ru'") == 0
    every = run_warta(*args, "--languages", "all")
    assert every.returncode == 0, every.stderr
    assert scalar(db_url, "SELECT count(*) FROM articles") == 3


# --- one 200 MB line: neither a hang nor a blow-up in memory -------------------------

MB = 1 << 20
LIMIT_SECONDS = 60
LIMIT_RSS_MB = 450  # the ingest process at rest is ~200 MB (Python, SQLAlchemy, spaCy)
# VmHWM, the peak resident set of this program: getrusage's ru_maxrss would also count
# the pytest process it was forked from (Linux keeps it across exec).
_MEASURED = """
import re, resource, sys
from warta.cli import main
try:
    main()
finally:
    try:
        status = open("/proc/self/status").read()
        peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("maxrss_kb", peak, file=sys.stderr)
"""


def write_huge_line(path: Path, size: int = 200 * MB) -> None:
    """One line of `size` bytes, streamed to disk (never held in memory)."""
    small = json.dumps({"id": "kecil", "text": article(7)}).encode()
    head, tail = {
        ".txt": (b"", b""),
        ".jsonl": (b'{"id": "besar", "text": "', b'"}\n' + small + b"\n"),
        ".json": (b'{"id": "besar", "text": "', b'"}'),
        ".html": (b"<html><body><article><p>", b"</p></article></body></html>"),
    }[path.suffix]  # fmt: skip
    chunk = (b"kerja sama perdagangan " * (MB // 20))[:MB]
    with open(path, "wb") as out:
        out.write(head)
        for _ in range((size - len(head) - len(tail)) // MB):
            out.write(chunk)
        out.write(tail)


@pytest.mark.skipif(bool(PG_SERVER), reason="reader-bound: the SQLite run covers it")
@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        (".txt", "larger than 20 MB"),
        (".jsonl", "line 1: larger than 20 MB"),
        (".json", "record 1: record larger than 20 MB"),
        (".html", "larger than 20 MB"),
    ],
)
@pytest.mark.slow
def test_a_200_mb_single_line_file_is_refused_quickly_in_little_memory(
    tmp_path: Path, suffix: str, reason: str
) -> None:
    path = tmp_path / f"besar{suffix}"
    write_huge_line(path)
    assert path.stat().st_size >= 199 * MB
    command = warta_command("ingest", str(path), "--db", str(tmp_path / "w.db"), "--no-progress",
                            "--no-extract")  # fmt: skip
    command[2] = _MEASURED
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=LIMIT_SECONDS * 2,
                            env={**os.environ, "COLUMNS": "200"})  # fmt: skip
    elapsed = time.monotonic() - started
    path.unlink()
    assert f"{path}:{reason}" in result.stderr.replace(f"{path}: ", f"{path}:"), result.stderr
    rss_mb = int(result.stderr.rsplit("maxrss_kb", 1)[1].split()[0]) // 1024
    assert elapsed < LIMIT_SECONDS, elapsed
    assert rss_mb < LIMIT_RSS_MB, f"{rss_mb} MB"
    if suffix == ".jsonl":  # the record after the huge line is still read
        assert result.returncode == 0 and "ingested (new)" in result.stdout
    sys.stderr.write(f"{suffix}: {elapsed:.1f} s, {rss_mb} MB\n")


@pytest.mark.slow
def test_a_long_article_goes_through_extraction(tmp_path: Path) -> None:
    """20,000 words (four times a long feature) are read, cleaned, analysed, extracted."""
    folder = tmp_path / "panjang"
    folder.mkdir()
    paragraphs = [article(i, paragraphs=5, words=40).split("\n\n", 1)[1] for i in range(100)]
    text = "Jakarta (ANTARA) - " + LEAD + "\n\n" + "\n\n".join(paragraphs)
    assert 19_000 < len(text.split()) < 22_000
    (folder / "panjang.txt").write_text(text, encoding="utf-8")
    (folder / "pendek.txt").write_text("Perdagangan", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    result = run_warta("ingest", str(folder), "--db", db, "--no-progress", "--all")
    assert result.returncode == 0, result.stderr
    assert scalar(db, "SELECT count(*) FROM article_knowledge") == 2
