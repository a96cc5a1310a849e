"""Input shards (JSONL or Parquet files of documents) cut into chunks that workers read themselves.

A chunk names a file and a row range, so the driver never ships article text to the workers: on a
cluster each worker reads its own slice from shared storage. Chunk names are fixed by the input alone,
so the output files are the same whatever the engine or the number of workers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

SHARD_SUFFIXES = (".jsonl", ".parquet")


@dataclass(frozen=True)
class Chunk:
    path: str
    start: int  # first row (0-based) of the file in this chunk
    stop: int   # one past the last row
    name: str   # e.g. "s00003-c00002": stable output file stem

    def rows(self) -> Iterator[dict[str, Any]]:
        if self.path.endswith(".parquet"):
            table = pq.read_table(self.path).slice(self.start, self.stop - self.start)
            yield from table.to_pylist()
            return
        with open(self.path, encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines):
                if number >= self.stop:
                    break
                if number >= self.start and line.strip():
                    yield _json_row(line, self.path, number)


def _json_row(line: str, path: str, number: int) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"_error": f"{path}:{number + 1}: not JSON ({exc.msg})", "text": line}
    return row if isinstance(row, dict) else {"_error": f"{path}:{number + 1}: not a JSON object"}


def shards(input_path: Path) -> list[Path]:
    if input_path.is_file():
        return [input_path]
    found = sorted(p for p in input_path.rglob("*") if p.suffix in SHARD_SUFFIXES)
    if not found:
        raise FileNotFoundError(f"{input_path}: no .jsonl or .parquet shards found")
    return found


def row_count(path: Path) -> int:
    if path.suffix == ".parquet":
        return pq.ParquetFile(path).metadata.num_rows
    with path.open("rb") as f:
        return sum(1 for _ in f)


def plan(input_path: Path, chunk_rows: int = 500) -> list[Chunk]:
    chunks = []
    for s, shard in enumerate(shards(input_path)):
        total = row_count(shard)
        for c, start in enumerate(range(0, total, chunk_rows)):
            chunks.append(Chunk(str(shard), start, min(total, start + chunk_rows), f"s{s:05d}-c{c:05d}"))
    return chunks
