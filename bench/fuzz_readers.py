"""Fuzz the ingest readers with many examples (default 20,000): valid files of every
format mutated or replaced by random bytes, plus one structure-aware target per reader
(JSON, JSON Lines, HTML, txt, WARC: each gets a third of the examples, under any file
name); any exception is a failure.

    python bench/fuzz_readers.py --examples 20000

Runs tests/test_fuzz_readers.py with WARTA_FUZZ_EXAMPLES set and prints the count, the
time and the result (recorded in docs/RELIABILITY.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=20_000)
    args = parser.parse_args()
    env = {**os.environ, "WARTA_FUZZ_EXAMPLES": str(args.examples)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
               "no:logging", "--hypothesis-show-statistics", "-k", "not seeds",
               str(ROOT / "tests" / "test_fuzz_readers.py")]  # fmt: skip
    started = time.monotonic()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    minutes = (time.monotonic() - started) / 60
    stats = [line.strip() for line in result.stdout.splitlines() if "passing" in line]
    print(result.stdout[-3000:] if result.returncode else "")
    print(f"examples requested: {args.examples}; {'; '.join(stats)}; {minutes:.1f} min; "
          f"result: {'PASS' if result.returncode == 0 else 'FAIL'}")  # fmt: skip
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
