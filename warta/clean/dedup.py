"""Near-duplicate detection (syndicated copies) with MinHash LSH, and content hashes.

Signatures use a fixed seed and datasketch's SHA-1 based hashing, so they are the
same in every run and process and can be stored next to the document.
"""

from __future__ import annotations

import hashlib
import inspect
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 20240601
SHINGLE_WORDS = 3
# LSH candidates are gathered at a lower threshold, then checked against the real one
# with the signature estimate: fewer near-duplicates are missed at the band edges.
_CANDIDATE_SLACK = 0.15

_WORD = re.compile(r"\w+")
# datasketch 2 wants the hashing scheme named when rebuilding from stored values.
_HAS_SCHEME = "scheme" in inspect.signature(MinHash.__init__).parameters
_SCHEME_ARGS: dict[str, Any] = {"scheme": "affine32"} if _HAS_SCHEME else {}


def normalize_words(text: str) -> list[str]:
    """Lower-cased word tokens of NFKC-normalized text; punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = normalize_words(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _minhash(hashvalues: Sequence[int] | None = None) -> MinHash:
    if hashvalues is None:
        return MinHash(num_perm=NUM_PERM, seed=SEED, **_SCHEME_ARGS)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=list(hashvalues), **_SCHEME_ARGS)


def minhash_signature(text: str) -> list[int]:
    """The 128-value MinHash signature of the text's word 3-shingles."""
    minhash = _minhash()
    # one batch: the same element-wise minimum as updating shingle by shingle
    minhash.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles(text))])
    return [int(value) for value in minhash.hashvalues]


def content_hash(text: str) -> str:
    """sha256 of the text with case folded and whitespace runs collapsed."""
    normalized = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


class NearDuplicateIndex:
    """Documents seen so far; `query` finds the closest earlier one above threshold."""

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        candidate_threshold = max(0.05, threshold - _CANDIDATE_SLACK)
        self._lsh = MinHashLSH(threshold=candidate_threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def add(self, doc_id: str, signature: list[int]) -> None:
        """Index a document; adding an id again replaces its signature."""
        if doc_id in self._signatures:
            self._lsh.remove(doc_id)
        minhash = _minhash(signature)
        self._lsh.insert(doc_id, minhash)
        self._signatures[doc_id] = minhash

    def query(self, signature: list[int]) -> tuple[str, float] | None:
        """The indexed document most similar to `signature` and its estimated Jaccard,
        or None when none reaches the threshold. Ties go to the earliest added."""
        probe = _minhash(signature)
        order = {doc_id: i for i, doc_id in enumerate(self._signatures)}
        best: tuple[str, float] | None = None
        for doc_id in sorted(self._lsh.query(probe), key=lambda d: order[d]):
            similarity = float(probe.jaccard(self._signatures[doc_id]))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (doc_id, similarity)
        return best
