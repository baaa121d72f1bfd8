"""Punctuation at the seams of rendered text, where citeproc-py leaves it wrong.

- `punctuation_into_quotes`: "…trente”, in" → "…trente,” in" for locales with
  punctuation-in-quote (American English); citeproc-py reads the option and
  ignores it.
- `tidy_punctuation`: the period a layout adds after "?", "!", "…" or "." is
  dropped; citeproc-py merges only two identical marks at an affix seam.
"""

from __future__ import annotations

import re

SEAM_AFTER_STOP = re.compile(r"([?!…][\ue000-\ue00b]*)\.(?!\.)")
"""A period after "?", "!" or "…" (markup markers may sit between)."""
SEAM_DOUBLE_PERIOD = re.compile(r"(?<!\.)(\.[\ue000-\ue00b]*)\.(?!\.)")
"""Two periods where one was meant ("Op. cit.. P."), an ellipsis "..." left alone."""


def punctuation_into_quotes(text: str, close_quotes: tuple[str, str]) -> str:
    """"…trente”, in" → "…trente,” in" for locales with punctuation-in-quote
    (American English): citeproc-py reads the locale option and ignores it.

    An inner closing quote is also the apostrophe; it moves only when an inner
    opening quote came before it."""
    outer, inner = close_quotes
    out: list[str] = []
    index = 0
    for match in QUOTE_THEN_PUNCTUATION.finditer(text):
        quotes, marks, punctuation = match.group("quotes", "marks", "punctuation")
        if quotes[0] not in (outer, inner) or (quotes[0] == inner != outer and "‘" not in text[:match.start()]):
            continue
        out.append(text[index:match.start()])
        out.append(punctuation + quotes + marks)
        index = match.end()
    out.append(text[index:])
    return "".join(out)


QUOTE_THEN_PUNCTUATION = re.compile(
    r"(?P<quotes>[”’»]+)(?P<marks>[\ue000-\ue00b]*)(?P<punctuation>[.,])"
)
"""Closing quotes (markup markers may follow) then a period or comma."""


def tidy_punctuation(text: str) -> str:
    """Drop the period a layout adds after "?", "!", "…" or "." (citeproc-py only
    drops a repeated identical mark at an affix seam: "manquée?." and "influences…."
    stay)."""
    return SEAM_DOUBLE_PERIOD.sub(r"\1", SEAM_AFTER_STOP.sub(r"\1", text))
