"""The real-news projection of the NER recipe (training/news_corpus.py), on invented text."""

from __future__ import annotations

from training.news_corpus import (
    is_held_out,
    person_surfaces,
    project,
    safe_outside,
    sentence_pipeline,
)

TITLES = {"Menteri", "Luar", "Negeri", "Menlu", "Presiden", "RI"}
COMMON = {"kedua", "negara", "bertemu", "di", "dan", "wakil", "akan"}


def labels(text: str, record: dict) -> dict[str, str]:
    """token text -> label (PERSON/ORG/GPE, '?' unknown) for the projected tokens."""
    doc = sentence_pipeline()(text)
    projected = project(doc, record, TITLES)
    found = {doc[i].text: "O" for i in projected.title_tokens}
    found.update({doc[i].text: label for s, e, label in projected.spans for i in range(s, e)})
    found.update({doc[i].text: "?" for i in projected.unknown})
    return found


def test_person_surfaces_leave_titles_out() -> None:
    person = {
        "name": "Budi Santoso",
        "mentions": ["Menteri Luar Negeri Budi Santoso", "Menlu Budi", "Presiden Budo", "Menlu RI"],
    }
    # "Presiden Budo" (a slip) keeps the name; "Menlu RI" is a title only.
    assert person_surfaces(person, TITLES) == {"Budi Santoso", "Budi", "Budo"}


def test_projection_labels_persons_and_their_titles() -> None:
    record = {"persons": [{"name": "Budi Santoso", "mentions": ["Menteri Luar Negeri Budi"]}]}
    text = "Ia bertemu Menteri Luar Negeri Budi Santoso . Kata Menteri Luar Negeri Budi ."
    found = labels(text, record)
    assert found["Santoso"] == found["Budi"] == "PERSON"
    assert found["Menteri"] == found["Luar"] == found["Negeri"] == "O"


def test_a_span_inside_a_longer_capitalised_run_is_unknown() -> None:
    # The gold names "Kementerian Perdagangan"; the text goes on with "Chile": the extent of
    # the organization is not known, so no ORG span is taught.
    record = {"organizations": ["Kementerian Perdagangan"], "countries": ["CHL"]}
    found = labels("Ia bertemu wakil Kementerian Perdagangan Chile kemarin .", record)
    assert found["Kementerian"] == found["Perdagangan"] == found["Chile"] == "?"


def test_countries_are_gpe_only_as_places() -> None:
    record = {"countries": ["CHL"]}
    assert labels("Ia terbang ke Chile kemarin .", record)["Chile"] == "GPE"
    assert labels("Ia bilang Chile menolak usul itu .", record)["Chile"] == "?"


def test_an_organization_takes_its_bracketed_acronym() -> None:
    record = {"organizations": ["Badan Pangan Dunia"]}
    doc = sentence_pipeline()("Ia bicara dengan Badan Pangan Dunia ( BPD ) kemarin .")
    spans = project(doc, record, TITLES).spans
    assert [doc[s:e].text for s, e, _ in spans] == ["Badan Pangan Dunia ( BPD )"]


def test_safe_outside() -> None:
    words = "Kedua negara bertemu di Kementerian Kelautan dan Perikanan , kata Budi .".split()
    safe = [safe_outside(words, i, COMMON) for i in range(len(words))]
    assert safe[0] and safe[1] and safe[2] and safe[3]  # "Kedua" starts the sentence
    assert not safe[4] and not safe[5]  # capitalised: unknown
    assert not safe[6]  # "dan" joins two capitalised words
    assert safe[8] and safe[9] and safe[11]  # sentence punctuation and lower-case words
    assert not safe_outside("Budi akan datang".split(), 0, COMMON)  # not a common word


def test_held_out_fifth_is_fixed_by_number() -> None:
    assert is_held_out("a002") and is_held_out("j107")
    assert not is_held_out("a001") and not is_held_out("b010")
