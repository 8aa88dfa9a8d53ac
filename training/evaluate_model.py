"""Score a trained model on the held-out sets reported in docs/MODEL.md."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

from training.corpus_io import IDNER, NERP
from training.news_corpus import LabelledSentence, news_sentences
from warta.evaluate.conll import Sentence, read_conll
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


def evaluate_news(nlp: spacy.language.Language, sentences: list[LabelledSentence]) -> dict:
    """Scores against gold projected onto real news (training/news_corpus.py).

    The projection is partial, so only recall is exact: the share of projected spans
    predicted with the same extent and label. A prediction is known to be wrong when it
    is not a projected span and touches a token known to be O or to belong to another
    projected span; `known_precision` = right / (right + known wrong). Predictions over
    unknown tokens only are not counted.
    """
    predicted = predict_spans(nlp, [Sentence(s.words, []) for s in sentences])
    scores: dict[str, dict[str, float | int]] = {}
    for label in ("PERSON", "ORG", "GPE"):
        gold_total = right = wrong = 0
        for sentence, spans in zip(sentences, predicted, strict=True):
            gold = {span for span in sentence.spans if span[2] == label}
            known = _known_tokens(sentence)
            gold_total += len(gold)
            for span in spans:
                if span[2] != label:
                    continue
                if span in gold:
                    right += 1
                elif known.intersection(range(span[0], span[1])):
                    wrong += 1
        scores[label] = {
            "recall": round(right / gold_total, 4) if gold_total else 0.0,
            "known_precision": round(right / (right + wrong), 4) if right + wrong else 0.0,
            "gold": gold_total,
            "right": right,
            "known_wrong": wrong,
        }
    return scores


def _known_tokens(sentence: LabelledSentence) -> set[int]:
    """Tokens whose label the projection knows (O or inside a projected span)."""
    return set(range(len(sentence.words))) - set(sentence.missing)


def evaluate_all(model: str | Path, news: dict[str, list[LabelledSentence]] | None = None) -> dict:
    """idner dev/test and NERP test; `news` adds projected real-news sets by name."""
    nlp = spacy.load(model)
    results = {
        "idner_dev": evaluate_file(nlp, IDNER / "dev.txt", IDNER_GOLD),
        "idner_test": evaluate_file(nlp, IDNER / "test.txt", IDNER_GOLD),
        "nerp_test": evaluate_file(nlp, NERP / "test.tsv", NERP_GOLD),
    }
    for name, sentences in (news or {}).items():
        results[name] = evaluate_news(nlp, sentences)
    return results


if __name__ == "__main__":
    import json

    # The held-out fifth of corpus/train (what experiments choose on); corpus/dev only for
    # the final report, never to choose.
    news = {"news_held_out": news_sentences("train", "held-out")}
    if "--corpus-dev" in sys.argv:
        news["corpus_dev"] = news_sentences("dev")
    print(json.dumps(evaluate_all(sys.argv[1], news), indent=1))
