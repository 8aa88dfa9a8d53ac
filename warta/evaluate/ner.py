"""Exact-span NER scoring (the CoNLL/seqeval definition): a predicted entity counts only
if its start, end and label all match a gold entity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from warta.evaluate.conll import Span

DROP = {"O", ""}


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.tp + self.fn,
        }


@dataclass
class NerScore:
    per_label: dict[str, LabelScore] = field(default_factory=dict)

    @property
    def total(self) -> LabelScore:
        total = LabelScore()
        for score in self.per_label.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    def as_dict(self) -> dict[str, object]:
        total = self.total
        return {
            "precision": round(total.precision, 4),
            "recall": round(total.recall, 4),
            "f1": round(total.f1, 4),
            "per_label": {name: s.as_dict() for name, s in sorted(self.per_label.items())},
        }


def map_spans(spans: Iterable[Span], mapping: Mapping[str, str] | None) -> list[Span]:
    """Rename labels; labels mapped to "O" or "" are dropped, unmapped labels are kept."""
    if not mapping:
        return list(spans)
    renamed = [(start, end, mapping.get(label, label)) for start, end, label in spans]
    return [span for span in renamed if span[2] not in DROP]


def score_spans(
    gold: Sequence[Iterable[Span]],
    predicted: Sequence[Iterable[Span]],
    labels: Iterable[str] | None = None,
) -> NerScore:
    """Score sentence-aligned span lists. Only `labels` are scored (default: every gold
    label), so a full pipeline's extra labels (DATE, MONEY, ...) are not counted as errors."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_sets = [set(spans) for spans in gold]
    pred_sets = [set(spans) for spans in predicted]
    scored = set(labels) if labels is not None else {s[2] for g in gold_sets for s in g}
    result = NerScore({name: LabelScore() for name in sorted(scored)})
    for gold_set, pred_set in zip(gold_sets, pred_sets, strict=True):
        gold_set = {s for s in gold_set if s[2] in scored}
        pred_set = {s for s in pred_set if s[2] in scored}
        for span in gold_set & pred_set:
            result.per_label[span[2]].tp += 1
        for span in pred_set - gold_set:
            result.per_label[span[2]].fp += 1
        for span in gold_set - pred_set:
            result.per_label[span[2]].fn += 1
    return result
