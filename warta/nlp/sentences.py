"""Rule-based sentence boundaries for Indonesian news.

A sentence ends at ".", "!", "?" or "…" (plus any closing quotes/brackets that follow) when
the next word looks like a sentence start, and always at a line break. Abbreviations such
as "Dr." or "M." are single tokens (see tokenizer.py), so their dot never ends a sentence;
the few that often close a sentence ("dkk.", "dll.") do so only before a capital.

For speed the loop runs over integer arrays (ORTH hash, trailing-space flag) and a
per-process cache of token classes, not over Token objects.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.tokens import Doc

FINAL_PUNCT = frozenset(".!?…")
CLOSERS = frozenset(["”", "’", ")", "]", "»", "'"])
OPENERS = frozenset(["“", '"', "‘", "(", "[", "«", "'", "-", "–", "—", "•"])
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    ["dkk.", "dll.", "dsb.", "dst.", "tsb.", "WIB.", "WITA.", "WIT.", "Inc.", "Ltd.", "Corp.",
     "Co.", "Jr.", "Sr."]
)  # fmt: skip

# Token classes
WORD, STARTER, FINAL, FINAL_ABBR, CLOSER, STRAIGHT_QUOTE, SPACE, NEWLINE = range(8)
_classes: dict[int, int] = {}


def _classify(text: str) -> int:
    if not text.strip():
        return NEWLINE if "\n" in text else SPACE
    if all(ch in FINAL_PUNCT for ch in text):
        return FINAL
    if text == '"':
        return STRAIGHT_QUOTE
    if text in CLOSERS:
        return CLOSER
    if text in SENTENCE_FINAL_ABBREVIATIONS:
        return FINAL_ABBR
    first = text[0]
    if first.isupper() or first.isdigit() or first in OPENERS:
        return STARTER
    return WORD


def set_sentence_boundaries(doc: Doc) -> Doc:
    """Set `is_sent_start` on every token (no parser needed)."""
    if len(doc) == 0:
        return doc
    array = doc.to_array([ORTH, SPACY])
    strings = doc.vocab.strings
    classes = []
    for orth in array[:, 0].tolist():
        cls = _classes.get(orth)
        if cls is None:
            cls = _classes[orth] = _classify(strings[orth])
        classes.append(cls)
    spaces = array[:, 1].tolist()
    starts = [-1] * len(classes)  # -1: not a start; 1: a start (spaCy's SENT_START values)
    starts[0] = 1
    pending = False  # a sentence end was seen; the next real word may start a new one
    hard = False  # a line break: the next real word starts a new sentence whatever it is
    for i in range(1, len(classes)):
        cls = classes[i]
        if cls in (SPACE, NEWLINE):
            hard = hard or cls == NEWLINE
            continue
        closing = cls == CLOSER or (cls == STRAIGHT_QUOTE and not spaces[i - 1])
        if pending and not hard and closing:
            continue  # a closing quote/bracket after the final dot stays in the sentence
        if hard or (pending and cls in (STARTER, STRAIGHT_QUOTE)):
            starts[i] = 1
        pending = cls == FINAL or (
            cls == FINAL_ABBR and i + 1 < len(classes) and classes[i + 1] == STARTER
        )
        hard = False
    # SENT_START is stored signed; spaCy reads it from a uint64 array (so -1 wraps).
    values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], values)  # type: ignore[arg-type]
    return doc
