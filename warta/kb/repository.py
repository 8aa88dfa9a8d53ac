"""The knowledge base in SQL: save per-article knowledge, rebuild the consolidated tables,
and answer the queries (timeline, figures, agreements, entities, conflicts, search).

Works the same on SQLite and PostgreSQL; only full-text search differs (FTS5 / tsvector).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, delete, exists, func, select, text
from sqlalchemy.orm import Session, aliased

from warta.extract.types import ArticleKnowledge
from warta.kb.entities import Overrides, name_key
from warta.kb.incremental import Touched, apply_changes, chunks, recompute
from warta.kb.rebuild import (
    Rebuilt,
    can_increment,
    extracted_originals,
    is_current,
    lock,
    note_change,
    read_overrides,
    rebuild_tables,
    record_increment,
)
from warta.kb.text import search_terms, stemmed_text
from warta.kb.types import (
    Citation,
    Claim,
    Conflict,
    Entity,
    KBAgreement,
    KBEvent,
    QuantitySeries,
    RoleClaim,
    StatusStep,
)
from warta.nlp.gazetteer import state_code
from warta.store import Article, Store
from warta.store import knowledge_models as m

EXTRACTOR_VERSION = "1"


def _citation(data: dict[str, Any]) -> Citation:
    return Citation(**data)


def _event(row: m.KBEvent) -> KBEvent:
    p = row.payload
    return KBEvent(
        row.key,
        row.type,
        row.date,
        p["countries"],
        p["actors"],
        p["place"],
        row.status,
        p["sectors"],
        [_citation(c) for c in p["citations"]],
    )


def _agreement(row: m.KBAgreement) -> KBAgreement:
    p = row.payload
    history = [StatusStep(s["status"], s["date"], _citation(s["citation"])) for s in p["history"]]
    return KBAgreement(row.key, row.name, p["parties"], row.status, history)


def _series(row: m.KBSeries) -> QuantitySeries:
    p = row.payload
    claims = [
        Claim(c["value"], c["unit"], c["kind"], c["met"], _citation(c["citation"]))
        for c in p["claims"]
    ]
    return QuantitySeries(row.key, row.metric, p["parties"], row.period, claims)


def _entity(row: m.KBEntity) -> Entity:
    p = row.payload
    return Entity(
        row.key,
        row.kind,
        row.name,
        p["spellings"],
        row.country,
        p["wikidata"],
        [RoleClaim(**r) for r in p["roles"]],
        p["articles"],
        p["merge_reasons"],
    )


def _conflict(row: m.KBConflict) -> Conflict:
    return Conflict(
        row.kind, row.subject, row.description, [_citation(c) for c in row.payload["citations"]]
    )


def _party_codes(actors: Sequence[str]) -> list[str]:
    """Entity keys as agreements and figures name their parties: "state:RUS" -> "RUS"."""
    return [a.split(":", 1)[1].upper() if a.startswith(("state:", "org:")) else a for a in actors]


def _like_escape(text: str) -> str:
    """`text` matched literally inside a LIKE pattern (with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class KnowledgeStore:
    """Knowledge on top of an article `Store` (same database, same engine)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.dialect = store.engine.dialect.name

    def session(self) -> Session:
        return self.store.session()

    # --- writing -----------------------------------------------------------------

    def pending_articles(self, limit: int | None = None) -> list[Article]:
        """Originals that have no extraction yet (or one from an older extractor)."""
        done = select(m.ArticleKnowledge.doc_id).where(
            m.ArticleKnowledge.extractor == EXTRACTOR_VERSION
        )
        query = (
            select(Article)
            .where(Article.duplicate_of.is_(None), Article.doc_id.not_in(done))
            .order_by(Article.id)
            .limit(limit)
        )
        with self.session() as session:
            return list(session.scalars(query))

    def save_knowledge(
        self, items: Sequence[tuple[ArticleKnowledge, str]], *, consolidate: bool = True
    ) -> None:
        """Store (knowledge, cleaned article text) pairs and index them for search, and bring
        the knowledge base up to date with them, all in one transaction.

        The consolidated groups the articles leave or join are recomputed (an increment,
        warta.kb.incremental) when the kb_* tables are current; otherwise, or without
        `consolidate` (a bulk load, which rebuilds once at the end), only a new generation
        marks them out of date until rebuild()."""
        if not items:
            return
        with self.store._sessions.begin() as session:
            incremental = consolidate and self._start_increment(session)
            doc_ids = [knowledge.id for knowledge, _ in items]
            before = extracted_originals(session, doc_ids) if incremental else 0
            for knowledge, article_text in items:
                # Another process may save the same article now (two ingests at once): its
                # row lock orders the two (PostgreSQL; SQLite has one writer anyway).
                session.execute(
                    select(Article.id).where(Article.doc_id == knowledge.id).with_for_update()
                )
                session.execute(delete(m.SearchDoc).where(m.SearchDoc.ref == knowledge.id))
                session.merge(
                    m.ArticleKnowledge(
                        doc_id=knowledge.id,
                        extractor=EXTRACTOR_VERSION,
                        knowledge=knowledge.model_dump(mode="json"),
                    )
                )
                session.add_all(_search_docs(knowledge, article_text))
            session.flush()
            delta = 0
            if incremental:
                apply_changes(session, doc_ids, read_overrides(session))
                delta = extracted_originals(session, doc_ids) - before
            note_change(session)
            if incremental:
                record_increment(session, delta)

    def _start_increment(self, session: Session) -> bool:
        """Take the writers' lock; whether the kb_* tables are current, so that an
        increment on top of them is exact."""
        lock(session)
        return can_increment(session)

    def delete_articles(self, doc_ids: Sequence[str]) -> list[str]:
        """Delete articles (with their copies), their extractions and search entries, and
        everything in the knowledge base that only they supported, in one transaction.
        Returns the doc_ids deleted (copies included); unknown ids are ignored."""
        with self.store._sessions.begin() as session:
            incremental = self._start_increment(session)
            found = [
                doc
                for chunk in chunks(doc_ids)
                for doc in session.scalars(select(Article.doc_id).where(Article.doc_id.in_(chunk)))
            ]
            copies = [
                doc
                for chunk in chunks(found)
                for doc in session.scalars(
                    select(Article.doc_id).where(Article.duplicate_of.in_(chunk))
                )
            ]
            gone = list(dict.fromkeys(found + copies))
            if not gone:
                return []
            before = extracted_originals(session, gone)
            for chunk in chunks(gone):
                session.execute(delete(m.SearchDoc).where(m.SearchDoc.ref.in_(chunk)))
                session.execute(
                    delete(m.ArticleKnowledge).where(m.ArticleKnowledge.doc_id.in_(chunk))
                )
            for chunk in chunks(copies):  # copies before their originals (foreign key)
                session.execute(delete(Article).where(Article.doc_id.in_(chunk)))
            for chunk in chunks(found):
                session.execute(delete(Article).where(Article.doc_id.in_(chunk)))
            if incremental:
                apply_changes(session, gone, read_overrides(session))
            note_change(session)
            if incremental:
                record_increment(session, -before)
        return gone

    def add_override(self, action: str, entity: str, other: str) -> None:
        """Record a user's correction and apply it to the entities it concerns (and the
        events naming them) in the same transaction."""
        with self.store._sessions.begin() as session:
            incremental = self._start_increment(session)
            session.add(m.EntityOverride(action=action, entity=entity, other=other))
            session.flush()
            if incremental:
                seeds = {entity, other if action == "merge" else f"person:{name_key(other)}"}
                recompute(session, Touched(), read_overrides(session), seeds)
            note_change(session)
            if incremental:
                record_increment(session, 0)

    def overrides(self) -> Overrides:
        with self.session() as session:
            return read_overrides(session)

    def up_to_date(self) -> bool:
        """The kb_* tables were built from every extraction and override committed now."""
        with self.session() as session:
            return is_current(session)

    def rebuild(self, *, force: bool = False) -> Rebuilt | None:
        """Recompute every kb_* table from the stored extractions and overrides, atomically;
        None when they are up to date already (unless `force`): see warta.kb.rebuild."""
        with self.store._sessions.begin() as session:
            return rebuild_tables(session, force=force)

    # --- reading -----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows in each consolidated table, counted by the database."""
        tables = {
            "entities": m.KBEntity,
            "events": m.KBEvent,
            "agreements": m.KBAgreement,
            "figures": m.KBSeries,
            "conflicts": m.KBConflict,
        }
        with self.session() as session:
            return {
                name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in tables.items()
            }

    def knowledge_of(self, doc_id: str) -> ArticleKnowledge | None:
        with self.session() as session:
            row = session.get(m.ArticleKnowledge, doc_id)
        return ArticleKnowledge.model_validate(row.knowledge) if row else None

    def resolve_actor(self, name: str) -> str | None:
        """An entity key for "RUS", "Rusia", "Russia", "Retno Marsudi", "Lavrov", "ASEAN"."""
        name = name.strip()
        if re.match(r"^(person|state|org):", name) and self.entity(name):
            return name
        if re.fullmatch(r"[A-Z]{3}", name):
            return f"state:{name}"
        code = state_code(name)
        if code:
            return f"state:{code}"
        with self.session() as session:
            exact = session.scalar(
                select(m.KBName.entity).where(m.KBName.name == name.lower()).limit(1)
            )
            if exact:
                return exact
            escaped = _like_escape(name.lower())
            partial = session.scalar(
                select(m.KBName.entity)
                .where(m.KBName.name.like(f"%{escaped}%", escape="\\"))
                .order_by(func.length(m.KBName.name))
                .limit(1)
            )
        return partial

    def find_actors(self, text: str) -> list[str]:
        """Entity keys named anywhere in a question, in order of appearance."""
        found: list[tuple[int, str]] = []
        words = re.findall(r"[\w.-]+", text)
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                if len(phrase) < 2 or (size == 1 and phrase.islower() and len(phrase) < 5):
                    continue
                key = _state_key(phrase) or self._exact_name(phrase)
                if key and key not in {k for _, k in found}:
                    found.append((i, key))
        return [k for _, k in sorted(found)]

    def _exact_name(self, phrase: str) -> str | None:
        with self.session() as session:
            return session.scalar(
                select(m.KBName.entity).where(m.KBName.name == phrase.lower()).limit(1)
            )

    def actor_name(self, key: str) -> str:
        with self.session() as session:
            name = session.scalar(select(m.KBEntity.name).where(m.KBEntity.key == key))
        return name or key.split(":", 1)[-1]

    def _events_query(
        self,
        actors: Sequence[str],
        type: str | None,
        date_from: str | None,
        date_to: str | None,
    ) -> Select[m.KBEvent]:
        query = select(m.KBEvent)
        if actors:
            # start from the actor with the fewest events (IDN takes part in nearly all of
            # them) and check the others per event on the primary key
            rarest, *others = sorted(actors, key=self._party_size)
            query = query.join(m.KBEventParty, m.KBEventParty.event == m.KBEvent.key).where(
                m.KBEventParty.party == rarest
            )
            for actor in others:
                party = aliased(m.KBEventParty)
                query = query.where(
                    exists().where(party.event == m.KBEvent.key, party.party == actor)
                )
        if type:
            query = query.where(m.KBEvent.type == type.upper())
        if date_from:
            query = query.where(m.KBEvent.date >= date_from)
        if date_to:
            query = query.where(m.KBEvent.date <= date_to + "~")  # "~" sorts after digits
        return query

    def _party_size(self, party: str) -> int:
        with self.session() as session:
            query = select(func.count()).where(m.KBEventParty.party == party)
            return int(session.scalar(query) or 0)

    def events_between(
        self,
        actors: Sequence[str],
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
        latest: bool = False,
    ) -> list[KBEvent]:
        """Events with all `actors` among their parties, in date order (undated last).

        With `limit` and `latest`, the `limit` most recent ones, still in date order.
        """
        query = self._events_query(actors, type, date_from, date_to)
        undated, date, key = m.KBEvent.date.is_(None), m.KBEvent.date, m.KBEvent.key
        if latest:
            query = query.order_by(undated, date.desc(), key.desc()).limit(limit)
        else:
            query = query.order_by(undated, date, key).limit(limit)
        with self.session() as session:
            events = [_event(r) for r in session.scalars(query)]
        if latest:
            events.sort(key=lambda e: (e.date is None, e.date or "", e.key))
        return events

    def count_events_between(
        self,
        actors: Sequence[str],
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> int:
        query = self._events_query(actors, type, date_from, date_to).subquery()
        with self.session() as session:
            return int(session.scalar(select(func.count()).select_from(query)) or 0)

    def agreements_of(self, actors: Sequence[str], status: str | None = None) -> list[KBAgreement]:
        query = select(m.KBAgreement).order_by(m.KBAgreement.key)
        for party in _party_codes(actors):
            pattern = f"% {_like_escape(party)} %"
            query = query.where(m.KBAgreement.parties.like(pattern, escape="\\"))
        if status:
            query = query.where(m.KBAgreement.status == status)
        with self.session() as session:
            return [_agreement(r) for r in session.scalars(query)]

    def series_of(self, actors: Sequence[str], metric: str | None = None) -> list[QuantitySeries]:
        query = select(m.KBSeries).order_by(m.KBSeries.metric, m.KBSeries.period, m.KBSeries.key)
        for party in _party_codes(actors):
            pattern = f"% {_like_escape(party)} %"
            query = query.where(m.KBSeries.parties.like(pattern, escape="\\"))
        if metric:
            query = query.where(m.KBSeries.metric == metric)
        with self.session() as session:
            return [_series(r) for r in session.scalars(query)]

    def entities(
        self, kind: str | None = None, name: str | None = None, country: str | None = None
    ) -> list[Entity]:
        query = select(m.KBEntity).order_by(m.KBEntity.kind, m.KBEntity.name)
        if kind:
            query = query.where(m.KBEntity.kind == kind)
        if country:
            query = query.where(m.KBEntity.country == country)
        if name:
            escaped = _like_escape(name.lower())
            query = query.where(
                m.KBEntity.key.in_(
                    select(m.KBName.entity).where(m.KBName.name.like(f"%{escaped}%", escape="\\"))
                )
            )
        with self.session() as session:
            return [_entity(r) for r in session.scalars(query)]

    def entity(self, key: str) -> Entity | None:
        with self.session() as session:
            row = session.get(m.KBEntity, key)
        return _entity(row) if row else None

    def conflicts(self, kind: str | None = None) -> list[Conflict]:
        query = select(m.KBConflict).order_by(
            m.KBConflict.kind, m.KBConflict.subject, m.KBConflict.description, m.KBConflict.id
        )
        if kind:
            query = query.where(m.KBConflict.kind == kind)
        with self.session() as session:
            return [_conflict(r) for r in session.scalars(query)]

    def search(
        self, query: str, limit: int = 10, kind: str | None = None, *, every_word: bool = False
    ) -> list[m.SearchDoc]:
        """Stemmed full-text search: documents with every word first, then (unless
        `every_word`) documents with any of them."""
        terms = [t for t in dict.fromkeys(search_terms(query)) if t]
        if not terms:
            return []
        with self.session() as session:
            for mode in ("all",) if every_word else ("all", "any"):
                rows = self._search(session, terms, mode, limit, kind)
                if rows:
                    return rows
        return []

    def _search(
        self, session: Session, terms: list[str], mode: str, limit: int, kind: str | None
    ) -> list[m.SearchDoc]:
        params: dict[str, Any] = {"limit": limit, "kind": kind}
        kind_filter = "AND d.kind = :kind" if kind else ""
        if self.dialect == "sqlite":
            joiner = " AND " if mode == "all" else " OR "
            # every term quoted: user text never becomes FTS5 query syntax
            params["q"] = joiner.join('"' + t.replace('"', '""') + '"' for t in terms)
            sql = (
                "SELECT d.id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
                f"WHERE search_fts MATCH :q {kind_filter} ORDER BY search_fts.rank LIMIT :limit"
            )
        else:
            joiner = " & " if mode == "all" else " | "
            params["q"] = joiner.join(re.sub(r"[^\w-]", "", t) or "_" for t in terms)
            sql = (
                "SELECT d.id FROM search_docs d WHERE to_tsvector('simple', d.stemmed) @@ "
                f"to_tsquery('simple', :q) {kind_filter} ORDER BY ts_rank("
                "to_tsvector('simple', d.stemmed), to_tsquery('simple', :q)) DESC, d.id "
                "LIMIT :limit"
            )
        ids = [row[0] for row in session.execute(text(sql), params)]
        by_id = {
            d.id: d for d in session.scalars(select(m.SearchDoc).where(m.SearchDoc.id.in_(ids)))
        }
        return [by_id[i] for i in ids if i in by_id]

    def search_citations(self, query: str, limit: int = 5) -> list[Citation]:
        """Fact sentences (else whole articles) that contain every word of `query`."""
        hits = [h for h in self.search(query, limit * 3, every_word=True) if h.kind != "article"]
        hits = hits[:limit] or self.search(query, limit, kind="article", every_word=True)
        out = []
        for hit in hits:
            article = self.store.get_article(hit.ref)
            out.append(
                Citation(
                    hit.ref,
                    hit.start,
                    hit.end,
                    _snippet(hit.text),
                    article.published if article else None,
                    article.outlet if article else None,
                )
            )
        return out


def _snippet(text: str, size: int = 300) -> str:
    return text if len(text) <= size else text[:size].rsplit(" ", 1)[0] + " …"


def _search_docs(knowledge: ArticleKnowledge, article_text: str) -> list[m.SearchDoc]:
    docs = [
        m.SearchDoc(
            kind="article",
            ref=knowledge.id,
            start=0,
            end=len(article_text),
            text=article_text,
            stemmed=stemmed_text(article_text),
        )
    ]
    facts: list[tuple[str, Any]] = [("event", e.evidence) for e in knowledge.events]
    facts += [("agreement", a.evidence) for a in knowledge.agreements]
    facts += [("figure", q.evidence) for q in knowledge.quantities]
    seen = set()
    for kind, ev in facts:
        if (kind, ev.start, ev.end) in seen:
            continue
        seen.add((kind, ev.start, ev.end))
        docs.append(
            m.SearchDoc(
                kind=kind,
                ref=knowledge.id,
                start=ev.start,
                end=ev.end,
                text=ev.text,
                stemmed=stemmed_text(ev.text),
            )
        )
    return docs


def _state_key(phrase: str) -> str | None:
    code = state_code(phrase)
    return f"state:{code}" if code else None
