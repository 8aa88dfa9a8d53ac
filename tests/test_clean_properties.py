"""Property tests: any text cleans without error and offsets stay inside the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.clean import clean_document, minhash_signature
from warta.clean.dates import find_date_mentions
from warta.clean.language import detect_language
from warta.clean.pubdate import infer_publication_date
from warta.ingest.types import RawDocument

# Text built from news-like pieces as well as arbitrary Unicode, so the rules fire.
_PIECES = st.sampled_from(
    [
        "JAKARTA, Contoh.id - ",
        "Jakarta (ANTARA) - ",
        "Baca juga: ",
        "BACA JUGA:",
        "Pewarta: ",
        "Copyright © ANTARA 2019",
        "(T/RA-1/P2)",
        "(*)",
        "Senin (8/3)",
        "Minggu (3/7/2022)",
        "31 Februari 2021",
        "Kamis",
        ", Kamis.",
        "kemarin",
        "2021–2023",
        "\n",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        "  ",
        "“",
        "Miraj News Agency (MINA)",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=30), _PIECES), max_size=25).map("".join)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_TEXT)
def test_clean_document_never_fails_and_offsets_are_consistent(text: str) -> None:
    raw = RawDocument(doc_id="x", source="x", text=text, format="txt")
    doc = clean_document(raw, today=dt.date(2026, 1, 1))
    for clean_start, raw_start, length in doc.offsets.segments:
        assert clean_start >= 0 and clean_start + length <= len(doc.text)
        assert raw_start >= 0 and raw_start + length <= len(text)
        assert text[raw_start : raw_start + length] == doc.text[clean_start : clean_start + length]
    for offset in range(len(doc.text) + 1):
        assert 0 <= doc.offsets.to_raw(offset) <= len(text)
        assert 0 <= doc.offsets.to_raw_end(offset) <= len(text)
    for piece in doc.removed:
        assert text[piece.raw_start : piece.raw_end] == piece.text
    assert "\r" not in doc.text and "\u00a0" not in doc.text and "\n\n\n" not in doc.text
    assert doc.text == doc.text.strip()


@_SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_unicode(text: str) -> None:
    detect_language(text)
    assert len(minhash_signature(text)) == 128
    for mention in find_date_mentions(text):
        assert mention.date() is None or mention.year is not None
    infer_publication_date(text, today=dt.date(2026, 1, 1))
