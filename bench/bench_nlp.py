"""`make bench`: throughput and memory of the NLP stage on generated Indonesian news.

The text comes from templates filled with many different names, places, organizations,
numbers and dates, so the spaCy lexeme/tokenizer caches see a realistic vocabulary (one
repeated paragraph would be unrealistically fast). Each measurement runs in a fresh
subprocess so peak RSS (ru_maxrss) belongs to that measurement alone; with 2 processes the
children's peak is reported too.

Two ways to use 2 processes: `pipeline-x2` is spaCy's `nlp.pipe(n_process=2)`, which ships
every Doc back to the parent; `workers-x2` is how warta runs (warta.workers: each worker
runs the pipeline on its batches and returns only its results, here the entity counts).

Usage: python bench/bench_nlp.py [--mb 1.0] [--components]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time


def split_words(text: str) -> list[str]:
    return text.split()


FIRST = split_words(
    """Joko Retno Prabowo Sri Budi Agus Dewi Siti Ahmad Muhammad Bambang Susilo Anies Ganjar
Ridwan Erick Sandiaga Luhut Mahfud Airlangga Puan Yasonna Tito Budi Nadiem Basuki Tri
Rini Andi Hendra Wahyu Rizky Fajar Yusuf Arief Dimas Teguh Indah Ratna Lestari Putri Ayu
Nur Vladimir Xi Joe Antonio Emmanuel Olaf Recep Narendra Anwar Lee Fumio Yoon Kim Hun
Ferdinand Anthony Justin Giorgia Pedro Benjamin Mahmoud Ebrahim Volodymyr Sergei Wang
Shinzo Rishi"""
)
LAST = split_words(
    """Widodo Marsudi Subianto Mulyani Gunadi Harimurti Yudhoyono Baswedan Pranowo Kamil Thohir
Uno Pandjaitan MD Hartarto Maharani Laoly Karnavian Sadikin Makarim Purnama Rismaharini
Sumarno Saputra Pratama Wibowo Santoso Hidayat Kurniawan Setiawan Nugroho Siregar
Nasution Putin Jinping Biden Guterres Macron Scholz Erdogan Modi Ibrahim Loong Kishida
Suk-yeol Manet Marcos Albanese Trudeau Meloni Sanchez Netanyahu Abbas Raisi Zelensky
Lavrov Yi Sunak"""
)
COUNTRY_LIST = """Rusia|Ukraina|Tiongkok|Amerika Serikat|Jepang|Korea Selatan|India|Australia
|Malaysia|Singapura|Thailand|Vietnam|Filipina|Myanmar|Kamboja|Laos|Brunei|Timor Leste|Prancis
|Jerman|Inggris|Italia|Spanyol|Belanda|Turki|Iran|Irak|Arab Saudi|Mesir|Israel|Palestina|Qatar
|Pakistan|Bangladesh|Kanada|Brasil|Meksiko|Argentina|Afrika Selatan|Nigeria|Kenya""".replace(
    "\n", ""
).split("|")
CITIES = split_words(
    """Jakarta Surabaya Bandung Medan Makassar Denpasar Yogyakarta Semarang Palembang Moskow
Kyiv Beijing Washington Tokyo Seoul Canberra Kuala-Lumpur Bangkok Hanoi Manila Paris
Berlin London Roma Madrid Ankara Teheran Riyadh Kairo Doha Jenewa New-York Brussel Wina
Phnom-Penh Dili Yangon Islamabad New-Delhi Ottawa Brasilia Nairobi Abuja"""
)
ORGS = """PBB ASEAN NATO Uni Eropa|WHO|IMF|Bank Dunia|Kementerian Luar Negeri|Kementerian
Pertahanan|DPR|KPK|TNI|Polri|Bank Indonesia|Pertamina|PT Pindad|Dewan Keamanan PBB|G20|OKI
|Mahkamah Internasional|BRICS|APEC|Badan Pusat Statistik|Kedutaan Besar Rusia|Komisi I DPR"""
ORG_LIST = [o.strip() for o in ORGS.replace("\n", "").split("|") if o.strip()]
TITLES = [
    "Presiden",
    "Menteri Luar Negeri",
    "Menteri Pertahanan",
    "Perdana Menteri",
    "Duta Besar",
    "Juru bicara",
    "Ketua",
    "Gubernur",
    "Direktur Jenderal",
    "Wakil Presiden",
]
MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
TOPICS = [
    "kerja sama ekonomi",
    "keamanan maritim",
    "perdagangan bebas",
    "krisis pangan",
    "perubahan iklim",
    "sengketa perbatasan",
    "investasi infrastruktur",
    "bantuan kemanusiaan",
    "transisi energi",
    "ekspor nikel",
    "latihan militer bersama",
    "perlindungan pekerja migran",
]
TEMPLATES = [
    "{title} {person} bertemu dengan {title2} {person2} di {city} pada {date} untuk membahas "
    "{topic}.",
    '"Kami berkomitmen memperkuat {topic} dengan {country}," kata {person} kepada wartawan '
    "di {city}, {weekday} ({day}/{month_num}).",
    "{org} menyatakan nilai {topic} antara Indonesia dan {country} mencapai {money} "
    "sepanjang {year}.",
    "Menurut data {org}, sebanyak {number} warga negara Indonesia berada di {country} "
    "dan {pct} persen di antaranya bekerja di sektor informal.",
    "Pemerintah {country} menolak tuduhan tersebut dan memanggil duta besarnya dari {city} "
    "setelah insiden pada {date}.",
    "{person}, yang menjabat sebagai {title} sejak {year}, mengatakan bahwa {org} akan "
    "mengirim delegasi ke {city} bulan depan.",
    "Dalam konferensi pers di kantor {org}, {person} menegaskan pentingnya {topic} bagi "
    "kawasan Asia Tenggara.",
    "Kunjungan {title} {person} ke {country} merupakan yang ke-{ordinal} sejak hubungan "
    "diplomatik kedua negara dibuka pada {year}.",
    "Harga minyak dunia naik {pct} persen menjadi {usd} dolar AS per barel setelah {country} "
    "mengumumkan pemangkasan produksi.",
    "Sekitar {number} personel {org} dikerahkan ke perbatasan {country} menyusul "
    "meningkatnya ketegangan di wilayah itu.",
    "{org} dan {org2} menandatangani nota kesepahaman senilai {money} di {city}, {date}.",
    "Ia menambahkan, perundingan lanjutan dijadwalkan berlangsung di {city} pada akhir "
    "{month} {year}.",
    "Sementara itu, {person2} dari {org2} menilai langkah {country} itu berpotensi "
    "mengganggu stabilitas regional.",
    "Delegasi {country} yang dipimpin {person} tiba di Bandara Soekarno-Hatta pada {weekday} pagi.",
    "Nilai tukar rupiah melemah {pct} persen ke level Rp{number_big} per dolar AS pada "
    "penutupan perdagangan {weekday}.",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random) -> str:
    month = rng.randrange(1, 13)
    fill = {
        "title": rng.choice(TITLES),
        "title2": rng.choice(TITLES).lower(),
        "person": _person(rng),
        "person2": _person(rng),
        "city": rng.choice(CITIES).replace("-", " "),
        "country": rng.choice(COUNTRY_LIST),
        "org": rng.choice(ORG_LIST),
        "org2": rng.choice(ORG_LIST),
        "topic": rng.choice(TOPICS),
        "date": f"{rng.randrange(1, 29)} {MONTHS.split()[month - 1]} {rng.randrange(2015, 2026)}",
        "weekday": rng.choice(WEEKDAYS),
        "day": rng.randrange(1, 29),
        "month_num": month,
        "month": MONTHS.split()[month - 1],
        "year": rng.randrange(1990, 2026),
        "money": f"{rng.randrange(1, 999)},{rng.randrange(10, 99)} "
        + rng.choice(["miliar dolar AS", "triliun rupiah", "juta euro"]),
        "number": f"{rng.randrange(100, 99999):,}".replace(",", "."),
        "number_big": f"{rng.randrange(14000, 16999):,}".replace(",", "."),
        "pct": f"{rng.randrange(0, 40)},{rng.randrange(0, 9)}",
        "usd": rng.randrange(60, 120),
        "ordinal": rng.randrange(2, 12),
    }
    return rng.choice(TEMPLATES).format(**fill)


def generate_articles(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    articles: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        city = rng.choice(CITIES).replace("-", " ").upper()
        body = " ".join(_sentence(rng) for _ in range(rng.randrange(4, 12)))
        article = f"{city}, KOMPAS — {body}"
        articles.append(article)
        size += len(article.encode())
    return articles


def _entity_count(texts: list[str]) -> list[int]:
    """The NLP of one batch in a warta worker process; only the counts travel back."""
    from warta.nlp import load_pipeline

    return [len(doc.ents) for doc in load_pipeline().pipe(texts, batch_size=64)]


def _worker(mode: str, megabytes: float) -> dict[str, object]:
    """One measurement in this (fresh) process."""
    texts = generate_articles(megabytes)
    words = sum(len(t.split()) for t in texts)
    if mode == "model":
        import spacy

        from warta.evaluate.run import MODEL_DIR

        nlp = spacy.load(MODEL_DIR)
    else:
        from warta.nlp import load_pipeline

        nlp = load_pipeline()
    processes = 2 if mode.endswith("x2") else 1
    started = time.perf_counter()
    cpu_started = time.process_time()
    if mode == "tokenizer":
        for _doc in nlp.tokenizer.pipe(texts, batch_size=64):  # type: ignore[union-attr]
            pass
    elif mode == "workers-x2":
        from warta.workers import batched, ordered_map

        for _batch in ordered_map(_entity_count, batched(texts, 32), processes):
            pass
    else:
        for _doc in nlp.pipe(texts, batch_size=64, n_process=processes):
            pass
    seconds = time.perf_counter() - started
    # CPU seconds (this process + finished workers): on a shared machine wall-clock speed
    # depends on the neighbours, words per CPU-second much less.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = time.process_time() - cpu_started + children.ru_utime + children.ru_stime
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mode": mode,
        "mb": megabytes,
        "words": words,
        "seconds": round(seconds, 2),
        "wps": round(words / seconds),
        "cpu_wps": round(words / cpu_seconds),
        "peak_rss_mb": round(self_kb / 1024, 1),
        "child_peak_rss_mb": round(child_kb / 1024, 1) if processes > 1 else None,
        "pipes": list(nlp.pipe_names),
    }


def component_seconds(megabytes: float) -> dict[str, float]:
    """CPU seconds of each pipeline component over the same text (tokenized first)."""
    from warta.nlp import load_pipeline

    texts = generate_articles(megabytes)
    nlp = load_pipeline()
    docs = list(nlp.tokenizer.pipe(texts))  # type: ignore[union-attr]
    seconds = {}
    for name, component in nlp.pipeline:
        started = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=64))
        else:  # a plain function component
            docs = [component(doc) for doc in docs]
        seconds[name] = time.process_time() - started
    return seconds


def _run(mode: str, megabytes: float) -> dict[str, object]:
    command = [sys.executable, __file__, "--worker", mode, "--mb", str(megabytes)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [line.split(":", 1)[1].strip() for line in info if "model name" in line]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--components", action="store_true", help="CPU time of each pipeline component instead"
    )
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.mb)))
        return
    if args.components:
        words = sum(len(t.split()) for t in generate_articles(args.mb))
        for name, seconds in component_seconds(args.mb).items():
            print(f"{name:<20} {seconds:6.2f} CPU s {words / seconds:>12,.0f} words/CPU-s")
        return
    print(f"machine: {_machine()}; load average {os.getloadavg()[0]:.2f}")
    modes = ("tokenizer", "pipeline", "pipeline-x2", "workers-x2", "model")
    rows = [_run(mode, args.mb) for mode in modes]
    rows += [_run(mode, args.mb / 4) for mode in ("tokenizer", "pipeline")]
    baseline = {row["mb"]: row["wps"] for row in rows if row["mode"] == "tokenizer"}
    print(
        f"{'mode':<12} {'MB':>5} {'words':>8} {'words/s':>9} {'vs tok':>7} {'words/cpu-s':>11}"
        f" {'peak MB':>8} {'child MB':>8}  pipes"
    )
    for row in rows:
        ratio = row["wps"] / baseline[row["mb"]]  # type: ignore[operator]
        child = row["child_peak_rss_mb"] if row["child_peak_rss_mb"] is not None else "-"
        print(
            f"{row['mode']:<12} {row['mb']:>5} {row['words']:>8} {row['wps']:>9} {ratio:>7.2f} "
            f"{row['cpu_wps']:>11} "
            f"{row['peak_rss_mb']:>8} {child!s:>8}  {','.join(row['pipes'])}"  # type: ignore[arg-type]
        )


if __name__ == "__main__":
    main()
