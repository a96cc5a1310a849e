"""Ingest → extract → store → merge: the work of `sahelwatch ingest` and `demo`, as a library call.

Each document is extracted and saved in its own transaction, so a crash mid-batch keeps every document
already done and leaves nothing half-written; rerunning skips what is stored (same content, same id)
and re-extracts a changed file (new content, new id; the store marks the old version superseded and drops
its mentions). Events are rebuilt once at the end.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sahelwatch.extract.pipeline import Extractor
from sahelwatch.ingest import DEFAULT_MAX_BYTES, document_from_record, read_path
from sahelwatch.model import Document, Extraction

log = logging.getLogger(__name__)
Progress = Callable[[Document], None]


@dataclass
class IngestSummary:
    read: int = 0
    ok: int = 0
    rejected: int = 0
    failed: int = 0
    unchanged: int = 0
    mentions: int = 0
    observations: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    observations_by_kind: Counter = field(default_factory=Counter)
    events_by_type: Counter = field(default_factory=Counter)
    events_by_admin1: Counter = field(default_factory=Counter)

    @property
    def skipped(self) -> int:
        """Documents skipped because the same content is already stored (an alias of `unchanged`)."""
        return self.unchanged

    @property
    def exit_code(self) -> int:
        """0 all read, 1 some rejected (not processable input), 2 some failed (broken input or a bug)."""
        return 2 if self.failed else 1 if self.rejected else 0

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if not isinstance(v, Counter)}
        for name in ("observations_by_kind", "events_by_type", "events_by_admin1"):
            out[name] = dict(getattr(self, name).most_common())
        out["exit_code"] = self.exit_code
        return out


def ingest_paths(paths: Iterable[Path], store: Any, extractor: Extractor | None = None,
                 published: date | None = None, source: str | None = None,
                 progress: Progress | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestSummary:
    def documents() -> Iterable[Document]:
        for path in paths:
            for document in read_path(Path(path), max_bytes):
                if published and not document.published:
                    document.published = published
                if source:
                    document.source = source
                yield document

    return ingest_documents(documents(), store, extractor, progress)


def ingest_documents(documents: Iterable[Document], store: Any, extractor: Extractor | None = None,
                     progress: Progress | None = None) -> IngestSummary:
    summary = IngestSummary()
    extractor = extractor or Extractor()
    for document in documents:
        summary.read += 1
        _one(document, store, extractor, summary)
        if progress:
            progress(document)
    if summary.ok:
        store.rebuild_events()
    _count_events(store, summary)
    return summary


def _one(document: Document, store: Any, extractor: Extractor, summary: IngestSummary) -> None:
    if store.has_document(document.id):
        if document.status == "ok":
            summary.unchanged += 1
        else:  # still not processable: say so again, so a rerun's exit code tells the truth
            setattr(summary, document.status, getattr(summary, document.status) + 1)
            summary.problems.append(f"{document.status}: {document.reason}")
        return
    if document.status == "ok":
        try:
            extraction = extractor(document)
        except Exception as exc:  # one document's bug must not stop the batch
            log.exception("extraction failed for %s", document.path or document.id)
            document.status = "failed"
            document.reason = f"{document.path or document.id}: extraction error {type(exc).__name__}: {exc}"
            extraction = Extraction(document)
    else:
        extraction = Extraction(document)
    store.save_extraction(extraction)
    setattr(summary, document.status, getattr(summary, document.status) + 1)
    if document.status != "ok":
        summary.problems.append(f"{document.status}: {document.reason}")
    summary.mentions += len(extraction.mentions)
    summary.observations += len(extraction.observations)
    summary.observations_by_kind.update(o.kind for o in extraction.observations)


def _count_events(store: Any, summary: IngestSummary) -> None:
    events = store.events()
    summary.events = len(events)
    summary.events_by_type = Counter(e.event_type for e in events)
    summary.events_by_admin1 = Counter(e.admin1 or "(unknown)" for e in events)


def extract_records(in_path: Path, out_path: Path, extractor: Extractor | None = None,
                    progress: Progress | None = None, country: str | None = None) -> Counter:
    """`sahelwatch extract`: one prediction line per input JSONL line, no database.

    `country` is the country the reports cover (a line's own "country" wins): where a report that names
    no place is coded.

    Output lines are {"id", "status", "events": [...], "observations": [...]}: the events in the format
    ../shared/eval/score.py reads, each with its evidence spans and confidence."""
    import json

    extractor = extractor or Extractor()
    counts: Counter = Counter()
    with in_path.open(encoding="utf-8") as lines, out_path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            record, document = _record(line, in_path, number)
            document.country = document.country or country
            extraction = extractor(document) if document.status == "ok" else Extraction(document)
            counts[document.status] += 1
            counts["events"] += len(extraction.mentions)
            counts["observations"] += len(extraction.observations)
            out.write(json.dumps({
                "id": record.get("id", f"line-{number}"), "status": document.status,
                "reason": document.reason,
                "events": [m.to_json() for m in extraction.mentions],
                "observations": [o.to_json() for o in extraction.observations],
            }, ensure_ascii=False) + "\n")
            if progress:
                progress(document)
    return counts


def _record(line: str, path: Path, number: int) -> tuple[dict, Document]:
    import json

    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
    except ValueError as exc:
        reason = f"{path}:{number}: not a JSON object ({exc})"
        return {}, Document.from_text("", status="failed", reason=reason)
    return record, document_from_record(record, source=path.name)
