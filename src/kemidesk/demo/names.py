"""Fictional names, addresses and identifiers for the demo data.

Every identifier is fictional: HETUs use the individual numbers 900–999 (reserved for
temporary and test use), Y-tunnus and IBAN have valid check digits but random numbers.
"""

from __future__ import annotations

import random
from datetime import date

FIRST = [
    "Aino",
    "Eero",
    "Helmi",
    "Juha",
    "Kaisa",
    "Lauri",
    "Minna",
    "Niko",
    "Outi",
    "Pekka",
    "Riikka",
    "Sami",
    "Tiina",
    "Ville",
    "Anu",
    "Jari",
    "Marja",
    "Timo",
    "Sanna",
    "Mikko",
    "Päivi",
    "Jukka",
    "Hanna",
    "Antti",
    "Leena",
    "Tuomas",
    "Satu",
    "Jani",
    "Elina",
    "Ari",
    "Johanna",
    "Kalle",
    "Noora",
    "Olli",
    "Emilia",
    "Teemu",
    "Kirsi",
    "Harri",
    "Laura",
    "Matti",
]
LAST = [
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Kemppainen",
    "Keränen",
    "Alatalo",
    "Äijälä",
    "Öhman",
    "Åström",
    "Väyrynen",
    "Pikkarainen",
    "Tervo",
    "Huhtala",
    "Kallio",
    "Rautio",
    "Ylitalo",
    "Junttila",
]
ASSOC_FIRST = [
    "Kemin",
    "Pohjoisen",
    "Meri-Lapin",
    "Sauvosaaren",
    "Karihaaran",
    "Syväkankaan",
    "Hepolan",
    "Ajoksen",
    "Rytikarin",
    "Perämeren",
    "Kemijokisuun",
    "Lautiosaaren",
    "Paattion",
    "Takajärven",
    "Kiikelin",
    "Hahtisaaren",
    "Tervahaudan",
    "Veitsiluodon",
    "Lassinharjun",
    "Peurasaaren",
]
ASSOC_KIND = [
    "Työttömät ry",
    "Kierrätyskeskus ry",
    "Asukasyhdistys ry",
    "Urheiluseura ry",
    "Setlementti ry",
    "Eläkeläiset ry",
    "Nuorisoseura ry",
    "Vertaistuki ry",
    "Kotiseutuyhdistys ry",
    "Palvelusäätiö sr",
    "Luontoyhdistys ry",
    "Kulttuuriyhdistys ry",
    "Partiolaiset ry",
]
COMPANIES = (
    "Kemin Kone ja Huolto Oy",
    "Meri-Lapin Siivous Oy",
    "Pohjan Puutarha Oy",
    "Ajoksen Logistiikka Oy",
    "Kemin Kahvila Helmi Oy",
)
JOBS = (
    "kierrätystyöntekijä",
    "kiinteistötyöntekijä",
    "ohjaaja-avustaja",
    "keittiöapulainen",
    "toimistoavustaja",
    "liikunta-avustaja",
    "varastotyöntekijä",
    "ympäristötyöntekijä",
    "kahvila-apulainen",
    "viestinnän avustaja",
    "puutarhatyöntekijä",
    "nuoriso-ohjaaja",
)
STREETS = (
    "Valtakatu",
    "Keskuspuistokatu",
    "Kauppakatu",
    "Sairaalakatu",
    "Tietokatu",
    "Kiikelinkatu",
    "Pohjoisrantakatu",
    "Meripuistokatu",
    "Hahtisaarenkatu",
    "Asemakatu",
)
COACHES = ("Laura Heikkilä", "Mikko Tervo", "")
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def ytunnus(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randint(1_000_000, 3_399_999):07d}"
        remainder = (
            sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        )
        if remainder != 1:
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def iban(rng: random.Random) -> str:
    bban = f"{rng.choice(('10', '50', '57', '80', '47')):s}{rng.randint(0, 10**12 - 1):012d}"
    check = 98 - int(bban + "151800") % 97
    return f"FI{check:02d}{bban}"


def fictional_hetu(birth: date, rng: random.Random) -> str:
    sign = "-" if birth.year < 2000 else "A"
    individual = rng.randint(900, 999)
    base = f"{birth:%d%m%y}"
    return f"{base}{sign}{individual}{HETU_CHECK[int(base + str(individual)) % 31]}"
