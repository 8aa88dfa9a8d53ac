"""Rules added for generality, each on sentences written for these tests (not dev-set text)."""

from __future__ import annotations

import pytest

from warta.actors import resolve_actors
from warta.extract import extract_text


def knowledge(text: str, published: str = "2023-05-10"):
    return extract_text(text, "t", published=published)


def person(text: str):
    persons = resolve_actors(text).persons
    assert len(persons) == 1, [(p.name, p.role) for p in persons]
    return persons[0]


# --- persons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        # field words after a generic title, then a state, then the name
        (
            "Menteri Perdagangan dan Industri Korea Selatan Ahn Duk-geun tiba.",
            "Ahn Duk-geun",
            "Menteri Perdagangan dan Industri",
            "KOR",
        ),
        ("Menteri Hukum dan HAM Supratman Andi Agtas hadir.", "Supratman Andi Agtas", None, "IDN"),
        # a body between the title and the name gives the state
        ("Juru Bicara Kemlu Rolliansyah Soemirat mengatakan.", "Rolliansyah Soemirat", None, "IDN"),
        # a rank between the office and the name
        (
            "Kepala Staf Angkatan Laut Laksamana TNI Muhammad Ali hadir.",
            "Muhammad Ali",
            None,
            "IDN",
        ),
        # lower-case particles inside a name
        (
            "Presiden Komisi Eropa Jean-Claude van der Berg hadir.",
            "Jean-Claude van der Berg",
            None,
            None,
        ),
        # letters with diacritics
        ("Menlu Turki Mevlüt Çavuşoğlu tiba.", "Mevlüt Çavuşoğlu", "Menteri Luar Negeri", "TUR"),
    ],
)
def test_titled_person_with_field_body_rank(text, name, role, country):
    p = person(text)
    assert p.name == name
    if role:
        assert p.role == role
    assert p.country == country


def test_ship_name_is_not_a_person():
    assert resolve_actors("Kapal KRI Bung Karno berlabuh di Darwin.").persons == []


def test_name_never_runs_across_a_line_break():
    text = "Kontrak disaksikan Menteri Pertahanan Prancis Florence Parly.\n\nNilai kontrak naik."
    names = [p.name for p in resolve_actors(text).persons]
    assert names == ["Florence Parly"]


# --- events --------------------------------------------------------------------------------


def types(text: str, published: str = "2023-05-10"):
    return sorted((e.type, e.status) for e in knowledge(text, published).events)


def test_receiving_an_official_is_a_meeting():
    assert ("CONSULT", "realized") in types("Raja Yordania menerima Presiden Prabowo di Amman.")


def test_hope_that_a_state_acts_is_a_request_not_its_complement():
    found = types("Menlu Sugiono menyampaikan harapan agar Jepang mendukung keanggotaan Indonesia.")
    assert found == [("REQUEST", "realized")]


def test_suspending_cooperation_is_a_sanction_and_its_objects_are_not_events():
    found = types(
        "Presiden menghentikan sementara kerja sama militer dan latihan bersama dengan Filipina."
    )
    assert found == [("SANCTION", "realized")]


def test_refusing_to_apologize_is_a_rejection_only():
    assert types("Perdana Menteri Belanda menolak meminta maaf kepada Indonesia.") == [
        ("REJECT", "realized")
    ]


def test_a_noun_after_a_non_light_verb_is_a_topic():
    assert types("Belanda mengaitkan bantuan dengan isu demokrasi di Indonesia.") == []


def test_a_meeting_agreed_on_is_planned():
    found = types(
        "Kedua negara sepakat menggelar dialog tingkat menteri dengan Vietnam tahun depan."
    )
    assert ("CONSULT", "planned") in found


def test_a_postponed_visit_is_negated():
    text = "Kunjungan Presiden Filipina ke Jakarta yang semula dijadwalkan pekan ini ditunda."
    assert ("CONSULT", "negated") in types(text)


def test_a_foreign_place_of_aid_is_its_partner():
    e = knowledge("Indonesia menyerahkan hibah untuk pembangunan sekolah di Vanuatu.").events
    assert [x.type for x in e] == ["AID"] and "VUT" in e[0].countries


def test_legal_complaint_is_an_accusation():
    assert ("ACCUSE", "realized") in types("Indonesia menggugat Uni Eropa ke WTO soal nikel.")


def test_kedua_negara_includes_indonesia_when_it_was_just_named():
    text = (
        "Brasil dan Indonesia memperkuat kerja sama. Brasil juga membahas Argentina. "
        "Pemimpin kedua negara akan bertemu tahun depan."
    )
    pair = [m for m in resolve_actors(text).mentions if m.text == "kedua negara"]
    assert pair and set(pair[0].countries) == {"BRA", "IDN"}


# --- quantities ----------------------------------------------------------------------------


def quantities(text: str):
    return [(q.metric, q.value, q.unit) for q in knowledge(text).quantities]


def test_a_decline_is_a_negative_growth():
    found = quantities("Perdagangan Indonesia dan Vietnam pada 2023 turun 3,2 persen.")
    assert ("trade_growth_pct", -3.2, "percent") in found


def test_counts_take_a_scale_word():
    found = quantities("Arab Saudi menambah kuota haji Indonesia sebanyak 20 ribu jemaah.")
    assert ("other", 20000.0, "jemaah") in found


def test_a_count_says_what_it_measures_after_it():
    found = quantities("Indonesia mengirim 50 ton bantuan ke Myanmar.")
    assert ("aid", 50.0, "ton") in found


def test_a_sentence_without_a_state_continues_the_previous_parties():
    text = (
        "Indonesia membeli kapal selam dari Prancis. Nilai kontraknya mencapai 2 miliar dolar AS."
    )
    q = knowledge(text).quantities
    assert [x.value for x in q] == [2e9] and "FRA" in q[0].parties


def test_guilders_are_a_currency():
    assert ("aid", 50e6, "NLG") in quantities(
        "Bantuan Belanda untuk Indonesia sebesar 50 juta gulden."
    )


# --- agreements ----------------------------------------------------------------------------


def agreements(text: str):
    return [(a.name, a.status) for a in knowledge(text).agreements]


def test_a_place_inside_a_topic_is_part_of_the_name():
    text = (
        "Indonesia dan Vietnam menandatangani Perjanjian tentang Batas Zona Ekonomi Eksklusif "
        "di Laut Natuna Utara."
    )
    assert agreements(text) == [
        ("Perjanjian tentang Batas Zona Ekonomi Eksklusif di Laut Natuna Utara", "signed")
    ]


def test_a_later_shorter_mention_is_the_same_instrument():
    text = (
        "DPR mengesahkan Perjanjian Ekstradisi antara Indonesia dan Singapura. "
        "Perjanjian ekstradisi itu ditandatangani di Bintan dengan Singapura."
    )
    assert agreements(text) == [
        ("Perjanjian Ekstradisi antara Indonesia dan Singapura", "ratified")
    ]


def test_a_code_of_conduct_is_an_instrument():
    text = "Indonesia dan Australia menandatangani Kode Perilaku tentang kegiatan intelijen."
    assert [n for n, _ in agreements(text)] == ["Kode Perilaku tentang kegiatan intelijen"]
