"""fastre: the factored alternations match exactly what the plain alternations match."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from sahelwatch.extract.events import lexicon
from sahelwatch.fastre import alternation, first_char_guard, sequence_tokens
from sahelwatch.knowledge.actors import NAME_AFTER, NAME_BEFORE, catalogue

TEXT = (
    "JNIM fighters killed 12 civilians near the village market; FAMa soldiers and the Wagner Group "
    "clashed with al-Qaeda-linked militants. Des hommes armés ont tué trois personnes à Djibo. "
    "No one was killed. They threatened to attack the mosques. Drone strikes hit IEDs and S-VBIEDs. "
    "Les jihadistes du GSIM ont enlevé le chef du village. Marching protesters, a MARCH, the Islamic State "
    "in the Greater Sahara (ISGS), l’État islamique, Dozos, Koglweogo, VDP volunteers."
)


def _flat(patterns: list[str], flags: int) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])", flags)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_cue_patterns_match_as_the_flat_alternation(lang: str) -> None:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", f"events_{lang}.json")
    cues = json.loads(path.read_text(encoding="utf-8"))["cues"]
    texts = [TEXT, TEXT.upper(), " ".join(p for ps in cues.values() for p in ps)]
    for name, patterns in cues.items():
        flat, fast = _flat(patterns, re.IGNORECASE), lexicon(lang).cues[name]
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flat.finditer(text)], name


def test_actor_aliases_match_as_the_flat_alternation() -> None:
    cat = catalogue()
    aliases = [*cat._ci_map, *cat._cs_map]
    text = TEXT + " ".join(f"({a}) {a.upper()} {a.title()}s -{a}- {a.replace('-', ' ')}" for a in aliases)
    for pattern, mapping, flags in ((cat._ci, cat._ci_map, re.IGNORECASE), (cat._cs, cat._cs_map, 0)):
        parts = ["".join("['’]" if ch in "'’" else r"\s+" if ch == " " else "[-‐‑ ]?" if ch == "-"
                         else re.escape(ch) for ch in alias)
                 for alias in sorted(set(mapping), key=len, reverse=True)]
        flat = re.compile(NAME_BEFORE + "(?:" + "|".join(parts) + ")" + NAME_AFTER, flags)
        assert pattern is not None
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_alternation_keeps_barriers_in_place() -> None:
    # "a?x" may start anywhere, so it stays between the two "ab..." branches
    alts = [sequence_tokens(p, re.IGNORECASE) for p in ["abc", "a?x", "abd", "b", "ab"]]
    pattern = re.compile(alternation(alts), re.IGNORECASE)
    flat = re.compile("(?:abc|a?x|abd|b|ab)", re.IGNORECASE)
    for text in ["abd", "ax", "x", "ABC", "ab", "b"]:
        assert pattern.match(text).group() == flat.match(text).group()  # type: ignore[union-attr]


def test_first_char_guard() -> None:
    assert first_char_guard("(?:kill\\w*|dead)", re.IGNORECASE) == "(?=[dk])"
    assert first_char_guard("(?:x?|y)", 0) == ""  # can match the empty string: no guard
    assert first_char_guard("(?:.a)", 0) == ""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_guarded_number_patterns_match_as_unguarded(lang: str) -> None:
    from sahelwatch.extract.numbers import lexicon as numbers_lexicon

    lex = numbers_lexicon(lang)
    text = TEXT + " He was killed. The mayor was shot dead. Two bodies were found; le maire a été tué."
    for name in ("headline", "body_found", "object_verb", "singular_passive", "plural_pronoun", "stated_figure",
                 "negative"):
        fast = getattr(lex, name)
        if fast is None:
            continue
        plain = re.compile(fast.pattern.removeprefix(first_char_guard(fast.pattern, fast.flags)), fast.flags)
        for t in (text, text.upper(), text.lower()):
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], name


def test_expand_keeps_the_order_of_alternatives() -> None:
    from sahelwatch.fastre import expand

    assert expand("a|(?:b|c)d|[|)]x") == ["a", "bd", "cd", "[|)]x"]
    assert expand("(?:x|y)?z") == ["(?:x|y)?z"]  # a quantified group is not distributed
    assert expand("(?P<n>a|b)c") == ["(?P<n>a|b)c"]
    for pattern in ["(?:took|taken) (?:\\w+ ){0,3}(?:away|captive)", "a|(?:b|c)d|[|)]x", "(?:a|ab)(?:c|bcd)"]:
        flat = re.compile(pattern)
        fast = re.compile("|".join(f"(?:{p})" for p in expand(pattern)))
        for text in ["took them away", "taken captive", "abcd", "abc", "cd", "|x", "ac"]:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flat.finditer(text)]


def _own_spans(alternatives: list[list[tuple[str, str | None]]], text: str, flags: int) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w])" + alternation(alternatives) + r"(?![\w])", flags)
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_scan_gives_each_cue_pattern_its_own_matches(lang: str) -> None:
    from sahelwatch.fastre import WordScan, expand

    path = resources.files("sahelwatch").joinpath("data", "lexicon", f"events_{lang}.json")
    cues = json.loads(path.read_text(encoding="utf-8"))["cues"]
    alts = {name: [sequence_tokens(a, re.IGNORECASE) for p in ps for a in expand(p)] for name, ps in cues.items()}
    scan = WordScan(alts, re.IGNORECASE)
    for text in [TEXT, TEXT.upper(), " ".join(p for ps in cues.values() for p in ps), TEXT[5:], TEXT[:-7]]:
        expected = {name: spans for name, a in alts.items() if (spans := _own_spans(a, text, re.IGNORECASE))}
        found = scan.spans(text)
        assert found == expected
        assert list(found) == list(expected)  # in the order the patterns were given


def test_word_scan_overlaps_barriers_and_own_passes() -> None:
    from sahelwatch.fastre import WordScan

    flags = re.IGNORECASE
    alts = {
        "shot": [sequence_tokens(p, flags) for p in ["shot dead", "shot"]],
        "dead": [sequence_tokens(p, flags) for p in ["dead", "\\w+ dead"]],  # a barrier: any word start
        "maybe": [sequence_tokens(p, flags) for p in ["x?"]],  # may match empty: a pass of its own
        "named": [sequence_tokens(p, flags) for p in ["(?P<n>he)"]],  # its own group: a pass of its own
    }
    scan = WordScan(alts, flags)
    assert set(scan.own) == {"maybe", "named"}
    for text in ["He was shot dead, SHOT and dead; dead dead", "xx x shot-dead", ""]:
        expected = {name: spans for name, a in alts.items() if (spans := _own_spans(a, text, flags))}
        assert scan.spans(text) == expected



def test_prefix_guard_passes_every_match_and_stops_other_words() -> None:
    from sahelwatch.fastre import prefix_guard

    flags = re.IGNORECASE
    sources = ["k(?:illed|idnapped)", "(?:S?VBIEDs?)", "ambush(?:ed)?", "(?:\\w+ )?community members?", "sh(?:ot)?"]
    guard = re.compile(prefix_guard(sources, flags), flags)
    words = ["killed", "Kidnapped", "SVBIED", "vbieds", "AMBUSHED", "local", "community", "members", "sh",
             "shot", "the", "to", "and"]
    for source in sources:
        for word in words:
            if re.match(source, word, flags):
                assert guard.match(word), (source, word)
    # a word no source can start (once the whole-source guard of the community members has failed on it)
    assert not guard.match("the") and not guard.match("tamed")
    # with a key, the sources that cannot start with it are left out; a source with groups leaves no guard
    assert "ambush" not in prefix_guard(sources[:3], flags, key="k").lower()
    assert prefix_guard(["(\\w+) members"], flags) == ""


def test_word_set_finds_the_words_a_word_loop_finds() -> None:
    from sahelwatch.fastre import WordSet

    words = {"mort", "morts", "deux", "killed", "$"}
    found = WordSet(words, symbols="$€")
    loop = re.compile(r"[^\W\d_]+|[$€]")
    # "İ" lowers to two characters: the text is then read word by word
    for text in ["Deux MORTS, mortier; killed2 $5 €3 mort’s", "İstanbul: deux morts", "", "morts"]:
        expected = [(m.start(), m.end(), m.group().lower()) for m in loop.finditer(text)
                    if m.group().lower() in words]
        assert found.find(text) == expected


def test_haversine_points_is_haversine_km() -> None:
    from sahelwatch.geo import haversine_km, haversine_points, point

    pairs = [((14.4974, -4.1977), (14.4975, -4.1979)), ((16.27, -0.04), (12.65, -8.0)), ((0, 0), (0, 180))]
    for a, b in pairs:
        assert haversine_points(point(*a), point(*b)) == haversine_km(*a, *b)
