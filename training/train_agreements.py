"""Train the learned agreement models from ../shared/corpus/train.

    .venv/bin/python -m training.train_agreements            # train on all of train, export
    .venv/bin/python -m training.train_agreements --cv 5     # 5-fold cross-validation, no export
    .venv/bin/python -m training.train_agreements --dev      # also score corpus/dev

Every candidate of warta/extract/agreement_candidates.py is an example for the keep model: it
is aligned to the article's gold agreements with the scorer's own name matching
(../shared/eval/score.py: greedy one-to-one, best match first). A candidate aligned to a
required gold agreement is positive; one aligned to an optional agreement, or matching a gold
name without being the one aligned to it (a repeated mention), is left out; the rest are
negative. The aligned candidates (optional ones included: they are real agreements) are the
examples of the status model, labelled with the gold status.
"""

from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from training.extract_corpus import (
    GoldArticle,
    evidence_sentences,
    evidence_text,
    load_split,
    split_files,
)
from training.train_extract import EXTRA_SETS, SCORER, fit, folds, score
from warta.extract.agreement_model import (
    EXTRACT_MODEL_DIR,
    STATUSES,
    AgreementModels,
    learned_agreements,
    scored_candidates,
    status_features,
)
from warta.extract.agreements import AgreementDraft, extract_agreements


LABEL_ALL = True
EVIDENCE_ONLY = False


@dataclass
class Recipe:
    keep_c: float = 0.3
    status_c: float = 0.5
    threshold: float = 0.4


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rule_drafts(item: GoldArticle) -> list[AgreementDraft]:
    a = item.article
    return extract_agreements(a.text, a.sentences, a.actors, a.dates, a.main_date)


@dataclass
class Examples:
    keep: list[list[str]]
    keep_labels: list[bool]
    keep_known: list[bool]
    status: list[list[str]]
    status_labels: list[str]


def examples(items: Iterable[GoldArticle]) -> Examples:
    sc = _scorer()
    out = Examples([], [], [], [], [])
    for item in items:
        scored = scored_candidates(item.article, rule_drafts(item))
        gold = [g for g in item.gold.get("agreements") or [] if g.get("name")]
        preds = [{"name": c.name} for c, _ in scored]
        aligned = {j: i for i, j in sc.align(gold, preds, sc.match_agreements)}
        where = [set(evidence_sentences(item.article, evidence_text(g))) for g in gold]
        sentences = item.article.sentences
        for j, (cand, feats) in enumerate(scored):
            i = aligned.get(j)
            required = i is not None and not gold[i].get("optional")
            if LABEL_ALL:
                required = any(
                    sc.match_agreements(g, preds[j])
                    and (not EVIDENCE_ONLY or not where[k] or cand.sentence.index in where[k])
                    for k, g in enumerate(gold)
                    if not g.get("optional")
                )
            matches = any(sc.match_agreements(g, preds[j]) for g in gold)
            out.keep.append(feats)
            out.keep_labels.append(required)
            out.keep_known.append(required or not matches)
            if i is not None and gold[i].get("status") in STATUSES:
                k = cand.sentence.index
                following = sentences[k + 1].text if k + 1 < len(sentences) else None
                out.status.append(status_features(cand, following))
                out.status_labels.append(str(gold[i]["status"]))
    return out


def train(items: Sequence[GoldArticle], recipe: Recipe) -> AgreementModels:
    ex = examples(items)
    keep = fit(ex.keep, [[y] for y in ex.keep_labels], ["agreement"], recipe.keep_c,
               [[k] for k in ex.keep_known])  # fmt: skip
    status = fit(
        ex.status, [[y == s for s in STATUSES] for y in ex.status_labels], STATUSES,
        recipe.status_c,
    )  # fmt: skip
    return AgreementModels(keep, status, recipe.threshold)


def predict(items: Iterable[GoldArticle], models: AgreementModels | None) -> list[dict[str, Any]]:
    """Rows with only the agreements (the other kinds left empty), for scoring them alone."""
    rows = []
    for item in items:
        drafts = rule_drafts(item)
        if models is not None:
            drafts = learned_agreements(item.article, drafts, models)
        rows.append({"id": item.id, "agreements": [_row(d) for d in drafts]})
    return rows


def _row(d: AgreementDraft) -> dict[str, Any]:
    return {"name": d.name, "status": d.status, "parties": d.parties, "date": d.date}


def attributes(items: Sequence[GoldArticle], rows: list[dict[str, Any]]) -> str:
    """Status, parties (Jaccard) and date (at the gold's granularity) of the matched ones."""
    sc = _scorer()
    by_id = {r["id"]: r for r in rows}
    n = status = date = 0
    parties = 0.0
    for item in items:
        gold = item.gold.get("agreements") or []
        pred = by_id.get(item.id, {}).get("agreements", [])
        for i, j in sc.align(gold, pred, sc.match_agreements):
            if gold[i].get("optional"):
                continue
            g, p = gold[i], pred[j]
            n += 1
            status += g.get("status") == p["status"]
            parties += sc.jaccard(set(g.get("parties") or []), set(p["parties"]))
            date += sc.same_date(g.get("date"), p["date"])
    if not n:
        return "no matches"
    return f"status {status / n:.3f} parties {parties / n:.3f} date {date / n:.3f} (n={n})"


def cross_validate(
    items: list[GoldArticle], recipe: Recipe, k: int, extra: Sequence[GoldArticle] = ()
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for held in folds(items, k):
        held_ids = {i.id for i in held}
        models = train([i for i in items if i.id not in held_ids] + list(extra), recipe)
        rows += predict(held, models)
    return rows


def summary(report: dict[str, Any]) -> str:
    r = report["agreements"]
    return (
        f"agreements F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}, "
        f"tp {r['tp']} fp {r['fp']} fn {r['fn']})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on train")
    parser.add_argument("--dev", action="store_true", help="also score corpus/dev")
    parser.add_argument("--rules", action="store_true", help="score the rules alone too")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="recipe field=value")
    args = parser.parse_args(argv)
    recipe = Recipe()
    for setting in args.set:
        key, value = setting.split("=", 1)
        setattr(recipe, key, type(getattr(recipe, key))(value))
    train_items = load_split("train")
    extra = [item for name in EXTRA_SETS for item in load_split(name)]
    gold_train, _ = split_files("train")
    if args.rules:
        rows = predict(train_items, None)
        print("train rules:", summary(score(gold_train, rows)), attributes(train_items, rows))
    if args.cv:
        rows = cross_validate(train_items, recipe, args.cv, extra)
        print(f"train {args.cv}-fold CV:", summary(score(gold_train, rows)))
        print("  attributes:", attributes(train_items, rows))
    models = train(train_items + extra, recipe)
    if args.dev:
        gold_dev, _ = split_files("dev")
        dev = load_split("dev")
        if args.rules:
            rows = predict(dev, None)
            print("dev rules:", summary(score(gold_dev, rows)), attributes(dev, rows))
        rows = predict(dev, models)
        print("dev:", summary(score(gold_dev, rows)))
        print("  attributes:", attributes(dev, rows))
    if not args.no_export and not args.cv:
        models.save(EXTRACT_MODEL_DIR)
        print(f"saved to {EXTRACT_MODEL_DIR}")


if __name__ == "__main__":
    main()
