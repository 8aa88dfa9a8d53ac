"""Load the API from another process: N concurrent clients on 127.0.0.1 for S seconds,
mixing reads (articles, events, timeline, entities, search, ask, network...) with an
ingest job posted every few seconds. Prints requests, errors, 5xx and latency
percentiles as JSON; exits 1 on any 5xx or transport error.

    python bench/load_api.py --db warta.db --clients 50 --seconds 60

Starts `warta serve` itself on a free port (127.0.0.1 only) unless --url is given.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

TOKEN = "load-test-token"
READS = [
    "/api/articles?limit=20",
    "/api/articles?q=rusia",
    "/api/events?limit=50",
    "/api/timeline?a=IDN&b=RUS",
    "/api/entities?name=retno",
    "/api/agreements",
    "/api/figures",
    "/api/network",
    "/api/stats",
    "/api/search?q=kerja%20sama%20energi",
    "/api/ask?q=Kapan%20Retno%20bertemu%20Lavrov%3F",
    "/api/conflicts",
]
ARTICLE = (
    "JAKARTA (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri "
    "Jepang di Jakarta, Senin (5/9/2022). Keduanya membahas kerja sama energi, perdagangan "
    "dan investasi senilai 3 miliar dolar AS. Catatan beban nomor {n}."
)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    ingests: int = 0

    def summary(self, seconds: float, clients: int) -> dict[str, Any]:
        ordered = sorted(self.latencies)

        def pct(p: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)

        return {
            "clients": clients,
            "seconds": round(seconds, 1),
            "requests": len(ordered),
            "requests_per_second": round(len(ordered) / seconds, 1),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "server_errors_5xx": sum(v for k, v in self.statuses.items() if k >= 500),
            "transport_errors": len(self.errors),
            "ingest_jobs": self.ingests,
            "latency_ms": {
                "p50": pct(0.5),
                "p95": pct(0.95),
                "p99": pct(0.99),
                "max": pct(1.0),
                "mean": round(statistics.fmean(ordered) * 1000, 1) if ordered else 0,
            },
            "first_errors": self.errors[:5],
        }


async def client_loop(http: httpx.AsyncClient, deadline: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        path = rng.choice(READS)
        started = time.monotonic()
        try:
            response = await http.get(path)
        except httpx.HTTPError as exc:
            tally.errors.append(f"GET {path}: {type(exc).__name__}: {exc}")
            continue
        tally.latencies.append(time.monotonic() - started)
        tally.statuses[response.status_code] = tally.statuses.get(response.status_code, 0) + 1


async def ingest_loop(http: httpx.AsyncClient, deadline: float, tally: Tally, every: float) -> None:
    n = 0
    while time.monotonic() < deadline:
        n += 1
        started = time.monotonic()
        try:
            response = await http.post(
                "/api/articles",
                json={"text": ARTICLE.format(n=n), "title": f"Beban {n}"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
        except httpx.HTTPError as exc:
            tally.errors.append(f"POST /api/articles: {type(exc).__name__}: {exc}")
        else:
            tally.latencies.append(time.monotonic() - started)
            tally.statuses[response.status_code] = tally.statuses.get(response.status_code, 0) + 1
            tally.ingests += response.status_code < 300
        await asyncio.sleep(every)


async def run_load(url: str, clients: int, seconds: float, ingest_every: float) -> dict[str, Any]:
    tally = Tally()
    # Idle connections are dropped before uvicorn's 5 s keep-alive timeout closes them: reusing
    # one the server is closing at that moment would be a client-side race, not a server error.
    limits = httpx.Limits(
        max_connections=clients + 2, max_keepalive_connections=clients + 2, keepalive_expiry=4.0
    )
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        started = time.monotonic()
        deadline = started + seconds
        tasks = [client_loop(http, deadline, tally, seed) for seed in range(clients)]
        tasks.append(ingest_loop(http, deadline, tally, ingest_every))
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - started
    return tally.summary(elapsed, clients)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WARTA_TOKEN": TOKEN}
    command = [sys.executable, "-c", "from warta.cli import main; main()", "serve",
               "--db", db, "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
        if server.poll() is not None:
            raise RuntimeError(f"server exited: {server.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    server.kill()
    raise RuntimeError("server did not start within 60 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="store to serve (SQLite path or URL)")
    parser.add_argument("--url", help="an API already running on 127.0.0.1")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--ingest-every", type=float, default=2.0, help="seconds between posts")
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        if not args.db:
            parser.error("give --db (a server is started) or --url")
        port = free_port()
        server = start_server(args.db, port)
        url = f"http://127.0.0.1:{port}"
    if not url.startswith(("http://127.0.0.1", "http://localhost")):
        parser.error("load only a server on 127.0.0.1")
    try:
        result = asyncio.run(run_load(url, args.clients, args.seconds, args.ingest_every))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(result, indent=2))
    return 1 if result["server_errors_5xx"] or result["transport_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
