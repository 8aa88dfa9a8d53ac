"""Rule-based sentence boundaries for Indonesian news.

A sentence ends at ".", "!", "?" or "…" (plus any closing quotes/brackets that follow) when
the next word looks like a sentence start, and always at a line break. Abbreviations such
as "Dr." or "M." are single tokens (see tokenizer.py), so their dot never ends a sentence;
the few that often close a sentence ("dkk.", "dll.") do so only before a capital.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FINAL_PUNCT = frozenset(".!?…")
CLOSERS = frozenset(["”", "’", ")", "]", "»", "'"])
OPENERS = frozenset(["“", '"', "‘", "(", "[", "«", "'", "-", "–", "—", "•"])
SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    ["dkk.", "dll.", "dsb.", "dst.", "tsb.", "WIB.", "WITA.", "WIT.", "Inc.", "Ltd.", "Corp.",
     "Co.", "Jr.", "Sr."]
)  # fmt: skip


def _is_final(token: Token) -> bool:
    text = token.text
    return bool(text) and all(ch in FINAL_PUNCT for ch in text)


def _looks_like_start(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def set_sentence_boundaries(doc: Doc) -> Doc:
    """Set `is_sent_start` on every token (no parser needed)."""
    pending = False  # a sentence end was seen; the next real word may start a new one
    hard = False  # a line break: the next real word starts a new sentence whatever it is
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        text = token.text
        if token.is_space:
            token.is_sent_start = False
            if "\n" in text:
                hard = True
            continue
        previous = doc[i - 1]
        if pending and not hard and (text in CLOSERS or (text == '"' and not previous.whitespace_)):
            token.is_sent_start = False  # closing quote/bracket after the final dot
            continue
        start = hard or (pending and _looks_like_start(token))
        if "\n" in previous.whitespace_:
            start = True
        token.is_sent_start = start
        pending = _is_final(token) or (
            text in SENTENCE_FINAL_ABBREVIATIONS
            and i + 1 < len(doc)
            and doc[i + 1].text[:1].isupper()
        )
        hard = False
    return doc
