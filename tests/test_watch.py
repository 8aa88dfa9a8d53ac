"""Watch mode: files are taken once they land (not while written), and ingested."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from test_reliability_support import article, quiet_ingest, warta_command, write_corpus

from warta.kb.repository import KnowledgeStore
from warta.store import open_store
from warta.watch import Watcher, watch


def test_a_file_is_taken_once_it_stopped_growing(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path)
    growing = tmp_path / "feed" / "berita-1.txt"
    growing.parent.mkdir()
    growing.write_text("Jakarta - Menteri Luar Negeri")
    (tmp_path / ".berita-2.txt.part").write_text("sementara diunduh")
    assert watcher.scan() == []  # seen once: may still be written
    with growing.open("a") as out:
        out.write(" bertemu Duta Besar Rusia.")
    assert watcher.scan() == []  # it grew: wait again
    assert watcher.scan() == [growing]
    assert watcher.scan() == []  # taken once
    os.utime(growing, ns=(time.time_ns(), time.time_ns() + 10**9))
    growing.write_text("Jakarta - Menteri Luar Negeri bertemu Duta Besar Jepang.")
    watcher.scan()
    assert watcher.scan() == [growing]  # changed later: taken again


def test_watch_ingests_files_as_they_land(tmp_path: Path, db_url: str) -> None:
    feed = tmp_path / "feed"
    write_corpus(feed, 2)
    stop = threading.Event()
    with open_store(db_url) as store:
        batches: list[list[Path]] = []

        def handle(batch: list[Path]) -> None:
            batches.append(batch)
            quiet_ingest(batch, store)

        thread = threading.Thread(
            target=watch, args=(feed, handle), kwargs={"interval": 0.05, "stop": stop}
        )
        thread.start()
        try:
            wait_until(lambda: store.count_articles() == 2)
            write_corpus(feed, 1, start=7)
            wait_until(lambda: store.count_articles() == 3)
        finally:
            stop.set()
            thread.join(10)
        assert not thread.is_alive()
        assert sorted(p.name for b in batches for p in b) == [
            "berita-00000.txt",
            "berita-00001.txt",
            "berita-00007.txt",
        ]


def wait_until(condition: object, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_ingest_watch_keeps_the_knowledge_base_current(tmp_path: Path, db_url: str) -> None:
    """`warta ingest --watch DIR`: an article dropped in the directory is stored, extracted
    and in the knowledge base while the command keeps running."""
    feed = tmp_path / "feed"
    feed.mkdir()
    command = warta_command(
        "ingest", "--watch", str(feed), "--interval", "0.2", "--all", "--db", db_url
    )
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        (feed / "berita.txt").write_text(article(3), encoding="utf-8")
        with open_store(db_url) as store:
            ks = KnowledgeStore(store)
            wait_until(lambda: ks.knowledge_of("berita") is not None and ks.up_to_date(), 240)
            assert ks.counts()["entities"] > 0
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert "watching" in out and "1 file(s): 1 new" in out, (out, err)
