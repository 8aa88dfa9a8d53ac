"""warta on Apache Spark: cleaning, NLP and extraction as a PySpark job.

    from warta.spark import run_extract, read_documents, extract_documents_df, write_tables

    counts = run_extract(spark, ["hdfs-or-local/corpus/"], "out/")    # the whole job
    # inside an existing job: any RDD of warta.ingest.RawDocument
    processed = extract_documents_df(spark, my_documents_rdd, relevant_only=True)
    write_tables(processed, "out/")

The output directory gets Parquet tables articles, knowledge, problems, events,
agreements, quantities, persons, organizations (schemas in warta.spark.tables);
`warta load OUT --db URL` loads articles + knowledge into a store. pyspark is the
optional extra `warta[spark]`; docs/SPARK.md explains running it on a cluster.
"""

from warta.spark.job import extract_documents_df, process_partition, read_documents, run_extract
from warta.spark.job import write_tables as write_tables
from warta.spark.session import local_session

__all__ = [
    "extract_documents_df",
    "local_session",
    "process_partition",
    "read_documents",
    "run_extract",
    "write_tables",
]
