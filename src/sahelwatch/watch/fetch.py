"""One polite HTTP GET: conditional headers, a size cap that is enforced while streaming, a redirect
limit and a timeout. Every failure comes back as a `Fetched` with an error, never as an exception, so
one broken or hostile source cannot stop the others."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from sahelwatch.watch.config import Settings


@dataclass
class Fetched:
    url: str
    status: int = 0
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200


class Fetcher:
    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings
        self.client = httpx.Client(
            follow_redirects=True, max_redirects=settings.max_redirects, transport=transport,
            timeout=httpx.Timeout(settings.timeout_seconds),
            headers={"User-Agent": settings.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response)
        except httpx.TooManyRedirects:
            return Fetched(url, error=f"more than {self.settings.max_redirects} redirects (a redirect loop?)")
        except httpx.TimeoutException:
            return Fetched(url, error=f"no answer within {self.settings.timeout_seconds:g} s")
        except httpx.HTTPError as exc:
            return Fetched(url, error=f"{type(exc).__name__}: {exc}")

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        result = Fetched(url, status=response.status_code, headers=dict(response.headers))
        if response.status_code == 304:
            return result
        if response.status_code != 200:
            result.error = f"HTTP {response.status_code}"
            return result
        declared = response.headers.get("content-length", "")
        cap = self.settings.max_bytes
        if declared.isdigit() and int(declared) > cap:
            result.error = f"body of {int(declared):,} bytes is over the {cap:,}-byte cap"
            return result
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                result.error = f"body over the {cap:,}-byte cap; stopped reading"
                return result
            chunks.append(chunk)
        result.body = b"".join(chunks)
        return result
