"""Each article's knowledge split by consolidation group, and put back together per group.

Consolidation (warta.kb.consolidate) groups facts by keys a fact carries itself: an event
by its type and date, an agreement by the first word of its name (its kind), a figure by
its series (metric, parties, period), a name by its entity key. `article_facts` cuts an
extraction into one row per (group, article); `group_articles` makes the rows of some
groups into articles holding only those facts, which the consolidation functions take as
they take whole articles. A group is recomputed from its own rows only, so adding an
article costs the groups it joins, not the store.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from warta.extract.types import (
    Agreement,
    ArticleKnowledge,
    Event,
    Organization,
    Person,
    Quantity,
)
from warta.kb.consolidate import agreement_key
from warta.kb.entities import article_names, org_key, person_key, state_key

ITEM_MODELS: dict[str, type[BaseModel]] = {
    "organizations": Organization,
    "persons": Person,
    "events": Event,
    "agreements": Agreement,
    "quantities": Quantity,
}
# the order resolve_entities reads an article's names in
FIELD_ORDER = ("countries", "organizations", "persons", "events", "agreements", "quantities")


@dataclass(frozen=True)
class FactRow:
    grp: str  # the consolidation group: "entity:KEY", "event:TYPE:DATE", "agreement:KIND", ...
    bucket: str  # events: "event:TYPE:YEAR" (where a coarse date looks); else the group
    doc_id: str
    data: str  # JSON: the article's id, date and outlet, its facts in the group, their names


def event_group(type: str, date: str | None, doc_id: str) -> tuple[str, str]:
    """(group, bucket) of an event. Undated events never merge: a group per article."""
    if not date:
        grp = f"event:{type}:undated:{doc_id}"
        return grp, grp
    return f"event:{type}:{date}", f"event:{type}:{date[:4]}"


def agreement_group(name: str, parties: Iterable[str]) -> tuple[str, str]:
    """(group, bucket) of an agreement report: "agreement:KIND:STATES:NAME" and
    "agreement:KIND". Reports merge within a kind (the first word of the name): those
    naming the same states when their names are alike, and one naming fewer states into
    one naming more (consolidate_agreements)."""
    key = agreement_key(name)
    kind = key.split(" ", 1)[0]
    states = "-".join(sorted(state_parties(parties)))
    return f"agreement:{kind}:{states}:{key}", f"agreement:{kind}"


def state_parties(parties: Iterable[str]) -> frozenset[str]:
    return frozenset(p for p in parties if re.fullmatch(r"[A-Z]{3}", p))


def series_key(q: Quantity) -> str:
    return f"series:{q.metric}:{'-'.join(sorted(q.parties))}:{q.period or 'any'}"


def article_facts(art: ArticleKnowledge) -> list[FactRow]:
    """The rows of one extraction, a row per group it contributes to."""
    names = article_names(art)
    grouped: dict[tuple[str, str], list[list[Any]]] = defaultdict(list)
    event_names: dict[str, dict[str, str]] = defaultdict(dict)
    for pos, code in enumerate(art.countries):
        key = "entity:" + state_key(code)
        grouped[(key, key)].append(["countries", pos, code])
    for pos, org in enumerate(art.organizations):
        key = "entity:" + org_key(org)
        grouped[(key, key)].append(["organizations", pos, org.model_dump(mode="json")])
    for pos, person in enumerate(art.persons):
        key = "entity:" + person_key(person)
        grouped[(key, key)].append(["persons", pos, person.model_dump(mode="json")])
    for pos, event in enumerate(art.events):
        group = event_group(event.type, event.date, art.id)
        grouped[group].append(["events", pos, event.model_dump(mode="json")])
        # the entity keys its actors had in this article (before merging)
        event_names[group[0]].update((a, names[a]) for a in event.actors if a in names)
    for pos, agreement in enumerate(art.agreements):
        item = ["agreements", pos, agreement.model_dump(mode="json")]
        grouped[agreement_group(agreement.name, agreement.parties)].append(item)
    for pos, quantity in enumerate(art.quantities):
        grp = series_key(quantity)
        grouped[(grp, grp)].append(["quantities", pos, quantity.model_dump(mode="json")])
    rows = []
    for (grp, bucket), items in grouped.items():
        data: dict[str, Any] = {"published": art.published, "outlet": art.outlet, "items": items}
        if grp in event_names:
            data["names"] = event_names[grp]
        rows.append(FactRow(grp, bucket, art.id, json.dumps(data, ensure_ascii=False)))
    return rows


@dataclass
class PartialArticle:
    """An article holding only the facts of some groups: what consolidation reads of it."""

    id: str
    published: str | None
    outlet: str | None
    countries: list[str] = field(default_factory=list)
    organizations: list[Any] = field(default_factory=list)
    persons: list[Any] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    agreements: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)


@dataclass
class GroupArticles:
    articles: list[PartialArticle]  # by id, as consolidation reads them
    names: dict[tuple[str, str], str]  # (article id, actor as written) -> entity key


def group_articles(rows: Iterable[tuple[str, str]]) -> GroupArticles:
    """(doc_id, data) fact rows as articles, each fact in the place it had in its article."""
    items: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
    meta: dict[str, tuple[str | None, str | None]] = {}
    names: dict[tuple[str, str], str] = {}
    for doc_id, raw in rows:
        data = json.loads(raw)
        meta[doc_id] = (data["published"], data["outlet"])
        for name, key in data.get("names", {}).items():
            names[(doc_id, name)] = key
        for field_name, pos, item in data["items"]:
            items[doc_id].append((FIELD_ORDER.index(field_name), pos, item))
    articles = []
    for doc_id in sorted(meta):
        article = PartialArticle(doc_id, *meta[doc_id])
        for field_index, _, item in sorted(items[doc_id], key=lambda t: (t[0], t[1])):
            field_name = FIELD_ORDER[field_index]
            model = ITEM_MODELS.get(field_name)
            getattr(article, field_name).append(item if model is None else model(**item))
        articles.append(article)
    return GroupArticles(articles, names)
