"""The invented names, places, companies, cars and jobs the seeded workshop draws from.

Every entry is made up; Dutch and Belgian on purpose, as the dealers are.
"""

from __future__ import annotations

PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# Dutch sidecodes 1-14 as letter (L) / digit (D) groups.
DUTCH_SIDECODES: dict[int, tuple[str, str, str]] = {
    1: ("LL", "DD", "DD"),
    2: ("DD", "DD", "LL"),
    3: ("DD", "LL", "DD"),
    4: ("LL", "DD", "LL"),
    5: ("LL", "LL", "DD"),
    6: ("DD", "LL", "LL"),
    7: ("DD", "LLL", "D"),
    8: ("D", "LLL", "DD"),
    9: ("LL", "DDD", "L"),
    10: ("L", "DDD", "LL"),
    11: ("LLL", "DD", "L"),
    12: ("L", "DD", "LLL"),
    13: ("D", "LL", "DDD"),
    14: ("DDD", "LL", "D"),
}

FIRST_NAMES = [
    "Anouk",
    "Bram",
    "Daan",
    "Eline",
    "Fenna",
    "Gijs",
    "Hanna",
    "Iris",
    "Jesse",
    "Joris",
    "Lotte",
    "Maarten",
    "Noor",
    "Pieter",
    "Roos",
    "Sanne",
    "Thijs",
    "Vera",
    "Wout",
    "Yara",
    "Lieze",
    "Arne",
    "Jolien",
    "Stijn",
    "Nele",
    "Wannes",
    "Elien",
    "Brecht",
    "Fien",
    "Seppe",
]
LAST_NAMES = [
    "de Vries",
    "van Dijk",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peeters",
    "Janssens",
    "Maes",
    "Claes",
    "Wouters",
    "Goossens",
    "van den Berg",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "O'Neill",
    "D'Haese",
    "Verbruggen",
    "Kuipers",
    "Veenstra",
    "Timmermans",
    "Willems",
    "Lambrechts",
]
STREETS = [
    "Lindelaan",
    "Kastanjestraat",
    "Molenweg",
    "Beukenhof",
    "Zonnebloemstraat",
    "Havenkade",
    "Dorpsstraat",
    "Kerkplein",
    "Eikenlaan",
    "Vlasakker",
    "Brugstraat",
    "Meidoornpad",
    "Stationsstraat",
    "Veldweg",
    "Populierenlaan",
    "Schoolstraat",
]
NL_CITIES = [
    "Utrecht",
    "Amersfoort",
    "Zeist",
    "Nieuwegein",
    "Houten",
    "Woerden",
    "IJsselstein",
    "Bunnik",
    "Maarssen",
    "De Bilt",
]
BE_CITIES = [("2000", "Antwerpen"), ("2800", "Mechelen"), ("9000", "Gent"), ("3000", "Leuven")]
LEASE_COMPANIES = [
    "Wagenpark Lease B.V.",
    "Autovloot Nederland B.V.",
    "Fleetwise Mobility B.V.",
    "Rijklaar Lease B.V.",
    "Benelux Wagenpark NV",
    "Kilometer Lease B.V.",
]
CONTRACTOR_COMPANIES = [
    "Installatiebedrijf Van Dijk B.V.",
    "Hoveniersbedrijf Groenrijk",
    "Schilderwerken Smit",
    "Transport D'Hondt BV",
    "Bouwbedrijf De Fundering B.V.",
    "Koeriersdienst Snelpost",
    "Loodgieter Waterdicht",
    "Zorggroep De Linde",
]

MAKES: list[tuple[str, str, list[str]]] = [
    ("Volkswagen", "WVW", ["Golf", "Polo", "Tiguan", "ID.3"]),
    ("Toyota", "SB1", ["Yaris", "Corolla", "C-HR"]),
    ("Peugeot", "VF3", ["208", "308", "3008"]),
    ("Renault", "VF1", ["Clio", "Captur", "Megane"]),
    ("Kia", "KNA", ["Niro", "Ceed", "Sportage"]),
    ("Volvo", "YV1", ["XC40", "V60", "XC60"]),
    ("BMW", "WBA", ["3 Serie", "X1", "i4"]),
    ("Ford", "WF0", ["Focus", "Fiesta", "Kuga"]),
    ("Skoda", "TMB", ["Octavia", "Fabia", "Enyaq"]),
    ("Opel", "W0L", ["Corsa", "Astra", "Mokka"]),
]


Line = tuple[str, str | None, str, str, str, str]
JOB_TEMPLATES: list[tuple[str, str, list[Line]]] = [
    (
        "Grote onderhoudsbeurt",
        "Onderhoud volgens fabrieksvoorschrift",
        [
            ("Menu", "MEN-GROOT", "Grote beurt menu", "1", "289.00", "21"),
            ("Item", "OLIE-5W30", "Motorolie 5W-30", "4.50", "18.95", "21"),
            ("Item", "FLT-OLIE", "Oliefilter", "1", "14.60", "21"),
            ("Comment", None, "Klant vraagt om oude onderdelen mee te geven", "0", "0", "0"),
        ],
    ),
    (
        "Kleine onderhoudsbeurt",
        "Tussentijdse beurt",
        [
            ("Menu", "MEN-KLEIN", "Kleine beurt menu", "1", "149.00", "21"),
            ("Item", "OLIE-0W20", "Motorolie 0W-20", "4.00", "21.40", "21"),
        ],
    ),
    (
        "APK keuring",
        "Periodieke keuring inclusief afmelden RDW",
        [
            ("Labor", "APK", "APK keuring", "0.75", "68.00", "21"),
            ("Labor", "LEGES", "Leges RDW", "1", "2.05", "0"),
            ("Comment", None, "APK goedgekeurd zonder adviespunten", "0", "0", "0"),
        ],
    ),
    (
        "Remblokken voor vervangen",
        "Remblokken vooras op slijtgrens",
        [
            ("Labor", "REM-VA", "Remblokken vooras vervangen", "1.20", "92.50", "21"),
            ("Item", "RB-VA-221", "Remblokset vooras", "1", "86.40", "21"),
            ("Item", "REM-REIN", "Remmenreiniger", "1", "7.95", "21"),
        ],
    ),
    (
        "Banden wissel",
        "Winterbanden monteren, zomerset in opslag",
        [
            ("Labor", "BAND-WIS", "Wisselen wielen incl. balanceren", "0.80", "79.00", "21"),
            ("Item", "VENTIEL", "Ventiel", "4", "3.25", "21"),
            ("Labor", "BAND-OPSL", "Bandenopslag seizoen", "1", "45.00", "21"),
        ],
    ),
    (
        "Airco service",
        "Airco bijvullen en controleren op lekkage",
        [
            ("Labor", "AIRCO", "Airco service", "0.50", "89.00", "21"),
            ("Item", "R1234YF", "Koudemiddel R1234yf (100 g)", "5", "12.10", "21"),
        ],
    ),
    (
        "Storing motorlampje",
        "Klant meldt brandend motorlampje na koude start",
        [
            ("Labor", "DIAG", "Diagnose uitlezen", "0.50", "92.50", "21"),
            ("Comment", None, "Foutcode P0420 uitgelezen, vervolgafspraak maken", "0", "0", "0"),
        ],
    ),
    (
        "Ruitenwisserbladen",
        "Wisserbladen voor vervangen",
        [("Item", "WIS-650", "Wisserbladset 650/400", "1", "32.99", "21")],
    ),
]
