"""Train the person-name model of actor resolution (warta/actors/name_origin.py).

`python -m training.train_roles` trains on the persons of corpus/train and the project's
annotated sets (seeds, devset, heldout, heldout3) and writes
warta/nlp/model/extract/person_names.npz. `--cv 5`: 5-fold cross-validation over corpus/train
(folds by article, as training/train_extract.py); `--dev`: scored on corpus/dev. Both report the
name model's accuracy and, given `--cache DIR` (pickled analyzed splits, train.pkl / dev.pkl),
the persons scores of actor resolution re-run with that model.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

from training.extract_corpus import GoldArticle, split_files
from training.learning import fit, folds, score
from warta.actors import resolve_actors
from warta.actors.name_origin import MODEL_PATH, name_features, use_model
from warta.extract.linear import LinearModel

C = 1.0  # 5-fold CV on train names: 0.886 at C=1, 0.891 at C=0.3 (persons: the same)
EXTRA_SETS = ("seeds", "devset", "heldout", "heldout3")


def examples(gold_path: Path, ids: set[str] | None = None) -> list[tuple[str, str, bool]]:
    """(article id, name, Indonesian?) for every gold person with a state."""
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if not row or (ids is not None and row["id"] not in ids):
            continue
        for person in row.get("persons") or []:
            if person.get("name") and person.get("country"):
                out.append((row["id"], person["name"], person["country"] == "IDN"))
    return out


def train(rows: Iterable[tuple[str, str, bool]]) -> LinearModel:
    rows = list(rows)
    return fit([name_features(r[1]) for r in rows], [[r[2]] for r in rows], ["IDN"], C)


def accuracy(model: LinearModel, rows: list[tuple[str, str, bool]]) -> float:
    right = sum((model.probability(name_features(n)) >= 0.5) == idn for _, n, idn in rows)
    return right / max(1, len(rows))


def persons_rows(items: list[GoldArticle]) -> list[dict]:  # type: ignore[type-arg]
    """The persons `warta extract` reports, actor resolution re-run on analyzed articles."""
    from warta.clean import clean_document
    from warta.ingest.types import RawDocument

    rows = []
    for item in items:
        raw = RawDocument(
            doc_id=item.id, source=str(item.path), format="txt",
            text=item.path.read_text(encoding="utf-8"),
        )  # fmt: skip
        headline_end = clean_document(raw).headline_end
        actors = resolve_actors(item.article.text, item.article.doc, headline_end)
        persons = [{"name": p.name, "role": p.role, "country": p.country} for p in actors.persons]
        rows.append({"id": item.id, "persons": persons})
    return rows


def persons_report(rows: list[dict], gold_path: Path) -> str:  # type: ignore[type-arg]
    r = score(gold_path, rows, {row["id"] for row in rows})["persons"]
    return (
        f"persons F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}) "
        f"role {r.get('role_accuracy', 0):.3f} country {r.get('country_accuracy', 0):.3f}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on train")
    parser.add_argument("--dev", action="store_true", help="score on corpus/dev")
    parser.add_argument("--cache", type=Path, help="pickled analyzed splits (train.pkl, dev.pkl)")
    args = parser.parse_args(argv)
    extra = [r for s in EXTRA_SETS for r in examples(split_files(s)[0])]
    train_gold = split_files("train")[0]
    train_rows = examples(train_gold)
    if not args.cv and not args.dev:
        model = train(train_rows + extra)
        model.save(MODEL_PATH)
        print(f"wrote {MODEL_PATH} ({len(model.index)} features, {len(train_rows + extra)} names)")
        return
    if args.cv:
        ids = sorted({r[0] for r in train_rows})
        fold_ids = [set(ids[f :: args.cv]) for f in range(args.cv)]
        right = 0
        for held in fold_ids:
            model = train([r for r in train_rows if r[0] not in held] + extra)
            right += accuracy(model, [r for r in train_rows if r[0] in held]) * sum(
                r[0] in held for r in train_rows
            )
        print(f"cv{args.cv} names accuracy {right / len(train_rows):.3f}")
        if args.cache:
            items = pickle.load((args.cache / "train.pkl").open("rb"))
            rows = []
            for held_part in folds(items, args.cv):
                held = {i.id for i in held_part}
                use_model(train([r for r in train_rows if r[0] not in held] + extra))
                rows += persons_rows(held_part)
            use_model(None)
            print(f"cv{args.cv}", persons_report(rows, train_gold))
    if args.dev:
        dev_gold = split_files("dev")[0]
        model = train(train_rows + extra)
        print(f"dev names accuracy {accuracy(model, examples(dev_gold)):.3f}")
        if args.cache:
            use_model(model)
            dev_items = pickle.load((args.cache / "dev.pkl").open("rb"))
            print("dev", persons_report(persons_rows(dev_items), dev_gold))
            use_model(None)


if __name__ == "__main__":
    main(sys.argv[1:])
