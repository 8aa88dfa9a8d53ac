"""Who held which office when: the shipped table, linking by date, and `ask` answering from it.

The linking rules are tried on invented holders and invented sentences, never on real articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warta.actors import resolve_actors
from warta.actors.data import OfficeHolder, date_span, office_holders, read_office_holders
from warta.actors.office_links import choose_term, held_during, holders_at
from warta.extract.types import ArticleKnowledge, Person
from warta.kb.ask import ask
from warta.kb.repository import KnowledgeStore
from warta.nlp import analyze
from warta.pipeline import ingest_paths
from warta.store import open_store

HEADER = "# name\taliases\trole\tcountry\tstart\tend\twikidata\tsource\tchecked\n"
SOURCE = "https://example.org/list"


def term(name: str, role: str, start: str, end: str = "", **kw: str) -> OfficeHolder:
    return OfficeHolder(
        name, tuple(kw.get("aliases", "").split("|")) if kw.get("aliases") else (), role,
        kw.get("country", "XXA"), start, end, kw.get("wikidata"), SOURCE,
    )  # fmt: skip


def on(day: str) -> tuple[tuple[dt.date, dt.date], ...]:
    return (date_span(day),)


# ---- the shipped table -------------------------------------------------------------------


def test_every_shipped_row_is_valid_and_sourced() -> None:
    rows = office_holders()  # raises on the first bad row
    assert len(rows) > 500
    assert all(r.source.startswith("https://") for r in rows)
    assert all(r.first_day <= r.last_day for r in rows)


def test_one_holder_per_office_at_a_full_date() -> None:
    """Terms with full dates of the same office and state never overlap by more than a day."""
    by_office: dict[tuple[str, str | None], list[OfficeHolder]] = {}
    for r in office_holders():
        if len(r.start) == 10 and len(r.end) in (0, 10):
            by_office.setdefault((r.role, r.country), []).append(r)
    for terms in by_office.values():
        terms.sort(key=lambda t: t.first_day)
        for earlier, later in zip(terms, terms[1:], strict=False):
            assert earlier.last_day <= later.first_day + dt.timedelta(days=1), (earlier, later)


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ("Ann Example\t\tPresiden\tZZZ\t2001\t2005\t\t" + SOURCE, "unknown ISO"),
        ("Ann Example\t\tPresiden\tRUS\t2005\t2001\t\t" + SOURCE, "ends before it starts"),
        ("Ann Example\t\tPresiden\tRUS\t2001\t2005\t\t", "no source"),
        ("Ann Example\t\tPenyanyi\tRUS\t2001\t2005\t\t" + SOURCE, "not a role"),
        ("Ann Example\t\tPresiden\tRUS\t2001-13\t2005\t\t" + SOURCE, "month"),
        ("Ann Example\t\tPresiden\tRUS\t2001\t2005\t7747\t" + SOURCE, "QID"),
    ],
)
def test_loader_rejects_a_bad_row(tmp_path: Path, cells: str, problem: str) -> None:
    path = tmp_path / "holders.tsv"
    path.write_text(HEADER + cells + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        read_office_holders(path)


def test_loader_reads_a_good_row(tmp_path: Path) -> None:
    path = tmp_path / "holders.tsv"
    path.write_text(HEADER + f"Ann Example\tAnn|Example\tPresiden\tSUN\t1990-03\t\t\t{SOURCE}\n")
    (row,) = read_office_holders(path)
    assert row.aliases == ("Ann", "Example") and row.end == "" and row.last_day == dt.date.max
    assert row.first_day == dt.date(1990, 3, 1)


# ---- choosing a term by date (invented holders) -------------------------------------------

ELDER = term("Adam Contoh", "Presiden", "1990-01-20", "1998-01-20", aliases="Contoh")
YOUNGER = term("Budi Contoh", "Presiden", "2010-01-20", "2018-01-20", aliases="Contoh")
YOUNGER_AS_MINISTER = term("Budi Contoh", "Menteri Luar Negeri", "2004", "2009")


def test_same_surname_two_holders_told_apart_by_date() -> None:
    terms = [ELDER, YOUNGER]
    assert choose_term(terms, "Presiden", on("1995-06-01")) == ELDER
    assert choose_term(terms, "Presiden", on("2012")) == YOUNGER
    assert choose_term(terms, None, on("2012-03")) == YOUNGER


def test_same_surname_outside_both_terms_links_nobody() -> None:
    assert choose_term([ELDER, YOUNGER], "Presiden", on("2003")) is None
    assert choose_term([ELDER, YOUNGER], None, ()) is None  # no date at all


def test_one_person_links_outside_his_term_but_only_by_full_name() -> None:
    assert choose_term([YOUNGER], "Presiden", on("2021")) == YOUNGER
    assert choose_term([YOUNGER], "Presiden", on("2021"), match="surname") is None
    assert choose_term([YOUNGER], "Presiden", on("2021"), match="partial") == YOUNGER


def test_title_picks_the_office_held_then() -> None:
    terms = [YOUNGER_AS_MINISTER, YOUNGER]
    assert choose_term(terms, None, on("2006")) == YOUNGER_AS_MINISTER
    assert choose_term(terms, None, on("2015")) == YOUNGER
    assert choose_term(terms, "Menteri", on("2006")) == YOUNGER_AS_MINISTER  # a wider title
    # another title: the office held at the date, else nobody (likely a namesake)
    assert choose_term(terms, "Gubernur", on("2015")) == YOUNGER
    assert choose_term(terms, "Gubernur", on("2021")) is None
    # ... and only for his very name: "Abdul Aziz, Duta Besar" is not "Salman bin Abdul Aziz"
    assert choose_term(terms, "Duta Besar", on("2015"), match="partial") is None


def test_year_only_terms_cover_the_whole_year() -> None:
    assert held_during(YOUNGER_AS_MINISTER, on("2009-12-31"))
    assert not held_during(YOUNGER_AS_MINISTER, on("2010-01-01"))
    assert held_during(YOUNGER, on("2018-01"))  # the month it ended
    assert held_during(term("C", "Raja", "2020"), on("2999"))  # still in office


# ---- linking persons of invented sentences to the shipped table ---------------------------


def persons_of(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    index = resolve_actors(text, analyze(text, published))
    return {p.name: (p.role, p.country) for p in index.persons}


def test_by_name_alone_gets_role_and_state_at_the_date() -> None:
    found = persons_of("Pak Jokowi mengatakan pertemuan itu berjalan baik.", "2021-07-06")
    assert found == {"Joko Widodo": ("Presiden", "IDN")}


def test_by_name_alone_outside_the_term_gets_no_role() -> None:
    found = persons_of("Pak Jokowi mengatakan pertemuan itu berjalan baik.", "2012-07-06")
    assert found == {"Joko Widodo": (None, "IDN")}


def test_surname_with_title_names_the_holder_of_that_date() -> None:
    text = "Presiden Bush menerima tamunya di Gedung Putih."
    assert persons_of(text, "2003-05-01") == {"George W. Bush": ("Presiden", "USA")}
    assert persons_of(text, "1991-05-01") == {"George H. W. Bush": ("Presiden", "USA")}
    # neither then: no link; the state comes from the sentence ("Gedung Putih") alone
    assert persons_of(text, "1997-05-01") == {"Bush": ("Presiden", "USA")}


def test_a_state_in_the_text_is_not_overridden() -> None:
    assert persons_of("Menlu Kanada Lavrov berbicara.", "2021-07-06") == {
        "Lavrov": ("Menteri Luar Negeri", "CAN")
    }
    assert persons_of("Menlu Rusia Lavrov berbicara.", "2021-07-06") == {
        "Sergei Lavrov": ("Menteri Luar Negeri", "RUS")
    }


def test_undated_article_uses_the_dates_it_mentions() -> None:
    text = "Pada 12 Mei 2003, Presiden Bush menerima tamunya di Gedung Putih."
    found = resolve_actors(text, analyze(text)).persons
    assert [(p.name, p.country) for p in found] == [("George W. Bush", "USA")]


# ---- ask -------------------------------------------------------------------------------


def test_holders_at_lists_every_holder_of_the_year() -> None:
    names = [t.name for t in holders_at("Menteri Luar Negeri", "CHN", on("2023"))]
    assert names == ["Qin Gang", "Wang Yi"]
    assert [t.name for t in holders_at("Presiden", "RUS", on("2010"))] == ["Dmitry Medvedev"]


VANUATU = "Menteri Luar Negeri Vanuatu Ralph Contoh bertemu Menlu Retno Marsudi pada 5 Mei 2021."


@pytest.fixture
def ks(db_url: str, tmp_path: Path) -> KnowledgeStore:
    """One stored article naming a foreign minister the table does not have (invented)."""
    (tmp_path / "v1.txt").write_text(VANUATU, encoding="utf-8")
    store = open_store(db_url)
    ingest_paths([tmp_path / "v1.txt"], store, show_progress=False)
    persons = [
        Person(name="Ralph Contoh", role="Menteri Luar Negeri", country="VUT"),
        Person(name="Retno Marsudi", role="Menteri Luar Negeri", country="IDN"),
    ]
    knowledge = ArticleKnowledge(id="v1", published="2021-05-05", persons=persons)
    ks = KnowledgeStore(store)
    ks.save_knowledge([(knowledge, VANUATU)])
    ks.rebuild()
    return ks


def test_ask_who_held_an_office_from_the_table_with_stored_sentences(ks: KnowledgeStore) -> None:
    answer = ask("Siapa Menteri Luar Negeri Indonesia pada 2021?", ks)
    assert answer.answer.startswith("Menteri Luar Negeri Indonesia pada 2021: Retno Marsudi (")
    assert "sumber: https://" in answer.answer and answer.answer.count("Retno") == 1
    assert [c.article_id for c in answer.citations] == ["v1"]


def test_ask_who_held_an_office_only_the_articles_know(ks: KnowledgeStore) -> None:
    answer = ask("Siapa Menlu Vanuatu pada 2021?", ks)
    assert (
        answer.answer == "Menteri Luar Negeri Vanuatu pada 2021: Ralph Contoh (menurut artikel v1)."
    )
    assert [c.article_id for c in answer.citations] == ["v1"]
    other_year = ask("Siapa Menlu Vanuatu pada 2015?", ks)
    assert "Ralph Contoh (menurut" not in other_year.answer
