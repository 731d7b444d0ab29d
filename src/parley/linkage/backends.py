"""Database backends for Splink: DuckDB in process by default, Spark local mode on request.

pyspark is imported only when Spark is asked for: it is an optional extra.
"""

from __future__ import annotations

from typing import Any, Literal

import pyarrow as pa
from splink.backends.duckdb import DuckDBAPI

Engine = Literal["duckdb", "spark"]
ENGINES: tuple[Engine, ...] = ("duckdb", "spark")


def database_api(engine: Engine) -> Any:
    """A fresh Splink database API for `engine`."""
    if engine == "duckdb":
        return DuckDBAPI()
    if engine == "spark":
        return _spark_api()
    raise ValueError(f"unknown linkage engine {engine!r}; choose one of {ENGINES}")


def register(db_api: Any, table: dict[str, list[Any]], name: str) -> Any:
    """Register a column-wise table with the backend under `name`."""
    return db_api.register(pa.table(table, schema=_schema(table)), dataset_display_name=name)


def _schema(table: dict[str, list[Any]]) -> pa.Schema:
    # Explicit types: a column that is all null must still have a type Spark accepts.
    ints = {"dob_y", "dob_m", "dob_d"}
    return pa.schema([(c, pa.int32() if c in ints else pa.string()) for c in table])


def _spark_api() -> Any:
    from pyspark.sql import SparkSession
    from splink.backends import spark as splink_spark

    # Splink's Spark API is untyped; hold it as Any rather than silence mypy by line.
    spark_api: Any = splink_spark.SparkAPI
    similarity_jar_location: Any = splink_spark.similarity_jar_location

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("parley-linkage")
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(_checkpoint_dir())
    return spark_api(spark_session=spark, num_partitions_on_repartition=4)


def _checkpoint_dir() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="parley-spark-")
