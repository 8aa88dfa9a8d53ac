"""Exports of the knowledge base for other tools.

csv / parquet: one table each for articles, entities, mentions, events, agreements and
quantities; gdelt: a tab-separated event table with the GDELT 2.0 event columns (filled
where they apply); plover: PLOVER JSON records; graphml: actors and the events linking
them (for Gephi); articles-jsonl: the per-article knowledge format.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warta.extract.event_types import EVENT_TYPES
from warta.kb.repository import KnowledgeStore
from warta.kb.types import KBEvent

FORMATS = ("csv", "parquet", "gdelt", "plover", "graphml", "articles-jsonl")

GDELT_COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_Fullname",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_Fullname",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_Fullname",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]


def tables(ks: KnowledgeStore) -> dict[str, list[dict[str, Any]]]:
    """The knowledge base as flat tables (one dict per row, scalar values)."""
    articles = [
        {
            "id": a.doc_id,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published,
            "url": a.url,
            "source": a.source,
            "duplicate_of": a.duplicate_of,
        }
        for a in ks.store.iter_articles(include_duplicates=True)
    ]
    entities = [
        {
            "key": e.key,
            "kind": e.kind,
            "name": e.name,
            "country": e.country,
            "wikidata": e.wikidata,
            "spellings": "; ".join(e.spellings),
            "roles": "; ".join(sorted({r.role for r in e.roles})),
            "articles": len(e.articles),
            "merge_reasons": "; ".join(e.merge_reasons),
        }
        for e in ks.entities()
    ]
    mentions = [
        {"article": art, "entity": e.key, "kind": e.kind}
        for e in ks.entities()
        for art in e.articles
    ]
    events = [
        {
            "key": e.key,
            "type": e.type,
            "date": e.date,
            "status": e.status,
            "countries": " ".join(e.countries),
            "actors": "; ".join(e.actors),
            "place": e.place,
            "sectors": " ".join(e.sectors),
            "articles": " ".join(sorted({c.article_id for c in e.citations})),
            "evidence": e.citations[0].text,
            "evidence_article": e.citations[0].article_id,
            "evidence_start": e.citations[0].start,
            "evidence_end": e.citations[0].end,
        }
        for e in ks.events_between([])
    ]
    agreements = [
        {
            "key": a.key,
            "name": a.name,
            "parties": " ".join(a.parties),
            "status": a.status,
            "history": json.dumps([[s.status, s.date, s.citation.article_id] for s in a.history]),
        }
        for a in ks.agreements_of([])
    ]
    quantities = [
        {
            "series": s.key,
            "metric": s.metric,
            "parties": " ".join(s.parties),
            "period": s.period,
            "value": c.value,
            "unit": c.unit,
            "kind": c.kind,
            "met": c.met,
            "article": c.citation.article_id,
            "evidence": c.citation.text,
        }
        for s in ks.series_of([])
        for c in s.claims
    ]
    return {
        "articles": articles,
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "agreements": agreements,
        "quantities": quantities,
    }


def export_csv(ks: KnowledgeStore, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(ks).items():
        path = out_dir / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            fields = list(rows[0]) if rows else ["key"]
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written


def export_parquet(ks: KnowledgeStore, out_dir: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in tables(ks).items():
        path = out_dir / f"{name}.parquet"
        pq.write_table(pa.Table.from_pylist(rows), path)
        written.append(path)
    return written


def gdelt_rows(ks: KnowledgeStore) -> Iterator[list[str]]:
    for number, event in enumerate(ks.events_between([]), start=1):
        event_type = EVENT_TYPES.get(event.type)
        code = event_type.cameo if event_type else ""
        date = (event.date or "").replace("-", "")
        day = (date + "0101")[:8] if date else ""
        states = event.countries + ["", ""]
        row = dict.fromkeys(GDELT_COLUMNS, "")
        articles = sorted({c.article_id for c in event.citations})
        row.update(
            GlobalEventID=str(number),
            Day=day,
            MonthYear=day[:6],
            Year=day[:4],
            FractionDate=f"{int(day[:4]) + (int(day[4:6]) - 1) / 12:.4f}" if day else "",
            Actor1Code=states[0],
            Actor1Name=ks.actor_name(f"state:{states[0]}") if states[0] else "",
            Actor1CountryCode=states[0],
            Actor2Code=states[1],
            Actor2Name=ks.actor_name(f"state:{states[1]}") if states[1] else "",
            Actor2CountryCode=states[1],
            IsRootEvent="1",
            EventCode=code,
            EventBaseCode=code,
            EventRootCode=code[:2],
            # GDELT's QuadClass is CAMEO's class of the code, not PLOVER's quad
            QuadClass=str(event_type.cameo_quad_code if event_type else 0),
            GoldsteinScale=f"{event_type.goldstein if event_type else 0.0}",
            NumMentions=str(len(event.citations)),
            NumSources=str(len(articles)),
            NumArticles=str(len(articles)),
            ActionGeo_Fullname=event.place or "",
            SOURCEURL=articles[0] if articles else "",
        )
        yield [row[c] for c in GDELT_COLUMNS]


def export_gdelt(ks: KnowledgeStore, path: Path) -> list[Path]:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(GDELT_COLUMNS)
        writer.writerows(gdelt_rows(ks))
    return [path]


def export_plover(ks: KnowledgeStore, path: Path) -> list[Path]:
    from warta.extract.plover import event_records

    records = []
    for article in ks.store.iter_articles():
        knowledge = ks.knowledge_of(article.doc_id)
        if knowledge is not None:
            records.extend(event_records(knowledge))
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return [path]


def export_graphml(ks: KnowledgeStore, path: Path) -> list[Path]:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for entity in ks.entities():
        graph.add_node(
            entity.key, label=entity.name, kind=entity.kind, country=entity.country or ""
        )

    def add_event(event: KBEvent) -> None:
        parties = sorted({f"state:{c}" for c in event.countries} | set(event.actors))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                for node in (a, b):
                    if node not in graph:
                        graph.add_node(node, label=node.split(":", 1)[-1], kind="other", country="")
                graph.add_edge(
                    a,
                    b,
                    type=event.type,
                    date=event.date or "",
                    status=event.status,
                    event=event.key,
                )

    for event in ks.events_between([]):
        add_event(event)
    nx.write_graphml(graph, path)
    return [path]


def export_articles_jsonl(ks: KnowledgeStore, path: Path) -> list[Path]:
    with path.open("w", encoding="utf-8") as handle:
        for article in ks.store.iter_articles():
            knowledge = ks.knowledge_of(article.doc_id)
            if knowledge is not None:
                handle.write(knowledge.model_dump_json() + "\n")
    return [path]


def export(ks: KnowledgeStore, format: str, output: Path) -> list[Path]:
    """Write `format` to `output` (a directory for csv/parquet, a file otherwise)."""
    writers = {
        "csv": export_csv,
        "parquet": export_parquet,
        "gdelt": export_gdelt,
        "plover": export_plover,
        "graphml": export_graphml,
        "articles-jsonl": export_articles_jsonl,
    }
    if format not in writers:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(FORMATS)}")
    return writers[format](ks, output)
