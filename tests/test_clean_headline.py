"""Headlines atop invented articles: recognised, kept as the title, set apart from the text."""

from __future__ import annotations

import datetime as dt

from warta.actors import resolve_actors
from warta.clean import clean_document
from warta.clean.headline import is_title_case
from warta.ingest.types import RawDocument
from warta.nlp import analyze

TODAY = dt.date(2026, 1, 1)


def clean(text: str, **fields: str):
    raw = RawDocument(doc_id="doc", source="doc.txt", text=text, format="txt", **fields)
    return clean_document(raw, today=TODAY)


def test_headline_on_its_own_line_is_the_title_and_a_paragraph_apart() -> None:
    raw = (
        "Menlu Kirana Temui Mitranya dari Peru, Bahas Kerja Sama Perikanan\n"
        "Jakarta (KANTORBERITA) - Menteri Luar Negeri RI Kirana Wulandari bertemu "
        "Menteri Luar Negeri Peru di Jakarta, Senin (14/3/2022).\n"
    )
    doc = clean(raw)
    assert doc.title == "Menlu Kirana Temui Mitranya dari Peru, Bahas Kerja Sama Perikanan"
    assert doc.text.startswith(doc.title + "\n\nMenteri Luar Negeri RI Kirana")
    assert doc.headline_end == len(doc.title)
    assert doc.dateline is not None and doc.dateline.outlet == "KANTORBERITA"
    # the offset map still points at the raw text, for the headline and after it
    for word in ("Bahas", "Kirana Wulandari", "Senin"):
        start = doc.text.index(word)
        raw_start, raw_end = doc.offsets.raw_span(start, start + len(word))
        assert raw[raw_start:raw_end] == word


def test_headline_glued_to_the_dateline_is_split_off() -> None:
    raw = (
        "Presiden Laksana Saksikan Penandatanganan Tiga MoU Jakarta - Presiden Laksana "
        "Wirawan menyaksikan penandatanganan tiga nota kesepahaman dengan Chile."
    )
    doc = clean(raw)
    assert doc.title == "Presiden Laksana Saksikan Penandatanganan Tiga MoU"
    assert doc.dateline is not None and doc.dateline.place == "Jakarta"
    assert doc.text.startswith(doc.title + "\n\nPresiden Laksana Wirawan menyaksikan")
    start = doc.text.index("Presiden Laksana Wirawan")
    assert raw[doc.offsets.to_raw(start) :].startswith("Presiden Laksana Wirawan")


def test_a_first_sentence_is_not_a_headline() -> None:
    doc = clean(
        "Menteri Luar Negeri RI bertemu mitranya dari Peru di Jakarta pada Senin.\n"
        "Keduanya membahas kerja sama perikanan.\n"
    )
    assert doc.title is None and doc.headline_end == 0
    assert doc.text.startswith("Menteri Luar Negeri RI bertemu")


def test_header_lines_after_the_headline_go() -> None:
    raw = (
        "1999-05-04 Presiden Laksana Terima Kunjungan Menlu Peru\n\n"
        "Presiden Laksana Terima Kunjungan Menlu Peru [1]\n\n"
        "Dewi Anggraini,\nBayu Saputra\n\n"
        "Presiden Laksana Wirawan menerima Menlu Peru di Istana Merdeka, Selasa (4/5/1999).\n"
    )
    doc = clean(raw)
    assert doc.text == (
        "1999-05-04 Presiden Laksana Terima Kunjungan Menlu Peru\n\n"
        "Presiden Laksana Wirawan menerima Menlu Peru di Istana Merdeka, Selasa (4/5/1999)."
    )
    kinds = [(piece.kind, piece.text) for piece in doc.removed]
    assert ("headline", "Presiden Laksana Terima Kunjungan Menlu Peru [1]") in kinds
    assert ("byline", "Dewi Anggraini,") in kinds and ("byline", "Bayu Saputra") in kinds


def test_metadata_title_names_the_headline_line() -> None:
    doc = clean(
        "Indonesia dan Peru sepakat soal ikan\nIndonesia dan Peru menandatangani MoU.\n",
        title="Indonesia dan Peru sepakat soal ikan",
    )
    assert doc.title == "Indonesia dan Peru sepakat soal ikan"
    assert doc.headline_end == len(doc.title)


def test_title_case_and_capitals() -> None:
    assert is_title_case("PRESIDEN TERIMA LAPORAN DARI DUTA BESAR DI PERU")
    assert is_title_case("Wapres Jelaskan Alasan Presiden tak Hadiri KTT di Laos")
    assert not is_title_case("Pengungsi kembali gelar demonstrasi di depan kantor PBB")
    assert not is_title_case("Ekonomi")


def test_a_headline_introduces_nobody() -> None:
    doc = clean(
        "Presiden Wirawan Membuka Konferensi Perikanan di Jakarta\n\n"
        "Presiden Laksana Wirawan membuka konferensi itu pada Senin (14/3/2022).\n"
    )
    actors = resolve_actors(doc.text, analyze(doc.text, "2022-03-14"), doc.headline_end)
    assert [p.name for p in actors.persons] == ["Laksana Wirawan"]
