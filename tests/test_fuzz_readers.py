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
    suffix: str, fmt: str, gzipped: bool, data: bytes
) -> list[RawDocument | IngestProblem]:
    """Read `data` as a file of that kind; fail when the reader raises or yields junk."""
    with tempfile.TemporaryDirectory(prefix="warta-fuzz-") as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        items = list(read_file(InputFile(path, fmt, gzipped)))
        for item in items:
            assert isinstance(item, RawDocument | IngestProblem), item
            if isinstance(item, RawDocument):
                assert isinstance(item.text, str) and "\x00" not in item.text
                assert len(item.text) <= MAX_ARTICLE_CHARS
                assert item.doc_id and item.source.startswith(str(path))
            else:
                assert item.source == str(path) and item.reason
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
