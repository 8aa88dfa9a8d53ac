"""`make train`: rebuild warta/nlp/model/ner_pipeline from ../shared/data, reproducibly.

Steps: build DocBins (gold idner-news-2k train [+dev] + optional recased NERP + silver
nlp-id-postag), train with spaCy's config system (training/ner.cfg, fixed seed), export the
best checkpoint without optimizer state, then score it on the held-out test sets and write
training/results.json (the figures quoted in docs/MODEL.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # `python training/train_ner.py` from the repo root

import spacy  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402
from spacy.training.pretrain import pretrain as spacy_pretrain  # noqa: E402
from spacy.util import load_config, load_model_from_config  # noqa: E402

from training.build_corpus import build  # noqa: E402
from training.evaluate_model import evaluate_all  # noqa: E402
from training.news_corpus import news_sentences  # noqa: E402
from training.pretrain_text import write_raw_text  # noqa: E402
from warta.evaluate.run import MODEL_DIR  # noqa: E402


def export(best: Path, target: Path) -> None:
    nlp = spacy.load(best)
    # The training data paths name this checkout; without them the shipped files are the
    # same bytes wherever `make train` runs.
    for key in nlp.config["paths"]:
        nlp.config["paths"][key] = None
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)


def pretrain(config: Path, output: Path, epochs: int, with_dev: bool, seed: int) -> Path:
    """Pretrained tok2vec weights from raw text (training/pretrain_text.py); their path."""
    raw = output / "data" / "raw_text.jsonl"
    print("pretraining sentences:", write_raw_text(raw, with_dev), flush=True)
    weights = output / "pretrain"
    if weights.exists():
        shutil.rmtree(weights)
    overrides = {
        "paths.raw_text": str(raw),
        "system.seed": seed,
        "pretraining.max_epochs": epochs,
    }
    weights.mkdir(parents=True)
    settings = load_config(config, overrides=overrides, interpolate=False).interpolate()
    # `spacy train` fills the [nlp] defaults itself; pretraining needs them filled here.
    settings = load_model_from_config(settings, auto_fill=True).config
    spacy_pretrain(settings, weights, use_gpu=-1, silent=False)
    return weights / f"model{epochs - 1}.bin"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    # The shipped recipe: gold idner train+dev and the real news of ../shared/corpus/train.
    # NERP and silver did not improve idner dev (docs/MODEL.md), so they are opt-in:
    # --sources gold,news,nerp-ppl,silver --held-out-dev.
    parser.add_argument("--sources", default="gold,news")
    parser.add_argument(
        "--held-out-dev",
        dest="with_dev",
        action="store_false",
        help="keep idner dev and the held-out fifth of corpus/train out of training (for "
        "experiments; by default both are trained on)",
    )
    parser.add_argument("--config", default=str(HERE / "ner.cfg"))
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--output", default=str(HERE / "corpus" / "run"))
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--pretrain-epochs",
        type=int,
        default=0,
        help="first pretrain the tok2vec on raw news text for this many epochs (spacy pretrain)",
    )
    parser.add_argument(
        "--set", action="append", default=[], help="config override, e.g. vars.width=128"
    )
    args = parser.parse_args()

    started = time.time()
    output = Path(args.output)
    corpus = output / "data"
    counts = build(args.sources.split(","), args.with_dev, args.seed, corpus)
    print("corpus:", counts, flush=True)
    overrides: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "system.seed": args.seed,
    }
    if args.pretrain_epochs:
        overrides["paths.init_tok2vec"] = str(
            pretrain(Path(args.config), output, args.pretrain_epochs, args.with_dev, args.seed)
        )
    for item in args.set:
        key, _, value = item.partition("=")
        try:  # numbers and lists (rows=[20000,5000,5000,1000]) as JSON, else a string
            overrides[key] = json.loads(value)
        except ValueError:
            overrides[key] = value
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    spacy_train(args.config, output, use_gpu=-1, overrides=overrides)
    train_seconds = round(time.time() - started)
    # With dev in the training data, "best on dev" means nothing: keep the last step of a
    # step budget chosen on an earlier held-out-dev run instead.
    best = output / ("model-last" if args.with_dev else "model-best")
    # Experiments choose on the held-out fifth of corpus/train; the shipped model (trained
    # on all of it) is reported on corpus/dev, which no choice was made on.
    if args.with_dev:
        news = {"corpus_dev": news_sentences("dev")}
    else:
        news = {"news_held_out": news_sentences("train", "held-out")}
    results = evaluate_all(best, news)
    if not args.with_dev:  # how the end of the step budget compares with the best step
        results["last_step"] = evaluate_all(output / "model-last", news)
    results.update({"train_seconds": train_seconds, "sources": counts, "with_dev": args.with_dev})
    print(json.dumps(results, indent=1))
    (output / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    if not args.no_export:
        export(best, MODEL_DIR)
        (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
