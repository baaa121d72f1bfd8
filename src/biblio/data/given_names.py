"""Common given names, to tell a full given name from a family name in a heading.

A heading with no initials ("Лев Троцкий. Сталин.", "Deutscher Isaac. Stalin.") prints
the given name written out, in either order; only knowing the given name tells which
word is the family. These are facts of common usage, listed by hand for this project:
the usual full forms of Russian given names (the Russian calendar names most borne in
the 19th–20th centuries), the commonest English, French, German and Italian given names,
and their usual Russian transcriptions (Джон, Шейла, Исаак). The list is
deliberately of common names only; a rare one ("Мерль") is not guessed.
Beside them, every given name borne by one American in 10,000 (1990 US Census,
`biblio.data.census_given_names`) and the Russian names romanized.
"""

from __future__ import annotations

import iuliia

from biblio.data.census_given_names import CENSUS_1990

RUSSIAN = frozenset("""
Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артем Афанасий Богдан
Борис Вадим Валентин Валерий Василий Вениамин Виктор Виталий Владимир Владислав
Всеволод Вячеслав Гавриил Геннадий Георгий Герман Глеб Григорий Давид Даниил Денис
Дмитрий Евгений Егор Емельян Ефим Захар Иван Игнатий Игорь Илья Иосиф Кирилл Климент
Константин Кузьма Лаврентий Лев Леонид Лука Макар Максим Матвей Михаил Модест Назар
Никита Никифор Николай Олег Павел Пётр Петр Платон Роман Ростислав Руслан Савва
Святослав Семён Семен Сергей Станислав Степан Тимофей Тимур Трофим Фёдор Федор Феликс
Филипп Юлий Юрий Яков Ярослав
Агния Александра Алла Анастасия Ангелина Анна Антонина Валентина Валерия Вера
Вероника Виктория Галина Дарья Ева Евгения Екатерина Елена Елизавета Жанна Зинаида
Зоя Инна Ирина Клавдия Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда
Наталия Наталья Нина Дина Оксана Ольга Полина Раиса Светлана Софья София Тамара Татьяна
Ульяна Юлия
""".split())
"""Full forms of Russian given names."""

TRANSCRIBED = frozenset("""
Адам Альберт Альфред Бертрам Генри Генрих Джеймс Джордж Джозеф Джон Дэвид Жан Жак
Исаак Карл Луи Марк Мартин Питер Поль Ричард Роберт Томас Уильям Уинстон Франсуа
Фридрих Шарль Эдвард Эрнст Шейла Мэри Элизабет Джейн Сьюзен Энн Маргарет Патрисия
Стивен Стефан Майкл Дэниел Даниэль Кристофер Энтони Эндрю Николас Фрэнсис Лоуренс Дональд
Кеннет Тимоти Сэмюэл Бенджамин Артур Уолтер Чарльз Фрэнк Гарри Джеффри Алан Эрик Саймон
Филип Ральф Роджер Рональд Оливер Патрик Норман Мэтью Джонатан Джек Дуглас Хью Кэтрин
Хелен Джудит Джулия Лора Линда Нэнси Рейчел Сара Сьюзан Тереза Барбара Элис Джоан Андре
Клод Анри Пьер Рене Ханс Гельмут Иоганн Клаус Людвиг Отто Вильгельм Вольфганг Джованни
Джузеппе Луиджи Паоло Пьетро
""".split())
"""Common western given names as Russian texts transcribe them: the names of WESTERN in
the transcriptions of Russian translations ("Стивен Ф. Коэн", "Майкл Дэвид-Фокс",
"Ханс Роггер"); not those that are Russian words or places ("Пол", "Марсель")."""

WESTERN = frozenset("""
Adam Alan Albert Alex Alexander Alfred Andrew Anthony Arthur Benjamin Bernard Bertram
Carl Charles Christopher Daniel David Denis Dennis Donald Douglas Edward Eric Ernest
Francis Frank Frederick Gabriel Geoffrey George Gerald Harold Harry Henry Herbert Hugh
Isaac Jack Jacob James Jean Jeffrey Jerry John Jonathan Joseph Kenneth Lawrence
Leonard Louis Mark Martin Matthew Michael Nicholas Norman Oliver Patrick Paul Peter
Philip Ralph Raymond Richard Robert Roger Ronald Samuel Simon Stephen Steven Thomas
Timothy Victor Walter William
Alice Anna Anne Barbara Catherine Christine Elizabeth Emily Helen Jane Janet Joan
Judith Julia Kate Laura Linda Margaret Mary Nancy Patricia Rachel Ruth Sarah Sheila
Susan Teresa
André Claude François Henri Jacques Jean-Baptiste Jean-Pierre Marcel Philippe
Pierre René Yves Marie Françoise Hélène Jeanne
Friedrich Heinrich Hans Helmut Hermann Johann Karl Klaus Ludwig Otto Wilhelm Wolfgang
""".split())
"""Common English, French and German given names."""

ITALIAN = frozenset("""
Giovanni Giuseppe Luigi Paolo Pietro
Agostino Alessandro Alessio Alvise Andrea Angelo Antonio Armando Arnaldo Arturo Augusto
Bartolomeo Benvenuto Bernardino Biagio Camillo Carlo Cesare Claudio Corrado Cristoforo
Daniele Dario Davide Domenico Edoardo Egidio Elio Emanuele Emilio Enrico Enzo Ercole
Ermanno Ettore Eugenio Ezio Fabio Fabrizio Federico Ferdinando Filippo Flaminio Flavio
Francesco Fulvio Gabriele Gaetano Gasparo Gherardo Giacomo Giampaolo Giancarlo
Gianfranco Gianni Gino Giorgio Girolamo Giulio Giustino Guglielmo Guido Ippolito Jacopo
Lodovico Luca Luciano Lucio Ludovico Manfredo Manlio Marcantonio Marcello Marco Massimo
Matteo Maurizio Michele Nicola Nicolò Niccolò Orazio Ottavio Piero Pompeo Raffaele Renato
Renzo Riccardo Roberto Rodolfo Ruggero Sandro Sebastiano Sergio Silvio Stefano Tiziano
Tommaso Ugo Umberto Vincenzo Vittore Vittorio Zaccaria
Alessandra Angela Annalisa Antonella Carla Caterina Chiara Cristina Daniela Donatella
Elena Elisabetta Emanuela Federica Francesca Gabriella Giovanna Giulia Giuliana Ilaria
Isabella Lucia Luisa Marcella Margherita Maria Michela Monica Ornella Paola
Patrizia Raffaella Rita Roberta Rossella Silvia Simonetta Stefania Susanna Tiziana
Valeria
""".split())
"""Common Italian given names, for Italian notes that print the family name first without
a comma ("Caffi Francesco", "TOESCA Pietro", "Piva Gino"); "Laura", English too, is in
WESTERN. Left out are the
given names that are as common as Italian family names ("Bruno", "Marino", "Martino",
"Franco", "Orlando", "Donato", "Simone", "Salvatore", "Valentino", "Battista"):
only knowing the given name tells which word is the family, so an ambiguous one must
not decide."""

_SCHEMAS = (iuliia.WIKIPEDIA, iuliia.ICAO_DOC_9303, iuliia.ALA_LC_ALT, iuliia.YANDEX_MAPS,
            iuliia.GOST_7034, iuliia.SCIENTIFIC)
ROMANIZED = frozenset(schema.translate(name) for name in RUSSIAN for schema in _SCHEMAS)
"""The Russian names as English-language and Russian journals' English pages romanize
them ("Kozlova Dina S.", "Khramtsov Aleksandr B.", "Lyulya Natalya V."): the popular
(Wikipedia, Yandex), passport (ICAO 9303), Library of Congress, GOST 7.0.34 and
scholarly systems, as the iuliia library writes each."""

GIVEN_NAMES = RUSSIAN | TRANSCRIBED | WESTERN | ITALIAN | ROMANIZED | CENSUS_1990

GENITIVE_TO_NOMINATIVE: tuple[tuple[str, str], ...] = (
    ("ьва", "ев"), ("вла", "вел"), ("ии", "ия"), ("ьи", "ья"), ("ия", "ий"), ("ея", "ей"),
    ("я", "ь"), ("ы", "а"), ("и", "а"), ("а", ""),
)
"""A Russian given name's genitive ending → its nominative's, tried in this order, the
first reading the tables hold taken: «Льва» Лев, «Павла» Павел, «Наталии» Наталия,
«Натальи» Наталья, «Георгия» Георгий, «Андрея» Андрей, «Игоря» Игорь, «Анны» Анна,
«Ольги» Ольга, «Ивана» Иван (the declension of Russian given names: Д. Э. Розенталь,
«Справочник по правописанию и литературной правке», «Склонение имён»), as a role word
that governs the genitive puts a given name written out («Перевод с армянского Георгия
Кубатьяна»)."""
