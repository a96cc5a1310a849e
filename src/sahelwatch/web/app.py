"""The dashboard application: the JSON API under /api and the pages that use it.

    uvicorn "sahelwatch.web.app:app_from_env" --factory      # or: sahelwatch serve

Map and chart code is plotly.js as shipped inside the installed `plotly` Python package (its MapLibre
maps need no tile server), so the dashboard works offline and nothing is copied into this repository.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import plotly
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sahelwatch.web import api, auth, pages

HERE = Path(__file__).parent
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
DATA = HERE.parent / "data"
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    # plotly.js evaluates generated code for some traces, hence 'unsafe-eval'; everything is same-origin.
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-eval'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                               "worker-src 'self' blob:; connect-src 'self'",
}


def create_app(store: Any, *, public_read: bool = True, secret: str | None = None,
               secure_cookies: bool | None = None) -> FastAPI:
    """An app over `store`. `public_read=False` makes every page and GET need a signed-in user;
    `secure_cookies` defaults to on when SAHELWATCH_HTTPS is set (serve behind HTTPS)."""
    app = FastAPI(title="SahelWatch", version="0.1.0",
                  description="Conflict events, siege indicators and alerts, coded from reports.")
    app.state.store = store
    app.state.public_read = public_read
    app.state.signer = auth.Signer(secret)
    app.state.secure_cookies = bool(os.environ.get("SAHELWATCH_HTTPS")) if secure_cookies is None \
        else secure_cookies
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _add_vendor_routes(app)
    _add_error_handlers(app)
    _add_middleware(app)
    return app


def _add_vendor_routes(app: FastAPI) -> None:
    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(PLOTLY_JS, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=31536000, immutable"})

    @app.get("/api/boundaries/{level}", summary="Admin boundaries drawn on the map (GeoJSON)")
    def boundaries(level: str) -> FileResponse:
        files = {p.stem: p for p in (DATA / "boundaries").glob("*.geojson")}
        if level not in files:
            raise HTTPException(404, f"no boundary layer {level!r}; have {sorted(files)}")
        return FileResponse(files[level], media_type="application/geo+json")

    @app.get("/api/corridors", summary="Supply corridors as GeoJSON lines")
    def corridors() -> dict[str, Any]:
        from sahelwatch.knowledge.corridors import load_corridors

        features = [{"type": "Feature", "properties": {"id": c.id, "name": c.name, "feeds": c.feeds},
                     "geometry": {"type": "LineString", "coordinates": [list(p) for p in c.coordinates]}}
                    for c in load_corridors()]
        return {"type": "FeatureCollection", "features": features}


def _error(status: int, message: Any) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not request.url.path.startswith("/api") and exc.status_code == 401:
            return pages.login_redirect(request)
        return _error(exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> Response:
        problems = [{"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        return _error(422, problems)


def _add_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def csrf_cookie_and_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not app.state.signer.csrf_valid(request.cookies.get(auth.CSRF_COOKIE)):
            token = getattr(request.state, "csrf_token", None) or app.state.signer.new_csrf()
            # Readable by the page's script (it echoes it in a header), useless to another site.
            response.set_cookie(auth.CSRF_COOKIE, token, httponly=False, samesite="strict",
                                secure=app.state.secure_cookies)
        return response


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory`: the database URL comes from SAHELWATCH_DB."""
    from sahelwatch.store import Store

    public = os.environ.get("SAHELWATCH_PUBLIC_READ", "1") not in ("0", "false", "no")
    return create_app(Store(os.environ.get("SAHELWATCH_DB")), public_read=public)
