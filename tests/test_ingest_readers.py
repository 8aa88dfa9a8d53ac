"""The ingest readers: every input format, encodings, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import FieldMap, IngestProblem, RawDocument, iter_documents
from warta.ingest.encoding import UndecodableError, decode_text

ARTICLE = (
    "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
    "Rusia Sergei Lavrov di Jakarta, Selasa (6/7). Keduanya menandatangani rencana "
    "konsultasi 2021–2023 dan membahas target perdagangan “5 miliar dolar AS”.\n\n"
    "Pertemuan itu juga membahas kerja sama vaksin dan pendidikan.\n"
)

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Retno dan Lavrov bertemu di Jakarta</title>
<meta property="og:title" content="Retno dan Lavrov bertemu di Jakarta">
<meta property="og:site_name" content="Kabar Contoh">
<meta property="article:published_time" content="2021-07-06T10:00:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/politik">Politik</a> | <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>Retno dan Lavrov bertemu di Jakarta</h1>
<p>Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di
Jakarta pada Selasa. Keduanya menandatangani rencana konsultasi untuk periode 2021-2023.</p>
<p>Kedua menteri juga membahas target perdagangan bilateral sebesar lima miliar dolar AS
serta kerja sama pengembangan vaksin COVID-19 dan pendidikan tinggi.</p>
</article>
<footer>Tentang Kami | Redaksi | Kontak. Hak cipta 2021 Kabar Contoh.</footer>
</body></html>"""


def read(*paths: Path, fields: FieldMap | None = None) -> list[RawDocument | IngestProblem]:
    return list(iter_documents(paths, fields))


def docs_of(items: list[RawDocument | IngestProblem]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def problems_of(items: list[RawDocument | IngestProblem]) -> list[IngestProblem]:
    return [item for item in items if isinstance(item, IngestProblem)]


# --- text and encodings ----------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes a BOM, little-endian on this machine
        ("utf-16-be-bom", "utf-16-be"),
        ("cp1252", "cp1252"),
    ],
)
def test_txt_encodings_are_detected_and_decoded(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = tmp_path / "berita-satu.txt"
    if encoding == "utf-16-be-bom":
        path.write_bytes(b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
    else:
        path.write_bytes(ARTICLE.encode(encoding))
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == ARTICLE
    assert doc.encoding == expected
    assert doc.doc_id == "berita-satu"
    assert doc.format == "txt"


def test_latin1_text_without_windows_punctuation_decodes(tmp_path: Path) -> None:
    text = "Kerja sama dengan café di Moskow berjalan baik sejak 1950.\n" * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == text
    assert doc.encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_crlf_newlines_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert "\r" not in doc.text
    assert doc.text == ARTICLE


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        # valid UTF-8 ("–") next to bytes that are not: broken, not another encoding
        ("Jakarta – Menlu ".encode() + b"\xff\xfe bertemu \x81\x8d", "mixes valid UTF-8"),
        # no valid reading as Latin text either
        (b"Halo \xff\xfe\xfd\xfc dunia \x8d\x8f\x90\x9d", "invalid UTF-8"),
    ],
)
def test_undecodable_text_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UndecodableError, match=reason):
        decode_text(data)


def test_bad_txt_files_become_problems_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-kosong.txt").write_bytes(b"")
    (tmp_path / "b-gambar.txt").write_bytes(b"\x00\x01\x02\x03GIF89a\x00\x00" * 50)
    (tmp_path / "c-rusak.txt").write_bytes("Menlu – ".encode() + b"\xc3\x28 \xa0\xa1")
    (tmp_path / "d-baik.txt").write_text(ARTICLE, encoding="utf-8")
    items = read(tmp_path)
    assert [d.doc_id for d in docs_of(items)] == ["d-baik"]
    problems = {Path(p.source).name: p.reason for p in problems_of(items)}
    assert problems["a-kosong.txt"] == "empty file"
    assert "binary" in problems["b-gambar.txt"]
    assert "UTF-8" in problems["c-rusak.txt"]


def test_gzipped_text_and_truncated_gzip(tmp_path: Path) -> None:
    good = tmp_path / "utuh.txt.gz"
    good.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    packed = gzip.compress((ARTICLE * 50).encode("utf-8"))
    (tmp_path / "terpotong.txt.gz").write_bytes(packed[: len(packed) // 2])
    items = read(tmp_path)
    [doc] = docs_of(items)
    assert doc.doc_id == "utuh" and doc.text == ARTICLE
    [problem] = problems_of(items)
    assert problem.source.endswith("terpotong.txt.gz")
    assert "truncated or corrupt gzip" in problem.reason


# --- HTML ----------------------------------------------------------------------


def test_html_article_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "retno-lavrov.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.format == "html"
    assert doc.doc_id == "retno-lavrov"
    assert doc.title == "Retno dan Lavrov bertemu di Jakarta"
    assert doc.published == "2021-07-06"
    assert doc.outlet == "Kabar Contoh"
    assert "menandatangani rencana konsultasi" in doc.text
    assert "Beranda" not in doc.text and "Tentang Kami" not in doc.text
    assert not doc.text.startswith(doc.title)  # the <h1> is metadata, not body text


def test_html_in_windows_1252_declared_in_meta(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Jakarta pada Selasa", "Jakarta pada Selasa – “hangat”"
    )
    path = tmp_path / "cp.htm"
    path.write_bytes(page.encode("cp1252"))
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert "Selasa – “hangat”" in doc.text


def test_html_without_article_body_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Beranda</a></nav>"
        "</body></html>",
        encoding="utf-8",
    )
    [problem] = read(path)
    assert isinstance(problem, IngestProblem)
    assert "no article text" in problem.reason
    assert str(problem).startswith(str(path) + ": ")


# --- JSON Lines and JSON -----------------------------------------------------------


def record(i: int, **extra: object) -> dict[str, object]:
    return {"id": f"rec-{i}", "text": f"{ARTICLE} Catatan nomor {i}.", **extra}


def test_jsonl_records_with_one_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "kumpulan.jsonl"
    lines = [
        json.dumps(record(1, title="Satu", url="https://contoh.id/a", published="2021-07-06")),
        '{"id": "rec-2", "text": "terpotong',
        "",
        json.dumps({"title": "tanpa teks"}),
        json.dumps(["bukan", "objek"]),
        json.dumps(record(6, outlet="ANTARA", kategori="politik")),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path)
    docs = docs_of(items)
    assert [d.doc_id for d in docs] == ["rec-1", "rec-6"]
    assert docs[0].title == "Satu" and docs[0].url == "https://contoh.id/a"
    assert docs[0].published == "2021-07-06"
    assert docs[0].source == f"{path}#1"
    assert docs[1].outlet == "ANTARA" and docs[1].meta == {"kategori": "politik"}
    reasons = {p.location: p.reason for p in problems_of(items)}
    assert set(reasons) == {"line 2", "line 4", "line 5"}
    assert "invalid JSON" in reasons["line 2"]
    assert "no text field" in reasons["line 4"]
    assert "not a JSON object" in reasons["line 5"]
    assert str(problems_of(items)[0]) == f"{path}:line 2: {reasons['line 2']}"


def test_jsonl_ids_from_url_or_position_and_field_option(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.jsonl"
    rows = [
        {"isi": ARTICLE, "tautan": "https://www.antaranews.com/berita/123/retno-bertemu-lavrov"},
        {"isi": ARTICLE + " dua"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    without = read(path)
    assert all("no text field" in p.reason for p in problems_of(without))
    fields = FieldMap.from_options(["text=isi", "url=tautan"])
    docs = docs_of(read(path, fields=fields))
    assert [d.doc_id for d in docs] == ["retno-bertemu-lavrov", "ekspor-2"]


def test_field_option_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="FIELD=NAME"):
        FieldMap.from_options(["teks=isi"])
    with pytest.raises(ValueError, match="no record field"):
        FieldMap.from_options(["text="])


def test_jsonl_utf16_with_bom_and_invalid_utf8_line(tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes(("\n".join(json.dumps(record(i)) for i in range(3))).encode("utf-16"))
    assert [d.doc_id for d in docs_of(read(utf16))] == ["rec-0", "rec-1", "rec-2"]
    mixed = tmp_path / "campur.jsonl"
    mixed.write_bytes(
        json.dumps(record(1)).encode()
        + b'\n{"text": "\xff\xfe"}\n'
        + json.dumps(record(3)).encode()
    )
    items = read(mixed)
    assert [d.doc_id for d in docs_of(items)] == ["rec-1", "rec-3"]
    [problem] = problems_of(items)
    assert problem.location == "line 2" and "UTF-8" in problem.reason


def test_truncated_jsonl_gz_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    body = "\n".join(json.dumps(record(i)) for i in range(400)).encode()
    packed = gzip.compress(body)
    path = tmp_path / "besar.jsonl.gz"
    path.write_bytes(packed[: int(len(packed) * 0.6)])
    items = read(path)
    assert 0 < len(docs_of(items)) < 400
    [problem] = problems_of(items)
    assert "truncated or corrupt gzip" in problem.reason
    assert problem.location is not None and problem.location.startswith("line ")


def test_json_array_is_streamed_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "arsip.json"
    # Long records cross the reader's chunk boundary: decoding must wait for the rest.
    records = [record(i, catatan="x" * 70_000 if i % 2 else "") for i in range(5)]
    path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    docs = docs_of(read(path))
    assert [d.doc_id for d in docs] == [f"rec-{i}" for i in range(5)]
    assert docs[0].format == "json" and docs[3].source == f"{path}#4"


def test_json_single_object_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "satu.json"
    path.write_text(json.dumps({"text": ARTICLE, "title": "Judul"}), encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "satu-1" and doc.title == "Judul"


@pytest.mark.parametrize(
    ("content", "location", "reason"),
    [
        ('"hanya teks"', None, "not a JSON object or array"),
        ("42", None, "not a JSON object or array"),
        ("[1, 2]", "record 1", "not a JSON object (got int)"),
        ('[{"text": "ok"}, {"text": ', "record 2", "invalid JSON"),
        ('[{"text": "ok"} {"text": "b"}]', "record 1", "expected ','"),
        ("", None, "empty file"),
        ("[]", None, "no records"),
        ('{"text": "a"} sisa', None, "after the end"),
    ],
)
def test_json_that_is_not_records_is_a_problem(
    tmp_path: Path, content: str, location: str | None, reason: str
) -> None:
    path = tmp_path / "salah.json"
    path.write_text(content, encoding="utf-8")
    problems = problems_of(read(path))
    assert problems, "expected a problem"
    assert problems[0].location == location
    assert reason in problems[0].reason


# --- WARC ------------------------------------------------------------------------


def write_warc(path: Path, pages: list[tuple[str, str]], gz: bool = True) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://contoh.id/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )


def test_warc_html_responses_are_extracted(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://kabar.contoh/internasional/retno-bertemu-lavrov-di-jakarta", PAGE),
            ("https://kabar.contoh/menu", "<html><body><nav>Beranda</nav></body></html>"),
        ],
    )
    items = read(path)
    [doc] = docs_of(items)
    assert doc.format == "warc"
    assert doc.doc_id == "retno-bertemu-lavrov-di-jakarta"
    assert doc.url == "https://kabar.contoh/internasional/retno-bertemu-lavrov-di-jakarta"
    assert doc.published == "2021-07-06"
    assert "crawled" in doc.meta
    [problem] = problems_of(items)
    assert problem.location == "record 2" and "no article text" in problem.reason


def test_plain_warc_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, [("https://kabar.contoh/a/retno-dan-lavrov", PAGE)], gz=False)
    assert [d.doc_id for d in docs_of(read(path))] == ["retno-dan-lavrov"]


def test_truncated_warc_gz_reports_and_keeps_earlier_records(tmp_path: Path) -> None:
    path = tmp_path / "potong.warc.gz"
    pages = [
        (f"https://kabar.contoh/b/berita-nomor-{i:03d}", PAGE + "<!--" + "x" * 5000 + f"{i}-->")
        for i in range(20)
    ]
    write_warc(path, pages)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    assert 0 < len(docs_of(items)) < 20
    [problem] = problems_of(items)
    assert "truncated or corrupt WARC" in problem.reason
    assert problem.location is not None and problem.location.startswith("record ")


# --- the file system ---------------------------------------------------------------


def test_directories_are_walked_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "dalam").mkdir(parents=True)
    (tmp_path / "b" / "dua.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "dalam" / "satu.TXT").write_text(ARTICLE + "x", encoding="utf-8")
    (tmp_path / "README.md").write_text("# bukan berita", encoding="utf-8")
    (tmp_path / ".tersembunyi.txt").write_text(ARTICLE, encoding="utf-8")
    items = read(tmp_path)
    assert not problems_of(items)
    assert [d.doc_id for d in docs_of(items)] == ["satu", "dua"]


def test_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "sekali.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "tautan.txt").symlink_to(path)
    assert len(docs_of(read(path, tmp_path))) == 1


def test_missing_path_broken_symlink_and_unsupported_file(tmp_path: Path) -> None:
    (tmp_path / "putus.txt").symlink_to(tmp_path / "tidak-ada.txt")
    other = tmp_path / "catatan.docx"
    other.write_bytes(b"PK\x03\x04")
    items = read(tmp_path / "hilang.txt", tmp_path / "putus.txt", other)
    reasons = [p.reason for p in problems_of(items)]
    assert reasons[0] == "no such file or directory"
    assert reasons[1].startswith("broken symbolic link")
    assert reasons[2].startswith("unsupported file type")
    # Inside a directory walk a broken link is reported too, not silently skipped.
    assert any("broken symbolic link" in p.reason for p in problems_of(read(tmp_path)))


def test_fifo_is_skipped_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    (tmp_path / "biasa.txt").write_text(ARTICLE, encoding="utf-8")
    result: list[RawDocument | IngestProblem] = []
    reader = threading.Thread(target=lambda: result.extend(read(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a directory with a FIFO blocked"
    [problem] = problems_of(result)
    assert "FIFO" in problem.reason and problem.source.endswith("pipa.txt")
    assert [d.doc_id for d in docs_of(result)] == ["biasa"]


def test_unreadable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "terkunci"
    locked.mkdir()
    (locked / "rahasia.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "terbuka.txt").write_text(ARTICLE, encoding="utf-8")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:
        # root reads everything: make the OS refuse the listing the way it would for a user
        real_scandir = os.scandir

        def scandir(path: object = ".") -> object:
            if Path(str(path)) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        items = read(tmp_path)
    finally:
        locked.chmod(0o755)
    [problem] = problems_of(items)
    assert problem.source == str(locked)
    assert "cannot read directory" in problem.reason
    assert [d.doc_id for d in docs_of(items)] == ["terbuka"]
