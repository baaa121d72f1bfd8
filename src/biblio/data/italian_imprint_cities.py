"""Italian cities as Italian imprints print them, for telling a place from a title's words.

Italian notes put the place after the title with a comma and often no publisher ("S.
Rumor, Il blasone vicentino, Bologna 1899"), or after the publisher ("Strumenti e cultura
del progetto, Officina, Roma"); a comma before a city is then the place's, not the
title's. The capitals of the Italian provinces (ISTAT, "Elenco dei comuni italiani",
the provincial capitals) are the places of nearly all Italian publishers, universities,
academies and deputazioni di storia patria. Those `english_places` names with their
English form (Roma, Milano, Firenze, Torino, Napoli, Venezia, Padova, Genova, Mantova) are
not repeated; the rest are printed alike in English notes ("Bologna", "Verona").
"""

from __future__ import annotations

ITALIAN_IMPRINT_CITIES: frozenset[str] = frozenset({
    # Northern Italy
    "Aosta", "Alessandria", "Asti", "Bergamo", "Belluno", "Bolzano", "Brescia", "Como",
    "Cremona", "Cuneo", "Ferrara", "Forlì", "Gorizia", "La Spezia", "Lecco", "Lodi",
    "Modena", "Novara", "Parma", "Pavia", "Piacenza", "Pordenone", "Ravenna",
    "Reggio Emilia", "Rimini", "Rovigo", "Savona", "Sondrio", "Trento", "Treviso",
    "Trieste", "Udine", "Varese", "Vercelli", "Verona", "Vicenza", "Bologna",
    # Central Italy
    "Ancona", "Arezzo", "Ascoli Piceno", "Grosseto", "Livorno", "Lucca", "Macerata",
    "Perugia", "Pesaro", "Pisa", "Pistoia", "Prato", "Rieti", "Siena", "Terni", "Urbino",
    "Viterbo", "L'Aquila", "Pescara", "Chieti", "Teramo",
    # Southern Italy and the islands
    "Bari", "Benevento", "Brindisi", "Cagliari", "Caserta", "Catania", "Catanzaro",
    "Cosenza", "Foggia", "Lecce", "Messina", "Palermo", "Potenza", "Reggio Calabria",
    "Salerno", "Sassari", "Siracusa", "Taranto", "Trapani",
})
"""The provincial capitals that Italian imprints print as a place of publication."""
