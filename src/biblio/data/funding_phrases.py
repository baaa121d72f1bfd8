"""The words of a funding or acknowledgement note, which is commentary, not a reference.

The first footnote of many Russian and English journal articles names who paid for the
work: «Исследование выполнено при финансовой поддержке РФФИ в рамках научного проекта
№ 19-09-00111», «Работа выполнена при поддержке гранта Президента РФ … (проект
МК-6084.2018.6)», «Статья подготовлена в рамках государственного задания …», «The
research was supported by the Russian Science Foundation, project No. 21-18-00123». A
grant's number ("МК-6084.2018.6") then reads as a title and a year. Such a sentence is
told by two things together: a phrase of funding and a funder or a grant (either alone
occurs in prose and titles: «при поддержке» in a history of patronage, "project" in a
title). The phrases are lower case; the match ignores case.
"""

from __future__ import annotations

FUNDING_PHRASES: tuple[str, ...] = (
    # Russian: «выполнена при (финансовой) поддержке», «подготовлена в рамках», «за счёт»
    "при поддержке", "при финансовой поддержке", "при частичной поддержке",
    "финансовой поддержке", "выполнено за счет", "выполнено за счёт",
    "выполнена за счет", "выполнена за счёт", "выполнен за счет", "выполнен за счёт",
    "подготовлена в рамках", "подготовлено в рамках", "подготовлен в рамках",
    "выполнена в рамках", "выполнено в рамках", "выполнен в рамках",
    "финансируется", "финансировалась", "финансировалось", "профинансирована",
    "профинансировано", "поддержана", "поддержано",
    # English: "was (financially, partly) supported by", "funded by", "with the support of"
    "supported by", "funded by", "financed by", "sponsored by", "with the support of",
    "with the financial support of", "financial support", "funding from",
)
"""Phrases that say the work was paid for or carried out under a programme."""

GRANT_WORDS: tuple[str, ...] = (
    "проект", "проекта", "проекты", "грант", "гранта", "гранты",
    "project", "projects", "grant", "grants",
)
"""Words before a grant's number: «(проект № 19-09-00111)», "grant No. 21-75-20069"."""

FUNDERS: tuple[str, ...] = (
    *GRANT_WORDS, "гранту", "грантом", "проекту", "проектом",
    # state assignments and programmes, funds
    "государственного задания", "государственному заданию", "госзадания",
    "программы", "программе", "фонда", "фонд",
    # funders named by their abbreviations (RFBR, RSF, RHF, the ministry)
    "РФФИ", "РНФ", "РГНФ", "Минобрнауки", "Министерства науки",
    "RFBR", "RSF", "RHF", "NSF", "foundation", "fund", "programme", "program", "council",
    "ministry",
)
"""Words that name a funder or what it gives: a grant, a project, a state assignment."""
