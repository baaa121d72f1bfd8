"""A periodical named after the abbreviation of its kind: «…, ж. Врач, 1993 г. № 1».

Reading lists and popular notes name the journal or the newspaper that holds an article
after the word for its kind, abbreviated, where GOST prints «//»: «Юдин И. «Штрихи к
портрету Н.И.Пирогова», ж. Врач, 1993 г. № 1» and «Прозоров В. «…». Ж. Лица, 2001 №7-8,
с58-60» (a medical college's reading list), «Костырченко Г. В. «Дело Михоэлса»: … – М.: ж.
Лехаим, 2003, № 11 (139).» (the notes of a book on the Mikhoels affair). GOST 7.0.12-2011
abbreviates the words «журнал» and «газета» to «журн.» and «газ.»; «ж.» is the shorter
form of the same lists. The part before the word is read as a work of its own, the part
after it as a periodical's issue (`informal.read_quoted_issue`: its year, number, day and
page in any order), and the two are joined as an article.

Only where both read so: the work has a title and no host or year of its own, and the
periodical an issue or a year and no place or volume (a book's imprint). «Ж.» is also an
initial («Ж. Садуль»): a name after it is followed by a title, not by a year and a number,
and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.data.reference_terms import PERIODICAL_KIND_WORDS
from biblio.parse.informal import read_quoted_issue
from biblio.parse.publication import read_place
from biblio.parse.reference import Reference

KIND_WORD = re.compile(
    r"""(?P<cut>(?:[.,»]\s?(?:[—–-]\s)?|\s[—–-]\s)               # ". ", ", ", ". – ", " – "
    (?:(?P<place>[А-ЯЁ][а-яё]*\.?)\s?:\s)?)                      # "М.: ", "Москва : "
    (?P<kind>[Жж]|журн|газ)\.\s
    (?P<name>«[^«»]{1,120}»|[A-ZА-ЯЁ][^\W\d_]*(?:[\s-][A-ZА-ЯЁ][^\W\d_]*){0,4})  # Врач, «…»
    (?=\s?,|\s\d)""",
    re.VERBOSE,
)
"""The cut before the kind's word (the period, the comma or the closing quote after the
title, perhaps an area's dash, or the dash alone; the periodical's place before a colon,
abbreviated or written out), the word, and the periodical's name: quoted, or a few
capitalised words up to the comma or the year."""
KIND_WORDS = tuple(f" {word} " for word in PERIODICAL_KIND_WORDS)
"""The kind's words (`PERIODICAL_KIND_WORDS`) as a note prints them, searched for before
the pattern."""
ARTICLE_TYPES = {"газ": "article-newspaper"}
"""The item's type by the kind's word; a journal's article otherwise."""


def read_kind_word_host(body: str, reference: Reference,
                        read: Callable[[str], Reference]) -> Reference | None:
    """The article, when `body` is a work, the kind's word and a periodical's issue
    (KIND_WORD); None otherwise. `read` reads the work before the word."""
    if not any(word in body for word in KIND_WORDS):
        return None
    found = KIND_WORD.search(body)
    if found is None:
        return None
    name = found["name"]
    issue = read_quoted_issue(
        (name if name.startswith("«") else f"«{name}»") + body[found.end():])
    if issue is None or "publisher-place" in issue[1] or "volume" in issue[1]:
        return None  # not an issue's parts, or a book's imprint: not a periodical
    head_text = body[:found.start() + 1].rstrip(" ,")
    work = read(head_text)
    if "title" not in work.fields or "container-title" in work.fields \
            or "issued" in work.fields or work.locator:
        return None
    _, host, page, _ = issue
    fields = reference.fields
    fields.update(work.fields)
    fields["container-title"] = host.pop("title")
    fields.update(host)
    if found["place"]:
        fields["publisher-place"] = read_place(found["place"])
    if page and re.search(r"\d\s?[—–-]\s?\d", page):
        fields["page"] = page.replace(" ", "")  # the article's pages, "с58-60"
    elif page:
        reference.locator, reference.label = page, "page"
    day = len(getattr(fields.get("issued"), "parts", [[0]])[0]) == 3
    reference.type = "article-newspaper" if day else ARTICLE_TYPES.get(found["kind"],
                                                                       "article-journal")
    reference.leftover.extend(work.leftover)
    return reference
