"""Generated LaTeX field values as users write them: words (Latin and Cyrillic), math,
nested case-protecting braces, formatting commands and switches, accents, spacing
and commands biblio does not know. `markup_values` draws the LaTeX together with
what it must survive as: the math spans and protected groups it holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

WORDS = ("helix", "Soviet", "DNA", "Revue", "du", "Nord", "история", "СССР", "1935", "and")
MATH = (r"$\alpha$", r"$x_{i}^{2}$", r"$\mathcal{O}(n)$", "$H_2O$", r"$\sqrt{2}$")
ACCENTED = ((r"\'{e}", "é"), (r"\"o", "ö"), (r"\'{\i}", "í"), (r"\c{c}", "ç"),
            (r"{\v s}", "š"), (r"\~{n}", "ñ"))
UNKNOWN = (r"\ce{H2O}", r"\LaTeX{}", r"\href{http://x.org}{site}", r"{\small tiny}")
SPACING = (r"\,", "~", r"\@", r"\ ")
COMMANDS = (r"\emph", r"\textit", r"\textbf", r"\textsc", r"\textsuperscript", r"\mkbibemph")
SWITCHES = (r"\em", r"\bf", r"\it", r"\scshape")


@dataclass
class Markup:
    """A LaTeX value and the spans that must come back verbatim after a round trip."""

    latex: str
    math: list[str] = field(default_factory=list)
    protected: list[str] = field(default_factory=list)


def _join(parts: list[Markup]) -> Markup:
    return Markup(" ".join(part.latex for part in parts),
                  [m for part in parts for m in part.math],
                  [p for part in parts for p in part.protected])


_ATOMS = st.one_of(
    st.sampled_from(WORDS).map(Markup),
    st.sampled_from(MATH).map(lambda math: Markup(math, math=[math])),
    st.sampled_from(ACCENTED).map(lambda pair: Markup("x" + pair[0] + "y")),
    st.sampled_from(UNKNOWN).map(Markup),
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACING), st.sampled_from(WORDS)).map(
        lambda parts: Markup("".join(parts))),
)


def _wrapped(children: st.SearchStrategy[list[Markup]]) -> st.SearchStrategy[Markup]:
    inner = children.map(_join)
    return st.one_of(
        inner.map(_protected),
        st.tuples(st.sampled_from(COMMANDS), inner).map(
            lambda pair: Markup(pair[0] + "{" + pair[1].latex + "}", pair[1].math,
                                pair[1].protected)),
        st.tuples(st.sampled_from(SWITCHES), inner).map(
            lambda pair: Markup("{" + pair[0] + " " + pair[1].latex + "}", pair[1].math,
                                pair[1].protected)),
    )


def _protected(inner: Markup) -> Markup:
    """`{…}`: case protection, counted unless it starts with a command (a special
    character to BibTeX, `{\\small …}`, or a group such as `{{\\em x}}`, written back as
    the equally protecting `{\\textit{x}}`)."""
    protected = inner.protected if inner.latex.startswith(("\\", "{\\")) else [
        *inner.protected, inner.latex]
    return Markup("{" + inner.latex + "}", inner.math, protected)


markup_values: st.SearchStrategy[Markup] = st.recursive(
    _ATOMS, lambda children: _wrapped(st.lists(children, min_size=1, max_size=3)),
    max_leaves=12)
"""One LaTeX value: atoms, nested in braces, commands and switches up to 12 leaves."""
