"""Case statistics from the cased news corpora (nlp-id-postag + idner train only, never a
test set): the usual written form of each word and how often it is a proper noun."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from training.corpus_io import POSTAG, read_idner
from warta.evaluate.conll import read_conll


@dataclass(frozen=True)
class CaseStats:
    forms: dict[str, str]  # lower -> most frequent form when not sentence-initial
    nnp_ratio: dict[str, float]  # lower -> share of NNP tags in nlp-id-postag
    count: dict[str, int]  # lower -> frequency in nlp-id-postag

    def truecase(self, word: str) -> str:
        return self.forms.get(word.lower(), word)


@lru_cache(maxsize=1)
def case_stats() -> CaseStats:
    forms: defaultdict[str, Counter[str]] = defaultdict(Counter)
    tags: defaultdict[str, Counter[bool]] = defaultdict(Counter)
    postag = read_conll(POSTAG, tab=True)
    for sentence in postag:
        for index, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
            tags[word.lower()][tag == "NNP"] += 1
            if index:  # sentence-initial capitals say nothing about the word
                forms[word.lower()][word] += 1
    for sentence in read_idner("train"):
        for word in sentence.words[1:]:
            forms[word.lower()][word] += 1
    return CaseStats(
        forms={low: counter.most_common(1)[0][0] for low, counter in forms.items()},
        nnp_ratio={low: c[True] / (c[True] + c[False]) for low, c in tags.items()},
        count={low: c[True] + c[False] for low, c in tags.items()},
    )
