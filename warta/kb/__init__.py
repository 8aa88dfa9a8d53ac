"""Knowledge-base stage: per-article knowledge -> one record per fact across articles."""

from warta.kb.consolidate import build_knowledge_base
from warta.kb.entities import Overrides

__all__ = ["Overrides", "build_knowledge_base"]
