"""sw_events: event clauses → ACLED event types and sub-types, with actors, place, date, fatalities.

Component ``sw_events`` (factory args ``nlp, name, lang``) assigns ``doc._.mentions``: a list of
`model.Mention`, every field backed by evidence spans and the mention scored with a confidence.

How a report becomes mentions
-----------------------------
1. Each sentence is scanned for trigger cues (``data/lexicon/events_<lang>.json``): kinds of happening
   such as ``air`` (air/drone strikes), ``ied``, ``abduct``, ``kill``, ``clash``, ``protest``, ``loot``,
   ``arrest``, ``overtake``... A cue right after a negation, a threat or a hypothetical ("threatened to
   attack", "no one was killed"), or named as a reason ("not advised because of attacks"), does not
   count. Context cues (who the victims were, weapons, a claim) are read over each event's sentences.
2. A sentence (or a clause of one, when each side of ", and" names its own year: "Ogossagou in March
   2019, and Moura in March 2022") with cues opens an event when it is the first such sentence, or when
   it carries its own date that differs from the current event's (a new dated event, or a background
   event); a year alone (« depuis 2015 ») and the day a toll was told (« le bilan ..., a indiqué lundi le
   gouvernement ») are no such date (``dates.event_dates_in``), and the day the deed itself took place,
   told later, dates the event (``dates.date_for_spans``); a claim of responsibility never opens one;
   the sentences that follow add their cues to the open event ("..., and Aguelhok on 20 December", a place and
   its own day with the verb left out, is a second event of the clause before's kind and doer; a threat warned of,
   "threats of possible attacks", is no cue; after a siege told with no violence, the undated clauses that tell how
   it is kept add no violence to it). An infobox's fields ("- Casualties1: 9
   killed") add no cues; under a section heading only a strong cue opens an event, never in a clause whose
   only times are older years ("had been attacked in 2016"), and one that tells the lead's event again (same
   day and place) is dropped.
3. The cues of an event and the actors around them decide the sub-type, as an ACLED coder would:
   explicit means first (suicide bomb, air/drone strike, grenade, shelling, defused/seized explosives,
   IED), then sexual violence, protests and riots, territory, then violence, where the target decides:
   civilians as the violence's own victims → Attack; armed actors on both sides or a military target →
   Armed clash; kidnapping without killing → Abduction; then looting/destruction, arrests (by non-state
   actors: abduction), agreements, bases, and changes to a group's activity. A report that opens with a
   codebook label ("Looting: ...") takes that sub-type.
4. Actors: state actors quoted as the report's source (« selon la gendarmerie »), armed groups quoted so
   (« selon la CMA ») or accusing another (« le CSP-DPA accuse l'armée d'avoir… »), and forces gone or sent
   after the deed (« après le départ de l'armée », « a dépêché une patrouille ») are left out; the
   perpetrator is the group that claimed the event, else the actor after "by"/« par », else the first
   armed actor of the event sentence that is not itself the target; the target depends on the
   sub-type (Civilians for attacks, the other side for clashes, Protesters / Rioters for
   demonstrations). Generic actors take the event's country; names take the event date's ACLED period
   version; a sub-group is coded as its parent in the period ACLED does so (Katiba Macina as JNIM in
   2017-March 2020, Ansar Dine as JNIM after the 2017 merger), on either side, with the sub-group
   associated; an unnamed actor is coded to the group the catalogue attributes it to at that date and
   place ("Islamists" in Timbuktu in 2012: Ansar Dine); a named group beats "militants" describing it;
   a state's forces abroad are external forces (inter 8).
5. Place: the first town named in the event sentence (or, when that sentence is a headline naming no
   town, in the lead sentence after it; else the report's event place, else the first resolved place);
   date: ``dates.date_for_spans`` on the event's sentences; fatalities: ``numbers.fatalities_in`` over the
   event's sentences.
6. A sentence naming "the villages of A, B and C" as attacked gives one event per village.
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch import cache, fastre
from sahelwatch.extract.actors import community_words
from sahelwatch.extract.annotations import ActorMention, Component, DateMention, PlaceMention, doc_text, others_than
from sahelwatch.extract.dates import day_offsets, event_dates_in
from sahelwatch.fastre import WordScan, alternation, expand, first_char_guard, guarded, sequence_tokens
from sahelwatch.knowledge.actors import ActorCatalogue, catalogue
from sahelwatch.knowledge.gazetteer import name_key
from sahelwatch.model import GUESS_CONFIDENCE, SUB_EVENT_TYPES, Actor, Mention, Place
from sahelwatch.resolve.actors import document_country
from sahelwatch.resolve.places import ROUTE, TITLE, event_towns

Span = tuple[int, int]
ARMED = {1, 2, 3, 4, 8}
_RIOT_STRONG = re.compile(r"riot|émeut|violent|barricad|tyre|tire|pneu|stone|pierre|pelted", re.IGNORECASE)
_DEATHS = re.compile(r"\b(?:dead|killed|died|deaths?|morts?|tu[ée]e?s?|décédée?s?)\b", re.IGNORECASE)
# a charge named as material, maker or planter ("IED-making materials", "IED planters"), or as being laid
# ("killed while planting an IED"), did not go off
_NOT_BLAST = re.compile(r"[ -](?:planters?|layers?|makers?|making|materials?|materiel|factory|factories|workshops?|"
                        r"experts?|expertise|manufactur\w*|fabrication|artisans?)\b", re.IGNORECASE)
# charges being laid, or found, seized or defused, did not go off
_PLANTING = re.compile(r"\b(?:planting|laying|placing|to plant|to lay|poser|posant|placer|plaçant|installer|installant|"
                       r"seized|seizing|found|discovered|recovered|defused|defusing|dismantled|neutrali[sz]ed|saisi\w*|"
                       r"découv\w+|désamorc\w+)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a charge or grenade in the list of what was seized ("seized two motorbikes, two rifles, a grenade") was not used
_SEIZED_AMONG = re.compile(r"\b(?:seized|seizing|recovered|confiscated|saisi\w*|récupér\w+)\b[^.;]{0,80}$",
                           re.IGNORECASE)
_GOLD_MINE = re.compile(r"(?:gold|or|orpaillage|d'or|aurifères?)\s*$", re.IGNORECASE)
_BY = guarded(
    r"(?:\bby|\bpar|\bde la part d[eu']s?)\s+"
    # "by 3 unidentified assailants", "by two suspected jihadists": a count may come before the qualifier
    r"(?:(?:the|an?|\d+|two|three|four|five|six|several|deux|trois|quatre|cinq|plusieurs)\s+)?"
    r"(?:the\s+|les?\s+|la\s+|l['’]|des\s+|suspected\s+|presumed\s+|présumés?\s+|unidentified\s+|some\s+)?"
    # « par des combattants du JNIM », "by fighters of the MNLA": the group's men
    r"(?:(?:combattants|éléments|hommes|membres|militants|fighters|members|men|elements)\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’]|of\s+(?:the\s+)?))?$",
    re.IGNORECASE,
)
# « une attaque de l'EIGS », « des tirs d'individus armés »: the group after the attack's noun made it (not a
# force: « l'attaque du camp militaire » names what was hit)
_ATTACK_OF = guarded(
    r"\b(?:attaques?|embuscades?|assauts?|offensives?|incursions?|tirs|raids?)\s+"
    r"(?:de la |de l['’]|des |du |de |d['’])(?:présumés?\s+)?$",
    re.IGNORECASE,
)
# « les tueurs étaient des militaires », « les ravisseurs seraient des jihadistes », "the attackers were
# soldiers": the report says who the unnamed attackers were
_WHO_THEY_WERE = guarded(
    r"\b(?:assaillants|tueurs|auteurs|ravisseurs|attackers|assailants|killers|perpetrators|kidnappers)\b[^.;]{0,40}?"
    r"\b(?:(?:étaient|seraient|sont|serait|était|were|was|are)(?:\s+(?:des\s+)?membres)?|"
    # « les assaillants appartenaient à la milice X », "the attackers belonged to X"
    r"appart\w+\s+(?:à|au|aux)|belong\w*\s+to)\s+(?:des |les |la |le |l['’]|de |d['’]|du |the )?"
    r"(?:présumés?\s+|suspected\s+)?$",
    re.IGNORECASE,
)
_NEG_BEFORE = guarded(
    r"(?:\bno\b|\bnot\b|\bnever\b|\bnobody\b|\bwithout\b|\bn['’]\w+|\bni\b|\baucun\w*|\bsans\b|\bpas\b|"
    r"threat\w*\s+(?:to|of|from|posed\s+by)|vowed\s+to|plan\w*\s+to|would|could|might|"
    # "has promised to reconquer the territory", "we expect further attacks": an aim or a forecast, not a deed
    r"promis\w*\s+to|pledg\w*\s+to|vows?\s+to|swore\s+to|sworn\s+to|determined\s+to|expect\w*|"
    r"a\s+promis\s+de|promet\w*\s+de|"
    # "threats of potential terrorist attacks", "a possible attack": a warning of a deed not done
    r"threaten\w*|potential|possible|imminent|"
    # "Probability of another attack on a regional capital: moderate": a risk weighed, not a deed
    r"probabilit\w*\s+of|likelihood\s+of|risks?\s+of|"
    # « la menace des engins explosifs », "the threat of IEDs": a danger described, not a blast
    r"menac\w+\s+d(?:es?|u|(?=['’]))|"
    r"risqu\w*\s+d(?:e|(?=['’]))|pourrai\w+(?:\s+(?:faire|causer|provoquer|entraîner|coûter))?|"
    # a feared or possible deed (« craint une attaque », « une éventuelle attaque ») has not happened
    r"crai(?:n|gn)\w*|redout\w+|éventuel\w*|"
    # « un adversaire qui évite le combat direct », "avoids direct combat": a fight not fought
    r"évit\w+|avoid\w*|"
    r"foil\w*|thwart\w*|déjou\w+)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


class _CuePatterns(Mapping[str, re.Pattern[str]]):
    """Each cue's own pattern, compiled when first asked for: the scans find the cues (see `_cues`), and
    only a few are searched on their own, so compiling all of them cost start-up time for nothing."""

    def __init__(self, bodies: dict[str, str], flags: int) -> None:
        self._bodies, self._flags, self._compiled = bodies, flags, {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        if name not in self._compiled:
            body = self._bodies[name]
            self._compiled[name] = re.compile(
                first_char_guard(body, self._flags) + r"(?<![\w])" + body + r"(?![\w])", self._flags
            )
        return self._compiled[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._bodies)

    def __len__(self) -> int:
        return len(self._bodies)


@dataclass
class _Lex:
    cues: Mapping[str, re.Pattern[str]]
    # cues that only qualify an event already found (its victims, weapons, claim...): scanned over that
    # event's sentences only, not over the whole report
    context: frozenset[str] = frozenset()
    # one pass for many cues (see fastre.WordScan), keyed like `_cues`'s `context`: True the context cues,
    # False all others
    scans: dict[bool, WordScan] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # codebook label (casefolded) -> sub-event type
    source_after: re.Pattern[str] = re.compile("(?!)")  # "the army said": the teller of the news
    source_before: re.Pattern[str] = re.compile("(?!)")  # « selon la gendarmerie »: a quoted source
    accuser_between: re.Pattern[str] = re.compile("(?!)")  # « X accuse l'armée d'avoir… »: X tells, Y did it
    record_line: re.Pattern[str] = re.compile("(?!)")  # an infobox's field ("- Casualties1: 77-100 killed")
    place_fronted: re.Pattern[str] = re.compile("(?!)")  # « À Mondoro, ... »: the words that front a clause's place
    # the same words, ending where a place begins, after a clause break (« ... et à Kokorou, 21 »)
    place_fronted_before: re.Pattern[str] = re.compile("(?!)")


@lru_cache(maxsize=4)
def lexicon(lang: str) -> _Lex:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", f"events_{lang}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    # the cue patterns and scans are derived from the data file by this module and fastre alone: kept in
    # the disk cache, they are not parsed again at every start-up
    key = cache.fingerprint(path.read_bytes(), Path(__file__).read_bytes(), Path(fastre.__file__).read_bytes())
    plan = cache.cached(f"events-{lang}", key, lambda: _cue_plan(data))
    context = frozenset(data.get("context_cues", []))
    return _Lex(_CuePatterns(plan["bodies"], _CUE_FLAGS), context,
                {kind: WordScan.from_plan(plan["scans"][kind]) for kind in (True, False)},
                {k.casefold(): v for k, v in data.get("labels", {}).items()},
                re.compile(data.get("report_source_after", "(?!)"), re.IGNORECASE),
                re.compile(data.get("report_source_before", "(?!)"), re.IGNORECASE),
                re.compile(data.get("report_accuser_between", "(?!)"), re.IGNORECASE),
                re.compile(data.get("record_line", "(?!)"), re.IGNORECASE),
                *_fronted(data.get("place_fronted")))


def _fronted(lead: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if lead is None:
        return re.compile("(?!)"), re.compile("(?!)")
    return (re.compile(lead, re.IGNORECASE),
            re.compile(rf"(?:^|[.;:!?]\s+|\bet\s+|,\s+)(?:{lead})$", re.IGNORECASE))


_CUE_FLAGS = re.IGNORECASE


def _cue_plan(data: dict[str, Any]) -> dict[str, Any]:
    """Each cue's pattern body, and the plans of the two scans (context cues, and the others)."""
    bodies, alternatives = {}, {}
    for name, patterns in data["cues"].items():
        # Same matches as "(?:(?:p1)|(?:p2)|...)": the guard rejects positions no branch can start at,
        # and the branches are grouped on their first letter, so that a word start tries a few of them.
        alts = alternatives[name] = [sequence_tokens(alt, _CUE_FLAGS) for p in patterns for alt in expand(p)]
        bodies[name] = alternation(alts)
    context = frozenset(data.get("context_cues", []))
    scans = {kind: WordScan.plan({n: a for n, a in alternatives.items() if (n in context) == kind}, _CUE_FLAGS)
             for kind in (True, False)}
    return {"bodies": bodies, "scans": scans}


def report_sources(text: str, actors: list[ActorMention], lex: _Lex) -> tuple[list[ActorMention], list[ActorMention]]:
    """The state or mission actors named as the teller of the news: those quoted as a source (« selon la
    gendarmerie », "according to the army"), and those that tell ("the army said", « le gouvernement a
    annoncé »), who may be telling of their own deed."""
    state = [a for a in actors if a.actor.inter in (1, 8)]
    quoted = [a for a in state if lex.source_before.search(text, max(0, a.start - 60), a.start)]
    telling = [a for a in state if a not in quoted and lex.source_after.match(text, a.end, a.end + 80)]
    return quoted, telling


# « … d'avoir pillé leurs boutiques », "of stealing their vehicles": the deed was done to the accuser
_DONE_TO_THEM = re.compile(r"[^.;]*?\b(?:leurs?|ses|sa|son|their|its)\b", re.IGNORECASE)


def report_accusers(text: str, actors: list[ActorMention], lex: _Lex) -> list[ActorMention]:
    """The actors that only tell of the deed: those accusing the next actor named of it (« le CSP-DPA accuse
    l'armée d'avoir tué des civils ») and armed groups quoted as the source (« selon la CMA, des militaires ont
    arrêté… »; state ones are in `report_sources`); unless it was done to them (« ses convois », "its vehicles")."""
    accusing = [a for a, b in zip(actors, actors[1:], strict=False)
                if lex.accuser_between.fullmatch(text, a.end, b.start) and not _DONE_TO_THEM.match(text, b.end)]
    quoted = [a for a in actors if a.actor.inter in (2, 3, 4) and not _DONE_TO_THEM.match(text, a.end)
              and (lex.source_before.search(text, max(0, a.start - 60), a.start) or _TELLS_THAT.match(text, a.end))]
    return accusing + quoted


# "jihadists, who accuse Dogon militias of siding with the army", « accusés de collaborer avec l'armée »: the side
# a group is said to take is the reason given for violence, and the group accused of it is no party to the deed
_ACCUSED_BEFORE = re.compile(r"\b(?:accus\w*|suspect\w*)\s+(?:(?:the|les?|la|l['’])\s*)?$", re.IGNORECASE)
_OF_SIDING = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:of|d['’]|de)\s*(?:being\s+)?(?:siding|taking sides|collaborat\w+|collud\w+|"
    r"support\w*|work\w* (?:with|for)|cooperat\w+|help\w*|inform\w+|spying|being (?:informants|allies|close)|"
    r"(?:sympathi[sz]\w+)|(?:être de )?connivence|collaborer|soutenir|renseigner|travailler pour|pactiser)",
    re.IGNORECASE,
)


# « le CSP affirme que des frappes de l'armée ont tué 21 civils », "the CMA said that soldiers had shot": a group that
# tells what others did is the report's source (« affirme que ses hommes », "said its fighters": its own deed)
_TELLS_THAT = re.compile(
    r"[\s,]*(?:\([^)]*\)\s*)?(?:a\s+|ont\s+|avait\s+|has\s+|have\s+|had\s+)?"
    r"(?:affirm\w*|déclar\w*|indiqu\w*|assur\w*|estim\w*|soutien\w*|said|says|stated|states|alleged|alleges)"
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin|dans|un|une|communiqué|"
    r"déclaration|on|in|a|statement|\w+day|yesterday)\s+){0,4}"
    r"(?:(?:que|that)\s+|qu['’])(?!(?:ses|leurs?|son|sa|il|ils|elle|elles|its|their|it|they|his)\b)",
    re.IGNORECASE,
)


# ... nor is the side it is said to take: "of siding with the army"
_SIDED_WITH = re.compile(r"\baccus\w*\s+[^.;]{0,50}?" + _OF_SIDING.pattern + r"(?:\s+(?:with|for|avec|pour))?\s+"
                         r"(?:(?:the|les?|la|l['’])\s*)?(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)


def _accused_of_siding(text: str, a: ActorMention) -> bool:
    """Civilians accused of supporting a group ("soldiers accused the villagers of supporting Ansaroul Islam") are
    the ones the deed was done to: only an armed group accused of taking a side is no party to it."""
    accused = a.actor.inter != 7 and bool(_ACCUSED_BEFORE.search(text, max(0, a.start - 30), a.start)
                                          and _OF_SIDING.match(text, a.end))
    return accused or bool(_SIDED_WITH.search(text, max(0, a.start - 140), a.start))


_LABEL = re.compile(r"\s*([^\W\d_][\w -]{2,40}?)\s*:\s")


def lead_label(text: str, lex: _Lex) -> tuple[str, Span] | None:
    """The sub-event type a report's opening label names ('Property destruction: Islamists ...'), with its span."""
    m = _LABEL.match(text)
    sub = lex.labels.get(m.group(1).casefold()) if m else None
    return (sub, m.span(1)) if sub and m else None


@dataclass
class _Event:
    start: int
    end: int  # the event's sentence span (first sentence); `spans` lists every sentence it covers
    spans: list[Span] = field(default_factory=list)
    cues: dict[str, list[Span]] = field(default_factory=dict)
    trigger: Span = (0, 0)
    place_override: PlaceMention | None = None
    # opened in a later section of an article ("== Attacks ==  The attacks began on 17 September..."): it may
    # tell again, in detail, an event the lead told
    in_section: bool = False
    lynching: bool = False  # the crowd's violence on the perpetrator of the event before ("he was later lynched")
    left: str | None = None  # opened by a clause fronting another town (« À Mondoro, ... »): the town left
    # opened by a siege told with no deed of violence ("The siege of Djibo is a blockade of the town by ..."): the
    # undated clauses after it tell how the siege is kept, not a battle
    siege: bool = False
    gapped_from: Span | None = None  # "..., and Aguelhok on 20 December": the clause whose verb and doer it shares


# What may stand between two places of one list: "A, B and C", « de A et de B », "A (Koro, Mopti), B".
# « Kayes et Gogui, dans la région de Kayes, ainsi qu'à Niono »: the list goes on past the area its first
# names lie in.
_LIST_GAP = re.compile(
    r"\s*(?:,|and|et|,\s*and|,\s*et)(?:\s+(?:de|d['’]|du|à|in|at))?\s*|\s*\([^)]*\)\s*(?:,|and|et)?\s*"
    r"|\s*(?:,\s*(?:dans|en|in)\s+(?:la |le |the )?(?:région|cercle|province|region|circle)\s+(?:de |d['’]|du |of )?"
    r"[^,;.]{1,40})?,?\s*(?:ainsi qu['’]|as well as)\s*(?:à|au|in|at)?\s*"
)


# A wire report's dateline: "BAMAKO, 25 March 2019 - ", "SIKASSO, 11 novembre 2025 (AFP) - ",
# "GAO (Reuters) - ", "Djibo, 17 décembre 2016 (AIB) – ". It says where and when the report was filed,
# not where and when the event was.
_DATELINE = re.compile(
    r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,40}|[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})"
    r"(?:,[^\n]{0,60}?\d[^\n]{0,40}?|\s*\([^)\n]{1,40}\)[^\n]{0,40}?)\s[-–—]{1,2}\s"
)
# "SIKASSO - " alone: a town in capitals before the dash is a filing town too (a sentence never starts so); an
# agency or mission's name there ("MINUSMA - ") is the teller, read with the lead
_TOWN_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,2} [-–—]{1,2}\s")


_COMMA = re.compile(r"\s*,\s*")


def _sentences(doc: Doc) -> list[Span]:
    """Sentence spans; the first starts after the dateline, so that the lead sentence's own place and date
    are the event's rather than the filing town and day."""
    text = doc_text(doc)
    spans = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
    dateline = _DATELINE.match(text)
    if dateline is None:
        dateline = _TOWN_DATELINE.match(text)
        if dateline and not any(p.place is not None and p.end <= dateline.end() for p in doc._.places or []):
            dateline = None
    if dateline and spans and dateline.end() < spans[0][1]:
        spans[0] = (dateline.end(), spans[0][1])
    return spans


# Where one sentence may hold two dated events: "the massacre in Ogossagou in March 2019, and the killings in
# Moura in March 2022", « les massacres d'Ogossagou en mars 2019 ..., puis celui de Moura en mars 2022 ».
_CLAUSE_BREAK = guarded(r"(?:,\s+(?:and|et|puis|while|tandis que)\s+|;\s+|\s+puis\s+)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "captured Kidal on 14 November, and Aguelhok on 20 December": after the break, a place and its own day with the
# verb left out; the clause is a second deed of the same kind
_GAPPED = re.compile(r"(?i:the town of |the village of |la ville de |le village de )?"
                     r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,2}\s+(?i:on|in|le|en)\s")


_CAUSE_BEFORE = guarded(
    r"\b(?:because of|due to|owing to|in view of|en raison d[eu]s?|en raison de l['’]|à cause d[eu]s?|"
    r"à cause de l['’]|du fait d[eu]s?|compte tenu d[eu]s?)\s*(?:(?:the|les?|la|des|recent|repeated|ongoing|"
    r"récentes?|nombreuses|multiples)\s+){0,2}(?:(?:terrorist|jihadist|armed|militant|bandit|terroristes|"
    r"jihadistes|djihadistes|armées)\s+)?$",  # "due to terrorist attacks along the highways"
    re.IGNORECASE,
)
# "a 50% rise in conflict deaths", « une hausse de 50 % des décès », "the number of attacks": a statistic of many
# events, not one
_STATISTIC_BEFORE = guarded(
    r"\b(?:increase|rise|surge|spike|decrease|decline|drop|fall|(?<!\ba )numbers?|tally|share|augmentation|"
    r"hausse|baisse|diminution|recrudescence|(?<!\bun )nombre|multiplication)\s+(?:of|in|de|d['’]|des|du)\s*"
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|per ?cent|pour ?cent)\s+)?(?:(?:of|in|de|d['’]|des|du|the|les)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# ACLED's political violence: the types split into one event per town named, and that a later section may retell
_POLITICAL_VIOLENCE = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_TRIGGERS = frozenset({"attack", "kill", "clash", "strict_clash", "ied", "abduct", "loot"})
# "cut off a man's hand as punishment for theft", « accusés de vol de bétail »: the deed a victim is accused of or
# punished for is the charge, not the event told; so is the deed a suspect arrested for planned or took part in
# (« le cerveau de l'attaque », "the mastermind of the bombing", « complices des auteurs de l'embuscade »)
_CHARGE_BEFORE = guarded(
    r"\b(?:accused of|suspected of|charged with|convicted of|punish(?:ed|ment) for|for (?:alleged(?:ly)?|suspected)|"
    # "killed four militants who had executed an informer": the victims' own earlier deed
    r"who(?: \w+)? had(?: previously| earlier| allegedly| reportedly)?|"
    # "lynched two men whom they believed had planted bombs": what a crowd blamed its victims for
    r"whom? (?:\w+ )?(?:believed|thought|suspected|accused)(?: (?:to )?ha(?:d|ve))?|"
    r"accusée?s? d[e'’]|soupçonnée?s? d[e'’]|suspectée?s? d[e'’]|"
    r"inculpée?s? d[e'’]|condamnée?s? pour|punie?s? pour|"
    r"masterminds?(?: of| behind)?|(?:suspected|alleged) (?:perpetrators?|authors?|organi[sz]ers?) of|implicated in|"
    r"cerveaux?(?: présumés?)? d[eu'’]s?|commanditaires?(?: présumés?)? d[eu'’]s?|présumés? auteurs? d[eu'’]s?|"
    r"auteurs? présumés? d[eu'’]s?|instigateurs? d[eu'’]s?|complices? (?:des auteurs )?d[eu'’]s?|impliquée?s? dans)\s*"
    # the charge's verb: "of planting", « de prêcher la violence »
    r"(?:(?:the|an?|having|avoir|les?|la|des|du)\s+|l['’]|\w+(?:ing|ed|er|ir)\s+){0,2}(?:(?-i:[A-Z])[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_CHARGED = _TRIGGERS | {"execution", "civilian_victim", "harm"}
# « depuis le renversement du président », "since the 2020 coup": a coup the report's time is counted from
_SINCE_BEFORE = re.compile(r"\b(?:depuis|since|ever since)\s+(?:(?:le|la|l['’]|the|son|sa|leur|its|their)\s*)?"
                           r"(?:\w+\s+)?$", re.IGNORECASE)
# "Captain Traoré, who seized power in September 2022, ...", "the army, which took power in a second coup in May":
# the coup a relative clause recalls to say who rules is the setting, not the report's event
# (set off by a comma: "the soldiers who staged a putsch" says who the actors are, and they are mutineers)
_RULER_WHO = re.compile(r",\s*(?:who|which)\s+(?:has|had|first|himself|itself|twice)?\s*$", re.IGNORECASE)
# "they had fled during the fighting", "returned on Monday to find the market looted": the deed already told, named
# as the time of something else or found done afterwards, is no new deed (nor is the day it was found its day)
_TOLD_AGAIN_BEFORE = re.compile(
    r"(?:\b(?:during|amid|throughout)\s+the\s+|"
    r"\b(?:to find|found|discovered|finding)\b(?:\s+(?:that\s+)?[\w'’-]+){0,5}\s+"
    r"(?:(?:had been|have been|was|were)\s+)?)$",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\bone of the (?:deadliest|bloodiest|worst|largest|biggest|most (?:deadly|serious|violent|lethal))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_TOLD_AGAIN_CUES = frozenset({"clash", "strict_clash", "attack", "loot", "riot", "riot_strong", "theft"})
# "an eastern trench, where the attack took place, was built on 22 August", « le village où l'attaque a eu lieu »:
# the deed already told, named again to place or date something else, is no deed of the clause
_WHERE_IT_HAPPENED = guarded(
    r"\b(?:where|when|in which|during which|là où|où|lors de laquelle|pendant laquelle)\s+(?:the|l['’]|la|le|les)\s*$",
    re.IGNORECASE,
)
_HAPPENED_AFTER = re.compile(
    r"\s+(?:took place|had taken place|occurred|had occurred|happened|had happened|a eu lieu|avait eu lieu|"
    r"s['’]est produite?|s['’]était produite?|est survenue?|était survenue?)\b",
    re.IGNORECASE,
)

# « une attaque contre le camp a été déjouée », "a bomb plot was foiled": the deed told was prevented
_FOILED_AFTER = re.compile(
    r"[^,.;]{0,60}?\b(?:a|ont|avait|avaient|was|were|had been|has been|have been)\s+(?:été\s+)?(?:\w+\s+)?"
    r"(?:déjouée?s?|avortée?s?|foiled|thwarted)\b",
    re.IGNORECASE,
)
# "threats of possible attacks on foreigners", "groups continue to threaten bomb attacks", « des menaces
# d'enlèvement »: the word names a danger warned of, whose deed is still to come; neither a threat made to someone
# nor a deed done, so no event (a threat to people is: "gunmen threatened the villagers")
_WARNED_DEED = re.compile(
    r"(?:\s+(?:of|to|about|concerning|regarding|de|du|des)\s+|\s+d['’]\s*|\s+)(?:(?:an?|the|les?|la|une?|new|further|"
    r"potential|possible|imminent|possibles?|éventuel\w*|nouvea\w+|nouvelles?|terrorist|jihadist|armed|small[- ]arms|"
    r"terroristes?|jihadistes?|djihadistes?|armée?s?)\s+){0,3}"
    r"(?:attack\w*|kidnap\w*|abduct\w*|bomb\w*|violence|attentats?|attaques?|enlèvements?|rapts?)\b",
    re.IGNORECASE,
)
_THREAT_WORD = re.compile(r"threat|warn|menac|mise en garde", re.IGNORECASE)
# "The threats mention Gao", « ces menaces visent ... »: the danger already named, told again, not a threat made
_THE_THREAT = re.compile(r"(?:threats?|menaces?)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b(?:the|these|such|la|les|ces|cette)\s+$", re.IGNORECASE)
# « cinquante soldats ont été tués au Sahel depuis le lancement de l'opération Serval », "killed since the start of
# the conflict", « tués depuis 2013 »: a count over years, not one event (its date is the period's start)
_SINCE_AFTER = re.compile(
    r"[^,.;]{0,40}?\b(?:depuis|since)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:lancement|début|déploiement|arrivée|"
    r"launch|start|beginning|deployment|arrival|onset|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "burned motorbikes in reaction to the killing of a national guard": the soldiers or posts hit in the deed
# given as a motive were not hit in this event
_REPRISAL_BEFORE = guarded(
    # "in retaliation for", and "believed to be reprisals for", "as revenge for"
    r"\b(?:in (?:reaction|response|retaliation|reprisal|revenge) (?:to|for)|"
    r"(?:reprisals?|retaliation|revenge|vengeance) for|"
    r"in conjunction with|"
    r"en (?:représailles|réaction|riposte|réponse) (?:à|de|d['’])|suite à)\s+(?:\w+\s+){0,4}$",
    re.IGNORECASE,
)
# who was hit or hurt in the deed a reprisal answers ("kidnapped 30 people as revenge for the beating of two
# Islamists") is not the reprisal's own victim or harm
# a sentence whose subject is the event just told ("The attack came ...", "The demonstration came as ...",
# « L'attaque est attribuée ... ») says more of it: the deeds, days and places it names besides (a motive, an
# earlier attack, the town an election is feared for) are no new event
_RETOLD_SUBJECT = re.compile(
    r"\s*(?:The|This|That|These|Those|Cette|Cet|Ces|La|Le|Les|L['’])\s*(?:\w+\s+)?"
    r"(?:attacks?|killings?|assaults?|raids?|ambush(?:es)?|massacres?|attaques?|tuerie|embuscade|assassinat|"
    r"demonstrations?|protests?|march(?:es)?|sit-ins?|clash(?:es)?|fighting|explosion|blast|manifestations?|"
    r"marches?|affrontements?|combats?)\s+"
    r"(?:came|comes|was|were|is|are|follows?|followed|took place|happened|occurred|intervient|est|a eu lieu|survient)\b"
)
# the one who did the deed just told, lynched: « l'assaillant a été lynché par la foule », "he was later lynched"
_LYNCHED = guarded(
    r"\b(?:the (?:attackers?|assailants?|gunm[ae]n|killers?|perpetrators?|suspects?|culprits?)|he|she|they|"
    r"l['’](?:assaillant|agresseur|auteur)s?|le (?:meurtrier|suspect|tueur)|il|ils)\s+(?:\w+\s+){0,2}?"
    r"(?:was|were|got|a été|ont été)\s+(?:\w+\s+){0,2}?(?:lynch\w*|beaten to death by)",
    re.IGNORECASE,
)
_CROWD_CUES = ("mob", "riot", "crowd_riot")
_VICTIM_CUES = frozenset({"armed_victim", "military_target", "harm"})
_AVENGED_CUES = _TRIGGERS | {"mob"}
# "shot dead a man in front of the military camp": a post named as where the deed was done, not as what was hit
_BESIDE_POST = guarded(
    r"\b(?:in front of|at the (?:entrance|gates?) (?:of|to)|outside|near|close to|not far from|next to|devant|"
    r"à l['’]entrée d[eu]|près d[eu]|non loin d[eu]|aux abords d[eu])\s+(?:the\s+|an?\s+|l[ae]\s+|l['’]|une?\s+)?$",
    re.IGNORECASE,
)
_AFTER_BEFORE = guarded(
    r"\b(?:après|suite à|à la suite d[eu']s?|after|following)\s+(?:(?:une?|l[ae]s?|l['’]|des|the|an?)\s*)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# « une marche blanche en mémoire des victimes de l'attaque de Thiou »: the deed a crowd mourns is no deed of its own
_MOTIVE_BEFORE = guarded(
    r"\b(?:against|to protest|protesting|in (?:reaction|response) to|"
    r"(?:furious|angry|outraged|upset) (?:about|over|at)|contre|"
    r"(?:in memory|in tribute|en mémoire|à la mémoire|en hommage|commemorat\w+|commémor\w+|anniversary|anniversaire)\s+"
    r"(?:of|to|de|d['’]|des|du|aux?)(?:\s+(?:the\s+)?(?:victims\s+of|victimes\s+(?:de|d['’]|du|des)))?)"
    r"\s*(?:(?:the|an?|l[ae]|les|l['’])\s*)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_MOTIVE_CUES = _TRIGGERS | {"mob", "riot_strong"}
# fighting named as the report's background, not its event: "related to recent ethnic violence", "localities that
# recently have seen communal violence", "intercommunal violence ... was recently reported", « qui a connu des
# violences intercommunautaires », « les violences intercommunautaires récentes »
_BACKGROUND_BEFORE = guarded(
    r"\b(?:recent(?:\s+\w+){0,2}|récente?s?|(?:have|has|had)\s+(?:recently\s+)?(?:seen|witnessed|experienced)\b[^.;]{0,60}?|"
    r"(?:ont|a|avaient|avait)\s+(?:récemment\s+)?connu\b[^.;]{0,60}?)\s*$",
    re.IGNORECASE,
)
_BACKGROUND_AFTER = re.compile(
    r"(?:\s+\w+){0,2}\s+récent(?:e|es|s)?\b|"
    r"[^.;]{0,50}?\b(?:was|were|has been|have been|had been)\s+recently\s+reported",
    re.IGNORECASE,
)
_CONFLICT_CUES = frozenset({"clash", "strict_clash", "communal_clash"})
# a demand or condemnation voiced by a state, an international body or a rights group is a statement, not a protest
_DEMAND = re.compile(r"réclam|exig|dénon|demand|call|condemn|urg", re.IGNORECASE)
_INSTITUTION_BEFORE = guarded(
    r"\b(?:(?-i:CEDEAO|ECOWAS|ONU|UN|UA|AU|UE|EU|HRW|HCDH|OHCHR|UNESCO|UNICEF|MINUSMA)|Nations unies|"
    r"United Nations|Union africaine|African Union|Union européenne|European Union|gouvernement|government|"
    r"Washington|Paris|ministère|ministry|Amnesty International|Human Rights Watch)\)?"
    r"\s+(?:\w+\s+){0,2}?(?:a|ont|avait|avaient|has|have|had|was|were|is|are)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_PRESENCE_OF = re.compile(
    r"\b(?:presence|installation|deployment|arrival|visit|présence|déploiement|arrivée|visite)\s+"
    r"(?:of|de|du|des|d['’])\s+(?:(?:the|la|les|l['’])\s*)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# A clause that opens with the town it happened in (« À Mondoro, les assaillants ont été repoussés », « Plus au
# nord, près de Tessit, ... »; the lexicon's `place_fronted`): the writer moves to another place; when that town
# is not the one the event being told happened in, the deed told there is an event of its own, of the same day or
# not.
_FRONTED_END = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?,")


def _elsewhere(doc: Doc, current: _Event | None, text: str, lo: int, hi: int, fronting: re.Pattern[str]) -> str | None:
    """The clause opens with a town other than the first the event being told names: « Des hommes armés ont
    attaqué Boulkessi ... À Mondoro, les assaillants ont été repoussés » tells a second attack, not more of the
    first; « À Fakola, les assaillants ont incendié des bâtiments » after an attack on Fakola tells the same.
    The id of the town the event told happened in, or None."""
    lead = fronting.match(text, lo, hi)
    if current is None or lead is None:
        return None
    places = doc._.places or []
    fronted = next((p for p in places if p.start == lead.end()), None)
    if fronted is None or fronted.place is None or fronted.is_region or not _FRONTED_END.match(text, fronted.end, hi):
        return None
    told = event_towns([p for p in places if current.start <= p.start < current.spans[-1][1]])
    left = told[0].place.id if told and told[0].place is not None else None
    return left if left != fronted.place.id else None


def _back_to(doc: Doc, current: _Event, lo: int, hi: int) -> bool:
    """After « À Mondoro, les assaillants ont été repoussés », a clause that names the town the report left
    (« un bilan bien plus lourd pour Boulkessi ») and not this one tells of the earlier event, not of this."""
    towns = {p.place.id for p in event_towns([p for p in doc._.places or [] if lo <= p.start < hi])
             if p.place is not None}
    here = {p.place.id for p in event_towns([p for p in doc._.places or [] if current.start <= p.start < current.end])
            if p.place is not None}
    return current.left in towns and not towns & here

# a demonstrative before a deed's noun (« ces nouvelles pertes », « cette attaque », "these killings") points
# back at a deed already told
_THIS_BEFORE = re.compile(r"\b(?:ce|cet|cette|ces|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _anaphoric_only(cues: dict[str, list[Span]], text: str, lo: int) -> bool:
    """Every deed the clause names is one told before, named with a demonstrative: « Avec ces nouvelles pertes,
    cinquante soldats ont été tués depuis 2013 », « Cette attaque, la plus meurtrière depuis mars 2023, ... »
    name the event again to count or compare it, and the older date they name is no day of a new event."""
    spans = [sp for name in _STRONG for sp in cues.get(name, ())]
    return bool(spans) and all(_THIS_BEFORE.search(text, max(lo, s - 30), s) for s, _ in spans)

# being held, and those who hold them (« ses ravisseurs », "her captors")
_HELD = re.compile(r"(?:détenu|retenu|séquestré|captif|held|detained|ravisseur|geôlier|captor|kidnapper)\w*",
                   re.IGNORECASE)


def _held_only(current: _Event, cues: dict[str, list[Span]], text: str) -> bool:
    """After an abduction, a clause whose only deed is someone held (« il a annoncé être détenu par ce groupe »,
    « les otages seraient toujours retenus au Mali », "she is believed to be held by JNIM") tells the captivity
    that abduction began, not an arrest of its own, whatever day its video or statement is dated."""
    if not current.cues.get("abduct"):
        return False
    deeds = [(name, sp) for name in _STRONG for sp in cues.get(name, ())]
    return bool(deeds) and all(name in ("arrest", "abduct") and _HELD.fullmatch(text, *sp) for name, sp in deeds)

def _clauses(text: str, spans: list[Span], dates: list[DateMention]) -> list[Span]:
    """Sentences, split where each side of a clause break names its own, different date."""
    out: list[Span] = []
    for lo, hi in spans:
        start = lo
        for brk in _CLAUSE_BREAK.finditer(text, lo, hi):
            before = [d for d in dates if start <= d.start < brk.start()]
            after = [d for d in dates if brk.end() <= d.start < hi]
            # only dates with their year: "in March 2019, and ... in March 2022", not one event's course
            # ("abducted on 29 August, then killed him on 2 September")
            # the first deed's own day closes the clause before the break: "... Kidal on 14 November, and ..."
            gapped = bool(before and after) and before[-1].end >= brk.start() - 2 and _gapped(text, brk.end(),
                                                                                           after[0].start)
            if before and after and before[-1].value != after[0].value and (gapped or (
                    _YEAR.search(before[-1].text) and _YEAR.search(after[0].text))):
                out.append((start, brk.start()))
                start = brk.end()
        out.append((start, hi))
    return out


def _closes_with_date(doc: Doc, lo: int, hi: int) -> bool:
    own = event_dates_in(doc, lo, hi)
    return bool(own) and own[-1].end >= hi - 2


def _gapped(text: str, lo: int, date_start: int) -> bool:
    """The clause from `lo` is a place and then its day, the verb left out ("..., and Aguelhok on 20 December")."""
    m = _GAPPED.match(text, lo)
    return m is not None and m.end() >= date_start - 1


_START = itemgetter(0)  # a span's start, the key its text order is sorted by


def _cues_by_clause(every: dict[str, list[Span]], bounds: list[Span]) -> list[dict[str, list[Span]]]:
    """The cue spans (in `every`'s order) that start in each clause [lo, hi) of `bounds` (sorted, apart): a
    bisect per span, not one per cue and clause."""
    out: list[dict[str, list[Span]]] = [{} for _ in bounds]
    kept = [(lo, hi, k) for k, (lo, hi) in enumerate(bounds) if lo < hi]
    starts = [lo for lo, _, _ in kept]
    for name, spans in every.items():
        for span in spans:
            j = bisect_right(starts, span[0]) - 1
            if j >= 0 and span[0] < kept[j][1]:
                out[kept[j][2]].setdefault(name, []).append(span)
    return out


def _cues(text: str, lo: int, hi: int, lex: _Lex, context: bool | None = None,
          whole: dict[str, list[Span]] | None = None) -> dict[str, list[Span]]:
    """Cue spans in text[lo:hi]; `context` True: only the context cues, False: all but them, None: all.
    `whole`: the caller's scan of the whole text for those cues (one scan per report, cut to [lo, hi))."""
    found: dict[str, list[Span]] = {}
    chunk = text[lo:hi]
    if whole is not None:
        # spans are in text order: bisect to those starting in [lo, hi] rather than test every one
        scanned = {name: [(s - lo, e - lo) for s, e in spans[bisect_left(spans, lo, key=_START):
                                                             bisect_right(spans, hi, key=_START)] if e <= hi]
                   for name, spans in whole.items()}
    elif context is None:
        both = {**lex.scans[True].spans(chunk), **lex.scans[False].spans(chunk)}
        scanned = {name: both[name] for name in lex.cues if name in both}  # in the lexicon's order
    else:
        scanned = lex.scans[context].spans(chunk)
    for name, spans in scanned.items():
        for s, e in ((lo + s, lo + e) for s, e in spans):
            if name == "ied" and (_GOLD_MINE.search(text[max(0, s - 12) : s]) or _NOT_BLAST.match(text, e)
                                  or _PLANTING.search(text[max(0, s - 40) : s])):
                continue
            if name in ("ied", "grenade") and _SEIZED_AMONG.search(text[max(lo, s - 80) : s]):
                continue
            if name not in ("neg", "hypothetical", "claim") and _NEG_BEFORE.search(text[max(lo, s - 40) : s]):
                continue
            if name in _TRIGGERS and _CAUSE_BEFORE.search(text[max(lo, s - 50) : s]):
                continue  # "travel is not advised because of attacks on highways": a reason, not an event
            if name in _CHARGED and _CHARGE_BEFORE.search(text[max(lo, s - 50) : s]):
                continue
            if name in _TRIGGERS and _STATISTIC_BEFORE.search(text[max(lo, s - 50) : s]):
                continue
            if name in _TRIGGERS and _FOILED_AFTER.match(text, e, hi):
                continue
            if (name in _TRIGGERS and _HAPPENED_AFTER.match(text, e, hi)
                    and _WHERE_IT_HAPPENED.search(text[max(lo, s - 30) : s])):
                continue
            if name in ("kill", "attack", "ied") and _SINCE_AFTER.match(text, e, hi):
                continue
            if name == "change" and _THREAT_WORD.match(text, s) and (_WARNED_DEED.match(text, e, hi) or (
                    _THE_THREAT.fullmatch(text, s, e) and _THE_BEFORE.search(text[max(lo, s - 8) : s]))):
                continue  # "threats of potential attacks against westerners": a warning, no event
            if (name == "protest" and _DEMAND.match(text, s)
                    and _INSTITUTION_BEFORE.search(text[max(lo, s - 80) : s])):
                continue  # « la CEDEAO a réclamé le retour à l'ordre constitutionnel »: a statement, no protest
            if name in _MOTIVE_CUES and _MOTIVE_BEFORE.search(text[max(lo, s - 50) : s]):
                continue  # "a march against the killing of a student": what was denounced, not what happened
            if name in _VICTIM_CUES and _REPRISAL_BEFORE.search(text[max(lo, s - 60) : s]):
                continue
            if name in _AVENGED_CUES and _REPRISAL_BEFORE.search(text[max(lo, s - 60) : s]):
                continue  # "in retaliation for the murder of a chief three days earlier": the cause, no new event
            if name in _CONFLICT_CUES and (_BACKGROUND_BEFORE.search(text[max(lo, s - 80) : s])
                                           or _BACKGROUND_AFTER.match(text, e, hi)):
                continue
            if name == "coup" and (_SINCE_BEFORE.search(text[max(lo, s - 40) : s])
                                   or _RULER_WHO.search(text[max(lo, s - 40) : s])):
                continue  # « l'armée, désorganisée depuis le renversement du président »: the setting, not the news
            if name in _TRIGGERS and _SUPERLATIVE_BEFORE.search(text[max(lo, s - 50) : s]):
                continue  # "one of the deadliest attacks since the army seized power in July": a record, no deed
            if name in _TOLD_AGAIN_CUES and _TOLD_AGAIN_BEFORE.search(text[max(lo, s - 60) : s]):
                continue  # "fled during the fighting and returned on Monday to find shops looted": the deed told
            if name == "military_target" and _BESIDE_POST.search(text[max(lo, s - 40) : s]):
                continue
            if name == "riot_strong" and _AFTER_BEFORE.search(text[max(lo, s - 40) : s]):
                continue  # « un sit-in ... après une attaque »: the violence the protest follows is not its own
            found.setdefault(name, []).append((s, e))
    return found


_EVENT_CUES = (
    "suicide",
    "air",
    "shelling",
    "grenade",
    "ied",
    "disrupt",
    "sexual",
    "abduct",
    "kill",
    "attack",
    "clash",
    "protest",
    "riot",
    "crowd_riot",
    "mob",
    "loot",
    "arrest",
    "overtake",
    "regain",
    "withdraw",
    "agreement",
    "hq",
    "change",
    "security_measure",
    "closure",
    "roadblock",
    "other_weapons",
    "coup",
)
# Cues that name an event by themselves; the weak ones only count alongside another cue.
_WEAK = ("withdraw", "hq", "change", "closure", "roadblock", "other_weapons")
_STRONG = tuple(cue for cue in _EVENT_CUES if cue not in _WEAK)


# the deeds a running total counts (violence, destruction, seizures), not the protests or measures it may name
_TALLIED = _TRIGGERS | {"suicide", "air", "shelling", "grenade", "sexual", "arrest", "harm", "riot", "riot_strong",
                        "civilian_victim", "execution"}
_TALLY_LEAD = re.compile(r"[\W\d]*(?:(?:and|but|et|mais|or|yet)\s+)?", re.IGNORECASE)


def _tally_opens(cues: dict[str, list[Span]], text: str, lo: int) -> bool:
    """The clause opens with a running total's words ("Since the start of the blockade, ...", "In 2023 alone,
    ...", « Depuis le début de l'année, ... »)."""
    lead = _TALLY_LEAD.match(text, lo)
    return any(s == (lead.end() if lead else lo) for s, _ in cues.get("tally", []))


def _overview(doc: Doc) -> bool:
    """The report names times, of at least three years, and all of them years or periods ("since 2011", "in 2020",
    "in early 2024"): an overview of a country or a conflict, not the news of one day (a note that names no day
    but one or two years of background, "violence since 2015 and a coup in 2020", is still the news)."""
    named = doc._.dates or []
    return len({d.value.year for d in named}) >= 3 and all(d.year_only for d in named)


def _only_background_years(doc: Doc, lo: int, hi: int) -> bool:
    """The clause names a time, and every time it names is an older year or period ("in 2015", "since 2012")."""
    named = [d for d in doc._.dates or [] if lo <= d.start < hi]
    return bool(named) and all(d.background for d in named)


def _deed_in_an_older_year(doc: Doc, cues: dict[str, list[Span]], lo: int, hi: int) -> bool:
    """The clause's first deed is told with an older year right after it ("seized power in 2020"), not only
    some other deed it mentions ("demonstrated in memory of a journalist killed in 1998")."""
    deed = _first(cues, *_STRONG)
    return deed is not None and any(
        d.background and 0 <= d.start - deed[1] <= 12 for d in doc._.dates or [] if lo <= d.start < hi)


def _retelling_key(m: Mention) -> tuple[Any, ...]:
    """What a section's retelling of the lead's event shares with it: the day, the place and political
    violence (told with other words, "the attack began at dawn...", its sub-type may read differently)."""
    return m.event_date, m.location, m.event_type in _POLITICAL_VIOLENCE or m.event_type


_SHOTS = re.compile(r"(?:des |de )?(?:tirs?|coups? de feu|fusillades?|gunfire|gunshots?|shots?|shooting)",
                    re.IGNORECASE)


def _coup_first(cues: dict[str, list[Span]], text: str) -> bool:
    """A coup or a mutiny is the event when it is told before any other act ("soldiers staged a coup,
    arresting the president"); told after one, it is its setting ("arrested for his role in the coup").
    Shots (« des tirs ont retenti ... où des soldats s'étaient mutinés ») are how a mutiny is heard, no other act."""
    coup = _first(cues, "coup")
    if coup is None:
        return False
    acts = {name: [(s, e) for s, e in spans if not _SHOTS.fullmatch(text, s, e)]
            for name, spans in cues.items() if name in _STRONG and name not in ("coup", "clash")}
    return coup <= (_first(acts, *acts) or coup)


def _coup_fight(cues: dict[str, list[Span]], text: str) -> bool:
    """Mutineers who fought: a death told (not only shots heard), or a counter-coup put down."""
    return any(not _SHOTS.fullmatch(text, s, e) for s, e in cues.get("kill", [])) \
        or any("coup" in text[s:e].lower() for s, e in cues.get("strict_clash", []))


def _coup_arrest(cues: dict[str, list[Span]], text: str) -> bool:
    """An arrest told in the coup's own sentence (« ont annoncé avoir pris le pouvoir et arrêté le président »)."""
    coup, arrest = _first(cues, "coup"), _first(cues, "arrest")
    return coup is not None and arrest is not None and arrest > coup \
        and not re.search(r"[.!?]\s", text[coup[1]:arrest[0]])


def _older_day(own: list[DateMention], current: date | None) -> bool:
    """The clause dates its deed to an older day than the event told ("This followed the 1 November attack on the
    Indelimane post, also claimed by ISGS"): a claim named with it is of that earlier event, which is its own."""
    return bool(own) and all(d.background for d in own) and current is not None and own[0].value < current


def _has(cues: dict[str, list[Span]], *names: str) -> bool:
    return any(map(cues.get, names))  # asked per clause and per cue set: no generator frame per name


def _opens_with(cues: dict[str, list[Span]], name: str, text: str, lo: int) -> bool:
    """Whether the clause at `lo` begins with cue `name`: « Le même jour, le camp de Bamba a aussi été
    attaqué » tells a second event of the same day, not more of the first."""
    return any(not text[lo:sp[0]].strip() for sp in cues.get(name, []))


def _first(cues: dict[str, list[Span]], *names: str) -> Span | None:
    spans = [s for n in names for s in cues.get(n, [])]
    return min(spans) if spans else None


# A heading: a short line with no closing punctuation between blank lines ("## Faits marquants", "A blockade
# announced on video"), or after a blank line and right above its text when marked ("== Background ==") or of a
# few words ("Background"; a hard-wrapped paragraph's first line is longer)
_SECTION_HEADING = re.compile(
    r"\s*\n[ \t]*\n[ \t]*(?:[^\n]{1,90}(?<![.!?:;»\"”])[ \t]*\n[ \t]*\n|(?:={2,}|#{1,6})[^\n]{1,90}\n|"
    r"(?=[^\n]{1,50}\n)[^\W\d_][^\s.!?:;,]*(?: [^\s.!?:;,]+){0,5}[ \t]*\n(?=[ \t]*[A-ZÀ-Ý]))"
)


# A brief's section heading run into its paragraph ("Context. These attacks come as ...", "Outlook (2-4 weeks). We
# expect ...", « Perspectives. »): what follows is background, analysis or a forecast, not more of the event
# before it; a deed told there with its own strong cue (a retold attack) still opens an event
_TOPIC_HEADING = re.compile(
    r"\s*\n\s*(?:context|background|outlook|assessment|analysis|comment|(?:economic\s+)?indicators|economy|"
    r"humanitarian(?:\s+(?:update|impact|situation))?|politics|political(?:\s+developments)?|regional|"
    r"key\s+judge?ments?|response|gaps\s+and\s+constraints|forecast|implications|what\s+to\s+watch|trends|"
    r"contexte|perspectives?|analyse|évaluation|indicateurs|politique|régional|réponse|tendances|à surveiller)"
    r"(?:\s*\([^)\n]{0,30}\))?\s*[.:]?\s*",
    re.IGNORECASE,
)
_PASSIVE_GAP = re.compile(
    # « se sont emparés », « s'est retiré »: a pronominal verb, not a passive
    r"[.;]|\b(?:was|were|been|being|is|are|came|fell|under|été|(?<!s['’])est|(?<!\bse\s)sont|était|étaient|objet|"
    r"subi\w*|essuy\w*)\b",
    re.IGNORECASE,
)


# a bare participle with no object: "a gendarmerie patrol reportedly ambushed in the area of ..."
_NO_OBJECT = re.compile(r"\s*(?:[,.;:]|$|(?:in|at|near|on|by|when|while|during|outside|à|dans|près|par|lors)\b)",
                        re.IGNORECASE)


def _acting_post(cues: dict[str, list[Span]], actors: list[ActorMention], text: str, span: Span) -> bool:
    """A post named as the doer ("the army camp sentinel shot dead a man", "the military detachment killed
    two people"): the violence comes after it in its clause, with no passive between, and neither the
    violence nor an armed group comes before it."""
    violence = [sp for n in ("kill", "attack", "clash") for sp in cues.get(n, [])]
    start = max(text.rfind(".", 0, span[0]), text.rfind(";", 0, span[0])) + 1
    if any(start <= v[0] <= span[0] for v in violence) or any(
            start <= a.start < span[0] and a.actor.inter in (2, 3, 4) for a in actors):
        return False
    after = [v for v in violence if v[0] >= span[1]]
    if not after:
        return False
    verb = min(after)
    return not _PASSIVE_GAP.search(text, span[1], verb[0]) and not _NO_OBJECT.match(text, verb[1])


_SWEEP = re.compile(r"op[ée]ration|ratissage|sweep|patrol|patrouille|fouille|search", re.IGNORECASE)
_QUIET_TAKEOVER = re.compile(r"contr[oô]l|occup", re.IGNORECASE)  # an overtake cue that names no force used
_HABITUAL = re.compile(r"\b(?:régulièrement|fréquemment|souvent|régulière|récurrente?s?|regularly|frequently|often|"
                       r"repeatedly|routinely|habituellement|usually)\b", re.IGNORECASE)
_GOVERNMENT = re.compile(r"\b(?:gouvernement|government|autorités|authorities)\b", re.IGNORECASE)


def _sentence_end(text: str, start: int) -> int:
    end = text.find(". ", start)
    return len(text) if end < 0 else end


_DISAPPEARED = re.compile(r"disparitions?", re.IGNORECASE)
_BOMBER = re.compile(r"kamikaze|suicide|exploser|sauter|ceinture|bomber|blew", re.IGNORECASE)
_CLAIM_WORD = re.compile(r"\bclaim|\brevendiqu", re.IGNORECASE)
_UNKNOWN_FOE = re.compile(r"\b(?:unknown|unidentified|bandits?|inconnus?|non identifiés?)\b", re.IGNORECASE)
_TAKEN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)  # "took X from the MNLA": a foe lost it


# live fire or serious harm to protesters; deaths the crowd protests ("following the death of a prisoner") are
# its motive, not the force used on it
_LIVE_FIRE = re.compile(
    r"\b(?:opened fire|live (?:ammunition|rounds|bullets)|(?:fired|firing) (?:\w+ ){0,2}(?:bullets|live|on|at|into)|"
    r"shot|gunfire|gunshots?|(?<!rubber )bullets?|serious(?:ly)? (?:injur|wound)\w*|violently|excessive|"
    r"(?:par|à) balles?|balles? réelles|ouvert le feu|tiré sur|grièvement|violemment|répression)",
    re.IGNORECASE,
)
_DEATH_AS_MOTIVE = re.compile(
    r"\b(?:after|following|over|about|against|denounc\w+|après|suite à|contre|dénon\w+)\s+"
    r"(?:(?:the|an?|la|le|les|l['’]|une?)\s*)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _lethal_force(text: str) -> bool:
    if _LIVE_FIRE.search(text):
        return True
    return any(not _DEATH_AS_MOTIVE.search(text, max(0, m.start() - 40), m.start()) for m in _DEATHS.finditer(text))


def classify(
    cues: dict[str, list[Span]], actors: list[ActorMention], text: str, head: list[ActorMention] | None = None
) -> tuple[str, str, Span] | None:
    """(event_type, sub_event_type, trigger span) for an event's cues and actors; None when no event."""
    head = head if head is not None else actors
    if cues.get("military_target"):
        posts = [sp for sp in cues["military_target"] if not _acting_post(cues, actors, text, sp)]
        cues = {**cues, "military_target": posts}
    inters = [a.actor.inter for a in actors]
    armed = [a for a in actors if a.actor.inter in ARMED]
    state = [a for a in actors if a.actor.inter in (1, 8)]
    nonstate = [a for a in actors if a.actor.inter in (2, 3, 4)]
    civilians = 7 in inters or _has(cues, "civilian_target")

    def out(sub: str, *names: str) -> tuple[str, str, Span]:
        return SUB_EVENT_TYPES[sub], sub, _first(cues, *names) or (0, 0)

    riot_strong = _has(cues, "riot_strong")
    violent_means = _has(cues, "suicide", "air", "shelling", "ied", "grenade")
    first_protest = _first(cues, "protest")
    # "bandits took 300 cattle; the herders demand protection": a theft told first is the news (but a crowd
    # that ransacks is rioting)
    stolen = [sp for sp in cues.get("theft", []) if sp not in cues.get("riot_strong", [])]
    first_violence = _first({**cues, "theft": stolen}, "kill", "attack", "abduct", "clash", "theft")
    # « les familles réclament la vérité » before a toll of soldiers: a demand is a statement, which does not make
    # the deeds told with it a protest's
    demand_only = all(_DEMAND.match(text, s) for s, _ in cues.get("protest", []))
    protest = (
        first_protest is not None
        and (first_violence is None or (first_protest < first_violence and not demand_only)
             or not (_has(cues, "harm") or armed))
    ) or any(a.actor.inter == 6 for a in head)
    detained = _first(cues, "arrest", "abduct")
    if (protest and detained is not None and first_protest is not None and detained < first_protest
            and not any(lo <= detained[0] < hi for lo, hi in cues.get("intervention", []))):
        # "X was arrested on Wednesday; his supporters protested": the arrest is the news (but « la police a
        # interpellé des manifestants » is the protest's own)
        protest = False
    if _has(cues, "mob") and not violent_means:
        return out("Mob violence", "mob")
    if protest and not violent_means and not (_has(cues, "strict_clash") and nonstate):
        # protesters (or mutinous soldiers) firing in the air themselves; forces dispersing them, or firing warning
        # shots at them, do not make the protest violent
        own_shots = not _has(cues, "intervention") and any(
            not text[s:e].casefold().startswith("warning") for s, e in cues.get("shots_in_air", []))
        if riot_strong or own_shots or 5 in inters or _has(cues, "protester_violence", "crowd_riot"):
            # protesters or strikers who beat or attack people, youths who set upon the police: the protest
            # turned violent
            return out("Violent demonstration", "riot_strong", "protester_violence", "crowd_riot", "protest")
        if _has(cues, "kill") and (state or _has(cues, "intervention")):
            if _has(cues, "intervention") and not _lethal_force(text):
                # protesters dispersed and some hurt ("several were wounded") with no death or live fire told: an
                # intervention, not lethal force
                return out("Protest with intervention", "intervention", "protest")
            return out("Excessive force against protesters", "kill", "protest")
        if _has(cues, "intervention"):
            return out("Protest with intervention", "intervention", "protest")
        return out("Peaceful protest", "protest")
    # a militia or community whose base or shops the crowd sacked is its target, not a party that makes it a fight
    crowd_at = _first(cues, "crowd_riot")
    nonstate_doers = [a for a in nonstate if crowd_at is None or a.start < crowd_at[0]]
    if (_has(cues, "riot_word", "crowd_riot") or 5 in inters) and not violent_means and not nonstate_doers:
        # residents who ransack a prefecture, women who stone a patrol: a riot, not an attack
        return out("Violent demonstration", "riot_word", "crowd_riot", "riot")
    if _has(cues, "roadblock") and not nonstate_doers and not violent_means and not _has(cues, "kill"):
        return out("Violent demonstration", "roadblock")
    if _coup_first(cues, text) and not violent_means:
        # soldiers who seize power (or mutiny): a strategic development against the government, unless they
        # fought other forces, which ACLED codes as a clash between the mutineers and the army; « ont pris le
        # pouvoir et arrêté le président »: the arrest that the seizure of power is told by
        if _coup_fight(cues, text):
            return out("Armed clash", "coup")
        return out("Arrests" if _coup_arrest(cues, text) else "Other", "coup")
    # a bomb, rockets or shells that open a ground assault on a camp ("mortar fire, then the assailants stormed
    # the base") make one battle, as an exchange of fire does
    complex_attack = _has(cues, "strict_clash", "ground_assault")
    if _has(cues, "suicide"):
        # a car bomb with no bomber told anywhere (« des véhicules piégés ») among mortar or rocket fire on a camp:
        # one battle ("the bomber was also killed" makes it a suicide bomb); the whole report is read only then
        if _has(cues, "shelling") and not _BOMBER.search(text):
            return out("Armed clash", "suicide", "shelling")
        return out("Armed clash" if complex_attack and _has(cues, "attack") else "Suicide bomb", "suicide")
    # air strikes that only support a ground action ("backed by French air strikes, the army retook
    # Konna") do not make it an air strike
    air_led = not (_has(cues, "air_support") and _has(cues, "regain", "overtake", "clash", "strict_clash"))
    if _has(cues, "air") and air_led:
        ground = _first(cues, "strict_clash", "ambush", "ground_assault")
        if ground is not None and ground < (_first(cues, "air") or (0, 0)):
            # a ground battle, ambush or assault that air support joined
            return out("Armed clash", "strict_clash", "ambush", "ground_assault")
        if _has(cues, "ground_phase"):
            return out("Armed clash", "ground_phase", "air")  # an air-ground operation: a battle
        return out("Air/drone strike", "air")
    gunfire = _first(cues, "gunfire", "fired_at")
    if _has(cues, "grenade") and (gunfire is None or gunfire > (_first(cues, "grenade") or gunfire)):
        # "opened fire on the customers, then threw grenades": a shooting that also used grenades is coded by
        # the shooting, which opened it
        return out("Grenade", "grenade")
    if _has(cues, "shelling"):
        return out("Armed clash" if complex_attack else "Shelling/artillery/missile attack", "shelling")
    if _has(cues, "premature") and not _has(cues, "strict_clash"):
        return out("Disrupted weapons use", "premature")  # a charge that went off while being laid or made
    if _has(cues, "disrupt") and not _has(cues, "kill", "clash", "attack"):
        return out("Disrupted weapons use", "disrupt")
    if _has(cues, "ied"):
        # a mine that opens an ambush ("mine explosion and subsequent ambush") is one battle
        battle = complex_attack or _has(cues, "ambush")
        return out("Armed clash" if battle else "Remote explosive/landmine/IED", "ied")
    killed_first = (_first(cues, "kill") or (1 << 30, 0)) < (_first(cues, "sexual") or (0, 0))
    if _has(cues, "sexual") and not killed_first:  # rapes told after a massacre do not make it sexual violence
        return out("Sexual violence", "sexual")
    # "the army withdrew from the camp, which the rebels occupied": a place left and taken with no fight told
    quiet_withdrawal = _has(cues, "withdraw") and _has(cues, "overtake", "regain") and not _has(
        cues, "attack", "clash", "ambush")
    no_fight = (_has(cues, "no_fight") or quiet_withdrawal) and not _has(cues, "kill", "strict_clash")
    if no_fight and _has(cues, "overtake", "regain", "withdraw"):
        handover = _has(cues, "handed_to") or any(_MAKING_WAY.search(text, s, e) for s, e in cues.get("no_fight", []))
        if not handover and _state_took(cues, actors, text):
            # « Les soldats sont entrés lundi dans Tombouctou sans rencontrer de résistance », « se sont emparées de
            # Kidal » after the rebels « se sont retirés »: the army taking a town back is ACLED's regained
            # territory, fight or no fight
            return out("Government regains territory", "regain", "overtake")
        return out("Non-violent transfer of territory", "overtake", "regain", "withdraw")
    if (
        any(_QUIET_TAKEOVER.search(text, s, e) for s, e in cues.get("overtake", []))
        and nonstate
        and not state
        and not any(_TAKEN_FROM.search(text, max(0, a.start - 12), a.start) for a in nonstate)
        and not _CLAIM_WORD.search(text)
        and not _has(cues, "kill", "attack", "clash", "military_target", "responsibility")
    ):
        # a place "taken control of" or "occupied" by groups, with no foe, fight, post or casualty told,
        # changed hands quietly ("overtook", "captured" still say force; a group's own claim of control
        # follows a fight)
        return out("Non-violent transfer of territory", "overtake")
    if _regained(cues, state, text, actors):
        # ACLED's "regains" is any taking of a place by government forces ("the army captured the town of X")
        return out("Government regains territory", "regain", "overtake")
    # "Malian forces seized control of the camps": a state force taking a place is no non-state takeover
    taker = _taker(cues, actors, text) if _has(cues, "overtake") else None
    nonstate_taker = taker is None or taker.actor.inter not in (1, 8)
    if _has(cues, "overtake") and nonstate and nonstate_taker and _has(cues, "clash", "attack", "kill", "overtake"):
        return out("Non-state actor overtakes territory", "overtake")
    violent = _has(cues, "kill", "attack", "clash")
    if (violent and _has(cues, "arrest") and not _has(cues, "kill", "attack", "strict_clash", "harm")
            and (state or not nonstate) and all(_SWEEP.search(text, s, e) for s, e in cues.get("clash", []))):
        # « interpellé vingt personnes lors d'une opération de ratissage », "arrested five suspects during a
        # military operation": a sweep that only made arrests
        return out("Arrests", "arrest")
    if _has(cues, "execution") and _has(cues, "kill") and not _has(cues, "strict_clash", "armed_executed"):
        # killing captives, hostages or prisoners is violence against people who cannot fight back; but
        # soldiers or fighters executed by their enemies ("executed a JNIM member") stay part of the battle
        return out("Attack", "kill")
    if _has(cues, "hostage_release") and _has(cues, "agreement"):
        # hostages freed through negotiations or an exchange: ACLED codes the deal, not the kidnapping
        return out("Agreement", "agreement", "hostage_release")
    # « s'inquiète de la disparition de deux journalistes, interpellés dimanche »: the worry names what became of
    # them, the arrest how; a deed of abduction (« enlevés ») or men gone since ("disappeared since their arrest",
    # « disparus depuis ») makes it one
    seized = {"abduct": [sp for sp in cues.get("abduct", []) if not _DISAPPEARED.fullmatch(text, *sp)]}
    arrested_first = not nonstate and (_first(cues, "arrest") or (1 << 30, 0)) < (_first(seized, "abduct") or (
        (1 << 31, 0) if _has(cues, "arrest") else (0, 0)))
    if _has(cues, "abduct") and not _has(cues, "kill", "strict_clash") and not arrested_first:
        # « interpellé ... les agents qui l'ont emmené »: an arrest told again. Abduction is its own type
        # only when it is the only violence: seizing soldiers or fighters is a battle, and captives beaten
        # or tortured make it an attack
        if _has(cues, "armed_captive") and not _has(cues, "unarmed_victim"):
            return out("Armed clash", "abduct")
        if _has(cues, "harm"):
            return out("Attack", "abduct")
        return out("Abduction/forced disappearance", "abduct")
    if violent and not armed and 5 in inters and _has(cues, "strict_clash", "harm"):
        return out("Mob violence", "strict_clash", "harm")  # unarmed groups fighting each other
    unarmed_rivals = not armed and _has(cues, "unarmed_crowd")
    if (_has(cues, "strict_clash", "riot_strong") and _has(cues, "crowd") and not nonstate and not violent_means
            and not _has(cues, "weapons")
            and (not _DEATHS.search(text) or unarmed_rivals or _has(cues, "crowd_police"))):
        # deadly communal fighting (herders and farmers, miners, clans) is a clash; youths, political rivals,
        # neighbouring villages or traders fighting with no armed party named stay mob violence; so does a crowd
        # in a deadly fight with the police ("youths killed in confrontations with the police")
        return out("Mob violence", "strict_clash", "riot_strong")  # youths, traders or miners fighting police or others
    # soldiers or police off duty, on leave, retired or at home cannot fight back: ACLED codes their killing an attack
    unarmed = _has(cues, "unarmed_victim") and not _has(cues, "strict_clash")
    # « sans rencontrer de résistance », "met no resistance": the post or force they passed did not fight, and the
    # people they then killed were the violence's victims
    unresisted = _has(cues, "no_fight") and civilians and not _has(cues, "strict_clash")
    if violent and (unarmed or unresisted or (
            _has(cues, "civilian_victim")
            and not _has(cues, "strict_clash", "armed_victim", "armed_among_dead", "military_target"))):
        # the violence's own victims are people who do not fight ("soldiers killed two herdsmen",
        # "villagers were shot dead by gunmen"), whatever other armed actors the report names; when
        # fighters or an armed post were hit too, the civilians died in a battle
        return out("Attack", "kill", "attack")
    if violent and _has(cues, "loot", "riot") and _vehicles_only_burned(cues, text):
        # « ont attaqué un convoi de citernes et incendié cinq camions ; aucune victime », "burned five tankers, no
        # casualties": vehicles destroyed with no one hurt (a village attacked and burned is still an attack)
        return out("Looting/property destruction", "loot", "riot", "attack")
    if violent:
        perp, other = perpetrator_and_target(actors, head, text)
        if (
            _has(cues, "loot")
            and not _has(cues, "harm", "strict_clash", "fired_at")
            and (other is None or not _has(cues, "attack"))
            # "attacked and burned the village" is an attack on it; "attacked the village and seized cattle"
            # is looting; gunmen who opened fire on the people they robbed attacked them
            and not (civilians and _has(cues, "attack") and not _has(cues, "theft"))
        ):
            return out("Looting/property destruction", "loot")
        if _has(cues, "strict_clash"):
            return out("Armed clash", "clash", "attack", "kill")
        if _has(cues, "empty_target") and not _has(cues, "harm", "strict_clash"):
            return out("Looting/property destruction", "attack", "loot")  # a post or camp hit while unmanned
        if _has(cues, "military_target") or _armed_hit(cues, actors, text):
            # violence against soldiers, police, militiamen or fighters is a battle even when only one side
            # fired ("troops were ambushed", "gunmen shot dead a militia commander")
            return out("Armed clash", "clash", "attack", "kill")
        # "the assailants" after a named perpetrator are that perpetrator again, not an opponent
        opponents = [a for a in actors if a is not perp and a.actor.inter in (3, 4)
                     and not (perp is not None and a.actor.id == "generic_uag" and a.start > perp.start)]
        if _has(cues, "civilian_place") and not opponents:
            # the attack's object is a village, market, bus or homes and no armed side was hit: an armed actor
            # named elsewhere in the report ("the army later ...", "village self-defense") is no opponent
            return out("Attack", "attack", "kill")
        if other is not None:
            if (
                perp is not None
                and perp.actor.inter == 1
                and civilians
                and _generic(other.actor)
                and not _has(cues, "clash")
            ):
                return out("Attack", "kill", "attack")
            return out("Armed clash", "clash", "attack", "kill")
        if civilians:
            return out("Attack", "attack", "kill")
        if perp is not None and perp.actor.inter in (1, 8):
            return out("Armed clash", "clash", "attack", "kill")
        if _has(cues, "clash"):
            return out("Armed clash", "clash")
        return out("Attack", "attack", "kill")
    if _has(cues, "loot") and _has(cues, "harm") and civilians:
        # people beaten, whipped or mistreated while their goods were seized: violence against them
        return out("Attack", "harm", "loot")
    if _has(cues, "loot"):
        return out("Looting/property destruction", "loot")
    if _has(cues, "arrest") and _has(cues, "harm") and civilians and not _has(cues, "no_casualty"):
        # people beaten, tortured or found dead after their arrest: violence against them, not an arrest
        return out("Attack", "harm", "arrest")
    if _has(cues, "arrest"):
        if state or not nonstate:
            return out("Arrests", "arrest")
        return out("Abduction/forced disappearance", "arrest")
    if _has(cues, "overtake") and nonstate and nonstate_taker:
        return out("Non-state actor overtakes territory", "overtake")
    if _has(cues, "withdraw") and armed:
        return out("Non-violent transfer of territory", "withdraw")
    if _has(cues, "agreement") and len(actors) >= 1:
        return out("Agreement", "agreement")
    if _has(cues, "hq") and armed:
        return out("Headquarters or base established", "hq")
    if _has(cues, "other_weapons"):
        return out("Disrupted weapons use", "other_weapons")
    if _has(cues, "security_measure"):
        return out("Change to group/activity", "security_measure")  # a curfew or state of emergency imposed
    if _has(cues, "closure"):
        # schools, courts or markets closed down by threat or order: ACLED's "Other", not a change to a group
        return out("Other", "closure")
    if _has(cues, "change") and armed:
        return out("Change to group/activity", "change")
    return None


_DWELLING = re.compile(r"villag|hameau|hamlet|march|market|maison|house|home|domicil|concession|grenier|granar|"
                       r"récolte|crop|champ|field|cases?\b|huts?\b", re.IGNORECASE)


def _vehicles_only_burned(cues: dict[str, list[Span]], text: str) -> bool:
    """Only vehicles were hit, and no one: trucks burned, no casualty told, nothing seized, no fight, no one
    hurt or taken, no post, village or homes attacked."""
    return (_has(cues, "civilian_vehicle") and _has(cues, "no_casualty")
            and not _has(cues, "theft", "civilian_place", "harm", "clash", "strict_clash", "abduct",
                         "military_target", "armed_victim", "kill")
            and not any(_DWELLING.search(text, s, e) for s, e in cues.get("civilian_target", [])))


def _armed_hit(cues: dict[str, list[Span]], actors: list[ActorMention], text: str) -> bool:
    """Armed people or forces are the violence's own victims: the cue says so ("two soldiers were killed",
    "attacked a GATIA convoy"), or an armed actor is the object of the violence, unless civilians were hit
    on their own ("gunmen killed three villagers"). Fighters named among the dead ("killed seven people including
    five militiamen") were hit whatever civilians died with them."""
    if _has(cues, "armed_among_dead") and not _has(cues, "unarmed_victim"):
        return True
    if _has(cues, "civilian_victim", "unarmed_victim"):
        return False
    hit = any(
        a.actor.inter in ARMED
        and (
            _passive_victim(text, a)
            or _headline_victim(text, a)
            # "wounded when the assailants tried ...": the subject of a new clause did it
            or (_object_victim(text, a) and not _NEW_CLAUSE.search(text[max(0, a.start - 25) : a.start]))
        )
        # « les bus, escortés par l'armée, ont été pris pour cible »: the escorted were hit
        and not _ESCORT.search(text[max(0, a.start - 40) : a.start])
        for a in actors
    )
    return hit or _has(cues, "armed_victim")


_NEW_CLAUSE = re.compile(r"\b(?:when|while|as|after|before|lorsque|quand|après)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a headline's subject and bare participle: "Policeman wounded after ...", "National Guard unit ambushed in ..."
_HEADLINE_HIT = re.compile(
    r"(?:\s+(?:units?|posts?|patrols?|convoys?|elements?|stations?|bases?|camps?|officers?|members?|commanders?|"
    r"agents?|teams?|unités?|postes?|patrouilles?|convois?|éléments?|agents?))?"
    # « soldats et VDP tués à Koumbri »: two hit side by side
    r"(?:\s+(?:and|et)(?:\s+[\w-]+){1,3}?)?"
    r"\s+(?:killed|wounded|injured|ambushed|attacked|shot(?: dead)?|abducted|kidnapped|"
    r"tu[ée]s?|bless[ée]s?|attaqu[ée]e?s?|enlev[ée]s?)"
    # no object follows ("MNLA rebels killed 20 civilians" is active): a place, a time or the sentence's end
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|at|near|on|after|by|when|while|during|overnight|yesterday|today|this|last|"
    r"outside|inside|between|à|dans|près|par|lors)\b)",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:an?|the|le|la|les|l['’]|des|\d+|"
    # a count, spelt out: « Douze soldats tués », « cinquante-trois soldats et VDP tués », "Eleven soldiers killed"
    r"(?:\w+-)*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"sixty|hundred|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent)s?(?:-\w+)*|several|plusieurs|dozens of|des dizaines d['’e]|"
    r"une (?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine) d['’e])\s*)?$",
    re.IGNORECASE)


def _headline_victim(text: str, a: ActorMention) -> bool:
    # searched in place (pos/endpos): "^" is only the text's own start, "$" the actor's
    return bool(_SENTENCE_START.search(text, max(0, a.start - 40), a.start)
                and _HEADLINE_HIT.match(text, a.end, a.end + 40))


_VAGUE = frozenset({"generic_uag", "islamist_militia", "communal_militia"})
_UNNAMED_ARMED = frozenset({"generic_uag", "islamist_militia"})
_OR = re.compile(r"^\s*(?:and/or|or|et/ou|ou)\s*(?:the\s+|l['’]|les?\s+|la\s+)?$", re.IGNORECASE)


_ALLY = re.compile(
    r"^[^.;]{0,40}?\b(?:accompanied by|supported by|backed by|alongside|with the support of|"
    r"assisted by|together with|jointly with|in coordination with|escorted by|"
    r"appuy\w* par|accompagn\w* (?:par|de)|avec l['’]appui d\w*|soutenus? par|aux côtés d\w*)\s+"
    r"(?:the\s+|les?\s+|la\s+|l['’]|des\s+|some\s+)?(?:(?!and\b|et\b)\w+\s+)?$",  # "backed by Russian Wagner"
    re.IGNORECASE,
)


_ESCORT = re.compile(
    r"(?:escort\w*|accompan\w*|support\w*|backed|protected|guarded|appuy\w*|soutenu\w*|"
    r"protégé\w*|sécurisé\w*)\s+(?:by|par)\s+\S*\s*$",
    re.IGNORECASE,
)


_PRO_STATE = frozenset({"vdp"})  # auxiliaries fighting beside the army

# « Le GATIA et le MSA ont attaqué … », « des combattants du MSA et du GATIA ont … », "JNIM and Ansaroul Islam
# attacked": two groups joined as the subject of one verb acted together (ACLED: actor 1 and its associate),
# unless the clause is reciprocal (« se sont affrontés », "continued to clash", « ont échangé des tirs », "signed an
# agreement") or the pair is what a clash set against each other (« opposé X et Y », "between X and Y")
_AND_JOINED = re.compile(
    # (a name's acronym may follow it: « du Mouvement national de libération de l'Azawad (MNLA) et d'Ansar Dine »)
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:,\s*)?(?:and|et|ainsi que|as well as)\s+"
    r"(?:the\s+|les?\s+|la\s+|l['’]|des\s+|du\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’])?",
    re.IGNORECASE,
)
_JOINT_VERB = re.compile(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:(?:fighters|militants|elements|combattants|éléments|miliciens)\s+)?"
    # (« X et Y ont échangé des tirs » fought each other; « ... des échanges de tirs avec la garnison » fought another)
    r"(?![^.;]{0,50}?\b(?:clash|fight|fought|each other|one another|agree|accord|échang|exchang|"
    r"négoci|negotiat|sign)(?![^.;]{0,40}?\b(?:avec|with|contre|against)\b))"
    r"(?:(?:ont|a|avaient|avait|auraient|aurait|have|has|had|d['’]avoir)\b|\w+ed\b|"
    # « sont entrés dans Kidal », « se sont emparés de Gao »: verbs of motion and pronominal verbs take « être »
    r"(?:se\s+|s['’])?(?:sont|étaient|seraient)\s+(?:\w+\s+)?(?:entrés|arrivés|venus|revenus|retournés|passés|"
    r"emparés|repliés|retirés|installés|rendus|introduits|infiltrés)\b)(?!\s+(?:été|been)\b)",
    re.IGNORECASE,
)
# "joint forces of CJA and HCUA", « les forces conjointes du GATIA et du MSA »: the groups of one joint force
_JOINT_FORCE = re.compile(r"\b(?:joint|combined|conjointes?|mixtes?)\s+(?:[\w'’-]+\s+){0,2}?(?:of|de|des|du|d['’])\s*"
                          r"(?:the\s+|la\s+|les\s+|l['’])?$|\b(?:forces|patrouilles?|patrols?)\s+(?:conjointes?|mixtes?)\s+"
                          r"(?:de|des|du|d['’])\s*(?:la\s+|les\s+|l['’])?$", re.IGNORECASE)
_SET_AGAINST = re.compile(r"\b(?:entre|between|oppos\w*|among|parmi)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)


def _joint_subjects(text: str, first: ActorMention, second: ActorMention) -> bool:
    return bool(
        _AND_JOINED.fullmatch(text, first.end, second.start)
        and _JOINT_VERB.match(text, second.end)
        and not _SET_AGAINST.search(text, max(0, first.start - 40), first.start)
    )


def _norm_side(a: ActorMention) -> str:
    if a.actor.id in _PRO_STATE:
        return "state"
    s = _side(a)
    return "state" if s.startswith(("state", "external")) else s


# "security forces", « les FDS »: every force of the state at once; the gendarmerie or police named beside them
# are the ones that were there
_UMBRELLA = re.compile(r"(?:forces de (?:défense et de )?sécurité|FDS|(?:defen[cs]e and )?security forces)",
                       re.IGNORECASE)


def _specific(a: ActorMention | None, armed: list[ActorMention], text: str) -> ActorMention | None:
    if a is None or a.actor.id != "generic_military" or not _UMBRELLA.fullmatch(text, a.start, a.end):
        return a
    return next((b for b in armed if b.actor.inter == 1 and b.actor.id != a.actor.id
                 and b.actor.id.startswith(("generic_police", "generic_gendarmerie", "police_", "gendarmerie_"))), a)


def perpetrator_and_target(
    actors: list[ActorMention], head: list[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    pool = head + others_than(actors, head)
    armed = [a for a in pool if a.actor.inter in ARMED]
    perp, other = _perpetrator_and_target(actors, head, text)
    return _specific(perp, armed, text), _specific(other, armed, text)


def _perpetrator_and_target(
    actors: list[ActorMention], head: list[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """The initiating armed actor and the armed actor on the other side (None when there is none).

    The perpetrator is the armed actor after "by"/« par », else a named group of the lead sentence,
    else its first armed actor. A state actor that is only the object of the violence ("soldiers were
    killed by a roadside bomb") is the target, and the perpetrator unknown."""
    pool = head + others_than(actors, head)
    # an escort told after the lead (« les bus, escortés par l'armée, ont été pris pour cible ») guarded the
    # victims: it is neither side of what the lead reports
    armed = [a for a in pool if a.actor.inter in ARMED
             and (a in head or not _ESCORT.search(text, max(0, a.start - 40), a.start))]
    if not armed:
        return None, None
    named_groups = [a for a in armed if _identified(a)]
    perp = next(
        (
            a
            for a in armed
            if (_BY.search(text[max(0, a.start - 40) : a.start])
                or _WHO_THEY_WERE.search(text[max(0, a.start - 70) : a.start])
                or (a.actor.inter in (2, 3, 4) and _ATTACK_OF.search(text[max(0, a.start - 40) : a.start])))
            and not _ESCORT.search(text[max(0, a.start - 40) : a.start])
        ),
        None,
    )
    if perp is not None and perp.actor.id.startswith("government"):
        # "the gendarmerie raided a hideout ... one suspect was captured by the authorities": the authorities are
        # the force the report names
        perp = next((a for a in pool if a.actor.inter == 1 and not a.actor.id.startswith("government")
                     and a.actor.country in (perp.actor.country, None)), perp)
    by = perp
    if perp is None:
        head_armed = [a for a in head if a.actor.inter in ARMED]
        perp = head_armed[0] if head_armed else armed[0]
        # (a force named as the escort, « un convoi escorté par l'armée », guarded the target: it did not attack)
        if _passive_victim(text, perp) or _object_victim(text, perp) or _headline_victim(text, perp) \
                or _ESCORT.search(text, max(0, perp.start - 40), perp.start):
            others = [a for a in armed if _norm_side(a) != _norm_side(perp) and a.start != perp.start]
            if others and _generic(others[0].actor) and others[0].actor.inter in (2, 3, 4):
                # « tombé aux mains des jihadistes du JNIM »: the generic attackers are the named group
                others = [a for a in others if a in named_groups] + others
            return (others[0] if others else None), perp
    hit = [g for g in named_groups if _object_victim(text, g) or _passive_victim(text, g) or (
        # "an attack on MNLA fighters by unidentified assailants": the group before the agent was hit
        by is not None and g.end <= by.start and _ATTACK_ON.search(text, max(0, g.start - 40), g.start))]
    # "attacked an MNLA (CMA) checkpoint": the coalition the target belongs to was hit too
    targets = {g.actor.id for g in named_groups if any(g is h or _one_group(text, h, g) for h in hit)}
    named_attackers = [g for g in named_groups if g.actor.id not in targets]
    named_attackers = [g for g in named_attackers if catalogue().may_describe(perp.actor, g.actor)]
    if _generic(perp.actor) and perp.actor.inter in (2, 3, 4) and named_attackers:
        perp = named_attackers[0]  # "gunmen" beside a named group are that group, unless it was their target
    s0 = _norm_side(perp)
    for a in armed:
        if a is perp or _norm_side(a) == s0:
            continue
        if ((a.actor.id in _VAGUE or a.actor.id in catalogue().describes) and not _generic(perp.actor)
                and s0.startswith("group") and catalogue().may_describe(a.actor, perp.actor)):
            # "militants" beside a named group are that group (« jihadistes » beside a militia are not); so are
            # « chasseurs dozos » beside Dan Na Ambassagou, a militia of Dozo hunters
            continue
        if _one_group(text, perp, a):
            continue  # "Ansaroul Islam (JNIM)": one group named twice
        if {a.actor.id, perp.actor.id} <= _UNNAMED_ARMED:
            continue  # "jihadist rebels ... the rebels' attacks": unnamed militants told two ways are one side
        if a.start > perp.end and _ALLY.match(text[perp.end : a.start]):
            continue  # "the army, accompanied by Dan Na Ambassagou militiamen": one side
        if a.start > perp.end and _OR.match(text[perp.end : a.start]):
            continue  # "JNIM and/or ISGS militants": one uncertain perpetrator
        if a.start > perp.end and _joint_subjects(text, perp, a):
            continue  # « le GATIA et le MSA ont attaqué »: one side
        if a.start > perp.end and perp is by and _AND_JOINED.fullmatch(text, perp.end, a.start):
            continue  # « prise par le MNLA et Ansar Dine », "attacked by JNIM and ISGS fighters": joint agents
        if a.start > perp.end and _AND_JOINED.fullmatch(text, perp.end, a.start) \
                and _JOINT_FORCE.search(text, max(0, perp.start - 40), perp.start):
            continue  # "joint forces of CJA and HCUA": one side
        if a.end < perp.start and _OR.match(text[a.end : perp.start]):
            continue
        if a.actor.id in ("generic_uag", "islamist_militia"):
            # "militants (believed to be JNIM)", « les rebelles … les combattants du CSP-DPA »: the named group
            a = next((g for g in named_groups if _norm_side(g) != s0), a)
        return perp, a
    return perp, None


_PASSIVE = re.compile(
    # a few words, or asides between commas (« Le camp de la gendarmerie de Sokolo, dans le cercle de Niono,
    # région de Ségou, a été attaqué »), before the verb
    # or a possessive with its title and name ("GATIA's deputy commander Ahmed Ag Moussa was killed"), or the
    # errand the forces were on ("troops on their way to the market in Douekire were ambushed")
    r"^(?:['’]s\s+(?:[\w'’-]+\s+){0,5}?|[\s,)]*(?:\([^)]*\)\s*)?"
    r"(?:[^,.;]{0,40}(?:,[^,.;]{1,50}){1,2},\s*|(?:on (?:their|its|his) way|en route|travell?ing|returning|"
    r"heading|escorting|patrolling)\b[^,.;]{0,80}?\s|(?:[\w'’-]+[\s,]+){0,4}?))"
    r"(?:(?:were|was|have been|has been|had been|got|ont été|a été|avait été|sont|est)\s+"
    r"(?:\w+\s+){0,2}?(?:killed|wounded|injured|attacked|ambushed|targeted|hit|struck|abducted|shot|gunned down|"
    r"assassinated|executed|"
    r"kidnapped|overrun|tu[ée]e?s?|bless[ée]e?s?|attaqu[ée]e?s?|vis[ée]e?s?|cibl[ée]e?s?|enlev[ée]e?s?|"
    r"la cible|pris\w* (?:pour cible|d['’]assaut|en embuscade|à partie)|tomb[ée]e?s? dans une embuscade|"
    r"tomb[ée]e?s? (?:\w+\s+){0,2}?(?:aux|entre les) mains)|"
    r"(?:a|ont|avait|avaient) fait l['’]objet,?(?:[^,.;]{1,40},)?\s*d['’]une? (?:\w+\s+)?"
    r"(?:attaque|embuscade|assaut|tirs)|"
    # « ont essuyé des tirs », « a subi une embuscade »: French says the forces underwent the attack
    r"(?:a|ont|avait|avaient) (?:essuyé|subi)\s+(?:\w+\s+){0,2}?(?:des |les |une |un )?"
    r"(?:tirs|coups de feu|attaques?|embuscades?|assauts?|rafales)|"
    # « ont perdu la vie », « ont trouvé la mort », « ont péri »: they were the dead
    r"(?:a|ont|avait|avaient) (?:perdu la vie|trouvé la mort|péri)\b|"
    # a headline's present tense: « des VDP tombent dans une embuscade », « l'armée essuie des tirs », « un convoi
    # subit une attaque », « la garde nationale perd cinq hommes »
    r"(?:tombent|tombe) (?:\w+\s+){0,2}?(?:dans une embuscade|aux mains|sous les balles)|"
    r"(?:essuient|essuie|subissent|subit)\s+(?:\w+\s+){0,2}?(?:des |les |une |un )?"
    r"(?:tirs|coups de feu|attaques?|embuscades?|assauts?|rafales|revers|pertes)|"
    r"(?:perdent|perd)\s+(?:\w+\s+){0,2}?(?:hommes|soldats|militaires|éléments|volontaires|membres|la vie)\b|"
    r"(?:came|fell|ran) (?:under attack|into an ambush)|"
    r"(?:was|were) subjected to (?:an? )?(?:\w+\s+)?(?:ambush|attack))",
    re.IGNORECASE,
)


_OBJECT = guarded(
    r"\b(?:attacked|ambushed|killed|shot(?: dead| and killed)?|gunned down|assaulted|targeted|targeting|"
    r"wounded|injured|abducted|kidnapped|executed|murdered|stabbed|disarmed|attaqu(?:é|ée|és|ées|ait|aient|ant|ent|er)|"
    r"tu[ée]\w*|bless[ée]\w*|cibl[ée]\w*|ciblant|vis[ée]e?s?|visant|"
    r"enlev[ée]\w*|assassin[ée]\w*|abattu\w*|s['’]en (?:sont|est|étaient|était) (?:[\w'’]+ )?pris(?:es?)?|"
    r"pris (?:pour cible|d['’]assaut|à partie))\s+"
    r"(?:(?:an?|the|two|three|four|five|six|several|some|\d+|une?|des|les|le|la|l['’]|au|aux|à|deux|trois|"
    r"quatre|plusieurs)\s*)?(?:[\w-]+\s+){0,2}"
    # what the forces travel in or hold: « a visé un véhicule de la garde nationale », "hit a convoy of the army"
    r"(?:(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?)?$",
    re.IGNORECASE,
)


# « l'attentat qui a eu lieu contre le quartier-général de la force conjointe », « les attaques perpétrées le 17
# février dans le nord contre les forces armées »: what a deed was against, told in the same clause
_DEED_AGAINST = guarded(
    # (an agent told between, "an attack by militants against a VDP force", is a deed another clause tells)
    r"\b(?:attentats?|attaques?|assauts?|offensives?|raids?|attacks?|assaults?|bombings?)\b"
    r"(?:(?!\b(?:by|par)\b)[^.;:]){0,90}?"
    r"\b(?:against|contre)\s+(?:(?:the|les?|la|l['’]|des|une?|an?)\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?)?$",
    re.IGNORECASE,
)


def _object_victim(text: str, a: ActorMention) -> bool:
    """'gunmen shot dead a MOC commander', 'assaulted a soldier': the forces named right after the
    violence, or after what it was against, are its object, even when no attacker the catalogue knows is
    named before them."""
    before = text[max(0, a.start - 60) : a.start]
    # "killed by unidentified gunmen": the actor after "by" did it
    if _BY.search(before):
        return False
    return bool(_OBJECT.search(before) or _DEED_AGAINST.search(text, max(0, a.start - 150), a.start))


# « Quatre personnes, dont un militaire, ont perdu la vie »: forces counted among the dead are not what was hit
_AMONG_THE_DEAD = guarded(
    r"\b(?:dont|including|among them|parmi (?:eux|elles|lesquels|lesquelles))\s+(?:(?:une?|deux|trois|quatre|cinq|"
    r"an?|one|two|three|four|five|\d+)\s+)?$", re.IGNORECASE)


# « quelques heures après le départ de l'armée », "before the arrival of troops", « en l'absence des FDS »: forces
# named as gone or not yet there took no part
_AWAY = guarded(
    r"\b(?:(?:après|avant|depuis|dès|after|before|since|until|jusqu['’]à)\s+(?:le |la |l['’]|the )?"
    r"(?:départ|retrait|repli|arrivée|departure|withdrawal|pullout|arrival)|en l['’]absence|in the absence)\s+"
    r"(?:de la |de l['’]|du |des |de |d['’]|of (?:the )?)?$",
    re.IGNORECASE,
)


# « les militaires stationnés dans le village l'avaient quitté », "the soldiers had left the post": a force told
# as gone before the deed (a pluperfect departure) took no part in it
_LEFT = re.compile(
    r"(?:\s+(?:qui|who)\s+(?:[\w'’]+\s+){0,6}?|\s+)"
    r"(?:(?:l['’]|en\s+)(?:avai(?:en)?t)\s+(?:\w+\s+)?(?:quitté|évacué|abandonné|déserté)|"
    r"s['’]étai(?:en)?t\s+(?:\w+\s+)?(?:retirée?s?|repliée?s?)|étai(?:en)?t\s+(?:\w+\s+)?partie?s?|"
    r"had\s+(?:\w+\s+)?(?:withdrawn|pulled out|left (?:it|the (?:village|town|area|locality|site)))\b)",
    re.IGNORECASE,
)


def _away(text: str, a: ActorMention) -> bool:
    return bool(_AWAY.search(text, max(0, a.start - 45), a.start)) or (
        a.actor.inter in (1, 8) and bool(_LEFT.match(text, a.end)))


# « Des renforts militaires ont été dépêchés sur les lieux », "troops were sent to the area": forces sent after
# the deed answer it and took no part in it
_SENT = re.compile(
    r"[^.;]{0,30}?\b(?:(?:ont été|a été|sont|est|were|was|is|are|have been|has been)\s+(?:\w+\s+)?"
    r"(?:dépêchée?s?|déployée?s?|envoyée?s?|acheminée?s?|sent|deployed|dispatched|rushed)\s+"
    # "an operation is deployed to secure the area"
    r"(?:sur les lieux|dans la zone|sur place|(?:to \w+ |to |in )the (?:scene|area|village|town|site|zone))|"
    # « la MINUSMA a dépêché une patrouille », "the army sent reinforcements": they came after it
    r"(?:a|ont|has|have)\s+(?:\w+\s+)?(?:dépêché|envoyé|sent|dispatched)\s+(?:une |des |a |an |some )?"
    r"(?:patrouilles?|renforts?|mission|équipe|patrols?|reinforcements|team))",
    re.IGNORECASE,
)


def _sent_after(text: str, a: ActorMention) -> bool:
    return bool(_SENT.match(text, a.end))


# people said to have been threatened or summoned themselves (« des élèves ont été menacés », "villagers were warned")
_THREATENED = re.compile(
    r"[^.;]{0,40}?\b(?:(?:ont|a|avaient|avait) été (?:\w+ )?(?:menacé|intimidé|sommé)\w*|"
    r"(?:were|was|have been|had been) (?:\w+ )?(?:threatened|intimidated|warned|ordered)\b)",
    re.IGNORECASE,
)


def _passive_victim(text: str, a: ActorMention) -> bool:
    if _AMONG_THE_DEAD.search(text, max(0, a.start - 25), a.start):
        return False
    after = text[a.end : a.end + 80]
    return bool(_PASSIVE.match(after) or _LISTED_TOLL.match(after)) and not _BY.search(after)


# A toll told as a list with its verb left out ("thirty trucks burned, two soldiers killed and drivers missing",
# « deux militaires tués, des chauffeurs portés disparus »): the participle with no object is a passive
_LISTED_TOLL = re.compile(
    r"\s+(?:killed|wounded|injured|abducted|kidnapped|missing|tu[ée]e?s|bless[ée]e?s|enlev[ée]e?s|"
    r"port[ée]e?s disparu\w*)(?=\s*(?:[,;.)]|$|et\b))",  # "abducted and executed" is an active verb
    re.IGNORECASE,
)


# What stands between a group and the coalition it belongs to: "Ansaroul Islam (JNIM)", "MNLA fighters (members of
# the CMA)", "MAA fighters from the ex-rebel coalition CMA"
_MEMBER_OF = re.compile(
    r"\s*(?:(?:fighters|militants|elements|members|combatants|combattants|éléments)\s*)?"
    r"(?:\(\s*(?:(?:members?|part|elements?|membres?|éléments?)\s+(?:of|de|du)\s+(?:the\s+|la\s+|l['’])?)?|"
    r",?\s*(?:members?|part|elements?|membres?)\s+(?:of|de|du)\s+(?:the\s+|la\s+|l['’])?|"
    r"from\s+the\s+(?:(?:ex-rebel|former rebel|rebel|armed)\s+)?(?:(?:coalition|alliance)\s+)?)",
    re.IGNORECASE,
)


_ATTACK_ON = re.compile(
    r"\b(?:attacks?|ambush(?:es)?|assaults?|raids?|attaques?|embuscades?)\s+(?:on|against|contre)\s+"
    r"(?:(?:the|an?|les?|la|l['’]|des)\s*)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _one_group(text: str, a: ActorMention, b: ActorMention) -> bool:
    """`b` names the coalition `a` belongs to, or `a` the one `b` belongs to: one side, named twice."""
    first, second = (a, b) if a.end <= b.start else (b, a) if b.end <= a.start else (None, None)
    return first is not None and second is not None and bool(_MEMBER_OF.fullmatch(text, first.end, second.start))


def _side(a: ActorMention) -> str:
    """Actors of one camp: state forces together, each armed group with its parent."""
    if a.actor.inter in (1,):
        return "state:" + a.actor.country
    if a.actor.inter == 8:
        return "external:" + a.actor.id
    return "group:" + (a.actor.parent or a.actor.id)


def _antecedent(actors: list[ActorMention], before: list[ActorMention], text: str) -> list[ActorMention]:
    """The named group an event's own sentences refer back to ("JNIM militants entered the village. The
    militants burned the school."): the one non-state group the report named before (or the pair it
    hesitated between, "JNIM or ISGS militants"), when the event's sentences name none; and the forces
    named before when a group named only as the one hit ("ISGS militants were killed") has no opponent."""
    groups = [a for a in actors if a.actor.inter in (2, 3, 4) and not _generic(a.actor)]
    if groups:
        hit = all(_passive_victim(text, a) or _object_victim(text, a) for a in groups)
        forces = [a for a in before if a.actor.inter in (1, 8)]
        alone = not any(a.actor.inter in (1, 8) for a in actors)
        return forces[-1:] if hit and alone and len({_norm_side(a) for a in forces}) == 1 else []
    named = [a for a in before if a.actor.inter in (2, 3, 4) and not _generic(a.actor)]
    if len({_norm_side(a) for a in named}) == 1:
        return named[-1:]
    if len(named) >= 2 and named[-2].end <= named[-1].start and _OR.match(text[named[-2].end : named[-1].start]):
        return named[-2:]
    return []


def _identified(a: ActorMention) -> bool:
    """A group the report names, or a community's own militia ("Dogon militiamen"); not a description
    such as "gunmen" or "militiamen"."""
    return a.actor.inter in (2, 3, 4) and (
        not _generic(a.actor) or (a.actor.inter == 4 and a.actor.id not in _VAGUE)
    )


def _generic(actor: Actor) -> bool:
    return "{country}" in actor.name


class EventExtractor(Component):
    name = "sw_events"

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.lex = lexicon(lang)
        self.catalogue: ActorCatalogue = catalogue()
        self.generic = {a.id: a for a in self.catalogue.actors.values()}

    # ------------------------------------------------------------------ segmentation
    def _events(self, doc: Doc) -> list[_Event]:
        text = doc_text(doc)
        events: list[_Event] = []
        current: _Event | None = None
        current_date: date | None = None
        held = retold = topic = False
        every = _cues(text, 0, len(text), self.lex, context=False)  # one pass per cue over the whole text
        _places_taken(every, text, doc._.places or [])
        clauses = [(lo, hi, _SECTION_HEADING.match(text, lo) or _TOPIC_HEADING.fullmatch(text, lo, hi))
                   for lo, hi in _clauses(text, _sentences(doc), doc._.dates or [])]
        # the heading's own words ("== Attacks ==") name a topic, not a deed
        cues_in = _cues_by_clause(every, [(heading.end() if heading else lo, hi) for lo, hi, heading in clauses])
        gapped: dict[int, Span] = {}
        for k, (lo, hi, _) in enumerate(clauses):
            if k and not _has(cues_in[k], *_EVENT_CUES) and _CLAUSE_BREAK.fullmatch(text, clauses[k - 1][1], lo) \
                    and _closes_with_date(doc, *clauses[k - 1][:2]) \
                    and _gapped(text, lo, next((d.start for d in event_dates_in(doc, lo, hi)), hi)):
                # "..., and Aguelhok on 20 December": the deed (and doer) of the clause before, at another place and day
                cues_in[k] = {**cues_in[k], **{n: sp for n, sp in cues_in[k - 1].items() if n in _EVENT_CUES}}
                gapped[k] = clauses[k - 1][:2]
        for k, ((lo, hi, heading), clause_cues) in enumerate(zip(clauses, cues_in, strict=True)):
            if heading:
                # a feature's new section ("Prices that climb every week") starts a new topic: what follows
                # tells no more of the event before it, and only a strong cue opens one (held, never emitted)
                current, current_date, held = _Event(lo, hi, [(lo, hi)], {}), None, True
                topic = heading.re is _TOPIC_HEADING
                lo = heading.end()
            # an infobox's field sums the article up: its lead and body tell the events, with their cues
            cues = {} if self.lex.record_line.match(text, lo) else clause_cues
            own = event_dates_in(doc, lo, hi)
            if current is not None and current.siege and not held and not own:
                # "They ambushed supply convoys to the town": how the siege is kept, with no day of its own
                cues = {name: spans for name, spans in cues.items() if name not in _TALLIED}
            if _tally_opens(cues, text, lo) and all(d.background for d in own):
                # "Since the start of the blockade, over 300 tankers have been destroyed", « Dans certains cas, ... »:
                # a running total or a summary of many deeds, whose deeds neither open an event nor add to the one
                # told (unless it names its own day); a protest's motive (« depuis le début de l'année ») is not one
                cues = {name: spans for name, spans in cues.items() if name not in _TALLIED}
            # after a heading, a weak cue opens an event only with its own date ("The blockade was announced on
            # 3 September"; not "the economics of the blockade")
            has_event = _has(cues, *_STRONG) or (_has(cues, *_EVENT_CUES) and (current is None or (held and own)))
            if topic and not own:
                has_event = False  # "Assessment. ISGS can overrun posts in an hour": analysis, unless it dates a deed
            if current is not None and not held and _has(cues, "responsibility") and not _older_day(own, current_date):
                has_event = False  # "JNIM claimed the attack on Saturday": the same event, told again
            if current is not None and not held and _RETOLD_SUBJECT.match(text, lo):
                has_event = False  # "The attack came in retaliation for a murder two days earlier": told again
            anaphoric = current is not None and not held and _anaphoric_only(cues, text, lo)
            if anaphoric:
                has_event = False  # « Avec ces nouvelles pertes, ... », « Cette attaque, la plus meurtrière ... »
            if current is not None and not held and _held_only(current, cues, text):
                has_event = False  # « Dans une vidéo diffusée en mai, il dit être détenu par le JNIM »: still captive
            if current is not None and not held and self._release_only(cues, text, lo, hi):
                has_event = False  # "The abductees were released on July 9": the abduction's end, not a new one
            # « L'attaque n'avait pas été revendiquée dimanche »: the event named again to say who did not claim it,
            # which neither opens another nor adds to what the report tells of it (as a denial)
            # « L'armée a démenti, parlant de terroristes neutralisés au combat »: a party's denial tells its
            # own version of the event, which neither opens another nor changes what the report tells
            denial = current is not None and _has(cues, "denial", "claim_retold")
            has_event = has_event and not denial
            # « Avec ces nouvelles pertes, cinquante soldats ont été tués depuis janvier 2013 »: the deed told, counted
            # into a period's total; what follows with no day of its own goes on about the period, not the deed
            if own and (all(d.opens_period and d.background for d in own)
                        or (anaphoric and all(d.background for d in own))):
                # "since the 2022 coup, the army has conducted massacres": a trend, neither an event nor a
                # part of the one before (its toll is the period's); "since Thursday, protesters have
                # blocked ..." is a recent event, still going on. The clauses after it that bring no date
                # of their own go on telling the trend, so it is held as an event that is never emitted.
                current, current_date = _Event(lo, hi, [(lo, hi)], {}), own[0].value
                continue
            if not own and (held or (current is None and _deed_in_an_older_year(doc, cues, lo, hi))) \
                    and _only_background_years(doc, lo, hi):
                # "Bamako had been attacked in 2015" under a heading, "a junta seized power in 2020" before any
                # event: background, not the report's news
                continue
            own_value = own[0].value if own else None
            background = bool(own) and all(d.background for d in own)
            if current is not None and not held and not has_event and own and not background and retold:
                # "about 150 civilians were massacred in Karma in April. ... In Djibo, residents said on Tuesday
                # that the town was calm": back to the news of the day, the report tells no more of the older event
                current, current_date, held = _Event(lo, hi, [(lo, hi)], {}), own_value, True
                continue
            # a clause fronting another town than the event's (« À Mondoro, ... »): the town the event left
            fronted = self.lex.place_fronted
            elsewhere = _elsewhere(doc, current, text, lo, hi, fronted) if has_event and not held else None
            opens = has_event and (
                current is None
                or held
                or self._perpetrator_lynched(current, text, lo, hi)
                or (_opens_with(cues, "parallel_event", text, lo) and _has(cues, *_STRONG))
                or (_has(cues, *_STRONG) and elsewhere is not None)
                or (
                    own_value is not None
                    and current_date is not None
                    and own_value != current_date
                    and (background or _has(cues, *_STRONG))
                )
            )
            if opens:
                retold = background  # an older event told again, its date older than the report's news
                lynching = current is not None and not held and self._perpetrator_lynched(current, text, lo, hi)
                current, held = _Event(lo, hi, [(lo, hi)], {}, in_section=held and bool(events),
                                       lynching=lynching, left=elsewhere,
                                       siege=_has(cues, "siege") and not _has(cues, *_TALLIED),
                                       gapped_from=gapped.get(k)), False
                events.append(current)
                current_date = own_value if own_value is not None else current_date
                if own_value is not None and current_date is None:
                    current_date = own_value
            elif current is not None and current.left and _back_to(doc, current, lo, hi):
                # a word more on the town left, which that event's span cannot reach back to: this event ends,
                # and what follows with no day or deed of its own is held, told of neither
                current = _Event(lo, hi, [(lo, hi)], {})
                continue
            elif current is not None:
                current.spans.append((lo, hi))
                if current_date is None and own_value is not None:
                    current_date = own_value
            if current is not None and not denial:
                for name, spans in cues.items():
                    current.cues.setdefault(name, []).extend(spans)
        return events

    @staticmethod
    def _perpetrator_lynched(current: _Event, text: str, lo: int, hi: int) -> bool:
        """The perpetrator of the deed just told, lynched ("A militiaman killed two youths. He was later lynched"):
        ACLED codes the crowd's violence on him as a mob-violence event of its own, beside the attack it answers."""
        deed = any(current.cues.get(c) for c in _STRONG if c not in _CROWD_CUES)
        return deed and not any(current.cues.get(c) for c in _CROWD_CUES) and bool(_LYNCHED.search(text, lo, hi))

    def _release_only(self, cues: dict[str, list[Span]], text: str, lo: int, hi: int) -> bool:
        """A clause that tells captives freed or escaped, with no violence but the abduction word ("the hostages
        were released two days later", « les otages ont été libérés le 9 »): ACLED codes the abduction once."""
        others = [c for c in _STRONG if c != "abduct"]
        return not _has(cues, *others) and bool(self.lex.cues["hostage_release"].search(text, lo, hi))

    # ------------------------------------------------------------------ assembly
    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        doc._.mentions = mentions

    def match(self, doc: Doc) -> list[Mention]:
        text = doc_text(doc)
        actors_all: list[ActorMention] = list(doc._.actors or [])
        quoted, telling = report_sources(text, actors_all, self.lex)
        accusers = report_accusers(text, actors_all, self.lex)
        actors_all = [a for a in actors_all
                      if a not in quoted and a not in accusers and not _sent_after(text, a) and not _away(text, a)
                      and not _accused_of_siding(text, a)]
        # a teller that is the only actor named is telling of its own deed ("the army announced an operation")
        actors_all = [a for a in actors_all if a not in telling] or actors_all
        places: list[PlaceMention] = list(doc._.places or [])
        country = document_country(doc)
        mentions: list[Mention] = []
        label = lead_label(text, self.lex)
        # the context cues (victims, weapons, claims) of every event: one scan of the report, cut to each event
        context = self.lex.scans[True].spans(text)
        for ev in self._events(doc):
            lo, hi = ev.spans[0][0], ev.spans[-1][1]
            first_hi = ev.spans[0][1]
            shared = ev.gapped_from or (lo, lo)
            # « Le cercle est régulièrement visé par les groupes affiliés à Al-Qaïda », "the area is often attacked
            # by ISGS": a later sentence telling what happens there habitually names who usually acts, not who did it
            habitual = [sp for sp in ev.spans[1:] if _HABITUAL.search(text, *sp)]
            actors = [a for a in actors_all if (lo <= a.start < hi or shared[0] <= a.start < shared[1]) and not (
                a.actor.inter in (2, 3, 4) and any(_HABITUAL.search(text, s, a.start) for s, e in habitual
                                                   if s <= a.start < e))]
            head_actors = [a for a in actors_all if ev.start <= a.start < first_hi
                           or shared[0] <= a.start < shared[1]] or actors
            ev.cues.update(_cues(text, lo, hi, self.lex, context=True, whole=context))
            kind = classify(ev.cues, actors, text, head_actors)
            if label and not mentions and lo <= label[1][0] < hi:
                kind = SUB_EVENT_TYPES[label[0]], label[0], label[1]
            if kind is None:
                continue
            etype, sub, trigger = kind
            actors += _antecedent(actors, [a for a in actors_all if a.start < lo], text)
            listed = self._places_for(text, ev, places, doc, etype, sub)
            own_tolls = self._own_tolls(doc, ev, places, listed)
            event_places = [p for p, _ in own_tolls] or listed
            event_places = [self._vaguely_placed(text, lo, first_hi, p) for p in event_places]
            split: list[Mention] = []
            for place in event_places:
                m = self._mention(doc, ev, etype, sub, trigger, head_actors, actors, place, country)
                split.append(m)
            if own_tolls:
                for m, (_, toll) in zip(split, own_tolls, strict=True):
                    m.fatalities = toll
            elif len(split) > 1:
                # ACLED splits one report's toll between the villages it names
                total = split[0].fatalities
                for m, share in zip(split, _shares(total, len(split)), strict=True):
                    m.fatalities = share
                    m.claims["fatalities_reported_for_all_places"] = total
            elif split and (etype in _DAILY_TYPES or sub == "Looting/property destruction"):
                split = _per_day(split[0], _violent_days(text, ev, doc.lang_))
            if len(split) == 1 and sub == "Armed clash":
                split += self._civilians_apart(doc, split[0], lo, hi, country)
            if ev.lynching and mentions:
                _target_perpetrator(split, mentions[-1])
            if ev.left:
                # « Boulkessi et Mondoro ont été attaqués ... À Mondoro, les assaillants ont été repoussés »: a town
                # the lead already made an event of is that event told again
                told = {_retelling_key(m) for m in mentions}
                split = [m for m in split if _retelling_key(m) not in told]
            if ev.in_section:
                told = {_retelling_key(m) for m in mentions}
                # told with no day of its own ("the jihadists attacked while the digging went on"), a section's deed
                # at a place and of a kind the report already told is that event again, whatever day its context names
                told_anyday = {k[1:] for k in told} if not event_dates_in(doc, ev.start, ev.end) else set()
                split = [m for m in split if _retelling_key(m) not in told and _retelling_key(m)[1:] not in told_anyday]
            mentions.extend(split)
        overview = _overview(doc)
        if overview:
            # "Mali has detained Western mining officials" in a brief whose only times are years ("seized power in
            # 2020", "in early 2024"): an overview, whose undated deeds are its background, not the news of the day
            # it was published
            mentions = [m for m in mentions if "event_date" in m.evidence]
        if not mentions and (actors_all or places) and _reportish(text, self.lex) and not overview:
            # A report that names armed actors or a place but no cue we know: keep a low-confidence
            # guess so the analyst sees it in review rather than losing it. It starts past the dateline: the
            # filing town and day are not the event's.
            start = _sentences(doc)[0][0] if text else 0
            ev = _Event(start, len(text), [(start, len(text))], _cues(text, start, len(text), self.lex))
            head = actors_all
            perp, other = perpetrator_and_target(actors_all, head, text)
            civilians = any(a.actor.inter == 7 for a in actors_all) or _has(ev.cues, "civilian_target")
            if label:
                sub = label[0]
            elif _has(ev.cues, "agreement") and not _has(ev.cues, "kill", "attack", "clash", "abduct", "loot", "harm"):
                # a peace deal signed by communities or parties the catalogue does not name ("Bambara and Fulani
                # of two villages signed a peace agreement") is still an agreement, not violence against them
                sub = "Agreement"
            elif other is None and _has(ev.cues, "shots_in_air"):
                # gunmen or a patrol firing in the air, with no one fired at: a show of force that ACLED
                # codes as a change to group/activity, not an attack
                sub = "Change to group/activity"
            elif perp is None and not civilians:
                sub = "Other"
            elif other is not None or (perp is not None and perp.actor.inter in (1, 8) and not civilians):
                sub = "Armed clash"
            elif civilians and (perp is not None or _has(ev.cues, "harm", "civilian_victim")):
                # civilians named beside a perpetrator, or with a sign of violence done to them (a wound, a death):
                # an attack on them, guessed (a weapon alone may be villagers' own, « armés de fusils »). Named
                # alone (teachers on strike, villagers who sign a truce), the guessed attack was right 2 times in 9
                # on the ACLED dev notes: most such notes tell a development, not an attack
                sub = "Attack"
            else:
                sub = "Other"
            place = self._places_for(text, ev, places, doc)[0]
            m = self._mention(doc, ev, SUB_EVENT_TYPES[sub], sub, label[1] if label else (0, 0), head, actors_all,
                              place, country)
            m.confidence = 0.6 if label else GUESS_CONFIDENCE
            mentions.append(m)
        return mentions

    def _places_for(
        self, text: str, ev: _Event, places: list[PlaceMention], doc: Doc, etype: str = "", sub: str = ""
    ) -> list[PlaceMention | None]:
        first_lo, first_hi = ev.spans[0]
        towns: list[PlaceMention] = []
        told_lo, told_hi = first_lo, first_hi  # the sentence that names the event's towns
        for lo, hi in ev.spans[:2]:
            # a headline that names no town (« Est : sept agents tués par un engin explosif. »): the lead
            # sentence after it names the event's place, but not the towns of a road a background sentence names
            towns = event_towns([p for p in places if lo <= p.start < hi and p.place is not None
                                 and not _background_road(p, ev)])
            if towns:
                told_lo, told_hi = lo, hi
                break
        if len(towns) >= 2 and (origins := _origin_towns(towns, text, told_lo, told_hi)):
            # "soldiers arrested nine men from the villages of A, B and C": where the victims come from is no
            # place of the event; the report's other town if it names one, else one event at the first village
            towns = [p for p in towns if p not in origins] or origins[:1]
        # « Tillia : 141 civils tués. Des hommes armés ont attaqué les villages d'Intazayene, Bakorat et Wistane »:
        # the villages are listed where the towns are named, the lead sentence after a headline that names none
        lst = self.lex.cues["villages_list"].search(text, told_lo, told_hi)
        if lst and len(towns) >= 2:
            run = _listed_run([p for p in towns if p.start >= lst.end() and p.relation == "in"], text, lst.end())
            if len(run) >= 2:
                return run
        if lst and not _NOT_A_TARGET_LIST.search(text, max(told_lo, lst.start() - 25), lst.start()):
            inside = [p for p in places if told_lo <= p.start < told_hi and p.place is not None]
            listed = _listed_villages(text, lst.end(), told_hi, inside)
            if len(listed) >= 2:
                return listed
        if etype in ("Protests", "Riots") and sub != "Mob violence" and len(towns) >= 2:
            # "sit-ins in Ouagadougou and Bobo-Dioulasso": ACLED codes a demonstration per town; a fight between
            # the people of two villages is one event
            in_towns = [p for p in towns if p.relation == "in"]
            run = _listed_run(in_towns, text, in_towns[0].start) if in_towns else []
            # not "on the road between A, B and C", "blocked the road linking A and B": one stretch of road
            if len(run) >= 2:
                road = _NOT_A_TARGET_LIST.search(text, max(told_lo, run[0].start - 25), run[0].start)
                return [towns[0]] if road else run
        if etype in _POLITICAL_VIOLENCE and len(towns) >= 2:
            # "in Aguelhok and Kidal, rebels kidnapped ...", "clashes in the areas of A, B and C": one event per
            # town the violence is said to have taken place in (not "between A and B", "near", "stationed in")
            run = _listed_run(towns, text, towns[0].start)
            if (len(run) >= 2 and _TOWNS_BEFORE.search(text, max(first_lo, run[0].start - 40), run[0].start)
                    and any(_AND.search(text, a.end, b.start) for a, b in itertools.pairwise(run))):
                return run
            if run := self._struck_run(text, places, told_lo, told_hi):
                return run
        idx = doc._.event_place if doc.has_extension("event_place") else None
        if towns:
            if idx is not None and 0 <= idx < len(places) and places[idx] in towns:
                return [places[idx]]
            return [towns[0]]
        in_event = [p for p in places if ev.spans[0][0] <= p.start < ev.spans[-1][1] and p.place is not None
                    and not _background_road(p, ev)]
        if idx is not None and 0 <= idx < len(places) and places[idx].relation not in (ROUTE, TITLE):
            # "stopped a truck between X and Y ... forced it to return in the direction of Z": a convoy's end or an
            # office's seat in this event's sentences yields to the place the report names as its own
            in_event = [p for p in in_event if p.relation not in (ROUTE, TITLE)] or [places[idx]]
        abroad = self._abroad_area(ev, in_event, places[idx] if idx is not None and 0 <= idx < len(places) else None)
        if abroad is not None:
            return [abroad]
        if idx is not None and 0 <= idx < len(places):
            # the report's own event place when it lies inside this event's sentences or this is the lead, unless
            # the lead names only an area that place lies outside (« tués samedi dans la région de Ménaka », then
            # « trois autres tués près de Hombori » told as an earlier event)
            p = places[idx]
            if ev.spans[0][0] <= p.start < ev.spans[-1][1] or (
                    ev.start == self._lead_start(doc) and not _outside_areas(p, in_event)):
                return [p]
        if in_event and all(p.is_region for p in in_event) and idx is not None and 0 <= idx < len(places) \
                and (_inside(places[idx], in_event[0]) or _area_of_country(places[idx], in_event[0])):
            # "... operations in the area of X (Y, Oudalan). Deaths are split across events in Oudalan.": the
            # area this event's sentence names holds the report's own place, which is more precise
            return [places[idx]]
        if in_event and idx is not None and 0 <= idx < len(places) and places[idx].place is not None \
                and all(p.is_region and p.geo_precision == 3 and p.place.country != places[idx].place.country
                        for p in in_event):
            # "In March, gunmen attacked La Terrasse ... Violence has spread along the borders with Côte d'Ivoire":
            # a foreign country the event's later sentences name is no place of it; the report's own place is
            return [places[idx]]
        if in_event:
            # "was travelling between Gao and Mopti when it was hit near Bamba": the place named as the event's
            # own comes before the landmarks that only locate it
            sites = event_towns(in_event)
            return [sites[0] if sites else next((p for p in in_event if not p.is_region), in_event[0])]
        resolved = [p for p in places if p.place is not None]
        if resolved:
            return [resolved[0]]
        # a village the gazetteer does not know: no location, but the report's precision about it
        unknown = [p for p in places if ev.spans[0][0] <= p.start < ev.spans[-1][1] and not p.is_region]
        return [unknown[0]] if unknown else [None]

    @staticmethod
    def _abroad_area(ev: _Event, in_event: list[PlaceMention], own: PlaceMention | None) -> PlaceMention | None:
        """"The embassy is aware of the kidnapping of a citizen in neighbouring Niger", then advice on Mali: the
        country (or region) the event's own sentence names, when the report's place lies in another country."""
        lo, hi = ev.spans[0]
        first = [p for p in in_event if lo <= p.start < hi and p.is_region and p.relation not in (ROUTE, TITLE)]
        if own is None or own.place is None or not first:
            return None
        return first[0] if all(p.place.country != own.place.country for p in first if p.place) else None

    @staticmethod
    def _struck_run(text: str, places: list[PlaceMention], lo: int, hi: int) -> list[PlaceMention]:
        """"The attacks hit Kayes, the regional capital, the border town of Diboli, ... as well as Niono and
        Molodo": one event per town a raid is said to have struck, as ACLED codes a multi-town raid. A town the
        gazetteer lacks takes the coordinates of the listed town before it, at geo-precision 2."""
        named = [p for p in places if lo <= p.start < hi and not p.is_region and p.relation not in (ROUTE, TITLE)]
        first = next((p for p in named if _STRUCK_BEFORE.search(text, max(lo, p.start - 60), p.start)), None)
        if first is None:
            return []
        # "twin attacks on Boulkessi and Mondoro": a plural of attacks names its towns, two are enough
        need = 2 if _ATTACKS_ON_BEFORE.search(text, max(lo, first.start - 60), first.start) else 3
        run = _listed_run(named[named.index(first):], text, first.start, _APPOSED_GAP)
        out: list[PlaceMention] = []
        for p in run:
            if p.place is None and out and out[-1].place is not None:
                p = _approximate(p.text, p.start, p.end, out[-1].place)
            if p.place is not None:
                out.append(p)
        return out if len(out) >= need else []

    def _vaguely_placed(self, text: str, lo: int, hi: int, place: PlaceMention | None) -> PlaceMention | None:
        """« Vendredi, d'autres femmes ont été enlevées au nord de la commune »: an event told only near or in a
        part of a town named in an earlier sentence is coded to that town at geo-precision 2 ([lo, hi): the
        event's first sentence)."""
        cue = self.lex.cues.get("vague_place")
        if (place is None or place.place is None or place.geo_precision != 1 or place.is_region
                or lo <= place.start < hi or cue is None or not cue.search(text, lo, hi)):
            return place
        return replace(place, geo_precision=2)

    def _own_tolls(self, doc: Doc, ev: _Event, places: list[PlaceMention],
                   listed: list[PlaceMention | None]) -> list[tuple[PlaceMention, int]]:
        """Places that each carry their own toll (« frappé Gouari, où dix-huit habitants ont péri, puis
        Djimindo, où quatorze personnes ont été tuées », « À Libiri, 18 personnes ont été tuées et à Kokorou,
        21 »): ACLED codes one event per place with its toll."""
        from sahelwatch.extract.numbers import fatalities_in

        cue = self.lex.cues.get("place_own_toll")
        if cue is None:
            return []
        text = doc_text(doc)
        own: list[PlaceMention] = []
        for p in places:
            comma = _COMMA.match(text, p.end)
            if p.place is not None and comma and any(lo <= p.start < hi for lo, hi in ev.spans) and (
                    cue.match(text, comma.end()) or self.lex.place_fronted_before.search(text, max(0, p.start - 30),
                                                                                  p.start)):
                own.append(p)
        if len(own) < 2:
            return []
        # each place's toll runs to the next such place, the last one's to the end of its sentence
        ends = [q.start for q in own[1:]] + [next(hi for lo, hi in ev.spans if lo <= own[-1].start < hi)]
        tolls = [fatalities_in(doc, p.end, end)[0] or _gapped_toll(text, p.end, end, doc.lang_)
                 for p, end in zip(own, ends, strict=True)]
        # a place named again with its toll is the event's place of that name, as the list that named it first
        # placed it (« les villages de Libiri et de Kokorou, dans la région de Tillabéri » ... « à Kokorou, 21 »)
        first = [next((q for q in [*listed, *places] if q is not None and q.start < p.start
                       and name_key(q.text) == name_key(p.text)), p) for p in own]
        return list(zip(first, tolls, strict=True)) if all(tolls) else []

    def _civilians_apart(self, doc: Doc, battle: Mention, lo: int, hi: int, country: str) -> list[Mention]:
        """Civilians a battle's report counts apart from the fighters (« quinze militaires tués, tandis que
        onze civils ont perdu la vie »): ACLED codes their deaths as the armed group's attack on civilians,
        and the battle keeps the fighters' toll."""
        from sahelwatch.extract.numbers import civilians_in

        civ = civilians_in(doc, lo, hi)
        if not 0 < civ < battle.fatalities:
            return []
        armed = (battle.actor2, battle.inter2) if battle.inter1 == 1 else (battle.actor1, battle.inter1)
        civilians = self.catalogue.get("generic_civilians")
        when = battle.event_date
        attack = replace(
            battle, event_type=SUB_EVENT_TYPES["Attack"], sub_event_type="Attack", actor1=armed[0], inter1=armed[1],
            assoc_actor_1="", actor2=self._name(civilians, when, country or battle.country),
            inter2=self.catalogue.inter_in(civilians, country or battle.country), assoc_actor_2="",
            fatalities=civ, claims=dict(battle.claims), evidence=dict(battle.evidence))
        attack.interaction = _interaction(attack.inter1, attack.inter2)
        battle.fatalities -= civ
        return [attack]

    @staticmethod
    def _lead_start(doc: Doc) -> int:
        return 0

    def _attribution(
        self,
        perp: ActorMention,
        actors: list[ActorMention],
        text: str,
        when: date | None,
        country: str,
        perp_name: tuple[str, int] | None,
        assoc: str,
    ) -> tuple[tuple[str, int] | None, str]:
        """Refine the perpetrator's name: "X or Y" between JNIM and ISGS, and "Group (Parent)"."""
        cat = self.catalogue
        for a in actors:
            if a is perp or a.actor.inter not in (2, 3, 4):
                continue
            gap = (
                text[perp.end : a.start]
                if a.start >= perp.end
                else text[a.end : perp.start]
                if a.end <= perp.start
                else None
            )
            if gap is not None and _OR.match(gap):
                pair = _uncertain_pair(cat, perp, a, when, country)
                if pair is not None:
                    return pair, assoc
        umbrella = self._bracketed(perp, actors, text, when)
        if umbrella is not None:
            # "Ansaroul Islam (JNIM) militants": coded as the bracketed umbrella group
            return (cat.name_for(umbrella.actor, when, country), umbrella.actor.inter), cat.name_for(
                perp.actor, when, country
            )
        return perp_name, assoc

    def _bracketed(
        self, x: ActorMention, actors: list[ActorMention], text: str, when: date | None
    ) -> ActorMention | None:
        """The named group in brackets right after `x` that ACLED codes it as ("MNLA (CMA)"), unless ACLED
        codes `x` under its own name at that date ("Katiba Macina (JNIM)" in 2020). The army's volunteer
        auxiliaries keep their own name whatever group they come from ("volunteer fighters (Koglweogo)")."""
        cat = self.catalogue
        if x.actor.id in _PRO_STATE:
            return None
        return next(
            (
                a
                for a in actors
                if a.start >= x.end
                and re.fullmatch(r"\s*\(\s*", text[x.end : a.start])
                and a.actor.inter in (2, 3, 4)
                and not _generic(a.actor)
                and a.actor.id != x.actor.id
                and a.actor.parent != x.actor.id  # "JNIM (Katiba Macina)": the umbrella is named first
                and not (a.actor.id == x.actor.parent and cat.coded_as(x.actor, when, bracketed=True) is None)
            ),
            None,
        )

    def _attributed(
        self,
        coded: tuple[str, int] | None,
        when: date | None,
        country: str,
        admin1: str,
        opponent: tuple[str, int] | None,
    ) -> tuple[str, int] | None:
        """An unnamed actor coded to the group known to act at that date and place (``attributed`` in
        data/actors.json): "Islamists" in Timbuktu in 2012 are Ansar Dine."""
        if coded is None:
            return None
        cat = self.catalogue
        for actor_id, rules in cat.attributions.items():
            if not rules:
                continue  # most of the catalogue's actors have no rule: no need to name them
            actor = cat.get(actor_id)
            if cat.name_for(actor, when, country) == coded[0]:
                group = cat.attributed(actor, when, country, admin1, opponent is not None and opponent[1] in (1, 8))
                return (cat.name_for(group, when, country), group.inter) if group is not None else coded
        return coded

    def _local_militia(self, coded: tuple[str, int] | None, place: PlaceMention | None) -> tuple[str, int] | None:
        """ACLED names a community's own militia after its locality ("Yoro Communal Militia (Mali)"): an
        unnamed self-defence group fighting in the village the report names is that village's militia."""
        if coded is None or place is None or place.place is None or place.end <= place.start:
            return coded
        if place.is_region or place.geo_precision != 1:
            return coded  # only a region, or near a town: the militia's own village is not known
        country = place.place.country
        if coded[0] != self.catalogue.name_for(self.catalogue.get("communal_militia"), None, country):
            return coded
        return f"{place.place.name} Communal Militia ({country})", coded[1]

    def _community_foe(self, text: str, perp: ActorMention) -> Actor | None:
        """The ethnic militia a non-state group fought when the report names no armed opponent but one
        community other than the attackers' own ("Dozos attacked the Fulani village of X; gunfire was
        exchanged"): ACLED codes the community's defenders as its militia."""
        if perp.actor.inter not in (2, 3, 4):
            return None
        pattern, owner = community_words()
        own = {owner[m.group(0).casefold()] for m in pattern.finditer(text, perp.start, perp.end)}
        named = {owner[m.group(0).casefold()] for m in pattern.finditer(text)} - own - {perp.actor.id}
        return self.catalogue.actors.get(named.pop()) if len(named) == 1 else None

    def _communal_sides(self, text: str, cues: dict[str, list[Span]]) -> tuple[Actor, Actor] | None:
        """The two sides of a clash no armed group or force took part in: the militias of the two communities
        the report names ("clashes between Fulani and Dogons"), else two unnamed communal militias when it tells
        of communal violence ("a conflict between farmers and herders"); ACLED never codes it against the army."""
        pattern, owner = community_words()
        named = list(dict.fromkeys(owner[m.group(0).casefold()] for m in pattern.finditer(text)))
        cat = self.catalogue
        if len(named) == 2 and all(n in cat.actors for n in named):
            return cat.get(named[0]), cat.get(named[1])
        if _has(cues, "communal_clash"):
            return cat.get("communal_militia"), cat.get("communal_militia")
        return None

    def _uncertain(
        self,
        a: ActorMention,
        actors: list[ActorMention],
        text: str,
        when: date | None,
        country: str,
        named: Callable[[Actor], tuple[str, int]],
    ) -> tuple[str, int]:
        """The name of the side `a` stands for, "JNIM and/or ISGS" when the report hesitates between them
        ("French forces killed suspected ISGS or JNIM militants")."""
        cat = self.catalogue
        for b in actors:
            gap = text[a.end : b.start] if b.start >= a.end else text[b.end : a.start] if b.end <= a.start else None
            if b is not a and gap is not None and _OR.match(gap):
                pair = _uncertain_pair(cat, a, b, when, country)
                if pair is not None:
                    return pair
        return named(a.actor)

    def _after_the_fact(self, text: str, a: ActorMention) -> bool:
        """Forces that came once the crowd had acted (« la police est arrivée après les faits », "handed him over to
        the gendarmerie", "the police intervened"): bystanders of a mob's violence, not its victims."""
        if a.actor.inter != 1:
            return False
        return any(m.start() <= a.start and a.end <= m.end() for m in
                   self.lex.cues["force_after_the_fact"].finditer(text, max(0, a.start - 80), a.end + 80))

    def _name(self, a: Actor, when: date | None, country: str) -> str:
        return self.catalogue.name_for(a, when, country)

    def _generic_actor(self, actor_id: str) -> Actor:
        return self.catalogue.get(actor_id)

    def _mention(
        self,
        doc: Doc,
        ev: _Event,
        etype: str,
        sub: str,
        trigger: Span,
        head: list[ActorMention],
        actors: list[ActorMention],
        place: PlaceMention | None,
        doc_country: str,
    ) -> Mention:
        from sahelwatch.extract.dates import date_for_spans
        from sahelwatch.extract.numbers import fatalities_in

        text = doc_text(doc)
        evidence: dict[str, list[Span]] = {}
        conf = 0.55
        # date
        # the date governing the event's lead sentence: one it names itself (a background event keeps its
        # own date), else the nearest before it, else the publication date
        dm = date_for_spans(doc, ev.spans, etype not in ("Protests", "Riots"))
        when = dm.value if dm else doc._.published
        precision = dm.time_precision if dm else 1
        if dm and dm.end > dm.start:
            evidence["event_date"] = [(dm.start, dm.end)]
            conf += 0.1
        # place
        covered = doc._.country_hint if doc.has_extension("country_hint") else None
        if covered and place is not None and place.place is not None and place.place.country != covered:
            # a report filed under the country its source covers tells of an event there ('the arrest was made
            # in Gossi' after 'the Grand Bassam (Ivory Coast) attack'): the first place it names there, else
            # none (the group's base there or its capital)
            place, doc_country = _first_in(doc._.places or [], covered), covered
        country = doc_country
        m = Mention(event_type=etype, sub_event_type=sub, event_date=when, time_precision=precision)
        if place is None or place.place is None:
            # a group's base is where it acts in the field, not where people protest about it or where its
            # leaders sign an accord: those are the capital's
            in_field = etype not in ("Protests", "Riots") and sub != "Agreement"
            fallback = (_home(head + actors, doc_country, when) if in_field else None) or _capital(
                doc_country or _actor_country(actors)
            )
            if fallback is not None:
                # ACLED's precision is the report's: a named village stays precise where it is coded
                precision = place.geo_precision if place is not None else 3
                place = PlaceMention(
                    0, 0, "", fallback, [fallback], geo_precision=precision, relation="region", is_region=True
                )
        if place is not None and place.place is not None:
            p = place.place
            country = p.country or country
            m.country, m.admin1, m.admin2, m.admin3 = p.country, p.admin1, p.admin2, p.admin3
            m.location, m.latitude, m.longitude = p.name, p.latitude, p.longitude
            m.geo_precision = place.geo_precision
            other = _between_partner(doc, place)
            if other is not None:
                m.claims["location_between"] = other.name  # another report may name the other end
            if place.end > place.start:
                evidence["location"] = [(place.start, place.end)]
                conf += 0.1
        # fatalities: over the event's sentences
        lo, hi = ev.spans[0][0], ev.spans[-1][1]
        if sub not in (
            "Peaceful protest",
            "Arrests",
            "Agreement",
            "Change to group/activity",
            "Headquarters or base established",
            "Non-violent transfer of territory",
        ):
            try:
                fat, spans = fatalities_in(doc, lo, hi, when if dm is not None and dm.background else None)
            except Exception:  # numbers helper unavailable or failed: no figure
                fat, spans = 0, []
            if sub == "Suicide bomb" and fat == 0 and not _BOMBER_STOPPED.search(text, lo, hi):
                fat = 1  # a suicide bomber who set off the charge is dead, whatever the report counts
            m.fatalities = fat
            if spans:
                evidence["fatalities"] = list(spans)
        # actors
        a1, a2, assoc1, ev1, ev2 = self._actors(sub, head, actors, when, country, text, ev.cues)
        a1, a2 = self._attributed(a1, when, country, m.admin1, a2), self._attributed(a2, when, country, m.admin1, a1)
        a1, a2 = self._local_militia(a1, place), self._local_militia(a2, place)
        m.actor1, m.actor2, m.assoc_actor_1 = a1[0], a2[0] if a2 else "", assoc1
        m.inter1 = a1[1]
        m.inter2 = a2[1] if a2 else 0
        m.interaction = _interaction(m.inter1, m.inter2)
        if ev1:
            evidence["actor1"] = [ev1]
            conf += 0.1
        if ev2:
            evidence["actor2"] = [ev2]
        if trigger != (0, 0):
            evidence["event_type"] = [trigger]
            evidence["sub_event_type"] = [trigger]
            conf += 0.1
        m.notes = text[ev.spans[0][0] : ev.spans[0][1]].strip()[:500]
        m.evidence = evidence
        if _has(ev.cues, "hypothetical", "claim"):
            conf -= 0.1
        m.confidence = max(0.05, min(0.95, conf))
        return m

    def _coup_actors(self, sub: str, pool: list[ActorMention], when: date | None, country: str,
                     named: Callable[[Actor], tuple[str, int]]) -> tuple[
            tuple[str, int], tuple[str, int] | None, str, Span | None, Span | None]:
        """A coup or a mutiny as ACLED codes it: the military's mutinous part (a named unit, such as the
        presidential guard, when the report names one) against the government it overthrows, or against the
        loyal forces it fought."""
        cat = self.catalogue
        # "mutineers" is the catalogue's word for Mali's mutiny: the event's country says whose
        unit = next((a for a in pool if a.actor.inter == 1 and a.actor.id.startswith("rsp_")), None)
        mutiny = next((a for a in cat.actors.values() if a.id.startswith("mutiny_") and a.country == country), None)
        a1 = named(unit.actor) if unit is not None else named(mutiny) if mutiny is not None \
            else named(cat.get("generic_military"))
        a2 = named(cat.get("generic_military" if sub == "Armed clash" else "generic_government"))  # Other, Arrests
        return a1, a2, "", (unit.start, unit.end) if unit is not None else None, None

    def _actors(
        self,
        sub: str,
        head: list[ActorMention],
        actors: list[ActorMention],
        when: date | None,
        country: str,
        text: str,
        cues: dict[str, list[Span]],
    ) -> tuple[tuple[str, int], tuple[str, int] | None, str, Span | None, Span | None]:
        cat = self.catalogue

        def named(a: Actor) -> tuple[str, int]:
            a = cat.coded_as(a, when) or a  # a sub-group is coded as its parent in the parent's period
            return cat.name_for(a, when, country), cat.inter_in(a, country)

        def gen(actor_id: str) -> tuple[str, int]:
            return named(cat.get(actor_id))

        civ = gen("generic_civilians")
        uag = gen("generic_uag")
        mil = gen("generic_military")
        pol = gen("generic_police")
        pool = head + others_than(actors, head)

        if sub in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
            a1 = gen("generic_protesters")
            ev1 = next(((a.start, a.end) for a in pool if a.actor.inter == 6), None)
            if sub == "Peaceful protest":
                return a1, None, "", ev1, None
            st = next((a for a in pool if a.actor.inter == 1), None)
            if st is not None and st.actor.id == "generic_military":
                return a1, pol, "", ev1, (st.start, st.end)  # "security forces" at a protest: police
            return a1, (named(st.actor) if st else pol), "", ev1, (st.start, st.end) if st else None
        if sub in ("Violent demonstration", "Mob violence"):
            a1 = gen("generic_rioters")
            ev1 = next(((a.start, a.end) for a in pool if a.actor.inter == 5), None)
            if sub == "Mob violence":
                victim = next(
                    (a for a in pool if a.actor.inter in (1, 2, 3) and a.actor.id != "generic_uag"
                     and not self._after_the_fact(text, a)), None
                )
                if victim is None and _has(cues, "strict_clash", "two_sides"):
                    return a1, a1, "", ev1, None  # two crowds fought each other: rioters on both sides
                return a1, (named(victim.actor) if victim else civ), "", ev1, None
            # the forces the crowd faced, foreign ones too ("threw stones at a MINUSMA convoy"); not forces whose
            # presence the crowd denounced
            st = next((a for a in pool if a.actor.inter in (1, 8)
                       and not _PRESENCE_OF.search(text, max(0, a.start - 40), a.start)), None)
            if st is not None and st.actor.id == "generic_military":
                return a1, pol, "", ev1, (st.start, st.end)
            return a1, (named(st.actor) if st else None), "", ev1, (st.start, st.end) if st else None

        if sub in ("Other", "Armed clash", "Arrests") and _coup_first(cues, text):
            return self._coup_actors(sub, pool, when, country, named)
        perp, other = perpetrator_and_target(actors, head, text)
        claimant = _claimant(actors, text, cues)
        if claimant is not None and (perp is None or (_generic(perp.actor) and perp.actor.inter in (2, 3, 4))):
            perp = claimant  # ACLED codes a claimed attack to the group that claimed it
        elif claimant is not None and perp is not None and perp.actor.inter == 1 and other in (None, claimant):
            # « une attaque contre le camp militaire ... attribuée au JNIM »: the forces named first were hit
            perp, other = claimant, perp
        assoc = ""
        perp_name: tuple[str, int] | None = None
        if perp is not None:
            perp_name = named(perp.actor)
            if cat.coded_as(perp.actor, when) is not None:
                assoc = cat.name_for(perp.actor, when, country)
        if perp is not None:
            perp_name, assoc = self._attribution(perp, actors, text, when, country, perp_name, assoc)
        span1 = (perp.start, perp.end) if perp else None
        span2 = (other.start, other.end) if other else None
        other_name = self._uncertain(other, actors, text, when, country, named) if other else None
        if other is not None and (umbrella := self._bracketed(other, actors, text, when)) is not None:
            other_name = named(umbrella.actor)  # "MNLA (CMA) officers" were hit: the bracketed coalition
        victim = next((a for a in pool if a.actor.inter == 7), None)
        if (sub == "Agreement" and perp is not None and perp.actor.inter in (2, 3, 4)
                and not any(a.actor.inter == 1 for a in pool)
                and _GOVERNMENT.search(text, perp.end, _sentence_end(text, perp.end))):
            # « la CMA a signé l'accord, un mois après le gouvernement et les groupes de la Plateforme »: a group's
            # accord with the state is coded with the government, whatever other signatories are named
            return perp_name or uag, gen("generic_government"), assoc, span1, None
        if sub in (
            "Attack",
            "Abduction/forced disappearance",
            "Sexual violence",
            "Looting/property destruction",
        ):
            a1 = perp_name if perp is not None else uag
            if (
                other is not None
                and victim is None
                and other.actor.inter in (3, 4)
                and not _generic(other.actor)
                and (_object_victim(text, other) or _passive_victim(text, other))
            ):
                return a1, other_name, assoc, span1, span2  # "abducted a Koglweogo member": the militia was hit
            if sub == "Looting/property destruction" and victim is None and other is not None:
                return a1, other_name, assoc, span1, span2
            if (
                sub == "Looting/property destruction"
                and victim is None
                and _has(cues, "heritage_site")
                and not _has(cues, "civilian_target")
            ):
                return a1, None, assoc, span1, None  # tombs, monuments: ACLED codes no victim
            return a1, civ, assoc, span1, (victim.start, victim.end) if victim else None
        if sub == "Arrests":
            st = next((a for a in pool if a.actor.inter in (1, 8)), None)
            a1 = named(st.actor) if st else pol
            if self.lex.cues["soldiers_held"].search(text):
                # « plusieurs officiers ont été arrêtés » (a plot in the ranks): the regime held its own soldiers;
                # the army that announces it or is named as the detainees' is not the one that arrested them
                police = next((a for a in pool if a.actor.id == "generic_police"), None)
                return (named(police.actor) if police else gen("generic_government")), mil, "", None, None
            tgt = next((a for a in pool if a is not st and a.actor.inter not in (1, 8)), None)
            if tgt is None and self.lex.cues["officials_held"].search(text):
                # « le président et le Premier ministre ont été arrêtés »: ACLED codes the government held
                return a1, gen("generic_government"), "", (st.start, st.end) if st else None, None
            return a1, (named(tgt.actor) if tgt else civ), "", (st.start, st.end) if st else None, None
        if sub == "Air/drone strike":
            st = next((a for a in pool if a.actor.inter in (1, 8)), None)
            a1 = named(st.actor) if st else mil
            tgt = next(
                (a for a in pool if a.actor.inter in (2, 3, 4) and not _generic(a.actor)), None
            ) or next((a for a in pool if a.actor.inter in (2, 3, 4, 7)), None)
            # a strike on an area, no one named as targeted and no casualty: ACLED names no one as hit
            quiet = tgt is None and _has(cues, "no_casualty")
            return (
                a1,
                (named(tgt.actor) if tgt else None if quiet else uag),
                "",
                (st.start, st.end) if st else None,
                (tgt.start, tgt.end) if tgt else None,
            )
        if sub == "Government regains territory":
            st = next((a for a in pool if a.actor.inter in (1, 8)), None)
            tgt = next((a for a in pool if a.actor.inter in (2, 3, 4) and not _generic(a.actor)), None) or next(
                (a for a in pool if a.actor.inter in (2, 3, 4)), None
            )  # the named group driven out, rather than "the rebels" that describe it
            return (named(st.actor) if st else mil), (named(tgt.actor) if tgt else None), "", None, None
        if sub in (
            "Remote explosive/landmine/IED",
            "Shelling/artillery/missile attack",
            "Suicide bomb",
            "Grenade",
        ):
            # a base shared by the UN mission and other forces ("the joint Barkhane/MINUSMA camp"): ACLED
            # codes the mission as the one hit
            un = next((a for a in pool if a.actor.id == "minusma"), None) if _has(cues, "joint_base") else None
            if un is not None and perp is not None and perp.actor.inter in (1, 8) and other is None:
                perp = un
            elif un is not None and other is not None and other.actor.inter in (1, 8) and perp is not un:
                other, other_name, span2 = un, named(un.actor), (un.start, un.end)
            if perp is not None and perp.actor.inter in (1, 8) and other is None:
                # the forces were hit, by someone unknown
                return uag, named(perp.actor), "", None, (perp.start, perp.end)
            a1 = perp_name if perp is not None else uag
            if other is not None:
                return a1, other_name, assoc, span1, span2
            civ_hit = victim is not None or perp is None or bool(cues.get("civilian_vehicle"))
            return (
                a1,
                (civ if civ_hit else None),
                assoc,
                span1,
                (victim.start, victim.end) if victim else None,
            )
        if sub == "Change to group/activity" and _has(cues, "security_measure") and (
            perp is None or perp.actor.inter not in (1, 8)
        ):
            # a curfew or state of emergency is the government's act, whoever's violence prompted it
            return gen("generic_government"), None, "", None, None
        if sub == "Other" and _has(cues, "closure") and perp is None:
            return gen("generic_government"), None, "", None, None  # schools closed, with no one else named
        handed = sub == "Non-violent transfer of territory" and _has(cues, "handed_to")
        if handed and perp is not None and other is None:
            # « le camp a été rétrocédé aux FAMa »: ACLED codes the force that received it beside the one that left
            # (not « les autorités » it was formally handed to, when a force is named)
            taker = next((a for a in pool if a.actor.id != perp.actor.id and a.actor.inter in (1, 2, 3, 4, 8)
                          and "government" not in a.actor.id), None)
            if taker is not None:
                return perp_name or uag, named(taker.actor), assoc, span1, (taker.start, taker.end)
        if sub == "Non-violent transfer of territory" and (perp is None or perp.actor.inter not in (1, 8)):
            return (perp_name or uag), None, assoc, span1, None  # a group took it unopposed: no one coded as losing it
        if sub == "Change to group/activity" and not (victim is not None and _THREATENED.match(text, victim.end)):
            # a blockade decreed, a presence ended, a new leader: ACLED codes the group alone (no one hit), whoever
            # its decree threatens (« menaçant les transporteurs ») or the report names beside it; people said to
            # have been threatened themselves (« des élèves ont été menacés ») are its target
            return perp_name or uag, None, assoc, span1, None
        if perp is None:
            sides = self._communal_sides(text, cues) if sub == "Armed clash" else None
            if sides is not None:
                return named(sides[0]), named(sides[1]), "", None, None
            if sub == "Armed clash":
                return uag, (other_name or mil), "", None, span2
            return uag, (civ if victim is not None else None), "", None, None
        if other is None:
            unknown = next((a for a in pool if a is not perp and a.actor.id == "generic_uag"
                            and _UNKNOWN_FOE.search(text, max(0, a.start - 14), a.end)), None)
            if sub == "Armed clash" and unknown is not None:
                # a group that fought "unknown gunmen" or "bandits" fought them, not the army nor the bystanders
                # caught in the crossfire
                return perp_name or uag, uag, assoc, span1, (unknown.start, unknown.end)
            if sub == "Armed clash" and victim is not None and _has(cues, "strict_clash"):
                # the people in a clash fought: as their community's militia ("attacked the Dogon village of X amid
                # clashes"); or, when none of them is only said to be hit, as unknown armed men against forces
                # ("exchanged fire with people aboard a pick-up"), as the villagers' militia against a group
                # ("clashed with local residents"), named after their village when it is known (_local_militia)
                foe = self._community_foe(text, perp)
                if foe is not None:
                    return perp_name or uag, named(foe), assoc, span1, (victim.start, victim.end)
                if not _has(cues, "civilian_victim") and not any(
                    _object_victim(text, a) or _passive_victim(text, a) for a in pool if a.actor.inter == 7
                ):
                    if perp.actor.inter in (1, 8):
                        return perp_name or uag, uag, assoc, span1, None
                    return perp_name or uag, gen("communal_militia"), assoc, span1, (victim.start, victim.end)
            if sub == "Armed clash" and victim is not None:
                # no armed opponent named, only the people hit: the violence was against them
                return perp_name or uag, civ, assoc, span1, (victim.start, victim.end)
            if sub == "Armed clash" and _has(cues, "two_sides"):
                return perp_name or uag, perp_name or uag, assoc, span1, None  # fought among themselves
            foe = self._community_foe(text, perp) if sub == "Armed clash" else None
            if foe is not None:
                return perp_name or uag, named(foe), assoc, span1, None  # "attacked the Fulani village of X"
            if sub in ("Armed clash", "Non-state actor overtakes territory"):
                # the army's auxiliaries (VDP) fight beside it: their unnamed foe is unidentified, as the army's is
                state_side = perp.actor.inter in (1, 8) or perp.actor.id in _PRO_STATE
                return perp_name or uag, (uag if state_side else mil), assoc, span1, None
            if victim is not None and sub in ("Change to group/activity", "Other"):
                return perp_name or uag, civ, assoc, span1, (victim.start, victim.end)
            return perp_name or uag, None, assoc, span1, None
        return perp_name or uag, other_name, assoc, span1, span2


_CLAIMED_BY = re.compile(r"^\s*(?:(?:\w+\s+){0,3}?(?:by|par|to|on)\s+)?(?:the\s+|le\s+|la\s+|l['’]|les\s+)?$",
                         re.IGNORECASE)  # "claimed by the", « revendiquée par l' » (the cue may end with by/par)


def _claimant(actors: list[ActorMention], text: str, cues: dict[str, list[Span]]) -> ActorMention | None:
    """The named armed group that claimed the event ("JNIM claimed the attack", « revendiquée par l'EIGS »)."""
    groups = [a for a in actors if a.actor.inter in (2, 3, 4) and not _generic(a.actor)]
    for start, end in cues.get("responsibility", []):
        before = [a for a in groups if 0 <= start - a.end <= 30]
        after = [a for a in groups if 0 <= a.start - end <= 40 and _CLAIMED_BY.match(text[end : a.start])]
        if before or after:
            return (before[-1:] or after)[0]
    return None


def _uncertain_pair(
    cat: ActorCatalogue, a: ActorMention, b: ActorMention, when: date | None, country: str
) -> tuple[str, int] | None:
    """ACLED's name for an attribution hesitating between JNIM and the Islamic State ("JNIM or ISGS"), or
    between a rebel group and a militia ("Katiba Macina militants or Fulani militiamen"): ACLED does not pick
    one, the perpetrator is unidentified."""
    ids = {a.actor.id, b.actor.id}
    if ids == {"jnim", "isgs"}:
        jnim = cat.name_for(cat.get("jnim"), when, country)
        isgs = cat.name_for(cat.get("isgs"), when, country)
        return f"{jnim} and/or {isgs}", 2
    if _identified(a) and _identified(b) and a.actor.inter != b.actor.inter:
        uag = cat.get("generic_uag")
        return cat.name_for(uag, when, country), uag.inter
    return None


def _interaction(i1: int | None, i2: int | None) -> int | None:
    codes = sorted(c for c in (i1, i2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


@Language.factory("sw_events", default_config={"lang": "en"}, assigns=["doc._.mentions"])
def make_event_extractor(nlp: Language, name: str, lang: str) -> EventExtractor:
    return EventExtractor(lang)


def extract_mentions(text: str, published: date, lang: str = "en") -> list[Mention]:
    """The whole pipeline's mentions for one string (convenience for tests and notebooks)."""
    from sahelwatch.extract.pipeline import build_nlp

    nlp = build_nlp(lang)
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return list(doc._.mentions or [])


def _listed_run(towns: list[PlaceMention], text: str, start: int,
                gap: re.Pattern[str] = _LIST_GAP) -> list[PlaceMention]:
    """The run of town names a list holds from `start`: up to the first gap that is not ", " / "and" / « et »."""
    run: list[PlaceMention] = []
    prev_end = start
    for k, p in enumerate(towns):
        if run and not gap.fullmatch(text[prev_end:p.start]):
            break
        if run and gap is not _LIST_GAP and _NOT_LISTED_GAP.search(text, prev_end, p.start):
            break  # "Kayes, on the road to Diboli": a road's end, not a town struck
        if run and text[prev_end:p.start].strip() == "," and _region_named_after(p, run[-1]) \
                and not _list_goes_on(towns[k + 1:], text, p.end):
            prev_end = p.end  # "in Niono, Segou and Boni, Mopti": the region the town before lies in, no town
            continue
        run.append(p)
        prev_end = p.end
    return run


def _list_goes_on(after: list[PlaceMention], text: str, end: int) -> bool:
    """Whether a bare comma and another town follow `end`: "in Diboli, Kayes, Nioro and Niono" lists Kayes as a
    town of its own, where "in Niono, Segou and Boni, Mopti" gives Segou as the address of Niono."""
    return bool(after) and text[end:after[0].start].strip() == ","


def _target_perpetrator(split: list[Mention], deed: Mention) -> None:
    """The crowd's victim is the perpetrator of the deed told before it (a militia's member, a gunman)."""
    for m in split:
        if m.sub_event_type == "Mob violence":
            m.actor2, m.inter2, m.assoc_actor_2 = deed.actor1, deed.inter1, ""
            m.interaction = _interaction(m.inter1, m.inter2)


def _origin_towns(towns: list[PlaceMention], text: str, lo: int, hi: int) -> list[PlaceMention]:
    """The towns listed as where people come from ("from the villages of A, B and C") in [lo, hi)."""
    found: list[PlaceMention] = []
    for m in _ORIGIN_LIST.finditer(text, lo, hi):
        after = [p for p in towns if p.start >= m.end()]
        run = _listed_run(after, text, m.end()) if after and after[0].start - m.end() <= 1 else []
        if len(run) >= 2:  # a list: one village people come from may well be where they were hit
            found += run
    return found


def _region_named_after(p: PlaceMention, town: PlaceMention) -> bool:
    """Whether `p` names the region (admin1) that `town` lies in ("Niono, Segou")."""
    if p.place is None or town.place is None or not town.place.admin1:
        return False
    return name_key(town.place.admin1) in (name_key(p.text), name_key(p.place.name))


_LISTED_NAME = re.compile(
    r"\s*(?:(?:and|et|the|of|de|des|neighbou?ring|les|la|le)\s+|d['’])*"  # words before a name in a list
    r"([^\W\d_][\w'’-]*(?: (?=[A-ZÀ-ÖØ-Þ])[^\W\d_][\w'’-]*){0,2})"  # a name of up to three capitalised words
)
# "between the villages of A and B", "passing through the villages of ...", "including the villages of ...":
# one stretch or area, one event
# "from the villages of A, B and C": where people come from; "the road linking A and B": one stretch of road
_NOT_A_TARGET_LIST = re.compile(
    r"\b(?:between|through|including|among|from|linking|connecting|entre|dont|parmi|reliant)\b[^,.;]*$", re.IGNORECASE
)
# "men from the villages of A and B", « des jeunes originaires des communes de A et B »: where people come from
_ORIGIN_LIST = guarded(
    r"\b(?:from|natives? of|originaires? d(?:e|es|u)|venue?s? d(?:e|es|u)|issue?s? d(?:e|es|u))\s+"
    r"(?:the\s+|les\s+|la\s+)?(?:\w+\s+)?(?:villages?|communes?|towns?|localities|hamlets?|localités|hameaux)"
    r"\s+(?:of\s+|de\s+|d['’]\s*)",
    re.IGNORECASE,
)
_LISTED_GAP = re.compile(r"\s*,\s*|\s+(?:and|et)\s+")  # not ", in the Bamba commune": the area, not a village
_MAX_LISTED = 8


# A list whose towns carry appositions, told after a verb of striking: "the attacks hit Kayes, the regional
# capital, the border town of Diboli, Sandaré and Gogui near the frontier, as well as Niono and Molodo".
_APPOSED_GAP = re.compile(
    r"(?:,?\s+(?:the|a|an|its|near|close|on|in)\b[^.;:()\d]{0,60}?)?"  # "Kayes, the regional capital ..."
    r"(?:\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+)"
    r"(?:the\s+(?:[\w-]+\s+){0,3}?of\s+)?",  # "..., the border town of Diboli"
    re.IGNORECASE,
)
_NOT_LISTED_GAP = re.compile(r"\b(?:between|from|towards?|road|axis|linking|connecting|entre|vers)\b",
                             re.IGNORECASE)
_ATTACKS_ON_BEFORE = re.compile(r"\b(?:attacks|raids|assaults)\s+(?:on|against)\s+(?:the\s+)?$", re.IGNORECASE)
_STRUCK_BEFORE = re.compile(
    r"\b(?:hit|struck|targeted|attacked|raided|stormed|attacks\s+(?:on|against)|raids\s+on|assaults\s+on)\s+"
    r"(?:(?:army\s+|military\s+)?(?:the\s+)?(?:towns?|villages?|localities|positions?|posts?|camps?)\s+(?:of|in|at)\s+)?$",
    re.IGNORECASE,
)
_TOWNS_BEFORE = re.compile(
    r"(?:^|(?<!stationed )(?<!based )(?<!deployed )(?<!positioned ))\b(?:in|at)\s+"
    r"(?:the\s+(?:areas?|villages?|towns?|localities|regions?)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_AND = re.compile(r"\band\b|\bet\b")


def _listed_villages(text: str, start: int, end: int, inside: list[PlaceMention]) -> list[PlaceMention]:
    """'the Dogon villages of Yanda-Tourgo, Deguere, Irebane and Koundianga (Koro, Mopti)': one place per
    village, as ACLED codes them. A village the gazetteer lacks takes the coordinates of a listed village
    it knows, else of the area the sentence names, at geo-precision 2 (ACLED's approximate coordinates);
    none of either, and the list is not split."""
    spans: list[tuple[int, int]] = []
    pos = start
    while len(spans) < _MAX_LISTED:
        m = _LISTED_NAME.match(text, pos)
        if m is None or m.end() > end or not m.group(1)[0].isupper():
            break
        spans.append(m.span(1))
        gap = _LISTED_GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    known = {p.start: p for p in inside if p.place is not None and not p.is_region}
    anchor = next((known[a] for a, _ in spans if a in known), None)
    anchor = anchor or next((p for p in inside if p.is_region and p.place is not None), None)
    if len(spans) < 2 or anchor is None or anchor.place is None:
        return []
    listed = [known.get(a) or _approximate(text[a:b], a, b, anchor.place) for a, b in spans]
    # "in Gouma-Coura, Segou and Youwarou, Mopti": a name after a comma may be the region of the one before it
    pairs = itertools.pairwise(zip(listed, spans, strict=True))
    kept = listed[:1] + [p for (q, (_, q_end)), (p, (p_start, _)) in pairs
                         if not (text[q_end:p_start].strip() == "," and _region_named_after(p, q))]
    return kept if len(kept) >= 2 else []


def _approximate(name: str, start: int, end: int, near: Place) -> PlaceMention:
    place = replace(near, id=f"approx:{near.id}:{name}", name=name, alternate_names=[])
    return PlaceMention(start, end, name, place, [place], geo_precision=2, relation="near")


# A suicide attack whose bomber did not die: caught, shot before the charge went off, or foiled.
_BOMBER_STOPPED = re.compile(
    r"\b(?:arrested|captured|apprehended|detained|foiled|thwarted|intercepted|failed to detonate|"
    r"neutrali[sz]ed|shot (?:dead )?before|arrêtée?s?|interpellée?s?|déjouée?s?|neutralisée?s?|maîtrisée?s?)\b",
    re.IGNORECASE,
)


# Violence or protest told over several days is one event per day (ACLED); a report's strategic
# developments (arrests, agreements, looting) are not split.
_DAILY_TYPES = _POLITICAL_VIOLENCE | {"Protests", "Riots"}
# (and looting or destruction told over days, « ont détruit samedi et dimanche plusieurs mausolées »: one event a day)


def _per_day(m: Mention, offsets: list[int]) -> list[Mention]:
    """'100 rebels killed in two days of fighting': one mention per day from the event's date, the toll
    split between the days, as ACLED codes it."""
    if len(offsets) < 2 or m.event_date is None or m.time_precision != 1:
        return [m]
    claims = dict(m.claims, fatalities_reported_for_all_days=m.fatalities)
    return [replace(m, event_date=m.event_date + timedelta(days=offset), claims=dict(claims), fatalities=share)
            for offset, share in zip(offsets, _shares(m.fatalities, len(offsets)), strict=True)]


def _gapped_toll(text: str, start: int, end: int, lang: str) -> int:
    """« et à Kokorou, 21. »: a bare count after a place, its verb and noun left unsaid (those of the place before
    it); 0 when text[start:end] is more than that count."""
    from sahelwatch.extract.numbers import find_numbers

    segment = text[start:end]
    found = find_numbers(segment, lang)
    if len(found) != 1:
        return 0
    n = found[0]
    return n.value if not segment[:n.start].strip(" ,") and not segment[n.end:].strip(" .;,") else 0


def _violent_days(text: str, ev: _Event, lang: str) -> list[int]:
    """The days over which the event's violence went on, read in the clauses that tell a deed: "partners
    distributed kits on 25 and 26 March" in a relief section of the report is no second day of the attack."""
    deeds = [s for name, spans in ev.cues.items() if name in _STRONG for s, _ in spans]
    for lo, hi in ev.spans:
        if any(lo <= s < hi for s in deeds) and (offsets := day_offsets(text[lo:hi], lang)) != [0]:
            return offsets
    return [0]


def _shares(total: int, parts: int) -> list[int]:
    """A toll split between places or days, the remainder one each to the first ones: 80 over seven is
    12, 12, 12, 11, 11, 11, 11."""
    return [total // parts + (1 if k < total % parts else 0) for k in range(parts)]


# "captured Kidal", "the capture of Kidal", « la prise de Kidal »: a word of taking right before a place name
_TAKING_WORD = guarded(r"\b(?:captur\w*|prise|seizure|seized|conquête)\b", re.IGNORECASE)
_TO_PLACE = re.compile(r"\s+(?:(?:of|de|du|des)\s+|d['’]\s*)?(?:(?:the|la|le|l['’])\s*)?", re.IGNORECASE)


def _places_taken(cues: dict[str, list[Span]], text: str, places: list[PlaceMention]) -> None:
    """A capture whose object is a place is a takeover, not an arrest: "the army captured Kidal", "the capture of
    Kidal by the army", « la prise de Kidal par l'armée ». The place's name is known from the gazetteer, where the
    lexicon's patterns only know the generic nouns ("captured the town of")."""
    starts = {p.start for p in places if p.place is not None}
    if not starts:
        return
    taken = []
    for m in _TAKING_WORD.finditer(text):
        gap = _TO_PLACE.match(text, m.end())
        if gap and gap.end() in starts:
            taken.append(m.span())
    if not taken:
        return
    cues["arrest"] = [sp for sp in cues.get("arrest", []) if sp not in taken]
    if not cues["arrest"]:
        del cues["arrest"]
    cues["overtake"] = sorted({*cues.get("overtake", []), *taken})


_STATIVE = re.compile(r"under|sous|fell|tomb", re.IGNORECASE)  # "under the control of" is no act of taking
_MILITARY_SITE = re.compile(r"\b(?:camp|base|barracks|garrison|post|caserne|poste)s?\b", re.IGNORECASE)


_NOMINAL_TAKING = guarded(r"\b(?:prise|capture|conquête|occupation|seizure|takeover)\b", re.IGNORECASE)


_FOUGHT_OFF = guarded(
    r"\b(?:repouss\w+|chass\w+|défait|mis en déroute|repelled|repulsed|drove back|routed|defeated)\s+"
    r"(?:les?\s+|la\s+|l['’]|des\s+|the\s+)?$",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r"(?:où|where)\b", re.IGNORECASE)


def _taker(cues: dict[str, list[Span]], actors: list[ActorMention], text: str) -> ActorMention | None:
    """The subject of the first word of taking ("Malian troops captured the town of X"); None in a passive
    or another sentence ("the camp held by the army was overrun")."""
    start, end = _first(cues, "overtake")
    # « Tombouctou, où les rebelles du MNLA sont entrés », "the town, where the rebels entered": a relative clause
    # names its own subject
    inside = next((a for a in actors if start < a.start < end), None) if _RELATIVE.match(text, start) else None
    if inside is not None:
        return inside
    # « la prise de la ville de Kidal par l'armée », "the capture of Gao by the rebels": the agent after the noun
    agent = next((a for a in actors if end <= a.start <= end + 60 and "." not in text[end:a.start]
                  and _BY.search(text, max(end, a.start - 40), a.start)), None)
    if agent is not None and _NOMINAL_TAKING.search(text, start, end):
        return agent
    before = [a for a in actors if a.end <= start]
    # « ont repoussé les soldats et pris le contrôle des camps », "attacked the army and seized the town": the
    # force the subject fought, named between it and the taking, is its object
    while len(before) > 1 and (_object_victim(text, before[-1])
                               or _FOUGHT_OFF.search(text, max(0, before[-1].start - 40), before[-1].start)):
        before.pop()
    if not before:
        return None
    gap_start = before[-1].end
    # "Malian troops backed by Wagner fighters took Kidal": the ally named after the subject is not the taker
    # "the Malian and Wagner forces captured Kidal", "the army and Wagner took the town": of joint subjects, the
    # first named is the taker (ACLED's actor 1, the other its associate)
    while len(before) > 1 and (_ALLY.match(text[before[-2].end : before[-1].start])
                               or _AND_JOINED.fullmatch(text, before[-2].end, before[-1].start)):
        before.pop()
    return before[-1] if not _PASSIVE_GAP.search(text, gap_start, start) else None


def _regained(cues: dict[str, list[Span]], state: list[ActorMention], text: str,
              actors: list[ActorMention]) -> bool:
    """Government forces took a place back: a word of retaking, or a word of taking whose subject is a state
    force and whose object is a place, not a military camp (soldiers who take their own camp mutiny)."""
    if _has(cues, "regain") and state:
        return True
    taker = _taker(cues, actors, text) if _has(cues, "overtake") else None
    if taker is None or taker.actor.inter != 1:  # foreign and allied forces (inter 8) are not the government
        return False
    start, end = _first(cues, "overtake")
    return not _STATIVE.match(text, start) and not _MILITARY_SITE.search(text, start, end + 30)


# "withdrew ..., allowing the military to take control", « se sont retirés pour permettre à l'armée de s'installer »:
# a group that made way for the forces handed the place over
_MAKING_WAY = re.compile(r"\b(?:allow|enabl|lett|making way|paving|pave|permett|laiss|céd)", re.IGNORECASE)


def _state_took(cues: dict[str, list[Span]], actors: list[ActorMention], text: str) -> bool:
    """The subject of the first word of taking or retaking is the national army, or a foreign force beside it
    (« les soldats français et maliens »; alone, "French forces occupied an MPSA post", it takes no territory back
    for the government), and what it took is a town, not a post or camp (« a pris possession du camp rétrocédé
    par la Minusma », "soldiers occupied a militia post")."""
    takings = cues.get("overtake", []) + cues.get("regain", [])
    if not takings:
        return False
    taker = _taker({"overtake": takings}, actors, text)
    national = taker is not None and (taker.actor.inter == 1 or (taker.actor.inter == 8 and any(
        a.actor.inter == 1 and _AND_JOINED.fullmatch(text, taker.end, a.start) for a in actors)))
    if not national:
        return False
    start, end = min(takings)
    return not _STATIVE.match(text, start) and not _MILITARY_SITE.search(text, start, end + 30)


def _actor_country(actors: list[ActorMention]) -> str:
    """The country of the first national actor named (a report with no place: 'Malian soldiers ...')."""
    for a in actors:
        if a.actor.inter in (1, 7) and a.actor.country and "{country}" not in a.actor.name:
            return a.actor.country
    return ""


def _home(actors: list[ActorMention], country: str, day: date | None = None) -> Place | None:
    """The base of the first named group that has one in the report's country (any country when unknown):
    'MNLA rebels attacked two nearby towns' is coded to Kidal at geo-precision 3, not to the capital. An armed
    group's base comes before a state or foreign force's: the group operates around its base, the force is
    only garrisoned at its own and goes where the groups are ('French troops and MNLA rebels clashed')."""
    for a in sorted(actors, key=lambda a: a.actor.inter in (1, 8)):
        for home_country, town in a.actor.home_on(day).items():
            if not country or home_country == country:
                return _town(town, home_country)
    return None


@lru_cache(maxsize=64)
def _town(name: str, country: str) -> Place | None:
    from sahelwatch.knowledge.gazetteer import Gazetteer

    found = Gazetteer.load().lookup(name, country)
    return found[0] if found else None


def _between_partner(doc: Doc, place: PlaceMention) -> Place | None:
    """The other end of "between X and Y" or "the road between X and Y" when the event is coded to X."""
    places = doc._.places or []
    if place.partner is None or not 0 <= place.partner < len(places):
        return None
    return places[place.partner].place


def _first_in(places: list[PlaceMention], country: str) -> PlaceMention | None:
    """The first place the report names in `country`: a town (not a convoy's end nor an office's seat), else an
    area, else the country itself."""
    home = [p for p in places if p.place is not None and p.place.country == country]
    towns = [p for p in home if not p.is_region and p.relation not in (ROUTE, TITLE)]
    areas = [p for p in home if p.is_region and p.place is not None and p.place.feature_class == "A"]
    return next(iter(towns or areas or home), None)


@lru_cache(maxsize=16)
def _capital(country: str) -> Place | None:
    """Where ACLED codes an event of which only the country is known: its capital (geo-precision 3)."""
    from sahelwatch.knowledge.gazetteer import Gazetteer

    c = Gazetteer.load().country(country or "Mali")
    return c.capital if c else None


def _background_road(place: PlaceMention, ev: _Event) -> bool:
    """A town named as a road's end or stop (« les axes Dakar-Kayes-Bamako », 'the roads between Sévaré and Gao')
    in a later sentence of the event that tells nothing of it ('Mali imports its fuel along ...'): background,
    not the event's place. The lead under a headline tells the event again (« Sept gendarmes ont péri sur l'axe
    reliant X à Y »): its road is where the event took place."""
    if place.relation != "road" or ev.spans[0][0] <= place.start < ev.spans[0][1]:
        return False
    lo, hi = next((s for s in ev.spans if s[0] <= place.start < s[1]), (place.start, place.end))
    return not any(lo <= at < hi for name in _STRONG for at, _ in ev.cues.get(name, ()))


def _reportish(text: str, lex: _Lex) -> bool:
    """A text worth a guess: it is short enough to be one report of one event (a note, a dispatch)."""
    return len(text) < 2000


def _outside_areas(town: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """The mentions are all areas (countries aside), at least one an admin area, and the town lies in none."""
    areas = [m for m in mentions if m.is_region and m.place is not None and m.place.feature_class == "A"]
    return bool(areas) and all(m.is_region for m in mentions) and not any(_inside(town, a) for a in areas)


def _area_of_country(area: PlaceMention, country: PlaceMention) -> bool:
    """An admin area (« la région de Mopti ») of the country another mention names (coded to its capital)."""
    a, c = area.place, country.place
    return (a is not None and c is not None and area.is_region and a.feature_class == "A" and country.is_region
            and c.feature_code in ("PPLC", "PCLI") and a.country == c.country)


def _inside(town: PlaceMention, region: PlaceMention) -> bool:
    """A town (not a region) that lies in the admin area a region mention names."""
    t, r = town.place, region.place
    if t is not None and r is not None and not town.is_region and region.is_region and region.geo_precision == 3 \
            and r.feature_code in ("PPLC", "PCLI"):
        # a country, coded to its capital (or a part of it, its region unknown): « les sanctions imposées au Mali »
        # holds the report's town
        return t.country == r.country
    if t is None or r is None or town.is_region or r.feature_class != "A" or not t.admin1 or t.admin1 != r.admin1:
        return False
    return r.feature_code != "ADM2" or t.admin2 == r.admin2
