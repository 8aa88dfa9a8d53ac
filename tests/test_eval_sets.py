"""End to end: `warta extract` on the team's annotated sets, scored by the shared scorer.

tests/data/<set> holds articles written by the team (invented texts restating public facts,
never real articles or the seeds), annotated in build_gold.py before the extractor was first
run on them. The first-run scores are the honest ones (dev 0.826, held-out 0.715, held-out 3
0.733); the thresholds sit a little below the scores after the rounds of general rules, so
a change that loses generality fails here. Skipped when the shared scorer is absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

DATA = Path(__file__).resolve().parent / "data"
SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"

# set -> (minimum overall F1, the score when the threshold was set)
SETS = {
    "devset": (0.95, 0.988),
    "heldout": (0.88, 0.891),
    "heldout3": (0.91, 0.936),
}


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not present")
@pytest.mark.parametrize("name", sorted(SETS))
def test_extraction_scores_above_threshold(name: str, tmp_path: Path) -> None:
    folder = DATA / name
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    articles = sorted((folder / "articles").glob("*.txt"))
    subprocess.run([*cli, "extract", *map(str, articles), "-o", str(out)], check=True)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(folder / "gold.jsonl"), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"overall F1 ([0-9.]+)", result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) >= SETS[name][0], result.stdout


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_is_built_from_its_annotations(name: str) -> None:
    """gold.jsonl is what build_gold.py writes: annotations and gold never drift apart."""
    folder = DATA / name
    spec = importlib.util.spec_from_file_location(f"{name}_build_gold", folder / "build_gold.py")
    assert spec is not None and spec.loader is not None
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)
    gold = folder / "gold.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    assert rows == json.loads(json.dumps(build_gold.build()))
    assert len(rows) >= 12
