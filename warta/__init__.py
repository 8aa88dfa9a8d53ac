"""warta: an evidence-linked knowledge base of international relations from Indonesian news.

The pipeline, one package per stage:
ingest -> clean -> nlp -> actors -> extract -> kb (store) -> cli / api.
"""

__version__ = "0.1.0"
