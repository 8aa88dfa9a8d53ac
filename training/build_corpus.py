"""Build the training/dev DocBins from /work/shared/data (see training/README.md)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from training.corpus_io import (
    HeldOut,
    gold_spans,
    held_out_keys,
    make_doc,
    norm_key,
    read_idner,
    with_quotes,
)

CORPUS = Path(__file__).resolve().parent / "corpus"
QUOTED_SHARE = 0.2  # gold sentences that get an extra copy with quote marks


def build(sources: list[str], with_dev: bool, seed: int, out: Path = CORPUS) -> dict[str, int]:
    nlp = spacy.blank("id")
    out.mkdir(parents=True, exist_ok=True)
    train = DocBin()
    counts: dict[str, int] = {}
    seen: set[str] = set()
    gold_sentences = read_idner("train") + (read_idner("dev") if with_dev else [])
    rng = random.Random(seed)
    quoted = 0
    for sentence in gold_sentences:
        seen.add(norm_key(sentence.words))
        spans = gold_spans(sentence)
        train.add(make_doc(nlp.vocab, sentence.words, spans))
        if rng.random() < QUOTED_SHARE:
            words, shifted = with_quotes(sentence.words, spans, rng)
            train.add(make_doc(nlp.vocab, words, shifted))
            quoted += 1
    counts["gold"] = len(gold_sentences)
    counts["gold_quoted_copies"] = quoted
    # Extra sources never see a dev/test sentence we report on, nor repeat gold ones.
    held_out = held_out_keys()
    if with_dev:
        held_out -= {norm_key(s.words) for s in read_idner("dev")}
    blocked = HeldOut(held_out)
    if "nerp" in sources or "nerp-ppl" in sources:
        from training.nerp_recased import nerp_docs

        docs = nerp_docs(nlp.vocab, blocked, seen, places="nerp" in sources)
        counts["nerp"] = len(docs)
        for doc in docs:
            train.add(doc)
    if "silver" in sources:
        from training.silver import silver_docs

        docs = silver_docs(nlp.vocab, blocked, seen, rng)
        counts["silver"] = len(docs)
        for doc in docs:
            train.add(doc)
    if "news" in sources:
        from training.news_corpus import news_docs, sentence_keys

        # Nor a sentence of corpus/dev (syndicated copies of one story cross the split).
        news_blocked = HeldOut(held_out | sentence_keys("dev"))
        docs = news_docs(nlp.vocab, news_blocked, seen, "all" if with_dev else "fit")
        counts["news"] = len(docs)
        for doc in docs:
            train.add(doc)
    train.to_disk(out / "train.spacy")
    dev = DocBin()
    for sentence in read_idner("dev"):
        dev.add(make_doc(nlp.vocab, sentence.words, gold_spans(sentence)))
    dev.to_disk(out / "dev.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sources", default="gold")
    parser.add_argument("--with-dev", action="store_true")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    print(build(args.sources.split(","), args.with_dev, args.seed))


if __name__ == "__main__":
    main()
