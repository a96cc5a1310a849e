"""Placeholder merge: one event per mention. Issue 5 replaces this with real merging."""

from __future__ import annotations

from dataclasses import fields

from sahelwatch.model import Claim, Event, Mention


def merge_mentions(mentions: list[Mention]) -> list[Event]:
    events = []
    for m in mentions:
        base = {f.name: getattr(m, f.name) for f in fields(Mention)}
        base["id"] = f"ev-{m.id}"
        event = Event(**base, mention_ids=[m.id])
        event.claims_by_field = {
            "fatalities": [Claim("fatalities", m.fatalities, m.id, m.document_id, m.source,
                                 m.evidence.get("fatalities", []))]
        }
        events.append(event)
    return events
