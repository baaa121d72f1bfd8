"""A heading left unclosed before the title, which the statement of responsibility
repeats (issue 9, session 29).

GOST 7.1-2003 repeats the heading's person first after "/"; catalogue exports print the
heading without the period that closes it: «Тарасов Методичні питання оцінки
продуктивності економіки / В. І. Тарасов // …» (a Ukrainian university library's ISBD
export, dev row ru-fn-1516), «Якимчук, Олена Музичне життя Луганська … / Олена Якимчук»
(a music academy's catalogue, ru-fn-1409), «Мельник, Алла Сектор домогосподарств у
сучасній економічній системі … / Алла Мельник, Наталія Ціщик» (ru-gost-1329). The
family, with the given name the statement writes out, leaves the title; a title that
goes on in lower case after the family keeps it. Values read by hand from the texts."""

from __future__ import annotations

from biblio.model import Name
from biblio.parse.gost import parse_reference
from biblio.parse.heading_in_title import without_stated_heading


def test_a_family_alone_before_the_title_repeated_after_the_slash() -> None:
    reference = parse_reference(
        "Тарасов Методичні питання оцінки продуктивності економіки / В. І. Тарасов // "
        "Формування ринкових відносин в Україні Вып. 4 С. 63-67(2008)")
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [("Тарасов", "В. І.")]
    assert reference.fields["title"] == "Методичні питання оцінки продуктивності економіки"


def test_a_family_and_the_given_name_the_statement_writes_out() -> None:
    reference = parse_reference(
        "Мельник, Алла Сектор домогосподарств у сучасній економічній системі: теоретичні та "
        "емпіричні аспекти [Текст] / Алла Мельник, Наталія Ціщик // Вісник Тернопільського "
        "національного економічного університету. — Тернопіль : Економічна думка ТНЕУ, "
        "2008. — липень-вересень (№3). — С. 7-21.")
    assert [name.family for name in reference.fields["author"]] == ["Мельник", "Ціщик"]
    assert reference.fields["title"].startswith("Сектор домогосподарств")


def test_a_title_that_goes_on_in_lower_case_keeps_the_family() -> None:
    stated = Name(family="Тарасов", given="В. И.")
    assert without_stated_heading("Тарасов и его время", stated) == "Тарасов и его время"
    assert without_stated_heading("Тарасовка. Очерки", stated) == "Тарасовка. Очерки"
    assert without_stated_heading("Очерки истории", stated) == "Очерки истории"
