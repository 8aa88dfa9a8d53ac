"""The same invented article in ten encodings, and Central-European text in its own code
pages: each decoded to exactly the text that was written, never a neighbouring code page."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from warta.ingest import RawDocument, iter_documents
from warta.ingest.encoding import UndecodableError, decode_text, mojibake_signs

# Only characters that Latin-1, Windows-1252 and ISO-8859-15 all hold, so the very same
# text goes into every encoding below.
WESTERN = (
    "Jakarta - Menteri Luar Negeri bertemu Señor José Núñez dari Spanyol dan François "
    "Lefèvre dari Prancis di Hôtel Méridien, Kamis. Mereka membahas « kerja sama » "
    "ekonomi, kopi, cokelat dan crème brûlée; Jürgen Groß dari Jerman ikut hadir.\n"
)
# (how it is written, what the encoding is reported as)
TEN_ENCODINGS = [
    ("utf-8", {"utf-8"}),
    ("utf-8-sig", {"utf-8-sig"}),
    ("utf-16-le+bom", {"utf-16-le"}),
    ("utf-16-be+bom", {"utf-16-be"}),
    ("utf-16-le", {"utf-16-le"}),  # no BOM: a Windows export
    ("utf-16-be", {"utf-16-be"}),
    ("utf-32-le+bom", {"utf-32-le"}),
    ("latin-1", {"cp1252"}),  # the same bytes read the same way: the common name
    ("cp1252", {"cp1252"}),
    ("iso8859-15", {"cp1252"}),
]


def encode(text: str, how: str) -> bytes:
    codec, _, bom = how.partition("+")
    data = text.encode(codec)
    if bom:
        data = {
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE,
        }[codec] + data
    return data


@pytest.mark.parametrize(("how", "reported"), TEN_ENCODINGS)
def test_the_same_text_in_ten_encodings_is_read_exactly(
    tmp_path: Path, how: str, reported: set[str]
) -> None:
    path = tmp_path / "berita.txt"
    path.write_bytes(encode(WESTERN, how))
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, RawDocument), doc
    assert doc.text == WESTERN
    assert doc.encoding in reported


def test_latin1_n_tilde_is_not_read_as_cp1250_n_acute() -> None:
    """The case found: Latin-1 "ñ" (0xF1) was stored as cp1250 "ń"."""
    decoded = decode_text("Señor Núñez tiba di Jakarta pada Senin.".encode("latin-1"))
    assert decoded.text == "Señor Núñez tiba di Jakarta pada Senin."
    assert decoded.encoding == "cp1252"


def test_windows_punctuation_is_read_as_cp1252() -> None:
    text = "Menlu: “Kerja sama 2021–2023 bernilai €5 miliar” — kata José."
    assert decode_text(text.encode("cp1252")).text == text


CENTRAL = (
    "Warszawa - Menteri Luar Negeri bertemu Lech Wałęsa, Małgorzata Żółć dan Jiří "
    "Dvořák di Łódź dan Kraków; mereka membahas kerja sama ekonomi, kapal dan batu bara "
    "dengan Polandia serta Ceko.\n"
)


@pytest.mark.parametrize("codec", ["cp1250", "iso8859-2"])
def test_central_european_text_is_read_in_its_own_code_page(codec: str) -> None:
    """Only here do the bytes say so: read as Windows-1252 they show symbols inside
    words (³ in "Wa³êsa"), so the Central-European reading is taken."""
    decoded = decode_text(CENTRAL.encode(codec))
    assert decoded.text == CENTRAL


def test_mojibake_signs_count_symbols_against_letters() -> None:
    assert mojibake_signs("Wa³êsa di £ód¼") == 3
    assert mojibake_signs("« kerja sama » 30°C, ¿Qué? “ya” Coca-Cola™ €5") == 0


def test_cyrillic_code_page_is_still_refused() -> None:
    with pytest.raises(UndecodableError, match="no Latin-script encoding"):
        decode_text("Министр иностранных дел встретился с коллегой в Джакарте.".encode("cp1251"))
