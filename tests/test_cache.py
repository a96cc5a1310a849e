"""The first-use disk cache: a warm read gives what a build gives, a stale or damaged entry is rebuilt, an
unwritable directory only costs the build."""

from __future__ import annotations

import gzip
import json
import marshal
import os
import re
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from sahelwatch import cache
from sahelwatch.extract.events import _cue_plan, lexicon
from sahelwatch.fastre import WordScan, compiled
from sahelwatch.knowledge.actors import ActorCatalogue
from sahelwatch.knowledge.gazetteer import Gazetteer, name_key


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(directory))
    return directory


def test_an_entry_is_built_once_then_read_back(cache_dir: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, list[int]]:
        builds.append(1)
        return {"b": [2, 1], "a": [3]}

    key = cache.fingerprint(b"source")
    first, second = cache.cached("test", key, build), cache.cached("test", key, build)
    assert first == second == {"b": [2, 1], "a": [3]} and list(second) == ["b", "a"]
    assert len(builds) == 1 and len(list(cache_dir.iterdir())) == 1


def test_a_changed_source_is_a_new_entry(cache_dir: Path) -> None:
    old = cache.cached("test", cache.fingerprint(b"old data"), lambda: "old index")
    new = cache.cached("test", cache.fingerprint(b"new data"), lambda: "new index")
    assert (old, new) == ("old index", "new index")
    assert cache.cached("test", cache.fingerprint(b"new data"), lambda: "never built") == "new index"


def test_a_damaged_entry_is_rebuilt(cache_dir: Path) -> None:
    key = cache.fingerprint(b"source")
    cache.cached("test", key, lambda: list(range(1000)))
    (entry,) = cache_dir.iterdir()
    data = entry.read_bytes()
    entry.write_bytes(data[:100])  # cut short
    assert cache.cached("test", key, lambda: [1, 2]) == [1, 2]
    assert cache.cached("test", key, lambda: [3]) == [1, 2]  # and written again
    data = entry.read_bytes()
    entry.write_bytes(data[:-2] + bytes([data[-2] ^ 1]) + data[-1:])  # one bit flipped: still valid marshal
    assert cache.cached("test", key, lambda: [4]) == [4]


def test_entries_not_read_for_a_month_are_deleted(cache_dir: Path) -> None:
    cache.cached("test", "old", lambda: 1)
    cache.cached("test", "read", lambda: 2)
    month_ago = time.time() - 40 * 86400
    for key in ("old", "read"):
        os.utime(cache_dir / f"test-{key}.marshal", (month_ago, month_ago))
    assert cache.cached("test", "read", lambda: 0) == 2  # read: its time is renewed
    cache.cached("test", "new", lambda: 3)  # a write prunes
    assert sorted(p.name for p in cache_dir.iterdir()) == ["test-new.marshal", "test-read.marshal"]


def test_an_unwritable_or_disabled_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    assert cache.cached("test", "k", lambda: {"x": 1}) == {"x": 1}
    monkeypatch.setenv(cache.ENV, "")
    assert cache.cache_dir() is None
    assert cache.cached("test", "k", lambda: {"y": 2}) == {"y": 2}


HEADER = "id\tname\talternates\tlat\tlon\tcc\tfclass\tfcode\tpopulation\tadmin1\tadmin2\tadmin3\ta1p\ta2p\tkeys"


def _gazetteer(directory: Path, *names: str) -> Path:
    """A gazetteer of a few Malian villages (the first is the capital); written again, it changes."""
    directory.mkdir(exist_ok=True)
    capital = {"cc": "ML", "name": "Mali", "names": ["Mali"], "capital": {"row": 0}}
    (directory / "admin.json").write_text(json.dumps({"countries": [capital], "admin1": [], "admin2": []}))
    rows = [f"sw:{i}\t{n}\t\t12.5\t-8.0\tML\tP\tPPL\t0\tKoulikoro\tKati\t\t\t\t{name_key(n)}"
            for i, n in enumerate(names)]
    (directory / "places.tsv.gz").write_bytes(gzip.compress("\n".join([HEADER, *rows, ""]).encode()))
    return directory


def test_gazetteer_indexes_from_the_cache_equal_those_built(tmp_path: Path, cache_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    directory = _gazetteer(tmp_path / "gaz", "Kati", "Ouélessébougou", "Diabali", "Kati Koura")
    monkeypatch.setenv(cache.ENV, "")
    built = Gazetteer(directory)
    built.loose_candidates("")
    monkeypatch.setenv(cache.ENV, str(cache_dir))
    for _ in range(2):  # cold, writing the entries; warm, reading them
        gaz = Gazetteer(directory)
        assert [p.name for p in gaz.loose_candidates("diabaly")] == ["Diabali"]
        assert gaz._by_key == built._by_key and gaz._loose == built._loose
    assert len(list(cache_dir.glob("gazetteer-*"))) == 2


def test_a_stale_gazetteer_cache_is_rebuilt(tmp_path: Path, cache_dir: Path) -> None:
    directory = _gazetteer(tmp_path / "gaz", "Kati", "Diabali")
    old = Gazetteer(directory)
    assert not old.has_key("zouzoukro") and not old.loose_candidates("zuzukro")
    _gazetteer(directory, "Kati", "Diabali", "Zouzoukro")
    new = Gazetteer(directory)
    assert new.has_key("zouzoukro")
    assert [p.name for p in new.loose_candidates("zuzukro")] == ["Zouzoukro"]
    assert len(list(cache_dir.glob("gazetteer-keys-*"))) == 2  # the old entry is left, never read again


@pytest.mark.parametrize("source", [r"(?<![\w])(?:kill(?:ed|ing)|attack)(?![\w])", r"(?P<n>\d+) (?P=n)",
                                    r"a(?i:b)c|(?:x|y)+z", ""])
def test_a_cached_regex_program_makes_the_pattern_re_makes(cache_dir: Path, source: str) -> None:
    for flags in (0, re.IGNORECASE, re.I | re.M):
        for _ in range(2):  # cold, then from the cache
            pattern = compiled(source, flags)
            assert pattern == re.compile(source, flags)
            assert (pattern.pattern, pattern.flags, pattern.groupindex) == (source, re.compile(source, flags).flags,
                                                                           re.compile(source, flags).groupindex)


def test_the_big_patterns_are_those_re_compiles(cache_dir: Path) -> None:
    catalogue = ActorCatalogue.load()
    scans = [scan.pattern for scan in lexicon("en").scans.values()]
    for pattern in [catalogue._cs, catalogue._ci, *scans]:
        assert pattern is not None and pattern == re.compile(pattern.pattern, pattern.flags)


def test_cached_patterns_are_the_same_in_every_process(tmp_path: Path) -> None:
    """A pattern that changed with the process (a set's order changes with the hash seed) would miss the
    cache at every start-up and add a file each time."""
    code = ("import hashlib; from sahelwatch.knowledge.actors import ActorCatalogue; c = ActorCatalogue.load(); "
            "print(hashlib.sha256((c._cs.pattern + '|' + c._ci.pattern).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, cache.ENV: str(tmp_path)}).stdout
               for seed in ("1", "2", "3")}
    assert len(digests) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_cue_plan_read_back_makes_the_same_scans(lang: str) -> None:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", f"events_{lang}.json")
    plan = _cue_plan(json.loads(path.read_text(encoding="utf-8")))
    kept = marshal.loads(marshal.dumps(plan))
    assert kept == plan
    text = ("Gunmen killed 3 civilians and wounded others; the army said it had repelled an attack. Des hommes "
            "armés ont tué trois civils et enlevé le chef du village, selon une source sécuritaire.")
    for kind in (True, False):
        built, read = WordScan.from_plan(plan["scans"][kind]), WordScan.from_plan(kept["scans"][kind])
        assert read.pattern == built.pattern and read._owner == built._owner and read.spans(text) == built.spans(text)
    lex = lexicon(lang)
    assert {kind: scan.pattern for kind, scan in lex.scans.items()} == {
        kind: WordScan.from_plan(plan["scans"][kind]).pattern for kind in (True, False)}


def test_a_program_the_engine_rejects_falls_back_to_re(cache_dir: Path) -> None:
    source = r"(?<![\w])(?:ambush|raid)(?![\w])"
    key = cache.fingerprint(source.encode(), str(int(re.IGNORECASE)).encode())
    cache.cached("regex", key, lambda: [int(re.IGNORECASE), [1, 2, 3], 0, {}, []])  # not a valid program
    assert compiled(source, re.IGNORECASE) == re.compile(source, re.IGNORECASE)
    assert len(list(cache_dir.iterdir())) == 1  # the entry was the one read


def test_the_cache_lives_in_the_user_cache_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "sahelwatch"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", classmethod(_no_home))
    assert cache.cache_dir() is None


def _no_home(cls: type) -> Path:
    raise RuntimeError("Could not determine home directory.")


def test_a_memo_computes_an_answer_once_and_starts_again_when_full():
    calls: list[str] = []

    def answer(key: str) -> int:
        calls.append(key)
        return len(key)

    memo: cache.Memo[str, int] = cache.Memo(size=2)
    assert [memo.get(k, lambda k=k: answer(k)) for k in ("a", "bb", "a", "bb")] == [1, 2, 1, 2]
    assert calls == ["a", "bb"]
    assert memo.get("ccc", lambda: answer("ccc")) == 3  # full: the kept answers are dropped, not grown past size
    assert memo.get("a", lambda: answer("a")) == 1
    assert calls == ["a", "bb", "ccc", "a"]
