"""Indonesian NLP stage: text (+ publication date) -> spaCy Doc.

Contract used by later stages (actors, extract):

- `load_pipeline()` returns the shipped spaCy pipeline (cached), built on spacy.blank("id").
- `analyze(text, published=None)` returns a Doc; `analyze_many(items)` does the same in batches.
- `doc._.published`: the publication date given (ISO string or None).
- `doc.ents` labels: PERSON, ORG, GPE, LOC, EVENT, LAW, PRODUCT,
  DATE, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL.
- `span._.norm` (str | None): the normalized value of an entity:
  GPE states -> ISO 3166 alpha-3 ("RUS", "SUN"); ORG from the gazetteer -> canonical
  short name ("ASEAN", "PBB", "BPOM"); DATE -> ISO date, possibly partial ("2021-07-06",
  "2021-07", "2021"), periods as "2016/2020"; MONEY -> "5000000000 USD";
  PERCENT -> "18"; ORDINAL -> "25".
- `span._.value` (dict | None): the structured value, e.g. MONEY {"value": 5e9, "unit": "USD"},
  DATE {"start": "2016", "end": "2020", "granularity": "year"}.
"""

from warta.nlp.api import analyze, analyze_many, load_pipeline

__all__ = ["analyze", "analyze_many", "load_pipeline"]
