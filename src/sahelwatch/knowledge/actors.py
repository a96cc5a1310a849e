"""The actor catalogue: ACLED canonical names, inter codes, aliases (EN/FR) and period versions.

``ActorCatalogue.load()`` (cached) reads ``sahelwatch/data/actors.json`` once and compiles the alias
patterns. ``catalogue.find(text)`` returns (start, end, Actor, priority) for every alias occurrence,
overlaps resolved (priority first, then the longer match). ``catalogue.name_for(actor, event_date,
country)`` gives the ACLED name for the event's period ("Military Forces of Mali (2013-2020)") and
fills generic names ("Civilians ({country})") with the event's country. ``coded_as(actor, date)`` is the
parent a sub-group is coded as at that date (``parent_from``/``parent_to``); ``attributed(actor, date,
country, admin1)`` the group an unnamed actor is coded to there and then (``attributed`` rules);
``inter_in(actor, country)`` its inter code there (a state's forces abroad: 8). The ACLED names
themselves are aliases too, as notes written in ACLED's style use them.

All-caps aliases (acronyms: JNIM, FAMa-like mixed case included when written with capitals inside)
and one-word capitalised aliases are matched case-sensitively; the rest case-insensitively.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from sahelwatch.cache import Memo
from sahelwatch.fastre import APOSTROPHE, Token, alternation, char_key, compiled, first_char_guard
from sahelwatch.model import Actor

GENERIC = "{country}"
# An alias is not matched inside a word, but is after a French elision ("l'État islamique", "d'Ansar
# Dine"): one letter and an apostrophe may precede a name, a longer word and an apostrophe may not.
NAME_BEFORE = r"(?<![\w-])(?<!\w\w['’])"
NAME_AFTER = r"(?![\w-])"


@dataclass(frozen=True)
class Attribution:
    """When ACLED codes an unnamed actor to a known group: in a country, a period, optionally a region,
    optionally only when it fights state or foreign forces (the opponents of Operation Serval)."""

    actor: str
    country: str
    start: date | None
    end: date | None
    admin1: str = ""
    against_state: bool = False


@dataclass(frozen=True)
class Version:
    name: str
    start: date | None
    end: date | None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _within(day: date, start: date | None, end: date | None) -> bool:
    """`day` falls in the period from `start` to `end`, both included; an open end is unbounded."""
    return (start is None or start <= day) and (end is None or day <= end)


def _written_names(row: dict) -> list[str]:
    """The ACLED names themselves, as notes written in ACLED's style use them ("Military Forces of France
    seized Douentza"): with and without the period, never a generic name."""
    names = [row["name"], *(v["name"] for v in row.get("versions", []))]
    out = {n for n in names if GENERIC not in n}
    out |= {re.sub(r"\s*\([^)]*\)", "", n).strip() for n in out}
    return sorted(n for n in out if len(n) > 3)


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    if not letters:
        return True
    if sum(c.isupper() for c in letters) >= 2 and " " not in alias.strip():
        return True  # JNIM, FAMa, GSIM, HANI
    return " " not in alias.strip() and alias[0].isupper()


def _pattern(aliases: list[str], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    ignorecase = bool(flags & re.IGNORECASE)
    # longest first; among equal lengths the catalogue's order, not a set's (which changes with the hash seed
    # of each process), so that the pattern, and its cached program, is the same in every process
    parts = [[_token(ch, ignorecase) for ch in alias]
             for alias in sorted(dict.fromkeys(aliases), key=len, reverse=True)]
    # Factored on leading characters: the same matches as the flat alias alternation, ~10x faster. The
    # first-character guard (a superset of what a match starts with) rejects in one set test the positions
    # no alias can start at: most of a report's characters for the case-sensitive aliases (capitals).
    source = NAME_BEFORE + alternation(parts) + NAME_AFTER
    return compiled(first_char_guard(source, flags) + source, flags)


@lru_cache(maxsize=1024)  # ~25,000 characters of aliases, a hundred or so distinct
def _token(ch: str, ignorecase: bool) -> Token:
    if ch in "'’":
        return APOSTROPHE, "'"
    if ch == " ":
        return r"\s+", None
    if ch == "-":
        return "[-‐‑ ]?", None
    return re.escape(ch), char_key(ch, ignorecase)




class ActorCatalogue:
    def __init__(self, data: dict) -> None:
        self.actors: dict[str, Actor] = {}
        # (kind, country) -> the national entry of that kind (see _national): asked for every event's actors
        self._nationals: dict[tuple[str, str], Actor | None] = {}
        self._names: Memo[tuple[str, str, str, date | None, str], str] = Memo()  # see name_for
        self.versions: dict[str, list[Version]] = {}
        self.priority: dict[str, int] = {}
        # actor id -> (parent id, first day, last day) of the period ACLED codes the actor as its parent
        self.parent_periods: dict[str, tuple[str, date | None, date | None]] = {}
        # actor id -> last day a note naming the actor with its parent in brackets is coded to the parent
        self.bracketed_ends: dict[str, date | None] = {}
        self.attributions: dict[str, list[Attribution]] = {}
        # a description and the groups it may stand for ('describes'; none listed: any group)
        self.describes: dict[str, frozenset[str]] = {}
        active_from = {row["id"]: _d(row.get("active_from")) for row in data["actors"]}
        by_alias_cs: dict[str, str] = {}
        by_alias_ci: dict[str, str] = {}
        for row in data["actors"]:
            aliases = [*row["aliases"].get("en", []), *row["aliases"].get("fr", []), *_written_names(row)]
            versions = [Version(v["name"], _d(v["from"]), _d(v["to"])) for v in row.get("versions", [])]
            actor = Actor(
                id=row["id"],
                name=row["name"],
                inter=row["inter"],
                aliases=aliases,
                country=row.get("country", ""),
                parent=row.get("parent"),
                home=dict(row.get("home") or {}),
                home_periods=[(h["country"], h["town"], _d(h.get("from")), _d(h.get("to")))
                              for h in row.get("home_periods", [])],
                active_from=int(row["active_from"][:4]) if row.get("active_from") else None,
                active_to=int(row["active_to"][:4]) if row.get("active_to") else None,
                versions=[
                    (v.name, v.start.year if v.start else None, v.end.year if v.end else None)
                    for v in versions
                ],
            )
            self.actors[actor.id] = actor
            self.versions[actor.id] = versions
            self.priority[actor.id] = int(row.get("priority", 0))
            self.attributions[actor.id] = [
                Attribution(r["actor"], r["country"], _d(r.get("from")), _d(r.get("to")), r.get("admin1", ""),
                            bool(r.get("against_state")))
                for r in row.get("attributed", [])
            ]
            if "describes" in row:
                self.describes[actor.id] = frozenset(row["describes"])
            if actor.parent:
                start = _d(row.get("parent_from")) or active_from.get(actor.parent)
                self.parent_periods[actor.id] = (actor.parent, start, _d(row.get("parent_to")))
                if row.get("bracketed_parent_to"):
                    self.bracketed_ends[actor.id] = _d(row["bracketed_parent_to"])
            for alias in aliases:
                if _case_sensitive(alias):
                    by_alias_cs.setdefault(alias, actor.id)
                else:
                    by_alias_ci.setdefault(alias.lower(), actor.id)
        self._cs_map = by_alias_cs
        self._ci_map = by_alias_ci
        self._cs = _pattern(list(by_alias_cs), 0)
        self._ci = _pattern(list(by_alias_ci), re.IGNORECASE)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> ActorCatalogue:
        path = resources.files("sahelwatch").joinpath("data", "actors.json")
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def get(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    @staticmethod
    def _key(text: str) -> str:
        return re.sub(r"\s+", " ", text.replace("’", "'")).strip()

    def _lookup_ci(self, text: str) -> str | None:
        key = self._key(text).lower()
        if key in self._ci_map:
            return self._ci_map[key]
        for alias, actor_id in self._ci_map.items():  # hyphen/space variants: rare, so a slow path
            if re.sub(r"[-‐‑ ]", "", alias) == re.sub(r"[-‐‑ ]", "", key):
                return actor_id
        return None

    def _lookup_cs(self, text: str) -> str | None:
        key = self._key(text)
        if key in self._cs_map:
            return self._cs_map[key]
        for alias, actor_id in self._cs_map.items():
            if re.sub(r"[-‐‑ ]", "", alias) == re.sub(r"[-‐‑ ]", "", key):
                return actor_id
        return None

    def find(self, text: str) -> list[tuple[int, int, Actor, int]]:
        """Every alias occurrence, overlaps resolved: higher priority, then longer, wins."""
        hits: list[tuple[int, int, str]] = []
        for pattern, lookup in ((self._cs, self._lookup_cs), (self._ci, self._lookup_ci)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                actor_id = lookup(m.group(0))
                if actor_id:
                    hits.append((m.start(), m.end(), actor_id))
        hits.sort(key=lambda h: (-self.priority[h[2]], -(h[1] - h[0]), h[0]))
        chosen: list[tuple[int, int, str]] = []
        for s, e, a in hits:
            if all(e <= cs or s >= ce for cs, ce, _ in chosen):
                chosen.append((s, e, a))
        chosen.sort()
        return [(s, e, self.actors[a], self.priority[a]) for s, e, a in chosen]

    def coded_as(self, actor: Actor, event_date: date | None, bracketed: bool = False) -> Actor | None:
        """The group an event of `actor` on `event_date` is coded to, when ACLED codes it under its parent
        (Ansar Dine after its merger into JNIM on 2 March 2017), else None. `bracketed`: the note names the
        parent in brackets after it ("Katiba Macina (JNIM)"), which ACLED followed for a while longer."""
        period = self.parent_periods.get(actor.id)
        if period is None or event_date is None or period[0] not in self.actors:
            return None
        parent_id, start, end = period
        if bracketed and actor.id in self.bracketed_ends:
            end = self.bracketed_ends[actor.id]
        if not _within(event_date, start, end):
            return None
        # the parent may be coded under its own parent then (the MNLA under the CMA, the CMA under the CSP)
        parent = self.actors[parent_id]
        return self.coded_as(parent, event_date) or parent

    def attributed(
        self, actor: Actor, event_date: date | None, country: str, admin1: str = "", against_state: bool = False
    ) -> Actor | None:
        """The group an unnamed actor is coded to at that date and place ("Islamists" in Timbuktu in 2012
        are Ansar Dine), else None; the first rule that applies wins, so specific rules come first."""
        if event_date is None:
            return None
        for r in self.attributions.get(actor.id, []):
            if (
                r.country == country
                and _within(event_date, r.start, r.end)
                and (not r.admin1 or r.admin1 == admin1)
                and (against_state or not r.against_state)
                and r.actor in self.actors
            ):
                return self.actors[r.actor]
        return None

    def may_describe(self, description: Actor, group: Actor) -> bool:
        """Whether a description ("jihadists") may be a named group told again: JNIM's men may be called
        jihadists, Dan Na Ambassagou's may not."""
        allowed = self.describes.get(description.id)
        return allowed is None or group.id in allowed or group.parent in allowed

    def inter_in(self, actor: Actor, country: str) -> int:
        """The actor's inter code for an event in `country`: a state's forces abroad are external forces (8)."""
        if actor.inter == 1 and not self.is_generic(actor) and actor.country and country and actor.country != country:
            return 8
        return actor.inter

    def is_generic(self, actor: Actor) -> bool:
        return GENERIC in actor.name

    def name_for(self, actor: Actor, event_date: date | None = None, country: str = "") -> str:
        """The ACLED name of `actor` for an event on `event_date` in `country`."""
        # asked many times per event (each candidate actor, each attribution rule); kept by what it depends on
        key = (actor.id, actor.name, actor.country, event_date, country)
        return self._names.get(key, lambda: self._name_for(actor, event_date, country))

    def _name_for(self, actor: Actor, event_date: date | None, country: str) -> str:
        if self.is_generic(actor):
            generic_country = country or "Mali"
            specific = self._national(actor, generic_country)
            if specific is not None:
                return self.name_for(specific, event_date, generic_country)
            return actor.name.replace(GENERIC, generic_country)
        # a period name may carry the country ("Dozo Communal Militia (Mali)" since 2020)
        return self._version(actor, event_date).replace(GENERIC, country or actor.country or "Mali")

    def _version(self, actor: Actor, event_date: date | None) -> str:
        versions = self.versions.get(actor.id) or []
        if not versions:
            return actor.name
        if event_date is None:
            return versions[-1].name
        for v in versions:
            if _within(event_date, v.start, v.end):
                return v.name
        return versions[0].name if versions[0].start and event_date < versions[0].start else versions[-1].name

    def _national(self, actor: Actor, country: str) -> Actor | None:
        """The national catalogue entry a generic state actor stands for ('soldiers' in Mali → FAMa)."""
        kind = {
            "generic_military": "military",
            "generic_police": "police",
            "generic_gendarmerie": "gendarmerie",
            "generic_government": "government",
            "generic_mutiny": "mutiny",
        }.get(actor.id)
        if kind is None:
            return None
        if (kind, country) not in self._nationals:
            self._nationals[(kind, country)] = next(
                (other for other in self.actors.values()
                 if other.id.startswith(kind + "_") and other.country == country and not self.is_generic(other)),
                None)
        return self._nationals[(kind, country)]


def catalogue() -> ActorCatalogue:
    return ActorCatalogue.load()
