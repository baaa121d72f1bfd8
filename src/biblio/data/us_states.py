"""Abbreviations of the states of the United States, as imprints print them after a
city: "Cambridge, Mass.", "Stanford, Calif.", "Cambridge, MA".

Sources: the traditional abbreviations listed by The Chicago Manual of Style (17th ed.,
10.28) and the U.S. Government Publishing Office Style Manual (ch. 9); the two-letter
postal codes of USPS Publication 28, appendix B. Facts, gathered here.
"""

from __future__ import annotations

TRADITIONAL: tuple[str, ...] = (
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.",
    "Ill.", "Ind.", "Kans.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.",
    "Miss.", "Mo.", "Mont.", "Nebr.", "Neb.", "Nev.", "N.H.", "N.J.", "N.Mex.", "N.M.",
    "N.Y.", "N.C.", "N.Dak.", "N.D.", "Okla.", "Oreg.", "Ore.", "Pa.", "Penn.", "R.I.",
    "S.C.", "S.Dak.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.",
    "Wisc.", "Wyo.",
)
"""The abbreviations with periods (states with short names, Iowa, Ohio, Utah…, are
written out and need no entry)."""

POSTAL: tuple[str, ...] = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
    "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
    "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
    "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)
"""The two-letter codes."""
