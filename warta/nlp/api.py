"""Public API of the NLP stage: load_pipeline(), analyze(), analyze_many().

Pipeline (names in settings.py): news tokenizer -> warta_sentences -> [ner, if trained]
-> warta_gazetteer -> warta_dates -> warta_numbers.
"""

from __future__ import annotations

import itertools
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warta.nlp import components, settings  # noqa: F401  (registers the components)
from warta.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)


def build_pipeline(ner_dir: Path | None = settings.NER_PIPELINE_DIR) -> Language:
    """A fresh pipeline; the statistical NER is sourced from `ner_dir` when it exists."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": settings.TOKENIZER}}})
    nlp.add_pipe(settings.SENTENCES)
    if ner_dir is not None and (ner_dir / "config.cfg").exists():
        # Only the trained components are wanted: building and loading that pipeline's own
        # tokenizer (spaCy's ~16k Indonesian exceptions) would cost seconds for nothing.
        trained = spacy.load(
            ner_dir,
            config={"nlp": {"tokenizer": {"@tokenizers": settings.TOKENIZER}}},
            exclude=["tokenizer"],
        )
        # A NER with its own internal tok2vec needs nothing else; a shared tok2vec
        # (listener) must come along and keep its name.
        if "tok2vec" in trained.pipe_names:
            nlp.add_pipe("tok2vec", source=trained)
        nlp.add_pipe(settings.NER, source=trained)
    for name in settings.RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The shipped pipeline, built once per process."""
    return build_pipeline()


def has_statistical_ner() -> bool:
    return settings.NER in load_pipeline().pipe_names


def _prepared(nlp: Language, text: str, published: str | None) -> Doc:
    # The date normalizer needs the publication date while the pipeline runs, so it is
    # set on the Doc before the components see it.
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def analyze(text: str, published: str | None = None) -> Doc:
    nlp = load_pipeline()
    return nlp(_prepared(nlp, text, published))


def _analyze_batch(batch: list[tuple[str, str | None]]) -> list[bytes]:
    """Worker side of analyze_many: the whole pipeline, Docs shipped back as bytes."""
    nlp = load_pipeline()
    docs = nlp.pipe(_prepared(nlp, text, published) for text, published in batch)
    return [doc.to_bytes(exclude=["tensor"]) for doc in docs]


def _batches(
    items: Iterable[tuple[str, str | None]], size: int
) -> Iterator[list[tuple[str, str | None]]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def analyze_many(
    items: Iterable[tuple[str, str | None]], batch_size: int = 64, n_process: int = 1
) -> Iterator[Doc]:
    """Analyze (text, published) pairs lazily, in order; n_process > 1 uses worker processes.

    Workers tokenize and run every component themselves (spaCy's own n_process would
    tokenize in the parent, because doc._.published must be set before the components
    run, and ship every Doc both ways); the parent only rebuilds the returned Docs.
    """
    nlp = load_pipeline()
    if n_process == 1:
        docs = (_prepared(nlp, text, published) for text, published in items)
        yield from nlp.pipe(docs, batch_size=batch_size)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(n_process) as pool:
        for payloads in pool.imap(_analyze_batch, _batches(items, batch_size)):
            for payload in payloads:
                yield Doc(nlp.vocab).from_bytes(payload)
