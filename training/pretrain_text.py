"""Raw text for `spacy pretrain`: the tok2vec learns Indonesian word shapes and contexts
from unlabelled news before it sees the small gold NER set.

Sources: nlp-id-postag (32k cased kumparan news sentences; only the words are used, not the
tags) and the gold training sentences. Every sentence that is, or nearly is, in a dev or
test set we report or select on is left out (the same `HeldOut` rule as the other sources).
"""

from __future__ import annotations

import json
from pathlib import Path

from training.corpus_io import POSTAG, HeldOut, held_out_keys, norm_key, read_idner
from warta.evaluate.conll import read_conll

MIN_WORDS = 5


def write_raw_text(path: Path, with_dev: bool) -> int:
    """Write one {"text": ...} line per sentence; returns the number written."""
    keys = held_out_keys()
    gold = read_idner("train") + (read_idner("dev") if with_dev else [])
    if with_dev:
        keys -= {norm_key(s.words) for s in read_idner("dev")}
    blocked = HeldOut(keys)
    seen: set[str] = set()
    written = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for sentence in [*gold, *read_conll(POSTAG, tab=True)]:
            key = norm_key(sentence.words)
            if len(sentence.words) < MIN_WORDS or key in seen or blocked.blocks(key):
                continue
            seen.add(key)
            out.write(json.dumps({"text": " ".join(sentence.words)}, ensure_ascii=False) + "\n")
            written += 1
    return written
