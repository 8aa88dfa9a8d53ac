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
from warta.nlp.gazetteer import is_state, state_name

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
FIGURE_CUE = re.compile(r"\b(berapa|how much|how many|nilai|volume|jumlah|besar|target)\b", re.I)
MEETING_CUE = re.compile(
    r"\b(bertemu|pertemuan|berkunjung|kunjungan|bertemunya|meet|met|meeting|visit(ed)?|"
    r"digelar|diadakan|berlangsung|held)\b",
    re.I,
)
# English office names, read as the Indonesian titles the office table knows
ENGLISH_OFFICES = (
    (re.compile(r"\bforeign minister\b", re.I), "Menteri Luar Negeri"),
    (re.compile(r"\bdefen[cs]e minister\b", re.I), "Menteri Pertahanan"),
    (re.compile(r"\bprime minister\b", re.I), "Perdana Menteri"),
    (re.compile(r"\bpresident\b", re.I), "Presiden"),
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

STATUS_EVENT = {
    "id": {"planned": "direncanakan", "negated": "dibatalkan/dibantah"},
    "en": {"planned": "planned", "negated": "cancelled or denied"},
}
GENERIC_AGREEMENT_WORDS = frozenset(
    "perjanjian kesepakatan nota kesepahaman status apakah sudah telah ditandatangani "
    "agreement agreements treaty status signed indonesia".split()
)
CANCEL_CUE = re.compile(r"\b(batal|membatalkan|dibatalkan|pembatalan|cancel\w*)\b", re.I)
EVENTS_CUE = re.compile(r"\b(terjadi|peristiwa|happened|happen|events?)\b", re.I)
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


MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
METRIC_WORDS = {
    "id": {
        "trade_volume": "nilai perdagangan",
        "trade_target": "target perdagangan",
        "trade_growth_pct": "pertumbuhan perdagangan",
        "investment": "investasi",
        "aid": "bantuan",
        "loan": "pinjaman",
        "purchase": "pembelian",
        "other": "angka lain",
    },
    "en": {
        "trade_volume": "trade",
        "trade_target": "the trade target",
        "trade_growth_pct": "trade growth",
        "investment": "investment",
        "aid": "aid",
        "loan": "loans",
        "purchase": "purchases",
        "other": "another figure",
    },
}
EVENT_WORDS = {
    "id": {
        "CONSULT": "pertemuan",
        "AGREE": "kesepakatan",
        "COOPERATE": "kerja sama",
        "AID": "bantuan",
        "REQUEST": "permintaan",
        "SUPPORT": "dukungan",
        "ACCUSE": "tuduhan",
        "REJECT": "penolakan",
        "SANCTION": "sanksi",
        "THREATEN": "ancaman",
        "PROTEST": "protes",
    },
    "en": {
        "CONSULT": "meeting",
        "AGREE": "agreement",
        "COOPERATE": "cooperation",
        "AID": "aid",
        "REQUEST": "request",
        "SUPPORT": "support",
        "ACCUSE": "accusation",
        "REJECT": "rejection",
        "SANCTION": "sanctions",
        "THREATEN": "threat",
        "PROTEST": "protest",
    },
}
# A name of a thing in a question (Su-35, IJEPA, IA-CEPA, G20): letters with a digit or an
# acronym. When a question names one, the answer must be about it, not about its neighbours.
NAMED_THING = re.compile(r"\b(?=[\w-]*[A-Z])(?:[A-Za-z]+-?\d[\w-]*|[A-Z]{2,}(?:-[A-Z]+)*)\b")
YEAR_ASKED = re.compile(r"\b(?:pada|tahun|in|of|sejak|since)?\s*(1[89]\d\d|20\d\d)\b")


def joined(items: Sequence[str], lang: str = "id") -> str:
    """ "X", "X dan Y", "X, Y dan Z" (English: "X, Y and Z")."""
    unique = list(dict.fromkeys(i for i in items if i))
    word = " dan " if lang == "id" else " and "
    if len(unique) <= 2:
        return word.join(unique)
    return ", ".join(unique[:-1]) + word + unique[-1]


def _number(value: float, lang: str) -> str:
    """2.7 -> "2,7" in Indonesian (decimal comma), "2.7" in English."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "id":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def _money(value: float, unit: str, lang: str) -> str:
    if unit == "percent":
        return f"{_number(value, lang)} {'persen' if lang == 'id' else 'percent'}"
    scales = ((1e12, "triliun", "trillion"), (1e9, "miliar", "billion"), (1e6, "juta", "million"))
    for size, word_id, word_en in scales:
        if abs(value) >= size:
            amount = _number(value / size, lang)
            return f"{amount} {word_id if lang == 'id' else word_en} {unit}"
    return f"{_number(value, lang)} {unit}"


def human_date(value: str | None, lang: str) -> str:
    """ "2021-07-06" -> "6 Juli 2021" / "6 July 2021"; partial dates stay partial."""
    if not value:
        return "tanggal tidak disebut" if lang == "id" else "date not given"
    parts = value.split("-")
    if len(parts) == 1:
        return value
    month = (MONTHS_ID if lang == "id" else MONTHS_EN)[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def _names(source: KnowledgeSource, keys: Sequence[str], lang: str = "id") -> str:
    return joined([source.actor_name(k) for k in keys], lang)


def _party_code(key: str) -> str:
    return key.split(":", 1)[1].upper() if key.startswith(("state:", "org:")) else key


def figure_of_parties(parties: Sequence[str], wanted: set[str]) -> bool:
    """Is a figure with these parties (codes: "IDN", "ASEAN", or other names) a figure of
    the wanted parties? All of them take part and no other organisation does: an
    ASEAN-Russia figure (reported by Indonesia as coordinator: ASEAN IDN RUS) answers
    about ASEAN and Russia, not about Indonesia and Russia."""
    codes = {p for p in parties if re.fullmatch(r"[A-Z][A-Z0-9]{1,9}", p)}
    if not wanted <= codes:
        return False
    return all(is_state(extra) for extra in codes - wanted)


def _exact_parties(series: QuantitySeries, actors: Sequence[str]) -> bool:
    wanted = {_party_code(k) for k in actors if k.startswith(("state:", "org:"))}
    return len(wanted) < 2 or figure_of_parties(series.parties, wanted)


def _answer_figure(q: str, lang: str, actors: list[str], source: KnowledgeSource) -> Answer | None:
    metric = next((m for pattern, m in METRIC_CUES if re.search(pattern, q, re.I)), None)
    series = [s for s in source.series_of(actors, metric) if _exact_parties(s, actors)]
    year = YEAR.search(q)
    if year:
        series = [s for s in series if (s.period or "").startswith(year.group(1))]
    if not series:
        return None
    parts, citations = [], []
    for s in series:
        values: dict[str, list[Citation]] = {}
        for claim in s.claims:
            met = ""
            if claim.met is False:
                met = " (belum tercapai)" if lang == "id" else " (not met)"
            values.setdefault(_money(claim.value, claim.unit, lang) + met, []).append(
                claim.citation
            )
            citations.append(claim.citation)
        what = METRIC_WORDS[lang].get(s.metric, s.metric.replace("_", " "))
        when = (" pada " if lang == "id" else " in ") + s.period if s.period else ""
        reported = [
            f"{value} ({len(cites)} {'sumber' if lang == 'id' else 'sources'})"
            if len({c.article_id for c in cites}) > 1
            else value
            for value, cites in values.items()
        ]
        parts.append(f"{what}{when}: {joined(reported, lang)}")
    names = _names(source, actors, lang)
    lead = f"{names} — " if names else ""
    text = lead + "; ".join(dict.fromkeys(parts)) + "."
    return Answer(q, text[0].upper() + text[1:], citations, language=lang)


def _answer_meetings(
    q: str, lang: str, actors: list[str], source: KnowledgeSource
) -> Answer | None:
    events = [e for e in source.events_between(actors, "CONSULT") if e.status == "realized"]
    year = YEAR.search(q)
    if year:
        events = [e for e in events if (e.date or "").startswith(year.group(1))]
    if not events:
        return None
    # "Forum Konsultasi Bilateral ... ke-4": the meeting whose sentence has those words
    words = {w.lower() for w in re.findall(r"[\w-]{4,}", q)} - QUESTION_WORDS
    words -= {w.lower() for k in actors for w in source.actor_name(k).split()}

    def overlap(e: KBEvent) -> int:
        return max((sum(w in c.text.lower() for w in words) for c in e.citations), default=0)

    best = max(overlap(e) for e in events)
    if best >= 2:
        events = [e for e in events if overlap(e) == best]
    parts = []
    for e in events:
        people = [k for k in e.actors if k.startswith("person:")]
        asked = [k for k in actors if k in e.actors] or people or e.actors
        who = _names(source, asked, lang) or joined(e.countries, lang)
        place = ""
        if e.place:
            place = f" di {e.place}" if lang == "id" else f" in {e.place}"
        verb = "bertemu pada" if lang == "id" else "met on"
        parts.append(f"{who} {verb} {human_date(e.date, lang)}{place}")
    citations = [c for e in events for c in e.citations]
    return Answer(q, "; ".join(parts) + ".", citations, language=lang)


def _answer_agreements(
    q: str, lang: str, actors: list[str], source: KnowledgeSource
) -> Answer | None:
    if CANCEL_CUE.search(q):
        return None  # "was it cancelled?": the sentence that says so, from full text
    things = [t.lower() for t in NAMED_THING.findall(q)]
    # a named instrument may also be stored as an organisation (IJEPA): not a party then
    named_keys = {k for t in things for k in source.find_actors(t)}
    agreements = source.agreements_of([a for a in actors if a not in named_keys])
    if things:  # a named instrument: that one or none
        named = [a for a in agreements if any(t in a.name.lower() for t in things)]
        if not named:
            return None
    else:
        words = set(re.findall(r"\w{4,}", q.lower())) - GENERIC_AGREEMENT_WORDS
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
        on = (" pada " if lang == "id" else " on ") + human_date(when, lang) if when else ""
        parts.append(f"{a.name} {words_for.get(a.status, a.status)}{on}")
    citations = [step.citation for a in chosen for step in a.history]
    return Answer(q, "; ".join(parts) + ".", citations, language=lang)


def _answer_events(q: str, lang: str, actors: list[str], source: KnowledgeSource) -> Answer | None:
    """What happened between the actors in a year: the events of that year by type."""
    year = YEAR.search(q)
    if not year or not actors:
        return None
    events = [e for e in source.events_between(actors) if (e.date or "").startswith(year.group(1))]
    if not events:
        return None
    words = EVENT_WORDS[lang]
    parts = [
        f"{words.get(e.type, e.type.lower())} ({human_date(e.date, lang)})"
        + ("" if e.status == "realized" else f", {STATUS_EVENT[lang].get(e.status, e.status)}")
        for e in events
    ]
    lead = f"{_names(source, actors, lang)} {'pada' if lang == 'id' else 'in'} {year.group(1)}: "
    citations = [e.citations[0] for e in events if e.citations]
    return Answer(q, lead + joined(parts, lang) + ".", citations, language=lang)


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


def _answer_office(
    q: str, actors: list[str], source: KnowledgeSource, lang: str = "id"
) -> Answer | None:
    """Who held an office at a time: from the table of office holders (each term with the
    page it comes from), then from the persons the stored articles name in that office."""
    for english, title in ENGLISH_OFFICES:
        q = english.sub(title, q)
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
    place = state_name(country, lang) or country
    if lang == "en":
        at = f"in {year.group(1)}" if year else "(latest on record)"
        text = f"{role} ({place}) {at}: " + "; ".join(parts) + "."
    else:
        at = f"pada {year.group(1)}" if year else "yang terakhir tercatat"  # table has a cut-off
        text = f"{role} {place} {at}: " + "; ".join(parts) + "."
    return Answer(q, text, list(dict.fromkeys(citations)), language=lang)


def ask(question: str, source: KnowledgeSource) -> Answer:
    lang = "en" if len(ENGLISH.findall(question)) >= 2 else "id"
    actors = source.find_actors(question)
    answer: Answer | None = None
    if WHO_CUE.search(question) or re.search(r"\bwho\b", question, re.I):
        answer = _answer_office(question, actors, source, lang)
        if answer is not None:
            return answer  # the table is a source in itself, with or without citations
    if FIGURE_CUE.search(question) and any(re.search(p, question, re.I) for p, _ in METRIC_CUES):
        answer = _answer_figure(question, lang, actors, source)
    elif MEETING_CUE.search(question):
        answer = _answer_meetings(question, lang, actors, source)
    elif EVENTS_CUE.search(question):
        answer = _answer_events(question, lang, actors, source)
    elif SIGNED_CUE.search(question) or STATUS_CUE.search(question):
        answer = _answer_agreements(question, lang, actors, source)
    if answer and answer.citations:
        return answer
    return _from_search(question, lang, source)


def _from_search(question: str, lang: str, source: KnowledgeSource) -> Answer:
    """Full text when no structured fact answers: a named thing (Su-35) must be in the
    sentence; otherwise the question's content words."""
    things = NAMED_THING.findall(question)
    content = " ".join(
        w for w in re.findall(r"[\w-]+", question) if w.lower() not in QUESTION_WORDS
    )
    hits: list[Citation] = []
    cancel = CANCEL_CUE.search(question)
    for thing in things:
        found = [
            c for c in source.search_citations(thing, limit=8) if thing.lower() in c.text.lower()
        ]
        if cancel:  # the sentences about the cancellation first
            found.sort(key=lambda c: not re.search(r"batal|cancel", c.text, re.I))
        hits += found[:3]
    if not things and content:
        hits = source.search_citations(content, limit=3)
    if not hits and not things:
        # every word at once found nothing: the sentences holding most of the content words
        words = sorted({w for w in content.split() if len(w) >= 5}, key=len, reverse=True)
        pool = {c for w in words for c in source.search_citations(w, limit=5)}
        scored = sorted(
            ((sum(w.lower() in c.text.lower() for w in words), c) for c in pool),
            key=lambda sc: (-sc[0], sc[1]),
        )
        # the actors as the question names them ("China", "Peru") must be in the sentence
        named = [w for w in re.findall(r"\b[A-Z][\w-]+", question) if source.find_actors(w)]
        hits = [
            c
            for score, c in scored
            if score >= 2
            and score >= len(words) / 2
            and all(re.search(rf"\b{re.escape(n)}\b", c.text, re.I) for n in named)
        ][:3]
    hits = list(dict.fromkeys(hits))[:3]
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
