"""Sentences of an article with their offsets, and what each sentence's actors are."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from warta.actors import ActorIndex, Mention
from warta.config import HOME_STATE

# A place: "di Bangkok", "di Bangkok, Thailand" — where something happened, not who did it.
PLACE_BEFORE = re.compile(
    r"(?<![\w])(?:di|di kota|di ibu kota)\s+(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s*,\s*)?$"
)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str, doc: Doc | None) -> list[Sentence]:
    out: list[Sentence] = []
    spans = [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else []
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        start += lead
        out.append(Sentence(len(out), start, start + len(stripped), stripped))
    return out


def place_mentions(text: str, mentions: list[Mention]) -> set[int]:
    """Start offsets of mentions that name a place ("di Bangkok, Thailand"), not a party."""
    places: set[int] = set()
    previous: Mention | None = None
    for m in mentions:
        after_place = (
            previous is not None
            and previous.start in places
            and text[previous.end : m.start].strip() == ","
        )
        if m.kind == "state" and (
            PLACE_BEFORE.search(text[max(0, m.start - 40) : m.start]) or after_place
        ):
            places.add(m.start)
        previous = m
    return places


# "dolar AS", "US$", "dolar Singapura": a state that names a currency is not a party
CURRENCY_BEFORE = re.compile(r"(?:dolar|dollar)\s+$", re.I)
CURRENCY_AFTER = re.compile(r"^\s*\$")


def currency_mentions(text: str, mentions: list[Mention]) -> set[int]:
    """Start offsets of state mentions that are part of a currency's name."""
    return {
        m.start
        for m in mentions
        if m.kind == "state"
        and (
            CURRENCY_BEFORE.search(text[max(0, m.start - 10) : m.start])
            or CURRENCY_AFTER.match(text[m.end : m.end + 2])
        )
    }


def party_mentions(actors: ActorIndex, text: str, start: int, end: int) -> list[Mention]:
    """Mentions in [start, end) that stand for a party (places and currencies left out)."""
    inside = actors.in_span(start, end)
    left_out = place_mentions(text, inside) | currency_mentions(text, inside)
    return [m for m in inside if m.start not in left_out]


def partner_places(
    actors: ActorIndex, text: str, start: int, end: int, parties: list[Mention]
) -> list[Mention]:
    """The parties plus the foreign states named only as places, when there is a party.

    Used when a sentence has no foreign party: "Indonesia menyerahkan hibah untuk
    pembangunan ... di Papua Nugini", "mengirim bantuan untuk korban gempa di Turki".
    """
    if not parties:
        return parties
    inside = actors.in_span(start, end)
    taken = {m.start for m in parties} | currency_mentions(text, inside)
    places = [
        m for m in inside if m.kind == "state" and m.start not in taken and m.key != HOME_STATE
    ]
    return sorted(parties + places, key=lambda m: m.start)


PLACE_NAME = re.compile(r"(?<![\w])di\s+((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})")


def sentence_place(sentence: Sentence) -> str | None:
    m = PLACE_NAME.search(sentence.text)
    return m.group(1) if m else None
