"""The learned person layer (warta/extract/person_model.py) on sentences written for these
tests: people of the story stay, the records that only look like names can be left out."""

from __future__ import annotations

import dataclasses

from warta.extract import ExtractModels, extract_analyzed, extract_text
from warta.extract.analysis import analyze_article
from warta.extract.person_model import person_features, shipped_person_models
from warta.nlp import analyze

MEETING = (
    "Menteri Luar Negeri Indonesia Retno Marsudi bertemu Menteri Luar Negeri Jepang "
    "Yoko Kamikawa di Tokyo pada Senin (4/3/2024). Kamikawa mengatakan kedua negara "
    "sepakat memperkuat kerja sama maritim."
)


def test_the_model_ships_and_loads():
    models = shipped_person_models()
    assert models is not None
    assert models.keep.labels == ["person"]
    assert 0.0 < models.threshold < 1.0


def test_officials_with_titles_are_kept():
    persons = extract_text(MEETING, "t", published="2024-03-05").persons
    assert {p.name for p in persons} == {"Retno Marsudi", "Yoko Kamikawa"}


def test_the_threshold_decides_and_the_rules_alone_keep_every_record():
    article = analyze_article(None, analyze(MEETING, "2024-03-05"))
    shipped = shipped_person_models()
    assert shipped is not None
    everyone = extract_analyzed(article, "t").persons
    nobody = dataclasses.replace(shipped, threshold=1.01)
    assert len(everyone) == 2
    assert extract_analyzed(article, "t", None, ExtractModels(persons=nobody)).persons == []


def test_features_describe_the_record_and_its_context():
    article = analyze_article(None, analyze(MEETING, "2024-03-05"))
    by_name = {p.name: person_features(article, p) for p in article.actors.persons}
    retno, kamikawa = by_name["Retno Marsudi"], by_name["Yoko Kamikawa"]
    assert {"role", "home", "w=retno", "told=1", "named=1", "position=0.05"} <= set(retno)
    assert {"role", "foreign", "told=2", "named=2"} <= set(kamikawa)


def test_empty_and_nameless_text_give_no_persons():
    assert extract_text("", "t").persons == []
    assert extract_text("Hujan turun di Jakarta sejak pagi.", "t").persons == []
