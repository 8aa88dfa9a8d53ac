"""What every extractor reads about one article: its text, sentences, actors and dates.

Built once per article by `analyze_article` and handed to the rule extractors, the learned
models and the training code alike, so they all see the same sentences and mentions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from warta.actors import ActorIndex, resolve_actors
from warta.calendar import parse_iso_date
from warta.extract.dates import DateMention, doc_dates, sentence_dates
from warta.extract.quantities import Figure, amount_entities
from warta.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from warta.clean.types import CleanDocument

NEWS_PEG_DAYS = 10  # an article's own news happened at most this long before publication


@dataclass
class ArticleAnalysis:
    text: str  # the cleaned article text; every offset below points into it
    doc: Doc
    published: str | None
    outlet: str | None
    dateline_place: str | None
    actors: ActorIndex
    sentences: list[Sentence]
    dates: dict[int, list[DateMention]]  # by sentence index
    main_date: str | None  # the date of the article's own news, when the text gives it
    amounts: list[Figure]  # the MONEY and PERCENT entities with their values


def analyze_article(clean: CleanDocument | None, doc: Doc) -> ArticleAnalysis:
    text = clean.text if clean is not None else doc.text
    published = _published(clean, doc)
    actors = resolve_actors(text, doc, clean.headline_end if clean is not None else 0)
    sentences = split_sentences(text, doc)
    date_entities = doc_dates(doc)
    dates = {s.index: sentence_dates(date_entities, s.start, s.end) for s in sentences}
    return ArticleAnalysis(
        text=text,
        doc=doc,
        published=published,
        outlet=clean.outlet if clean is not None else None,
        dateline_place=clean.dateline.place if clean is not None and clean.dateline else None,
        actors=actors,
        sentences=sentences,
        dates=dates,
        main_date=_main_date(dates, published),
        amounts=amount_entities(doc),
    )


def _published(clean: CleanDocument | None, doc: Doc) -> str | None:
    value = getattr(doc._, "published", None)
    if not value and clean is not None and clean.published is not None:
        value = clean.published.value
    return str(value) if value else None


def _main_date(dates: dict[int, list[DateMention]], published: str | None) -> str | None:
    """The date of the article's own news: the first full date close before publication
    (a day whose year is unknown, "XXXX-03-06", dates nothing else)."""
    pub = parse_iso_date(published)
    for index in sorted(dates):
        for d in dates[index]:
            day = None if d.is_period or len(d.value) != 10 else parse_iso_date(d.value)
            if day and (pub is None or dt.timedelta(0) <= pub - day <= dt.timedelta(NEWS_PEG_DAYS)):
                return d.value
    return None
