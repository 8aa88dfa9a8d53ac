"""Learned events: which sentences state an international event of which PLOVER type, and
which states take part in it.

Two linear models, trained on the annotated corpus (training/train_extract.py):
  - `types`: for each sentence, the probability of each PLOVER type (multi-label), from the
    masked words, the trigger lexicon's hits and the rule extractor's own events as features;
  - `parties`: for each state that could take part (named in the sentence or near it, the
    article's main states, the home state), the probability that it is a party.
An event is emitted for each type over its threshold, with the states over the party
threshold; status and date come from the rules (modality cues, the nearest date).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from warta.actors import Mention
from warta.config import HOME_STATE, MODEL_DIR
from warta.extract.analysis import ArticleAnalysis
from warta.extract.events import EventDraft, dated_draft, find_hits, has_foreign_party
from warta.extract.features import (
    SentenceEvidence,
    SentenceView,
    rule_features,
    sentence_evidence,
)
from warta.extract.linear import LinearModel
from warta.extract.status import event_status
from warta.extract.types import PLOVER_TYPES

EXTRACT_MODEL_DIR = MODEL_DIR / "extract"
NEAR_SENTENCES = 2  # how far back a state named before can still be a party
TOP_ARTICLE_STATES = 3  # the article's most named states are always candidates


@dataclass
class EventModels:
    types: LinearModel  # binary, over (sentence, event type) features
    parties: LinearModel  # binary, over (sentence, type, candidate state) features
    type_threshold: dict[str, float] = field(default_factory=dict)
    party_threshold: float = 0.5
    with_rules: bool = True  # the types model reads the rule extractor's hits
    # an event the rules found is kept when the model gives its type at least this
    rule_threshold: float = 1.0
    _by_word: tuple[dict[str, int], np.ndarray] | None = field(
        default=None, repr=False, compare=False
    )

    def threshold(self, event_type: str) -> float:
        return self.type_threshold.get(event_type, self.type_threshold.get("*", 0.5))

    def type_probabilities(self, evidence: SentenceEvidence) -> dict[str, float]:
        """The types model on every (sentence, type) pair at once: the same sum as
        `types.probability(type_features(evidence, t, ...))` for each t, but the word
        features' weights for all sixteen types are one row of a matrix, summed at once."""
        weights = self.types.weights_by_name()
        rows, by_type = self._weights_by_word()
        context = set(evidence.context)
        shared = float(self.types.bias[0]) + sum(weights.get(f, 0.0) for f in context)
        found = [rows[f] for f in set(evidence.words) | context if f in rows]
        summed = by_type[found].sum(axis=0).tolist() if found else [0.0] * len(PLOVER_TYPES)
        logits = {t: shared + weights.get(t, 0.0) + summed[k] for k, t in enumerate(PLOVER_TYPES)}
        if self.with_rules:
            # a type the lexicon and the rules do not name gets the same rule features as
            # every other such type: computed once
            named = set(evidence.lexicon) | evidence.rules
            others = sum(weights.get(f, 0.0) for f in set(rule_features(evidence, "")))
            for t in PLOVER_TYPES:
                if t in named:
                    logits[t] += sum(weights.get(f, 0.0) for f in set(rule_features(evidence, t)))
                else:
                    logits[t] += others
        return {t: 1.0 / (1.0 + math.exp(-max(x, -700.0))) for t, x in logits.items()}

    def _weights_by_word(self) -> tuple[dict[str, int], np.ndarray]:
        """The weights of the "TYPE&feature" names as a matrix: a row per feature, a column
        per type (PLOVER_TYPES order), and the row of each feature (built once)."""
        if self._by_word is None:
            rows: dict[str, int] = {}
            cells: list[tuple[int, int, float]] = []
            column = {t: k for k, t in enumerate(PLOVER_TYPES)}
            for name, weight in self.types.weights_by_name().items():
                head, sep, rest = name.partition("&")
                if sep and head in column:
                    cells.append((rows.setdefault(rest, len(rows)), column[head], weight))
            matrix = np.zeros((len(rows), len(PLOVER_TYPES)))
            for r, c, w in cells:
                matrix[r, c] = w
            self._by_word = (rows, matrix)
        return self._by_word

    def save(self, directory: Path) -> None:
        self.types.save(directory / "event_types.npz")
        self.parties.save(directory / "event_parties.npz")
        settings = {
            "type_threshold": self.type_threshold,
            "party_threshold": self.party_threshold,
            "with_rules": self.with_rules,
            "rule_threshold": self.rule_threshold,
        }
        (directory / "events.json").write_text(json.dumps(settings, indent=1, sort_keys=True))

    @classmethod
    def load(cls, directory: Path) -> EventModels:
        settings = json.loads((directory / "events.json").read_text())
        return cls(
            LinearModel.load(directory / "event_types.npz"),
            LinearModel.load(directory / "event_parties.npz"),
            settings["type_threshold"],
            settings["party_threshold"],
            settings["with_rules"],
            settings["rule_threshold"],
        )


@lru_cache(maxsize=1)
def shipped_event_models() -> EventModels | None:
    """The models in warta/nlp/model/extract, or None when they were not trained."""
    if not (EXTRACT_MODEL_DIR / "events.json").exists():
        return None
    return EventModels.load(EXTRACT_MODEL_DIR)


def party_candidates(
    article: ArticleAnalysis, views: list[SentenceView], index: int
) -> dict[str, list[str]]:
    """The states that may take part in an event told in sentence `index`, each with the
    features that say how the text connects it to the sentence (event type not included)."""
    view = views[index]
    roles: dict[str, set[str]] = {}
    for m in view.mentions:
        role = "place" if m.start in view.not_parties else m.kind
        for c in m.countries:
            roles.setdefault(c, set()).add(role)
    foreign = {c for c, r in roles.items() if c != HOME_STATE and r - {"place"}}
    near = {
        f"prev{k}": _countries(views[index - k].mentions)
        for k in range(1, NEAR_SENTENCES + 1)
        if index - k >= 0
    }
    if index + 1 < len(views):
        near["next1"] = _countries(views[index + 1].mentions)
    ranked = _article_ranking(article)
    candidates = set(roles) | {c for cs in near.values() for c in cs}
    candidates |= set(ranked[:TOP_ARTICLE_STATES]) | {HOME_STATE}
    first_state = article.actors.states[0] if article.actors.states else None
    out: dict[str, list[str]] = {}
    n_foreign = f"nforeign={min(len(foreign), 3)}"
    for c in sorted(candidates):
        feats = [n_foreign]
        here = sorted(roles.get(c, {"none"}))
        feats += [f"d={r}" for r in here]
        feats += [f"d={r}&{n_foreign}" for r in here]
        feats += [name for name, cs in near.items() if c in cs]
        rank = ranked.index(c) if c in ranked else len(ranked)
        feats.append(f"rank={min(rank, 4)}")
        if c == first_state:
            feats.append("first_state")
        if c == HOME_STATE:
            feats += ["home", f"home&{n_foreign}"]
        out[c] = feats
    return out


def typed(features: list[str], event_type: str) -> list[str]:
    """Party features with their event-type conjunctions ("AID&d=state")."""
    return features + [f"{event_type}&{f}" for f in features if not f.startswith("nforeign")]


def _countries(mentions: list[Mention]) -> set[str]:
    return {c for m in mentions for c in m.countries}


def _article_ranking(article: ArticleAnalysis) -> list[str]:
    counts = Counter(c for m in article.actors.mentions for c in m.countries)
    return sorted(counts, key=lambda c: -counts[c])


def learned_events(
    article: ArticleAnalysis,
    views: list[SentenceView],
    rule_drafts: list[EventDraft],
    models: EventModels,
) -> list[EventDraft]:
    by_sentence: dict[int, list[EventDraft]] = {}
    for d in rule_drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    drafts: list[EventDraft] = []
    for view in views:
        rules_here = by_sentence.get(view.index, [])
        evidence = sentence_evidence(article, view, {d.type for d in rules_here})
        probabilities = models.type_probabilities(evidence)
        ruled = {d.type for d in rules_here}
        chosen = [
            t for t, p in probabilities.items()
            if p >= models.threshold(t) or (t in ruled and p >= models.rule_threshold)
        ]  # fmt: skip
        if not chosen:
            continue
        candidates = party_candidates(article, views, view.index)
        for event_type in chosen:
            split = [d for d in rules_here if d.type == event_type]
            if len({tuple(d.countries) for d in split}) > 1:
                drafts += split  # one event per partner of a list, as the rules split it
                continue
            countries = _parties(candidates, event_type, models)
            if event_type not in ruled and not has_foreign_party(view.mentions, countries):
                continue  # only international events (a body such as ASEAN counts)
            drafts.append(_draft(article, view, event_type, countries, rules_here))
    return merge_told_again(drafts)


def merge_told_again(drafts: list[EventDraft]) -> list[EventDraft]:
    """One event per happening: a later event of the same type between the same states is
    the same happening told again, unless both carry explicit dates that differ."""
    kept: list[EventDraft] = []
    for d in drafts:
        if not any(
            k.type == d.type and k.countries == d.countries and not _dated_apart(k, d) for k in kept
        ):
            kept.append(d)
    return kept


def _dated_apart(a: EventDraft, b: EventDraft) -> bool:
    if not (a.date_explicit and b.date_explicit and a.date and b.date):
        return False
    n = min(len(a.date.value), len(b.date.value))
    return a.date.value[:n] != b.date.value[:n]


def _parties(candidates: dict[str, list[str]], event_type: str, models: EventModels) -> list[str]:
    scored = {c: models.parties.probability(typed(f, event_type)) for c, f in candidates.items()}
    chosen = [c for c, p in scored.items() if p >= models.party_threshold]
    if not chosen and scored:
        chosen = [max(scored, key=lambda c: (scored[c], c))]
    return sorted(chosen)


def _draft(
    article: ArticleAnalysis,
    view: SentenceView,
    event_type: str,
    countries: list[str],
    rules_here: list[EventDraft],
) -> EventDraft:
    sent = article.sentences[view.index]
    parties = [m for m in view.mentions if set(m.countries) & set(countries) or m.kind == "person"]
    same = next((d for d in rules_here if d.type == event_type), None)
    if same is not None:  # the rules found this event too: their status and date stand
        start, status = same.hit_start, same.status
    else:
        hit = next((h for h in find_hits(sent.text) if h.type == event_type), None)
        start = hit.start if hit else 0
        end = hit.end if hit else 0
        is_noun = bool(hit and hit.trigger.is_noun)
        planned = bool(hit and "planned" in hit.trigger.flags)
        status = event_status(sent.text, start, end, is_noun, planned)
    return dated_draft(
        event_type, sent, start, status, parties, countries, article.dates.get(view.index, []),
        article.main_date, article.published, article.dateline_place, article.amounts,
    )  # fmt: skip
