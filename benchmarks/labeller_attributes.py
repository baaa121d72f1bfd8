"""Census of the labeller's attributes: how many a token carries, by family, and how
much weight the trained model gives each family.

Usage:
    python benchmarks/labeller_attributes.py [--model FILE] [--rows 3000]

Over the dev references of the external sets (bench_labeller.dev_texts: the tenth of
the train rows held back from training, never the test rows), each family's
attributes a token (crfsuite's time is about proportional to them), the share of
those the model knows (an unknown one is looked up and dropped), and from the model
(`Tagger.info()`): the family's distinct attributes and state features (attribute ×
label), the sum of their absolute weights, and the absolute weight an occurrence
brings on average (summed over the labels it is tied to). The family of an attribute
is read from its name's prefix (FAMILIES).

Measured 2026-12-06 (2,173 dev references, 53,634 tokens): the shipped features and
model, 29.7 attributes a token (733 a reference), half of the word pairs and 17–18 % of
the neighbours' words unknown to the model; the lean candidate features and their
model (not shipped; branch crf3, commit 0a3e004), 18.1 a token. Tables in
docs/parsing-history.md, "The labeller's attributes"."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import pycrfsuite

from bench_labeller import dev_texts
from biblio.parse.labeller.features import token_features
from biblio.parse.labeller.model import tagger
from biblio.parse.labeller.tokens import tokenize

FAMILIES = (
    ("-2:", "neighbours ±2"), ("2:", "neighbours ±2"), ("-1:", "neighbours ±1"),
    ("1:", "neighbours ±1"), ("-1w|w=", "word pairs"), ("w|+1w=", "word pairs"),
    ("BOS", "word pairs"), ("EOS", "word pairs"), ("w=", "word"), ("pre2=", "affixes"),
    ("suf3=", "affixes"), ("shape=", "shape"), ("kind=", "shape"), ("script=", "shape"),
    ("cap", "shape"), ("allcaps", "shape"), ("class=", "lexicon"), ("pos=", "position"),
    ("year=", "position"), ("state=", "marks"), ("space=", "marks"), ("dot=", "marks"),
    ("host=", "marks"), ("commas", "marks"), ("stops=", "marks"), ("prevp=", "marks"),
    ("nextp=", "marks"), ("marks=", "marks"), ("seg", "segment"), ("lyr=", "segment"),
    ("quoted-before", "segment"),
)
"""An attribute's name prefix → its family (the first prefix that matches); a
neighbour's attribute is told apart further by its kind ("k", "kind", "class") or word."""


def family(attribute: str) -> str:
    for prefix, name in FAMILIES:
        if attribute.startswith(prefix):
            if name.startswith("neighbours"):
                inner = attribute[len(prefix):].split("=", 1)[0]
                return f"{name}, {'word' if inner == 'w' else 'kind/class'}"
            return name
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="a model file other than the shipped one")
    parser.add_argument("--rows", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.model:
        model = pycrfsuite.Tagger()
        model.open(args.model)
    else:
        model = tagger()
    info = model.info()
    features, weight = Counter(), Counter()
    attribute_weight: dict[str, float] = defaultdict(float)
    for (attribute, _label), value in info.state_features.items():
        features[family(attribute)] += 1
        weight[family(attribute)] += abs(value)
        attribute_weight[attribute] += abs(value)
    distinct = Counter(family(a) for a in attribute_weight)
    carried, known, brought = Counter(), Counter(), Counter()
    texts = dev_texts(args.rows)
    tokens = 0
    for text in texts:
        for item in token_features(tokenize(text), text):
            tokens += 1
            for attribute in item:
                name = family(attribute)
                carried[name] += 1
                if attribute in attribute_weight:
                    known[name] += 1
                    brought[name] += attribute_weight[attribute]
    total = sum(carried.values())
    print(f"{len(texts)} references, {tokens:,} tokens: {total / tokens:.1f} attributes a "
          f"token, {total / len(texts):.0f} a reference; {len(info.transitions)} transitions")
    print("| family | a token | known to the model | attributes in the model | state features "
          "| sum of |weight| | |weight| an occurrence |")
    print("|---|---|---|---|---|---|---|")
    for name in sorted(carried, key=lambda n: -carried[n]):
        print(f"| {name} | {carried[name] / tokens:.2f} | {known[name] / carried[name]:.0%} | "
              f"{distinct[name]:,} | {features[name]:,} | {weight[name]:,.0f} | "
              f"{brought[name] / carried[name]:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
