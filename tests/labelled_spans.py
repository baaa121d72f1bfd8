"""A reference labelled by hand for the decoder's tests: the labellings the model gives
such notes, written out, so that a rule after the labeller is tested apart from any one
model."""

from __future__ import annotations

from biblio.parse.labeller.model import Labelled
from biblio.parse.labeller.tokens import tokenize


def labelled_spans(text: str, *spans: tuple[str, str]) -> Labelled:
    """`text` with each (label, printed value) span's tokens labelled, the rest "other";
    a value is looked for after the span before it."""
    tokens = tokenize(text)
    labels = ["other"] * len(tokens)
    at = 0
    for label, value in spans:
        start = text.index(value, at)
        at = start + len(value)
        for i, token in enumerate(tokens):
            if token.start >= start and token.end <= at:
                labels[i] = label
    return Labelled(text, tokens, labels, 0.9)
