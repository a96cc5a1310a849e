"""`sahelwatch batch` and `load`: the same Parquet output whatever the engine and the number of workers,
and loading it gives the same database as ingesting the reports directly."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sahelwatch.batch.engines import run_batch
from sahelwatch.batch.load import load_batch
from sahelwatch.store import Store

REPO = Path(__file__).resolve().parents[1]
REPORTS = [
    ("2025-11-14", "en", "On Monday, JNIM militants ambushed a fuel convoy near Diéma, burning about 30 tanker "
                         "trucks and killing four soldiers of the escort."),
    ("2025-10-28", "fr", "Mardi, des hommes armés ont enlevé trois chauffeurs de camions-citernes sur l'axe "
                         "Kati-Kolokani, selon des sources locales."),
    ("2025-11-03", "en", "Diesel sold at 2,000 CFA francs a litre in Bamako on Sunday as queues grew at the "
                         "few stations still open."),
    ("2025-09-20", "fr", "Le gouvernement a annoncé la fermeture des écoles dans la région de Kayes après "
                         "l'attaque de Sandaré, qui a fait au moins douze morts."),
    ("2025-11-01", "de", "Bewaffnete Männer haben am Montag einen Konvoi in der Nähe von Kayes angegriffen."),
]


def write_shards(folder: Path, copies: int = 6) -> Path:
    """Two JSONL shards and one Parquet shard, with one broken line."""
    import pyarrow as pa

    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"id": f"r{i}-{j}", "published": p, "language": lang if lang != "de" else None, "text": f"{t} ({j})"}
            for j in range(copies) for i, (p, lang, t) in enumerate(REPORTS)]
    half = len(rows) // 3
    with (folder / "a.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows[:half])
        f.write("{not json\n")
    with (folder / "b.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows[half: 2 * half])
    pq.write_table(pa.Table.from_pylist(rows[2 * half:]), folder / "c.parquet")
    return folder


def table_rows(out: Path, name: str) -> list[dict]:
    rows = [r for part in sorted((out / name).glob("*.parquet")) for r in pq.read_table(part).to_pylist()]
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> Path:
    return write_shards(tmp_path_factory.mktemp("batch") / "in")


@pytest.fixture(scope="module")
def reference(shards, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "local1"
    report = run_batch(shards, out, engine="local", workers=1, chunk_rows=4)
    assert report.counts["documents"] == len(REPORTS) * 6 + 1
    return out


def assert_same(a: Path, b: Path) -> None:
    for name in ("documents", "mentions", "observations"):
        assert table_rows(a, name) == table_rows(b, name), name


def test_output_has_documents_mentions_and_statuses(reference):
    documents = table_rows(reference, "documents")
    statuses = {d["status"] for d in documents}
    assert statuses == {"ok", "rejected", "failed"}
    assert any("unsupported language de" in (d["reason"] or "") for d in documents)
    assert any("not JSON" in (d["reason"] or "") for d in documents)
    assert table_rows(reference, "observations"), "the price and school closure are observations"


def test_two_local_workers_give_identical_output(shards, reference, tmp_path):
    run_batch(shards, tmp_path / "local2", engine="local", workers=2, chunk_rows=4)
    assert_same(reference, tmp_path / "local2")


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
                    reason="pyspark and Java are needed for the spark engine")
def test_spark_gives_identical_output(shards, reference, tmp_path):
    run_batch(shards, tmp_path / "spark", engine="spark", workers=2, chunk_rows=4)
    assert_same(reference, tmp_path / "spark")


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="ray is needed for the ray engine")
def test_ray_gives_identical_output(shards, reference, tmp_path):
    run_batch(shards, tmp_path / "ray", engine="ray", workers=2, chunk_rows=4)
    assert_same(reference, tmp_path / "ray")


def test_load_matches_direct_ingest_and_is_idempotent(reference, db_url):
    store = Store(db_url)
    counts = load_batch(reference, store)
    assert counts["documents"] == len(REPORTS) * 6 + 1
    assert store.count_documents(status="ok") == (len(REPORTS) - 1) * 6
    assert len(store.mentions()) == counts["mentions"]
    again = load_batch(reference, store)
    assert again["documents"] == 0 and again["skipped"] == counts["documents"]
    assert len(store.mentions()) == counts["mentions"]


def test_missing_input_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no .jsonl or .parquet shards"):
        run_batch(tmp_path / "empty", tmp_path / "out")
