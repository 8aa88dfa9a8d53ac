"""Shared pieces of the training recipe: data paths, label mapping, dedupe keys, Doc building.

Gold idner-news-2k labels PER/ORG/LOC become PERSON/ORG/GPE|LOC: idner LOC mixes states and
cities with facilities and natural places, and warta cares about the political ones, so a LOC
span becomes GPE unless its first word names a facility/natural place or a continent (then
LOC). The evaluation maps both back to idner LOC.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from random import Random

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from training.gazetteer import split_words
from warta.evaluate.conll import Sentence, Span, bio_spans, read_conll

REPO = Path(__file__).resolve().parents[1]
DATA = Path((REPO / ".." / "shared" / "data").resolve())
IDNER = DATA / "idner-news-2k"
NERP = DATA / "indonlu-nerp"
POSP = DATA / "indonlu-posp"
POSTAG = DATA / "nlp-id-postag" / "postag.tsv"

# Words that make a place span a non-political LOC (facility, natural feature, continent).
LOC_HEADS = {
    w.lower()
    for w in split_words(
        """Gedung Jalan Jl Jl. Hotel Rumah Kantor Istana Pasar Terminal Kompleks Komplek Bandara
Pelabuhan Stasiun SPBU Masjid Gereja Candi Pantai Bukit Gunung Pegunungan Sungai Danau
Laut Lautan Selat Teluk Samudra Samudera Pulau Kepulauan Tanjung Semenanjung Lembah
Hutan Taman Lapangan Stadion Monas Jembatan Tol Pangkalan Penjara Lapas Rutan Bundaran
Afrika Eropa Asia Amerika-Latin Timur-Tengah Antartika Arktik"""
    )
}
CONTINENTS = {"afrika", "eropa", "asia", "australia", "antartika", "oseania"}

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def norm_key(words: Iterable[str]) -> str:
    """The README's overlap key: lower-case, keep only [0-9a-z]."""
    return _NON_ALNUM.sub("", " ".join(words).lower())


def place_label(words: Sequence[str]) -> str:
    first = words[0].lower()
    if first in LOC_HEADS:
        return "LOC"
    if len(words) == 1 and first in CONTINENTS:
        return "LOC"
    return "GPE"


def to_model_spans(words: Sequence[str], spans: Iterable[Span], source: str) -> list[Span]:
    """Map a dataset's labels to the model's (PERSON, ORG, GPE, LOC)."""
    result: list[Span] = []
    for start, end, label in spans:
        if label in ("PER", "PPL"):
            result.append((start, end, "PERSON"))
        elif label == "ORG":
            result.append((start, end, "ORG"))
        elif label in ("LOC", "PLC"):
            result.append((start, end, place_label(words[start:end])))
        elif source == "nerp":
            continue  # IND/EVT/FNB: handled by the caller (marked missing)
    return result


def make_doc(
    vocab: Vocab,
    words: Sequence[str],
    spans: Iterable[Span],
    missing: Iterable[tuple[int, int]] = (),
) -> Doc:
    """A pre-tokenized Doc with entities; `missing` token ranges are 'unknown' to the loss
    (used where a silver/recased source cannot tell whether a span is an entity)."""
    doc = Doc(vocab, words=list(words))
    spans_list = list(spans)
    entities = [SpacySpan(doc, s, e, label=label) for s, e, label in spans_list]
    taken = {i for s, e, _ in spans_list for i in range(s, e)}
    # A missing range touching a known entity stays "outside" around it (the entity wins).
    unknown_tokens = sorted({i for s, e in missing for i in range(s, e)} - taken)
    unknown = [doc[i : i + 1] for i in unknown_tokens]
    doc.set_ents(entities, missing=unknown, default="outside")
    return doc


def read_idner(split: str) -> list[Sentence]:
    return read_conll(IDNER / f"{split}.txt", tab=False)


SHINGLE = 40  # normalized characters, about 6-7 words


class HeldOut:
    """Sentences no extra source may contribute: every dev/test set we report or select on.

    Exact normalized matches are not enough: NERP holds near-copies of idner test sentences
    (other tokenization, a clause added or cut), so any sentence sharing a 40-character
    normalized window with a held-out sentence is rejected too."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = set(keys)
        self.shingles = {
            key[i : i + SHINGLE] for key in keys for i in range(max(1, len(key) - SHINGLE + 1))
        }

    def blocks(self, key: str) -> bool:
        if key in self.keys:
            return True
        windows = range(0, len(key) - SHINGLE + 1)
        return any(key[i : i + SHINGLE] in self.shingles for i in windows)


def held_out_keys() -> set[str]:
    keys: set[str] = set()
    for split in ("dev", "test"):
        keys |= {norm_key(s.words) for s in read_idner(split)}
        keys |= {norm_key(s.words) for s in read_conll(NERP / f"{split}.tsv", tab=True)}
    return keys


def gold_spans(sentence: Sentence) -> list[Span]:
    return to_model_spans(sentence.words, bio_spans(sentence.tags), "idner")


def with_quotes(
    words: Sequence[str], spans: Sequence[Span], rng: Random
) -> tuple[list[str], list[Span]]:
    """A copy of the sentence with a quoted stretch. idner-news-2k was stripped of quote
    marks, so a model trained on it alone has never seen `"` and may tag it as an entity;
    real news is full of quotes."""
    inside = {i for start, end, _ in spans for i in range(start + 1, end)}
    cuts = [i for i in range(1, len(words)) if i not in inside]
    if not cuts:
        return list(words), list(spans)
    close = rng.choice(cuts)
    quoted = ['"', *words[:close], '"', *words[close:]]
    shifted = [(s + 1 + (s >= close), e + 1 + (e > close), label) for s, e, label in spans]
    return quoted, shifted
