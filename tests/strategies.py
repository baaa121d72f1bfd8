"""Hypothesis strategies for biblio's model: realistic names, dates and items.

The values are built from small vocabularies of Russian, French, English and German
words, surnames, places and archives, so that a failing example reads like a real
reference ("Шубин А.В. Мир на краю бездны. М., 2004"), not unicode soup.

Every text value is whitespace-normalised (no leading, trailing or doubled spaces,
no newlines): BibTeX and GOST both treat runs of white space as one space, so a
generator that produced them would test white space, not the formats.

- `names()`, `dates()`: the parts, with every shape the model allows.
- `items()`: an Item of every type the BibLaTeX mapping supports, each with any of
  the variables of `ITEM_VARIABLES[type]`, values full of Cyrillic, French
  diacritics, LaTeX specials, particles and compound initials.
- `gost_items()`: only what a GOST R 7.0.5-2008 footnote prints unambiguously, for
  `parse(render(x)) == x`; its docstring is the contract with the parser and the
  renderers.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from biblio.model import Date, Item, Name

LANGUAGES = ("ru", "fr", "en", "de")

# --- vocabularies ---------------------------------------------------------------------

WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("история", "война", "мир", "политика", "дипломатия", "армия", "союз",
           "отношения", "Европа", "Кремль", "шанс", "расчёты", "просчёты", "бездна",
           "переписка", "сочинения", "революция", "государство", "съезд", "ёлка",
           "безопасность", "документы", "материалы", "внешняя", "советская",
           "французская", "военная", "разведка", "накануне", "край"),
    "fr": ("relations", "militaires", "soviétiques", "années", "trente", "alliance",
           "improbable", "armée", "française", "sécurité", "européenne", "l’URSS",
           "d’influences", "hommes", "ambassadeurs", "état-major", "défense", "Élysée",
           "naissance", "manquée", "colloque", "à", "où", "œuvre", "Noël", "Gaulle",
           "traité", "guerre", "début", "maîtrise"),
    "en": ("history", "alliance", "war", "origins", "struggle", "collective",
           "security", "Soviet", "Union", "high", "command", "triumph", "dark",
           "republic", "danger", "politics", "defence", "international", "diplomacy",
           "statecraft", "inevitable", "coming", "pact", "military", "studies"),
    "de": ("Geschichte", "Krieg", "Außenpolitik", "Sowjetunion", "Beziehungen",
           "Rüstung", "Bündnis", "Zwischenkriegszeit", "Reichswehr", "Rote", "Armee",
           "Diplomatie", "Verträge", "Quellen", "über", "zur", "Frankreichs",
           "Weltkrieg", "Straße", "Mächte"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "ru": ("Шубин", "Мельтюхов", "Случ", "Сталин", "Хлевнюк", "Кошелева", "Роговая",
           "Кен", "Дэвис", "Рис", "Дессберг", "Чубарьян", "Ржешевский", "Пушкарёв",
           "Салтыков-Щедрин", "Бонч-Бруевич", "Нарочницкая", "Ёлкин"),
    "fr": ("Guelton", "Duroselle", "Dullin", "Dessberg", "Vaïsse", "Réau", "Girault",
           "Bach", "Buffotot", "Vidal", "Castellan", "Mourin", "Soutou", "Narinski",
           "Lattre de Tassigny", "Saint-Exupéry", "Lefèvre", "Noël", "Gaulle"),
    "en": ("Steiner", "Carley", "Haslam", "Erickson", "Pons", "Scott", "Alexander",
           "O’Neill", "Smith-Jones", "Taylor", "Overy", "Watt", "Roberts"),
    "de": ("Müller", "Schröder", "Weiß", "Hildebrand", "Jäckel", "Förster",
           "Groß-Müller", "Zeidler", "Oberländer", "Bracher"),
}

GIVEN: dict[str, tuple[str, ...]] = {
    "ru": ("А.В.", "М.И.", "С.З.", "И.В.", "О.В.", "Р.У.", "Л.П.", "Э.А.", "Ф.", "О.Н.",
           "Анна", "Олег", "Ю.", "Ё.К."),
    "fr": ("F.", "J.-B.", "E.", "G.-H.", "M.", "S.", "R.", "Jean-Baptiste", "Élisabeth",
           "Françoise", "J.", "P."),
    "en": ("Z.", "M.J.", "W.E.", "J.", "S.", "Michael", "Richard J.", "A.J.P.", "D.C."),
    "de": ("K.", "H.-A.", "Klaus", "Jürgen", "E.", "M.", "Hans-Ulrich"),
}

PARTICLES: dict[str, tuple[str, ...]] = {
    "ru": (),
    "fr": ("du", "de", "d’", "de la"),
    "en": ("van der", "de"),
    "de": ("von", "van der", "zu"),
}

DROPPING_PARTICLES = ("van", "von", "de")
SUFFIXES = ("Jr.", "Sr.", "III")

INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "ru": ("Институт российской истории РАН", "Министерство иностранных дел СССР",
           "Федеральное архивное агентство"),
    "fr": ("Ministère des Affaires étrangères", "Service historique de la Défense",
           "Université Paris 1 Panthéon-Sorbonne"),
    "en": ("Foreign Office", "Royal Institute of International Affairs",
           "Hoover Institution"),
    "de": ("Auswärtiges Amt", "Institut für Zeitgeschichte"),
}

PLACES: dict[str, tuple[str, ...]] = {
    # the full names of biblio.data.places (the model keeps places unabbreviated)
    "ru": ("Москва", "Ленинград", "Санкт-Петербург", "Петроград", "Ростов-на-Дону",
           "Нижний Новгород", "Казань"),
    "fr": ("Paris", "Bruxelles", "Rennes", "Montpellier", "Coëtquidan"),
    "en": ("London", "New York", "Oxford", "Cambridge", "Chicago", "Durham, NC"),
    "de": ("Berlin", "München", "Wien", "Leipzig", "Stuttgart"),
}

PUBLISHERS: dict[str, tuple[str, ...]] = {
    "ru": ("Наука", "Вече", "РОССПЭН", "Политиздат", "Весь мир"),
    "fr": ("Presses universitaires de Rennes", "Fayard", "Éditions du Seuil",
           "Publications de la Sorbonne"),
    "en": ("Oxford University Press", "Macmillan", "Routledge", "Ivan R. Dee"),
    "de": ("Oldenbourg", "Schöningh", "C.H. Beck"),
}

JOURNALS: dict[str, tuple[str, ...]] = {
    "ru": ("Вопросы истории", "Отечественная история", "Новая и новейшая история",
           "Российская история", "Известия"),
    "fr": ("Revue des études slaves", "Cahiers du monde russe et soviétique",
           "Revue historique des armées", "Le Monde", "Relations internationales"),
    "en": ("Journal of Strategic Studies", "Diplomacy & Statecraft",
           "The Journal of Modern History", "The Times", "Europe-Asia Studies"),
    "de": ("Vierteljahrshefte für Zeitgeschichte", "Historische Zeitschrift",
           "Osteuropa", "Der Spiegel"),
}

ARCHIVES = ("РГАСПИ", "ГАРФ", "АВП РФ", "РГВА", "РГАЭ", "ЦАМО РФ")
ARCHIVE_UNITS = ("ф.", "оп.", "п.", "д.")
"""Fond, opis, papka, delo: the archival hierarchy of Russian archives, in order."""

GENRES: dict[str, tuple[str, ...]] = {
    "thesis": ("дис. … канд. ист. наук", "дис. … д-ра ист. наук",
               "mémoire de maîtrise d’Histoire", "thèse de doctorat", "PhD thesis",
               "Dissertation"),
    "report": ("аналитический доклад", "rapport", "Technical report", "Bericht"),
    "manuscript": ("письмо", "докладная записка", "télégramme", "memorandum"),
}

LATEX_SPECIALS = ("{", "}", "%", "&", "$", "#", "_", "\\", "~", "^")
"""Characters with a meaning in LaTeX: a writer escapes them, a reader decodes them."""

SPECIAL_PHRASES = ("R&D", "50%", "$100", "№ 5 #2", "snake_case", "a~b", "x^2", "{sic}",
                   "C:\\archive", "}{", "100% & more")

ROMAN = ("I", "IV", "X", "XI", "XII", "XIII", "XX", "XLV")

EVENT_TITLES = ("Международная научная конференция «Россия и Франция»",
                "Colloque franco-soviétique", "Annual Meeting of the AAASS",
                "Deutscher Historikertag")

# --- text -----------------------------------------------------------------------------


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def words(language: str, min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[str]:
    """A run of words of one language, as in a title ("расчёты и просчёты")."""
    return st.lists(st.sampled_from(WORDS[language]), min_size=min_size,
                    max_size=max_size).map(" ".join)


def years() -> st.SearchStrategy[int]:
    return st.integers(min_value=1700, max_value=2030)


@st.composite
def titles(draw: st.DrawFn, language: str, *, specials: bool = True) -> str:
    """A title with an optional subtitle, year range, roman numeral or LaTeX special."""
    # a title of one letter reads as an initial of the heading ("Guelton F. À.")
    title = _capitalise(draw(words(language, 1, 6).filter(lambda text: len(text) > 1)))
    if draw(st.booleans()):
        title += ": " + draw(words(language, 1, 4))
    if draw(st.booleans()):
        start = draw(years())
        title += f", {start}—{start + draw(st.integers(1, 20))}"
    if draw(st.integers(0, 5)) == 0:
        title += " " + draw(st.sampled_from(ROMAN))
    if specials and draw(st.integers(0, 3)) == 0:
        title += " " + draw(st.sampled_from(SPECIAL_PHRASES))
    return title


def page_ranges() -> st.SearchStrategy[str]:
    """Pages as printed: "37", "169—172" (em dash), "5–7", "XIII—XX", "13 об.", "6 об.—7"."""
    number = st.integers(1, 999).map(str)
    return st.one_of(
        number,
        st.tuples(st.integers(1, 900), st.integers(1, 99)).map(
            lambda p: f"{p[0]}{_dash(p)}{p[0] + p[1]}"),
        st.tuples(st.sampled_from(ROMAN), st.sampled_from(ROMAN)).map("—".join),
        number.map(lambda n: f"{n} об."),
        st.integers(1, 300).map(lambda n: f"{n} об.—{n + 1}"),
    )


def _dash(pair: tuple[int, int]) -> str:
    """Em dash (Russian typography) or en dash (English), chosen by the numbers."""
    return "—" if pair[1] % 2 else "–"


def numbers() -> st.SearchStrategy[str]:
    """Volume/issue numbers as strings: "3", "12", "3а", "XIII", "1—2"."""
    return st.one_of(st.integers(1, 120).map(str), st.sampled_from(("3а", "1—2", "XIII", "4bis")))


# --- names and dates --------------------------------------------------------------------


@st.composite
def names(draw: st.DrawFn, language: str | None = None) -> Name:
    """A person (family, given, particles, suffix) or a body (literal)."""
    language = language or draw(st.sampled_from(LANGUAGES))
    if draw(st.integers(0, 9)) == 0:
        return Name(literal=draw(st.sampled_from(INSTITUTIONS[language])))
    name = Name(family=draw(st.sampled_from(SURNAMES[language])))
    if draw(st.integers(0, 9)) > 0:
        name.given = draw(st.sampled_from(GIVEN[language]))
    if PARTICLES[language] and draw(st.integers(0, 3)) == 0:
        name.non_dropping_particle = draw(st.sampled_from(PARTICLES[language]))
    elif language != "ru" and draw(st.integers(0, 11)) == 0:
        name.dropping_particle = draw(st.sampled_from(DROPPING_PARTICLES))
    if language == "en" and draw(st.integers(0, 7)) == 0:
        name.suffix = draw(st.sampled_from(SUFFIXES))
    return name


def name_lists(language: str, max_size: int = 4) -> st.SearchStrategy[list[Name]]:
    return st.lists(names(language), min_size=1, max_size=max_size)


@st.composite
def _date_part(draw: st.DrawFn, precision: int) -> list[int | str]:
    year = draw(years())
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    return [year, month, day][:precision]


@st.composite
def dates(draw: st.DrawFn, *, literal: bool = True) -> Date:
    """A year, year-month or full date; a range of two of one precision; circa; literal.

    Parts are ints, as CSL-JSON writers emit them. A range ends after it starts.
    With `literal=False` no literal date is produced (BibLaTeX has no literal date).
    """
    if literal and draw(st.integers(0, 9)) == 0:
        return Date(literal=draw(st.sampled_from(
            ("весна 1933", "s.d.", "начало 1930-х гг.", "hiver 1939—1940", "n.d."))))
    precision = draw(st.integers(1, 3))
    start = draw(_date_part(precision))
    parts = [start]
    if draw(st.integers(0, 3)) == 0:
        end = list(start)
        end[0] = int(start[0]) + draw(st.integers(0, 3))
        if precision > 1 and end[0] == start[0]:
            end[1] = min(12, int(start[1]) + draw(st.integers(0, 3)))
        if precision > 2 and end[:2] == start[:2]:
            end[2] = min(28, int(start[2]) + draw(st.integers(1, 5)))
        if end != start:
            parts.append(end)
    circa = True if len(parts) == 1 and draw(st.integers(0, 7)) == 0 else None
    return Date(parts=parts, circa=circa)


# --- items ----------------------------------------------------------------------------

COMMON_VARIABLES = (
    "title", "title-short", "language", "note", "URL", "accessed", "DOI", "issued",
    "abstract", "keyword", "original-title", "original-date", "author", "translator",
)

ITEM_VARIABLES: dict[str, tuple[str, ...]] = {
    "book": COMMON_VARIABLES + (
        "editor", "compiler", "volume", "number-of-volumes", "edition",
        "collection-title", "collection-number", "publisher", "publisher-place",
        "number-of-pages", "ISBN"),
    "chapter": COMMON_VARIABLES + (
        "container-title", "container-author", "editor", "compiler", "volume",
        "number-of-volumes", "edition", "collection-title", "collection-number",
        "publisher", "publisher-place", "page", "ISBN", "chapter-number"),
    "article-journal": COMMON_VARIABLES + (
        "container-title", "container-title-short", "volume", "issue", "page", "ISSN",
        "collection-title"),
    "article-newspaper": COMMON_VARIABLES + (
        "container-title", "issue", "page", "ISSN", "edition"),
    "article-magazine": COMMON_VARIABLES + (
        "container-title", "volume", "issue", "page", "ISSN"),
    "paper-conference": COMMON_VARIABLES + (
        "container-title", "editor", "event-title", "event-place", "event-date",
        "publisher", "publisher-place", "page", "volume", "collection-title",
        "collection-number", "ISBN"),
    "thesis": COMMON_VARIABLES + (
        "genre", "publisher", "publisher-place", "number-of-pages"),
    "manuscript": COMMON_VARIABLES + (
        "archive", "archive_location", "genre", "publisher-place", "number-of-pages"),
    "webpage": COMMON_VARIABLES + ("container-title", "publisher"),
    "report": COMMON_VARIABLES + (
        "genre", "publisher", "publisher-place", "number", "collection-title",
        "number-of-pages", "page"),
}
"""The CSL variables `items()` may give each type: the mapped variables per type."""

ITEM_TYPES = tuple(ITEM_VARIABLES)


@st.composite
def archive_locations(draw: st.DrawFn) -> str:
    """ "ф. 558, оп. 11, д. 431" or with a papka "ф. 05, оп. 13, п. 94, д. 64"; "3а" opis."""
    fond = draw(st.sampled_from(("05", "0136", "17", "558", "33988", "R-5446")))
    opis = draw(st.sampled_from(("1", "3а", "11", "13", "162", "17")))
    parts = [f"ф. {fond}", f"оп. {opis}"]
    if draw(st.booleans()):
        parts.append(f"п. {draw(st.integers(1, 300))}")
    parts.append(f"д. {draw(st.integers(1, 999))}")
    return ", ".join(parts)


def _value(draw: st.DrawFn, variable: str, item_type: str, language: str) -> Any:
    """A realistic value of `variable` for an item of `item_type` in `language`."""
    text = {
        "title": lambda: draw(titles(language)),
        "title-short": lambda: _capitalise(draw(words(language, 1, 3))),
        "original-title": lambda: draw(titles(draw(st.sampled_from(LANGUAGES)))),
        "container-title": lambda: draw(st.one_of(
            st.sampled_from(JOURNALS[language]), titles(language)))
        if item_type.startswith("article") else draw(titles(language)),
        "container-title-short": lambda: draw(st.sampled_from(("ВИ", "RES", "JSS", "VfZ"))),
        "collection-title": lambda: draw(st.sampled_from(
            ("Seizième série", "Библиотека всемирной литературы", "Cold War History",
             "Studien zur Zeitgeschichte", "Труды ИРИ РАН"))),
        "event-title": lambda: draw(st.sampled_from(EVENT_TITLES)),
        "note": lambda: _capitalise(draw(words(language, 2, 8))) + draw(
            st.sampled_from(("", ".", " (50% & more)", " — see {sic}"))),
        "abstract": lambda: _capitalise(draw(words(language, 5, 12))) + ".",
        "keyword": lambda: ", ".join(draw(st.lists(
            st.sampled_from(WORDS[language]), min_size=1, max_size=3, unique=True))),
        "language": lambda: language,
        "URL": lambda: draw(st.sampled_from(
            ("https://example.org/item?id=5&lang=ru#p2", "https://doi.org/10.1000/xyz_1",
             "http://archive.org/details/~stalin%20letters"))),
        "DOI": lambda: draw(st.sampled_from(
            ("10.1080/01402398208437121", "10.3917/rhu.012.0045", "10.1000/a_b%c"))),
        "ISBN": lambda: draw(st.sampled_from(("978-5-02-034567-6", "2-7535-0123-8"))),
        "ISSN": lambda: draw(st.sampled_from(("0042-8779", "0035-2314"))),
        "publisher": lambda: draw(st.sampled_from(PUBLISHERS[language]
                                                  + INSTITUTIONS[language])),
        "publisher-place": lambda: draw(st.sampled_from(PLACES[language])),
        "event-place": lambda: "; ".join(draw(st.lists(
            st.sampled_from(PLACES[language]), min_size=1, max_size=2, unique=True))),
        "archive": lambda: draw(st.sampled_from(ARCHIVES)),
        "archive_location": lambda: draw(archive_locations()),
        "genre": lambda: draw(st.sampled_from(GENRES.get(item_type, GENRES["report"]))),
        "page": lambda: draw(page_ranges()),
        "volume": lambda: draw(numbers()),
        "issue": lambda: draw(numbers()),
        "number": lambda: draw(st.sampled_from(("12", "WP-7", "№ 3/1938"))),
        "collection-number": lambda: draw(numbers()),
        "chapter-number": lambda: draw(numbers()),
        "number-of-volumes": lambda: str(draw(st.integers(2, 30))),
        "number-of-pages": lambda: str(draw(st.integers(20, 900))),
        "edition": lambda: draw(st.sampled_from(("2", "3-е изд., испр. и доп.", "2nd"))),
    }
    if variable in text:
        return text[variable]()
    if variable in ("issued", "original-date", "event-date", "accessed"):
        return draw(dates(literal=False))
    if variable in ("author", "editor", "translator", "compiler", "container-author"):
        return draw(name_lists(language))
    raise ValueError(f"no generator for {variable!r}")


@st.composite
def items(draw: st.DrawFn, item_type: str | None = None) -> Item:
    """An Item of a type of ITEM_TYPES with any of that type's variables.

    Ids are readable ASCII keys ("item" + digits) because both formats need a key.
    `title` is always present except in manuscripts (an archival file has none).
    Values are strings (numbers too, as "12"): JSON numbers are tested separately.
    """
    item_type = item_type or draw(st.sampled_from(ITEM_TYPES))
    language = draw(st.sampled_from(LANGUAGES))
    variables = ITEM_VARIABLES[item_type]
    chosen = [v for v in variables if draw(st.integers(0, 2)) == 0]
    if item_type != "manuscript" and "title" not in chosen:
        chosen.insert(0, "title")
    fields = {variable: _value(draw, variable, item_type, language) for variable in chosen}
    if "language" not in fields and draw(st.booleans()):
        fields["language"] = language
    item_id = "item" + str(draw(st.integers(0, 10**6)))
    return Item(id=item_id, type=item_type, fields=fields)


def item_lists(max_size: int = 5) -> st.SearchStrategy[list[Item]]:
    """Items with distinct ids, as a file holds them."""
    return st.lists(items(), max_size=max_size, unique_by=lambda item: item.id)


# --- GOST footnotes -------------------------------------------------------------------

GOST_TYPES = ("book", "chapter", "article-journal", "manuscript")


@st.composite
def _gost_author(draw: st.DrawFn, language: str) -> Name:
    family = draw(st.sampled_from(
        [s for s in SURNAMES[language] if " " not in s]))
    given = draw(st.sampled_from([g for g in GIVEN[language] if g.endswith(".") and " " not in g]))
    name = Name(family=family, given=given)
    particles = [p for p in PARTICLES[language] if " " not in p and not p.endswith("’")]
    if particles and draw(st.integers(0, 4)) == 0:
        name.non_dropping_particle = draw(st.sampled_from(particles))
    return name


@st.composite
def _gost_title(draw: st.DrawFn, language: str) -> str:
    # a title of one letter reads as an initial of the heading ("Guelton F. À.")
    title = _capitalise(draw(words(language, 1, 6).filter(lambda text: len(text) > 1)))
    if draw(st.booleans()):
        title += ": " + draw(words(language, 1, 4))
    if draw(st.integers(0, 2)) == 0:
        start = draw(years())
        title += f", {start}—{start + draw(st.integers(1, 20))}"
    return title


@st.composite
def gost_items(draw: st.DrawFn, item_type: str | None = None) -> Item:
    """Items a GOST R 7.0.5-2008 footnote expresses unambiguously.

    The contract (what the GOST renderer must print and the parser must recover):

    - `type` is one of book, chapter, article-journal, manuscript (archival file).
    - `language` is always set, one of "ru", "fr", "en", "de"; every word, name and
      place of the item is of that language (the renderer picks terms by it:
      "Т."/"С."/"М." for ru, "Vol."/"P." for en, "T."/"P." for fr, "Bd."/"S." for de).
    - `id` is "gost" + digits: the parser makes its own ids, so compare items
      without ids (or re-key).
    - author (book, chapter, article-journal; 1–3 names, optional): persons only,
      family is one word (it may contain a hyphen: "Салтыков-Щедрин",
      "Saint-Exupéry"), given is initials only ("А.В.", "J.-B.", "M.J.", "Ф."), and
      an optional one-word lowercase non-dropping particle for fr/de ("du", "de",
      "von", "zu"); no dropping particle, suffix or literal.
    - title: 1–6 words with an optional ": " + lowercase subtitle and an optional
      ", 1933—1941" year range (em dash); never a lone letter (it would be read as an
      initial). Never a period, "/", "//", ";", "[", "…", or a LaTeX special inside
      a title.
    - book: optional volume (digits only, printed "Т. 1"), publisher-place (always,
      a full name from biblio.data.places or another city of PLACES without a
      comma, e.g. "Москва", "Ростов-на-Дону", "Paris"), optional publisher without a
      period (printed "М.: Наука, 2004"), issued (always, year only:
      Date(parts=[[year]])).
    - chapter: container-title (a title as above), optional editor (1–4 persons as
      for authors, only when language is not "ru": the Russian "под ред." puts
      surnames in the genitive), publisher-place and issued as for a book.
    - article-journal: container-title from JOURNALS, issued (year only), optional
      volume (digits) and issue (digits, printed "№ 4"); no page: in a footnote
      "С. 3—15" is the cite's locator, not the article's range.
    - manuscript: archive (from ARCHIVES) and archive_location ("ф. 558, оп. 11,
      д. 431", with optional "п. 94" and an opis like "3а"); nothing else but
      language "ru".
    - No other variable, no note, no URL, no literal dates; no LaTeX special
      characters except the "&" of one journal name ("Diplomacy & Statecraft").
    """
    item_type = item_type or draw(st.sampled_from(GOST_TYPES))
    item_id = "gost" + str(draw(st.integers(0, 10**6)))
    if item_type == "manuscript":
        return Item(id=item_id, type=item_type, fields={
            "archive": draw(st.sampled_from(ARCHIVES)),
            "archive_location": draw(archive_locations()),
            "language": "ru",
        })
    language = draw(st.sampled_from(LANGUAGES))
    fields: dict[str, Any] = {}
    authors = draw(st.lists(_gost_author(language), min_size=0, max_size=3))
    if authors:
        fields["author"] = authors
    fields["title"] = draw(_gost_title(language))
    digits = st.integers(1, 60).map(str)
    if item_type == "article-journal":
        fields["container-title"] = draw(st.sampled_from(JOURNALS[language]))
        fields["issued"] = Date(parts=[[draw(years())]])
        if draw(st.booleans()):
            fields["volume"] = draw(digits)
        if draw(st.booleans()):
            fields["issue"] = draw(digits)
    else:
        if item_type == "chapter":
            fields["container-title"] = draw(_gost_title(language))
            if language != "ru" and draw(st.booleans()):
                fields["editor"] = draw(st.lists(_gost_author(language), min_size=1,
                                                 max_size=4))
        elif draw(st.booleans()):
            fields["volume"] = draw(digits)
        fields["publisher-place"] = draw(st.sampled_from(
            [p for p in PLACES[language] if "," not in p]))
        if draw(st.booleans()):
            fields["publisher"] = draw(st.sampled_from(
                [p for p in PUBLISHERS[language] if "." not in p]))
        fields["issued"] = Date(parts=[[draw(years())]])
    fields["language"] = language
    return Item(id=item_id, type=item_type, fields=fields)
