"""The grammar of one GOST reference: heading, title, responsibility, areas, host.

A reference (GOST R 7.0.5-2008 clause 6, areas of GOST 7.1-2003 clause 4) is

    [lead-in] [heading names] title [: other title info] [/ responsibility]
        [// host description] [. areas…] [. pinpoint]

and the areas after the title are recognised from the right: the pinpoint, the
extent, the series in parentheses, the numbering of volume and issue, then the
publication area (places : publisher, year), then — left of it — edition and
volume. Whatever remains on the left is the title block. This reads both the
full form (". — " between areas) and the footnote form (". "), because the title
is whatever the recognisers leave, however many periods it has.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from typing import Any

from biblio.data.archival_levels import DOCUMENT_REMARKS
from biblio.data.places import COMMON as COMMON_PLACES
from biblio.data.places import (EMIGRE_PUBLISHING_PLACES, EXPANSIONS, LATIN_IMPRINT_PLACES,
                                 LAVRAS, WRITTEN_OUT,
                                 is_abbreviated_place)
from biblio.data.reference_terms import (
    ACT_NOUNS,
    APPENDIX_TERMS,
    APPROXIMATE_DATE_WORDS,
    LETTER_NOUNS,
    BOARD_CHAIRS,
    BOARD_TERMS,
    EDITION_NOUN_STEMS,
    EDITORIAL_REMARKS,
    HOST_INTROS,
    IBID_MARKERS,
    IDEM_MARKERS,
    LEAD_IN_PREPOSITIONS,
    LEAD_INS,
    LEAD_INS_BEFORE_COLON,
    ENCYCLOPEDIA_LIST_LABELS,
    MONTHS,
    MONTHS_NOMINATIVE,
    NAME_CONJUNCTIONS,
    NUMBER_DESIGNATIONS,
    COLLECTED_WORKS_TITLES,
    NUMBER_OF_VOLUMES,
    OP_CIT_MARKERS,
    PART_TERMS,
    PATENTS_BY_NUMBER,
    PUBLISHED_VERB_STEMS,
    PUBLISHER_NOUNS,
    PUBLISHING_HOUSE_WORDS,
    REFERENCE_WORKS,
    ROLE_SUFFIXES,
    SOVIET_PUBLISHER_ENDINGS,
    ROLE_TERMS,
    ROLES_BEFORE_INITIALS,
    ROLES_BEFORE_PERSONS,
    SAME_AUTHOR_HOST_INTROS,
    THESIS_GENRES,
    TITLE_NAMING_PHRASES,
    TRANSLATED_FROM,
    UNPUBLISHED_FORMS,
)
from biblio.designations import CUSTOM, set_designation
from biblio.designations import designations as designations_of
from biblio.lazy_patterns import LazyPattern
from biblio.model import OTHERS, Date, Leftover, Name
from biblio.parse.archival import LEVEL, parse_archival, parse_levels
from biblio.parse.areas import (
    AREA_DASHES, NUMBERING_WORDS, PRINTING_AFTER_YEAR, SERIAL_SUBDIVISION, Area,
    closes_abbreviation, is_printing, split_areas, split_host,
)
from biblio.parse.bracketed_title_ends import take_bracketed_end
from biblio.parse.cased_statements import in_capitals, names_in_one_case
from biblio.parse.classical_citations import (parse_classical_citation, parse_series_alone,
                                              parse_series_host, read_series_place)
from biblio.parse.comma_style import QUOTES, parse_comma_style
from biblio.parse.commentary import crosses_parenthesis
from biblio.parse.contribution_after_host import read_contribution_after_host
from biblio.parse.csl_citations import parse_csl_citation
from biblio.parse.described import read_described_work
from biblio.parse.personal_communications import letter_writer, parse_personal_communication
from biblio.parse.electronic import take_content_form, take_electronic
from biblio.parse.events import CONFERENCE, add_event
from biblio.parse.gazette_line import parse_gazette_line
from biblio.parse.glossed_titles import read_glossed_title
from biblio.parse.irbis_issues import parse_issue_record
from biblio.parse.named_acts import give_act_lead, parse_named_act, take_act_lead
from biblio.parse.genres import (ACT_ADOPTED, ACT_DATE, collection_type, cut_statements, is_legislation,
                                 publication_or_act_date, take_genre, take_proceedings)
from biblio.parse.german_journals import parse_german_journal_article
from biblio.parse.heading_in_title import (missed_heading, missed_shared_family,
                                           read_heading_in_title, without_repeated_heading,
                                           without_stated_heading)
from biblio.parse.informal import (
    GAZETTE_YEAR,
    NUMBERED_NEWSPAPER,
    QUOTED_TITLE,
    SERIAL_VOLUME_YEAR,
    YEAR_AFTER_COMMA,
    host_after_dash,
    newspaper_day,
    parse_informal,
    volume_periods,
    year_before_numbering,
)
from biblio.parse.cartographic import take_scale
from biblio.parse.document_dates import split_document_date, split_document_month
from biblio.parse.official import (
    LAW_COLLECTION,
    move_act_heading,
    move_patent_heading,
    number_act_in_collection,
    number_act_without_host,
    parse_law_article,
    parse_patent,
    parse_patent_by_number,
    take_heading,
    take_later_wording,
    take_registration,
    take_standard,
)
from biblio.parse.heading_year import give_heading_year, take_heading_year
from biblio.parse.kind_word_hosts import read_kind_word_host
from biblio.parse.numbered_journal_sentences import read_numbered_journal
from biblio.parse.pinpoint_statements import statement_after_pinpoint, translation_after_pinpoint
from biblio.parse.clauses_after_pinpoint import clause_after_pinpoint
from biblio.parse.acs_book_imprints import take_acs_imprint
from biblio.parse.law_collections import give_law_collection, take_law_collection
from biblio.parse.list_keys import list_key, short_form_key
from biblio.parse.slash_closed_statements import open_slash_closed_statement
from biblio.parse.slash_hosts import double_slash_as_statement, slash_as_host
from biblio.parse.quoted_title_hosts import comma_as_host
from biblio.parse.book_designations import read_book_designation
from biblio.parse.collected_works_hosts import COLLECTED_WORKS_OPENINGS, collected_works_author
from biblio.parse.numbering_year_runs import read_imprint_then_numbering, read_numbering_year_run
from biblio.parse.locators import (
    BARE_NUMBER_OF_VOLUMES,
    BARE_NUMBER_OF_VOLUMES_ENDINGS,
    GAZETTE_ARTICLE,
    NUMBERING_OPENING,
    ORDINAL_WORD,
    PAGE_RANGE,
    PRINT_RUN,
    RUSSIAN_PAGE_TERM,
    TITLE_NUMBERING_TERMS,
    TITLE_NUMBERING_WORDS,
    VOLUME_OR_ISSUE_NUMBER,
    VOLUMES_PHRASE,
    VOLUMES_PHRASE_SIGN,
    parse_edition,
    parse_numbering,
    parse_pinpoint,
    read_extent,
)
from biblio.parse.names import (
    ET_AL, UPPER, parse_family_heading, parse_full_name_heading, parse_given_first_before_comma,
    parse_heading,
    parse_initials_first, parse_name_list, parse_person)
from biblio.parse.partial import (
    holds_unread_area,
    may_be_repaired,
    read_between,
    read_in_part,
    read_repaired,
    swallowed,
)
from biblio.parse.patterns import alternation as _alternation
from biblio.parse.patterns import (CYRILLIC, PRINTED_YEAR, contains_any, endings, ends_with_any, preceded,
                                    preceded_in_branches, substitute, trie)
from biblio.parse.pleiades import parse_pleiades_article
from biblio.parse.publication import (
    CYRILLIC_WRITTEN_OUT,
    DAY_MONTH,
    DAY_MONTH_YEAR,
    MONTH,
    NUMERIC_DAY_AREA,
    PUBLICATION_WITH_PLACE,
    date_of_day,
    month_number,
    numeric_day,
    parse_publication,
    read_place,
)
from biblio.parse.quoted_titles import (OPENING_QUOTES, quoted_title_and_gloss, title_closed_by_quotes,
                                        unquoted_title)
from biblio.parse.reference import Reference, add_note
from biblio.parse.reviews import add_reviewed, parse_review_in_periodical, take_reviewed
from biblio.parse.signed_documents import read_signed, split_number
from biblio.parse.short_forms import (
    parse_chicago_short,
    parse_latin_short_title,
    parse_short_form,
    read_locator,
    read_year_and_pinpoint,
    spaced,
)
from biblio.parse.statement_ranks import (LEFTOVER_STATEMENT_RANK, rank_before_names,
                                         ranks_before_each_name)
from biblio.parse.statutes import parse_statute
from biblio.parse.title_noun_headings import is_title_noun_heading
from biblio.parse.titles_alone import names_a_title
from biblio.parse.triggers import triggers
from biblio.parse.role_case import names_in_nominative

LEAD_IN = re.compile(
    rf"""
    (?P<lead>(?:{_alternation(LEAD_INS)})
       (?:(?:,?\s[^\W\d_]+\.?){{0,3}}?\s?:       # "Vgl. dazu:", "См., напр.:"
        |\s[–—])?                                # "Опубликовано –"
     |(?:{_alternation(LEAD_INS_BEFORE_COLON)})\s?:  # "Подлинник: ИРЛИ, ф. 357, …"
     |(?:{_alternation(ENCYCLOPEDIA_LIST_LABELS)})\s?:(?!\s?[Вв]\s?\d)  # "Соч.: Epistolae//PL. 159"
     |\([a-z]{{2}}\))                           # "(ru)": an encyclopedia's language mark
    \s+
    """,
    re.VERBOSE,
)
OCR_PERIOD_COMMA = re.compile(r"(?<=\b[^\W\d_])„(?=\s?\d{4})")
"""".," read by OCR as one low quotation mark after an abbreviated place: "М„ 1966"."""
IBID = re.compile(
    rf"(?:{_alternation(IBID_MARKERS)}|{_alternation(spaced(IBID_MARKERS))})(?=$|[\s,.;:])\.?")
""""Там же", "Ibid."; also letter-spaced, as old books print them: "I b i d.", "Т а м  ж е"."""
OP_CIT = re.compile(rf"(?:{_alternation(OP_CIT_MARKERS)})(?=$|[\s,.;:])\.?")
IDEM = re.compile(rf"(?:{_alternation(IDEM_MARKERS)})(?=$|[\s,.;:])\.?\s*")

HOST = re.compile(r"\s//\s")
WORD = re.compile(r"[^\W\d_]+")
HOST_INTRO = re.compile(rf"(?P<intro>{_alternation(HOST_INTROS)})(?:\s?:\s|(?<=\.)\s(?=«))")
"""A host's intro and its colon, or an abbreviated intro before a title in quotation marks
with no colon ("В кн. «Проигранные сражения»", HOST_AFTER_DASH)."""

_ROLE_WORD = _alternation(list(ROLE_TERMS))
_ROLE_JOINER = rf"(?:,\s?|\s(?:{_alternation(NAME_CONJUNCTIONS)})\s)"
STATEMENT_SEPARATOR = re.compile(rf"\s?;\s|\s/\s(?=\[?(?:{_ROLE_WORD})[\s:])")
"""Between two statements of responsibility: GOST 7.1-2003 clause 4.7's " ; ", or a second
" / " before a role word, as lists typed by hand repeat the first: «Социальная психология:
Учеб. пособие / А.В. Петровский, В.В. Абраменкова … / Под ред. А.В.Петровского. – М.:
Просвещение, 1987» (not the slash of a place, «Ростов н / Д.»)."""
ROLE_TERM = re.compile(
    rf"""
    (?P<role>{_ROLE_WORD})
    (?:\s(?:{_alternation(TRANSLATED_FROM)})\s(?P<language>[^\W\d_]+)\.?)?  # "пер. с фр."
    (?P<more>(?:{_ROLE_JOINER}{_ROLE_WORD})+)?      # more roles of the same names: "отв.
                                                   # ред. и сост."
    (?:\s?:)?\s?                                  # "авт.-сост.: М. С. Андреева" (RUSMARC),
                                                   # "уклад. : Т. Ю. Гнатюк" (DSTU 8302)
    """,
    re.VERBOSE,
)
JOINED_ROLE = LazyPattern(rf"{_ROLE_JOINER}(?P<role>{_ROLE_WORD})")
"""One of the role words joined to a statement's first ("сост., вступ. ст. и коммент.")."""
INITIAL = LazyPattern(rf"[{UPPER}]\.")
"""A person's initial, which a role word of ROLES_BEFORE_INITIALS needs after it."""
PERSON = LazyPattern(rf"[{UPPER}]\.|[{UPPER}][а-яё]+\s[{UPPER}][а-яё]")
"""A person's initial, or a given name and a family, which a role word of
ROLES_BEFORE_PERSONS needs after it."""


def role_term(text: str) -> re.Match[str] | None:
    """The role words opening `text` (ROLE_TERM), but for those that are a role only before
    a person's name where none follows ("Публ. ист. б-ка", "Перевод и переводчики")."""
    term = ROLE_TERM.match(text)
    if term is None:
        return None
    role = term["role"]
    if role in ROLES_BEFORE_INITIALS and not INITIAL.match(text, term.end()) or \
            role in ROLES_BEFORE_PERSONS and not PERSON.match(text, term.end()):
        return None
    return term
CORPORATE_BODY = LazyPattern(rf"[{UPPER}][^\d/]*")
"""A statement of responsibility that names a body, which GOST 7.1-2003 clause 5.3.4
prints abbreviated ("Рос. кн. палата", "Публ. ист. б-ка им. М. Е. Салтыкова-Щедрина",
"Президиум Верховного Совета …"): no person's name, no number; kept in CSL `note`."""
ROLE_SUFFIX = re.compile(rf"\s?\((?P<role>{_alternation(list(ROLE_SUFFIXES))})\)\.?")
"""A heading's role after its names: "Dessberg F., Malis C. (dir.) Les Européens…", and
with the heading's period after it, "Иванов И. И. (ред.). История края"."""
OTHER_NAME = re.compile(r"\s?[\[(](?P<name>[^\[\]()\d]{3,60})[\])]\.?(?=\s)")
"""The author's other name after the heading, in brackets: the real name after a pseudonym
or the pseudonym after the name, which GOST 7.80-2000 adds to a heading ("Волин Б.
[Фрадкин И.] Недопустимые явления", "Гиппиус З. Н. (Антон Крайний). Литературный
дневник"); kept as the reference's leftover, reported, since CSL has no variable for it."""
OTHER_NAME_REASON = "the heading's author's other name (a pseudonym or the real name)"
WORK_NUMBER = re.compile(r"\d{1,2}\)\s(?=[«\"„“]?[^\W\d_])")
"""The number of one of an author's works after the heading they share, as Soviet notes
list several: "Тихомиров М. Н. 1) Древняя Москва (XII–XV вв.). М., 1947, с. 11–14; 2)
Сказания о начале Москвы. — ИЗ, т. 32. …": the list's markup, like a bullet, not the
title's."""
BOARD_CHAIR = LazyPattern(rf"\s\((?:{_alternation(BOARD_CHAIRS)})\)")
"""The chair's position after a board member's name: "В. М. Литвин (голова)"."""

THESIS = re.compile(
    rf"(?:,|:|\.)\s(?P<genre>(?:{_alternation([g.rstrip('.') for g in THESIS_GENRES])})"
    r"(?![^\W\d_]).*)$"
)
TRANSLATION_STATEMENT = re.compile(
    rf"""\s?:\s(?P<statement>(?:[Аа]вториз\.\s)?(?:[Пп]ер\.|[Пп]еревод)
    \s(?:{_alternation(TRANSLATED_FROM)})\s[^\W\d_]+\.?)(?=\s?:\s|$)""",
    re.VERBOSE,
)
"""The translation statement as other title information (GOST 7.1-2003 clause 5.2.5: "Синий
мир : пер. с англ.", "Избранные произведения : Авториз. пер. с лит. : В 2 т."): no part of
the title; kept in `note`, as a translator's role with no names is."""
TRANSLATION_IN_BRACKETS = r"\[(?P<translation>[A-Z][^\[\]]*\s[^\[\]]*\s[^\[\]]+)\]"
"""An English translation in brackets, of three words or more (not "[Text]", "[site]"), as
the transliterated reference lists of Russian journals print it after a romanized title or
journal (GOST R 7.0.7 and Scopus's "References")."""
TRANSLATED_TITLE = LazyPattern(rf"(?<=[a-z.,’'!?)])\s{TRANSLATION_IN_BRACKETS}$")
"""A romanized title's English translation closing it: a note, not part of the title."""
PARALLEL_TITLE = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=[^\W\d_]{{2}}[.»\"”]))\s?=\s?(?=[«\"“„]?[{UPPER}])")
"""The "=" before a parallel title, the title in another language (GOST 7.1-2003 clause
5.2.4; ISBD area 1.3): "Вестник Пермского университета. Серия "Экономика" = Perm
University Herald. ECONOMY", "Патенты России=Patent of Russia: official bulletin",
"Инновационная деятельность. Термины и определения. = Інавацыйная дзейнасць. Тэрміны і
азначэнні" (a Belarusian standard's). CSL has no variable for it: it is kept in `note`,
with its "=". A capital must follow, so that an equation in a title ("E = mc²") stays, and
a word of two letters or more, perhaps with its quote or period, must come before it: a
formula's side is a symbol ("Бодэнис Д. E=MC². Биография самого знаменитого уравнения
мира", "Окунь Л. Б. E=MC2 в современной физике")."""
SPECIALITY = re.compile(
    r"\s?:\s(?P<code>(?:специальность|спец\.|спеціальність)\s\d{1,2}\.\d{1,2}\.\d{1,2}[^:]{0,150})$")
"""The code of a thesis's speciality, which GOST R 7.0.100-2018 prints before the genre,
with the speciality's name as its own example does ("специальность 07.00.02
«Отечественная история»"); codes of the 2021 nomenclature have one-digit parts
("специальность 5.6.1. Отечественная история")."""
THESIS_GENRE = re.compile(_alternation([g.rstrip(".") for g in THESIS_GENRES]))
ABBREVIATED_THESIS_GENRES = tuple(g[:-1] for g in THESIS_GENRES if g.endswith("."))
"""The thesis genres printed with a closing period, without it ("PhD diss", "дис"): a genre
the area's end took the period from ends with one of them. Made once, not per title."""
NUMBER_OF_VOLUMES_PHRASE = re.compile(rf"(?P<colon>\s?:)?\s{VOLUMES_PHRASE}(?![^\W\d_])")
NUMBERING_AFTER_VOLUMES = re.compile(
    r"""(?:,\s(?P<volume>\d{1,3}|[IVXLC]{1,6})(?=,\s|\.?$))?  # the set's volume, bare: ", 18"
    (?P<rest>(?:[.,]?\s(?:"""  # then its book or part, or the years the set spans
    rf"""(?:(?:{TITLE_NUMBERING_TERMS})\.\s?|(?i:{TITLE_NUMBERING_WORDS})\s)[\dIVXLC]{{1,6}}"""
    r"""|\d{4}(?:\s?[—–-]\s?\d{2,4})?(?:\s?гг?\.)?))*)\.?""", re.VERBOSE)
"""What the bibliographer's formula of a set's volumes ("в 20-ти т.", ": В 2 т.") may leave
after it in the title block, none of it the title's (GOST 7.1-2003 clause 5.2.4: the formula
ends the title proper): the volume cited, bare after a comma, as the notes of an edition
print it ("Салтыков-Щедрин М. Е. Собр. соч. в 20-ти т., 18, кн. 1. М., 1975"), its book or
part (its term abbreviated or written out: "18, книга 1"), and the years a set of letters
or diaries spans ("Письма …: В 2 т. 1922–1942. М.: Изд-во МХТ, 2005"). Each repeat opens
with a space, so the engine never backtracks into another."""
_PART_TERMS = f"(?:{TITLE_NUMBERING_TERMS})"
_PART_WORDS = f"(?:{TITLE_NUMBERING_WORDS})"
_PART_NUMBER = rf"(?:{_PART_TERMS}\.\s?[\dIVXLC]|{_PART_WORDS}\s(?:[\dIVXLC]|{ORDINAL_WORD}))"
_NOT_INITIALS = r"(?!T\.\s?[LC]\.\s[A-Z][a-z])"
"""Not the Latin «T.» before a lone L or C, a period and a capitalized word: the initials of
a name in the title block ("Archimedes. The Works of Archimedes. T. L. Heath (ed.)",
"Euclid. The Thirteen Books of Euclid's Elements. T. L. Heath, transl."), not a volume
50 or 100, which a title page numbers in figures or with more letters ("Т. CV")."""
PART_IN_TITLE = re.compile(
    rf"(?:\.\s(?:[—–-]\s)?{_NOT_INITIALS}(?={_PART_NUMBER})"
    rf"|\s?:\s?{_NOT_INITIALS}(?={_PART_TERMS}\.\s?[\dIVXLC]+(?![\dIVXLC]|\s?[—–-])))")
"""Where a multipart work's numbering opens inside the title block, before the part's own
title (GOST 7.1-2003 clause 5.2.4: "Отраслевые информационные ресурсы. Ч. 1. Конкретные
виды документов", "Творения. Кн. 1. Ч. I-II"), or after the area dash the full form puts
there ("Зібрання творів у 20 т. – Т. 15. Мистецтвознавчі статті. – К.: …", a Ukrainian
guide after ДЕСТ 7.1-86); the Russian terms in lower case too, as house styles print them
in notes ("Зібрання творів: у 6 т. т. 3. Драматичнi творi", "Гісторыя Беларусі: у 2 ч.
ч. 1. Са старажытных часоў"); the term written out, as a title page prints it, with a
number or an ordinal word ("Записки Восточного Отделения … Том пятнадцатый. 1902—1903",
"Сборник документов и материалов. Том IV. Часть 1I", "… в 1861-1917 гг. - Выпуск 2.
Сибирь периода капитализма"); and after the colon of other title information, where a
catalogue's ISBD record puts a serial's volume ("Ученые записки : Т. CV, вып. 3",
"Хрестоматія української дожовтневої музики : Ч. 2 : учбовий посібник"), a single number
there, the colon spaced or not ("Ученые записки: Т. CV"): a range after a colon is the
set's number of volumes (VOLUME_RANGE)."""
PART_NUMBERING = LazyPattern(
    rf"(?P<designation>{_PART_TERMS}\.\s?[\dIVXLC]{{1,6}}(?:\s?[—–-]\s?[\dIVXLC]{{1,6}})?"
    rf"|{_PART_WORDS}\s(?:[\dIVXLC]{{1,6}}|{ORDINAL_WORD}))"
    rf"(?:\.\s|\.?$|,\s(?={_PART_TERMS}\.)|(?P<colon>\s?:\s))")
"""One designation of the numbering PART_IN_TITLE opens, then a period, the end, a comma
before the next designation ("Т. CV, вып. 3") or the colon before the part's own title
(GOST 7.1-2003 clause 5.2.5: "Литературное наследство. Т. 92: Александр Блок. Новые
материалы и исследования", "Сорок сороков. Т. 4: Окраины Москвы. Инославие и иноверие"),
which ends the numbering: the own title may hold periods."""
DIVISION_TERMS = ("Ч.", "Кн.", "Part", "Pt.", "Часть", "Книга")
"""Divisions whose designation is kept as printed, whatever its numbers ("Ч. I-II")."""
VOLUME_RANGE = re.compile(
    r"\s?:\s(?:Vols?|Т|тт?|Bde?|Tomes?|t)\.\s?1\s?[—–-]\s?(?P<n>\d{1,3})$")
"""The volumes of a whole set after the title's colon, as older Russian notes describe
a foreign multi-volume work: "The Collected Works: Vol. 1—8", "Personal Memoirs: Vol.
1—2", "Сочинения: Т. 1—3": the number of volumes (GOST 7.1-2003 clause 5.2.4)."""
ABBREVIATED_VOLUME_TERMS = frozenset(term.rstrip(".") for term in NUMBER_OF_VOLUMES
                                     if term.endswith("."))
""""т.", "vols.", "Bde.": the bibliographer's formula "в 12 т." (7.1 clause 5.2.4), which
ends the title proper; a word written out ("в 12 томах") is the title page's own wording."""
UNREAD_AFTER_REPEAT = "not a pinpoint or a volume"
"""The reason given for what follows a repeat marker and is no pinpoint or volume."""
TRAILING_VOLUME = re.compile(r"\.\s(?:Т|т|T|Vol|vol|Bd|Tome|Том|том)\.?\s?(?P<volume>\d+)$")
"""A volume's number closing the title block, its term abbreviated or written out as the
item prints it (GOST 7.1-2003 clause 5.4; `VOLUME_TERMS`): "Избранные труды. Т. 2 / …",
"Статистические труды : духовно-просветительское издание. Том 2 / И. Ф. Штукенберг"."""
ELLIPSIS = re.compile(r"\s?(?:…|\.\.\.)$")
APPROXIMATE_DAY = rf"(?:(?P<approximate>(?i:{_alternation(APPROXIMATE_DATE_WORDS)}))\s)?"
"""The words before a document's day that make it the publisher's estimate ("Не ранее 10
ноября 1943 г.", APPROXIMATE_DATE_WORDS): the day is still the document's `issued`, and the
words with the day go to `note`."""
DOCUMENT_DATE = LazyPattern(rf"[,.]\s{APPROXIMATE_DAY}{DAY_MONTH_YEAR}\s?г\.$")
"""The date of a document closing its title, after a comma or a period, before "//" (the
collection or archive that holds it): "Постановление военного совета …, 7 сентября 1917 г.
// Борьба за Советскую власть …"; a title that names a date without the comma ("Кровавое
воскресенье 9 января 1905 г.") keeps it. Before an archival location, the date after a
comma is the document's too (DOCUMENT_DAY)."""
ORIGINAL_TITLE = re.compile(r"\s\((?P<original>[^()]{3,200})\)$")
"""The original title of a translation in parentheses after its title, in the other
script: "Код да Винчи (The Da Vinci Code)" (notes of translated books give it so, where
GOST 7.1 clause 5.2.4 would print a parallel title after "=")."""

TRAILING_SERIES = re.compile(
    r"(?:^|\s)\((?P<series>(?![\d–—-]+\)$)(?![Чч]\.\s?[\dIVXLC]+\)$)[^()]+)\)$")
"""The series area, GOST 7.1 clause 5.7: "(Научная библиотека ; вып. 3)"; a number alone
in parentheses is an issue's running number ("№ 2 (27)", locators.ISSUE), and a part
alone its part ("№ 31 (ч. 1)", locators.ISSUE_PART), not a series."""


@dataclass
class Description:
    """One bibliographic description: a book, or the host of an analytic part."""

    names: list[Name] = field(default_factory=list)
    title: str | None = None
    abbreviated: bool = False
    roles: dict[str, list[Name]] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    pinpoints: list[tuple[str, str]] = field(default_factory=list)
    has_place: bool = False
    has_year: bool = False
    has_day: bool = False
    responsibility: bool = False
    """Whether a statement of responsibility followed " / " in the title block."""
    commentary: str | None = None
    """Sentences after the reference ("… С. 5. Автор ошибается."), kept as a suffix."""
    leftover: list[Leftover] = field(default_factory=list)
    by_same_author: bool = False
    """A host introduced as the part's author's own book («В его кн.:»)."""


# --- the title block ----------------------------------------------------------

def _note(description: Description, text: str) -> None:
    """A statement with no names is kept in CSL `note`, which every format carries."""
    add_note(description.fields, text)


BOARD_TERM = re.compile(rf"(?:{_alternation(BOARD_TERMS)})(?:\s?:)?\s?")
"""An editorial board's term and its colon, spaced or not as ROLE_TERM's ("редкол.: …",
"редкол. : …", "рэдкал. : М. Касцюк (гал. рэд.) [і інш.]")."""
BOARD_MEMBER_SEPARATOR = re.compile(r",\s(?![^()]*\))")
"""The comma between two members of a board, not one inside a member's "(отв. ред.)"."""


def _board(members: str, description: Description) -> bool:
    """The members of an editorial board, each in the role written after the name
    ("А.И.Аксенов (отв. ред.)") or, with none, an editor; False, nothing taken, when a
    member is no name."""
    roles: list[tuple[str, list[Name]]] = []
    chairs: list[str] = []
    et_al = ET_AL.search(members)  # "…, Л.Е. Морозова (отв. ред.) и др.": more members
    for member in BOARD_MEMBER_SEPARATOR.split(members[: et_al.start()] if et_al else members):
        chair = BOARD_CHAIR.search(member)
        if chair:  # "В. М. Литвин (голова)": an editor, the position kept in note
            chairs.append(member.strip())
            member = member[: chair.start()] + member[chair.end():]
        suffix = ROLE_SUFFIX.search(member)
        role = ROLE_SUFFIXES[suffix["role"]] if suffix else "editor"
        parsed = parse_name_list(member[: suffix.start()] if suffix else member)
        if parsed is None:
            return False
        roles.append((role, parsed))
    if et_al and roles:
        roles[-1][1].append(Name(literal=OTHERS))  # the unnamed others, in the last role
    for role, names in roles:
        description.roles.setdefault(role, []).extend(names)
    for chair in chairs:
        _note(description, chair)
    return True


_UNLISTED_ROLE_WORD = r"[^\W\d_]+{period}(?:-[^\W\d_]+{period})?\s?:"
"""A role word the tables do not have, with its colon ("Консультанты:", "Ред.-картогр.:")."""
UNLISTED_ROLE = LazyPattern(_UNLISTED_ROLE_WORD.format(period=r"\.?") + r"\s")
"""A role word the tables do not have, with its colon, opening a statement: GOST 7.18-79's
map ("Ред.-картогр.: Волкова Г. Н. и др.; Консультанты: Бабушкин Л. Н., Когай Н. А.;
Картогр.: …"), GOST 7.40-82's recordings ("Исполн.: …"). The names are no authors: the
statement is kept whole in `note`."""
UNLISTED_ABBREVIATED_ROLE = LazyPattern(r"(?:[а-яёіїєґў]{2,12}\.\s?){1,3}")
"""Role words the tables do not have, abbreviated in lower case as GOST 7.0.12 and DSTU 3582
abbreviate them, opening a statement before the names they govern: "фот. Е. Чарушина",
"рук. авт. кол. А. Петров", "передм. І. Дзюби" (Ukrainian "передмова"); two letters or
more, as a lone letter is an initial typed in lower case ("/ л. а. Мясникова"). The names
are no authors: with the names read after them, the statement is kept whole in `note`."""


def _role_words(term: re.Match[str]) -> list[str]:
    """A statement's role words: one, or several joined by commas and a conjunction (GOST
    7.1-2003 clause 5.2.5: "отв. ред. и сост.", "сост., вступ. ст. и коммент."; DSTU's
    "упоряд. та комент.")."""
    if term["more"] is None:
        return [term["role"]]
    return [term["role"], *(joined["role"] for joined in JOINED_ROLE.finditer(term["more"]))]


def _role_of(words: list[str]) -> str:
    """The CSL variable of a statement's role words: the first's, or the first CSL has a
    variable for ("предисл. и пер."); an editor who translated is "editor-translator", as
    "ed. and transl. by" is."""
    roles = [ROLE_TERMS[word] for word in words]
    if {"editor", "translator"} <= set(roles):
        return "editor-translator"
    return next((role for role in roles if role != "note"), "note")


ROLES_LIKE_GIVEN_NAMES = ("Ed.",)
"""Capitalised role words that are also a given name's abbreviation: «Ed.» for Eduard, as
German scholarship prints it on title pages and in lists of names («U. Wilcken, Ed. Meyer»,
«Ed. Schwartz», «Ed. Norden»)."""
NEXT_ROLE = LazyPattern(
    rf",\s(?=(?!{_alternation(ROLES_LIKE_GIVEN_NAMES)}\s[{UPPER}][^\W\d_])(?:{_ROLE_WORD})\s[{UPPER}])")
"""A comma closing one role's names before another role's, as Russian notes type a foreign
book's statements in its own house style, where GOST 7.1-2003 clause 4.7 prints " ; ":
«Evangelii concordantis expositio/Tr. J. B. Aucher, ed. G. Mösinger» (the dev set's
ru-fn-2002). A role word that may be a given name (ROLES_LIKE_GIVEN_NAMES) only before an
initial: «U. Wilcken, Ed. Meyer» is two names."""


def _statements(text: str) -> list[str]:
    """The statements of responsibility of `text`: between semicolons, and between one
    role's names and the next role word after a comma (NEXT_ROLE); a comma between role
    words alone joins them ("сост., предисл. А. О. Чубарьяна" is one statement)."""
    statements: list[str] = []
    for statement in STATEMENT_SEPARATOR.split(text.strip()):
        pieces = NEXT_ROLE.split(statement)
        statements.append(pieces[0])
        for piece in pieces[1:]:
            if ROLE_TERM.fullmatch(statements[-1].strip()):
                statements[-1] += ", " + piece  # role words joined, the names after the last
            else:
                statements.append(piece)
    return statements


AFTER_FAMILY = LazyPattern(rf"(?<=[^\W\d_]{{2}})\.?\s(?=[{UPPER}])")
"""Where a family name may end and a body's name begin: a word of two letters or more (no
initial), its period perhaps, a space and a capital."""


def _names_then_body(body: str) -> tuple[list[Name], str] | None:
    """The names a role word governs and the body named after them, where GOST 7.1-2003
    clause 4.7 prints " ; " between statements and notes type a period or nothing ("/ Под
    ред. В. И. Шишкина. Новосиб. гос. ун-т. Новосибирск, 2002", a web reprint's «Печатный
    аналог» lines, dev ru-fn-1059 and ru-gost-060; "/ред. П. И. Бакулин Всесоюзное
    астрономо-геодезическое о-во. — М.", a library's export, ru-gost-310's statement): the
    first end of a family name after which the rest is no name and opens with a capital."""
    for end in AFTER_FAMILY.finditer(body):
        names = parse_name_list(body[: end.start()])
        rest = body[end.end():].strip()
        if names and all(name.given for name in names) and \
                CORPORATE_BODY.fullmatch(rest) and parse_name_list(rest) is None:
            return names, rest.rstrip(".")
    return None


def _names_after_rank(body: str, description: Description) -> list[Name] | None:
    """The names after a rank or degree that opens a statement's body ("проф. И. И.
    Иванова", `statement_ranks`), the rank kept as the leftover; None where none opens it
    or no names follow."""
    names_alone, ranks = ranks_before_each_name(body)
    names = parse_name_list(names_alone) if ranks else None
    if names:
        description.leftover.extend(Leftover(rank, LEFTOVER_STATEMENT_RANK) for rank in ranks)
    return names


def parse_responsibility(text: str, description: Description) -> None:
    """Statements after " / ", each with its role ("под ред.", "Dir. de", "(dir.)")."""
    for statement in _statements(text):
        role = "author"
        body = statement.strip()
        if body.startswith("[") and body.endswith("]"):
            body = body[1:-1].strip()  # "[отв. ред. В. К. Толстов]": supplied (7.1, 4.8)
        board = BOARD_TERM.match(body)
        if board and _board(body[board.end():], description):
            continue  # "редкол.: А.И.Аксенов (отв. ред.), Е.Ю.Тихонова (отв. сост.)"
        term = role_term(body)  # not "Публ. ист. б-ка …", the public library
        if term is None and in_capitals(body):
            term = role_term(body.lower())  # "ПОД ОБЩ. РЕД. В. Е. КЕМЕРОВА"
        words = _role_words(term) if term else []
        if term:
            body = body[term.end():]
            then = ROLE_TERM.match(body) if term["language"] else None
            if then:  # "пер. с англ. под ред. И. В. Красикова": the names are the editor's,
                _note(description, term.group().strip())  # the translation noted once
                statement, term, words, body = body, then, _role_words(then), body[then.end():]
            role = _role_of(words)
        else:
            suffix = ROLE_SUFFIX.search(body)
            if suffix and suffix.end() == len(body):
                role, body = ROLE_SUFFIXES[suffix["role"]], body[: suffix.start()]
        if role == "note":
            _note(description, statement.strip())  # "предисл. В.П. Данилова"
            continue
        if term and not body.strip(" .,"):
            statement = statement.strip()
            if term["language"] and term["language"].islower() and \
                    not statement.endswith((".", "ого")):
                statement += "."  # "пер. с англ." lost its period where the area ended
            _note(description, statement)  # a role with no names
            continue
        if not term and UNLISTED_ROLE.match(body):
            _note(description, statement.strip())  # "Консультанты: Бабушкин Л. Н., …"
            continue
        parsed = parse_name_list(body)
        if parsed is None and term:
            parsed = _names_after_rank(body, description)  # "под ред. проф. И. И. Иванова"
        if parsed is None:
            parsed = names_in_one_case(body)  # "под общ. ред. в. е. кемерова"
        if parsed is None and term:
            names_and_body = _names_then_body(body)
            if names_and_body:  # "Под ред. В. И. Шишкина. Новосиб. гос. ун-т"
                parsed, body_name = names_and_body
                _note(description, body_name)
        if parsed is None and not term and CORPORATE_BODY.fullmatch(body.strip()):
            _note(description, statement.strip())  # "/ Публ. ист. б-ка им. М. Е. …"
            continue
        unlisted = UNLISTED_ABBREVIATED_ROLE.match(body) if parsed is None and not term and \
            body[:1].islower() else None
        if unlisted and parse_name_list(body[unlisted.end():]) is not None:
            _note(description, statement.strip())  # "фот. Е. Чарушина": a role, its names
            continue
        if parsed is None:
            description.leftover.append(
                Leftover(statement, "statement of responsibility not understood"))
            continue
        names = parsed
        if not term and not any(name.given for name in names):
            _note(description, statement.strip())  # "/ Д. Цэрэнпил ; ИИНХ": a body, no person
            continue
        names = names_in_nominative(words, names)  # "под ред. В.Н. Сухова"
        description.roles.setdefault(role, []).extend(names)
        if term and (term["language"] or len(words) > 1):
            _note(description, term.group().strip(" :"))  # "пер. с англ.", "отв. ред. и сост."


SITE_WORD = LazyPattern(r"\s?(?::\s)?\[(?:сайт|site|веб-сайт)\]$", re.IGNORECASE)
"""The cataloguer's "[сайт]" after a platform's name: "Образовательная платформа Юрайт
[сайт]"."""
LIST_BULLETS = "•·▪◦‣*"
"""The bullets that open each record of a library catalogue's list view (Koha's ISBD
export prints "• Title …"), and the asterisk that marks a list's main works ("*Алисова
Т.Б., Репина Т.А. … М.: Высшая школа, 1987.") or stands for a note's number: list
markup, as a note's number is, not the reference's."""
DATED_ISSUE = LazyPattern(r"(?P<date>[^()]+?)\s?\(№\s?(?P<issue>\d[\d/–-]*)\)")
"""A newspaper's day or month with its number in parentheses, as DSTU GOST 7.1:2006 prints
an issue: "20 квітня (№ 48)", "Березень (№ 3)"."""
DAY_THEN_ISSUE = LazyPattern(r"(?P<date>[^,]+),\s№\s?(?P<issue>\d[\d/–-]*)")
"""A newspaper's day and its number after a comma in one area, as the commentaries of the
émigré press print an issue: "— Звено. — 1924. — 17 ноября, № 94. – с. 2.", "«Руль» (1924. —
21 августа, № 1129. — С. 2-4)"."""
_CAPITAL_ROLES = _alternation([term for term in ROLE_TERMS if re.match("[А-ЯЁA-Z]", term)])
_CYRILLIC_ROLES = _alternation([term for term in ROLE_TERMS if re.match("[а-яёіїєґ]", term)])
CLOSE_SLASH = LazyPattern(
    rf"/(?<=[^\W\d_)\]]/)(?:\s(?=[{UPPER}\[])|(?=[{UPPER}]\.\s?(?:[{UPPER}]\.\s?)?[{UPPER}][^\W\d_]))"
    rf"|/(?<=[^\s/]/)(?=(?:{_CAPITAL_ROLES})[\s:])"
    rf"|/(?:(?<=[^\W\d_]/)|(?<=[^\W\d_]\./))(?=(?:{_CYRILLIC_ROLES})[\s:])"
    rf"|/(?<=[^\W\d_]\s/)(?=(?:{_CYRILLIC_ROLES}|{_CAPITAL_ROLES})[\s:])")
"""The slash before a statement of responsibility typed without the space before it
(GOST 7.1-2003 clause 4.7 prints " / "): "Походы русских войск при ИванеIII/ Ю.Г.
Алексеев", "Лев Троцкий: франкенштейн XX века/М. Дубинянский"; after a letter, before a
capital (and close up only before initials and a family name), so that "и/или", "1/2"
and "Вход/Выход" stay in the title; close up after anything but a space before a Russian
role word ("Кат./Ред.-сост.: А. М. Лидов", "Пролог бр. 72/Изд. подгот.: В. Десподова", as
encyclopedia lists print it), or a Latin one («Novum Testamentum …/Ed. J. Wordsworth, H. J.
White.», «Evangelii concordantis expositio/Tr. J. B. Aucher, ed. G. Mösinger.», as
Russian notes type a foreign book's statement); close up after a letter or an
abbreviation's period before a lower-case one (DSTU 8302:2015's own examples "Енциклопедія
історії України: у 10 т./ред. рада: …", "Кримінальна відповідальність …: монографія/під
ред. В. К. Матвійчука"); and the space after it missing instead, before a role word
("Лауреаты Нобелевской премии по физике: биографии, лекции, выступления /сост. Б.П.
Захарченя", a library's footnote rules). Every branch opens with the slash, what stands
before it read by a lookbehind, so that the engine scans for the slash (the last branch
opened on its lookbehind and was tried at every position: 9 against 0.7 µs a GOST note's
whole text)."""


_ROLES_FIRST_WORDS = sorted({term.split()[0] for term in ROLE_TERMS if " " in term})
_WORDS_BEFORE_A_ROLE_IN_A_TITLE = ("в", "во", "с", "со", "и", "у", "з", "із", "і", "та")
"""Prepositions and conjunctions after which a role word belongs to the title: a title
names its translation or commentary in them ("Фауст в пер. Б. Пастернака", "Сонеты в пер.
С. Маршака", "Слово о полку Игореве с пер. и коммент. Д. С. Лихачева", "Стихотворения с
предисл. В. Я. Брюсова"), and no title ends in one; two roles joined by a conjunction
are read from the first ("Письма ред. и примеч. П. Е. Щеголева")."""
DROPPED_SLASH = LazyPattern(
    rf"\s(?=(?:(?:{_CYRILLIC_ROLES})\s(?:и|і|та)\s)?"
    rf"(?:{_CYRILLIC_ROLES})\s?(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][^\W\d_]+(?![^\W\d_]))"
    r"(?:(?<=[^\W_]\s)|(?<=»\s))" + "".join(rf"(?<!\b{re.escape(word)}\s)" for word in
                                         _ROLES_FIRST_WORDS + list(_WORDS_BEFORE_A_ROLE_IN_A_TITLE)))
"""The space where a statement of responsibility's " / " was dropped: a lower-case Russian
or Ukrainian role word, initials and a family name after the title, as a library's ISBD
export without its punctuation prints it (a Poltava library's Koha exports, dev set
batches 14 and 18: "Активные передающие антенны ред. В. В. Должиков — М. Радио и связь
1984", "… збірник/ вип. 17 гол. ред. Н. О. Горюхіна. — К.: Музична Україна 1982"); and
after a title in the note's quotes, which close it, as informal notes and lists print an
edited book ("«Дипломатический словарь» под ред. А. А. Громыко, А. Г. Ковалева …", dev
batch 2; "«Химический состав российских пищевых продуктов» под ред. И.М. Скурихина",
"«Толковая Библия» под ред. А. П. Лопухина", reading lists). A title's own words
("редакция", "Ред.") are no lower-case role word before initials, nor is a role's second
word ("ред." of "под ред."), nor a role after a comma ("Воспоминания, под ред. К. И.
Чуковского", whose comma may close a title's first part). The space is matched
first, so that the engine tries the rest only at spaces; then the role word after it,
which fails at once after most spaces (a lower-case letter of few), and only then what
stands before it, read by some ninety lookbehinds (issue 9)."""


PARENTHESISED_STATEMENT = LazyPattern(
    rf"\s\((?=\[?(?:{_ROLE_WORD})[\s:])(?P<statement>[^()]+)\)$")
"""A statement of responsibility in parentheses after the title, where GOST 7.1-2003
prints " / ", as notes and reading lists type an edited book: «Снижение шума в зданиях
(Под ред. Г.Л. Осипова, Е.Я.Юдина.) –М.: Стройиздат, 1987», «Сочинения (под ред. П. Е.
Щеголева). М., 1914»; a role word opens it."""


def _person_statement(statement: str) -> str | None:
    """The statement without its closing period when, after its role words, it names
    persons (not "(ред. 1998)", "(пер. 2-е)"); None where it names none."""
    statement = statement.strip()
    term = ROLE_TERM.match(statement)
    if not term:
        return None
    for text in (statement.rstrip("."), statement):
        body = text[term.end():]
        if parse_name_list(body) or rank_before_names(body) and \
                parse_name_list(body[rank_before_names(body):]):
            return text
    return None


COMMA_BEFORE_ROLE = LazyPattern(rf",\s(?=(?:{_CYRILLIC_ROLES})[\s:])")
"""The comma before a statement of responsibility, where Soviet notes in the comma style
print GOST's " / ": "История СССР, под ред. И. И. Смирнова, т. 1, М., 1955, с. 5", "Р.
Пайпс, Россия при старом режиме, пер. с англ. В. Козловского, М., 1993"; a lower-case
Russian role word after it."""


def _statement_after_comma(text: str) -> tuple[int, str | None]:
    """Where the title ends and the statement that closes `text` after a comma
    (COMMA_BEFORE_ROLE), when it names persons to its end; (0, None) where none does, as
    where a title follows the names ("Воспоминания, под ред. К. И. Чуковского «Бурлаки на
    Волге»")."""
    for comma in COMMA_BEFORE_ROLE.finditer(text):
        statement = _person_statement(text[comma.end():])
        if statement:
            return comma.start(), statement
    return 0, None


def parse_title_block(text: str, description: Description) -> None:
    """Title, other title information and responsibility of one description."""
    title, separator, responsibility = text.partition(" / ")
    if not separator and "/" in text:
        slash = CLOSE_SLASH.search(text)
        if slash:
            title, separator, responsibility = \
                text[: slash.start()], slash.group(), text[slash.end():]
    if not separator and "." in text:
        dropped = DROPPED_SLASH.search(text)
        if dropped:
            title, separator, responsibility = \
                text[: dropped.start()], dropped.group(), text[dropped.end():]
    if not separator and ", " in text:
        comma, statement = _statement_after_comma(text)
        if statement:  # "История СССР, под ред. И. И. Смирнова, т. 1, М., 1955"
            title, separator, responsibility = text[: comma], ", ", statement
    if not separator and text.endswith(")"):
        enclosed = PARENTHESISED_STATEMENT.search(text)
        statement = _person_statement(enclosed["statement"]) if enclosed else None
        if statement:  # "Снижение шума … (Под ред. Г.Л. Осипова, Е.Я.Юдина.)"
            title, separator, responsibility = text[: enclosed.start()], " (", statement
    if separator:
        description.responsibility = True
        volumes = NUMBER_OF_VOLUMES_PHRASE.search(responsibility) \
            if VOLUMES_PHRASE_SIGN.search(responsibility) else None
        if volumes and volumes.end() == len(responsibility.rstrip(" .")):
            # "под ред. А. А. Громыко, … С. Л. Тихвинского в 3-х томах": the set's
            # volumes after the names, where a title block without " / " prints them
            description.fields["number-of-volumes"] = volumes["n"]
            responsibility = responsibility[: volumes.start()]
        parse_responsibility(responsibility, description)
    title = title.strip()
    translated = TRANSLATION_STATEMENT.search(title) if "ер" in title and ":" in title else None
    if translated:  # "Синий мир : пер. с англ.": the statement leaves the title
        _note(description, translated["statement"])
        title = title[: translated.start()] + title[translated.end():]
    translation = TRANSLATED_TITLE.search(title) if title.endswith("]") else None
    if translation:  # "Gorod Kuznetsk: … ocherk [The Town of Kuznetsk: …]"
        description.fields["note"] = translation["translation"]
        title = title[: translation.start()]
    genre = THESIS.search(title)
    if genre:
        text = genre["genre"].strip()
        if text.endswith(ABBREVIATED_THESIS_GENRES):
            text += "."  # "PhD diss." lost its period where the area ended
        text, statements = cut_statements(text)
        description.fields["genre"] = text
        title = title[: genre.start()].rstrip()
        speciality = SPECIALITY.search(title)
        if speciality:  # "Земство : специальность 07.00.02 : диссертация …" (GOST R 7.0.100)
            statements = " ; ".join(filter(None, (speciality["code"], statements)))
            title = title[: speciality.start()].rstrip()
    else:
        title, statements = take_genre(title, description.fields)
    if statements:
        _note(description, statements)
    parallel = PARALLEL_TITLE.search(title) if "=" in title else None
    if parallel and parallel.start() > 0:
        _note(description, f"= {title[parallel.end():].strip()}")
        title = title[: parallel.start()].rstrip()
        if title.endswith(".") and not closes_abbreviation(title):
            title = title[:-1]  # "… определения. = Інавацыйная …": the period is the area's
    volume = TRAILING_VOLUME.search(title) if title[-1:].isdigit() else None
    if volume:
        description.fields["volume"] = volume["volume"]
        title = title[: volume.start() + 1]  # the period may close "в 13 т."
        if not closes_abbreviation(title):
            title = title[:-1]  # "Избранные труды. Т. 2": the sentence's period goes
    if title[:1] in OPENING_QUOTES and ". " in title:
        title = _quoted_title_page(title, description)
    roman = BARE_ROMAN_VOLUME.search(title) if ", " in title or ". " in title else None
    if roman and "volume" not in description.fields and \
            title[: roman.start()].rsplit(maxsplit=1)[-1] not in NUMBERING_WORDS and \
            title.count("«", 0, roman.start()) <= title.count("»", 0, roman.start()):
        # not after a term ("т. I"), nor inside a quoted title page («ПСРЛ … Том Девятый.
        # VIII. Летописный сборник …»)
        description.fields["volume"] = roman["volume"]
        if roman["own"]:
            description.fields["volume-title"] = roman["own"]
        title = title[: roman.start()]
    if ". " in title or ":" in title:
        title = _part_in_title(title, description)
    volume_range = VOLUME_RANGE.search(title) if title[-1:].isdigit() else None
    if volume_range:
        description.fields["number-of-volumes"] = volume_range["n"]
        title = title[: volume_range.start()]
    volumes = NUMBER_OF_VOLUMES_PHRASE.search(title) if VOLUMES_PHRASE_SIGN.search(title) \
        else None
    formula = volumes and (
        volumes["colon"] or volumes["term"] in ABBREVIATED_VOLUME_TERMS
        or title[: volumes.start()].endswith(".")
        or title[: volumes.start()].strip() in COLLECTED_WORKS_TITLES)
    if formula and volumes.end() < len(title):
        title = _numbering_after_volumes(title, volumes.end(), description)
    if volumes:
        description.fields["number-of-volumes"] = volumes["n"]
        if volumes.end() == len(title) and formula:
            title = title[: volumes.start()].rstrip()  # "Сочинения : в 13 т.", "Собр. соч.
            # в 30-ти т.", "Дневники. В 2-х томах" (its own sentence, whose period ends the
            # title's area, not an abbreviation's: "Избр. произв. В 2 т." keeps it), or
            # after collected works' title ("Повне зібрання творів у 12-и томах"); but
            # "История … войны в 12 томах" keeps its title as printed
            if title.endswith(".") and not closes_abbreviation(title):
                title = title[:-1]
    bare_volumes = BARE_NUMBER_OF_VOLUMES.search(title) if "number-of-volumes" not in \
        description.fields and title.endswith(BARE_NUMBER_OF_VOLUMES_ENDINGS) else None
    if bare_volumes:
        description.fields["number-of-volumes"] = bare_volumes["n"]
        title = title[: bare_volumes.start()]
    original = ORIGINAL_TITLE.search(title) if title.endswith(")") else None
    if original and _other_script(title[: original.start()], original["original"]):
        description.fields["original-title"] = original["original"]  # "(The Da Vinci Code)"
        title = title[: original.start()]
    ellipsis = ELLIPSIS.search(title) if title.endswith(("…", "...")) else None
    if ellipsis:
        description.abbreviated = True
        title = title[: ellipsis.start()]
    if title.endswith("]"):  # "Духовный мир человека: [Статьи]", "Глобус [645]"
        title = take_bracketed_end(title, description.fields)
    if title[:1] == "«" and not title.endswith("»"):  # «Сказки», изд. «Прибой»
        title, rest = title_closed_by_quotes(title.strip(), description.fields)
        if rest:
            _note(description, rest)
    description.title = quoted_title_and_gloss(title.strip(), description.fields) or None


def _numbering_after_volumes(title: str, end: int, description: Description) -> str:
    """`title` cut at `end`, where the formula of a set's volumes closes it, when only
    numbering follows (NUMBERING_AFTER_VOLUMES): the bare volume read, the rest kept in
    note; `title` whole when words follow."""
    numbering = NUMBERING_AFTER_VOLUMES.fullmatch(title, end)
    if numbering is None or numbering.end() == end:
        return title
    rest = numbering["rest"].lstrip(" ,.")
    if numbering["volume"]:
        if "volume" in description.fields:
            rest = f"{numbering['volume']}, {rest}".strip(" ,")
        else:
            description.fields["volume"] = numbering["volume"]
    if rest:
        _note(description, rest)
    return title[:end]


def _other_script(title: str, original: str) -> bool:
    """Whether words in parentheses after a Cyrillic title are Latin, or the reverse."""
    if CYRILLIC.search(title):
        return LATIN_WORD.search(original) is not None and not CYRILLIC.search(original)
    return CYRILLIC.search(original) is not None and LATIN_WORD.search(original) is None


LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
"""Two Latin letters or more; opened by one, which the engine scans for (a pattern that
opens with a repeat is tried at every position)."""


# --- one description, areas read from the right --------------------------------

MONTHS_RANGE = re.compile(r"(?P<first>[^\W\d_]+)\s?[—–-]\s?(?P<last>[^\W\d_]+)")


def _months_range(text: str) -> bool:
    """"липень-вересень", "июль – сентябрь": the months of a quarterly's issue, named in
    the nominative (DSTU GOST 7.1:2006 prints a monthly's issue "Березень (№ 3)")."""
    months = MONTHS_RANGE.fullmatch(text)
    return months is not None and months["first"].lower() in MONTHS_NOMINATIVE and \
        months["last"].lower() in MONTHS_NOMINATIVE


def _set(description: Description, area: str, variable: str, value: Any) -> None:
    """The first value read (the rightmost area) is kept; a different one is reported."""
    fields = description.fields
    if variable not in fields:
        fields[variable] = value
    elif fields[variable] != value:
        description.leftover.append(
            Leftover(area, f"a second {variable} ({value}); the first read is kept"))


def _set_numbering(description: Description, area: str, numbering: list[tuple[str, str]],
                   designations: dict[str, str]) -> None:
    """Volume, issue… of one area, each with the word the source prints before it
    ("Vol.", "fasc."), kept for the number that is kept (biblio.designations)."""
    for variable, value in numbering:
        if variable == "volume-title":
            _volume_title(value, description, area)
            continue
        _set(description, area, variable, value)
        word = designations.get(variable)
        if word and description.fields.get(variable) == value and \
                variable not in designations_of(description.fields):
            set_designation(description.fields, variable, word)
    fields = description.fields
    if "part-title" in fields and "volume" in fields and "volume-title" not in fields:
        # "Т. 22 : в 2 кн. Кн. 1 : Январь — август": the title of the book of a volume
        # names the volume cited, as it does in a title (_part_in_title)
        fields["volume-title"] = fields.pop("part-title")


def _series_number(text: str) -> str:
    """The number in a series: "вып. 5", "№ 5", "vol. 5" → "5"; kept whole otherwise."""
    numbering = parse_numbering(text)
    return numbering[0][1] if numbering and len(numbering) == 1 else text.strip()


SERIES_NUMBER_MARK = re.compile(r"[,.]\s")
"""What may part a series' title from its number in place of GOST's ";"."""


def _numbered_series(series: str) -> tuple[str, str]:
    """A series' title and its number printed after a comma (ISBD 6.6: "Slavica
    Helvetica, Bd. 24") or after a period, as notes print it ("Труды ГИМ. Вып. 45",
    "Материалы и исследования по археологии СССР. № 116"); the number is "" when the
    series' last part is no single numbering."""
    for mark in reversed(list(SERIES_NUMBER_MARK.finditer(series))):
        numbering = parse_numbering(series[mark.end():])
        if numbering is not None and len(numbering) == 1 and mark.start() > 0:
            return series[: mark.start()], numbering[0][1]
    return series, ""


def _printed_imprint(area: str, printing: re.Match[str], description: Description) -> bool:
    """The publication area with its manufacture in parentheses after the year («М. :
    Наука, 2019 (Тверь : Тверская фабрика печати)», `areas.PRINTING_AFTER_YEAR`): places,
    publisher and year read, the printer kept in `note` as printed; False when the
    parentheses name no printer or no imprint with a year comes before them."""
    if not is_printing(printing["printer"]):
        return False
    publication = parse_publication(area[: printing.start()])
    if not publication or "issued" not in publication:
        return False
    for variable, value in publication.items():
        _set(description, area, variable, value)
    description.has_place = "publisher-place" in publication or "publisher" in publication
    description.has_year = True
    _note(description, printing["printer"])
    return True


APPENDIX_AREA = LazyPattern(
    rf"(?P<appendix>(?:{_alternation(APPENDIX_TERMS)})\s?(?:№\s?)?"
    rf"(?:\d{{1,3}}|[IVXLC]{{1,5}}|[А-ЯЁІ]))(?:\.\s?(?P<pages>.{{1,40}}))?")
"""An appendix and its number or letter before its pages, an area of its own or one with
them (the splitter does not cut after a number's period): "Приложение 1. С. 384–409",
"Прил. 3", "Додаток Б"; kept in the note, the pages read as any part's."""


def _appendix(area: str, description: Description | None = None) -> bool:
    """Whether `area` is an appendix (APPENDIX_AREA), the pages after it a pinpoint;
    filling `description` when one is given."""
    match = APPENDIX_AREA.fullmatch(area) if area[:1] in "ПпДд" else None
    pinpoint = parse_pinpoint(match["pages"]) if match and match["pages"] else None
    if match is None or match["pages"] and pinpoint is None:
        return False
    if description is not None:
        _note(description, match["appendix"])
        if pinpoint:
            description.pinpoints.insert(0, pinpoint)
    return True


def _classify(area: str, description: Description, published: bool) -> str | None:
    """What `area` is, filling `description`; None when it is not a known area."""
    fields = description.fields
    if not published and _appendix(area, description):
        return "appendix"
    if not published:
        pinpoint = parse_pinpoint(area)
        if pinpoint:
            description.pinpoints.insert(0, pinpoint)
            return "pinpoint"
        extent = read_extent(area)
        if extent:
            _set(description, area, "number-of-pages", extent.pages)
            if extent.details:
                _note(description, extent.details)
            return "extent"
        if area[:1].isdigit() and PRINT_RUN.fullmatch(area):  # "– 520 с. – 2000 экз. – (…)"
            _note(description, area if area.endswith(".") else area + ".")
            return "print run"
        dated_issue = DATED_ISSUE.fullmatch(area) if area.endswith(")") else \
            DAY_THEN_ISSUE.fullmatch(area) if ", №" in area else None
        if dated_issue and (DAY_MONTH.fullmatch(dated_issue["date"])
                            or dated_issue["date"].lower() in MONTHS_NOMINATIVE):
            _set(description, area, "issue", dated_issue["issue"])  # "20 квітня (№ 48)"
            area = dated_issue["date"]
        elif dated_issue and _months_range(dated_issue["date"]):
            _set(description, area, "issue", dated_issue["issue"])  # "липень-вересень (№3)"
            _note(description, dated_issue["date"])  # a quarter's months: no one date
            return "numbering"
        alone = MONTHS_NOMINATIVE.get(area.lower()) if area[:1].isalpha() else None
        if alone:  # "Березень": a monthly's issue, the year in the area before
            description.has_day = True
            fields["_day"] = (alone, 0, 0)
            return "date"
        printing = PRINTING_AFTER_YEAR.search(area) if area.endswith(")") else None
        if printing and _printed_imprint(area, printing, description):
            return "publication"
        series = TRAILING_SERIES.search(area) if ")" in area else None
        if series and (series.start() == 0 or _classify(area[: series.start()], description,
                                                       published)):
            title, _, number = series["series"].partition(";")
            if not number:
                title, number = _numbered_series(title)
            _set(description, area, "collection-title", title.strip())
            if number.strip():
                _set(description, area, "collection-number", _series_number(number))
            return "series"
        figures = NUMERIC_DAY_AREA.fullmatch(area) if area[:1].isdigit() else None
        if figures:  # "Deutsche Zentralzeitung. 16.5.1935. S. 1.": an issue's day
            description.has_day = True
            year, month, day_of_month = numeric_day(figures)
            fields["_day"] = (month, day_of_month, day_of_month)
            fields["issued"] = Date(parts=[[year]])
            description.has_year = True
            return "publication"
        day = DAY_MONTH.fullmatch(area)
        if day:
            description.has_day = True
            fields["_day"] = (month_number(day["month"]), int(day["day"]),
                              int(day["last"] or day["day"]))
            if day["other_style"]:  # the day in the other calendar: CSL has no date for it
                _note(description, area)  # "6(19) декабря", kept as printed
            if day["year"]:
                fields["issued"] = Date(parts=[[int(day["year"])]])
                description.has_year = True
                return "publication"
            return "date"
    designations: dict[str, str] = {}
    numbering = parse_numbering(area, designations)
    if numbering:
        _set_numbering(description, area, numbering, designations)
        return "numbering"
    if area.endswith((")", ").")) and _volume_own_year(area, description, designations):
        return "numbering"
    imprint = read_imprint_then_numbering(area, designations) \
        if not published and "," in area else None
    if imprint:  # «М., 1965, № 3»: the comma form's place and year, then the issue
        _set_numbering(description, area, imprint[1], designations)
        for variable, value in imprint[0].items():
            _set(description, area, variable, value)
        description.has_place = description.has_year = True
        return "publication"
    if not published:
        publication = parse_publication(area)
        if publication is not None:
            for variable, value in publication.items():
                _set(description, area, variable, value)
            description.has_place = "publisher-place" in publication or "publisher" in publication
            description.has_year = "issued" in publication
            return "publication"
    closed = area.rstrip()
    run = OPEN_RUN.search(closed) if published and closed[-1:] in AREA_DASHES else None
    if run:  # the serial's own imprint above the issue's year: its run goes to the note
        publication = parse_publication(area[: run.start()])
        if publication and "issued" not in publication:
            for variable, value in publication.items():
                _set(description, area, variable, value)
            _note(description, run["run"])
            return "publication"
    run = SET_RUN.search(closed) if published else None
    if run:  # a set's imprint above its volume's year: "… : в 7 т. — М.: Наука; Голос,
        # 1995—2002. Т. 6. Письма. — 1999."; the set's years go to the note
        publication = parse_publication(area[: run.start()] + ", " + run["first"])
        if publication and "publisher-place" in publication:
            for variable, value in publication.items():
                if variable != "issued":
                    _set(description, area, variable, value)
            _note(description, run["run"])
            return "publication"
    run = read_numbering_year_run(area, designations) \
        if not published and "," in area else None
    if run:  # «2 изд., в. 1-3, 1955-56», «т. 2, 1960»: numbering and year in one run
        if run.edition:
            _set(description, area, "edition", run.edition)
        _set_numbering(description, area, run.numbering, designations)
        for piece in run.kept:
            _note(description, piece)
        _set(description, area, "issued", run.issued)
        description.has_year = True
        return "publication"
    edition = parse_edition(area)  # also with no imprint: "Соч. 2-е изд. Т. 4. С. 459"
    if not published and not edition:
        return None
    if edition:
        _set(description, area, "edition", edition)
        return "edition"
    head, colon, volume_title = area.partition(":")
    numbering = parse_numbering(head, designations) if colon and volume_title.strip() else None
    if numbering:  # "Vol. 2: Waiting for Hitler", "Т. 2 : Документы" (GOST 7.1 5.4)
        _set_numbering(description, area, numbering, designations)
        volumes = NUMBER_OF_VOLUMES_PHRASE.fullmatch(" " + volume_title.strip())
        if volumes:  # "Т. 22 : в 2 кн.": the volume comes in two books
            _set(description, area, "number-of-volumes", volumes["n"])
        else:
            _volume_title(volume_title, description, area)
        return "numbering"
    if role_term(area):
        parse_responsibility(area, description)
        return "responsibility"
    return None


VOLUME_OWN_YEAR = LazyPattern(rf"(?P<head>[^()]+?)\s?\((?P<year>{PRINTED_YEAR})\)\.?")
"""A volume's number with its own year in parentheses, as references to the volumes of a
set published over years print it: "— Т. 5 (1981)." (the «Музыкальная энциклопедия» of
Wikipedia's references)."""


def _volume_own_year(area: str, description: Description,
                     designations: dict[str, str]) -> bool:
    """A volume's number with its own year in parentheses ("Т. 5 (1981)"): the numbering
    read, and the year when the areas after it gave none."""
    own_year = VOLUME_OWN_YEAR.fullmatch(area)
    numbering = parse_numbering(own_year["head"], designations) if own_year else None
    if not numbering:
        return False
    _set_numbering(description, area, numbering, designations)
    if not description.has_year:
        _set(description, area, "issued", Date(parts=[[int(own_year["year"])]]))
        description.has_year = True
    return True


def _volume_alone(area: str, designations: dict[str, str]) -> bool:
    """Whether `area` is a volume's number alone, its own year in parentheses perhaps
    ("Т. 5", "Т. 5 (1981)")."""
    own_year = VOLUME_OWN_YEAR.fullmatch(area) if area.endswith(")") else None
    numbering = parse_numbering(own_year["head"] if own_year else area, designations)
    return bool(numbering) and [variable for variable, _ in numbering] == ["volume"]


def _volume_own_title(areas: list[Area], count: int, description: Description) -> int:
    """A volume's number and its own title after a period where GOST puts a colon ("— Т.
    5. Симон — Хейле.", the letters an encyclopaedia's volume runs from and to; "Т. 6.
    Письма. — 1999."): the numbering and the volume's title read; how many areas that was,
    0 when the area at `count` is a pinpoint, a numbering or a division («Часть 1I», its
    figures misprinted), an extent or an imprint, or opens with a place, or the one before
    it is no volume's number alone."""
    own_title = areas[count - 1].text.rstrip(".")
    volume = areas[count - 2].text
    designations: dict[str, str] = {}
    if not own_title[:1].isupper() or own_title.startswith(DIVISION_TERMS) or \
            not _volume_alone(volume, designations):
        return 0  # tested first: most areas before a title area are no volume
    if parse_pinpoint(own_title) or parse_numbering(own_title) or read_extent(own_title) or \
            _imprint(own_title) or parse_publication(own_title) is not None or \
            own_title.endswith(")") and VOLUME_OWN_YEAR.fullmatch(own_title) or \
            is_abbreviated_place(own_title.split(maxsplit=1)[0]):
        return 0  # "Том I. М. (1989). С. 9.": a place and its year, no volume's title
    designations.clear()
    if not _volume_own_year(volume, description, designations):
        _set_numbering(description, volume, parse_numbering(volume, designations) or [],
                       designations)
    _volume_title(own_title, description, areas[count - 1].text)
    return 2


SET_RUN = LazyPattern(
    rf",\s(?P<run>(?P<first>{PRINTED_YEAR})\s?[—–-]\s?{PRINTED_YEAR}(?:\s?гг?\.)?)\.?$")
"""A set's run of years closing its imprint, in the two-level description of one of its
volumes (GOST 7.1-2003: the set, then the volume with its own year): "Полное собрание
сочинений: В 7 т. — М.: Наука; Голос, 1995—2002. Т. 6. Письма. — 1999."."""
BARE_ROMAN_VOLUME = LazyPattern(
    r"(?<=[а-яё])[,.]\s(?P<volume>[IVXLC]{2,6}|[IVX](?=$))(?:\.\s(?P<own>[А-ЯЁ][^\d]{0,300}))?$")
"""A volume's number in Roman figures with no term, after a comma or a period closing the
title, as older notes number a serial's or a set's volumes ("Блоковский сборник, II. Труды
Второй научной конференции …. Тарту, 1972", "Летописный сборник. III. Одесса, 1960"), the
volume's own title after it (at most 300 characters, so that a long title is scanned once from
each candidate); one letter only at the end, where no initial stands."""


OPEN_RUN = LazyPattern(rf",\s(?P<run>{PRINTED_YEAR}\s?[{AREA_DASHES}])$")
"""A serial's open date closing its publication area, in the two-level description of one of
its issues (GOST 7.1-2003: the serial, then the issue with its own year): "Атомная энергия
/ … — М.: Гос. изд. техн.-теорет. лит., 1956— . Том 108, вып. 3. — 2010. — С. 121—180."."""


def _quoted_title_page(title: str, description: Description) -> str:
    """A whole title page the note's quotes enclose, its volume, edition or part after the
    title proper read as unquoted (_part_in_title): «Полное собрание русских летописей, …
    комиссией Российской Академии Наук. Том Пятнадцатый. Издание второе. Выпуск первый.
    Рогожский летописец». `title` as it was when no numbering is inside the quotes."""
    inner = unquoted_title(title)
    if inner == title or PART_IN_TITLE.search(inner) is None:
        return title
    read = _part_in_title(inner, description)
    return title if read == inner else read


def _part_in_title(title: str, description: Description) -> str:
    """The title without a part's numbering and the part's own title after it, which go
    to the numbering variables and to `volume-title` (a volume's) or `part-title`."""
    opening = PART_IN_TITLE.search(title)
    if opening is None or "number" in description.fields or \
            title.count("«", 0, opening.start()) > title.count("»", 0, opening.start()):
        return title  # inside a quoted title page («ПСРЛ, … Том Девятый. VIII. …»)
    position, found, words = opening.end(), {}, {}
    while True:
        part = PART_NUMBERING.match(title, position)
        if part is None:  # "Том Пятнадцатый. Издание второе. Выпуск первый.": an edition
            # between the designations, as older title pages print it
            end = title.find(". ", position)
            end = len(title.rstrip(".")) if end < 0 else end
            edition = parse_edition(title[position: end]) \
                if title.startswith(("Изд", "изд"), position) else None
            if edition is None or "edition" in found:
                break
            found["edition"], position = edition, min(end + 2, len(title))
            continue
        designation = part["designation"]
        numbering = parse_numbering(designation, words) or (
            [("part-number", designation)] if designation.startswith(DIVISION_TERMS) else None)
        if not numbering:
            break
        for variable, value in numbering:  # "Кн. 1. Ч. I-II": one part-number, both parts
            found[variable] = f"{found[variable]}, {value}" if variable in found else value
        position = part.end()
        if part["colon"]:  # "Т. 92: Александр Блок. Новые материалы …": its own title
            break
    rest = title[position:].strip()
    if not found or rest[:1].islower() or found.keys() & description.fields.keys() or \
            _imprint(rest):
        return title
    description.fields.update(found)
    for variable, word in words.items():  # "Вып. 2", "Том Девятый": the word as printed
        if variable in found:
            set_designation(description.fields, variable, word)
    if rest:
        numbered = [variable for variable in found if variable != "edition"]
        own = "volume-title" if numbered[-1:] == ["volume"] else "part-title"
        description.fields[own] = rest.rstrip(".")
    kept = title[: opening.start()]
    return kept + "." if title[opening.start()] == "." and closes_abbreviation(kept + ".") \
        else kept  # "… в 1861-1917 гг. - Выпуск 2": the abbreviation keeps its period


IMPRINT_AFTER_PART = LazyPattern(rf"(?P<place>[^\s,:;]+)\s?[,:]\s.*(?<!\d){PRINTED_YEAR}$")
"""A place, its publisher perhaps, and the year: "Л., “Наука”, 1969"."""


def _imprint(text: str) -> bool:
    """Whether the text after a part's number is the imprint, where the area before it
    was not closed ("Т. 2. Л., “Наука”, 1969": quotes the area reader does not know), not
    the part's own title."""
    imprint = IMPRINT_AFTER_PART.match(text.rstrip(". "))
    return imprint is not None and is_abbreviated_place(imprint["place"])


VOLUME_HEAD = "Т. 1"
"""A volume's number standing for the title proper when a volume's own title is tried
as a genre ("Т. 1 : підручник")."""


def _volume_title(volume_title: str, description: Description, area: str) -> None:
    """What follows a volume's number and colon: its own title, a genre ("Т. 1 :
    підручник", GOST 7.1-2003 clause 5.2.5), and the statements after " / " that the
    multipart description gives the volume ("Т.1: підручник / В. І. Борисова [и др.]")."""
    volume_title, slash, statements = volume_title.partition(" / ")
    if slash:
        parse_responsibility(statements, description)
    genre_fields: dict[str, Any] = {}
    rest, _ = take_genre(f"{VOLUME_HEAD} : {volume_title.strip()}", genre_fields)
    if "genre" in genre_fields and rest.strip() == VOLUME_HEAD:
        _set(description, area, "genre", genre_fields["genre"])
    elif volume_title.strip():
        _set(description, area, "volume-title", volume_title.strip())


def _imprint_alone(area: str, description: Description) -> bool:
    """A description that is its imprint alone, the author and title being in the text
    the in-text reference follows (GOST R 7.0.5 clause 6: "(М. : Городец, 1997. С. 5-19)"):
    a known place, a publisher after " : " and a year."""
    publication = parse_publication(area) if " : " in area else None
    if not publication or not {"publisher", "issued"} <= publication.keys() or \
            publication.get("publisher-place") not in PLACE_NAMES:
        return False
    for variable, value in publication.items():
        _set(description, area, variable, value)
    description.has_place = description.has_year = True
    return True


PUBLISHER_BEFORE_DIVISION = re.compile(r"[^:]+:\s?[^\W\d_][^:\d]*")
DIVISION_AND_YEAR = re.compile(r"[^\W\d_][^:\d]{0,60},\s?\d{4}(?:\s?[гр]\.|\.)?")
"""The rest of a publisher's name and the year, perhaps with its «г.» or the Ukrainian «р.»
as footnotes print it ("Совет. Кубань, 2003 г.", publication.YEAR_AT_END's marks)."""
NAME_PIECE = re.compile(rf"[{UPPER}][^\W\d_]{{1,12}}|[^:;]{{1,60}},\s(?:тип|типогр|лит|литогр)")
"""A capitalised word an abbreviation's period cut off inside a publisher's name ("Гос"), or
the rest of the name up to the printer's abbreviated term that pre-1918 imprints name after
the publisher ("… изд. Мос. Т-ва «Образование», тип. Русскаго Товарищества, 1912")."""
DIVISION_PIECES = 3
"""How many areas a publisher's name may be cut into: "изд." | "Гос." | "Лит. музея"."""


def _publisher_division(body: str, areas: list[Area], count: int,
                        description: Description) -> int:
    """A publisher named with its division after a period, which the area splitter cut:
    "Л.: Наука. Ленингр. отд-ние, 1971", "М.: Наука. Гл. ред. вост. лит., 1991", or a name
    with capitalised abbreviations cut twice: "М., изд. Гос. Лит. музея, 1940" (read as
    "М.: изд. Гос. Лит. музея"); the areas are read as one publication area when they make
    one. Returns how many areas were joined, 0 when none."""
    last = areas[count - 1].text
    if not DIVISION_AND_YEAR.fullmatch(last):
        return 0
    for first in range(count - 2, max(count - 2 - DIVISION_PIECES, 0), -1):
        if first < count - 2 and not NAME_PIECE.fullmatch(areas[first + 1].text):
            return 0  # only the pieces of a name between the place and the year
        before = areas[first].text
        if not PUBLISHER_BEFORE_DIVISION.fullmatch(before):
            continue
        if first == count - 2 and parse_publication(last) is not None and \
                not _publisher_without_year(before):
            return 0  # "Кубань, 2003" reads alone, unless "Краснодар: Совет" wants its year
        joined = body[areas[first].start: areas[count - 1].end]
        publication = parse_publication(joined)
        if publication is None or "publisher" not in publication:
            return 0
        for variable, value in publication.items():
            _set(description, joined, variable, value)
        description.has_place = True
        description.has_year = "issued" in publication
        return count - first
    return 0


def _publisher_without_year(area: str) -> bool:
    """"Краснодар: Совет": a place and the start of a publisher that an abbreviation's
    period cut from the rest of its name ("Совет. Кубань", "Высш. шк."), no year yet."""
    publication = parse_publication(area)
    return publication is not None and "publisher" in publication and \
        "publisher-place" in publication and "issued" not in publication


def _year_after_imprint(areas: list[Area], count: int) -> bool:
    """A year that a period cut from the place and publisher before it: "–М.: Изд.
    стандартов. 1996.", "–М.: Изд. стандартов. 1990." (a course's list of standards). GOST
    7.1-2003 clause 5.5 closes the publication area with its date, so a bare year right
    after a place and publisher with none is that date, not commentary; a bare year after
    any other area stays what the areas around it make of it (a legal act's gazette, a
    standard's title), and so does one after a serial's subseries, whose colon is no
    imprint's ("Изв. вузов. Северо-Кавказский регион. Серия: Естественные науки. 2013.",
    GOST 7.1-2003 clause 7.2.1.3)."""
    return count > 2 and YEAR_AREA.fullmatch(areas[count - 1].text) is not None and \
        _publisher_without_year(areas[count - 2].text) and \
        not SERIAL_SUBDIVISION.match(areas[count - 2].text)


def _join_year_to_imprint(body: str, areas: list[Area], count: int,
                          description: Description) -> int:
    """The year of `_year_after_imprint` read with its imprint as one publication area
    ("М.: Изд. стандартов, 1996"); returns how many areas were read, 0 when none."""
    if not _year_after_imprint(areas, count):
        return 0
    imprint = f"{areas[count - 2].text}, {areas[count - 1].text}"
    publication = parse_publication(imprint)
    if publication is None or "issued" not in publication:
        return 0
    for variable, value in publication.items():
        _set(description, body[areas[count - 2].start: areas[count - 1].end], variable, value)
    description.has_place = description.has_year = True
    return 2


PLACE_NAMES = frozenset(EXPANSIONS.values())
AREA_DASH = re.compile(r"[—–-]")
SHORTENED_WORD_END = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,4}(?<=[^\W\d_A-ZА-ЯЁІЇЄҐ])$")
"""A word of at most four letters, not an acronym, ending an area: a word cut short
before its period («Веч.», «Изв.»), which the name after it continues."""


def _place_alone(area: str, description: Description,
                 written_out: frozenset[str] = frozenset()) -> str | None:
    """A publication area with its place and nothing else, after an area dash, as GOST R
    7.0.100-2018 describes a site: "Правительство России : официальный сайт. – Москва. –
    URL: …"; only a place the tables know ("Москва", "М."), or one of `written_out`."""
    place = area.strip()
    full = EXPANSIONS.get(place) or EXPANSIONS.get(place + ".") or \
        (place if place in PLACE_NAMES or place in written_out else None)
    if full is None:
        return None
    description.fields["publisher-place"] = full
    description.has_place = True
    return "publication"


NUMBER_PERIOD = re.compile(r"(?<=\d)\.\s(?=[^\W\d_])")
"""A number's period before a word, where the area splitter does not cut (the "2." of
"2. Aufl." is an ordinal): "Изд. 4. Т. 37", "1935. Р. 337"."""


def _classify_parts(area: str, description: Description, published: bool) -> str | None:
    """An area kept whole after a number's period, read as the areas it joins when every
    part is one ("Соч. Изд. 4. Т. 37. С. 69": edition, then volume); None, and nothing
    filled, otherwise."""
    cuts = list(NUMBER_PERIOD.finditer(area))
    starts = [0] + [cut.end() for cut in cuts]
    ends = [cut.start() for cut in cuts] + [len(area)]
    trial = copy.deepcopy(description)
    kinds: list[str] = []
    for start, end in reversed(list(zip(starts, ends))):
        kind = _classify(area[start:end], trial, published or "publication" in kinds)
        if kind is None:
            return None
        kinds.append(kind)
    vars(description).update(vars(trial))
    return "publication" if "publication" in kinds else kinds[-1]


BARE_VOLUME = LazyPattern(r"(?P<volume>\d{1,3})(?:\.\s(?P<rest>.+))?")
YEAR_AREA = re.compile(r"\d{4}")


def _bare_volume(area: str, before: str, description: Description) -> str | None:
    """A number with no term right after a year is the volume, as journals' own lists
    print it ("// Slavic Review. 1985. 44. № 2. P. 280–297": GOST's "Т. 44" left out);
    an issue must follow it, since a bare number alone may be the issue of a journal
    numbered by year ("Вопросы истории. 1990. 12")."""
    match = BARE_VOLUME.fullmatch(area)
    if match is None or not match["rest"] or not YEAR_AREA.fullmatch(before):
        return None
    designations: dict[str, str] = {}
    numbering = parse_numbering(match["rest"], designations)
    if not numbering or numbering[0][0] != "issue":
        return None
    _set_numbering(description, area, numbering, designations)
    _set(description, area, "volume", match["volume"])
    return "numbering"


SECTION_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[\s-][а-яё]+){0,3}")
"""One heading of a journal's section: "История", "Философия", "Экономика и право"."""


def _journal_section(areas: list[Area], count: int, description: Description) -> int:
    """A journal's section between its issue and the section's own issue, as university
    journals print them: "№ 12 (303). История. Вып. 55.", "№ 18 (272). Философия.
    Социология. Культурология. Вып. 25.": the section's name is `collection-title`, its
    issue `collection-number`, and the journal's issue is read next. How many areas were
    read (the section's number and names), 0 when the areas before `count` are no
    section. The section's name is tested first: it is cheap, and it fails on nearly every
    reference, whose area before the last is no such name."""
    if not SECTION_NAME.fullmatch(areas[count - 2].text):
        return 0
    numbering = parse_numbering(areas[count - 1].text)
    if not numbering or len(numbering) != 1 or numbering[0][0] != "issue":
        return 0
    first = count - 1
    while first > 1 and SECTION_NAME.fullmatch(areas[first - 1].text):
        first -= 1
    journal_issue = parse_numbering(areas[first - 1].text) if first < count - 1 else None
    if not journal_issue or journal_issue[0][0] != "issue":
        return 0
    area = areas[count - 1].text
    _set(description, area, "collection-number", numbering[0][1])
    _set(description, area, "collection-title",
         ". ".join(section.text for section in areas[first:count - 1]))
    return count - first


def _gazette_article(areas: list[Area], count: int) -> str | None:
    """The articles of a law gazette after its issue, an act's place in it ("… //
    Собрание законодательства РФ. – 2004. – № 47. – Ст. 4645.", "… // СЗ РФ. - 2002. - №
    18. -Ст. 1720.", "… – № 46 (Ч.1). – Ст. 4494."), which the cite's locator holds as
    "section", as informal.GAZETTE_ISSUE reads "СЗ РФ, 1995, № 48, ст. 4564"; None when
    the area at `count` is no such article after an issue, or when no title comes before
    the gazette's year: "1996. № 5. Ст. 410;", the next issue of a gazette named in the
    note's reference before it, is read as such a continuation is."""
    if count < 4:
        return None
    article = GAZETTE_ARTICLE.fullmatch(areas[count - 1].text)
    if article is None:
        return None
    numbering = parse_numbering(areas[count - 2].text)
    return article["articles"] or article["registered"] \
        if numbering and numbering[0][0] == "issue" else None


BOOK_ARTICLE = LazyPattern(r"(?:Ст|ст)\.\s?(?P<articles>\d+(?:\s?[—–-]\s?\d+)?)")
"""«Ст. N» as an area of its own: GOST 7.0.12-2011 abbreviates «статья» so, the article of
a law or of a collection of acts (CSL locator "section", as `_gazette_article` reads it)."""
YEAR_CLOSING = LazyPattern(rf"(?<!\d){PRINTED_YEAR}(?:\s?г\.?|\sгод)?$")
"""A publication area's year closing it, with its word perhaps («1922 год»)."""


def _article_after_year(areas: list[Area], count: int) -> str | None:
    """The article or articles after a book's year ("Собрание узаконений и распоряжений
    правительства. М., 1918. Ст. 5.", "«Полное собрание русских летописей …». Петроград.
    1922 год. Ст. 21—23."), the cite's pinpoint, where the gazette's form has an issue
    before them (`_gazette_article`); None when the area at `count` is no such article
    after an area closed by a year."""
    if count < 3:
        return None
    article = BOOK_ARTICLE.fullmatch(areas[count - 1].text)
    if article is None or YEAR_CLOSING.search(areas[count - 2].text) is None:
        return None
    return article["articles"]


def _reference_end(areas: list[Area]) -> int:
    """How many areas belong to the reference: commentary may follow its pinpoint,
    extent, print run, numbering or publication area, never its title, so without one of
    those nothing is cut."""
    end = len(areas)
    while end > 1:
        text = areas[end - 1].text
        series = ")" in text and TRAILING_SERIES.search(text) and \
            not parse_pinpoint(areas[end - 2].text)
        if parse_pinpoint(text) or read_extent(text) or parse_numbering(text) or series or \
                _appendix(text) or text[:1].isdigit() and PRINT_RUN.fullmatch(text) or \
                DAY_MONTH.fullmatch(text) or _year_after_imprint(areas, end) or \
                _gazette_article(areas, end) or _article_after_year(areas, end) or \
                PUBLICATION_WITH_PLACE.search(text) and \
                (parse_publication(text) or {}).get("publisher-place") or \
                end > 2 and DIVISION_AND_YEAR.fullmatch(text) and \
                PUBLISHER_BEFORE_DIVISION.fullmatch(areas[end - 2].text):
            return len(areas) if _volume_statement(areas[end:]) else end
        end -= 1
    return len(areas)


def _volume_statement(areas: list[Area]) -> bool:
    """Whether an area holds a statement of responsibility after " / " opened by its role
    word: a volume's own title and statement after its number, as GOST 7.1-2003 describes
    one volume of a multi-part set ("Энциклопедия для детей. Т.5. История России. Ч.1. …
    [Текст] / ред. коллег. М.Аксёнова, Д.Володихин и др.", the dev set's ru-gost-512), is
    the description's own, no commentary after it."""
    for area in areas:
        _, slash, statement = area.text.partition(" / ")
        if slash and (ROLE_TERM.match(statement) or BOARD_TERM.match(statement)):
            return True
    return False


def parse_description(text: str, *, heading: bool = False) -> Description:
    """A whole description; with `heading`, names may open it ("Dessberg F. (dir.) …")."""
    description = Description()
    start = 0
    intro = HOST_INTRO.match(text)
    if intro:
        start = intro.end()
        description.by_same_author = intro["intro"] in SAME_AUTHOR_HOST_INTROS
    if heading:
        names, end = parse_heading(text[start:])
        if not names:  # "// Цицерон. Диалоги …", "// Корнелий Тацит. Сочинения …": the host's
            # author by a name the table knows (GOST 7.1-2003 5.2: a collection of one author)
            known, end = parse_full_name_heading(text[start:])
            if known is None:  # "// Л.Н. Толстой. Собрание сочинений …": initials first
                known, end = collected_works_author(text[start:]) or (None, 0)
            names = [known] if known is not None else []
        end += start
        if names:
            role = ROLE_SUFFIX.match(text, end)
            if role:
                description.roles.setdefault(ROLE_SUFFIXES[role["role"]], []).extend(names)
                end = role.end()
            else:
                description.names = names
            start = end
    body = open_slash_closed_statement(text[start:].strip())  # "/Сост. Г.П. Смидович/ М."
    areas = split_areas(body)
    end = _reference_end(areas)
    if end < len(areas):
        description.commentary = body[areas[end].start:]
        areas = areas[:end]
    count = len(areas)
    published = False
    while count > 1:
        joined = (_publisher_division(body, areas, count, description) or
                  _join_year_to_imprint(body, areas, count, description)) \
            if not published and count > 2 else 0
        if joined:
            published = True
            count -= joined
            continue
        articles = (_gazette_article(areas, count) or count == len(areas)
                    and _article_after_year(areas, count)) if not published else None
        if articles:
            description.pinpoints.insert(0, ("section", articles))
            count -= 1
            continue
        section = _journal_section(areas, count, description) if count > 3 else 0
        if section:
            count -= section
            continue
        kind = _classify(areas[count - 1].text, description, published)
        if kind is None and not published and count > 2:
            kind = _bare_volume(areas[count - 1].text, areas[count - 2].text, description)
        if kind is None and count > 2 and \
                (own := _volume_own_title(areas, count, description)):
            count -= own
            continue
        if kind is None and NUMBER_PERIOD.search(areas[count - 1].text):
            kind = _classify_parts(areas[count - 1].text, description, published)
        if kind is None and not published and AREA_DASH.search(
                body, areas[count - 2].end, areas[count - 1].start):
            kind = _place_alone(areas[count - 1].text, description)
        if kind is None and heading and published and count > 1 and description.has_year and \
                not description.has_place and "publisher" not in description.fields and \
                not SHORTENED_WORD_END.search(areas[count - 2].text):
            # a host journal's city between its title and its year: "// Геологічний журнал.
            # Киев. 2008. № 3", "// Известия вузов. Томск, 2005. № 3"; not the title
            # alone, a journal named after its city ("// Москва. 1990. № 3"), nor the
            # city of a title cut short before it («Веч. Ленинград, 1953, 16 дек.»)
            kind = _place_alone(areas[count - 1].text, description, WRITTEN_OUT)
        if kind is None:
            break
        published = published or kind == "publication"
        count -= 1
    if count == 1 and not published and areas and _imprint_alone(areas[0].text, description):
        return description
    if areas:
        block = body[areas[0].start: areas[count - 1].end]
        if heading and not description.has_year and "," in block:
            block = _year_closing_host(block, description)
        if role_term(block):
            parse_responsibility(block, description)  # a host with no title: "// Coord. X"
        else:
            parse_title_block(block, description)
    day = description.fields.pop("_day", None)
    issued = description.fields.get("issued")
    if day and isinstance(issued, Date) and issued.year:
        month, first, last = day
        parts: list[list[int | str]] = [[issued.year, month, first] if first else
                                        [issued.year, month]]
        if last != first:
            parts.append([issued.year, month, last])
        act_date = description.fields.get(ACT_DATE)
        if act_date and len(issued.parts[0]) > 1:  # the act's own date, kept beside the
            # publication's year: "… от 27 июля 2006 г. № 149-ФЗ. Российская газета. 2006.
            # 29 июля." is published on the 29th
            publication_or_act_date(description.fields, Date(parts=parts), act_date)
        else:
            description.fields["issued"] = Date(parts=parts)
    return description


HOST_CLOSING_YEAR = LazyPattern(
    r",\s(?:(?P<month_before>[^\W\d_]{3,10})\s)?(?P<year>(?:1[6-9]|20)\d\d)(?:\s?г\.?)?"
    r"(?:,\s(?P<month>[^\W\d_]{3,10}))?\.?$")
"""A host's year after its name and a comma, with its month ("1889 г., май"), the
areas after it set off by periods or dashes: "// Русская старина, 1897. - №2. - С. 21.",
"// Личности, 2008. т.№1.-С.100- 115", "// Русский вестник, 1889 г., май, стр. 143–145";
the month named before the year, as English and German print a monthly's issue ("//
Chemistry World, September 2010.", and so the comma styles date a report or a talk:
"Technical University of Vienna, May 1993", "MIT, July 2011")."""


def _month_named(word: str) -> int | None:
    """The month `word` names in the nominative, as it stands before or after a year:
    Russian and Ukrainian ("май", "Березень"), English and German (the capitalised Latin
    names of MONTHS; its lower-case Latin names are genitives, "marta", "marca", or French)."""
    return MONTHS_NOMINATIVE.get(word.lower()) or (
        MONTHS.get(word) if word[0].isupper() and not CYRILLIC.match(word) else None)


def _year_closing_host(block: str, description: Description) -> str:
    """A host's title block less the year closing it after a comma (HOST_CLOSING_YEAR),
    the year (and month) taken as the host's date: a journal's name and its year in the
    comma form of Soviet notes, the issue and pages after it in GOST's period form. The
    block stays whole where a word after the year is no month, and where the name is not
    one area: the year then closes a place or a publisher."""
    match = HOST_CLOSING_YEAR.search(block)
    if match is None or len(split_areas(block[: match.start()])) > 1:
        return block  # "// Полное собрание законов …. СПб., 1873": a publication's year
    named = match["month"] or match["month_before"]
    month = _month_named(named) if named else None
    if named and (month is None or match["month"] and match["month_before"]):
        return block  # "…, Paris 1990": a word before the year that is no month
    description.fields["issued"] = Date(parts=[[int(match["year"])]])
    description.has_year = True
    if month:
        description.fields["_day"] = (month, 0, 0)
    return block[: match.start()]


# --- a whole reference --------------------------------------------------------------

def _apply_pinpoints(reference: Reference, pinpoints: list[tuple[str, str]]) -> None:
    """The last pinpoint is the cite's locator; an earlier page range is the item's, an
    earlier chapter ("– Гл. 6. – С. 112–125", "Гл. 3. С. 45") the item's `chapter-number`."""
    if not pinpoints:
        return
    chapters = [pin for label, pin in pinpoints[:-1] if label == "chapter"]
    if chapters:
        reference.fields.setdefault("chapter-number", chapters[-1])
        pinpoints = _without_chapters(pinpoints)
    reference.label, reference.locator = pinpoints[-1]
    if len(pinpoints) > 1 and pinpoints[0][0] == "page":
        reference.fields.setdefault("page", pinpoints[0][1])


def _without_chapters(pinpoints: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pinpoints less the chapters before the last one (see _apply_pinpoints)."""
    return [pin for pin in pinpoints[:-1] if pin[0] != "chapter"] + pinpoints[-1:]


OTHER_STATED_REASON = "the statement of responsibility names another person than the heading"


TITLE_AFTER_HEADING_WORDS = 12
"""The most words of a title that names a work after its author's heading with nothing
else: a book's title, not a sentence of commentary."""


def _title_after_heading(title: str | None, rest: str) -> bool:
    """Whether the title read after a heading the whole reference opened with (initials
    first or a name written out: "Р. Исмаилов. Последний блиц.", "Е. Тарле. Наполеон.", as
    a note repeats a work with no page, batch 46) is a work's: all of the `rest` after the
    heading, in its quotation marks or not, one to TITLE_AFTER_HEADING_WORDS words with no
    figure, one phrase with no period or comma inside: not a sentence of commentary, nor a
    title with an area the grammar left unread ("Принципы организации. Пг.", the part a
    reading in part tries of "… Пг. (1922)"; "Булгаковская Москва, М.")."""
    return bool(title) and rest.rstrip(" .").strip("«»") == title.strip("«»") and \
        len(title.split()) <= TITLE_AFTER_HEADING_WORDS and ". " not in title and \
        ", " not in title and not any(character.isdigit() for character in title)


def _authors(heading: list[Name], description: Description) -> list[Name]:
    """Heading names, or the longer list a full-form statement repeats after "/" (GOST
    7.1-2003 clause 5.2.5: the heading's author first, then the others); its first name
    spelt otherwise than the heading's but with the same initials is the heading's
    ("Балашова, Е. А. … / Е. А. Боташева, И. А. Каргашин"). A stated name with no family
    of the authors in it is reported as leftover, not dropped."""
    stated = description.roles.pop("author", [])
    if not heading:
        return stated
    if len(stated) > len(heading) and stated[0].family == heading[0].family:
        return stated
    authors = [_written_out(name, stated) for name in heading]
    if len(stated) > len(heading) and \
            _initials(stated[0].given or "") == _initials(heading[0].given or "") != "":
        authors += stated[len(heading):]
    if not stated:  # most headings have no statement after "/" to compare
        return authors
    families = {word for name in authors for word in str(name.family or "").split()}
    description.leftover.extend(  # the heading's name split otherwise is the heading's
        Leftover(str(name), OTHER_STATED_REASON) for name in stated
        if families.isdisjoint(str(name).replace(",", " ").split()))
    return authors


def _unclosed_heading_out(title: str | None, heading: list[Name],
                          authors: list[Name]) -> str | None:
    """The title without a heading left unclosed at its start, where no heading was read
    and the statement of responsibility names the same person
    (`heading_in_title.without_stated_heading`); without the heading repeated at its end
    with the statement's slash dropped, where one was read
    (`heading_in_title.without_repeated_heading`)."""
    if heading and title:
        return without_repeated_heading(title, heading[0])
    if heading or not authors or not title:
        return title
    return without_stated_heading(title, authors[0])


def _initials(given: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s.]+", given) if part)


def _written_out(name: Name, stated: list[Name]) -> Name:
    """The heading's name with the given name its statement of responsibility writes out
    (GOST 7.1-2003 clause 5.2.5 takes the form of the title page): "Брюсов, В. Я. … /
    Валерий Яковлевич Брюсов", "Михайлов, С. А. … / Сергей Михайлов" → "Сергей А."; the
    same family, and the initials agreeing."""
    given = name.given or ""
    for other in stated:
        full = other.given or ""
        if other.family != name.family or len(full) <= len(given) or "." in full:
            continue
        initials, written = _initials(given), _initials(full)
        if written and initials.startswith(written):
            rest = given.split()[len(full.split()):] if " " in given else \
                [f"{letter}." for letter in initials[len(written):]]
            return replace(name, given=" ".join([full, *rest]))
    return name


REPEATED_ISSUE_YEAR = re.compile(rf"{PRINTED_YEAR}(?:\s?г\.?)?")
"""The year of a repeat's issue, "1998" or "1998 г." before its numbering."""


def _parse_tail(text: str, reference: Reference) -> None:
    """After "Там же" or "Указ. соч.": pinpoint and numbering; a year before the numbering
    is the issue's ("Там же. 1998. № 3. С. 5": another issue of the journal repeated); an
    imprint with its place before the pinpoint is the work's, which a "Указ. соч." repeats
    to tell one work of the author from another ("Беляев И. Д. Указ. соч. М., 1888. С.
    9."); a remark on the quotation after the pinpoint is the suffix ("Там же. С. 50.
    Курсив мой."); the rest is leftover."""
    pinpoints: list[tuple[str, str]] = []
    areas = split_areas(text)
    for index, area in enumerate(areas):
        if index + 1 < len(areas) and not pinpoints and REPEATED_ISSUE_YEAR.fullmatch(area.text) \
                and parse_numbering(areas[index + 1].text):
            reference.fields["issued"] = Date(parts=[[int(area.text[:4])]])
            continue
        pinpoint = parse_pinpoint(area.text)
        numbering = None if pinpoint else parse_numbering(area.text)
        pinpoint = pinpoint or (None if numbering else read_locator(area.text))  # "at 45"
        if pinpoint:
            pinpoints.append(pinpoint)
        elif numbering:
            reference.fields.update(numbering)
        elif pinpoints and text.startswith(EDITORIAL_REMARKS, area.start):
            reference.suffix = text[area.start:].strip()
            break
        elif not pinpoints and reference.kind == "op-cit" and \
                (imprint := _repeated_imprint(area.text)) is not None:
            for variable, value in imprint.items():
                reference.fields.setdefault(variable, value)
        else:
            reference.leftover.append(Leftover(area.text, UNREAD_AFTER_REPEAT))
            reference.confidence = min(reference.confidence, 0.5)
    _apply_pinpoints(reference, pinpoints)


FIGURE = re.compile(r"\d")
"""A figure anywhere: what an imprint's year has, looked for before reading an area as one."""


def _repeated_imprint(area: str) -> dict[str, Any] | None:
    """The publication area a short form repeats, read only with its place ("М., 1888",
    "СПб.: Питер, 2004"): a year alone after "Указ. соч." may be a date of another kind."""
    if area[:1] == "(" and area[-1:] == ")":
        area = area[1:-1]  # "Указ. соч. (М., 1888). С. 5", as Chicago encloses an imprint
    imprint = parse_publication(area) if ":" in area or FIGURE.search(area) else None
    return imprint if imprint and "publisher-place" in imprint else None


VOLUME_OF_FILE = 6
"""Rank of "т."/"ч." in biblio.data.archival_levels: alone, they may be a book's volume."""


def _parse_ibid(text: str, marker_end: int, reference: Reference) -> Reference:
    reference.kind = "ibid"
    roman = TITLE_COMMA_ROMAN_VOLUME.match(text, marker_end)
    if roman:  # "Там же, т. XII, с. 5" as "Там же. Т. XII. с. 5"
        text = f"{text[:marker_end]}{_roman_volume(roman)}{text[roman.end():]}"
    rest = text[marker_end:].lstrip(" ,.;:" + AREA_DASHES)
    if not rest or rest[:1] == "(" and read_series_place(rest, reference):
        return reference
    pinpoint = parse_pinpoint(rest) or rest.endswith(".") and parse_pinpoint(rest[:-1]) or \
        (None if LEVEL.match(rest) else read_locator(rest))  # "Id. at 12", "ibid. at 45"
    if pinpoint:  # "Ibid., f. 46": a folio, though "f." may also be a fond
        reference.label, reference.locator = pinpoint
        return reference
    path, end = parse_levels(rest)
    in_archive = any(level.rank < VOLUME_OF_FILE for level, _, _ in path.levels) or \
        path.leaf is not None and rest[:1] in "лЛlL"
    if in_archive:
        reference.archival = path
        if path.leaf is not None:
            reference.locator, reference.label = path.leaf, path.leaf_label
        remainder = rest[end:].strip(" .,;")
        if remainder and path.leaf is not None and \
                remainder.startswith((*DOCUMENT_REMARKS, *EDITORIAL_REMARKS)):
            reference.suffix = remainder  # "Там же. Л. 2. Копия."
        elif remainder:
            reference.leftover.append(Leftover(rest[end:].strip(), "after an archival location"))
        return reference
    if path.levels:
        reference.archival = path  # "Т. 2": a volume of a file, if the previous is one
    if "," in rest:
        rest = NUMBER_COMMA_PINPOINT.sub(". ", rest)  # "Там же, т. 20, с. 40"
    _parse_tail(rest, reference)
    return reference


DOCUMENT_DAY = LazyPattern(rf"[,.]\s{APPROXIMATE_DAY}{DAY_MONTH_YEAR}(?:\s?[рг]\.?)?$")
"""The day of an archival document closing its title, after a period (the archival examples
of DSTU GOST 7.1:2006 and DSTU 8302:2015: "ІІ Універсал Української Центральної Ради. 3
липня 1917 р. // ЦДАВО України …") or a comma ("Абакумов. Приказ 440, 22 сентября 1933 г.
(ЦАГМ. Ф. 665 …)"; as biblio's GOST notes print it, "Письмо, 12 сент. 1906 // РГАЛИ …"):
the document's `issued`, out of its title, as the dev set's gold has every such document
(16 of nine sources) and as a document's date before a host's "//" is read. Compiled at
its first use: only archival titles are searched, and the months' alternation costs a
millisecond to compile."""


def _parse_archival(text: str, reference: Reference) -> Reference | None:
    path = parse_archival(text)
    if path is None or (len(path.levels) < 2 and path.leaf is None and path.shelfmark is None
                        and not path.named and not path.item_numbered):
        return None
    if path.archive and IBID.fullmatch(path.archive):
        # "Дневник Г. Димитрова // Там же. Ф. 146…": the archive of the previous note
        reference.kind, reference.archival = "ibid", path
        if path.leaf is not None:
            reference.locator, reference.label = path.leaf, path.leaf_label
        return reference
    reference.kind = "archival"
    reference.type = "manuscript"
    reference.archival = path
    reference.fields["archive"] = path.archive
    if not path.named:
        reference.fields["archive_location"] = path.location()
    if path.place:
        reference.fields["archive-place"] = path.place
    if path.year:
        reference.fields["issued"] = Date(parts=[[int(path.year)]])
    if path.title:
        titled = take_content_form(path.title, reference.fields)
        heading, position = parse_heading(titled)
        if heading:  # "Розанов И.Н. Как создавалась библиотека…: докл. … // ГАРФ. Ф. …"
            reference.fields["author"] = heading
        undated, statements = take_genre(titled[position:].strip(), reference.fields)
        title, written, printed = split_document_date(undated)
        if written and "issued" in reference.fields:
            title = undated  # a file's year stated: the date stays in the title
        elif written:
            reference.fields["issued"] = written
            add_note(reference.fields, printed)
        elif dated := DOCUMENT_DAY.search(title):
            # "ІІ Універсал Української Центральної Ради. 3 липня 1917 р.", "Протокол, 13
            # апреля 1932 г. (ЦАГМ. Ф. 665 …)", GOST's own "Письмо, 12 сент. 1906 // РГАЛИ …"
            reference.fields["issued"] = date_of_day(dated)
            title = title[: dated.start()]
            if dated["approximate"]:  # "… Не ранее 10 ноября 1943 г. // Партархив …"
                add_note(reference.fields, dated.group().lstrip(",. "))
        else:  # "письмо студента Данилина …, б/д [январь 1934 г.] (ГА РФ. Ф. Р-7952 …)"
            cut, month, printed = split_document_month(title, documents_only=False)
            if month and "issued" not in reference.fields:  # else a file's year stated:
                title, reference.fields["issued"] = cut, month  # the month stays
                add_note(reference.fields, printed)
        writer = None if heading else letter_writer(title)
        if writer:  # "В. И. Вернадский - сыну. 6 окт. 1944 г.": the writer of the letter
            reference.fields["author"] = [writer]
        signed = None if heading or writer else read_signed(title)
        if signed:  # "Ротерт. Приказ 151", "Президиум МГСПС. Протокол": who issued it
            issuer, title, number, post = signed
            reference.fields["author"] = [issuer]
            add_note(reference.fields, post)
        else:
            title, number = split_number(title)  # "Абакумов. Приказ 440" after its heading
        if number:
            reference.fields["number"] = number
        reference.fields["title"] = title
        add_note(reference.fields, statements)
    add_note(reference.fields, path.full_name)
    if path.leaf is not None:
        reference.locator, reference.label = path.leaf, path.leaf_label
    reference.suffix = path.remark
    return reference


def _newspaper_host(text: str) -> Description | None:
    """A host that is a newspaper's issue by its number and day, with its place: "… //
    Последние новости. Париж, № 5786, 26 января 1937 г." (as informal notes cite it)."""
    match = NUMBERED_NEWSPAPER.fullmatch(text.strip()) if "№" in text else None
    if match is None:
        return None
    host = Description()
    host.title = match["title"].strip()
    host.fields["issue"] = match["issue"]
    host.fields["issued"] = newspaper_day(match)
    if match["place"]:  # the place of a newspaper does not make its article a chapter
        host.fields["publisher-place"] = read_place(match["place"])
    host.has_year = host.has_day = True
    if match["page"]:
        host.pinpoints.append(("page", match["page"]))
    return host


def _fill_from(description: Description, fields: dict[str, Any]) -> None:
    for variable, value in description.fields.items():
        if variable == "note" and fields.get("note") and value not in fields["note"]:
            fields["note"] = f"{value}; {fields['note']}"  # the title block's and the record's
        elif variable not in (CUSTOM, ACT_DATE, ACT_ADOPTED):
            fields.setdefault(variable, value)
    if CUSTOM in description.fields:  # most descriptions print no designation
        for variable, word in designations_of(description.fields).items():
            # a designation goes with its number: only where this description's was kept
            if fields.get(variable) == description.fields[variable] and \
                    variable not in designations_of(fields):
                set_designation(fields, variable, word)
    for role, names in description.roles.items():
        if role != "author":
            fields.setdefault(role, names)


NEWSPAPER_NAME = LazyPattern(r"[^\W\d_][^\d/«»<>]{0,60}")
"""A newspaper's name: a capital, then words with no figures, quotes or brackets."""


def _host_after_dash(title: str) -> tuple[str, str] | None:
    """A contribution's title and its host after the area dash that the older forms (GOST
    7.1-76 and 7.1-84, Soviet notes, the commentaries of the émigré press) print for "//":
    a newspaper, its day read after it ("«Современные записки», книга 53-я. Часть
    литературная. — Последние новости. 1933. 2 ноября.", "<«О декабристах» С. Волконского.
    — Анкета «Nouvelles litteraires»>. — Звено. — 1924. — 17 ноября, № 94."), or a serial
    by volume, its volume and imprint read after it ("Шамбинаго С. К. Повести о начале
    Москвы. — ТОДРЛ, т. 3. М. — Л., 1936, с. 59–98"). None when no area dash is left in the
    title or what follows the last one is no name."""
    article, dash, newspaper = title.rpartition(". — ")
    if not dash or not article.strip() or not NEWSPAPER_NAME.fullmatch(newspaper) or \
            not newspaper[:1].isupper():
        return None
    return article.strip(), newspaper.strip()


def _reference_work(title: str) -> str | None:
    """"Большая советская энциклопедия" → entry-encyclopedia; None for other hosts."""
    for word in WORD.findall(title):
        kind = REFERENCE_WORKS.get(word.lower())
        if kind:
            return kind
    return None


IMPRINT_AS_HOST = LazyPattern(
    r"(?P<place>[^\s,:;]++)\s?:\s?[«\"]?[^\W\d_a-zа-яё][^,.;:]*(?:\.\S[^,.;:]*)*,\s?\d{4}\b")
"""An abbreviated place, its colon, a publisher that opens with a capital, and its year
after a comma, in one area: "М.: Практика, 2006", "СПб.: Питер, 2004". The place's run is
possessive: a space or the colon follows it, which it never holds, so a shorter run could
not match, and a host's first word is not tried again letter by letter."""


def _imprint_as_host(host: str) -> bool:
    """Whether what follows "//" is the book's own imprint, not a host: a place the tables
    abbreviate, a publisher and its year (IMPRINT_AS_HOST), as students' and textbooks'
    lists type the mark before a book's place ("Гилман А.Г. Клиническая фармакология по
    Гудману и Гилману // М.: Практика, 2006.", "… // СПб.: Питер, 2004. – 320 с."). A host
    opens with its title, which no abbreviated place with a colon opens ("// Москва :
    энциклопедия" is written out)."""
    imprint = IMPRINT_AS_HOST.match(host)
    return imprint is not None and is_abbreviated_place(imprint["place"])


def _parse_work(text: str, reference: Reference) -> Reference:
    fields = reference.fields
    text = take_electronic(text, fields)
    host_match = HOST.search(text)
    if host_match and _imprint_as_host(text[host_match.end():]):  # the area's mark, typed
        text = f"{text[: host_match.start()].rstrip('.')}. — {text[host_match.end():]}"
        host_match = HOST.search(text)
    analytic = text[: host_match.start()] if host_match else text
    read_before = fields.get("author") or []  # "Лев Троцкий. Сталин / …", a heading
    # `_parse_reference` read and cut: the statement's names are compared with it, and the
    # title opens the rest, its first word and initials no second heading ("Г. П.
    # Макогоненко. Творчество А. С. Пушкина в 30-е годы")
    heading, position = parse_heading(analytic) if not read_before else ([], 0)
    if heading and is_title_noun_heading(analytic, heading):
        heading, position = [], 0  # "Погляди П. М. Врангеля … / С.В. Корновенко //"
    role = ROLE_SUFFIX.match(analytic, position) if heading else None
    if role:  # "Dessberg F., Malis C. (dir.) Les Européens…": editors, not authors
        fields[ROLE_SUFFIXES[role["role"]]] = heading
        heading, position = [], role.end()
    idem = None if heading else IDEM.match(analytic)
    if idem:
        reference.same_author, position = True, idem.end()
    other_name = OTHER_NAME.match(analytic, position) if heading else None
    if other_name and " " in other_name["name"].strip() and \
            parse_person(other_name["name"]) is not None:  # a name of two words or more
        reference.leftover.append(Leftover(other_name["name"], OTHER_NAME_REASON))
        position = other_name.end()
    rest = analytic[position:].strip()
    if heading and rest[:1].isdigit() and (number := WORK_NUMBER.match(rest)):
        rest = rest[number.end():]  # "Тихомиров М. Н. 1) Древняя Москва …"
    if heading and rest.startswith(", ") and CYRILLIC.search(heading[0].family or ""):
        rest = rest[2:]  # "Горький М., О литературе": Soviet lists close the heading with a
        # comma; a Latin heading before a comma ("Sokol, B. J., and Mary Sokol.") is the
        # comma styles' first name of several, which the labeller reads
    op_cit = OP_CIT.match(rest)
    if op_cit:
        reference.kind, reference.short = "op-cit", True
        if heading:
            fields["author"] = heading
        _parse_tail(rest[op_cit.end():].lstrip(" ,.;" + AREA_DASHES), reference)
        return reference
    if host_match is None:
        description = parse_description(rest)
        authors = _authors(heading or read_before, description)
        if authors:
            fields["author"] = authors
        fields["title"] = _unclosed_heading_out(description.title, heading or read_before,
                                                authors)
        reference.short = description.abbreviated
        reference.type = "thesis" if THESIS_GENRE.match(description.fields.get("genre", "")) \
            else "manuscript" if fields.get("medium") in UNPUBLISHED_FORMS else "book"
        if not description.has_year and "URL" in fields and (
                not description.has_place or "publisher" not in description.fields):
            reference.type = "webpage"  # a site: "– Москва. – URL: …" (GOST R 7.0.100)
            if fields["title"] and "part-number" in description.fields and \
                    "part-title" not in description.fields:
                # a page has no part area: an article in parts keeps the part that closes
                # its title as its page shows it ("За кулисами кризисов. … Часть 3.
                # (http://comments.ua/…)"; the dev set's gold, as for «(Частина 2)»); a
                # part with its own title is a multipart book's ("Ч. 1. Конкретные виды …")
                fields["title"] += f". {description.fields.pop('part-number')}"
        elif description.has_day and not description.has_place:
            reference.type = "periodical"  # "Правда. 1939. 23 авг.": a newspaper's issue
            dashed = _host_after_dash(fields["title"] or "")
            if dashed:
                fields["title"], fields["container-title"] = dashed
                reference.type = "article-newspaper"
        ranged = any(PAGE_RANGE.search(pin) for _, pin in description.pinpoints)
        serial = description.title and description.has_year and "issue" in description.fields \
            and not description.has_place and "publisher" not in description.fields \
            and (heading or ranged) \
            and split_host(description.title)  # "A. Title. Journal. 2020. № 1." with no "//"
        if serial:
            fields["title"], fields["container-title"] = serial
            reference.type = "article-newspaper" if description.has_day else "article-journal"
        elif ranged and description.has_year and "volume" in description.fields \
                and "publisher" not in description.fields and \
                (serial := _host_after_dash(fields["title"] or "")):
            # a volume of a serial after the area dash, its pages an article's: "Дмитриева Р.
            # П. Повесть о Тверском Отроче монастыре … — ТОДРЛ, т. 24. Л., 1969, с. 210–213."
            fields["title"], fields["container-title"] = serial
            reference.type = "chapter"
        if heading and ranged and description.has_year and not serial and \
                "genre" not in description.fields and description.title:
            description.title = fields["title"] = take_proceedings(description.title,
                                                                   description.fields)
        collection = heading and ranged and description.has_year and not serial and \
            collection_type(description.fields.get("genre"))
        if collection and (host := split_host(description.title or "")):
            # "A. Title. Proceedings : матеріали … конф. Київ, 2017. С. 14—19." (DSTU 8302)
            fields["title"], fields["container-title"] = host
            reference.type, serial = collection, host
        _fill_from(description, fields)
        _apply_pinpoints(reference, description.pinpoints)
        hosted_act = (is_legislation(fields.get("genre")) or description.fields.get(ACT_ADOPTED)) \
            and "container-title" in fields
        if hosted_act:
            reference.type = "legislation"
        if (serial or hosted_act) and reference.label == "page" and \
                PAGE_RANGE.search(reference.locator or ""):
            fields.setdefault("page", reference.locator)  # an article's or an act's pages
        reference.suffix = description.commentary
        reference.leftover.extend(description.leftover)
        if not (heading or description.has_place or description.has_year or reference.locator
                or reference.short or "URL" in fields or reference.same_author
                or "volume" in description.fields and not crosses_parenthesis(reference)
                # "ПСЗ. Т. XIV. № 10365.": a collection; not a sentence whose title runs
                # into a parenthesis ("… резолюция (см. Полн. собр. соч., т. 35"), whose
                # reference the note's commentary reads
                or "part-number" in description.fields and "(" not in
                reference.text.rpartition(str(description.fields["part-number"]))[2]
                and not crosses_parenthesis(reference)
                # so a serial's or a book's book or part named alone ("Временник …
                # Общества истории и древностей российских (ВОИДР). Кн. 24."); with a
                # parenthesis after it ("… Часть 3. (http://…)") another reading is tried
                or "issued" in fields and "genre" in fields  # a law dated in its genre
                or description.responsibility and (
                    "genre" in fields or "medium" in fields or authors or description.roles)):
            # ": учеб. пособие / А. А. Кондрашенков", "[Изоматериал] : … / авт.-сост.: М. С.
            # Андреева": a title block with the names of who made it, GOST's area 1
            reference.kind = "comment"
        return reference
    host = _newspaper_host(text[host_match.end():]) or \
        parse_description(text[host_match.end():], heading=True)
    if host.title and "genre" not in host.fields:
        # "// … : материалы Всерос. науч.-практ. конф., посвящ. …": the host's genre
        host.title = take_proceedings(host.title, host.fields)
    part = Description()
    on_site = "URL" in fields and not (host.has_year or host.has_place) and " : " in rest
    if on_site:  # "… — Москва : Юрайт, 2020. — 350 с. — Текст : электронный // ЭБС Юрайт
        part = parse_description(rest)  # [сайт]. — URL: …": a whole book, on a platform
        on_site = part.has_year and part.has_place
    if not on_site:
        part = Description()
        parse_title_block(rest, part)
    dated = DOCUMENT_DATE.search(part.title) if part.title and part.title.endswith("г.") else None
    document_date = None  # the document's own date as printed, read out of its title
    if dated and "issued" not in part.fields:  # "Постановление …, 7 сентября 1917 г. // …"
        part.fields["issued"] = date_of_day(dated)
        document_date = dated.group().lstrip(",. ")
        part.title = part.title[: dated.start()]
    written = printed = None
    if part.title and "issued" not in part.fields:
        titled = part.title
        part.title, written, printed = split_document_date(titled, acts=True)
        if written is None:  # "Письмо Е.Климову, январь 1956 года // …"
            part.title, written, printed = split_document_month(titled)
    act = bool(part.title) and part.title.split(maxsplit=1)[0] in ACT_NOUNS
    if written:  # "Письмо от 5 августа 1906 г. // Литературное наследство. Т. 92 …"
        part.fields["issued"] = written
        document_date = titled[len(part.title):].strip(" ,")  # "от 4 (17) ноября 1917 г."
        published = host.fields.get("issued")
        if not isinstance(published, Date) or act and published.parts == [[written.year]]:
            add_note(part.fields, printed)  # the day stays `issued`; its other calendar's
            # day kept (a dated collection keeps the whole date as printed, below)
    authors = _authors(heading or read_before, part)
    reference.leftover.extend(part.leftover + host.leftover)
    if authors:
        fields["author"] = authors
    fields["title"] = _unclosed_heading_out(part.title, heading or read_before, authors)
    reference.short = part.abbreviated
    _fill_from(part, fields)
    if part.fields.get(ACT_DATE) and "issued" in host.fields:
        publication_or_act_date(fields, host.fields["issued"], part.fields[ACT_DATE])
    elif document_date is not None and "issued" in host.fields:
        if act and LAW_COLLECTION.match(host.title or ""):  # a code of laws compiled after
            # the act, which it numbers by its day: the act keeps it, the volume's year noted
            add_note(fields, str(host.fields["issued"].year))
        elif act:  # a decree in its gazette, which keeps the decree's day where the gazette
            # gives its year
            publication_or_act_date(fields, host.fields["issued"], document_date)
        else:  # a document published in a collection ("Письмо … от 31 июля 1940 г. // С
            # двух берегов … М., 2002. С. 25"): the collection's date is the item's, the
            # document's as printed its note, also in a collection of the same year
            fields["issued"] = host.fields["issued"]
            add_note(fields, document_date)
    if host.title is None and host.roles:
        # "Title // Coord. J.-B. Duroselle. P., 1954": a "//" standing for "/"
        reference.type = "book"
        _fill_from(host, fields)
        _apply_pinpoints(reference, host.pinpoints)
        return reference
    fields["container-title"] = host.title
    if host.names:
        fields["container-author"] = host.names
    elif host.by_same_author and authors:
        fields["container-author"] = authors  # "В его кн.: …"
    _fill_from(host, fields)
    _apply_pinpoints(reference, host.pinpoints)
    if len(_without_chapters(host.pinpoints)) == 1 and reference.label == "page" and (
            PAGE_RANGE.search(reference.locator or "") or host.has_day
            or is_legislation(fields.get("genre"))):
        fields.setdefault("page", reference.locator)  # GOST 7.1 clause 7.2: the part's pages
        # (an article in a day's newspaper fills its page: "// Рос. газета. – 2000. – 3 марта.
        # – С. 1."; an act its bulletin's page: "… : Постановление Пленума Верховного Суда
        # РФ от 5 марта 2004 г. № 1 // Бюллетень Верховного Суда РФ. 2004. № 5. С. 7.")
    reference.suffix = host.commentary
    if on_site:  # the platform's name, less the cataloguer's "[сайт]" (R 7.0.100-2018 7.3.3)
        fields["container-title"] = SITE_WORD.sub("", host.title or "") or host.title
        reference.type = "book"
        return reference
    if "URL" in fields and not (host.has_place or host.has_year):
        reference.type = "webpage"  # "// Site name. URL: …"
        return reference
    if host.abbreviated or not (host.has_place or host.has_year):
        reference.container_short = True
    if host.has_place or not (host.has_year or host.has_day):
        reference.type = "chapter"
        # the meeting named in the host's title, or in its genre (": тезисы докладов к
        # всесоюзной научной конференции (3-5 апреля 1991 года)")
        genre = host.fields.get("genre")
        meeting = host.title if host.title and CONFERENCE.search(host.title) else \
            genre if isinstance(genre, str) and collection_type(genre) == "paper-conference" \
            else None
        if meeting:
            reference.type = "paper-conference"
            add_event(meeting, fields)
        elif host.title:
            reference.type = _reference_work(host.title) or "chapter"
    else:
        reference.type = "article-newspaper" if host.has_day else "article-journal"
    return reference


AREA_LOOK = 40
GAZETTE_LOOK = 140
"""How far a gazette's name may run before its year ("Собрание узаконений и распоряжений
рабоче-крестьянского правительства СССР. 1922, № 28")."""
IMPRINT_END = re.compile(r"\d\d{3}\)(?:[,:]\s?[\dIVXLCivxlc–-]+)?\.?$")
"""The end of a Chicago note's imprint, "(Munich: Schöningh, 1816).", "…, 1953), 45.":
a comma-style reading is tried however late its first comma comes. The year's first
figure is written alone, so that the engine scans for it (a pattern that opens with a
repeat is tried at every position)."""
"""Enough of a reference's start to see whether it opens with "№ 6" or "Т. 2"."""
NUMBERING_START = re.compile(r"[^\W\d_]{0,6}+\.?\s?\d|№")
"""A cheap first test for a reference that opens with a number: "№ 6", "Т. 2", "Vol. 3". Its
letters are possessive: a period, a space or a figure follows them, never a letter, so a
shorter run cannot match where the longest failed (issue 9)."""

SPACES = re.compile(r"\s{2,}")
"""Doubled spaces, as typed: the grammar reads one ("М.:  Наука,  1990.  С.  5")."""
PATENT_KIND = re.compile(trie(PATENTS_BY_NUMBER))
"""A patent's kind ("Пат.", "А. с.", "RF Patent"): only whether one is near the start counts,
so its terms are factored by their first letters (patterns.trie) and the engine scans for
those letters; the alternation, which opens with a lookahead, was tried at every position
(2.3–3.6 µs a reference, 0.3–0.5 µs now)."""
PATENT_LOOK = 240
"""How far a patent's kind may stand from the start: after the inventors' names."""
ENCLOSED = LazyPattern(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\.?")
"""A reference wholly in parentheses, as GOST R 7.0.5 clause 6 prints an in-text one:
"(Шестюк В. М. Система советского права. М., 1989. С. 14)"; one nested pair inside."""
_SPACE_BEFORE_ONLY = r"(?=[^\s/])"
_SPACE_AFTER_ONLY = r"(?<=[^\s:/]//)\s"
CLOSE_HOST = LazyPattern(rf"\s//{_SPACE_BEFORE_ONLY}|//{_SPACE_AFTER_ONLY}")
""""//" with the space missing on one side ("Статья //Вопросы истории"); not the "//" of
an address, which has no space on either side ("https://", "/a//b")."""
CLOSE_HOST_SIGN = re.compile(rf"//(?:(?<=\s//){_SPACE_BEFORE_ONLY}|{_SPACE_AFTER_ONLY})")
"""Whether CLOSE_HOST has something to close up, looked for first: the same "//" with the
same neighbours, built from the same pieces, found by scanning for "//" (CLOSE_HOST opens
with a space, so the engine tries it at every space: 2 µs on a reference whose "//" is
spaced, as most are)."""

BARE_HOST = re.compile(r"//(?<=[^\s/]//)(?=[«\"А-ЯЁA-Z])")
""""//" with no space on either side, before a capital: "…псевдонимов»//ОР РГБ" (GOST R
7.0.5's own examples print it so), "…университета//Высшее образование в России. 2018.
… https://doi.org/…", "…ресурс]//Library.ru: информ.-справочный портал … URL: http://…"
(web lists type it so); read only before the reference's web address, whose own "//"
("https://", "ru//197/") it is not."""


def _address_start(body: str) -> int:
    """Where the first web address of `body` starts ("https://…", "www.…"), the end of
    `body` if it has none: an address closes a reference (GOST 7.0.100 clause 8.2)."""
    found = [index for index in (body.find("://"), body.find("www.")) if index >= 0]
    return body.rfind(" ", 0, min(found)) + 1 if found else len(body)

DISCUSSION_END = re.compile(r"(?P<lead>[^:]{1,300}?:)\s")
"""A sentence that introduces a reference: "Об этом подробно писал Шубин: …"."""
_LOWER_CASE_LEAD_INS = _alternation(t for t in LEAD_INS if t[0].islower())
DISCUSSION_LEAD_IN = LazyPattern(rf"(?P<lead>[^:;]{{1,300}}?[\s,](?:{_LOWER_CASE_LEAD_INS}))\s")
"""A sentence closed by a lead-in: "For a different view, see …", "…, voir …"."""
DISCUSSION_LEAD_IN_WORD = re.compile(rf"[\s,]{trie(t for t in LEAD_INS if t[0].islower())}\s")
"""What DISCUSSION_LEAD_IN needs, looked for first: the engine scans for the space or
comma, where the lazy "[^:;]{1,300}?" tries every lead-in after every character. Its
lead-ins factored by their first letters (`patterns.trie`; only whether it is found
counts): after a space before "в", "и", "о", "п" or "с", most words, the alternation tried
its lead-ins one by one."""
DISCUSSION_LOOK = 302 + max(len(t) for t in LEAD_INS)
"""Where DISCUSSION_LEAD_IN ends at the latest."""


VERB_FORM = LazyPattern(
    r"[^\W\d_](?:[еиюя]тся|[юеа]ться|[ео]н[аоы]?|а[нт]а|а[нт]ы|ано|уты?|ута|ято|ята|яты|ed)$")
"""A finite verb or short participle, the mark of a clause rather than a title: "даются",
"печатается", "почерпнута", "приведены", "опубликовано", "воспроизведено", "подається",
"reprinted"."""
TEXTUAL_INSTRUMENTAL = re.compile(r"Со?(?:\s[^\W\d_]+){1,3}(?<=[ая]ми)")
"""An editor's "with …" before the text it describes: "С исправленными чтениями", "С
сокращениями", "С незначительными изменениями"."""
INTRODUCED = re.compile(r"[«\"“„(\[]?[A-ZА-ЯЁІЇЄҐ0-9]")
"""How the reference after an introducing clause opens."""
CLAUSE_WORDS_AFTER_PREPOSITION = 3
CLOSING_LEAD_INS = tuple(f" {term}" for term in LEAD_INS if term[0].islower()) + \
    tuple(f". {term}" for term in LEAD_INS if term[0].isupper())
"""A sentence that ends with a word of reference (GOST R 7.0.5 clause 11, `LEAD_INS`)
before its colon: "Записка Шелепина от 7 июня 1960 года цит. по: …", "Латинский перевод
с армянского см.: …", "Речь идет об одном из обвинений … Подробнее см.: …"."""
CLOSING_LEAD_IN_ENDINGS = endings(CLOSING_LEAD_INS)
"""CLOSING_LEAD_INS by their last character: a clause is tested against the few that end
as it does, not all of them."""


def _introduces(lead: str, rest: str) -> bool:
    """Whether the clause `lead` (before its colon) introduces the reference `rest`
    rather than being a title before its other title information: it ends with a
    preposition, bare or before a word for an edition, after a verb ("Текст печатается
    по", "… даются по изд.", "… почерпнута из изданий"), with a verb of publication
    ("Впервые опубликовано"), or it is an editor's "with …" ("С исправленными чтениями"),
    or it closes with a word of reference (CLOSING_LEAD_INS: "… 1964 года цит. по")."""
    if not INTRODUCED.match(rest):
        return False
    if ends_with_any(lead.rstrip(), CLOSING_LEAD_IN_ENDINGS):  # "цит. по:", "цит. по :"
        return True
    if lead.rstrip().endswith(TITLE_NAMING_PHRASES):  # "… опубликована … под заглавием:"
        return True
    words = lead.split()
    last = words[-1].lower() if words else ""
    if last.startswith(PUBLISHED_VERB_STEMS) or TEXTUAL_INSTRUMENTAL.fullmatch(lead):
        return True
    start = max(1, len(words) - CLAUSE_WORDS_AFTER_PREPOSITION - 1)
    for at in range(len(words) - 1, start - 1, -1):
        if words[at] in LEAD_IN_PREPOSITIONS:
            after = words[at + 1:]
            names_edition = not after or (
                after[-1].startswith(EDITION_NOUN_STEMS) and
                all(word.rstrip(".").isalpha() for word in after))
            return names_edition and (
                any(VERB_FORM.search(word) for word in words[:at]) or
                at == len(words) - 2 and last.endswith("."))
    return False


def _opens_with_name(text: str) -> bool:
    """A heading name, with initials or with the given name in full ("Шейла Фицпатрик.")."""
    return bool(parse_heading(text)[0]) or parse_full_name_heading(text)[0] is not None


ABBREVIATED_ROLE = LazyPattern(_UNLISTED_ROLE_WORD.format(period=r"\."))
"""The same abbreviated, as GOST 7.0.12 abbreviates roles: "Ред.-картогр.:", "Картогр.:"
(GOST 7.18-79's map); `_role_before_colon` takes this form only."""


def _role_before_colon(lead: str) -> bool:
    """Whether `lead`, up to its colon, ends with a statement of responsibility's role word
    after " / " (in its last statement): "Title / уклад.:", "Title / [Сост.:", "Title /
    редкол.:", "Title / Авт. …; Ред.-картогр.:" open the names of the work's compilers,
    board or cartographers, not the reference a sentence introduces."""
    _, slash, statements = lead.rpartition(" / ")
    statement = STATEMENT_SEPARATOR.split(statements)[-1].lstrip("[")
    return bool(slash) and bool(ROLE_TERM.fullmatch(statement) or BOARD_TERM.fullmatch(statement)
                                or ABBREVIATED_ROLE.fullmatch(statement))


def _discussion_before(text: str) -> re.Match[str] | None:
    """The introduction before ": Name I.", when the text does not itself open with names.
    The bounded patterns go first: most references have neither, and names cost more. Not
    an act's title before the kind of act after its colon, capitalised as DSTU 8302:2015's
    examples print it ("Про впорядкування … : Постанова Каб. Міністрів України № 55 …",
    whose "Постанова Каб." reads as a given name and a family)."""
    for pattern, possible in (
            (DISCUSSION_END, ":" in text),
            (DISCUSSION_LEAD_IN, DISCUSSION_LEAD_IN_WORD.search(text, 0, DISCUSSION_LOOK))):
        match = pattern.match(text) if possible else None
        if match and " // " not in match["lead"] and not _role_before_colon(match["lead"]) and \
                not is_legislation(text[match.end():]) and (
                _opens_with_name(text[match.end():]) or
                pattern is DISCUSSION_END and _introduces(match["lead"][:-1], text[match.end():])):
            return None if parse_heading(text)[0] or _chicago_chapter(text) else match
    return None


def _chicago_chapter(text: str) -> bool:
    """Whether `text` is a whole note in a Chicago form, whose «в кн.:» opens a chapter's
    book, not the work a discussion names («И. Иванов, «Крестьяне и власть», в кн.: Россия
    в XX веке (М.: Наука, 1980), с. 45»): tried only on what a discussion's pattern
    matched, and with an imprint in parentheses."""
    if "(" not in text:
        return False
    reading = parse_comma_style(text.rstrip(" ;"), Reference(text=text, kind="work"))
    return reading is not None and reading.whole_form


def _chicago_host(body: str) -> bool:
    """Whether the lower-case «в кн.:» or «в сб.:» after a comma opens the book of a
    chapter cited in the Chicago form (CMOS 14.107's "in", as Russian translations of
    English studies print it), whose imprint closes the note in parentheses: «И. Иванов,
    «Крестьяне и власть», в кн.: Россия в XX веке, под ред. П. Петрова (М.: Наука, 1980),
    с. 45–67». The comma style reads that note whole, its editors and the page cited after
    «на с.» with it; the Soviet comma form, whose imprint runs on after commas with no
    parentheses («Бирилло Н. В. Белорусский язык, в кн.: Языки народов СССР, т. 1, М.,
    1966»), is read as GOST's host after «//»."""
    if "(" not in body or ", в кн." not in body and ", в сб." not in body:
        return False
    lead = LEAD_IN.match(body)
    return _chicago_chapter(body[lead.end():] if lead else body)


def _only_levels(text: str) -> bool:
    """Whether `text` is archival levels and nothing else: "Д. 432. Л. 5"."""
    path, end = parse_levels(text)
    return bool(path.levels) and not text[end:].strip(" .,;")


LOOSE_AREA_DASH = re.compile(r"\.(?:\s[—–-](?=\d|[A-ZА-ЯЁІЇЄҐ№])|[—–-](?:\s|(?=№)))")
"""The ". — " between areas typed with one space missing: ". -2006", "29 июля.- С. 14",
and the dash glued to the area it opens, as OCR'd lists print it: ". -М.: Наука, 1978",
". -Вып. 38", ". -С. 61-83", "Там само. -Ч. 1", "// Врач. -1894.-№ 18", the number sign
opening an issue's area as its term does ". -№ 12", ". -№2"; a dash typed close up to the
period before it takes the space after it along (".— Режим доступу", the Ukrainian VAK's
examples), or the area would open with two spaces."""
YEAR_GLUED_DASH = re.compile(rf"(?<=\.\s)(?P<year>{PRINTED_YEAR})\s?-\s?(?=№\s?\d)")
"""The area dash typed glued to a journal's year, its period lost, before the issue:
"// Библиография. 2004- № 4. С. 41-64", "// Врач. 1894-№ 18", "1999 -№3" (as "2004. — № 4");
the year's area opened by a period, as GOST's areas are (the comma form «в журн.
«Библиография», 2004- № 4» is `kind_word_hosts`'); tried only on a reference holding a
hyphen and a «№»."""
_RUSSIAN_PLACES_ABBREVIATED = [place for place in COMMON_PLACES
                               if place.endswith(".") and " " not in place and CYRILLIC.match(place)]
_RUSSIAN_PLACES = [place.rstrip(".") for place in _RUSSIAN_PLACES_ABBREVIATED]
BARE_AREA_DASH = LazyPattern(
    rf"""[—–-](?<=[^\s.,;:—–-]\s[—–-])(?!(?<=[IVXLC]\s[—–-])\s[IVXLC]+[\s.,])(?:\s|(?<=[—–]))(?=
        [{UPPER}][^\s,:;/.]*(?:\s[^\s,:;/.]+){{0,2}}\.?\s?
          (?::\s?[^,/]{{1,80}}|,\s«[^«»]{{1,80}}»)?,\s?\[?\d{{4}}
      | (?:(?:{_alternation(_RUSSIAN_PLACES)})\.|{_alternation(CYRILLIC_WRITTEN_OUT)})
        \s(?![{UPPER}]\.)[«"]?[{UPPER}][^,:;/—–]{{0,60}}?\s\d{{4}}
        (?:\s?[—–-](?!\s?\d{{4}}(?![\s\d]*[сcpS]\b))|\.?$)
      | \d+(?:,\s?\[\d+\])?\s?(?:с|c|л|p|pp|S|Bl)\.
      | (?:С|C|с|стр|Стр|Вып|Т|Ч|Кн|№)\.?\s?\d
      | ISBN\s)""",
    re.VERBOSE,
)
"""The dash between areas typed without the period before it (GOST 7.1-2003 clause 4.7
prints ". — "; typed lists and catalogue exports drop the period): "справочник / С. А.
Артемьева [и др.] – М.: Колос, 2002", the Soviet form of the same with the publisher in
quotes ("/ Р. А. Аюпов – Москва, «Альфа», 1995"), "/ Р. Т. Гарбор - Київ, 1997 - 51 с.", "сб. Вып.
7 — Киев : [б. и.], 2009", "Отв. ред. М.В. Нечкина - М.: Наука, 1979 - с. 110-118" (the
page's term in lower case, as Soviet notes print it); an en or em dash typed close up to
the area after it as well, as hand-typed lists print it ("Снижение шума в зданиях (Под ред.
Г.Л. Осипова, Е.Я.Юдина.) –М.: Стройиздат, 1987", dev ru-gost-946; a hyphen so is a
word's, "Ростов-на-Дону"). Only before what can open no title: a publication area
(place, publisher and year; in a catalogue's export without its punctuation, a place
abbreviated by GOST 7.0.12 or written out as the tables write it, its publisher and year
with no colon or comma: "сборник научных трудов. Вып. 24 — М. ГБЛ 1977 — 64 с.", "ред. В.
В. Должиков — М. Радио и связь 1984 — 145 с.", "ред. О. А. Бородий — Львов Світ 1991 —
236 с."; not a name's initials before their family, "Л. Н. Толстой", nor a range of
years, "Переписка А. П. Чехова – М. Горького 1900 – 1904"), an extent, a numbering term
with its number, an ISBN; a
title's own dash ("Москва – Петушки", "1917 – 1922", a range of centuries "в XVIII - XX вв.:
проблемы …") goes on."""
CATALOGUE_AREA_END = re.compile(
    r"(?:\s/)?\s\.(?=\s[—–-]\s)"
    r"|(?:(?<=[а-яёіїєґ]{2})|(?<=[А-ЯЁІЇЄҐ]{2})|(?<=\d))\s\.(?=\s(?:\d|№|[А-ЯЁІЇЄҐ]))")
"""A library catalogue's export, which leaves a space before the period closing an area
and an empty statement of responsibility: "… Soviet system / . - Ithaca ; London :
Cornell University Press, 1999 . - X, 235 p." (Koha's ISBD view); the same space before the
period of an area that ". " alone ends, before a year, a number or a capital: "// Вестн.
Том. гос. ун-та. Культурология и искусствоведение . 2020. № 37" (a journal site's page
title), "… 2020 . № 37 . С. 5-10": in a Cyrillic description, the form of the Russian
catalogues (a Latin one's "Nancy .1989 ." is read by its own rules); not after an initial,
whose stray space is the name's as printed ("МГУ имени А. А . Кулешова")."""
CATALOGUE_GLUED_DASH = re.compile(r"\s\.[—–-](?=[^\W_])")
"""The period of an area typed after a space with the dash glued to it and to the next
area: "К., 1982 .-С.2-56" (a Ukrainian monograph's note), as CATALOGUE_AREA_END's
exports print it spaced; read as GOST's ". — "."""
YEAR_COMMA_PINPOINT = re.compile(
    r",(?:(?<=\d{4},)|(?<=[,.]\s\d{4}\sг\.,)|(?<=[,.]\s\d{4}г\.,))\s?"
    rf"(?=(?:{RUSSIAN_PAGE_TERM}|т|Т|ч|Ч|вып|Вып|кн|Кн)\.\s?\d)")
"""A pinpoint or part run on after the year with a comma, the year perhaps with its "г.":
"М., 1959, с.24", "СПб., 1882, ч. 1", "М., «Искусство», 1954 г., стр. 3–4" (as "М., 1959.
С. 24"); not a newspaper's day ("19 ноября 1936 г., с. 2", which its host form reads)."""
YEAR_COMMA_LATIN_PAGE = re.compile(r",(?<=\d{4},)\s?(?=[pPSs]\.\s?\d)")
"""The page's Latin term run on after the year with a comma, as Russian notes cite a
foreign book in their own form: "Smith Edward Ellis. The Young Stalin … New York, 1967, p.
67—76.", "Proust M. … // Les plaisirs et les jours. Paris, 1971, p. 106." (as "New York,
1967. P. 67"), "… Praha, 1972, s. 158."; only where the heading closes with a period
(`_heading_closed_by_period`): after a comma's heading the comma style reads its own
pinpoint ("Giovanna Maria Badile, Antonio Gaspari …, 1990, pp. 10-12."). Not "pp.", the
pages a chapter fills as often as a pinpoint: "Adamovich G. Shmelev [Shmelev]. Adamovich G.
Odinochestvo i svoboda […]. New York, 1955, pp. 65—77." is a chapter's page range."""
YEAR_COMMA_BARE_PAGE = re.compile(
    r",(?<=\d{4},)\s?(?:с|С|стр|Стр)\s(?=\d+(?:\s?[—–-]\s?\d+)?\.?$)")
"""The page's term typed without its period after the year and a comma, at the end of the
note: "М., 1955, с 435", "Л., 1936, стр 12-14" (as "М., 1955. С. 435")."""
YEAR_SPACE_PAGE = re.compile(rf" (?<=,\s\d{{4}}\s)(?=(?:{RUSSIAN_PAGE_TERM})\.\s?\d)")
"""The page after the imprint's year typed with a space for the period between their
areas: "М., 1982 С. 40" (a history monograph's note), "Екатеринбург: УрГЮУ, 2018 С. 223 -
233" (a university's list), as "М., 1982. С. 40" (GOST R 7.0.5-2008 clause 6)."""
YEAR_COMMA_EXTENT = re.compile(r",(?<=\d{4},)\s?(?=\d+\s?(?:p|pp|s|S|с|стр)\.?$)")
"""The extent run on after the year with a comma, as the transliterated lists of Russian
journals print a book: "Moscow: Nauka, 1987, 156 p." (as "Moscow: Nauka, 1987. 156 p."),
and Soviet notes with «стр.» ("М., 1959, 320 стр.")."""
TITLE_COMMA_NUMBERING = re.compile(
    r",(?:(?<=[^\W\d_],)|(?<=[^\W\d_]\.,)|(?<=[»”\"],))\s"
    r"(?=(?:т|вып|ч|кн)\.\s?\d|(?:том|выпуск|часть|книга)\s\d+(?:[—–-]\d+)?(?![\w-])"
    r"|(?<=[»”\"],\s)[Vv]ol\.\s?\d)")
"""A volume or issue run on after the title with a comma: "Сочинения, т. 2", "Учебные
записки, вып. 1" (as "Сочинения. Т. 2"), "Полн. собр. соч., т. 6" and "Собр. соч. в 30-ти
т., т. 13" after the abbreviation's own period, and after a title in quotes as Soviet notes
print collections: "«КПСС в резолюциях …», т. 5. М., Политиздат, 1971", "«История …», т.
4, кн. 2. Политиздат, 1971"; the terms also written out in lower case, as the tables
(VOLUME_TERMS, ISSUE_TERMS, PART_TERMS) read them after a period: "(см. Сочинения, 4 изд.,
том 37, стр. 363, 383, 384)", not before an ordinal («Современные записки», книга
53-я. …, a title's words); not after a number ("Кн. 1, ч. 2" is one part). A Latin-script
serial's "vol." only after its quotes ("— «Boston studies in the philosophy of science», vol.
8. Dordrecht, 1970"): after a bare title it is the comma styles' to read."""
TITLE_COMMA_ROMAN_VOLUME = re.compile(
    r",(?:(?<=[^\W\d_],)|(?<=[^\W\d_]\.,)|(?<=[»”\"],))\s"
    r"(?P<term>т\.\s?|том\s)(?P<volume>[IVXLC]+)"
    rf"(?:(?P<page>,\s?)(?=(?:{RUSSIAN_PAGE_TERM})\.\s?\d)|(?=[.;]|$))")
"""A volume in Roman numerals run on after the title with a comma, as older notes and
Soviet editions number the volumes of chronicles and collected works: "«Полное собрание
летописей», т. V, с. 225" (the dev set's batch 17, the notes of Pylyaev's «Старый
Петербург»), "В. Стасов. Избр., том II, стр. 197" (batch 39, a Soviet Musorgsky's notes), before the page or closing the reference: read as
GOST's "Избр. Т. II", the term capitalized as an area opens (TITLE_COMMA_NUMBERING
takes the Arabic figures, which a lower-case term opens an area with), and a page after
it as its own area ("Т. V. С. 225", as NUMBER_COMMA_PINPOINT reads "т. 12, с. 153")."""


def _roman_volume(comma: re.Match[str]) -> str:
    """TITLE_COMMA_ROMAN_VOLUME's comma as GOST's areas: "Избр., том II, стр. 197" →
    "Избр. Том II. стр. 197"."""
    term = comma["term"]
    page = ". " if comma["page"] else ""
    return f"{_title_numbering(comma)}{term[0].upper()}{term[1:]}{comma['volume']}{page}"


NUMBER_COMMA_PINPOINT = re.compile(rf",(?<=\d,)\s?(?=(?:{RUSSIAN_PAGE_TERM})\.\s?\d)")
"""A page run on after a volume's number with a comma: "т. 12, с. 153" (as "Т. 12. С.
153"). These comma patterns open with the comma itself, which the regex engine finds by a
fast scan for its literal first character; a lookbehind first would be tried at every
position of every reference (benchmarks/bench_parse.py)."""
LATIN_PAGE_AFTER_NUMBERING = re.compile(
    rf"(?P<numbering>{VOLUME_OR_ISSUE_NUMBER}),\s?(?=(?:[pP]p?|S|s)\.\s?\d)")
"""The page's Latin term (GOST 7.11's "p.", "pp.", "S.") run on with a comma after a
volume's or an issue's number, as Russian notes of foreign and transliterated journals print
it: "// Voprosy istorii - Questions of history. 1999, № 8, pp. 98-113.", "// Orlovskie
eparkhial'nye vedomosti. 1914, № 36, p. 5." (as "№ 8. P. 98-113"); only after such a
number, not after a chapter's ("chap. 5, pp. 195–239", a chapter's range) or a year's,
where the comma style reads its own pinpoint (YEAR_COMMA_LATIN_PAGE). It opens with the
terms' first characters (`alternation`'s lookahead), which most positions fail."""
LATIN_PAGE_SIGN = re.compile(r",(?<=\d,)\s?(?=(?:[pP]p?|S|s)\.\s?\d)")
"""What every text LATIN_PAGE_AFTER_NUMBERING rewrites holds, looked for first: a number, a
comma and a Latin page's term. It opens with the comma, which the engine finds by a fast
scan, where the numbering's terms open with letters a Russian text is full of (an
instruction count of the 500 GOST notes of `instructions_parse.py` paid some 1.5 % for
trying them at every such letter)."""
COMMA_DESIGNATION = re.compile(
    r""",(?:(?<=[^\W\d_],)|(?<=[^\W\d_]\.,))\s?(?P<term>изд|т|кн|ч|вып)\.\s?(?=[\dIVXLC])
      | ,(?<=\),)\s(?P<edition_word>изд)\.\s?(?=\d{1,2}(?:-е)?(?:[.,;]|$))
      | ,(?:(?<=[^\W\d_],)|(?<=[^\W\d_]\.,))\s(?P<edition_first>)(?=\d{1,2}(?:-е)?\sизд\.)
      | ,(?<=\d,)\s?(?:(?P<volume>т)\.\s?(?=\d|[IVXLC]+\.?$)
                    |(?P<page>стр|с)\.\s?(?=[IVXLC]+\.?$))
      | ,(?<=\d,)\s(?P<volume_word>том)\s(?=\d)""",
    re.VERBOSE,
)
"""Edition, volume, part and page each run on after a comma in lower case, as Soviet
notes cite collected works: "Соч., изд. 4, т. 37, стр. 69", "ПСС, т. 4, стр. VIII" (as
"Соч. Изд. 4. Т. 37. Стр. 69", each its own area); the edition also after a subtitle's
parenthesis ("Русский язык. (Грамматическое учение о слове), изд. 2-е. М., 1972") and with
its number first, as Soviet prefaces and notes cite collected works ("В. И. Ленин. Соч., 4
изд., т. 18, стр. 545", "(см. Сочинения, 4 изд., том 37, стр. 363)", as "Соч. 4 изд. …");
after a number only a volume, its term abbreviated or written out as the Soviet notes print
it ("Соч., изд. 4, том 37, стр. 69", "Следственное дело № 1500, том 6, с. 4"), or a volume
or a page in Roman numerals closing the reference ("// «Новый журнал», 1954, т. XXXVII."
after the journal's year; the digits' page is NUMBER_COMMA_PINPOINT's, and "Кн. 1, ч. 2" is
one part). Every alternative opens with the comma, as NUMBER_COMMA_PINPOINT does."""
_ISSUE_OR_DAY = rf"(?:(?:№|No\.|N°|N\.?)\s?\d|\d{{1,2}}\s{MONTH})"
PERIODICAL_COMMA_YEAR = re.compile(
    rf"(?:,(?<![.],)(?=\s\d{{4}}(?:\sг\.,?|[,.])\s{_ISSUE_OR_DAY})"
    rf"|\.(?=\s\d{{4}}[,.]\s{_ISSUE_OR_DAY}))"
    rf"\s(?P<year>\d{{4}})(?:\sг\.,?|[,.])\s")
"""A serial's year run on after its title with commas, then its issue or day, as Soviet
and typed notes cite a journal or a newspaper: "// Новый мир, 1972, № 1, с. 245",
"// Литературная газета, 1981, 4 февраля", "Вопросы литературы, 1969, № 7, С. 75", "//
Study Group … Newsletter. 1993, № 21. P. 57–62" (as "Новый мир. 1972. № 1. С. 245"), and
with a period after the year and the Latin "N" for "№" (ISSUE_TERMS), as a journal's
running header prints it: "Вестник Омского университета, 2000. N.3. С.55-60.", or "No." and
"N°", as Latin fonts and French typing print it ("… 1999, No. 8, pp. 98-113"); the year
with its «г.» after the comma as 19th-century notes print it ("Полтавские Губернские
Ведомости, 1839 г., № 5, стр. 34"; after a period, "23 апр. 2004 г., № 468" is an act's
date and number), or with the period of its «г.» closing the area, as the year's own does
in the header's form ("Вестник Омского университета, 2000 г. N.3. С.55-60."). An imprint's "М., 1959" is never followed by "№" or a day, and is not
read after a period."""
SERIAL_YEAR_AFTER_SPACE = re.compile(r"\s(?<=[^\W\d_]\s)(?=\d{4}\.\s?№\s?\d)")
"""A serial's year after its title with the period left out, then its issue: "// Вестник
Томского государственного университета 2017. №414 С.62-66", "// Tomsk State University
Journal 2016. №409 C.72-78" (as "… университета. 2017. № 414")."""
DAY_BEFORE_YEAR = LazyPattern(rf"(?<!\d)\d{{1,2}}\s{MONTH}$")
"""What makes SERIAL_YEAR_AFTER_SPACE's word a month, the year after it a date's: "Рабочая
Москва. 17 мая 1935. № 112. С. 1.", "// Ударник Метростроя. 24 марта 1934. № 69. С. 1."
(a newspaper's issue by its day, then its number)."""
DAY_LOOK = 4 + max(map(len, MONTHS))
"""How far before a year DAY_BEFORE_YEAR looks: a day and the longest month name."""
QUOTED_SERIAL = LazyPattern(
    r"(?:,|(?<=[^\W\d_]\.))\s«(?P<serial>[^«»]+)»,\s(?=\d{4},\s(?:№|\d{1,2}\s))")
"""A journal or a newspaper in quotation marks after the names or the title and a comma,
then its year and its issue or day, as Soviet encyclopedias list works and reviews
(Краткая литературная энциклопедия, БСЭ): "Светлов М., «Октябрь», 1928, № 9—10", "Левин
Л., Оборотная сторона романтика, «Литературная газета», 1931, № 3, 14 янв." (as "… //
Литературная газета, 1931, № 3, 14 янв."); after "Его же", whose note has no period ("Его
же, «Новый мир», 1926, № 10", a bibliography of reviews of one book)."""
SERIAL_BEFORE_NUMBERING = re.compile(
    r"\.(?<=[а-яё]{3}\.)\s(?=(?:[А-ЯЁ]{3,}|«[^«»]{2,80}»)[.,]\s"
    r"(?:(?:Т|т|Вып|вып)\.\s?|(?:Том|том|Выпуск|выпуск)\s)[\dIVXLC])")
"""A serial or a collected edition named by its siglum in capitals after the title's
period with no "//", then its volume or issue, as notes of archaeology and literature
print them: "Войско и военное искусство скифов. КСИИМК. Вып. XXXIV. М., 1960", "Гуманистам.
ПСС, т. 25" (as "… // КСИИМК. Вып. XXXIV"), the term written out too, as web lists and
popular notes print it ("ПСС, том 25"); or named in quotes, as the notes that quote a
serial's name after its year («…. «Весы», 1909, № 8», QUOTED_SERIAL) quote it before its
volume or issue: "Антропоморфные божества в религии скифов. «Государственный Эрмитаж.
Археологический сборник». Вып. 2. Л., 1961" (Smirnov's «Скифы», note 7). Only after a word
of three lower-case letters or more, so that initials ("А. И.") and "См." are never taken
for a title's end; a publisher quoted after its place ("Минск. «Ала киона». 1995") has
no volume after it."""
ISSUE_BEFORE_PAGE = re.compile(r"(?P<issue>№\s?\d+(?:\s?\(\d+\))?)\s(?=[СC]\.\s?\d)")
"""An issue's number and the pages with the period between them left out: "2017. №414
С.62-66", "2016. №409 C.72-78", "2018. №30 С.23-32" (as "№ 414. С. 62-66")."""
TITLE_COMMA_LAST_PAGE = re.compile(
    rf",(?:(?<=[^\W\d_\s],)|(?<=\sи\s(?:пр|др)\.,)|(?<=\sт\.\s[дп]\.,)|(?<=\sт\.[дп]\.,))\s"
    rf"(?=(?:{RUSSIAN_PAGE_TERM})\.\s?\d[\d\s,–—-]*(?:\sи\s\d[\d\s,–—-]*)?\.?$)")
"""The pinpoint that ends a note run on after a title with a comma, where no imprint
follows: "В кн.: «Записки охотника» И. С. Тургенева, с. 36-117" (as "… Тургенева. С.
36-117"); after the «и пр.», «и др.», «и т. д.» that cut a title short, too: "«Летопись
самовидца» и пр., стр. 288" (another abbreviation's period before the comma, «окт.,», «ст.,»,
is a date's or a title's word, which other readers take)."""
TITLE_ELLIPSIS_COMMA_PAGE = re.compile(
    rf",(?:(?<=…,)|(?<=\.\.\.,))\s?"
    rf"(?=(?:{RUSSIAN_PAGE_TERM}|[pP]p?|S|т|вып|ч|кн)\.\s?\d)")
"""The pinpoint or the volume run on with a comma after a title shortened by "…", as Russian
notes repeat a work: "Березанская С. С. Средний период…, с. 31 – 32", "Зимин А. А.
Реформы…, стр. 295", "Franklin S. Emergence of Rus…, p. 246", "Иванов И. И. История края…,
т. 2, с. 5" (as "Средний период… с. 31 – 32", the ellipsis closing the title's area, as it
does before a capital); no imprint follows a title so cut, so the comma is the numbering's
wherever the note goes on. Only where the heading closes with a period
(`_heading_closed_by_period`) or the note is Cyrillic ("Березанская С. С., Средний
период…, с. 34", a Soviet list's comma after the heading): after a Latin comma's heading
the comma style reads its own ("Scarabello, Età delle riforme..., p. 294", Italian notes). A volume in Roman numerals ("История России…, т. VII") is
left as it was read: the title's area would close before it, and nothing reads "т. VII"
there."""
_CYRILLIC_ABBREVIATED_PLACES = [place for place in EXPANSIONS
                                if place.endswith(".") and CYRILLIC.match(place)]
PLACE_AREA_BEFORE_YEAR = LazyPattern(
    rf"(?P<end>\.(?<=[^\W\d_]\.)|\))\s[—–-]\s"
    rf"(?P<place>{_alternation([*_CYRILLIC_ABBREVIATED_PLACES, *EXPANSIONS.values(), *WRITTEN_OUT])})"
    r"\.?\s[—–-]\s(?=\d{4}(?:[.,\s]|$))")
"""The place of publication as an area of its own, before the year's, with no publisher,
as Ukrainian and Soviet notes print it in the dashed form: "Борці за Жовтень розповідають
(Спогади …) — Дніпропетровськ. — 1957. — С. 91–92.", "Історія міста. — Київ. — 1962.",
"История города. — М. — 1957." (as "— Дніпропетровськ, 1957"); only a place the tables
know (`biblio.data.places`), so that a publisher alone or an edition area before the year
("— Наука. — 1990", "— 2-е изд. — 1957") is not read as one. It opens with the period or
the parenthesis that closes the area before, which the engine scans for."""


def _place_area(match: re.Match[str]) -> str:
    """PLACE_AREA_BEFORE_YEAR's place as GOST's publication area, "). — Place, "."""
    return f"{')' if match['end'] == ')' else ''}. — {match['place']}, "
SPACE, PERIOD_SPACE, WORD_SPACE, PLACE_SPACE = r"\s", r"\.\s", r"[)»\w]\s", r"[.;]\s"
CLOSE_SPACE = r"[)»]\s"
"""What a place follows in the imprint rules below (biblio.parse.patterns.preceded)."""
_HOUSE = _alternation(PUBLISHING_HOUSE_WORDS)
"""The lower-case words that open a publisher's name (PUBLISHING_HOUSE_WORDS)."""
_HOUSE_ANY_CASE = f"(?i:{_HOUSE})"
"""The same words capitalised too, as an imprint opens its publisher after the place's
comma: "СПб., Тип. II отделения …", "М., Изд-во АН СССР"."""
PLACE_WITHOUT_PERIOD = re.compile(preceded_in_branches(
    _RUSSIAN_PLACES,
    (WORD_SPACE, rf"(?=\.(?:\s?[—–-]\s?(?:{_alternation(_RUSSIAN_PLACES)})\.)?"
                 rf"(?:,?\s\d{{4}}|,\d{{4}}|,\s[«\"][{UPPER}]|,\s(?i:{_HOUSE})\s[^,;:]{{1,80}},\s?\d{{4}}))"),
    (CLOSE_SPACE, r"(?=,\s?\d{4})")))
"""The period before the publication area left out: "(1924–1925) М., 1958",
"Справочник М., 2003", "Совнаркома СССР М. 1944", "… современники М.-Л., «Сов.
писатель», 1966", "… речи (1890—1905) М., Издательство социально-экономической литературы,
1959" (a publisher opened by a publishing house's word), after a quoted title too, the year's space left out as well ("«Хирург.
Анатом. Педагог. Патриот» М.,1981 г."); only before a Russian place abbreviated by GOST
7.0.12 (the table's "М.", "Л.", "СПб.", "Пг."), perhaps joined to a second, and a year, a
publisher in quotes or one opened by PUBLISHING_HOUSE_WORDS and its year. After a title's closing quote or parenthesis the place's own period
may be left out as well, before the year ("«Великий русский врач» (к 150-летию со дня
рождения) М, 1960": as "… . М, 1960", which PLACE_PERIOD_DROPPED then reads). The pattern
finds the place (the engine scans for its first letter: patterns.preceded_in_branches),
_period_before_place puts the period in the space before it."""
_PLACE = _alternation(_RUSSIAN_PLACES)
COMMA_BEFORE_PLACE = re.compile(
    rf",\s(?=(?:{_PLACE})\.(?:,?\s?\d{{4}}|[,:;]\s[«\"]?[{UPPER}]))")
"""The imprint of Soviet notes run on after the title with a comma: "Материалы VIII
съезда, М., 1957", "«Сборник», Л. 1922" (as "Title. М., 1957")."""
VOLUMES_TERM_PERIOD_DROPPED = re.compile(
    rf"\sт(?:(?<=\d\sт)|(?<=ти\sт)|(?<=\dх\sт)|(?<=[—–-]х\sт))"
    rf"(?=\s(?:{_PLACE})\.?,\s?\d{{4}})")
"""The number of volumes' «т.» typed without its period before a place that lost its own
too, as typed notes cite collected works: "Собр. соч. в 30–ти т М, 1954–1965", "Соч. в 10
т М, 1956" (as "в 30-ти т. М., 1954"): the place then opens the publication area
(PLACE_PERIOD_DROPPED), not a title run on to the year."""
PLACE_PERIOD_DROPPED = re.compile(
    preceded_in_branches(_RUSSIAN_PLACES, (r"\.\s", ""), (r"[^\W\d_],\s", ""))
    + rf"(?=,\s?(?:\d{{4}}|[«\"]?[{UPPER}]|(?:{_HOUSE})\s))")
"""A place abbreviated by GOST 7.0.12 typed without its period, opening the publication
area: "Полн. собр. соч. М, 1939–1953", "». М, изд-во «Транспорт», 1967" (as "М., 1939"), also
run on after a word and a comma: "…». Стенографический отчет, М, 1921, стр. 174" (as "отчет,
М., 1921", which COMMA_BEFORE_PLACE then reads). The places first, each branch's lookbehinds
holding its place (`preceded_in_branches`): opened by the lookbehinds, the pattern had no
first character and was tried at every position of a reference."""
PLACES_JOINED = re.compile(
    rf"(?P<first>{preceded(SPACE, _RUSSIAN_PLACES)})\.(?:,|\s?[—–-])\s?"
    rf"(?=(?:{_PLACE})\.(?:,\s?(?:\d{{4}}|[«\"]?[{UPPER}]|(?:{_HOUSE})\s)|\s?:\s?[«\"]?[{UPPER}]"
    rf"|\s\d{{4}}(?:[,.;]|$)))")
"""Two places joined by a comma or a dash instead of GOST's ";", the dash with or without
spaces, before the year or a publisher: "М., Л., 1936", "М. — Л., 1936", "М.—Л., 1962",
"М.-Л., «Сов. писатель», 1966", and before GOST's colon: "М. – СПб.: Центрполиграф",
"М.-Л.: Изд-во АН СССР" (as "М.; Л., 1936"); before the year with no comma, as
PLACE_BEFORE_YEAR reads one place: "вып. IX, М. – Л. 1961, стр. 44" (as "М.; Л. 1961")."""
_FULL_PLACES = [COMMON_PLACES[short] for short in _RUSSIAN_PLACES_ABBREVIATED]
_FULL_PLACE = _alternation(_FULL_PLACES)
_JOINED_PLACES = tuple(f" {place}" for place in _FULL_PLACES)
FULL_PLACES_JOINED = re.compile(
    rf"(?P<first>{preceded(PERIOD_SPACE, _FULL_PLACES)})(?:,|\s[—–-])\s"
    rf"(?=(?:{_FULL_PLACE}),\s?\d{{4}})")
"""The same places written out, as translated books print them: "Москва, Ленинград, 1955"
(as "Москва; Ленинград, 1955")."""
_CYRILLIC_PLACES = sorted(
    {place for place in (*EXPANSIONS.values(), *WRITTEN_OUT) if CYRILLIC.match(place)})
_CYRILLIC_PLACE = _alternation(_CYRILLIC_PLACES)
"""Every place the tables spell out in Cyrillic: the cities GOST abbreviates written out,
and `places.WRITTEN_OUT`."""
GLUED_PLACES_JOINED = re.compile(
    rf"(?P<first>{preceded(PERIOD_SPACE, _CYRILLIC_PLACES)})[—–-]"
    rf"(?=(?:{_CYRILLIC_PLACE}),\s?\d{{4}})")
"""Two places written out and joined by a hyphen or a dash typed close, as notes print a
book of two publishers' cities: "Киев-Чернигов, 2015", "Москва-Ленинград, 1950" (as
"Киев; Чернигов, 2015"); both must be places the tables know, so that a city's own hyphen
("Ростов-на-Дону", "Орехово-Зуево", "Буэнос-Айрес") stays."""
COMMA_BEFORE_FULL_PLACE = re.compile(
    rf",\s(?=(?:{_FULL_PLACE})(?:\s[—–-]\s(?:{_FULL_PLACE}))?,\s?\d{{4}})"
    rf"|,(?<=[\d)],)\s(?=(?:{_CYRILLIC_PLACE}),\s?\d{{4}})")
"""The same imprint with its places written out: "Литература великого десятилетия, т. I,
Москва — Ленинград, 1928", "…, Москва, 1961" (as "… т. I. Москва — Ленинград, 1928");
any other place the tables write out after a volume's or a part's number: "Граматыка
беларускай мовы, т. 1-2, Мінск, 1962-66", "Тлумачальны слоўнік беларускай мовы, ч. 1-5
(кн. 1-6), Мінск, 1977-84" (after a title's last word the comma may part a heading's
title from its place, which other readers take: «А. Попов: Вліяніе …, Казань, 1883 р.»)."""
_NOT_NUMBERING = r"(?!(?:Т|Вып|Ч|Кн|Изд|С|Стр)\.\s?\d)"
_OTHER_IMPRINT_PLACES = [place.rstrip(".") for place in EXPANSIONS
                         if place.endswith(".") and " " not in place and CYRILLIC.match(place)
                         and place.rstrip(".") not in _RUSSIAN_PLACES]
"""The other Cyrillic abbreviations the tables expand: Ukrainian imprints' «К.», «Х.», «О.»
(ДСТУ 3582), «Мн.» (GOST 7.12-93), the older «Спб.»; read as a place only where an area
opens, after a word's period (not an initial's: «Иванов К. К., Петров») or a dash, since
«К.» and «О.» are initials as often."""
_AREA_OPENING_PLACE = "|".join(
    f"{term}(?:(?<=[^\\W_]{{2}}\\.\\s{term})|(?<=[—–]\\s{term}))"
    for term in map(re.escape, sorted(_OTHER_IMPRINT_PLACES, key=len, reverse=True)))
_PRINTER_AFTER_PUBLISHER = r"(?:,\s(?:тип|типогр|типография|лит|литогр|литография)\.?\s[^,;:]{1,60})?"
"""The printing house that pre-1918 imprints name after the publisher, a comma between:
"Москва, изд. Мос. Т-ва «Образование», тип. Русскаго Товарищества, 1912" (GOST 7.1-2003
clause 5.5.5 keeps both, the printer after the publisher)."""
PLACE_COMMA_PUBLISHER = re.compile(
    rf"(?P<place>{preceded(SPACE, _RUSSIAN_PLACES)}|{_AREA_OPENING_PLACE})\.,\s"
    rf"(?={_NOT_NUMBERING}(?:[«\"]?[{UPPER}]|(?:{_HOUSE})\s)"
    rf"[^,;:]{{0,60}}{_PRINTER_AFTER_PUBLISHER},\s?\d{{4}}"
    rf"|{_HOUSE_ANY_CASE}\s[^,;:]{{1,60}}?\.\s\d{{4}}\b)")
"""Place and publisher joined by a comma, as GOST 7.1-84 and Soviet notes print them:
"М., Госполитиздат, 1957", "М., «Наука», 1985", "К., «Наукова думка», 1986", "Мн.,
«Беларусь», 1998", a publisher named by the lower-case word
for a publishing house, an edition, a printing house or a company (PUBLISHING_HOUSE_WORDS)
"М., изд-во «Мотор» ЦК ПСТР СССР, 1924", "М., изд. Гос. Лит. музея, 1940", "СПб., тип.
Главного штаба, 1900", "М., т-во И. Д. Сытина, 1912" (as "М.: Госполитиздат, 1957"); the
publisher's printer after it too ("СПб., изд. А. С. Суворина, тип. А. С. Суворина, 1901");
and, for a publisher opened by one of those words in either case, the year after its
period as well as after its comma, as notes on pre-1918 law and church history print the
imprint ("СПб., Тип. II отделения Собственной Е.И.В. канцелярии. 1830. Т. I", the dev set's
batch 50); any other name before a period is not read so ("Левин Л., Оборотная сторона
романтика, «Литературная газета», 1931": «Л.» an initial)."""
PUBLISHER_THEN_YEAR = re.compile(r",\s[^,;:]{1,60}(?:,\s?|\.\s)\d{4}")
"""The tail every WRITTEN_PLACE_COMMA_PUBLISHER match holds, found from its literal comma:
the cheap test before that pattern, whose lookbehind is tried at every position."""
WRITTEN_PLACE_COMMA_PUBLISHER = re.compile(
    rf"(?<=[.—–]\s)(?P<place>(?:{_FULL_PLACE})(?=,\s{_NOT_NUMBERING}[«\"“]?[{UPPER}])"
    rf"|(?:(?<![{UPPER}]\.\s)|(?=(?:{_FULL_PLACE}),))"
    rf"[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*(?=,\s(?:[«\"“]|(?:{_HOUSE})\s)))"
    rf",\s(?=[^,;:]{{1,60}}{_PRINTER_AFTER_PUBLISHER},\s?\d{{4}}"
    rf"|{_HOUSE_ANY_CASE}\s[^,;:]{{1,60}}?\.\s\d{{4}}\b)")
"""The same with the place written out, opening the publication area after a period or an
area dash: "Москва, изд. Министерства Обороны Союза ССР, 1955", "Вильна, тип. Штаба
Виленскаго военнаго Округа, 1900", "Москва, Госполитиздат, 1950", "– Мінск,
“Экаперспектыва”, 2005" (as "Москва: …, 1955"). A place the tables do not know is read
so only before a publisher in quotation marks or opened by PUBLISHING_HOUSE_WORDS, and
never after an initial, unless the tables know it: "изд. А. С. Суворина, тип. …" names a
person. The publisher's printer may follow it (_PRINTER_AFTER_PUBLISHER), and a publisher
opened by a publishing house's word the year after its period ("Москва, Типография
Синода. 1901"), as PLACE_COMMA_PUBLISHER reads it."""
_PLACES_IN_CAPITALS = _alternation({place.upper() for place in _RUSSIAN_PLACES})
COMMA_BEFORE_PUBLISHER = re.compile(
    rf",(?<=[^\W\d_»],|»,)\s(?=(?:[{UPPER}][^\W\d_]*(?:{_alternation(SOVIET_PUBLISHER_ENDINGS)})"
    rf"|изд(?:-во|ательство|\.)\s[^,;:]{{1,60}}?),\s?\d{{4}})"
    rf"|,(?<=[^\W\d_],)\s(?=(?!(?:[ХСМ]+|{_PLACES_IN_CAPITALS}),)[А-ЯЁ]{{3,8}},\s?\d{{4}})")
"""A publisher with no place run on after the title with a comma, as Soviet notes name
the state publishers and the bodies that issued a book: "Материалы VIII съезда ИКП,
Госполитиздат, 1957", "Вопросы ленинизма, Партиздат, 1933" (as "Title. Госполитиздат,
1957"); of the words that open a publisher's name only a publishing house's («изд.»,
«изд-во», «издательство»): «тип. Штаба» would be cut at its period as an area of its own.
A publisher named by its capitals, after a title's last word: "М. Е. Салтыков-Щедрин в
воспоминаниях современников, ГИХЛ, 1957" (the State Publishers of Fiction, «Л.: ГИХЛ,
1931» in another note), "…, АСТ, 2004"; three capitals at least, never a
place in capitals ("…, т. I, СПБ, 1904") nor a Roman numeral typed in Cyrillic (ХХ).
Not after a closing quote: «"Вопросы театра", ВТО, 1965» is a series and its body."""
FIRM_BEFORE_PLACE = LazyPattern(
    rf"(?<=[а-яё»]\.\s)(?P<firm>[A-Z][\w'&-]*(?:\s[A-Z][\w'&-]*){{0,3}})(?P<join>\.\s|\s/\s)"
    rf"(?P<place>{_alternation(EMIGRE_PUBLISHING_PLACES)})[.,]\s(?P<year>\d{{4}})(?!\d)")
"""A firm printed before its place, as the Russian books printed abroad name them in the
notes of émigré studies: "Русская литература в изгнании. Ymca-Press. Paris, 1984",
"Письма к Берберовой и Ходасевичу. Ardis / Ann Arbor. 1978" (as "Paris: Ymca-Press,
1984"). After a Russian title's last word, before a place of EMIGRE_PUBLISHING_PLACES;
the firm parted from the place by a period only when a word of it names a publisher
(PUBLISHER_NOUNS: "Press", "Verlag"), so that a title's last sentence in Latin letters
("… Ein Bericht. Berlin, 1925") stays the title's."""
FIRM_WORD = re.compile(r"[\s-]")
"""What parts the words of a firm's name: "Ymca-Press" is read as "Ymca", "Press"."""


def _firm_before_place(imprint: re.Match[str]) -> str:
    """FIRM_BEFORE_PLACE's imprint as GOST prints it, or the match as printed when the
    firm shows no publisher's word and no slash joins it to the place."""
    firm = imprint["firm"]
    if imprint["join"] == ". " and not PUBLISHER_NOUNS.intersection(FIRM_WORD.split(firm)):
        return imprint.group()
    return f"{imprint['place']}: {firm}, {imprint['year']}"


PLACE_BEFORE_YEAR = re.compile(
    rf"(?P<place>{preceded(PLACE_SPACE, _RUSSIAN_PLACES)})\.\s(?=\d{{4}}(?:[,.;]|$))")
"""A place abbreviation and the year with no comma between: "Л. 1922, стр. 180" (as "Л.,
1922"), also the second of two places ("М.; Л. 1961", PLACES_JOINED); "М. 1952" reads
either way, "Л. 1922" would read as a leaf."""
_WRITTEN_PLACE = _alternation([place for place in PLACE_NAMES if CYRILLIC.match(place)]
                              + sorted(WRITTEN_OUT | LATIN_IMPRINT_PLACES | LAVRAS))
_LONGER_PLACE_ABBREVIATIONS = _alternation(
    place for place in _RUSSIAN_PLACES + _OTHER_IMPRINT_PLACES if len(place) > 1)
"""«СПб», «Спб», «Пг», «Мн»: the abbreviated places no initial can be mistaken for."""
_PRINTER = r"(?:[Вв]ъ?\s)?(?:[^\W\d_]+\s){0,2}?(?:[Тт]ипографи[ияь]|[Тт]ип\.)(?:\s[^«»\d]{1,80}?)?"
"""A printer named as a title page names it, its preposition kept: "В типографии Эдуарда
Праца", "В типографии II Отделения Собственной Е. И. В. Канцелярии", "Въ университетской
тип."."""
WRITTEN_PLACE_PERIOD_YEAR = re.compile(
    rf"(?<=[.»—–-]\s)(?<!(?<![^\W\d_])[{UPPER}]\.\s)"
    rf"(?:(?P<firm>(?:Издательство|Изд-во)\s[«\"][{UPPER}][^«»\"]{{0,60}}[»\"])\.\s)?"
    rf"(?:(?P<place>{_WRITTEN_PLACE})|(?P<abbreviated>{_LONGER_PLACE_ABBREVIATIONS}))\.\s"
    rf"(?:(?P<publisher>[«\"][{UPPER}][^«»\"]{{0,60}}[»\"]|{_PRINTER})(?:\.\s|(?<=\.)\s))?"
    rf"(?P<year>\d{{4}})(?:(?P<era>\sг\.|\sгод)(?=[\s,;.]|$)|(?=[,.;]|$))")
"""A place, perhaps a publisher, and the year each closed by a period, as a title page
sets the imprint out and some notes copy it line by line: "Игорь Бунич. «Князь Суворов»,
историческая хроника. Минск. «Ала киона». 1995." (read as "Минск: «Ала киона», 1995"),
after a period or an area dash ("Автореферат … наук. - Томск. 1964."); a publishing
house in quotes may stand before the place, as the title page sets it above ("Воспоминания … «Бурлаки на Волге». Издательство «Солнце». Спб. 1922 г."). Only
a place the tables write out (the Russian and Ukrainian cities GOST 7.0.12, 7.12-93 and
DSTU 3582 abbreviate, `places.WRITTEN_OUT`, `places.LATIN_IMPRINT_PLACES`: "… grassata
est. Petropoli. 1784."; the lavras, `places.LAVRAS`: "Троице-Сергиева лавра. 1988."), or
an abbreviation of two letters or more ("Сборник в память В. В. Стасова. Спб. 1908.",
"Ипат. лет. Спб. 1843 г."), so a title's last word is never taken for one; "г." after the
year is kept, before a comma too ("Киев. 1878 г., стр. 294"). The publisher may be the
printer the title page names (_PRINTER: "Санкт-Петербург. В типографии Эдуарда Праца. 1862
год.", "Москва. Въ университетской тип. 1847.", the abbreviation's period closing its
line); the year's word written out, "год", is the imprint's ("Петроград. 1922 год. Ст.
21—23.", the article after it read by `_article_after_year`). Never
right after an initial: a city there is the title that follows a heading ("Пушкин А. С.
Полтава. 1829.", "Иванов И. И. Томск. 1964. 200 с."), while an imprint follows a title's
last word or an area dash."""
PUBLISHER_SENTENCE = LazyPattern(
    rf"""(?<=[^\W\d_»)]\.\s)
    (?P<firm>(?:Изд\.|Издание|Изд-во|Издательство)\s(?!{ORDINAL_WORD})    # not "Изд. Второе"
       (?:[{UPPER}]\.\s?){{0,3}}                            # В. М.
       [{UPPER}][^.«»"]{{1,50}}?)\.\s
    (?P<place>(?:{_PLACE})\.|{_WRITTEN_PLACE}),\s(?=\d{{4}}(?!\s?г\.))""",
    re.VERBOSE)
"""The publisher as a sentence of its own before the place, as older notes name the body or
the man who issued a book: "1 Съезд Советов СССР. Стенографический отчет с приложениями.
Изд. ЦИК СССР. М., 1923", "Петрашевцы. Изд. В. М. Саблина. М., 1907" (a written-out place
after WRITTEN_PLACE_PERIOD_YEAR has joined it to its year: "Изд. ЦИК. Киев. 1925."): read
as "М.: Изд. ЦИК СССР, 1923", the sentence out of the title (GOST 7.1-2003 clause 5.5:
place : publisher, date). A name's initials are single letters: the grammar would part
"Киев: Изд. Ор. Новицкого" at "Ор.", so "Летопись самовидца. Изд. Ор. Новицкого. Киев."
stays as it was read; an edition («Изд. 2-е», «Изд. испр. и доп.») opens with no capital,
and a firm in quotes («Изд. «Academia». Л., 1934») is left to the rules that read one; an
edition written out with a capital («Изд. Второе. М., 1908», «Издание Двадцать второе. СПб.,
1916», GOST 7.1-2003 clause 5.3 takes its wording from the item) is no firm (ORDINAL_WORD).
Not before a year with «г.»: the grammar misreads «М.: Изд. ЦИК СССР, 1923 г.» (its place
«ЦИК СССР»), which the sentence as printed, «Изд. ЦИК СССР. М., 1923 г.», does not."""


YEAR_AFTER_PERIOD = re.compile(r"\.\s\d{4}")
"""What every WRITTEN_PLACE_PERIOD_YEAR match holds (the year after the place's or the
publisher's period), searched first: that pattern opens on a lookbehind, which the regex
engine tries at every position of every reference with a period."""


ROLE_BEFORE_PLACE = LazyPattern(rf"(?<![^\W\d_])(?:{_ROLE_WORD})\s$")
"""A role word right before WRITTEN_PLACE_PERIOD_YEAR's place: the place is then the
statement of responsibility's family, a city's name as many Russian families are
(`places.CITIES_LIKE_FAMILY_NAMES`): «Записки охотника / сост. Бобров. 1990.», «Лирика /
предисл. Ковров. 1985.», «/ под ред. Ростов. 1990.»."""


def _heading_closed_by_period(body: str) -> bool:
    """Whether the first area of `body` ends with a period before any comma, as a GOST
    heading or title does ("Smith Edward Ellis. The Young Stalin …"), not a comma style's
    name ("Giovanna Maria Badile, Antonio Gaspari …")."""
    period = body.find(". ")
    return period > 0 and "," not in body[:period]


def _written_place_imprint(imprint: re.Match[str]) -> str:
    """WRITTEN_PLACE_PERIOD_YEAR's imprint as GOST punctuates it; the match as it was
    after a role word (ROLE_BEFORE_PLACE)."""
    if ROLE_BEFORE_PLACE.search(imprint.string[max(0, imprint.start() - 40): imprint.start()]):
        return imprint[0]
    place = imprint["place"] or f"{imprint['abbreviated']}."
    named = "; ".join(filter(None, (imprint["firm"], imprint["publisher"])))
    publisher = f": {named}" if named else ""
    return f"{place}{publisher}, {imprint['year']}{imprint['era'] or ''}"


_DASH_INTROS = _alternation(intro for intro in HOST_INTROS if intro.endswith("."))
_INTRO_THEN_HOST = rf"(?:(?:{_DASH_INTROS}|In)\s?:\s|(?:{_DASH_INTROS})\s(?=«))"
HOST_AFTER_DASH = LazyPattern(
    rf"(?:\.?\s[—–-]\s(?={_INTRO_THEN_HOST})"
    rf"|(?<=[^\W\d_]|[»)])\.\s(?={_INTRO_THEN_HOST})"
    rf"|,\s(?=в\s(?:кн|сб)\.\s?:\s))")
"""The host of GOST 7.1-84 and of earlier Soviet notes, after the area dash: "Мировое
значение «Записок охотника». - В кн.: «Записки охотника» И. С. Тургенева" (read as
" // В кн.: …", whose "В кн.:" the host's own grammar drops); the Russian «В кн.:» after a
period alone, too (the dash left out, the host's words kept), and «В его кн.:» for a book
of the same author, as philology notes print them ("Пумпянский Л. В. «Вечера на хуторе близ
Диканьки». В кн.: Преподавание литературного чтения в эстонской школе. Таллинн, 1986.",
"Бахтин М. Рабле и Гоголь (…). В его кн.: Вопросы литературы и эстетики. М., 1975. С.
484–495."), with no colon before a host's title in quotation marks ("См. Р. Исмаилов
«Последний блиц». В кн. «Проигранные сражения». М., СПб.: ACT., Terra fantastica, 2001.",
batch 46), and ISBD's "In:" so, as the transliterated and English lists of Russian
journals print a chapter ("Petrova A. Rural schools. In: Essays on Regional History.
Tomsk, 2004. P. 33–41."); and «в кн.:», «в сб.:» in lower case after a comma, as the comma form of Soviet
notes runs the host on ("Бирилло Н. В. Белорусский язык, в кн.: Языки народов СССР, т. 1,
М., 1966")."""
DATED_LETTER_THEN_EDITION = LazyPattern(
    r"(?:(?<=\d{4}\sг\.)|(?<=\d{4}г\.)|(?<=\d{4}\sгода\.))\s"
    rf"(?=[{UPPER}][^\d/;]{{0,80}}?,\s(?:с|стр|С|Стр)\.\s?\d)")
"""The edition a letter is printed in, after the letter's date and no «//», as the
commentaries of an edition of letters cite the letters of another: "Письмо В. Стасову 11
сентября 1871 г. ПиД, стр. 201.", "Записка Н. Пургольд 14 декабря 1871 г. Письма и
документы, с. 204." (read as " // ПиД, стр. 201"): the date closes the letter's title, and
a title with its page after it is the book the letter is in."""
LETTER_OPENINGS = tuple(f"{noun} " for noun in LETTER_NOUNS)
"""What a body DATED_LETTER_THEN_EDITION is tried on opens with: a letter's noun."""


IBID_AFTER_DASH = LazyPattern(r"\.\s[—–]\s(?=Там[ъ]?\s(?:же|само|жа)(?:[,.;]|$))")
"""The area dash before "Там же" ("Там само", "Там жа", "Тамъ же"), the host of the note
before, as GOST 7.1-84 and Soviet commentaries cite a second article of one journal: "Три
месяца за Дунаем в 1828 году.- Там же, т. XXXIII", "Иванов И. И. О торговле. — Там же.
1830. Т. 5. С. 12." (read as " // Там же": no edition, place or extent opens with it)."""
QUOTED_HOST_AFTER_DASH = LazyPattern(
    r"""\.\s[—–]\s(?=(?:«[^«»]{2,200}»|'[^']{2,200}'            # — «Вопросы …», — 'Вопросы …'
      |"[^"«»]{2,200}"|“[^“”«»]{2,200}”)                        # — "Boston studies …"
    (?:\.\s                                                   # its own sentence, or
      |,\s[А-ЯЁ][а-яё]{0,3}\.(?:\s?[;—–-]\s?[А-ЯЁ][а-яё]{0,3}\.)?,?\s\d{4}  # , М.—Л., 1958, or
      |,\s(?:[тТ]|[Vv]ol|Bd)\.\s?\d{1,4}\.\s))                  # , vol. 8. Dordrecht""",
    re.VERBOSE)
"""The area dash before a name in quotes that closes its sentence, the host of GOST 7.1-76
and of Soviet notes (a collection, a serial, a newspaper): "В. Сомов. Пародия на
сентиментально-романтическую прозу XIX века (1800-1830 годы).- 'Вопросы русской
литературы'. Уч. зап. Моск. гос. пед. ин-та им. В. И. Ленина, No 288. М., 1968, с. 60.",
"Петров П. О стиле Гоголя. — «Вопросы литературы и стиля». Л., 1958, с. 60–80.", its place
and year after a comma too ("— «Вопросы литературы и стиля», Л., 1958, с. 60–80") (read as
" // "). GOST's own areas after the dash (edition, place, extent, series in parentheses,
notes) open with no quotes; the typed notes' straight single quotes are read as «». A
serial in the comma form of its year and issue («— “Арион”, 2009, № 3») is DASH_SERIAL's.
A series' volume closing the host's sentence after its comma is the host's too ("Lakatos J.
History of science … reconstruction.— "Boston studies in the philosophy of science", vol. 8.
Dordrecht, 1970.", a Soviet book on the philosophy of science; «— «Ученые записки ЛГУ», т.
5. Л., 1958»), whose Latin-script notes keep their straight or typographic double quotes."""
COLLECTED_WORKS_AFTER_DASH = LazyPattern(
    rf"\.?\s[—–]\s(?=(?:{'|'.join(re.escape(opening) for opening in COLLECTED_WORKS_OPENINGS)})"
    r"(?=[\s,.;:]|$))")
"""The area dash before the title of an author's collected works, the host of a work in them
as Soviet notes and commentaries print it: "Ломоносов М. В. Российская грамматика. — Полн.
собр. соч. в 10-ти т., т. 7. М., с. 391." (a singer's book on his profession, dev set batch
45), "Пушкин А. С. Капитанская дочка. — Собрание сочинений, т. 6. М., 1950" (read as " //
"), the title's period left out too ("Мертвые души — Полн. собр. соч., т. 6"): no area of
GOST's opens with such a title."""
COLLECTED_WORKS_SIGNS = tuple(sorted({f"{dash} {opening[:3]}" for dash in "—–"
                                      for opening in COLLECTED_WORKS_OPENINGS}))
"""What every text COLLECTED_WORKS_AFTER_DASH reads holds, looked for first: either dash
and the first three letters of each opening of its table («— Пол», «– Зіб»)."""
QUOTED_HOST_SIGNS = ("— «", "– «", "— '", "– '", '— "', '– "', "— “", "– “")
"""What every text QUOTED_HOST_AFTER_DASH reads holds, looked for first."""
DOUBLE_QUOTES_CLOSED = {'"': '"', "“": "”"}
"""The double quotes a Latin-script note opens its host with, and what closes each."""


def _quoted_host_after_dash(body: str) -> str:
    """`body` with QUOTED_HOST_AFTER_DASH's dash read as «//», and the host's double quotes
    as «», the marks the host's reading strips (its volume after the comma read then)."""
    dash = QUOTED_HOST_AFTER_DASH.search(body)
    if dash is None:
        return body
    host = body[dash.end():]
    if host[:1] in DOUBLE_QUOTES_CLOSED:
        end = host.find(DOUBLE_QUOTES_CLOSED[host[0]], 1)
        host = f"«{host[1:end]}»{host[end + 1:]}"
    return f"{body[:dash.start()]} // {host}"


HOST_AFTER_DASH_TERMS = ("кн.", "сб.", "In")
"""One of these is in every text HOST_AFTER_DASH matches: tested first, since the pattern,
whose period is optional, is tried at every position (1.3–1.7 µs on each reference with a
colon, a thesis's ": дис." or an address's "URL:")."""
GLUED_HEADING = re.compile(
    r"(?P<family>[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)"
    r"(?:(?P<initials>[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?)|(?P<bare>[А-ЯЁ]{2})\.)"
    r"(?=\s|,\s)"
    r"|(?P<latin_family>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?P<latin_initials>[A-Z]\.\s?[A-Z]\.)(?=\s)")
"""A heading whose family is typed close up to the initials: "КарпачевМ. Д. Основание …",
"ПивоваровЮ. С. «…»", "ЮсуровХ. История советских дунган", "МалабаевЖ. Положение …" (one
initial too: a lower-case letter before a capital and its period closes no Russian word),
"GurkoV. I. Features and Figures of the Past" (a Russian book's English work); each name
of a list glued so, the names parted by commas ("ВерстюкВ.Ф., ДзюзаО.М., РепринцевВ.Ф.
Україна від найдавніших часів …", a Ukrainian guide's list); two initials that lost their
first period as well, read with it ("МихайловММ. Творчий шлях", a Ukrainian article's PDF
text layer, dev ru-fn-1287: "М.М.")."""
GLUED_INITIALS_FIRST = LazyPattern(
    r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?(?=[А-ЯЁ][а-яё]*\s[а-яё])")
"""A heading, initials first, whose family is typed close up to the title's first word,
as PDF text layers lose the period and the space between them: "А.Д. ГрачПо поводу
рецензии …" (an archaeology journal's list, dev ru-fn-1287's neighbour ru-fn-1531), "И. И.
ИвановО датировке курганов"; the title's word then a lower-case word, so that a family
with a capital inside it, closed by its own period ("Р. МакКартни. Жизнь"), is one word."""
GLUED_TITLE = re.compile(
    r"[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?,?\s[А-ЯЁ]\.\s?[А-ЯЁ]\.(?=[«\"]?[А-ЯЁ][а-яё])"
    r"|[A-Z][a-z]++(?:-[A-Z][a-z]++)?,?\s[A-Z]\.\s?[A-Z]\.(?=[“\"]?[A-Z][a-z]+['’]?[a-z]*\s)"
    r"|[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?,?\s[А-ЯЁA-Z]\.(?=[A-Z][a-z])")
"""A heading whose last initial is typed close up to the title: "Алексеев, Ю.Г.Государь всея
Руси", "Зимин, А.А.Возрожденная Россия", "Жбанков Д.Н.Итоги земской медицины", "Boatner M.
M.Cassell's Biographical Dictionary" (two initials, so that "И.Сталин" and a title's
"В.И.Ленин" are not read as one); one initial where a Russian heading meets a title in
Latin letters, since no name changes script: "Крэнкшоу Э.The New Cold War", "Стреляный
A.Khrushchev and the Countryside", "Солженицын A.The Gulag Archipelago" (a translated
biography's notes). Its families' letters are possessive: a hyphen, a comma or a space
follows them, never a letter, so a shorter run cannot match where the longest failed
(issue 9)."""
SPACE_MISSING_AFTER_WORD = re.compile(
    r"[.:](?=[А-ЯЁA-Z](?:[а-яёa-z]|[\s.]))(?:(?<=[а-яё]{3}[.:])|(?<=[а-яё]\.:)|(?<=[СC]м\.))")
"""A word's period (or a lead-in's colon) typed close up to the capital that opens the next
area: "Трояновский.Через годы. С. 228.", "Хрущев.О внешней политике", "Микоян.С. 605" (a
translated biography's short forms), "Александр Генис.Диссидент.", "Памяти Асара
Эппеля.На четыре вопроса отвечают" (a journal's press review), "См.:МалабаевЖ." (a history
journal's notes), and the lead-in «См.» typed close without its colon ("См.Малабаев",
as typed notes print «С.5», «Т.2»). Three lower-case letters before the period, so that initials
("И.Сталин", "Дж.Гиттингс"), "г.Москва" and a publisher's short word printed close up
("К. : Муз.Україна, 1976", GOST examples) keep theirs. It opens with the period or colon,
so that the engine scans for them rather than trying its lookbehinds everywhere, and reads
the capital after the mark before the letters behind it: most marks are followed by a
space."""
GLUED_DESIGNATION = re.compile(r"\.(?<=\d\.)(?=[СCPS]\.\s?\d)")
"""A number's period typed close up to the page after it: "ГВНП. Т. 1.С. 30." (as "Т. 1.
С. 30")."""
_GLUED_TERMS = sorted({term.rstrip(".") for term in (*NUMBER_DESIGNATIONS, *PART_TERMS)
                      if CYRILLIC.match(term)} | set(_RUSSIAN_PLACES))
TERM_GLUED_TO_NUMBER = LazyPattern(
    rf"(?:^|(?<=[.,;»)]\s)|(?<=[—–]\s))(?:{_alternation(_GLUED_TERMS)})\.(?=\d)"
    rf"|(?<=\s)(?:{_alternation(_RUSSIAN_PLACES)})\.(?=\d{{4}}(?!\d))")
"""A designation's or a place's abbreviation typed close up to its number, as footnotes
typed close print them, where it opens an area or a part of one (after a period, a comma,
a dash, a closing quote): "… 1967. С.188–190", "Т.1", ". Вып.24", ", ч.2", ", л.939",
"», Л.1922"; and a place close up to its year after any space ("при АН СССР Л.1926"). Read
as GOST spaces them ("С. 188", "Л. 1922", GOST 7.1-2003 clause 4.7), which the rules after
read. The designations of NUMBER_DESIGNATIONS and PART_TERMS and the places of
_RUSSIAN_PLACES, in Cyrillic. Not inside a note's words ("Библиогр.: с.249-254", "іл
(т.16)"), which stay as printed."""
WORD_PERIOD_FIGURE = re.compile(r"\.(?=\d)(?<=[^\W\d_]\.)")
"""What TERM_GLUED_TO_NUMBER needs, looked for first: that pattern opens on a lookbehind,
tried at every position; this one opens with the period, which the engine scans for
(0.3 µs a GOST note, where the letter's class first cost 2.6 µs)."""
RESPONSIBILITY_START = LazyPattern(rf"\[?{ROLE_TERM.pattern}", re.VERBOSE)


STATEMENT_YEAR = LazyPattern(rf"\b{PRINTED_YEAR}\b|\[б\.\s?г\.\]")
"""A year in what follows a "/": a publication area has closed the statement."""


def continues_statement(left: str, right: str) -> bool:
    """Whether a ";" joins two statements of one description rather than two references
    (GOST 7.1-2003 clause 5.3: "/ Д. Цэрэнпил ; ИИНХ", "… и др. ; под ред. …", "// Сибирь
    в XVII–XX веках : Бахрушинские чтения ; Межвуз. сб. науч. тр."): the right opens with a
    role ("Под ред.", "[отв. ред.") or the left is inside a statement of responsibility
    or a host's title block that no area has closed yet, its "//" spaced or not."""
    if RESPONSIBILITY_START.match(right):
        return True
    if "/" not in left:  # no statement or host opened: tested first, as it is cheapest
        return False
    if IBID.match(right) or LEAD_IN.match(right):
        return False  # "… / под ред. П. Петрова; Там же. С. 5": a new reference
    opened = max(left.rfind(" / "), left.rfind(" // "),
                 max((slash.start() for slash in CLOSE_SLASH.finditer(left)), default=-1),
                 max((host.start() for host in BARE_HOST.finditer(left)), default=-1))
    if opened < 0:
        return False
    statement = left[opened:].lstrip(" /")
    if len(split_areas(statement)) == 1:
        return True
    # "/ АН СССР. Отд-ние лит. и яз. Комис. по истории филол. наук; Науч. совет …": a
    # body and its divisions, joined by periods as GOST 7.1-2003 clause 5.3 gives them,
    # still open after a "/" (not a host's "//") while no year has closed a publication
    # area and no name starts a new reference
    return left.startswith(" / ", opened) and STATEMENT_YEAR.search(statement) is None \
        and not parse_heading(right)[0]


def _title_numbering(comma: re.Match[str]) -> str:
    """A title's period before its numbering: the abbreviation's own, or a new one."""
    return " " if comma.string[comma.start() - 1] == "." else ". "


def _designation_area(comma: re.Match[str]) -> str:
    if comma["edition_first"] is not None:
        return ". "  # "Соч., 4 изд." as "Соч. 4 изд."
    if comma["volume_word"]:
        return f". {comma['volume_word'].capitalize()} "  # "изд. 4, том 37" as "… Том 37"
    term = comma["term"] or comma["edition_word"] or comma["volume"] or comma["page"]
    return f". {term.capitalize()}. "


def _soviet_imprint(body: str) -> str:
    """The imprint of Soviet and typed notes, read as GOST prints it: its place after a
    comma, places joined by a comma or a dash, a publisher after a comma. Each rule
    reads a Russian place (_PLACE), so a body without a Cyrillic letter is left as is."""
    if CYRILLIC.search(body) is None:
        return body
    if " т " in body:
        body = VOLUMES_TERM_PERIOD_DROPPED.sub(" т.", body)
    body = PLACE_PERIOD_DROPPED.sub(lambda place: place.group() + ".", body)
    body = substitute(PLACES_JOINED, r"\g<first>.; ", body)
    body = substitute(FULL_PLACES_JOINED, r"\g<first>; ", body)
    if "-" in body or "–" in body or "—" in body:
        body = substitute(GLUED_PLACES_JOINED, r"\g<first>; ", body)
    after_comma = COMMA_BEFORE_FULL_PLACE.sub(". ", body)
    if after_comma != body:  # "…, т. I. Москва — Ленинград, 1928": now the places join
        body = substitute(FULL_PLACES_JOINED, r"\g<first>; ", after_comma)
    if PUBLISHER_THEN_YEAR.search(body):
        body = substitute(WRITTEN_PLACE_COMMA_PUBLISHER, r"\g<place>: ", body)
    body = COMMA_BEFORE_PLACE.sub(". ", body)
    body = COMMA_BEFORE_PUBLISHER.sub(". ", body)
    body = substitute(PLACE_COMMA_PUBLISHER, r"\g<place>.: ", body)
    return substitute(PLACE_BEFORE_YEAR, r"\g<place>., ", body)


def _period_before_place(body: str) -> str:
    """". " for the space before each of PLACE_WITHOUT_PERIOD's places."""
    pieces: list[str] = []
    start = 0
    for place in PLACE_WITHOUT_PERIOD.finditer(body):
        pieces += (body[start: place.start() - 1], ". ")
        start = place.start()
    return "".join(pieces) + body[start:] if pieces else body


def _may_open_glued(body: str) -> bool:
    """Whether GLUED_HEADING may match at `body`'s start: its family holds no period, so
    the first period of `body` closes the first initial, a capital after a lower-case
    letter. Tested first, since the pattern is tried on every body and matches few."""
    period = body.find(".")
    return period > 3 and body[period - 1].isupper() and (
        body[period - 2].islower() or body[period - 2].isupper() and body[period - 3].islower())


def _unglued_heading(body: str) -> str:
    """`body` with a space between each heading name's family and its initials typed
    close up."""
    if not _may_open_glued(body):
        return body
    pieces: list[str] = []
    position = 0
    while (glued := GLUED_HEADING.match(body, position)) is not None:
        family = glued["family"] or glued["latin_family"]
        initials = glued["initials"] or glued["latin_initials"] or \
            f"{glued['bare'][0]}.{glued['bare'][1]}."
        pieces.append(f"{family} {initials}")
        position = glued.end()
        if not body.startswith(", ", position):
            break
        pieces.append(", ")
        position += 2
    return "".join(pieces) + body[position:]


YEAR_DASH_EXTENT = LazyPattern(r"(?<=\d{4})(?:\s[—–-]\s?|[—–-]\s)(?=\d+\s?(?:с|c|p|pp|S)\.?$)")
"""The dash before the extent that closes a description typed without the period before
it, close up to the extent or spaced, or close up to the year and spaced from the extent,
the extent's period perhaps left out: "М Мысль, 1984 -99 с" (a scanned Soviet list), "К
Вища школа, 1976- 104 с" (a Ukrainian textbook's list), as GOST 7.1-2003 clause 4.7 prints
". — 99 с."; with its period, BARE_AREA_DASH reads it. A dash glued to both ("1976-104 с")
is left alone: figures joined by a hyphen read as one run."""
EXTENT_TAIL = 24
"""How far from the end YEAR_DASH_EXTENT's match can start: "1984 — 9999 с." and spaces."""
EXTENT_ENDINGS = ("с", "c", "p", "S", "с.", "c.", "p.", "S.")
"""How every YEAR_DASH_EXTENT match ends (its extent's term, perhaps its period), tested
first: the pattern opens on a lookbehind, tried at each of the tail's positions of every
reference (a `$` also matches before a final newline, which the test strips)."""


HOST_YEAR_DASH = LazyPattern(
    r"(?P<host>//\s?[^./—–]{1,120}?[^\W\d_])\s[—–-]\s?"
    rf"(?={PRINTED_YEAR}(?:\.?\s[—–-]|\.\s?(?:{NUMBERING_OPENING})|,|\.?$))")
"""The dash before a host's year typed without the period before it (GOST 7.1-2003
clause 4.7 prints "// Бібліотечний вісник. — 2003."): "// Бібліотечний вісник — 2003. — №
4" (a Ukrainian library journal's list), "// Экономика стр-ва -1987 - №5", "//Открытия
Изобретения - 1983 - № 3" (a Ukrainian textbook's appendix, its punctuation lost). Only
in the host's title after "//", up to its first period, and after a letter: a title's own
range of years ("1917 – 1922") goes on. Only where the year closes the host's areas as such
a list types them: another dash, a comma, the end, or after its period an issue's, a
volume's or a page's term and number (`NUMBERING_OPENING`: "// Вопросы истории – 2005. Т.
3. С. 5–10."), a journal's year; a conference named with its year goes on with its title's sentences ("// Интеллектуальные
системы – 2005. Материалы конференции. М., 2005.", "// Europe – 1992. Proceedings")."""


def _dash_in_host_title(body: str) -> bool:
    """Whether a spaced dash stands between the first "//" and the period after it, as
    HOST_YEAR_DASH needs: tested first, since most hosts' titles hold none and the
    pattern's lazy title is tried at each of their characters."""
    host = body.find("//")
    period = body.find(".", host)
    title = body[host: period if period > 0 else len(body)]
    return " —" in title or " –" in title or " -" in title


def _bare_area_dashes(body: str) -> str:
    """". — " for each of BARE_AREA_DASH's dashes and the space before it."""
    pieces: list[str] = []
    start = 0
    for dash in BARE_AREA_DASH.finditer(body):
        if body[: dash.start() - 1].endswith(_JOINED_PLACES):
            continue  # "Москва — Ленинград, 1950": two places of one imprint
        pieces += (body[start: dash.start() - 1], ". — ")
        start = dash.end()
    return "".join(pieces) + body[start:] if pieces else body


def _serial_year_period(space: re.Match[str]) -> str:
    """". " for SERIAL_YEAR_AFTER_SPACE's space, unless the year closes a day's date."""
    before = space.string[max(0, space.start() - DAY_LOOK): space.start()]
    return " " if DAY_BEFORE_YEAR.search(before) else ". "


ROSTOV_ON_DON = re.compile(r"Ростов(?:-|\s)?н\s?/\s?Д(?:ону)?(?:\.(?=\s?[,:;]))?(?![^\W\d_])")
"""Rostov-on-Don, the one city GOST 7.0.12 (appendix A) abbreviates with a slash, "Ростов
н/Д", as imprints type it: with the slash spaced ("Ростов н / Д. : Феникс, 2008", a
library's catalogue record, whose " / " would open a statement of responsibility), a hyphen
for the space ("Ростов-н/Д"), a period closing the abbreviation ("Ростов н/Д. : Феникс",
"Ростов н/Д., 2008"), or the river's name ended ("Ростов н/Дону"). Read as the table's
"Ростов н/Д"."""


def _typed_areas(body: str) -> str:
    """Area punctuation as people type it, read as GOST prints it."""
    if WORD_PERIOD_FIGURE.search(body):
        body = TERM_GLUED_TO_NUMBER.sub(r"\g<0> ", body)
    if ("." in body or ":" in body) and SPACE_MISSING_AFTER_WORD.search(body):
        body = SPACE_MISSING_AFTER_WORD.sub(r"\g<0> ", body)  # a search first: the sub's
        # template and new string cost about 4 µs a reference that has nothing to repair
    if " –" in body or " —" in body or " - " in body:
        body = _bare_area_dashes(body)
    if "//" in body and _dash_in_host_title(body):
        body = HOST_YEAR_DASH.sub(r"\g<host>. — ", body)
    dash = YEAR_DASH_EXTENT.search(body, max(0, len(body) - EXTENT_TAIL)) \
        if body.removesuffix("\n").endswith(EXTENT_ENDINGS) else None
    if dash:
        body = body[: dash.start()] + ". — " + body[dash.end():]
    if "." not in body:  # "Его же, «Новый мир», 1926, № 10": no period, a quoted serial
        return substitute(QUOTED_SERIAL, r" // \g<serial>, ", body, 1) if "«" in body else body
    body = LOOSE_AREA_DASH.sub(". — ", body)
    if "-" in body and "№" in body:
        body = YEAR_GLUED_DASH.sub(r"\g<year>. — ", body)
    if " ." in body:
        body = CATALOGUE_AREA_END.sub(".", body)
        body = CATALOGUE_GLUED_DASH.sub(". — ", body)
    if "„" in body:
        body = OCR_PERIOD_COMMA.sub(".,", body)
    if (":" in body or ". «" in body) and contains_any(HOST_AFTER_DASH_TERMS, body) and \
            not _chicago_host(body):
        body = HOST_AFTER_DASH.sub(" // ", body)
    if "Там" in body and "//" not in body:
        body = IBID_AFTER_DASH.sub(" // ", body, count=1)
    if "//" not in body and contains_any(QUOTED_HOST_SIGNS, body):
        body = _quoted_host_after_dash(body)
    if "//" not in body and contains_any(COLLECTED_WORKS_SIGNS, body):
        body = COLLECTED_WORKS_AFTER_DASH.sub(" // ", body, count=1)
    if body.startswith(LETTER_OPENINGS) and "//" not in body:
        body = DATED_LETTER_THEN_EDITION.sub(" // ", body, 1)
    if ".С." in body or ".C." in body or ".P." in body or ".S." in body:
        body = GLUED_DESIGNATION.sub(". ", body)
    if ("—" in body or "–" in body) and "//" not in body and ", " in body:
        body = host_after_dash(body)  # "Сохраненное и утраченное.—Театр, 1953, № 12"
    if "«" in body and "//" not in body:
        body = substitute(QUOTED_SERIAL, r" // \g<serial>, ", body, 1)
    if "//" not in body and ("Т." in body or "т." in body or "ып." in body or "ом " in body
                             or "ыпуск " in body):
        body = SERIAL_BEFORE_NUMBERING.sub(" // ", body, 1)
    if "//" in body and YEAR_AFTER_COMMA.search(body, body.find("//")):  # what it reads
        body = year_before_numbering(body)
    if "Т." in body or "т." in body or "Том " in body:
        body = volume_periods(body)
    if "№" in body:
        body = SERIAL_YEAR_AFTER_SPACE.sub(_serial_year_period, body)
        body = substitute(ISSUE_BEFORE_PAGE, r"\g<issue>. ", body)
    return _unglued(body)


OCR_THREE_INITIAL = LazyPattern(
    r"(?!(?:Том|Книга|Часть|Выпуск)\s)[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?\s"
    r"(?:[А-ЯЁ]\.\s?(?P<three>3)\.(?=\s|,\s)|(?P<first>3)\.\s?(?=[А-ЯЁ]\.\s))")
"""A heading's initial «З» that OCR read as the figure it looks like: the second,
«Рабинович Б. 3. Из истории …» (a scanned Soviet list), «Гуревич А. 3.», after a family
and a first initial; or the first, before a second initial, «Бурджалов 3. Н. Вторая
русская революция» (a PDF text layer of a history, dev set batch 44). So that a volume
and a page («Т. 3. С. 5», «Том 3. И. С. Тургенев») are never read so, the family opens
the reference and is no volume's word."""


def _unglued(body: str) -> str:
    """`body` with its heading's names parted from their initials and its last initial
    from the title, where they are typed close up (GLUED_HEADING, GLUED_TITLE), and a
    second initial «З» that OCR gave as «3» read as the letter (OCR_THREE_INITIAL)."""
    if "3." in body[:40] and (three := OCR_THREE_INITIAL.match(body)):
        figure = "three" if three["three"] else "first"
        body = f"{body[: three.start(figure)]}З{body[three.end(figure):]}"
    body = _unglued_heading(body)
    glued = GLUED_TITLE.match(body)
    if glued:
        body = f"{glued.group()} {body[glued.end():]}"
    elif body[1:2] == "." and (glued := GLUED_INITIALS_FIRST.match(body)):
        body = f"{glued.group()}. {body[glued.end():]}"  # "А.Д. ГрачПо поводу …"
    return body


def _area_after_title(text: str) -> bool:
    """Whether the title's first period is followed by a GOST area, a pinpoint or an
    imprint with its place ("Never at Rest. P. 382-88", "… Rest. Cambridge, 1980"): a
    comma-closed heading is taken only before GOST's areas, not before the comma style's."""
    after = text[text.find(". ") + 2:]
    areas = split_areas(after) if after else []
    area = areas[0].text if areas else ""
    return bool(parse_pinpoint(area) or
                PUBLICATION_WITH_PLACE.search(area) and parse_publication(area))


def _first_area_after_numbering(text: str) -> str:
    """The first area of `text` after a volume or part that opens it ("Т. 1. М., 1700. 300
    с." → "М., 1700")."""
    areas = split_areas(text)
    if len(areas) > 1 and NUMBERING_START.match(text) and parse_numbering(areas[0].text):
        return areas[1].text
    return areas[0].text if areas else text


def parse_reference(text: str, *, in_part: bool = True) -> Reference:
    """One reference (no top-level ";"): a work, an archival file, or a repeat; one the
    grammar cannot read whole is read in part (biblio.parse.partial) unless `in_part`
    is False; in Cyrillic text only, since the labeller reads the Latin-script ones. A
    heading of a wider form than GOST's, read into the title, is read again
    (biblio.parse.heading_in_title), in Cyrillic text only, for the same reason, but for a
    second person sharing the first one's family ("Webb S. and B. Industrial …"). The
    wording an act is cited in, after its source, is its `note` (official.LATER_WORDING), and
    so is its registration in the Ministry of Justice (official.REGISTRATION_STATEMENT). A
    year in parentheses after the heading is its `issued` (biblio.parse.heading_year). An act's
    date and number opening the reference are its own (named_acts.take_act_lead). A code of
    laws' collection is its part (law_collections.take_law_collection). A book's «Кн. N»
    is its volume where no volume is printed, a journal volume's its issue
    (book_designations)."""
    text, wording = take_later_wording(text)
    text, registration = take_registration(text)
    text, heading_year = take_heading_year(text)
    text, act = take_act_lead(text)
    text, collection = take_law_collection(text)
    reading = _read_reference(text, in_part)
    if reading.kind == "work" and reading.type != "periodical":  # «Новый мир», 1926, кн. 10:
        # a periodical's book is its issue's, kept as the grammar reads it
        read_book_designation(reading.fields, reading.type == "article-journal",
                              cited=reading.locator is not None)
    add_note(reading.fields, registration, wording)
    give_heading_year(reading.fields, heading_year)
    give_act_lead(reading, act)
    give_law_collection(reading.fields, collection)
    return reading


def _read_reference(text: str, in_part: bool) -> Reference:
    reading = _parse_reference(text, in_part)
    if not missed_heading(reading) or not (triggers(text).cyrillic
                                           or missed_shared_family(reading)):
        return reading
    body = text.strip()
    lead = LEAD_IN.match(body)
    again = read_heading_in_title(body[lead.end():] if lead else body, reading,
                                  lambda rest: _parse_reference(rest, in_part))
    return reading if again is None else again


def _read_part(part: str) -> Reference:
    """A part of a note read as a reference of its own, whole or not at all: what the
    readers of notes in prose (a glossed title, a host named by its kind, a contribution
    after its collection) hand back to the grammar."""
    return _parse_reference(part, False)


def _parse_reference(text: str, in_part: bool) -> Reference:
    """The grammar's reading of one reference, its heading in GOST's forms."""
    if in_part and may_be_repaired(text):
        repaired = read_repaired(text, parse_reference)  # "С. 1О5", "М., 19З5", "On. 1"
        if repaired is not None:
            return repaired
    statement = statement_after_pinpoint(text)
    if statement is not None:  # "… С. 449 / Публ. О. А. Кузнецовой": read without it
        reference = _parse_reference(text[:statement.start("mark")], in_part)
        reference.text = text
        add_note(reference.fields, statement["statement"].strip())
        return reference
    translation = translation_after_pinpoint(text)
    if translation is not None:  # "… с. 449-461. Пер: М.Л.Гаспарова.": read without it
        reference = _parse_reference(text[:translation[0]], in_part)
        reference.text = text
        statement = Description()
        parse_responsibility(translation[1], statement)
        for role, names in statement.roles.items():
            reference.fields.setdefault(role, names)
        add_note(reference.fields, statement.fields.get("note"))
        return reference
    clause = clause_after_pinpoint(text)
    if clause is not None:  # "… P. 382-88, где обсуждается …": read without the clause
        reference = _parse_reference(text[:clause.start("mark")], in_part)
        reference.text = text
        reference.suffix = clause["clause"].strip()
        return reference
    acs = take_acs_imprint(text)
    if acs is not None:  # "Soil Physics; Springer: Berlin, Germany, 2015.": read without it
        reference = _parse_reference(acs[0], in_part)
        reference.text = text
        reference.fields.update(acs[1])
        return reference
    reference = Reference(text=text, kind="work")
    body = text.strip()
    if body[:1] in LIST_BULLETS:
        body = body[1:].lstrip()  # "• Лучин В. О. …": a catalogue list's bullet, markup
    if "  " in body:
        body = SPACES.sub(" ", body)
    if body.startswith("("):
        enclosed = ENCLOSED.fullmatch(body)
        if enclosed:
            body = enclosed["inner"].strip()
    if "//" in body:
        if CLOSE_HOST_SIGN.search(body):
            body = CLOSE_HOST.sub(" // ", body)
        # searched first: most hosts' "//" is spaced, and a match before the address is
        # one in the whole body
        if BARE_HOST.search(body):
            address = _address_start(body)
            body = BARE_HOST.sub(" // ", body[:address]) + body[address:]
    if "Ростов" in body and "/" in body:
        body = ROSTOV_ON_DON.sub("Ростов н/Д", body)
    body = _typed_areas(slash_as_host(double_slash_as_statement(comma_as_host(body))))
    lead = LEAD_IN.match(body) or _discussion_before(body) or list_key(body) or \
        short_form_key(body)
    if lead and lead["lead"].endswith(":") and "«" in body and read_described_work(body):
        lead = None  # "См. соч. Я. Грота: «…»": the colon after the author, not a lead-in's
    if lead:
        reference.prefix = lead["lead"]
        body = _unglued(body[lead.end():])  # "См., к примеру: GurkoV. I. …", "цит. по:
        # Зубок В.Spy vs. Spy …"
        discussion = _discussion_before(body) if body[:1].islower() else None
        if discussion:  # "См. комментарий С. А. Макашина … в кн.: М. Е. Салтыков-Щедрин …"
            reference.prefix += " " + discussion["lead"]
            body = body[discussion.end():]
    if body.endswith(",") and triggers(text).cyrillic:  # a Russian reference cut from the
        body = body[:-1]  # note's commentary after it: "Рус Ст, 1884, No 5, с. 400, с неверной
        # датой - 1861 г." (Italian lists close every entry with a comma, read as it is)
    described = read_described_work(body) if "«" in body else None
    if described:  # "Цитировано по статье В. А. Мамонтова «…»": a work named in words
        reference.prefix = " ".join(filter(None, (reference.prefix, described[0])))
        body = _typed_areas(described[1])  # its host, now after " // ", typed as read
    ibid = IBID.match(body)
    if ibid:
        return _parse_ibid(body, ibid.end(), reference)
    entry = body.rstrip(" ;")
    communication = parse_personal_communication(entry, reference)
    if communication is not None:
        return communication  # "Личное сообщение А. Г. Чернова 4 апр. 1967 г."
    glossed = read_glossed_title(entry, reference, _read_part)
    if glossed is not None:
        return glossed  # "«Роза Иерихона» — сборник рассказов и стихов Бунина, …"
    review = parse_review_in_periodical(entry, reference)
    if review is not None:
        return review  # "„Голос Минувшего”, 1914, № 5, рецензия г. В. Пичеты"
    kind_host = read_kind_word_host(entry, reference, _read_part)
    if kind_host is not None:
        return kind_host  # "Юдин И. «Штрихи к портрету Н.И.Пирогова», ж. Врач, 1993 г. № 1"
    numbered_journal = read_numbered_journal(entry, reference, _read_part)
    if numbered_journal is not None:
        return numbered_journal  # "… в Москве. Хирургия N 5, 2014, с. 7 - 16."
    if body[:1].islower() and LEVEL.match(body):
        return _parse_ibid(body, 0, reference)  # "…, д. 5, л. 3; д. 7, л. 5"
    if NUMBERING_START.match(body) and parse_numbering(split_areas(body[:AREA_LOOK])[0].text):
        return _parse_ibid(body, 0, reference)  # "… // Родина. 1995. № 5. С. 12; № 6. С. 20"
    if LEVEL.match(body) and _only_levels(body):
        return _parse_ibid(body, 0, reference)  # "… Д. 431. Л. 163; Д. 432. Л. 5"
    if PATENT_KIND.search(body[:PATENT_LOOK]):
        patent = parse_patent_by_number(body, reference)
        if patent is not None:
            return patent  # "RF Patent No. 2220169 (Dec. 27, 2003).", "Пат. РФ №2381042, …"
    csl = parse_csl_citation(body, reference)
    if csl is not None:
        return csl  # "Храпова, Н. Ю. «…». Культурное наследие Сибири, т. 2, вып. 17, …"
    statute = parse_statute(body, reference) if " Act " in body else None
    if statute is not None:
        return statute  # "Contracts Review Act 1980 (N.S.W.)"
    gazette = parse_gazette_line(body, reference) \
        if body.rstrip(" .").endswith(")") and ("№" in body or " N" in body) else None
    if gazette is not None:
        return gazette  # "Закон України «Про освіту» (Відомості Верховної Ради (ВВР), 2017, …)"
    issue_record = parse_issue_record(body, reference) \
        if "г." in body and " -" in body and "№" in body else None
    if issue_record is not None:
        return issue_record  # "Известия высших учебных заведений -2019г. т.62,N 6"
    named_act = parse_named_act(body, reference) \
        if " от " in body and ("№" in body or " N" in body) else None
    if named_act is not None:
        return named_act  # "Налоговый кодекс Российской Федерации (часть вторая) от 05.08.2000 …"
    article = parse_german_journal_article(body, reference)
    if article is not None:
        return article  # "Kübler, Kodifikation und Demokratie, JZ 1969, 645 (647)"
    series = parse_series_alone(body, reference) or parse_series_host(body, reference)
    if series is not None:
        return series  # "PL 57, 742", «Migne, PGr., t. 46, col. 912», "Statuta//PL. 159. Col. 9"
    short = parse_short_form(body, reference)
    if short is not None:
        return short  # "Smith, op. cit., n. 18, p. 38", "Geiger 1964, S. 65"
    classical = parse_classical_citation(body, reference)
    if classical is not None:
        return classical  # "Аристотель. Метафизика, I, 981 а.", "… 82, 4 (PG 57, 742)."
    author, start = parse_initials_first(body)
    if author is None:  # "Лев Троцкий. Сталин.", "Deutscher Isaac. Stalin."
        author, start = parse_full_name_heading(body)
    if author is None:  # "Хлевнюк. С. 77.", "Зимин. Реформы, с. 295-296."
        author, start = parse_family_heading(body)
    if author is None and ", " in body[:AREA_LOOK]:  # "Richard Westfall, Never at Rest. P. 38."
        author, start = parse_given_first_before_comma(body)
        if author is not None and not _area_after_title(body[start:]):
            author, start = None, 0  # "Laura Boella, Ernst Bloch. Trame …, Milano 1987."
    if author is not None and author.given is None:  # a family or a known name alone
        rest = body[start:].rstrip(" .;")
        if PUBLICATION_WITH_PLACE.search(rest) and \
                parse_publication(_first_area_after_numbering(rest)):
            author, start = None, 0  # "Советская. М., 1700.", "Советская. Т. 1. М., 1700.":
            # a heading needs a work after it, and a volume is none
        pinpoint = parse_pinpoint(rest) if author else None
        if pinpoint:  # the heading alone, then the page: a work of that author, shortened
            reference.fields["author"], reference.short = [author], True
            reference.label, reference.locator = pinpoint
            return reference
    if author is not None:  # "О. В. Хлевнюк. Сталин и Орджоникидзе. М., 1993"
        reference.fields["author"] = [author]
        body = body[start:]
        if read_year_and_pinpoint(body.rstrip(" ;"), reference):
            return reference  # "Вахушти Багратиони. 1973. Т. 4. С. 3-15"
    elif parse_latin_short_title(body, reference):
        return reference  # "Kappeler. Russland. P. 140-141."
    archival = _parse_archival(body, reference)
    if archival is not None:
        return archival
    act_title, act_date, printed = split_document_date(body.rstrip(" ;"), acts=True) \
        if " от " in body else (body, None, None)
    if act_date and act_title.split(maxsplit=1)[0] in ACT_NOUNS:
        reference.type = "legislation"  # "Резолюция ВЦИК по вопросу печати от 4 (17) ноября
        reference.fields["title"], reference.fields["issued"] = act_title, act_date  # 1917 г."
        add_note(reference.fields, printed)
        return reference
    if "ст" in body or "Ст" in body:
        law = parse_law_article(body.rstrip(" ;"), reference)
        if law is not None:
            return law  # "Конституция СССР. Статья 6.", "УК РФ, ст. 105"
    if body[:1] in "«“\"„" or ", " in body[:AREA_LOOK] or QUOTED_TITLE.match(body) or \
            GAZETTE_YEAR.search(body[:GAZETTE_LOOK]) or ") («" in body or \
            "№" in body and NUMBERED_NEWSPAPER.fullmatch(body.rstrip(" ;")) or \
            " (" in body and SERIAL_VOLUME_YEAR.search(body):  # a long title before
        # its serial's ", 18 (1946)": «О договоре …, Исторические записки, 18 (1946)»
        informal = parse_informal(body.rstrip(" ;"), reference)
        if informal is not None:
            return informal  # "«Правда» от 30 сентября 1928", "И.Сталин, т. 11, с.15–16"
    if ", " in body[:AREA_LOOK * 2] or body[:1] in QUOTES or \
            ")" in body and IMPRINT_END.search(body) or \
            body.startswith("«") and "». " in body:  # a CSL citation with no author
        comma_style = parse_pleiades_article(body.rstrip(" ;"), reference) or \
            parse_comma_style(body.rstrip(" ;"), reference)
        if comma_style is not None:
            return comma_style  # "E. H. Carr, The Bolshevik Revolution (London, 1953), 45"
    as_written = body
    if ". " in body and YEAR_AFTER_PERIOD.search(body):
        body = WRITTEN_PLACE_PERIOD_YEAR.sub(_written_place_imprint, body)
    if "Изд" in body:  # the pattern opens on a lookbehind: tested on its word first
        body = PUBLISHER_SENTENCE.sub(r"\g<place>: \g<firm>, ", body)
    if triggers(text).latin and contains_any(EMIGRE_PUBLISHING_PLACES, body):  # first: the
        body = FIRM_BEFORE_PLACE.sub(_firm_before_place, body)  # pattern opens on a lookbehind
    if " — " in body or " – " in body:
        body = PLACE_AREA_BEFORE_YEAR.sub(_place_area, body)
    if "," in body:  # after the comma style, which reads "Шубин А.В., Мир…, М., 2004, с. 45"
        body = YEAR_COMMA_PINPOINT.sub(". ", body)
        if _heading_closed_by_period(body):
            body = YEAR_COMMA_LATIN_PAGE.sub(". ", body)
        body = YEAR_COMMA_BARE_PAGE.sub(". С. ", body)
        body = YEAR_SPACE_PAGE.sub(". ", body)
        body = YEAR_COMMA_EXTENT.sub(". ", body)
        body = substitute(PERIODICAL_COMMA_YEAR, r". \g<year>. ", body)
        body = _period_before_place(body)
        body = TITLE_COMMA_NUMBERING.sub(_title_numbering, body)
        if "т" in body:
            body = TITLE_COMMA_ROMAN_VOLUME.sub(_roman_volume, body)
        body = NUMBER_COMMA_PINPOINT.sub(". ", body)
        if LATIN_PAGE_SIGN.search(body):
            body = LATIN_PAGE_AFTER_NUMBERING.sub(r"\g<numbering>. ", body)
        body = TITLE_COMMA_LAST_PAGE.sub(". ", body)
        if ("…," in body or "...," in body) and \
                (_heading_closed_by_period(body) or CYRILLIC.match(body)):
            body = TITLE_ELLIPSIS_COMMA_PAGE.sub(" ", body)
        body = COMMA_DESIGNATION.sub(_designation_area, body)
        if "., " in body or ". " in body or ".\xa0" in body:  # the patterns' "\s" holds a
            body = _soviet_imprint(body)                      # no-break space too
    contribution = read_contribution_after_host(body.rstrip(" ;"), reference, _read_part)
    if contribution is not None:
        return contribution  # "Сборник в память В. В. Стасова. Спб. 1908. И. Репин. …"
    work = _parse_document(body.rstrip(" ;"), reference)
    if work.kind == "comment" and names_a_title(work):
        work.kind = "work"  # "См.: Русские в Галлиполи.": a book named by its title alone
    if work.kind == "comment" and in_part and author is not None and \
            _title_after_heading(work.fields.get("title"), as_written):
        work.kind = "work"  # "Р. Исмаилов. Последний блиц.": a work by author and title
    if work.kind == "comment":  # nothing read: perhaps "Medvedev, Let History Judge, 263–72."
        work = _short_after_heading(
            parse_chicago_short(as_written, Reference(text=text, kind="comment",
                                                      prefix=work.prefix)), author) or work
    if in_part and (work.kind == "comment" or swallowed(work)) and triggers(text).cyrillic:
        return read_in_part(text, _read_whole, work) or work  # "…, 1923, ст. 15"
    if in_part and holds_unread_area(work):
        return read_between(text, _read_whole, work) or work  # "Массачусетс, Кембридж, 1958"
    return work


def _short_after_heading(short: Reference | None, author: Name | None) -> Reference | None:
    """A short title and page read after the family the grammar took for a heading: that
    family's work, shortened as "Зимин. Реформы, с. 295" is («Коткин. Magnetic Mountain,
    p. 54»: a foreign work's title kept in its language after its author's name in
    Cyrillic)."""
    if short is None or author is None or "author" in short.fields or \
            "title" not in short.fields:
        return short
    short.fields = {"author": [author], **short.fields}
    short.kind, short.tentative = "work", False
    return short


def _bulletin_of(patent: Reference, text: str) -> None:
    """The official bulletin a patent was published in, after "//" (the form of GOST 7.1-84,
    which guides still print: "// Открытия. Изобрет. — 1991. — № 45. — С. 28."): its title,
    year and number as a journal's, and the patent's page in it."""
    host = parse_description(text.strip().rstrip(" ."), heading=True)
    if host.title:
        patent.fields["container-title"] = host.title
    _fill_from(host, patent.fields)
    pages = [pin for label, pin in host.pinpoints if label == "page"]
    if len(pages) == 1:
        patent.fields.setdefault("page", pages[0])
    patent.leftover.extend(host.leftover)


def _read_whole(text: str) -> Reference:
    return parse_reference(text, in_part=False)


def _read_reviewed(text: str) -> Reference:
    """The reviewed work of a review's note: a description of its own."""
    return _parse_work(text.strip().rstrip(" ."), Reference(text=text, kind="work"))


def _parse_document(text: str, reference: Reference) -> Reference:
    """A work, with what official documents add: a legislative heading, a standard's
    designation, a patent's number; a law or decree is known by its genre; a review's
    note on the reviewed work is read apart (biblio.parse.reviews)."""
    text, review_term, reviewed = take_reviewed(text)
    if review_term and reviewed:
        review = _parse_document(text, reference)
        add_reviewed(review, review_term, reviewed, _read_reviewed)
        return review
    record, _, bulletin = move_patent_heading(text).partition(" // ")
    patent = parse_patent(record, reference) if ":" in record else None
    if patent is not None:
        if bulletin:  # "… ; опубл. 07.12.91 // Открытия. Изобрет. — 1991. — № 45. — С. 28."
            _bulletin_of(patent, bulletin)
        return patent
    text, edition = move_act_heading(take_scale(text, reference))
    if edition:
        reference.fields["note"] = edition
    text = take_standard(take_heading(text, reference), reference)
    standard = "number" in reference.fields
    pinpoint = parse_pinpoint(text.rstrip(".")) if standard else None
    if pinpoint:  # "ГОСТ Р 7.0.4–2006. С. 5.": a repeat of the standard by its number
        reference.type, reference.short = "standard", True
        reference.label, reference.locator = pinpoint
        return reference
    reference = _parse_work(text, reference)
    if standard:
        reference.type = "standard"
        if reference.kind == "comment":  # a list of standards prints no imprint: "ДАСТ
            reference.kind = "work"  # 31279–2004. Инновационная … – Упершыню; Уведз. …",
            # the designation read by its pattern is the heading (STANDARD_DESIGNATIONS)
    elif "scale" in reference.fields:
        reference.type = "map"  # GOST 7.1-2003 clause 5.5: the area only maps have
    elif is_legislation(reference.fields.get("genre")):
        reference.type = "legislation"
        number_act_without_host(reference)
    else:
        number_act_in_collection(reference)
    return reference
