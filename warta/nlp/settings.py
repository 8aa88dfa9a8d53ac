"""NLP configuration in one place: pipeline order, component names, model location."""

from __future__ import annotations

from warta.config import MODEL_DIR

TOKENIZER = "warta.news_tokenizer.v1"
NER_PIPELINE_DIR = MODEL_DIR / "ner_pipeline"

SENTENCES = "warta_sentences"
NER = "ner"
ENTITY_FILTER = "warta_entity_filter"
GAZETTEER = "warta_gazetteer"
DATES = "warta_dates"
NUMBERS = "warta_numbers"

# Order matters: the rule components run after the statistical NER so that they override
# it (gazetteer for states/orgs, normalizers for DATE/MONEY/...); dates before numbers so
# "pada 2018" is a DATE and not a CARDINAL.
RULE_COMPONENTS = (ENTITY_FILTER, GAZETTEER, DATES, NUMBERS)

# Labels of statistical entities that may legitimately contain a gazetteer name or a number
# ("Kedutaan Besar Rusia", "KTT ke-34 ASEAN"): they are kept when they strictly contain a
# rule match instead of being replaced by it.
CONTAINER_LABELS = frozenset({"ORG", "EVENT", "LAW", "PRODUCT", "FAC", "WORK_OF_ART"})
