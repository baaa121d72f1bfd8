"""Particles of family names, which CSL keeps apart from the family name.

Sources: the CSL 1.0.2 specification, "Name particles" (non-dropping particles are
part of the name as cited: "du Réau", "de Lattre de Tassigny", "van Gogh"), and the
heading rules of GOST 7.1-2003 clause 5.2.5 / GOST 7.80-2000 clause 4.1.2 (the
particle is written as the person writes it; at the start of a footnote it may be
capitalised, "Du Réau E.", which is not part of the name).
"""

from __future__ import annotations

PARTICLES: frozenset[str] = frozenset(
    """
    de du des d’ d' la le di da del della degli dei dos das do van von vom zu zum zur
    der den ter ten op af av y
    """.split()
)
"""Lower-case particles; a capitalised one at the start of a heading is the same."""

CYRILLIC_PARTICLES: frozenset[str] = frozenset(
    """
    де дю ла ле ди дель делла фон ван дер цу
    """.split()
)
"""The same particles as Russian transcription writes them, in lower case as the owners
write theirs ("де Голль", "фон Бисмарк", "ван Гог", "Кюстин А. де"; GOST 7.80-2000 clause
4.1.2). Not "да", a Russian word ("Иван да Марья"). Kept apart from PARTICLES, which the
labeller's features were trained on."""

PARTICLE_PAIRS: frozenset[str] = frozenset({"de la", "van der", "van den", "von der", "de los", "van de"})
"""Two-word particles, kept together as one non-dropping particle."""

FAMILY_ARTICLES: frozenset[str] = frozenset({"Le", "La", "Les"})
"""A French or Italian article written with a capital and no "de" before it is part of
the family name, not a particle ("Le Goff", "La Fontaine", "La Pira"); in lower case
after "de" it is a particle ("de la Gorce")."""


FILED_AFTER_GIVEN_NAME: dict[str, frozenset[str]] = {
    "fr": frozenset({"de", "d’", "d'"}),
    "de": frozenset({"von", "von der", "zu", "von und zu"}),
    "nl": frozenset({"van", "van der", "van den", "van de", "de", "ter", "ten"}),
    "es": frozenset({"de"}),
    "pt": frozenset({"de", "da", "do", "das", "dos"}),
}
"""Particles that Chicago moves after the given name when a name is inverted, so that
the name is filed under the family name ("Lattre de Tassigny, Jean de", "Humboldt,
Alexander von"), by the language of the name (CMOS 17 8.5-8.7 and 16.71, names with
particles). Every other particle stays in front of the family name and is filed with
it: French "du" and "des" (contractions of the article, "du Réau"), Italian "da",
"de", "della", English-speaking names ("Van Buren", "De Quincey")."""
