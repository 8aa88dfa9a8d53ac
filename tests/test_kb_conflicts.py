"""Contradictions: a publication date standing in for an event date, or two statements of
one article, are not sources disagreeing (invented per-article knowledge)."""

from __future__ import annotations

from warta.extract.types import Agreement, ArticleKnowledge, Event, Evidence, Person
from warta.kb import build_knowledge_base


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(text=text, start=start, end=start + len(text))


def article(doc_id: str, published: str, **facts: object) -> ArticleKnowledge:
    return ArticleKnowledge(id=doc_id, published=published, countries=["IDN", "RUS"], **facts)


def mou(status: str, date: str | None = None) -> Agreement:
    return Agreement(
        name="MoU Perikanan",
        parties=["IDN", "RUS"],
        status=status,
        date=date,
        evidence=ev(f"MoU Perikanan {status}."),
    )


def test_a_later_mention_dated_only_by_publication_is_no_conflict() -> None:
    kb = build_knowledge_base(
        [
            article("a", "2021-09-01", agreements=[mou("signed", "2021-08-30")]),
            # "MoU yang direncanakan ..." in a later article: background, not a reversal
            article("b", "2022-03-01", agreements=[mou("planned")]),
        ]
    )
    assert [s.date for s in kb.agreements[0].history] == ["2021-08-30", "2022-03-01"]
    assert not [c for c in kb.conflicts if c.kind == "agreement_status"]


def test_a_later_source_with_its_own_date_still_conflicts() -> None:
    kb = build_knowledge_base(
        [
            article("a", "2021-09-01", agreements=[mou("signed", "2021-08-30")]),
            article("b", "2022-03-01", agreements=[mou("planned", "2022-02-14")]),
        ]
    )
    assert [c.kind for c in kb.conflicts] == ["agreement_status"]


def reply_and_letter(reply_date: str | None, letter_date: str | None) -> list[Event]:
    letter = Event(
        type="REQUEST",
        countries=["IDN", "RUS"],
        date=letter_date,
        evidence=ev("Rusia mengirim surat kepada Indonesia.", 0),
    )
    reply = Event(
        type="CONSULT",
        countries=["IDN", "RUS"],
        date=reply_date,
        evidence=ev("Indonesia menjawab surat Rusia.", 50),
    )
    return [letter, reply]


def test_event_order_needs_dates_of_their_own() -> None:
    # the letter is dated only by the later article's publication date
    dated_reply = article("a", "2021-05-01", events=reply_and_letter("2021-04-02", None)[1:])
    letter_by_publication = article("b", "2021-06-01", events=reply_and_letter(None, None)[:1])
    kb = build_knowledge_base([dated_reply, letter_by_publication])
    letter = next(e for e in kb.events if e.type == "REQUEST")
    if letter.date:  # the publication date stood in for the event date
        assert letter.date == "2021-06-01"
    assert not [c for c in kb.conflicts if c.kind == "event_order"]
    # with its own date the same order is a conflict between two sources
    letter_dated = article("b", "2021-06-01", events=reply_and_letter(None, "2021-04-20")[:1])
    kb = build_knowledge_base([dated_reply, letter_dated])
    assert [c.kind for c in kb.conflicts] == ["event_order"]


def test_two_roles_in_one_article_are_no_conflict() -> None:
    one_article = article(
        "a",
        "2022-01-10",
        persons=[
            Person(name="Budi Santoso", role="Duta Besar", country="IDN"),
            Person(name="Budi Santoso", role="Menteri Luar Negeri", country="IDN"),
        ],
    )
    kb = build_knowledge_base([one_article])
    assert not [c for c in kb.conflicts if c.kind == "role"]
