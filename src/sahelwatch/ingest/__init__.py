"""Reading reports: files, folders, HTML, PDF, JSONL and feeds to Documents with a status."""

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
