"""The headings and labels that mark the parts of a journal article other than its body.

Russian journals follow GOST R 7.0.7-2021 (article editorial design): a header with
УДК, DOI, authors and affiliations, "Аннотация", "Ключевые слова", "Для цитирования",
the same in English for Scopus, and at the end a reference list ("Список литературы")
followed by its transliteration ("References") and information about the authors.
Journals in other languages use the same parts under their own words. Headings are
matched as a whole line, case-insensitively; labels at the start of a line.
"""

from __future__ import annotations

REFERENCE_LIST_HEADINGS = (
    # Russian
    "литература", "список литературы", "список использованной литературы",
    "использованная литература", "список источников", "список источников и литературы",
    "список использованных источников", "список использованных источников и литературы",
    "источники", "источники и литература", "литература и источники",
    "библиография", "библиографический список", "список публикаций",
    # English
    "references", "bibliography", "works cited", "literature", "sources",
    "sources and literature", "primary sources", "secondary sources", "references cited",
    "sources and references", "select bibliography",
    # German, French
    "literatur", "literaturverzeichnis", "quellen", "quellen und literatur",
    "quellen- und literaturverzeichnis", "bibliographie", "références",
    "références bibliographiques", "sources et bibliographie",
)
"""A heading followed by a list of references (not footnotes)."""

ENDNOTE_HEADINGS = (
    "примечания", "комментарии", "примечания и комментарии",
    "notes", "endnotes", "notes and references", "notes and sources",
    "anmerkungen", "endnoten",
)
"""A heading followed by the article's notes, gathered at its end."""

BLOCK_LABELS = (
    "аннотация", "резюме", "abstract", "summary", "résumé", "zusammenfassung",
)
"""Labels of a paragraph (an abstract) that runs until a blank line or the next label."""

AUTHOR_LABELS = (
    "сведения об авторе", "сведения об авторах", "информация об авторе",
    "информация об авторах", "об авторе", "об авторах", "контактная информация",
    "about the author", "about the authors", "information about the author",
    "information about the authors", "author information", "notes on contributor",
    "notes on contributors", "angaben zum autor",
)
"""Labels of the authors' information, which may close an article (and so never open
its header); a paragraph that runs until a blank line or the next label."""

LIST_LABELS = (
    "ключевые слова", "keywords", "key words", "mots-clés", "mots clés",
    "schlagwörter", "schlüsselwörter",
)
"""Labels of a list of words, which goes on while its lines end with a comma."""

CITATION_LABELS = (
    "для цитирования", "образец цитирования", "ссылка для цитирования",
    "for citation", "cite this article", "to cite this article", "citation",
    "pour citer cet article", "zitierweise",
)
"""Labels of the article's own reference: kept, since it is a reference, but not a
footnote."""

SENTENCE_LABELS = (
    "благодарности", "финансирование", "acknowledgements", "acknowledgments", "funding",
    "статья поступила", "поступила в редакцию", "received", "научная статья",
    "original article", "research article", "конфликт интересов", "conflict of interest",
)
"""Labels of a paragraph that ends with its sentence."""

LINE_LABELS = (
    "удк", "ббк", "doi", "orcid", "e-mail", "email", "эл. почта", "электронная почта",
    "researcherid", "scopus author id", "spin-код", "jel",
)
"""Labels of one line (an identifier)."""
