"""indonlu-nerp as extra PERSON/GPE/LOC supervision, after recasing.

NERP is lower-cased and has no ORG class, so used raw it would teach "capital letters mean
nothing" and "organizations are O". We zip it with indonlu-posp (same tokens), restore case
from the cased corpora (training/casing.py; unknown proper nouns get Title case), and mark
every span we cannot type (IND/EVT/FNB, and proper-noun runs outside PPL/PLC that may be
ORG) as *missing*, so the loss ignores them instead of learning O.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from training.casing import case_stats
from training.corpus_io import NERP, POSP, HeldOut, make_doc, norm_key, to_model_spans
from warta.evaluate.conll import Sentence, Span, bio_spans, read_conll


def _split_multiword(sentence: Sentence, pos: list[str]) -> tuple[list[str], list[str], list[str]]:
    """NERP tokens like `jakarta pusat` -> two tokens (the runtime tokenizer splits them)."""
    words: list[str] = []
    tags: list[str] = []
    pos_out: list[str] = []
    for word, tag, pos_tag in zip(sentence.words, sentence.tags, pos, strict=True):
        parts = word.split() or [word]
        for index, part in enumerate(parts):
            words.append(part)
            pos_out.append(pos_tag)
            if index and tag != "O":
                tags.append("I-" + tag.partition("-")[2])
            else:
                tags.append(tag)
    return words, tags, pos_out


def _recase(words: list[str], pos: list[str], in_entity: set[int]) -> list[str]:
    stats = case_stats()
    cased = []
    for index, word in enumerate(words):
        known = stats.forms.get(word)
        if known is not None:
            form = known
        elif pos[index] == "NNP" or index in in_entity:
            form = word[:1].upper() + word[1:]
        else:
            form = word
        if index == 0:
            form = form[:1].upper() + form[1:]
        cased.append(form)
    return cased


def _proper_noun_runs(pos: list[str]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for index, tag in enumerate([*pos, "X"]):
        if tag == "NNP" and start is None:
            start = index
        elif tag != "NNP" and start is not None:
            runs.append((start, index))
            start = None
    return runs


def nerp_docs(vocab: Vocab, blocked: HeldOut, seen: set[str], places: bool = True) -> list[Doc]:
    """`seen` (sentence keys already used) is updated in place. With `places=False` PLC
    spans are marked missing: NERP tags countries acting as agents ("Rusia menolak") as
    places, which idner does not, and that costs GPE precision on idner dev."""
    docs: list[Doc] = []
    ner = read_conll(NERP / "train.tsv", tab=True)
    pos = read_conll(POSP / "train.tsv", tab=True)
    for ner_sentence, pos_sentence in zip(ner, pos, strict=True):
        key = norm_key(ner_sentence.words)
        if key in seen or blocked.blocks(key):
            continue
        seen.add(key)
        pos_tags = [t.removeprefix("B-") for t in pos_sentence.tags]
        words, tags, pos_tags = _split_multiword(ner_sentence, pos_tags)
        raw_spans = bio_spans(tags)
        in_entity = {i for s, e, _ in raw_spans for i in range(s, e)}
        cased = _recase(words, pos_tags, in_entity)
        spans: list[Span] = to_model_spans(cased, raw_spans, "nerp")
        kept = ("PPL", "PLC") if places else ("PPL",)
        spans = [span for span in spans if places or span[2] == "PERSON"]
        missing = [(s, e) for s, e, label in raw_spans if label not in kept]
        missing += _proper_noun_runs(pos_tags)
        docs.append(make_doc(vocab, cased, spans, missing))
    return docs
