"""Reading reports: every format, and every kind of bad input gets a clear reason, a stored document with
its status, and the batch carries on."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sahelwatch.ingest import detect_language, read_path
from sahelwatch.process import ingest_paths
from sahelwatch.store import Store

EN = ("On Monday, JNIM militants ambushed a convoy of fuel tankers near Diéma in the Kayes region, "
      "killing three drivers and burning about twenty trucks, local officials said.")
FR = ("Lundi, des hommes armés ont attaqué un convoi de camions-citernes près de Kolokani, dans la région de "
      "Koulikoro, tuant deux chauffeurs, selon des sources locales.")
DE = ("Am Montag haben bewaffnete Männer einen Konvoi mit Tanklastwagen in der Nähe von Kayes angegriffen "
      "und mehrere Fahrer getötet, wie örtliche Behörden mitteilten.")
SW = ("Watu wenye silaha walishambulia msafara wa malori ya mafuta karibu na mji wa Kayes siku ya Jumatatu, "
      "na kuwaua madereva kadhaa, maafisa wa eneo hilo walisema.")


def one(path: Path):
    documents = list(read_path(path))
    assert len(documents) == 1
    return documents[0]


@pytest.mark.parametrize("value, published", [
    ("2025-11-14", date(2025, 11, 14)),
    ("2025-11", date(2025, 11, 15)),
    # a report told over a period was written at its end: "November 14" in it is of that year
    ("events 2023-10-02 to 2023-12-20; stored revision 2024", date(2023, 12, 20)),
    # a year alone is better than the day the file is read
    ("2016 (October, approx.)", date(2016, 7, 1)),
    ("unknown", None),
])
def test_the_header_date_is_the_latest_date_it_gives(tmp_path, value, published):
    f = tmp_path / "r.txt"
    f.write_text(f"title: Report\ndate: {value}\n\n{EN}\n", encoding="utf-8")
    assert next(read_path(f)).published == published


def test_text_with_header(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(f"title: Convoy attacked\nsource: Wire\nurl: https://x.invalid/1\npublished: 2025-11-14\n"
                 f"language: en\n\n{EN}\n", encoding="utf-8")
    d = one(f)
    assert (d.status, d.title, d.source, d.published, d.language) == ("ok", "Convoy attacked", "Wire",
                                                                       date(2025, 11, 14), "en")
    assert d.text.startswith("On Monday"), "evidence offsets refer to the body, without the header"


def test_html_article(tmp_path):
    f = tmp_path / "a.html"
    f.write_text(f"<html><head><title>Attaque</title></head><body><nav>Menu Accueil</nav><article><h1>Attaque"
                 f"</h1><p>{FR}</p><p>{FR}</p></article></body></html>", encoding="utf-8")
    d = one(f)
    assert d.status == "ok" and d.language == "fr" and "Kolokani" in d.text and "Menu" not in d.text


def test_jsonl_eval_format_and_a_broken_line(tmp_path):
    f = tmp_path / "notes.jsonl"
    f.write_text(json.dumps({"id": "n1", "text": EN, "language": "en", "published": "2025-11-10"}) + "\n"
                 + "{broken\n" + json.dumps({"id": "n2", "text": FR}) + "\n", encoding="utf-8")
    docs = list(read_path(f))
    assert [d.status for d in docs] == ["ok", "failed", "ok"]
    assert docs[0].external_id == "n1" and docs[0].published == date(2025, 11, 10)
    assert "notes.jsonl:2" in docs[1].reason and docs[2].language == "fr"


def test_rss_feed_items(tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://x.invalid/1</link><pubDate>Mon, 10 Nov 2025 08:00:00 GMT</pubDate>
<description>{EN}</description></item>
<item><title>Deux</title><link>https://x.invalid/2</link><pubDate>Tue, 11 Nov 2025 08:00:00 GMT</pubDate>
<description>{FR}</description></item></channel></rss>""", encoding="utf-8")
    docs = list(read_path(f))
    assert [(d.status, d.language, d.published) for d in docs] == [
        ("ok", "en", date(2025, 11, 10)), ("ok", "fr", date(2025, 11, 11))]


def test_pdf_with_text(tmp_path):
    pytest.importorskip("pypdf")
    f = tmp_path / "r.pdf"
    f.write_bytes(minimal_pdf("Gunmen attacked a convoy near Kayes on Monday and killed three drivers."))
    d = one(f)
    assert d.status == "ok" and "convoy" in d.text


def minimal_pdf(line: str) -> bytes:
    """A one-page PDF with a text layer, built by hand so the test needs no PDF writer."""
    stream = f"BT /F1 11 Tf 40 700 Td ({line}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---- bad input ----------------------------------------------------------------------------------------

def test_encodings_latin1_and_utf16(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(FR.encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(FR.encode("utf-16"))
    utf16_no_bom = tmp_path / "utf16le.txt"
    utf16_no_bom.write_bytes(FR.encode("utf-16-le"))
    for f in (latin, utf16, utf16_no_bom):
        d = one(f)
        assert d.status == "ok" and "armés" in d.text and d.language == "fr", f.name


def test_markdown_front_matter(tmp_path):
    f = tmp_path / "brief.md"
    header = '---\ntitle: "Weekly brief"\nsource: Desk\npublished: 2025-11-19\ntags: fuel\n---\n'
    f.write_text(f"{header}\n{EN}\n", encoding="utf-8")
    d = one(f)
    assert (d.title, d.source, d.published, d.status) == ("Weekly brief", "Desk", date(2025, 11, 19), "ok")
    assert d.text.startswith("On Monday")


def test_utf8_bom_markdown_and_malformed_html(tmp_path):
    md = tmp_path / "note.md"
    md.write_bytes(("title: Note\nlanguage: fr\n\n# Convoi attaqué\n\n" + FR).encode("utf-8-sig"))
    d = one(md)
    assert (d.status, d.title, d.language) == ("ok", "Note", "fr") and "\ufeff" not in d.text
    html = tmp_path / "broken.html"
    html.write_text(f"<html><head><title>Ambush<body><div><p>{EN}<p>{EN.replace('Monday', 'Tuesday')}"
                    "<div><span>unclosed", encoding="utf-8")
    d = one(html)
    assert d.status == "ok" and "convoy" in d.text, "lenient parsing keeps the article text"


@pytest.mark.parametrize(("name", "content", "status", "reason"), [
    ("empty.txt", b"", "rejected", "empty file"),
    ("blank.txt", b"   \n\n  ", "rejected", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "rejected", "binary file"),
    ("nul.txt", b"abc\x00\x01\x02" * 400, "rejected", "binary file"),
    ("german.txt", DE.encode(), "rejected", "unsupported language de"),
    ("swahili.txt", SW.encode(), "rejected", "unsupported language"),
    ("bad.pdf", b"%PDF-1.4\n this is not really a pdf", "failed", "unreadable PDF"),
    ("broken.xml", b"<rss><channel><item><title>unterminated", "failed", "malformed feed"),
    ("empty.html", b"<html><body><script>var a=1;</script></body></html>", "rejected", "no article text"),
    ("report.docx", b"PK\x03\x04 zipped", "rejected", "unsupported file type .docx"),
])
def test_bad_input_is_kept_with_a_reason(tmp_path, name, content, status, reason):
    f = tmp_path / name
    f.write_bytes(content)
    d = one(f)
    assert d.status == status and reason in d.reason and name in d.reason
    assert d.path == str(f)


def test_huge_file_is_rejected_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as handle:  # sparse: 50 MB on paper, nothing written
        handle.truncate(50 * 1024 * 1024)
    d = one(f)
    assert d.status == "rejected" and "over the 20 MB limit" in d.reason


def test_batch_carries_on_and_exit_code_reports_problems(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"published: 2025-11-14\n\n{EN}", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "d.txt").write_text(f"published: 2025-11-14\n\n{FR}", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    summary = ingest_paths([folder], store)
    assert (summary.read, summary.ok, summary.rejected, summary.failed) == (4, 2, 1, 1)
    assert summary.exit_code == 2
    assert store.count_documents() == 4, "nothing a user gave is lost"
    assert {d.status for d in store.documents()} == {"ok", "rejected", "failed"}


def test_reingest_is_a_no_op_and_a_changed_file_is_reextracted(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(f"published: 2025-11-14\n\n{EN}", encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    first = ingest_paths([f], store)
    again = ingest_paths([f], store)
    assert (first.ok, again.ok, again.unchanged) == (1, 0, 1)
    f.write_text(f"published: 2025-11-14\n\n{EN} Two more drivers died in hospital.", encoding="utf-8")
    changed = ingest_paths([f], store)
    assert changed.ok == 1 and store.count_documents() == 2, "the old version's text is kept"
    old = [d for d in store.documents() if d.reason and d.reason.startswith("superseded by")]
    assert len(old) == 1 and not store.mentions(old[0].id)
    assert all(o.document_id != old[0].id for o in store.observations())


def test_lines_of_one_jsonl_file_do_not_supersede_each_other(tmp_path):
    f = tmp_path / "batch.jsonl"
    rows = [{"id": f"n{i}", "text": text, "language": "en", "published": "2025-11-14"}
            for i, text in enumerate((EN, EN + " A second note."))]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    ingest_paths([f], store)
    assert [d.reason for d in store.documents()] == [None, None]


def test_language_detection():
    assert detect_language(EN) == "en"
    assert detect_language(FR) == "fr"
    assert detect_language(DE) == "de"
    assert detect_language("12 34") == "unknown"
