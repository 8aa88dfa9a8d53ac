"""Score a trained model on the held-out sets reported in docs/MODEL.md."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

from training.corpus_io import IDNER, NERP
from warta.evaluate.conll import read_conll
from warta.evaluate.ner import map_spans, score_spans
from warta.evaluate.run import predict_spans

# Gold label -> model label. GPE and LOC predictions both count as idner LOC.
IDNER_GOLD = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
NERP_GOLD = {"PPL": "PERSON", "PLC": "PLACE", "IND": "O", "EVT": "O", "FNB": "O"}
PRED = {"GPE": "PLACE", "LOC": "PLACE"}


def evaluate_file(nlp: spacy.language.Language, path: Path, gold_map: dict[str, str]) -> dict:
    sentences = read_conll(path)
    gold = [map_spans(s.spans(), gold_map) for s in sentences]
    predicted = [map_spans(p, PRED) for p in predict_spans(nlp, sentences)]
    labels = {v for v in gold_map.values() if v != "O"}
    return score_spans(gold, predicted, labels).as_dict()


def evaluate_all(model: str | Path) -> dict:
    nlp = spacy.load(model)
    return {
        "idner_dev": evaluate_file(nlp, IDNER / "dev.txt", IDNER_GOLD),
        "idner_test": evaluate_file(nlp, IDNER / "test.txt", IDNER_GOLD),
        "nerp_test": evaluate_file(nlp, NERP / "test.tsv", NERP_GOLD),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(evaluate_all(sys.argv[1]), indent=1))
