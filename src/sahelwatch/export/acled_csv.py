"""ACLED-style CSV: ACLED's column names in ACLED's order, plus our event id, confidence and review state."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from sahelwatch.model import ACLED_FIELDS

CSV_COLUMNS = ("event_id", *ACLED_FIELDS, "confidence", "review_state", "report_count")


def render(records: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()
