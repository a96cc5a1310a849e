"""Run `process_chunk` over every chunk on an existing engine: a local process pool, Spark or Ray.

    run_batch(Path("archive/"), Path("out/"), engine="spark", master="local[2]")
    run_batch(Path("archive/"), Path("out/"), engine="ray", address="ray://head:10001")

The same call runs on a laptop (`local[*]`, a local Ray) and on a cluster (a Spark master URL or a Ray
address); the output folder must then be on storage every worker can write to. SahelWatch does no
scheduling of its own: the engine retries failed tasks, and a rerun rewrites the same part files.
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Literal

from sahelwatch.batch.chunks import Chunk, plan
from sahelwatch.batch.worker import process_chunk

Engine = Literal["local", "spark", "ray"]


@dataclass
class BatchReport:
    engine: str
    workers: int
    chunks: int
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def documents_per_second(self) -> float:
        return self.counts.get("documents", 0) / self.seconds if self.seconds else 0.0


def run_batch(input_path: Path, out_dir: Path, engine: Engine = "local", workers: int | None = None,
              master: str | None = None, address: str | None = None, chunk_rows: int = 500) -> BatchReport:
    chunks = plan(input_path, chunk_rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    runners = {"local": _run_local, "spark": _run_spark, "ray": _run_ray}
    if engine not in runners:
        raise ValueError(f"unknown engine {engine!r}; use local, spark or ray")
    results = runners[engine](chunks, str(out_dir), workers, master or address)
    report = BatchReport(engine, workers, len(chunks), time.perf_counter() - started)
    for counts in results:
        for name, n in counts.items():
            report.counts[name] = report.counts.get(name, 0) + n
    (out_dir / "manifest.json").write_text(json.dumps(asdict(report), indent=1), encoding="utf-8")
    return report


def _run_local(chunks: list[Chunk], out: str, workers: int, _: str | None) -> list[dict[str, int]]:
    if workers == 1:
        return [process_chunk(c, out) for c in chunks]
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        return list(pool.map(process_chunk, chunks, [out] * len(chunks)))


def _run_spark(chunks: list[Chunk], out: str, workers: int, master: str | None) -> list[dict[str, int]]:
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise RuntimeError("the spark engine needs pyspark: pip install 'sahelwatch[batch]' (and Java 17+)") \
            from exc
    master = master or f"local[{workers}]"
    builder = (SparkSession.builder.master(master).appName("sahelwatch-batch")
               .config("spark.ui.enabled", "false").config("spark.python.worker.reuse", "true"))
    if master.startswith("local"):
        # Local workers must run this interpreter (the one with SahelWatch installed), not the PATH's.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.getOrCreate()
    try:
        rdd = spark.sparkContext.parallelize(chunks, numSlices=max(1, len(chunks)))
        return rdd.map(lambda chunk: process_chunk(chunk, out)).collect()
    finally:
        spark.stop()


def _run_ray(chunks: list[Chunk], out: str, workers: int, address: str | None) -> list[dict[str, int]]:
    try:
        import ray
    except ImportError as exc:
        raise RuntimeError("the ray engine needs ray: pip install 'sahelwatch[batch]'") from exc
    started_here = not ray.is_initialized()
    if started_here:
        kwargs = {"address": address} if address else {"num_cpus": workers, "include_dashboard": False}
        ray.init(log_to_driver=False, **kwargs)
    try:
        task = ray.remote(process_chunk)
        return ray.get([task.remote(c, out) for c in chunks])
    finally:
        if started_here:
            ray.shutdown()
