"""Learned persons: which person records of an article are people of the story.

The actor stage (warta/actors) assembles a person from every PERSON entity and title it
finds; on real pages some of those are not people of the story: place and product names
read as names ("Raja Ampat", "Black Hawk"), sports line-ups, names glued to a headline word.
A linear model trained on the annotated corpus (training/train_persons.py) scores each record
from its name's words and shape, its role, how often and where the text names it and the
words around its first mention; a record scoring under the threshold is left out of the
article's persons. The actor index itself is unchanged (events still see every mention).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.actors.common_words import is_common_word
from warta.actors.name_origin import indonesian_probability
from warta.actors.types import PersonRecord
from warta.config import HOME_STATE
from warta.extract.analysis import ArticleAnalysis
from warta.extract.event_model import EXTRACT_MODEL_DIR
from warta.extract.linear import LinearModel, bucket

WORD = re.compile(r"[^\W\d_]+")


@dataclass
class PersonModels:
    keep: LinearModel  # binary: the record is a person of the story
    threshold: float = 0.5

    def save(self, directory: Path) -> None:
        self.keep.save(directory / "persons_keep.npz")
        settings = {"threshold": self.threshold}
        (directory / "persons.json").write_text(json.dumps(settings, indent=1, sort_keys=True))

    @classmethod
    def load(cls, directory: Path) -> PersonModels:
        settings = json.loads((directory / "persons.json").read_text())
        return cls(LinearModel.load(directory / "persons_keep.npz"), settings["threshold"])


@lru_cache(maxsize=1)
def shipped_person_models() -> PersonModels | None:
    """The model in warta/nlp/model/extract, or None when it was not trained."""
    if not (EXTRACT_MODEL_DIR / "persons.json").exists():
        return None
    return PersonModels.load(EXTRACT_MODEL_DIR)


def person_features(article: ArticleAnalysis, person: PersonRecord) -> list[str]:
    """What the keep model reads of one person record (the module docstring lists it)."""
    text = article.text
    words = person.name.split()
    feats = [f"tokens={bucket(len(words), (1, 2, 3, 4))}"]
    feats.append(f"mentions={bucket(len(person.mentions), (1, 2, 3, 5))}")
    last = words[-1] if words else ""
    if len(last) > 2:
        feats.append(f"named={bucket(text.count(last), (1, 2, 3, 5, 8))}")
    if person.role:
        role_words = person.role.split()
        feats += ["role", f"role1={role_words[0].lower()}"]
        feats.append(f"role_len={bucket(len(role_words), (1, 2, 3, 5))}")
    else:
        feats.append("no_role")
    feats.append(f"source={person.country_source}")
    feats.append(
        "home" if person.country == HOME_STATE else "foreign" if person.country else "nowhere"
    )
    if person.wikidata:
        feats.append("known_holder")
    common = sum(is_common_word(w) for w in WORD.findall(person.name))
    feats.append(f"common={bucket(common, (0, 1, 2))}")
    if words and common == len(words):
        feats.append("all_common")
    feats += [f"w={w.lower()}" for w in WORD.findall(person.name)]
    if any(w.isupper() and len(w) > 1 for w in words):
        feats.append("caps_word")
    if re.search(r"[\d.]", person.name):
        feats.append("dot_or_digit")
    origin = indonesian_probability(person.name)
    if origin is not None:
        feats.append(f"indonesian={bucket(origin, (0.2, 0.5, 0.8))}")
    told = [m for m in article.actors.mentions if m.kind == "person" and m.key == person.name]
    start = told[0].start if told else person.first_offset
    end = told[0].end if told else start
    feats.append(f"position={bucket(start / max(len(text), 1), (0.05, 0.3, 0.7, 0.9))}")
    before = text[max(0, start - 40) : start].split()[-2:]
    for k, w in enumerate(reversed(before)):
        feats.append(f"l{k + 1}={w.lower().strip('.,:;()')}")
    for k, w in enumerate(text[end : end + 40].split()[:2]):
        feats.append(f"r{k + 1}={w.lower().strip('.,:;()')}")
    sentence = next((s for s in article.sentences if s.start <= start < s.end), None)
    if sentence is not None:
        in_sentence = article.actors.in_span(sentence.start, sentence.end)
        states = {c for m in in_sentence for c in m.countries}
        feats.append(f"states={bucket(len(states), (0, 1, 2))}")
    feats.append(f"told={bucket(len(told), (0, 1, 2, 4))}")
    return feats


def learned_persons(article: ArticleAnalysis, models: PersonModels) -> list[PersonRecord]:
    return [
        p
        for p in article.actors.persons
        if models.keep.probability(person_features(article, p)) >= models.threshold
    ]
