"""End to end: `warta extract` on the shared seed articles, scored by the shared scorer.

Skipped when ../shared (beside the repository) is absent. Seed text is read, never copied.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
GOLD = SHARED / "gold" / "seeds.jsonl"
SCORER = SHARED / "eval" / "score.py"
MIN_OVERALL_F1 = 0.80

pytestmark = pytest.mark.skipif(
    not (SEEDS and GOLD.exists() and SCORER.exists()), reason="../shared seeds not present"
)


def test_seed_extraction_scores_above_threshold(tmp_path):
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    subprocess.run([*cli, "extract", *map(str, SEEDS), "-o", str(out)], check=True)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"overall F1 ([0-9.]+)", result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) >= MIN_OVERALL_F1, result.stdout


def test_plover_format_has_spec_fields(tmp_path):
    out = tmp_path / "plover.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    subprocess.run(
        [*cli, "extract", str(SEEDS[0]), "--format", "plover", "-o", str(out)], check=True
    )
    import json

    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text"):
        assert key in records[0]
    assert {"sentence", "start", "end"} <= set(records[0]["text_info"])
