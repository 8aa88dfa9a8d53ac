"""Train the person keep model (warta/extract/person_model.py) from ../shared/corpus/train.

    .venv/bin/python -m training.train_persons            # train on all of train, export
    .venv/bin/python -m training.train_persons --cv 5     # 5-fold cross-validation, no export
    .venv/bin/python -m training.train_persons --dev      # also score corpus/dev

Every person record the actor stage assembles is an example: positive when it matches a
required gold person as the scorer matches (its name like the gold name or one of its
mentions), left out when it matches only an optional one (bylines, people the annotators
left open), else negative. The threshold is a recipe setting, chosen by cross-validation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from training.extract_corpus import GoldArticle
from training.learning import (
    corpus_scorer,
    fit,
    run_trainer,
)
from warta.extract.person_model import PersonModels, learned_persons, person_features


@dataclass
class Recipe:
    keep_c: float = 0.3
    threshold: float = 0.5  # best of 0.2-0.7 in 5-fold CV (F1 0.926)


def examples(items: Iterable[GoldArticle]) -> tuple[list[list[str]], list[bool], list[bool]]:
    """(features, labels, known) of every person record."""
    match = corpus_scorer().match_persons
    x: list[list[str]] = []
    y: list[bool] = []
    known: list[bool] = []
    for item in items:
        gold = [g for g in item.gold.get("persons") or [] if isinstance(g, dict)]
        for person in item.article.actors.persons:
            pred = {"name": person.name}
            required = any(match(g, pred) for g in gold if not g.get("optional"))
            optional = any(match(g, pred) for g in gold if g.get("optional"))
            x.append(person_features(item.article, person))
            y.append(required)
            known.append(required or not optional)
    return x, y, known


def train(items: Sequence[GoldArticle], recipe: Recipe) -> PersonModels:
    x, y, known = examples(items)
    keep = fit(x, [[v] for v in y], ["person"], recipe.keep_c, [[k] for k in known])
    return PersonModels(keep, recipe.threshold)


def predict(items: Iterable[GoldArticle], models: PersonModels | None) -> list[dict[str, Any]]:
    """Rows with only the persons (names, roles, countries), for scoring them alone."""
    rows = []
    for item in items:
        persons = item.article.actors.persons
        if models is not None:
            persons = learned_persons(item.article, models)
        rows.append({
            "id": item.id,
            "persons": [{"name": p.name, "role": p.role, "country": p.country} for p in persons],
        })  # fmt: skip
    return rows


def persons_summary(report: dict[str, Any]) -> str:
    p = report["persons"]
    return (
        f"persons F1 {p['f1']:.3f} (P {p['precision']:.3f} R {p['recall']:.3f}, "
        f"tp {p['tp']} fp {p['fp']} fn {p['fn']})"
    )


def main(argv: list[str] | None = None) -> None:
    recipe = Recipe()
    run_trainer(
        __doc__.split("\n")[0], recipe, lambda items: train(items, recipe), predict,
        persons_summary, argv,
    )  # fmt: skip


if __name__ == "__main__":
    main()
