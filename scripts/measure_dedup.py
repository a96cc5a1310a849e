"""Pairwise precision, recall and F1 of event merging on the dedup gold set.

    .venv/bin/python scripts/measure_dedup.py [tests/data/dedup_gold/reports.jsonl]

Each report is extracted with the real extractor; its main mention (the most confident) stands for the
report. All main mentions are merged together, and every pair of reports is scored: merged and in the
same gold cluster is a true positive, merged across clusters a false positive, apart within a cluster
a false negative. Reports whose extraction found no event count as unmerged.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from itertools import combinations
from pathlib import Path

from sahelwatch.dedup import merge_mentions
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.model import Document

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "dedup_gold" / "reports.jsonl"


def measure(path: Path) -> dict[str, float]:
    extractor = Extractor()
    reports = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    main = {}
    for r in reports:
        doc = Document.from_text(r["text"], language=r["language"], published=date.fromisoformat(r["published"]),
                                 source=r.get("source", ""))
        mentions = extractor(doc).mentions
        if mentions:
            best = max(mentions, key=lambda m: m.confidence)
            best.id = f"{doc.id}:main"
            main[r["id"]] = best
    merged_with = {}
    for event in merge_mentions(list(main.values())):
        for mention_id in event.mention_ids:
            merged_with[mention_id] = event.id
    event_of = {rid: merged_with.get(m.id) for rid, m in main.items()}
    tp = fp = fn = 0
    for a, b in combinations(reports, 2):
        same_gold = a["cluster"] == b["cluster"]
        same_pred = event_of.get(a["id"]) is not None and event_of.get(a["id"]) == event_of.get(b["id"])
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"reports": len(reports), "with_event": len(main), "gold_pairs": tp + fn, "predicted_pairs": tp + fp,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)))
