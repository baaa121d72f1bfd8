"""A title in quotes glossed by the commentary of an edition: what it is, whose, and
where it was published.

Commentaries of letters and memoirs name a work in a sentence after a dash: «Жизнь
Василия Фивейского» — повесть Л. Н. Андреева, опубликованная в первой книге редактируемых
Горьким сборников «Знание» (СПб., 1904); «Роза Иерихона» — сборник рассказов и стихов
Бунина, опубликованный берлинским издательством «Слово» в 1924 году; «Огонь пожирающий» —
рассказ Бунина, впервые опубликованный в газете «Руль» (1924. — 21 августа, № 1129. — С.
2-4). The noun for the kind of work (and the words that qualify it) is the `genre`; the
name after it, in the genitive it governs, the author, read back to the nominative; the
publication: a publisher after «издательством» with its year, or a host in quotes with
its imprint in parentheses, read by the grammar as " // host. imprint". The sentence of
publication is kept in `note` as printed: its words say more (a book of a series, a
city's adjective, "впервые") than the fields hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.data.function_words import FUNCTION_WORDS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.patterns import RUSSIAN_FAMILY, alternation
from biblio.parse.reference import Reference, add_note
from biblio.russian_names import nominative_after_genitive_role

LITERARY_KINDS: tuple[str, ...] = (
    "повесть", "рассказ", "роман", "поэма", "стихотворение", "пьеса", "драма", "комедия",
    "трагедия", "очерк", "статья", "эссе", "сборник", "книга", "цикл", "сказка", "новелла",
    "воспоминания", "мемуары", "брошюра", "монография",
)
"""The nouns a commentary names a work's kind by, in the nominative after the dash."""
GLOSS = LazyPattern(
    rf"""«(?P<title>[^«»]{{2,200}})»
    \s[—–]\s(?P<kind>(?:[а-яё]+\s){{0,2}}(?:{alternation(LITERARY_KINDS)})(?:\s[а-яё]+){{0,4}})\s
    (?P<initials>(?:[А-ЯЁ]\.\s?){{0,2}})(?P<family>{RUSSIAN_FAMILY})
    (?:,\s(?P<published>(?:впервые\s)?опубликованн[а-яё]{{1,3}}\s(?P<where>[^«»]{{0,120}}?)
       «(?P<host>[^«»]{{1,120}})»
       (?:\s\((?P<imprint>[^()]{{1,120}})\)|\sв\s(?P<year>\d{{4}})\sгоду)?))?
    \.?""",
    re.VERBOSE,
)
"""The title, the dash, the kind of work, the author in the genitive, and perhaps where it
was published."""
KIND_CONJUNCTIONS = frozenset({"и", "или"})
"""The function words a kind's words may hold ("сборник рассказов и стихов Бунина"): any
other opens a phrase the name closes, the work's subject or occasion ("поэма о походе князя
Игоря", "очерк по истории Москвы", "сборник статей к юбилею Пушкина"), not its author."""
BY_PUBLISHER = re.compile(r"(?:^|\s)издательством\s$")
"""The words before a firm's name: "берлинским издательством «Слово»"."""


def read_glossed_title(text: str, reference: Reference,
                       read: Callable[[str], Reference]) -> Reference | None:
    """The work, when `text` is a title glossed so; None otherwise. `read` reads the title
    with its host and imprint as a reference in GOST's form."""
    match = GLOSS.fullmatch(text) if text.startswith("«") else None
    if match is None or any(word in FUNCTION_WORDS["ru"] and word not in KIND_CONJUNCTIONS
                            for word in match["kind"].split()):
        return None  # "«…» — повесть о Пушкине", "поэма о походе князя Игоря": the name
        # the work is about
    title = match["title"].strip()
    fields = reference.fields
    if match["host"] and BY_PUBLISHER.search(" " + match["where"]):
        reference.type = "book"
        fields.update(title=title, publisher=match["host"].strip())
        if match["year"]:
            fields["issued"] = Date(parts=[[int(match["year"])]])
    elif match["host"]:
        imprint = match["imprint"] or match["year"]
        imprint = f". {imprint}" if imprint else ""
        published = read(f"{title} // {match['host'].strip()}{imprint}.")
        if published.fields.get("title") != title:
            return None  # the imprint was not one the grammar reads: left to it
        reference.type = published.type
        fields.update(published.fields)
        reference.locator, reference.label = published.locator, published.label
        reference.leftover.extend(published.leftover)
    else:
        reference.type = "book"
        fields["title"] = title
    family = nominative_after_genitive_role(match["family"])  # the noun governs it
    fields["author"] = [Name(family=family, given=match["initials"].strip() or None)]
    fields["genre"] = match["kind"]
    if match["published"]:  # the sentence as printed: what it says of the edition
        add_note(fields, match["published"])
    return reference
