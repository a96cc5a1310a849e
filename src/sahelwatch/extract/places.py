"""sw_places: find the places a report names and choose the gazetteer entry each one means.

Component: ``sw_places`` (factory args ``nlp, name, lang``) assigns ``doc._.places``, a list of
`PlaceMention` in text order, and ``doc._.event_place``, the index in that list of the mention most
likely to be the event's location (None when the report names no place); see
`sahelwatch.resolve.places.event_place` for the rule.

The work is split in two, each testable alone:

``PlaceFinder.find(text) -> list[Found]``
    Gazetteer names in the text: accent- and case-insensitive keys, but the name must be written
    capitalised; the longest name wins; stoplisted words, names glued to other capitalised words
    ("Amadou Koufa") and names inside actor names ("Katiba Macina") are skipped. A capitalised word
    right after a locative word ("in", "near", « à ») may also match up to spelling ('Diabaly' for
    GeoNames 'Diabali') or without its quarter word ('Kologon' for 'Kologon Habé'). Each name gets
    its cue: ``near`` ("near X", « près de X », "the X area"), ``offset`` ("30 km east of X",
    « à une soixantaine de kilomètres de X », ", north of X": a landmark locating another place),
    ``route`` ("bound for X", « en provenance de X »: a convoy's origin or destination), ``teller``
    ("many in X still speak of ..."), ``between`` ("between X and Y", « entre X et Y »), ``road``
    ("the X-Y road", « axe X-Y », "the X-Y-Z corridor", « les axes X-Y et Z-W », "the roads between X and Y"),
    ``region`` with an admin level ("the X region", « cercle de X », « province du X », "commune of
    X", and names in a bracket after a place: "Boni (Douentza, Mopti)"), or ``in``. It also notes
    what a bracket locates, 'the X area of Y' (X is part of town Y; 'X, on the outskirts of Y': coded
    to Y at precision 2), and 'coded as X at geoprecision 2' (an analyst note naming its own event
    location).
``PlaceChooser.choose(found, countries) -> list[PlaceMention]``
    Resolves each name: an admin-area cue to the area (coded to its seat; a commune to its seat town, or
    to its ADM3 area where GeoNames holds only that), a country to its
    capital (a part of it, "northern Mali", to that part's main town), a bare province/region name
    with no town of that name to the area, and a town among
    its homonyms by score: the countries named (country names, demonyms and national forces from
    the data file), the admin areas named, closeness to the other places named near it in the text,
    feature code (PPLC > PPLA > PPLA2 > PPL), population, the country the source covers
    (``Document.country``), and a country prior (data file); a name known only as a village abroad, in
    no country the report names, is an unknown village of the source's country (place None). A
    bracket restricts its villages to its admin1 ('Bondo (Koro, Mopti)': no Bondo in Mopti means
    an unknown village, so the place is None and the areas locate the event; a region carved out
    after 2016, « région de Ménaka », to its old cercle). An admin-area cue (« cercle de Koro ») whose
    name the countries the report names hold no area of means a neighbour's area. A French headline's
    label (« Soum : un pasteur tué à Silgadji ») is taken as an area: the story is filed under it, and
    a town the text names is the event's place.

Geo-precision (ACLED): 1 for the town itself; 2 for near/between/road cues and communes; 3 for a
bare region, province/cercle or country (coded to its seat or capital); a note's "coded as X at
geoprecision N" sets N.

Knowledge lives in ``sahelwatch/data/gazetteer/cues.json`` and ``stoplist.txt``.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from operator import itemgetter
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.cache import Memo
from sahelwatch.extract.annotations import ActorMention, Component, PlaceMention, doc_text
from sahelwatch.fastre import guarded
from sahelwatch.geo import Point, haversine_points, point
from sahelwatch.knowledge.gazetteer import AdminArea, Gazetteer, distance_km, name_key
from sahelwatch.model import Place
from sahelwatch.resolve.places import event_place

if not Doc.has_extension("event_place"):
    Doc.set_extension("event_place", default=None)

MAX_WORDS = 5
_CLOSE = 80  # characters: an admin area named this soon after a village locates it ("X, in the Mopti region")
_NEAR_KM = 150  # « X, près de Y »: a homonym of X this far from Y is another village (a region-wide "near")
_BESIDE = 20  # characters: « X, à proximité de Y » (longer, the town locates something else)
_OFFSET_GAP = 60  # characters: « X, à une trentaine de kilomètres au nord-est de Y »
_BORDER_CUES = ("before", "after", "join")
_WINDOW = 10  # homonyms are chosen against the places named up to this many mentions away
_WORD = re.compile(r"[^\W\d_][\w'’]*", re.UNICODE)
_ELISION = re.compile(r"(?:[dlnjsc]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])")  # d'Ansongo, l'Oudalan
_HYPHEN = re.compile(r"\s*[-‐‑]\s*")
_GLUE = re.compile(r"^(?:\s+|\s*[-‐‑]\s*|[’']|\s+d['’])$")  # what may join the words of one name


def _joins(gap: str) -> bool:
    """_GLUE matches `gap`; most gaps between words are one space, which it does."""
    return gap == " " or _GLUE.match(gap) is not None


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Any]:
    root = resources.files("sahelwatch").joinpath("data", "gazetteer")
    cues = json.loads(root.joinpath("cues.json").read_text(encoding="utf-8"))
    stop = {name_key(line) for line in root.joinpath("stoplist.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    cues["stoplist"] = stop | {name_key(w) for w in _stop_words("en") | _stop_words("fr") if w != "dire"}
    return cues


def _stop_words(lang: str) -> set[str]:
    """spaCy's stop-word list for `lang`, read from its module file alone: importing the package
    `spacy.lang.fr` would also compile its tokenizer exceptions, seconds of start-up an English-only run
    does not need."""
    import importlib.util
    from pathlib import Path

    path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_sw_stop_words_{lang}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return set(module.STOP_WORDS)


@dataclass
class Found:
    """One name found in the text, with the cue around it (before any gazetteer choice)."""

    start: int
    end: int
    text: str
    key: str
    relation: str = "in"  # in, near, between, road, region, route, title, offset, teller
    level: int = 0  # for relation "region": 1 admin1, 2 admin2, 3 commune; 0 otherwise
    country: str | None = None  # ISO code when the name is a country
    part: str | None = None  # 'northern Mali': the part of the country (north, central, southwest...)
    partner: int | None = None  # index of the other end of a "(road) between X and Y" pair
    loose: bool = False  # matched only up to transliteration ('Diabaly' for GeoNames 'Diabali')
    located_by: list[int] = field(default_factory=list)  # the admin names in brackets after it
    bracketed: bool = False  # located_by comes from a bracket after it ('X (Koro, Mopti)'), not a clause
    part_of: int | None = None  # 'the Tanghin area of Ouagadougou': the index of the town it is part of
    quarter: bool = False  # part_of names a quarter, market or suburb: always of the town itself
    outskirts: bool = False  # part_of names a village on the town's outskirts: coded to it at precision 2
    coded: int = 0  # 'coded as X at geoprecision 2': the note's own event location (its precision, or 1)
    border: bool = False  # a country named as a border: 'near the Niger border', 'the border with Mali'
    across: str | None = None  # 'the Mali-Niger border': the ISO code of the country on the other side
    elsewhere: bool = False  # a country named as where people were heading or live: « en direction du Niger »
    same_as: int | None = None  # 'Tonou [Tondo Erkokoni]': the index of the bracketed spelling of the same place


@dataclass
class _Lang:
    near_before: re.Pattern[str]
    near_after: re.Pattern[str]
    between_before: re.Pattern[str]
    between_join: re.Pattern[str]
    road_before: re.Pattern[str]
    road_join: re.Pattern[str]
    road_after: re.Pattern[str]
    road_list: re.Pattern[str]  # between two roads a plural road word names: "the X-Y and Z-W roads"
    area_before: re.Pattern[str]
    area_after: re.Pattern[str]
    area_words: frozenset[str]
    part_of: re.Pattern[str]
    part_of_before: re.Pattern[str]
    offset_before: re.Pattern[str]
    route_before: re.Pattern[str]
    title_before: re.Pattern[str]  # an office's seat: 'the mayor of X'
    topic_before: re.Pattern[str]  # what a protest is against: 'protested against the violence in X'
    part_before: re.Pattern[str]
    teller_after: re.Pattern[str]
    region_label_after: re.Pattern[str]  # what may follow a region's name that closes a place's clause
    region_clause: re.Pattern[str]  # between a place and the region it lies in: "X, in Timbuktu region"
    region_clause_after: re.Pattern[str]
    outskirts: re.Pattern[str]  # between a village and the town whose outskirts it lies on
    mission_before: re.Pattern[str]  # a foreign mission's seat: 'the U.S. Embassy in X' ...
    mission_after: re.Pattern[str]  # ... telling the news: '... is aware of', « ... informe »
    region_names: dict[str, str] = field(default_factory=dict)


def _compile(section: dict[str, Any]) -> _Lang:
    def rx(name: str) -> re.Pattern[str]:
        return guarded(section[name], re.I)  # searched before every found name: skip hopeless positions

    return _Lang(
        rx("near_before"), rx("near_after"), rx("between_before"), rx("between_join"), rx("road_before"),
        rx("road_join"), rx("road_after"), rx("road_list"), rx("area_before"), rx("area_after"),
        frozenset(name_key(w) for w in section["area_words"]), rx("part_of"), rx("part_of_before"),
        rx("offset_before"), rx("route_before"), rx("title_before"), rx("topic_before"), rx("part_before"),
        rx("teller_after"), rx("region_label_after"), rx("region_clause"), rx("region_clause_after"), rx("outskirts"),
        rx("mission_before"), rx("mission_after"), {name_key(k): v for k, v in section.get("region_names", {}).items()},
    )


def _level(m: re.Match[str]) -> int:
    return next((int(k[1]) for k, v in m.groupdict().items() if v), 1)




class PlaceFinder:
    """Finds gazetteer names and their cues in a text (no choice among homonyms)."""

    def __init__(self, gazetteer: Gazetteer, lang: str = "en") -> None:
        cues = load_cues()
        self.gaz = gazetteer
        self.langs = [_compile(cues[lang])] + [_compile(cues[o]) for o in ("en", "fr") if o != lang]
        self.stop = cues["stoplist"]
        self.not_after = frozenset(cues["not_after"])
        self.person_titles = frozenset(cues["person_titles"]["words"])
        self.country_title = re.compile(cues["country_title"]["before"])
        self.not_before = frozenset(cues["not_before"])
        self.vessel_named = re.compile(cues["vessel"]["named"])
        self.vessel_apposition = re.compile(cues["vessel"]["apposition"], re.I)
        self.locative_before = re.compile(cues["locative_before"], re.I)
        self.neighbour_ok = frozenset(name_key(w) for w in cues["neighbour_ok"])
        self.area_words = frozenset().union(*(la.area_words for la in self.langs))
        self.region_names = {k: v for la in reversed(self.langs) for k, v in la.region_names.items()}
        self.part_words = {name_key(k).replace(" ", ""): v for k, v in cues["part_words"].items()}
        self.country_words = {
            # searched over the whole report: the guard skips the positions no word can start at
            cc: guarded(r"\b(?:" + "|".join(map(re.escape, ws)) + r")\b", re.I)
            for cc, ws in cues["country_words"].items() if not cc.startswith("_")
        }
        # the words lower-cased, for the countries whose words are all Latin-1 letters with no odd case folding
        # (see countries_named)
        self.country_lowered = {cc: [w.lower() for w in ws] for cc, ws in cues["country_words"].items()
                                if not cc.startswith("_") and all(ord(c) < 256 and c != "µ" for w in ws for c in w)}
        self.paren = re.compile(cues["paren_admin"])
        self.list_gap = re.compile(cues["list_gap"])
        self.respelled_gap = re.compile(cues["respelled"]["gap"])
        self.respelled_close = re.compile(cues["respelled"]["close"])
        self.coded_before = guarded(cues["coded_as"]["before"], re.I)  # searched before every name found
        self.coded_precision = re.compile(cues["coded_as"]["precision_after"], re.I)
        self.suffixes = frozenset(name_key(w) for w in cues["quarter_suffixes"]["words"])
        gazetteer.loose_candidates("")  # builds the spelling-tolerant index now, not on the first report
        gazetteer.stem_candidates("", self.suffixes)
        gazetteer.near_candidates("sahelwatch")  # and the one-letter-off index (a real key: short ones skip it)
        self.locative = guarded(cues["locative_before"], re.I)  # searched before every unknown capitalised word
        self.border = {k: guarded(v, re.I) for k, v in cues["border"].items() if k in _BORDER_CUES}
        self.elsewhere = guarded(cues["country_elsewhere"]["before"], re.I)
        self.landform_after = re.compile(cues["landform_after"], re.I)
        self._known_keys: Memo[str, bool] = Memo()  # see _known

    def find(self, text: str, taken: list[tuple[int, int]] | None = None) -> list[Found]:
        """`taken`: spans other components read as something else (a group's name, « la katiba du
        Macina »; a date, « Fin février »): a name inside one is no place, unless it is a country."""
        words = _words(text)
        inside_taken = _within(taken or [])
        found: list[Found] = []
        # a name starts with a capital (see _match_at): only those words are tried, in order, each unless a
        # name before it took it
        capitals = [j for j, (a, _) in enumerate(words) if text[a].isupper()]
        i = 0
        for j in capitals:
            if j < i:
                continue
            i = j
            hit = self._match_at(text, words, i)
            if hit is None:
                continue
            n, key, loose = hit
            start, end = words[i][0], words[i + n - 1][1]
            i += n
            if taken and self.gaz.country(key) is None and inside_taken(start, end):
                continue
            found.append(self._with_cues(text, Found(start, end, text[start:end], key, loose=loose)))
        found = self._without_vessels(text, found)
        self._pair(text, found)
        self._route_lists(text, found)
        self._roads(text, found)
        self._parenthetical_admin(text, found)
        self._parts(text, found)
        self._respelled(text, found)
        self._trailing_regions(text, found)
        self._listed_regions(text, found)
        self._region_clauses(text, found)
        self._borders(text, found)
        for f in found:
            if self.coded_before.search(text[max(0, f.start - 50):f.start]):
                p = self.coded_precision.match(text[f.end:f.end + 60])
                f.coded = int(p.group("p")) if p else 1
        return found

    def _without_vessels(self, text: str, found: list[Found]) -> list[Found]:
        """'the passenger boat Tombouctou', then 'JNIM attacked the Tombouctou': a name the report gives a boat is
        the boat's wherever no place's preposition comes before it (cues file, "vessel")."""
        boats = {name_key(m.group("name")) for m in self.vessel_named.finditer(text)}
        boats |= {f.key for f in found if self.vessel_apposition.match(text[f.end:f.end + 60])}
        if not boats:
            return found
        return [f for f in found if f.key not in boats or f.country
                or self.locative_before.search(text[max(0, f.start - 30):f.start])]

    def _route_lists(self, text: str, found: list[Found]) -> None:
        """'fled to villages such as X and Y', « en provenance de X et Y »: the names listed after a route's end
        are ends too, not the event's place."""
        for a, b in zip(found, found[1:], strict=False):
            if a.relation == "route" and b.relation == "in" and _LIST_AND.fullmatch(text, a.end, b.start):
                b.relation = "route"

    def _trailing_regions(self, text: str, found: list[Found]) -> None:
        """'between Djenne and Kouakourou, Mopti.', 'in Sossobe, Mopti': a region's name closing a place's
        clause after a comma is the region it lies in (ACLED's "X, Region"), not its seat town."""
        for a, b in zip(found, found[1:], strict=False):
            if (b.relation != "in" or a.country or not _COMMA.fullmatch(text, a.end, b.start)
                    or not any(la.region_label_after.match(text, b.end) for la in self.langs)):
                continue
            regions = {area.name for area in self.gaz.areas(1, b.key)}
            places = _named(self.gaz, a, self.suffixes)
            # "in Bamako, Kayes": a town outside the region is a second place, not one located by it
            if regions and (not places or any(p.admin1 in regions for p in places)):
                b.relation, b.level = "region", 1

    def _listed_regions(self, text: str, found: list[Found]) -> None:
        """'in the Mopti and Gao regions', 'the Mopti and Gao region': the region word after the last name is every
        listed name's, not only the last one's (the others stay towns only if no region bears their name)."""
        listed: set[int] = set()  # the names the region word after the list reaches
        for a, b in reversed(list(zip(found, found[1:], strict=False))):
            if (b.relation == "region" and b.level == 1 and a.relation == "in" and not a.country
                    and _LIST_AND.fullmatch(text, a.end, b.start) and self.gaz.areas(1, a.key)
                    and (id(b) in listed or any(la.area_after.match(text[b.end:b.end + 40]) for la in self.langs))):
                a.relation, a.level = "region", 1
                listed.add(id(a))
        for a, b in zip(found, found[1:], strict=False):  # « les régions de Mopti et Gao », "the regions of A and B"
            if (a.relation == "region" and a.level == 1 and b.relation == "in" and not b.country
                    and _LIST_AND.fullmatch(text, a.end, b.start) and self.gaz.areas(1, b.key)
                    and (id(a) in listed or _REGIONS_BEFORE.search(text, max(0, a.start - 30), a.start))):
                b.relation, b.level = "region", 1
                listed.add(id(b))

    def _region_clauses(self, text: str, found: list[Found]) -> None:
        """'near Léré, in Timbuktu region', « Boni, dans la région de Mopti »: the region the clause names locates
        the place as a bracket would, whatever other countries the report names."""
        for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
            region = (b.relation == "region" and b.level == 1) or bool(self.gaz.areas(1, b.key))
            if a.country or b.country or not region or not any(
                    la.region_clause.match(text[a.end:b.start]) and la.region_clause_after.match(text, b.end)
                    for la in self.langs):
                continue
            b.relation, b.level, b.partner = "region", 1, None
            a.located_by = [i + 1]

    def _respelled(self, text: str, found: list[Found]) -> None:
        """'Tonou [Tondo Erkokoni]', 'Manougou [Madougou]': the analyst's bracketed spelling names the same place."""
        for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
            if self.respelled_gap.match(text[a.end:b.start]) and self.respelled_close.match(text[b.end:]):
                a.same_as = i + 1

    def _parts(self, text: str, found: list[Found]) -> None:
        """'the Tanghin area of Ouagadougou', « le quartier Tanghin de Ouagadougou »: the first
        name is a part of the second, and the event is coded to the town; 'X, on the outskirts of Y' too."""
        for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
            gap = text[a.end:b.start]
            before = text[max(0, a.start - 20):a.start]
            for la in self.langs:
                joined, cued = la.part_of.match(gap), la.part_of_before.search(before)
                if joined and cued:
                    a.part_of = i + 1
                    a.quarter = bool(joined.groupdict().get("quarter") or cued.groupdict().get("quarter"))
                    # 'the Sikasso-Sira neighbourhood of Bobo-Dioulasso': the quarter's whole hyphenated name
                    if i > 0 and _HYPHEN.fullmatch(text, found[i - 1].end, a.start):
                        found[i - 1].part_of, found[i - 1].quarter = i + 1, a.quarter
                    break
                if la.outskirts.match(gap):
                    # « à Dougourakoro, en périphérie est de Bamako »: ACLED codes the town, near it
                    a.part_of, a.quarter, a.outskirts = i + 1, True, True
                    break

    def _borders(self, text: str, found: list[Found]) -> None:
        """'the Mali-Niger border', "Burkina Faso's border with Mali": two countries named as one border
        are each other's other side."""
        for f in found:
            if f.country:
                f.border = bool(self.border["before"].search(text[max(0, f.start - 40):f.start])
                                or self.border["after"].match(text[f.end:f.end + 40]))  # '^': not match(text, pos)
                f.elsewhere = not f.border and bool(self.elsewhere.search(text[max(0, f.start - 40):f.start]))
        for a, b in zip(found, found[1:], strict=False):
            if a.country and b.country and (a.border or b.border) and self.border["join"].match(text[a.end:b.start]):
                a.border = b.border = True
                a.across, b.across = b.country, a.country

    def _parenthetical_admin(self, text: str, found: list[Found]) -> None:
        """'X (Koro, Mopti)', 'X (Partiaga, Tapoa)': the bracket after a name locates it by its admin
        areas, smallest first; those names are areas (or a commune's seat), not further places."""
        for at in _bracket_opens(text):  # 'Tonou [Tondo Erkokoni] (Koro, Mopti)' too
            pm = self.paren.match(text, at)
            if pm is None:
                continue
            items = [g for g in (pm.group("a"), pm.group("b"), pm.group("c")) if g]
            inside = [f for f in found if pm.start() < f.start and f.end <= pm.end()]
            # The names the bracket locates: the one right before it, and those listed with it
            # ("the villages of Konna and Ardiana (Kombori, Kossi)").
            for owner in (f for f in found if f.end <= pm.start() and pm.start() - f.end < 80
                          and self.list_gap.match(text[f.end:pm.start()])):
                owner.located_by = [found.index(f) for f in inside if not f.country]
                owner.bracketed = bool(owner.located_by)
            for f in inside:
                last = f.text.strip() == items[-1].strip() and len(items) > 1
                if f.country:
                    continue
                f.relation, f.partner = "region", None
                if last and self.gaz.areas(1, f.key):
                    f.level = 1
                elif self.gaz.areas(2, f.key):
                    f.level = 2
                elif self.gaz.areas(1, f.key):
                    f.level = 1
                else:
                    f.level = 3

    def countries_named(self, text: str) -> set[str]:
        """ISO codes of countries a text points to by demonym or national force ('Malian soldiers',
        « l'armée burkinabè », 'FAMa', 'Koglweogo'), from the data file."""
        # A word matches case-insensitively only where the lower-cased text holds it (re compares characters by
        # their lower case; of the Latin-1 letters only 'i' and 's' also match another letter, 'ı' and 'ſ', and only
        # 'İ' lowers to two characters): a substring test skips the search over the whole report for the
        # countries a report never names.
        lowered = None if _ODD_CASE.search(text) else text.lower()
        return {cc for cc, rx in self.country_words.items()
                if (lowered is None or cc not in self.country_lowered
                    or any(w in lowered for w in self.country_lowered[cc])) and rx.search(text)}

    # -- matching --------------------------------------------------------------------------------
    def _match_at(self, text: str, words: list[tuple[int, int]], i: int) -> tuple[int, str, bool] | None:
        first = text[words[i][0]:words[i][1]]
        if not first[0].isupper():
            return None
        exact = self._match_span(text, words, i, self._known)
        if exact:
            return (*exact, False)
        # A spelling-tolerant match is a guess: only right after a locative word ("in", "near", « à »).
        if not self.locative.search(text[max(0, words[i][0] - 12):words[i][0]]):
            return None
        loose = self._match_span(text, words, i, self._known_loose, max_words=3)
        return (*loose, True) if loose else None

    def _known_loose(self, key: str) -> bool:
        return len(key) >= 5 and key not in self.stop and bool(self.fuzzy_candidates(key))

    def fuzzy_candidates(self, key: str) -> list[Place]:
        """Places a name may mean up to spelling or a missing quarter word ('Kologon', 'Diabaly')."""
        return _fuzzy(self.gaz, key, self.suffixes)

    def _match_span(self, text: str, words: list[tuple[int, int]], i: int, known: Any,
                    max_words: int = MAX_WORDS) -> tuple[int, str] | None:
        run = 1  # how many words from i are glued into one possible name
        while (run < max_words and i + run < len(words)
               and _joins(text[words[i + run - 1][1]:words[i + run][0]])):
            run += 1
        for n in range(run, 0, -1):
            last = text[words[i + n - 1][0]:words[i + n - 1][1]]
            if n > 1 and (not last[0].isupper() or name_key(last) in self.area_words):
                continue  # "Boucle du Mouhoun" yes; "Gao region", "Gao Region" no (the cue handles it)
            key = name_key(text[words[i][0]:words[i + n - 1][1]])
            if n > 1 and not known(key) and known(key.replace(" ", "")):
                key = key.replace(" ", "")  # 'Fili-Fili' for GeoNames 'Filifili': one name, written in one word
            if known(key) and self._plausible(text, words, i, n, key):
                return n, key
        return None

    def _known(self, key: str) -> bool:
        # asked for every capitalised word and run of words, and its answer depends on the data files alone
        return self._known_keys.get(key, lambda: (
            self.gaz.has_key(key) or self.gaz.country(key) is not None
            or key in self.region_names or bool(self.gaz.areas(1, key) or self.gaz.areas(2, key))))

    def _plausible(self, text: str, words: list[tuple[int, int]], i: int, n: int, key: str) -> bool:
        span = text[words[i][0]:words[i + n - 1][1]]
        if span.isupper() and len(span) <= 5 and self.gaz.country(key) is None:
            return False  # acronyms: MAA, CMA, GATIA ...
        if len(key) <= 2 and self.gaz.country(key) is not None:
            return False  # an ISO code the gazetteer also knows a country by is no name in a text: "Mr. Traore"
        prev = _word(text, words, i - 1) if i > 0 else ""
        nxt = _word(text, words, i + n) if i + n < len(words) else ""
        # only a word right beside the name makes it part of another ("the Kidal militants"); across a
        # full stop or a number the next sentence begins ("in Markoye. 3 people were wounded")
        if ((name_key(prev) in self.not_after and _beside(text, words, i - 1))
                or (name_key(nxt) in self.not_before and _beside(text, words, i + n - 1))):
            return False
        if self._after_title(text, words, i):
            return False
        if n == 1 and nxt in ("of", "Of") and self._capitalised_after(text, words, i + n + 1):
            return False  # "the Cherif of Nioro", "Rally of Patriotic Forces": a title, not a place
        if n == 1 and key in self.stop and not self._cued_area(text, words, i, n):
            return False
        if self._headline(text, words, i):
            return True  # "Fresh Attacks On Timbuktu Mausoleums": every word is capitalised
        # A name glued to other capitalised words is part of a longer name (a person, an actor).
        return not (self._glued(text, words, i - 1, i, prev)
                    or self._glued(text, words, i + n - 1, i + n, nxt))

    def _after_title(self, text: str, words: list[tuple[int, int]], i: int) -> bool:
        """The name is a person's given name or surname: right after a title ('minister Kouame'), or after a title
        and one capitalised first name ('minister Kouame Lougue', « la générale de brigade Nema Sagara »: a group
        word such as « brigade » before the first name counts as a title, and the first name may be a place's)."""
        for back in (1, 2):
            j = i - back
            if j < 0:
                continue
            title = name_key(_word(text, words, j))
            if title not in self.person_titles and (back == 1 or title not in self.not_after):
                continue
            names = [_word(text, words, k) for k in range(j + 1, i)]
            if all(w[0].isupper() and not w.isupper() for w in names) and all(
                    _beside(text, words, k) for k in range(j, i)):
                return True
        return False

    @staticmethod
    def _headline(text: str, words: list[tuple[int, int]], i: int) -> bool:
        near = [text[a] for a, _ in words[max(0, i - 4):i + 5]]
        return len(near) >= 6 and sum(c.isupper() for c in near) >= len(near) - 1

    def _capitalised_after(self, text: str, words: list[tuple[int, int]], j: int) -> bool:
        if j >= len(words):
            return False
        w = _word(text, words, j)
        return w[0].isupper() and name_key(w) not in self.area_words

    def _glued(self, text: str, words: list[tuple[int, int]], a: int, b: int, word: str) -> bool:
        if not word or a < 0 or b >= len(words) or not word[0].isupper() or word.isupper():
            return False
        between = text[words[a][1]:words[b][0]]
        if not _joins(between) or "\n" in between:
            return False
        k = name_key(word)
        if k in self.neighbour_ok or k in self.area_words or k in self.suffixes:
            return False  # "Tagourou-Peulh": a quarter word belongs to the village name
        # "Gao-Ansongo", "Boni Hombori": two names side by side are two places, not one longer name.
        return not self._known_word(k)

    def _known_word(self, k: str) -> bool:
        if k in self.stop:
            return False
        return self.gaz.has_key(k) or (len(k) >= 5 and bool(self.gaz.loose_candidates(k)))

    def _cued_area(self, text: str, words: list[tuple[int, int]], i: int, n: int) -> bool:
        before, after = text[max(0, words[i][0] - 40):words[i][0]], text[words[i + n - 1][1]:][:30]
        # "the Ifoghas mountains": a clan's name is also its massif's
        return (any(la.area_before.search(before) or la.area_after.match(after) for la in self.langs)
                or bool(self.landform_after.match(after)) or self._in_admin_bracket(text, words[i][0]))

    def _in_admin_bracket(self, text: str, start: int) -> bool:
        """The word at `start` is in a bracket of admin areas after a name ('X (Matiakoali, Gourma)'): a
        zone's name that is also a province's ('Gourma') is the province there."""
        open_at = text.rfind("(", max(0, start - 60), start)
        if open_at < 0:
            return False
        pm = self.paren.match(text, open_at)
        return pm is not None and pm.group("b") is not None and start < pm.end()

    # -- cues ------------------------------------------------------------------------------------
    def _with_cues(self, text: str, f: Found) -> Found:
        before, after = text[max(0, f.start - 60):f.start], text[f.end:f.end + 40]
        cc = self.gaz.country(f.key)
        if cc is not None and not self.gaz.areas(1, f.key):
            f.country, f.relation = cc.code, "region"
            if self.country_title.search(before):
                f.relation = "title"  # "the president of Ivory Coast": who someone is, no place
                return f
            part = next((m for la in self.langs if (m := la.part_before.search(before))), None)
            if part:
                word = name_key(part.group("part")).replace(" ", "")
                f.part = self.part_words.get(word, word)
            return f
        for la in self.langs:
            m = la.area_before.search(before) or la.area_after.match(after)
            if m:
                f.relation, f.level = "region", _level(m)
                return f
        for la in self.langs:
            if la.teller_after.match(after):
                f.relation = "teller"  # "many in Bamako still speak of ...": where it is told, not where it was
                return f
            if la.route_before.search(before):
                f.relation = "route"
                return f
            if la.title_before.search(before) or (la.mission_before.search(before) and la.mission_after.match(after)):
                f.relation = "title"  # "the mayor of X": who the victim is, not where it happened
                return f
            if la.topic_before.search(text, max(0, f.start - 100), f.start):
                f.relation = "topic"  # "protested in Bamako against the violence in Kidal": what it is about
                return f
            if la.offset_before.search(before):
                f.relation = "offset"
                return f
            if la.near_before.search(before) or la.near_after.match(after):
                f.relation = "near"
                return f
        return f

    def _pair(self, text: str, found: list[Found]) -> None:
        """Marks 'between X and Y' pairs (both ends: precision 2); 'the road(s) between X and Y' is a road's."""
        for i, (a, b) in enumerate(zip(found, found[1:], strict=False)):
            if a.country:
                continue
            before = text[max(0, a.start - 60):a.start]
            if not any(la.between_before.search(before) and la.between_join.match(text[a.end:b.start])
                       for la in self.langs):
                continue
            rel = "road" if any(o.road_before.search(before) for o in self.langs) else "between"
            for x, partner in ((a, i + 1), (b, i)):
                if x.relation in ("in", "near"):
                    x.relation, x.partner = rel, partner

    def _roads(self, text: str, found: list[Found]) -> None:
        """Marks the towns named as a road's ends and stops (precision 2, landmarks): 'the X-Y road', 'the
        X-Y-Z corridor', « l'axe reliant X à Y », and with a plural road word every road listed with it
        (« les axes X-Y et Z-W », 'the X-Y and Z-W roads')."""
        chains = self._chains(text, found)
        for k, chain in enumerate(chains):
            if len(chain) < 2:
                continue
            before = text[max(0, chain[0].start - 60):chain[0].start]
            after = text[chain[-1].end:chain[-1].end + 40]
            cue = next((m for la in self.langs if (m := la.road_before.search(before))), None)
            listed = chains[k + 1:]
            if cue is None:
                cue = next((m for la in self.langs if (m := la.road_after.match(after))), None)
                listed = chains[:k][::-1]
            if cue is None:
                continue
            roads = [chain]
            if cue.group("plural"):
                for other in listed:  # the roads listed with it, outward from the road word
                    left, right = (roads[-1], other) if other[0].start > roads[-1][0].start else (other, roads[-1])
                    gap = text[left[-1].end:right[0].start]
                    if len(other) < 2 or not any(la.road_list.match(gap) for la in self.langs):
                        break
                    roads.append(other)
            for f in (f for road in roads for f in road):
                # « sur la route de Gao à Bourem »: the road's end, not a convoy's destination
                if f.relation in ("in", "near", "route"):
                    f.relation = "road"

    def _chains(self, text: str, found: list[Found]) -> list[list[Found]]:
        """The names in text order, grouped into runs joined by a road join ('Dakar-Kayes-Bamako', « Bamako à
        Ségou »); a country breaks a run ('the Mali-Niger border' is no road)."""
        chains: list[list[Found]] = []
        for f in found:
            prev = chains[-1][-1] if chains else None
            if (prev is not None and not prev.country and not f.country
                    and any(la.road_join.match(text[prev.end:f.start]) for la in self.langs)):
                chains[-1].append(f)
            else:
                chains.append([f])
        return chains


def _bracket_opens(text: str) -> list[int]:
    """Where each `(?<=[\\w\\]])\\s*\\(` of the text starts: the spaces before a bracket that follows a word or a
    closing square bracket. Found from the few brackets back (\\s is str.isspace, \\w str.isalnum or "_"): the
    pattern was tried at every character of the report."""
    starts = []
    bracket = text.find("(")
    while bracket >= 0:
        at = bracket
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_]"):
            starts.append(at)
        bracket = text.find("(", bracket + 1)
    return starts


_ODD_CASE = re.compile("[İıſ]")  # letters whose lower case is not the one re.IGNORECASE compares Latin letters by
_COMMA = re.compile(r",\s*")
_REGIONS_BEFORE = re.compile(r"\b(?:regions|régions)\s+(?:of\s+|de\s+|du\s+|d['’]\s*)?(?:the\s+)?$", re.IGNORECASE)
_LIST_AND = re.compile(r"\s*(?:,|,?\s*(?:and|et|or|ou))\s*", re.IGNORECASE)


def _within(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span lies inside one of `spans`: the furthest end among the spans that start at or before it reaches
    its end (one bisect per name found, where a pass over every span was made)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start)
        return k > 0 and reach[k - 1] >= end

    return inside


def _beside(text: str, words: list[tuple[int, int]], a: int) -> bool:
    """Word a and the next word stand side by side, apart only by spaces, a hyphen, a possessive or a quote."""
    return bool(_SIDE_BY_SIDE.fullmatch(text, words[a][1], words[a + 1][0]))


# "the Kidal's militants", "operation 'Seno'" too
_SIDE_BY_SIDE = re.compile(r"(?:['’]s)?\s*[-‐‑]?\s*['‘’\"“«]?\s*")


def _fuzzy(gaz: Gazetteer, key: str, suffixes: frozenset[str]) -> list[Place]:
    return gaz.loose_candidates(key) or gaz.stem_candidates(key, suffixes) or gaz.near_candidates(key)


def _named(gaz: Gazetteer, f: Found, suffixes: frozenset[str]) -> list[Place]:
    """The gazetteer entries a found name may mean: up to spelling when it was matched loosely."""
    return _fuzzy(gaz, f.key, suffixes) if f.loose else gaz.candidates(f.key)


def _words(text: str) -> list[tuple[int, int]]:
    """The spans of the words, an elision's letters left out ("d'Ansongo": Ansongo) and a possessive too ("Gao's
    8th district": Gao). A run of word characters (_WORD) starts where a word with its elision would (an elision
    starts with a letter and runs on in word characters): the runs are read in one list comprehension, and only
    the few with an apostrophe are cut after (a Python step per word cost more than the pattern)."""
    out = [m.span() for m in _WORD.finditer(text)]
    for m in _APOSTROPHE.finditer(text):
        q = m.start()
        k = bisect_right(out, q, key=itemgetter(0)) - 1  # the run the apostrophe is in, if any
        if k < 0 or out[k][1] <= q:
            continue
        start, end = out[k]
        elision = _ELISION.match(text, start)
        if elision and elision.end() == q + 1:
            start = q + 1
        elif end == q + 2 and text[q + 1] == "s" and end - start > 3:
            end -= 2  # "Gao's 8th district", "Kidal’s camp": the town
        out[k] = (start, end)
    return out


_APOSTROPHE = re.compile(r"['’]")


def _word(text: str, words: list[tuple[int, int]], j: int) -> str:
    return text[words[j][0]:words[j][1]]


# -- choosing ------------------------------------------------------------------------------------
FEATURE_SCORE = {"PPLC": 3.0, "PPLA": 2.5, "PPLA2": 2.0, "PPLA3": 1.5, "PPLA4": 1.2, "PPL": 1.0}
CLASS_SCORE = {"P": 0.8, "S": 0.4, "L": 0.4, "A": 0.2, "V": 0.2, "H": 0.1}
_SEATS = ("PPLC", "PPLA", "PPLA2")
# a source's own country: more than a commune seat abroad known by the exact name gains over a camp or village at
# home known by a variant ('Essakane', Goundam's seat, against Burkina's mine town: ~2.5), less than a country the
# report names (+4 against -2); as much as a demonym (1.5) when the demonyms point to another country ('Malian
# troops entered Boni' in a Burkina source: Mali's Boni)
SOURCE_WEIGHT, SOURCE_HINTED_WEIGHT = 3.0, 1.5
HOME_WEIGHT, HOME_RANGE_KM = 3.0, 150.0  # pull of the base of a group the report names, and its reach
HOME_AREA_KM = 50.0  # a group operates around its base: a village this close to it is as likely as the base
REGION_WEIGHT = 0.5  # among homonyms, the pull of a region where conflict concentrates (cues.json region_prior)
BORDER_WEIGHT, BORDER_RANGE_KM = 2.0, 60.0  # pull of a neighbour's border the report names, and its reach
NAME_WEIGHT = 0.6  # a place known by the name itself, over one that lists it among its variants


@dataclass
class _Context:
    countries: set[str]  # ACLED country names the report names, or of the admin areas it names
    hinted: set[str]  # countries its demonyms and national forces point to ('Malian', 'FAMa')
    admin1: set[str]
    admin2: set[str]
    homes: list[Place] = field(default_factory=list)  # bases of the armed groups the report names
    source: str = ""  # the country the source covers (Document.country), when it declares one
    borders: set[str] = field(default_factory=set)  # ISO codes of the neighbours whose border the report names
    # the parts of a candidate's score that depend on it and this context alone (PlaceChooser._fixed): homonyms
    # are scored again and again as their neighbours change; emptied whenever the context changes
    fixed: dict[tuple[int, str], tuple[Place, float, tuple[float, ...]]] = field(default_factory=dict)
    homes_term: dict[int, tuple[Place, float]] = field(default_factory=dict)  # the homes never change

    @property
    def within(self) -> set[str]:
        """The countries the report is about: those it names, else those it points to, else its source's."""
        return self.countries or self.hinted or ({self.source} if self.source else set())


class _Distances:
    """The distance from a place to the nearest of others, each pair's distance_km computed once for the
    places of one report (they are alive for the whole choice, so their ids are stable keys); ~3,000
    pairs per long article come down to ~800 distinct ones."""

    def __init__(self) -> None:
        self._rows: dict[int, dict[int, float]] = {}
        self._points: dict[int, Point] = {}  # each place's trigonometry, computed once too

    def nearest(self, p: Place, others: list[Place]) -> float:
        # the loop of min() written out: a call per pair cost more than the distances themselves
        row = self._rows.setdefault(id(p), {})
        best = None
        for o in others:
            km = row.get(id(o))
            if km is None:
                km = row[id(o)] = haversine_points(self._point(p), self._point(o))  # = distance_km(p, o)
            if best is None or km < best:
                best = km
        return best  # type: ignore[return-value]  # others is never empty

    def _point(self, p: Place) -> Point:
        got = self._points.get(id(p))
        if got is None:
            got = self._points[id(p)] = point(p.latitude, p.longitude)
        return got


QUARTER_KM = 15.0  # a quarter, market or suburb of a town lies this close to it
BRACKET_KM = 30.0  # a Burkina namesake outside the bracket's province stands only this close to its department seat
GUESS_KM = 60.0  # a name matched one letter off stands only this close to the other places a report names


def _part_of(part: PlaceMention, whole: PlaceMention, quarter: bool = False) -> Place | None:
    """Where 'X area of Y' is coded: 'the Tanghin area of Ouagadougou' to the town Y; 'the Diabaly area of
    Niono', 'the Bourem sector of Gao' name a town of the wider area (a cercle, a region) Y also means, so
    to X's homonym in that region; a quarter, market or suburb ('the Koyaratao quarter of Timbuktu') is always
    the town's. None when Y is unresolved."""
    if whole.place is None:
        return None
    if (quarter and not whole.is_region) or any(distance_km(p, whole.place) <= QUARTER_KM for p in part.candidates):
        return whole.place
    towns = [p for p in part.candidates if p.admin1 and p.admin1 == whole.place.admin1]
    if not towns:
        return whole.place
    return part.place if part.place in towns else towns[0]


def _area_of_any(area: Place, towns: list[Place]) -> bool:
    """An admin area some of the homonyms lie in: 'Nampala (Niono, Segou)' may be anywhere in the cercle, and
    its seat town is no clue among the cercle's Nampalas. (Where none lies in it, the gazetteer's admin codes
    may be off near a border, and the seat is the best clue left.)"""
    return area.feature_class == "A" and any(t.admin2 == area.admin2 for t in towns)


def _nearest_km(p: Place, others: list[Place]) -> float:
    return min(distance_km(p, o) for o in others)


class PlaceChooser:
    """Chooses, for every found name, the gazetteer entry the report means."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        cues = load_cues()
        self.gaz = gazetteer
        self.prior = {gazetteer.countries[cc].name: w for cc, w in cues["country_prior"].items()}
        self.region_prior = {(country, area): w for country, areas in cues["region_prior"].items()
                             if not country.startswith("_") for area, w in areas.items()}
        self.suffixes = frozenset(name_key(w) for w in cues["quarter_suffixes"]["words"])
        self.parts: dict[str, dict[str, str | list[str]]] = cues["country_parts"]
        self.border_seats: dict[str, dict[str, str]] = cues["border"]["seats"]
        self.region_names = {name_key(k): v for lang in ("fr", "en")
                             for k, v in cues[lang].get("region_names", {}).items()}

    def choose(self, found: list[Found], countries: set[str] | None = None,
               homes: list[Place] | None = None, source: str = "") -> list[PlaceMention]:
        ctx = self._context(found, countries or set(), source)
        ctx.homes = homes or []
        mentions = [self._first_pass(f, ctx) for f in found]
        # a province or cercle named is an area its villages match by admin2, not a point at its capital that
        # pulls homonyms toward the capital ('Diguel (Diguel, Soum)' is not the Diguel nearest Djibo)
        unique = [(i, m.place) for i, m in enumerate(mentions) if m.place is not None
                  and len(m.candidates) == 1 and m.place.feature_code not in ("ADM1", "ADM2", "PPLC", "PCLI")]
        ctx.admin1 |= {m.place.admin1 for m in mentions if m.place and m.is_region and m.place.admin1}
        ctx.fixed.clear()
        # (not a country's part whose region is unknown: « le nord du Burkina » locates no village)
        areas = [m for m in mentions if m.place and m.is_region and m.place.feature_class == "A" and m.place.admin1]
        landmarks = [(m.start, m.place) for m, f in zip(mentions, found, strict=True)
                     if m.place is not None and f.relation == "near" and not m.is_region]
        for k, (m, f) in enumerate(zip(mentions, found, strict=True)):
            # the area that follows the village locates it; one before it may be left behind by a list
            # going on ("in Kayes and Diboli, in the Kayes region, and in Niono and Molodo")
            near = {a.place.admin1 for a in areas if a.place and 0 <= a.start - m.end < _CLOSE}
            if m.place is not None and not m.is_region and self._outside(m.candidates, near):
                m.place, m.candidates = None, []
            # « le hameau de X, près de Bankass »: the town that follows locates the village; homonyms far
            # from it are other villages, and the village itself is missing from the gazetteer
            landmark = next((p for at, p in landmarks if 3 <= at - m.end <= _BESIDE), None)  # not "X-Y"
            if landmark is None and f.relation == "near" and k + 1 < len(found):
                landmark = self._offset_landmark(m, found[k + 1], mentions[k + 1])
            # A village the gazetteer knows only up to spelling is coded, as ACLED's GeoNames-based coders do, to
            # the town it is said to be near ('Barakana, near Pobe-Mengao'): the guess may be another village.
            reach = 0.0 if f.loose else _NEAR_KM
            if (f.relation in ("in", "near") and m.place is not None and not m.is_region and landmark is not None
                    and landmark is not m.place and all(distance_km(p, landmark) > reach for p in m.candidates)):
                m.place, m.candidates = None, []
        regions = {a.place.admin1 for a in areas if a.place and a.place.admin1}
        # a commune named ("6 killed in X commune, 4 in Y") bounds its villages as a cercle does
        regions |= {m.place.admin1 for m, f in zip(mentions, found, strict=True)
                    if m.place and f.relation == "region" and f.level == 3 and not f.country and m.place.admin1}
        for m, f in zip(mentions, found, strict=True):
            if m.place is not None and not m.is_region and f.loose and self._one_off(f.key):
                # the same name told again ("near Kabonga ... in Kabonga") shares the guess: it vouches for nothing
                others = [o for o, g in zip(mentions, found, strict=True) if o is not m and g.key != f.key]
                self._keep_plausible_guesses(m, others, regions)
        for m, f in zip(mentions, found, strict=True):
            m.partner = f.partner if f.relation in ("between", "road") else None
            if f.located_by and not m.is_region:
                m.located = f.bracketed
                self._within_brackets(m, [mentions[i] for i in f.located_by], self.gaz.carved_from)
            if f.coded and m.place is not None and not m.is_region:
                m.geo_precision = f.coded
            coded_to = _part_of(m, mentions[f.part_of], f.quarter) if f.part_of is not None else None
            if coded_to is not None and coded_to is not m.place:
                m.place = coded_to
                if coded_to not in m.candidates:
                    m.candidates = [coded_to]
            if f.outskirts and m.place is not None:
                m.geo_precision = 2
        # Homonyms pull each other together: each ambiguous name is re-chosen against the unique
        # places and, with less weight, the current choice for the other ambiguous names, among the
        # names mentioned close by in the text (a long article wanders; this also keeps it linear).
        ambiguous = [(i, m, f) for i, (m, f) in enumerate(zip(mentions, found, strict=True))
                     if len(m.candidates) > 1 and m.place is not None and m.place.feature_class != "A"]
        distance = _Distances()  # the two passes ask for the same pairs again and again
        anchors = {i: self._anchors(i, m, unique) for i, m, _ in ambiguous}  # the same in both passes
        nearby = {i: [o for j, o, _ in ambiguous if o is not m and abs(i - j) <= _WINDOW] for i, m, _ in ambiguous}
        for _ in range(2):
            for i, m, f in ambiguous:
                guesses = [o.place for o in nearby[i] if o.place is not None and name_key(o.place.name) != f.key]
                m.place = self._best(m.candidates, ctx, anchors[i], f.key, guesses, distance.nearest)
        for m, f in zip(mentions, found, strict=True):
            same = mentions[f.same_as] if f.same_as is not None else None
            if same is not None and same.place is not None and not same.is_region:
                m.place, m.candidates = same.place, same.candidates
        return mentions

    @staticmethod
    def _offset_landmark(m: PlaceMention, f: Found, nxt: PlaceMention) -> Place | None:
        """« près de Kobé, à une trentaine de kilomètres de Gao »: the town the next clause measures a distance
        from locates the village said to be near, as a town right after it would ('X, près de Y')."""
        if f.relation != "offset" or nxt.is_region or not 3 <= nxt.start - m.end <= _OFFSET_GAP:
            return None
        return nxt.place

    @staticmethod
    def _anchors(i: int, m: PlaceMention, unique: list[tuple[int, Place]]) -> list[Place]:
        """The unique places named near the i-th name that are none of its homonyms nor an area they lie in."""
        # `p in m.candidates` compares places field by field; only a candidate with p's id can be equal
        ids = {c.id for c in m.candidates}
        return [p for j, p in unique if abs(i - j) <= _WINDOW and (p.id not in ids or p not in m.candidates)
                and not _area_of_any(p, m.candidates)]

    def _one_off(self, key: str) -> bool:
        """The name matched only one letter off a gazetteer name ('Gargaboule' for 'Gargaboulli')."""
        return not (self.gaz.loose_candidates(key) or self.gaz.stem_candidates(key, self.suffixes))

    @staticmethod
    def _keep_plausible_guesses(m: PlaceMention, others: list[PlaceMention], regions: set[str]) -> None:
        """A name one letter off a gazetteer name is a guess: it stands only where the report puts nothing
        against it, in the regions it names and near the other places it names ('Gnimignama village,
        Douentza': a namesake far from Douentza is another village, and Douentza locates the event)."""
        # a commune named with it counts as a town: its seat is a point, not a whole region
        towns = [p for o in others if o.place is not None and (not o.is_region or o.geo_precision == 2)
                 for p in o.candidates]
        keep = [p for p in m.candidates if (not regions or p.admin1 in regions)
                and (not towns or min(distance_km(p, t) for t in towns) <= GUESS_KM)]
        m.candidates = keep
        m.place = m.place if m.place in keep else (keep[0] if keep else None)

    @staticmethod
    def _within_brackets(m: PlaceMention, areas: list[PlaceMention], carved_from: Callable[[Place], str]) -> None:
        """'Bondo (Koro, Mopti)': keep the homonyms in the bracketed areas; none there means the
        village is missing from the gazetteer, and the areas locate the event instead."""
        admin1 = {a.place.admin1 for a in areas if a.place is not None and a.place.admin1}
        admin2 = {a.place.admin2 for a in areas if a.place is not None and a.place.admin2
                  and a.place.feature_code != "ADM1"}
        if not admin1:
            return
        # admin1 must agree; admin2 only ranks (polygon borders and a source's cercle can differ, and GeoNames
        # misfiles some Burkina villages near a province border), but a Burkina namesake in another province and
        # far from the department seat the bracket names is another village ('Kankandi (Partiaga, Tapoa)' is not
        # Komondjari's Kankandi, 100 km from Partiaga)
        seats = [a.place for a in areas if a.place is not None and a.place.feature_class != "A"]
        keep = sorted((p for p in m.candidates if p.admin1 in admin1 and (
            not seats or p.admin2 in admin2 or p.country != "Burkina Faso"
            or any(distance_km(p, s) <= BRACKET_KM for s in seats))), key=lambda p: p.admin2 not in admin2)
        # « Tabankort, dans la région de Ménaka »: a region carved from a cercle after 2016 lies in that cercle
        # of the old region ACLED codes by, not anywhere in it (another Tabankort lies near Bourem)
        carved = {c for a in areas if a.place is not None and (c := carved_from(a.place))}
        keep = [p for p in keep if p.admin2 in carved] or keep
        m.candidates = keep
        m.place = keep[0] if keep else None

    def _context(self, found: list[Found], demonyms: set[str], source: str = "") -> _Context:
        hinted = {self.gaz.countries[cc].name for cc in demonyms}
        # "Douna, near the Burkina Faso border" in a Mali source: the event is on the source's side, so a
        # border names the source's country, not the neighbour's villages
        countries = {source if f.border and source else self.gaz.countries[f.country].name
                     for f in found if f.country}
        within = _Context(countries, hinted, set(), set(), source=source).within
        admin1: set[str] = set()
        admin2: set[str] = set()
        areas_countries: set[str] = set()
        for f in found:
            if f.relation == "region" and not f.country:
                area = self._area(f, within)
                if area is not None:
                    (admin1 if area.level == 1 else admin2).add(area.name)
                    admin1.add(area.admin1)
                    areas_countries.add(area.country)
            else:
                for a in self.gaz.areas(2, f.key):
                    if not within or a.country in within:
                        admin2.add(a.name)
        home = self.gaz.country(source) if source else None
        borders = {f.country if f.country != home.code else f.across for f in found if f.border and home}
        return _Context(countries | areas_countries, hinted, admin1, admin2, source=source,
                        borders={cc for cc in borders if cc and cc != (home.code if home else None)})

    def _area(self, f: Found, countries: set[str]) -> AdminArea | None:
        key = name_key(self.region_names.get(f.key, f.key))
        levels = (1, 2) if f.level in (0, 1) else (2, 1)
        for level in levels:
            areas = self.gaz.areas(level, key)
            # 'the Gourma region' in a report on Mali is Mali's Gourma, not Burkina's province
            inside = [a for a in areas if a.country in countries]
            if inside:
                return inside[0]
        if countries and any(p.feature_class == "L" and p.country in countries for p in self.gaz.candidates(key)):
            return None  # 'the Gourma region' in a report on Mali: Mali's natural region, not Burkina's province
        for level in levels:
            # « le cercle de Koro, près de la frontière burkinabè »: an area the cue names that the countries the
            # report names hold none of is a neighbour's, not a village of theirs
            areas = sorted(self.gaz.areas(level, key), key=lambda a: -self.prior.get(a.country, 0.0))
            if areas:
                return areas[0]
        return None

    def _first_pass(self, f: Found, ctx: _Context) -> PlaceMention:
        if f.country and f.relation == "title":
            return PlaceMention(f.start, f.end, f.text, None, [], 3, "title", True)
        if f.country:
            seat = (self._border_seat(f, ctx.source) or self._part_seat(f.country, f.part)
                    or self.gaz.countries[f.country].capital)
            return PlaceMention(f.start, f.end, f.text, seat, [seat], 3, "region", True)
        found = _named(self.gaz, f, self.suffixes)
        towns = [p for p in found if p.feature_class != "A"]
        if f.relation == "region" and f.level in (0, 1, 2):
            area = self._area(f, ctx.within)
            if area is not None:
                place = area.as_place()
                return PlaceMention(f.start, f.end, f.text, place, [place], 3, "region", True)
        if f.relation == "region" and f.level == 3 and not towns:
            # "the commune of Dougoutene I": a commune GeoNames holds only as an ADM3 area, coded to its point
            within = ctx.within
            communes = [p for p in found if p.feature_code == "ADM3" and (not within or p.country in within)]
            if communes:
                return PlaceMention(f.start, f.end, f.text, communes[0], communes, 2, "region", True)
        if f.relation == "region" and f.level == 3 and towns:
            # "Madouba (Madouba, Kossi)": a commune lies in the province or region named with it; a namesake
            # elsewhere is not it (the commune is then unknown and the areas locate the event)
            if ctx.admin1 or ctx.admin2:
                towns = [t for t in towns if t.admin1 in ctx.admin1 or t.admin2 in ctx.admin2]
            if not towns:
                return PlaceMention(f.start, f.end, f.text, None, [], 2, "region", True)
            place = self._best(towns, ctx, [], f.key)
            return PlaceMention(f.start, f.end, f.text, place, towns, 2, "region", True)
        area = self._bare_area(f, towns, ctx)
        if area is not None:
            place = area.as_place()
            return PlaceMention(f.start, f.end, f.text, place, [place], 3, "region", True)
        precision = 1 if f.relation in ("in", "title", "topic") else 2
        if towns and not f.loose and self._abroad(towns, ctx, f.loose):
            # 'the village of Lassa' in a Burkina source: not Bamako's Lassa but the source's Lassa Foulbé, a
            # village GeoNames names with its quarter word
            towns = [p for p in self.gaz.stem_candidates(f.key, self.suffixes) if p.country == ctx.source] or towns
        if not towns or self._abroad(towns, ctx, f.loose):
            return PlaceMention(f.start, f.end, f.text, None, [], precision, f.relation, False)
        relation = "near" if f.relation == "region" else f.relation  # "Djibo region": not an admin area
        return PlaceMention(f.start, f.end, f.text, self._best(towns, ctx, [], f.key), towns, precision,
                            relation, False)

    @staticmethod
    def _outside(towns: list[Place], regions: set[str]) -> bool:
        """Only villages outside the regions named next to it ('Kokourou in the Bandiagara area
        (Bandiagara, Mopti)' with no Kokourou in Mopti): an unknown village of that region, which then
        locates the event (ACLED codes the area)."""
        return bool(regions) and all(t.admin1 not in regions and t.feature_code not in _SEATS
                                        and t.population < 5000 for t in towns)

    @staticmethod
    def _abroad(towns: list[Place], ctx: _Context, loose: bool) -> bool:
        """Only villages outside the source's country, in no country the report names or points to: the
        name is more likely an unknown village at home ('Solle', 'Douna' in a Mali source) than a
        namesake abroad. A seat or a town abroad is kept unless matched only up to spelling."""
        if not ctx.source:
            return False
        told = ctx.countries | ctx.hinted | {ctx.source}
        return all(t.country not in told and (loose or (t.feature_code not in _SEATS and t.population < 5000))
                   for t in towns)

    def _border_seat(self, f: Found, source: str) -> Place | None:
        """A border the source's country shares with a neighbour: the seat of the region along it, on the
        source's side (cues file); None when the source is unknown or the border lines many regions."""
        home = self.gaz.country(source) if f.border and source else None
        if home is None or (f.across and home.code not in (f.country, f.across)):
            return None  # no source, or a border between two other countries
        neighbour = f.country if f.country != home.code else f.across
        town = self.border_seats.get(home.code, {}).get(neighbour or "")
        found = self.gaz.lookup(town, home.code) if town else []
        return found[0] if found else None

    def _part_seat(self, cc: str, part: str | None) -> Place | None:
        """The main town of a part of a country ('northern Mali': Gao), from the cues file; a part that spans
        several regions (« le nord du Burkina »: Sahel, Nord or Centre-Nord) is the country with its region
        unknown, located at the middle of those regions."""
        town = self.parts.get(cc, {}).get(part or "")
        if isinstance(town, list):
            return self._part_area(cc, part or "", town)
        found = self.gaz.lookup(town, cc) if town else []
        return found[0] if found else None

    def _part_area(self, cc: str, part: str, regions: list[str]) -> Place | None:
        country = self.gaz.countries[cc].name
        points = [a.centroid for r in regions for a in self.gaz.areas(1, r) if a.country == country and a.centroid]
        if not points:
            return None
        lat, lon = (sum(p[i] for p in points) / len(points) for i in (0, 1))
        return Place(id=f"sw:{cc.lower()}-{part}", name=country, latitude=round(lat, 5), longitude=round(lon, 5),
                     country=country, feature_class="A", feature_code="PCLI")

    def _bare_area(self, f: Found, towns: list[Place], ctx: _Context) -> AdminArea | None:
        """A bare name that means an admin area ('Oudalan', 'Boucle du Mouhoun'), not a town.

        Only when no seat-ranked town bears the name: "Mopti" is the town, "Soum" is the province.
        """
        area = None
        for level in (1, 2):
            within = ctx.within
            areas = [a for a in self.gaz.areas(level, f.key) if not within or a.country in within]
            areas = [a for a in areas if self.prior.get(a.country, 0) >= 0.8]
            if areas:
                area = areas[0]
                break
        if area is None:
            return None
        if area.seat is not None and name_key(area.seat.name) == f.key:
            return None
        if any(t.feature_code in ("PPLC", "PPLA", "PPLA2") or t.population > 5000 for t in towns):
            return None
        if any(t.admin1 in ctx.admin1 or t.admin2 in ctx.admin2 for t in towns if t.admin1):
            return None  # "Boulgou (Matiacoali, Gourma)": the village in the areas the report names
        return area

    def _best(self, candidates: list[Place], ctx: _Context, others: list[Place], key: str,
              guesses: list[Place] | None = None,
              nearest: Callable[[Place, list[Place]], float] = _nearest_km) -> Place:
        return max(candidates, key=lambda p: self._score(p, ctx, others, key, guesses or [], nearest))

    def _score(self, p: Place, ctx: _Context, others: list[Place], key: str, guesses: list[Place],
               nearest: Callable[[Place, list[Place]], float]) -> float:
        head, tail = self._fixed(p, ctx, key, nearest)
        s = head  # the terms are added in one order, so that equal scores stay equal (ties keep the first)
        if others:
            d = nearest(p, others)
            s += 3.0 * math.exp(-d / 75.0)
        if guesses:
            d = nearest(p, guesses)
            s += 1.5 * math.exp(-d / 75.0)
        for term in tail:
            s += term
        return s

    @staticmethod
    def _home_term(p: Place, ctx: _Context, nearest: Callable[[Place, list[Place]], float]) -> float:
        # A village name shared across Mali is read where the named group operates (Katiba Macina
        # in the Inner Niger Delta, ISGS around Ménaka): weaker than a place the report names. A base
        # stands for the area around it, so homonyms within HOME_AREA_KM of it are equally likely.
        kept = ctx.homes_term.get(id(p))
        if kept is None or kept[0] is not p:
            d = max(nearest(p, ctx.homes), HOME_AREA_KM)
            kept = ctx.homes_term[id(p)] = (p, HOME_WEIGHT * math.exp(-d / HOME_RANGE_KM))
        return kept[1]

    def _fixed(self, p: Place, ctx: _Context, key: str, nearest: Callable[[Place, list[Place]], float],
               ) -> tuple[float, tuple[float, ...]]:
        """The sum of the score's terms before the neighbours' ones, and the terms after them, kept in the
        context (with the place itself, so that its id is not reused while kept)."""
        kept = ctx.fixed.get((id(p), key))
        if kept is not None and kept[0] is p:
            return kept[1], kept[2]
        s = self.prior.get(p.country, 0.0)
        if ctx.countries and (p.country in ctx.countries or p.feature_code not in _SEATS):
            # a national, regional or cercle capital keeps its name when a report names another country ("the
            # border crossing with Senegal" does not make Bamako a Senegalese village, nor "a truck leaving Gao
            # for Ayorou, Niger" Gao a Nigerien one)
            s += 4.0 if p.country in ctx.countries else -2.0
        if p.country in ctx.hinted:
            s += 1.5
        if p.country == ctx.source:
            s += SOURCE_WEIGHT if ctx.hinted <= {ctx.source} else SOURCE_HINTED_WEIGHT
        if p.admin1 and p.admin1 in ctx.admin1:
            s += 3.0
        if p.admin2 and p.admin2 in ctx.admin2:
            s += 3.0
        tail = []
        if ctx.homes:
            tail.append(self._home_term(p, ctx, nearest))
        tail.append(REGION_WEIGHT * self.region_prior.get((p.country, p.admin1), 0.0))
        if ctx.borders and p.country == ctx.source:
            # "Douna, near the Burkina Faso border": of the source's villages of that name, the one by that border
            d = min(self.gaz.km_to_country(p.latitude, p.longitude, cc, BORDER_RANGE_KM) for cc in ctx.borders)
            tail.append(BORDER_WEIGHT * (1.0 - d / BORDER_RANGE_KM))
        tail.append(FEATURE_SCORE.get(p.feature_code, 0.0) + CLASS_SCORE.get(p.feature_class, 0.0))
        tail.append(math.log10(p.population + 1) / 3.0)
        if name_key(p.name) == key:
            tail.append(NAME_WEIGHT)
        ctx.fixed[(id(p), key)] = (p, s, tuple(tail))
        return s, tuple(tail)


def _stand_ins(text: str, mentions: list[PlaceMention]) -> None:
    """ACLED codes a village it cannot locate to a known town or area nearby at geo-precision 2: a town
    or admin area named right after an area the gazetteer does not know ("the area of X, Menaka", "near
    X, Soum Province") stands in for it."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if (prev.place is None and prev.relation == "near" and m.place is not None
                and (m.geo_precision == 1 or m.place.feature_class == "A")
                and _STAND_IN_GAP.fullmatch(text[prev.end:m.start])):
            m.geo_precision = 2


# "X, Menaka", "X (Djibo, Soum)", "X (coded as Y", "X, north of Deou": the town locates X, in one clause and
# not as a second place ("X and Y")
_STAND_IN_GAP = re.compile(r"(?:(?!\b(?:and|et|or|ou)\b)[^.;:\n]){0,40}", re.I)
# « Soum : ... » in French typography, "Tillabéri: Manda village mourns ..." in English
_HEADLINE_LABEL = re.compile(r"\s*([^\W\d_][^\n:.,]{1,40}?)\s?:\s")


class PlaceRecognizer(Component):
    """The sw_places component: find, then choose, then write ``doc._.places``."""

    name = "sw_places"

    def __init__(self, lang: str = "en", gazetteer: Gazetteer | None = None) -> None:
        gaz = gazetteer or Gazetteer.load()
        self.finder = PlaceFinder(gaz, lang)
        self.chooser = PlaceChooser(gaz)
        self._home_places: dict[tuple[str, str], Place | None] = {}

    def match(self, doc: Doc) -> tuple[list[PlaceMention], int | None]:
        taken = [(m.start, m.end) for m in [*(doc._.actors or []), *(doc._.dates or [])]]
        return self.match_text(doc_text(doc), doc._.actors or [], doc._.country_hint or "", doc._.published,
                               taken)

    def empty(self) -> tuple[list[PlaceMention], int | None]:
        return [], None

    def match_text(self, text: str, actors: list[ActorMention] | None = None, source: str = "",
                   day: date | None = None, taken: list[tuple[int, int]] | None = None,
                   ) -> tuple[list[PlaceMention], int | None]:
        """The mentions, and the index of the one the text itself names as the event's location;
        `source` is the country the source covers (a prior among homonyms), if it declares one, `day`
        the report's date (the groups' bases at the time), and `taken` the spans other components already
        read as a group or a date (« katiba du Macina », « Fin février »), where no place is looked for."""
        covered = self.chooser.gaz.country(source) if source else None
        found = self._without_elsewhere(self.finder.find(text, taken))
        countries = self.finder.countries_named(text)
        named = {self.chooser.gaz.countries[cc].name for cc in countries}
        named |= {self.chooser.gaz.countries[f.country].name for f in found if f.country}
        homes = self._homes(actors or [], named or ({covered.name} if covered else set()), day)
        mentions = self.chooser.choose(found, countries, homes, covered.name if covered else "")
        coded = next((i for i, (f, m) in enumerate(zip(found, mentions, strict=True))
                      if f.coded and m.place is not None), None)
        _stand_ins(text, mentions)
        label = _HEADLINE_LABEL.match(text)
        if label:
            self._label_as_area(text, label.span(1), mentions)
        return mentions, coded

    def _without_elsewhere(self, found: list[Found]) -> list[Found]:
        """A country named only as where people were heading or live (« en direction du Niger ») is no place of the
        report's events, nor a clue to its homonyms; unless a place the report names lies only in it ("BAMAKO - a
        blockade on fuel bound for Mali": the report is about that country)."""
        gaz = self.chooser.gaz
        own = {c.pop() for f in found if not f.country
               and len(c := {p.country for p in gaz.candidates(f.key)}) == 1}
        return [f for f in found if not (f.elsewhere and gaz.countries[f.country].name not in own)]

    @staticmethod
    def _label_as_area(text: str, span: tuple[int, int], mentions: list[PlaceMention]) -> None:
        """« Soum : un pasteur tué à Silgadji »: a headline's label names the area the story is filed
        under when the headline or the lead after it names the town; « Kassela : trente citernes
        incendiées. Quatre chauffeurs ont péri. » names the town itself."""
        end = span[1]
        for _ in range(2):  # the headline and the lead sentence
            end = text.find(".", end + 1)
            if end < 0:
                end = len(text)
                break
        if any(m.start >= span[1] and m.start < end and m.place is not None and not m.is_region for m in mentions):
            for m in mentions:
                if (m.start, m.end) == span:
                    m.is_region = True

    def _homes(self, actors: list[ActorMention], countries: set[str], day: date | None = None) -> list[Place]:
        """The bases (actors.json `home`) of the groups the actor component found before this one, in
        the countries the report names or hints at, if any ('Fulani militiamen' in a Burkina report)."""
        homes: list[Place] = []
        # "Katiba Macina (JNIM)": the named branch's base, not its parent's wider one
        parents = {a.actor.parent for a in actors if a.actor.parent}
        for a in actors:
            if a.actor.id in parents:
                continue
            for country, town in a.actor.home_on(day).items():
                if countries and country not in countries:
                    continue
                home = self._home_place(town, country)
                if home is not None and home not in homes:
                    homes.append(home)
        return homes

    def _home_place(self, town: str, country: str) -> Place | None:
        # a handful of bases, asked for in every report that names their group: looked up once
        if (town, country) not in self._home_places:
            found = self.chooser.gaz.lookup(town, country)
            self._home_places[(town, country)] = found[0] if found else None
        return self._home_places[(town, country)]

    def set_annotations(self, doc: Doc, found: tuple[list[PlaceMention], int | None]) -> None:
        mentions, preferred = found
        doc._.places = mentions
        doc._.event_place = event_place(mentions, preferred)


@Language.factory("sw_places", default_config={"lang": "en"}, assigns=["doc._.places", "doc._.event_place"])
def make_place_recognizer(nlp: Language, name: str, lang: str) -> PlaceRecognizer:
    return PlaceRecognizer(lang)


def find_places(text: str, lang: str = "en") -> list[PlaceMention]:
    """The component's output on a plain string (no spaCy Doc needed)."""
    return _recognizer(lang).match_text(text)[0]


@lru_cache(maxsize=2)
def _recognizer(lang: str) -> PlaceRecognizer:
    return PlaceRecognizer(lang)
