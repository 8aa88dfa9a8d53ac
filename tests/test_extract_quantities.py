"""Figures about relations between states, on sentences written for these tests."""

from __future__ import annotations

from warta.extract import extract_text


def quantities_of(text: str):
    return extract_text(text, "t", published="2023-05-10").quantities


def test_trade_volume_with_period_and_parties():
    (q,) = quantities_of(
        "Pada 2022, perdagangan Indonesia dan Jepang mencapai 42,5 miliar dolar AS."
    )
    assert (q.metric, q.value, q.unit, q.period, q.kind) == (
        "trade_volume", 42.5e9, "USD", "2022", "actual",
    )  # fmt: skip
    assert q.parties == ["IDN", "JPN"]


def test_same_figure_in_two_currencies_is_one_claim():
    (q,) = quantities_of(
        "Investasi China di Indonesia sebesar 8 miliar dolar AS atau setara Rp120 triliun."
    )
    assert q.metric == "investment" and q.value == 8e9
    assert q.alt_values == [{"value": 120e12, "unit": "IDR"}]


def test_unmet_target():
    (q,) = quantities_of(
        "Indonesia dan Australia memiliki target perdagangan 15 miliar USD pada tahun 2025 "
        "namun belum tercapai."
    )
    assert (q.metric, q.kind, q.met, q.period) == ("trade_target", "target", False, "2025")


def test_growth_percent_takes_the_reported_year():
    found = quantities_of(
        "Perdagangan Indonesia dan Korea Selatan mencapai 20 miliar dolar AS pada 2022. "
        "Perdagangan itu meningkat 12 persen dibandingkan tahun 2021 bagi Korea Selatan."
    )
    growth = [q for q in found if q.unit == "percent"]
    assert [(q.metric, q.value, q.period, q.kind) for q in growth] == [
        ("trade_growth_pct", 12.0, "2022", "growth")
    ]


def test_aid_and_loan_and_counts():
    found = quantities_of(
        "Jepang memberikan bantuan 2 juta dolar AS dan 500.000 dosis vaksin kepada Indonesia."
    )
    assert [(q.metric, q.value, q.unit) for q in found] == [
        ("aid", 2e6, "USD"),
        ("aid", 500000.0, "dosis"),
    ]
    (loan,) = quantities_of("Bank Dunia memberi pinjaman 300 juta dolar AS kepada Filipina.")
    assert loan.metric == "loan"


def test_domestic_figures_are_left_out():
    assert quantities_of("Anggaran pendidikan nasional mencapai Rp600 triliun pada 2023.") == []


def test_amounts_are_the_nlp_stages_money_entities():
    # the currency and the amount in words come from the Doc's MONEY entities
    (aud,) = quantities_of("Australia memberikan bantuan senilai A$ 5 juta kepada Indonesia.")
    assert (aud.metric, aud.value, aud.unit) == ("aid", 5e6, "AUD")
    (words,) = quantities_of(
        "Pada 2016 Indonesia menyerahkan bantuan senilai lima juta dolar AS kepada Fiji."
    )
    assert (words.metric, words.value, words.unit, words.period) == ("aid", 5e6, "USD", "2016")
