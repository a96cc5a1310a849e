"""sw_actors: the actors a report names, with spans.

Component ``sw_actors`` (factory args ``nlp, name, lang``) assigns ``doc._.actors``: a list of
`ActorMention` in text order. Aliases come from the catalogue (``data/actors.json``); a generic
description right after a named group ("JNIM militants", "Katiba Macina (JNIM) fighters") is part of
that group's mention, not a second actor. Names are resolved for the document's news date and country
(see `sahelwatch.resolve.actors`); the events stage re-resolves them for each event's own date.

``find_actors(text, published=None, country="") -> list[ActorMention]`` does the same on a string.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.extract.annotations import ActorMention, Component, doc_text
from sahelwatch.knowledge.actors import ActorCatalogue, catalogue
from sahelwatch.resolve.actors import document_country

# What may stand between a named group and a generic head noun that belongs to it.
_JOIN = re.compile(
    r"^\)?\s*(?:\([^)]{0,60}\)\s*)?(?:[-‐‑]?\s*(?:linked|affiliated|allied|aligned|led)\s*)?$", re.IGNORECASE
)

# What may stand between a generic description and the named group it belongs to (« combattants du JNIM »), or
# nothing but a space: the name in apposition (« le groupe d'autodéfense Koglweogo », "the militia Dan Na Ambassagou")
_OF = re.compile(r"^\s+(?:(?:of(?:\s+the)?|de(?:\s+la|\s+l['’])?|du|des|d['’])\s*)?$", re.IGNORECASE)
_FIGHTERS = frozenset({1, 2, 3, 4, 8})


def find_actors(
    text: str, published: date | None = None, country: str = "", cat: ActorCatalogue | None = None
) -> list[ActorMention]:
    cat = cat or catalogue()
    out: list[ActorMention] = []
    for start, end, actor, _prio in cat.find(text):
        if (
            out
            and cat.is_generic(actor)
            and not cat.is_generic(out[-1].actor)
            # "MINUSMA troops", "Barkhane soldiers": a foreign force's own men, not the national army
            and (actor.inter in (2, 3, 4) or actor.inter == out[-1].actor.inter
                 or (actor.inter == 1 and out[-1].actor.inter == 8))
            and _JOIN.match(text[out[-1].end : start])
        ):
            prev = out[-1]
            out[-1] = ActorMention(prev.start, end, text[prev.start : end], prev.actor, prev.name)
            continue
        if (
            out
            # a description coded as the very group it names: « des rebelles touaregs du MNLA »
            and (cat.is_generic(out[-1].actor) or out[-1].actor.name == actor.name)
            and not cat.is_generic(actor)
            and out[-1].actor.inter in _FIGHTERS
            and actor.inter in _FIGHTERS
            and _OF.match(text[out[-1].end : start])
        ):
            # « des miliciens de Dan Na Ambassagou », "fighters of JNIM": the group's own men, one mention
            prev = out.pop()
            out.append(ActorMention(prev.start, end, text[prev.start : end], actor,
                                    cat.name_for(actor, published, country)))
            continue
        out.append(ActorMention(start, end, text[start:end], actor, cat.name_for(actor, published, country)))
    return _communities_named(text, _shared_heads(text, out, cat, published, country), cat, published, country)


# "Malian and French troops", "the Malian and Wagner forces", « des militaires maliens et français »: two adjectives
# that share one head noun name two forces; the catalogue knows each adjective only beside its noun (the first one
# in English, the second in French)
_SHARED_HEAD = re.compile(
    r"\b(?P<adj>(?-i:[A-Z])[\w'’-]+)\s+and\s+(?-i:[A-Z])[\w'’-]+\s+(?P<head>forces|troops|soldiers|armies|"
    r"armed forces|militaries|security forces|police)\b"
    r"|\b(?P<head_fr>forces(?: armées)?|armées|troupes|soldats|militaires)\s+\w+\s+et\s+(?P<adj_fr>\w+)",
    re.IGNORECASE,
)


def _shared_heads(
    text: str, found: list[ActorMention], cat: ActorCatalogue, published: date | None, country: str
) -> list[ActorMention]:
    """The force named by the adjective without its head noun, added where it is not found already."""
    added = []
    for m in _SHARED_HEAD.finditer(text):
        adj = "adj" if m.group("adj") else "adj_fr"
        head = m.group("head") or m.group("head_fr")
        start, end = m.span(adj)
        if any(a.start <= start < a.end for a in found):
            continue
        phrase = f"{m.group(adj)} {head}" if adj == "adj" else f"{head} {m.group(adj)}"
        hits = cat.find(phrase)
        if len(hits) == 1 and hits[0][:2] == (0, len(phrase)) and not cat.is_generic(hits[0][2]):
            actor = hits[0][2]
            added.append(ActorMention(start, end, text[start:end], actor, cat.name_for(actor, published, country)))
    return sorted(found + added, key=lambda a: a.start) if added else found


def _communities_named(
    text: str, found: list[ActorMention], cat: ActorCatalogue, published: date | None, country: str
) -> list[ActorMention]:
    """A communal militia whose sentence names one community other than its opponents' is that
    community's ethnic militia (see data/lexicon/communities.json)."""
    pattern, owner = community_words()
    out = []
    for a in found:
        if a.actor.id == _COMMUNAL and not _NAMED_BEFORE.search(text, 0, a.start):
            # its sentence and the one before ("... attacked the Dogon village of X. Village self-defense ...")
            lo = max(text.rfind(".", 0, max(text.rfind(".", 0, a.start), 0)), 0)
            hi = text.find(".", a.end)
            hi = len(text) if hi < 0 else hi
            others = {b.actor.id for b in found if b is not a}
            named = {owner[m.group(0).casefold()] for m in pattern.finditer(text, lo, hi)} - others
            if len(named) == 1 and (actor := cat.actors.get(named.pop())) is not None:
                a = ActorMention(a.start, a.end, a.text, actor, cat.name_for(actor, published, country))
        out.append(a)
    return out


_COMMUNAL = "communal_militia"
# "Foulse militiamen": a community the data does not know; "The village militia" names none
_NAMED_BEFORE = re.compile(r"\b(?!(?:The|A|An|Le|La|Les|Un|Une|Des|L)\b)[A-ZÀ-Ý][\w'’-]+\s+$")


@lru_cache(maxsize=1)
def community_words() -> tuple[re.Pattern[str], dict[str, str]]:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", "communities.json")
    owner = {w.casefold(): militia for militia, words in json.loads(path.read_text(encoding="utf-8"))
             ["communities"].items() for w in words}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, owner), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE), owner


class ActorRecognizer(Component):
    """Finds the actors a Doc names, with their ACLED names for its date and country; writes `doc._.actors`."""

    name = "sw_actors"

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.catalogue = catalogue()

    def match(self, doc: Doc) -> list[ActorMention]:
        return find_actors(doc_text(doc), doc._.published, document_country(doc), self.catalogue)

    def set_annotations(self, doc: Doc, actors: list[ActorMention]) -> None:
        doc._.actors = actors


@Language.factory("sw_actors", default_config={"lang": "en"}, assigns=["doc._.actors"])
def make_actor_recognizer(nlp: Language, name: str, lang: str) -> ActorRecognizer:
    return ActorRecognizer(lang)
