"""Find the input files under the paths given on the command line.

Directories are walked recursively in a stable (sorted) order. Anything that cannot be
an article file (broken links, FIFOs, devices, unreadable directories) is reported as a
problem, never opened: opening a FIFO would block the whole ingest.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.ingest.names import path_text, safe_file_id
from warta.ingest.types import IngestProblem

# Longest suffix first: "x.warc.gz" is a WARC file, "x.txt.gz" a gzipped text file.
FORMAT_BY_SUFFIX: dict[str, str] = {
    ".warc.gz": "warc",
    ".warc": "warc",
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
GZIP_SUFFIX = ".gz"


@dataclass(frozen=True)
class InputFile:
    path: Path
    format: str  # "txt" | "html" | "jsonl" | "json" | "warc"
    gzipped: bool  # compressed with gzip (WARC handles its own compression)

    @property
    def source(self) -> str:
        """The path as stored and shown: valid UTF-8 (undecodable bytes as \\xNN)."""
        return path_text(self.path)

    @property
    def stem(self) -> str:
        """The file name without its format suffixes: the doc_id of a one-article file
        (made safe when the name has undecodable bytes or control characters)."""
        return safe_file_id(self._bare_stem())

    def _bare_stem(self) -> str:
        name = self.path.name
        lowered = name.lower()
        if self.gzipped and lowered.endswith(GZIP_SUFFIX):
            name, lowered = name[: -len(GZIP_SUFFIX)], lowered[: -len(GZIP_SUFFIX)]
        for suffix in FORMAT_BY_SUFFIX:
            if lowered.endswith(suffix) and len(name) > len(suffix):
                return name[: -len(suffix)]
        return name


@dataclass(frozen=True)
class IgnoredFile:
    """A file met while walking a directory that is not in a format we read (README.md)."""

    path: Path


def classify(path: Path) -> InputFile | None:
    """The input format of a file from its name, or None when we do not read it."""
    lowered = path.name.lower()
    for suffix, fmt in FORMAT_BY_SUFFIX.items():
        if lowered.endswith(suffix):
            return InputFile(path, fmt, gzipped=False)
        if lowered.endswith(suffix + GZIP_SUFFIX) and fmt != "warc":
            return InputFile(path, fmt, gzipped=True)
    return None


def discover(paths: Iterable[str | Path]) -> Iterator[InputFile | IgnoredFile | IngestProblem]:
    """Every input file under `paths`, and a problem for each path we cannot use."""
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, seen)
        else:
            found = _check_file(path, explicit=True)
            if isinstance(found, InputFile):
                if _first_time(found.path, seen):
                    yield found
            elif found is not None:
                yield found


def _walk(root: Path, seen: set[Path]) -> Iterator[InputFile | IgnoredFile | IngestProblem]:
    problems: list[IngestProblem] = []

    def on_error(error: OSError) -> None:
        problems.append(
            IngestProblem(
                path_text(error.filename or root), None, f"cannot read directory: {error.strerror}"
            )
        )

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        yield from problems
        problems.clear()
        # Hidden directories (.git, .cache) never hold the corpus.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            found = _check_file(Path(dirpath) / name, explicit=False)
            if isinstance(found, InputFile):
                if _first_time(found.path, seen):
                    yield found
            elif found is not None:
                yield found
    yield from problems


def _check_file(path: Path, explicit: bool) -> InputFile | IgnoredFile | IngestProblem | None:
    source = path_text(path)
    try:
        mode = path.stat().st_mode  # follows symlinks; does not open, so a FIFO cannot block
    except FileNotFoundError:
        if path.is_symlink():
            return IngestProblem(source, None, f"broken symbolic link (to {os.readlink(path)})")
        return IngestProblem(source, None, "no such file or directory")
    except OSError as exc:
        return IngestProblem(source, None, f"cannot access: {exc.strerror}")
    if not stat.S_ISREG(mode):
        return IngestProblem(source, None, f"not a regular file ({_kind(mode)}); skipped")
    found = classify(path)
    if found is None:
        if explicit:
            known = ", ".join(FORMAT_BY_SUFFIX)
            return IngestProblem(source, None, f"unsupported file type (expected one of {known})")
        return IgnoredFile(path)
    return found


def _first_time(path: Path, seen: set[Path]) -> bool:
    """False for a file already met under another given path (or through a link)."""
    real = path.resolve()
    if real in seen:
        return False
    seen.add(real)
    return True


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"
