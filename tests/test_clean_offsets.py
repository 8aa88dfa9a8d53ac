"""The cleaned text maps back to the raw text, character by character."""

from __future__ import annotations

from warta.clean import clean_document
from warta.clean.lines import split_lines
from warta.clean.offsets import build_clean_text
from warta.clean.types import CleanDocument
from warta.ingest.types import RawDocument


def make(text: str) -> CleanDocument:
    return clean_document(RawDocument(doc_id="t", source="t.txt", text=text, format="txt"))


def assert_segments_round_trip(raw: str, doc: CleanDocument) -> None:
    clean = doc.text
    for clean_start, raw_start, length in doc.offsets.segments:
        s, e = clean_start, clean_start + length
        assert raw[doc.offsets.to_raw(s) : doc.offsets.to_raw(s) + length] == clean[s:e]
        assert doc.offsets.to_raw(s) == raw_start
        # Any sub-span of a copied run maps back exactly.
        mid = s + length // 2
        assert raw[doc.offsets.to_raw(s) : doc.offsets.to_raw(mid)] == clean[s:mid]
        assert raw[doc.offsets.to_raw(mid) : doc.offsets.to_raw(e)] == clean[mid:e]


RAW = (
    "JAKARTA, Contoh.id -  Menteri\u00a0Luar Negeri  bertemu Dubes Jepang.\r\n"
    "\r\n\r\n"
    "Baca juga: Judul lain\r\n"
    "\r\n"
    "\u200bKedua negara sepakat. (ant)\r\n"
    "\tIa  menambahkan   hal itu.  \r\n"
    "Pewarta: Budi\r\n"
)


def test_whitespace_normalized() -> None:
    doc = make(RAW)
    assert doc.text == (
        "Menteri Luar Negeri bertemu Dubes Jepang.\n\n"
        "Kedua negara sepakat.\nIa menambahkan hal itu."
    )


def test_segments_round_trip() -> None:
    doc = make(RAW)
    assert_segments_round_trip(RAW, doc)


def test_every_word_maps_back() -> None:
    doc = make(RAW)
    for word in doc.text.split():
        start = doc.text.index(word)
        raw_start = doc.offsets.to_raw(start)
        assert RAW[raw_start : raw_start + len(word)] == word


def test_removed_pieces_point_into_raw() -> None:
    doc = make(RAW)
    kinds = [piece.kind for piece in doc.removed]
    assert kinds == ["dateline", "related_link", "agency_code", "byline"]
    for piece in doc.removed:
        assert RAW[piece.raw_start : piece.raw_end] == piece.text


def test_nbsp_maps_to_its_raw_position() -> None:
    doc = make(RAW)
    clean_pos = doc.text.index("Luar") - 1  # the space that stands for the NBSP
    assert RAW[doc.offsets.to_raw(clean_pos)] == "\u00a0"


def test_build_clean_text_simple_lines() -> None:
    raw = "a\n\n\nb\nc"
    text, offsets = build_clean_text(raw, split_lines(raw))
    assert text == "a\n\nb\nc"
    assert [raw[offsets.to_raw(text.index(ch))] for ch in "abc"] == ["a", "b", "c"]


def test_dropped_invisible_character_inside_word() -> None:
    raw = "Menlu RI: ked\u200bua negara sepakat."
    doc = make(raw)
    assert doc.text == "Menlu RI: kedua negara sepakat."
    start = doc.text.index("kedua")
    raw_start, raw_end = doc.offsets.raw_span(start, start + len("kedua"))
    assert raw[raw_start:raw_end] == "ked\u200bua"
    start = doc.text.index("ked")
    assert raw[slice(*doc.offsets.raw_span(start, start + 3))] == "ked"


def test_span_end_before_collapsed_blanks() -> None:
    raw = "Menlu RI   bertemu Dubes."
    doc = make(raw)
    end = doc.text.index(" bertemu")
    assert raw[doc.offsets.to_raw(0) : doc.offsets.to_raw(end)] == "Menlu RI"
    start = doc.text.index("bertemu")
    assert raw[doc.offsets.to_raw(start) : doc.offsets.to_raw(start + 7)] == "bertemu"
