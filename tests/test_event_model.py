"""The learned event layer (warta/extract/event_model.py) and the linear models it is made of,
on sentences written for these tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from warta.extract import ExtractModels, extract_analyzed, extract_text
from warta.extract.analysis import analyze_article
from warta.extract.event_model import shipped_event_models
from warta.extract.features import sentence_evidence, sentence_views, type_features
from warta.extract.linear import LinearModel
from warta.nlp import analyze


def test_linear_model_round_trip_keeps_scores_and_drops_zero_weights(tmp_path: Path) -> None:
    weights = np.array([[2.0, -1.0], [0.0, 0.0], [-0.5, 3.0]])
    model = LinearModel.from_arrays(
        ["a", "b"], ["x", "unused", "z"], weights, np.array([0.1, -0.2])
    )
    assert "unused" not in model.index
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = LinearModel.load(path)
    for feats in (["x"], ["z", "x"], ["nothing"], []):
        assert np.allclose(loaded.probabilities(feats), model.probabilities(feats))
    assert loaded.probability(["x"], "a") == pytest.approx(1 / (1 + np.exp(-2.1)))
    model.save(tmp_path / "again.npz")  # deterministic bytes: retraining gives the same file
    assert (tmp_path / "again.npz").read_bytes() == path.read_bytes()


def test_the_event_models_ship_and_load() -> None:
    models = shipped_event_models()
    assert models is not None
    assert models.types.labels == ["event"] and models.parties.labels == ["party"]
    assert 0.0 < models.threshold("CONSULT") < 1.0


def test_the_model_on_its_own_finds_an_invented_meeting_and_its_parties() -> None:
    """With the rule fallback off, the event stands only if the model gives its type."""
    shipped = shipped_event_models()
    assert shipped is not None
    model_only = dataclasses.replace(shipped, rule_threshold=2.0)
    text = (
        "Menteri Luar Negeri Indonesia berbincang dengan Menteri Luar Negeri Vietnam "
        "di sela pertemuan ASEAN di Hanoi pada 3 Mei 2023."
    )
    article = analyze_article(None, analyze(text, "2023-05-04"))
    events = extract_analyzed(article, "t", models=ExtractModels(events=model_only)).events
    assert [(e.type, e.countries, e.date) for e in events] == [
        ("CONSULT", ["IDN", "VNM"], "2023-05-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        pytest.param("Kata " * 100_000, marks=pytest.mark.slow, id="500k-characters"),
        "The quick brown fox jumps over the lazy dog. Nothing international happens here.",
        "12345 67890 !!! ??? ...",
    ],
)
def test_bad_input_gives_a_clear_result(text: str) -> None:
    knowledge = extract_text(text, "t", published="2023-05-10")
    assert knowledge.events == []


def test_all_types_at_once_score_as_each_type_alone() -> None:
    """type_probabilities (one lookup per word for all types) is the model's own sum."""
    models = shipped_event_models()
    assert models is not None
    text = (
        "Indonesia dan Jepang menandatangani nota kesepahaman di Tokyo. "
        "Jepang juga mengirim bantuan 5 juta dolar AS. Rusia mengecam sanksi Amerika Serikat."
    )
    article = analyze_article(None, analyze(text, "2023-05-04"))
    for view in sentence_views(article):
        evidence = sentence_evidence(article, view, {"AGREE"})
        fast = models.type_probabilities(evidence)
        for t, p in fast.items():
            slow = models.types.probability(type_features(evidence, t, models.with_rules))
            assert p == pytest.approx(slow, abs=1e-9)
