#!/usr/bin/env python3
"""Reads dyad's Parquet export with an independent reader (pyarrow) and checks
it: row count, partitioning by day, column names and types.

    python3 parquet_check.py OUT_DIR EXPECTED_ROWS

Exits non-zero with a message on any mismatch. Used by tests/parquet.rs.
"""
import sys

import pyarrow as pa
import pyarrow.dataset as ds

EXPECTED_TYPES = {
    "EventID": pa.string(),
    "ClusterID": pa.string(),
    "Day": pa.date32(),
    "Actor1Code": pa.string(),
    "Actor2Code": pa.string(),
    "EventCategory": pa.string(),
    "QuadClass": pa.int32(),
    "Score": pa.float64(),
    "NumMentions": pa.int64(),
    "NumArticles": pa.int64(),
    "NumSources": pa.int64(),
    "ActionGeo_Lat": pa.float64(),
    "Confidence": pa.float64(),
    "DocDate": pa.date32(),
    "SOURCEURL": pa.string(),
}


def fail(msg):
    print(f"parquet_check: {msg}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 3:
        fail("usage: parquet_check.py OUT_DIR EXPECTED_ROWS")
    out, expected = sys.argv[1], int(sys.argv[2])
    dataset = ds.dataset(out, format="parquet", partitioning="hive")
    table = dataset.to_table()
    if table.num_rows != expected:
        fail(f"{table.num_rows} rows, expected {expected}")
    schema = table.schema
    for name, typ in EXPECTED_TYPES.items():
        if name not in schema.names:
            fail(f"missing column {name}")
        if schema.field(name).type != typ:
            fail(f"column {name} is {schema.field(name).type}, expected {typ}")
    if "event_date" not in schema.names:
        fail("no event_date partition column")
    # Every row sits in the partition of its own day.
    days = table.column("Day").to_pylist()
    parts = table.column("event_date").to_pylist()
    for day, part in zip(days, parts):
        if day is not None and str(day) != str(part):
            fail(f"row of day {day} in partition {part}")
    if table.column("QuadClass").null_count or not set(table.column("QuadClass").to_pylist()) <= {1, 2, 3, 4}:
        fail("QuadClass outside 1-4")
    print(f"parquet_check: ok, {table.num_rows} rows, {len(dataset.files)} files, {len(schema.names)} columns")


if __name__ == "__main__":
    main()
