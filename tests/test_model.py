"""The shipped NER model: loads offline, finds obvious entities, has not regressed."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from warta.evaluate.conll import read_conll
from warta.evaluate.ner import map_spans, score_spans
from warta.evaluate.run import MODEL_DIR, predict_spans

REPO = Path(__file__).resolve().parents[1]
IDNER_TEST = REPO.parent / "shared" / "data" / "idner-news-2k" / "test.txt"
CORPUS = REPO.parent / "shared" / "corpus"


@lru_cache(maxsize=1)
def shipped_model() -> Language:
    return spacy.load(MODEL_DIR)


@pytest.mark.slow
def test_model_contract() -> None:
    nlp = shipped_model()
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"PERSON", "ORG", "GPE", "LOC"} <= set(nlp.get_pipe("ner").labels)
    # No training data paths in the shipped config (they would differ per checkout).
    assert all(value is None for value in nlp.config["paths"].values())


def test_model_finds_person_and_country() -> None:
    nlp = shipped_model()
    doc = nlp("Menlu Retno Marsudi akan berkunjung ke Rusia pekan depan .")
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Retno Marsudi", "PERSON") in found
    assert ("Rusia", "GPE") in found


def test_model_finds_the_name_after_a_long_title() -> None:
    # idner-news-2k hardly has office titles; the real news of the recipe teaches them.
    doc = shipped_model()("Menteri Luar Negeri Retno Marsudi akan berkunjung ke Rusia .")
    assert ("Retno Marsudi", "PERSON") in {(ent.text, ent.label_) for ent in doc.ents}


def documented(figure: str) -> float:
    """A figure quoted in docs/MODEL.md as `<figure>: 0.xxx`."""
    text = (REPO / "docs" / "MODEL.md").read_text(encoding="utf-8")
    words = r"\s+".join(re.escape(word) for word in figure.split())  # across line breaks
    match = re.search(words + r":\s*\**\s*([01]\.\d+)", text)
    assert match, f"docs/MODEL.md must state '{figure}: 0.xxx'"
    return float(match.group(1))


@pytest.mark.skipif(not IDNER_TEST.exists(), reason="../shared/data not available")
def test_idner_test_f1_not_below_documented() -> None:
    sentences = read_conll(IDNER_TEST)
    to_place = {"PER": "PERSON", "LOC": "PLACE", "GPE": "PLACE"}
    gold = [map_spans(s.spans(), to_place) for s in sentences]
    predicted = [map_spans(p, to_place) for p in predict_spans(shipped_model(), sentences)]
    f1 = score_spans(gold, predicted, {"PERSON", "ORG", "PLACE"}).total.f1
    assert f1 >= documented("idner-news-2k test F1") - 0.02


@pytest.mark.slow
@pytest.mark.skipif(not (CORPUS / "dev").exists(), reason="../shared/corpus not available")
def test_real_news_person_recall_not_below_documented() -> None:
    from training.evaluate_model import evaluate_news
    from training.news_corpus import news_sentences

    recall = evaluate_news(shipped_model(), news_sentences("dev"))["PERSON"]["recall"]
    assert recall >= documented("corpus/dev person recall") - 0.03


def test_model_does_not_tag_quote_marks() -> None:
    # idner-news-2k has no quote marks; the recipe adds quoted copies so `"` stays O.
    doc = shipped_model()('" Kami tidak akan mundur , " kata Retno Marsudi di Jakarta .')
    assert all('"' not in ent.text for ent in doc.ents)
