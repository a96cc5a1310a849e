"""Gazetteer and sw_places: load time, speed, and location accuracy on the ACLED dev notes.

    .venv/bin/python bench/bench_gazetteer.py [--misses N]

Reads ../shared/eval/acled_{mali,bfa}_dev.jsonl for measurement only (nothing is copied; skipped when
absent). For each gold event, the component's event place (`doc._.event_place`) is compared with the
gold coordinates (within 25 km) and admin1. With --misses, prints a sample of misses to study
general rules (never to add note-specific knowledge).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()

    t = time.perf_counter()
    from sahelwatch.knowledge.gazetteer import Gazetteer

    Gazetteer()
    print(f"gazetteer load: {time.perf_counter() - t:.3f} s (cold, includes import)")
    t = time.perf_counter()
    Gazetteer()
    print(f"gazetteer load: {time.perf_counter() - t:.3f} s (warm)")

    from sahelwatch.extract.places import PlaceRecognizer
    from sahelwatch.resolve.places import event_location

    rec = PlaceRecognizer("en")
    corpus = sorted((EVAL.parent / "corpus").glob("*.txt"))
    if corpus:
        texts = [p.read_text(encoding="utf-8") for p in corpus]
        recs = {lang: PlaceRecognizer(lang) for lang in ("en", "fr")}
        t = time.perf_counter()
        for path, text in zip(corpus, texts, strict=True):
            recs["fr" if path.name.startswith("fr_") else "en"].match_text(text)
        elapsed = time.perf_counter() - t
        chars = sum(map(len, texts)) / len(texts)
        print(f"corpus: {len(texts)} articles of {chars:.0f} chars on average, "
              f"{1000 * elapsed / len(texts):.2f} ms/article")
    if not EVAL.exists():
        print(f"{EVAL} absent: skipping the accuracy measurement")
        return
    for name in ("mali", "bfa"):
        docs = [json.loads(line) for line in (EVAL / f"acled_{name}_dev.jsonl").open(encoding="utf-8")]
        n = near = adm1 = found_any = 0
        misses = []
        t = time.perf_counter()
        results = [rec.match_text(d["text"]) for d in docs]
        elapsed = time.perf_counter() - t
        for d, (mentions, preferred) in zip(docs, results, strict=True):
            m = event_location(mentions, preferred)
            for e in d["events"]:
                n += 1
                if m is None or m.place is None:
                    misses.append((d["text"], e, None))
                    continue
                found_any += 1
                ok = km(m.place.latitude, m.place.longitude, e["latitude"], e["longitude"]) <= 25
                near += ok
                adm1 += m.place.admin1 == e["admin1"]
                if not ok:
                    misses.append((d["text"], e, m))
        print(f"{name}: {len(docs)} notes, {n} events; place found {found_any / n:.3f}; "
              f"location@25km {near / n:.3f}; admin1 {adm1 / n:.3f}; "
              f"{len(docs) / elapsed:.0f} notes/s ({1000 * elapsed / len(docs):.2f} ms/note)")
        random.seed(1)
        for text, e, m in random.sample(misses, min(args.misses, len(misses))):
            got = "-"
            if m is not None:
                got = f"{m.text} -> {m.place.name} {m.place.admin1}/{m.place.admin2} p{m.geo_precision}"
            gold = f"{e['location']} ({e['admin1']}/{e['admin2']}) p{e['geo_precision']}"
            print(f"  MISS gold {gold} | got {got}\n     {text[:300]}", file=sys.stderr)


if __name__ == "__main__":
    main()
