"""A large alias alternation, factored on leading characters so that the regex engine does not try every
alias at every word start.

``re`` tries the branches of ``(?:alias1|alias2|...)`` one after another at each position, and with
IGNORECASE it cannot skip a branch on its first character cheaply, so a catalogue of ~1,000 aliases cost
~20 ms per article. ``alternation(alternatives)`` returns a pattern that matches exactly what the flat
alternation matches, trying the same alternatives in the same order at every position, but written as a
trie: ``a(?:l(?:...)|...)|m(?:...)``. Only one first-character group can pass at a given position, so the
engine tries a handful of branches instead of hundreds.

Exactness: a branch is factored only on a token that consumes exactly one character in exactly one way
(a letter or digit, or the apostrophe class), and branches are regrouped only when their first tokens can
never match the same character (their case-folded keys differ). Any other branch (empty, starting with an
optional or repeated token, or with a character whose case-folding is unusual) is a barrier: it keeps its
place, and only the branches between two barriers are regrouped.
"""

from __future__ import annotations

from collections.abc import Sequence

# One token of an alternative: (regex source, key). The key identifies the set of characters the token
# can match; None means "not a single, deterministic character" and the token is never factored.
Token = tuple[str, str | None]

APOSTROPHE = "['’]"


def char_key(ch: str, ignorecase: bool) -> str | None:
    """The factoring key of a literal character, or None when it must not be factored.

    Under IGNORECASE two letters can match the same text character only if they fold together; the key is
    the lower-case form, accepted only when it is a fixed point of lower(upper(.)) (so ``ı``, ``ſ``,
    ``İ``, ``µ`` and other irregular foldings become barriers instead of being grouped wrongly)."""
    if not ch.isalnum():
        return None
    if not ignorecase:
        return ch
    low = ch.lower()
    return low if len(low) == 1 and len(low.upper()) == 1 and low.upper().lower() == low else None


def alternation(alternatives: Sequence[Sequence[Token]]) -> str:
    """A non-capturing regex equivalent to ``(?:`` + ``|``.join(alternatives) + ``)``, factored."""
    return "(?:" + "|".join(_branches([list(a) for a in alternatives])) + ")"


def _branches(alternatives: list[list[Token]]) -> list[str]:
    out: list[str] = []
    segment: list[list[Token]] = []
    for alt in alternatives:
        if alt and alt[0][1] is not None:
            segment.append(alt)
        else:  # a barrier keeps its position: flush the segment before it
            out.extend(_grouped(segment))
            segment = []
            out.append("".join(src for src, _ in alt))
    out.extend(_grouped(segment))
    return out


def _grouped(segment: list[list[Token]]) -> list[str]:
    """Branches of a barrier-free segment, grouped by first-token key in order of first appearance."""
    groups: dict[str | None, list[list[Token]]] = {}
    for alt in segment:
        groups.setdefault(alt[0][1], []).append(alt)
    out: list[str] = []
    for alts in groups.values():
        first = alts[0][0][0]
        if len(alts) == 1 or any(a[0][0] != first for a in alts):
            out.extend("".join(src for src, _ in a) for a in alts)
        else:
            out.append(first + "(?:" + "|".join(_branches([a[1:] for a in alts])) + ")")
    return out
