"""The Spark job on local[2]: the same knowledge as `warta extract` for the same articles,
Parquet tables that `warta load` stores (twice: nothing stored twice)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

pytestmark = pytest.mark.slow  # subprocesses, servers or a browser: make test-fast skips

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("java is not installed (Spark needs it)", allow_module_level=True)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


@pytest.fixture(scope="module")
def spark_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    from warta.spark import local_session, run_extract

    out = tmp_path_factory.mktemp("spark") / "out"
    spark = local_session("local[2]")
    spark.sparkContext.setLogLevel("ERROR")
    try:
        counts = run_extract(spark, [EXAMPLES], str(out), partitions=2)
    finally:
        spark.stop()
    return out, counts


def test_spark_knowledge_equals_warta_extract(
    spark_output: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    out, counts = spark_output
    extracted = tmp_path / "extract.jsonl"
    # a fresh process, like Spark's workers: state left in this one by earlier tests
    # (caches in actors/extract) changed one article's extraction in a full run
    command = [sys.executable, "-c", "from warta.cli import main; main()", "extract"]
    subprocess.run([*command, str(EXAMPLES), "-o", str(extracted), "-j", "1"], check=True)
    expected = {row["id"]: row for row in map(json.loads, extracted.read_text().splitlines())}
    table = pq.read_table(out / "knowledge").to_pylist()
    spark = {row["doc_id"]: json.loads(row["knowledge"]) for row in table}
    assert spark == expected
    assert counts["documents"] == counts["articles"] == len(expected) and counts["problems"] == 0


def test_fact_tables_hold_every_event_and_agreement(
    spark_output: tuple[Path, dict[str, int]],
) -> None:
    import pyarrow.parquet as pq

    out, _ = spark_output
    knowledge = [json.loads(r["knowledge"]) for r in pq.read_table(out / "knowledge").to_pylist()]
    from warta.spark.tables import FACT_SCHEMAS, _names

    for table, schema in FACT_SCHEMAS.items():
        parquet = pq.read_table(out / table)
        assert parquet.column_names == _names(schema)
        rows = parquet.to_pylist()
        assert len(rows) == sum(len(k[table]) for k in knowledge), table
    events = pq.read_table(out / "events").to_pylist()
    assert events and all(e["evidence"] and e["ev_end"] > e["ev_start"] for e in events)


def test_load_stores_articles_and_knowledge_once(
    spark_output: tuple[Path, dict[str, int]], db_url: str
) -> None:
    from warta.kb.repository import KnowledgeStore
    from warta.store import open_store

    out, counts = spark_output
    first = runner.invoke(app, ["load", str(out), "--db", db_url])
    assert first.exit_code == 0, first.output
    with open_store(db_url) as store:
        assert store.count_articles() == counts["articles"]
        originals = [a.doc_id for a in store.iter_articles()]
        copy = store.get_article("suara-retno-lavrov-jakarta-sindikasi")
        assert copy is not None and copy.duplicate_of == "antara-retno-lavrov-jakarta"
        ks = KnowledgeStore(store)
        assert all(ks.knowledge_of(doc_id) for doc_id in originals)
        assert ks.events_between(["state:RUS"])
    second = runner.invoke(app, ["load", str(out), "--db", db_url])
    assert second.exit_code == 0, second.output
    assert "loaded 0 new articles" in second.output
    with open_store(db_url) as store:
        assert store.count_articles() == counts["articles"]
