"""Placeholder until the NLP stage lands: same signatures, blank pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
for _name in ("norm", "value"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


def analyze(text: str, published: str | None = None) -> Doc:
    doc = load_pipeline()(text)
    doc._.published = published
    return doc


def analyze_many(
    items: Iterable[tuple[str, str | None]], batch_size: int = 64, n_process: int = 1
) -> Iterator[Doc]:
    pairs = list(items)
    for doc, (_, published) in zip(
        load_pipeline().pipe((t for t, _ in pairs), batch_size=batch_size, n_process=n_process),
        pairs,
        strict=True,
    ):
        doc._.published = published
        yield doc
