"""Words that name a body, not a person: a heading holding one is a corporate author.

CSL 1.0.2 ("Name-part order", institutional names) keeps such a name whole as a
`literal`; AnyStyle, GROBID and the socio-legal set label it so ("Statistisches Bundesamt
Wiesbaden", "Law Commission", "Australian Bureau of Statistics"). Listed by hand for
this project: the nouns of public bodies, learned societies and institutes in English,
German, French and Italian that are no common family names ("Bank", "Hall" or "Court"
are, and are left out).
"""

from __future__ import annotations

BODY_WORDS: frozenset[str] = frozenset("""
Agency Association Bureau Commission Committee Council Department Foundation Institute
Ministry Office Organization Organisation Secretariat Society Tribunal University
Akademie Amt Bundesamt Bundesministerium Bundesregierung Gesellschaft Institut Kommission
Landesamt Ministerium Stiftung Universität Verband Vereinigung
Académie Assemblée Commissariat Conseil Direction Ministère Société Université
Accademia Associazione Commissione Consiglio Istituto Ministero Società Università
""".split())
"""Nouns of bodies, capitalised as they are printed in a body's name."""
