"""Kinds of document after the title's colon that the genre table lacked (GOST 7.1-2003
clause 5.2.5: other title information that names the kind goes to `genre`, the dev set's
rule): a programme, recommendations, materials for information and method, a Ukrainian
«навч. пос.». Real forms from four sources of the GOST examples set; read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

KINDS = [
    # ru-gost-665, a Ukrainian military lyceum's list: a circle's programme
    ("Шевченко В. Основи військової топографії: Програма гуртка. – Біла Церква, 2013. – 27с.",
     "Основи військової топографії", "Програма гуртка"),
    # ru-gost-1322, a breeding institute's list: recommendations
    ("Система управления селекционным процессом в популяциях молочного скота в условиях "
     "Северо-Западной зоны РФ: рекомендации // А.В. Маклахов [и др.]; под общ. ред. О.Н. "
     "Бургомистровой. Вологда – Молочное: ИЦ ВГМХА, 2013. 56 с.",
     "Система управления селекционным процессом в популяциях молочного скота в условиях "
     "Северо-Западной зоны РФ", "рекомендации"),
    # ru-gost-1109, a Ukrainian medical list: the textbook's «посібник» cut to «пос.»
    ("Мінцер О. П. Оброблення клінічних і експериментальних даних у медицині : навч. пос. для "
     "студ. / О. П. Мінцер, Ю. В. Вороненко, В. В. Власов. – К. : Вища школа, 2003. – 350 с.",
     "Оброблення клінічних і експериментальних даних у медицині", "навч. пос. для студ."),
    # ru-gost-1128, the National Parliamentary Library of Ukraine's guide
    ("Складання бібліографічних посібників : інформ.-метод. матеріали / М-во культури "
     "України, Нац. парлам. б-ка України ; уклад. О. Галганова ; наук. ред. В. Кононенко. "
     "– Київ, 2015. – 80 с.", "Складання бібліографічних посібників",
     "інформ.-метод. матеріали"),
]


@pytest.mark.parametrize(("text", "title", "genre"), KINDS)
def test_the_kind_after_the_colon_is_the_genre(text: str, title: str, genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre


@pytest.mark.parametrize("text", [
    "Программа КПСС. М., 1961. С. 5.",  # the word opening the title is the title's
    "Иванов И. И. Программа и устав партии. М., 1961. С. 5.",
])
def test_the_word_inside_the_title_stays(text: str) -> None:
    fields = parse_reference(text).fields
    assert "рограмма" in fields["title"]
    assert "genre" not in fields


def test_a_subtitle_that_names_no_kind_stays() -> None:
    fields = parse_reference(
        "Иванов И. И. Сельскохозяйственная библиотека: проблемы и решения. М., 2001.").fields
    assert fields["title"] == "Сельскохозяйственная библиотека: проблемы и решения"
    assert "genre" not in fields
