"""Boilerplate rules on short invented Indonesian news lines."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import (
    classify_line,
    copyright_outlet,
    signature_outlet,
    strip_boilerplate,
)
from warta.clean.lines import split_lines
from warta.clean.offsets import build_clean_text


def clean(raw: str) -> tuple[str, list[tuple[str, str]]]:
    result = strip_boilerplate(raw, split_lines(raw))
    text, _ = build_clean_text(raw, result.kept)
    for piece in result.removed:
        assert raw[piece.raw_start : piece.raw_end] == piece.text
    return text, [(piece.kind, piece.text) for piece in result.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Presiden tinjau pelabuhan baru di Makassar",
        "BACA JUGA: Menlu bertemu Dubes Jepang",
        "Baca Juga : Harga beras naik jelang Lebaran",
        "Lihat juga: Banjir rendam tiga kecamatan",
        "Simak juga: Lima fakta kunjungan PM India",
        "Pilihan Editor: DPR setujui RUU baru",
    ],
)
def test_related_link_lines_are_removed(line: str) -> None:
    assert classify_line(line) == "related_link"


@pytest.mark.parametrize(
    "line",
    [
        "Pewarta: Budi Santoso",
        "Editor: Siti Rahma",
        "Reporter : Andi Wijaya",
        "Penulis: Dewi Lestari | Editor: Rudi Hartono",
        "Laporan wartawan Contoh.com, Agus Salim",
    ],
)
def test_bylines_are_removed(line: str) -> None:
    assert classify_line(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "Menteri itu mengatakan kerja sama akan diperluas tahun depan.",
        "“Kami siap membantu,” kata Duta Besar.",
        "Lihat saja hasil perundingan kedua negara yang belum selesai hingga kini dan terus "
        "menjadi perhatian banyak pihak di kawasan Asia Tenggara.",
        "Editor senior harian itu menulis tajuk tentang ASEAN.",
    ],
)
def test_article_sentences_are_content(line: str) -> None:
    assert classify_line(line) is None


def test_copyright_line_gives_outlet_and_year() -> None:
    raw = "Presiden membuka KTT.\nCopyright © KANTORBERITA 2018"
    result = strip_boilerplate(raw, split_lines(raw))
    assert result.copyright_years == (2018,)
    assert [(o.outlet, o.kind) for o in result.outlets] == [("KANTORBERITA", "copyright")]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright © ANTARA 2019", "ANTARA"),
        ("© 2021 Contoh.com", "Contoh.com"),
        ("Copyright © 2020 Harian Contoh. All rights reserved.", "Harian Contoh"),
        ("© 2021", None),
    ],
)
def test_copyright_outlet(line: str, outlet: str | None) -> None:
    assert classify_line(line) == "copyright"
    assert copyright_outlet(line) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Berita Nusantara Agency (BNA)", "BNA"),
        ("Kantor Berita Contoh", "Kantor Berita Contoh"),
        ("Warta Contoh Online", "Warta Contoh Online"),
        ("Kedua menteri sepakat.", None),
        ("Kerja Sama Pertahanan", None),
    ],
)
def test_signature_outlet(line: str, outlet: str | None) -> None:
    assert signature_outlet(line) == outlet


def test_trailing_signature_and_source_removed_only_at_the_end() -> None:
    raw = (
        "Sumber: data BPS menunjukkan ekspor naik.\n"
        "Menlu menyampaikan hal itu di Jakarta.\n"
        "Sumber: Kantor Berita Contoh\n"
        "Berita Nusantara Agency (BNA)\n"
    )
    text, removed = clean(raw)
    assert (
        text == "Sumber: data BPS menunjukkan ekspor naik.\nMenlu menyampaikan hal itu di Jakarta."
    )
    assert removed == [
        ("byline", "Sumber: Kantor Berita Contoh"),
        ("signature", "Berita Nusantara Agency (BNA)"),
    ]


@pytest.mark.parametrize(
    ("line", "kept", "code"),
    [
        ("Kedua negara sepakat. (T/RA-1/P2)", "Kedua negara sepakat.", "(T/RA-1/P2)"),
        ("Kedua negara sepakat. (ant)", "Kedua negara sepakat.", "(ant)"),
        ("Kedua negara sepakat.(*)", "Kedua negara sepakat.", "(*)"),
        ("Kedua negara sepakat (rah/dnu)", "Kedua negara sepakat", "(rah/dnu)"),
        ("“Kami siap,” katanya. (AR/RS)", "“Kami siap,” katanya.", "(AR/RS)"),
    ],
)
def test_agency_codes_at_paragraph_end(line: str, kept: str, code: str) -> None:
    text, removed = clean(line)
    assert text == kept
    assert removed == [("agency_code", code)]


@pytest.mark.parametrize(
    "line",
    [
        "Hal itu disampaikan Perserikatan Bangsa-Bangsa (PBB)",
        "Hal itu disampaikan Perserikatan Bangsa-Bangsa (PBB).",
        "Program itu berjalan sejak periode (2019/2020)",
    ],
)
def test_acronyms_at_line_end_are_not_codes(line: str) -> None:
    text, removed = clean(line)
    assert text == line
    assert removed == []


def test_bare_marker_drops_following_headline() -> None:
    raw = (
        "Paragraf pertama.\nBACA JUGA:\n"
        "Presiden Resmikan Bendungan Baru di Jawa Tengah\nParagraf kedua."
    )
    text, removed = clean(raw)
    assert text == "Paragraf pertama.\nParagraf kedua."
    assert [kind for kind, _ in removed] == ["related_link", "related_link"]


def test_bare_marker_keeps_following_quotation() -> None:
    raw = (
        "Paragraf pertama.\nBACA JUGA:\n"
        "“Kami akan terus mendukung perdamaian di kawasan,” kata Menlu.\nParagraf kedua."
    )
    text, removed = clean(raw)
    assert removed == [("related_link", "BACA JUGA:")]
    assert "“Kami akan terus mendukung" in text


def test_bare_marker_keeps_following_sentence() -> None:
    raw = "Satu.\nBaca juga\nKedua negara sepakat memperluas kerja sama maritim.\n"
    text, _ = clean(raw)
    assert text == "Satu.\nKedua negara sepakat memperluas kerja sama maritim."


def test_bare_marker_drops_bullet_list() -> None:
    raw = "Satu.\nBaca juga:\n- Judul pertama\n- Judul kedua\nDua."
    text, _ = clean(raw)
    assert text == "Satu.\nDua."


def test_removed_paragraph_leaves_one_blank_line() -> None:
    raw = "Satu.\n\nBaca juga: Judul lain\n\n\n\nDua.\nTiga."
    text, _ = clean(raw)
    assert text == "Satu.\n\nDua.\nTiga."


def test_timestamp_line_is_removed() -> None:
    raw = "Selasa, 8 September 2015 - 14:53 WIB\nPresiden tiba di Tokyo."
    text, removed = clean(raw)
    assert text == "Presiden tiba di Tokyo."
    assert removed == [("timestamp", "Selasa, 8 September 2015 - 14:53 WIB")]


def test_promo_lines_are_removed() -> None:
    raw = "Satu.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nDua."
    text, removed = clean(raw)
    assert text == "Satu.\nDua."
    assert [kind for kind, _ in removed] == ["promo", "promo"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Kompas.com - 03/07/2022, 10:15 WIB", "timestamp"),
        ("Diterbitkan: Senin, 4 Juli 2022 08:00 WIB", "timestamp"),
        ("Dilarang keras mengambil konten situs ini tanpa izin tertulis.", "copyright"),
        ("Artikel ini telah tayang di Contoh.com dengan judul Menlu Bertemu Dubes", "syndication"),
        ("Follow Berita Contoh di Google News", "promo"),
        ("Halaman selanjutnya", "promo"),
        ("[Gambas:Video Contoh]", "promo"),
        ("***", "agency_code"),
    ],
)
def test_other_page_furniture(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_copyright_range_keeps_last_year() -> None:
    raw = "Isi berita.\n© 2008-2024 Contoh.com"
    assert strip_boilerplate(raw, split_lines(raw)).copyright_years == (2024,)
