"""Run a spaCy pipeline over pre-tokenized sentences and collect entity spans."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warta.evaluate.conll import Sentence, Span

MODEL_DIR = Path(__file__).resolve().parents[1] / "nlp" / "model" / "ner_pipeline"


def load_ner_pipeline(model_dir: str | Path | None = None) -> tuple[Language, str]:
    """The pipeline to evaluate and a note saying which one it is.

    Prefers warta.nlp.load_pipeline() (the shipped pipeline with gazetteers etc.); falls back
    to the bare trained model when that pipeline has no "ner" yet or a directory is given."""
    if model_dir is not None:
        return spacy.load(model_dir), f"model directory {model_dir}"
    from warta.nlp import load_pipeline

    nlp = load_pipeline()
    if "ner" in nlp.pipe_names or "entity_ruler" in nlp.pipe_names:
        return nlp, "warta.nlp.load_pipeline()"
    return spacy.load(MODEL_DIR), f"model directory {MODEL_DIR} (load_pipeline() has no ner)"


def predict_spans(
    nlp: Language, sentences: Sequence[Sentence], batch_size: int = 128
) -> list[list[Span]]:
    """Entities predicted for each sentence, on the gold tokenization (Doc from words, so
    the tokenizer is bypassed and spans are comparable token by token)."""
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    return [
        [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        for doc in nlp.pipe(docs, batch_size=batch_size)
    ]
