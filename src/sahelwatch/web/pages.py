"""The HTML pages. They are thin: the dashboard and indicators draw from the JSON API in the browser;
the event page is rendered here so its evidence is highlighted in the source text even without script."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

import plotly
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sahelwatch.model import EVENT_TYPES
from sahelwatch.web import auth
from sahelwatch.web.api import EDITABLE_FIELDS
from sahelwatch.web.highlight import highlight
from sahelwatch.web.serialize import event_reports

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
# plotly.js is served with a long cache lifetime; its version in the URL makes an upgrade load the new file
templates.env.globals["plotly_version"] = plotly.__version__


def csrf_for(request: Request) -> str:
    """This browser's CSRF token: the one in its cookie, or a new one the response will set."""
    signer: auth.Signer = request.app.state.signer
    token = request.cookies.get(auth.CSRF_COOKIE)
    if not signer.csrf_valid(token):
        token = getattr(request.state, "csrf_token", None) or signer.new_csrf()
        request.state.csrf_token = token
    return token


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    user = auth.require_reader(request)
    context.update(user=user, csrf_token=csrf_for(request), event_types=EVENT_TYPES)
    return templates.TemplateResponse(request, name, context)


def login_redirect(request: Request) -> Response:
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    return render(request, "dashboard.html")


@router.get("/indicators", response_class=HTMLResponse)
def indicators(request: Request) -> HTMLResponse:
    return render(request, "indicators.html")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    safe_next = next if next.startswith("/") and not next.startswith("//") else "/"
    context = {"user": auth.current_user(request), "csrf_token": csrf_for(request), "next": safe_next}
    return templates.TemplateResponse(request, "login.html", context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    store = request.app.state.store
    event = store.event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return render(request, "event.html", event=event, reports=_reports(store, event),
                  reviews=store.reviews(event_id), editable=EDITABLE_FIELDS,
                  claims=_disagreements(event))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str) -> HTMLResponse:
    store = request.app.state.store
    document = store.document(document_id)
    if document is None:
        raise HTTPException(404, f"no document {document_id!r}")
    spans: dict[str, list] = defaultdict(list)
    for mention in store.mentions(document_id=document_id):
        for field, pairs in mention.evidence.items():
            spans[field].extend(pairs)
    return render(request, "document.html", document=document, text_html=highlight(document.text, spans))


def _reports(store: Any, event: Any) -> list[dict[str, Any]]:
    """Each report that mentions the event, its text with this event's evidence highlighted."""
    return [{"document": document, "mention": mention, "text_html": highlight(document.text, mention.evidence)}
            for document, mention in event_reports(store, event) if document is not None]


def _disagreements(event: Any) -> dict[str, list[Any]]:
    """Fields where the reports' claims differ, with every claim."""
    out = {}
    for name, claims in event.claims_by_field.items():
        if len({repr(c.value) for c in claims}) > 1:
            out[name] = claims
    return out
