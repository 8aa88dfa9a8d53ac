"""Train the learned agreement models from ../shared/corpus/train.

    .venv/bin/python -m training.train_agreements            # train on all of train, export
    .venv/bin/python -m training.train_agreements --cv 5     # 5-fold cross-validation, no export
    .venv/bin/python -m training.train_agreements --dev      # also score corpus/dev
    (--cache DIR reads pickled analyzed corpora, DIR/<split>.pkl, instead of parsing)

Every candidate of warta/extract/agreement_candidates.py is an example for the keep model,
labelled with the scorer's own name matching (../shared/eval/score.py): positive when it
matches a required gold agreement of its article (a later mention too: at run time a repeated
name is left out by the selection, not by the model), left out when it matches only an
optional one, else negative. (Taking only the one candidate the scorer would align, or only
mentions in the gold evidence sentence, did worse in cross-validation.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from training.extract_corpus import (
    GoldArticle,
)
from training.learning import (
    corpus_scorer,
    fit,
    run_trainer,
)
from warta.extract.agreement_model import (
    AgreementModels,
    learned_agreements,
    scored_candidates,
)
from warta.extract.agreements import AgreementDraft, extract_agreements


@dataclass
class Recipe:
    keep_c: float = 0.3
    threshold: float = 0.4
    rule_threshold: float = 0.3


def rule_drafts(item: GoldArticle) -> list[AgreementDraft]:
    a = item.article
    return extract_agreements(a.text, a.sentences, a.actors, a.dates, a.main_date)


@dataclass
class Examples:
    keep: list[list[str]]
    keep_labels: list[bool]
    keep_known: list[bool]


def examples(items: Iterable[GoldArticle]) -> Examples:
    sc = corpus_scorer()
    out = Examples([], [], [])
    for item in items:
        gold = [g for g in item.gold.get("agreements") or [] if g.get("name")]
        for cand, feats in scored_candidates(item.article, rule_drafts(item)):
            pred = {"name": cand.name}
            required = any(sc.match_agreements(g, pred) for g in gold if not g.get("optional"))
            optional = any(sc.match_agreements(g, pred) for g in gold if g.get("optional"))
            out.keep.append(feats)
            out.keep_labels.append(required)
            out.keep_known.append(required or not optional)
    return out


def train(items: Sequence[GoldArticle], recipe: Recipe) -> AgreementModels:
    ex = examples(items)
    keep = fit(ex.keep, [[y] for y in ex.keep_labels], ["agreement"], recipe.keep_c,
               [[k] for k in ex.keep_known])  # fmt: skip
    return AgreementModels(keep, recipe.threshold, recipe.rule_threshold)


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
    sc = corpus_scorer()
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


def summary(report: dict[str, Any]) -> str:
    r = report["agreements"]
    return (
        f"agreements F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}, "
        f"tp {r['tp']} fp {r['fp']} fn {r['fn']})"
    )


def main(argv: list[str] | None = None) -> None:
    recipe = Recipe()
    run_trainer(
        __doc__.split("\n")[0], recipe, lambda items: train(items, recipe), predict, summary,
        argv, attributes,
    )  # fmt: skip


if __name__ == "__main__":
    main()
