"""One JSON record (the evaluation format, or a batch shard row) to a Document."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sahelwatch.model import Document

ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def parse_date(value: Any) -> date | None:
    """A date from an ISO string (a month alone is its 15th, as ACLED codes month precision). A value that
    gives a period ("events 2023-10-02 to 2023-12-20") was written at its end, so the last date counts."""
    if isinstance(value, date):
        return value
    matches = list(ISO_DATE.finditer(str(value or "")))
    if not matches:
        return None
    match = matches[-1]
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 15)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def document_from_record(record: dict[str, Any], source: str = "") -> Document:
    from sahelwatch.ingest.readers import finish

    text = record.get("text")
    document = Document.from_text(
        text if isinstance(text, str) else "",
        source=str(record.get("source") or source), url=record.get("url"), title=record.get("title"),
        language=record.get("language") or None, published=parse_date(record.get("published")),
        external_id=str(record["id"]) if record.get("id") is not None else None, media_type="jsonl",
        country=str(record["country"]) if record.get("country") else None,
    )
    return finish(document)
