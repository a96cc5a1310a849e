"""Files and folders to Documents: text and Markdown (with an optional `key: value` header), HTML,
PDF, JSONL (the evaluation format) and RSS/Atom feeds.

Every input yields at least one Document. One that cannot be read is still yielded, with status
`rejected` (the input is not something SahelWatch processes: empty, binary, too large, another language)
or `failed` (it should have been readable but is broken: a corrupt PDF, a malformed feed or JSON line)
and a reason that names the file and, where there is one, the fix. Nothing a user gave is dropped.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from sahelwatch.ingest.decode import UndecodableError, decode
from sahelwatch.ingest.language import SUPPORTED, detect_language
from sahelwatch.ingest.records import document_from_record, parse_date
from sahelwatch.model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".pdf", ".jsonl"}
HEADER_LINE = re.compile(r"^([A-Za-z_]{2,20}):[ \t]*(.*)$")
HEADER_KEYS = {"title", "source", "url", "date", "published", "language", "lang"}
TAGS = re.compile(r"<[^>]+>")
FOLDER_NOTES = {"README", "LICENSE", "LICENCE", "CREDITS", "SW_README"}


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Every Document in a file or, recursively, a folder (hidden files and folders skipped)."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.is_file() and not hidden and not _is_folder_notes(child):
                yield from read_file(child, max_bytes)
        return
    if not path.exists():
        yield _problem(path, "failed", f"{path}: no such file or folder; check the path", b"")
        return
    yield from read_file(path, max_bytes)


def _is_folder_notes(path: Path) -> bool:
    """A folder's README or LICENSE describes the folder; it is not a report. (Named on the command line,
    it is read like any other file.)"""
    return path.stem.upper() in FOLDER_NOTES


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > max_bytes:
        reason = (f"{path}: {size / 2**20:.1f} MB is over the {max_bytes / 2**20:.0f} MB limit; split the "
                  "file or raise --max-bytes")
        yield _problem(path, "rejected", reason, f"{size}".encode())
        return
    if suffix not in SUFFIXES:
        yield _problem(path, "rejected", f"{path}: unsupported file type {suffix or '(none)'}; use "
                       ".txt, .md, .html, .pdf, .jsonl or an RSS/Atom feed (.xml, .rss, .atom)", b"")
        return
    data = path.read_bytes()
    if not data.strip():
        yield _problem(path, "rejected", f"{path}: empty file", data)
        return
    try:
        for document in _read(path, suffix, data):
            document.path = str(path)
            yield finish(document)
    except UndecodableError as exc:
        yield _problem(path, "rejected", f"{path}: {exc}", data)


def _read(path: Path, suffix: str, data: bytes) -> Iterator[Document]:
    if suffix == ".pdf":
        yield read_pdf(path, data)
    elif suffix == ".jsonl":
        yield from read_jsonl(path, data)
    elif suffix in FEED_SUFFIXES:
        yield from documents_from_feed(data, source=path.name, url=None, where=str(path))
    elif suffix in HTML_SUFFIXES:
        yield document_from_html(data, source=path.name, url=None, where=str(path))
    else:
        yield read_text(data, path)


def finish(document: Document) -> Document:
    """Language detection and the checks every reader shares."""
    if document.status != "ok":
        return document
    if not document.text.strip():
        document.status, document.reason = "rejected", f"{_where(document)}: no text to read"
        return document
    language = (document.language or "").lower()[:2] or detect_language(document.text)
    document.language = language
    if language not in SUPPORTED:
        document.status = "rejected"
        document.reason = (f"{_where(document)}: unsupported language {language}; SahelWatch reads English "
                           "and French")
    return document


def _where(document: Document) -> str:
    return document.path or document.url or document.external_id or document.id


def _problem(path: Path, status: str, reason: str, data: bytes) -> Document:
    # The id mixes path and bytes: two different empty or unreadable files must not collide.
    digest = hashlib.sha256(str(path).encode() + b"\0" + data[:1_000_000]).hexdigest()[:32]
    return Document(id=digest, text="", source=path.name, status=status, reason=reason, path=str(path),  # type: ignore[arg-type]
                    media_type=path.suffix.lower().lstrip(".") or None)


# ---- text and Markdown ------------------------------------------------------------------------------

def read_text(data: bytes, path: Path) -> Document:
    text, _ = decode(data)
    header, body = split_header(text)
    return Document.from_text(
        body, source=header.get("source") or path.name, url=header.get("url"), title=header.get("title"),
        language=(header.get("language") or header.get("lang") or None),
        published=header_date(header.get("published") or header.get("date")),
        media_type="markdown" if path.suffix.lower() in (".md", ".markdown") else "text",
    )


HEADER_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def header_date(value: str | None) -> date | None:
    """A header's date; one that gives only a year ("date: 2016 (approx.)") is that year's middle, nearer
    the truth than the day the file is read."""
    found = parse_date(value)
    year = HEADER_YEAR.search(value or "") if found is None else None
    return date(int(year.group(1)), 7, 1) if year else found


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A leading block of `key: value` lines (title, source, url, date/published, language) and the body."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    header: dict[str, str] = {}
    if lines[0].strip() == "---":  # Markdown front matter: `key: value` lines between two `---` lines
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                match = HEADER_LINE.match(line)
                if match:
                    header[match.group(1).lower()] = match.group(2).strip().strip("'\"")
            if header:
                return header, "\n".join(lines[end + 1:]).strip("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1:]).strip("\n")
            break
        match = HEADER_LINE.match(line)
        if not match or match.group(1).lower() not in HEADER_KEYS | {"licence", "license", "author"}:
            break
        header[match.group(1).lower()] = match.group(2).strip()
    return {}, text


# ---- HTML -------------------------------------------------------------------------------------------

def document_from_html(data: bytes, source: str, url: str | None, where: str = "") -> Document:
    import trafilatura

    html, _ = decode(data)
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            favor_recall=True)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body:
        body = _stripped_html(html)
        if len(body.split()) >= MIN_FALLBACK_WORDS:  # markup too broken for trafilatura: keep the words
            return Document.from_text(body, source=source, url=url, media_type="html")
        return Document.from_text("", source=source, url=url, status="rejected", media_type="html",
                                  reason=f"{where or url}: no article text found in the HTML")
    return Document.from_text(body, source=getattr(extracted, "sitename", None) or source, url=url,
                              title=getattr(extracted, "title", None),
                              published=parse_date(getattr(extracted, "date", None)),
                              language=(getattr(extracted, "language", None) or None), media_type="html")


MIN_FALLBACK_WORDS = 25
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?(</\1\s*>|$)", re.I | re.S)


def _stripped_html(html: str) -> str:
    import html as html_lib

    text = html_lib.unescape(TAGS.sub(" ", _INVISIBLE.sub(" ", html)))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


# ---- PDF --------------------------------------------------------------------------------------------

def read_pdf(path: Path, data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        return _problem(path, "failed", f"{path}: unreadable PDF ({type(exc).__name__}: {exc}); re-export it "
                        "or save the text as .txt", data)
    if not text.strip():
        return _problem(path, "rejected", f"{path}: the PDF has no text layer (a scan?); run OCR first", data)
    return Document.from_text(text, source=path.name, title=title, media_type="pdf")


# ---- JSONL ------------------------------------------------------------------------------------------

def read_jsonl(path: Path, data: bytes) -> Iterator[Document]:
    text, _ = decode(data)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("each line must be a JSON object with a 'text' string")
        except ValueError as exc:
            yield _problem(Path(f"{path}:{number}"), "failed", f"{path}:{number}: {exc}", line.encode())
            continue
        yield document_from_record(record, source=path.name)


# ---- feeds ------------------------------------------------------------------------------------------

def documents_from_feed(data: bytes, source: str, url: str | None, where: str = "") -> list[Document]:
    import feedparser

    parsed = feedparser.parse(data)
    # feedparser recovers what it can from broken XML; an item with neither text nor link is debris.
    entries = [e for e in parsed.get("entries") or []
               if e.get("summary") or e.get("content") or e.get("link")]
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if problem else "a feed with no items"
        return [Document.from_text("", source=source, url=url, status="failed" if problem else "rejected",
                                   reason=f"{where or url}: {reason}", media_type="feed")]
    name = parsed.get("feed", {}).get("title") or source
    return [_entry_document(entry, name, parsed.get("feed", {}).get("language")) for entry in entries]


def _entry_document(entry: Any, source: str, language: str | None) -> Document:
    summary = entry.get("summary") or ""
    if entry.get("content"):
        summary = max((c.get("value", "") for c in entry["content"]), key=len, default=summary)
    text = re.sub(r"[ \t]+", " ", TAGS.sub(" ", summary)).strip()
    published = None
    for key in ("published", "updated"):
        if entry.get(key):
            published = _feed_date(entry[key])
            break
    return Document.from_text(text, source=source, url=entry.get("link"), title=entry.get("title"),
                              published=published, language=(language or "")[:2] or None,
                              media_type="feed-item")


def _feed_date(value: str) -> date | None:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return parse_date(value)


def now_date() -> date:
    return datetime.now().date()
