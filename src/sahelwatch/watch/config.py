"""The sources file of `sahelwatch watch FEEDS.toml`.

    [settings]
    interval_minutes = 30        # how often each source is polled
    politeness_seconds = 2       # pause between two requests to the same host
    max_bytes = 5_000_000        # a body larger than this is cut off and the source skipped this round
    timeout_seconds = 20
    max_backoff_hours = 24       # after errors a source waits interval * 2**failures, at most this

    [[source]]
    name = "OCHA Mali updates"
    url = "https://example.org/mali/rss.xml"
    kind = "feed"                # "feed" (RSS/Atom) or "page" (one HTML page, re-read when it changes)
    fetch_articles = true        # for feeds: fetch each item's link and extract the article text
    language = "fr"              # optional: skip detection
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal


class ConfigError(ValueError):
    """The sources file is missing, unreadable or wrong; the message names the file and the fix."""


@dataclass(frozen=True)
class Settings:
    interval_minutes: float = 30.0
    politeness_seconds: float = 2.0
    max_bytes: int = 5_000_000
    timeout_seconds: float = 20.0
    max_backoff_hours: float = 24.0
    max_redirects: int = 5
    user_agent: str = "SahelWatch/0.1 (conflict monitoring; polite polling)"


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    kind: Literal["feed", "page"] = "feed"
    fetch_articles: bool = False
    language: str | None = None
    interval_minutes: float | None = None


@dataclass(frozen=True)
class WatchConfig:
    settings: Settings = field(default_factory=Settings)
    sources: tuple[Source, ...] = ()


def load_config(path: Path) -> WatchConfig:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file; give the path of a TOML sources file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the line it names") from exc
    settings = _build(Settings, raw.get("settings", {}), path, "[settings]")
    entries = raw.get("source", [])
    if not entries:
        raise ConfigError(f"{path}: no [[source]] entries; add at least one with a name and a url")
    sources = tuple(_build(Source, entry, path, f"[[source]] #{i + 1}") for i, entry in enumerate(entries))
    for source in sources:
        if not source.url.startswith(("http://", "https://")):
            raise ConfigError(f"{path}: source {source.name!r} has url {source.url!r}; use http(s)://")
        if source.kind not in ("feed", "page"):
            raise ConfigError(f"{path}: source {source.name!r} has kind {source.kind!r}; use feed or page")
    return WatchConfig(settings, sources)


def _build(cls: type, values: dict, path: Path, where: str):  # noqa: ANN202 - returns cls
    try:
        return cls(**values)
    except TypeError as exc:
        raise ConfigError(f"{path}: {where}: {exc}; see `sahelwatch watch --help` for the keys") from exc
