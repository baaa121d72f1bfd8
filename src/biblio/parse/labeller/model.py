"""The shipped CRF model: loaded once, on first use, and asked for labels."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from biblio.errors import BiblioError
from biblio.parse.labeller.features import token_features
from biblio.parse.labeller.tokens import Token, tokenize

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "labeller.crfsuite"
"""The shipped model, in biblio.data, found from this file: importlib.resources would
cost every command its import."""
_LOCK = threading.Lock()


@dataclass
class Labelled:
    """A reference's tokens, their labels, and the model's belief in the whole."""

    text: str
    tokens: list[Token]
    labels: list[str]
    probability: float
    alternative_probability: float | None = None


@lru_cache(maxsize=1)
def tagger() -> pycrfsuite.Tagger:
    """The model, opened from MODEL_PATH (a file crfsuite maps into memory)."""
    if not MODEL_PATH.is_file():
        raise BiblioError(f"the labeller model {MODEL_PATH.name} is missing from the package; "
                          "rebuild it with: python -m biblio.parse.labeller.train")
    model = pycrfsuite.Tagger()
    model.open(str(MODEL_PATH))
    return model


def label_reference(text: str, alternative: list[str] | None = None) -> Labelled:
    """The most likely labels of `text`'s tokens, and their probability; and that
    of an `alternative` labelling of the same tokens (another parser's reading)."""
    tokens = tokenize(text)
    if not tokens:
        return Labelled(text, [], [], 0.0)
    features = token_features(tokens, text)
    with _LOCK:  # a crfsuite Tagger holds the sequence it was given: one at a time
        model = tagger()
        labels = model.tag(features)
        probability = model.probability(labels)
        other = model.probability(alternative) if alternative else None
    return Labelled(text, tokens, labels, probability, other)
