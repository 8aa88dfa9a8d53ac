"""A SparkSession for running warta locally (tests, one machine, `warta spark extract`)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def local_session(master: str = "local[2]", app_name: str = "warta") -> SparkSession:
    """A session whose Python workers run this interpreter (the one with warta and its
    model installed); on a cluster, spark-submit builds the session (docs/SPARK.md)."""
    from pyspark.sql import SparkSession

    # read when the context starts the Python workers (the conf below alone is not)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.pyspark.python", sys.executable)
        .config("spark.pyspark.driver.python", sys.executable)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.python.worker.reuse", "true")  # the pipeline stays loaded
        .getOrCreate()
    )
