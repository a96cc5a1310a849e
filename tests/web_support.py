"""Shared set-up for the web tests: a real SQLite database filled by the real extractor from the bundled
samples, with one user per role, and helpers to act as each of them over HTTP."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi.testclient import TestClient

from sahelwatch.process import ingest_paths
from sahelwatch.store import Store
from sahelwatch.web import auth
from sahelwatch.web.app import create_app

REPO = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("SAHELWATCH_SAMPLES", REPO / "samples"))
PASSWORDS = {"ana": "analyst-pass-1", "vic": "viewer-pass-1", "adm": "admin-pass-1"}
ROLES = {"ana": "analyst", "vic": "viewer", "adm": "admin"}
SECRET = "test-secret-not-for-production"


def build_demo_store(url: str | Path) -> Store:
    store = Store(url if isinstance(url, str) else f"sqlite:///{url}")
    ingest_paths([SAMPLES], store)
    for name, password in PASSWORDS.items():
        store.add_user(name, password, ROLES[name])
    return store


def client_for(store: Store, user: str | None = None, public_read: bool = True) -> TestClient:
    """A client that has loaded a page (so it holds a CSRF cookie) and, if `user`, signed in."""
    client = TestClient(create_app(store, secret=SECRET, public_read=public_read))
    client.get("/login")
    if user:
        response = client.post("/api/login", json={"name": user, "password": PASSWORDS[user]},
                               headers=csrf_header(client))
        assert response.status_code == 200, response.text
    return client


def csrf_header(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.cookies.get(auth.CSRF_COOKIE) or ""}
