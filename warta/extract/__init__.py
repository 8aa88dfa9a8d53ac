"""warta.extract: from a cleaned article and its spaCy Doc to the article's knowledge.

`extract_article(clean, doc, doc_id)` runs actor resolution and the event, agreement and
quantity extractors and returns an ArticleKnowledge (../shared/eval/FORMAT.md).
`extract_text(text, doc_id)` does the whole path from raw text.
The rules extract; the learned layers (ExtractModels, trained by `make train`) decide on
top of them, each falling back to the rules when it was not trained.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from warta.actors import ActorIndex
from warta.actors.types import PersonRecord
from warta.extract.agreement_model import (
    AgreementModels,
    learned_agreements,
    shipped_agreement_models,
)
from warta.extract.agreements import extract_agreements
from warta.extract.analysis import ArticleAnalysis, analyze_article
from warta.extract.event_model import EventModels, learned_events, shipped_event_models
from warta.extract.events import EventDraft, extract_events
from warta.extract.features import sentence_views
from warta.extract.figure_model import FigureModels, learned_quantities, shipped_figure_models
from warta.extract.person_model import PersonModels, learned_persons, shipped_person_models
from warta.extract.quantities import extract_quantities
from warta.extract.types import (
    Agreement,
    ArticleKnowledge,
    Event,
    Evidence,
    Organization,
    Person,
    Quantity,
)

if TYPE_CHECKING:
    from warta.clean.types import CleanDocument
    from warta.ingest.types import RawDocument

__all__ = ["ExtractModels", "extract_analyzed", "extract_article", "extract_raw", "extract_text"]


@dataclass(frozen=True)
class ExtractModels:
    """The learned layers, one per kind; a kind without its model comes from the rules alone."""

    events: EventModels | None = None
    figures: FigureModels | None = None
    agreements: AgreementModels | None = None
    persons: PersonModels | None = None

    @classmethod
    def shipped(cls) -> ExtractModels:
        """The models in warta/nlp/model/extract (each loaded once)."""
        return cls(
            shipped_event_models(), shipped_figure_models(), shipped_agreement_models(),
            shipped_person_models(),
        )  # fmt: skip


RULES_ONLY = ExtractModels()


def extract_article(
    clean: CleanDocument | None, doc: Doc, doc_id: str, title: str | None = None
) -> ArticleKnowledge:
    return extract_analyzed(analyze_article(clean, doc), doc_id, title, ExtractModels.shipped())


def extract_analyzed(
    article: ArticleAnalysis,
    doc_id: str,
    title: str | None = None,
    models: ExtractModels = RULES_ONLY,
) -> ArticleKnowledge:
    """The knowledge of an analyzed article (from the rules alone by default)."""
    text, actors, sentences, dates = article.text, article.actors, article.sentences, article.dates
    events = extract_events(
        text, sentences, actors, dates, article.main_date, article.published,
        article.dateline_place, article.amounts,
    )  # fmt: skip
    if models.events is not None:
        events = learned_events(article, sentence_views(article), events, models.events)
    agreements = extract_agreements(text, sentences, actors, dates, article.main_date)
    if models.agreements is not None:
        agreements = learned_agreements(article, agreements, models.agreements)
    if models.figures is not None:
        quantities = learned_quantities(article, models.figures)
    else:
        quantities = extract_quantities(text, article.amounts, sentences, actors, dates)
    persons = actors.persons
    if models.persons is not None:
        persons = learned_persons(article, models.persons)
    return ArticleKnowledge(
        id=doc_id,
        outlet=article.outlet,
        published=article.published,
        title=title,
        persons=_persons(persons),
        organizations=[
            Organization(name=o.name, acronym=o.acronym, country=o.country, mentions=o.mentions)
            for o in actors.orgs
        ],
        countries=sorted(set(actors.states)),
        events=[_event(d, actors) for d in events],
        agreements=[
            Agreement(
                name=a.name,
                parties=a.parties,
                status=a.status,  # type: ignore[arg-type]  # a value of agreement_status.tsv
                date=a.date,
                sectors=a.sectors,
                evidence=Evidence(text=a.sentence.text, start=a.sentence.start, end=a.sentence.end),
            )
            for a in agreements
        ],  # fmt: skip
        quantities=[
            Quantity(
                metric=q.metric,  # type: ignore[arg-type]  # a value of metrics.tsv
                value=q.value,
                unit=q.unit,
                period=q.period,
                parties=q.parties,
                kind=q.kind,  # type: ignore[arg-type]
                met=q.met,
                alt_values=q.alt_values,
                evidence=Evidence(text=q.sentence.text, start=q.sentence.start, end=q.sentence.end),
            )
            for q in quantities
        ],  # fmt: skip
    )


def extract_text(text: str, doc_id: str, published: str | None = None) -> ArticleKnowledge:
    """Clean (when the clean stage is available), analyze, extract."""
    from warta.ingest.types import RawDocument

    raw = RawDocument(doc_id=doc_id, source=doc_id, text=text, format="txt", published=published)
    return extract_raw(raw)


def extract_raw(raw: RawDocument) -> ArticleKnowledge:
    """The whole path for one ingested document: clean, analyze, extract."""
    from warta.nlp import analyze

    clean = _clean(raw)
    published = raw.published
    if clean is not None:
        if published is None and clean.published is not None:
            published = clean.published.value
        doc = analyze(clean.text, published)
    else:
        doc = analyze(raw.text, published)
    title = clean.title if clean is not None else raw.title
    knowledge = extract_article(clean, doc, raw.doc_id, title=title)
    if knowledge.outlet is None and raw.outlet:
        knowledge.outlet = raw.outlet
    return knowledge


def _clean(raw: RawDocument) -> CleanDocument | None:
    try:
        from warta.clean import clean_document
    except ImportError:  # the clean stage is optional: extraction works on raw text too
        return None
    return clean_document(raw)


def _persons(records: list[PersonRecord]) -> list[Person]:
    return [
        Person(
            name=p.name, role=p.role, country=p.country, mentions=p.mentions,
            wikidata=p.wikidata, country_source=p.country_source,
        )
        for p in records
    ]  # fmt: skip


def _actor_name(mention_kind: str, key: str, text: str, actors: ActorIndex) -> str:
    if mention_kind in ("person",):
        return key
    return text


def _event(d: EventDraft, actors: ActorIndex) -> Event:
    pos = d.sentence.start + d.hit_start
    names: list[str] = []
    source: list[str] = []
    target: list[str] = []
    for m in d.parties:
        name = _actor_name(m.kind, m.key, m.text, actors)
        if name in names:
            continue
        names.append(name)
        (source if m.start < pos else target).append(name)
    if not source and target:  # no subject before the verb: the first party acts
        source.append(target.pop(0))
    return Event(
        type=d.type,
        actors=source + target,
        source=source,
        target=target,
        countries=sorted(d.countries),
        date=d.date.value if d.date else None,
        date_text=d.date.text if d.date and d.date.text else None,
        place=d.place,
        status=d.status,  # type: ignore[arg-type]
        sectors=d.sectors,
        evidence=Evidence(text=d.sentence.text, start=d.sentence.start, end=d.sentence.end),
    )
