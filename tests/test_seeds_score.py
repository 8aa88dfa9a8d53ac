"""End to end: `warta extract` on real news, scored by the shared scorer: the seed articles
and the annotated corpus/dev (which no rule, lexicon entry or threshold was written from).

Regression floors sit a little below the scores in docs/EVAL.md. Skipped when ../shared
(beside the repository) is absent. The texts are read, never copied.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
# set -> (articles, gold, minimum overall F1); seeds 0.955 and dev 0.70+ when set
SETS = {
    "seeds": (SEEDS, SHARED / "gold" / "seeds.jsonl", 0.95),
    "corpus/dev": (
        sorted((SHARED / "corpus" / "dev" / "articles").glob("*.txt")),
        SHARED / "corpus" / "dev" / "gold.jsonl",
        0.68,
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SETS))
def test_extraction_scores_above_floor(name, tmp_path):
    articles, gold, floor = SETS[name]
    if not (articles and gold.exists() and SCORER.exists()):
        pytest.skip(f"../shared {name} not present")
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    subprocess.run([*cli, "extract", *map(str, articles), "-o", str(out)], check=True)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"overall F1 ([0-9.]+)", result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) >= floor, result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS, reason="../shared seeds not present")
def test_plover_format_has_spec_fields(tmp_path):
    out = tmp_path / "plover.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    subprocess.run(
        [*cli, "extract", str(SEEDS[0]), "--format", "plover", "-o", str(out)], check=True
    )
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records
    for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text"):
        assert key in records[0]
    assert {"sentence", "start", "end"} <= set(records[0]["text_info"])
