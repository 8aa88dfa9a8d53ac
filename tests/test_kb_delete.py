"""Deleting an article removes it and what only it supported, from the CLI and the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from test_kb_incremental import SENTENCES, article, reset
from typer.testing import CliRunner

from warta.api import ApiSettings, create_app
from warta.cli import app
from warta.extract.types import Agreement, ArticleKnowledge, Event, Evidence, Person
from warta.kb.repository import KnowledgeStore
from warta.store import Store, open_store

TOKEN = "rahasia-uji-1"


def meeting(doc_id: str, *, treaty: bool) -> ArticleKnowledge:
    """Two reports of one meeting; only the first names a treaty and a minister."""
    evidence = Evidence(text=SENTENCES[2], start=0, end=len(SENTENCES[2]))
    return ArticleKnowledge(
        id=doc_id,
        published="2024-03-01",
        countries=["IDN", "RUS"],
        persons=[Person(name="Budi Santoso", country="IDN")] if treaty else [],
        events=[
            Event(type="CONSULT", countries=["IDN", "RUS"], date="2024-03-01", evidence=evidence)
        ],
        agreements=[
            Agreement(
                name="Perjanjian Ekstradisi",
                parties=["IDN", "RUS"],
                status="signed",
                evidence=evidence,
            )
        ]
        if treaty
        else [],
    )


@pytest.fixture
def ks(db_url: str) -> Iterator[KnowledgeStore]:
    with open_store(db_url) as store:
        knowledge = reset(store)
        store.add_articles([article("a1"), article("a2")])
        knowledge.save_knowledge([(meeting("a1", treaty=True), SENTENCES[2])])
        knowledge.save_knowledge([(meeting("a2", treaty=False), SENTENCES[2])])
        yield knowledge


def supported_by_a2_only(ks: KnowledgeStore) -> None:
    (event,) = ks.events_between(["state:IDN"])
    assert [c.article_id for c in event.citations] == ["a2"]
    assert ks.agreements_of([]) == [] and ks.entities("person") == []
    assert ks.entity("state:IDN").articles == ["a2"]  # type: ignore[union-attr]
    assert ks.store.get_article("a1") is None and ks.knowledge_of("a1") is None
    assert all(hit.ref == "a2" for hit in ks.search("menteri bertemu"))
    assert ks.up_to_date()


def test_docs_delete_removes_what_only_it_supported(ks: KnowledgeStore, db_url: str) -> None:
    (event,) = ks.events_between(["state:IDN"])
    assert len(event.citations) == 2 and len(ks.agreements_of([])) == 1
    result = CliRunner().invoke(app, ["docs", "delete", "a1", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "deleted a1" in result.output
    supported_by_a2_only(ks)
    again = CliRunner().invoke(app, ["docs", "delete", "a1", "--db", db_url])
    assert again.exit_code == 1 and "no article with id 'a1'" in again.output


def test_api_delete_needs_the_token(ks: KnowledgeStore, db_url: str) -> None:
    settings = ApiSettings(db_url=db_url, token=TOKEN)
    with TestClient(create_app(settings)) as client:
        assert client.delete("/api/articles/a1").status_code == 401
        wrong = client.delete("/api/articles/a1", headers={"Authorization": "Bearer salah"})
        assert wrong.status_code in (401, 403)
        assert ks.store.get_article("a1") is not None
        auth = {"Authorization": f"Bearer {TOKEN}"}
        done = client.delete("/api/articles/a1", headers=auth)
        assert done.status_code == 200 and done.json() == {"deleted": ["a1"]}
        supported_by_a2_only(ks)
        assert client.delete("/api/articles/a1", headers=auth).status_code == 404


def test_deleting_an_original_deletes_its_copies(ks: KnowledgeStore) -> None:
    store: Store = ks.store
    copy = article("a3")
    copy.duplicate_of = "a1"
    store.add_articles([copy])
    assert sorted(ks.delete_articles(["a1"])) == ["a1", "a3"]
    supported_by_a2_only(ks)
