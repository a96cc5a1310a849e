"""`sahelwatch load DIR`: put a batch run's Parquet output into the store, one transaction per document,
then merge the mentions into events. Loading the same folder twice changes nothing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from sahelwatch.batch.rows import document_from_row, mention_from_row, observation_from_row
from sahelwatch.model import Extraction


def _rows(folder: Path) -> list[dict[str, Any]]:
    parts = sorted(folder.glob("part-*.parquet"))
    return [row for part in parts for row in pq.read_table(part).to_pylist()]


def load_batch(out_dir: Path, store: Any, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    if not (out_dir / "documents").is_dir():
        raise FileNotFoundError(f"{out_dir}: no documents/ folder; give the --out folder of `sahelwatch batch`")
    mentions, observations = defaultdict(list), defaultdict(list)
    for row in _rows(out_dir / "mentions"):
        mentions[row["document_id"]].append(mention_from_row(row))
    for row in _rows(out_dir / "observations"):
        observations[row["document_id"]].append(observation_from_row(row))
    documents = _rows(out_dir / "documents")
    counts = {"documents": 0, "skipped": 0, "mentions": 0, "observations": 0}
    for i, row in enumerate(documents):
        document = document_from_row(row)
        if store.has_document(document.id):
            counts["skipped"] += 1
        elif document.status != "ok":
            store.save_document(document)
            counts["documents"] += 1
        else:
            extraction = Extraction(document, mentions[document.id], observations[document.id])
            store.save_extraction(extraction)
            counts["documents"] += 1
            counts["mentions"] += len(extraction.mentions)
            counts["observations"] += len(extraction.observations)
        if progress:
            progress(i + 1, len(documents))
    counts["events"] = store.rebuild_events()
    return counts
