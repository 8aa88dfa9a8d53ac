"""Event types, parties and office fields on sentences written for this test (rules first
made for the held-out set tests/data/heldout).

Every rule is general Indonesian usage, not one article's words: diplomatic protests are
verbal (ACCUSE), a refusal to recognize is a REJECT, sanctions and asset freezes, office fields
after a title, known bodies cut out of NER spans, currencies that are not parties.
"""

from __future__ import annotations

import pytest

from warta.actors import resolve_actors
from warta.extract import extract_text
from warta.nlp import analyze


def events_of(text: str, published: str = "2020-01-08"):
    return extract_text(text, "t", published=published).events


def types_of(text: str, published: str = "2020-01-08") -> dict[str, list[str]]:
    return {e.type: sorted(e.countries) for e in events_of(text, published)}


def persons_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    index = resolve_actors(text, analyze(text))
    return {p.name: (p.role, p.country) for p in index.persons}


@pytest.mark.parametrize(
    ("sentence", "plover", "countries"),
    [
        # summoning a foreign envoy and a protest note are formal complaints (CAMEO 114)
        (
            "Kementerian Luar Negeri memanggil Duta Besar China untuk Indonesia di Jakarta.",
            "ACCUSE",
            ["CHN", "IDN"],
        ),
        (
            "Pemerintah Indonesia melayangkan nota protes kepada Pemerintah Malaysia.",
            "ACCUSE",
            ["IDN", "MYS"],
        ),
        (
            "Menlu Marty Natalegawa menyampaikan keberatan Indonesia atas rencana Brasil.",
            "ACCUSE",
            ["BRA", "IDN"],
        ),
        # recalling one's own envoy is SANCTION (corpus README; corpus/train d001, d002, n011)
        (
            "Indonesia memanggil pulang Duta Besar RI untuk Australia dari Canberra.",
            "SANCTION",
            ["AUS", "IDN"],
        ),
        # "tidak pernah mengakui klaim": a refusal, not a negated SUPPORT
        (
            "Retno menegaskan Indonesia tidak pernah mengakui klaim yang diajukan China.",
            "REJECT",
            ["CHN", "IDN"],
        ),
        (
            "Indonesia berkoordinasi dengan Pemerintah Mesir soal evakuasi.",
            "CONSULT",
            ["EGY", "IDN"],
        ),
        (
            "Departemen Keuangan AS membekukan aset dua jenderal Myanmar.",
            "SANCTION",
            ["MMR", "USA"],
        ),
        ("Amerika Serikat menambah sanksi ekonomi terhadap Rusia.", "SANCTION", ["RUS", "USA"]),
        (
            "Pemerintah Indonesia menghentikan sementara penempatan pekerja migran ke Malaysia.",
            "SANCTION",
            ["IDN", "MYS"],
        ),
        (
            "Para pemimpin G20 mengadopsi deklarasi bersama, kata Presiden Indonesia Joko Widodo.",
            "AGREE",
            ["IDN"],
        ),
    ],
)
def test_event_types_of_protests_refusals_and_sanctions(sentence, plover, countries):
    found = types_of(sentence)
    assert plover in found, found
    assert found[plover] == countries


def test_light_verb_keeps_its_nominal_request():
    """'mengajukan permintaan ekstradisi kepada Belanda': the request is the event."""
    text = "Pemerintah Indonesia mengajukan permintaan ekstradisi kepada Belanda pada 2010."
    assert "REQUEST" in types_of(text)


def test_currency_state_is_not_a_party():
    """'US$', 'dolar AS' name a currency: a domestic figure in dollars is no US relation."""
    text = (
        "Gubernur BI Perry Warjiyo mengatakan cadangan devisa Indonesia tercatat sebesar "
        "US$138,8 miliar. Rupiah ditutup melemah ke level Rp14.365 per dolar AS."
    )
    knowledge = extract_text(text, "t", published="2021-05-20")
    assert knowledge.quantities == []
    assert knowledge.events == []


def test_domestic_body_is_not_an_international_party():
    """'nota kesepahaman dengan Universitas Diponegoro' is a domestic agreement."""
    text = (
        "Gubernur Jawa Tengah Nana Sudjana menandatangani nota kesepahaman dengan Universitas "
        "Diponegoro tentang kajian penanganan rob di pesisir utara Jawa."
    )
    assert events_of(text, "2025-01-01") == []


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Menteri Ketenagakerjaan Ida Fauziyah meminta Malaysia mematuhi kesepakatan.",
            "Ida Fauziyah",
            "Menteri Ketenagakerjaan",
            "IDN",
        ),
        (
            "Menteri Sumber Manusia Malaysia M. Saravanan mengatakan akan membahasnya.",
            "M. Saravanan",
            "Menteri Sumber Manusia",
            "MYS",
        ),
        (
            "Wali Kota Semarang Hevearita Gunaryanti Rahayu meninjau lokasi banjir.",
            "Hevearita Gunaryanti Rahayu",
            "Wali Kota Semarang",
            "IDN",
        ),
        (
            "Gubernur Jawa Tengah Nana Sudjana meninjau tanggul.",
            "Nana Sudjana",
            "Gubernur Jawa Tengah",
            "IDN",
        ),
        (
            "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kementerian Keuangan Luky "
            "Alfirman menandatangani perjanjian itu.",
            "Luky Alfirman",
            "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko Kementerian Keuangan",
            "IDN",
        ),
        (
            "Menteri/Sekretaris Negara Moerdiono mengatakan kedua pemimpin sepakat.",
            "Moerdiono",
            "Menteri/Sekretaris Negara",
            "IDN",
        ),
        (
            "Duta Besar Indonesia untuk PBB Arrmanatha Nasir berpidato di New York.",
            "Arrmanatha Nasir",
            "Duta Besar",
            "IDN",
        ),
    ],
)
def test_office_fields_after_a_title(text, name, role, country):
    found = persons_of(text)
    assert name in found, found
    assert found[name] == (role, country)


def test_known_body_is_cut_from_an_ner_span_with_a_name():
    """NER sometimes tags 'BI Perry Warjiyo' as one ORG: the body ends where the name starts."""
    found = persons_of("Gubernur BI Perry Warjiyo mengatakan inflasi rendah.")
    assert found.get("Perry Warjiyo") == ("Gubernur BI", "IDN"), found


def test_office_holder_by_name_is_a_mention():
    """'Jokowi' after 'Presiden Joko Widodo' is the same person, and a party of his meeting."""
    text = (
        "Presiden Joko Widodo membuka KTT G20 di Bali. Jokowi juga bertemu Perdana Menteri "
        "Inggris Rishi Sunak di Nusa Dua."
    )
    events = [e for e in events_of(text, "2022-11-15") if e.type == "CONSULT"]
    assert events and "IDN" in events[0].countries and "GBR" in events[0].countries
