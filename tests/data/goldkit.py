"""Shared by the annotation scripts of tests/data/*/build_gold.py.

An annotation names a short piece of its evidence sentence ("ev"); `build` looks the whole
sentence and its offsets up in the article, so the annotations stay short and readable.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


def P(name, role, country, *mentions):  # noqa: N802 - a compact annotation helper
    return {"name": name, "role": role, "country": country, "mentions": list(mentions)}


def E(type_, countries, date, status, ev, actors=(), place=None, optional=False):  # noqa: N802
    out = {
        "type": type_,
        "actors": list(actors),
        "countries": countries,
        "date": date,
        "place": place,
        "status": status,
        "ev": ev,
    }
    if optional:
        out["optional"] = True
    return out


def A(name, parties, status, date, ev, optional=False):  # noqa: N802
    out = {"name": name, "parties": parties, "status": status, "date": date, "ev": ev}
    if optional:
        out["optional"] = True
    return out


def Q(metric, value, unit, period, parties, kind, ev, optional=False):  # noqa: N802
    out = {
        "metric": metric,
        "value": value,
        "unit": unit,
        "period": period,
        "parties": parties,
        "kind": kind,
        "ev": ev,
    }
    if optional:
        out["optional"] = True
    return out


def sentence_of(text: str, key: str) -> dict:
    pos = text.find(key)
    if pos < 0:
        raise SystemExit(f"evidence not found: {key!r}")
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?\"”])\s+|\n+", text)]
    start = max(s for s in starts if s <= pos)
    ends = [m.start() + 1 for m in re.finditer(r"[.!?](?=[\"”]?\s|$)", text) if m.start() >= pos]
    end = ends[0] if ends else len(text)
    return {"text": text[start:end], "start": start, "end": end}


def build(gold: list[dict], articles: Path) -> list[dict]:
    rows = []
    for record in gold:
        text = (articles / f"{record['id']}.txt").read_text(encoding="utf-8")
        out = dict(record)
        for kind in ("events", "agreements", "quantities"):
            items = []
            for item in record[kind]:
                item = dict(item)
                item["evidence"] = sentence_of(text, item.pop("ev"))
                items.append(item)
            # optional items first: the scorer breaks ties between equally good matches in
            # favour of the later gold item, and a required item should win such a tie
            out[kind] = sorted(items, key=lambda x: not x.get("optional"))
        rows.append(out)
    return rows


def write(gold: list[dict], here: Path) -> None:
    with (here / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for row in build(gold, here / "articles"):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
