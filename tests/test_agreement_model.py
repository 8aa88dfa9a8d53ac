"""The learned agreement layer: candidates, the shipped model, and its use in extraction.

Sentences are written for these tests (no article text)."""

from __future__ import annotations

from warta.extract import extract_text
from warta.extract.agreement_candidates import sentence_candidates
from warta.extract.agreement_model import AgreementModels, select, shipped_agreement_models
from warta.extract.sentences import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def agreements_of(text: str):
    return extract_text(text, "t", published="2023-05-10").agreements


def test_shipped_model_loads():
    models = shipped_agreement_models()
    assert isinstance(models, AgreementModels)
    assert 0.0 < models.threshold < 1.0
    assert models.keep.index  # trained features


def test_candidates_cover_named_instrument_and_list_items():
    text = (
        "Kedua menteri menandatangani tiga nota kesepahaman, yaitu kerja sama perikanan, "
        "pariwisata, dan pendidikan tinggi."
    )
    found = {(c.kind, c.name) for c in sentence_candidates(_sentence(text))}
    items = {name for kind, name in found if kind == "item"}
    assert "Nota kesepahaman kerja sama perikanan" in items
    assert "Nota kesepahaman pendidikan tinggi" in items


def test_wide_name_goes_through_gloss_and_stops_at_verb():
    text = "Nota Kesepahaman (MoU) tentang Kerja Sama Pertanian ditandatangani kemarin."
    names = {c.text for c in sentence_candidates(_sentence(text)) if c.kind == "wide"}
    assert "Nota Kesepahaman (MoU) tentang Kerja Sama Pertanian" in names


def test_list_of_mous_gives_one_agreement_per_item():
    found = agreements_of(
        "Indonesia dan Jepang menandatangani tiga nota kesepahaman, yaitu di bidang energi, "
        "pendidikan, dan kesehatan."
    )
    names = " | ".join(a.name.lower() for a in found)
    for topic in ("energi", "pendidikan", "kesehatan"):
        assert topic in names, names
    assert all(a.status == "signed" for a in found)
    assert all(set(a.parties) == {"IDN", "JPN"} for a in found)


def test_named_agreement_found_with_parties():
    found = agreements_of(
        "Pemerintah Indonesia dan Australia sepakat memulai perundingan Indonesia-Australia "
        "Comprehensive Economic Partnership Agreement (IA-CEPA)."
    )
    assert [a.status for a in found] == ["negotiating"]
    assert "Comprehensive Economic Partnership Agreement" in found[0].name
    assert set(found[0].parties) == {"IDN", "AUS"}


def test_bad_input_gives_nothing():
    assert agreements_of("") == []
    assert agreements_of("   \n  ") == []
    assert agreements_of("Perjanjian ini akan memperkuat hubungan Indonesia dan Jepang.") == []
    assert select([], 0.5, 0.2) == []
