"""Russian symbols of the units of length, which take a "²" or "³" ("м²", "км³").

Source: GOST 8.417-2002 (State system for ensuring the uniformity of measurements.
Units of quantities), the Russian designations of the metre and of its decimal
multiples and submultiples in common use. An area or a volume is written with the
superscript after the symbol, and those superscripts are also the Latin-1 characters
that a broken font prints for the Ukrainian "І" and "і": glyph repair keeps the sign
after these symbols only.
"""

from __future__ import annotations

LENGTH_UNITS: frozenset[str] = frozenset({"м", "км", "дм", "см", "мм", "мкм", "нм"})
