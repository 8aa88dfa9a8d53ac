"""A trained linear classifier over named features, stored as plain arrays.

The extraction models are logistic regressions over sparse binary features (words, rule
hits, actor facts). Training (training/train_extract.py, with scikit-learn) writes each one
as an .npz of its feature names, label names and weights; running it needs only numpy: the
score of a label is the sigmoid of the summed weights of the features present.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# A fixed timestamp in the archive, so two trainings give byte-identical files.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass
class LinearModel:
    labels: list[str]
    index: dict[str, int]  # feature name -> row of weights
    weights: np.ndarray  # (features, labels), float32
    bias: np.ndarray  # (labels,)
    exclusive: bool = False  # one label per example (softmax), else each on its own (sigmoid)
    _weights_by_name: dict[str, float] | None = field(default=None, repr=False, compare=False)

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        rows = [self.index[f] for f in set(features) if f in self.index]
        logits = self.bias + self.weights[rows].sum(axis=0)
        if self.exclusive:
            exp = np.exp(logits - logits.max())
            return exp / exp.sum()
        return 1.0 / (1.0 + np.exp(-logits))

    def probability(self, features: Iterable[str], label: str | None = None) -> float:
        """The score of one label (the only one, for a binary model)."""
        if len(self.labels) == 1 and not self.exclusive:
            # the hot path (thousands of calls per article): plain floats, no array indexing
            weights = self.weights_by_name()
            logit = float(self.bias[0]) + sum(weights.get(f, 0.0) for f in set(features))
            return 1.0 / (1.0 + math.exp(-logit)) if logit > -700 else 0.0
        column = self.labels.index(label) if label is not None else 0
        return float(self.probabilities(features)[column])

    def weights_by_name(self) -> dict[str, float]:
        """The first label's weight of every feature, as plain floats (built once)."""
        if self._weights_by_name is None:
            column = self.weights[:, 0].tolist()
            self._weights_by_name = {name: column[i] for name, i in self.index.items()}
        return self._weights_by_name

    @classmethod
    def from_arrays(
        cls,
        labels: Sequence[str],
        names: Sequence[str],
        weights: np.ndarray,
        bias: np.ndarray,
        exclusive: bool = False,
    ) -> LinearModel:
        """Keeps only the features with a weight: the rest cannot change a score."""
        weights = np.asarray(weights, dtype=np.float32).reshape(len(names), len(labels))
        keep = np.flatnonzero(np.abs(weights).max(axis=1) > 1e-6)
        kept = [names[int(i)] for i in keep]
        return cls(
            list(labels),
            {name: i for i, name in enumerate(kept)},
            weights[keep],
            np.asarray(bias, dtype=np.float32).reshape(len(labels)),
            exclusive,
        )

    def save(self, path: Path) -> None:
        names = sorted(self.index, key=self.index.__getitem__)
        arrays = {
            "labels": np.array(self.labels, dtype=str),
            "names": np.array(names, dtype=str),
            "weights": self.weights,
            "bias": self.bias,
            "exclusive": np.array(self.exclusive),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w") as archive:
            for key, array in arrays.items():
                buffer = io.BytesIO()
                np.save(buffer, array, allow_pickle=False)
                info = zipfile.ZipInfo(f"{key}.npy", ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, buffer.getvalue())

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["names"]]
            return cls(
                [str(label) for label in data["labels"]],
                {name: i for i, name in enumerate(names)},
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                bool(data["exclusive"]),
            )


def bucket(n: float, edges: tuple[float, ...]) -> str:
    """A count or share as a feature value: the first edge it does not pass (">last" past
    them all), so that near values share one feature."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"
