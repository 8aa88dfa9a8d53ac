# ruff: noqa: E501  (an annotation table: one fact per line reads best)
"""Build gold.jsonl from the annotations below (run: python3 build_gold.py).

The annotations were written by reading each article as an analyst would, before the system
was run on it. Each fact names a short piece of its evidence sentence ("ev"); the full
sentence and its offsets are looked up in the article text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"


def P(name, role, country, *mentions):  # noqa: N802 - a compact annotation helper
    return {"name": name, "role": role, "country": country, "mentions": list(mentions)}


def E(type_, countries, date, status, ev, actors=(), place=None, optional=False):  # noqa: N802
    out = {
        "type": type_,
        "actors": list(actors),
        "countries": countries,
        "date": date,
        "place": place,
        "status": status,
        "ev": ev,
    }
    if optional:
        out["optional"] = True
    return out


def A(name, parties, status, date, ev, optional=False):  # noqa: N802
    out = {"name": name, "parties": parties, "status": status, "date": date, "ev": ev}
    if optional:
        out["optional"] = True
    return out


def Q(metric, value, unit, period, parties, kind, ev, optional=False):  # noqa: N802
    out = {
        "metric": metric,
        "value": value,
        "unit": unit,
        "period": period,
        "parties": parties,
        "kind": kind,
        "ev": ev,
    }
    if optional:
        out["optional"] = True
    return out


GOLD = [
    {
        "id": "dev01_kompas_jepang",
        "outlet": "Kompas",
        "published": "2023-12-17",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN", "Presiden Joko Widodo", "Jokowi"),
            P(
                "Fumio Kishida",
                "Perdana Menteri",
                "JPN",
                "Perdana Menteri Jepang Fumio Kishida",
                "Kishida",
            ),
            P("Arifin Tasrif", "Menteri Energi dan Sumber Daya Mineral", "IDN"),
            P("Ken Saito", "Menteri Ekonomi, Perdagangan, dan Industri", "JPN"),
        ],
        "events": [
            E(
                "CONSULT",
                ["IDN", "JPN"],
                "2023-12-17",
                "realized",
                "bertemu Perdana Menteri Jepang",
                ["Joko Widodo", "Fumio Kishida"],
                "Tokyo",
            ),
            E(
                "SUPPORT",
                ["IDN", "JPN"],
                "2023-12-17",
                "realized",
                "Saya mengapresiasi",
                ["Joko Widodo"],
                optional=True,
            ),
            E(
                "AGREE",
                ["IDN", "JPN"],
                "2023-12-17",
                "realized",
                "kedua negara menandatangani nota",
            ),
            E(
                "AID",
                ["JPN", "IDN"],
                "2023-12-17",
                "planned",
                "akan memberikan pinjaman",
                ["Fumio Kishida"],
            ),
            E("AGREE", ["IDN", "JPN"], "2023-12-17", "realized", "sepakat mempercepat perundingan"),
        ],
        "agreements": [
            A(
                "nota kesepahaman kerja sama transisi energi dan dekarbonisasi industri",
                ["IDN", "JPN"],
                "signed",
                "2023-12-17",
                "kedua negara menandatangani nota",
            ),
            A(
                "Persetujuan Kemitraan Ekonomi Indonesia-Jepang (IJEPA)",
                ["IDN", "JPN"],
                "negotiating",
                None,
                "sepakat mempercepat perundingan",
            ),
        ],
        "quantities": [
            Q("loan", 140e9, "JPY", None, ["JPN", "IDN"], "actual", "140 miliar yen"),
            Q("trade_volume", 42e9, "USD", "2022", ["IDN", "JPN"], "actual", "42 miliar dolar AS"),
            Q(
                "trade_growth_pct",
                30,
                "percent",
                "2022",
                ["IDN", "JPN"],
                "growth",
                "naik 30 persen",
            ),
            Q("investment", 3.6e9, "USD", "2022", ["JPN", "IDN"], "actual", "3,6 miliar dolar AS"),
        ],
    },
    {
        "id": "dev02_antara_australia",
        "outlet": "ANTARA",
        "published": "2024-11-14",
        "persons": [
            P(
                "Sugiono",
                "Menteri Luar Negeri",
                "IDN",
                "Menteri Luar Negeri RI Sugiono",
                "Menlu Sugiono",
            ),
            P("Penny Wong", "Menteri Luar Negeri", "AUS", "Wong"),
            P("Prabowo Subianto", "Presiden", "IDN"),
            P("Anthony Albanese", "Perdana Menteri", "AUS"),
        ],
        "events": [
            E(
                "CONSULT",
                ["IDN", "AUS"],
                "2024-11-14",
                "realized",
                "pembicaraan telepon",
                ["Sugiono", "Penny Wong"],
            ),
            E(
                "CONSULT",
                ["IDN", "AUS"],
                None,
                "planned",
                "membahas persiapan kunjungan",
                ["Prabowo Subianto"],
            ),
            E(
                "REQUEST",
                ["IDN", "AUS", "PSE"],
                "2024-11-14",
                "realized",
                "menyampaikan harapan agar Australia",
                ["Sugiono", "Australia"],
            ),
            E(
                "COOPERATE",
                ["AUS", "IDN"],
                None,
                "planned",
                "siap memperkuat kerja sama pertahanan",
                optional=True,
            ),
            E(
                "AGREE",
                ["IDN", "AUS"],
                "2024-08",
                "realized",
                "ditandatangani kedua negara di Canberra",
                place="Canberra",
                optional=True,
            ),
            E(
                "CONSULT",
                ["AUS", "IDN"],
                "2025",
                "planned",
                "dijadwalkan berkunjung ke Jakarta",
                ["Anthony Albanese"],
                "Jakarta",
            ),
        ],
        "agreements": [
            A(
                "Perjanjian Kerja Sama Pertahanan",
                ["IDN", "AUS"],
                "signed",
                "2024-08",
                "ditandatangani kedua negara",
            ),
        ],
        "quantities": [
            Q(
                "trade_volume",
                18e9,
                "AUD",
                "2023",
                ["IDN", "AUS"],
                "actual",
                "18 miliar dolar Australia",
            ),
        ],
    },
    {
        "id": "dev03_cnn_israel",
        "outlet": "CNN Indonesia",
        "published": "2024-05-27",
        "persons": [
            P(
                "Lalu Muhamad Iqbal",
                "Juru Bicara Kementerian Luar Negeri",
                "IDN",
                "Juru Bicara Kemlu Lalu Muhamad Iqbal",
            ),
            P("Joko Widodo", "Presiden", "IDN", "Presiden Joko Widodo"),
        ],
        "events": [
            E(
                "ACCUSE",
                ["IDN", "ISR"],
                "2024-05-27",
                "realized",
                "mengecam keras serangan udara Israel",
            ),
            E(
                "ASSAULT",
                ["ISR", "PSE"],
                "2024-05-26",
                "realized",
                "mengecam keras serangan udara Israel",
                place="Rafah",
                optional=True,
            ),
            E("REQUEST", ["IDN", "ISR"], "2024-05-27", "realized", "mendesak Dewan Keamanan PBB"),
            E(
                "AID",
                ["IDN", "PSE"],
                None,
                "planned",
                "akan mengirimkan bantuan kemanusiaan tambahan",
            ),
            E("AID", ["IDN", "PSE"], "2024-04", "realized", "menerjunkan 20 ton bantuan"),
            E(
                "COOPERATE",
                ["IDN", "JOR"],
                "2024-04",
                "realized",
                "menerjunkan 20 ton bantuan",
                optional=True,
            ),
            E("AID", ["IDN", "PSE"], None, "realized", "menyalurkan hibah"),
            E("REJECT", ["IDN", "ISR"], None, "realized", "menolak normalisasi", ["Joko Widodo"]),
        ],
        "agreements": [],
        "quantities": [
            Q("aid", 20, "tonnes", "2024-04", ["IDN", "PSE"], "actual", "20 ton bantuan"),
            Q("aid", 1.2e6, "USD", None, ["IDN", "PSE"], "actual", "1,2 juta dolar AS"),
        ],
    },
    {
        "id": "dev04_tempo_rafale",
        "outlet": "Tempo",
        "published": "2022-02-10",
        "persons": [
            P(
                "Prabowo Subianto",
                "Menteri Pertahanan",
                "IDN",
                "Menteri Pertahanan Prabowo Subianto",
                "Prabowo",
            ),
            P("Florence Parly", "Menteri Angkatan Bersenjata", "FRA", "Parly"),
        ],
        "events": [
            E(
                "AGREE",
                ["IDN", "FRA"],
                "2022-02-10",
                "realized",
                "Kontrak pembelian tahap pertama",
                place="Jakarta",
            ),
            E(
                "COOPERATE",
                ["IDN", "FRA"],
                "2022-02-10",
                "realized",
                "resmi membeli 42 pesawat",
                optional=True,
            ),
            E(
                "CONSULT",
                ["IDN", "FRA"],
                "2022-02-10",
                "realized",
                "usai bertemu Parly",
                ["Prabowo Subianto", "Florence Parly"],
            ),
            E(
                "AGREE",
                ["IDN", "FRA"],
                "2022-02-10",
                "realized",
                "penandatanganan nota kesepahaman",
            ),
            E(
                "AGREE",
                ["USA", "IDN"],
                "2022-02-10",
                "realized",
                "menyetujui kemungkinan penjualan",
                optional=True,
            ),
            E("AGREE", ["USA", "IDN"], None, "negated", "belum ditandatangani", optional=True),
        ],
        "agreements": [
            A(
                "Kontrak pembelian 42 pesawat tempur Rafale",
                ["IDN", "FRA"],
                "signed",
                "2022-02-10",
                "Kontrak pembelian tahap pertama",
                optional=True,
            ),
            A(
                "nota kesepahaman kerja sama riset dan pengembangan kapal selam antara PT PAL dan Naval Group",
                ["IDN", "FRA"],
                "signed",
                "2022-02-10",
                "penandatanganan nota kesepahaman",
            ),
            A(
                "kontrak pembelian jet F-15EX",
                ["IDN", "USA"],
                "planned",
                None,
                "belum ditandatangani",
                optional=True,
            ),
        ],
        "quantities": [
            Q("purchase", 42, "aircraft", "2022", ["IDN", "FRA"], "actual", "42 pesawat tempur"),
            Q("purchase", 6, "units", "2022", ["IDN", "FRA"], "actual", "enam unit", optional=True),
            Q("purchase", 8.1e9, "USD", "2022", ["IDN", "FRA"], "actual", "8,1 miliar dolar AS"),
            Q(
                "purchase",
                116e12,
                "IDR",
                "2022",
                ["IDN", "FRA"],
                "actual",
                "Rp116 triliun",
                optional=True,
            ),
            Q(
                "purchase",
                36,
                "units",
                None,
                ["IDN", "FRA"],
                "target",
                "36 unit berikutnya",
                optional=True,
            ),
            Q(
                "purchase",
                36,
                "aircraft",
                "2022",
                ["USA", "IDN"],
                "target",
                "36 jet tempur",
                optional=True,
            ),
            Q("purchase", 13.9e9, "USD", "2022", ["USA", "IDN"], "target", "13,9 miliar dolar AS"),
        ],
    },
    {
        "id": "dev05_detik_malaysia",
        "outlet": "detikcom",
        "published": "2023-06-08",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN", "Presiden Joko Widodo", "Jokowi"),
            P("Anwar Ibrahim", "Perdana Menteri", "MYS", "Anwar"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Zambry Abdul Kadir", "Menteri Luar Negeri", "MYS"),
        ],
        "events": [
            E(
                "CONSULT",
                ["IDN", "MYS"],
                "2023-06-08",
                "realized",
                "bertemu Perdana Menteri Malaysia",
                ["Joko Widodo", "Anwar Ibrahim"],
                "Putrajaya",
            ),
            E(
                "AGREE",
                ["IDN", "MYS"],
                "2023-06-08",
                "realized",
                "diteken oleh Menteri Luar Negeri",
                ["Retno Marsudi", "Zambry Abdul Kadir"],
                "Putrajaya",
            ),
            E(
                "CONSULT",
                ["IDN", "MYS"],
                None,
                "realized",
                "Perundingan batas laut ini",
                optional=True,
            ),
            E(
                "AGREE",
                ["IDN", "MYS"],
                "2023-06-08",
                "realized",
                "sepakat membentuk gugus tugas",
                ["Joko Widodo", "Anwar Ibrahim"],
            ),
            E(
                "REQUEST",
                ["MYS", "IDN"],
                "2023-06-08",
                "realized",
                "Anwar meminta Indonesia",
                ["Anwar Ibrahim"],
            ),
        ],
        "agreements": [
            A(
                "Perjanjian tentang Penetapan Garis Batas Laut Teritorial di Laut Sulawesi",
                ["IDN", "MYS"],
                "signed",
                "2023-06-08",
                "diteken oleh",
            ),
            A(
                "Perjanjian tentang Penetapan Garis Batas Laut Teritorial di Bagian Paling Selatan Selat Malaka",
                ["IDN", "MYS"],
                "signed",
                "2023-06-08",
                "diteken oleh",
            ),
        ],
        "quantities": [
            Q(
                "other",
                1.6e6,
                "migrant workers",
                None,
                ["IDN", "MYS"],
                "actual",
                "1,6 juta pekerja migran",
            ),
        ],
    },
    {
        "id": "dev06_liputan6_china",
        "outlet": "Liputan6",
        "published": "2024-04-19",
        "persons": [
            P(
                "Luhut Binsar Pandjaitan",
                "Menteri Koordinator Bidang Kemaritiman dan Investasi",
                "IDN",
                "Luhut",
            ),
            P("Wang Yi", "Menteri Luar Negeri", "CHN"),
        ],
        "events": [
            E(
                "CONSULT",
                ["IDN", "CHN"],
                "2024-04-19",
                "realized",
                "usai bertemu Menteri Luar Negeri China",
                ["Luhut Binsar Pandjaitan", "Wang Yi"],
                "Labuan Bajo",
            ),
            E(
                "AGREE",
                ["IDN", "CHN"],
                "2024-04-19",
                "realized",
                "juga menandatangani nota kesepahaman",
            ),
            E(
                "AGREE",
                ["IDN", "CHN"],
                None,
                "realized",
                "Kedua pihak menargetkan investasi",
                optional=True,
            ),
            E(
                "COOPERATE",
                ["CHN", "IDN"],
                None,
                "planned",
                "bersedia mengimpor",
                ["Wang Yi"],
                optional=True,
            ),
        ],
        "agreements": [
            A(
                "nota kesepahaman tentang pengembangan Kawasan Ekonomi Khusus dan kerja sama pertanian",
                ["IDN", "CHN"],
                "signed",
                "2024-04-19",
                "juga menandatangani nota kesepahaman",
            ),
        ],
        "quantities": [
            Q("trade_volume", 127.8e9, "USD", "2023", ["IDN", "CHN"], "actual", "127,8 miliar"),
            Q(
                "trade_growth_pct",
                -4.5,
                "percent",
                "2023",
                ["IDN", "CHN"],
                "growth",
                "turun 4,5 persen",
            ),
            Q("trade_volume", 133.6e9, "USD", "2022", ["IDN", "CHN"], "actual", "133,6 miliar"),
            Q("investment", 7.4e9, "USD", "2023", ["CHN", "IDN"], "actual", "7,4 miliar"),
            Q("investment", 10e9, "USD", "2025", ["CHN", "IDN"], "target", "10 miliar dolar AS"),
        ],
    },
    {
        "id": "dev07_kemlu_timorleste",
        "outlet": "Kemlu RI",
        "published": "2023-08-21",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno L.P. Marsudi", "Menlu Retno"),
            P("Bendito dos Santos Freitas", "Menteri Luar Negeri dan Kerja Sama", "TLS"),
        ],
        "events": [
            E(
                "CONSULT",
                ["IDN", "TLS"],
                "2023-08-21",
                "realized",
                "menerima kunjungan Menteri Luar Negeri",
                ["Retno Marsudi", "Bendito dos Santos Freitas"],
                "Jakarta",
            ),
            E(
                "CONSULT",
                ["IDN", "TLS"],
                "2023-08-21",
                "realized",
                "Sidang Komisi Bersama",
                optional=True,
            ),
            E(
                "SUPPORT",
                ["IDN", "TLS"],
                "2023-08-21",
                "realized",
                "mendukung penuh proses aksesi",
                ["Retno Marsudi"],
            ),
            E(
                "AGREE",
                ["IDN", "TLS"],
                "2023-08-21",
                "realized",
                "kedua Menlu menandatangani Rencana Aksi",
            ),
            E("AID", ["IDN", "TLS"], None, "planned", "akan memberikan 30 beasiswa"),
            E(
                "AGREE",
                ["IDN", "TLS"],
                "2023-08-21",
                "realized",
                "sepakat menargetkan",
                optional=True,
            ),
        ],
        "agreements": [
            A(
                "Rencana Aksi Kerja Sama Pembangunan Kapasitas 2023-2025",
                ["IDN", "TLS"],
                "signed",
                "2023-08-21",
                "kedua Menlu menandatangani Rencana Aksi",
            ),
        ],
        "quantities": [
            Q("aid", 30, "scholarships", None, ["IDN", "TLS"], "actual", "30 beasiswa"),
            Q("trade_volume", 352e6, "USD", "2022", ["IDN", "TLS"], "actual", "352 juta dolar AS"),
            Q("trade_target", 500e6, "USD", "2025", ["IDN", "TLS"], "target", "500 juta dolar AS"),
        ],
    },
    {
        "id": "dev08_republika_saudi",
        "outlet": "Republika",
        "published": "2019-04-14",
        "persons": [
            P("Mohammed bin Salman", "Putra Mahkota", "SAU", "Pangeran Mohammed bin Salman"),
            P("Joko Widodo", "Presiden", "IDN", "Presiden Joko Widodo", "Jokowi"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN"),
        ],
        "events": [
            E("AGREE", ["SAU", "IDN"], "2019-04-14", "realized", "menyetujui penambahan kuota"),
            E(
                "CONSULT",
                ["SAU", "IDN"],
                "2019-04-14",
                "realized",
                "saat menerima Presiden Joko Widodo",
                ["Mohammed bin Salman", "Joko Widodo"],
                "Jeddah",
            ),
            E(
                "REQUEST",
                ["IDN", "SAU"],
                "2019-04-14",
                "realized",
                "Jokowi juga meminta",
                ["Joko Widodo"],
            ),
            E(
                "CONSULT",
                ["IDN", "SAU"],
                "2019-04-14",
                "realized",
                "Kedua pemimpin juga membahas",
                optional=True,
            ),
            E("COOPERATE", ["IDN", "SAU"], None, "planned", "berencana membentuk", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 10000, "pilgrims", "2019", ["SAU", "IDN"], "actual", "10 ribu jamaah"),
            Q(
                "other",
                231000,
                "pilgrims",
                "2019",
                ["SAU", "IDN"],
                "actual",
                "231 ribu jamaah",
                optional=True,
            ),
            Q("investment", 6e9, "USD", None, ["SAU", "IDN"], "target", "6 miliar dolar AS"),
        ],
    },
    {
        "id": "dev09_okezone_belanda",
        "outlet": "Okezone",
        "published": None,
        "persons": [
            P("Soeharto", "Presiden", "IDN", "Presiden Soeharto"),
            P("Jan Pronk", "Menteri Kerja Sama Pembangunan", "NLD"),
            P("Ali Alatas", "Menteri Luar Negeri", "IDN"),
        ],
        "events": [
            E(
                "REJECT",
                ["IDN", "NLD"],
                "1992-03-25",
                "realized",
                "menolak seluruh bantuan",
                ["Soeharto"],
            ),
            E(
                "ACCUSE",
                ["NLD", "IDN"],
                None,
                "realized",
                "berulang kali mengkritik",
                ["Jan Pronk"],
            ),
            E(
                "REQUEST",
                ["IDN", "NLD"],
                "1992-03-25",
                "realized",
                "meminta agar Inter-Governmental",
            ),
            E(
                "REJECT",
                ["IDN", "NLD"],
                "1992-03-25",
                "realized",
                "tidak dapat menerima bantuan",
                ["Ali Alatas"],
                optional=True,
            ),
        ],
        "agreements": [],
        "quantities": [
            Q("aid", 91e6, "NLG", None, ["NLD", "IDN"], "actual", "91 juta gulden"),
        ],
    },
    {
        "id": "dev10_sindonews_korea",
        "outlet": "Sindonews",
        "published": "2024-08-08",
        "persons": [
            P("Lee Sang-deok", "Duta Besar", "KOR"),
        ],
        "events": [
            E(
                "AGREE",
                ["KOR", "IDN"],
                "2024-08-08",
                "realized",
                "akhirnya menyetujui usulan Indonesia",
                place="Seoul",
            ),
            E("REQUEST", ["IDN", "KOR"], None, "realized", "mengajukan permintaan pengurangan"),
            E(
                "ACCUSE",
                ["KOR", "IDN"],
                "2024",
                "realized",
                "menyelidiki dua insinyur",
                optional=True,
            ),
            E(
                "AGREE",
                ["KOR", "IDN"],
                "2024-08-08",
                "realized",
                "tetap berkomitmen melanjutkan",
                ["Lee Sang-deok"],
            ),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 1.6e12, "KRW", None, ["IDN", "KOR"], "actual", "1,6 triliun won"),
            Q("other", 600e9, "KRW", None, ["IDN", "KOR"], "actual", "600 miliar won"),
            Q("other", 1e12, "KRW", None, ["IDN", "KOR"], "actual", "1 triliun won"),
            Q("purchase", 48, "units", None, ["IDN", "KOR"], "target", "48 unit"),
        ],
    },
    {
        "id": "dev11_antara_india",
        "outlet": "ANTARA",
        "published": "2023-11-06",
        "persons": [
            P("Iwan Setiawan", "Komandan Jenderal Kopassus", "IDN", "Mayjen TNI Iwan Setiawan"),
            P("Sandeep Chakravorty", "Duta Besar", "IND"),
        ],
        "events": [
            E(
                "COOPERATE",
                ["IDN", "IND"],
                "2023-11-06",
                "realized",
                "menggelar latihan gabungan",
                place="Karawang",
            ),
            E(
                "COOPERATE",
                ["IND", "IDN"],
                None,
                "planned",
                "siap menawarkan rudal",
                ["Sandeep Chakravorty"],
                optional=True,
            ),
            E("CONSULT", ["IDN", "IND"], None, "realized", "tahap negosiasi harga", optional=True),
            E(
                "COOPERATE",
                ["IDN", "IND"],
                "2023-10",
                "realized",
                "mengikuti latihan Samudra Shakti",
                place="Laut Andaman",
            ),
        ],
        "agreements": [
            A(
                "Perjanjian Kerja Sama Pertahanan Indonesia-India",
                ["IDN", "IND"],
                "agreed",
                "2018",
                "Perjanjian Kerja Sama Pertahanan Indonesia-India",
            ),
        ],
        "quantities": [
            Q("other", 150, "personnel", "2023", ["IDN", "IND"], "actual", "150 personel"),
        ],
    },
    {
        "id": "dev12_kompas_papuanugini",
        "outlet": "Kompas",
        "published": "2024-03-08",
        "persons": [
            P("James Marape", "Perdana Menteri", "PNG", "Marape"),
            P("Lalu Muhamad Iqbal", "Juru Bicara Kementerian Luar Negeri", "IDN", "Iqbal"),
            P("Joko Widodo", "Presiden", "IDN"),
        ],
        "events": [
            E(
                "CONSULT",
                ["PNG", "IDN"],
                "2024-03-12",
                "negated",
                "ditunda hingga waktu",
                ["James Marape"],
                "Jakarta",
            ),
            E(
                "REQUEST",
                ["PNG", "IDN"],
                None,
                "realized",
                "atas permintaan pihak Papua Nugini",
                optional=True,
            ),
            E(
                "AGREE",
                ["IDN", "PNG"],
                "2024-03-08",
                "realized",
                "Kedua pihak sepakat",
                optional=True,
            ),
            E(
                "CONSULT",
                ["IDN", "PNG"],
                "2023-07",
                "realized",
                "menerima kunjungan Presiden",
                ["James Marape", "Joko Widodo"],
                "Port Moresby",
            ),
            E("AGREE", ["IDN", "PNG"], "2023-07", "realized", "kedua negara menandatangani nota"),
            E("AID", ["IDN", "PNG"], None, "realized", "menyerahkan hibah"),
        ],
        "agreements": [
            A(
                "nota kesepahaman kerja sama di bidang perdagangan dan kesehatan",
                ["IDN", "PNG"],
                "signed",
                "2023-07",
                "kedua negara menandatangani nota",
            ),
            A(
                "perjanjian ekstradisi",
                ["IDN", "PNG"],
                "signed",
                "2023-07",
                "kedua negara menandatangani nota",
            ),
        ],
        "quantities": [
            Q("aid", 1e6, "USD", None, ["IDN", "PNG"], "actual", "1 juta dolar AS"),
            Q("trade_volume", 303e6, "USD", "2023", ["IDN", "PNG"], "actual", "303 juta dolar AS"),
        ],
    },
    {
        "id": "dev13_kompas_australia_sadap",
        "outlet": "Kompas",
        "published": "2013-11-18",
        "persons": [
            P("Nadjib Riphat Kesoema", "Duta Besar", "IDN"),
            P("Susilo Bambang Yudhoyono", "Presiden", "IDN", "Presiden Yudhoyono"),
            P("Marty Natalegawa", "Menteri Luar Negeri", "IDN", "Marty"),
            P("Tony Abbott", "Perdana Menteri", "AUS"),
        ],
        "events": [
            E("PROTEST", ["IDN", "AUS"], "2013-11-18", "realized", "memanggil pulang Duta Besar"),
            E(
                "SANCTION",
                ["IDN", "AUS"],
                None,
                "planned",
                "akan meninjau ulang seluruh kerja sama",
                optional=True,
            ),
            E(
                "REQUEST",
                ["IDN", "AUS"],
                "2013-11-18",
                "realized",
                "Kami menuntut penjelasan",
                ["Marty Natalegawa"],
            ),
            E(
                "SANCTION",
                ["IDN", "AUS"],
                "2013-11-19",
                "realized",
                "menghentikan sementara kerja sama militer",
                ["Susilo Bambang Yudhoyono"],
            ),
            E("REJECT", ["AUS", "IDN"], None, "realized", "menolak meminta maaf", ["Tony Abbott"]),
            E(
                "AGREE",
                ["IDN", "AUS"],
                "2014-08",
                "realized",
                "keduanya menandatangani Kode Perilaku",
                place="Nusa Dua",
            ),
        ],
        "agreements": [
            A(
                "Kode Perilaku tentang kegiatan intelijen",
                ["IDN", "AUS"],
                "signed",
                "2014-08",
                "keduanya menandatangani Kode Perilaku",
            ),
        ],
        "quantities": [],
    },
    {
        "id": "dev14_cnn_uni_eropa",
        "outlet": "CNN Indonesia",
        "published": "2025-07-13",
        "persons": [
            P("Prabowo Subianto", "Presiden", "IDN", "Prabowo"),
            P("Ursula von der Leyen", "Presiden Komisi Eropa", None),
            P("Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian", "IDN"),
        ],
        "events": [
            E(
                "AGREE",
                ["IDN"],
                "2025-07-13",
                "realized",
                "resmi menuntaskan perundingan",
                ["Indonesia", "Uni Eropa"],
            ),
            E(
                "CONSULT",
                ["IDN"],
                "2025-07-13",
                "realized",
                "Kesimpulan perundingan itu diumumkan",
                ["Prabowo Subianto", "Ursula von der Leyen"],
                "Brussels",
                optional=True,
            ),
            E("AGREE", ["IDN"], None, "planned", "ditargetkan ditandatangani", optional=True),
            E(
                "ACCUSE",
                ["IDN"],
                None,
                "realized",
                "melanjutkan gugatan terhadap Uni Eropa",
                ["Indonesia", "Uni Eropa"],
            ),
        ],
        "agreements": [
            A(
                "Perjanjian Kemitraan Ekonomi Komprehensif Indonesia-Uni Eropa (IEU-CEPA)",
                ["IDN", "Uni Eropa"],
                "finalized",
                None,
                "resmi menuntaskan perundingan",
            ),
        ],
        "quantities": [
            Q(
                "other",
                80,
                "percent",
                None,
                ["IDN", "Uni Eropa"],
                "actual",
                "80 persen",
                optional=True,
            ),
            Q("trade_volume", 30.1e9, "USD", "2024", ["IDN", "Uni Eropa"], "actual", "30,1 miliar"),
        ],
    },
    {
        "id": "dev15_tempo_singapura",
        "outlet": "Tempo",
        "published": "2022-12-15",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN"),
            P("Lee Hsien Loong", "Perdana Menteri", "SGP"),
            P("Yasonna Laoly", "Menteri Hukum dan HAM", "IDN"),
        ],
        "events": [
            E(
                "AGREE",
                ["IDN", "SGP"],
                "2022-12-15",
                "realized",
                "mengesahkan Rancangan Undang-Undang",
            ),
            E(
                "AGREE",
                ["IDN", "SGP"],
                "2022-01-25",
                "realized",
                "Perjanjian ekstradisi itu ditandatangani",
                ["Joko Widodo", "Lee Hsien Loong"],
                "Bintan",
            ),
            E(
                "CONSULT",
                ["IDN", "SGP"],
                "2022-01-25",
                "realized",
                "Perjanjian ekstradisi itu ditandatangani",
                ["Joko Widodo", "Lee Hsien Loong"],
                "Bintan",
                optional=True,
            ),
        ],
        "agreements": [
            A(
                "Perjanjian Ekstradisi antara Republik Indonesia dan Republik Singapura",
                ["IDN", "SGP"],
                "ratified",
                "2022-12-15",
                "mengesahkan Rancangan Undang-Undang",
            ),
            A(
                "perjanjian penyesuaian batas Flight Information Region (FIR)",
                ["IDN", "SGP"],
                "signed",
                "2022-01-25",
                "Perjanjian ekstradisi itu ditandatangani",
            ),
            A(
                "Perjanjian Kerja Sama Pertahanan",
                ["IDN", "SGP"],
                "signed",
                "2022-01-25",
                "Perjanjian ekstradisi itu ditandatangani",
            ),
        ],
        "quantities": [
            Q("investment", 13.3e9, "USD", "2022", ["SGP", "IDN"], "actual", "13,3 miliar"),
        ],
    },
    {
        "id": "dev16_liputan6_turki",
        "outlet": "Liputan6",
        "published": "2023-02-20",
        "persons": [
            P("Suharyanto", "Kepala Badan Nasional Penanggulangan Bencana", "IDN"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN"),
            P("Talip Küçükcan", "Duta Besar", "TUR"),
        ],
        "events": [
            E(
                "AID",
                ["IDN", "TUR", "SYR"],
                "2023-02-20",
                "realized",
                "mengirimkan bantuan kemanusiaan tahap kedua",
            ),
            E("AID", ["IDN", "SYR"], None, "planned", "akan disalurkan ke Suriah", optional=True),
            E("AID", ["IDN", "TUR"], None, "realized", "tim SAR gabungan"),
            E("AID", ["IDN", "TUR"], None, "realized", "hibah tunai", optional=True),
            E(
                "SUPPORT",
                ["IDN", "TUR", "SYR"],
                "2023-02-20",
                "planned",
                "bersolidaritas",
                optional=True,
            ),
            E(
                "SUPPORT",
                ["TUR", "IDN"],
                None,
                "realized",
                "menyampaikan terima kasih",
                ["Talip Küçükcan"],
                optional=True,
            ),
        ],
        "agreements": [],
        "quantities": [
            Q("aid", 140, "tonnes", "2023", ["IDN", "TUR", "SYR"], "actual", "140 ton"),
            Q("other", 150, "personnel", None, ["IDN", "TUR"], "actual", "150 personel"),
            Q("aid", 1.5e6, "USD", None, ["IDN", "TUR"], "actual", "1,5 juta dolar AS"),
        ],
    },
    {
        "id": "dev17_antara_amerika",
        "outlet": "ANTARA",
        "published": "2021-12-13",
        "persons": [
            P("Antony Blinken", "Menteri Luar Negeri", "USA", "Blinken"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Menlu Retno Marsudi", "Retno"),
        ],
        "events": [
            E(
                "CONSULT",
                ["USA", "IDN"],
                "2021-12-13",
                "realized",
                "melakukan kunjungan resmi",
                ["Antony Blinken", "Retno Marsudi"],
                "Jakarta",
            ),
            E("AGREE", ["USA", "IDN"], "2021-12-13", "realized", "kedua menlu menandatangani"),
            E(
                "AID",
                ["USA", "IDN"],
                "2021-12-13",
                "realized",
                "mengumumkan hibah vaksin",
                ["Antony Blinken"],
            ),
            E(
                "AID",
                ["USA", "IDN"],
                None,
                "realized",
                "menyumbangkan lebih dari 25 juta",
                optional=True,
            ),
            E(
                "REQUEST",
                ["IDN", "USA"],
                "2021-12-13",
                "realized",
                "Retno meminta AS",
                ["Retno Marsudi"],
            ),
            E("AGREE", ["IDN", "USA"], "2021-12-13", "realized", "sepakat menggelar dialog"),
            E("CONSULT", ["IDN", "USA"], "2022", "planned", "sepakat menggelar dialog"),
            E(
                "CONSULT",
                ["USA", "MYS", "THA"],
                None,
                "negated",
                "Rencana kunjungan Blinken",
                ["Antony Blinken"],
            ),
        ],
        "agreements": [
            A(
                "nota kesepahaman di bidang kerja sama maritim",
                ["IDN", "USA"],
                "signed",
                "2021-12-13",
                "kedua menlu menandatangani",
                optional=True,
            ),
        ],
        "quantities": [
            Q("aid", 25e6, "doses", "2021", ["USA", "IDN"], "actual", "25 juta dosis"),
        ],
    },
]


def sentence_of(text: str, key: str) -> dict:
    pos = text.find(key)
    if pos < 0:
        raise SystemExit(f"evidence not found: {key!r}")
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?\"”])\s+|\n+", text)]
    start = max(s for s in starts if s <= pos)
    ends = [m.start() + 1 for m in re.finditer(r"[.!?](?=[\"”]?\s|$)", text) if m.start() >= pos]
    end = ends[0] if ends else len(text)
    return {"text": text[start:end], "start": start, "end": end}


def build() -> list[dict]:
    rows = []
    for record in GOLD:
        text = (ARTICLES / f"{record['id']}.txt").read_text(encoding="utf-8")
        out = dict(record)
        for kind in ("events", "agreements", "quantities"):
            items = []
            for item in record[kind]:
                item = dict(item)
                item["evidence"] = sentence_of(text, item.pop("ev"))
                items.append(item)
            # optional items first: the scorer breaks ties between equally good matches in
            # favour of the later gold item, and a required item should win such a tie
            out[kind] = sorted(items, key=lambda x: not x.get("optional"))
        rows.append(out)
    return rows


if __name__ == "__main__":
    with (HERE / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
