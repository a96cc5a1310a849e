"""Reading reports: files, folders, HTML, PDF, JSONL and feeds to Documents with a status.

Contract (what `sahelwatch ingest` and `process.ingest_paths` rely on):
- Every input yields at least one Document; nothing is dropped. Status `ok` (English or French text),
  `rejected` (not something SahelWatch processes: empty, binary, over the size cap, unsupported file type,
  another language: reason "unsupported language xx") or `failed` (should be readable but is broken: a
  corrupt PDF, a malformed feed, a JSONL line that is not a JSON object). The reason names the file (and
  line) and the fix where there is one.
- Files over the cap (20 MB by default, `--max-bytes`) are rejected from their size alone, unread.
- Encodings: UTF-8 (with or without BOM), UTF-16 (BOM or not), else cp1252/Latin-1.
- A document's id is the hash of its text: re-ingesting the same content is a no-op. A changed version of
  a report (same URL, or same file and JSONL id, new text) is extracted as a new document and supersedes
  the old one: the old text stays (reason "superseded by <new id>") but its mentions and observations are
  removed, so events are not counted twice.
- Exit code of `sahelwatch ingest`: 0 everything ok (or unchanged), 1 some input rejected, 2 some failed.
"""

from sahelwatch.ingest.language import detect_language
from sahelwatch.ingest.readers import (
    DEFAULT_MAX_BYTES,
    document_from_html,
    documents_from_feed,
    finish,
    read_file,
    read_path,
)
from sahelwatch.ingest.records import document_from_record, parse_date

__all__ = ["DEFAULT_MAX_BYTES", "detect_language", "document_from_html", "document_from_record",
           "documents_from_feed", "finish", "parse_date", "read_file", "read_path"]
