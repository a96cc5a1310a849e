"""Choosing the event's location among the places a report names.

``event_place(mentions, preferred=None) -> int | None``
    The index of the mention most likely to be the event location, by this rule: `preferred` when
    given (sw_places passes the place a note says it coded the event to: "coded as X"); else the
    first mention of a town (not a region or country) that resolved to a gazetteer entry, one a bracket of
    admin areas locates first ("a Foutouri councilman was killed in Gayeri (Gayeri, Komondjari)": analysts
    give the place they code its areas), a landmark
    ("near Kassela, some 60 km east of Bamako", "on the Kayes-Bamako road") only when no town is named
    as the place itself, a road's ends after the other landmarks; else the most specific region mention (a
    commune before a cercle/province before a region before a country), the first of its kind, unless
    those areas only contain a convoy's origin or destination ("on their way to Bamba (Bourem, Gao)"); else a
    convoy's origin or destination ("tankers bound for Bamako") or an office's seat ("the mayor of Boni"). None
    when no mention resolved.

``event_location(mentions, preferred=None) -> PlaceMention | None``
    The same mention itself.

Reports lead with the event ("On 3 May, militants attacked the army post in X, near Y (Z cercle)"),
so the first town is the best single guess; the events stage may prefer the place nearest the
event trigger when it has one.
"""

from __future__ import annotations

from sahelwatch.extract.annotations import PlaceMention

# Towns named only to locate the event ("60 km east of Bamako", "on the Kayes-Bamako road", "between X and
# Y"), where it is told ("many in Bamako still speak of ...") or what a protest is about ("protested in Bamako
# against the violence in Kidal") yield to a town named as the place itself.
LANDMARK_RELATIONS = ("offset", "road", "between", "teller", "topic")
# A convoy's origin or destination ("tankers bound for Bamako", « en provenance de Dakar ») is not where it
# was attacked: such a town is the event's place only when the report names no other place.
ROUTE = "route"
# A town named as an office's seat ("the mayor of X was abducted on the Y road", « le chef du village de X ») tells
# who the victim is: like a route's end, the event's place only when the report names no other town.
TITLE = "title"
_LEVEL_RANK = {"ADM1": 2, "ADM2": 1}


def _region_rank(m: PlaceMention) -> int:
    if m.place is None:
        return 9
    if m.place.feature_code in _LEVEL_RANK:
        return _LEVEL_RANK[m.place.feature_code]
    if m.geo_precision == 3:  # a country, coded to its capital
        return 3
    return 0  # a commune, coded to its seat town


def event_towns(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The resolved towns that may be the event's place, in text order, the place itself before the
    landmarks; a convoy's origin or destination, or an office's seat, is never among them."""
    towns = [m for m in mentions if m.place is not None and not m.is_region and m.relation not in (ROUTE, TITLE)]
    # of the landmarks, a road's ends come last: « sur l'axe Kayes-Bamako, entre Kolokani et Didiéni » names
    # the stretch, and the towns it lies between are hundreds of kilometres closer than the road's ends
    return sorted(towns, key=lambda m: (m.relation in LANDMARK_RELATIONS, m.relation == "road"))


def event_place(mentions: list[PlaceMention], preferred: int | None = None) -> int | None:
    if preferred is not None and 0 <= preferred < len(mentions) and mentions[preferred].place is not None:
        return preferred
    towns = event_towns(mentions)
    if towns:
        first = next((m for m in towns if m.located and m.relation not in LANDMARK_RELATIONS), towns[0])
        first = next(m for m in towns if m.place is first.place)  # 'Tonou [Tondo Erkokoni] (Koro, Mopti)': Tonou
        return next(i for i, m in enumerate(mentions) if m is first)
    regions = [i for i, m in enumerate(mentions) if m.place is not None and m.is_region]
    ends = [i for i, m in enumerate(mentions) if m.place is not None and not m.is_region]
    # the areas named only give the convoy's end its address ("on their way to X (Bourem, Gao)"); a region named
    # before it is the event's ("in the Tillabéri region ... fled to villages such as X")
    end = mentions[ends[0]] if ends else None
    if end is not None and regions and all(_locates(mentions[r], end) and not _region_before(mentions[r], end)
                                           for r in regions):
        return ends[0]
    if regions:
        return min(regions, key=lambda i: (_region_rank(mentions[i]), i))
    return next((i for i, m in enumerate(mentions) if m.place is not None), None)


def _region_before(area: PlaceMention, end: PlaceMention) -> bool:
    """A first-level region named before a route's end, in its own words: the area of the event, not an address."""
    return area.start < end.start and _region_rank(area) == _LEVEL_RANK["ADM1"]


def _locates(area: PlaceMention, town: PlaceMention) -> bool:
    """The area contains the town: its country, or its region or cercle (same admin1)."""
    a, t = area.place, town.place
    if a is None or t is None:
        return False
    return a.country == t.country and ((area.geo_precision == 3 and a.feature_class != "A") or a.admin1 == t.admin1)


def event_location(mentions: list[PlaceMention], preferred: int | None = None) -> PlaceMention | None:
    i = event_place(mentions, preferred)
    return mentions[i] if i is not None else None
