"""Evaluation helpers: CoNLL reading and exact-span NER scoring (no model needed)."""

from warta.evaluate.conll import Sentence, bio_spans, parse_conll, read_conll
from warta.evaluate.labels import parse_mapping, read_mapping_file
from warta.evaluate.ner import LabelScore, NerScore, map_spans, score_spans

__all__ = [
    "LabelScore",
    "NerScore",
    "Sentence",
    "bio_spans",
    "map_spans",
    "parse_conll",
    "parse_mapping",
    "read_mapping_file",
    "read_conll",
    "score_spans",
]
