"""Sentence-level events coded in PLOVER, with actors, states, date, place, status, sectors.

An event is emitted only when a trigger (data/verbs.tsv) and a foreign party are both in the
sentence (a state other than Indonesia, an international body with Indonesia, or a party the
text refers back to: "kedua negara", "kedua menteri"). Grammar, not article words, decides
what is left out:
  - a nominal trigger that points back ("pertemuan itu") or frames time ("usai pertemuan");
  - a nominal trigger that is the object of a trigger verb ("membahas rencana kunjungan");
  - triggers inside the complement of a request or agreement ("meminta X untuk mendukung");
  - passive triggers in relative clauses ("rencana aksi yang disepakati"): background.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from warta.actors import ActorIndex, Mention
from warta.config import HOME_STATE
from warta.extract.context import with_context
from warta.extract.dates import DateMention
from warta.extract.implied import implied_events
from warta.extract.lexicon import (
    Trigger,
    clause_cues,
    instrument_pattern,
    instrument_tail_pattern,
    sectors_of,
    triggers,
    triggers_in,
)
from warta.extract.quantities import Figure
from warta.extract.sentences import Sentence, partner_places, party_mentions, sentence_place
from warta.extract.status import event_status

RELATIVE_PASSIVE = re.compile(
    r"(?<![\w])yang\s+(?:telah\s+|sudah\s+|akan\s+|sedang\s+|pernah\s+|belum\s+)?$", re.I
)
WORD = re.compile(r"\S+")
OBJECT_GAP = 30  # characters: a noun this close after a trigger verb is its object
ACTOR_GAP = 30  # characters: "mendorong Rusia", "meminta ke Rusia"
CONSULT_WINDOW = 2  # sentences: a repeated statement this close is the same event
# Verbal stances need someone they are about ("mendukung Indonesia", "meminta Rusia"); without
# a party after the verb ("menolak nilai-nilai ...") they are opinions, not relations.
NEEDS_TARGET = frozenset({"SUPPORT", "REJECT", "REQUEST"})
VERB_LIKE = re.compile(r"(?<![\w])(?:me|ber|di|ter)[a-z]{3,}", re.I)
VERB_BEFORE = re.compile(r"(?<![\w])((?:me|mem|men|meng|meny|di)[a-z]{3,})\s+$", re.I)
CLAUSE_BREAK = re.compile(r"[,;]")
AND_WORD = re.compile(r"(?<![\w])dan(?![\w])")
ISO_DATE = re.compile(r"\d{4}(?:-\d{2})*$")
# Meetings agreed on: "sepakat menggelar dialog ... tahun depan" is a planned meeting.
AGREED_MEETING_TYPES = frozenset({"CONSULT"})


def _cue_words(role: str) -> str:
    """The clause_cues() words of a role as a regex alternation (never matching if none)."""
    words = sorted(clause_cues().get(role, frozenset()))
    return "|".join(re.escape(w) for w in words) or "(?!)"


# Each cue set compiled once as one alternation: a pattern built per word inside the loops
# costs a lookup in re's cache per call, and the cache (512 patterns) keeps overflowing.
@lru_cache(maxsize=1)
def _plan_noun_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_cue_words('plan_noun')})\s+$", re.I)


@lru_cache(maxsize=1)
def _anaphor_first() -> re.Pattern[str]:
    return re.compile(rf"(?:{_cue_words('anaphor')})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _adverbial_last() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_cue_words('adverbial')})$")


def _plan_before(text: str) -> bool:
    """'rencana kunjungan', 'persiapan kunjungan': the noun after it is a plan (clause_cues)."""
    return bool(_plan_noun_before().search(text))


@dataclass
class Hit:
    trigger: Trigger
    start: int  # offsets in the sentence text
    end: int
    type: str
    planned: bool = False  # a meeting agreed on in an agreement's complement


@dataclass
class EventDraft:
    type: str
    sentence: Sentence
    hit_start: int
    status: str
    parties: list[Mention]
    countries: list[str]
    date: DateMention | None
    date_explicit: bool
    place: str | None
    sectors: list[str]


def find_hits(text: str) -> list[Hit]:
    """Trigger matches, longest first, not overlapping, in text order."""
    hits: list[Hit] = []
    for trig in triggers_in(text):
        for m in trig.pattern.finditer(text):
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            hits.append(Hit(trig, m.start(), m.end(), trig.type))
    return sorted(hits, key=lambda h: h.start)


def _next_word(text: str, pos: int) -> str:
    m = WORD.search(text, pos)
    return m.group(0).strip(',.;:"“”()').lower() if m else ""


def _prev_word(text: str, pos: int) -> str:
    words = WORD.findall(text[:pos])
    return words[-1].strip(',.;:"“”()').lower() if words else ""


def _is_reference(text: str, hit: Hit) -> bool:
    """'pertemuan itu', 'kunjungan kali ini', 'usai pertemuan', 'Dalam pertemuan'."""
    if _anaphor_first().match(text[hit.end :].lstrip()):
        return True
    return bool(_adverbial_last().search(text[: hit.start].rstrip().lower()))


def filter_hits(text: str, hits: list[Hit], mentions: list[Mention], offset: int) -> list[Hit]:
    instruments = [(m.start(), m.end()) for m in instrument_pattern().finditer(text)]
    kept: list[Hit] = []
    complement_words = clause_cues().get("complement", frozenset())
    for hit in hits:
        flags = hit.trigger.flags
        if any(s <= hit.start <= e + 1 for s, e in instruments):
            continue  # "Rencana Konsultasi", "Nota Kesepahaman": a document, not a meeting
        if hit.trigger.is_noun and _is_reference(text, hit):
            continue
        if "capnext" in flags and not text[hit.end :].lstrip()[:1].isupper():
            continue
        if "actor" in flags and not any(
            0 <= m.start - offset - hit.end <= ACTOR_GAP for m in mentions
        ):
            continue
        if text[hit.start : hit.start + 2].lower() == "di" and RELATIVE_PASSIVE.search(
            text[: hit.start]
        ):
            continue
        planned_object = _plan_before(text[: hit.start])
        if (
            hit.trigger.is_noun
            and not planned_object
            and any(
                not k.trigger.is_noun
                and 0 <= hit.start - k.end <= OBJECT_GAP
                and _object_stretch(text[k.end : hit.start])
                and not _agreed_meeting(k, hit)
                for k in kept
            )
        ):
            continue  # "membahas rencana kunjungan": the visit is what was discussed
        if hit.trigger.is_noun and _topic_of_verb(text[: hit.start], kept):
            continue  # "mengaitkan bantuan dengan ...": aid talked about, not given
        kept.append(hit)
    # the complement of a request or an agreement is not an event of its own
    out: list[Hit] = []
    for hit in kept:
        head = next(
            (
                h
                for h in reversed(out)
                if "head" in h.trigger.flags
                and h.end <= hit.start
                and not CLAUSE_BREAK.search(text[h.end : hit.start])
                and (
                    h.type == "REQUEST"
                    or len(WORD.findall(text[h.end : hit.start])) <= 1  # "sepakat mendukung"
                    or any(
                        w.lower() in complement_words for w in WORD.findall(text[h.end : hit.start])
                    )
                )
            ),
            None,
        )
        if head is None:
            out.append(hit)
        elif "defer" in head.trigger.flags:
            head.type = hit.type  # "berjanji ... akan mengakui": the promised act
        elif head.type == "AGREE" and hit.type in AGREED_MEETING_TYPES and hit.trigger.is_noun:
            hit.planned = True  # "sepakat menggelar dialog": a meeting agreed on, still to come
            out.append(hit)
    return out


def _agreed_meeting(head: Hit, hit: Hit) -> bool:
    agreeing = head.type == "AGREE" and "head" in head.trigger.flags
    return agreeing and hit.type in AGREED_MEETING_TYPES


def _topic_of_verb(before: str, kept: list[Hit]) -> bool:
    """A nominal trigger right after a verb that is neither a trigger nor a light verb
    ("melakukan kunjungan", "menggelar latihan") is that verb's topic: "mengaitkan bantuan",
    "membutuhkan bantuan", "menunda kunjungan" (the verb is the news, not the noun)."""
    m = VERB_BEFORE.search(before)
    if not m or any(k.start <= m.start(1) < k.end for k in kept):
        return False
    light = clause_cues().get("light_verb", frozenset())
    return m.group(1).lower() not in light


def _object_stretch(between: str) -> bool:
    """Words between a verb and a noun that keep the noun its object: no clause break, and
    after a 'dan' no new verb ("menghentikan kerja sama militer dan latihan bersama")."""
    if CLAUSE_BREAK.search(between):
        return False
    parts = AND_WORD.split(between, maxsplit=1)
    return len(parts) == 1 or not VERB_LIKE.search(parts[1])


def _countries(parties: list[Mention]) -> list[str]:
    return list(dict.fromkeys(c for m in parties for c in m.countries))


def has_foreign_party(parties: list[Mention], countries: list[str]) -> bool:
    if any(c != HOME_STATE for c in countries):
        return True
    has_body = any(m.kind == "org" and not m.countries for m in parties)
    return HOME_STATE in countries and has_body


def extract_events(
    text: str,
    sentences: list[Sentence],
    actors: ActorIndex,
    dates: dict[int, list[DateMention]],
    main_date: str | None,
    published: str | None,
    dateline_place: str | None = None,
    amounts: Sequence[Figure] = (),
) -> list[EventDraft]:
    drafts: list[EventDraft] = []
    for sent in sentences:
        parties = party_mentions(actors, text, sent.start, sent.end)
        parties = with_context(actors, text, sentences, sent.index, parties)
        countries = _countries(parties)
        if not has_foreign_party(parties, countries):
            # "Indonesia menyerahkan hibah ... di Papua Nugini": a foreign state named only
            # as the place of an act by a party is the act's partner
            parties = partner_places(actors, text, sent.start, sent.end, parties)
            countries = _countries(parties)
            if not has_foreign_party(parties, countries):
                continue
        hits = filter_hits(sent.text, find_hits(sent.text), parties, sent.start)
        seen: set[tuple[str, str]] = set()
        for hit in hits:
            plan_word = "planned" in hit.trigger.flags or hit.planned
            if _refers_to_told_meeting(sent, hit, drafts):
                continue
            if hit.type in NEEDS_TARGET and not _has_target(parties, sent.start + hit.end):
                continue
            status = event_status(
                sent.text,
                hit.start,
                hit.end,
                hit.trigger.is_noun,
                plan_word or _plan_before(sent.text[: hit.start]),
            )
            if (hit.type, status) in seen:
                continue  # one event per type and status in a sentence
            seen.add((hit.type, status))
            draft = dated_draft(
                hit.type, sent, hit.start, status, parties, countries, dates.get(sent.index, []),
                main_date, published, dateline_place, amounts,
            )  # fmt: skip
            drafts.extend(implied_events(draft))
    return merge_repeats(drafts)


def dated_draft(
    event_type: str,
    sent: Sentence,
    hit_start: int,
    status: str,
    parties: list[Mention],
    countries: list[str],
    sentence_dates: list[DateMention],
    main_date: str | None,
    published: str | None,
    dateline_place: str | None,
    amounts: Sequence[Figure],
) -> EventDraft:
    """An event of the sentence with its date (the nearest in the sentence, else the
    article's own news date for a realized act), place and sectors."""
    candidates = _event_dates(sent, sentence_dates, amounts)
    if status == "planned" and published:
        # a plan's date is a future one; a past date dates the talk about the plan
        candidates = [d for d in candidates if d.value[:10] > published[: len(d.value)]]
    date = _nearest_date(candidates, sent.start + hit_start)
    explicit = date is not None
    if date is None and status == "realized" and main_date:
        date = DateMention(-1, -1, "", main_date)
    if _after_publication(date, published) and status == "realized":
        status = "planned"
    place = sentence_place(sent) or (dateline_place if sent.index == 0 else None)
    return EventDraft(
        event_type, sent, hit_start, status, parties, countries, date, explicit, place,
        sectors_of(sent.text),
    )  # fmt: skip


def _after_publication(date: DateMention | None, published: str | None) -> bool:
    """A realized act dated after the article appeared is a plan ("2023-W27" is a week)."""
    if date is None or not published or not ISO_DATE.match(date.value):
        return False
    return date.value > published


def _has_target(parties: list[Mention], after: int) -> bool:
    return any(m.start >= after for m in parties) or any(m.kind == "group" for m in parties)


def _refers_to_told_meeting(sent: Sentence, hit: Hit, drafts: list[EventDraft]) -> bool:
    """'Pertemuan membahas ...' at a sentence start, after a meeting was told: the same one."""
    first = sent.text.split(None, 1)[0].lower() if sent.text else ""
    subject_noun = first in _meeting_nouns()
    return subject_noun and hit.type == "CONSULT" and any(d.type == "CONSULT" for d in drafts)


@lru_cache(maxsize=1)
def _meeting_nouns() -> frozenset[str]:
    return frozenset(t.surface for t in triggers() if t.type == "CONSULT" and t.is_noun)


FIGURE_PERIOD_GAP = 20  # characters: "5 miliar USD pada tahun 2020" dates the figure


def _event_dates(
    sent: Sentence, candidates: list[DateMention], amounts: Sequence[Figure]
) -> list[DateMention]:
    """Dates that can date an event: not the period of a sum of money right before them
    (`amounts`: the article's MONEY and PERCENT figures, offsets in the article)."""
    ends = [f.end for f in amounts if f.unit != "percent" and sent.start <= f.start < sent.end]
    return [
        d for d in candidates if not any(0 <= d.start - end <= FIGURE_PERIOD_GAP for end in ends)
    ]


def _nearest_date(candidates: list[DateMention], pos: int) -> DateMention | None:
    points = [d for d in candidates if not d.is_period]
    if not points:
        return None
    return min(points, key=lambda d: (min(abs(d.start - pos), abs(d.end - pos)), d.start))


def merge_repeats(drafts: list[EventDraft]) -> list[EventDraft]:
    """The same meeting told twice, or a statement repeated in the next sentences, is one event."""
    kept: list[EventDraft] = []
    for d in drafts:
        key = (d.type, tuple(sorted(d.countries)), d.status)
        duplicate = False
        for k in kept:
            if (k.type, tuple(sorted(k.countries)), k.status) != key:
                continue
            if _different_instruments(d, k):
                continue  # "Dalam kunjungan itu, ... juga menandatangani kontrak ...": another deal
            same_date = d.date is not None and k.date is not None and d.date.value == k.date.value
            if d.type == "CONSULT" and same_date:
                duplicate = True
            elif d.status == "planned" and not d.date_explicit and not k.date_explicit:
                duplicate = True  # the same plan told again
            elif not d.date_explicit and d.sentence.index - k.sentence.index <= CONSULT_WINDOW:
                duplicate = True
        if not duplicate:
            kept.append(d)
    return kept


def _names_instrument(text: str) -> bool:
    """A named instrument, not a pointing noun ("Persetujuan itu ditandatangani ...")."""
    if instrument_tail_pattern().search(text):
        return True
    return any(
        _next_word(text, m.end()).lower() not in clause_cues().get("anaphor", frozenset())
        for m in instrument_pattern().finditer(text)
    )


def _different_instruments(d: EventDraft, k: EventDraft) -> bool:
    """Two signings in different sentences, each naming its instrument, are two events."""
    return (
        d.type == k.type == "AGREE"
        and d.sentence.index != k.sentence.index
        and _names_instrument(d.sentence.text)
        and _names_instrument(k.sentence.text)
    )
