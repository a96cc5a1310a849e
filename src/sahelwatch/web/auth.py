"""Who may do what: signed session cookies, CSRF tokens and role checks.

Sessions are stateless HMAC-signed cookies (name, role, expiry), so a restart with the same secret
keeps users signed in and several server processes can share one database. The secret comes from
SAHELWATCH_SECRET or is generated at start-up: none is ever kept in the repository.

CSRF uses a signed double-submit token: every page carries a token bound to the browser's CSRF cookie;
every write must echo it in the `X-CSRF-Token` header (or a `csrf_token` form field). A page on another
site can neither read the cookie nor forge the signature.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass

from fastapi import HTTPException, Request

SESSION_COOKIE = "sw_session"
CSRF_COOKIE = "sw_csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_SECONDS = 12 * 3600
WRITE_ROLES = ("analyst", "admin")
ROLES = ("viewer", "analyst", "admin")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def can_write(self) -> bool:
        return self.role in WRITE_ROLES


class Signer:
    """Signs and checks the session and CSRF tokens with one server secret."""

    def __init__(self, secret: str | None = None) -> None:
        raw = secret or os.environ.get("SAHELWATCH_SECRET") or secrets.token_hex(32)
        self._key = hashlib.sha256(raw.encode()).digest()

    def _mac(self, payload: str) -> str:
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()[:40]

    def session_token(self, user: User, now: float | None = None) -> str:
        expires = int((now or time.time()) + SESSION_SECONDS)
        payload = f"{user.name}|{user.role}|{expires}"
        encoded = base64.urlsafe_b64encode(payload.encode()).decode()
        return f"{encoded}.{self._mac(payload)}"

    def user_from(self, token: str | None, now: float | None = None) -> User | None:
        if not token or "." not in token:
            return None
        encoded, mac = token.rsplit(".", 1)
        try:
            payload = base64.urlsafe_b64decode(encoded.encode()).decode()
            name, role, expires = payload.split("|")
        except (ValueError, UnicodeDecodeError):
            return None
        if not hmac.compare_digest(mac, self._mac(payload)) or int(expires) < (now or time.time()):
            return None
        return User(name, role) if role in ROLES else None

    def new_csrf(self) -> str:
        nonce = secrets.token_hex(16)
        return f"{nonce}.{self._mac('csrf|' + nonce)}"

    def csrf_valid(self, token: str | None) -> bool:
        if not token or "." not in token:
            return False
        nonce, mac = token.rsplit(".", 1)
        return hmac.compare_digest(mac, self._mac("csrf|" + nonce))


def current_user(request: Request) -> User | None:
    signer: Signer = request.app.state.signer
    return signer.user_from(request.cookies.get(SESSION_COOKIE))


def check_csrf(request: Request, form_token: str | None = None) -> None:
    """Refuse a write whose CSRF token is missing, forged, or not this browser's."""
    signer: Signer = request.app.state.signer
    cookie = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER) or form_token
    if not (cookie and sent and hmac.compare_digest(cookie, sent) and signer.csrf_valid(sent)):
        raise HTTPException(status_code=403, detail="missing or invalid CSRF token; reload the page and retry")


def require_reader(request: Request) -> User | None:
    """Reading is public unless the app was started with public_read=False."""
    user = current_user(request)
    if user is None and not request.app.state.public_read:
        raise HTTPException(status_code=401, detail="sign in to read this SahelWatch instance")
    return user


def require_writer(request: Request) -> User:
    """Writes need a signed-in analyst or admin and a valid CSRF token."""
    user = current_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="sign in as an analyst or admin to make changes")
    if not user.can_write:
        raise HTTPException(status_code=403, detail=f"role {user.role!r} may not make changes")
    check_csrf(request)
    return user
