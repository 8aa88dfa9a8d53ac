"""Knowledge tables: each article's extraction, and the consolidated knowledge base.

`article_knowledge` and `entity_overrides` are the truth; every `kb_*` table is derived
from them by `warta.kb`: updated by increments in the transaction that changes them, or
rebuilt whole (`knowledge_state` says whether they are current), with the same result
whatever order articles arrived in. Payloads that are only
ever read whole live in JSON columns; what queries filter on has its own indexed column.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from warta.store.models import Base, _now


class ArticleKnowledge(Base):
    """The extraction of one article (the per-article JSON format), as extracted."""

    __tablename__ = "article_knowledge"

    doc_id: Mapped[str] = mapped_column(
        Text, ForeignKey("articles.doc_id", ondelete="CASCADE"), primary_key=True
    )
    extractor: Mapped[str] = mapped_column(String(32))  # version that produced it
    knowledge: Mapped[dict[str, Any]] = mapped_column(JSON)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class EntityOverride(Base):
    """A user's correction of entity resolution; applied on every rebuild."""

    __tablename__ = "entity_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(8))  # "merge" | "split"
    entity: Mapped[str] = mapped_column(Text)
    other: Mapped[str] = mapped_column(Text)  # merge: the other entity key; split: a spelling
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class KnowledgeState(Base):
    """Whether the kb_* tables are up to date, as a few named counters.

    "generation" goes up by one in the same transaction as every change to what a
    rebuild reads (knowledge saved, an override added), so it is never behind what is
    committed; a rebuild stores the generation it read first in "built_generation" and
    the number of extractions it consolidated in "built_articles", in the transaction
    that writes the kb_* tables. Equal generations and counts: nothing to rebuild.
    """

    __tablename__ = "knowledge_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class KBEntity(Base):
    __tablename__ = "kb_entities"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class KBName(Base):
    """Every spelling of every entity, lower-cased, for looking actors up by name."""

    __tablename__ = "kb_names"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    entity: Mapped[str] = mapped_column(Text, primary_key=True)


class KBEvent(Base):
    __tablename__ = "kb_events"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    grp: Mapped[str | None] = mapped_column(Text, index=True)  # "event:TYPE:DATE" (facts' grp)
    # a reply: the noun it answers (never "", so `answers > ''` finds replies by the index)
    answers: Mapped[str | None] = mapped_column(Text, index=True)


class KBEventParty(Base):
    """A state (ISO code) or entity key taking part in an event: the timeline's index."""

    __tablename__ = "kb_event_parties"
    __table_args__ = (Index("ix_kb_event_parties_party_event", "party", "event"),)

    event: Mapped[str] = mapped_column(
        Text, ForeignKey("kb_events.key", ondelete="CASCADE"), primary_key=True
    )
    party: Mapped[str] = mapped_column(Text, primary_key=True)


class KBAgreement(Base):
    __tablename__ = "kb_agreements"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    parties: Mapped[str] = mapped_column(Text)  # " IDN RUS " for LIKE '% RUS %' filters
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # "agreement:KIND:STATES:NAME" of its first report, with all its states; and without
    # the name (what increments delete it by: warta.kb.incremental.agreement_units)
    grp: Mapped[str | None] = mapped_column(Text, index=True)
    block: Mapped[str | None] = mapped_column(Text, index=True)


class KBSeries(Base):
    __tablename__ = "kb_series"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    metric: Mapped[str] = mapped_column(String(24), index=True)
    period: Mapped[str | None] = mapped_column(String(32))
    parties: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class KBConflict(Base):
    __tablename__ = "kb_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    subject: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # what an increment deletes it with: the group or record it is about (event_order: the
    # reply event), and for event_order the original event's key
    owner: Mapped[str | None] = mapped_column(Text, index=True)
    other: Mapped[str | None] = mapped_column(Text, index=True)


class KBFact(Base):
    """One article's contribution to one consolidation group (warta.kb.facts): the facts a
    group is recomputed from when an article joins or leaves it, without reading any other
    group's articles. `bucket` is a coarser key (events: type and year) for finding the
    groups a coarse date can join."""

    __tablename__ = "kb_facts"
    __table_args__ = (
        Index("ix_kb_facts_grp_doc", "grp", "doc_id"),
        Index("ix_kb_facts_bucket_grp", "bucket", "grp"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grp: Mapped[str] = mapped_column(Text)
    bucket: Mapped[str] = mapped_column(Text)
    doc_id: Mapped[str] = mapped_column(Text, index=True)
    data: Mapped[str] = mapped_column(Text)  # JSON text, parsed only when the group is


class KBEntityKey(Base):
    """An entity key as one article names it ("person:m. hatta") and the consolidated
    entity it belongs to now ("person:mohammad hatta"), with what person merges look at."""

    __tablename__ = "kb_entity_keys"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    root: Mapped[str] = mapped_column(Text, index=True)
    surname: Mapped[str | None] = mapped_column(Text, index=True)
    wikidata: Mapped[str | None] = mapped_column(Text, index=True)


class SearchDoc(Base):
    """A searchable text (an article, or a fact's evidence) with its stemmed form.

    SQLite indexes `stemmed` with FTS5, PostgreSQL with a GIN tsvector index (migration).
    """

    __tablename__ = "search_docs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(
        String(16), index=True
    )  # article | event | agreement | figure
    ref: Mapped[str] = mapped_column(Text, index=True)  # the article's doc_id
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    stemmed: Mapped[str] = mapped_column(Text)
