"""warta.clean stage: RawDocument -> CleanDocument.

Boilerplate removed but kept aside, dateline parsed, publication date inferred with
evidence, offsets mapped back to the raw text; near-duplicates in warta.clean.dedup.
"""

from warta.clean.dedup import NearDuplicateIndex, content_hash, minhash_signature
from warta.clean.document import clean_document
from warta.clean.types import CleanDocument, DateEvidence, Dateline, OffsetMap, Removed

__all__ = [
    "CleanDocument",
    "DateEvidence",
    "Dateline",
    "NearDuplicateIndex",
    "OffsetMap",
    "Removed",
    "clean_document",
    "content_hash",
    "minhash_signature",
]
