# ruff: noqa: E501  (an annotation table: one fact per line reads best)
"""Build the held-out gold.jsonl from the annotations below (run: python3 build_gold.py).

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

# fmt: off
GOLD = [
    {
        "id": "h01_republika_ambalat", "outlet": "Republika", "published": "2005-03-04",
        "persons": [
            P("Hassan Wirajuda", "Menteri Luar Negeri", "IDN", "Hassan"),
            P("Susilo Bambang Yudhoyono", "Presiden", "IDN", "Presiden Yudhoyono"),
            P("Endriartono Sutarto", "Panglima TNI", "IDN"),
            P("Abdullah Ahmad Badawi", "Perdana Menteri", "MYS"),
        ],
        "events": [
            E("ACCUSE", ["IDN", "MYS"], "2005-03-04", "realized", "melayangkan nota protes"),
            E("REJECT", ["IDN", "MYS"], "2005-03-04", "realized", "Kami menolak klaim Malaysia", ["Hassan Wirajuda"]),
            E("MOBILIZE", ["IDN", "MYS"], "2005-03", "realized", "tujuh kapal perang TNI"),
            E("CONSULT", ["MYS", "IDN"], "2005-03-03", "realized", "berbicara melalui telepon",
              ["Abdullah Ahmad Badawi", "Susilo Bambang Yudhoyono"]),
            E("AGREE", ["IDN", "MYS"], "2005-03-03", "realized", "sepakat menyerahkan penyelesaian"),
            E("CONSULT", ["IDN", "MYS"], "2005-03", "planned", "Perundingan tim teknis dijadwalkan", place="Bali"),
            E("PROTEST", ["IDN", "MYS"], "2005-03", "realized", "berunjuk rasa di depan Kedutaan"),
            E("REQUEST", ["MYS", "IDN"], None, "realized", "ingin menyelesaikan sengketa", ["Abdullah Ahmad Badawi"],
              optional=True),
        ],
        "agreements": [
            A("Konvensi Hukum Laut PBB 1982", ["IDN", "MYS"], "in_force", "1982", "Konvensi Hukum Laut", optional=True),
        ],
        "quantities": [
            Q("other", 7, "kapal", "2005", ["IDN", "MYS"], "actual", "tujuh kapal perang", optional=True),
        ],
    },
    {
        "id": "h02_kontan_rcep", "outlet": "Kontan", "published": "2020-11-15",
        "persons": [
            P("Agus Suparmanto", "Menteri Perdagangan", "IDN"),
            P("Joko Widodo", "Presiden", "IDN"),
            P("Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian", "IDN", "Airlangga"),
            P("Ahmad Heri Firdaus", "Ekonom", "IDN"),
        ],
        "events": [
            E("AGREE", ["IDN", "AUS", "CHN", "JPN", "KOR", "NZL"], "2020-11-15", "realized",
              "resmi menandatangani perjanjian Kemitraan", ["Agus Suparmanto"]),
            E("CONSULT", ["IDN", "VNM"], "2020-11-15", "realized", "resmi menandatangani perjanjian Kemitraan",
              optional=True),
            E("REJECT", ["IND"], "2019-11", "realized", "memutuskan mundur dari perundingan", optional=True),
            E("AGREE", ["IDN"], None, "planned", "untuk diratifikasi", optional=True),
        ],
        "agreements": [
            A("Regional Comprehensive Economic Partnership (RCEP)", ["IDN", "AUS", "CHN", "JPN", "KOR", "NZL"],
              "signed", "2020-11-15", "resmi menandatangani perjanjian Kemitraan"),
        ],
        "quantities": [
            Q("trade_volume", 93.4e9, "USD", "2019", ["IDN"], "actual", "US$ 93,4 miliar"),
            Q("other", 29.6, "percent", None, [], "actual", "29,6%", optional=True),
            Q("other", 27.4, "percent", None, [], "actual", "27,4%", optional=True),
            Q("other", 56.5, "percent", "2019", ["IDN"], "actual", "56,5%", optional=True),
        ],
    },
    {
        "id": "h03_bisnis_jica_mrt", "outlet": "Bisnis.com", "published": "2018-10-24",
        "persons": [
            P("Luky Alfirman", "Direktur Jenderal Pengelolaan Pembiayaan dan Risiko", "IDN"),
            P("Shinichi Yamanaka", "Kepala Perwakilan JICA Indonesia", "JPN"),
            P("Masafumi Ishii", "Duta Besar", "JPN"),
            P("Anies Baswedan", "Gubernur DKI Jakarta", "IDN"),
        ],
        "events": [
            E("AGREE", ["IDN", "JPN"], "2018-10-24", "realized", "menandatangani perjanjian pinjaman", place="Jakarta"),
            E("AID", ["JPN", "IDN"], "2018-10-24", "realized", "menandatangani perjanjian pinjaman"),
            E("SUPPORT", ["JPN", "IDN"], "2018-10-24", "realized", "Jepang berkomitmen terus mendukung",
              ["Masafumi Ishii"], optional=True),
        ],
        "agreements": [
            A("perjanjian pinjaman untuk proyek MRT Jakarta Fase 2", ["IDN", "JPN"], "signed", "2018-10-24",
              "menandatangani perjanjian pinjaman"),
        ],
        "quantities": [
            Q("loan", 70.21e9, "JPY", "2018", ["JPN", "IDN"], "actual", "70,21 miliar yen"),
            Q("loan", 125e9, "JPY", "2017", ["JPN", "IDN"], "actual", "125 miliar yen"),
            Q("other", 22.5e12, "IDR", None, ["IDN"], "target", "Rp22,5 triliun", optional=True),
            Q("other", 0.1, "percent", None, ["JPN", "IDN"], "actual", "bunga 0,1%", optional=True),
        ],
    },
    {
        "id": "h04_jawapos_pmi_malaysia", "outlet": "Jawa Pos", "published": "2022-07-13",
        "persons": [
            P("Hermono", "Duta Besar", "IDN"),
            P("Ida Fauziyah", "Menteri Ketenagakerjaan", "IDN"),
            P("M. Saravanan", "Menteri Sumber Manusia", "MYS", "Saravanan"),
            P("Joko Widodo", "Presiden", "IDN"),
            P("Ismail Sabri Yaakob", "Perdana Menteri", "MYS"),
        ],
        "events": [
            E("SANCTION", ["IDN", "MYS"], "2022-07-13", "realized", "menghentikan sementara penempatan"),
            E("ACCUSE", ["IDN", "MYS"], "2022-07", "realized", "Penggunaan SMO melanggar", ["Hermono"]),
            E("ACCUSE", ["IDN", "MYS"], "2022-07-13", "realized", "dinilai melanggar nota", optional=True),
            E("AGREE", ["IDN", "MYS"], "2022-04-01", "realized", "Nota kesepahaman itu ditandatangani",
              ["Ida Fauziyah", "M. Saravanan"], "Jakarta"),
            E("REQUEST", ["IDN", "MYS"], "2022-07", "realized", "Ida Fauziyah meminta Pemerintah Malaysia",
              ["Ida Fauziyah"]),
            E("CONSULT", ["IDN", "MYS"], None, "planned", "pertemuan kelompok kerja gabungan", optional=True),
        ],
        "agreements": [
            A("nota kesepahaman tentang penempatan dan pelindungan pekerja domestik", ["IDN", "MYS"], "signed",
              "2022-04-01", "Nota kesepahaman itu ditandatangani"),
        ],
        "quantities": [
            Q("other", 2.7e6, "pekerja", None, ["IDN", "MYS"], "actual", "2,7 juta pekerja migran"),
        ],
    },
    {
        "id": "h05_mediaindonesia_natuna", "outlet": "Media Indonesia", "published": "2020-01-08",
        "persons": [
            P("Xiao Qian", "Duta Besar", "CHN"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Geng Shuang", "Juru Bicara Kementerian Luar Negeri", "CHN"),
            P("Hadi Tjahjanto", "Panglima TNI", "IDN"),
            P("Joko Widodo", "Presiden", "IDN", "Jokowi"),
            P("Prabowo Subianto", "Menteri Pertahanan", "IDN"),
        ],
        "events": [
            E("ACCUSE", ["IDN", "CHN"], "2019-12-30", "realized", "memanggil Duta Besar China"),
            E("ACCUSE", ["IDN", "CHN"], "2019-12-30", "realized", "nota protes keras", optional=True),
            E("MOBILIZE", ["CHN", "IDN"], "2019-12", "realized", "dikawal kapal penjaga pantai", optional=True),
            E("REJECT", ["IDN", "CHN"], "2020-01-03", "realized", "tidak pernah mengakui klaim", ["Retno Marsudi"]),
            E("REJECT", ["CHN", "IDN"], None, "realized", "memiliki hak historis", ["Geng Shuang"], optional=True),
            E("MOBILIZE", ["IDN", "CHN"], "2020-01", "realized", "mengerahkan delapan kapal perang"),
        ],
        "agreements": [
            A("UNCLOS 1982", ["IDN", "CHN"], "in_force", "1982", "UNCLOS 1982", optional=True),
        ],
        "quantities": [
            Q("other", 63, "kapal", "2019-12", ["CHN", "IDN"], "actual", "63 kapal ikan", optional=True),
            Q("other", 8, "kapal", "2020-01", ["IDN", "CHN"], "actual", "delapan kapal perang", optional=True),
        ],
    },
    {
        "id": "h06_voa_sudan", "outlet": "VOA Indonesia", "published": "2023-04-25",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Faisal bin Farhan", "Menteri Luar Negeri", "SAU", "Pangeran Faisal bin Farhan"),
        ],
        "events": [
            E("CONSULT", ["IDN", "SAU"], "2023-04", "realized", "Saya telah berbicara dengan Menlu Arab Saudi",
              ["Retno Marsudi", "Faisal bin Farhan"]),
            E("AID", ["SAU", "IDN"], "2023-04", "realized", "menyediakan kapal", optional=True),
            E("COOPERATE", ["SAU", "IDN"], "2023-04", "realized", "menyediakan kapal", optional=True),
            E("CONSULT", ["IDN", "EGY"], "2023-04", "realized", "berkoordinasi dengan Pemerintah Mesir"),
            E("REQUEST", ["IDN", "SDN"], "2023-04-25", "realized", "menyerukan agar pihak-pihak"),
            E("REQUEST", ["IDN", "SDN"], "2023-04-25", "realized", "Kami mendesak semua pihak", ["Retno Marsudi"],
              optional=True),
            E("ASSAULT", ["SDN"], "2023-04-15", "realized", "Pertempuran di Sudan pecah", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 897, "warga", "2023", ["IDN", "SDN"], "actual", "897 warga", optional=True),
        ],
    },
    {
        "id": "h07_bbc_myanmar", "outlet": "BBC Indonesia", "published": "2021-03-22",
        "persons": [
            P("Min Aung Hlaing", "Panglima Militer", "MMR"),
            P("Dominic Raab", "Menteri Luar Negeri", "GBR", "Raab"),
            P("Joko Widodo", "Presiden", "IDN", "Jokowi"),
            P("Hassanal Bolkiah", "Sultan", "BRN"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN"),
            P("Don Pramudwinai", "Menteri Luar Negeri", "THA"),
            P("Zaw Min Tun", "Juru bicara militer", "MMR"),
        ],
        "events": [
            E("SANCTION", ["USA", "MMR"], "2021-03-22", "realized", "membekukan aset dua jenderal"),
            E("SANCTION", ["GBR", "MMR"], "2021-03-22", "realized", "Inggris memberlakukan larangan"),
            E("SANCTION", ["MMR"], "2021-03-22", "realized", "Uni Eropa juga menjatuhkan sanksi"),
            E("SANCTION", ["USA", "GBR", "MMR"], "2021-03-22", "realized", "menjatuhkan sanksi baru", optional=True),
            E("ACCUSE", ["GBR", "MMR"], None, "realized", "pelanggaran hak asasi manusia tidak akan", ["Dominic Raab"],
              optional=True),
            E("REQUEST", ["IDN", "BRN"], "2021-03-19", "realized", "Presiden Joko Widodo meminta agar Sultan",
              ["Joko Widodo"]),
            E("REQUEST", ["IDN", "MMR"], "2021-03-19", "realized", "Indonesia mendesak agar penggunaan kekerasan",
              ["Joko Widodo"]),
            E("CONSULT", ["IDN", "THA"], None, "realized", "bertemu Menteri Luar Negeri Thailand",
              ["Retno Marsudi", "Don Pramudwinai"], "Bangkok"),
            E("REJECT", ["MMR"], None, "realized", "junta Myanmar menolak tekanan", optional=True),
            E("CONSULT", ["IDN", "MMR"], "2021-04", "planned", "Pertemuan para pemimpin ASEAN", place="Jakarta"),
            E("ASSAULT", ["MMR"], None, "realized", "tindakan keras aparat", optional=True),
        ],
        "agreements": [],
        "quantities": [],
    },
    {
        "id": "h08_antara_en_g20", "outlet": "ANTARA", "published": "2022-11-16",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN", "Jokowi"),
            P("Sergei Lavrov", "Menteri Luar Negeri", "RUS"),
            P("Vladimir Putin", "Presiden", "RUS"),
            P("Joe Biden", "Presiden", "USA", "Biden"),
            P("Xi Jinping", "Presiden", "CHN"),
            P("Rishi Sunak", "Perdana Menteri", "GBR"),
            P("Narendra Modi", "Perdana Menteri", "IND", "Modi"),
        ],
        "events": [
            E("AGREE", ["IDN"], "2022-11-16", "realized", "mengadopsi Deklarasi Pemimpin G20 Bali", place="Nusa Dua"),
            E("AGREE", ["IDN"], "2022-11-16", "realized", "telah disepakati", ["Joko Widodo"], optional=True),
            E("ACCUSE", ["RUS", "UKR"], "2022-11-16", "realized", "mengecam keras perang di Ukraina"),
            E("CONSULT", ["USA", "CHN"], "2022-11-14", "realized", "bertemu Presiden China Xi Jinping",
              ["Joe Biden", "Xi Jinping"], "Nusa Dua"),
            E("CONSULT", ["IDN", "GBR"], "2022-11", "realized", "pertemuan bilateral dengan Perdana Menteri Inggris",
              ["Joko Widodo", "Rishi Sunak"]),
            E("CONSULT", ["IDN", "IND"], "2022-11", "realized", "pertemuan bilateral dengan Perdana Menteri Inggris",
              ["Joko Widodo", "Narendra Modi"]),
            E("COOPERATE", ["IDN", "IND"], "2022-11", "realized", "menyerahkan keketuaan G20", optional=True),
            E("CONSULT", ["RUS"], "2022-11", "negated", "tidak menghadiri pertemuan", ["Vladimir Putin"], optional=True),
            E("AGREE", ["USA", "JPN", "IDN"], "2022-11", "realized", "mengumumkan Kemitraan Transisi Energi"),
            E("AID", ["USA", "JPN", "IDN"], "2022-11", "planned", "mengumumkan Kemitraan Transisi Energi",
              optional=True),
        ],
        "agreements": [
            A("Deklarasi Pemimpin G20 Bali", ["IDN"], "agreed", "2022-11-16", "mengadopsi Deklarasi Pemimpin G20 Bali"),
            A("Kemitraan Transisi Energi yang Adil (Just Energy Transition Partnership/JETP)", ["USA", "JPN", "IDN"],
              "agreed", "2022-11", "mengumumkan Kemitraan Transisi Energi"),
        ],
        "quantities": [
            Q("investment", 20e9, "USD", None, ["USA", "JPN", "IDN"], "target", "senilai 20 miliar dolar AS"),
            Q("aid", 1.4e9, "USD", None, [], "actual", "1,4 miliar dolar AS", optional=True),
        ],
    },
    {
        "id": "h09_antara1999_gusdur_china", "outlet": "ANTARA", "published": "1999-12-01",
        "persons": [
            P("Abdurrahman Wahid", "Presiden", "IDN", "Gus Dur"),
            P("Jiang Zemin", "Presiden", "CHN"),
            P("Alwi Shihab", "Menteri Luar Negeri", "IDN", "Alwi"),
            P("Zhu Rongji", "Perdana Menteri", "CHN"),
        ],
        "events": [
            E("CONSULT", ["IDN", "CHN"], "1999-12-01", "realized", "Gus Dur tiba di Beijing", ["Abdurrahman Wahid"],
              "Beijing", optional=True),
            E("CONSULT", ["IDN", "CHN"], "1999-12-01", "realized", "Dalam pertemuan dengan Presiden China Jiang Zemin",
              ["Abdurrahman Wahid", "Jiang Zemin"], "Beijing"),
            E("AGREE", ["IDN", "CHN"], "1999-12-01", "realized", "menyaksikan penandatanganan persetujuan"),
            E("AID", ["CHN", "IDN"], "1999-12", "planned", "China berjanji memberikan kredit"),
            E("CONSULT", ["IDN", "CHN"], "1999-12", "realized", "Gus Dur juga bertemu Perdana Menteri Zhu Rongji",
              ["Abdurrahman Wahid", "Zhu Rongji"]),
            E("REQUEST", ["IDN", "CHN", "IND"], "1999-12", "realized", "Gus Dur mengajak China", ["Abdurrahman Wahid"],
              optional=True),
            E("COOPERATE", ["IDN", "CHN"], "1990-08", "realized", "baru dipulihkan pada Agustus 1990", optional=True),
            E("CONSULT", ["IDN", "JPN"], None, "planned", "dijadwalkan melanjutkan perjalanan ke Jepang",
              ["Abdurrahman Wahid"]),
        ],
        "agreements": [
            A("persetujuan kerja sama ekonomi dan teknik", ["IDN", "CHN"], "signed", "1999-12-01",
              "menyaksikan penandatanganan persetujuan"),
        ],
        "quantities": [
            Q("loan", 200e6, "USD", None, ["CHN", "IDN"], "target", "200 juta dolar AS"),
            Q("aid", 5e6, "USD", None, ["CHN", "IDN"], "target", "5 juta dolar AS"),
            Q("trade_volume", 4.5e9, "USD", "1998", ["IDN", "CHN"], "actual", "4,5 miliar dolar AS"),
        ],
    },
    {
        "id": "h10_kompas1990_china_normalisasi", "outlet": "Kompas", "published": "1990-08-08",
        "persons": [
            P("Ali Alatas", "Menteri Luar Negeri", "IDN"),
            P("Qian Qichen", "Menteri Luar Negeri", "CHN"),
            P("Li Peng", "Perdana Menteri", "CHN", "PM Li Peng"),
            P("Soeharto", "Presiden", "IDN"),
            P("Moerdiono", "Menteri/Sekretaris Negara", "IDN"),
        ],
        "events": [
            E("AGREE", ["IDN", "CHN"], "1990-08-08", "realized", "menandatangani Nota Kesepahaman",
              ["Ali Alatas", "Qian Qichen"], "Jakarta"),
            E("COOPERATE", ["IDN", "CHN"], "1990-08-08", "realized", "secara resmi memulihkan hubungan", optional=True),
            E("CONSULT", ["CHN", "IDN"], "1990-08-06", "realized", "diterima oleh Presiden Soeharto",
              ["Li Peng", "Soeharto"], "Jakarta"),
            E("CONSULT", ["IDN", "CHN"], "1990-08", "realized", "Dalam pertemuan selama hampir dua jam", optional=True),
            E("AGREE", ["IDN", "CHN"], "1990-08", "realized", "sepakat untuk tidak mencampuri"),
            E("AGREE", ["IDN", "CHN"], "1990-08", "realized", "sepakat membuka kembali kedutaan"),
            E("SANCTION", ["IDN", "CHN"], "1967-10", "realized", "dibekukan sejak Oktober 1967", optional=True),
        ],
        "agreements": [
            A("Nota Kesepahaman tentang Pemulihan Hubungan Diplomatik", ["IDN", "CHN"], "signed", "1990-08-08",
              "menandatangani Nota Kesepahaman"),
        ],
        "quantities": [
            Q("trade_volume", 1.2e9, "USD", "1989", ["IDN", "CHN"], "actual", "1,2 miliar dolar AS"),
        ],
    },
    {
        "id": "h11_kompas2003_sukhoi", "outlet": "Kompas", "published": "2003-04-21",
        "persons": [
            P("Megawati Soekarnoputri", "Presiden", "IDN", "Megawati"),
            P("Vladimir Putin", "Presiden", "RUS"),
            P("Hassan Wirajuda", "Menteri Luar Negeri", "IDN", "Hassan"),
            P("Rini Soewandi", "Menteri Perindustrian dan Perdagangan", "IDN"),
            {**P("Soekarno", "Presiden", "IDN"), "optional": True},
        ],
        "events": [
            E("AGREE", ["IDN", "RUS"], "2003-04-21", "realized", "menandatangani Deklarasi tentang Kerangka",
              ["Megawati Soekarnoputri", "Vladimir Putin"], "Moskwa"),
            E("CONSULT", ["IDN", "RUS"], "2003-04-21", "realized", "Kunjungan Megawati merupakan kunjungan kenegaraan",
              ["Megawati Soekarnoputri"]),
            E("AGREE", ["IDN", "RUS"], "2003-04", "realized", "menandatangani kontrak pembelian"),
            E("COOPERATE", ["IDN", "RUS"], "2003-04", "realized", "menandatangani kontrak pembelian", optional=True),
            E("SANCTION", ["USA", "IDN"], "1999", "realized", "memberlakukan embargo militer", optional=True),
            E("SANCTION", ["USA", "IDN"], None, "realized", "masih terkena embargo senjata", optional=True),
            E("AGREE", ["IDN", "RUS"], "2003-04", "realized", "sepakat meningkatkan nilai perdagangan",
              ["Rini Soewandi"]),
        ],
        "agreements": [
            A("Deklarasi tentang Kerangka Hubungan Persahabatan dan Kemitraan antara Indonesia dan Rusia",
              ["IDN", "RUS"], "signed", "2003-04-21", "menandatangani Deklarasi tentang Kerangka"),
            A("kontrak pembelian pesawat tempur Sukhoi dan helikopter Mi-35", ["IDN", "RUS"], "signed", "2003-04",
              "menandatangani kontrak pembelian"),
        ],
        "quantities": [
            Q("purchase", 192e6, "USD", "2003", ["IDN", "RUS"], "actual", "192 juta dolar AS"),
            Q("trade_volume", 150e6, "USD", "2002", ["IDN", "RUS"], "actual", "150 juta dolar AS"),
            Q("purchase", 2, "pesawat", "2003", ["IDN", "RUS"], "actual", "dua pesawat tempur", optional=True),
            Q("purchase", 2, "helikopter", "2003", ["IDN", "RUS"], "actual", "dua helikopter", optional=True),
        ],
    },
    {
        "id": "h12_cnn_super_garuda_shield", "outlet": "CNN Indonesia", "published": "2022-08-03",
        "persons": [
            P("Dudung Abdurachman", "Kepala Staf TNI Angkatan Darat", "IDN", "Dudung"),
            P("John Aquilino", "Panglima Komando Indo-Pasifik", "USA"),
        ],
        "events": [
            E("COOPERATE", ["IDN", "USA", "AUS", "JPN", "SGP"], "2022-08-03", "realized", "resmi dibuka di Baturaja",
              place="Baturaja"),
            E("SUPPORT", ["USA"], "2022-08-03", "realized", "bukti komitmen Amerika Serikat", ["John Aquilino"],
              optional=True),
            E("ACCUSE", ["CHN", "IDN", "USA"], "2022-08", "realized", "berpotensi memicu ketegangan"),
            E("REJECT", ["IDN", "CHN"], "2022-08", "realized", "Kementerian Luar Negeri RI menegaskan", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 4000, "prajurit", "2022", ["IDN", "USA", "AUS", "JPN", "SGP"], "actual", "4.000 prajurit"),
        ],
    },
    {
        "id": "h13_detik_vaksin_jepang", "outlet": "detikcom", "published": "2021-07-01",
        "persons": [
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
            P("Kenji Kanasugi", "Duta Besar", "JPN"),
            P("Siti Nadia Tarmizi", "Juru Bicara Vaksinasi Kementerian Kesehatan", "IDN"),
        ],
        "events": [
            E("AID", ["JPN", "IDN"], "2021-07-01", "realized", "hibah dari Pemerintah Jepang tiba"),
            E("SUPPORT", ["IDN", "JPN"], "2021-07-01", "realized", "menyampaikan terima kasih", ["Retno Marsudi"],
              optional=True),
            E("AID", ["JPN", "IDN"], "2021-07", "planned", "akan kembali mengirimkan", ["Kenji Kanasugi"]),
            E("AID", ["JPN", "IDN"], None, "realized", "bantuan peralatan rantai dingin"),
            E("COOPERATE", ["IDN", "CHN"], None, "realized", "membeli vaksin Sinovac", optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("aid", 998400, "dosis", "2021-07", ["JPN", "IDN"], "actual", "998.400 dosis"),
            Q("aid", 1e6, "dosis", "2021-07", ["JPN", "IDN"], "target", "1 juta dosis"),
            Q("aid", 1.6e9, "JPY", None, ["JPN", "IDN"], "actual", "1,6 miliar yen"),
            Q("aid", 8e6, "dosis", None, ["IDN"], "actual", "8 juta dosis", optional=True),
        ],
    },
    {
        "id": "h14_bisnis_bi_rate", "outlet": "Bisnis.com", "published": "2021-05-20",
        "persons": [
            P("Perry Warjiyo", "Gubernur BI", "IDN", "Perry"),
            P("Sri Mulyani Indrawati", "Menteri Keuangan", "IDN", "Sri Mulyani"),
            P("Taro Aso", "Menteri Keuangan", "JPN"),
            P("Josua Pardede", "Ekonom", "IDN"),
        ],
        "events": [
            E("CONSULT", ["IDN", "JPN"], "2021-05-20", "realized", "bertemu dengan Menteri Keuangan Jepang",
              ["Sri Mulyani Indrawati", "Taro Aso"]),
        ],
        "agreements": [
            A("bilateral swap arrangement", ["IDN", "JPN"], "negotiating", None, "bertemu dengan Menteri Keuangan Jepang"),
        ],
        "quantities": [
            Q("other", 22.76e9, "USD", None, ["IDN", "JPN"], "actual", "US$22,76 miliar"),
        ],
    },
    {
        "id": "h15_kompas_banjir_domestik", "outlet": "Kompas", "published": "2025-01-01",
        "persons": [
            P("Hevearita Gunaryanti Rahayu", "Wali Kota Semarang", "IDN", "Hevearita"),
            P("Saifullah Yusuf", "Menteri Sosial", "IDN"),
            P("Nana Sudjana", "Gubernur Jawa Tengah", "IDN"),
        ],
        "events": [],
        "agreements": [],
        "quantities": [],
    },
    {
        "id": "h16_tempo_oki_palestina", "outlet": "Tempo", "published": "2016-03-07",
        "persons": [
            P("Joko Widodo", "Presiden", "IDN", "Jokowi"),
            P("Mahmoud Abbas", "Presiden", "PSE", "Abbas"),
            P("Retno Marsudi", "Menteri Luar Negeri", "IDN", "Retno"),
        ],
        "events": [
            E("CONSULT", ["IDN", "PSE"], "2016-03-07", "realized", "Konferensi Tingkat Tinggi Luar Biasa",
              place="Jakarta"),
            E("AGREE", ["IDN", "PSE"], "2016-03-07", "realized", "mengesahkan Deklarasi Jakarta"),
            E("ACCUSE", ["IDN", "ISR"], "2016-03-07", "realized", "mengecam pembangunan permukiman"),
            E("REQUEST", ["IDN", "ISR"], "2016-03-07", "realized", "menyerukan boikot", optional=True),
            E("SUPPORT", ["PSE", "IDN"], "2016-03-07", "realized", "menyampaikan terima kasih", ["Mahmoud Abbas"],
              optional=True),
            E("REQUEST", ["PSE", "ISR"], "2016-03-07", "realized", "Abbas meminta negara-negara Islam",
              ["Mahmoud Abbas"], optional=True),
            E("COOPERATE", ["IDN", "PSE"], None, "planned", "akan segera membuka konsulat", ["Retno Marsudi"]),
            E("REJECT", ["ISR", "IDN"], "2016-01", "realized", "Israel menolak memberikan izin"),
            E("REJECT", ["MAR"], None, "realized", "Maroko menolak", optional=True),
            E("AID", ["IDN", "PSE"], None, "planned", "berkomitmen memberikan bantuan"),
        ],
        "agreements": [
            A("Deklarasi Jakarta", ["IDN", "PSE"], "agreed", "2016-03-07", "mengesahkan Deklarasi Jakarta"),
        ],
        "quantities": [
            Q("aid", 1000, "warga", "2019", ["IDN", "PSE"], "target", "1.000 warga Palestina"),
        ],
    },
    {
        "id": "h17_republika_serbia_ekstradisi", "outlet": "Republika", "published": "2020-07-09",
        "persons": [
            P("Maria Pauline Lumowa", None, "IDN", "Maria"),
            P("Yasonna Laoly", "Menteri Hukum dan HAM", "IDN", "Yasonna"),
            P("Aleksandar Vucic", "Presiden", "SRB"),
            P("Nela Kuburovic", "Menteri Kehakiman", "SRB"),
            P("Listyo Sigit Prabowo", "Kepala Bareskrim Polri", "IDN"),
        ],
        "events": [
            E("COOPERATE", ["SRB", "IDN"], "2020-07-08", "realized", "Pemerintah Serbia menyerahkan Maria",
              place="Beograd"),
            E("COOPERATE", ["SRB", "IDN"], "2020-07-09", "realized", "setelah diekstradisi dari Serbia", optional=True),
            E("CONSULT", ["IDN", "SRB"], None, "realized", "sempat berbicara dengan Presiden Serbia",
              ["Yasonna Laoly", "Aleksandar Vucic"]),
            E("COOPERATE", ["SRB", "IDN"], "2019-07", "realized", "ditangkap oleh Interpol", optional=True),
            E("COOPERATE", ["SRB", "IDN"], None, "realized", "tetap memenuhi permintaan Indonesia", optional=True),
            E("REQUEST", ["IDN", "NLD"], None, "realized", "mengajukan permintaan ekstradisi kepada Belanda"),
            E("REJECT", ["NLD", "IDN"], None, "realized", "ditolak oleh Pemerintah Belanda"),
        ],
        "agreements": [
            A("perjanjian ekstradisi", ["IDN", "SRB"], "planned", None, "belum memiliki perjanjian ekstradisi",
              optional=True),
        ],
        "quantities": [
            Q("other", 1.7e12, "IDR", None, ["IDN"], "actual", "Rp1,7 triliun", optional=True),
        ],
    },
    {
        "id": "h18_bbc_ukraina", "outlet": "BBC Indonesia", "published": "2022-03-02",
        "persons": [
            P("Arrmanatha Nasir", "Duta Besar", "IDN", "Arrmanatha"),
            P("Teuku Faizasyah", "Juru Bicara Kemlu", "IDN"),
        ],
        "events": [
            E("REQUEST", ["IDN", "RUS"], "2022-03-02", "realized", "memberikan suara mendukung resolusi"),
            E("ACCUSE", ["IDN", "RUS"], "2022-03-02", "realized", "tidak dapat diterima", ["Arrmanatha Nasir"],
              optional=True),
            E("REJECT", ["RUS"], "2022-03-02", "realized", "menolak resolusi tersebut", optional=True),
            E("SANCTION", ["IDN", "RUS"], None, "negated", "tidak akan ikut menjatuhkan sanksi"),
            E("SANCTION", ["USA", "RUS"], "2022-03", "realized", "menambah sanksi ekonomi"),
            E("ASSAULT", ["RUS", "UKR"], "2022-02-24", "realized", "Invasi Rusia ke Ukraina dimulai"),
            E("COOPERATE", ["IDN", "POL", "ROU", "MDA"], "2022-03", "realized", "mengevakuasi 80 warga",
              optional=True),
        ],
        "agreements": [],
        "quantities": [
            Q("other", 80, "warga", "2022-03", ["IDN", "UKR"], "actual", "80 warga", optional=True),
        ],
    },
    {
        "id": "h19_jakartapost_visa_brasil", "outlet": None, "published": "2012-06-26",
        "persons": [
            P("Marty Natalegawa", "Menteri Luar Negeri", "IDN", "Marty"),
            P("Antonio Patriota", "Menteri Luar Negeri", "BRA"),
            P("Susilo Bambang Yudhoyono", "Presiden", "IDN"),
            P("Dilma Rousseff", "Presiden", "BRA", "Dilma"),
        ],
        "events": [
            E("AGREE", ["IDN", "BRA"], "2012-06-26", "realized", "menandatangani perjanjian pembebasan visa",
              place="Brasilia"),
            E("CONSULT", ["IDN", "BRA"], "2012-06-26", "realized", "menandatangani perjanjian pembebasan visa",
              ["Marty Natalegawa", "Antonio Patriota"], "Brasilia"),
            E("CONSULT", ["IDN", "BRA"], "2012-06", "realized", "tindak lanjut pertemuan Presiden",
              ["Susilo Bambang Yudhoyono", "Dilma Rousseff"], "Rio de Janeiro"),
            E("CONSULT", ["BRA", "IDN"], "2013", "planned", "dijadwalkan melakukan kunjungan kenegaraan",
              ["Dilma Rousseff"]),
            E("AGREE", ["IDN", "BRA"], None, "realized", "Kedua pihak menargetkan", optional=True),
            E("ACCUSE", ["IDN", "BRA"], "2012-06-26", "realized", "menyampaikan keberatan", ["Marty Natalegawa"]),
        ],
        "agreements": [
            A("perjanjian pembebasan visa bagi pemegang paspor diplomatik dan dinas", ["IDN", "BRA"], "signed",
              "2012-06-26", "menandatangani perjanjian pembebasan visa"),
        ],
        "quantities": [
            Q("trade_volume", 3.6e9, "USD", "2011", ["IDN", "BRA"], "actual", "3,6 miliar dolar AS"),
            Q("trade_target", 5e9, "USD", "2015", ["IDN", "BRA"], "target", "5 miliar dolar AS"),
        ],
    },
]
# fmt: on


def build() -> list[dict]:
    return build_from(GOLD, HERE / "articles")


if __name__ == "__main__":
    write(GOLD, HERE)
