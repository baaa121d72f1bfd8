"""The in-text key that opens an entry of an author–year reference list.

Journals that cite by author and year print each entry of their list as two parts: the
key the text cites, then a dash and the description ("В списке «Литература» каждая запись
состоит из двух частей: затекстовая отсылка, дублирующая внутритекстовую … и через тире —
библиографическое описание", the rules for authors of «Философические письма»):
"Замраева, 2014 — Замраева Е.И. «Украинская проблема» … // Политика и безопасность.
2014. …", "Эткинд, 2013 — Эткинд А. Хлыст …". The key repeats the heading of the
description, so it is taken as the reference's lead-in only when the description opens
with the key's first word: a title or an author that merely ends in a year before a dash
stays what it is.
"""

from __future__ import annotations

import re

LIST_KEY = re.compile(
    r"""
    (?P<lead>(?P<first>[^\W\d_][\w'’-]*)   # the key's first word: a family or a title's
      [^—–\n]{0,80}?                      # co-authors, "и др."
      ,?\s\d{4}[a-zа-яё]?)                # the year, with its letter: "2008а"
    \s[—–-]\s+                            # the dash before the description
    """,
    re.VERBOSE,
)

KEY_YEAR_DASH = re.compile(r"[—–-]\s(?:(?<=\d{4}\s[—–-]\s)|(?<=\d{4}[a-zа-яё]\s[—–-]\s))")
"""How LIST_KEY's key ends, the year before the dash: searched for first, since most
references hold none ("2005. — 250 с.") and LIST_KEY, its co-authors' span tried after
each length of the first word, costs some 15 µs on a reference with none (cProfile).
Opened by the dash, which the engine skips to, and the year read behind it: 1.2 µs on a
GOST note, where the same opened by the year's figures took 3.6 (timeit). The space after
the dash is read before the year behind it: most dashes join figures ("С. 5–10")."""


def list_key(text: str) -> re.Match[str] | None:
    """The key at the start of `text` ("Эткинд, 2013 —"), its `lead` group the key
    without the dash, when the description after it opens with the key's first word."""
    match = LIST_KEY.match(text) if KEY_YEAR_DASH.search(text) else None
    if match is None:
        return None
    rest = text[match.end():]
    first = match["first"]
    if not rest.startswith(first) or rest[len(first):len(first) + 1].isalnum():
        return None
    return match


SHORT_FORM_KEY = re.compile(
    r"""
    (?P<lead>[^\W\d_][\w'’.-]*           # the short form's first word: "Бирман", "А."
      (?:\s[^\W\d_][\w'’.-]*){0,3})      # and up to three more: "А. Н. Толстой", "Вся жизнь"
    \s[—–-]\s+                           # the dash before the description
    """,
    re.VERBOSE,
)
"""The short form that opens an entry of a list of abbreviations ("Список сокращений",
"Условные сокращения") before a dash and the description it stands for, as books that
cite by short forms print it: "Бирман – Бирман С. Путь актрисы. М.: ВТО, 1959.",
"А. Блок – Блок А. Собр. соч.: В 8 т. М.; Л.: ГИХЛ, 1960–1963.", "Вся жизнь – Кнебель
М. Вся жизнь. М., 1961."; no year in it (LIST_KEY reads the author–year key)."""
SHORT_FORM_DASH = (" – ", " — ", " - ")
"""The dashes SHORT_FORM_KEY closes with, looked for in the opening words first."""
SHORT_FORM_REACH = 40
"""How far into the text the short form's dash may stand: four words."""
INITIAL_LAST = re.compile(r"(?:^|\s)[^\W\d_]\.$")
"""A key that ends with an initial ("Толстой Л. Н."): a heading, not a short form; a
letter's writer before its addressee ("Толстой Л. Н. — Толстой С. А.") is printed so."""
CLOSED_WORD = re.compile(r"[^\W\d_]{4,}\.(?:\s|$)")
"""A whole word closed by a period in the key: a sentence's or an area's end ("Москва.
Кремль. — Москва : Планета, 2017."), which a short form never holds; an abbreviated
given name ("Вахтангов Евг.") is shorter."""
OPENING_INITIALS = re.compile(r"[^\W\d_]\.\s?(?:[^\W\d_]\.\s?)?[^\W\d_]")
"""A description that opens with initials ("С. А. Толстой"): an addressee after a
writer ("Л. Н. Толстой — С. А. Толстой"), which a list of abbreviations never prints."""
KEY_WORD = re.compile(r"[^\W\d_]{4,}")
"""A word of the short form long enough to be looked for in its description."""
DESCRIPTION_WORD = re.compile(r"[^\W\d_]+")
DESCRIPTION_REACH = 80
"""How much of the description is searched for the short form's word: its heading and
title, as the short form abbreviates them."""
ENDING_REACH = 2
"""How much longer than the short form's word its declined form may be: a case ending
("Бокшанской" for "Бокшанская"), not a longer word ("христианской" for "Христос")."""


def short_form_key(text: str) -> re.Match[str] | None:
    """The short form of a list of abbreviations at the start of `text` ("Бирман –"), its
    `lead` group the form without the dash, when the description after the dash repeats
    one of the form's words: whole ("Бирман – Бирман С. …", "Дикий – Алексей Дикий. …"), or
    declined past its first word ("Бокшанская – Письма О. С. Бокшанской …"). A dash after
    a title's first words ("Москва – Петушки. М., 1990.") repeats none of them."""
    opening = text[:SHORT_FORM_REACH]
    if not any(dash in opening for dash in SHORT_FORM_DASH):
        return None
    match = SHORT_FORM_KEY.match(text)
    if match is None or INITIAL_LAST.search(match["lead"]) or CLOSED_WORD.search(match["lead"]):
        return None
    rest = text[match.end():]
    if not rest or not (rest[0].isupper() or rest[0] in "«\"„“") or OPENING_INITIALS.match(rest):
        return None
    described = [word.casefold() for word in DESCRIPTION_WORD.findall(rest[:DESCRIPTION_REACH])]
    for word in KEY_WORD.findall(match["lead"]):
        key = word.casefold()
        stem = key[:max(4, len(key) - 2)]
        if key in described or any(_declined(found, stem, key) for found in described[1:]):
            return match
    return None


def _declined(found: str, stem: str, key: str) -> bool:
    """Whether `found` is `key` declined: its stem and a case ending (ENDING_REACH)."""
    return found.startswith(stem) and len(found) <= len(key) + ENDING_REACH

