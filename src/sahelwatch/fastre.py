"""Faster forms of large alternations, matching exactly what the plain form matches.

Python's ``re`` tries the branches of ``(?:a|b|...)`` one after another at every position, and with
IGNORECASE it cannot skip a branch on its first character cheaply. The actor catalogue (~1,000 aliases)
and the event cues (~40 patterns of 10-40 branches) cost ~40 ms per article that way.

``alternation(alternatives)`` writes the alternatives as a trie on their leading characters:
``a(?:l(?:...)|...)|m(?:...)``. It tries the same alternatives in the same order at every position, but
only one first-character group can pass at a given position, so the engine tries a handful of branches
instead of hundreds. A branch is factored only on a token that consumes exactly one character in exactly
one way (a letter or digit, or the apostrophe class), and branches are regrouped only when their first
tokens can never match the same character (their case-folded keys differ). Any other branch (empty,
starting with an optional or repeated token, or with a character whose case-folding is unusual) is a
barrier: it keeps its place, and only the branches between two barriers are regrouped.

``first_char_guard(source, flags)`` reads the parsed pattern and returns a lookahead ``(?=[...])`` over
every character a match can start with (a superset: classes keep their categories, inline case flags are
ignored), or "" when that set is not simple. ``sequence_tokens(pattern, flags)`` splits a hand-written
pattern into its first letter and the rest when that is exact, for ``alternation``.

``WordScan`` runs many word-bounded alternations in one pass over a text, giving each the matches its
own ``finditer`` would give. ``WordSet`` finds the words of a text that are in a set of words.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterable, Sequence
from re import _compiler, _parser
from re import _constants as C  # noqa: N812 - the opcode names of the parser below
from typing import Any

from sahelwatch import cache

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


_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}


def first_char_guard(source: str, flags: int = 0) -> str:
    """``(?=[...])`` over the characters a match of `source` can start with, or "" when unknown."""
    items = _first(list(_parser.parse(source, flags)))
    if items is None or items[1] or not items[0]:
        return ""  # unknown, or a match may be empty (and then start with anything)
    return "(?=[" + "".join(sorted(items[0])) + "])"


# _first(sequence) -> (class items a match can start with, whether the sequence can match empty), or
# None when the first character cannot be bounded by a simple class.
_Result = tuple[set[str], bool] | None


def _first(seq: list) -> _Result:
    chars: set[str] = set()
    for op, av in seq:
        item = _item(op, av)
        if item is None:
            return None
        first, nullable = item
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _item(op, av) -> _Result:  # noqa: ANN001 - parser opcodes and their arguments are untyped
    if op is C.LITERAL:
        return {_escape(av)}, False
    if op is C.IN:
        items = set()
        for kind, value in av:
            if kind is C.LITERAL:
                items.add(_escape(value))
            elif kind is C.RANGE:
                items.add(_escape(value[0]) + "-" + _escape(value[1]))
            elif kind is C.CATEGORY and value in _CATEGORIES:
                items.add(_CATEGORIES[value])
            else:
                return None  # negated sets, other categories
        return items, False
    if op is C.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in av[1]:
            result = _first(list(branch))
            if result is None:
                return None
            chars |= result[0]
            nullable = nullable or result[1]
        return chars, nullable
    if op is C.SUBPATTERN:
        return _first(list(av[3]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        result = _first(list(av[2]))
        return None if result is None else (result[0], result[1] or av[0] == 0)
    if op is C.ATOMIC_GROUP:
        return _first(list(av))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width: the next item starts the match
    return None


def _escape(code: int) -> str:
    return re.escape(chr(code))


def sequence_tokens(pattern: str, flags: int) -> list[Token]:
    """A hand-written pattern as alternation tokens: its leading plain letters one by one and the rest, when
    the pattern is a sequence that starts with a plain letter (not quantified, no top-level "|"), else one
    opaque token.

    Every leading letter is a token of its own (not only the first): ``alternation`` then factors the
    alternatives as a trie as deep as their letters go, so that at a word start the engine tries the few
    alternatives that share the word's first letters rather than every one that shares its first letter."""
    head = pattern[:1]
    parsed = _parser.parse(pattern, flags).data
    if not (head.isalnum() and parsed and parsed[0] == (C.LITERAL, ord(head))):
        return [("(?:" + pattern + ")", None)]
    ignorecase = bool(flags & re.IGNORECASE)
    tokens: list[Token] = [(head, char_key(head, ignorecase))]
    # a letter parsed as a literal of its own is consumed once, in one way (not quantified, not factored
    # out of a top-level "|" by the parser, which expand() has split already)
    if len(_split_top(pattern)) == 1:
        while (len(tokens) < len(pattern) and len(tokens) < len(parsed) and pattern[len(tokens)].isalnum()
               and parsed[len(tokens)] == (C.LITERAL, ord(pattern[len(tokens)]))
               and (key := char_key(pattern[len(tokens)], ignorecase)) is not None):
            tokens.append((pattern[len(tokens)], key))
    if len(tokens) < len(pattern):
        tokens.append(("(?:" + pattern[len(tokens):] + ")", None))
    return tokens


def phrase_tokens(phrase: str, ignorecase: bool = True) -> list[Token]:
    """``sequence_tokens(phrase)`` for a phrase written with ``re.escape`` (spaces maybe widened to ``\\s+``),
    without parsing it: re.escape leaves letters bare and escapes every quantifier, so each leading letter is
    a literal of its own. Parsing thousands of lexicon phrases at every start-up cost a tenth of a second."""
    tokens: list[Token] = []
    for ch in phrase:
        key = char_key(ch, ignorecase) if ch.isalnum() else None
        if key is None and (tokens or not ch.isalnum()):
            break
        tokens.append((ch, key))
    if not tokens:
        return [("(?:" + phrase + ")", None)]
    if len(tokens) < len(phrase):
        tokens.append(("(?:" + phrase[len(tokens):] + ")", None))
    return tokens


def phrase_alternatives(phrases: Sequence[str]) -> str:
    """``"|".join(phrases)`` (escaped phrases, see `phrase_tokens`) with the same matches, tried in the same
    order, but those between the first and the last factored as a trie on their leading letters, so that a
    word start tries the few phrases of its letters. The first and the last stay bare: a pattern that splices
    the alternation without a group ("{aux}\\s+") binds what comes before or after to them alone."""
    if len(phrases) < 3:
        return "|".join(phrases)
    return "|".join([phrases[0], alternation([phrase_tokens(p) for p in phrases[1:-1]]), phrases[-1]])


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, its compiled program kept in the disk cache (`sahelwatch.cache`).

    A pattern of thousands of branches (the one-pass cue scan, the actor catalogue) takes a tenth of a
    second or more to compile, nearly all of it in ``re``'s parser, at every start-up. The program depends
    only on the pattern, the flags and the Python version (part of every cache key); handed back to
    ``_sre.compile`` as ``re`` itself hands it (``_sre`` checks it), it makes a pattern equal to the one
    ``re.compile`` makes. Anything unexpected falls back to ``re.compile``."""
    flags = int(flags)
    if flags & re.DEBUG:
        return re.compile(source, flags)
    key = cache.fingerprint(source.encode("utf-8", "surrogatepass"), str(flags).encode())
    try:
        all_flags, code, groups, groupindex, indexgroup = cache.cached("regex", key, lambda: _program(source, flags))
        return _sre.compile(source, all_flags, code, groups, groupindex, tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError, AttributeError):  # another Python's internals
        return re.compile(source, flags)


def _program(source: str, flags: int) -> list:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    # plain ints: marshal writes no int subclass (the opcodes are named constants, the flags RegexFlag)
    return [int(flags | parsed.state.flags), list(map(int, code)), parsed.state.groups - 1,
            dict(parsed.state.groupdict), indexgroup]


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """`source` compiled with its first-character guard in front: the same matches (the guard is a
    superset of the characters a match can start with), but positions no match can start at are
    rejected with one set test instead of a walk through the pattern's branches."""
    return re.compile(first_char_guard(source, flags) + source, flags)


def expand(pattern: str) -> list[str]:
    """The alternatives of a hand-written pattern, in the order the engine tries them: top-level ``|``
    split, and a leading non-capturing group distributed over the rest (``(?:a|b)c`` → ``ac``, ``bc``,
    which ``re`` tries in that same order). That exposes each alternative's first letter to
    ``alternation``. Patterns with named groups or back-references are left whole."""
    if "(?P" in pattern or re.search(r"\\[1-9]", pattern):
        return [pattern]
    return [alt for part in _split_top(pattern) for alt in _distribute(part)]


def _distribute(part: str) -> list[str]:
    if not part.startswith("(?:"):
        return [part]
    close = _group_end(part)
    rest = part[close + 1:]
    if close < 0 or rest[:1] in ("?", "*", "+", "{"):
        return [part]
    return [alt for inner in _split_top(part[3:close]) for alt in _distribute(inner + rest)]


def _scan(source: str) -> list[tuple[int, str, int]]:
    """(index, character, depth) of the structural characters of `source`: parentheses and ``|``
    outside character classes and escapes."""
    out: list[tuple[int, str, int]] = []
    depth, i, in_class = 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":  # a leading "]" is a literal
                i += 1
            continue
        elif ch == "(":
            depth += 1
            out.append((i, ch, depth))
        elif ch == ")":
            out.append((i, ch, depth))
            depth -= 1
        elif ch == "|":
            out.append((i, ch, depth))
        i += 1
    return out


def _split_top(source: str) -> list[str]:
    cuts = [i for i, ch, depth in _scan(source) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _group_end(source: str) -> int:
    """Index of the ")" closing the group that opens `source`, or -1."""
    return next((i for i, ch, depth in _scan(source) if ch == ")" and depth == 1), -1)



class WordScan:
    r"""The matches of many word-bounded patterns ``(?<![\w])alternation(alts)(?![\w])``, each list exactly
    what that pattern's own ``finditer`` gives, from one pass over the text.

    One pass per pattern enters the engine at every character its first-character guard lets through (most
    letters): with ~40 cue patterns that was most of the event stage. Here the engine stops once at each
    word start (the lookbehind every pattern shares), picks the branch of the first character's key, and
    there tries, each in a lookahead that ends in an empty named group marking where its match ends, only
    the alternatives that start with that key or with a barrier (the others cannot match a character of
    another key). A lookahead keeps
    the first successful path, which is the match the pattern's own search finds at that position; a
    pattern's match is kept when it starts at or after the end of its previous match, which is how
    ``finditer`` steps. A pattern that may match empty, whose first character is not known, or that names
    its own groups or refers back to one, keeps a pass of its own (finditer treats empty matches
    differently, and the shared pattern renumbers groups)."""

    def __init__(self, patterns: dict[str, Sequence[Sequence[Token]]], flags: int = 0) -> None:
        self._build(self.plan(patterns, flags))

    @classmethod
    def from_plan(cls, plan: dict[str, Any]) -> WordScan:
        """The scan a `plan` describes (one the disk cache kept: the plan is plain data)."""
        scan = cls.__new__(cls)
        scan._build(plan)
        return scan

    @staticmethod
    def plan(patterns: dict[str, Sequence[Sequence[Token]]], flags: int = 0) -> dict[str, Any]:
        """The sources of the scan's patterns and which named groups mark each pattern's matches."""
        alts = {name: [list(a) for a in p] for name, p in patterns.items()}
        # what each pattern's matches can start with, parsed once: it decides whether the pattern can share
        # the pass, and the shared pattern's guard is the union of those of its members
        firsts = {name: _shared_first(alternation(a), flags) for name, a in alts.items()}
        shared = {name: a for name, a in alts.items() if firsts[name]}
        plan: dict[str, Any] = {
            "order": list(patterns), "flags": int(flags), "source": None, "members": [],
            "own": {name: r"(?<![\w])" + alternation(a) + r"(?![\w])" for name, a in alts.items()
                    if name not in shared},
        }
        if shared:
            plan["source"], plan["members"] = _shared_source(shared, set().union(*(firsts[n] for n in shared)),
                                                             flags)
        return plan

    def _build(self, plan: dict[str, Any]) -> None:
        self.order: list[str] = plan["order"]
        self.own = {name: compiled(source, plan["flags"]) for name, source in plan["own"].items()}
        self.pattern: re.Pattern[str] | None = None
        self._owner: dict[int, list[tuple[str, int]]] = {}  # group index -> the named groups of its branch
        if plan["source"] is None:
            return
        self.pattern = compiled(plan["source"], plan["flags"])
        index = self.pattern.groupindex
        bounds = [*sorted(index.values()), self.pattern.groups + 1]
        for member in plan["members"]:
            groups = [(name, index[group]) for group, name in member]
            for _, first in groups:
                for inner in range(first, bounds[bounds.index(first) + 1]):  # the group and those nested in it
                    self._owner[inner] = groups

    def spans(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """{name: match spans in text order} for the patterns that match `text`, in the order given."""
        found: dict[str, list[tuple[int, int]]] = {}
        if self.pattern is not None:
            ends: dict[str, int] = {}
            for m in self.pattern.finditer(text):
                start = m.start()
                for name, group in self._owner[m.lastindex]:
                    end = m.end(group)
                    if end >= 0 and start >= ends.get(name, 0):
                        found.setdefault(name, []).append((start, end))
                        ends[name] = end
        for name, pattern in self.own.items():
            if spans := [m.span() for m in pattern.finditer(text)]:
                found[name] = spans
        return {name: found[name] for name in self.order if name in found}


def _shared_source(shared: dict[str, list[list[Token]]], first_chars: set[str], flags: int = 0,
                   ) -> tuple[str, list[list[tuple[str, str]]]]:
    """The shared pattern's source, and for each of its branches the (group name, pattern name) of its
    members."""
    keys = list(dict.fromkeys(a[0][1] for alts in shared.values() for a in alts if a[0][1] is not None))
    branches, members = [], []  # members[b]: (group name, pattern name) of branch b
    # a barrier (an alternative that does not start with a plain letter: "(?<!the )missing", "(?:war)?planes?")
    # is tried only in the branches of the keys it can start with: at a word start of another key it cannot
    # match, and trying it there (a dozen such alternatives at every word start that passes a branch's guard)
    # was most of the scan's time
    starts = {id(a): _first_class(a, flags) for alts in shared.values() for a in alts if a[0][1] is None}
    for key in [*keys, None]:  # one branch per first-character key, then the barriers alone
        parts, member = [], []
        for name, alts in shared.items():
            if kept := [a for a in alts if a[0][1] == key or (a[0][1] is None and (
                    key is None or starts[id(a)] is None or re.match(starts[id(a)], key, flags)))]:
                group = f"w{sum(map(len, members)) + len(member)}"
                # an empty group at the match's end (the start is the word start): setting a group's
                # mark clears every mark below it, a cost that grows with the number of groups, so
                # only a match should pay it
                parts.append(f"(?:(?={alternation(kept)}(?![\\w])(?P<{group}>))|)")
                member.append((group, name))
        # a word start where no alternative matched fails here rather than giving an empty Match
        # object to the Python loop
        some = "(?!)"
        for group, _ in reversed(member):
            some = f"(?({group})|{some})"
        # most word starts of a key ("the", "to" under "t") begin no alternative of the branch: a lookahead
        # over the characters its alternatives can start with rejects them before its members are tried
        guard = prefix_guard(["".join(src for src, _ in a) for alts in shared.values() for a in alts
                              if a[0][1] in (key, None)], flags, key)
        # a word start of a key whose branch failed tries the barriers' branch in vain (its branch held them
        # all): only a character of no key reaches it
        dispatch = f"(?={key})" if key is not None else "(?![" + "".join(map(re.escape, keys)) + "])" if keys else ""
        branches.append(dispatch + guard + "".join(parts) + some)
        members.append(member)
    guard = "(?=[" + "".join(sorted(first_chars)) + "])"
    return r"(?<![\w])" + guard + "(?:" + "|".join(branches) + ")", members


def _first_class(alternative: list[Token], flags: int) -> str | None:
    """A class over the characters a match of `alternative` can start with (a superset), or None when unknown."""
    first = _first(list(_parser.parse("".join(src for src, _ in alternative), flags)))
    return None if first is None or first[1] or not first[0] else "[" + "".join(sorted(first[0])) + "]"


PREFIX_GUARD = 8  # characters a prefix guard checks: enough to tell most words from a branch's alternatives


def prefix_guard(sources: list[str], flags: int = 0, key: str | None = None, length: int = PREFIX_GUARD) -> str:
    """A lookahead that every match of any of `sources` passes: the alternation of their first `length`
    characters as classes (``(?=[Aa]ir|[Aa]ttack...)``, a superset: paths are merged per position and
    assertions ignored), each cut where a match may end or a character is not a simple class. A source
    whose first characters say little (any word may start it, "(?:\\w+ )?community members") is tried
    whole in the lookahead instead; "" when such a source has capturing groups (the lookahead would number
    them). With `key`, the sources that cannot start with that character are left out (they cannot match
    where the guard is tried)."""
    trie: dict = {}
    whole: list[str] = []
    for source in sources:
        columns: list[set[str] | None] = [set() for _ in range(length)]
        reach = _reach(list(_parser.parse(source, flags)), {0}, columns, length)
        known = 0 if reach is None else next((i for i, col in enumerate(columns[:min(reach)]) if not col),
                                             min(reach))  # None or empty: unknown
        classes = ["[" + "".join(sorted(col)) + "]" for col in columns[:known]]  # type: ignore[arg-type]
        if key is not None and classes and not re.match(classes[0], key, flags):
            continue
        if not classes or any("\\w" in cls for cls in classes[:2]):
            if re.compile(source, flags).groups:
                return ""
            whole.append("(?:" + source + ")")
            continue
        node = trie
        for cls in classes:
            node = node.setdefault(cls, {})
        node.clear()  # a shorter prefix accepts all that its longer ones do
        node[""] = {}
    parts = ([_render(trie)] if trie else []) + whole
    return "(?=" + "|".join(parts) + ")" if parts else "(?!)"


def _render(node: dict) -> str:
    if "" in node:
        return ""
    branches = [cls + _render(child) for cls, child in node.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _reach(seq: list, offsets: set[int], columns: list[set[str] | None], length: int) -> set[int] | None:
    """The offsets (capped at `length`) a match of `seq` can reach from `offsets`, the characters it can
    have at each offset added to `columns` (None: any character); None when a width is unknown."""
    for op, av in seq:
        if op is C.SUBPATTERN:
            offsets = _reach(list(av[3]), offsets, columns, length)
        elif op is C.ATOMIC_GROUP:
            offsets = _reach(list(av), offsets, columns, length)
        elif op is C.BRANCH:
            reached: set[int] = set()
            for branch in av[1]:
                got = _reach(list(branch), offsets, columns, length)
                if got is None:
                    return None
                reached |= got
            offsets = reached
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            offsets = _repeat(av, offsets, columns, length)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width; ignoring what it asserts only widens the guard
        elif op in (C.LITERAL, C.IN, C.NOT_LITERAL, C.ANY):
            item = _item(op, av) if op in (C.LITERAL, C.IN) else None
            for o in offsets:
                if o < length:
                    col = columns[o]
                    columns[o] = None if item is None or col is None else col | item[0]
            offsets = {min(o + 1, length) for o in offsets}
        else:
            return None  # back-references, conditionals...
        if offsets is None:
            return None
    return offsets


def _repeat(av: tuple, offsets: set[int], columns: list[set[str] | None], length: int) -> set[int] | None:
    low, high, body = av
    seen = [frozenset(offsets)]
    reached = set(offsets) if low == 0 else set()
    current: set[int] | None = set(offsets)
    for i in range(1, high + 1 if high != C.MAXREPEAT else 1 << 30):  # ends at a cycle, soon
        current = _reach(list(body), current, columns, length)
        if current is None:
            return None
        if i >= low:
            reached |= current
        if frozenset(current) in seen:
            # a cycle: later rounds reach only the offsets of the rounds since its start (not those before
            # it: "\d+" never ends where it started, and its guard must not let a word through there)
            return reached.union(*seen[seen.index(frozenset(current)):])
        seen.append(frozenset(current))
    return reached


def _shared_first(body: str, flags: int) -> set[str]:
    """The class items a match of `body` starts with, or an empty set when the pattern cannot share the
    pass (it may match empty, its first character is unknown, or it names or refers back to groups)."""
    if "(?P" in body or re.search(r"\\[1-9]", body):
        return set()
    first = _first(list(_parser.parse(body, flags)))
    return first[0] if first is not None and not first[1] else set()


_LETTER_RUN = re.compile(r"[^\W\d_]+")


class WordSet:
    r"""The maximal runs of letters (``[^\W\d_]+``) of a text whose lower-cased form is in a set of words,
    and any of `symbols` (single characters counted as words of their own, such as "$") that is in it.

    Testing every word of a long report in Python (``m.group().lower() in words``) cost more than the
    patterns that then run around the hits; here one pattern over the lower-cased text (the words as a
    trie, between letter boundaries) finds the same words. A text whose lower-cased form is not as long
    (a rare letter lowers to two characters, and offsets would shift) is read word by word as before."""

    def __init__(self, words: Iterable[str], symbols: str = "") -> None:
        self.words = frozenset(words)
        # a word that is not a lower-case run of letters is never a lower-cased run of letters
        runs = sorted(w for w in self.words if _LETTER_RUN.fullmatch(w) and w.lower() == w)
        body = alternation([[(re.escape(c), char_key(c, False)) for c in w] for w in runs]) if runs else "(?!)"
        alts = [r"(?<![^\W\d_])" + body + r"(?![^\W\d_])", *(re.escape(c) for c in symbols if c in self.words)]
        self.pattern = compiled("|".join(alts))  # the program from the disk cache: compiling it costs a start-up
        self.fallback = re.compile(r"[^\W\d_]+" + "".join(f"|{re.escape(c)}" for c in symbols))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, lower-cased word) of each word of `text` in the set, in text order."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return [(m.start(), m.end(), w) for m in self.fallback.finditer(text)
                    if (w := m.group().lower()) in self.words]
        return [(m.start(), m.end(), m.group()) for m in self.pattern.finditer(lowered)]
