"""clean_document end to end on invented articles."""

from __future__ import annotations

import datetime as dt

from warta.clean import clean_document
from warta.ingest.types import RawDocument

TODAY = dt.date(2026, 1, 1)

ARTICLE = """Jakarta (KANTORBERITA) - Menteri Luar Negeri RI bertemu Menteri Luar Negeri Jepang \
di Tokyo, Senin (14/3).

Kedua menteri membahas kerja sama maritim dan perdagangan yang pada 2021 mencapai rekor.

Baca juga: Presiden Prancis Umumkan Paket Bantuan pada 2030

“Kami sepakat memperkuat kemitraan,” kata Menlu dalam keterangan pers, Selasa.

Pewarta: Budi Santoso
Editor: Siti Rahma
Copyright © KANTORBERITA 2022
"""


def make(text: str, **fields: str) -> RawDocument:
    return RawDocument(doc_id="doc", source="doc.txt", text=text, format="txt", **fields)


def test_article_cleaned_with_evidence() -> None:
    doc = clean_document(make(ARTICLE), today=TODAY)
    assert doc.text.startswith("Menteri Luar Negeri RI bertemu")
    assert "Baca juga" not in doc.text and "Pewarta" not in doc.text
    assert doc.text.endswith("keterangan pers, Selasa.")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.outlet) == ("Jakarta", "KANTORBERITA")
    assert doc.outlet == "KANTORBERITA"
    assert doc.published is not None
    # Senin 14/3 in 2022 (copyright), reported the following Tuesday.
    assert (doc.published.value, doc.published.method) == ("2022-03-15", "weekday")
    assert doc.language == "id"
    assert len(doc.content_hash) == 64
    assert [piece.kind for piece in doc.removed] == [
        "dateline",
        "related_link",
        "byline",
        "byline",
        "copyright",
    ]


def test_metadata_outlet_and_date_win() -> None:
    doc = clean_document(make(ARTICLE, outlet="Harian Contoh", published="2022-03-14"))
    assert doc.outlet == "Harian Contoh"
    assert doc.published is not None and doc.published.method == "metadata"


def test_outlet_from_signature() -> None:
    text = "Menlu bertemu mitranya di Kairo, Senin (8/3/2021).\nBerita Nusantara Agency (BNA)"
    doc = clean_document(make(text), today=TODAY)
    assert doc.outlet == "BNA"
    assert doc.notes == ("outlet from signature",)


def test_related_link_years_do_not_move_date() -> None:
    text = (
        "KAIRO - Menlu bertemu mitranya, Senin (8/3).\n"
        "Perdagangan pada 2019 naik.\n"
        "Baca Juga: Presiden Baru Batalkan Sanksi pada 2025\n"
        "Baca Juga: Sanksi Dicabut 2025"
    )
    doc = clean_document(make(text), today=TODAY)
    assert doc.published is not None and doc.published.value == "2021-03-08"


def test_dateline_only_line() -> None:
    doc = clean_document(make("JAKARTA -\nPresiden tiba di Tokyo."), today=TODAY)
    assert doc.text == "JAKARTA -\nPresiden tiba di Tokyo."  # a lone "JAKARTA -" is not a dateline


def test_empty_and_blank_documents() -> None:
    for text in ("", "   \n\n\t", "\u200b"):
        doc = clean_document(make(text), today=TODAY)
        assert doc.text == ""
        assert doc.published is None
        assert doc.language == "und"


def test_date_in_dateline_is_used() -> None:
    text = "JAKARTA, Kamis (7/7/2022) - Presiden menerima PM Jepang di Istana."
    doc = clean_document(make(text), today=TODAY)
    assert doc.text.startswith("Presiden menerima")
    assert doc.published is not None and doc.published.value == "2022-07-07"


def test_timestamp_line_gives_date() -> None:
    text = "Contoh.com - 03/07/2022, 10:15 WIB\nPresiden menerima PM Jepang pada 1 Juli 2022."
    doc = clean_document(make(text), today=TODAY)
    assert doc.published is not None and doc.published.value == "2022-07-03"
