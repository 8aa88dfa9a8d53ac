"""clean_document: RawDocument -> CleanDocument, tying the cleaning steps together.

lines -> boilerplate -> headline -> dateline -> cleaned text + offsets -> language -> date
-> outlet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from warta.clean.boilerplate import strip_boilerplate
from warta.clean.dateline import find_dateline
from warta.clean.dedup import content_hash
from warta.clean.headline import take_headline
from warta.clean.language import detect_language
from warta.clean.lines import LineSpan, split_lines
from warta.clean.offsets import build_clean_text
from warta.clean.pubdate import infer_publication_date, metadata_date
from warta.clean.types import CleanDocument, Dateline, Removed
from warta.ingest.types import RawDocument


def _take_dateline(
    raw: str, kept: list[LineSpan]
) -> tuple[list[LineSpan], Dateline | None, Removed | None]:
    """Cut the dateline off the first kept line so the first sentence starts clean."""
    if not kept:
        return kept, None, None
    first = kept[0]
    found = find_dateline(first.text(raw))
    if found is None:
        return kept, None, None
    cut = first.start + found.length
    text = found.dateline.text
    removed = Removed("dateline", text, first.start, first.start + len(text))
    rest = first.trimmed(raw, start=cut)
    remaining = [rest, *kept[1:]] if not rest.empty else kept[1:]
    if remaining and remaining[0] is not rest:
        remaining[0] = replace(remaining[0], blank_before=False)
    return remaining, found.dateline, removed


def clean_document(raw: RawDocument, today: dt.date | None = None) -> CleanDocument:
    """Clean one raw article; never raises on odd text.

    `today` bounds weekday inference (no publication dates in the future); tests pin it.
    """
    source = raw.text or ""
    boilerplate = strip_boilerplate(source, split_lines(source))
    header = take_headline(source, list(boilerplate.kept), raw.title)
    body, dateline, dateline_removed = _take_dateline(source, header.body)
    kept = body
    if header.headline is not None:  # the headline stays, as a paragraph of its own
        first = [replace(line, blank_before=True) for line in body[:1]]
        kept = [header.headline, *first, *body[1:]]
    removed = list(boilerplate.removed) + header.removed
    if dateline_removed is not None:
        removed.append(dateline_removed)
    removed.sort(key=lambda piece: piece.raw_start)

    text, offsets = build_clean_text(source, kept)

    # timestamp lines and source lines ("Sumber: ANTARA (14/12/1995)", removed as bylines)
    evidence_texts = [piece.text for piece in removed if piece.kind in ("timestamp", "byline")]
    if dateline is not None:
        evidence_texts.append(dateline.text)
    notes: list[str] = []
    published = infer_publication_date(
        text,
        metadata=raw.published,
        evidence_texts=evidence_texts,
        copyright_years=boilerplate.copyright_years,
        today=today,
        notes=notes,  # a refused or overruled date is said here
    )

    outlet = raw.outlet or (dateline.outlet if dateline else None)
    if outlet is None and boilerplate.outlets:
        outlet = boilerplate.outlets[0].outlet
        notes.append(f"outlet from {boilerplate.outlets[0].kind}")
    if raw.published and published is not None and metadata_date(raw.published) is None:
        notes.append(f"metadata date {raw.published!r} not understood")

    return CleanDocument(
        doc_id=raw.doc_id,
        text=text,
        offsets=offsets,
        removed=tuple(removed),
        dateline=dateline,
        published=published,
        outlet=outlet,
        title=text.split("\n", 1)[0] if header.headline is not None else raw.title,
        content_hash=content_hash(text),
        language=detect_language(text),
        notes=tuple(notes),
    )
