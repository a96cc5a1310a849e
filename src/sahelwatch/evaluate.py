"""Evaluation: score predicted events against gold events, and list what went wrong.

This is the project's own implementation of the scoring described in `../shared/eval/README.md`
(the referee there stays the authority; `tests/test_evaluate.py` checks both give the same figures).

    score(gold_docs, pred_docs) -> dict          the same keys as `score.py --json`
    format_score(result) -> str                  the same lines as `score.py` prints
    evaluate_file(gold_path, extractor) -> (result, predictions)
    find_errors(gold_docs, pred_docs) -> list[FieldError]
    error_report(gold_docs, pred_docs, fields=None, limit=None) -> str   (`sahelwatch eval --errors`)
    load_jsonl(path) -> dict[id, doc]        write_jsonl(path, rows) -> None

Documents are JSON objects: gold `{"id", "text", "language", "published", "events": [...]}`, predictions
`{"id", "events": [...]}`, events with ACLED field names. `gold_docs`/`pred_docs` may be a mapping
from id to document or any iterable of documents. A gold document without a prediction has no
predicted events; predictions for ids that are not in the gold set are ignored.

How it counts: in each document every (gold, predicted) pair gets a similarity (2 for the same
sub-event type, 1 for the same event type, 1 for the same date, 3/2/1 for a distance within
5/25/100 km, 1 for a shared actor); pairs are taken greedily from the most similar, each event used
once. Every field is then right or wrong for each gold event, and a gold event with no partner is wrong
on every field, so field accuracies are over all gold events. Detection precision is pairs / predicted
events, recall pairs / gold events.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sahelwatch.geo import haversine_km

log = logging.getLogger(__name__)

EventDict = dict[str, Any]
DocDict = dict[str, Any]

HEADLINE_FIELDS: tuple[str, ...] = (
    "event_type", "sub_event_type", "event_date", "location@25km", "fatalities", "actors",
)

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETS = re.compile(r"\([^)]*\)")


# ---------------------------------------------------------------------------------------------------
# Normalisation and comparisons


def normalise(value: Any) -> str:
    """Lower-case ASCII words: accents dropped, punctuation to single spaces."""
    ascii_text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def normalise_actor(name: Any) -> str:
    """'JNIM: Group for Support of Islam and Muslims' -> 'jnim'; 'Civilians (Mali)' -> 'civilians'."""
    text = str(name or "")
    head, _, _ = text.partition(":")
    return normalise(_BRACKETS.sub(" ", head))


def actor_pair(event: EventDict) -> frozenset[str]:
    names = {normalise_actor(event.get("actor1")), normalise_actor(event.get("actor2"))}
    names.discard("")
    return frozenset(names)


def to_int(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError, OverflowError):
        return None


def distance_km(a: EventDict, b: EventDict) -> float:
    """Great-circle distance between two events' coordinates; infinite when either is missing."""
    try:
        points = [float(e[k]) for e in (a, b) for k in ("latitude", "longitude")]
    except (KeyError, TypeError, ValueError):
        return math.inf
    return haversine_km(*points)


def _same_text(key: str) -> Callable[[EventDict, EventDict], bool]:
    return lambda g, p: normalise(g.get(key)) == normalise(p.get(key))


def _same_admin(key: str) -> Callable[[EventDict, EventDict], bool]:
    # An empty admin name on both sides is not a match: the field was simply not coded.
    def check(g: EventDict, p: EventDict) -> bool:
        gold = normalise(g.get(key))
        return gold != "" and gold == normalise(p.get(key))
    return check


def _same_date(g: EventDict, p: EventDict) -> bool:
    return str(g.get("event_date")) == str(p.get("event_date"))


def _within(limit: float) -> Callable[[EventDict, EventDict], bool]:
    return lambda g, p: distance_km(g, p) <= limit


def _same_int(key: str) -> Callable[[EventDict, EventDict], bool]:
    return lambda g, p: to_int(g.get(key)) == to_int(p.get(key))


def _same_fatalities(g: EventDict, p: EventDict) -> bool:
    predicted = to_int(p.get("fatalities"))
    return predicted is not None and to_int(g.get("fatalities")) == predicted


def _same_actors(g: EventDict, p: EventDict) -> bool:
    return actor_pair(g) == actor_pair(p)


def _inter_codes(event: EventDict) -> set[int]:
    codes = {to_int(event.get("inter1")), to_int(event.get("inter2"))}
    return {c for c in codes if c}


def _same_inter(g: EventDict, p: EventDict) -> bool:
    return _inter_codes(g) == _inter_codes(p)


FIELD_CHECKS: dict[str, Callable[[EventDict, EventDict], bool]] = {
    "event_type": _same_text("event_type"),
    "sub_event_type": _same_text("sub_event_type"),
    "event_date": _same_date,
    "admin1": _same_admin("admin1"),
    "admin2": _same_admin("admin2"),
    "location@5km": _within(5),
    "location@25km": _within(25),
    "geo_precision": _same_int("geo_precision"),
    "fatalities": _same_fatalities,
    "actors": _same_actors,
    "inter_codes": _same_inter,
}


# ---------------------------------------------------------------------------------------------------
# Pairing


def similarity(gold: EventDict, pred: EventDict) -> float:
    points = 0.0
    if normalise(gold.get("sub_event_type")) == normalise(pred.get("sub_event_type")):
        points += 2
    if normalise(gold.get("event_type")) == normalise(pred.get("event_type")):
        points += 1
    if _same_date(gold, pred):
        points += 1
    km = distance_km(gold, pred)
    points += next((bonus for limit, bonus in ((5, 3), (25, 2), (100, 1)) if km <= limit), 0)
    if actor_pair(gold) & actor_pair(pred):
        points += 1
    return points


def pair_events(gold: list[EventDict], pred: list[EventDict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, most similar first: (gold index, predicted index) pairs.

    Ties go to the later gold event, then the later predicted one, so that the figures match the
    referee's exactly."""
    candidates = [(similarity(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)]
    candidates.sort(key=lambda c: (-c[0], -c[1], -c[2]))
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in taken_gold or j in taken_pred:
            continue
        taken_gold.add(i)
        taken_pred.add(j)
        pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------------------------------------------
# Scoring


def _as_mapping(docs: Mapping[str, DocDict] | Iterable[DocDict]) -> dict[str, DocDict]:
    if isinstance(docs, Mapping):
        return dict(docs)
    return {doc["id"]: doc for doc in docs}


def _events(doc: DocDict | None) -> list[EventDict]:
    return list((doc or {}).get("events") or [])


def score(gold_docs: Mapping[str, DocDict] | Iterable[DocDict],
          pred_docs: Mapping[str, DocDict] | Iterable[DocDict]) -> dict[str, Any]:
    """Detection P/R/F1, per-field accuracy over gold events and the headline, as `score.py --json`."""
    gold_by_id = _as_mapping(gold_docs)
    pred_by_id = _as_mapping(pred_docs)
    gold_total = pred_total = paired_total = 0
    correct = {name: 0 for name in FIELD_CHECKS}
    sub_type_counts: dict[str, list[int]] = {}
    for doc_id, gold_doc in gold_by_id.items():
        gold = _events(gold_doc)
        pred = _events(pred_by_id.get(doc_id))
        gold_total += len(gold)
        pred_total += len(pred)
        pairs = pair_events(gold, pred)
        paired_total += len(pairs)
        for g in gold:
            sub_type_counts.setdefault(g.get("sub_event_type") or "?", [0, 0])[1] += 1
        for i, j in pairs:
            g, p = gold[i], pred[j]
            for name, check in FIELD_CHECKS.items():
                if check(g, p):
                    correct[name] += 1
            if FIELD_CHECKS["sub_event_type"](g, p):
                sub_type_counts[g.get("sub_event_type") or "?"][0] += 1

    precision = paired_total / pred_total if pred_total else 0.0
    recall = paired_total / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = {name: (n / gold_total if gold_total else 0.0) for name, n in correct.items()}
    headline = sum(accuracy[name] for name in HEADLINE_FIELDS) / len(HEADLINE_FIELDS)
    ranked = sorted(sub_type_counts.items(), key=lambda item: -item[1][1])
    return {
        "documents": len(gold_by_id),
        "gold_events": gold_total,
        "predicted_events": pred_total,
        "detection": {"precision": round(precision, 4), "recall": round(recall, 4),
                      "f1": round(f1, 4) if precision + recall else 0.0},
        "fields": {name: round(value, 4) for name, value in accuracy.items()},
        "headline": round(headline, 4),
        "sub_event_type_recall": {name: f"{hit}/{total}" for name, (hit, total) in ranked},
    }


def format_score(result: dict[str, Any]) -> str:
    """The text report, line for line as `score.py` prints it."""
    detection = result["detection"]
    lines = [
        f"documents {result['documents']}  gold events {result['gold_events']}  "
        f"predicted {result['predicted_events']}",
        f"detection  P {detection['precision']:.3f}  R {detection['recall']:.3f}  F1 {detection['f1']:.3f}",
    ]
    lines += [f"{name:>16}  {value:.3f}" for name, value in result["fields"].items()]
    lines.append(f"headline (mean of {', '.join(HEADLINE_FIELDS)}): {result['headline']:.3f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------
# Files and the extractor


def load_jsonl(path: str | Path) -> dict[str, DocDict]:
    """One JSON object per line, each with an 'id'; blank lines skipped."""
    docs: dict[str, DocDict] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            if not isinstance(doc, dict) or "id" not in doc:
                raise ValueError(f"{path}:{number}: each line must be a JSON object with an 'id'")
            docs[doc["id"]] = doc
    return docs


def write_jsonl(path: str | Path, rows: Iterable[DocDict]) -> None:
    """One JSON object per line (UTF-8, non-ASCII kept): the prediction file `score.py` reads."""
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def gold_document(doc: DocDict, country: str | None = None) -> Any:
    """A gold line as a `model.Document` (its id kept as the external id; `country`: the country the
    file covers, see `Document.country`)."""
    from sahelwatch.model import Document

    published = doc.get("published")
    return Document.from_text(
        doc.get("text") or "",
        language=doc.get("language") or "en",
        published=date.fromisoformat(published) if published else None,
        external_id=doc["id"],
        source="eval",
        country=country,
    )


def predict(docs: Iterable[DocDict], extractor: Callable[[Any], Any], country: str | None = None) -> list[DocDict]:
    """Run `extractor` (Document -> Extraction) over gold documents: prediction lines for the scorer.

    A document that raises is logged and predicted to have no events, so one bad note does not stop
    an evaluation."""
    predictions: list[DocDict] = []
    for doc in docs:
        try:
            extraction = extractor(gold_document(doc, country))
            events = [mention.to_json() for mention in extraction.mentions]
        except Exception:  # noqa: BLE001 - one failure must not stop the run
            log.exception("extraction failed for %s", doc.get("id"))
            events = []
        predictions.append({"id": doc["id"], "events": events})
    return predictions


def evaluate_file(gold_path: str | Path, extractor: Callable[[Any], Any] | None = None,
                  limit: int | None = None, country: str | None = None) -> tuple[dict[str, Any], list[DocDict]]:
    """Extract every gold document of `gold_path` and score: (result, prediction lines).

    `extractor` defaults to `sahelwatch.extract.pipeline.Extractor()`; `limit` keeps the first n
    documents (the score is then over those only)."""
    gold = load_jsonl(gold_path)
    if limit is not None:
        gold = dict(list(gold.items())[:limit])
    if extractor is None:
        from sahelwatch.extract.pipeline import Extractor

        extractor = Extractor()
    predictions = predict(gold.values(), extractor, country)
    return score(gold, predictions), predictions


# ---------------------------------------------------------------------------------------------------
# Error report


@dataclass
class FieldError:
    doc_id: str
    field: str
    gold: Any
    predicted: Any  # None when the gold event found no partner
    text: str
    paired: bool = True


_SHOWN: dict[str, tuple[str, ...]] = {
    "location@5km": ("location", "latitude", "longitude"),
    "location@25km": ("location", "latitude", "longitude"),
    "actors": ("actor1", "actor2"),
    "inter_codes": ("inter1", "inter2"),
}


def _shown(field: str, event: EventDict | None) -> Any:
    if event is None:
        return None
    keys = _SHOWN.get(field, (field,))
    if len(keys) == 1:
        return event.get(keys[0])
    return {k: event.get(k) for k in keys}


def find_errors(gold_docs: Mapping[str, DocDict] | Iterable[DocDict],
                pred_docs: Mapping[str, DocDict] | Iterable[DocDict],
                fields: Iterable[str] | None = None) -> list[FieldError]:
    """Every wrong field of every gold event, paired as `score` pairs them."""
    wanted = [f for f in (fields or FIELD_CHECKS) if f in FIELD_CHECKS]
    unknown = set(fields or ()) - set(FIELD_CHECKS)
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}; known: {list(FIELD_CHECKS)}")
    pred_by_id = _as_mapping(pred_docs)
    errors: list[FieldError] = []
    for doc_id, gold_doc in _as_mapping(gold_docs).items():
        gold = _events(gold_doc)
        pred = _events(pred_by_id.get(doc_id))
        partner = {i: pred[j] for i, j in pair_events(gold, pred)}
        text = gold_doc.get("text") or ""
        for i, g in enumerate(gold):
            p = partner.get(i)
            for name in wanted:
                if p is None or not FIELD_CHECKS[name](g, p):
                    errors.append(FieldError(doc_id, name, _shown(name, g), _shown(name, p), text,
                                             paired=p is not None))
    return errors


def error_report(gold_docs: Mapping[str, DocDict] | Iterable[DocDict],
                 pred_docs: Mapping[str, DocDict] | Iterable[DocDict],
                 fields: Iterable[str] | None = None, limit: int | None = None) -> str:
    """A readable list of wrong fields, grouped by field: the note, the gold and the predicted value.

    Missed gold events (no predicted partner) are counted per field but listed once each, under
    'missed', so the paired errors stay readable."""
    errors = find_errors(gold_docs, pred_docs, fields)
    by_field: dict[str, list[FieldError]] = {}
    missed: dict[str, FieldError] = {}
    for error in errors:
        if error.paired:
            by_field.setdefault(error.field, []).append(error)
        else:
            missed.setdefault(error.doc_id, error)
    out: list[str] = []
    for name in FIELD_CHECKS:
        items = by_field.get(name)
        if not items:
            continue
        out.append(f"== {name}: {len(items)} wrong on paired events")
        for error in items[:limit]:
            out.append(f"- [{error.doc_id}] gold {_fmt(error.gold)}  predicted {_fmt(error.predicted)}")
            out.append(f"    {error.text}")
    if missed:
        out.append(f"== missed: {len(missed)} documents with a gold event and no predicted partner")
        for error in list(missed.values())[:limit]:
            out.append(f"- [{error.doc_id}] {error.text}")
    return "\n".join(out)


def _fmt(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
