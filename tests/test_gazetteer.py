import csv

import pytest

from warta.config import DATA_DIR
from warta.nlp import gazetteer
from warta.nlp.api import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(ner_dir=None)


def gpe_orgs(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.label_, e._.norm) for e in nlp(text).ents if e.label_ in ("GPE", "ORG")]


def test_all_un_members_and_observers_present():
    states = gazetteer.load_gazetteer().states.values()
    assert sum(s.status == "member" for s in states) == 193
    assert {s.iso3 for s in states if s.status == "observer"} == {"VAT", "PSE"}


@pytest.mark.parametrize(
    "name", ["states.tsv", "state_aliases.tsv", "cities.tsv", "organizations.tsv"]
)
def test_every_data_row_names_its_source(name):
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and all(row["source"].strip() for row in rows)


@pytest.mark.parametrize(
    ("text", "code"),
    [("Negeri Paman Sam", "USA"), ("Negeri Tirai Bambu", "CHN"), ("Negeri Sakura", "JPN"),
     ("Negeri Ginseng", "KOR"), ("Negeri Jiran", "MYS"), ("Negeri Kanguru", "AUS"), ("RRT", "CHN"),
     ("Tiongkok", "CHN"), ("China", "CHN"), ("AS", "USA"), ("Amerika Serikat", "USA"),
     ("RI", "IDN"), ("Rusia", "RUS"), ("Federasi Rusia", "RUS"), ("Belanda", "NLD"),
     ("Uni Soviet", "SUN"), ("USSR", "SUN"), ("Yugoslavia", "YUG"), ("Timor Leste", "TLS"),
     ("Palestina", "PSE"), ("Vatikan", "VAT"), ("United States", "USA")],
)  # fmt: skip
def test_state_code(text, code):
    assert gazetteer.state_code(text) == code


def test_lookup_api():
    assert gazetteer.state_name("RUS") == "Rusia"
    assert gazetteer.state_name("RUS", lang="en") == "Russia"
    assert gazetteer.is_state("SUN") and not gazetteer.is_state("XYZ")
    assert gazetteer.state_successor("SUN") == "RUS"
    assert gazetteer.state_code("as") is None  # "as" (axle) is not the USA
    assert gazetteer.city_country("Bangkok") == "THA"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("Perserikatan Bangsa-Bangsa", "PBB"), ("UN", "PBB"), ("PBB", "PBB"),
     ("Majelis Umum PBB", "Majelis Umum PBB"), ("Dewan Keamanan PBB", "Dewan Keamanan PBB"),
     ("Shanghai Cooperation Organisation", "SCO"), ("Eurasian Economic Community", "EAEU"),
     ("Eurasian Economic Union", "EAEU"), ("OIC", "OKI"), ("Uni Eropa", "Uni Eropa"),
     ("EU", "Uni Eropa"),
     ("Mahkamah Internasional", "ICJ"), ("Kementerian Luar Negeri", "Kemlu"), ("Kemlu RI", "Kemlu"),
     ("Badan Pengawas Obat dan Makanan", "BPOM"), ("TASS", "TASS"), ("Xinhua", "Xinhua"),
     ("Bank Dunia", "Bank Dunia"), ("G20", "G20"), ("ANTARA", "ANTARA")],
)  # fmt: skip
def test_org_canonical(text, canonical):
    assert gazetteer.org_canonical(text) == canonical


def test_states_in_text(nlp):
    text = (
        "Negeri Paman Sam dan Negeri Tirai Bambu bersaing, "
        "sementara RI dan Rusia (Uni Soviet) bersahabat."
    )
    assert gpe_orgs(nlp, text) == [
        ("Negeri Paman Sam", "GPE", "USA"), ("Negeri Tirai Bambu", "GPE", "CHN"),
        ("RI", "GPE", "IDN"), ("Rusia", "GPE", "RUS"), ("Uni Soviet", "GPE", "SUN"),
    ]  # fmt: skip


def test_acronyms_are_case_sensitive(nlp):
    assert gpe_orgs(nlp, "as roda dan ri") == []
    assert gpe_orgs(nlp, "5 miliar dolar AS") == []  # part of MONEY


def test_historical_state_value(nlp):
    (ent,) = nlp("Uni Soviet mengakui").ents
    assert ent._.value == {"kind": "state", "status": "historical", "successor": "RUS"}


def test_city_value(nlp):
    (ent,) = nlp("di Bangkok").ents
    assert (ent.label_, ent._.norm, ent._.value["kind"], ent._.value["country"]) == (
        "GPE", None, "city", "THA")  # fmt: skip


def test_orgs_in_text(nlp):
    text = "ASEAN, PBB, Majelis Umum PBB, WHO, OKI dan Kemlu RI serta BPOM dan TASS."
    assert [n for _, _, n in gpe_orgs(nlp, text)] == [
        "ASEAN", "PBB", "Majelis Umum PBB", "WHO", "OKI", "Kemlu", "BPOM", "TASS"]  # fmt: skip


def test_foreign_ministry_is_not_kemlu(nlp):
    (ent,) = [e for e in nlp("Kementerian Luar Negeri Rusia menyatakan").ents]
    assert ent.text == "Kementerian Luar Negeri Rusia" and ent._.norm is None
    assert ent._.value["country"] == "RUS"


def test_dateline_upper_case(nlp):
    assert gpe_orgs(nlp, "MOSKOW - Rusia") == [("MOSKOW", "GPE", None), ("Rusia", "GPE", "RUS")]


def test_the_government_of_a_state_is_the_state() -> None:
    from warta.nlp import analyze

    doc = analyze("Pemerintah Korea Selatan menyambut baik usulan Indonesia.")
    found = {(e.text, e.label_, e._.norm) for e in doc.ents}
    assert ("Korea Selatan", "GPE", "KOR") in found
