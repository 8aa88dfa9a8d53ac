"""Whether a person's name reads as Indonesian: a small learned model over its letters.

Indonesian news names its own people without saying whose they are, so a person whose
sentence names no state is taken as Indonesian (actors/countries.py). A foreign name in such a
sentence ("Eric Trappier", "Lee Seong-il", "Zhu Lin") is rather the article's foreign state's.
The model (training/train_roles.py) is a logistic regression over the name's words and
letter n-grams, trained on the persons of corpus/train and the project's annotated sets;
numpy-only at run time (warta.extract.linear).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.extract.linear import LinearModel

MODEL_PATH = Path(__file__).resolve().parents[1] / "nlp" / "model" / "extract" / "person_names.npz"
NGRAMS = (2, 3, 4)


def name_features(name: str) -> list[str]:
    """The name's words and the letter n-grams of each word (with its boundaries)."""
    words = [w for w in re.findall(r"[\w'-]+", name.lower()) if len(w) > 1]
    out = [f"n{min(len(words), 4)}"]
    for word in words:
        bounded = f"^{word}$"
        out.append("w=" + word)
        for n in NGRAMS:
            out += [f"c{n}={bounded[i : i + n]}" for i in range(len(bounded) - n + 1)]
    return out


@lru_cache(maxsize=1)
def shipped_name_model() -> LinearModel | None:
    """The trained model, or None when it was not trained."""
    if not MODEL_PATH.exists():
        return None
    from warta.extract.linear import LinearModel  # here: warta.extract imports warta.actors

    return LinearModel.load(MODEL_PATH)


# the model under use; training/train_roles.py swaps in a fold's model for cross-validation
_override: list[LinearModel | None] = []


def use_model(model: LinearModel | None) -> None:
    """Use this model instead of the shipped one (None: back to the shipped one)."""
    _override.clear()
    if model is not None:
        _override.append(model)


def indonesian_probability(name: str) -> float | None:
    """How likely the name is an Indonesian's (None without a model or a usable name)."""
    model = _override[0] if _override else shipped_name_model()
    if model is None or not name.strip():
        return None
    return model.probability(name_features(name))
