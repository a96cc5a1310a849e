"""Bytes to text, or a clear reason why not.

Reports arrive as UTF-8, UTF-8 with a BOM, UTF-16 (Windows tools), or Latin-1/cp1252 (older French
sites). Binary files (images, archives, executables) are recognised and refused rather than decoded into
noise.
"""

from __future__ import annotations

import codecs

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF", b"MZ",
                     b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding SahelWatch reads."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) for report bytes; raises UndecodableError with the reason."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if data.startswith(BINARY_SIGNATURES):
        raise UndecodableError("binary file (an image, archive or program), not a report")
    if _looks_utf16(data):
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    if b"\x00" in data[:4096]:
        raise UndecodableError("binary file (contains NUL bytes), not a report")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if _control_ratio(text) > 0.05:
        raise UndecodableError("binary file (mostly control characters), not a report")
    return text, "cp1252"


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text."""
    sample = data[:2000]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even) or \
        even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd)


def _control_ratio(text: str) -> float:
    sample = text[:4000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))
