"""Dates in a sentence: the NLP stage's DATE entities, normalized to ISO (partial allowed).

The NLP stage resolves every DATE span against the publication date (warta/nlp/dates.py):
"Selasa (6/7)", "hari ini", "bulan lalu" and a bare weekday arrive here as dates in
`span._.norm`, so nothing is read from the text again.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the article text
    end: int
    text: str
    value: str  # "2021-07-06", "2021-07", "2021", or a period "2016-2020"
    is_period: bool = False


def doc_dates(doc: Doc | None) -> list[DateMention]:
    """The NLP stage's normalized DATE entities of the whole Doc, in text order.

    Read once per article: each `doc.ents` builds a Span for every entity.
    """
    if doc is None:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        norm = getattr(ent._, "norm", None)
        if not norm:
            continue
        first, _, last = str(norm).partition("/")
        # years ("2016/2020") are a period, written "2016-2020"; days give their first day
        period = bool(last) and len(first) == 4
        value = f"{first}-{last}" if period else first
        out.append(DateMention(ent.start_char, ent.end_char, ent.text, value, period))
    return out


def sentence_dates(entities: list[DateMention], start: int, end: int) -> list[DateMention]:
    """The dates (from doc_dates) inside text[start:end], in text order."""
    return [d for d in entities if start <= d.start and d.end <= end]
