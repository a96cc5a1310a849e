"""What one worker does with one chunk: read its rows, extract, write three Parquet files.

The extractor is built once per worker process (module-level cache) and reused for every chunk that
process receives, whichever engine scheduled it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sahelwatch.batch.chunks import Chunk
from sahelwatch.batch.rows import (
    DOCUMENT_SCHEMA,
    MENTION_SCHEMA,
    OBSERVATION_SCHEMA,
    document_row,
    mention_row,
    observation_row,
)
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.ingest.records import document_from_record
from sahelwatch.model import Document

TABLES = {"mentions": MENTION_SCHEMA, "observations": OBSERVATION_SCHEMA, "documents": DOCUMENT_SCHEMA}


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def process_chunk(chunk: Chunk, out_dir: str) -> dict[str, int]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record in chunk.rows():
        document = _document(record, chunk)
        rows["documents"].append(document_row(document))
        if document.status != "ok":
            continue
        try:
            extraction = extractor()(document)
        except Exception as exc:  # one bad document must not sink the chunk
            document.status, document.reason = "failed", f"extraction error: {type(exc).__name__}: {exc}"
            rows["documents"][-1] = document_row(document)
            continue
        rows["mentions"].extend(mention_row(m) for m in extraction.mentions)
        rows["observations"].extend(observation_row(o) for o in extraction.observations)
    for name, schema in TABLES.items():
        folder = Path(out_dir) / name
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows[name], schema=schema)
        pq.write_table(table, folder / f"part-{chunk.name}.parquet")
    return {name: len(values) for name, values in rows.items()}


def _document(record: dict[str, Any], chunk: Chunk) -> Document:
    if "_error" in record:
        document = Document.from_text(str(record.get("text", "")), status="failed", reason=record["_error"])
    else:
        document = document_from_record(record, source=Path(chunk.path).name)
    document.path = chunk.path
    return document
