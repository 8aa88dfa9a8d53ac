"""Contradictions between (or within) sources, each with the citations on both sides."""

from __future__ import annotations

import re
from itertools import combinations

from warta.kb.types import Citation, Conflict, KBEvent, KnowledgeBase

# "menjawab surat ..." -> the reply answers a "surat"; the answered thing is the next noun
REPLY_CUE = re.compile(
    r"\b(?:menjawab|membalas|menanggapi|merespons|merespon|jawaban atas|balasan atas)\s+(\w+)",
    re.IGNORECASE,
)
DONE_STAGES = {"signed", "ratified", "in_force"}
OPEN_STAGES = {"planned", "negotiating"}


def figure_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """The same metric, parties and period claimed with values more than 1% apart."""
    out = []
    for series in kb.series:
        if not series.period:
            continue  # without a period, different values are a series, not a contradiction
        for a, b in combinations(series.claims, 2):
            same_source = a.citation.article_id == b.citation.article_id
            if a.unit != b.unit or a.kind != b.kind or same_source:
                continue
            if abs(a.value - b.value) > 0.01 * max(abs(a.value), abs(b.value)):
                out.append(
                    Conflict(
                        "figure",
                        series.key,
                        f"{series.metric} {'/'.join(series.parties)} {series.period}: "
                        f"{a.value:g} {a.unit} vs {b.value:g} {b.unit}",
                        [a.citation, b.citation],
                    )
                )
    return out


def _from_publication(date: str | None, citations: list[Citation]) -> bool:
    """Is `date` only the publication date of the articles it rests on? Extraction and
    consolidation fall back to the publication date when a sentence names none, so such a
    date says when it was reported, not when it happened: not a ground for a contradiction."""
    if not date or not citations:
        return False
    return all(c.published and c.published[: len(date)] == date for c in citations)


def _answered_noun(event: KBEvent) -> str | None:
    for citation in event.citations:
        match = REPLY_CUE.search(citation.text)
        if match:
            return match.group(1).lower()
    return None


def event_order_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """A reply dated before the message it answers (a letter answered before it was sent)."""
    out = []
    for reply in kb.events:
        noun = _answered_noun(reply)
        if not noun or not reply.date or _from_publication(reply.date, reply.citations):
            continue
        for original in kb.events:
            if original is reply or not original.date or _answered_noun(original):
                continue
            if _from_publication(original.date, original.citations):
                continue
            if not set(original.countries) & set(reply.countries):
                continue
            mentions_noun = any(
                re.search(rf"\b{re.escape(noun)}\b", c.text, re.IGNORECASE)
                for c in original.citations
            )
            n = min(len(reply.date), len(original.date))
            if mentions_noun and reply.date[:n] < original.date[:n]:
                out.append(
                    Conflict(
                        "event_order",
                        reply.key,
                        f"the reply ({reply.date}) is dated before the {noun} it answers "
                        f"({original.date})",
                        [original.citations[0], reply.citations[0]],
                    )
                )
    return out


def agreement_status_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """An agreement reported signed (or later) and, by a later source, still open."""
    out = []
    for agreement in kb.agreements:
        for done in (s for s in agreement.history if s.status in DONE_STAGES):
            for later in agreement.history:
                # a later "planned" step dated only by its article's publication date is
                # usually background ("the MoU planned since ..."), not news of a reversal
                if (
                    later.status in OPEN_STAGES
                    and later.citation.article_id != done.citation.article_id
                    and (later.date or "") > (done.date or "")
                    and not _from_publication(later.date, [later.citation])
                ):
                    out.append(
                        Conflict(
                            "agreement_status",
                            agreement.key,
                            f"{agreement.name}: {done.status} on {done.date}, "
                            f"but {later.status} on {later.date}",
                            [done.citation, later.citation],
                        )
                    )
    return out


def role_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    """A person given two different roles on the same date."""
    out = []
    for ent in kb.entities:
        for a, b in combinations(ent.roles, 2):
            # roles are dated by publication: two offices in one article are a career
            # ("mantan Menlu, kini Dubes"), not two sources disagreeing
            if a.article_id == b.article_id:
                continue
            if a.date and a.date == b.date and a.role.lower() != b.role.lower():
                out.append(
                    Conflict(
                        "role",
                        ent.key,
                        f"{ent.name} on {a.date}: '{a.role}' ({a.article_id}) vs "
                        f"'{b.role}' ({b.article_id})",
                        [],
                    )
                )
    return out


def find_conflicts(kb: KnowledgeBase) -> list[Conflict]:
    found = (
        figure_conflicts(kb)
        + event_order_conflicts(kb)
        + agreement_status_conflicts(kb)
        + role_conflicts(kb)
    )
    return sorted(found, key=lambda c: (c.kind, c.subject, c.description))
