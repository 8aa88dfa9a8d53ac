"""People and organizations in the shapes real news writes them (issue 13), on invented
sentences: names, offices and states here are made up or restate public facts."""

from __future__ import annotations

import pytest

from warta.actors import resolve_actors
from warta.nlp import analyze


def actors_of(text: str, headline_end: int = 0):
    return resolve_actors(text, analyze(text, "2024-05-10"), headline_end)


def persons_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in actors_of(text).persons}


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        # title, state, comma, name
        (
            "Presiden Peru, Lucia Fernandez Vargas, tiba di Jakarta pada Senin.",
            "Lucia Fernandez Vargas", "Presiden", "PER",
        ),
        (
            "Menteri Pertahanan Filipina, Ramon Delacruz Santos mengatakan hal itu.",
            "Ramon Delacruz Santos", "Menteri Pertahanan", "PHL",
        ),
        # an abbreviation in brackets after the title, after the state
        (
            "Menteri Perdagangan (Mendag) Rahmat Hidayanto membuka pameran itu.",
            "Rahmat Hidayanto", "Menteri Perdagangan", "IDN",
        ),
        (
            "Perdana Menteri (PM) Selandia Baru Oliver Grantham bertemu mitranya.",
            "Oliver Grantham", "Perdana Menteri", "NZL",
        ),
        (
            "Presiden Amerika Serikat (AS) Walter Brennan menelepon Presiden RI.",
            "Walter Brennan", "Presiden", "USA",
        ),
        # a title in capitals opening the article, a title's later words in lower case
        (
            "MENTERI Agama Haris Munandar menerima delegasi Mesir di Jakarta.",
            "Haris Munandar", "Menteri Agama", "IDN",
        ),
        (
            "Hal itu disampaikan Juru bicara Kemlu Dimas Aryaguna di Jakarta.",
            "Dimas Aryaguna", "Juru Bicara Kemlu", "IDN",
        ),
        # a former office
        (
            "Kunjungan itu dipimpin mantan Presiden Finlandia Erik Lindqvist.",
            "Erik Lindqvist", "mantan Presiden", "FIN",
        ),
        # an office after the name
        (
            "Tarmizi Halim selaku Menteri Luar Negeri Malaysia menyambut baik hasil itu.",
            "Tarmizi Halim", "Menteri Luar Negeri", "MYS",
        ),
        # the office before a rank names the officer's post, known title or not
        (
            "Upacara dipimpin Kapolda Sumatera Utara Irjen Pol Bonar Simanjuntak pada Senin.",
            "Bonar Simanjuntak", "Kapolda Sumatera Utara", None,
        ),
    ],
)  # fmt: skip
def test_office_shapes(text: str, name: str, role: str, country: str | None) -> None:
    found = persons_of(text)
    assert name in found, found
    got_role, got_country = found[name]
    assert got_role == role
    if country is not None:
        assert got_country == country


def test_quoted_nickname_is_not_part_of_the_name() -> None:
    found = persons_of("Mantan Presiden Bambang “BS” Sutrisno menghadiri upacara itu.")
    assert "Bambang Sutrisno" in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ny. Siti Rahmawati Hakim turut mendampingi suaminya ke Tokyo.", "Siti Rahmawati Hakim"),
        ("Duta Besar Inggris Sir Edward Collingwood menyerahkan surat itu.", "Edward Collingwood"),
        ("Menteri Luar Negeri Malaysia Dato Seri Ahmad Zulkarnain tiba.", "Ahmad Zulkarnain"),
        ("Sultan Brunei, Haji Omar Saifuddin Bolkiah menyambut tamunya.", "Omar Saifuddin Bolkiah"),
    ],
)
def test_honorifics_stay_out_of_the_name(text: str, name: str) -> None:
    found = persons_of(text)
    assert name in found, found
    assert not any(n.startswith(("Ny.", "Sir", "Dato", "Haji")) for n in found), found


def test_a_slip_of_a_name_is_the_same_person() -> None:
    a = actors_of(
        "Perdana Menteri Australia Anthony Albarese tiba di Jakarta. Albaresse lalu bertemu "
        "Presiden. Kunjungan Albarese berakhir Rabu."
    )
    assert [p.name for p in a.persons] == ["Anthony Albarese"]


def test_two_letters_apart_is_someone_else() -> None:
    a = actors_of("Presiden Soemarto menerima Menteri Luar Negeri Soekarno di Istana pada Senin.")
    assert len(a.persons) == 2, [p.name for p in a.persons]


def test_part_of_a_state_is_never_the_role_or_the_name() -> None:
    found = persons_of("Presiden Korea Selatan Park Jiwon bertemu Presiden RI di Seoul.")
    assert found.get("Park Jiwon") == ("Presiden", "KOR"), found
    assert "Selatan" not in " ".join(found)


def test_a_field_word_after_a_title_is_no_name() -> None:
    found = persons_of(
        "Direktur Pelindungan WNI Kemlu RI, Joko Sasongko, mengatakan kedua WNI itu selamat."
    )
    assert "Joko Sasongko" in found and "Pelindungan" not in found, found


def test_reporters_and_photographers_are_nobody_of_the_story() -> None:
    found = persons_of(
        "Presiden RI menerima Perdana Menteri Jepang Kenta Morimoto di Bogor.\n"
        "(Foto: Agus Setiawan/Kantorberita)\n"
        "Dewi Lestari Anggraini\n"
    )
    assert "Kenta Morimoto" in found
    assert "Agus Setiawan" not in found and "Dewi Lestari Anggraini" not in found, found


def test_a_lone_word_with_a_sign_of_a_person_is_someone() -> None:
    found = persons_of("Kelompok itu membebaskan Samiunto (27) pada Senin malam.")
    assert "Samiunto" in found, found
    assert found["Samiunto"] == (None, "IDN")  # named without a state in Indonesian news


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        ("Seorang WNI bernama Samiunto (27) dibebaskan kelompok itu.", "Samiunto", "WNI", "IDN"),
        ("Menurut pakar hukum internasional, Budi Harsono, perjanjian itu sah.",
         "Budi Harsono", "pakar", "IDN"),
        ("Ketiga sandera yang dibebaskan itu adalah Hamid Salimun, Subandi Sattar dan Darlan.",
         "Hamid Salimun", "sandera", "IDN"),
    ],
)  # fmt: skip
def test_what_a_person_is_when_no_office_says(
    text: str, name: str, role: str, country: str
) -> None:
    found = persons_of(text)
    assert found.get(name) == (role, country), found


def test_a_body_word_makes_no_person() -> None:
    found = persons_of("Kontrak itu diteken oleh Thalmann Group dan Kementerian Pertahanan.")
    assert not found, found


def test_a_state_body_named_with_its_state() -> None:
    a = actors_of(
        "Kementerian Luar Negeri Vietnam memanggil duta besar itu, sementara Kedubes Jerman "
        "menolak berkomentar. PT Sinar Baruna juga hadir."
    )
    orgs = {o.name: o.country for o in a.orgs}
    assert orgs.get("Kementerian Luar Negeri Vietnam") == "VNM", orgs
    assert orgs.get("Kedubes Jerman") == "DEU", orgs
    assert orgs.get("PT Sinar Baruna") == "IDN", orgs


def test_an_office_is_no_organization() -> None:
    a = actors_of("Menlu RI mengatakan KTT itu penting bagi kawasan.")
    assert not [o.name for o in a.orgs if o.name in ("Menlu RI", "KTT")]
