"""How many location misses a better resolver could fix: admin1 and location@25km misses split by whether the
note names a place the gazetteer knows.

    python scripts/location_ceiling.py GOLD.jsonl PRED.jsonl

Reads the gold and prediction files given (the ../shared/eval format; see score.py there), pairs events as the
referee does, and for each miss asks sw_places what the note names:
  no-place-named     no town, village or admin area the gazetteer knows (countries aside): nothing to locate
                     ("unknown name" when a capitalised word follows a locative: a place the gazetteer lacks)
  place-named        a known place is named, and the event was put elsewhere (resolver or gazetteer error)
  unpaired           the gold event has no predicted partner (an event-count error, not a place error)
Two ceilings: the score if every place-named miss were fixed, and if every miss but the notes naming no place
at all were (gazetteer gaps filled, event counts right).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

from sahelwatch.extract.places import find_places

# "in X", "the village of X", "near X": a capitalised word the gazetteer does not know is likely a place it lacks
_LOCATIVE = re.compile(r"\b(?:in|at|near|(?:village|town|locality|hamlet|area|commune)\s+of)\s+(?!(?:January|February|"
                       r"March|April|May|June|July|August|September|October|November|December|Mali|Malian|Burkina|"
                       r"Burkinabe|Niger|Nigerien|Operation|Independence|Ansar|Islamic|Al|The)\b)[A-Z][a-z'-]{2,}")


def _referee(path: Path):  # noqa: ANN202 - the referee module, loaded from beside the gold file
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main(gold_path: str, pred_path: str) -> None:
    s = _referee(Path(gold_path).parent / "score.py")
    gold, pred = s.load(gold_path), s.load(pred_path)
    tally: Counter[tuple[str, str]] = Counter()
    n_gold = 0
    for doc_id, doc in gold.items():
        g_events = doc.get("events") or []
        n_gold += len(g_events)
        pairs = s.pair(g_events, (pred.get(doc_id) or {}).get("events") or [])
        paired = {id(g) for g, _ in pairs}
        items = pairs + [(g, None) for g in g_events if id(g) not in paired]
        known = None
        for g, p in items:
            for name, bad in (("admin1", p is None or not s.CHECKS["admin1"](g, p)),
                              ("location@25km", p is None or s.km(g, p) > 25)):
                if not bad:
                    continue
                if known is None:
                    known = [m for m in find_places(doc["text"], doc.get("language", "en")) if m.place is not None
                             and not (m.is_region and m.geo_precision == 3 and m.place.feature_class != "A")]
                if p is None:
                    kind = "unpaired"
                elif known:
                    kind = "place-named"
                else:
                    kind = "no-place-named" + (" (unknown name)" if _LOCATIVE.search(doc["text"]) else "")
                tally[(name, kind)] += 1
    print(f"gold events {n_gold}")
    for name in ("admin1", "location@25km"):
        kinds = {k: v for (f, k), v in sorted(tally.items()) if f == name}
        misses = sum(kinds.values())
        fixable = kinds.get("place-named", 0)
        print(f"{name}: {misses} misses ({misses / n_gold:.3f}); "
              + "; ".join(f"{k} {v} ({v / n_gold:.3f})" for k, v in kinds.items())
              + f"; ceiling: place-named fixed {1 - (misses - fixable) / n_gold:.3f}, everything but the notes"
              f" naming no place fixed {1 - kinds.get('no-place-named', 0) / n_gold:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
