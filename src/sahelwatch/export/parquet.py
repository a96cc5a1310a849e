"""Parquet (pyarrow) with an explicit schema, so an empty export or an all-null column still has types."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sahelwatch.export.acled_csv import CSV_COLUMNS

_INT = {"time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities", "report_count"}
_FLOAT = {"latitude", "longitude", "confidence"}
SCHEMA = pa.schema([(name, pa.int64() if name in _INT else pa.float64() if name in _FLOAT else pa.string())
                    for name in CSV_COLUMNS])


def write(records: Iterable[dict[str, Any]], out: Path) -> None:
    rows = [{name: r.get(name) for name in CSV_COLUMNS} for r in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), out)
