"""Extraction speed and memory: start-up, short notes/s, full articles/s, one core against two.

    .venv/bin/python bench/bench_extract.py [--notes PATH.jsonl] [--seconds 20]

Short notes are the ACLED notes of ../shared/eval when present (about 50 words each; only their text is
read), else the bundled samples/notes.jsonl. Full articles are the bundled sample reports of 600 words
or more. Peak memory is the resident set of the process after the whole run. Start-up is the median of
five fresh processes with the disk cache of derived indexes filled (warm) and five with it empty (cold),
wall-clock and CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_NOTES = REPO.parent / "shared" / "eval" / "acled_mali_dev.jsonl"


def load_notes(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_articles() -> list[dict]:
    from sahelwatch.ingest import read_path

    articles = []
    for doc in read_path(REPO / "samples"):
        if doc.status == "ok" and len(doc.text.split()) >= 600:
            articles.append({"text": doc.text, "language": doc.language,
                             "published": doc.published.isoformat() if doc.published else None})
    return articles


def documents(rows: list[dict]) -> list:
    from sahelwatch.model import Document

    return [Document.from_text(r["text"], language=r.get("language") or "en",
                               published=date.fromisoformat(r["published"]) if r.get("published") else None)
            for r in rows]


def throughput(rows: list[dict], seconds: float) -> tuple[float, int]:
    """Documents per second on one core, cycling through `rows` for about `seconds`."""
    from sahelwatch.extract.pipeline import Extractor

    extractor, docs = Extractor(), documents(rows)
    for d in docs[:20]:
        extractor(d)  # warm caches
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for d in docs:
            extractor(d)
            done += 1
        if done >= 20 * len(docs):
            break
    return done / (time.perf_counter() - start), done


def cold_throughput(rows: list[dict], seconds: float) -> float:
    """Documents per second when each is tokenised as if never seen: spaCy's tokenizer cache (and the
    warm-up's record of seen chunks) is emptied before every document. Cycling two articles otherwise
    measures a cache that already holds all their words; a stream of new articles lies in between."""
    from sahelwatch.extract.pipeline import Extractor

    extractor, docs = Extractor(), documents(rows)
    for d in docs:
        extractor(d)
    done, spent, start = 0, 0.0, time.perf_counter()
    while time.perf_counter() - start < seconds and done < 20 * len(docs):
        for d in docs:
            warm = extractor.nlp(d.language or "en").tokenizer
            warm.tokenizer.rules = warm.tokenizer.rules  # spaCy empties its cache when the rules are set
            warm.seen.clear()
            t = time.perf_counter()
            extractor(d)
            spent += time.perf_counter() - t
            done += 1
    return done / spent


def _worker(args: tuple[list[dict], float]) -> tuple[float, int]:
    return throughput(*args)


def two_cores(rows: list[dict], seconds: float) -> float:
    half = len(rows) // 2
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        results = list(pool.map(_worker, [(rows[:half], seconds), (rows[half:], seconds)]))
    return sum(rate for rate, _ in results)


STARTUP = ("import time; t=time.perf_counter(); from datetime import date; "
           "from sahelwatch.extract.pipeline import Extractor; from sahelwatch.model import Document; "
           "Extractor()(Document.from_text('On Monday gunmen killed two civilians near Kati.', language='en', "
           "published=date(2025, 11, 14))); print(time.perf_counter()-t)")


def startup_once(cache: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds user+sys) of one fresh process's import, load and first document, with
    `cache` as its disk cache directory (see sahelwatch.cache; "" turns it off)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True,
                         env={**os.environ, "SAHELWATCH_CACHE_DIR": cache})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return float(out.stdout.strip().splitlines()[-1]), cpu


def startup(runs: int = 5) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) start-up over `runs` processes, warm (the disk cache filled by an earlier
    process, as on every start but a new install's or a data update's first) and cold (each process with
    an empty cache, which it fills). The two kinds alternate, so that the machine's load falls on both."""
    times: dict[str, list[tuple[float, float]]] = {"warm": [], "cold": []}
    with tempfile.TemporaryDirectory() as warm:
        startup_once(warm)  # fills it
        for _ in range(runs):
            times["warm"].append(startup_once(warm))
            with tempfile.TemporaryDirectory() as cold:
                times["cold"].append(startup_once(cold))
    return {kind: (statistics.median(w for w, _ in ts), statistics.median(c for _, c in ts))
            for kind, ts in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=Path, default=None)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    notes_path = args.notes or (SHARED_NOTES if SHARED_NOTES.exists() else REPO / "samples" / "notes.jsonl")
    notes = load_notes(notes_path)[:3000]
    articles = load_articles()
    words = sum(len(r["text"].split()) for r in notes) / max(1, len(notes))
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}, {len(notes)} notes from {notes_path.name} "
          f"(~{words:.0f} words), {len(articles)} articles of 600+ words")
    for kind, (wall, cpu) in startup().items():
        print(f"start-up (import, load, first document), {kind} cache: median of 5 {wall:.2f} s "
              f"({cpu:.2f} s CPU)")
    rate, n = throughput(notes, args.seconds)
    print(f"short notes, one core: {rate:.0f} documents/s ({n} documents)")
    if articles:
        rate_a, n_a = throughput(articles, args.seconds)
        print(f"full articles, one core: {rate_a:.1f} articles/s ({n_a} articles)")
        print(f"full articles, one core, tokenizer cache emptied before each: "
              f"{cold_throughput(articles, args.seconds):.1f} articles/s")
    print(f"short notes, two processes: {two_cores(notes, args.seconds):.0f} documents/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (one process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
