"""Turn a document's text and evidence spans into escaped HTML with <mark> elements.

Spans may overlap (the same words can support the date and the location); the text is cut at every
span boundary and each piece is marked with all the fields that cover it. Text is always escaped, so a
report that contains `<script>` shows as text.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

FieldSpans = dict[str, Iterable[tuple[int, int]] | Iterable[list[int]]]


def highlight(text: str, spans: FieldSpans) -> Markup:
    cuts = {0, len(text)}
    covering: list[tuple[int, int, str]] = []
    for field, pairs in spans.items():
        for start, end in pairs:
            start, end = max(0, int(start)), min(len(text), int(end))
            if start < end:
                cuts.update((start, end))
                covering.append((start, end, field))
    bounds = sorted(cuts)
    parts: list[str] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[lo:hi])
        fields = sorted({f for s, e, f in covering if s <= lo and hi <= e})
        if fields:
            names = escape(" ".join(fields))
            parts.append(f'<mark class="evidence" data-fields="{names}" title="{names}">{piece}</mark>')
        else:
            parts.append(str(piece))
    return Markup("".join(parts))
