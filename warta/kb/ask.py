"""Answer questions in Indonesian or English from the structured knowledge first.

The question is parsed into an intent (a figure, a meeting, what was signed, an
agreement's status) and the actors it names; the answer comes from the knowledge base
with the sentences it rests on. When the structured knowledge has nothing, full-text
search is tried; when that has nothing either, the answer says so instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from warta.actors.data import OfficeHolder, date_span, titles
from warta.actors.office_links import ArticleDates, holders_at, within
from warta.config import HOME_STATE
from warta.kb.types import Citation, Entity, KBAgreement, KBEvent, QuantitySeries
from warta.nlp.gazetteer import state_name

ENGLISH = re.compile(r"\b(what|when|who|how|which|did|was|were|is|are|the|between)\b", re.I)

# (pattern, metric) in order: the first that matches names the figure asked for
METRIC_CUES: tuple[tuple[str, str], ...] = (
    (r"\btarget\b|\bsasaran\b", "trade_target"),
    (r"\b(pertumbuhan|naik|meningkat|growth|grow)\b", "trade_growth_pct"),
    (r"\b(investasi|penanaman modal|investment)\b", "investment"),
    (r"\b(bantuan|hibah|aid|assistance)\b", "aid"),
    (r"\b(pinjaman|utang|loan)\b", "loan"),
    (r"\b(pembelian|membeli|purchase|bought)\b", "purchase"),
    (r"\b(perdagangan|dagang|trade|ekspor|impor)\b", "trade_volume"),
)
FIGURE_CUE = re.compile(r"\b(berapa|how much|how many|nilai|volume|jumlah|besar)\b", re.I)
MEETING_CUE = re.compile(
    r"\b(bertemu|pertemuan|berkunjung|kunjungan|bertemunya|meet|met|meeting|visit(ed)?)\b", re.I
)
SIGNED_CUE = re.compile(
    r"\b(ditandatangani|menandatangani|tandatangan|perjanjian|kesepakatan|mou|nota|"
    r"signed|sign|agreements?|treaty)\b",
    re.I,
)
# Words that make a question a question (Indonesian and English): never search terms, so
# an unanswerable question is not "answered" by a sentence that shares only "kapan".
QUESTION_WORDS = frozenset(
    "apa apakah siapa kapan berapa bagaimana mengapa kenapa mana dimana yang dan atau dengan "
    "dari ke di untuk pada dalam itu ini adalah ada sudah telah akan kata tentang mengenai "
    "soal terkait the a an of to in on and or with what who whom when where which why how "
    "much many is are was were did do does has have had between about say said says".split()
)
STATUS_CUE = re.compile(r"\b(status|sudah|apakah|has|is)\b", re.I)
WHO_CUE = re.compile(r"\bsiapa\b", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS_ID = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
).split()

STATUS_WORDS = {
    "id": {
        "planned": "direncanakan",
        "negotiating": "sedang dirundingkan",
        "finalized": "telah final, menunggu penandatanganan",
        "agreed": "telah disepakati",
        "signed": "telah ditandatangani",
        "ratified": "telah diratifikasi",
        "in_force": "telah berlaku",
    },
    "en": {
        "planned": "planned",
        "negotiating": "under negotiation",
        "finalized": "finalized, awaiting signature",
        "agreed": "agreed",
        "signed": "signed",
        "ratified": "ratified",
        "in_force": "in force",
    },
}


class KnowledgeSource(Protocol):
    """What `ask` needs from a knowledge base (the store implements it)."""

    def find_actors(self, text: str) -> list[str]: ...  # entity keys named in the text

    def actor_name(self, key: str) -> str: ...

    def events_between(self, actors: Sequence[str], type: str | None = None) -> list[KBEvent]: ...

    def agreements_of(self, actors: Sequence[str]) -> list[KBAgreement]: ...

    def series_of(
        self, actors: Sequence[str], metric: str | None = None
    ) -> list[QuantitySeries]: ...

    def search_citations(self, query: str, limit: int = 5) -> list[Citation]: ...

    def entities(
        self, kind: str | None = None, name: str | None = None, country: str | None = None
    ) -> list[Entity]: ...


@dataclass
class Answer:
    question: str
    answer: str
    citations: list[Citation] = field(default_factory=list)
    known: bool = True
    source: str = "knowledge"  # "knowledge" | "search" | "none"
    language: str = "id"


def _money(value: float, unit: str, lang: str) -> str:
    if unit == "percent":
        return f"{value:g} persen" if lang == "id" else f"{value:g} percent"
    scales = ((1e12, "triliun", "trillion"), (1e9, "miliar", "billion"), (1e6, "juta", "million"))
    for size, word_id, word_en in scales:
        if abs(value) >= size:
            amount = f"{value / size:g}"
            return f"{amount} {word_id if lang == 'id' else word_en} {unit}"
    return f"{value:g} {unit}"


def _names(source: KnowledgeSource, keys: Sequence[str]) -> str:
    return " dan ".join(source.actor_name(k) for k in keys)


def _answer_figure(q: str, lang: str, actors: list[str], source: KnowledgeSource) -> Answer | None:
    metric = next((m for pattern, m in METRIC_CUES if re.search(pattern, q, re.I)), None)
    series = source.series_of(actors, metric)
    if not series:
        return None
    lines, citations = [], []
    for s in series:
        for claim in s.claims:
            period = s.period or ("tahun tidak disebut" if lang == "id" else "year not given")
            met = ""
            if claim.met is False:
                met = " (belum terpenuhi)" if lang == "id" else " (not met)"
            lines.append(f"{s.metric} {period}: {_money(claim.value, claim.unit, lang)}{met}")
            citations.append(claim.citation)
    unique_lines = list(dict.fromkeys(lines))
    return Answer(q, "; ".join(unique_lines), citations, language=lang)


def _answer_meetings(
    q: str, lang: str, actors: list[str], source: KnowledgeSource
) -> Answer | None:
    events = [e for e in source.events_between(actors, "CONSULT") if e.status == "realized"]
    if not events:
        return None
    parts = []
    for e in events:
        who = _names(source, e.actors) or ", ".join(e.countries)
        place = (
            f" di {e.place}" if e.place and lang == "id" else (f" in {e.place}" if e.place else "")
        )
        parts.append(f"{e.date or '?'}: {who}{place}")
    citations = [c for e in events for c in e.citations]
    return Answer(q, "; ".join(parts), citations, language=lang)


def _answer_agreements(
    q: str, lang: str, actors: list[str], source: KnowledgeSource
) -> Answer | None:
    agreements = source.agreements_of(actors)
    words = set(re.findall(r"\w{4,}", q.lower()))
    named = [a for a in agreements if words & set(re.findall(r"\w{4,}", a.name.lower()))]
    asks_signed = re.search(r"\b(ditandatangani|signed)\b", q, re.I) and not named
    if named:
        chosen = named
    elif asks_signed:
        chosen = [a for a in agreements if a.status in {"signed", "ratified", "in_force"}]
    else:
        chosen = agreements
    if not chosen:
        return None
    words_for = STATUS_WORDS[lang]
    parts = []
    for a in chosen:
        when = a.history[-1].date
        parts.append(f"{a.name}: {words_for[a.status]}" + (f" ({when})" if when else ""))
    citations = [step.citation for a in chosen for step in a.history]
    return Answer(q, "; ".join(parts), citations, language=lang)


def _asked_office(q: str, actors: list[str]) -> tuple[str, str] | None:
    """(role, ISO3) of "Siapa Menteri Luar Negeri Rusia ...": the longest title in the
    question and the first state named (Indonesia for an Indonesian office named alone)."""
    title = next(
        (t for t in titles() if t.role and re.search(rf"\b{re.escape(t.surface)}\b", q, re.I)),
        None,
    )
    if title is None or title.role is None:
        return None
    country = next((k.split(":", 1)[1] for k in actors if k.startswith("state:")), None)
    if country is None and title.idn_default:
        country = HOME_STATE
    return (title.role, country) if country else None


def _indonesian_date(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 1:
        return value
    month = MONTHS_ID[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def _term(holder: OfficeHolder) -> str:
    start = _indonesian_date(holder.start)
    if not holder.end:
        return f"menjabat sejak {start}"
    return f"menjabat {start} – {_indonesian_date(holder.end)}"


def _claimed_at(person: Entity, role: str, country: str, when: ArticleDates) -> list[str]:
    """Articles in which the knowledge base has this person in this office at this time."""
    return [
        r.article_id
        for r in person.roles
        if r.role == role and r.country == country and r.date and within(r.date[:10], when)
    ]


def _answer_office(q: str, actors: list[str], source: KnowledgeSource) -> Answer | None:
    """Who held an office at a time: from the table of office holders (each term with the
    page it comes from), then from the persons the stored articles name in that office."""
    asked = _asked_office(q, actors)
    if asked is None:
        return None
    role, country = asked
    year = YEAR.search(q)
    today = dt.date.today()
    when: ArticleDates = (date_span(year.group(1)),) if year else ((today, today),)
    parts, citations = [], []
    named: set[str] = set()
    for holder in holders_at(role, country, when):
        parts.append(f"{holder.name} ({_term(holder)}; sumber: {holder.source})")
        named |= {holder.name.lower(), *(a.lower() for a in holder.aliases)}
        hits = source.search_citations(holder.name, limit=5)
        citations += [c for c in hits if c.published and within(c.published[:10], when)][:2]
    for person in source.entities("person", country=country):
        articles = _claimed_at(person, role, country, when)
        if not articles:
            continue
        if person.name.lower() not in named and not named & {s.lower() for s in person.spellings}:
            parts.append(f"{person.name} (menurut artikel {', '.join(sorted(set(articles)))})")
        hits = source.search_citations(person.name, limit=5)
        citations += [c for c in hits if c.article_id in articles][:2]
    if not parts:
        return None
    place = state_name(country) or country
    at = f"pada {year.group(1)}" if year else "yang terakhir tercatat"  # the table has a cut-off
    text = f"{role} {place} {at}: " + "; ".join(parts) + "."
    return Answer(q, text, list(dict.fromkeys(citations)), language="id")


def ask(question: str, source: KnowledgeSource) -> Answer:
    lang = "en" if len(ENGLISH.findall(question)) >= 2 else "id"
    actors = source.find_actors(question)
    answer: Answer | None = None
    if WHO_CUE.search(question):
        answer = _answer_office(question, actors, source)
        if answer is not None:
            return answer  # the table is a source in itself, with or without citations
    if FIGURE_CUE.search(question) and any(re.search(p, question, re.I) for p, _ in METRIC_CUES):
        answer = _answer_figure(question, lang, actors, source)
    elif MEETING_CUE.search(question):
        answer = _answer_meetings(question, lang, actors, source)
    elif SIGNED_CUE.search(question) or STATUS_CUE.search(question):
        answer = _answer_agreements(question, lang, actors, source)
    if answer and answer.citations:
        return answer
    content = " ".join(
        w for w in re.findall(r"[\w-]+", question) if w.lower() not in QUESTION_WORDS
    )
    hits = source.search_citations(content, limit=3) if content else []
    if hits:
        lead = (
            "Tidak ada fakta terstruktur; kalimat yang paling relevan:"
            if lang == "id"
            else ("No structured fact; the most relevant sentences:")
        )
        return Answer(question, lead, hits, known=True, source="search", language=lang)
    unknown = (
        "Saya tidak tahu: tidak ada sumber yang menyebutkannya."
        if lang == "id"
        else ("I don't know: no source says so.")
    )
    return Answer(question, unknown, [], known=False, source="none", language=lang)
