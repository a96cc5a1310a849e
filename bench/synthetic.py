"""Synthetic event databases for the web benchmarks: N events spread over Mali and 2020-2025.

They go through the real Store (one transaction per synthetic document, then the real merge), so the
benchmarks measure the same tables and indexes a user's database has.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sahelwatch.model import EVENT_TYPES, Document, Extraction, Mention
from sahelwatch.store import Store

TOWNS = [
    ("Bamako", "Bamako", 12.65, -8.0), ("Kayes", "Kayes", 14.45, -11.44), ("Segou", "Segou", 13.43, -6.26),
    ("Mopti", "Mopti", 14.49, -4.19), ("Gao", "Gao", 16.27, -0.04), ("Sikasso", "Sikasso", 11.32, -5.67),
    ("Tombouctou", "Tombouctou", 16.77, -3.0), ("Kidal", "Kidal", 18.44, 1.41), ("Kati", "Koulikoro", 12.74, -8.07),
]
ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)", "Civilians (Mali)",
          "Islamic State (Sahel)", "Wagner Group", "Unidentified Armed Group (Mali)"]


def build(path: Path, n_events: int, per_document: int = 100, seed: int = 7) -> Store:
    """Create (or reuse) a database at `path` holding about `n_events` events."""
    store = Store(f"sqlite:///{path}")
    if store.count_events() >= n_events:
        return store
    rng = random.Random(seed)
    pairs = [(t, s) for t, subs in EVENT_TYPES.items() for s in subs]
    for d in range(n_events // per_document):
        document = Document.from_text(f"synthetic report {seed}-{d}", language="en", source="bench",
                                      published=date(2025, 12, 31))
        mentions = []
        for i in range(per_document):
            town, admin1, lat, lon = rng.choice(TOWNS)
            event_type, sub = rng.choice(pairs)
            mentions.append(Mention(
                event_type=event_type, sub_event_type=sub,
                event_date=date(2020, 1, 1) + timedelta(days=rng.randrange(2190)),
                actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), country="Mali", admin1=admin1,
                location=town, latitude=lat + rng.uniform(-0.8, 0.8), longitude=lon + rng.uniform(-0.8, 0.8),
                geo_precision=1, fatalities=rng.choice([0, 0, 1, 2, 5, 12, 30]), confidence=rng.random(),
                evidence={"event_type": [(0, 9)]}, id=f"{document.id}:m{i}", document_id=document.id))
        store.save_extraction(Extraction(document, mentions))
    store.rebuild_events()
    return store
