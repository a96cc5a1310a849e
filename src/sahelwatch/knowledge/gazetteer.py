"""The gazetteer: places, admin areas and countries from the committed data in `sahelwatch/data/gazetteer`.

Built by `scripts/build_gazetteer.py` from GeoNames (CC BY 4.0) and the OCHA COD-AB Mali cercles
(CC BY-IGO), plus a curated supplement. Nothing here reads ../shared.

    gaz = Gazetteer.load()                      # loaded once per process (cached)
    gaz.lookup("Tombouctou")                    # -> [Place(Timbuktu, ...)]  accent/case-insensitive
    gaz.lookup("Farabougou", country="Mali")    # homonyms: every candidate, best-known first
    gaz.admin_for(13.44, -6.26, "Mali")         # -> {"admin1": "Segou", "admin2": "Segou", ...}
    gaz.region("Ségou", "Mali")                 # -> AdminArea (admin1) with its seat for precision 3
    gaz.country("Côte d'Ivoire")                # -> Country(name="Ivory Coast", ...)

Rows are parsed into compact tuples at load time and turned into `model.Place` objects only when asked
for, so loading stays well under half a second.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sahelwatch import cache
from sahelwatch.geo import haversine_km
from sahelwatch.model import Place

# Preference among homonyms when nothing else decides: seats first (PPLC > PPLA > PPLA2 ...).
FEATURE_RANK: dict[str, int] = {
    "PPLC": 9, "PPLA": 8, "PPLA2": 7, "PPLA3": 6, "PPLA4": 5, "PPL": 4, "PPLL": 3, "PPLX": 3, "PPLF": 3,
    "PPLS": 3, "PPLR": 3, "PPLQ": 1,
}
_CELL = 0.3  # degrees; admin_for() searches the 3x3 cells around a point (>= 30 km each way)
CLASS_RANK: dict[str, int] = {"P": 3, "S": 2, "L": 2, "A": 1, "V": 1, "H": 1}

_PUNCT = re.compile(r"[’'`´ʼ.]")
_SEP = re.compile(r"[\s\-‐‑–—_/]+")


def fold(text: str) -> str:
    """Strip accents: 'Ségou' -> 'Segou', 'Diafarabé' -> 'Diafarabe'."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The lookup key of a name: accent- and case-free, apostrophes dropped, hyphens as spaces.

    'Fada N’Gourma', 'Fada NGourma' and 'fada-ngourma' all give 'fada ngourma'.
    """
    return _SEP.sub(" ", _PUNCT.sub("", fold(text).lower())).strip()


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # as ACLED spells it
    names: tuple[str, ...]
    capital: Place


@dataclass(frozen=True)
class AdminArea:
    """An admin1 or admin2 area, located at its seat (ACLED codes a region-only event to its capital)."""

    level: int  # 1 or 2
    name: str
    country: str
    pcode: str
    admin1: str
    seat: Place | None
    centroid: tuple[float, float] | None = None
    names: tuple[str, ...] = field(default_factory=tuple)

    def as_place(self) -> Place:
        """The area as a Place coded to its seat (else its centroid), with the area's admin names."""
        lat, lon = (self.seat.latitude, self.seat.longitude) if self.seat else (self.centroid or (0.0, 0.0))
        seat = self.seat
        return Place(
            id=f"adm{self.level}:{self.pcode or name_key(self.name)}", name=seat.name if seat else self.name,
            latitude=lat, longitude=lon, country=self.country, feature_class="A",
            feature_code=f"ADM{self.level}", admin1=self.admin1 or self.name,
            admin2=(self.name if self.level == 2 else (seat.admin2 if seat else "")),
            admin3=seat.admin3 if seat and self.level == 2 else "",
            admin1_pcode=seat.admin1_pcode if seat else "", admin2_pcode=seat.admin2_pcode if seat else "",
            alternate_names=list(self.names),
        )


# Column order of places.tsv.gz (see scripts/build_gazetteer.py).
_ID, _NAME, _ALT, _LAT, _LON, _CC, _FCLASS, _FCODE, _POP, _A1, _A2, _A3, _A1P, _A2P, _KEYS = range(15)


class Gazetteer:
    """Every place, admin area and country the project knows, indexed by accent-free name."""

    def __init__(self, directory: Path | None = None) -> None:
        root = directory or Path(str(resources.files("sahelwatch").joinpath("data", "gazetteer")))
        self._root = root
        admin = json.loads((root / "admin.json").read_text(encoding="utf-8"))
        self._cc_names = {c["cc"]: c["name"] for c in admin["countries"]}
        self._lines: list[str] = []
        self._by_key: dict[str, list[int]] = {}
        self._cache_key = ""
        self._places: dict[int, Place] = {}
        self._loose: dict[str, list[int]] | None = None
        self._near: _NearIndex | None = None
        # near_candidates by probe: a report's names come again
        self._near_found: cache.Memo[str, list[Place]] = cache.Memo()
        # candidates by key, sorted once: asked for every name a report names, several times each
        self._candidates_found: cache.Memo[str, tuple[Place, ...]] = cache.Memo()
        self._stems: dict[str, list[int]] | None = None
        self._stem_words: frozenset[str] = frozenset()
        self._polygons: tuple[Any, list[Any], list[dict[str, str]]] | None = None
        self._cells: dict[tuple[int, int], list[tuple[int, float, float, str]]] | None = None
        self._to_country: dict[tuple[float, float, str, float], float] = {}
        self._load_places(root / "places.tsv.gz")
        self._by_id: dict[str, int] | None = None  # built on first place(id) call
        self._load_admin(admin)

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer (built on first use)."""
        return _default()

    # -- loading ---------------------------------------------------------------------------------
    def _load_places(self, path: Path) -> None:
        # Rows stay raw lines until asked for: only the keys column (precomputed name_key()s of the
        # name and alternates, last on the line) is read at load time, and its index is kept in the
        # disk cache (derived from the rows and this module's code).
        raw = path.read_bytes()
        text = gzip.decompress(raw).decode("utf-8")
        if "\r" in text:  # the newlines a text-mode read would turn into "\n"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._lines = text.split("\n")[1:]
        if self._lines and not self._lines[-1]:
            self._lines.pop()
        self._cache_key = cache.fingerprint(raw, Path(__file__).read_bytes())
        self._by_key = cache.cached("gazetteer-keys", self._cache_key, self._key_index)

    def _key_index(self) -> dict[str, list[int]]:
        by_key: dict[str, list[int]] = {}
        for n, line in enumerate(self._lines):
            for k in line[line.rindex("\t") + 1:].split("|"):
                if k in by_key:
                    by_key[k].append(n)
                else:
                    by_key[k] = [n]
        return by_key

    def _load_admin(self, admin: dict) -> None:
        self.countries: dict[str, Country] = {}
        self._country_keys: dict[str, str] = {}
        for c in admin["countries"]:
            capital = self._place(c["capital"]["row"])
            self.countries[c["cc"]] = Country(c["cc"], c["name"], tuple(c["names"]), capital)
            for n in [c["name"], *c["names"], c["cc"]]:
                self._country_keys[name_key(n)] = c["cc"]
        self._admin1: dict[tuple[str, str], AdminArea] = {}
        self._admin2: dict[tuple[str, str], AdminArea] = {}
        self._area_keys: dict[tuple[int, str], list[AdminArea]] = {}
        for a in admin["admin1"]:
            self._add_area(1, a, a["name"])
        for a in admin["admin2"]:
            self._add_area(2, a, a["admin1"])
        self._carved: dict[str, str] = {}
        for a in admin.get("mali_regions_since_2016", []):
            # Ménaka and Taoudénit regions: coded on the pre-2016 layout ACLED uses (Gao, Tombouctou).
            seat = self._place(a["seat"]["row"])
            area = AdminArea(1, a["admin1"], "Mali", "", a["admin1"], seat, None, tuple(a["names"]))
            self._carved[area.as_place().id] = a["admin2"]
            for n in {a["name"], *a["names"]}:
                self._area_keys.setdefault((1, name_key(n)), []).insert(0, area)

    def _add_area(self, level: int, a: dict, admin1: str) -> None:
        country = self.countries[a["cc"]].name
        seat = self._place(a["seat"]["row"]) if a.get("seat") else None
        centroid = tuple(a["centroid"]) if a.get("centroid") else None
        area = AdminArea(level, a["name"], country, a["pcode"], admin1, seat, centroid,  # type: ignore[arg-type]
                         tuple(a.get("names", [])))
        (self._admin1 if level == 1 else self._admin2)[(country, a["name"])] = area
        for n in {a["name"], *a.get("names", [])}:
            k = name_key(n)
            if k and not k.isdigit():
                self._area_keys.setdefault((level, k), []).append(area)

    # -- places ----------------------------------------------------------------------------------
    def _place(self, i: int) -> Place:
        place = self._places.get(i)
        if place is None:
            r = self._lines[i].split("\t")
            place = Place(
                id=r[_ID], name=r[_NAME], latitude=float(r[_LAT]), longitude=float(r[_LON]),
                country=self._cc_names[r[_CC]],
                feature_class=r[_FCLASS], feature_code=r[_FCODE], admin1=r[_A1], admin2=r[_A2],
                admin3=r[_A3], admin1_pcode=r[_A1P], admin2_pcode=r[_A2P], population=int(r[_POP]),
                alternate_names=r[_ALT].split("|") if r[_ALT] else [],
            )
            self._places[i] = place
        return place

    def place(self, place_id: str) -> Place | None:
        """A place by its id ('gn:2451478', 'sw:moura')."""
        if self._by_id is None:
            self._by_id = {line[:line.index("\t")]: i for i, line in enumerate(self._lines)}
        i = self._by_id.get(place_id)
        return self._place(i) if i is not None else None

    def has_key(self, key: str) -> bool:
        return key in self._by_key

    def keys(self) -> set[str]:
        """Every normalised name the gazetteer knows (for building matchers)."""
        return set(self._by_key)

    def candidates(self, key: str) -> list[Place]:
        """Every place under a normalised key, most prominent first."""
        return list(self._candidates_found.get(key, lambda: tuple(
            sorted((self._place(i) for i in self._by_key.get(key, ())), key=prominence, reverse=True))))

    def loose_candidates(self, key: str) -> list[Place]:
        """Places whose name matches `key` up to transliteration (see `loose_key`); built on first use."""
        if self._loose is None:
            self._loose = cache.cached("gazetteer-loose", self._cache_key, self._loose_index)
        rows = dict.fromkeys(self._loose.get(loose_key(key), ()))
        return sorted((self._place(i) for i in rows), key=prominence, reverse=True)

    def _loose_index(self) -> dict[str, list[int]]:
        loose: dict[str, list[int]] = {}
        for k, rows in self._by_key.items():
            if len(k) >= 5:
                loose.setdefault(loose_key(k), []).extend(rows)
        return loose

    def near_candidates(self, key: str) -> list[Place]:
        """Places whose spelling-tolerant key is one letter off `key`'s ('gargaboule' ~ 'Gargaboulli',
        'retkoulga' ~ 'Retkoulouga', 'mantchangou' ~ 'Mantchagou'): one letter dropped, added or changed.
        Only for keys of NEAR_MIN letters or more; index built on first use."""
        probe = loose_key(key)
        if len(probe) < NEAR_MIN:
            return []
        # a copy: the kept list is never the caller's to change
        return list(self._near_found.get(probe, lambda: self._near_places(probe)))

    def _near_places(self, probe: str) -> list[Place]:
        if self._near is None:
            if self._loose is None:
                self._loose = cache.cached("gazetteer-loose", self._cache_key, self._loose_index)
            self._near = _NearIndex(list(self._loose), cache.cached("gazetteer-near", self._cache_key,
                                                                     self._near_entries))
        rows: dict[int, None] = {}
        for k in (probe, *_deletions(probe)):
            for near in self._near.keys(k):
                rows.update(dict.fromkeys(self._loose[near]))
        return sorted((self._place(i) for i in rows), key=prominence, reverse=True)

    def _near_entries(self) -> bytes:
        # each key under itself and its one-letter deletions: two keys one edit apart share an entry
        if self._loose is None:
            self._loose = cache.cached("gazetteer-loose", self._cache_key, self._loose_index)
        return _NearIndex.build(list(self._loose), NEAR_MIN)

    def stem_candidates(self, key: str, suffixes: frozenset[str]) -> list[Place]:
        """Places named `key` plus one quarter word ('ogossagou' -> 'Ogossagou Peulh', 'kologon' ->
        'Kologon Habé'), for a village a report names without its quarter; index built on first use."""
        if self._stems is None or self._stem_words != suffixes:
            stems: dict[str, list[int]] = {}
            for k, rows in self._by_key.items():
                head, _, last = k.rpartition(" ")
                if head and last in suffixes:
                    stems.setdefault(head, []).extend(rows)
            self._stems, self._stem_words = stems, suffixes
        rows = dict.fromkeys(self._stems.get(key, ()))
        return sorted((self._place(i) for i in rows), key=prominence, reverse=True)

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places called `name` (any spelling the gazetteer knows), optionally in one country."""
        found = self.candidates(name_key(name))
        if country:
            cc = self.country(country)
            found = [p for p in found if cc and p.country == cc.name]
        return found

    # -- countries and admin areas ---------------------------------------------------------------
    def country(self, name: str) -> Country | None:
        """A country by name in English or French ('Sénégal', 'Ivory Coast') or ISO code."""
        cc = self._country_keys.get(name_key(name))
        return self.countries[cc] if cc else None

    def region(self, name: str, country: str | None = None) -> AdminArea | None:
        """The admin1 area called `name` ('Ségou', 'Tillabéri', 'Boucle du Mouhoun', 'Ménaka')."""
        return self._area(1, name, country)

    def admin2(self, name: str, country: str | None = None) -> AdminArea | None:
        """The admin2 area (Mali cercle, Burkina province, Niger department) called `name`."""
        return self._area(2, name, country)

    def carved_from(self, place: Place) -> str:
        """The cercle of the pre-2016 layout a newer Malian region was carved from ('Ménaka' region: the
        Menaka cercle of Gao), for the area coded as `place`; '' for any other place."""
        return self._carved.get(place.id, "")

    def areas(self, level: int, name: str) -> list[AdminArea]:
        return list(self._area_keys.get((level, name_key(name)), ()))

    def _area(self, level: int, name: str, country: str | None) -> AdminArea | None:
        found = self._area_keys.get((level, name_key(name)), [])
        if country:
            c = self.country(country)
            found = [a for a in found if c and a.country == c.name]
        return found[0] if found else None

    def admin_for(self, lat: float, lon: float, country: str | None = None) -> dict[str, str]:
        """Admin names and P-codes of a point.

        In Mali, the committed cercle polygons decide admin1/admin2 (point in polygon); admin3, and
        everything elsewhere, comes from the nearest populated place within ~30 km (the committed
        places carry GeoNames admin codes). Empty when nothing is that close.
        """
        c = self.country(country) if country else None
        out = self._nearest_admin(lat, lon, c.code if c else None)
        if c is None or c.code == "ML":
            props = self._mali_polygon(lat, lon)
            if props:
                out = {**out, "country": "Mali", "admin1": props["adm1"], "admin2": props["adm2"],
                       "admin1_pcode": props["adm1_pcode"], "admin2_pcode": props["adm2_pcode"]}
                if out.get("admin2") != props["adm2"]:
                    out["admin3"] = ""
        return out

    def _nearest_admin(self, lat: float, lon: float, cc: str | None) -> dict[str, str]:
        cos = math.cos(math.radians(lat))
        best, best_d = None, 30.0
        cy, cx = int(lat // _CELL), int(lon // _CELL)
        grid = self._grid()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i, plat, plon, pcc in grid.get((cy + dy, cx + dx), ()):
                    if cc and pcc != cc:
                        continue
                    d = 111.2 * math.hypot(plat - lat, (plon - lon) * cos)
                    if d < best_d:
                        best, best_d = i, d
        if best is None:
            return {}
        p = self._place(best)
        return {"country": p.country, "admin1": p.admin1, "admin2": p.admin2, "admin3": p.admin3,
                "admin1_pcode": p.admin1_pcode, "admin2_pcode": p.admin2_pcode}

    def km_to_country(self, lat: float, lon: float, cc: str, limit: float) -> float:
        """How far the point lies from the nearest populated place of country `cc` (ISO code): a village's
        distance to that border, roughly; `limit` when none is that close. Remembered: homonyms are scored
        again and again."""
        key = (lat, lon, cc, limit)
        if key not in self._to_country:
            self._to_country[key] = self._km_to_country(lat, lon, cc, limit)
        return self._to_country[key]

    def _km_to_country(self, lat: float, lon: float, cc: str, limit: float) -> float:
        cos = math.cos(math.radians(lat))
        cy, cx = int(lat // _CELL), int(lon // _CELL)
        reach = math.ceil(limit / (111.2 * _CELL * cos))
        best, grid = limit, self._grid()
        for dy in range(-reach, reach + 1):
            for dx in range(-reach, reach + 1):
                for _, plat, plon, pcc in grid.get((cy + dy, cx + dx), ()):
                    if pcc == cc:
                        best = min(best, 111.2 * math.hypot(plat - lat, (plon - lon) * cos))
        return best

    def _mali_polygon(self, lat: float, lon: float) -> dict[str, str] | None:
        from shapely import STRtree
        from shapely.geometry import Point, shape

        if self._polygons is None:
            path = self._root.parent / "boundaries" / "mali_adm2.geojson"
            features = json.loads(path.read_text(encoding="utf-8"))["features"]
            geoms = [shape(f["geometry"]) for f in features]
            self._polygons = (STRtree(geoms), geoms, [f["properties"] for f in features])
        tree, geoms, props = self._polygons
        pt = Point(lon, lat)
        for i in tree.query(pt, predicate="intersects"):
            return props[int(i)]
        i = int(tree.nearest(pt))
        return props[i] if geoms[i].distance(pt) <= 0.09 else None  # ~10 km: simplified borders

    def _grid(self) -> dict[tuple[int, int], list[tuple[int, float, float, str]]]:
        if self._cells is None:
            cells: dict[tuple[int, int], list[tuple[int, float, float, str]]] = {}
            for i, line in enumerate(self._lines):
                r = line.split("\t", _A1 + 1)
                if r[_FCLASS] == "P" and r[_A1]:
                    lat, lon = float(r[_LAT]), float(r[_LON])
                    cells.setdefault((int(lat // _CELL), int(lon // _CELL)), []).append((i, lat, lon, r[_CC]))
            self._cells = cells
        return self._cells


# (pattern, replacement, a string every match contains): a rule is skipped when its string is absent, a
# test much cheaper than the substitution (the spelling-tolerant index applies these to ~80,000 names).
_LOOSE_RULES = [(re.compile(a), b, need) for a, b, need in (
    # Tamasheq "In-" (well of): GeoNames "I-n-Tillit", the press "In-Tillit", "N'Tillit", "NTillit"
    (r"^i\s?n\s?(?=[^aeiou\s])|^n\s(?=[^aeiou\s])", "n", "n"),
    (r"\s+", "", ""), (r"ou", "u", "ou"), (r"w", "u", "w"), (r"y", "i", "y"), (r"dj", "j", "dj"),
    (r"tch", "ch", "tch"), (r"qu", "k", "qu"), (r"c(?=[aou])", "k", "c"), (r"(?<![cs])h", "", "h"),
    (r"(.)\1+", r"\1", ""), (r"e$", "", "e"),
    (r"n(?=[bp])", "m", "n"),  # n before b or p is said m: 'Kompienbiga' ~ 'Kompiembiga', 'Tenbo' ~ 'Tembo'
)]


@lru_cache(maxsize=65536)
def loose_key(key: str) -> str:
    """A spelling-tolerant key for French/English transliterations of one name:
    'diabaly' ~ 'diabali', 'dogofry' ~ 'dogofri', 'ouahigouya' ~ 'wahigouya', 'kidale' ~ 'kidal'."""
    for rx, repl, need in _LOOSE_RULES:
        if need in key:
            key = rx.sub(repl, key)
    return key


NEAR_MIN = 7  # letters of a spelling-tolerant key below which one letter off is another name


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key))}


class _NearIndex:
    """The spelling-tolerant keys filed under a key or one of its one-letter deletions, as one sorted array
    of (hash of the filed string, position of the key) numbers. A dict of the ~530,000 strings took half a
    second to load at every start-up; the array loads at once, and a hash shared by chance is told apart by
    comparing the key itself (so the answer is exactly the dict's, in the same order)."""

    def __init__(self, keys: list[str], entries: bytes) -> None:
        self._keys = keys
        self._bits = max(1, len(keys)).bit_length()  # low bits: the key's position
        self._entries = array("Q")
        self._entries.frombytes(entries)

    @staticmethod
    def build(keys: list[str], shortest: int) -> bytes:
        bits = max(1, len(keys)).bit_length()
        entries = array("Q", sorted(_hash(filed, bits) | i for i, k in enumerate(keys) if len(k) >= shortest
                                    for filed in (k, *_deletions(k))))
        return entries.tobytes()

    def keys(self, filed: str) -> list[str]:
        """The keys filed under `filed`, in the order of `keys`."""
        h = _hash(filed, self._bits)
        entries, low = self._entries, (1 << self._bits) - 1
        found = []
        for i in range(bisect_left(entries, h), bisect_left(entries, h + low + 1)):
            k = self._keys[entries[i] & low]
            if k == filed or (len(k) == len(filed) + 1 and filed in _deletions(k)):
                found.append(k)
        return list(dict.fromkeys(found))


def _hash(text: str, bits: int) -> int:
    """A hash of `text` that every process computes alike (CRC-32: fast, and a shared one costs only a
    comparison), shifted above the `bits` bits of a key's position."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) << bits


FOCUS = ("Mali", "Burkina Faso", "Niger")  # the countries SahelWatch watches first


def prominence(p: Place) -> tuple[int, int, bool, int]:
    """How well-known a place is, for ordering homonyms: class, seat rank, watched country, population."""
    return (CLASS_RANK.get(p.feature_class, 0), FEATURE_RANK.get(p.feature_code, 2), p.country in FOCUS,
            p.population)


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer()
