"""Event merging at scale: synthetic mentions (several reports per event, spread over a country and
two years) merged in one call.

    .venv/bin/python bench/bench_dedup.py [N_MENTIONS]

Prints mentions, events, seconds and mentions per second. Events are drawn at random places and days;
each is reported 1-4 times with the date a day off or the place a few km off now and then, as reports
of one event disagree.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from sahelwatch.dedup import merge_mentions
from sahelwatch.model import Mention

ACTORS = ["JNIM: Group for Support of Islam and Muslims", "Unidentified Armed Group (Mali)"]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Riots", "Violent demonstration")]


def synthetic(n: int, seed: int = 1) -> list[Mention]:
    rng = random.Random(seed)
    out: list[Mention] = []
    event = 0
    while len(out) < n:
        event += 1
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
        lat, lon = rng.uniform(10.5, 20.0), rng.uniform(-11.5, 3.5)
        kind, sub = rng.choice(TYPES)
        admin1 = f"R{int(lat) % 9}"
        for k in range(rng.randint(1, 4)):
            jitter = rng.random() < 0.2
            out.append(Mention(kind, sub, event_date=day + timedelta(days=1 if jitter else 0), country="Mali",
                               admin1=admin1, location=f"T{event}", latitude=lat + (0.05 if k % 2 else 0),
                               longitude=lon, geo_precision=rng.choice([1, 1, 1, 2, 3]), confidence=0.8,
                               actor1=rng.choice(ACTORS),
                               id=f"d{event}-{k}:m0", document_id=f"d{event}-{k}"))
    return out[:n]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    mentions = synthetic(n)
    start = time.perf_counter()
    events = merge_mentions(mentions)
    seconds = time.perf_counter() - start
    print(f"{n} mentions -> {len(events)} events in {seconds:.1f} s ({n / seconds:,.0f} mentions/s)")
