"""Consolidate per-article knowledge into one record per real-world fact.

Every function here is a pure function of the whole set of articles, computed over
deterministically sorted input, so ingesting articles in any order gives the same result.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from warta.extract.types import ArticleKnowledge, Evidence
from warta.kb.conflicts import find_conflicts
from warta.kb.entities import EntityIndex, Overrides, resolve_entities
from warta.kb.groups import UnionFind
from warta.kb.types import (
    Citation,
    Claim,
    KBAgreement,
    KBEvent,
    KnowledgeBase,
    QuantitySeries,
    StatusStep,
)

AGREEMENT_STAGES = (
    "planned", "negotiating", "finalized", "agreed", "signed", "ratified", "in_force",
)  # fmt: skip


def cite(article: ArticleKnowledge, evidence: Evidence) -> Citation:
    return Citation(
        article.id, evidence.start, evidence.end, evidence.text, article.published, article.outlet
    )


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal at the coarser granularity: "2021-07" fits "2021-07-06"."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def consolidate_events(articles: Sequence[ArticleKnowledge], index: EntityIndex) -> list[KBEvent]:
    """Same type, overlapping states, compatible dates -> one event with several citations.

    Events with a full date merge with events of the same date. An event with a coarser
    date ("2021-07") joins a group only when exactly one group is compatible, so one vague
    report never glues two different meetings together. Undated events stay apart.
    """
    rows = sorted(
        ((art, ev) for art in articles for ev in art.events),
        key=lambda r: (r[1].type, r[1].date or "", r[0].id, r[1].evidence.start),
    )
    groups: UnionFind[int] = UnionFind()
    # Full dates merge only with the same date, so they are compared within (type, date);
    # a coarser date looks only at the full dates it covers (indexed by month and year).
    same_day: dict[tuple[str, str], list[int]] = defaultdict(list)
    covering: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, ev) in enumerate(rows):
        if ev.date and len(ev.date) == 10:
            same_day[(ev.type, ev.date)].append(i)
            covering[(ev.type, ev.date[:7])].append(i)
            covering[(ev.type, ev.date[:4])].append(i)
    for members in same_day.values():
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if _jaccard(set(rows[i][1].countries), set(rows[j][1].countries)) >= 0.5:
                    groups.union(i, j)
    for i, (_, ev) in enumerate(rows):
        if not ev.date or len(ev.date) == 10:
            continue
        fits = {
            groups.find(j)
            for j in covering.get((ev.type, ev.date), [])
            if _jaccard(set(ev.countries), set(rows[j][1].countries)) >= 0.5
        }
        if len(fits) == 1:
            groups.union(i, fits.pop())
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        clusters[groups.find(i)].append(i)

    events = []
    for members in clusters.values():
        evs = [rows[i] for i in members]
        # the most precise date, the most common status, the union of the rest
        date = max((ev.date for _, ev in evs if ev.date), key=len, default=None)
        statuses = sorted(ev.status for _, ev in evs)
        actors = sorted(
            {key for art, ev in evs for a in ev.actors if (key := index.resolve(art.id, a))}
        )
        first_art, first = evs[0]
        citations = sorted({cite(art, ev.evidence) for art, ev in evs})
        events.append(
            KBEvent(
                key=(
                    f"event:{first.type}:{date or 'undated'}:{'-'.join(sorted(first.countries))}:"
                    f"{first_art.id}:{first.evidence.start}"
                ),
                type=first.type,
                date=date,
                countries=sorted({c for _, ev in evs for c in ev.countries}),
                actors=actors,
                place=next((ev.place for _, ev in evs if ev.place), None),
                # a tie goes to the first in sorted order: set order varies by process
                status=max(sorted(set(statuses)), key=statuses.count),
                sectors=sorted({s for _, ev in evs for s in ev.sectors}),
                citations=citations,
            )
        )
    _make_keys_unique(events)
    return sorted(events, key=lambda e: (e.date or "9999", e.type, e.key))


def _make_keys_unique(records: Sequence[KBEvent | KBAgreement]) -> None:
    """Number repeated keys ("...#2") in a fixed order, so keys stay stable across rebuilds.

    Two records can share a key when one sentence reports two events of one type with
    different partners, or two groups of reports name one instrument.
    """
    seen: dict[str, int] = {}
    for record in sorted(records, key=lambda r: (r.key, repr(r))):
        count = seen.get(record.key, 0) + 1
        seen[record.key] = count
        if count > 1:
            record.key = f"{record.key}#{count}"


def agreement_key(name: str) -> str:
    text = re.sub(r"\W+", " ", name.lower())
    text = re.sub(r"\b(tentang|mengenai|antara|kedua|the|on|of)\b", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _states(parties: Sequence[str]) -> frozenset[str]:
    return frozenset(p for p in parties if re.fullmatch(r"[A-Z]{3}", p))


def _similar_names(a: str, b: str) -> bool:
    if a == b:
        return True
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "Rencana Aksi 2016-2020" and "Rencana Aksi 2021-2025" are two plans
    matcher = difflib.SequenceMatcher(None, a, b)
    # the cheap upper bounds first: most pairs are rejected without the full ratio
    return (
        matcher.real_quick_ratio() >= 0.85
        and matcher.quick_ratio() >= 0.85
        and matcher.ratio() >= 0.85
    )


def consolidate_agreements(articles: Sequence[ArticleKnowledge]) -> list[KBAgreement]:
    """One record per instrument, with the dated status step each article reports."""
    rows = sorted(
        ((art, ag) for art in articles for ag in art.agreements),
        key=lambda r: (agreement_key(r[1].name), r[0].id, r[1].evidence.start),
    )
    keys = [agreement_key(ag.name) for _, ag in rows]
    groups: UnionFind[int] = UnionFind()
    # Reports with the same name and parties are one instrument outright; only the distinct
    # (name, parties) pairs are compared for near-equal names, and only within one kind of
    # instrument (the name's first word: perjanjian, nota, mou...), so the work stays
    # small however often an agreement is reported.
    first_of: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, (_, ag) in enumerate(rows):
        first = first_of.setdefault((keys[i], tuple(sorted(ag.parties))), i)
        groups.union(first, i)
    blocks: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for i in first_of.values():
        blocks[(keys[i].split(" ", 1)[0], _states(rows[i][1].parties))].append(i)
    # Reports naming the same states merge when their names are alike...
    for members in blocks.values():
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if _similar_names(keys[i], keys[j]):
                    groups.union(i, j)
    # ...and a report naming fewer states (or none) joins a fuller one only when exactly
    # one fits: "the MoU" with Indonesia alone must not glue its Russian and French twins.
    kinds: dict[str, list[tuple[frozenset[str], list[int]]]] = defaultdict(list)
    for (kind, states), members in blocks.items():
        kinds[kind].append((states, members))
    for (kind, states), members in blocks.items():
        fuller = [j for other, js in kinds[kind] if states < other for j in js]
        for i in members:
            fits = {groups.find(j) for j in fuller if _similar_names(keys[i], keys[j])}
            if len(fits) == 1:
                groups.union(i, fits.pop())
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        clusters[groups.find(i)].append(i)
    out = []
    for members in clusters.values():
        steps = sorted(
            (
                StatusStep(ag.status, ag.date or art.published, cite(art, ag.evidence))
                for art, ag in (rows[i] for i in members)
            ),
            key=lambda s: (s.date or "", AGREEMENT_STAGES.index(s.status), s.citation),
        )
        name = max((rows[i][1].name for i in members), key=lambda n: (len(n), n))
        parties = sorted({p for i in members for p in rows[i][1].parties})
        out.append(
            KBAgreement(
                key=f"agreement:{keys[members[0]]}:{'-'.join(sorted(_states(parties)))}",
                name=name,
                parties=parties,
                status=steps[-1].status,
                history=steps,
            )
        )
    _make_keys_unique(out)
    return sorted(out, key=lambda a: a.key)


def consolidate_quantities(articles: Sequence[ArticleKnowledge]) -> list[QuantitySeries]:
    """Series per metric, parties and period, keeping every claim and its source."""
    series: dict[tuple[str, tuple[str, ...], str], QuantitySeries] = {}
    for art in sorted(articles, key=lambda a: a.id):
        for q in art.quantities:
            parties = tuple(sorted(q.parties))
            key = (q.metric, parties, q.period or "")
            if key not in series:
                series[key] = QuantitySeries(
                    key=f"series:{q.metric}:{'-'.join(parties)}:{q.period or 'any'}",
                    metric=q.metric,
                    parties=list(parties),
                    period=q.period,
                    claims=[],
                )
            series[key].claims.append(Claim(q.value, q.unit, q.kind, q.met, cite(art, q.evidence)))
    for s in series.values():
        s.claims.sort(key=lambda c: (c.citation, c.value))
    return [series[k] for k in sorted(series)]


def build_knowledge_base(
    articles: Iterable[ArticleKnowledge], overrides: Overrides | None = None
) -> KnowledgeBase:
    arts = sorted(articles, key=lambda a: a.id)
    index = resolve_entities(arts, overrides)
    kb = KnowledgeBase(
        entities=sorted(index.entities.values(), key=lambda e: e.key),
        events=consolidate_events(arts, index),
        agreements=consolidate_agreements(arts),
        series=consolidate_quantities(arts),
    )
    kb.conflicts = find_conflicts(kb)
    return kb
