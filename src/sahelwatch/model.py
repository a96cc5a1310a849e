"""The nouns of SahelWatch (see DESIGN.md): plain dataclasses that every stage takes and returns.

Stages never share anything but these objects. Field names follow the ACLED export where ACLED has a
name for the thing, so that an Event serialises straight into the scorer's and the CSV's columns.

Evidence is a mapping from a field name to the character spans (start, end) in the document text that
support the value; every extracted value should have at least one span.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

Span = tuple[int, int]
Evidence = dict[str, list[Span]]

DocumentStatus = Literal["ok", "rejected", "failed"]
ObservationKind = Literal["price", "shortage", "service", "displacement", "evacuation", "supply"]
AlertState = Literal["new", "seen", "dismissed"]

# The ACLED fields of an event, in export order.
ACLED_FIELDS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "source", "source_scale", "notes",
)

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}

# The confidence of a mention the extractor guesses for a short report that names actors or a place but no event
# cue it knows: kept for review, never counted as a sure event.
GUESS_CONFIDENCE = 0.2


def content_id(text: str) -> str:
    """A document's id: the hash of its text, so re-ingesting the same content is recognised."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Document:
    """One report, as read. A document that cannot be processed is kept, with its status and reason."""

    id: str
    text: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: date | None = None
    retrieved: datetime = field(default_factory=utcnow)
    status: DocumentStatus = "ok"
    reason: str | None = None
    path: str | None = None
    media_type: str | None = None
    external_id: str | None = None  # the id a user's own file gave it (e.g. the eval JSONL id)
    # the country the source covers, when the user says so: where a report that names no place is coded
    country: str | None = None

    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> Document:
        return cls(id=content_id(text), text=text, **kwargs)


@dataclass
class Mention:
    """What one document says about one event: ACLED fields, each backed by evidence spans."""

    event_type: str
    sub_event_type: str
    event_date: date | None = None
    time_precision: int = 1
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    evidence: Evidence = field(default_factory=dict)
    confidence: float = 0.5
    document_id: str = ""
    id: str = ""  # set by the store or by the extractor (document id + ordinal)
    # Extra claims worth keeping for reconciliation (e.g. "tankers_burned": 40).
    claims: dict[str, Any] = field(default_factory=dict)

    def acled(self) -> dict[str, Any]:
        """The ACLED fields as JSON-ready values (dates as ISO strings)."""
        out = {name: getattr(self, name) for name in ACLED_FIELDS}
        out["event_date"] = self.event_date.isoformat() if self.event_date else None
        return out

    def to_json(self) -> dict[str, Any]:
        out = self.acled()
        out["evidence"] = {k: [list(s) for s in v] for k, v in self.evidence.items()}
        out["confidence"] = round(self.confidence, 3)
        if self.claims:
            out["claims"] = self.claims
        return out


@dataclass
class Claim:
    """One report's value for one field of a merged event, kept so disagreement stays visible."""

    field: str
    value: Any
    mention_id: str
    document_id: str
    source: str = ""
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Event(Mention):
    """One real-world event, merged from the mentions of every report of it.

    The ACLED fields hold the reconciled values; `claims_by_field` keeps every report's value and
    `rules` names the rule that chose each reconciled value (e.g. fatalities: "min credible").
    """

    mention_ids: list[str] = field(default_factory=list)
    claims_by_field: dict[str, list[Claim]] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)
    review_state: str = "unreviewed"  # unreviewed, approved, corrected, rejected


@dataclass
class Observation:
    """A measured fact that is not an event: a price, a shortage, a service status, a displacement
    figure, an evacuation or advisory, or a supply delivery or pledge.

    Kind-specific values live in `values`, named as in the extract output (price: commodity, value,
    currency, unit; service: service, status; displacement: population, count, origin, destination;
    evacuation: by, who; supply: commodity, quantity, unit, status, origin; shortage: commodity).
    """

    kind: ObservationKind
    date: date | None = None
    time_precision: int = 1
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    values: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence = field(default_factory=dict)
    confidence: float = 0.5
    document_id: str = ""
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "time_precision": self.time_precision,
            "country": self.country,
            "admin1": self.admin1,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
        }
        out.update(self.values)
        out["evidence"] = {k: [list(s) for s in v] for k, v in self.evidence.items()}
        out["confidence"] = round(self.confidence, 3)
        return out


@dataclass
class Extraction:
    """What the extractor returns for one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)


@dataclass
class Actor:
    """A catalogue entry. `versions` holds period names, e.g. [("Military Forces of Mali (2021-)", 2021,
    None)], so the right ACLED name is chosen by the event date."""

    id: str
    name: str
    inter: int
    aliases: list[str] = field(default_factory=list)
    country: str = ""
    parent: str | None = None
    active_from: int | None = None
    active_to: int | None = None
    versions: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    # where the group is based, per country: the town an event of it is coded to (geo-precision 3) when a
    # report names no place, rather than the capital
    home: dict[str, str] = field(default_factory=dict)
    # a base held for a period only (the MNLA's Gao in spring 2012): (country, town, first day, last day)
    home_periods: list[tuple[str, str, date | None, date | None]] = field(default_factory=list)

    def home_on(self, day: date | None) -> dict[str, str]:
        """The group's bases per country on `day`: a period's base stands in for the lasting one."""
        bases = dict(self.home)
        for country, town, start, end in self.home_periods:
            if day is not None and (start is None or start <= day) and (end is None or day <= end):
                bases[country] = town
        return bases


@dataclass
class Place:
    """A gazetteer entry. Admin names come from boundary polygons where they exist."""

    id: str  # "gn:<geonameid>" or "sw:<slug>" for the curated supplement
    name: str
    latitude: float
    longitude: float
    country: str
    feature_class: str = "P"
    feature_code: str = "PPL"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    admin1_pcode: str = ""
    admin2_pcode: str = ""
    population: int = 0
    alternate_names: list[str] = field(default_factory=list)


@dataclass
class Corridor:
    """A named supply route as a line through gazetteer places, with the city it feeds."""

    id: str
    name: str
    feeds: str
    waypoints: list[str]
    coordinates: list[tuple[float, float]] = field(default_factory=list)  # (lon, lat)
    buffer_km: float = 25.0


@dataclass
class Alert:
    rule: str
    title: str
    fired_on: date
    place: str = ""
    severity: float = 0.0
    evidence: dict[str, list[str]] = field(default_factory=dict)  # {"events": [...], "observations": [...]}
    detail: dict[str, Any] = field(default_factory=dict)
    state: AlertState = "new"
    id: str = ""


@dataclass
class Review:
    """A human change to an event or observation."""

    target_type: Literal["event", "observation"]
    target_id: str
    action: Literal["approve", "correct", "reject", "merge", "split"]
    user: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    comment: str = ""
    at: datetime = field(default_factory=utcnow)
    id: int | None = None


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
