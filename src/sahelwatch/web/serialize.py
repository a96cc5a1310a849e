"""Data-model objects to the JSON the API returns (one shape per noun, used by every endpoint)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sahelwatch.model import Document, Event, Mention, Observation, Review


def event_reports(store: Any, event: Event) -> list[tuple[Document | None, Mention]]:
    """Each mention of the event with the report it came from (None if that report is gone)."""
    wanted = set(event.mention_ids)
    out = []
    for document_id in dict.fromkeys(mid.split(":")[0] for mid in event.mention_ids):
        document = store.document(document_id)
        out.extend((document, m) for m in store.mentions(document_id=document_id) if m.id in wanted)
    return out


def event_json(event: Event, full: bool = False) -> dict[str, Any]:
    out = event.to_json()
    out.update(id=event.id, review_state=event.review_state, mention_ids=list(event.mention_ids))
    if full:
        out["claims"] = {
            name: [
                {"value": c.value, "mention_id": c.mention_id, "document_id": c.document_id,
                 "source": c.source, "evidence": [list(s) for s in c.evidence]}
                for c in claims
            ]
            for name, claims in event.claims_by_field.items()
        }
        out["rules"] = dict(event.rules)
    return out


def observation_json(observation: Observation) -> dict[str, Any]:
    out = observation.to_json()
    out.update(id=observation.id, document_id=observation.document_id)
    return out


def document_json(document: Document, with_text: bool = False) -> dict[str, Any]:
    out = {
        "id": document.id, "source": document.source, "url": document.url, "title": document.title,
        "language": document.language, "status": document.status, "reason": document.reason,
        "published": document.published.isoformat() if document.published else None,
        "retrieved": document.retrieved.isoformat() if document.retrieved else None,
        "path": document.path, "external_id": document.external_id,
    }
    if with_text:
        out["text"] = document.text
    return out


def review_json(review: Review) -> dict[str, Any]:
    out = asdict(review)
    out["at"] = review.at.isoformat()
    return out
