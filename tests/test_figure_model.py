"""The learned figure layer (warta/extract/figure_model.py) on sentences written for these
tests, and the money parsing it reads."""

from __future__ import annotations

from warta.extract import extract_text
from warta.extract.figure_model import METRICS, shipped_figure_models
from warta.nlp import analyze


def quantities_of(text: str):
    return extract_text(text, "t", published="2024-03-01").quantities


def money(text: str) -> list[tuple[float, str]]:
    doc = analyze(text)
    return [(e._.value["value"], e._.value["unit"]) for e in doc.ents if e.label_ == "MONEY"]


def test_the_models_ship_and_load():
    models = shipped_figure_models()
    assert models is not None
    assert models.keep.labels == ["figure"]
    assert list(models.metric.labels) == list(METRICS)
    assert 0.0 < models.threshold < 1.0


def test_a_trade_figure_between_two_states_is_found():
    found = quantities_of(
        "Nilai perdagangan Indonesia dan Korea Selatan pada 2023 mencapai 18 miliar dolar AS."
    )
    assert [(q.metric, q.value, q.unit) for q in found] == [("trade_volume", 18e9, "USD")]
    assert set(found[0].parties) >= {"IDN", "KOR"}


def test_a_figure_told_twice_is_one_figure():
    found = quantities_of(
        "Jepang memberikan pinjaman 500 juta dolar AS kepada Indonesia. "
        "Pinjaman 500 juta dolar AS itu untuk membangun pelabuhan."
    )
    assert [(q.value, q.unit) for q in found] == [(5e8, "USD")]


def test_domestic_figures_are_left_out():
    assert quantities_of("Cadangan devisa Indonesia tercatat sebesar 140 miliar dolar AS.") == []


def test_empty_and_numberless_texts_give_nothing():
    assert quantities_of("") == []
    assert quantities_of("Menteri Luar Negeri bertemu duta besar Jepang.") == []


def test_a_range_is_its_lower_bound_at_the_upper_scale():
    assert money("Nilainya diperkirakan US$ 2,5-3 miliar.") == [(2.5e9, "USD")]
    assert money("Biayanya 200 sampai 300 juta dolar.") == [(2e8, "USD")]


def test_an_iso_code_glued_to_its_amount():
    assert money("Hibah senilai AUD25 juta dan NZD 3 juta.") == [(25e6, "AUD"), (3e6, "NZD")]
