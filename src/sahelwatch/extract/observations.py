"""sw_observations: measured facts that are not events (prices, shortages, service status,
displacement figures, evacuations and advisories, supply deliveries and pledges).

Component: ``sw_observations`` (factory args ``nlp, name, lang``) assigns ``doc._.observations``, a
list of `model.Observation` in text order. It runs last and reads, when present, ``doc._.places``
(location, country, admin1, coordinates), ``doc._.dates`` (the sentence's date, by the rule of
`sahelwatch.extract.dates.date_for_span`) and ``doc._.numbers`` (counts written in words). When one of
those is None it degrades: the date is the publication date, the place is unknown.

How it works
------------
- Trigger gate: the words of the text are looked up once in a set of trigger first-words (currencies,
  shortage words, services, populations, flight verbs, evacuation words, vehicles); only the sentences
  holding one are examined.
- In an examined sentence, lexicon patterns (compiled once per language) find the parts of each kind:
  price = number + currency (+ unit, + commodity nearby, + "up from N" / « contre N »); shortage =
  shortage word + commodity (or the commodity the word implies: "nothing at the pump" → fuel);
  service = service word + nearest status word (closed / open / restricted), or a phrase that implies
  both ("power cuts"); displacement = count + population word (or "people" + flight verb) with origin
  and destination cues; evacuation = departure / advisory phrase with who orders it and who leaves;
  supply = quantity + vehicle or unit ("300 tankers", "200,000 tonnes") + status verb.
- Negation before the status or trigger word ("will not close", « ne ferment pas ») drops the
  observation; a hypothetical ("could close", « pourrait fermer ») keeps it with low confidence and
  ``values["hypothetical"] = True``.
- Every value set has evidence spans (character offsets into the text).

Knowledge lives in ``sahelwatch/data/lexicon/observations_<lang>.json``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.extract.annotations import Component, PlaceMention, doc_text
from sahelwatch.fastre import WordSet, alternation, guarded, sequence_tokens
from sahelwatch.model import Observation

Span = tuple[int, int]

NEAR_CHARS = 90  # how far from a trigger a commodity or status word may stand
MODALITY_CHARS = 40  # how far before a trigger a negation or modal is looked for
PEOPLE_GAP = 35  # "80,000 people are now internally displaced": people noun to flight/population word

# Digits in English and French formats: 1,800 / 1 800 / 1.800 / 1 800 (no-break spaces) / 1.5 / 2,5.
_NUM = r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)"
_WORD = re.compile(r"[^\W\d_]+|[$€]", re.UNICODE)
_THOUSANDS = re.compile(r"^\d{1,3}(?:([,.\u00a0\u202f ])\d{3})+$")


def _form_rx(forms: Iterable[str], case: bool = False) -> str:
    # One lookbehind for all word-initial forms: Python's re tries alternatives one by one, so the
    # boundary check up front skips most positions at once.
    words, others = [], []
    for f in sorted(set(forms), key=len, reverse=True):
        p = re.sub("['’]", "['’]", re.escape(f).replace(r"\ ", r"\s+"))
        if f[-1:].isalnum():
            p += r"(?![\w])"
        (words if f[:1].isalnum() else others).append(p)
    parts = []
    if words:
        # as a trie on the first letters (fastre.alternation: the same matches), a word start tries the few
        # forms of its letter rather than all of them
        parts.append(r"(?<![\w])" + alternation([sequence_tokens(w, re.IGNORECASE) for w in words]))
    parts += others
    return "(?:" + "|".join(parts) + ")"


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


@dataclass
class _Table:
    """Surface forms of canonical names: one compiled alternation and a form → name map."""

    rx: re.Pattern[str]
    names: dict[str, Any]
    firsts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mapping: dict[str, list[str]] | list[list[Any]], case: bool = False) -> _Table:
        names: dict[str, Any] = {}
        forms: list[str] = []
        if isinstance(mapping, dict):
            for name, fs in mapping.items():
                for f in fs:
                    names.setdefault(_key(f), name)
                    forms.append(f)
        else:  # [[form, value...], ...]
            for row in mapping:
                names.setdefault(_key(row[0]), row[1:] if len(row) > 2 else row[1])
                forms.append(row[0])
        flags = re.UNICODE | (0 if case else re.IGNORECASE)
        firsts = frozenset(_first_word(f) for f in forms)
        return cls(guarded(_form_rx(forms), flags), names, firsts)

    def find(
        self, text: str, lo: int, hi: int, words: frozenset[str] | None = None
    ) -> list[tuple[int, int, Any]]:
        """The forms in text[lo:hi]; `words` (the sentence's lower-cased words) skips a table none of
        whose forms can start there."""
        if words is not None and self.firsts.isdisjoint(words):
            return []
        return [(m.start(), m.end(), self.names.get(_key(m.group()))) for m in self.rx.finditer(text, lo, hi)]


@dataclass
class _Lexicon:
    lang: str
    commodities: _Table
    currencies: _Table
    prefix_currencies: set[str]
    units: _Table
    unit_after: re.Pattern[str]
    unit_anywhere: re.Pattern[str]
    previous_after: re.Pattern[str]
    range_before: re.Pattern[str]
    price_cues: re.Pattern[str]
    shortage: _Table
    services: _Table
    service_implied: _Table
    status: _Table
    nationwide: re.Pattern[str]
    populations: _Table
    people: re.Pattern[str]
    flight: re.Pattern[str]
    destination_cue: re.Pattern[str]
    origin_cue: re.Pattern[str]
    evacuation: _Table
    evac_by: list[re.Pattern[str]]
    evac_who: list[re.Pattern[str]]
    vehicles: _Table
    vehicle_commodity: dict[str, str]
    supply_units: _Table
    supply_status: _Table
    list_joiner: re.Pattern[str]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    number: re.Pattern[str]
    scales: dict[str, int]
    triggers: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # the trigger words found in one pass over a report (_WORD's words: letter runs, "$", "€")
        self.trigger_words = WordSet(self.triggers, symbols="$€")


def load_lexicon_file(lang: str) -> dict[str, Any]:
    path = resources.files("sahelwatch.data.lexicon") / f"observations_{lang}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def lexicon(lang: str) -> _Lexicon:
    d = load_lexicon_file(lang if lang in ("en", "fr") else "en")
    units = _Table.of(d["units"])
    unit_forms = _form_rx(f for fs in d["units"].values() for f in fs)
    links = _form_rx(d["unit_links"])
    cur_forms = _form_rx(f for fs in d["currencies"].values() for f in fs)
    scales = {k.lower(): int(v) for k, v in d["quantity_scales"].items()}
    scale_rx = _form_rx(scales)
    number = re.compile(_NUM + r"(?:\s*(" + scale_rx + r"))?", re.IGNORECASE)
    prefix = {
        f for fs in d["currencies"].values() for f in fs if not f.isalpha() or (f.isupper() and len(f) >= 3)
    }
    trigger_tables = [
        d["currencies"],
        d["services"],
        d["populations"],
        d["supply_vehicles"],
        d["supply_units"],
    ]
    triggers: set[str] = set()
    for table in trigger_tables:
        for forms in table.values():
            triggers.update(_first_word(f) for f in forms)
    for row in d["shortage"] + d["service_implied"] + d["evacuation_types"]:
        triggers.add(_first_word(row[0]))
    triggers.update(_first_word(f) for f in d["flight_verbs"])
    triggers.discard("")
    return _Lexicon(
        lang=lang,
        commodities=_Table.of(d["commodities"]),
        currencies=_Table.of(d["currencies"], case=True),
        prefix_currencies=prefix,
        units=units,
        unit_after=re.compile(r"\s*(?:(?:" + links + r")\s*|/\s*)(" + unit_forms + ")", re.IGNORECASE),
        unit_anywhere=re.compile(r"(?:" + links + r"|/)\s*(" + unit_forms + ")", re.IGNORECASE),
        previous_after=re.compile(
            r"[\s,;(]*(?:[\w'’-]+[\s,]+){0,3}?(?:" + _form_rx(d["previous_cues"]) + r")\s+(?:\w+\s+)?" + _NUM,
            re.IGNORECASE,
        ),
        range_before=re.compile(
            _form_rx(d["range_from_cues"])
            + r"\s+"
            + _NUM
            + r"(?:\s*"
            + cur_forms
            + r")?\s+"
            + _form_rx(d["range_to_cues"])
            + r"\s*$",
            re.IGNORECASE,
        ),
        price_cues=guarded(_form_rx(d["price_cues"]), re.IGNORECASE),
        shortage=_Table.of(d["shortage"]),
        services=_Table.of(d["services"]),
        service_implied=_Table.of(d["service_implied"]),
        status=_Table.of(d["service_status"]),
        nationwide=guarded(_form_rx(d["nationwide"]), re.IGNORECASE),
        populations=_Table.of(d["populations"]),
        people=guarded(_form_rx(d["people_nouns"]), re.IGNORECASE),
        flight=guarded(_form_rx(d["flight_verbs"]), re.IGNORECASE),
        destination_cue=re.compile(
            _form_rx(d["destination_cues"]) + r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE
        ),
        origin_cue=re.compile(
            _form_rx(d["origin_cues"]) + r"\s*(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE
        ),
        evacuation=_Table.of(d["evacuation_types"]),
        evac_by=[re.compile(p) for p in d["evacuation_by_patterns"]],
        evac_who=[re.compile(p) for p in d["evacuation_who_patterns"]],
        vehicles=_Table.of(d["supply_vehicles"]),
        vehicle_commodity=dict(d["vehicle_commodity"]),
        supply_units=_Table.of(d["supply_units"]),
        supply_status=_Table.of(d["supply_status"]),
        list_joiner=re.compile(
            r"\s*(?:"
            + "|".join(
                re.escape(j).replace(r"\ ", r"\s*")
                for j in sorted(d["origin_list_joiners"], key=len, reverse=True)
            )
            + r")\s*$",
            re.IGNORECASE,
        ),
        negation=guarded(_form_rx(d["negations"]), re.IGNORECASE),
        hypothetical=guarded(_form_rx(d["hypotheticals"]), re.IGNORECASE),
        number=number,
        scales=scales,
        triggers=frozenset(triggers),
    )


def _first_word(form: str) -> str:
    m = _WORD.search(form.lower())
    return m.group() if m else ""


def parse_number(digits: str, scale: str | None = None, scales: dict[str, int] | None = None) -> float:
    """'1,800' / '1 800' / '1.800' → 1800; '1.5' / '2,5' → 1.5 / 2.5; with a scale word, multiplied."""
    s = digits.replace("\u00a0", " ").replace("\u202f", " ")
    m = _THOUSANDS.match(s)
    if m and len({c for c in s if not c.isdigit()}) == 1:
        value = float(re.sub(r"\D", "", s))
    else:
        value = float(s.replace(",", ".").replace(" ", ""))
    if scale and scales:
        value *= scales.get(scale.lower(), 1)
    return value


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@dataclass
class _Number:
    start: int
    end: int
    value: float


@dataclass
class _Context:
    """What every kind needs about the document: text, sentences, places, numbers, default country."""

    doc: Doc
    text: str
    lex: _Lexicon
    places: list[PlaceMention]
    country: str
    country_span: Span | None
    word_numbers: list[_Number]
    words: frozenset[str] = frozenset()  # the lower-cased words of the sentence being examined


class ObservationRecognizer(Component):
    """Finds observations in a Doc (`match`) and writes `doc._.observations` (`set_annotations`)."""

    name = "sw_observations"

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in ("en", "fr") else "en"
        self.lex = lexicon(self.lang)

    def set_annotations(self, doc: Doc, observations: list[Observation]) -> None:
        doc._.observations = observations

    def match(self, doc: Doc) -> list[Observation]:
        text = doc_text(doc)  # read once: Doc.text joins every token on each access
        lex = self.lex
        hits = [start for start, _, _ in lex.trigger_words.find(text)]
        if not hits:
            return []
        ctx = self._context(doc, text)
        out: list[Observation] = []
        bounds = _sentences(doc, text)
        starts = [s for s, _ in bounds]
        seen: set[int] = set()
        for h in hits:
            i = bisect_right(starts, h) - 1
            if i < 0 or i in seen:
                continue
            seen.add(i)
            lo, hi = bounds[i]
            out.extend(self._sentence(ctx, lo, hi))
        out.sort(key=lambda o: min((s[0] for v in o.evidence.values() for s in v), default=0))
        return _one_per_figure(out)

    def _context(self, doc: Doc, text: str) -> _Context:
        places = [p for p in (doc._.places or []) if p.place is not None]
        counts = Counter(p.place.country for p in places if p.place and p.place.country)
        country, span = "", None
        if counts:
            country = counts.most_common(1)[0][0]
            first = next(p for p in places if p.place and p.place.country == country)
            span = (first.start, first.end)
        word_numbers = [
            _Number(n.start, n.end, float(n.value))
            for n in (doc._.numbers or [])
            if not any(c.isdigit() for c in n.text)
        ]
        return _Context(doc, text, self.lex, places, country, span, word_numbers)

    # -- one sentence ---------------------------------------------------------------------------
    def _sentence(self, ctx: _Context, lo: int, hi: int) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        ctx.words = frozenset(_WORD.findall(text[lo:hi].lower()))
        numbers = self._numbers(ctx, lo, hi)
        commodities = lex.commodities.find(text, lo, hi, ctx.words)
        places = [p for p in ctx.places if lo <= p.start < hi]
        out: list[Observation] = []
        out += self._prices(ctx, lo, hi, numbers, commodities, places)
        out += self._shortages(ctx, lo, hi, commodities, places)
        out += self._services(ctx, lo, hi, places)
        out += self._displacements(ctx, lo, hi, numbers, places)
        out += self._evacuations(ctx, lo, hi, places)
        out += self._supplies(ctx, lo, hi, numbers, commodities, places)
        return out

    def _numbers(self, ctx: _Context, lo: int, hi: int) -> list[_Number]:
        nums = []
        for m in ctx.lex.number.finditer(ctx.text, lo, hi):
            try:
                value = parse_number(m.group(1), m.group(2), ctx.lex.scales)
            except ValueError:
                continue
            nums.append(_Number(m.start(), m.end(), value))
        nums += [n for n in ctx.word_numbers if lo <= n.start < hi]
        return sorted(nums, key=lambda n: n.start)

    # -- prices ---------------------------------------------------------------------------------
    def _prices(
        self,
        ctx: _Context,
        lo: int,
        hi: int,
        numbers: list[_Number],
        commodities: list[tuple[int, int, Any]],
        places: list[PlaceMention],
    ) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        if not commodities:
            return []
        out = []
        used: set[int] = set()
        for cs, ce, code in lex.currencies.find(text, lo, hi, ctx.words):
            cur_text = text[cs:ce]
            num = next(
                (n for n in numbers if n.end <= cs and not text[n.end : cs].strip() and n.start not in used),
                None,
            )
            if num is None and cur_text in lex.prefix_currencies:
                num = next(
                    (
                        n
                        for n in numbers
                        if n.start >= ce and not text[ce : n.start].strip() and n.start not in used
                    ),
                    None,
                )
            if num is None or _looks_like_year(text, num):
                continue
            used.add(num.start)
            vend = max(ce, num.end)
            obs = Observation(kind="price")
            ev = obs.evidence
            obs.values.update(value=_num(num.value), currency=code)
            ev["value"] = [(num.start, num.end)]
            ev["currency"] = [(cs, ce)]
            um = lex.unit_after.match(text, vend, hi)
            if um is None:
                um = lex.unit_anywhere.search(text, lo, hi)
            if um:
                obs.values["unit"] = lex.units.names.get(_key(um.group(1)), um.group(1).lower())
                ev["unit"] = [um.span(1)]
            elif not lex.price_cues.search(text, lo, hi):
                continue  # a sum of money about a commodity, not a price
            cs_, ce_, name = _nearest(commodities, num.start, prefer_before=True)
            obs.values["commodity"] = name
            ev["commodity"] = [(cs_, ce_)]
            after = um.end(1) if um and um.start() >= vend else vend
            pm = lex.previous_after.match(text, after, hi)
            rb = lex.range_before.search(text, max(lo, num.start - 60), num.start)
            prev = pm or rb
            if prev:
                pv = parse_number(prev.group(1))
                obs.values["previous_value"] = _num(pv)
                obs.values["change"] = _num(num.value - pv)
                ev["previous_value"] = [prev.span(1)]
            self._finish(
                ctx, obs, lo, hi, num.start, places, confidence=0.6 + 0.2 * bool(um) + 0.1 * bool(prev)
            )
            out.append(obs)
        return [o for o in out if o.confidence > 0]

    # -- shortages ------------------------------------------------------------------------------
    def _shortages(
        self,
        ctx: _Context,
        lo: int,
        hi: int,
        commodities: list[tuple[int, int, Any]],
        places: list[PlaceMention],
    ) -> list[Observation]:
        out: list[Observation] = []
        done: set[str] = set()
        for ts, te, (severity, implied) in ctx.lex.shortage.find(ctx.text, lo, hi, ctx.words):
            # A trigger that names its commodity ("nothing at the pump") only yields to one right by it.
            reach = 25 if implied else NEAR_CHARS
            near = [c for c in commodities if min(abs(c[0] - te), abs(ts - c[1])) <= reach]
            found: list[tuple[str, Span | None]] = [(c[2], (c[0], c[1])) for c in near]
            if not found and implied:
                found = [(implied, None)]
            for name, span in found:
                if name in done:
                    continue
                obs = Observation(kind="shortage")
                obs.values.update(commodity=name, severity=severity)
                obs.evidence["commodity"] = [span or (ts, te)]
                obs.evidence["severity"] = [(ts, te)]
                self._finish(ctx, obs, lo, hi, ts, places, confidence=0.7 if span else 0.55, anchor_end=te)
                if obs.confidence > 0:
                    done.add(name)
                    out.append(obs)
        return out

    # -- services -------------------------------------------------------------------------------
    def _services(self, ctx: _Context, lo: int, hi: int, places: list[PlaceMention]) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        found: list[tuple[str, Span, str, Span]] = []
        implied = lex.service_implied.find(text, lo, hi, ctx.words)
        for s, e, (service, status) in implied:
            found.append((service, (s, e), status, (s, e)))
        services = [
            sv
            for sv in lex.services.find(text, lo, hi, ctx.words)
            if not any(s <= sv[0] < e for s, e, _ in implied)
        ]
        if services:
            statuses = [
                st
                for st in lex.status.find(text, lo, hi, ctx.words)
                if not any(sv[0] <= st[0] < sv[1] for sv in services)
            ]
            for s, e, service in services:
                st = _nearest(statuses, s, limit=NEAR_CHARS)
                if st is not None:
                    found.append((service, (s, e), st[2], (st[0], st[1])))
        nation = lex.nationwide.search(text, lo, hi)
        out: list[Observation] = []
        done: set[str] = set()
        for service, sspan, status, stspan in sorted(found, key=lambda f: f[1]):
            if service in done:
                continue
            obs = Observation(kind="service")
            obs.values.update(service=service, status=status)
            obs.evidence["service"] = [sspan]
            obs.evidence["status"] = [stspan]
            self._finish(
                ctx, obs, lo, hi, stspan[0], places, confidence=0.75, anchor_end=stspan[1], nationwide=nation
            )
            if obs.confidence > 0:
                done.add(service)
                out.append(obs)
        return out

    # -- displacement ---------------------------------------------------------------------------
    def _displacements(
        self, ctx: _Context, lo: int, hi: int, numbers: list[_Number], places: list[PlaceMention]
    ) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        pops = lex.populations.find(text, lo, hi, ctx.words)
        flights = [m.span() for m in lex.flight.finditer(text, lo, hi)]
        flight = flights[0] if flights else None
        anchors: list[tuple[int, int, str | None]] = list(pops)
        for m in lex.people.finditer(text, lo, hi) if (flights or pops) else ():
            # "5,000 people ... fled" / "forcing 5,000 people": only a people noun by a flight verb or
            # a population word counts, so "3 people were killed, 2,800 were displaced" is not 3.
            s, e = m.span()
            pop = next((p[2] for p in pops if 0 <= p[0] - e <= PEOPLE_GAP), None)
            if pop is not None or any(0 <= fs - e <= PEOPLE_GAP or 0 <= s - fe <= 20 for fs, fe in flights):
                anchors.append((s, e, pop))
        out: list[Observation] = []
        used: set[int] = set()
        for s, e, population in sorted(anchors):
            num = _count_before(text, numbers, s)
            if num is None or num.start in used or _looks_like_year(text, num):
                continue
            used.add(num.start)
            if out and text[max(lo, num.start - 2) : num.start].strip() == "(":
                continue  # "10,600 people (1,523 households)": the same figure restated
            dest = _cued_place(text, places, lex.destination_cue, after=num.end)
            origin = _cued_place(text, places, lex.origin_cue, after=lo)
            if origin is not None and dest is not None and origin is dest:
                origin = None
            if population is None:
                if flight is None:
                    continue
                # Fleeing to a country, or to a town of another country than the report's, is a
                # border crossing.
                foreign = dest is not None and (
                    _is_country(dest)
                    or bool(dest.place and ctx.country and dest.place.country != ctx.country)
                )
                population = "refugees" if foreign else "idps"
            obs = Observation(kind="displacement")
            obs.values.update(population=population, count=_num(num.value))
            obs.evidence["population"] = [(s, e)]
            obs.evidence["count"] = [(num.start, num.end)]
            if dest is not None:
                obs.values["destination"] = _place_name(dest)
                obs.evidence["destination"] = [(dest.start, dest.end)]
            if origin is not None:
                obs.values["origin"] = _place_name(origin)
                obs.evidence["origin"] = [(origin.start, origin.end)]
            elif (
                population in ("refugees", "asylum seekers")
                and ctx.country
                and ctx.country_span
                and (dest is None or dest.place is None or dest.place.country != ctx.country)
            ):
                obs.values["origin"] = ctx.country
                obs.evidence["origin"] = [ctx.country_span]
            where = [dest] if dest is not None else [p for p in places if p is not origin]
            self._finish(ctx, obs, lo, hi, s, where, confidence=0.7 + 0.1 * bool(dest), anchor_end=e)
            if obs.confidence > 0:
                out.append(obs)
        return out

    # -- evacuation and advisories --------------------------------------------------------------
    def _evacuations(self, ctx: _Context, lo: int, hi: int, places: list[PlaceMention]) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        found = lex.evacuation.find(text, lo, hi, ctx.words)
        if not found:
            return []
        s, e, kind = max(found, key=lambda f: (f[2] != "advisory", f[1] - f[0]))
        obs = Observation(kind="evacuation")
        obs.values["type"] = kind
        obs.evidence["type"] = [(s, e)]
        by = _first_match(lex.evac_by, text, lo, hi) or _first_match(
            lex.evac_by, text, 0, min(len(text), 600)
        )
        if by:
            obs.values["by"] = by.group().strip()
            obs.evidence["by"] = [by.span()]
        who = _first_match(lex.evac_who, text, lo, hi)
        if who:
            obs.values["who"] = who.group().strip()
            obs.evidence["who"] = [who.span()]
        self._finish(
            ctx, obs, lo, hi, s, places, confidence=0.6 + 0.1 * bool(by) + 0.1 * bool(who), anchor_end=e
        )
        return [obs] if obs.confidence > 0 else []

    # -- supplies -------------------------------------------------------------------------------
    def _supplies(
        self,
        ctx: _Context,
        lo: int,
        hi: int,
        numbers: list[_Number],
        commodities: list[tuple[int, int, Any]],
        places: list[PlaceMention],
    ) -> list[Observation]:
        text, lex = ctx.text, ctx.lex
        anchors: list[tuple[int, int, Any]] = lex.vehicles.find(text, lo, hi, ctx.words)
        anchors += lex.supply_units.find(text, lo, hi, ctx.words)
        if not anchors and not commodities:
            return []
        statuses = lex.supply_status.find(text, lo, hi, ctx.words)
        if not statuses:
            return []
        if not anchors:
            # "some fuel was able to enter Bamako": a commodity right before a delivery or blocking verb,
            # in a sentence that is not about its price.
            if lex.currencies.find(text, lo, hi, ctx.words):
                return []
            anchors = [
                (cs, ce, None)
                for cs, ce, _ in commodities
                if any(
                    0 <= st[0] - ce <= 30
                    and st[2] in ("delivered", "blocked")
                    and not lex.price_cues.search(text, ce, st[0])
                    for st in statuses
                )
            ]
        counted = {a[0]: _count_before(text, numbers, a[0]) for a in anchors}
        has_counted_vehicle = any(counted[a[0]] is not None and a[2] != "convoy" for a in anchors)
        out: list[Observation] = []
        for s, e, unit in sorted(anchors):
            num = counted[s]
            if unit == "convoy" and has_counted_vehicle:
                continue
            if num is None and unit not in ("convoy",) and any(o.values.get("unit") == unit for o in out):
                continue
            if num is not None and _looks_like_year(text, num):
                num = None
            st = _nearest(statuses, e, limit=2 * NEAR_CHARS)
            if st is None:
                continue
            obs = Observation(kind="supply")
            ev = obs.evidence
            com = _nearest([c for c in commodities if abs(c[0] - s) <= NEAR_CHARS], s)
            if com is not None:
                obs.values["commodity"] = com[2]
                ev["commodity"] = [(com[0], com[1])]
            elif unit in lex.vehicle_commodity:
                obs.values["commodity"] = lex.vehicle_commodity[unit]
                ev["commodity"] = [(s, e)]
            if num is not None:
                obs.values["quantity"] = _num(num.value)
                ev["quantity"] = [(num.start, num.end)]
            if unit is not None:
                obs.values["unit"] = unit
                ev["unit"] = [(s, e)]
            obs.values["status"] = st[2]
            ev["status"] = [(st[0], st[1])]
            origin = _cued_place(text, places, lex.origin_cue, after=lo)
            origins = _listed(text, places, origin, lex.list_joiner) if origin is not None else []
            if origins:
                obs.values["origin"] = ", ".join(_place_name(p) for p in origins)
                ev["origin"] = [(p.start, p.end) for p in origins]
            where = [p for p in places if all(p is not o for o in origins)]
            self._finish(
                ctx,
                obs,
                lo,
                hi,
                st[0],
                where,
                confidence=0.6 + 0.1 * bool(num) + 0.1 * bool(com),
                anchor_end=st[1],
                modal=st[2] != "pledged",
            )
            if obs.confidence > 0:
                out.append(obs)
        return out

    # -- date, place, modality ------------------------------------------------------------------
    def _finish(
        self,
        ctx: _Context,
        obs: Observation,
        lo: int,
        hi: int,
        anchor: int,
        places: list[PlaceMention],
        confidence: float,
        anchor_end: int | None = None,
        nationwide: re.Match[str] | None = None,
        modal: bool = True,
    ) -> None:
        text, lex = ctx.text, ctx.lex
        window_lo = max(lo, anchor - MODALITY_CHARS)
        cut = max(text.rfind(c, window_lo, anchor) for c in ",;:")
        if cut >= 0 and anchor - cut > 3:
            window_lo = cut + 1
        before = text[window_lo:anchor]
        after = text[anchor_end or anchor : min(hi, (anchor_end or anchor) + 12)]
        negated = lex.negation.search(before) is not None
        if lex.lang == "fr" and not negated:
            negated = (
                re.search(r"(?<!\w)(?:ne|n['’])\s", before) is not None
                and re.match(r"^\s*(?:\w+\s+)?(?:pas|plus|jamais)\b", after) is not None
            )
        if negated:
            obs.confidence = 0.0
            return
        if modal and lex.hypothetical.search(before):
            obs.values["hypothetical"] = True
            confidence *= 0.4
        obs.confidence = round(min(confidence, 0.95), 3)
        if nationwide:
            obs.values["scope"] = "national"
            obs.evidence["scope"] = [nationwide.span()]
        self._date(ctx, obs, lo, hi)
        self._place(ctx, obs, anchor, places or _paragraph_town(ctx, lo, anchor), nationwide)

    def _date(self, ctx: _Context, obs: Observation, lo: int, hi: int) -> None:
        # The rule of sahelwatch.extract.dates.date_for_span for a whole sentence: a date inside it
        # (news before background), else the last news date before it, else the publication date.
        dates = ctx.doc._.dates or []
        inside = [d for d in dates if d.start >= lo and d.end <= hi]
        now = _NOW.search(ctx.text, lo, hi)
        # "are now displaced", « à ce jour »: the figure is the report's, not of the day an earlier sentence told nor
        # of a background year it is compared with ("presently 332,957, a record since the crisis began in 2013")
        dm = next((d for d in inside if not d.background), None if now or not inside else inside[0])
        if dm is None and not now:
            dm = next((d for d in reversed(dates) if not d.background and d.end <= lo), None)
        if dm is None:
            obs.date, obs.time_precision = ctx.doc._.published or date.today(), 1
            return
        obs.date, obs.time_precision = dm.value, dm.time_precision
        if dm.end > dm.start:
            obs.evidence["date"] = [(dm.start, dm.end)]

    @staticmethod
    def _place(
        ctx: _Context,
        obs: Observation,
        anchor: int,
        places: list[PlaceMention],
        nationwide: re.Match[str] | None,
    ) -> None:
        chosen = None
        if not nationwide:
            towns = [p for p in places if p.place is not None and not _is_country(p)]
            pool = towns or [p for p in places if p.place is not None]
            if pool:
                chosen = min(pool, key=lambda p: abs(p.start - anchor))
        if chosen is not None and chosen.place is not None:
            obs.country = chosen.place.country
            obs.evidence["country"] = [(chosen.start, chosen.end)]
            if not _is_country(chosen):
                obs.location = chosen.place.name
                obs.admin1 = chosen.place.admin1
                obs.latitude, obs.longitude = chosen.place.latitude, chosen.place.longitude
                obs.evidence["location"] = [(chosen.start, chosen.end)]
            return
        if ctx.country:
            obs.country = ctx.country
            obs.evidence["country"] = (
                [nationwide.span()] if nationwide else ([ctx.country_span] if ctx.country_span else [])
            )
            if not obs.evidence["country"]:
                del obs.evidence["country"]


# ---------------------------------------------------------------------------------------------------
# helpers


_NOW = re.compile(r"\b(?:now|currently|presently|to date|as of today|actuellement|désormais|à ce jour|"
                  r"aujourd['’]hui)\b", re.IGNORECASE)


def _one_per_figure(observations: list[Observation]) -> list[Observation]:
    """"300 tankers destroyed" in an infobox and "over 300 fuel tankers have been destroyed" in the lead, or one
    figure read twice in a sentence: one fact of the report is one observation, the one that says the most."""
    def key(o: Observation) -> tuple[Any, ...] | None:
        figure = o.values.get("quantity", o.values.get("count"))
        v = o.values
        return None if figure is None else (o.kind, figure, v.get("unit"), v.get("status"), v.get("population"), o.date)

    best: dict[tuple[Any, ...], Observation] = {}
    for o in observations:
        k = key(o)
        if k is not None and (k not in best or len(o.values) > len(best[k].values)):
            best[k] = o
    return [o for o in observations if (k := key(o)) is None or best[k] is o]


def _paragraph_town(ctx: _Context, lo: int, anchor: int) -> list[PlaceMention]:
    """A sentence that names no place ("Four health centres have closed.") tells of the town its paragraph named
    last before it ("Armed groups have blockaded Djibo since 17 February."), if any."""
    start = ctx.text.rfind("\n", 0, anchor) + 1  # the sentence's own paragraph (its span may start at a break)
    towns = [p for p in ctx.places if start <= p.start < lo and not p.is_region and p.relation in ("in", "near")]
    return towns[-1:]


def _sentences(doc: Doc, text: str) -> list[Span]:
    # Arrays, not doc.sents or has_annotation: those build a Token per word, which costs more than
    # the rest of this stage.
    arr = doc.to_array(["SENT_START", "IDX"]) if len(doc) else None
    if arr is not None and (arr[:, 0] != 0).any():
        starts = arr[arr[:, 0] == 1, 1].tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        ends = starts[1:] + [len(text)]
        return list(zip(starts, ends, strict=True))
    bounds, start = [], 0
    for m in re.finditer(r"[.!?]+\s+|\n\s*\n", text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _nearest(
    items: list[tuple[int, int, Any]], pos: int, prefer_before: bool = False, limit: int | None = None
) -> Any:
    best, best_d = None, None
    for it in items:
        d = pos - it[1] if it[1] <= pos else it[0] - pos
        d = max(d, 0)
        if prefer_before and it[1] > pos:
            d += 25  # "diesel now sells at 1,800": the commodity usually comes first
        if limit is not None and d > limit:
            continue
        if best_d is None or d < best_d:
            best, best_d = it, d
    return best


_GAP = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}$")


def _count_before(text: str, numbers: list[_Number], pos: int) -> _Number | None:
    """The number standing just before `pos`, at most two words away ("50,000 Malian refugees")."""
    for n in reversed(numbers):
        if n.end > pos:
            continue
        gap = text[n.end : pos]
        if len(gap) > 40:
            return None
        return n if _GAP.match(gap) and not re.search(r"\d", gap) else None
    return None


def _looks_like_year(text: str, n: _Number) -> bool:
    raw = text[n.start : n.end]
    return raw.isdigit() and len(raw) == 4 and 1900 <= n.value <= 2100


def _cued_place(
    text: str, places: list[PlaceMention], cue: re.Pattern[str], after: int
) -> PlaceMention | None:
    for p in places:
        if p.start >= after and cue.search(text, max(0, p.start - 25), p.start):
            return p
    return None


def _listed(
    text: str, places: list[PlaceMention], first: PlaceMention, joiner: re.Pattern[str]
) -> list[PlaceMention]:
    """`first` and the places listed after it ("from Senegal, Ivory Coast, and Guinea")."""
    out = [first]
    for p in places:
        if p.start > out[-1].end and joiner.match(text[out[-1].end : p.start]):
            out.append(p)
        elif p.start > out[-1].end:
            break
    return out


def _is_country(p: PlaceMention) -> bool:
    return bool(p.is_region and p.place is not None and p.place.feature_class != "A")


def _place_name(p: PlaceMention) -> str:
    if p.place is None:
        return p.text
    return p.place.country if _is_country(p) else p.place.name


def _first_match(patterns: list[re.Pattern[str]], text: str, lo: int, hi: int) -> re.Match[str] | None:
    best = None
    for rx in patterns:
        m = rx.search(text, lo, hi)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


@Language.factory("sw_observations", default_config={"lang": "en"}, assigns=["doc._.observations"])
def make_observation_recognizer(nlp: Language, name: str, lang: str) -> ObservationRecognizer:
    return ObservationRecognizer(lang)
