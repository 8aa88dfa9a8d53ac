"""Train the learned figure models (warta/extract/figure_model.py) from ../shared/corpus/train.

    .venv/bin/python -m training.train_figures            # train on all of train, export
    .venv/bin/python -m training.train_figures --cv 5     # 5-fold cross-validation, no export
    .venv/bin/python -m training.train_figures --dev      # also score corpus/dev

Every amount mention of an article (figure_candidates: MONEY/PERCENT entities and counted
nouns, in any sentence) is an example for the keep model: positive when it matches a
required gold figure as the scorer matches (value within 1%, same unit), negative when it
matches none, left out when it matches only an optional one (the scorer neither wants nor
penalizes those). The candidates matching any gold figure are the examples of the metric
model, labelled with the gold metric. Both are liblinear logistic regressions
(training/train_extract.py `fit`: deterministic).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from training.extract_corpus import GoldArticle
from training.learning import (
    fit,
    run_trainer,
)
from warta.extract import ExtractModels, extract_analyzed
from warta.extract.figure_model import (
    METRICS,
    FigureModels,
    candidate_features,
    figure_candidates,
)
from warta.extract.quantities import QuantityDraft


@dataclass
class Recipe:
    keep_c: float = 0.3
    metric_c: float = 2.0
    threshold: float = 0.5
    count_threshold: float = 0.4


def _matches(gold: dict[str, Any], d: QuantityDraft) -> bool:
    """The scorer's match_quantities test: value within 1%, same first word of the unit."""
    try:
        value = float(gold["value"])
    except (TypeError, ValueError, KeyError):
        return False
    unit = str(gold.get("unit") or "").lower().split()[:1]
    if unit != d.unit.lower().split()[:1]:
        return False
    # a negative percentage is output as such only for a trade growth (figure_model.py)
    values = (d.value, -d.value) if d.value < 0 else (d.value,)
    return any(abs(value - v) <= 0.01 * max(abs(value), 1e-9) for v in values)


def examples(
    items: Iterable[GoldArticle],
) -> tuple[list[list[str]], list[bool], list[bool], list[list[str]], list[str]]:
    """(keep features, keep labels, keep known, metric features, metric labels)."""
    keep_x: list[list[str]] = []
    keep_y: list[bool] = []
    known: list[bool] = []
    metric_x: list[list[str]] = []
    metric_y: list[str] = []
    for item in items:
        gold = [q for q in item.gold.get("quantities") or [] if isinstance(q, dict)]
        for d in figure_candidates(item.article):
            feats = candidate_features(item.article, d)
            matched = [g for g in gold if _matches(g, d)]
            required = [g for g in matched if not g.get("optional")]
            keep_x.append(feats)
            keep_y.append(bool(required))
            known.append(bool(required) or not matched)
            if matched and (required or matched)[0].get("metric") in METRICS:
                metric_x.append(feats)
                metric_y.append(str((required or matched)[0]["metric"]))
    return keep_x, keep_y, known, metric_x, metric_y


def train(items: Sequence[GoldArticle], recipe: Recipe) -> FigureModels:
    keep_x, keep_y, known, metric_x, metric_y = examples(items)
    keep = fit(keep_x, [[y] for y in keep_y], ["figure"], recipe.keep_c, [[k] for k in known])
    metric = fit(
        metric_x, [[y == m for m in METRICS] for y in metric_y], list(METRICS), recipe.metric_c
    )
    return FigureModels(keep, metric, recipe.threshold, recipe.count_threshold)


def predict(items: Iterable[GoldArticle], models: FigureModels | None) -> list[dict[str, Any]]:
    rows = []
    for item in items:
        knowledge = extract_analyzed(item.article, item.id, models=ExtractModels(figures=models))
        rows.append({"id": item.id, "quantities": knowledge.model_dump(mode="json")["quantities"]})
    return rows


def figures_summary(report: dict[str, Any]) -> str:
    q = report["quantities"]
    return (
        f"figures F1 {q['f1']:.3f} (P {q['precision']:.3f} R {q['recall']:.3f}, "
        f"tp {q['tp']} fp {q['fp']} fn {q['fn']}) metric acc {q.get('metric_accuracy', 0):.3f} "
        f"period acc {q.get('period_accuracy', 0):.3f}"
    )


def main(argv: list[str] | None = None) -> None:
    recipe = Recipe()
    run_trainer(
        __doc__.split("\n")[0], recipe, lambda items: train(items, recipe), predict,
        figures_summary, argv,
    )  # fmt: skip


if __name__ == "__main__":
    main()
