"""The five real seed articles through the whole path: ingest, extraction, knowledge base.

Skipped when ../shared is absent.
"""

from __future__ import annotations

import pytest

from tests.conftest import SHARED, requires_shared
from warta.kb.ask import ask
from warta.kb.repository import KnowledgeStore
from warta.kb.update import update_knowledge
from warta.pipeline import ingest_paths
from warta.store import open_store

pytestmark = requires_shared()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = open_store(f"sqlite:///{db}")
    summary = ingest_paths([SHARED / "seeds"], store, show_progress=False)
    assert summary.ingested == 5 and not summary.problems
    update_knowledge(store, show_progress=False)
    return KnowledgeStore(store)


def _id(prefix: str) -> str:
    return next(p.stem for p in (SHARED / "seeds").glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize(
    ("prefix", "outlet", "place", "published"),
    [
        ("000", "iNews.id", "Jakarta", "2022-07-03"),
        ("001", None, "Jakarta", "2021-07-06"),
        ("002", "ANTARA", "Jakarta", "2019"),
        ("003", None, "Jakarta", "2021-01"),
        ("004", "MINA", "Moskow", "2021-03-08"),
    ],
)
def test_stored_outlet_dateline_and_date(
    seeds: KnowledgeStore, prefix: str, outlet: str | None, place: str, published: str
) -> None:
    article = seeds.store.get_article(_id(prefix))
    assert article is not None
    assert article.outlet == outlet
    assert (article.dateline or {}).get("place") == place
    assert (article.published or "").startswith(published)
    assert "Baca Juga" not in article.text and "BACA JUGA" not in article.text


def test_timeline_has_the_forum_and_the_meeting(seeds: KnowledgeStore) -> None:
    events = seeds.events_between(["state:IDN", "state:RUS"])
    dated = {(e.date, e.type) for e in events}
    assert ("2021-03-03", "CONSULT") in dated
    assert ("2021-07-06", "CONSULT") in dated
    dates = [e.date for e in events if e.date]
    assert dates == sorted(dates)


def test_ask_trade_target_cites_both_articles(seeds: KnowledgeStore) -> None:
    answer = ask("Berapa target perdagangan Indonesia dan Rusia?", seeds)
    assert answer.known and answer.source == "knowledge"
    assert "5 miliar USD" in answer.answer
    assert {c.article_id for c in answer.citations} >= {_id("000"), _id("001")}


def test_conflicts_report_the_1950_letters(seeds: KnowledgeStore) -> None:
    order = [c for c in seeds.conflicts() if c.kind == "event_order"]
    assert order, "the reply dated before the letter it answers was not flagged"
    assert "1950-01-25" in order[0].description and "1950-02-03" in order[0].description


def test_every_evidence_span_points_into_the_article(seeds: KnowledgeStore) -> None:
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        knowledge = seeds.knowledge_of(path.stem)
        article = seeds.store.get_article(path.stem)
        assert knowledge is not None and article is not None
        facts = [*knowledge.events, *knowledge.agreements, *knowledge.quantities]
        for fact in facts:
            ev = fact.evidence
            assert article.text[ev.start : ev.end] == ev.text, (path.stem, ev)
