"""`warta ask` over the sample corpus (examples/): invented questions with the answers the
articles support (tests/data/ask_questions.json). Each answer must contain the expected
words (in its text, or in the cited sentences when it comes from full-text search), be in
the question's language, read as text (no internal keys, no "X dan Y dan Z"), and refuse
when nothing supports an answer. The accuracy is printed and reported in README."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_api_corpus import copy_of_corpus

from warta.kb.ask import Answer, ask, joined
from warta.kb.repository import KnowledgeStore
from warta.store import open_store

DATA = Path(__file__).parent / "data"
# written first; ask.py was then improved until these were answered (a development set)
QUESTIONS = json.loads((DATA / "ask_questions.json").read_text())
# written after that work and never tuned on: the honest figure (README)
HELD_OUT = json.loads((DATA / "ask_questions_heldout.json").read_text())
REQUIRED_ACCURACY = 0.85
REQUIRED_HELD_OUT = 0.5
INTERNAL_KEY = re.compile(r"\b[a-z]+_[a-z_]+\b")  # trade_volume, in_force


@pytest.fixture(scope="module")
def ks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    url = copy_of_corpus(tmp_path_factory.mktemp("ask"))
    with open_store(url) as store:
        yield KnowledgeStore(store)


def correct(case: dict[str, Any], answer: Answer) -> bool:
    if case.get("unknown"):
        return not answer.known and not answer.citations
    said = answer.answer + " " + " ".join(c.text for c in answer.citations)
    if answer.source == "knowledge":
        said = answer.answer
    return (
        answer.known
        and all(word.lower() in said.lower() for word in case["expect"])
        and not any(word.lower() in answer.answer.lower() for word in case.get("forbid", []))
        and answer.language == case.get("lang", "id")
    )


def test_the_question_set_is_large_enough() -> None:
    assert len(QUESTIONS) >= 40
    assert sum(1 for c in QUESTIONS if c.get("unknown")) >= 3


def test_answers_are_accurate_readable_and_cited(ks: KnowledgeStore) -> None:
    wrong = []
    for case in QUESTIONS:
        answer = ask(case["q"], ks)
        if not correct(case, answer):
            wrong.append((case["q"], answer.answer))
        assert not INTERNAL_KEY.search(answer.answer), answer.answer
        if answer.known:
            assert answer.citations or "sumber: http" in answer.answer or "source" in answer.answer
    accuracy = 1 - len(wrong) / len(QUESTIONS)
    print(f"\nask accuracy: {len(QUESTIONS) - len(wrong)}/{len(QUESTIONS)} = {accuracy:.0%}")
    for question, said in wrong:
        print(f"  wrong: {question} -> {said}")
    assert accuracy >= REQUIRED_ACCURACY, wrong


def test_held_out_questions(ks: KnowledgeStore) -> None:
    wrong = [(c["q"], a.answer) for c in HELD_OUT if not correct(c, a := ask(c["q"], ks))]
    accuracy = 1 - len(wrong) / len(HELD_OUT)
    print(f"\nheld-out ask accuracy: {len(HELD_OUT) - len(wrong)}/{len(HELD_OUT)} = {accuracy:.0%}")
    for question, said in wrong:
        print(f"  wrong: {question} -> {said}")
    assert accuracy >= REQUIRED_HELD_OUT, wrong


def test_lists_read_as_sentences() -> None:
    assert joined(["Retno"]) == "Retno"
    assert joined(["Retno", "Lavrov"]) == "Retno dan Lavrov"
    assert joined(["A", "B", "C"]) == "A, B dan C"
    assert joined(["A", "B", "C"], "en") == "A, B and C"
