"""Train the learned extraction models from ../shared/corpus/train.

    .venv/bin/python -m training.train_extract            # train on all of train, export
    .venv/bin/python -m training.train_extract --cv 5     # 5-fold cross-validation, no export

Examples come from the gold annotations tied to warta's own analysis of each article
(training/extract_corpus.py): every sentence is an example for the event-type model
(labelled with the types of the gold events whose evidence it holds, optional ones
included: they are real events), and every candidate state of a gold event's sentence is
an example for the party model. Both are L2-regularized logistic regressions
(scikit-learn, liblinear: deterministic); the export keeps only names and weights
(warta/extract/linear.py), so warta needs numpy, not scikit-learn, to run them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from training.extract_corpus import GoldArticle
from training.learning import (
    fit,
    run_trainer,
)
from warta.extract import ExtractModels, extract_analyzed
from warta.extract.event_model import (
    EventModels,
    party_candidates,
    typed,
)
from warta.extract.events import extract_events
from warta.extract.features import sentence_evidence, type_features
from warta.extract.types import PLOVER_TYPES


@dataclass
class Recipe:
    type_c: float = 0.5
    party_c: float = 0.5
    type_threshold: float = 0.45
    party_threshold: float = 0.5
    with_rules: bool = True
    rule_threshold: float = 0.1
    mask_repeats: bool = True


def rule_drafts(item: GoldArticle):  # type: ignore[no-untyped-def]
    a = item.article
    return extract_events(
        a.text, a.sentences, a.actors, a.dates, a.main_date, a.published, a.dateline_place,
        a.amounts,
    )  # fmt: skip


def type_examples(
    items: Iterable[GoldArticle], with_rules: bool, mask_repeats: bool = True
) -> tuple[list[list[str]], list[bool], list[bool]]:
    """Features, label and whether the label is known, of every (sentence, event type).

    A type is unknown (left out of training for that label) in a sentence that is not the
    evidence of an event of that type while the article has one: the annotation gives one
    event per happening with one evidence sentence, so another sentence telling the same
    happening again is neither a positive nor a negative example.
    """
    features: list[list[str]] = []
    labels: list[bool] = []
    known: list[bool] = []
    for item in items:
        rules: dict[int, set[str]] = {}
        for d in rule_drafts(item):
            rules.setdefault(d.sentence.index, set()).add(d.type)
        gold_types: dict[int, set[str]] = {}
        for i, event in enumerate(item.gold.get("events") or []):
            for s in item.event_sentences.get(i, []):
                gold_types.setdefault(s, set()).add(_type(event))
        article_types = {_type(e) for e in item.gold.get("events") or []}
        for view in item.views:
            evidence = sentence_evidence(item.article, view, rules.get(view.index, set()))
            here = gold_types.get(view.index, set())
            for t in PLOVER_TYPES:
                features.append(type_features(evidence, t, with_rules))
                labels.append(t in here)
                known.append(t in here or not (mask_repeats and t in article_types))
    return features, labels, known


def party_examples(items: Iterable[GoldArticle]) -> tuple[list[list[str]], list[bool]]:
    features: list[list[str]] = []
    labels: list[bool] = []
    for item in items:
        # the states of all gold events of one type told in one sentence
        wanted: dict[tuple[int, str], set[str]] = {}
        for i, event in enumerate(item.gold.get("events") or []):
            for s in item.event_sentences.get(i, []):
                key = (s, _type(event))
                wanted.setdefault(key, set()).update(event.get("countries") or [])
        for (s, event_type), countries in sorted(wanted.items()):
            for c, feats in party_candidates(item.article, item.views, s).items():
                features.append(typed(feats, event_type))
                labels.append(c in countries)
    return features, labels


def _type(event: dict) -> str:  # type: ignore[type-arg]
    synonyms = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "CRITICIZE": "ACCUSE"}
    name = str(event.get("type", "")).upper()
    return synonyms.get(name, name)


def train(items: list[GoldArticle], recipe: Recipe) -> EventModels:
    feats, labels, known = type_examples(items, recipe.with_rules, recipe.mask_repeats)
    types = fit(feats, [[y] for y in labels], ["event"], recipe.type_c, [[k] for k in known])
    feats, flags = party_examples(items)
    parties = fit(feats, [[f] for f in flags], ["party"], recipe.party_c)
    return EventModels(
        types,
        parties,
        {"*": recipe.type_threshold},
        recipe.party_threshold,
        recipe.with_rules,
        recipe.rule_threshold,
    )


def predict(items: Iterable[GoldArticle], models: EventModels | None) -> list[dict]:  # type: ignore[type-arg]
    bundle = ExtractModels(events=models)
    return [extract_analyzed(i.article, i.id, None, bundle).model_dump(mode="json") for i in items]


def summary(report: dict) -> str:  # type: ignore[type-arg]
    kinds = ("events", "persons", "agreements", "quantities")
    parts = [
        f"{k[:4]} {r['f1']:.3f} (P {r['precision']:.2f} R {r['recall']:.2f})"
        for k, r in ((k, report[k]) for k in kinds)
    ]
    return f"overall {report['overall']:.3f} | " + " | ".join(parts)


def main(argv: list[str] | None = None) -> None:
    recipe = Recipe()
    run_trainer(
        __doc__.split("\n")[0], recipe, lambda items: train(items, recipe), predict, summary,
        argv,
    )  # fmt: skip


if __name__ == "__main__":
    main()
