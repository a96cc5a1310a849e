"""sw_dates: find every date expression of a report and resolve it against the publication date.

Component: ``sw_dates`` (factory args ``nlp, name, lang``) assigns ``doc._.dates``: a list of
`DateMention` (character offsets into ``doc.text``), sorted by position. It reads ``doc._.published``
(a `datetime.date`; today when unset).

Public API
----------
``find_dates(text, published, lang="en") -> list[DateMention]``
    The same as the component, on a plain string (no spaCy needed).
``date_for_span(doc, start, end) -> DateMention | None``
    The date that governs the clause at character offsets ``[start, end)`` of ``doc.text``:
    1. a date inside the clause (a non-background one first; a clause that only holds a background date,
       "the March 2022 massacre in Moura killed ...", is that background event and gets its date);
    2. else a non-background date of the same sentence: the nearest one before the clause, else the
       first after it;
    3. else the nearest non-background date in an earlier sentence;
    4. else the publication date, as ``DateMention(start=0, end=0, text="", value=published,
       time_precision=1)``. None only when the doc has no publication date and no dates.
    A date that says when the news was told (« a annoncé lundi », « on apprend ce mardi », the day of a
    dateline « Ouagadougou, dimanche – ») dates a clause only when it names no other.
``governing_date(doc) -> DateMention | None``
    The first non-background date of the document (the report's news date), if any.

Resolution rules (DESIGN.md, ACLED conventions)
-----------------------------------------------
- A day and month without a year take the latest year that does not put the date more than 7 days
  after publication ("on 30 December" in a report of 2 January is last year's); but after an explicit
  date with a year more than 30 days before publication (a report telling an older story), they take
  the year that puts them nearest that date.
- "March 2022", "in March" → the 15th, time_precision 3; "in March" without a year is the latest March
  not after the publication month ("last March": strictly before it).
- "early/mid/late March", « début/mi-/fin mars » → the 5th/15th/25th, time_precision 2.
- Weekdays: "on Tuesday", « mardi », « ce mardi » → the most recent Tuesday on or before publication
  (a wire story of a Friday that says "on Friday" means that day); "last Tuesday", « mardi dernier »
  → strictly before publication; "next Tuesday" → after it (then background, see below).
- "yesterday"/« hier » publication − 1; "today", "this morning", "tonight", "overnight", « cette nuit »
  → publication date (a night ending on the publication morning); "last night"/« la nuit dernière » −1.
- A night between two weekdays ("the night of Sunday to Monday", « dans la nuit de samedi à dimanche »)
  → the first day, the evening it starts on (the ACLED convention, as for "the night of 3 to 4 May").
- Ranges: the first day. "the night of 3 to 4 May", « dans la nuit du 3 au 4 mai », "overnight between
  November 7-8" → time_precision 1; "between 3 and 5 May", "from 3 to 5 May", « du 3 au 5 mai » → 2;
  a bare range ("7-8 May") → 1 for two consecutive days, else 2; two days joined by "and"/« et »
  (« les 17 et 20 février ») are two days: the first, precision 1.
- "the week of 11 October", « la semaine du 11 octobre » → the 14th (mid-week), time_precision 2.
- A hedged day ("around 6 May", "on or about", "as reported on 6 May", "6 May (as reported)",
  « vers le 6 mai ») → time_precision 2.
- "last week"/« la semaine dernière » → the middle day (Thursday) of the previous Monday–Sunday week,
  precision 2; "this week" → midway between its Monday and publication, precision 2; "(last) weekend"
  → its Saturday, precision 2; "last month" → the 15th of the previous month, precision 3; "this month"
  → the 15th, precision 3.
- "the previous day", « la veille », "the next day", « le lendemain », "two days later" count from the
  nearest preceding resolved non-background date (else publication); "three days ago", « il y a trois
  jours » from publication; a unit may be hours or (French) weeks and months, precision 2 from a week on
  (« il y a 48 heures », « il y a une semaine »).
- « le premier février »: a day in words; "mardi 04/02/2025": a weekday before a date names that day;
  « dans la nuit du 12 au 13 » without a month: the latest month whose 12th is not after publication;
  a holiday on a fixed day (« le jour de l'an », "Christmas Day"): its latest occurrence.
- A date that names something (« le Mouvement du 5 juin », « la place du 26 Mars », "the June 5 Movement")
  is no date.
- A year alone ("in 2019", « depuis 2012 », "last year") → 1 July of that year, precision 3, always
  background (ACLED has no year precision, so it never dates an event of the report).
- Dates with precision 2 or 3 never fall after publication: mid-month is clamped to the publication
  date ("this month" in a report of the 5th is the 5th).

Background (``DateMention.background``)
---------------------------------------
A mention is background when any of these holds:
1. it is a year alone or a year period ("in 2019", "last year");
2. it is more than 1 day after publication (planned, not happened);
3. it is more than 7 days before publication AND sits in a background construction: after "since",
   "until", « depuis », « jusqu'au »; attributive before an event noun ("the March 2022 massacre"); or
   inside a definite event-noun phrase with no verb between the noun and the date ("the massacre of
   some 160 villagers in Ogossagou in March 2019", « le massacre d'Ogossagou en mars 2019 »);
4. it is more than 30 days before the report's lead date (the first mention that rules 1–3 leave
   as news).
A background date that opens its sentence with a period's start ("Since the September 2022 coup, the army
has ...", « Depuis 2019, ... ») is also ``opens_period``: the sentence tells of a trend, not of one event.

Age alone against publication is not enough: reports (and ACLED notes) often reach the desk weeks after
the event they lead with, so the lead keeps its own date however old it is.

Knowledge lives in ``sahelwatch/data/lexicon/dates_<lang>.json``; the patterns are compiled once per
language, and each runs only in windows around a word it needs (a month, a weekday, a digit ...).
dateparser is not used: it is far slower, and these rules cost about 0.2 ms per 50-word note.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.extract.annotations import Component, DateMention, doc_text
from sahelwatch.fastre import WordSet, guarded, phrase_alternatives

BACKGROUND_DAYS = 30  # older than this before the report's lead date: background
CONSTRUCTION_DAYS = 7  # in a background construction and older than this before publication: background
FUTURE_SLACK_DAYS = 1  # a date this much after publication is still the report's news (time zones)
YEAR_SLACK_DAYS = 7  # a day-month without a year may be this far after publication (late filing)

_WORD = re.compile(r"[^\W\d_]+")
_DIGIT_ANCHOR = re.compile(r"\d[/.-]\d|(?:19|20)\d\d")


# ---------------------------------------------------------------------------------------------------
# Lexicon and patterns


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, spaces matching any run of spaces."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    # as a trie on their leading letters (same matches, same order; see fastre.phrase_alternatives): a word
    # start tries the few months, weekdays or cue words of its letters rather than every one
    return phrase_alternatives([re.escape(w).replace(r"\ ", r"\s+") for w in parts])


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip().rstrip(".")


@dataclass
class _Lexicon:
    lang: str
    data: dict[str, Any]
    patterns: list[tuple[str, re.Pattern[str]]]

    def lookup(self, table: str, text: str) -> Any:
        mapping = self.data[table]
        key = _key(text)
        if key in mapping:
            return mapping[key]
        for k, v in mapping.items():
            if _key(k) == key:
                return v
        return None


def load_lexicon_file(name: str) -> dict[str, Any]:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", name)
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def lexicon(lang: str) -> _Lexicon:
    """The compiled date patterns of one language (cached: compiled once per process)."""
    data = load_lexicon_file(f"dates_{lang}.json")
    # Normalise keys once so lookups can be exact.
    for table in ("months", "weekdays", "weekday_before", "weekday_after", "range_open", "day_offsets",
                  "periods", "anaphora", "small_numbers", "part_of_month", "day_words", "holidays"):
        data[table] = {_key(k): v for k, v in data.get(table, {}).items()}
    # An abbreviation ("Sept", « janv ») may take a full stop; a full name may not (it ends a sentence).
    abbreviations = [k for k in data["months"] if any(o != k and o.startswith(k) for o in data["months"])]
    full_names = [k for k in data["months"] if k not in abbreviations]
    months = f"(?:{_alt(full_names)})|(?:{_alt(abbreviations)})\\.?"
    weekdays = _alt(data["weekdays"])
    suffix = data.get("day_suffix", "")
    day_of = _alt(data.get("day_of", []))
    of = rf"(?:\s+(?:{day_of}))?" if day_of else ""
    sep = _alt(data["range_sep"])
    opener = _alt(data["range_open"])
    night_wd = _alt(data["night_of_weekdays"])
    dets = _alt(["le", "les", "the", "on", "on the"] if lang == "fr" else ["the", "on the"])

    def mon(name: str) -> str:
        return rf"(?P<{name}>{months})"

    # a day written as a word (« le premier février »)
    day_words = rf"|{_alt(data['day_words'])}" if data.get("day_words") else ""

    def day(name: str) -> str:
        return rf"(?P<{name}>[0-3]?\d(?:{suffix})?{day_words})" if suffix else rf"(?P<{name}>[0-3]?\d{day_words})"

    def year(name: str) -> str:
        return rf"(?P<{name}>(?:19|20)\d\d)(?!\d)"

    wd_prefix = rf"(?:(?P<wd>{weekdays}),?\s+(?:(?:{dets})\s+)?)?"
    year_tail = rf"(?:,?\s+{year('y')})?"
    open_part = rf"(?:(?P<open>{opener})\s+)?(?:(?:{dets})\s+)?"
    range_sep = rf"\s*(?:{sep})\s*(?:(?:{dets})\s+)?"
    small = _alt(data["small_numbers"])
    count = data["count_days"]
    # a unit is a day unless the lexicon gives its length in hours (« il y a une semaine », « 48 heures »)
    count["units"] = {_key(u): 24 for u in count["units"]} if isinstance(count["units"], list) \
        else {_key(u): hours for u, hours in count["units"].items()}
    units = _alt(count["units"])
    directions = "|".join(
        f"(?P<{name}>{_alt(count[name])})" for name in ("ago", "later", "earlier") if count[name]
    )
    before_number = _alt(count["before_number"])
    parts = _alt(data["part_of_month"])
    month_preps = _alt(data["month_prepositions"])
    year_preps = _alt(data["year_prepositions"])
    nouns = _alt(data["background_nouns"])
    wd_before = _alt(data["weekday_before"])
    wd_after = _alt(data["weekday_after"])
    time_of_day = _alt(data["weekday_time_of_day"])

    raw: list[tuple[str, str]] = [
        ("range_dmdm", rf"{open_part}{day('d1')}{of}\s+{mon('m1')}{range_sep}{wd_prefix}{day('d2')}{of}"
                       rf"\s+{mon('m2')}{year_tail}"),
        ("range_dm", rf"{open_part}(?:(?:{weekdays}),?\s+)?{day('d1')}{range_sep}{wd_prefix}{day('d2')}"
                     rf"{of}\s+{mon('m')}{year_tail}"),
        ("range_md", rf"{open_part}{mon('m')}\s+{day('d1')}{range_sep}{day('d2')}(?!\s*(?:{months}))"
                     rf"{year_tail}"),
        ("dmy", rf"{wd_prefix}{day('d')}{of}\s+{mon('m')}{year_tail}"),
        # « le mardi 04/02/2025 »: the weekday names the same day
        ("numeric", rf"{wd_prefix}(?:(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
                    r"(?![\d/])|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"),
        ("part_month", rf"(?P<part>{parts})\s*(?:the\s+month\s+of\s+)?{mon('m')}{year_tail}"),
        ("month_year", rf"(?:(?P<prep>{month_preps})\s+)?{mon('m')},?\s+{year('y')}"),
        # A bare month needs its full name: « de sept » is seven, "in Jan" too rare to risk.
        ("month_bare", rf"(?P<prep>{month_preps})\s+(?P<m>{_alt(full_names)})(?!\s*\d)"),
        ("weekday_range", rf"(?P<open>{night_wd})\s+(?P<wd>{weekdays})\s+(?:{sep})\s+(?:{weekdays})"),
        # « vendredi soir dernier » as « vendredi dernier au soir »
        ("weekday", rf"(?:(?P<before>{wd_before})\s+)?(?P<wd>{weekdays})(?:\s+(?:{time_of_day}))?"
                    + (rf"(?:\s+(?P<after>{wd_after}))?" if wd_after else "")
                    + rf"(?:\s+(?:{time_of_day}))?"),
        ("offset", rf"(?P<offset>{_alt(data['day_offsets'])})"),
        ("period", rf"(?P<period>{_alt(data['periods'])})"),
        ("anaphora", rf"(?P<anaphora>{_alt(data['anaphora'])})"),
        ("count_days", (rf"(?:(?P<pre>{before_number})\s+)?" if before_number else "")
                       + rf"(?P<n>\d{{1,2}}|{small})\s+(?P<unit>{units})"
                       + ((rf"(?:\s+(?:{directions}))" + ("?" if before_number else "")) if directions
                          else "")
                       # « une semaine après la mort de trois soldats »: counted from another event, not a day
                       + (rf"(?!\s*(?:{_alt(count['event_after'])})(?:(?<=['’])|(?![\w'’])))"
                          if count.get("event_after") else "")),
        ("year", rf"(?:(?P<prep>{year_preps})\s+(?:the\s+(?:year\s+)?)?{year('y')}"
                 rf"|(?P<det>{_alt(data['determiners'])})\s+{year('y2')}(?=\s+(?:{nouns})\b))"),
    ]
    if data.get("this_month"):
        # « le 12 courant », « le 3 du mois en cours »: a day of the month the report is published in
        raw.insert(4, ("day_this_month", rf"{wd_prefix}{day('d')}\s+(?:{_alt(data['this_month'])})"))
    if data.get("holidays"):
        # « le jour de l'an », "Christmas Day": a fixed day of the year
        raw.insert(4, ("holiday", rf"(?P<holiday>{_alt(data['holidays'])})"))
    if data.get("night_of_days"):
        # « dans la nuit du 12 au 13 »: a night between two days of no named month is of the latest month
        raw.insert(4, ("night_days", rf"(?:{_alt(data['night_of_days'])})\s+{day('d')}\s+au\s+{day('d2')}"
                                     rf"(?!\s*(?:{months}|[/.-]?\d))"))
    if lang == "en":
        raw.insert(4, ("mdy", rf"{wd_prefix}{mon('m')}\s+{day('d')}(?![\d:])(?!\s*(?:{sep})\s*\d)"
                              rf"{year_tail}"))
    patterns = [(kind, guarded(rf"(?<![\w-]){body}(?![\w])", re.IGNORECASE)) for kind, body in raw]
    # Each pattern runs only in windows around a word it cannot match without (a month, a weekday, a
    # relative word, a day unit, a digit): one cheap word scan instead of sixteen full regex scans.
    anchor_words: dict[str, set[str]] = {}
    for group, phrases in (("month", data["months"]), ("weekday", data["weekdays"]),
                           ("relative", [*data["day_offsets"], *data["periods"], *data["anaphora"]]),
                           ("count", count["units"]), ("this_month", data.get("this_month", [])),
                           ("night", data.get("night_of_days", [])), ("holiday", data.get("holidays", []))):
        for phrase in phrases:
            tokens = _WORD.findall(phrase.lower())
            if tokens:
                # « dans la nuit du », « jour de l'an »: its longest word, not the first
                anchor = max(tokens, key=len) if group in ("night", "holiday") else tokens[-1] \
                    if group in ("relative", "this_month") else tokens[0]
                anchor_words.setdefault(anchor, set()).add(group)
    data["_anchor_words"] = anchor_words
    data["_anchor_set"] = WordSet(anchor_words)  # found in one pass over a report, not tested word by word
    data["_anchors"] = {
        "range_dmdm": "month", "range_dm": "month", "range_md": "month", "dmy": "month", "mdy": "month",
        "part_month": "month", "month_year": "month", "month_bare": "month", "numeric": "digit",
        "weekday_range": "weekday", "weekday": "weekday", "offset": "relative", "period": "relative",
        "anaphora": "relative", "count_days": "count", "year": "digit", "day_this_month": "this_month",
        "night_days": "night", "holiday": "holiday",
    }
    data["_approx_before"] = re.compile(rf"(?:^|\W)(?:{_alt(data.get('approximate_before', []))})\s*$",
                                        re.IGNORECASE)
    data["_approx_after"] = re.compile(rf"^\s*(?:{_alt(data.get('approximate_after', []))})",
                                       re.IGNORECASE)
    # « le Mouvement du 5 juin », « la place du 26 Mars », "the 5 June Movement": a date that names something
    named = _alt(data.get("name_nouns_before", [])) or "(?!)"
    data["_name_before"] = re.compile(rf"(?:(?<![.!?]\s)(?<!^)\b[A-ZÀ-Ý][\w'’-]+|\b(?i:{named}))\s+"
                                      rf"(?:{_alt(data.get('name_of', []))})\s*$")
    data["_name_after"] = re.compile(rf"\s*(?:{_alt(data.get('name_nouns_after', []))})\b") \
        if data.get("name_nouns_after") else re.compile("(?!)")
    data["_week_of"] = re.compile(rf"(?:^|\W)(?:{_alt(data.get('week_of', []))})\s*$", re.IGNORECASE)
    data["_since"] = re.compile(rf"(?:^|\W)(?:{_alt(data['since'])})\s*$", re.IGNORECASE)
    # the sentence's first words, up to the date in the same phrase ("Since the September 2022 coup",
    # « Depuis le coup d'État de septembre 2022 »)
    data["_since_opening"] = re.compile(rf"^\W*(?:{_alt(data['since'])})(?:\s[^,;:.]{{0,40}})?\s*$",
                                        re.IGNORECASE)
    data["_attributive"] = re.compile(rf"^\s*(?:[\w-]+\s+)?(?:{nouns})\b", re.IGNORECASE)
    data["_det_noun"] = re.compile(
        rf"(?<!\w)(?:{_alt(data['determiners'])})\s*(?:\w+\s+){{0,2}}?(?:{nouns})(?!\w)", re.IGNORECASE)
    blocking = _alt(data["blocking_words"])
    suffix_rule = data.get("blocking_suffix") or ""
    block = rf"(?<!\w)(?:{blocking})(?!\w)"
    if suffix_rule:
        block += rf"|\w{{2,}}{re.escape(suffix_rule)}\b"
    data["_blocking"] = re.compile(block, re.IGNORECASE)
    return _Lexicon(lang=lang, data=data, patterns=patterns)


# ---------------------------------------------------------------------------------------------------
# Finding


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def _find(text: str, lex: _Lexicon) -> list[_Found]:
    found: list[_Found] = []
    seen: set[tuple[str, int, int]] = set()
    capitalised = lex.data.get("months_capitalised", False)
    windows = _windows(text, lex)
    for kind, pattern in lex.patterns:
        for lo, hi in windows.get(lex.data["_anchors"][kind], ()):
            for m in pattern.finditer(text, lo, hi):
                key = (kind, m.start(), m.end())
                if key in seen or (capitalised and not _months_capitalised(m)):
                    continue
                seen.add(key)
                found.append(_Found(m.start(), m.end(), kind, m))
    # Longest match wins; at equal length, the earlier pattern (more specific) does.
    order = {kind: i for i, (kind, _) in enumerate(lex.patterns)}
    found.sort(key=lambda f: (-(f.end - f.start), f.start, order[f.kind]))
    chosen: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for f in found:
        if any(f.start < e and s < f.end for s, e in taken):
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    chosen.sort(key=lambda f: f.start)
    return chosen


_WINDOW_BEFORE = 70  # the longest prefix a date pattern puts before its anchor word
_WINDOW_AFTER = 70


def _windows(text: str, lex: _Lexicon) -> dict[str, list[tuple[int, int]]]:
    """Merged character windows around each anchor group's hits; patterns run inside them only."""
    hits: dict[str, list[tuple[int, int]]] = {}
    words = lex.data["_anchor_words"]
    for start, end, word in lex.data["_anchor_set"].find(text):
        for group in words[word]:
            hits.setdefault(group, []).append((start, end))
    for m in _DIGIT_ANCHOR.finditer(text):
        hits.setdefault("digit", []).append((m.start(), m.end()))
    size = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for group, spans in hits.items():
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            lo, hi = max(0, start - _WINDOW_BEFORE), min(size, end + _WINDOW_AFTER)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        out[group] = merged
    return out


def _months_capitalised(m: re.Match[str]) -> bool:
    for name in ("m", "m1", "m2"):
        month = _group(m, name)
        if month and month[0].islower():
            return False
    return True


# ---------------------------------------------------------------------------------------------------
# Resolving


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date, narrative: date | None = None) -> date | None:
    if narrative is not None:
        # A report telling an older story ("On 2 October 2023 ... On 20 December ..."): a date without
        # a year belongs to the story's year, not the publication's.
        options = [d for y in (narrative.year - 1, narrative.year, narrative.year + 1)
                   if (d := _safe_date(y, month, day)) and d <= published + timedelta(days=YEAR_SLACK_DAYS)]
        if options:
            return min(options, key=lambda d: abs((d - narrative).days))
    for y in (published.year, published.year - 1):
        value = _safe_date(y, month, day)
        if value is not None and value <= published + timedelta(days=YEAR_SLACK_DAYS):
            return value
    return _safe_date(published.year - 1, month, day)


def _month_year(month: int, published: date, strictly_before: bool = False) -> int:
    if month < published.month or (month == published.month and not strictly_before):
        return published.year
    return published.year - 1


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _day(text: str, lex: _Lexicon) -> int:
    """The day of the month a day group holds: « 1er », « 12 », « premier »."""
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else int(lex.lookup("day_words", text))


@dataclass
class _Resolved:
    value: date
    precision: int
    always_background: bool = False


def _resolve(f: _Found, lex: _Lexicon, published: date, base: date,
             narrative: date | None = None) -> _Resolved | None:
    m, kind, look = f.match, f.kind, lex.lookup
    year_text = _group(m, "y")
    given_year = int(year_text) if year_text else None

    if kind in ("dmy", "mdy"):
        month, day = look("months", m.group("m")), _day(m.group("d"), lex)
        value = _safe_date(given_year, month, day) if given_year else _infer_year(month, day, published,
                                                                                   narrative)
        return _Resolved(value, 1) if value else None
    if kind == "holiday":
        month, day = look("holidays", m.group("holiday"))
        value = _infer_year(month, day, published, narrative)
        return _Resolved(value, 1) if value else None
    if kind == "night_days":
        first = _safe_date(published.year, published.month, _day(m.group("d"), lex))
        if first is None or first > published:
            month_before = published.replace(day=1) - timedelta(days=1)
            first = _safe_date(month_before.year, month_before.month, _day(m.group("d"), lex))
        return _Resolved(first, 1) if first else None
    if kind == "day_this_month":
        value = _safe_date(published.year, published.month, _day(m.group("d"), lex))
        return _Resolved(value, 1) if value else None
    if kind in ("range_dm", "range_md", "range_dmdm"):
        d1, d2 = _day(m.group("d1"), lex), _day(m.group("d2"), lex)
        if kind == "range_dmdm":
            m1, m2 = look("months", m.group("m1")), look("months", m.group("m2"))
        else:
            m1 = m2 = look("months", m.group("m"))
        last = _safe_date(given_year, m2, d2) if given_year else _infer_year(m2, d2, published, narrative)
        if last is None:
            return None
        first = _safe_date(last.year - (1 if m1 > m2 else 0), m1, d1)
        if first is None or first > last:
            return None
        opener = m.group("open")
        joined = re.search(r"\b(?:and|et)\b", m.string[m.end("d1"):m.start("d2")], re.IGNORECASE)
        if opener:
            precision = lex.lookup("range_open", opener)
        elif joined:
            precision = 1  # "on 7 and 12 May", « les 17 et 20 février »: two days, the first one's event
        else:
            precision = 1 if (last - first).days <= 1 else 2
        return _Resolved(first, int(precision or 2))
    if kind == "numeric":
        if m.group("iy"):
            value = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            value = _safe_date(y, mo, d) or _safe_date(y, d, mo)  # day first, month first if it must be
        return _Resolved(value, 1) if value else None
    if kind == "part_month":
        month = look("months", m.group("m"))
        day, precision = look("part_of_month", m.group("part")) or (15, 2)
        y = given_year or _month_year(month, published)
        return _Resolved(date(y, month, day), precision)
    if kind in ("month_year", "month_bare"):
        month = look("months", m.group("m"))
        prep = _key(m.group("prep") or "")
        y = given_year or _shared_year(m, lex) or _month_year(month, published, strictly_before=prep in ("last",))
        return _Resolved(date(y, month, 15), 3)
    if kind in ("weekday", "weekday_range"):
        wd = look("weekdays", m.group("wd"))
        mode = "on_or_before"
        for name, table in (("before", "weekday_before"), ("after", "weekday_after")):
            word = _group(m, name)
            if word:
                mode = look(table, word) or mode
        if mode == "after":
            return _Resolved(published + timedelta(days=(wd - published.weekday()) % 7 or 7), 1)
        back = (published.weekday() - wd) % 7
        if mode == "before" and back == 0:
            back = 7
        # « dans la nuit de samedi à dimanche »: ACLED dates a night by the day it starts on; a night
        # starting on the publication day would end after it, so it is last week's
        if kind == "weekday_range" and back == 0:
            back = 7
        return _Resolved(published - timedelta(days=back), 1)
    if kind == "offset":
        return _Resolved(published + timedelta(days=look("day_offsets", m.group("offset"))), 1)
    if kind == "anaphora":
        return _Resolved(base + timedelta(days=look("anaphora", m.group("anaphora"))), 1)
    if kind == "count_days":
        word = m.group("n")
        hours = lex.data["count_days"]["units"][_key(m.group("unit"))]
        n = (int(word) if word.isdigit() else look("small_numbers", word)) * hours // 24
        precision = 2 if hours >= 7 * 24 else 1  # "a week ago" is about a week
        if _group(m, "later"):
            return _Resolved(base + timedelta(days=n), precision)
        if _group(m, "earlier"):
            return _Resolved(base - timedelta(days=n), precision)
        if _group(m, "ago") or _group(m, "pre"):
            return _Resolved(published - timedelta(days=n), precision)
        return None
    if kind == "period":
        unit, offset = look("periods", m.group("period"))
        return _period(unit, offset, published)
    if kind == "year":
        y = int(m.group("y") or m.group("y2"))
        return _Resolved(date(y, 7, 1), 3, always_background=True)
    return None


# "in November and December 2025", « en mars et avril 2024 »: the year after the second month is the first's too
_NEXT_MONTH_YEAR = re.compile(r"\s+(?:and|or|to|et|ou|à)\s+(?P<m>[^\W\d_]+)\.?,?\s+(?P<y>(?:19|20)\d\d)\b")


def _shared_year(m: re.Match[str], lex: _Lexicon) -> int | None:
    nxt = _NEXT_MONTH_YEAR.match(m.string, m.end())
    return int(nxt.group("y")) if nxt and lex.lookup("months", nxt.group("m")) else None


def _period(unit: str, offset: int, published: date) -> _Resolved:
    monday = published - timedelta(days=published.weekday())
    if unit == "week":
        if offset < 0:
            return _Resolved(monday - timedelta(days=7) + timedelta(days=3), 2)
        return _Resolved(monday + timedelta(days=(published - monday).days // 2), 2)
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if offset < 0 and (published - saturday).days < 2:
            saturday -= timedelta(days=7)
        return _Resolved(saturday, 2)
    if unit == "month":
        y, mo = published.year, published.month + offset
        while mo < 1:
            y, mo = y - 1, mo + 12
        return _Resolved(date(y, mo, 15), 3)
    return _Resolved(date(published.year + offset, 7, 1), 3, always_background=True)


# ---------------------------------------------------------------------------------------------------
# Background


_CLAUSE_BREAK = re.compile(r"[.;:!?()\n]|,\s")


def _sentence_start(text: str, f: _Found) -> int:
    return max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start), 0)


def _before_in_sentence(text: str, f: _Found) -> str:
    return text[max(_sentence_start(text, f), f.start - 160):f.start]


def _opens_period(text: str, f: _Found, lex: _Lexicon) -> bool:
    """'Since the September 2022 coup, ...', « Depuis 2019, ... »: the sentence tells of a period."""
    before = text[_sentence_start(text, f):f.start] + " " + (_group(f.match, "prep") or "")
    return bool(lex.data["_since_opening"].match(before))


def _in_background_construction(text: str, f: _Found, lex: _Lexicon) -> bool:
    before = _before_in_sentence(text, f)
    prep = _group(f.match, "prep")
    if lex.data["_since"].search(before) or (prep and lex.data["_since"].search(" " + prep)):
        return True
    if lex.data["_attributive"].match(text[f.end:f.end + 40]):
        return True
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    nouns = list(lex.data["_det_noun"].finditer(clause))
    if not nouns:
        return False
    between = clause[nouns[-1].end():]
    return not lex.data["_blocking"].search(between)


def _approximate(text: str, f: _Found, lex: _Lexicon) -> bool:
    """'around 6 May', 'on or about 6 May', 'as reported on 6 May', '6 May (as reported)': ACLED codes
    a hedged or report-dated day with time_precision 2."""
    return bool(lex.data["_approx_before"].search(text[max(0, f.start - 30):f.start])
                or lex.data["_approx_after"].match(text[f.end:f.end + 30]))


def _drop_vague_neighbours(found: list[_Found], lex: _Lexicon) -> list[_Found]:
    """'overnight Monday', 'Tuesday overnight', « cette nuit, mardi »: the vague same-day word yields to
    the precise date next to it."""
    def vague(f: _Found) -> bool:
        return f.kind == "offset" and lex.lookup("day_offsets", f.match.group("offset")) == 0

    kept = []
    for i, f in enumerate(found):
        neighbours = found[max(0, i - 1):i] + found[i + 1:i + 2]
        if vague(f) and any(not vague(n) and (n.start - f.end < 12 and f.start - n.end < 12)
                            for n in neighbours):
            continue
        # "The next day, Monday 2 June, ...", « le lendemain, 17 septembre »: the date in apposition names the
        # day the anaphora counts to, and needs no base to count from
        if f.kind == "anaphora" and neighbours and neighbours[-1].start > f.end \
                and neighbours[-1].kind not in ("anaphora", "offset", "period") \
                and _APPOSITION.fullmatch(f.match.string, f.end, neighbours[-1].start):
            continue
        kept.append(f)
    return kept


_APPOSITION = re.compile(r"\s*(?:,|[–—-]|\()\s*(?:on\s+|le\s+)?")


def find_dates(text: str, published: date, lang: str = "en") -> list[DateMention]:
    """Every date expression of `text`, resolved against `published` (see the module docstring)."""
    lex = lexicon(lang if lang in ("en", "fr") else "en")
    found = _drop_vague_neighbours(_find(text, lex), lex)
    published = _dateline_day(text, found, lex, published)
    mentions: list[DateMention] = []
    base = published
    narrative: date | None = None  # the last explicit day with a year, when it is well before publication
    for f in found:
        if lex.data["_name_before"].search(text, max(0, f.start - 40), f.start) \
                or lex.data["_name_after"].match(text, f.end):
            continue  # « le Mouvement du 5 juin »: a name, not when something happened
        resolved = _resolve(f, lex, published, base, narrative)
        if resolved is None:
            continue
        if _group(f.match, "y") or _group(f.match, "iy"):
            old_story = (published - resolved.value).days > BACKGROUND_DAYS and not resolved.always_background
            narrative = resolved.value if old_story else None
        value, precision = resolved.value, resolved.precision
        if precision > 1 and value > published and (value.year, value.month) == (published.year,
                                                                                  published.month):
            value = published
        if precision == 1 and _approximate(text, f, lex):
            precision = 2
        if precision == 1 and lex.data["_week_of"].search(text, max(0, f.start - 30), f.start):
            value, precision = value + timedelta(days=3), 2  # "the week of 11 October": mid-week
        age = (published - value).days
        background = (
            resolved.always_background
            or -age > FUTURE_SLACK_DAYS
            or (age > CONSTRUCTION_DAYS and _in_background_construction(text, f, lex))
        )
        mentions.append(DateMention(f.start, f.end, text[f.start:f.end], value, precision, background,
                                    resolved.always_background, _opens_period(text, f, lex)))
        if not background:
            base = value
    lead = next((m.value for m in mentions if not m.background), None)
    if lead is not None:
        for m in mentions:
            if not m.background and (lead - m.value).days > BACKGROUND_DAYS:
                m.background = True
    return mentions


DATELINE_DAYS = 3  # a dateline this many days before publication still dates "this morning"


def _dateline_day(text: str, found: list[_Found], lex: _Lexicon, published: date) -> date:
    """The day a report's dateline gives ("PRESS RELEASE - Bamako, 20 January 2019. ... this morning"), which
    "today", "this morning" or "on Sunday" count from, when it is a little before the day the report was
    published (filed late, or collected the next day); else `published`."""
    first = found[0] if found else None
    if first is None or first.start > _DATELINE_REACH or first.kind not in ("dmy", "mdy") \
            or not _group(first.match, "y"):
        return published
    line_start = text.rfind("\n", 0, first.start) + 1
    if not (_DATELINE_PLACE.search(text, line_start, first.start) and _DATELINE_END.match(text, first.end)):
        return published
    resolved = _resolve(first, lex, published, published)
    if resolved is None or not 0 < (published - resolved.value).days <= DATELINE_DAYS:
        return published
    return resolved.value


_DATELINE_REACH = 80
_DATELINE_PLACE = re.compile(r"(?:^|[–—-]\s|\s)[A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+){0,2},\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[.:]\s|[–—-]\s|\n)")


# ---------------------------------------------------------------------------------------------------
# The component and the clause API


class DateRecognizer(Component):
    """Finds and resolves the date expressions of a Doc; writes `doc._.dates`."""

    name = "sw_dates"

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in ("en", "fr") else "en"
        lexicon(self.lang)  # compile now, not on the first document

    def match(self, doc: Doc) -> list[DateMention]:
        published = doc._.published or date.today()
        return find_dates(doc_text(doc), published, self.lang)

    def set_annotations(self, doc: Doc, mentions: list[DateMention]) -> None:
        doc._.dates = mentions


@Language.factory("sw_dates", default_config={"lang": "en"}, assigns=["doc._.dates"])
def make_date_recognizer(nlp: Language, name: str, lang: str) -> DateRecognizer:
    return DateRecognizer(lang)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    bounds, start = [], 0
    for m in re.finditer(r"[.!?]+\s+", doc_text(doc)):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(doc_text(doc))))
    return bounds


def _publication(doc: Doc) -> DateMention | None:
    published = doc._.published
    return DateMention(0, 0, "", published, 1, False) if published else None


def date_for_span(doc: Doc, start: int, end: int, own_background: bool = True) -> DateMention | None:
    """The date that governs the clause at characters [start, end) of `doc.text` (see the docstring).

    `own_background=False` is for events that are always news (a protest against "the October 2015
    dismissals" is held now): a background date inside the clause is then the cause, not the day."""
    dates = doc._.dates
    lang = doc.lang_ if doc.lang_ == "fr" else "en"
    if dates is None:
        dates = find_dates(doc_text(doc), doc._.published or date.today(), lang)
    told = reporting_dates(doc_text(doc), lang)
    inside = [d for d in dates if d.start >= start and d.end <= end]
    news_inside = _event_dates([d for d in inside if not d.background], told)
    deed_days = [d for d in inside if d.background and not d.year_only] if own_background else []
    if news_inside and deed_days and all(told(d) for d in news_inside):
        # « La MINUSMA a publié mardi les conclusions de son enquête sur la frappe du 3 janvier »: the clause's only
        # news day is when it was told; the day it names for the deed dates the deed
        return deed_days[0]
    if news_inside:
        return _most_precise(news_inside, [d for d in inside if not d.year_only])
    # A background event keeps its own date ("the massacre in Ogossagou in March 2019"), but a year alone
    # only tells the story behind the news ("policemen fired in 2011 staged a sit-in").
    dated = [d for d in inside if not d.year_only] if own_background else []
    if dated:
        return _most_precise(dated, dated)
    news = [d for d in dates if not d.background]
    sentence = next(((s, e) for s, e in _sentence_bounds(doc) if s <= start < e), (start, end))
    same = _event_dates([d for d in news if sentence[0] <= d.start < sentence[1]], told)
    before = [d for d in same if d.end <= start]
    if before:
        return before[-1]
    if same:
        return same[0]
    earlier = _event_dates([d for d in news if d.end <= sentence[0]], told)
    if earlier:
        return earlier[-1]
    if sentence[0] <= _HEADLINE_END and (
            _HEADLINE.match(doc_text(doc)) or sentence[1] - sentence[0] <= _HEADLINE_MAX):
        # a headline ("Oudalan : seize fidèles tués à Salmossi.", « Quinze militaires tués par des engins
        # explosifs. ») is dated by the lead that follows it, better than by the day the report was published
        lex = lexicon(lang)
        # "the following day" counts from the sentence before it, so it cannot date that sentence
        later = _event_dates([d for d in news if d.start >= sentence[1]
                              and lex.lookup("anaphora", d.text) is None], told)
        if later:
            return later[0]
    return _publication(doc)


_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_REFINES_DAYS = 15  # how far a day may lie from a vague date (« début octobre ») and still be a day of it


def _most_precise(dates: list[DateMention], days: list[DateMention]) -> DateMention:
    """The clause's first date, unless it is vague ("In March", « début octobre », "last week") and the clause
    also names a day within it ("... on the night of March 7", « avait repris Anéfis le 7 octobre »): ACLED
    codes the day."""
    first = dates[0]
    if first.time_precision == 1 or _DAY_NUMBER.search(first.text) or first.value is None:
        return first  # "around 11 August" already names its day

    def within(day: DateMention) -> bool:
        if first.time_precision == 3:  # a month: any of its days
            return (day.value.year, day.value.month) == (first.value.year, first.value.month)
        return abs((day.value - first.value).days) <= _REFINES_DAYS

    # the day may be told in the pluperfect (« partie début octobre, avait repris Anéfis le 7 octobre »)
    return next((d for d in days if d is not first and d.time_precision == 1 and d.value is not None
                 and within(d)), first)


_HEADLINE = re.compile(r"\s*[^\W\d_][^\n:.]{1,60}\s:\s")  # « Soum : ... », French headline typography
_HEADLINE_END = 3
_HEADLINE_MAX = 70  # a first sentence this short is a title (« Quinze militaires tués par des engins explosifs. »)


def _event_dates(dates: list[DateMention], told: Callable[[DateMention], bool]) -> list[DateMention]:
    """`dates` without those that say when the news was told ('the army said on Monday', « a annoncé
    ce mardi »), unless only those are left."""
    event_dates = [d for d in dates if not told(d)]
    return event_dates or dates


def reporting_dates(text: str, lang: str) -> Callable[[DateMention], bool]:
    """Whether a date of `text` says when the news was told ('the army said on Monday')."""
    pattern = _reporting_pattern(lang)

    def told(d: DateMention) -> bool:
        return bool(d.text) and (bool(pattern.search(text[max(0, d.start - 50) : d.start]))
                                 or _in_dateline(text, d))

    return told


# « Ouagadougou, dimanche – », "BAMAKO, 14 Nov 2023 (AFP) -": the place and day a wire story was filed
_DATELINE_BEFORE = re.compile(r"\s*[^\W\d_][^\W\d]*(?:[ '’-][^\W\d]+){0,3},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]\s")


def _in_dateline(text: str, d: DateMention) -> bool:
    """Whether `d` is the day of the report's dateline: when it was filed, not when its news happened."""
    return d.start <= 60 and bool(_DATELINE_BEFORE.fullmatch(text, 0, d.start)) \
        and bool(_DATELINE_AFTER.match(text, d.end))


@lru_cache(maxsize=4)
def _reporting_pattern(lang: str) -> re.Pattern[str]:
    words = lexicon(lang).data.get("reporting_before") or ["(?!)"]
    return guarded(r"(?<!\w)(?:" + "|".join(words) + r")\s*$", re.IGNORECASE)


MAX_SPLIT_DAYS = 7  # a longer span is a campaign ("between 3 and 23 March"), coded as one event


def day_offsets(text: str, lang: str) -> list[int]:
    """The days, counted from the first, over which `text` tells its violence or protest went on: [0, 1]
    for 'two days of clashes' or 'on Friday and Saturday', [0, 3] for « les 17 et 20 février »; [0] when
    it names no such span."""
    lang = lang if lang in ("en", "fr") else "en"
    lex = lexicon(lang)
    if not _day_span_hint(lang).search(text):
        return [0]  # most clauses name no span: one cheap scan instead of every pattern
    for consecutive, pattern in _day_span_patterns(lang):
        m = pattern.search(text)
        if m is None:
            continue
        if _captivity_before(lang).search(text, max(0, m.start() - 40), m.start()):
            return [0]  # "held them for three days before releasing them": a captivity's length, one abduction
        first, last = _span_ends(m, lex)
        if not 0 < last - first < MAX_SPLIT_DAYS:
            return [0]
        return list(range(last - first + 1)) if consecutive else [0, last - first]
    return [0]


def _span_ends(m: re.Match[str], lex: _Lexicon) -> tuple[int, int]:
    groups = {k: v for k, v in m.groupdict().items() if v}
    if "n" in groups:
        n = groups["n"]
        return 0, (int(n) if n.isdigit() else int(lex.lookup("small_numbers", n) or 1)) - 1
    if "d1" in groups:
        first, last = lex.lookup("weekdays", groups["d1"]), lex.lookup("weekdays", groups["d2"])
        return 0, (last - first) % 7
    return int(groups["a"]), int(groups["b"])


@lru_cache(maxsize=4)
def _captivity_before(lang: str) -> re.Pattern[str]:
    return re.compile(lexicon(lang).data["captivity_before"], re.IGNORECASE)


@lru_cache(maxsize=4)
def _day_span_hint(lang: str) -> re.Pattern[str]:
    """What every multi_day and day_pairs pattern needs: a word for days, a weekday, or a day number
    followed by a joining word ('19 and 20', « 17 et 20 », '13/02/2014 to')."""
    weekdays = _alt(lexicon(lang).data["weekdays"])
    # searched in every event's text: the guard skips the positions neither branch can start at
    return guarded(rf"\b(?:days?|jours?|{weekdays})\b|\d(?:st|nd|rd|th|er)?\s+(?:and|et|to|until|au)\s",
                   re.IGNORECASE)


@lru_cache(maxsize=4)
def _day_span_patterns(lang: str) -> list[tuple[bool, re.Pattern[str]]]:
    lex = lexicon(lang)
    words = {"{wd}": _alt(lex.data["weekdays"]), "{month}": _alt(lex.data["months"])}

    def compiled(p: str) -> re.Pattern[str]:
        for k, v in words.items():
            p = p.replace(k, v)
        return guarded(p, re.IGNORECASE)  # searched in every event's text

    return ([(True, compiled(p)) for p in lex.data.get("multi_day", [])]
            + [(False, compiled(p)) for p in lex.data.get("day_pairs", [])])


def _told_toll(doc: Doc, start: int, end: int) -> Callable[[DateMention], bool]:
    """Whether a date of the clause [start, end) is when a toll was told (« le bilan s'établit à 157 morts,
    a indiqué lundi le gouvernement »): the deaths happened before, on a day a later clause may give.
    ("The army announced on Monday that it had arrested X" keeps Monday: the news is the deed.)"""
    lang = doc.lang_ if doc.lang_ == "fr" else "en"
    text = doc_text(doc)
    if not _words_pattern(lang, "toll_words").search(text, start, end):
        return lambda d: False
    return reporting_dates(text, lang)


@lru_cache(maxsize=8)
def _words_pattern(lang: str, table: str, whole: bool = True) -> re.Pattern[str]:
    """Any of the lexicon's `table` words, from a word start (to a word end when `whole`: « revendiqu » is a stem)."""
    words = lexicon(lang).data.get(table) or []
    end = r"(?!\w)" if whole else ""
    return guarded(rf"(?<!\w)(?:{_alt(words) or '(?!)'}){end}", re.IGNORECASE)


def event_dates_in(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The dates inside [start, end) that can date an event of their own: not when a toll was told, not a
    year alone (ACLED has no year precision: « la plus meurtrière depuis 2015 » is no event of 2015)."""
    told = _told_toll(doc, start, end)
    return [d for d in doc._.dates or [] if start <= d.start < end and not told(d) and not d.year_only]


def date_for_spans(doc: Doc, spans: list[tuple[int, int]], own_background: bool = True) -> DateMention | None:
    """The date of an event told over several clauses: its lead clause's (`date_for_span`), unless that is
    when a toll was told, or the lead names no day and nothing before it does (in English, where a report is
    dated the day of its news, only a lead that claims the deed): then the first date a later clause gives the
    deed itself."""
    lead = date_for_span(doc, *spans[0], own_background)
    # a lead that names no day, nor anything before it: one that only claims the deed (« Le JNIM a revendiqué
    # l'attaque du camp d'Aguelhok. ... ses combattants ont pris d'assaut dimanche la base »), or, in French, tells
    # what was found (« Suite à la découverte de fosses communes, ... Vingt-cinq personnes interpellées le 13 juin
    # ont été retrouvées mortes »): a later clause of the event dates the deed better than the day the report was
    # published ("the following day" counts from the lead: it dates a sequel)
    lex = lexicon(doc.lang_ if doc.lang_ == "fr" else "en")
    undated = lead is not None and not lead.text and len(spans) > 1 and (
        lex.data.get("undated_lead_takes_later_day") or _claim_lead(doc, *spans[0]))
    # a lead that names no day of its own (a summary: "JNIM has moved to assaults on army bases") borrows one
    # from the text before it; a later clause of the event that names its own day ("On Sunday 1 June, JNIM
    # overran the camp") dates it better
    borrowed = lead is not None and len(spans) > 1 and not spans[0][0] <= lead.start < spans[0][1]
    if not undated and not borrowed and (lead is None or not _told_toll(doc, *spans[0])(lead)):
        return lead
    told = reporting_dates(doc_text(doc), lex.lang) if borrowed else (lambda d: False)
    later = [d for lo, hi in spans[1:] for d in event_dates_in(doc, lo, hi)
             if not d.background and not told(d)
             and not ((undated or borrowed) and lex.lookup("anaphora", d.text) is not None)]
    return later[0] if later else lead


def _claim_lead(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause claims a deed (« a revendiqué l'attaque », "claimed responsibility for")."""
    lang = doc.lang_ if doc.lang_ == "fr" else "en"
    return bool(_words_pattern(lang, "claim_lead", whole=False).search(doc_text(doc), start, end))


def governing_date(doc: Doc) -> DateMention | None:
    """The report's news date: its first non-background date mention."""
    return next((d for d in (doc._.dates or []) if not d.background), None)
