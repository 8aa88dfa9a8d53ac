"""Ingest stage: input files (txt, HTML, JSON Lines, JSON, WARC) -> RawDocuments.

for item in iter_documents(["corpus/"]):
    if isinstance(item, IngestProblem): print(item)   # "FILE:line 3: reason"
    else: ...                                          # a RawDocument
"""

from warta.ingest.discover import IgnoredFile, InputFile, discover
from warta.ingest.fields import FieldMap
from warta.ingest.reader import iter_documents, read_file
from warta.ingest.types import IngestProblem, RawDocument

__all__ = [
    "FieldMap",
    "IgnoredFile",
    "IngestProblem",
    "InputFile",
    "RawDocument",
    "discover",
    "iter_documents",
    "read_file",
]
