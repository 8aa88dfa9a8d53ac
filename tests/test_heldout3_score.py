"""End to end: `warta extract` on the round-3 held-out set, scored by the shared scorer.

tests/data/heldout3 holds 12 articles written by the team (invented texts on topics of neither
the dev set nor round 2, rich in context-dependent and multilateral events) annotated before
the extractor was run on them. Its first honest score was 0.733; round 3 brought it to 0.925. The
threshold sits a little below that, so a change that loses generality fails here. Skipped when
the shared scorer is absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout3"
ARTICLES = sorted((HELDOUT / "articles").glob("*.txt"))
GOLD = HELDOUT / "gold.jsonl"
SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"
MIN_OVERALL_F1 = 0.91  # scored 0.925 when this was set (0.733 before round 3)

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py not present")


def test_heldout3_extraction_scores_above_threshold(tmp_path):
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-c", "from warta.cli import main; main()"]
    subprocess.run([*cli, "extract", *map(str, ARTICLES), "-o", str(out)], check=True)
    result = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    match = re.search(r"overall F1 ([0-9.]+)", result.stdout)
    assert match, result.stdout
    assert float(match.group(1)) >= MIN_OVERALL_F1, result.stdout


def test_heldout3_gold_is_built_from_its_annotations():
    """gold.jsonl is what build_gold.py writes: annotations and gold never drift apart."""
    # loaded under its own name: the dev set's build_gold.py may already be imported
    spec = importlib.util.spec_from_file_location("heldout3_build_gold", HELDOUT / "build_gold.py")
    assert spec is not None and spec.loader is not None
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    assert rows == json.loads(json.dumps(build_gold.build()))
    assert len(rows) >= 12
