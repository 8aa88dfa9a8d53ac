"""What the training scripts share: the liblinear fit behind every learned extraction model,
the corpus's own scorer, folds and cross-validation, recipe settings from the command line."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, TypeVar

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from training.extract_corpus import SHARED, GoldArticle, load_split, split_files
from warta.extract.linear import LinearModel

SCORER = SHARED / "eval" / "score.py"
MIN_COUNT = 2  # a feature seen in fewer training examples is left out
# Always trained on beside corpus/train: the seeds and the project's own invented sets.
EXTRA_SETS = ("seeds", "devset", "heldout", "heldout3")
M = TypeVar("M")


class SavedModels(Protocol):
    def save(self, directory: Path) -> None: ...


S = TypeVar("S", bound=SavedModels)
Rows = list[dict[str, Any]]


def _matrix(features: Sequence[list[str]]) -> tuple[csr_matrix, list[str]]:
    counts = Counter(f for feats in features for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, feats in enumerate(features):
        for col in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(col)
    x = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(features), len(vocab)))
    return x, vocab


def fit(
    features: Sequence[list[str]],
    labels: Sequence[Sequence[bool]],
    names: Sequence[str],
    c: float,
    known: Sequence[Sequence[bool]] | None = None,
) -> LinearModel:
    """One logistic regression per label over the binary features; examples whose label is
    not known (`known` False) are left out of that label's regression."""
    x, vocab = _matrix(features)
    y = np.array(labels, dtype=bool).reshape(len(features), len(names))
    mask = np.ones_like(y) if known is None else np.array(known, dtype=bool).reshape(y.shape)
    weights = np.zeros((len(vocab), len(names)))
    bias = np.full(len(names), -10.0)  # a label never seen is never predicted
    for j in range(len(names)):
        if y[:, j].any() and not y[:, j].all():
            model = LogisticRegression(C=c, solver="liblinear", max_iter=1000)
            model.fit(x, y[:, j], sample_weight=mask[:, j].astype(float))
            weights[:, j] = model.coef_[0]
            bias[j] = model.intercept_[0]
    return LinearModel.from_arrays(names, vocab, weights, bias)


def score(gold_path: Path, rows: list[dict], ids: set[str] | None = None) -> dict:  # type: ignore[type-arg]
    """The corpus's own scorer (../shared/eval/score.py) on these predictions."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        gold = Path(tmp) / "gold.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        lines = gold_path.read_text(encoding="utf-8").splitlines()
        keep = [ln for ln in lines if ln.strip() and (ids is None or json.loads(ln)["id"] in ids)]
        gold.write_text("\n".join(keep) + "\n")
        out = subprocess.run(
            [sys.executable, str(SCORER), str(gold), str(pred), "--json"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    body, _, last = out.rstrip().rpartition("\n")
    report = json.loads(body)
    report["overall"] = float(last.split()[-1])
    return report


@lru_cache(maxsize=1)
def corpus_scorer() -> ModuleType:
    """The corpus's scorer as a module: its matching functions label training examples."""
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def folds(items: list[GoldArticle], k: int) -> list[list[GoldArticle]]:
    """k folds by article id order, every k-th article (ids mix topics by their letter)."""
    ordered = sorted(items, key=lambda i: i.id)
    return [ordered[f::k] for f in range(k)]


def cross_validate(
    items: list[GoldArticle],
    k: int,
    extra: Sequence[GoldArticle],
    train: Callable[[list[GoldArticle]], M],
    predict: Callable[[list[GoldArticle], M], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Predictions for every item by models trained on the other folds (and `extra`)."""
    rows: list[dict[str, Any]] = []
    for held in folds(items, k):
        held_ids = {i.id for i in held}
        models = train([i for i in items if i.id not in held_ids] + list(extra))
        rows += predict(held, models)
    return rows


def apply_settings(recipe: object, settings: Sequence[str]) -> None:
    """`--set field=value` on a recipe dataclass, each value of its field's type."""
    for setting in settings:
        key, value = setting.split("=", 1)
        current = getattr(recipe, key)
        setattr(
            recipe, key, (value == "true") if isinstance(current, bool) else type(current)(value)
        )


def trainer_arguments(description: str) -> argparse.ArgumentParser:
    """The options every extraction trainer takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on train")
    parser.add_argument("--dev", action="store_true", help="also score corpus/dev")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--cache", type=Path, help="folder of <split>.pkl analyzed corpora")
    parser.add_argument("--set", action="append", default=[], help="recipe field=value")
    return parser


def training_sets(cache: Path | None) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """corpus/train, and the sets always trained on beside it (EXTRA_SETS)."""
    extra = [item for name in EXTRA_SETS for item in load_split(name, cache)]
    return load_split("train", cache), extra


def run_trainer(
    description: str,
    recipe: object,
    train: Callable[[list[GoldArticle]], S],
    predict: Callable[[list[GoldArticle], S | None], Rows],
    summary: Callable[[dict[str, Any]], str],
    argv: list[str] | None = None,
    details: Callable[[list[GoldArticle], Rows], str] | None = None,
) -> None:
    """The command line of an extraction trainer: `--set` the recipe, score the rules alone
    (`--rules`), cross-validate (`--cv K`), score corpus/dev (`--dev`), and without `--cv` or
    `--no-export` save the models trained on all of train (and EXTRA_SETS) to warta."""
    from warta.extract.event_model import EXTRACT_MODEL_DIR  # the shipped models' folder

    parser = trainer_arguments(description)
    parser.add_argument("--rules", action="store_true", help="score the rules alone too")
    args = parser.parse_args(argv)
    apply_settings(recipe, args.set)
    train_items, extra = training_sets(args.cache)

    def report(label: str, gold: Path, items: list[GoldArticle], rows: Rows) -> None:
        print(f"{label}:", summary(score(gold, rows)))
        if details is not None:
            print("  attributes:", details(items, rows))

    gold_train, _ = split_files("train")
    if args.rules:
        report("train, rules alone", gold_train, train_items, predict(train_items, None))
    if args.cv:
        rows = cross_validate(train_items, args.cv, extra, train, predict)
        report(f"train {args.cv}-fold CV", gold_train, train_items, rows)
    models = train(train_items + extra)
    if args.dev:
        gold_dev, _ = split_files("dev")
        dev = load_split("dev", args.cache)
        if args.rules:
            report("dev, rules alone", gold_dev, dev, predict(dev, None))
        report("dev", gold_dev, dev, predict(dev, models))
    if not args.no_export and not args.cv:
        models.save(EXTRACT_MODEL_DIR)
        print(f"saved to {EXTRACT_MODEL_DIR}")
