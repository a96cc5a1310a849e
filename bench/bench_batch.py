"""Batch coding throughput: documents/s for 1 and 2 workers on each engine against the plain single
process, and the projected hours to code one day of global news (about 200,000 articles) on 16 cores.

    .venv/bin/python bench/bench_batch.py [--documents 2000] [--engines local,spark,ray]

The input is the bundled sample reports (articles of all lengths), repeated with a counter so every
document is distinct, written as 4 JSONL shards.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from sahelwatch.batch.engines import run_batch
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.ingest import read_path

REPO = Path(__file__).resolve().parents[1]
DAY_OF_NEWS = 200_000


def make_shards(folder: Path, n: int) -> list[dict]:
    originals = [d for d in read_path(REPO / "samples") if d.status == "ok"]
    if not originals:
        sys.exit("no sample reports found under samples/")
    rows = []
    for i in range(n):
        d = originals[i % len(originals)]
        rows.append({"id": f"b{i}", "text": f"{d.text}\n({i})", "language": d.language,
                     "published": d.published.isoformat() if d.published else None})
    folder.mkdir(parents=True, exist_ok=True)
    for s in range(4):
        with (folder / f"shard{s}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows[s::4])
    return rows


def plain(rows: list[dict]) -> float:
    from sahelwatch.ingest import document_from_record

    extractor = Extractor()
    start = time.perf_counter()
    for r in rows:
        document = document_from_record(r)
        if document.status == "ok":
            extractor(document)
    return len(rows) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--engines", default="local,spark,ray")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = make_shards(Path(tmp) / "in", args.documents)
        words = sum(len(r["text"].split()) for r in rows) / len(rows)
        print(f"{len(rows)} documents, {words:.0f} words on average")
        base = plain(rows)
        print(f"plain single process: {base:.1f} documents/s")
        best = base
        for engine in args.engines.split(","):
            for workers in (1, 2):
                try:
                    report = run_batch(Path(tmp) / "in", Path(tmp) / f"out-{engine}-{workers}", engine=engine,  # type: ignore[arg-type]
                                       workers=workers, chunk_rows=250)
                except RuntimeError as exc:
                    print(f"{engine}: skipped ({exc})")
                    break
                rate = report.documents_per_second
                best = max(best, rate / workers)
                print(f"{engine}, {workers} worker(s): {rate:.1f} documents/s (includes engine start-up, "
                      f"{report.seconds:.1f} s in all)")
        hours = DAY_OF_NEWS / (best * 16) / 3600
        print(f"projection: {DAY_OF_NEWS:,} articles on a 16-core node at {best:.1f} documents/s per core: "
              f"{hours:.2f} hours")


if __name__ == "__main__":
    main()
