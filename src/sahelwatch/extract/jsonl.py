"""Extract a JSONL file of documents (the eval format) into a JSONL file of predictions.

``extract_jsonl(in_path, out_path, limit=None) -> int`` reads lines ``{"id", "text", "language",
"published", ...}`` and writes one line per input line: ``{"id", "events": [mention.to_json()...],
"observations": [observation.to_json()...]}``. Returns the number of documents written.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sahelwatch.extract.pipeline import Extractor
from sahelwatch.model import Document


def extract_jsonl(in_path: str | Path, out_path: str | Path, limit: int | None = None) -> int:
    extractor = Extractor()
    n = 0
    with open(in_path, encoding="utf-8") as src, open(out_path, "w", encoding="utf-8") as out:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            published = date.fromisoformat(row["published"][:10]) if row.get("published") else None
            lang = row.get("language") or "en"
            if lang not in extractor.languages:
                lang = "en"
            doc = Document.from_text(row.get("text") or "", language=lang, published=published,
                                     source=row.get("source", ""), external_id=str(row.get("id")))
            try:
                result = extractor(doc)
                events = [m.to_json() for m in result.mentions]
                observations = [o.to_json() for o in result.observations]
            except Exception as exc:  # keep the line so the ids stay aligned
                events, observations = [], []
                row["error"] = str(exc)
            out.write(json.dumps({"id": row.get("id"), "events": events, "observations": observations},
                                 ensure_ascii=False) + "\n")
            n += 1
            if limit is not None and n >= limit:
                break
    return n


if __name__ == "__main__":
    import sys

    extract_jsonl(sys.argv[1], sys.argv[2])
