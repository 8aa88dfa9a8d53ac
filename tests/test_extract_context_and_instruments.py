"""Partners from neighbouring sentences, and instrument names, on sentences written for this
test (rules first made for the held-out set tests/data/heldout3).

Every rule is general Indonesian usage, not one article's words: partners named in a
neighbouring sentence (back frames, pronouns, member lists), one bilateral meeting per partner,
signed loans that are also aid, "kedua menteri" as the two told last, honorifics between an
office and a name, English instrument names with the head last, glosses and scopes in names,
and a status noun governing the instrument right after it.
"""

from __future__ import annotations

from warta.actors import resolve_actors
from warta.extract import extract_analyzed, extract_text
from warta.extract.analysis import analyze_article
from warta.extract.context import continues_previous, counts_states
from warta.nlp import analyze

PUBLISHED = "2021-05-20"


def events_of(text: str, published: str = PUBLISHED):
    return extract_text(text, "t", published=published).events


def event_sets(text: str, published: str = PUBLISHED) -> list[tuple[str, list[str]]]:
    return [(e.type, sorted(e.countries)) for e in events_of(text, published)]


def rule_event_sets(text: str, published: str = PUBLISHED) -> list[tuple[str, list[str]]]:
    """Events of the rule extractor alone: the learned layer reads them as features and keeps
    them as a fallback, but decides parties and repeats by itself (measured in docs/EVAL.md,
    where these two rules did not carry over: they stay rules, tested here)."""
    article = analyze_article(None, analyze(text, published))
    return [(e.type, sorted(e.countries)) for e in extract_analyzed(article, "t").events]


def agreements_of(text: str, published: str = PUBLISHED):
    return extract_text(text, "t", published=published).agreements


def test_back_frames_and_pronouns_continue_the_previous_sentence():
    assert continues_previous("Dalam kunjungan itu, Kemhan menandatangani kontrak.")
    assert continues_previous("Pada kesempatan tersebut, kedua pihak membahas energi.")
    assert continues_previous("Ia berbicara melalui telepon selama 20 menit.")
    assert not continues_previous("Pemerintah Indonesia menandatangani kontrak.")


def test_counted_states_announce_a_member_list():
    assert counts_states("Indonesia bersama 9 negara lainnya menandatangani deklarasi itu.")
    assert counts_states("Sebanyak tiga negara mitra hadir.")
    assert not counts_states("Kedua negara sepakat memperkuat kerja sama.")


def test_an_act_in_a_back_frame_takes_the_visited_state():
    text = (
        "Menteri Pertahanan Prabowo Subianto berkunjung ke Paris, Prancis, Kamis (20/5/2021). "
        "Dalam kunjungan itu, Kementerian Pertahanan menandatangani kontrak pengadaan "
        "dua kapal selam."
    )
    assert ("AGREE", ["FRA", "IDN"]) in event_sets(text)


def test_a_pronoun_subject_takes_the_partner_of_the_previous_sentence():
    text = (
        "Menteri Luar Negeri Retno Marsudi berkomunikasi dengan Menteri Luar Negeri Brasil "
        "Carlos Franca, Kamis (20/5/2021). Ia juga mengecam serangan terhadap warga sipil "
        "dalam percakapan itu."
    )
    sets = event_sets(text)
    assert ("CONSULT", ["BRA", "IDN"]) in sets
    assert ("ACCUSE", ["BRA", "IDN"]) in sets


def test_a_group_takes_the_members_listed_in_the_next_sentence():
    text = (
        "Indonesia bersama empat negara lainnya menandatangani deklarasi bersama tentang "
        "perikanan di Manila, Kamis (20/5/2021). Negara lain yang ikut adalah Filipina, "
        "Vietnam, Thailand, dan Malaysia."
    )
    agree = [c for t, c in event_sets(text) if t == "AGREE"]
    assert agree and {"PHL", "VNM", "THA", "MYS", "IDN"} <= set(agree[0])


def test_an_event_taken_up_later_takes_the_states_listed_there():
    text = (
        "Latihan multilateral angkatan laut resmi dibuka di Surabaya, Kamis (20/5/2021). "
        "Upacara dipimpin Kepala Staf TNI Angkatan Laut. Sebanyak 12 negara mengirim kapal "
        "dalam latihan ini, di antaranya Australia, Jepang, dan India."
    )
    coop = [c for t, c in rule_event_sets(text) if t == "COOPERATE"]
    assert coop and {"AUS", "JPN", "IND"} <= set(coop[0])


def test_one_bilateral_meeting_per_partner():
    text = (
        "Presiden Joko Widodo melakukan pertemuan bilateral dengan Perdana Menteri Inggris "
        "Boris Johnson dan Perdana Menteri India Narendra Modi di Roma, Minggu (31/10/2021)."
    )
    sets = event_sets(text, "2021-10-31")
    assert ("CONSULT", ["GBR", "IDN"]) in sets
    assert ("CONSULT", ["IDN", "IND"]) in sets
    assert ("CONSULT", ["GBR", "IDN", "IND"]) not in sets


def test_a_signed_loan_agreement_is_also_aid():
    text = (
        "Pemerintah Indonesia dan Pemerintah Korea Selatan menandatangani perjanjian pinjaman "
        "senilai 100 juta dolar AS di Jakarta, Kamis (20/5/2021)."
    )
    types = {t for t, c in event_sets(text) if c == ["IDN", "KOR"]}
    assert {"AGREE", "AID"} <= types


def test_kedua_menteri_are_the_two_told_last():
    text = (
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Toshimitsu "
        "Motegi pada Senin (17/5/2021). Sehari kemudian, Retno bertemu Menteri Luar Negeri "
        "Kanada Marc Garneau. Kedua menteri sepakat memperkuat kerja sama vaksin."
    )
    assert ("AGREE", ["CAN", "IDN"]) in event_sets(text)


def test_an_honorific_between_office_and_name_keeps_the_office():
    text = "Retno bertemu Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan di Riyadh."
    persons = {p.name: (p.role, p.country) for p in resolve_actors(text, analyze(text)).persons}
    assert persons.get("Faisal bin Farhan") == ("Menteri Luar Negeri", "SAU")


def test_a_week_date_does_not_make_a_past_act_a_plan():
    text = (
        "TNI Angkatan Laut pekan lalu mengerahkan dua kapal perang ke perairan dekat Malaysia "
        "setelah kapal Malaysia memasuki wilayah Indonesia."
    )
    statuses = {e.status for e in events_of(text) if e.type == "MOBILIZE"}
    assert statuses == {"realized"}


def test_english_names_with_the_head_last_and_their_acronym():
    text = (
        "Indonesia dan Chile resmi menandatangani Indonesia-Chile Comprehensive Economic "
        "Partnership Agreement (IC-CEPA) di Santiago, Kamis (20/5/2021)."
    )
    [agreement] = agreements_of(text)
    assert agreement.name.startswith("Indonesia-Chile Comprehensive Economic Partnership")
    assert "(IC-CEPA)" in agreement.name
    assert agreement.status == "signed"


def test_a_gloss_and_a_scope_place_belong_to_the_name_and_talks_govern_the_status():
    text = (
        "Kedua negara sepakat mempercepat perundingan Kode Tata Perilaku (Code of Conduct) "
        "di Laut China Selatan."
    )
    [agreement] = agreements_of(text)
    assert agreement.name == "Kode Tata Perilaku (Code of Conduct) di Laut China Selatan"
    assert agreement.status == "negotiating"


def test_lower_case_persetujuan_with_a_topic_is_an_instrument_and_stays_signed():
    text = (
        "Kedua menteri menandatangani persetujuan mengenai penghindaran pajak berganda yang "
        "akan mulai berlaku setelah diratifikasi."
    )
    [agreement] = agreements_of(text)
    assert agreement.name.lower().startswith("persetujuan mengenai penghindaran pajak berganda")
    assert agreement.status == "signed"


def test_a_kind_of_instrument_or_a_bare_noun_with_its_verb_is_not_a_name():
    text = (
        "Perjanjian serupa pertama kali diteken pada 2003. Perjanjian diteken oleh kedua "
        "menteri di Jakarta."
    )
    assert agreements_of(text) == []


def test_a_purchase_contract_is_an_instrument():
    text = (
        "Kementerian Pertahanan menandatangani kontrak pembelian enam pesawat angkut dari "
        "Brasil di Jakarta, Kamis (20/5/2021)."
    )
    [agreement] = agreements_of(text)
    assert agreement.name.lower().startswith("kontrak pembelian enam pesawat angkut")


def test_an_english_name_after_atau_is_the_same_instrument():
    text = (
        "Indonesia resmi menandatangani perjanjian Kemitraan Ekonomi Komprehensif Regional atau "
        "Regional Comprehensive Economic Partnership (RCEP) pada Minggu (15/11/2020)."
    )
    [agreement] = agreements_of(text, "2020-11-15")
    assert agreement.name.endswith("Regional Comprehensive Economic Partnership (RCEP)")


def test_two_signings_of_named_instruments_are_two_events():
    text = (
        "Presiden Megawati dan Presiden Rusia Vladimir Putin menandatangani Deklarasi tentang "
        "Kerangka Hubungan Persahabatan di Moskwa. Dalam kunjungan itu, Indonesia juga "
        "menandatangani kontrak pembelian dua pesawat tempur Sukhoi."
    )
    agree = [c for t, c in rule_event_sets(text, "2003-04-21") if t == "AGREE"]
    assert agree.count(["IDN", "RUS"]) == 2


def test_a_repeated_signing_that_points_back_is_one_event():
    text = (
        "Indonesia dan Uzbekistan menandatangani persetujuan kerja sama ekonomi dan teknik di "
        "Tashkent. Persetujuan itu ditandatangani oleh kedua menteri luar negeri."
    )
    agree = [c for t, c in event_sets(text, "1995-04-17") if t == "AGREE"]
    assert agree == [["IDN", "UZB"]]


def test_an_apostrophe_inside_a_name_is_part_of_it():
    text = "Wakil Presiden Ma'ruf Amin akan berpidato dalam Debat Umum PBB."
    persons = {p.name: (p.role, p.country) for p in resolve_actors(text, analyze(text)).persons}
    assert persons.get("Ma'ruf Amin") == ("Wakil Presiden", "IDN")
