"""Fuzzing the ingest readers: valid files of every format, mutated (bytes flipped,
inserted, deleted, duplicated, cut short; before or after compression) or replaced by
arbitrary bytes. Whatever the bytes, a reader yields documents and problems and never
raises; documents hold text within limits, problems name the file.

The suite runs a few hundred examples; bench/fuzz_readers.py runs many thousands
(WARTA_FUZZ_EXAMPLES) and docs/RELIABILITY.md records the result.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warta.ingest import IngestProblem, InputFile, RawDocument, read_file
from warta.ingest.files import MAX_ARTICLE_CHARS
from warta.ingest.names import has_unsafe_characters, path_text

EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "0")) or 300

ARTICLE = (
    "Jakarta (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
    "Rusia Sergei Lavrov di Jakarta, Selasa (6/7/2021). Keduanya membahas perdagangan "
    "senilai 5 miliar dolar AS, vaksin dan pendidikan.\n\nPertemuan berlangsung hangat.\n"
)
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Retno bertemu Lavrov</title>'
    '<meta property="article:published_time" content="2021-07-06T10:00:00+07:00"></head>'
    f"<body><nav>Beranda | Politik</nav><article><h1>Retno bertemu Lavrov</h1><p>{ARTICLE}"
    "</p><p>Kedua menteri juga membahas kerja sama energi dan pangan.</p></article>"
    "<footer>Hak cipta 2021</footer></body></html>"
)


def _warc(pages: int = 3, gz: bool = False) -> bytes:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gz)
    for i in range(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://kabar.contoh/berita/{i}",
            "response",
            payload=io.BytesIO(PAGE.replace("Lavrov", f"Lavrov {i}").encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    return stream.getvalue()


def _record(i: int) -> dict[str, object]:
    return {"id": f"r{i}", "text": ARTICLE + f" Catatan {i}.", "judul": "x", "tanggal": "2021"}


# (file suffix, format, gzipped): the plain bytes of a valid file of that kind
SEEDS: dict[tuple[str, str, bool], bytes] = {
    (".txt", "txt", False): ARTICLE.encode(),
    (".html", "html", False): PAGE.encode(),
    (".jsonl", "jsonl", False): "".join(json.dumps(_record(i)) + "\n" for i in range(3)).encode(),
    (".json", "json", False): json.dumps([_record(i) for i in range(3)]).encode(),
    (".warc", "warc", False): _warc(),
    (".warc.gz", "warc", False): _warc(gz=True),  # one gzip member per record
    (".txt.gz", "txt", True): ARTICLE.encode(),
    (".jsonl.gz", "jsonl", True): "".join(json.dumps(_record(i)) + "\n" for i in range(3)).encode(),
}


def _compress(suffix: str, data: bytes) -> bytes:
    if suffix.endswith(".gz") and suffix != ".warc.gz":  # the WARC writer compressed that
        return gzip.compress(data)
    return data


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` with a few random edits, or random bytes altogether."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2000))
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(0, len(out) - 1)))
        if op == "flip" and out:
            out[at] = draw(st.integers(0, 255))
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=40) | st.sampled_from(
                [b"\x00", b"\xff\xfe", b'"', b"\n", b"\r", b"{", b"]", b"<div>" * 300,
                 b"\xef\xbb\xbf", "\u202e".encode(), b"\\u0000", b"\xc3"]))  # fmt: skip
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 50))]
        elif op == "truncate":
            del out[at:]
        elif op == "duplicate":
            out[at:at] = out[at : at + draw(st.integers(1, 200))]
    return bytes(out)


def check_reader(
    suffix: str, fmt: str, gzipped: bool, data: bytes, stem: bytes = b"fuzz"
) -> list[RawDocument | IngestProblem]:
    """Read `data` as a file of that kind; fail when the reader raises or yields junk.

    `stem` is the file name's bytes before the suffix (may be invalid UTF-8 or hold
    control characters): ids and sources must still be valid UTF-8, problems printable.
    """
    with tempfile.TemporaryDirectory(prefix="warta-fuzz-") as folder:
        name = os.fsdecode(stem + suffix.encode())
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_file(InputFile(path, fmt, gzipped)))
        for item in items:
            assert isinstance(item, RawDocument | IngestProblem), item
            if isinstance(item, RawDocument):
                assert isinstance(item.text, str) and "\x00" not in item.text
                assert len(item.text) <= MAX_ARTICLE_CHARS
                assert item.doc_id and item.source.startswith(path_text(path))
                item.doc_id.encode("utf-8")  # storable: no surrogates from the file name
                item.source.encode("utf-8")
                assert not has_unsafe_characters(item.doc_id), item.doc_id
            else:
                assert item.source == path_text(path) and item.reason
                shown = str(item)
                assert not has_unsafe_characters(shown), shown  # escaped for the terminal
        return items


FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # examples are files: nothing worth replaying from .hypothesis
)


@FUZZ_SETTINGS
@given(st.data())
def test_readers_never_raise_on_mutated_files(data: st.DataObject) -> None:
    suffix, fmt, gzipped = data.draw(st.sampled_from(sorted(SEEDS)), label="kind")
    compress_first = data.draw(st.booleans(), label="mutate the compressed bytes")
    seed = SEEDS[(suffix, fmt, gzipped)]
    if compress_first:
        raw = data.draw(mutated(_compress(suffix, seed)), label="bytes")
    else:
        raw = _compress(suffix, data.draw(mutated(seed), label="bytes"))
    check_reader(suffix, fmt, gzipped, raw)


def test_the_seeds_are_valid() -> None:
    for (suffix, fmt, gzipped), seed in SEEDS.items():
        items = check_reader(suffix, fmt, gzipped, _compress(suffix, seed))
        docs = [i for i in items if isinstance(i, RawDocument)]
        assert docs and len(docs) == len(items), (suffix, items)


# --- one structure-aware target per reader -------------------------------------------
# The mutations above rarely make well-formed files that are odd inside: these build
# them from the format's own structure (JSON values of any type and depth, tag trees,
# text in any encoding, WARC records with any headers) under any file name.

READER_EXAMPLES = max(EXAMPLES // 3, 60)
READER_SETTINGS = settings(
    max_examples=READER_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
# File names: plain, with control characters, or with bytes that are not UTF-8.
stems = st.sampled_from(
    [b"berita", b"a\nb", b"x\x1b[31m", b"\xff\xfe", b"-", b"r\xe9sum\xe9"]
) | st.binary(min_size=1, max_size=12).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
texts = st.text(max_size=300) | st.sampled_from([ARTICLE, ARTICLE * 3, "", " ", "\x00"])


@st.composite
def records(draw: st.DrawFn) -> object:
    """A record: mostly objects with the usual fields of any type, sometimes deep."""
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(json_values)
    if kind == 1:  # nested past the decoder's recursion limit
        depth = draw(st.integers(900, 3000))
        return {"text": "[" * depth + "]" * depth}
    record: dict[str, object] = {}
    for field in ("id", "text", "title", "url", "published", "outlet", "isi", "tanggal"):
        if draw(st.booleans()):
            record[field] = draw(texts if field in ("text", "isi") else json_values)
    return record


def _dumps(value: object) -> str:
    if (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and value["text"].startswith("[[[")
    ):
        return '{"text": ' + value["text"] + "}"  # raw nesting, not a string
    return json.dumps(value)


@READER_SETTINGS
@given(stem=stems, items=st.lists(records(), max_size=5), broken=st.booleans())
def test_json_reader_on_any_records(stem: bytes, items: list[object], broken: bool) -> None:
    data = "[" + ", ".join(_dumps(i) for i in items) + ("" if broken else "]")
    check_reader(".json", "json", False, data.encode(), stem)


@READER_SETTINGS
@given(stem=stems, items=st.lists(records(), max_size=6), sep=st.sampled_from(["\n", "\r\n"]))
def test_jsonl_reader_on_any_records(stem: bytes, items: list[object], sep: str) -> None:
    data = sep.join(_dumps(i) for i in items) + sep
    items_read = check_reader(".jsonl", "jsonl", False, data.encode(), stem)
    assert len(items_read) >= min(len(items), 1)  # one document or problem per record


@st.composite
def tag_trees(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(["div", "p", "article", "nav", "script", "table", "td", "b", "x-y"]))
    children = [
        draw(st.text(max_size=80))
        if depth > 3 or draw(st.booleans())
        else draw(tag_trees(depth + 1))
        for _ in range(draw(st.integers(0, 3)))
    ]
    close = draw(st.booleans())  # unclosed tags too
    return f"<{tag}>" + "".join(children) + (f"</{tag}>" if close else "")


@READER_SETTINGS
@given(
    stem=stems,
    body=tag_trees(),
    article=st.booleans(),
    charset=st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "bogus"]),
)
def test_html_reader_on_any_page(stem: bytes, body: str, article: bool, charset: str) -> None:
    content = (f"<article><p>{ARTICLE}</p></article>" if article else "") + body
    head = f'<head><meta charset="{charset}"><title>t</title></head>'
    page = f"<html>{head}<body>{content}</body></html>"
    codec = charset if charset != "bogus" else "utf-8"
    check_reader(".html", "html", False, page.encode(codec, errors="replace"), stem)


@READER_SETTINGS
@given(
    stem=stems,
    text=texts,
    codec=st.sampled_from(
        [
            "utf-8",
            "utf-8-sig",
            "utf-16",
            "utf-16-le",
            "utf-32",
            "cp1252",
            "latin-1",
            "cp1250",
            "iso8859-2",
            "koi8-r",
            "shift_jis",
            "gb18030",
        ]
    ),
)
def test_txt_reader_on_any_text_in_any_encoding(stem: bytes, text: str, codec: str) -> None:
    check_reader(".txt", "txt", False, text.encode(codec, errors="replace"), stem)


@READER_SETTINGS
@given(
    stem=stems,
    records_=st.lists(
        st.tuples(
            st.sampled_from(["response", "request", "resource", "metadata", "revisit"]),
            st.sampled_from(
                ["text/html", "text/html; charset=cp1252", "application/json", "image/png", ""]
            ),
            st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "200"]),
            st.binary(max_size=300) | st.just(PAGE.encode()) | tag_trees().map(str.encode),
            st.text(max_size=40),
        ),
        max_size=4,
    ),
    gz=st.booleans(),
)
def test_warc_reader_on_any_records(
    stem: bytes, records_: list[tuple[str, str, str, bytes, str]], gz: bool
) -> None:
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gz)
    for kind, content_type, status, payload, url in records_:
        headers = None
        if kind in ("response", "request"):
            line = status if kind == "response" else "GET / HTTP/1.1"
            headers = StatusAndHeaders(line, [("Content-Type", content_type)], protocol="HTTP/1.1")
        try:
            record = writer.create_warc_record(
                url or "https://x.contoh/", kind, payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
        except Exception:  # noqa: BLE001 - warcio refuses to write it: not an input to test
            continue
    check_reader(".warc.gz" if gz else ".warc", "warc", False, stream.getvalue(), stem)
