"""Keep the kb_* tables current by recomputing only the groups a change touches.

Every consolidated record comes from one group of facts (warta.kb.facts): an entity from
the names that may merge with it (a surname, a Wikidata ID, a user's merge), an event
from the reports of its type on its date (and the coarse dates that may join them), an
agreement from the reports of its kind, a figure series from its claims. When articles
are added, extracted again or deleted, `apply_changes` replaces their fact rows and
recomputes the groups they left or joined, and the records that depend on those: events
naming a person whose merged entity changed, conflicts between a changed event and a
reply. A full rebuild (`rebuild_all`) runs the same recomputation over every group, a
group at a time, so increments and rebuild give the same tables.
"""

from __future__ import annotations

import copy
import dataclasses
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from warta.extract.types import ArticleKnowledge
from warta.kb.conflicts import _answered_noun, find_conflicts
from warta.kb.consolidate import (
    _similar_names,
    consolidate_agreements,
    consolidate_events,
    consolidate_quantities,
)
from warta.kb.entities import EntityIndex, Overrides, name_key, resolve_entities
from warta.kb.facts import (
    FactRow,
    GroupArticles,
    article_facts,
    group_articles,
    state_parties,
)
from warta.kb.groups import UnionFind
from warta.kb.types import (
    Citation,
    Conflict,
    Entity,
    KBAgreement,
    KBEvent,
    KnowledgeBase,
    QuantitySeries,
)
from warta.nlp.gazetteer import state_name
from warta.store import Article
from warta.store import knowledge_models as m

CHUNK = 500  # values per IN (...) list
PAGE_SIZE = 1000  # rows inserted per statement, and fact rows read per page
EVENT = "event:"
ENTITY = "entity:"
AGREEMENT = "agreement:"
SERIES = "series:"


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def chunks(values: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


class Writer:
    """Inserts buffered per table, written a page at a time (and on `flush`)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.tables: dict[str, Table] = {}
        # parents first: kb_event_parties refers to kb_events
        self.order = ["kb_events"]

    def add(self, model: Any, row: dict[str, Any]) -> None:
        table = _table(model)
        self.tables[table.name] = table
        rows = self.pending[table.name]
        rows.append(row)
        if len(rows) >= PAGE_SIZE:
            if table.name == "kb_event_parties":
                self._write("kb_events")
            self._write(table.name)

    def _write(self, name: str) -> None:
        rows = self.pending.pop(name, [])
        if rows:
            self.session.execute(insert(self.tables[name]), rows)

    def flush(self) -> None:
        for name in [*self.order, *list(self.pending)]:
            self._write(name)


# --- reading and writing records ----------------------------------------------------


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """dataclasses.asdict (the same dicts, keys in the same order) at a fraction of its
    cost: field names looked up once per class, and leaves (str, numbers, None) used
    as they are instead of deep-copied."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is list:
        return [_plain(v) for v in value]
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)  # as asdict does with anything else


def _spaced(parties: Iterable[str]) -> str:
    return " " + " ".join(sorted(parties)) + " "


def _citation(data: dict[str, Any]) -> Citation:
    return Citation(**data)


def event_from_row(row: m.KBEvent) -> KBEvent:
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


def _add_conflict(writer: Writer, c: Conflict, owner: str, other: str | None = None) -> None:
    writer.add(
        m.KBConflict,
        {
            "kind": c.kind,
            "subject": c.subject,
            "description": c.description,
            "payload": _plain(c),
            "owner": owner,
            "other": other,
        },
    )


def _add_entity(writer: Writer, e: Entity) -> None:
    writer.add(
        m.KBEntity,
        {"key": e.key, "kind": e.kind, "name": e.name, "country": e.country, "payload": _plain(e)},
    )
    for name in sorted({s.lower() for s in [e.name, *e.spellings]}):
        writer.add(m.KBName, {"name": name, "entity": e.key})
    for c in find_conflicts(KnowledgeBase(entities=[e])):
        _add_conflict(writer, c, e.key)


def _add_event(writer: Writer, ev: KBEvent, grp: str) -> None:
    writer.add(
        m.KBEvent,
        {
            "key": ev.key,
            "type": ev.type,
            "date": ev.date,
            "status": ev.status,
            "payload": _plain(ev),
            "grp": grp,
            "answers": _answered_noun(ev),
        },
    )
    for party in sorted({f"state:{c}" for c in ev.countries} | set(ev.actors)):
        writer.add(m.KBEventParty, {"event": ev.key, "party": party})


def _add_agreement(writer: Writer, ag: KBAgreement, grp: str, block: str) -> None:
    writer.add(
        m.KBAgreement,
        {
            "key": ag.key,
            "name": ag.name,
            "status": ag.status,
            "parties": _spaced(ag.parties),
            "payload": _plain(ag),
            "grp": grp,
            "block": block,
        },
    )
    for c in find_conflicts(KnowledgeBase(agreements=[ag])):
        _add_conflict(writer, c, grp)


def _add_series(writer: Writer, s: QuantitySeries) -> None:
    writer.add(
        m.KBSeries,
        {
            "key": s.key,
            "metric": s.metric,
            "period": s.period,
            "parties": _spaced(s.parties),
            "payload": _plain(s),
        },
    )
    for c in find_conflicts(KnowledgeBase(series=[s])):
        _add_conflict(writer, c, s.key)


def _fact_rows(session: Session, grps: Collection[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for chunk in chunks(sorted(grps)):
        query = select(m.KBFact.doc_id, m.KBFact.data).where(m.KBFact.grp.in_(chunk))
        out.extend((doc, data) for doc, data in session.execute(query))
    return out


def _delete_in(session: Session, column: Any, values: Collection[str], *where: Any) -> None:
    table = column.table
    for chunk in chunks(sorted(values)):
        session.execute(delete(table).where(column.in_(chunk), *where))


# --- entities -------------------------------------------------------------------------


def surname_of(key: str) -> str | None:
    """What person merges compare first (entities._match_keys): the surname of the key's
    name (a person key is "person:" + name_key of the name)."""
    if not key.startswith("person:"):
        return None
    tokens = key.split(":", 1)[1].split()
    return tokens[-1] if tokens else None


def _wikidata(articles: Sequence[Any]) -> dict[str, str]:
    """Each person key's Wikidata ID as resolve_entities gives it before merging: the first
    an article (in id order) names."""
    found: dict[str, str] = {}
    for art in articles:
        for person in art.persons:
            key = f"person:{name_key(person.name)}"
            if person.wikidata and key not in found:
                found[key] = person.wikidata
    return found


def entity_closure(session: Session, seeds: Collection[str], overrides: Overrides) -> set[str]:
    """The entity keys whose merging may change with `seeds`': everything merged with them
    before (same root) or that may merge with them now (same surname or Wikidata ID, a
    user's merge), and so on until nothing is added. A union of whole merge groups."""
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in overrides.merges:
        partners[a].add(b)
        partners[b].add(a)
    closure: set[str] = set()
    frontier = set(seeds)
    while frontier:
        closure |= frontier
        roots: set[str] = set()
        wikidata: set[str] = set()
        for chunk in chunks(frontier):
            query = select(m.KBEntityKey.root, m.KBEntityKey.wikidata).where(
                m.KBEntityKey.key.in_(chunk)
            )
            for root, wd in session.execute(query):
                roots.add(root)
                if wd:
                    wikidata.add(wd)
        persons = [k for k in frontier if k.startswith("person:")]
        if persons:
            now = group_articles(_fact_rows(session, [ENTITY + k for k in persons]))
            wikidata |= set(_wikidata(now.articles).values())
        surnames = {s for k in persons if (s := surname_of(k))}
        found: set[str] = set()
        for column, values in (
            (m.KBEntityKey.root, roots),
            (m.KBEntityKey.surname, surnames),
            (m.KBEntityKey.wikidata, wikidata),
        ):
            for chunk in chunks(values):
                found.update(session.scalars(select(m.KBEntityKey.key).where(column.in_(chunk))))
        for key in frontier:
            found |= partners.get(key, set())
        frontier = found - closure
    return closure


def recompute_entities(
    session: Session, writer: Writer, keys: Collection[str], overrides: Overrides, *, fresh: bool
) -> set[str]:
    """Replace the entities of `keys` (a union of whole merge groups) with those their fact
    rows give now. Returns the entity keys that stood for a key whose entity changed (what
    events name it by). `fresh`: nothing of them is stored (a rebuild)."""
    old: dict[str, str] = {}
    if not fresh:
        for chunk in chunks(keys):
            query = select(m.KBEntityKey.key, m.KBEntityKey.root).where(
                m.KBEntityKey.key.in_(chunk)
            )
            old.update((key, root) for key, root in session.execute(query))
        _delete_in(session, m.KBName.entity, keys)
        _delete_in(session, m.KBEntity.key, keys)
        _delete_in(session, m.KBEntityKey.key, keys)
        _delete_in(session, m.KBConflict.owner, keys)
    articles = group_articles(_fact_rows(session, [ENTITY + k for k in keys])).articles
    return _write_entities(writer, articles, overrides, old)


def _write_entities(
    writer: Writer, articles: Sequence[Any], overrides: Overrides, old: dict[str, str]
) -> set[str]:
    index = resolve_entities(cast(Sequence[ArticleKnowledge], articles), overrides)
    for entity in index.entities.values():
        _add_entity(writer, entity)
    wikidata = _wikidata(articles)
    for key, root in index.roots.items():
        writer.add(
            m.KBEntityKey,
            {"key": key, "root": root, "surname": surname_of(key), "wikidata": wikidata.get(key)},
        )
    return {old_root for key, old_root in old.items() if index.roots.get(key) != old_root}


def recompute_state(session: Session, writer: Writer, key: str) -> None:
    """A state no user merged with anything: what resolve_entities makes of it depends
    only on which articles name it, so it is rewritten from their ids (an index-only read)
    without parsing their facts, however many articles name it."""
    _delete_in(session, m.KBName.entity, [key])
    _delete_in(session, m.KBEntity.key, [key])
    _delete_in(session, m.KBEntityKey.key, [key])
    query = select(m.KBFact.doc_id).where(m.KBFact.grp == ENTITY + key)
    _write_state(writer, key, session.scalars(query))


def _write_state(writer: Writer, key: str, doc_ids: Iterable[str]) -> None:
    articles = sorted(doc_ids)
    if articles:
        code = key.split(":", 1)[1]
        name = state_name(code) or code
        spellings = sorted({s for s in (code, name) if s})
        state = Entity(key, "state", name, spellings, code, articles=articles)
        _add_entity(writer, state)
        writer.add(m.KBEntityKey, {"key": key, "root": key, "surname": None, "wikidata": None})


# --- events ---------------------------------------------------------------------------


def _event_date(grp: str) -> str | None:
    """The date in an event group "event:TYPE:DATE" (None: undated)."""
    _, _, rest = grp.split(":", 2)
    return None if rest.startswith("undated:") else rest


def event_units(session: Session, touched: Collection[str]) -> set[str]:
    """The event groups to recompute with `touched`: a full date's group alone, unless a
    coarse date ("2021-07", "2021") of the same type may join it, which brings in every
    group that coarse date may join (consolidate_events)."""
    out: set[str] = set()
    by_bucket: dict[str, set[str]] = defaultdict(set)
    for grp in touched:
        date = _event_date(grp)
        if date is None:
            out.add(grp)
        else:
            by_bucket[grp[: len(grp) - len(date)] + date[:4]].add(grp)
    for bucket, grps in by_bucket.items():
        query = select(m.KBFact.grp).where(m.KBFact.bucket == bucket).distinct()
        present = set(session.scalars(query)) | grps
        prefix = bucket[: bucket.rindex(":") + 1]
        dates = {g[len(prefix) :] for g in present}
        year = bucket[len(prefix) :]
        if year in dates:  # a date of the year alone may join any date of the year
            out |= present
            continue
        for grp in grps:
            date = grp[len(prefix) :]
            month = date[:7] if len(date) in (7, 10) else None
            if month and month in dates:
                out |= {prefix + d for d in dates if d.startswith(month)}
            else:
                out.add(grp)
    return out


def _roots(session: Session, keys: Collection[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in chunks(keys):
        query = select(m.KBEntityKey.key, m.KBEntityKey.root).where(m.KBEntityKey.key.in_(chunk))
        found.update((key, root) for key, root in session.execute(query))
    return found


def _consolidated_events(group: GroupArticles, roots: dict[str, str]) -> list[KBEvent]:
    names = {where: roots.get(key, key) for where, key in group.names.items()}
    index = EntityIndex({}, names)
    return consolidate_events(cast(Sequence[ArticleKnowledge], group.articles), index)


def event_grp(ev: KBEvent) -> str:
    if ev.date:
        return f"event:{ev.type}:{ev.date}"
    return f"event:{ev.type}:undated:{ev.citations[0].article_id}"


def recompute_events(session: Session, writer: Writer, grps: Collection[str]) -> list[KBEvent]:
    """Replace the events of the groups `grps` (whole units, see event_units)."""
    old_keys: list[str] = []
    for chunk in chunks(grps):
        old_keys.extend(session.scalars(select(m.KBEvent.key).where(m.KBEvent.grp.in_(chunk))))
    _delete_in(session, m.KBEventParty.event, old_keys)
    _delete_in(session, m.KBConflict.owner, old_keys)
    _delete_in(session, m.KBConflict.other, old_keys)
    _delete_in(session, m.KBEvent.key, old_keys)
    group = group_articles(_fact_rows(session, grps))
    events = _consolidated_events(group, _roots(session, set(group.names.values())))
    for ev in events:
        _add_event(writer, ev, event_grp(ev))
    return events


def _events_where(session: Session, *where: Any) -> list[KBEvent]:
    return [event_from_row(r) for r in session.scalars(select(m.KBEvent).where(*where))]


def _originals_near(session: Session, reply: KBEvent) -> list[KBEvent]:
    """Dated events that answer nothing and share a party state with `reply`."""
    parties = [f"state:{c}" for c in reply.countries]
    if not parties:
        return []
    keys = select(m.KBEventParty.event).where(m.KBEventParty.party.in_(parties))
    return _events_where(
        session, m.KBEvent.key.in_(keys), m.KBEvent.answers.is_(None), m.KBEvent.date.is_not(None)
    )


def write_order_conflicts(
    session: Session, writer: Writer, events: Sequence[KBEvent] | None
) -> None:
    """Conflicts between a reply and the message it answers, for the pairs with an event of
    `events` (stored already) on either side; None: for every pair (a rebuild)."""
    writer.flush()
    new_keys = {e.key for e in events} if events is not None else set()
    if events is None:
        replies = _events_where(session, m.KBEvent.answers > "")
    else:
        replies = [e for e in events if _answered_noun(e)]
    for reply in replies:
        if not reply.date:
            continue
        for original in _originals_near(session, reply):
            for c in find_conflicts(KnowledgeBase(events=[reply, original])):
                _add_conflict(writer, c, reply.key, original.key)
    if events is None:
        return
    originals = [e for e in events if e.date and not _answered_noun(e)]
    if not originals:
        return
    others = [
        r
        for r in _events_where(session, m.KBEvent.answers > "", m.KBEvent.date.is_not(None))
        if r.key not in new_keys
    ]
    for original in originals:
        for reply in others:
            for c in find_conflicts(KnowledgeBase(events=[reply, original])):
                _add_conflict(writer, c, reply.key, original.key)


# --- agreements and figures -----------------------------------------------------------


def _agreement_parts(grp: str) -> tuple[str, str]:
    """ "agreement:KIND:STATES:NAME" -> ("agreement:KIND:STATES", "NAME")."""
    block, _, name = grp.rpartition(":")
    return block, name


def agreement_units(session: Session, touched: Collection[str]) -> tuple[set[str], set[str]]:
    """What to recompute with the agreement groups `touched`: (whole blocks, groups).

    A block (kind and states) joined by subset or superset to another block of its kind
    depends on all of them (which fuller report a report naming fewer states joins depends
    on every candidate): those blocks are recomputed whole. A block with no such relative
    merges only alike names (a graph of name similarity): the names linked to a touched
    one are recomputed, the block's other agreements stay."""
    blocks: set[str] = set()
    grps: set[str] = set()
    by_bucket: dict[str, set[str]] = defaultdict(set)
    for grp in touched:
        by_bucket[":".join(grp.split(":", 2)[:2])].add(grp)
    for bucket, mine in by_bucket.items():
        query = select(m.KBFact.grp).where(m.KBFact.bucket == bucket).distinct()
        present = set(session.scalars(query)) | mine
        names: dict[str, set[str]] = defaultdict(set)
        for grp in present:
            block, name = _agreement_parts(grp)
            names[block].add(name)
        order = sorted(names)
        states = [frozenset(b.rsplit(":", 1)[1].split("-")) - {""} for b in order]
        linked: UnionFind[int] = UnionFind()
        for i, a in enumerate(states):
            for j in range(i + 1, len(states)):
                if a < states[j] or states[j] < a:
                    linked.union(i, j)
        members: dict[int, list[str]] = defaultdict(list)
        for i, block in enumerate(order):
            members[linked.find(i)].append(block)
        touched_names: dict[str, set[str]] = defaultdict(set)
        for grp in mine:
            block, name = _agreement_parts(grp)
            touched_names[block].add(name)
        for block, start in touched_names.items():
            component = members[linked.find(order.index(block))]
            if len(component) > 1:
                blocks.update(component)
                grps.update(f"{b}:{n}" for b in component for n in names[b])
            else:
                grps.update(f"{block}:{n}" for n in _alike(start, names[block]))
    return blocks, grps


def _alike(start: set[str], names: set[str]) -> set[str]:
    """The names linked to `start` by a chain of alike names (consolidate's test)."""
    found = set(start)
    frontier = list(start)
    rest = names - found
    while frontier:
        name = frontier.pop()
        near = {other for other in rest if _similar_names(name, other)}
        rest -= near
        found |= near
        frontier.extend(near)
    return found


def agreement_grp(ag: KBAgreement) -> tuple[str, str]:
    """(group, block) stored with an agreement: the kind and all the states it names (the
    states of every report merged into it are a subset of them) and the name of its first
    report (what its key starts with)."""
    name = ag.key.split(":", 2)[1]
    kind = name.split(" ", 1)[0]
    block = f"agreement:{kind}:{'-'.join(sorted(state_parties(ag.parties)))}"
    return f"{block}:{name}", block


def recompute_agreements(session: Session, writer: Writer, touched: Collection[str]) -> None:
    if not touched:
        return
    blocks, grps = agreement_units(session, touched)
    old: set[str] = set()
    owners: set[str] = set()  # their conflicts' owner
    for column, values in ((m.KBAgreement.block, blocks), (m.KBAgreement.grp, grps)):
        for chunk in chunks(values):
            query = select(m.KBAgreement.key, m.KBAgreement.grp).where(column.in_(chunk))
            for key, grp in session.execute(query):
                old.add(key)
                owners.add(grp or "")
    _delete_in(session, m.KBConflict.owner, owners)
    _delete_in(session, m.KBAgreement.key, old)
    _write_agreements(writer, _fact_rows(session, grps))


def _write_agreements(writer: Writer, rows: Iterable[tuple[str, str]]) -> None:
    articles = group_articles(rows).articles
    for ag in consolidate_agreements(cast(Sequence[ArticleKnowledge], articles)):
        _add_agreement(writer, ag, *agreement_grp(ag))


def recompute_series(
    session: Session, writer: Writer, grps: Collection[str], *, fresh: bool = False
) -> None:
    if not fresh:
        _delete_in(session, m.KBSeries.key, grps)
        _delete_in(session, m.KBConflict.owner, grps)
    _write_series(writer, _fact_rows(session, grps))


def _write_series(writer: Writer, rows: Iterable[tuple[str, str]]) -> None:
    articles = group_articles(rows).articles
    for s in consolidate_quantities(cast(Sequence[ArticleKnowledge], articles)):
        _add_series(writer, s)


# --- increments -----------------------------------------------------------------------


@dataclass
class Touched:
    """Fact groups an article left or joined."""

    groups: set[str] = field(default_factory=set)

    def of(self, prefix: str) -> set[str]:
        return {g for g in self.groups if g.startswith(prefix)}


def replace_facts(session: Session, doc_ids: Collection[str]) -> Touched:
    """Swap the fact rows of `doc_ids` for those of their stored extractions (none for an
    article deleted, extracted by nobody, or a duplicate): the groups touched."""
    touched = Touched()
    for chunk in chunks(doc_ids):
        touched.groups.update(
            session.scalars(select(m.KBFact.grp).where(m.KBFact.doc_id.in_(chunk)))
        )
        session.execute(delete(m.KBFact).where(m.KBFact.doc_id.in_(chunk)))
        query = (
            select(m.ArticleKnowledge.knowledge)
            .join(Article, Article.doc_id == m.ArticleKnowledge.doc_id)
            .where(m.ArticleKnowledge.doc_id.in_(chunk), Article.duplicate_of.is_(None))
        )
        rows: list[FactRow] = []
        for knowledge in session.scalars(query):
            rows.extend(article_facts(ArticleKnowledge.model_validate(knowledge)))
        touched.groups.update(r.grp for r in rows)
        _insert_facts(session, rows)
    return touched


def _insert_facts(session: Session, rows: Sequence[FactRow]) -> None:
    if rows:
        session.execute(
            insert(_table(m.KBFact)),
            [{"grp": r.grp, "bucket": r.bucket, "doc_id": r.doc_id, "data": r.data} for r in rows],
        )


def recompute(
    session: Session,
    touched: Touched,
    overrides: Overrides,
    entity_seeds: Collection[str] = (),
) -> None:
    """Recompute the groups in `touched` and what depends on them, in `session`'s
    transaction."""
    writer = Writer(session)
    seeds = {g[len(ENTITY) :] for g in touched.of(ENTITY)} | set(entity_seeds)
    corrected = {key for pair in overrides.merges for key in pair}
    states = {k for k in seeds if k.startswith("state:") and k not in corrected}
    for key in states:
        recompute_state(session, writer, key)
    seeds -= states
    event_grps = touched.of(EVENT)
    if seeds:
        keys = entity_closure(session, seeds, overrides)
        changed_roots = recompute_entities(session, writer, keys, overrides, fresh=False)
        writer.flush()
        # events that name an entity whose key changed are consolidated again
        for chunk in chunks(changed_roots):
            query = (
                select(m.KBEvent.grp)
                .join(m.KBEventParty, m.KBEventParty.event == m.KBEvent.key)
                .where(m.KBEventParty.party.in_(chunk))
                .distinct()
            )
            event_grps.update(g for g in session.scalars(query) if g)
    if event_grps:
        events = recompute_events(session, writer, event_units(session, event_grps))
        write_order_conflicts(session, writer, events)
    recompute_agreements(session, writer, touched.of(AGREEMENT))
    recompute_series(session, writer, touched.of(SERIES))
    writer.flush()


def apply_changes(session: Session, doc_ids: Collection[str], overrides: Overrides) -> None:
    """Bring the kb_* tables up to date with the stored extractions of `doc_ids` (added,
    extracted again, or deleted), in `session`'s transaction."""
    recompute(session, replace_facts(session, doc_ids), overrides)


# --- the full rebuild -----------------------------------------------------------------

FACT_TABLES = (m.KBFact, m.KBEntityKey)


def write_all_facts(session: Session, knowledge: Iterable[ArticleKnowledge]) -> int:
    """Fact rows for every extraction, a page at a time; the number of extractions."""
    count = 0
    page: list[FactRow] = []
    for art in knowledge:
        count += 1
        page.extend(article_facts(art))
        if len(page) >= PAGE_SIZE:
            _insert_facts(session, page)
            page = []
    _insert_facts(session, page)
    return count


def _stream(session: Session, prefix: str, *order: Any) -> Iterator[tuple[str, str, str]]:
    """(grp, doc_id, data) of every fact row whose group starts with `prefix`, in order."""
    query = (
        select(m.KBFact.grp, m.KBFact.doc_id, m.KBFact.data)
        .where(m.KBFact.grp.like(prefix + "%"))
        .order_by(*order, m.KBFact.doc_id)
    )
    rows = session.execute(query, execution_options={"yield_per": PAGE_SIZE})
    yield from ((grp, doc, data) for grp, doc, data in rows)


Rows = list[tuple[str, str]]  # (doc_id, data) fact rows of one group


def _by(rows: Iterator[tuple[str, str, str]], key_of: Any) -> Iterator[tuple[str, Rows]]:
    """Consecutive rows with the same key, as (key, [(doc_id, data)])."""
    current: str | None = None
    batch: list[tuple[str, str]] = []
    for grp, doc, data in rows:
        key = key_of(grp)
        if key != current and batch:
            yield cast(str, current), batch
            batch = []
        current = key
        batch.append((doc, data))
    if batch:
        yield cast(str, current), batch


def rebuild_all(
    session: Session, knowledge: Iterable[ArticleKnowledge], overrides: Overrides
) -> int:
    """Empty every kb_* table and fill it again from `knowledge`, a group at a time (memory:
    the largest group, not the store). Returns the number of extractions."""
    from warta.kb.rebuild import KB_TABLES

    for table in KB_TABLES:
        session.execute(delete(table))
    for model in FACT_TABLES:
        session.execute(delete(model))
    articles = write_all_facts(session, knowledge)
    writer = Writer(session)
    _rebuild_entities(session, writer, overrides)
    writer.flush()
    roots = {
        key: root
        for key, root in session.execute(select(m.KBEntityKey.key, m.KBEntityKey.root))
        if key != root
    }
    bucket_of = _bucket_of
    for _, rows in _by(_stream(session, EVENT, m.KBFact.bucket), bucket_of):
        for ev in _consolidated_events(group_articles(rows), roots):
            _add_event(writer, ev, event_grp(ev))
    write_order_conflicts(session, writer, None)
    for _, rows in _by(_stream(session, AGREEMENT, m.KBFact.bucket), _agreement_bucket):
        _write_agreements(writer, rows)
    series_rows = _by(_stream(session, SERIES, m.KBFact.grp), lambda g: g)
    for _, rows in series_rows:
        _write_series(writer, rows)
    writer.flush()
    return articles


def _agreement_bucket(grp: str) -> str:
    return ":".join(grp.split(":", 2)[:2])


def _bucket_of(grp: str) -> str:
    date = _event_date(grp)
    return grp if date is None else grp[: len(grp) - len(date)] + date[:4]


def _rebuild_entities(session: Session, writer: Writer, overrides: Overrides) -> None:
    """Entities, merge group by merge group: the groups come from the persons' surnames and
    Wikidata IDs and the users' merges; an entity no merge can touch is written as its
    rows stream by, the others once their group is known."""
    groups: UnionFind[str] = UnionFind()
    first_with: dict[str, str] = {}  # surname or Wikidata ID -> the first person key with it
    for grp, rows in _by(_stream(session, ENTITY + "person:", m.KBFact.grp), lambda g: g):
        key = grp[len(ENTITY) :]
        wikidata = _wikidata(group_articles(rows).articles).get(key)
        surname = surname_of(key)
        links = ([f"surname:{surname}"] if surname else []) + (
            [f"wikidata:{wikidata}"] if wikidata else []
        )
        for link in links:
            groups.union(first_with.setdefault(link, key), key)
    for a, b in overrides.merges:
        groups.union(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for key in list(groups.parent):
        members[groups.find(key)].append(key)
    grouped = {k for keys in members.values() if len(keys) > 1 for k in keys}
    for grp, rows in _by(_stream(session, ENTITY, m.KBFact.grp), lambda g: g):
        key = grp[len(ENTITY) :]
        if key in grouped:
            continue
        if key.startswith("state:") and key not in groups.parent:  # no user merged it
            _write_state(writer, key, (doc for doc, _ in rows))
        else:
            _write_entities(writer, group_articles(rows).articles, overrides, {})
    for keys in members.values():
        if len(keys) > 1:
            recompute_entities(session, writer, keys, overrides, fresh=True)
