"""Consolidation across articles, on hand-made per-article knowledge."""

from __future__ import annotations

import itertools

from warta.extract.types import (
    Agreement,
    ArticleKnowledge,
    Event,
    Evidence,
    Person,
    Quantity,
)
from warta.kb import Overrides, build_knowledge_base


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(text=text, start=start, end=start + len(text))


def article(doc_id: str, published: str, **facts: object) -> ArticleKnowledge:
    return ArticleKnowledge(id=doc_id, published=published, countries=["IDN", "RUS"], **facts)


def meeting(date: str | None, text: str = "Menlu Retno bertemu Menlu Lavrov.") -> Event:
    return Event(
        type="CONSULT",
        actors=["Retno Marsudi", "Sergei Lavrov"],
        countries=["IDN", "RUS"],
        date=date,
        evidence=ev(text),
    )


RETNO = Person(name="Retno Marsudi", role="Menteri Luar Negeri", country="IDN")
LAVROV_I = Person(name="Sergei Lavrov", role="Menteri Luar Negeri", country="RUS")
LAVROV_Y = Person(name="Sergey Lavrov", role="Menteri Luar Negeri", country="RUS")


def corpus() -> list[ArticleKnowledge]:
    return [
        article("a", "2021-07-06", persons=[RETNO, LAVROV_I], events=[meeting("2021-07-06")]),
        article(
            "b",
            "2021-07-07",
            persons=[RETNO, LAVROV_Y],
            events=[
                meeting("2021-07-06", "Retno dan Lavrov bertemu di Jakarta."),
                meeting("2021-07"),
            ],
        ),
        article("c", "2021-03-04", persons=[RETNO], events=[meeting("2021-03-03")]),
    ]


def test_two_reports_of_one_meeting_become_one_event_with_two_citations() -> None:
    kb = build_knowledge_base(corpus())
    july = [e for e in kb.events if e.date == "2021-07-06"]
    assert len(july) == 1
    assert sorted({c.article_id for c in july[0].citations}) == ["a", "b"]
    # the vaguer "2021-07" report fits exactly one meeting, so it joins it
    assert len(july[0].citations) == 3


def test_different_meetings_stay_apart() -> None:
    kb = build_knowledge_base(corpus())
    assert sorted(e.date or "" for e in kb.events) == ["2021-03-03", "2021-07-06"]


def test_vague_date_between_two_meetings_stays_alone() -> None:
    arts = corpus() + [
        article("d", "2021-07-30", events=[meeting("2021-07-20"), meeting("2021-07")])
    ]
    kb = build_knowledge_base(arts)
    # both "2021-07" reports now fit two meetings, so neither is glued to one
    dates = sorted(e.date or "" for e in kb.events)
    assert dates == ["2021-03-03", "2021-07", "2021-07", "2021-07-06", "2021-07-20"]


def test_spellings_merge_with_a_stored_reason() -> None:
    kb = build_knowledge_base(corpus())
    lavrov = [e for e in kb.entities if e.kind == "person" and "lavrov" in e.key]
    assert len(lavrov) == 1
    assert lavrov[0].spellings == ["Sergei Lavrov", "Sergey Lavrov"]
    assert any("surname 'lavrov'" in r for r in lavrov[0].merge_reasons)


def test_people_of_different_states_never_merge() -> None:
    other = Person(name="Sergei Lavrov", country="UKR")
    kb = build_knowledge_base([article("x", "2021-01-01", persons=[LAVROV_Y, other])])
    assert len([e for e in kb.entities if e.kind == "person"]) == 1 or all(
        e.country in {"RUS", "UKR"} for e in kb.entities if e.kind == "person"
    )
    assert len({e.country for e in kb.entities if e.kind == "person"}) == 2


def test_user_split_and_merge_survive_rebuild() -> None:
    split = Overrides(splits=[("person:sergei lavrov", "Sergey Lavrov")])
    kb = build_knowledge_base(corpus(), split)
    assert len([e for e in kb.entities if "lavrov" in e.key]) == 2
    merge = Overrides(merges=[("person:retno marsudi", "person:sergei lavrov")])
    kb = build_knowledge_base(corpus(), merge)
    merged = [e for e in kb.entities if "Retno Marsudi" in e.spellings]
    assert "Sergei Lavrov" in merged[0].spellings
    assert any("merged by a user" in r for r in merged[0].merge_reasons)


def test_any_order_gives_the_same_knowledge_base() -> None:
    arts = corpus()
    first = build_knowledge_base(arts)
    for perm in itertools.permutations(arts):
        assert build_knowledge_base(list(perm)) == first


def test_agreement_status_history_and_late_planned_conflict() -> None:
    def mou(status: str, date: str | None = None) -> Agreement:
        return Agreement(
            name="MoU Kesehatan",
            parties=["IDN", "RUS"],
            status=status,
            date=date,
            evidence=ev(f"MoU Kesehatan {status}."),
        )

    arts = [
        article("a", "2021-07-06", agreements=[mou("negotiating")]),
        article("b", "2021-09-01", agreements=[mou("signed")]),
        # dated in its sentence: a publication date alone makes no conflict (test_kb_conflicts)
        article("c", "2021-10-01", agreements=[mou("planned", "2021-09-20")]),
    ]
    kb = build_knowledge_base(arts)
    assert len(kb.agreements) == 1
    history = kb.agreements[0].history
    assert [(s.status, s.date) for s in history] == [
        ("negotiating", "2021-07-06"),
        ("signed", "2021-09-01"),
        ("planned", "2021-09-20"),
    ]
    assert [c.kind for c in kb.conflicts] == ["agreement_status"]


def test_figure_conflict_for_the_same_metric_parties_and_period() -> None:
    def trade(value: float) -> Quantity:
        return Quantity(
            metric="trade_volume",
            value=value,
            unit="USD",
            period="2019",
            parties=["IDN", "RUS"],
            evidence=ev(f"perdagangan {value}"),
        )

    kb = build_knowledge_base(
        [
            article("a", "2020-01-01", quantities=[trade(2.7e9)]),
            article("b", "2020-02-01", quantities=[trade(2.65e9), trade(2.7e9)]),
        ]
    )
    assert len(kb.series) == 1 and len(kb.series[0].claims) == 3
    figures = [c for c in kb.conflicts if c.kind == "figure"]
    assert len(figures) == 1  # 2.7 vs 2.65 across sources; equal values agree
    assert {c.article_id for c in figures[0].citations} == {"a", "b"}


def test_reply_dated_before_the_letter_it_answers() -> None:
    letter = Event(
        type="REQUEST",
        actors=["Mohammad Hatta"],
        countries=["IDN", "SUN"],
        date="1950-02-03",
        evidence=ev("Hatta mengirim surat kepada Uni Soviet."),
    )
    reply = Event(
        type="SUPPORT",
        actors=["Uni Soviet"],
        countries=["SUN", "IDN"],
        date="1950-01-25",
        evidence=ev("Uni Soviet menjawab surat dari Hatta.", 50),
    )
    kb = build_knowledge_base([article("h", "2022-07-03", events=[letter, reply])])
    order = [c for c in kb.conflicts if c.kind == "event_order"]
    assert len(order) == 1 and "1950-01-25" in order[0].description
    fixed = reply.model_copy(update={"date": "1950-02-10"})
    kb = build_knowledge_base([article("h", "2022-07-03", events=[letter, fixed])])
    assert not [c for c in kb.conflicts if c.kind == "event_order"]


def test_two_roles_on_the_same_date() -> None:
    a = Person(name="Retno Marsudi", role="Menteri Luar Negeri", country="IDN")
    b = Person(name="Retno Marsudi", role="Duta Besar", country="IDN")
    kb = build_knowledge_base(
        [article("a", "2021-01-01", persons=[a]), article("b", "2021-01-01", persons=[b])]
    )
    assert [c.kind for c in kb.conflicts] == ["role"]


def test_same_instrument_name_with_another_state_is_another_agreement() -> None:
    def edu(parties: list[str], status: str) -> Agreement:
        return Agreement(
            name="Nota Kesepahaman Kerja Sama Pendidikan",
            parties=parties,
            status=status,
            evidence=ev("MoU pendidikan."),
        )

    arts = [
        article("a", "2021-07-06", agreements=[edu(["IDN", "RUS"], "negotiating")]),
        article("b", "2021-11-25", agreements=[edu(["RUS", "IDN"], "signed")]),
        article("c", "2022-02-10", agreements=[edu(["IDN", "FRA"], "signed")]),
    ]
    kb = build_knowledge_base(arts)
    assert sorted((a.parties, len(a.history)) for a in kb.agreements) == [
        (["FRA", "IDN"], 1),
        (["IDN", "RUS"], 2),
    ]


def test_a_split_undoes_an_earlier_user_merge() -> None:
    overrides = Overrides.from_actions(
        [
            ("merge", "person:retno marsudi", "person:sergei lavrov"),
            ("split", "person:retno marsudi", "Sergei Lavrov"),
        ]
    )
    assert overrides.merges == []
    kb = build_knowledge_base(corpus(), overrides)
    retno = next(e for e in kb.entities if "Retno Marsudi" in e.spellings)
    assert "Sergei Lavrov" not in retno.spellings


def test_plans_for_different_periods_are_different_agreements() -> None:
    def plan(name: str) -> Agreement:
        return Agreement(name=name, parties=["IDN", "RUS"], status="planned", evidence=ev(name))

    arts = [
        article("a", "2019-01-01", agreements=[plan("Rencana Aksi ASEAN-Rusia 2016-2020")]),
        article("b", "2021-01-01", agreements=[plan("Rencana Aksi ASEAN-Rusia 2021-2025")]),
        article("c", "2021-02-01", agreements=[plan("Rencana aksi ASEAN Rusia 2021-2025")]),
    ]
    kb = build_knowledge_base(arts)
    assert sorted(len(a.history) for a in kb.agreements) == [1, 2]


def test_keys_are_unique_when_names_or_sentences_repeat() -> None:
    one_sentence = ev("Presiden bertemu PM Inggris dan PM India di sela KTT.")
    events = [
        Event(type="CONSULT", countries=["GBR", "IDN"], date="2023-09-09", evidence=one_sentence),
        Event(type="CONSULT", countries=["IDN", "IND"], date="2023-09-09", evidence=one_sentence),
    ]
    mou = dict(name="MoU Energi", status="signed", evidence=ev("MoU Energi."))
    agreements = [
        Agreement(parties=["IDN", "JPN"], **mou),
        Agreement(parties=["IDN", "KOR"], **mou),
    ]
    kb = build_knowledge_base([article("a", "2023-09-09", events=events, agreements=agreements)])
    assert len({e.key for e in kb.events}) == len(kb.events) == 2
    assert len({a.key for a in kb.agreements}) == len(kb.agreements) == 2


def test_a_report_naming_one_state_does_not_glue_two_instruments() -> None:
    def mou(parties: list[str], status: str) -> Agreement:
        return Agreement(
            name="MoU Pendidikan", parties=parties, status=status, evidence=ev("MoU Pendidikan.")
        )

    arts = [
        article("a", "2021-01-01", agreements=[mou(["IDN", "RUS"], "signed")]),
        article("b", "2021-02-01", agreements=[mou(["FRA", "IDN"], "signed")]),
        article("c", "2021-03-01", agreements=[mou(["IDN"], "planned")]),
        article(
            "d", "2021-04-01", agreements=[mou(["JPN", "KOR"], "planned"), mou(["JPN"], "signed")]
        ),
    ]
    kb = build_knowledge_base(arts)
    sizes = sorted((tuple(a.parties), len(a.history)) for a in kb.agreements)
    assert sizes == [(("FRA", "IDN"), 1), (("IDN",), 1), (("IDN", "RUS"), 1), (("JPN", "KOR"), 2)]


def test_candidate_pairs_hold_every_pair_that_merges() -> None:
    """Entity resolution compares only persons sharing a surname or Wikidata ID; no pair
    that person_merge_reason would merge may be left out (random population)."""
    import random

    from warta.kb.entities import _candidate_pairs, person_merge_reason
    from warta.kb.types import Entity

    rng = random.Random(5)
    given = ["Retno", "R.", "Joko", "M.", "Mohammad", "Sergei", "Sergey", ""]
    surnames = ["Marsudi", "Widodo", "Hatta", "Lavrov", "Lavrov-Ivanov"]
    people = [
        Entity(
            key=f"person:{n}",
            kind="person",
            name=f"{rng.choice(given)} {rng.choice(surnames)}".strip(),
            country=rng.choice([None, "IDN", "RUS"]),
            wikidata=rng.choice([None, None, "Q1", "Q2"]),
        )
        for n in range(60)
    ]
    merging = {
        (i, j)
        for i in range(len(people))
        for j in range(i + 1, len(people))
        if person_merge_reason(people[i], people[j])
    }
    candidates = list(_candidate_pairs(people))
    assert merging and merging <= set(candidates)
    assert candidates == sorted(candidates)
