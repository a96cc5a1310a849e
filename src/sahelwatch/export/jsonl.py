"""JSON Lines (one event per line) and a plain JSON list."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def render(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def render_list(records: Iterable[dict[str, Any]]) -> str:
    return json.dumps(list(records), ensure_ascii=False)
