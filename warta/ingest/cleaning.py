"""The ingest stage's view of the clean stage: clean_document and near-duplicate helpers.

warta.clean is written alongside; it is imported lazily and used through its contract
only (clean_document, dedup.minhash_signature, dedup.NearDuplicateIndex). While a piece
is missing, a minimal stand-in keeps ingest working: text trimmed but otherwise kept,
and a datasketch MinHash / LSH index with the same parameters.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol

from warta.clean.types import CleanDocument, OffsetMap
from warta.ingest.types import RawDocument

NUM_PERM = 128
NEAR_DUPLICATE_THRESHOLD = 0.8
_SHINGLE_WORDS = 3


class NearDuplicateIndexLike(Protocol):
    def add(self, doc_id: str, signature: list[int]) -> None: ...

    # The agreed contract returned an id; warta.clean.dedup returns (id, similarity).
    # Both are accepted: see nearest_original.
    def query(self, signature: list[int]) -> str | tuple[str, float] | None: ...


def _clean_module(name: str = "warta.clean") -> Any | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise  # a real import error inside the module: do not hide it
        return None


@cache
def clean_function() -> Callable[[RawDocument], CleanDocument]:
    module = _clean_module()
    if module is not None and hasattr(module, "clean_document"):
        return module.clean_document
    return fallback_clean


def clean(raw: RawDocument) -> CleanDocument:
    """Clean one document with warta.clean, filling in a content hash if it left none."""
    cleaned = clean_function()(raw)
    if not cleaned.content_hash:
        cleaned = _with_hash(cleaned)
    return cleaned


def using_fallback_cleaner() -> bool:
    return clean_function() is fallback_clean


def minhash_signature(text: str) -> list[int]:
    dedup = _clean_module("warta.clean.dedup")
    if dedup is not None and hasattr(dedup, "minhash_signature"):
        return list(dedup.minhash_signature(text))
    return fallback_signature(text)


def new_near_duplicate_index() -> NearDuplicateIndexLike:
    dedup = _clean_module("warta.clean.dedup")
    if dedup is not None and hasattr(dedup, "NearDuplicateIndex"):
        return dedup.NearDuplicateIndex()
    return FallbackNearDuplicateIndex()


def nearest_original(
    index: NearDuplicateIndexLike,
    signature: list[int],
    signature_of: Callable[[str], Sequence[int]],
) -> tuple[str, float] | None:
    """(doc_id, similarity) of the indexed document this signature nearly repeats, if any."""
    found = index.query(signature)
    if found is None:
        return None
    if isinstance(found, tuple):
        doc_id, similarity = found
        return str(doc_id), float(similarity)
    return found, estimated_similarity(signature, signature_of(found))


def estimated_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """MinHash estimate of the Jaccard similarity: the share of equal slots."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def normalized_hash(text: str) -> str:
    """sha256 of the text with case, Unicode form and whitespace normalized."""
    normalized = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


# --- stand-ins until warta.clean provides these -------------------------------------


def fallback_clean(raw: RawDocument) -> CleanDocument:
    start = len(raw.text) - len(raw.text.lstrip())
    text = raw.text.strip()
    return CleanDocument(
        doc_id=raw.doc_id,
        text=text,
        offsets=OffsetMap(((0, start, len(text)),)),
        outlet=raw.outlet,
        content_hash=normalized_hash(text),
        notes=("cleaned by the ingest stand-in: warta.clean.clean_document not available",),
    )


def _with_hash(cleaned: CleanDocument) -> CleanDocument:
    from dataclasses import replace

    return replace(cleaned, content_hash=normalized_hash(cleaned.text))


_WORD = re.compile(r"\w+")


def fallback_signature(text: str) -> list[int]:
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    shingles = {
        " ".join(words[i : i + _SHINGLE_WORDS])
        for i in range(max(1, len(words) - _SHINGLE_WORDS + 1))
    }
    minhash = MinHash(num_perm=NUM_PERM)
    for shingle in shingles:
        minhash.update(shingle.encode("utf-8"))
    return [int(v) for v in minhash.hashvalues]


class FallbackNearDuplicateIndex:
    """datasketch LSH for candidates, then the signature estimate to confirm."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, list[int]] = {}

    def add(self, doc_id: str, signature: list[int]) -> None:
        if doc_id in self._signatures:
            return
        self._signatures[doc_id] = signature
        self._lsh.insert(doc_id, self._minhash(signature))

    def query(self, signature: list[int]) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for candidate in self._lsh.query(self._minhash(signature)):
            score = estimated_similarity(signature, self._signatures[candidate])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (candidate, score)
        return best

    @staticmethod
    def _minhash(signature: list[int]) -> Any:
        import numpy as np
        from datasketch import MinHash

        kwargs: dict[str, Any] = {}
        if (scheme := _default_scheme()) is not None:
            kwargs["scheme"] = scheme  # datasketch >= 2 wants to know how values were made
        return MinHash(num_perm=NUM_PERM, hashvalues=np.array(signature, dtype=np.uint64), **kwargs)


@cache
def _default_scheme() -> str | None:
    from datasketch import MinHash

    return getattr(MinHash(num_perm=NUM_PERM), "scheme", None)
