# ruff: noqa: E501  (an annotation table: one fact per line reads best)
"""Build the round-3 held-out gold.jsonl from the annotations below (run: python3 build_gold.py).

The annotations were written by reading each article as an analyst would, before the system
was run on it. Each fact names a short piece of its evidence sentence ("ev"); the full
sentence and its offsets are looked up in the article text.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # goldkit.py, shared by the annotation scripts

from goldkit import A, E, P, Q, write  # noqa: E402
from goldkit import build as build_from  # noqa: E402

IPG = ["USA", "JPN", "CAN", "DNK", "FRA", "DEU", "ITA", "NOR", "GBR"]
D8 = ["IDN", "EGY", "TUR", "IRN", "PAK", "BGD", "MYS", "NGA"]
IPEF = [
    "IDN",
    "USA",
    "AUS",
    "BRN",
    "FJI",
    "IND",
    "JPN",
    "KOR",
    "MYS",
    "NZL",
    "PHL",
    "SGP",
    "THA",
    "VNM",
]
KOMODO = ["IDN", "USA", "AUS", "CHN", "IND", "JPN", "RUS", "SGP", "KOR"]

# fmt: off
GOLD = [
    {
        "id": "h3_01_antara_d8_kairo", "outlet": "ANTARA", "published": "2024-12-19",
        "persons": [
            P("Prabowo Subianto", "Presiden", "IDN", "Prabowo"),
            P("Abdel Fattah el-Sisi", "Presiden", "EGY", "Presiden Sisi", "Sisi"),
            P("Recep Tayyip Erdogan", "Presiden", "TUR", "Erdogan"),
            P("Shehbaz Sharif", "Perdana Menteri", "PAK", "Sharif"),
            P("Sugiono", "Menteri Luar Negeri", "IDN"),
        ],
        "events": [
            E("CONSULT", D8, "2024-12-19", "realized", "menghadiri Konferensi Tingkat Tinggi", ["Prabowo Subianto"]),
            E("REQUEST", ["IDN", "PSE"], "2024-12-19", "realized", "menyerukan gencatan senjata", ["Prabowo Subianto"], optional=True),
            E("CONSULT", ["IDN", "TUR"], "2024-12-19", "realized", "melakukan pertemuan bilateral dengan Presiden Turki",
              ["Prabowo Subianto", "Recep Tayyip Erdogan"]),
            E("CONSULT", ["IDN", "PAK"], "2024-12-19", "realized", "melakukan pertemuan bilateral dengan Presiden Turki",
              ["Prabowo Subianto", "Shehbaz Sharif"]),
            E("COOPERATE", ["IDN", "TUR"], None, "planned", "rencana produksi bersama", optional=True),
            E("AGREE", ["IDN", "PAK"], "2024-12-19", "realized", "kedua pemimpin sepakat meningkatkan"),
            E("CONSULT", ["IDN", "EGY"], "2024-12-18", "realized", "Presiden juga bertemu Presiden Sisi",
              ["Prabowo Subianto", "Abdel Fattah el-Sisi"]),
            E("SUPPORT", ["EGY", "IDN"], None, "realized", "menyambut baik rencana", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("trade_volume", 28e9, "USD", "2023", ["IDN"], "actual", "sekitar 28 miliar dolar AS"),
        ],
    },
    {
        "id": "h3_02_tempo_jetp", "outlet": "Tempo", "published": "2022-11-15",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN"),
            P("Joe Biden", "Presiden", "USA", "Biden"),
            P("Luhut Binsar Pandjaitan", "Menteri Koordinator Bidang Kemaritiman dan Investasi", "IDN"),
            P("Fabby Tumiwa", "Direktur Eksekutif", "IDN"),
        ],
        "events": [
            E("AGREE", ["IDN"] + IPG, "2022-11-15", "realized", "meluncurkan kemitraan Just Energy", place="Bali"),
            E("COOPERATE", ["IDN"] + IPG, "2022-11-15", "realized", "meluncurkan kemitraan Just Energy", optional=True),
            E("AID", IPG + ["IDN"], "2022-11-15", "realized", "berkomitmen memobilisasi pendanaan"),
            E("CONSULT", ["IDN", "USA"], "2022-11-15", "realized", "hadir dalam peluncuran", optional=True),
        ],
        "agreements": [
            A("Just Energy Transition Partnership (JETP)", ["IDN"] + IPG, "agreed", "2022-11-15",
              "meluncurkan kemitraan Just Energy"),
        ],
        "quantities": [
            Q("aid", 20e9, "USD", "2022", IPG + ["IDN"], "target", "pendanaan sebesar US$ 20 miliar"),
            Q("aid", 10e9, "USD", "2022", ["IDN"], "target", "US$ 10 miliar sisanya", optional=True),
            Q("other", 34, "percent", "2030", ["IDN"], "target", "34 persen", optional=True),
        ],
    },
    {
        "id": "h3_03_kontan_cepa_uea", "outlet": "Kontan", "published": "2022-07-01",
        "persons": [
            P("Zulkifli Hasan", "Menteri Perdagangan", "IDN", "Zulkifli"),
            P("Thani bin Ahmed Al Zeyoudi", "Menteri Negara Perdagangan Luar Negeri", "ARE"),
            P("Joko Widodo", "Presiden", "IDN"),
            P("Mohamed bin Zayed Al Nahyan", "Presiden", "ARE"),
        ],
        "events": [
            E("AGREE", ["IDN", "ARE"], "2022-07-01", "realized", "resmi menandatangani Indonesia-United Arab",
              ["Zulkifli Hasan", "Thani bin Ahmed Al Zeyoudi"], "Abu Dhabi"),
            E("CONSULT", ["IDN", "ARE"], "2022-07-01", "realized", "disaksikan Presiden Joko Widodo", optional=True),
            E("CONSULT", ["IDN", "ARE"], "2021-09", "realized", "Perundingan diluncurkan", optional=True),
            E("AGREE", ["IDN", "ARE"], None, "realized", "Kedua negara menargetkan", optional=True),
            E("AGREE", ["IDN"], None, "planned", "masih harus diratifikasi", optional=True),
        ],
        "agreements": [
            A("Indonesia-United Arab Emirates Comprehensive Economic Partnership Agreement (IUAE-CEPA)", ["IDN", "ARE"],
              "signed", "2022-07-01", "resmi menandatangani Indonesia-United Arab"),
        ],
        "quantities": [
            Q("trade_target", 10e9, "USD", None, ["IDN", "ARE"], "target", "naik menjadi 10 miliar dolar AS"),
            Q("trade_volume", 3.97e9, "USD", "2021", ["IDN", "ARE"], "actual", "3,97 miliar dolar AS"),
            Q("other", 94, "percent", None, ["IDN", "ARE"], "target", "sekitar 94% pos tarif", optional=True),
        ],
    },
    {
        "id": "h3_04_bisnis_bsa_jepang", "outlet": "Bisnis.com", "published": "2018-10-11",
        "persons": [
            P("Perry Warjiyo", "Gubernur BI", "IDN", "Perry"),
            P("Taro Aso", "Menteri Keuangan", "JPN"),
        ],
        "events": [
            E("AGREE", ["IDN", "JPN"], "2018-10-11", "realized", "menandatangani perpanjangan perjanjian",
              ["Perry Warjiyo", "Taro Aso"], "Bali"),
            E("SUPPORT", ["JPN", "IDN"], None, "realized", "menunjukkan kepercayaan Jepang", optional=True),
            E("AGREE", ["IDN", "SGP"], "2018-10-11", "realized", "BI juga menandatangani kerja sama"),
        ],
        "agreements": [
            A("bilateral swap arrangement (BSA)", ["IDN", "JPN"], "signed", "2018-10-11", "menandatangani perpanjangan perjanjian"),
            A("kerja sama transaksi dalam mata uang lokal", ["IDN", "SGP"], "signed", "2018-10-11",
              "BI juga menandatangani kerja sama", optional=True),
        ],
        "quantities": [
            Q("other", 22.76e9, "USD", "2018", ["IDN", "JPN"], "actual", "senilai US$22,76 miliar"),
        ],
    },
    {
        "id": "h3_05_kompas_kfw_pinjaman", "outlet": "Kompas", "published": "2022-12-05",
        "persons": [
            P("Suminto", "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko", "IDN"),
            P("Jan Martin Witte", "Direktur KfW Kantor Jakarta", "DEU"),
            P("Ina Lepel", "Duta Besar", "DEU", "Lepel"),
        ],
        "events": [
            E("AGREE", ["IDN", "DEU"], "2022-12-05", "realized", "menandatangani perjanjian pinjaman program", place="Jakarta"),
            E("AID", ["DEU", "IDN"], "2022-12-05", "realized", "menandatangani perjanjian pinjaman program"),
            E("AID", ["DEU", "IDN"], None, "planned", "akan memberikan hibah 10 juta euro", ["Ina Lepel"]),
            E("SUPPORT", ["DEU", "IDN"], None, "realized", "berkomitmen menjadi mitra", optional=True),
        ],
        "agreements": [
            A("perjanjian pinjaman program untuk reformasi kebijakan perubahan iklim", ["IDN", "DEU"], "signed", "2022-12-05",
              "menandatangani perjanjian pinjaman program"),
        ],
        "quantities": [
            Q("loan", 200e6, "EUR", "2022", ["DEU", "IDN"], "actual", "senilai 200 juta euro"),
            Q("aid", 10e6, "EUR", None, ["DEU", "IDN"], "target", "hibah 10 juta euro"),
            Q("other", 5e9, "EUR", None, ["DEU", "IDN"], "actual", "5 miliar euro", optional=True),
        ],
    },
    {
        "id": "h3_06_detik_komodo", "outlet": "Detik", "published": "2023-06-05",
        "persons": [
            P("Muhammad Ali", "Kepala Staf TNI Angkatan Laut", "IDN"),
            P("I Made Wira Hady", "Kadispenal", "IDN"),
        ],
        "events": [
            E("COOPERATE", KOMODO, "2023-06-05", "realized", "resmi dibuka di Pantai Losari", place="Makassar"),
            E("CONSULT", ["IDN"], None, "realized", "International Maritime Security Symposium", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 36, "negara", "2023", KOMODO, "actual", "Sebanyak 36 negara", optional=True),
            Q("other", 54, "kapal", "2023", KOMODO, "actual", "54 kapal perang", optional=True),
            Q("other", 2000, "personel", "2023", KOMODO, "actual", "2.000 personel", optional=True),
        ],
    },
    {
        "id": "h3_07_cnn_retno_iran", "outlet": "CNN Indonesia", "published": "2023-10-14",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Hossein Amir-Abdollahian", "Menteri Luar Negeri", "IRN"),
            P("Faisal bin Farhan", "Menteri Luar Negeri", "SAU", "Pangeran Faisal bin Farhan"),
        ],
        "events": [
            E("CONSULT", ["IDN", "IRN"], "2023-10-14", "realized", "melakukan komunikasi dengan Menteri",
              ["Retno Marsudi", "Hossein Amir-Abdollahian"]),
            E("REQUEST", ["IDN", "ISR"], "2023-10-14", "realized", "mendesak agar akses bantuan", ["Retno Marsudi"], optional=True),
            E("ACCUSE", ["IDN", "ISR"], "2023-10-14", "realized", "mengecam serangan Israel"),
            E("ASSAULT", ["ISR", "PSE"], None, "realized", "mengecam serangan Israel", optional=True),
            E("CONSULT", ["IDN", "SAU"], "2023-10-13", "realized", "Retno berbicara dengan Menteri Luar Negeri Arab",
              ["Retno Marsudi", "Faisal bin Farhan"]),
            E("AGREE", ["IDN", "SAU"], "2023-10-13", "realized", "Kedua menteri sepakat mendorong"),
            E("AID", ["IDN", "PSE"], None, "realized", "mengirim bantuan kemanusiaan senilai"),
        ],
        "agreements": [],
        "quantities": [
            Q("aid", 2e6, "USD", None, ["IDN", "PSE"], "actual", "2 juta dolar AS"),
        ],
    },
    {
        "id": "h3_08_mediaindonesia_coc", "outlet": "Media Indonesia", "published": "2023-07-13",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Wang Yi", "Direktur Komisi Urusan Luar Negeri Partai Komunis China", "CHN"),
            P("Enrique Manalo", "Menteri Luar Negeri", "PHL"),
        ],
        "events": [
            E("AGREE", ["IDN", "CHN"], "2023-07-13", "realized", "sepakat mempercepat perundingan Kode"),
            E("CONSULT", ["IDN", "CHN", "PHL"], "2023-07-13", "realized", "Kesepakatan itu dicapai dalam Pertemuan",
              place="Jakarta"),
            E("AGREE", ["IDN", "CHN"], "2023-07-13", "realized", "menyetujui pedoman percepatan", optional=True),
            E("ACCUSE", ["PHL", "CHN"], "2023-07", "realized", "kembali memprotes manuver", ["Enrique Manalo"]),
            E("MOBILIZE", ["IDN", "CHN"], "2023-07", "realized", "mengerahkan tiga kapal perang"),
        ],
        "agreements": [
            A("Kode Tata Perilaku (Code of Conduct/COC) di Laut China Selatan", ["CHN", "IDN"], "negotiating", None,
              "sepakat mempercepat perundingan Kode"),
            A("UNCLOS 1982", [], "in_force", "1982", "termasuk UNCLOS 1982", optional=True),
        ],
        "quantities": [
            Q("other", 3, "kapal", "2023", ["IDN"], "actual", "tiga kapal perang", optional=True),
        ],
    },
    {
        "id": "h3_09_liputan6_prabowo_italia", "outlet": "Liputan6", "published": "2024-03-06",
        "persons": [
            P("Prabowo Subianto", "Menteri Pertahanan", "IDN", "Prabowo"),
            P("Guido Crosetto", "Menteri Pertahanan", "ITA", "Crosetto"),
            P("Dahnil Anzar Simanjuntak", "Juru Bicara Menhan", "IDN", "Dahnil"),
        ],
        "events": [
            E("CONSULT", ["IDN", "ITA"], "2024-03-06", "realized", "melakukan kunjungan kerja ke Roma",
              ["Prabowo Subianto", "Guido Crosetto"], "Roma"),
            E("AGREE", ["IDN", "ITA"], "2024-03-06", "realized", "menandatangani kontrak pembelian", place="Roma"),
            E("SUPPORT", ["ITA", "IDN"], None, "realized", "Italia siap mendukung", ["Guido Crosetto"], optional=True),
            E("CONSULT", ["ITA", "IDN"], "2024", "planned", "Crosetto dijadwalkan melakukan kunjungan balasan",
              ["Guido Crosetto"], "Jakarta"),
        ],
        "agreements": [
            A("kontrak pembelian dua kapal patroli lepas pantai kelas PPA", ["IDN", "ITA"], "signed", "2024-03-06",
              "menandatangani kontrak pembelian"),
        ],
        "quantities": [
            Q("purchase", 1.18e9, "EUR", "2024", ["IDN", "ITA"], "actual", "sekitar 1,18 miliar euro"),
            Q("purchase", 2, "unit", "2024", ["IDN", "ITA"], "actual", "dua kapal patroli", optional=True),
        ],
    },
    {
        "id": "h3_10_voa_retno_unga", "outlet": "VOA Indonesia", "published": "2023-09-19",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Nanaia Mahuta", "Menteri Luar Negeri", "NZL"),
            P("Anniken Huitfeldt", "Menteri Luar Negeri", "NOR"),
            P("Bruno Rodriguez Parrilla", "Menteri Luar Negeri", "CUB"),
            P("Ma'ruf Amin", "Wakil Presiden", "IDN"),
        ],
        "events": [
            E("CONSULT", ["IDN", "NZL"], "2023-09-19", "realized", "Retno bertemu Menteri Luar Negeri Selandia",
              ["Retno Marsudi", "Nanaia Mahuta"], "New York"),
            E("AGREE", ["IDN", "NZL"], "2023-09-19", "realized", "Kedua menteri sepakat memperkuat"),
            E("CONSULT", ["IDN", "NOR"], "2023-09-19", "realized", "Retno juga bertemu Menteri Luar Negeri Norwegia",
              ["Retno Marsudi", "Anniken Huitfeldt"], "New York"),
            E("CONSULT", ["IDN", "CUB"], "2023-09-19", "realized", "mengadakan pertemuan dengan Menteri Luar Negeri Kuba",
              ["Retno Marsudi", "Bruno Rodriguez Parrilla"], "New York"),
            E("SUPPORT", ["IDN", "CUB"], None, "realized", "menyampaikan terima kasih", optional=True),
            E("SANCTION", ["USA", "CUB"], None, "realized", "pencabutan embargo", optional=True),
            E("CONSULT", ["IDN", "NZL"], "2023-10", "planned", "dijadwalkan bertemu Menteri Luar Negeri Selandia Baru lagi",
              ["Retno Marsudi"], "Wellington"),
        ],
        "agreements": [],
        "quantities": [],
    },
    {
        "id": "h3_11_kompas1995_uzbekistan", "outlet": "Kompas", "published": "1995-04-17",
        "persons": [
            P("Soeharto", "Presiden", "IDN"),
            P("Islam Karimov", "Presiden", "UZB"),
            P("Ali Alatas", "Menteri Luar Negeri", "IDN", "Alatas"),
            P("Abdulaziz Komilov", "Menteri Luar Negeri", "UZB"),
            P("Nursultan Nazarbayev", "Presiden", "KAZ"),
        ],
        "events": [
            E("CONSULT", ["IDN", "UZB"], "1995-04-17", "realized", "mengadakan pembicaraan di Istana",
              ["Soeharto", "Islam Karimov"], "Tashkent"),
            E("CONSULT", ["IDN", "UZB"], "1995-04-17", "realized", "tiba di Tashkent", ["Soeharto"], "Tashkent", optional=True),
            E("AGREE", ["IDN", "UZB"], "1995-04-17", "realized", "menyaksikan penandatanganan persetujuan"),
            E("AGREE", ["IDN", "UZB"], "1995-04-17", "realized", "persetujuan mengenai penghindaran pajak", optional=True),
            E("COOPERATE", ["UZB", "IDN"], None, "planned", "tertarik membeli pesawat", optional=True),
            E("CONSULT", ["IDN", "KAZ"], "1995-04", "planned", "dijadwalkan melanjutkan perjalanan",
              ["Soeharto", "Nursultan Nazarbayev"], "Almaty"),
        ],
        "agreements": [
            A("persetujuan kerja sama ekonomi dan teknik", ["IDN", "UZB"], "signed", "1995-04-17",
              "menyaksikan penandatanganan persetujuan"),
            A("persetujuan mengenai penghindaran pajak berganda", ["IDN", "UZB"], "signed", "1995-04-17",
              "persetujuan mengenai penghindaran pajak"),
        ],
        "quantities": [],
    },
    {
        "id": "h3_12_republika_ipef", "outlet": "Republika", "published": "2023-11-14",
        "persons": [
            P("Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian", "IDN", "Airlangga"),
            P("Gina Raimondo", "Menteri Perdagangan", "USA", "Raimondo"),
        ],
        "events": [
            E("AGREE", IPEF, "2023-11-14", "realized", "bersama 13 negara lainnya menandatangani", place="San Francisco"),
            E("CONSULT", IPEF, "2023-11-14", "realized", "hadir mewakili Indonesia",
              ["Airlangga Hartarto", "Gina Raimondo"], "San Francisco"),
            E("AGREE", IPEF, "2023-11-14", "realized", "menyelesaikan perundingan pilar", optional=True),
            E("CONSULT", ["IDN", "USA"], "2023-11-14", "realized", "Airlangga bertemu Raimondo",
              ["Airlangga Hartarto", "Gina Raimondo"], "San Francisco"),
            E("AGREE", ["IDN", "USA"], "2023-11-14", "realized", "Kedua pihak sepakat melanjutkan"),
        ],
        "agreements": [
            A("Perjanjian Rantai Pasok Kerangka Ekonomi Indo-Pasifik (IPEF)", IPEF, "signed", "2023-11-14",
              "bersama 13 negara lainnya menandatangani"),
            A("perjanjian mineral kritis", ["IDN", "USA"], "planned", None, "peluang perjanjian mineral kritis", optional=True),
        ],
        "quantities": [
            Q("other", 40, "percent", None, IPEF, "actual", "sekitar 40 persen", optional=True),
        ],
    },
]
# fmt: on
def build() -> list[dict]:
    return build_from(GOLD, HERE / "articles")


if __name__ == "__main__":
    write(GOLD, HERE)
