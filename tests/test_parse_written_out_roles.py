"""Role words of a statement of responsibility written out, as GOST R 7.0.100-2018 allows
(the abbreviations of GOST R 7.0.12 are the cataloguer's choice) and title pages print
them: "перевод с польского", "составители", "под общей редакцией", "научный редактор",
"редакционная коллегия"."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Name


def _roles(footnote: str) -> dict[str, list[str]]:
    (item,) = parse_footnotes([footnote]).items.values()
    return {role: [name.family or name.literal or "" for name in item[role]]
            for role in ("editor", "translator", "compiler") if item.get(role)}


@pytest.mark.parametrize(("footnote", "roles"), [
    # GOST R 7.0.100-2018's own example (clause 7.3.4), the names in the genitive
    ("Мигонь К. Наука о книге : очерк проблематики / К. Мигонь ; перевод с польского "
     "О. Р. Медведевой [и др.]. – Москва : Пашков дом, 2015. – 400 с.",
     {"translator": ["Медведева", "others"]}),
    # the title page of Основные стандарты по издательскому делу (2010)
    ("Основные стандарты по издательскому делу : [сборник] / составители А. А. Джиго, "
     "С. Ю. Калинин. — 2-е изд., испр. и доп. — Москва : Университетская книга, 2010. — "
     "368 с.", {"compiler": ["Джиго", "Калинин"]}),
    # the written-out words of "под общ. ред.", "под науч. ред.", "науч. ред.", "ред.",
    # "редкол.": the genitive after "под", the nominative after the noun
    ("Сборник статей / под общей редакцией П. П. Петрова. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    ("Сборник статей / под научной редакцией П. П. Петрова. – Москва : Наука, 2001. – "
     "200 с.", {"editor": ["Петров"]}),
    ("Сборник статей / под науч. ред. П. П. Петрова. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    ("Сборник статей / научный редактор П. П. Петров ; составитель С. С. Сидорова. – "
     "Москва : Наука, 2001. – 200 с.", {"editor": ["Петров"], "compiler": ["Сидорова"]}),
    ("Сборник статей / редакторы: П. П. Петров, С. С. Сидоров. – Москва : Наука, 2001. – "
     "200 с.", {"editor": ["Петров", "Сидоров"]}),
    ("Сборник статей / редакционная коллегия: П. П. Петров (главный редактор), С. С. "
     "Сидоров. – Москва : Наука, 2001. – 200 с.", {"editor": ["Петров", "Сидоров"]}),
    # one word cut and the other written out, as title pages mix them; the genitive after
    # "под", the nominative after the noun
    ("Сборник статей / отв. редактор П. П. Петров. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    ("Сборник статей / под общ. редакцией П. П. Петрова. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    ("Сборник статей / под научной ред. С. С. Сидоровой. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Сидорова"]}),
    ("Сборник статей / научн. ред. П. П. Петров. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    ("Роман / переводчик С. С. Сидорова. – Москва : Наука, 2001. – 200 с.",
     {"translator": ["Сидорова"]}),
    ("Сборник статей / под. общ. ред. П. П. Петрова. – Москва : Наука, 2001. – 200 с.",
     {"editor": ["Петров"]}),
    # Ukrainian: "під заг. ред." and its words written out, "голов. ред."
    ("Історія краю / під заг. ред. І. І. Іваненка. – К. : Наукова думка, 2001. – 300 с.",
     {"editor": ["Іваненко"]}),
    ("Історія краю / за загальною редакцією О. П. Коваленка. – К. : Либідь, 2007. – 300 с.",
     {"editor": ["Коваленко"]}),
    ("Історія краю / голов. ред. І. І. Іваненко. – К. : Наукова думка, 2001. – 300 с.",
     {"editor": ["Іваненко"]}),
])
def test_a_written_out_role(footnote: str, roles: dict[str, list[str]]) -> None:
    assert _roles(footnote) == roles


def test_a_title_naming_translation_keeps_its_author() -> None:
    """"перевод" is a role only where a statement opens, not in a title."""
    (item,) = parse_footnotes(["Федоров А. В. Основы общей теории перевода / А. В. Федоров. "
                               "– М. : Высш. шк., 1983. – 303 с."]).items.values()
    assert (item["title"], item["author"], item.get("translator")) == \
        ("Основы общей теории перевода", [Name(family="Федоров", given="А. В.")], None)
