"""A first-use disk cache of indexes derived from the package's data files.

Some indexes took most of the extractor's start-up to build (the gazetteer's ~80,000 name keys and their
spelling-tolerant forms, the event cues' scans, the programs `re` compiles from the largest patterns) and
change only when their data or the code that derives them does. The first process builds them and writes
them to ``~/.cache/sahelwatch`` (``$XDG_CACHE_HOME/sahelwatch``, or ``$SAHELWATCH_CACHE_DIR``; an empty
``SAHELWATCH_CACHE_DIR`` turns the cache off); later ones read them back.

An entry's file name holds a hash of everything it is derived from: the source data, the module that
builds it, the package version and the Python version (``marshal``'s format is Python's). A changed
source therefore names another file, and the stale one is never read. A file that cannot be read back is
rebuilt (each entry carries a checksum), and a directory that cannot be written only means each process
builds its own (as without a cache). Entries no process has read for 30 days are deleted when a new one is
written; the directory may also be deleted at any time.

`Memo` keeps, in memory, answers a process is asked again and again (a name's places, an actor's ACLED name).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from sahelwatch import __version__

T = TypeVar("T")
K = TypeVar("K")

ENV = "SAHELWATCH_CACHE_DIR"
_FORMAT = 2  # of an entry file (checksum, then marshal data): part of every key


def cache_dir() -> Path | None:
    """Where entries are kept, or None when the cache is turned off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured) if configured else None
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "sahelwatch"
    try:
        return Path.home() / ".cache" / "sahelwatch"
    except RuntimeError:  # no home directory (a service account): no cache
        return None


def fingerprint(*sources: bytes) -> str:
    """A hash of the sources of an entry, with the package and Python versions."""
    h = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{sys.version}\0{marshal.version}".encode())
    for source in sources:
        h.update(len(source).to_bytes(8, "little"))
        h.update(source)
    return h.hexdigest()[:32]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value `build()` returns, read from the entry `name`-`key` when one was written before.

    The value must be made of what ``marshal`` writes (dicts, lists, str, int...)."""
    directory = cache_dir()
    path = directory / f"{name}-{key}.marshal" if directory else None
    if path is not None:
        try:
            value = _load(path.read_bytes())
            _touch(path)
            return value
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, unreadable, cut short or damaged: built again below
    value = build()
    if path is not None:
        data = marshal.dumps(value)
        _write(path, _digest(data) + data)
        _prune(path.parent)
    return value


_DIGEST = 4  # bytes of CRC-32: damage, not tampering, is what it detects
_KEEP_DAYS = 30  # an entry no process has read for this long is deleted (its source has surely changed)


def _digest(data: bytes) -> bytes:
    return zlib.crc32(data).to_bytes(_DIGEST, "little")


def _load(data: bytes) -> Any:
    body = data[_DIGEST:]
    if _digest(body) != data[:_DIGEST]:
        raise ValueError("damaged cache entry")  # marshal is not meant to read damaged data
    # an index is ~100,000 new lists, none of them in a cycle: the collector's passes over the growing
    # heap while they are made are a third of the load
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(body)
    finally:
        if enabled:
            gc.enable()


def _touch(path: Path) -> None:
    # an entry's time is when a process last read it (checked at most once a day)
    now = time.time()
    with contextlib.suppress(OSError):
        if now - path.stat().st_mtime > 86400:
            os.utime(path, (now, now))


def _prune(directory: Path) -> None:
    """Delete the entries (and temporary files left by a killed writer) not read for `_KEEP_DAYS` days: a
    changed source names a new entry and leaves the old one unread."""
    old = time.time() - _KEEP_DAYS * 86400
    for path in [*directory.glob("*.marshal"), *directory.glob("*.tmp")]:
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < old:
                path.unlink()


def _write(path: Path, data: bytes) -> None:
    # written under a temporary name and renamed: a process reading at the same time sees the whole
    # file or none
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # read-only home, full disk: the value is still returned, only not kept


class Memo(Generic[K, T]):
    """Answers that depend on the data files alone, kept by their key, at most `size` of them (then it starts
    again: a long-running process reads report after report, and the same names come back within one, not
    forever). An answer is never None."""

    def __init__(self, size: int = 65536) -> None:
        self._kept: dict[K, T] = {}
        self._size = size

    def get(self, key: K, compute: Callable[[], T]) -> T:
        got = self._kept.get(key)
        if got is None:
            if len(self._kept) >= self._size:
                self._kept.clear()
            got = self._kept[key] = compute()
        return got
