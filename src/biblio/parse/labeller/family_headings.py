"""A family name alone heading a note, read into the title by the labeller.

Italian notes that cite a work a second time, or a source known to the reader, head it
with the author's family alone, a comma, and the title: "Gallicciolli, Delle memorie
venete antiche, I, Venezia 1795", "Priuli, I Diarii, IV, p. 320", "ZORZI, La
circolazione del libro...". With no given name or initial beside it, the model takes the
word for the title's first. A word that opens a title is as often a common noun ("Cronaca,
p. 169", "Venezia, gli ebrei e l'attività …", "Epistolario, voi. I"): only a word that
is no common word of the Latin-script languages of the notes (wordfreq's Zipf below
RARE_WORD_ZIPF in each), no city the tables know and no acronym, before a title that
opens with a capital, is the family.
"""

from __future__ import annotations

from typing import Any

from biblio.lazy_patterns import LazyPattern
from biblio.model import Name
from biblio.parse.publication import KNOWN_PLACES
from biblio.word_frequencies import zipfs

FAMILY_BEFORE_TITLE = LazyPattern(
    r"(?P<family>[A-ZÀ-Þ][a-zß-ÿ’']{2,}|[A-ZÀ-Þ]{5,}),\s(?=[A-ZÀ-Þ][^\s.]*(?:\s|$))")
"""A capitalized word, or one in capitals of five letters or more (an archive's acronym,
"ASV", "BMC", has fewer), a comma, and a word with a capital and no period: the title's
("Istorie, P. II, 1. XXXIX": a part's abbreviation follows a title, not a name)."""
RARE_WORD_ZIPF = 2.5
"""Below this a word is no common word of a language (Zipf 2.5: three times in ten
million words): "Gallicciolli" 0, "Priuli" 2.5, "Gradenigo" 2.3; "Cronaca" 4.5,
"Epistolario" 2.7, "Zorzi" 3.2 (a common Venetian name, read as the title's)."""
LANGUAGES = ("it", "en", "fr", "de", "es")


def family_opening_title(text: str, fields: dict[str, Any]) -> None:
    """The family heading a note, read as the first words of its title, is its author
    ("Gallicciolli, Delle memorie venete antiche, I, Venezia 1795")."""
    title = fields.get("title")
    if not isinstance(title, str) or "author" in fields or "editor" in fields:
        return
    heading = FAMILY_BEFORE_TITLE.match(title)
    if heading is None or not text.lstrip().startswith(heading.group()):
        return
    family = heading["family"]
    if family in KNOWN_PLACES or max(zipfs(family.casefold(), LANGUAGES)) >= RARE_WORD_ZIPF:
        return
    fields["author"] = [Name(family=family)]
    fields["title"] = title[heading.end():]
