"""Regenerate states.tsv (run by hand; not used at run time).

Codes come from ISO 3166-1/-3 as packaged by Debian iso-codes (the `pycountry` package);
Indonesian and English names from the Unicode CLDR territory names (the `babel` package).
UN membership: the UN's list of 193 member states and 2 observer states
(un.org/en/about-us/member-states).
A few CLDR names are overridden with the form the Indonesian press and Kemlu use.

    .venv/bin/pip install pycountry && .venv/bin/python warta/data/make_states.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
from babel import Locale

UN_MEMBERS = [
    "AFG",
    "ALB",
    "DZA",
    "AND",
    "AGO",
    "ATG",
    "ARG",
    "ARM",
    "AUS",
    "AUT",
    "AZE",
    "BHS",
    "BHR",
    "BGD",
    "BRB",
    "BLR",
    "BEL",
    "BLZ",
    "BEN",
    "BTN",
    "BOL",
    "BIH",
    "BWA",
    "BRA",
    "BRN",
    "BGR",
    "BFA",
    "BDI",
    "CPV",
    "KHM",
    "CMR",
    "CAN",
    "CAF",
    "TCD",
    "CHL",
    "CHN",
    "COL",
    "COM",
    "COG",
    "COD",
    "CRI",
    "CIV",
    "HRV",
    "CUB",
    "CYP",
    "CZE",
    "PRK",
    "DNK",
    "DJI",
    "DMA",
    "DOM",
    "ECU",
    "EGY",
    "SLV",
    "GNQ",
    "ERI",
    "EST",
    "SWZ",
    "ETH",
    "FJI",
    "FIN",
    "FRA",
    "GAB",
    "GMB",
    "GEO",
    "DEU",
    "GHA",
    "GRC",
    "GRD",
    "GTM",
    "GIN",
    "GNB",
    "GUY",
    "HTI",
    "HND",
    "HUN",
    "ISL",
    "IND",
    "IDN",
    "IRN",
    "IRQ",
    "IRL",
    "ISR",
    "ITA",
    "JAM",
    "JPN",
    "JOR",
    "KAZ",
    "KEN",
    "KIR",
    "KWT",
    "KGZ",
    "LAO",
    "LVA",
    "LBN",
    "LSO",
    "LBR",
    "LBY",
    "LIE",
    "LTU",
    "LUX",
    "MDG",
    "MWI",
    "MYS",
    "MDV",
    "MLI",
    "MLT",
    "MHL",
    "MRT",
    "MUS",
    "MEX",
    "FSM",
    "MDA",
    "MCO",
    "MNG",
    "MNE",
    "MAR",
    "MOZ",
    "MMR",
    "NAM",
    "NRU",
    "NPL",
    "NLD",
    "NZL",
    "NIC",
    "NER",
    "NGA",
    "MKD",
    "NOR",
    "OMN",
    "PAK",
    "PLW",
    "PAN",
    "PNG",
    "PRY",
    "PER",
    "PHL",
    "POL",
    "PRT",
    "QAT",
    "KOR",
    "ROU",
    "RUS",
    "RWA",
    "KNA",
    "LCA",
    "VCT",
    "WSM",
    "SMR",
    "STP",
    "SAU",
    "SEN",
    "SRB",
    "SYC",
    "SLE",
    "SGP",
    "SVK",
    "SVN",
    "SLB",
    "SOM",
    "ZAF",
    "SSD",
    "ESP",
    "LKA",
    "SDN",
    "SUR",
    "SWE",
    "CHE",
    "SYR",
    "TJK",
    "THA",
    "TLS",
    "TGO",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TKM",
    "TUV",
    "UGA",
    "UKR",
    "ARE",
    "GBR",
    "TZA",
    "USA",
    "URY",
    "UZB",
    "VUT",
    "VEN",
    "VNM",
    "YEM",
    "ZMB",
    "ZWE",
]
UN_OBSERVERS = ["VAT", "PSE"]
OTHER_STATES = ["TWN"]  # not a UN member, but a state actor in international news
HISTORICAL = {  # ISO 3166-3 code -> (successor, Indonesian name, English name)
    "SUN": ("RUS", "Uni Soviet", "Soviet Union"),
    "YUG": ("SRB", "Yugoslavia", "Yugoslavia"),
    "CSK": ("CZE", "Cekoslowakia", "Czechoslovakia"),
    "DDR": ("DEU", "Jerman Timur", "East Germany"),
    "SCG": ("SRB", "Serbia dan Montenegro", "Serbia and Montenegro"),
}
NAME_FIXES_ID = {  # CLDR "id" name -> the form used by Kemlu and the Indonesian press
    "PSE": "Palestina", "MMR": "Myanmar", "CIV": "Pantai Gading", "SWZ": "Eswatini",
    "VAT": "Vatikan", "HKG": "Hong Kong", "COD": "Republik Demokratik Kongo",
    "COG": "Republik Kongo", "FSM": "Mikronesia", "CZE": "Ceko",
}  # fmt: skip
NAME_FIXES_EN = {"PSE": "Palestine", "MMR": "Myanmar", "CIV": "Ivory Coast", "VAT": "Vatican"}

SOURCE = "ISO 3166-1 (Debian iso-codes via pycountry); names: Unicode CLDR (via Babel)"
SOURCE_UN = "; status: UN member states list (un.org)"


def main() -> None:
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    id_names, en_names = Locale("id").territories, Locale("en").territories
    rows = []
    for code in [*UN_MEMBERS, *UN_OBSERVERS, *OTHER_STATES]:
        country = pycountry.countries.get(alpha_3=code)
        assert country is not None, code
        status = "member" if code in UN_MEMBERS else "observer" if code in UN_OBSERVERS else "other"
        name_id = NAME_FIXES_ID.get(code, id_names[country.alpha_2])
        name_en = NAME_FIXES_EN.get(code, en_names[country.alpha_2])
        rows.append([code, country.alpha_2, status, name_id, name_en, "", SOURCE + SOURCE_UN])
    for code, (successor, name_id, name_en) in HISTORICAL.items():
        rows.append([code, "", "historical", name_id, name_en, successor, "ISO 3166-3 (pycountry)"])
    out = Path(__file__).with_name("states.tsv")
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", "status", "name_id", "name_en", "successor", "source"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    main()
