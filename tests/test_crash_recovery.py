"""A process killed mid-batch leaves nothing half-written, and the rerun completes the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from sahelwatch.extract.pipeline import Extractor
from sahelwatch.model import Document
from sahelwatch.store import Store

TOWNS = ["Kayes", "Diéma", "Kolokani", "Bougouni", "Ségou", "Mopti", "Gao", "Kati", "Sikasso", "Nioro du Sahel"]


def write_reports(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"r{i:03d}.txt").write_text(
            f"published: 2025-11-{1 + i % 28:02d}\nlanguage: en\n\nOn Monday, gunmen attacked a fuel convoy near "
            f"{town}, killing {i % 7} drivers and burning {10 + i} tanker trucks, officials said (report {i}). "
            f"Diesel sold at {1500 + i} CFA francs a litre in {town}.", encoding="utf-8")


def test_kill_mid_batch_then_rerun(db_url, tmp_path):
    folder = tmp_path / "reports"
    write_reports(folder, 120)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "sahelwatch.cli", "ingest", str(folder), "--db", db_url]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store(db_url)
    deadline = time.monotonic() + 120
    while store.count_documents() < 15 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    stored = store.count_documents()
    assert 0 < stored < 120, "the kill should land mid-batch"

    # Every stored document is complete: its mentions and observations are all there.
    extractor = Extractor()
    observations_by_document: dict[str, int] = {}
    for o in store.observations():
        observations_by_document[o.document_id] = observations_by_document.get(o.document_id, 0) + 1
    for document in store.documents(limit=1000):
        fresh = extractor(Document.from_text(document.text, language="en", published=document.published))
        assert len(store.mentions(document.id)) == len(fresh.mentions)
        assert observations_by_document.get(document.id, 0) == len(fresh.observations)

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert store.count_documents() == 120
    assert f"unchanged {stored}" in rerun.stdout
    assert len({o.document_id for o in store.observations()}) == 120
    assert store.observations()[0].date is not None and date(2025, 1, 1) < store.observations()[0].date
