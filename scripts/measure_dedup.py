"""Pairwise precision, recall and F1 of event merging on the dedup gold set.

    .venv/bin/python scripts/measure_dedup.py [tests/data/dedup_gold/reports.jsonl] [--oracle]

Each report is extracted with the real extractor; its main mention (the most confident) stands for the
report. All main mentions are merged together, and every pair of reports is scored: merged and in the
same gold cluster is a true positive, merged across clusters a false positive, apart within a cluster
a false negative. Reports whose extraction found no event count as unmerged.

Two further figures separate the merging rules from the extractor's mistakes:
- `confident_recall`: recall over the gold pairs where both reports have a confident event mention
  (the extractor found an event, not its low-confidence guess for a report with no event cue);
- `--oracle`: the same measurement after replacing each main mention's place and date by the ones the
  gold cluster id names (`<place>-<date>-<what>`, the place looked up in the gazetteer near the
  extractor's guess): what merging would score if the extractor placed and dated every report right.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from itertools import combinations
from pathlib import Path

from sahelwatch.dedup import merge_mentions
from sahelwatch.dedup.merge import MIN_CONFIDENCE
from sahelwatch.extract.pipeline import Extractor
from sahelwatch.model import Document, Mention

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "dedup_gold" / "reports.jsonl"


def measure(path: Path, oracle: bool = False) -> dict[str, float]:
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
            if oracle:
                _oracle(best, r["cluster"])
            main[r["id"]] = best
    merged_with = {}
    for event in merge_mentions(list(main.values())):
        for mention_id in event.mention_ids:
            merged_with[mention_id] = event.id
    event_of = {rid: merged_with.get(m.id) for rid, m in main.items()}
    tp = fp = fn = 0
    confident_pairs = confident_tp = 0
    for a, b in combinations(reports, 2):
        same_gold = a["cluster"] == b["cluster"]
        same_pred = event_of.get(a["id"]) is not None and event_of.get(a["id"]) == event_of.get(b["id"])
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold and all(r["id"] in main and main[r["id"]].confidence >= MIN_CONFIDENCE for r in (a, b)):
            confident_pairs += 1
            confident_tp += same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"reports": len(reports), "with_event": len(main), "gold_pairs": tp + fn, "predicted_pairs": tp + fp,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "confident_gold_pairs": confident_pairs,
            "confident_recall": round(confident_tp / confident_pairs, 3) if confident_pairs else None,
            "oracle": oracle}


def _oracle(m: Mention, cluster: str) -> None:
    from sahelwatch.knowledge.corridors import haversine_km
    from sahelwatch.knowledge.gazetteer import Gazetteer

    parts = cluster.split("-")
    year = next(i for i, p in enumerate(parts) if p.isdigit() and len(p) == 4)
    day = parts[year + 2] if len(parts) > year + 2 and parts[year + 2].isdigit() else None
    m.event_date = date(int(parts[year]), int(parts[year + 1]), int(day) if day else 15)
    m.time_precision = 1 if day else 3
    gazetteer = Gazetteer.load()
    places = gazetteer.lookup(" ".join(parts[:year])) or gazetteer.lookup(parts[0])
    places = [p for p in places if p.feature_class == "P"] or places
    if not places:
        return  # "mali", "us", "russia": a country, keep the extractor's place
    near = min(places, key=lambda p: haversine_km(p.latitude, p.longitude, m.latitude or p.latitude,
                                                   m.longitude or p.longitude))
    m.location, m.latitude, m.longitude, m.geo_precision = near.name, near.latitude, near.longitude, 1
    m.admin1, m.admin2 = near.admin1 or m.admin1, near.admin2 or m.admin2
    m.evidence.pop("location", None)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(measure(Path(args[0]) if args else DEFAULT, oracle="--oracle" in sys.argv)))
