"""Generated news for the benchmarks: international relations from bench_nlp's generator,
domestic news from the templates here, mixed and streamed as JSONL of any size."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_nlp import CITIES, FIRST, LAST, MONTHS, WEEKDAYS, _sentence  # noqa: E402

DOMESTIC_TEMPLATES = [
    "Banjir merendam {number} rumah warga di {district}, {city}, pada {weekday} dini hari.",
    "Petugas BPBD mengerahkan perahu karet untuk mengevakuasi warga lanjut usia di {district}.",
    "Harga cabai rawit di pasar tradisional {city} naik menjadi Rp{price} per kilogram.",
    "Dinas Perdagangan {city} akan menggelar operasi pasar menjelang Lebaran, kata {person}.",
    "Persib Bandung menang {goals} atas {club} dalam lanjutan Liga 1 di Stadion {stadium}.",
    "Pelatih {club} {person} memuji kerja keras pemainnya meski kalah di kandang sendiri.",
    "KPU {province} menetapkan {number} pemilih dalam daftar pemilih tetap pilkada serentak.",
    "Polisi menangkap dua tersangka pencurian sepeda motor di Kecamatan {district}, {city}.",
    "Kapolsek {district} AKP {person} mengatakan pelaku sudah beraksi di {small} lokasi.",
    "Pemerintah Kota {city} memperbaiki {small} kilometer jalan rusak tahun ini.",
    "Menurut {person}, anggaran pendidikan daerah naik {pct} persen dibanding tahun lalu.",
    "Rumah sakit umum daerah {city} menambah {small} tempat tidur untuk pasien demam berdarah.",
    "Gubernur {province} {person} meresmikan jembatan baru senilai Rp{price} juta, {date}.",
    "Warga {district} mengeluhkan pasokan air bersih yang terhenti sejak {weekday}.",
    "Bursa Efek Indonesia mencatat IHSG ditutup menguat {pct} persen pada sesi {weekday}.",
]
PROVINCES = "Jawa Barat|Jawa Timur|Sumatera Utara|Sulawesi Selatan|Bali|Riau|Aceh|Papua".split("|")
DISTRICTS = "Tamalate|Kampung Melayu|Cibiru|Tegalsari|Medan Baru|Denpasar Selatan|Gubeng".split("|")
CLUBS = "Persija Jakarta|Arema FC|PSM Makassar|Persebaya|Bali United|PSIS Semarang".split("|")
DOMESTIC_CITIES = [c for c in CITIES[:9]]


def domestic_article(rng: random.Random) -> str:
    city = rng.choice(DOMESTIC_CITIES)
    sentences = []
    for _ in range(rng.randrange(4, 12)):
        month = rng.randrange(1, 13)
        fill = {
            "number": rng.randrange(50, 9000),
            "district": rng.choice(DISTRICTS),
            "city": rng.choice(DOMESTIC_CITIES),
            "weekday": rng.choice(WEEKDAYS),
            "price": f"{rng.randrange(10, 999)}.000",
            "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "goals": f"{rng.randrange(0, 5)}-{rng.randrange(0, 5)}",
            "club": rng.choice(CLUBS),
            "stadium": rng.choice(["Gelora Bandung Lautan Api", "Gelora Bung Tomo", "Kanjuruhan"]),
            "province": rng.choice(PROVINCES),
            "small": rng.randrange(2, 40),
            "pct": f"{rng.randrange(0, 20)},{rng.randrange(0, 9)}",
            "date": f"{rng.randrange(1, 29)} {MONTHS.split()[month - 1]} 20{rng.randrange(15, 26)}",
        }
        sentences.append(rng.choice(DOMESTIC_TEMPLATES).format(**fill))
    return f"{city.upper()}, KOMPAS — " + " ".join(sentences)


def ir_article(rng: random.Random) -> str:
    city = rng.choice(CITIES).replace("-", " ").upper()
    body = " ".join(_sentence(rng) for _ in range(rng.randrange(4, 12)))
    return f"{city}, KOMPAS — {body}"


def articles(count: int, ir_share: float = 1.0, seed: int = 7) -> Iterator[dict[str, str]]:
    """`count` records {id, text, published, kind}, `ir_share` of them international."""
    rng = random.Random(seed)
    for i in range(count):
        international = rng.random() < ir_share
        text = ir_article(rng) if international else domestic_article(rng)
        yield {
            "id": f"gen-{i:08d}",
            "text": text,
            "published": f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-15",
            "kind": "ir" if international else "domestic",
        }


def write_jsonl(path: Path, count: int, ir_share: float = 1.0, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in articles(count, ir_share, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
