"""Countries as English-language imprints print them after a city: "Harmondsworth, U.K.:
Penguin Books", "Berlin, Germany: Springer", "New York, USA: Norton".

Source: the Publication Manual of the American Psychological Association (6th ed., 6.30,
7.02): a publisher outside the United States is located by its city and country, as the
English reference lists of Russian and Ukrainian journals, which follow it, print it; the
abbreviations of the United Kingdom and the United States as such lists write them. Facts,
gathered here.
"""

from __future__ import annotations

COUNTRIES: tuple[str, ...] = (
    "U.K.", "UK", "U.S.A.", "USA", "U.S.", "England", "Scotland", "Ireland", "Canada",
    "Australia", "New Zealand", "Germany", "France", "Italy", "Spain", "Portugal",
    "Switzerland", "Austria", "Netherlands", "The Netherlands", "Belgium", "Denmark",
    "Sweden", "Norway", "Finland", "Poland", "Czech Republic", "Hungary", "Russia",
    "Ukraine", "Belarus", "Israel", "India", "China", "Japan", "Singapore",
)
