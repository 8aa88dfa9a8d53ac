"""A cheap relevance filter: does an article concern international relations?

`is_relevant(text, title)` decides, in well under a millisecond per article, which
articles are worth the full NLP and extraction: it counts gazetteer hits for foreign
states, foreign cities and international organizations (warta/data/*.tsv) and
diplomatic vocabulary (data/diplomatic_terms.tsv). It is tuned for recall: an article
about international relations must never be dropped; some domestic news passing is fine.
"""

from warta.relevance.filter import RelevanceFilter, Signals, is_relevant

__all__ = ["RelevanceFilter", "Signals", "is_relevant"]
