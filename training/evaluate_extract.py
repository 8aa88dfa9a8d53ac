"""`make eval`: score extraction on the seeds, corpus/dev and a k-fold cross-validation of
corpus/train, for the rules alone, the models alone and both, and write docs/EVAL.md.

    .venv/bin/python -m training.evaluate_extract                 # everything, writes docs/EVAL.md
    .venv/bin/python -m training.evaluate_extract --folds 0       # no cross-validation (fast)
    .venv/bin/python -m training.evaluate_extract --cache /tmp/w  # analyzed corpora from pickles

Every number comes from the corpus's own scorer (../shared/eval/score.py). The models are
trained here as `make train` trains them (the recipes of train_extract, train_figures and
train_agreements), on corpus/train and the project's own sets; in cross-validation, on the
other folds.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from training import train_agreements, train_extract, train_figures, train_persons
from training.extract_corpus import REPO, GoldArticle, load_split, split_files
from training.learning import cross_validate, score, training_sets
from warta.extract import ExtractModels, extract_analyzed

MODES = ("rules", "models", "combined")
KINDS = ("events", "persons", "agreements", "quantities")
# the attribute accuracies the scorer reports for each kind
ATTRIBUTES = {
    "events": ("date_accuracy", "status_accuracy"),
    "persons": ("role_accuracy", "country_accuracy"),
    "agreements": ("status_accuracy",),
    "quantities": ("metric_accuracy", "period_accuracy"),
}
EVAL_DOC = REPO / "docs" / "EVAL.md"


def train_models(items: Sequence[GoldArticle], mode: str) -> ExtractModels:
    if mode == "rules":
        return ExtractModels()
    event_recipe = train_extract.Recipe()
    agreement_recipe = train_agreements.Recipe()
    if mode == "models":  # no rule features and no rule fallback
        event_recipe.with_rules = False
        event_recipe.rule_threshold = 2.0
        agreement_recipe.rule_threshold = agreement_recipe.threshold
    return ExtractModels(
        train_extract.train(list(items), event_recipe),
        train_figures.train(items, train_figures.Recipe()),
        train_agreements.train(items, agreement_recipe),
        train_persons.train(items, train_persons.Recipe()),
    )


def predict(items: Sequence[GoldArticle], models: ExtractModels) -> list[dict[str, Any]]:
    return [extract_analyzed(i.article, i.id, None, models).model_dump(mode="json") for i in items]


def table(reports: dict[str, dict[str, Any]]) -> str:
    """One Markdown table: a row per mode and kind, P/R/F1 and the kind's attributes."""
    lines = [
        "| mode | kind | P | R | F1 | attributes |",
        "|---|---|---|---|---|---|",
    ]
    for mode, report in reports.items():
        for kind in KINDS:
            r = report[kind]
            attrs = ", ".join(
                f"{a.replace('_accuracy', '')} {r[a]:.3f}" for a in ATTRIBUTES[kind] if a in r
            )
            lines.append(
                f"| {mode} | {kind} | {r['precision']:.3f} | {r['recall']:.3f} "
                f"| {r['f1']:.3f} | {attrs} |"
            )
        lines.append(f"| {mode} | **overall** | | | **{report['overall']:.3f}** | |")
        published = report.get("published_accuracy")
        if published is not None:
            lines.append(f"| {mode} | publication date | | | | accuracy {published:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="k of the cross-validation (0: none)")
    parser.add_argument("--cache", type=Path, help="folder of <split>.pkl analyzed corpora")
    parser.add_argument("--out", type=Path, default=EVAL_DOC)
    args = parser.parse_args(argv)
    train_items, extra = training_sets(args.cache)
    sets = {name: load_split(name, args.cache) for name in ("seeds", "dev")}
    sections: list[str] = []
    trained = {mode: train_models(train_items + extra, mode) for mode in MODES}
    for name, items in sets.items():
        gold, _ = split_files(name)
        reports = {mode: score(gold, predict(items, trained[mode])) for mode in MODES}
        sections.append(f"## {name} ({len(items)} articles)\n\n{table(reports)}\n")
        print(sections[-1], flush=True)
    if args.folds:
        gold, _ = split_files("train")
        reports = {
            mode: score(
                gold,
                cross_validate(
                    train_items, args.folds, extra, lambda xs, m=mode: train_models(xs, m), predict
                ),
            )
            for mode in MODES
        }
        sections.append(
            f"## corpus/train, {args.folds}-fold cross-validation ({len(train_items)} articles)"
            f"\n\n{table(reports)}\n"
        )
        print(sections[-1], flush=True)
    args.out.write_text(_document(sections))
    print(f"written to {args.out}")


def _document(sections: list[str]) -> str:
    head = (
        "# Extraction scores\n\n"
        f"Written by `make eval` (training/evaluate_extract.py) on {dt.date.today()}. "
        "Scorer: ../shared/eval/score.py. Modes: **rules** = the hand-written extractors "
        "alone; **models** = the learned layers without rule features or rule fallback "
        "(the figure model always reads the rules' metric, so it is the same in both model "
        "modes; the agreement model keeps the rules' names as candidates and features but "
        "gives them no lower threshold); **combined** = what warta ships (learned layers "
        "reading the rules). "
        "Models are trained on corpus/train plus the seeds and the project's own invented "
        "sets; the seeds are therefore text the models were trained on, corpus/dev is not. "
        "Persons in the cross-validation are not cross-validated: the NER and the person-name "
        "model are trained on all of corpus/train (`make train`), so only corpus/dev measures "
        "them on unseen text.\n"
    )
    return head + "\n" + "\n".join(sections)


if __name__ == "__main__":
    main()
