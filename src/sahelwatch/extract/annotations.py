"""What the extraction components write onto a spaCy Doc before mentions are assembled.

Each component assigns one `doc._` attribute (see `pipeline.py`), a list of these records, all with
character offsets into the document text so that any value can be traced to its evidence.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from sahelwatch.model import Actor, Place


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None  # the chosen gazetteer entry (None when unresolvable)
    candidates: list[Place] = field(default_factory=list)
    geo_precision: int = 1  # 1 the town itself, 2 near it / part of a region, 3 only a region known
    relation: str = "in"  # in, near, offset ("60 km east of X"), between, region, road, route, title ("mayor of X")
    is_region: bool = False  # the mention names an admin area, not a town
    partner: int | None = None  # index (in doc._.places) of the other end of a "(road) between X and Y" pair
    located: bool = False  # admin areas in a bracket after it locate it: 'X (Koro, Mopti)', an analyst's coded place


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: date
    time_precision: int = 1  # 1 day, 2 week/few days, 3 month
    background: bool = False  # an earlier event told as background, not the report's news
    year_only: bool = False  # "in 2011", "last year": background that never dates an event of the report
    # opens its sentence with a period's start ("Since the 2022 coup, the army has ...", « Depuis 2019, ... »):
    # the sentence tells of a trend over the period, not of one event
    opens_period: bool = False


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    name: str  # the ACLED name for the event's period, e.g. "Military Forces of Mali (2021-)"


def others_than(items: list[ActorMention], among: list[ActorMention]) -> list[ActorMention]:
    """``[a for a in items if a not in among]``; ``in`` compares mentions field by field (their actors too),
    so it is asked only where some mention of `among` starts where `a` does (no other can be equal)."""
    starts = {b.start for b in among}
    return [a for a in items if a.start not in starts or a not in among]


@dataclass
class NumberMention:
    start: int
    end: int
    text: str
    value: int
    approximate: bool = False  # "about", "some", "dozens", "plus de"


def doc_text(doc: Doc) -> str:
    """The document's text, computed once: spaCy's `Doc.text` re-joins every token on each access, which
    on a long article cost more than all the extraction rules together."""
    text = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text


if not Doc.has_extension("text"):
    Doc.set_extension("text", default=None)
if not Doc.has_extension("country_hint"):
    Doc.set_extension("country_hint", default=None)  # Document.country: the country the source covers


log = logging.getLogger(__name__)


class Component:
    """A SahelWatch pipeline component: `match(doc)` finds its annotations and `set_annotations(doc, found)`
    writes them onto the Doc. A failure on one document is logged and leaves the component's annotation
    empty (`empty()`): the later components still run, and one bad document never stops a batch."""

    name = "sw_component"

    def match(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:
        raise NotImplementedError

    def empty(self) -> Any:
        return []

    def __call__(self, doc: Doc) -> Doc:
        try:
            found = self.match(doc)
        except Exception:  # noqa: BLE001 - one bad document must not stop a batch
            log.exception("%s failed on document %s", self.name, doc._.document_id)
            found = self.empty()
        self.set_annotations(doc, found)
        return doc
