"""Silver NER from nlp-id-postag (32k cased kumparan news sentences with NNP tags).

Every proper-noun (NNP) run is typed by high-precision rules only: the idner train gazetteer,
organization head words, country/city lists, person titles and speech verbs. Runs the rules
cannot type are marked *missing* (ignored by the loss), never O. `python -m training.silver`
measures the rules' precision on idner-news-2k dev (UPOS PROPN standing in for NNP).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

from training.casing import case_stats
from training.corpus_io import (
    POSTAG,
    HeldOut,
    gold_spans,
    make_doc,
    norm_key,
    place_label,
    read_idner,
)
from training.gazetteer import GPE_NAMES, ORG_HEADS, PERSON_TITLES, SPEECH_VERBS
from warta.evaluate.conll import Span, read_conll

MAX_SILVER = 12000
PLAIN_SHARE = 0.1  # share of sentences without proper nouns kept as pure-O examples
PLACE_CUES = {"kota", "provinsi", "kabupaten", "negara", "negeri", "kecamatan", "desa"}
# idner tags a country as LOC only where it is a place ("di Gaza"), not as an actor
# ("serangan Israel"), so listed names become silver GPE only after a locative word.
LOCATIVE = PLACE_CUES | {"di", "ke", "dari", "wilayah", "kawasan", "daerah", "menuju", "asal"}


@lru_cache(maxsize=1)
def train_gazetteer() -> dict[str, str]:
    """Entity strings from idner train whose label is unambiguous (>= 90%)."""
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for sentence in read_idner("train"):
        for start, end, label in gold_spans(sentence):
            labels[" ".join(sentence.words[start:end])][label] += 1
    table = {}
    for text, counter in labels.items():
        label, count = counter.most_common(1)[0]
        if count / sum(counter.values()) >= 0.9:
            table[text] = label
    return table


def _name_like(word: str) -> bool:
    low = word.lower()
    if low in PERSON_TITLES or word in ORG_HEADS or word in GPE_NAMES:
        return False
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    stats = case_stats()
    return stats.nnp_ratio.get(low, 1.0) >= 0.8


def type_run(words: Sequence[str], start: int, end: int) -> tuple[list[Span], list[int]]:
    """Spans and missing token indices for one proper-noun run words[start:end]."""
    run = list(words[start:end])
    text = " ".join(run)
    before = words[start - 1].lower() if start else ""
    everything = list(range(start, end))
    gazetteer = train_gazetteer()
    if text in gazetteer and (gazetteer[text] not in ("GPE", "LOC") or before in LOCATIVE):
        return [(start, end, gazetteer[text])], []
    # A bare head word ("Komisi") usually abbreviates a longer name: too vague to type.
    specific = len(run) > 1 or run[0].isupper()
    if run[0] in ORG_HEADS and specific and not any(_name_like(w) for w in run[1:]):
        return [(start, end, "ORG")], []
    if text in GPE_NAMES:
        if before in LOCATIVE:
            return [(start, end, place_label(run))], []
        return [], everything
    if before in PLACE_CUES and all(w[:1].isupper() for w in run) and len(run) <= 3:
        return [(start, end, "GPE")], []
    # Person: a title (before or opening the run) followed by a short name-like tail.
    tail = end
    while tail > start and _name_like(words[tail - 1]):
        tail -= 1
    name_len = end - tail
    titled = before in PERSON_TITLES or (tail > start and run[0].lower() in PERSON_TITLES)
    said = before in SPEECH_VERBS and start >= 2 and words[start - 2] in {",", '"'}
    if 1 <= name_len <= 4 and (titled or (said and tail == start)):
        prefix = range(start, tail)
        missing = [i for i in prefix if words[i].lower() not in PERSON_TITLES]
        return [(tail, end, "PERSON")], missing
    return [], everything


def proper_noun_runs(tags: Sequence[str], proper: str) -> list[tuple[int, int]]:
    runs, start = [], None
    for index, tag in enumerate([*tags, ""]):
        if tag == proper and start is None:
            start = index
        elif tag != proper and start is not None:
            runs.append((start, index))
            start = None
    return runs


def label_sentence(
    words: Sequence[str], tags: Sequence[str], proper: str = "NNP"
) -> tuple[list[Span], list[int]]:
    spans: list[Span] = []
    missing: list[int] = []
    for start, end in proper_noun_runs(tags, proper):
        run_spans, run_missing = type_run(words, start, end)
        spans += run_spans
        missing += run_missing
    return spans, missing


def silver_docs(vocab: Vocab, blocked: HeldOut, seen: set[str], rng: random.Random) -> list[Doc]:
    """`seen` (sentence keys already used) is updated in place."""
    docs: list[Doc] = []
    plain: list[Doc] = []
    for sentence in read_conll(POSTAG, tab=True):
        key = norm_key(sentence.words)
        if key in seen or len(sentence.words) < 4 or blocked.blocks(key):
            continue
        seen.add(key)
        spans, missing = label_sentence(sentence.words, sentence.tags)
        if spans:
            missing_ranges = [(i, i + 1) for i in missing]
            docs.append(make_doc(vocab, sentence.words, spans, missing_ranges))
        elif not missing and rng.random() < PLAIN_SHARE:
            plain.append(make_doc(vocab, sentence.words, []))
    rng.shuffle(docs)
    return docs[:MAX_SILVER] + plain[: MAX_SILVER // 10]


def check_on_dev() -> dict[str, dict[str, float]]:
    """Precision of silver spans against idner dev gold, per label (PROPN runs as NNP)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    wrong: list[tuple[str, str, str]] = []
    for sentence in read_conll(read_idner.__globals__["IDNER"] / "dev.txt", tab=False):
        upos = _upos(sentence.words)
        gold = set(gold_spans(sentence))
        gold_any = {(s, e) for s, e, _ in gold}
        spans, _ = label_sentence(sentence.words, upos.get(tuple(sentence.words), []), "PROPN")
        for span in spans:
            if span in gold:
                tp[span[2]] += 1
            else:
                fp[span[2]] += 1
                found = [g[2] for g in gold if g[:2] == span[:2]]
                hint = found[0] if found else ("boundary" if gold_any else "none")
                wrong.append((" ".join(sentence.words[span[0] : span[1]]), span[2], hint))
    for item in wrong[:25]:
        print("silver error:", item)
    return {
        label: {
            "precision": round(tp[label] / (tp[label] + fp[label]), 3),
            "n": tp[label] + fp[label],
        }
        for label in sorted(tp | fp)
    }


def _upos(_: object) -> dict[tuple[str, ...], list[str]]:
    """idner's middle column (automatic UDPipe UPOS) per sentence."""
    table: dict[tuple[str, ...], list[str]] = {}
    path = read_idner.__globals__["IDNER"] / "dev.txt"
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    for line in lines:
        columns = line.strip().split()
        if not columns:
            if words:
                table[tuple(words)] = tags
            words, tags = [], []
            continue
        words.append(columns[0])
        tags.append(columns[1])
    return table


if __name__ == "__main__":
    print(check_on_dev())
