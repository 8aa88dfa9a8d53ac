"""Watch a feed directory: ingest files as they land, and keep the knowledge base current.

Polling (a scan every `interval` seconds) rather than OS notifications: it works the same
on network file systems and in containers, needs no extra dependency, and a scan of a
directory costs a stat per file. A file is taken once its size and modification time
stayed the same over two scans, so one still being written (a download, a copy) is not
read half-way; a file that changes later is taken again (the ingest stores only what is
new). Each batch of landed files is ingested and extracted, and the knowledge base takes
them as increments (warta.kb.incremental), so their facts are queryable after the batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

Signature = tuple[int, int]  # (size, mtime in ns)


@dataclass
class Watcher:
    directory: Path
    seen: dict[Path, Signature] = field(default_factory=dict)  # taken, as it was then
    waiting: dict[Path, Signature] = field(default_factory=dict)  # seen once, maybe growing

    def scan(self) -> list[Path]:
        """Files that landed since the last scan (unchanged since the scan before)."""
        landed = []
        present: dict[Path, Signature] = {}
        for path in self.directory.rglob("*"):
            try:
                stat = path.stat()
            except OSError:  # removed between listing and stat
                continue
            if not path.is_file() or path.name.startswith("."):  # editors' and rsync's temps
                continue
            present[path] = (stat.st_size, stat.st_mtime_ns)
        for path, signature in present.items():
            if self.seen.get(path) == signature:
                continue
            if self.waiting.get(path) == signature:
                landed.append(path)
                self.seen[path] = signature
                del self.waiting[path]
            else:
                self.waiting[path] = signature
        for gone in [p for p in self.waiting if p not in present]:
            del self.waiting[gone]
        return sorted(landed)


def landed_files(
    directory: Path,
    *,
    interval: float = 2.0,
    stop: threading.Event | None = None,
    skip_present: bool = False,
) -> Iterator[list[Path]]:
    """Batches of files as they land in `directory`, until `stop` is set (or forever).

    `skip_present`: files there at the start count as taken already."""
    if not directory.is_dir():
        raise NotADirectoryError(f"{directory}: not a directory")
    watcher = Watcher(directory)
    if skip_present:
        watcher.scan()
        watcher.seen.update(watcher.waiting)
        watcher.waiting.clear()
    stop = stop or threading.Event()
    while not stop.is_set():
        landed = watcher.scan()
        if landed:
            yield landed
        stop.wait(interval)


def watch(
    directory: Path,
    handle: Callable[[list[Path]], None],
    *,
    interval: float = 2.0,
    stop: threading.Event | None = None,
    skip_present: bool = False,
) -> None:
    """Call `handle` with each batch of landed files until `stop` is set."""
    for batch in landed_files(directory, interval=interval, stop=stop, skip_present=skip_present):
        handle(batch)
