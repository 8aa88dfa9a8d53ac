"""Actor rules on sentences written for these tests (never seed text)."""

from __future__ import annotations

import pytest

from warta.actors import resolve_actors
from warta.nlp import analyze


def actors_of(text: str):
    return resolve_actors(text, analyze(text, "2023-05-10"))


def person(index, name):
    record = index.person(name)
    assert record is not None, [p.name for p in index.persons]
    return record


def test_title_state_word_and_name():
    a = actors_of("Menteri Luar Negeri Jepang Yoshimasa Hayashi tiba di Jakarta pada Senin.")
    p = person(a, "Yoshimasa Hayashi")
    assert (p.role, p.country, p.country_source) == ("Menteri Luar Negeri", "JPN", "state_word")


def test_abbreviated_title_is_expanded():
    a = actors_of("Menhan Australia Richard Marles bertemu mitranya di Canberra.")
    p = person(a, "Richard Marles")
    assert p.role == "Menteri Pertahanan" and p.country == "AUS"


def test_indonesian_office_without_state_defaults_to_idn():
    a = actors_of("Wamenlu Budi Santoso menerima delegasi Malaysia.")
    p = person(a, "Budi Santoso")
    assert p.role == "Wakil Menteri Luar Negeri"
    assert (p.country, p.country_source) == ("IDN", "default_idn")


def test_ambassador_host_state_is_not_his_own():
    a = actors_of("Dubes China untuk Indonesia Wang Lutong menyampaikan ucapan selamat.")
    p = person(a, "Wang Lutong")
    assert p.role == "Duta Besar" and p.country == "CHN"


def test_title_field_comma_name():
    a = actors_of(
        "Direktur Jenderal Asia Pasifik dan Afrika, Abdul Kadir Jailani membuka forum itu."
    )
    p = person(a, "Abdul Kadir Jailani")
    assert p.role.startswith("Direktur Jenderal") and p.country == "IDN"
    assert "USA" not in a.states  # a field of office is not a party


def test_post_apposition():
    a = actors_of("Penny Wong, Menteri Luar Negeri Australia, tiba kemarin.")
    assert person(a, "Penny Wong").role == "Menteri Luar Negeri"


def test_office_holder_links_initial_to_full_name():
    a = actors_of("Presiden Ir. Soekarno dan Wakil Presiden M. Hatta menerima utusan Belanda.")
    p = person(a, "Mohammad Hatta")
    assert p.country == "IDN" and "Wakil Presiden M. Hatta" in p.mentions


def test_office_holder_gives_state():
    a = actors_of("Presiden Vladimir Putin menelepon Presiden Joko Widodo.")
    putin = person(a, "Vladimir Putin")
    assert (putin.country, putin.country_source) == ("RUS", "office_holder")


@pytest.mark.parametrize(
    "later", ["Menlu Wong", "Wong", "Menlu Australia"], ids=["title+name", "name", "role+state"]
)
def test_short_mentions_resolve_to_the_person(later):
    text = f"Menteri Luar Negeri Australia Penny Wong tiba di Jakarta. {later} kemudian berbicara."
    a = actors_of(text)
    assert [p.name for p in a.persons] == ["Penny Wong"]
    assert later in person(a, "Penny Wong").mentions


def test_honorific_and_nickname_mentions():
    text = (
        "Direktur Jenderal Kerja Sama Multilateral, Tri Tharyat memimpin sidang. "
        "Bung Tharyat lalu menutup acara. Dirjen Tharyat berterima kasih."
    )
    a = actors_of(text)
    p = person(a, "Tri Tharyat")
    assert "Bung Tharyat" in p.mentions and len(a.persons) == 1


def test_both_ministers_and_both_states():
    text = (
        "Menlu RI Retno Marsudi bertemu Menlu Belanda Wopke Hoekstra. "
        "Kedua menteri luar negeri membahas kerja sama. Kedua negara sepakat."
    )
    a = actors_of(text)
    groups = [m for m in a.mentions if m.kind == "group"]
    assert {g.countries for g in groups} == {("IDN", "NLD")}


def test_state_epithets_adjectives_and_soviet():
    a = actors_of("Negeri Tirai Bambu dan Negeri Paman Sam bersaing, seperti Uni Soviet dulu.")
    assert a.states == ["CHN", "USA", "SUN"]


def test_currency_is_not_a_state():
    a = actors_of("Nilainya 5 miliar dolar AS.")
    assert a.states == []


def test_organizations_canonical_and_acronym():
    a = actors_of("Sekjen PBB dan ASEAN menyambut baik langkah itu.")
    names = {o.name: o.acronym for o in a.orgs}
    assert names["Association of Southeast Asian Nations"] == "ASEAN"
    assert names["Perserikatan Bangsa-Bangsa"] == "PBB"


def test_a_place_after_the_name_is_not_part_of_it():
    a = actors_of("Menlu RI menerima Menteri Luar Negeri Australia Penny Wong di Jakarta.")
    assert [p.name for p in a.persons] == ["Penny Wong"]


def test_a_foreign_name_the_ner_calls_an_organization_is_still_a_person() -> None:
    from warta.actors import resolve_actors
    from warta.nlp import analyze

    text = "Menlu Sugiono menerima Menteri Luar Negeri Vietnam Bui Thanh Son di Jakarta."
    people = {(p.name, p.country) for p in resolve_actors(text, analyze(text)).persons}
    assert ("Bui Thanh Son", "VNM") in people
