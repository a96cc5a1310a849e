"""Briefings built from a store filled by the real extractor from sample reports: every sentence cites
reports, the map and charts are inline SVG, and the PDF renders."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = [REPO / "samples" / name for name in (
    "en_2025-09-15_wire_kayes_tankers_burned.txt", "fr_2025-09-15_depeche_sandare_citernes.txt",
    "en_2025-09-16_wire_kolokani_ambush.txt", "en_2025-09-20_ngo_ocha_flash_kayes.txt",
    "en_2025-10-28_wire_schools_closed.txt", "en_2025-11-05_ngo_wfp_prices.txt",
    "en_2025-11-18_news_diema_ambush.html")]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from sahelwatch.process import ingest_paths
    from sahelwatch.store import Store

    present = [p for p in SAMPLES if p.is_file()]
    if len(present) < 4:
        pytest.skip("sample reports missing")
    s = Store(f"sqlite:///{tmp_path_factory.mktemp('brief') / 'b.db'}")
    ingest_paths(present, s)
    return s


def test_html_briefing_cites_a_report_in_every_sentence(store, tmp_path: Path):  # noqa: ANN001
    from sahelwatch.export.briefing import write_briefing

    out = tmp_path / "brief.html"
    b = write_briefing(store, "Mali", date(2025, 9, 1), out)
    page = out.read_text(encoding="utf-8")
    assert b.events and b.references
    assert page.count("<svg") >= 2 and "<path" in page and "<circle" in page  # map and charts, inline
    for section in ("summary", "corridors"):
        for sentence in b.sections[section]:
            assert re.search(r'class="cite">\[\d', sentence), sentence
    cited = {int(n) for n in re.findall(r"\b(\d+)\b", " ".join(re.findall(r'class="cite">\[([^\]]*)\]', page)))}
    assert cited and max(cited) <= len(b.references)
    assert all(r.title for r in b.references)
    assert "Dakar–Kayes–Diéma–Bamako" in " ".join(b.sections["corridors"])  # the Kayes road attacks


def test_every_figure_comes_from_the_records(store):  # noqa: ANN001
    from sahelwatch.export.briefing import build_briefing

    b = build_briefing(store, "Kayes", date(2025, 9, 1), date(2025, 9, 30))
    assert all(e.admin1 == "Kayes" and date(2025, 9, 1) <= e.event_date <= date(2025, 9, 30) for e in b.events)
    assert b.figures["fatalities"] == sum(e.fatalities for e in b.events)
    assert b.figures["events"] == len(b.events)


def test_unknown_region_is_an_error_not_an_empty_report(store):  # noqa: ANN001
    from sahelwatch.export.briefing import build_briefing

    with pytest.raises(ValueError, match="no events"):
        build_briefing(store, "Atlantis", date(2025, 9, 1))


def test_pdf_briefing(store, tmp_path: Path):  # noqa: ANN001
    pytest.importorskip("weasyprint")
    from typer.testing import CliRunner

    from sahelwatch.cli import app

    out = tmp_path / "brief.pdf"
    result = CliRunner().invoke(app, ["brief", "--region", "Kayes", "--since", "2025-09-01", "--out", str(out),
                                      "--db", store.url])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 10_000
