"""sw_numbers: counts in digits and words (English and French), and the fatalities of a clause.

Component: ``sw_numbers`` (factory args ``nlp, name, lang``) assigns ``doc._.numbers``: a list of
`NumberMention` (character offsets into ``doc.text``), sorted by position. Numbers inside the date
mentions of ``doc._.dates`` (when sw_dates ran first) are left out, so "29 December 2020" is no count.

Public API
----------
``find_numbers(text, lang="en", exclude=()) -> list[NumberMention]``
    The same as the component, on a plain string; `exclude` holds (start, end) spans to skip.
``fatalities_in(doc, start, end) -> tuple[int, list[tuple[int, int]]]``
    The fatalities that the clause at character offsets ``[start, end)`` of ``doc.text`` reports, with
    the evidence spans (character offsets, ready for ``Mention.evidence["fatalities"]``). ``(0, [])``
    when the clause reports no death; ``(0, [span])`` when it says "no casualties".
``fatalities_in_text(text, lang="en", start=0, end=None, numbers=None) -> tuple[int, list[tuple[int, int]]]``
    The same on a plain string.

What is a number (DESIGN.md, ACLED conventions)
-----------------------------------------------
"12", "1,200", « 1 200 », "twelve", "twenty-five", "two hundred and fifty", « vingt et un »,
« quatre-vingt-dix »; "tens" 10, "dozens"/« des dizaines » 12, "a dozen" 12, "scores" 20, "hundreds"/
« des centaines » 100, "thousands" 1000, « une vingtaine » 20 (any « -aine »: its number); "several",
"many", « plusieurs » 10 and "a few", « quelques » 3 (ACLED's figures for vague plurals). A qualifier
("at least", "more than", "some", « au moins », « plus de », « près de ») is part of the mention and sets
``approximate``; a range ("between 10 and 15", "10-15", "10 or 12", « entre 10 et 15 ») is its lower
figure, the most conservative one.

How fatalities are counted
--------------------------
- A count is a number, "a/an/another <person>" or "the <person>" (1), or "him"/"her" after a killing verb.
  "them" after a killing verb, and "they"/"the hostages" before a death passive ("abducted four men, they
  were executed"), are the count told before them. "two and six" is two counts, not one number.
- Counts joined by "and", "as well as", « et », « ainsi que », or by commas in a list that an "and"
  closes, form one group ("3 soldiers, 2 policemen and 5 militants") whose members add up.
- A group is dead when a killing verb comes before it ("killing 12 civilians", « tuant 12 civils »,
  "the bodies of 3 men"), or a death word after it, past auxiliaries and adverbs ("5 soldiers were
  reportedly killed", « 12 soldats ont été tués », "lost their lives", « ont péri »), or when its noun
  is a death noun ("5 dead", « 12 morts », "3 bodies"). A verb followed by another count is active:
  in "30 militants killed 5 soldiers" only the 5 died.
- Wounded, injured, kidnapped, arrested: never fatalities (they are simply not death words), unless a death
  word follows them (« deux blessés ont succombé »: the wounded then died, a kind of victim of its own).
- Things are no dead: "neutralised two improvised explosive devices", « deux engins explosifs » (a thing
  noun first, or a plural one after the count's adjectives).
- A bomber who blew himself up (« s'est fait exploser ») is one more dead, as ACLED counts him; bombers
  counted before "blew themselves up" are that many, unless the clause counts the attackers' dead already.
- A group after "including", « dont », "among them" is a part of a figure already counted: skipped.
- Several dead groups: in one sentence, the same noun twice is one figure reported twice (the smaller is
  kept, the most conservative credible figure); different nouns, or figures in different sentences, add
  up ("5 soldiers killed ... 10 militants were also killed" → 15). Figures without a specific noun
  ("12 people", "a death toll of 12", "killing 10") are totals (the smaller of two in one sentence, summed
  across sentences): the result is the larger of the totals and the sum of the specific groups, so
  "12 dead: 8 soldiers and 4 civilians" is 12. The attackers' own dead ("3 attackers were shot dead",
  « 4 assaillants abattus ») are no part of a toll of people: they add to it.
- Two tellers' counts of the same dead are alternatives, not two tolls: « huit morts, selon des habitants …
  six, selon les autorités », "eight killed according to residents; the army said six" is 6, the lowest (the
  most conservative credible figure), also across sentences and for a bare count after a teller. Counts of
  different groups ("8 civilians and 6 soldiers"), or of more dead ("six others"), still add up.
- A figure inside someone's claim ("ISWAP claimed to have killed 35", "the army said 30 were
  neutralised", every figure of a sentence that opens with "according to X," / « selon X, ») only counts
  when the clause has no figure of its own, or when it counts attackers the told figures leave out ("six
  soldiers were killed; the army said nine militants were killed" is 15, as ACLED counts both sides),
  unless the report doubts it in its own sentence ("a figure that could not be independently verified").
- "had killed", « avait tué »: an earlier event, not counted. "protesting the killing of X", « en
  réaction à la mort de »: a death told as the cause, not counted. A toll a pluperfect verb left ("had
  left 12 dead", « qui avait fait 132 morts », « avaient péri »), a first toll since replaced (« avait
  d'abord évoqué », « initialement ») and a running total (« ces derniers mois ») are not counted either,
  unless they are all the lead sentence tells; `fatalities_in` also leaves out a figure whose nearest date
  in its sentence is older than the clause's news (« L'an dernier, une attaque y a fait quinze morts »).
- After a death word, « le 14 février », « le lendemain », "the next day" say when, not whom. « autant
  de », "as many" repeat the count before; « deux morts côté ami et une dizaine côté ennemi » is one list;
  « un soldat a été tué, de même que trois assaillants »: both died.
- One person without a count: "killed a trader", "assassinated the mayor of X", "killed him", "the
  driver was killed", "he later died" (1), with any listed others ("a woman, her baby and a young man").
- An explicit coded figure in the text ("fatalities coded as 3") is taken as it stands.
- A toll told as revised (« le bilan définitif est de quinze morts », « revu à la hausse ») replaces the
  figures told before it; two equal figures of two sentences where one is a total or a mixed list are one
  toll told twice (a headline restated in the lead); a vague figure (« plusieurs morts ») gives way to a
  told count, but not to « deux autres » (more dead); a floor (« des dizaines de civils », "dozens") gives way
  to a count of the same side's dead, and two floors of the same dead are one toll, the largest (« des
  centaines de morts » then « des dizaines de corps » is 100); a toll feared (« pourrait faire de nombreuses
  victimes ») is none. « Deux autres personnes sont mortes » adds to the toll told before it, even when
  someone tells that toll (« quinze fidèles ont été tués, a indiqué le diocèse »).
- A side named after a death noun says whose dead they are (« 35 morts parmi les civils, dont 31 femmes, et
  sept morts parmi les militaires » is 42: two sides' dead add up).
- A killing verb governs its object across days and places told between them (« ont tué jeudi dans le
  village de Karma, dans la province du Yatenga, au moins soixante civils »).
- After a past reporting verb and "that"/« que » (« le gouvernement a annoncé mardi que l'attaque avait fait
  35 morts »), a pluperfect is the sequence of tenses: the news. What follows a correction (« et non 95
  comme annoncé initialement », "not 95") is the replaced figure, not the toll before it. The dead of the
  sweeps that followed (« au cours des opérations de ratissage ») do not add to a deed's toll; alone, they
  are the toll. The date a record is measured from (« la plus meurtrière depuis 2015 ») dates no figure.
- "no casualties", "no one was killed", « sans faire de victimes », « aucun mort » → 0 (with evidence),
  unless the clause also counts deaths.

Knowledge lives in ``sahelwatch/data/lexicon/numbers_<lang>.json``; patterns compile once per language.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.extract.annotations import Component, NumberMention, doc_text
from sahelwatch.fastre import WordSet, guarded, phrase_alternatives

SpanTuple = tuple[int, int]
DatedSpan = tuple[int, int, date, bool]  # a date mention's (start, end, value, background)

NP_MAX_WORDS = 10  # words a count's noun phrase may run to ("14 civilians of the ... community")
LOOKBACK_CHARS = 60  # how far before a count a killing verb is looked for
# how far before a count a killing verb may govern it across places (« ont tué jeudi dans le village de Karma,
# dans la province du Yatenga, au moins soixante civils »)
OBJECT_LOOKBACK_CHARS = 100


def _whole_words(data: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """Any of the words or phrases the lexicon lists under `key`, as whole words, in any case; None when it
    lists none."""
    return re.compile(rf"(?<![\w'’])(?:{_alt(data[key])})(?![\w'’])", re.IGNORECASE) if data.get(key) else None


def _alt(words: Iterable[str], slot: tuple[frozenset[str], str] | None = None) -> str:
    """The phrases as one alternation, longest first; `slot` (auxiliaries, adverb pattern): an adverb may
    stand between a phrase's auxiliary and its participle (« ont froidement abattu »)."""
    # the phrases as a trie on their leading letters (see fastre.phrase_alternatives): the patterns that look
    # back for a verb before every count ("killed", « ont abattu ») tried hundreds of phrases one after the
    # other at every word start
    return phrase_alternatives([_phrase(w, slot) for w in sorted({w for w in words if w}, key=len, reverse=True)])


def _phrase(words: str, slot: tuple[frozenset[str], str] | None) -> str:
    aux, _, rest = words.partition(" ")
    if slot is not None and rest and aux in slot[0]:
        return re.escape(aux) + slot[1] + r"\s+" + _phrase(rest, None)
    return re.escape(words).replace(r"\ ", r"\s+")


_SPACES = re.compile(r"\s+")  # compiled once: _key runs for every word of every event clause


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.lower().replace("’", "'")).strip()


def _plurals(noun: str, irregular: dict[str, str], lang: str) -> set[str]:
    forms = {noun}
    if noun in irregular:
        forms.add(irregular[noun])
        return forms
    if lang == "fr":
        forms.add(noun[:-2] + "aux" if noun.endswith("al") else noun if noun[-1] in "sxz" else noun + "s")
    else:
        forms.add(noun + "es" if noun.endswith(("s", "sh", "ch", "x")) else noun + "s")
    return forms


@dataclass
class _Lexicon:
    lang: str
    data: dict[str, Any]
    number: re.Pattern[str]
    range_join: re.Pattern[str]
    article: re.Pattern[str]
    definite: re.Pattern[str]
    passive_after: re.Pattern[str]
    active_before: re.Pattern[str]
    subset_before: re.Pattern[str]
    connector: re.Pattern[str]
    negative: re.Pattern[str]
    word: re.Pattern[str]
    person_heads: dict[str, str] = field(default_factory=dict)  # any form -> singular
    head_class: dict[str, str] = field(default_factory=dict)  # 'soldat' -> 'forces': words for one kind of victim
    death_nouns: frozenset[str] = frozenset()
    np_stop: frozenset[str] = frozenset()
    other_states: re.Pattern[str] | None = None
    object_stop: frozenset[str] = frozenset()
    non_person: frozenset[str] = frozenset()
    determiner: re.Pattern[str] | None = None
    head_stop: frozenset[str] = frozenset()
    agent_after: re.Pattern[str] | None = None
    person_only_verbs: re.Pattern[str] | None = None
    singular_nouns: frozenset[str] = frozenset()
    article_words: frozenset[str] = frozenset()
    definite_words: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    relative_start: re.Pattern[str] | None = None
    aux_words: frozenset[str] = frozenset()
    far_passive: re.Pattern[str] | None = None
    headline: re.Pattern[str] | None = None
    body_found: re.Pattern[str] | None = None
    trailing_and: re.Pattern[str] | None = None
    clause_verb: re.Pattern[str] | None = None
    list_item: re.Pattern[str] | None = None
    pluperfect: re.Pattern[str] | None = None
    toll_source: re.Pattern[str] | None = None  # « selon un nouveau bilan »: a toll after a claim word
    side_before: re.Pattern[str] | None = None  # « côté militaire et »: a side, then the next count
    side_head: re.Pattern[str] | None = None  # « parmi les civils »: whose dead a death noun counts
    side_words: frozenset[str] = frozenset()  # « côté », « chez »: a side after a bare count
    strength: re.Pattern[str] | None = None  # "numbering": the count after it is how many took part
    question: re.Pattern[str] | None = None  # "whether": what follows is asked, not told
    anaphoric: re.Pattern[str] | None = None  # "the 80 deaths": a determiner pointing back at a told figure
    side_nouns: dict[str, str] = field(default_factory=dict)  # « dans les rangs de l'armée »: a side's members
    wounded_after: re.Pattern[str] | None = None  # « (25 morts) et 4 blessés »: the wounded told with the dead
    as_many: re.Pattern[str] | None = None  # « autant d'assaillants »: the count before, again
    superseded: re.Pattern[str] | None = None  # « d'abord », « initialement »: a first toll, since replaced
    running_total: re.Pattern[str] | None = None  # « ces derniers mois »: a sentence that counts over a period
    period_after: re.Pattern[str] | None = None  # « (tués) en six jours »: a figure's clause counts over a period
    sweep: re.Pattern[str] | None = None  # « opérations de ratissage »: the operations after the deed
    correction: re.Pattern[str] | None = None  # « et non », "not": the replaced figure comes after it
    reported_speech: re.Pattern[str] | None = None  # « a annoncé que »: a pluperfect after it is the news
    record_since: re.Pattern[str] | None = None  # « la plus meurtrière depuis »: a date a record is measured from
    time_after: re.Pattern[str] | None = None  # « le 14 », « le lendemain »: a determiner that opens a time
    also_dead: re.Pattern[str] | None = None  # "killed, as well as": the count after it died too
    left_before: re.Pattern[str] | None = None  # « avait fait (au moins) »: a verb that leaves a toll, before it
    pluperfect_aux: re.Pattern[str] = re.compile("(?!)")  # « avaient (été) » before a death word: told as earlier
    partitive: re.Pattern[str] | None = None
    chained_article: re.Pattern[str] | None = None
    aside_then_passive: re.Pattern[str] | None = None
    cause_before: re.Pattern[str] | None = None
    object_verb: re.Pattern[str] | None = None
    object_skip: re.Pattern[str] | None = None
    singular_passive: re.Pattern[str] | None = None
    plural_pronoun: re.Pattern[str] | None = None
    plural_subject: re.Pattern[str] | None = None  # "they were", "the hostages were": a count told before
    pronoun_after: re.Pattern[str] | None = None
    stated_figure: re.Pattern[str] | None = None
    claim_before: re.Pattern[str] | None = None
    claim_prefix: re.Pattern[str] | None = None
    claim_after: re.Pattern[str] | None = None  # « ..., ajoute le communiqué. »: a teller closing the sentence
    unverified: re.Pattern[str] | None = None  # "a figure that could not be independently verified"
    unspecified: frozenset[str] = frozenset()
    pronoun: re.Pattern[str] | None = None
    civilians: frozenset[str] = frozenset()  # heads that name civilians only (« civil »), not « personne »
    # heads of dead that add to a toll: the attackers' own ('assailant', « assaillant »), « trois autres »
    attackers: frozenset[str] = frozenset()
    floor_words: frozenset[str] = frozenset()  # « des dizaines », "dozens": no count told, only a least figure
    np_coordination: frozenset[str] = frozenset()  # « et »: a second person noun may share the count
    np_coordination_skip: frozenset[str] = frozenset()  # « de », « des », adjectives: between « et » and it
    hypothetical: re.Pattern[str] | None = None  # « pourrait faire »: the figure after it is only feared
    head_adjectives: frozenset[str] = frozenset()  # « jeune »: an adjective before another person noun
    # French: the only words that may stand between a determiner and its person noun (« un jeune soldat »)
    prenominal: frozenset[str] = frozenset()
    ordinal_suffix: tuple[str, ...] = ()  # « un deuxième soldat »: ordinals stand before the noun too
    revised: re.Pattern[str] | None = None  # « bilan définitif », « revu à la hausse »: a toll that replaces
    self_detonation: re.Pattern[str] | None = None  # "blew himself up", « s'est fait exploser »: one more dead
    bomber: re.Pattern[str] | None = None  # "bomber", "himself", « kamikaze »: words that name the bomber
    source_cue: re.Pattern[str] | None = None  # "according to", "the army said", « ont fait état de »: a teller
    prefix_cue: re.Pattern[str] | None = None  # "according to", « selon »: a teller named after its cue
    added: re.Pattern[str] | None = None  # "more", "also", « autres »: a figure of more dead, not the same again
    bare_alternative: re.Pattern[str] | None = None  # "; the army said six": another teller's bare count

    def __post_init__(self) -> None:
        # the words a number window opens at (see _number_windows), found in one pass over a report
        self.window_words = WordSet(self.number_words | self.death_nouns)


def _load(name: str) -> dict[str, Any]:
    path = resources.files("sahelwatch").joinpath("data", "lexicon", name)
    return json.loads(path.read_text(encoding="utf-8"))


def _agreement_forms(phrase: str, endings: list[list[str]]) -> set[str]:
    """The phrase with its participles in each gender (« exécuté » → « exécutée », « abattus » → « abattues »),
    in the number written. `endings`: the endings of one number in each gender, such as é/ée or és/ées."""
    forms = {phrase}
    words = phrase.split(" ")
    for ending_set in endings:
        by_length = sorted(ending_set, key=len, reverse=True)
        stems = [next(((w[:-len(e)], e) for e in by_length if w.endswith(e) and len(w) > len(e) + 1), None)
                 for w in words]
        if not any(stems):
            continue
        for target in ending_set:
            forms.add(" ".join(w if st is None else st[0] + target for w, st in zip(words, stems, strict=True)))
    return forms


def _agree(data: dict[str, Any]) -> None:
    """French participles agree with their subject's gender: the lists the lexicon names under "agreeing_lists"
    hold both genders of each participle they list, whichever one the lexicon wrote."""
    endings = data.get("participle_endings")
    for key in data.get("agreeing_lists", []) if endings else []:
        data[key] = sorted({form for phrase in data[key] for form in _agreement_forms(phrase, endings)})


@lru_cache(maxsize=8)
def lexicon(lang: str) -> _Lexicon:
    """The compiled number and fatality patterns of one language (compiled once per process)."""
    data = _load(f"numbers_{lang}.json")
    _agree(data)
    for table in ("units", "tens", "scales", "collectives", "multipliers", "vague", "pronouns"):
        data[table] = {_key(k): v for k, v in data.get(table, {}).items()}
    word_values = {**data["units"], **data["tens"], **data["scales"]}
    words = _alt(word_values)
    # a joiner word that only joins some numbers (« vingt et un », but « entre dix et quinze » is two)
    only_before = {j: rf"(?=(?:{_alt(words)})\b)" for j, words in data.get("joiner_only_before", {}).items()}
    joiners = "|".join(
        r"\s+" + re.escape(j) + r"\s+" + only_before.get(j, "") if j.isalpha() else r"\s*" + re.escape(j) + r"\s*"
        for j in data["number_joiners"])
    scale_article = _alt(data["scale_article"])
    word_number = rf"(?:(?:{scale_article})\s+(?:{_alt(data['scales'])})|(?:{words}))" if scale_article \
        else rf"(?:{words})"
    word_number += rf"(?:(?:\s+|{joiners})(?:{words}))*"
    digits = r"\d{1,3}(?:(?:,|\u202f|\u00a0|\s|\.)\d{3}(?!\d))+|\d+"
    multipliers = _alt(data["multipliers"])
    qualifiers = _alt(data["qualifiers"])
    number = (  # an elided qualifier (« plus d'une centaine ») runs into its number
        rf"(?<![\w.,/:-])(?:(?P<qual>{qualifiers})(?:\s+|(?<=['’])))?"
        rf"(?:(?P<coll>{_alt(data['collectives'])})"
        rf"|(?P<vague>{_alt(data['vague'])})"
        rf"|(?P<digits>{digits})(?:\s*[-–]\s*(?P<digits2>{digits}))?(?:\s+(?P<mult1>{multipliers})s?)?"
        rf"|(?P<words>{word_number})(?:\s+(?P<mult2>{multipliers})s?)?)"
        r"(?![\w%]|[.,]\d)(?!\s*-?\s*(?:years?[\s-]+old|ans\b|-year))"
    )
    irregular = {_key(k): _key(v) for k, v in data.get("irregular_plurals", {}).items()}
    person_heads: dict[str, str] = {}
    for noun in data["person_nouns"]:
        for form in _plurals(_key(noun), irregular, lang):
            person_heads[form] = _key(noun)
    singular = _alt(n for n in data["person_nouns"] if _key(n) not in ("people", "other"))
    aux = _alt(data["aux"])
    passive = _alt(data["death_passive"])
    articles = _alt(data["articles"])
    subset = _alt(data["subset"])
    comma_aside = r"|,(?=[^,.;:]{1,40},)" if data.get("comma_aside") else ""
    word_re = r"[\w'’-]+"
    connectors = _alt(data["connectors"])
    and_connectors = _alt(c for c in data["connectors"] if c.strip(", "))
    singular_aux = _alt(data["singular_aux"])
    subjects = _alt(data["subject_pronouns"])
    adverbs = data.get("adverb_slot", {})
    slot = (frozenset(adverbs["after"]), rf"(?:\s+(?:{_alt(adverbs['adverbs'])}))?") if adverbs else None
    object_verbs = _alt(data["object_verbs"], slot)
    # a capitalised place name between the verb and its object, maybe after the kind of place and between
    # commas (« dans le village de Karma, dans la province du Yatenga, »)
    place_nouns = rf"(?:{_alt(data['active_place_nouns'])})\s*" if data.get("active_place_nouns") else ""
    active_place = (rf",?\s+(?:{_alt(data['active_place'])})\s*(?:{place_nouns})?(?-i:[A-ZÀ-Ý])[\w'’-]+,?"
                    if data.get("active_place") else "(?!)")
    def_or_art = _alt(data["articles"] + data["definites"])
    return _Lexicon(
        lang=lang,
        object_stop=frozenset(_key(w) for w in data["object_skip"] if " " not in w),
        determiner=re.compile(rf"(?:{def_or_art})\s+\w", re.IGNORECASE),
        head_stop=frozenset(_key(w) for w in data["head_stop"]),
        agent_after=re.compile(rf"\s+(?:{_alt(data['agent_words'])})\b", re.IGNORECASE),
        person_only_verbs=re.compile(rf"(?:{_alt(data['person_only_verbs'])})", re.IGNORECASE),
        # the last word of « casque bleu »; not « corps » of « garde du corps », whose « garde » is one already
        singular_nouns=frozenset(_key(n).split()[-1] for n in data["person_nouns"]
                                 if _key(n) not in ("people", "other")
                                 and (" " not in _key(n) or _key(n).split()[0] not in
                                      {_key(m) for m in data["person_nouns"]})),
        article_words=frozenset(_key(w) for w in data["articles"]),
        definite_words=frozenset(_key(w).split()[0] for w in data["definites"]),
        number_words=frozenset(
            w for phrase in [*data["units"], *data["tens"], *data["scales"], *data["collectives"],
                             *data["vague"], *data["multipliers"]]
            for w in re.findall(r"[^\W\d_]+", phrase)
            if w not in ("a", "an", "of", "de", "des", "un", "une", "the", "le", "la")),
        aux_words=frozenset(_key(w) for w in data["aux"] + data["clause_aux"] + data["death_active"]
                            if " " not in w),
        relative_start=re.compile(rf"\s*,?\s*(?:{_alt(data['relatives'])})\b", re.IGNORECASE),
        far_passive=re.compile(rf"[^.;:]{{0,120}}?(?:\s|,)(?:{_alt(data['plural_aux'])})\s+(?:(?:{aux})\s+)*"
                               rf"(?P<trigger>{passive})(?![\w'’])", re.IGNORECASE),
        headline=guarded(rf"(?:^|(?<=[.!?])\s+|(?<=\n))(?P<np>[A-Z][\w'’ -]{{2,60}}?)\s+(?:(?:{aux})\s+)*"
                         rf"(?P<trigger>{passive})(?![\w'’])"),
        body_found=guarded(rf"(?<![\w'’])(?:{_alt(data['body_found'])})(?![\w'’])", re.IGNORECASE),
        trailing_and=re.compile(r"\s*,\s*(?:and|et)\b", re.IGNORECASE),
        clause_verb=re.compile(rf"\s+(?:{_alt(data['clause_aux'])})\s+\w", re.IGNORECASE),
        list_item=re.compile(rf"\s*(?:,\s*(?:(?:and|et)\s+)?|\s+(?:{and_connectors}|{_alt(data['list_with'])})\s+)"
                             rf"(?P<det>(?:{def_or_art})\s+)?(?P<item>{word_re}(?:\s+{word_re}){{0,2}}?)"
                             rf"(?=\s*(?:[,.;:)]|$|(?:{and_connectors}|{_alt(data['list_with'])})\s|(?:{aux}|{passive})\b"
                             rf"|\s(?:{_alt(data['np_stop'])})\b))", re.IGNORECASE),
        pluperfect=re.compile(rf"(?<![\w'’])(?:{_alt(data['pluperfect'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
        toll_source=re.compile(rf"\s*(?:[\w'’]+\s+){{0,3}}?(?:{_alt(data['toll_sources'])})\b(?!\s+(?:de|des|du|d['’]|of)\s)",
                               re.IGNORECASE) if data.get("toll_sources") else None,
        side_before=re.compile(rf"\s+(?:{_alt(data['side_words'])})\s[^.;:,]{{1,40}}?\s(?:et|and)\s+", re.IGNORECASE)
        if data.get("side_words") else None,
        side_words=frozenset(_key(w).split()[0] for w in data.get("side_words", [])),
        side_nouns={_key(k): _key(v) for k, v in data.get("side_nouns", {}).items()},
        wounded_after=re.compile(rf"\s*(?:,|et|and)\s+(?:[\w-]+\s+){{1,3}}?(?:{_alt(data['wounded_words'])})(?![\w'’])",
                                 re.IGNORECASE) if data.get("wounded_words") else None,
        side_head=re.compile(rf"\s+(?:{_alt(data['side_words'])})\s+(?:(?:{_alt(data['side_determiners'])})\s*)?"
                             rf"(?P<noun>[\w’'-]+)", re.IGNORECASE) if data.get("side_determiners") else None,
        as_many=re.compile(rf"(?<![\w'’])(?:{_alt(data['as_many'])})(?![\w'’]|\s+(?:as|que)\b|\s+qu['’])",
                           re.IGNORECASE)
        if data.get("as_many") else None,
        superseded=_whole_words(data, "superseded"),
        running_total=_whole_words(data, "running_total"),
        period_after=re.compile(data["period_after"], re.IGNORECASE) if data.get("period_after") else None,
        sweep=_whole_words(data, "sweep"),
        correction=_whole_words(data, "correction"),
        reported_speech=re.compile(rf"(?<![\w'’])(?:{_alt(data['reported_speech'])})(?:\s+[\w'’-]+){{0,4}}?\s+"
                                   rf"(?:que|qu['’]|that)(?![\w'’])[^.;!?«»\"]*$",
                                   re.IGNORECASE) if data.get("reported_speech") else None,
        record_since=re.compile(rf"(?<![\w'’])(?:{_alt(data['record_since'])})(?:\s+[\w'’-]+){{0,3}}?\s+(?:depuis|since)\b",
                                re.IGNORECASE)
        if data.get("record_since") else None,
        time_after=re.compile(rf"(?:{def_or_art}|{_alt(data['time_determiners'])})\s+(?:\d|(?:{_alt(data['time_nouns'])})"
                              rf"(?![\w'’]))", re.IGNORECASE) if data.get("time_nouns") else None,
        # « un soldat a été tué (dans l'attaque), ainsi que les deux assaillants »: a short complement may follow
        # the death word, a determiner open the count after it
        also_dead=re.compile(rf"(?<![\w'’])(?:{passive})(?![\w'’])(?:\s+(?:(?!\b(?:et|and)\b)[^\d,.;:!?]){{1,40}}?)?\s*,?\s+"
                             rf"(?:{_alt(data['also_connectors'])})"
                             rf"(?:\s+(?:{_alt(data.get('also_determiners', []))}))?\s*$",
                             re.IGNORECASE) if data.get("also_connectors") else None,
        pluperfect_aux=re.compile(rf"(?<![\w'’])(?:{_alt(data['pluperfect'])})(?![\w'’])", re.IGNORECASE),
        left_before=re.compile(rf"(?<![\w'’])(?:{_alt(data['left_verbs'])})\s+(?:[\w'’]+\s+){{0,2}}$", re.IGNORECASE),
        non_person=frozenset(_key(w) for w in data.get("non_person_nouns", [])),
        head_class={_key(w): kind for kind, words in data.get("restated_heads", {}).items() for w in words},
        partitive=re.compile(rf"^\s*(?:{_alt(data['partitive'])})\s*$", re.IGNORECASE),
        chained_article=re.compile(rf"\s*(?:{and_connectors})\s*(?P<art>(?:{def_or_art})\s+)(?:{word_re}\s+){{0,3}}?"
                                   rf"{word_re}(?=\s*(?:{connectors}|[,.;:)]|$)|\s+(?:{aux})\b|\s+(?:{passive}))",
                                   re.IGNORECASE),
        # an aside before the verb: ", including two children,", ", most of them soldiers,", ", who ...", and
        # where the lexicon allows it (French), any short phrase between commas (« dix-huit personnes, burkinabè
        # et étrangers, ont été tuées »)
        aside_then_passive=re.compile(rf"\s*(?:,?\s*(?:{subset})\b|,\s*\w+(?:ed|és|ées)\b"
                                      rf"|,\s*(?:{_alt(data['relatives'])})\b{comma_aside})[^.;:]{{0,140}}?"
                                      rf"(?:,\s*|\s+)(?:{aux}\s+)*(?:{passive})(?![\w'’])", re.IGNORECASE),
        cause_before=re.compile(rf"(?<![\w'’])(?:{_alt(data['cause_cues'])})\s+(?:(?:the|le|la|les|l'|l’)\s+)?$",
                                re.IGNORECASE),
        object_verb=guarded(rf"(?<![\w'’])(?:{object_verbs})(?:\s+and\s+\w+ed)?(?![\w'’])", re.IGNORECASE),
        object_skip=re.compile(rf"(?:{_alt(data['object_skip'])})(?![\w'’])|\d", re.IGNORECASE),
        singular_passive=guarded(
            rf"(?:(?<![\w'’])(?:{subjects})\s+(?:\w+\s+)?|(?<![\w'’])(?:{singular_aux})\s+(?:(?:{aux})\s+)*)"
            rf"(?P<trigger>{passive})(?![\w'’])", re.IGNORECASE),
        plural_pronoun=guarded(rf"(?<![\w'’])(?:{_alt(data['plural_pronouns'])})(?![\w'’])", re.IGNORECASE)
        if data.get("plural_pronouns") else None,
        plural_subject=guarded(rf"(?<![\w'’])(?:{_alt(data['plural_subjects'])})(?=\s+(?:\w+\s+)?"
                               rf"(?:{_alt(data['plural_subject_aux'])})\s)", re.IGNORECASE)
        if data.get("plural_subjects") else None,
        pronoun_after=re.compile(rf"\s+(?:{_alt(data['pronoun_after'], slot)})(?![\w'’])", re.IGNORECASE)
        if data.get("pronoun_after") else None,
        stated_figure=guarded(data["stated_figure"], re.IGNORECASE) if data.get("stated_figure") else None,
        claim_prefix=re.compile(rf"(?:{_alt(data['claim_prefixes'])})$", re.IGNORECASE),
        claim_after=re.compile(rf",\s*(?:{_alt(data['claim_after'])})(?![\w'’])[^,.;!?]{{0,60}}(?:[.;!?]|$)",
                               re.IGNORECASE) if data.get("claim_after") else None,
        claim_before=re.compile(rf"(?<![\w'’])(?:{_alt(data['claim_cues'])})(?![\w'’])", re.IGNORECASE),
        unverified=_whole_words(data, "unverified"),
        data=data,
        number=re.compile(number, re.IGNORECASE),
        range_join=re.compile(rf"^\s*(?:{_alt(data['range_sep'])})\s*$", re.IGNORECASE),
        article=re.compile(rf"(?<![\w'’])(?:{articles})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{singular})(?![\w'’])",
                           re.IGNORECASE),
        definite=re.compile(rf"(?<![\w'’])(?:{_alt(data['definites'])})\s*(?:[\w'’-]+\s+){{0,2}}?"
                            rf"(?:{singular})(?![\w'’])", re.IGNORECASE),
        # "abducted and killed", « enlevés, puis exécutés », « ligotés avant d'être égorgés »
        passive_after=re.compile(rf"\s*,?\s*(?:(?:{aux})\s*,?\s*)*(?:\w+(?:ed|és|ées)\s*,?\s+"
                                 rf"(?:and then|and|&|then|et|puis|avant d['’]être)\s+"
                                 # a quoted death word: « ont été « neutralisés » », "were 'neutralised'"
                                 rf"(?:(?:{aux})\s+)*)?(?:[«“\"‘]\s*)?(?P<trigger>{passive})(?![\w'’])",
                                 re.IGNORECASE),
        active_before=re.compile(rf"(?<![\w'’])(?:{_alt(data['death_active'], slot)}"
                                 # "put the number of soldiers killed at 30": a toll whose noun phrase comes first
                                 rf"{''.join('|' + p for p in data.get('death_active_patterns', []))})"
                                 # a quoted count: « avoir neutralisé « plusieurs dizaines » d'assaillants »
                                 rf"(?:{active_place}|\s+(?:{_alt(data['active_fillers'])}))*\s*[«“\"]?\s*$",
                                 re.IGNORECASE),
        subset_before=re.compile(rf"(?<![\w'’])(?:{_alt(data['subset'])})\s*:?\s*$", re.IGNORECASE),
        connector=re.compile(rf"^\s*(?:{_alt(data['connectors'])})\s*$", re.IGNORECASE),
        negative=guarded(rf"(?<![\w'’])(?:{_alt(data['negative'])})(?![\w'’])", re.IGNORECASE),
        # "Three U.S. soldiers": an initialism's full stops are part of one word
        word=re.compile(r"\(|\)|(?:[A-Z]\.){2,}|[\w'’]+(?:-[\w'’]+)*|[^\w\s]"),
        person_heads=person_heads,
        death_nouns=frozenset(_key(w) for w in data["death_nouns"]),
        np_stop=frozenset(_key(w) for w in data["np_stop"]),
        other_states=re.compile(rf"(?:{_alt(data['other_states'])})(?![\w'’])", re.IGNORECASE),
        unspecified=frozenset(_key(w) for w in data["unspecified_nouns"]),
        pronoun=re.compile(rf"(?<![\w'’])(?:{_alt(data['pronouns'])})(?![\w'’])", re.IGNORECASE)
        if data["pronouns"] else None,
        attackers=frozenset(_key(w) for w in data.get("attacker_heads", []) + data.get("added_heads", [])),
        floor_words=frozenset(_key(w) for w in data.get("vague_collectives", [])),
        civilians=frozenset(_key(w) for w in data.get("civilian_heads", [])),
        np_coordination=frozenset(_key(w) for w in data.get("np_coordination", [])),
        np_coordination_skip=frozenset(_key(w) for w in data.get("np_coordination_skip", [])),
        head_adjectives=frozenset(_key(w) for w in data.get("head_adjectives", [])),
        prenominal=frozenset(form for w in data.get("prenominal_words", []) for form in (_key(w), _key(w) + "s")),
        ordinal_suffix=tuple(data.get("ordinal_suffixes", [])),
        hypothetical=re.compile(rf"(?<![\w'’])(?:{_alt(data['hypothetical'])})\s+(?:[\w'’]+\s+){{0,3}}$",
                                re.IGNORECASE) if data.get("hypothetical") else None,
        revised=_whole_words(data, "revised_toll"),
        self_detonation=guarded(rf"(?<![\w'’])(?:{_alt(data['self_detonation'])}"
                                rf"|(?P<plural>{_alt(data.get('self_detonation_plural', []))}))(?![\w'’])",
                                re.IGNORECASE)
        if data.get("self_detonation") else None,
        bomber=_whole_words(data, "bomber_words"),
        source_cue=_whole_words(data, "source_cues"),
        prefix_cue=re.compile(rf"(?:{_alt(data['claim_prefixes'] + ['de source'])})", re.IGNORECASE),
        # "three more people" counts more dead; "more than 30" is a floor of the same dead
        question=_whole_words(data, "question_words"),
        strength=re.compile(rf"(?<![\w'’])(?:{_alt(data['strength_before'])})\s*$", re.IGNORECASE)
        if data.get("strength_before") else None,
        anaphoric=re.compile(rf"(?<![\w'’])(?:{_alt(data['anaphoric_determiners'])})\s+$", re.IGNORECASE)
        if data.get("anaphoric_determiners") else None,
        added=re.compile(rf"(?<![\w'’])(?:{_alt(data['added_words'])})(?![\w'’])"
                         rf"(?!\s+(?:{_alt(data.get('added_not_before', [])) or '(?!)'})(?![\w'’]))", re.IGNORECASE)
        if data.get("added_words") else None,
        bare_alternative=_whole_words(data, "bare_alternative"),
    )


# ---------------------------------------------------------------------------------------------------
# Numbers


def _parse_words(text: str, lex: _Lexicon) -> int | None:
    """'twenty-five' 25, 'two hundred and fifty' 250, « quatre-vingt-dix » 90, « vingt et un » 21."""
    d = lex.data
    tokens = [t for t in re.split(r"[\s-]+", _key(text)) if t and t not in ("and", "et")]
    total, current, previous = 0, 0, ""
    for token in tokens:
        if token in d["scales"]:
            scale = d["scales"][token]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        elif token in ("a", "one") and not current and token not in d["units"]:
            current = 1
        elif token in d["tens"]:
            value = d["tens"][token]
            if lex.lang == "fr" and value == 20 and previous == "quatre":
                current += 80 - 4  # quatre-vingt(s)
            elif current % 100:
                return None  # "six and twenty": two counts, not one
            else:
                current += value
        elif token in d["units"]:
            if current % 10:
                return None  # "two and six": two counts joined by "and", not one
            current += d["units"][token]
        else:
            return None
        previous = token
    return total + current


def _number_value(m: re.Match[str], lex: _Lexicon) -> int | None:
    d = lex.data
    if m.group("coll"):
        return d["collectives"][_key(m.group("coll"))]
    if m.group("vague"):
        return d["vague"][_key(m.group("vague"))]
    multiplier = m.group("mult1") or m.group("mult2")
    if m.group("digits"):
        value = int(re.sub(r"\D", "", m.group("digits")))
        if m.group("digits2"):
            value = min(value, int(re.sub(r"\D", "", m.group("digits2"))))
    else:
        parsed = _parse_words(m.group("words"), lex)
        if parsed is None:
            return None
        value = parsed
    if multiplier:
        key = _key(multiplier)
        value *= d["multipliers"].get(key, d["multipliers"].get(key.rstrip("s"), 1))
    return value


def _overlaps(start: int, end: int, spans: Sequence[SpanTuple]) -> bool:
    return any(start < e and s < end for s, e in spans)


_DIGIT = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _number_windows(text: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """Windows around digits and number words: the number pattern only runs inside them."""
    hits = [(m.start(), m.end()) for m in _DIGIT.finditer(text)]
    # a death noun too: an article counts one before it (« faisant un mort »)
    hits += [(start, end) for start, end, _ in lex.window_words.find(text)]
    hits.sort()
    windows: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - 40), min(len(text), end + 60)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _windowed(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]):
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def find_numbers(text: str, lang: str = "en", exclude: Sequence[SpanTuple] = ()) -> list[NumberMention]:
    """Every count of `text` (see the module docstring); spans in `exclude` (dates) are skipped."""
    lex = lexicon(lang if lang in ("en", "fr") else "en")
    found: list[NumberMention] = []
    seen: set[int] = set()
    for m in _windowed(lex.number, text, _number_windows(text, lex)):
        if m.start() in seen or _overlaps(m.start(), m.end(), exclude):
            continue
        seen.add(m.start())
        words = m.group("words")
        if words and _key(words) in lex.data.get("article_numbers", ()) and not m.group("qual"):
            after = lex.word.match(text, _skip_space(text, m.end()))
            if not (after and _key(after.group(0)) in lex.death_nouns):
                continue  # « un », « une », "a": an article, not a count, unless a person or death noun says so
        value = _number_value(m, lex)
        if value is None:
            found += _conjoined(text, m, lex)
            continue
        approximate = bool(m.group("qual") or m.group("coll") or m.group("vague") or m.group("digits2"))
        found.append(NumberMention(m.start(), m.end(), m.group(0), value, approximate))
    return _join_ranges(text, found, lex)


_CONJUNCTION = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)


def _conjoined(text: str, m: re.Match[str], lex: _Lexicon) -> list[NumberMention]:
    """'two and six' read as one number by the pattern: the two counts it joins (a range or a sum later)."""
    out = []
    start = m.start("words")
    for part in _CONJUNCTION.split(m.group("words")):
        at = text.index(part, start)
        value = _parse_words(part, lex) if part else None
        if value is not None:
            out.append(NumberMention(at, at + len(part), part, value, False))
        start = at + len(part)
    return out


def _join_ranges(text: str, numbers: list[NumberMention], lex: _Lexicon) -> list[NumberMention]:
    """'10-15', '10 to 15', '10 or 12', 'between 10 and 15': one mention, the lower figure."""
    out: list[NumberMention] = []
    openers = re.compile(rf"(?:{_alt(lex.data['range_open'])})\s*$", re.IGNORECASE)
    i = 0
    while i < len(numbers):
        a = numbers[i]
        if i + 1 < len(numbers):
            b = numbers[i + 1]
            between = text[a.end:b.start]
            opened = openers.search(text[max(0, a.start - 12):a.start])
            joined = lex.range_join.match(between)
            if joined and (opened or _key(between) != "and" and _key(between) != "et") and b.value >= a.value:
                start = opened.start() + max(0, a.start - 12) if opened else a.start
                out.append(NumberMention(start, b.end, text[start:b.end], a.value, True))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# ---------------------------------------------------------------------------------------------------
# Fatalities


@dataclass
class _Count:
    start: int
    end: int
    value: int
    kind: str  # number, article, definite, pronoun
    np_end: int = 0
    head: str | None = None
    death_noun: bool = False
    other: bool = False  # its noun phrase says wounded, kidnapped, arrested ...: not a death count
    state: bool = False  # `other` for a participle after its noun (« un enseignant enlevé »), not for its noun
    pending: bool = False  # a participle after the noun ("men abducted by ..."): not yet a state
    first_word: str | None = None  # "1 Chadian killed": no known noun, but a group of its own
    head_end: int = 0  # end of the head noun: evidence stops there ("12 soldiers", not "... near Kayes")

    @property
    def evidence_end(self) -> int:
        if self.head_end:
            return self.head_end
        return self.end if self.kind == "number" else self.np_end


@dataclass
class _Figure:
    value: int
    head: str | None
    span: SpanTuple
    claim: bool = False
    sentence: int = 0  # which sentence of the clause the figure is in
    civilians: int = 0  # how many of its dead its nouns name as civilians
    vague: bool = False  # "several", « plusieurs », « des dizaines »: no count told
    floor: bool = False  # « des dizaines », "dozens": vague, but a least figure of its own side's dead
    earlier: bool = False  # left by a pluperfect verb (« qui avait fait 132 morts »): maybe an earlier event's
    source: str | None = None  # who tells it ("according to residents", "the army said"); None: the report
    added: bool = False  # "three more", « trois autres »: more dead, never another count of the same ones
    sweep: bool = False  # counted in the operations that followed (« au cours des opérations de ratissage »)


def _counts(text: str, lo: int, hi: int, numbers: Sequence[NumberMention], lex: _Lexicon) -> list[_Count]:
    counts = [_Count(n.start, n.end, n.value, "number") for n in numbers
              if lo <= n.start and n.end <= hi and not _looks_like_year(n)
              # "the assailants, numbering about 3,000, attacked the base": a force's strength, not a toll
              and not _strength(text, n, lo, lex)]
    taken = [(c.start, c.end) for c in counts]
    for start, end, kind in _determined_persons(text, lo, hi, lex):
        if not _overlaps(start, end, taken):
            counts.append(_Count(start, start, 1, kind))
            taken.append((start, end))
    if lex.pronoun is not None:
        for m in lex.pronoun.finditer(text, lo, hi):
            if lex.active_before.search(text[max(lo, m.start() - LOOKBACK_CHARS):m.start()]) \
                    and not _overlaps(m.start(), m.end(), taken):
                counts.append(_Count(m.start(), m.end(), 1, "pronoun", np_end=m.end()))
    counts.sort(key=lambda c: c.start)
    for m in lex.as_many.finditer(text, lo, hi) if lex.as_many is not None else ():
        before = [c for c in counts if c.start < m.start()]
        if before:
            # « dix soldats et autant d'assaillants », "ten soldiers and as many militants": the count before, again
            counts = [*before, _Count(m.start(), m.end(), before[-1].value, "number"),
                      *(c for c in counts if c.start >= m.end())]
    starts = {c.start for c in counts}
    kept: list[_Count] = []
    for c in counts:
        if kept and c.start < kept[-1].np_end:
            continue  # inside an earlier count's noun phrase: "14 civilians (mainly from two tribes)"
        _noun_phrase(text, c, hi, starts, lex)
        kept.append(c)
    return kept


def _strength(text: str, n: NumberMention, lo: int, lex: _Lexicon) -> bool:
    """"the assailants, numbering about 3,000, attacked": how many took part, set off by commas (not "the
    occupants, numbering twelve individuals, were killed", which counts the dead)."""
    return lex.strength is not None and bool(lex.strength.search(text, max(lo, n.start - 30), n.start)) \
        and text[n.end:n.end + 2].lstrip()[:1] in (",", ")")


def _looks_like_year(n: NumberMention) -> bool:
    """'2023' in '7, 2023, at least 154 ...' when dates were not excluded: a year, not a count."""
    return n.text.isdigit() and len(n.text) == 4 and 1900 <= n.value <= 2100


def _determined_persons(text: str, lo: int, hi: int, lex: _Lexicon) -> list[tuple[int, int, str]]:
    """'a soldier', 'another civilian', 'the village chief', « un soldat », « l'imam »: (start, end, kind)
    with kind 'article' (a, an, un) or 'definite' (the, his, le); at most three words between."""
    tokens = _window_words(text, lo, hi, lex)
    out: list[tuple[int, int, str]] = []
    for i, (_, end, key) in enumerate(tokens):
        noun = key
        elided = ""
        if "'" in key:
            elided, _, noun = key.partition("'")
            elided += "'"
        if noun not in lex.singular_nouns:
            continue
        if elided in lex.definite_words:
            out.append((tokens[i][0], end, "definite"))
            continue
        for j in range(i - 1, max(-1, i - 5), -1):
            word = tokens[j][2]
            if not word[0].isalnum():
                break
            if "'" in word:
                # « la mort d'un jeune »: the elided article starts the person's phrase, and no determiner
                # before it does
                prefix, _, tail = word.partition("'")
                if tail in lex.article_words and _before_the_noun(tokens[j + 1:i], lex, noun):
                    out.append((tokens[j][0] + len(prefix) + 1, end, "article"))
                break
            if word in lex.article_words or word in lex.definite_words:
                if _before_the_noun(tokens[j + 1:i], lex, noun):
                    out.append((tokens[j][0], end, "article" if word in lex.article_words else "definite"))
                break
    return out


def _adjective_of_a_thing(previous: str, noun: str, lex: _Lexicon) -> bool:
    """In French, a person noun right after a count's first noun, when that noun names no person and is none
    of the few adjectives French puts first, is that noun's adjective (« un camp militaire », « une embuscade
    jihadiste »): the count is of things."""
    if not lex.prenominal or noun not in lex.person_heads or len(previous) < 4 or not previous.isalpha():
        return False
    return not (previous in lex.person_heads or previous in lex.unspecified or previous in lex.np_coordination_skip
                or previous in lex.side_words or previous in lex.head_stop
                or f"{previous} {noun}" in lex.person_heads or _before_the_noun([(0, 0, previous)], lex))


def _before_the_noun(words: list[tuple[int, int, str]], lex: _Lexicon, noun: str = "") -> bool:
    """Whether the words between a determiner and a person noun can stand before a noun. In French most
    adjectives follow theirs, so a person noun after another word is that word's adjective (« une embuscade
    jihadiste », « un camp militaire », « le groupe terroriste »), not a person, unless the word is one of the
    few adjectives French puts first (« un jeune soldat », « un ancien combattant »), an ordinal, or the start of
    a noun of two words (« un casque bleu »)."""
    if not lex.prenominal or (words and " ".join([*(key for _, _, key in words[-1:]), noun]) in lex.person_heads):
        return True
    return all(key in lex.prenominal or key.endswith(lex.ordinal_suffix) for _, _, key in words)


@lru_cache(maxsize=8)
def _text_words(text: str, lang: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and keys of the words of a whole text: an article's event clauses overlap, and
    splitting each again cost more than the rest of the fatality rules."""
    found = list(lexicon(lang).word.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], [_key(m.group(0)) for m in found]


def _window_words(text: str, lo: int, hi: int, lex: _Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, key) of the words of text[lo:hi], as lex.word.finditer(text, lo, hi) splits them.

    The whole text's words inside the window are the same unless a word straddles a window edge (the
    word pattern has no lookaround; between two words there is only whitespace), so only then is the
    window split on its own."""
    starts, ends, keys = _text_words(text, lex.lang)
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    if (i and ends[i - 1] > lo) or (j and ends[j - 1] > hi):
        return [(m.start(), m.end(), _key(m.group(0))) for m in lex.word.finditer(text, lo, hi)]
    return list(zip(starts[i:j], ends[i:j], keys[i:j], strict=True))


def _noun_phrase(text: str, c: _Count, limit: int, starts: set[int], lex: _Lexicon) -> None:
    """Extend a count over its noun phrase ('civilians of the Tuareg community'); find its head noun."""
    c.np_end = max(c.np_end, c.end)
    if c.kind == "pronoun":
        return
    words = 0
    depth = 0
    previous = ""
    for m in lex.word.finditer(text, c.end, limit):
        token = _key(m.group(0))
        if token in ("(", "["):
            depth += 1
            continue
        if token in (")", "]"):
            if depth == 0:
                break
            depth -= 1
            c.np_end = m.end()
            continue
        if depth or token in _QUOTES:
            continue
        token = token.strip("".join(_QUOTES))
        if m.start() in starts and m.start() != c.start:
            if lex.partitive.match(text[c.end:m.start()]):
                continue  # "one of the three soldiers": the inner count belongs to this phrase
            break
        if not token or not token[0].isalnum():
            break
        if lex.other_states is not None and lex.other_states.match(text, m.start()) \
                and not _next_word_is_noun(text, m.end(), limit, lex):
            state_end = lex.other_states.match(text, m.start()).end()
            if lex.passive_after.match(text, state_end):
                # « deux (soldats) blessés ont succombé »: the wounded then died; bare, a kind of victim of its own
                if not words:
                    c.head, c.head_end = token, m.end()
                c.np_end = m.end()
                break
            if words and lex.agent_after.match(text, state_end):
                c.pending = True  # "23 men arrested by the army ... were executed": decided by what follows
            else:
                c.other = c.state = True
            break
        # a thing after a count's adjectives ("two improvised explosive devices"), before any person noun; only
        # a plural there is a head ("seventeen Fulani livestock traders": a modifier)
        if (words == 0 or (words < 3 and token.endswith("s"))) and c.head is None and token in lex.non_person:
            c.other = True
            break
        if words == 0 and token in lex.death_nouns:
            c.death_noun = True
            c.np_end = m.end()
            break
        if token in lex.np_coordination and _coordinated_person(text, m.end(), limit, lex):
            continue  # « une vingtaine de soldats et de paramilitaires », « sept gendarmes et policiers »
        if token in lex.np_stop or lex.passive_after.match(text, m.start()):
            break
        words += 1
        if words > NP_MAX_WORDS:
            break
        noun = token[2:] if token[:2] in ("d'", "l'") else token  # « une dizaine d'assaillants »
        if words == 2 and c.head is None and _adjective_of_a_thing(previous, noun, lex):
            c.other = True  # « près d'un camp militaire », « trois véhicules militaires »: things
            break
        # « un jeune manifestant »: a person noun that is an adjective before another gives way to it
        if noun in lex.person_heads and (c.head is None or (c.head in lex.head_adjectives and c.head_end == c.np_end)):
            c.head = lex.person_heads[noun]
            c.head_end = m.end()
        elif c.head is None and f"{previous} {noun}" in lex.person_heads:
            c.head = lex.person_heads[f"{previous} {noun}"]  # « deux casques bleus »: a noun of two words
            c.head_end = m.end()
        if words == 1 and token not in lex.unspecified:
            c.first_word = token
        c.np_end = m.end()
        previous = noun


# a stop before a capital, or a paragraph's end (a blank line, or a line break before a heading or list item)
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])[.!?;]\s+(?=[A-Z0-9«\"'])|[ \t]*\n[ \t]*(?:\n|(?=[-–—*•=#]))")
_QUOTES = ("'", "’", '"', "“", "”", "«", "»", "‘")


def _coordinated_person(text: str, pos: int, limit: int, lex: _Lexicon) -> bool:
    """After « et »: another person noun (« et policiers »), or a complement that goes on the noun phrase
    (« et de paramilitaires », « éléments de la gendarmerie et de la police »), so the count before
    covers both."""
    for k, m in enumerate(lex.word.finditer(text, pos, limit)):
        word = _key(m.group(0))
        if k == 0 and (word in ("de", "du", "des") or word.startswith(("d'", "d’"))):
            return True
        token = re.sub(r"^(?:d|l)['’]", "", word)
        if token in lex.person_heads or token in lex.unspecified:
            return True
        if token not in lex.np_coordination_skip:
            return False
    return False


def _next_word_is_noun(text: str, pos: int, limit: int, lex: _Lexicon) -> bool:
    """'displaced persons', 'wounded soldiers': the state word is an adjective, not what happened."""
    m = lex.word.search(text, pos, limit)
    return bool(m) and (_key(m.group(0)) in lex.person_heads or _key(m.group(0)) in lex.unspecified)


def _groups(text: str, counts: list[_Count], lex: _Lexicon) -> list[list[_Count]]:
    """Counts joined into lists. A comma joins only in a list that an 'and' closes ('3 soldiers,
    2 policemen and 1 civilian'); 'seized two vehicles, one of the occupants ...' are two clauses."""
    groups: list[list[_Count]] = []
    joints: list[list[str]] = []
    for c in counts:
        previous = groups[-1][-1] if groups else None
        between = text[previous.np_end:c.start] if previous is not None else ""
        comma_after_bare = between.strip() == "," and previous is not None \
            and previous.np_end <= previous.end and previous.kind == "number"
        if previous is not None and not (previous.other or previous.pending or previous.death_noun
                                         or c.other or comma_after_bare) \
                and c.start >= previous.np_end and lex.connector.match(between) \
                or previous is not None and _elliptic(text, c, previous, lex):
            groups[-1].append(c)
            joints[-1].append(between.strip())
        else:
            groups.append([c])
            joints.append([])
    out: list[list[_Count]] = []
    for group, joint in zip(groups, joints, strict=True):
        part = [group[0]]
        trailing_and = bool(lex.trailing_and.match(text, group[-1].np_end))
        # "killing two, eight soldiers and a civilian were wounded": after an object, a comma list with
        # its own verb is a new clause ("2 children, 2 men and a woman were killed" is one subject)
        before = text[max(0, group[0].start - LOOKBACK_CHARS):group[0].start]
        is_object = bool(lex.active_before.search(before))
        new_clause = is_object and bool(lex.clause_verb.match(text, group[-1].np_end))
        for c, j in zip(group[1:], joint, strict=True):
            closed = any(k not in (",", "") for k in joint[joint.index(j):]) or trailing_and \
                if j == "," else True
            if j == "," and new_clause:
                closed = False  # "killing two, eight soldiers and a civilian were wounded"
            if closed:
                part.append(c)
            else:
                out.append(part)
                part = [c]
        out.append(part)
    return out


def _extend_with_articles(text: str, group: list[_Count], hi: int, counts_at: dict[int, _Count],
                          lex: _Lexicon) -> None:
    """'a policeman and a bystander', 'the leader and his driver': a listed 'a/his <noun>' is one more."""
    while True:
        last = group[-1]
        m = lex.chained_article.match(text, last.np_end, hi)
        if not m or m.start("art") in counts_at:
            return  # « dix morts et une vingtaine de blessés »: the article opens a count of its own
        c = _Count(m.start("art"), m.end(), 1, "article", np_end=m.end())
        group.append(c)


def _is_active_use(text: str, end: int, hi: int, counts_at: dict[int, _Count], lex: _Lexicon) -> bool:
    """After a killing verb, another count means the verb is active: the group before it killed.
    ('one soldier killed one wounded' is a list, not a killing: the next count is itself wounded.)"""
    pos = _skip_space(text, end)
    if pos >= hi or (lex.time_after is not None and lex.time_after.match(text, pos, hi)):
        return False  # « ont été tués le 14 février », "were killed the next day": when, not whom
    following = counts_at.get(pos)
    if following is not None:
        return not (following.other or following.death_noun)
    patterns = [lex.number, lex.article, lex.definite, lex.determiner]
    if lex.pronoun is not None:
        patterns.append(lex.pronoun)
    return any(p.match(text, pos, hi) for p in patterns)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _dead_group(text: str, group: list[_Count], lo: int, hi: int, counts_at: dict[int, _Count],
                lex: _Lexicon, older: bool = False) -> tuple[SpanTuple, SpanTuple | None] | None:
    """(evidence span, span the group's death word covers) if the group is reported dead, else None."""
    first, last = group[0], group[-1]
    before = text[max(lo, first.start - OBJECT_LOOKBACK_CHARS):first.start]
    active = lex.active_before.search(before)
    # « le corps d'un enseignant enlevé la veille »: the killing told before the count governs it, and the
    # participle after it says what had befallen the victim before
    described = active is not None and first.kind != "pronoun"
    if any((c.other and not (described and c.state)) or (c.pending and c is not last) for c in group):
        return None
    if lex.subset_before.search(before):
        return None
    if lex.hypothetical is not None and lex.hypothetical.search(before):
        return None  # « pourrait faire de nombreuses victimes »: a toll feared, not told
    if first.kind == "pronoun":
        return (first.start, first.end), None
    if all(c.death_noun for c in group):
        return (first.start, last.np_end), None
    if active:
        start = first.start - len(before) + active.start()
        if lex.pluperfect.search(text, max(lo, start - 30), start) and not older \
                and not _reported_speech(text, start, lex):
            return None  # "another attack had killed 1 peacekeeper": an earlier event
        if lex.cause_before.search(text[max(lo, start - 40):start]):
            return None  # "protesting against the killing of three": a death told as the cause
        return (start, last.evidence_end), None
    if lex.also_dead is not None and lex.also_dead.search(before):
        return (first.start, last.evidence_end), None  # « un soldat a été tué, de même que trois assaillants »
    passive = lex.passive_after.match(text, last.np_end, hi)
    if passive and not _is_active_use(text, passive.end(), hi, counts_at, lex):
        return (first.start, passive.end()), (passive.start("trigger"), passive.end())
    # "ten soldiers, including an officer, were killed": the passive comes after a part of the group.
    aside = lex.aside_then_passive.match(text, last.np_end, hi)
    # « qui a fait six morts »: a death noun another count owns is not this group's
    owned = aside is not None and any(c.death_noun and last.np_end < c.start and c.np_end >= aside.end()
                                      for c in counts_at.values())
    if aside and not owned and not _is_active_use(text, aside.end(), hi, counts_at, lex):
        return (first.start, aside.end()), (last.np_end, aside.end())
    # "23 men arrested by the army in X were executed", "three men who had been abducted ... were found
    # dead": the verb of the group comes after a participle or a relative clause.
    if last.pending or lex.relative_start.match(text, last.np_end, hi):
        far = lex.far_passive.match(text, last.np_end, hi)
        if far and not _is_active_use(text, far.end(), hi, counts_at, lex):
            return (first.start, far.end()), (far.start("trigger"), far.end())
    if last.pending:
        return None
    if any(c.death_noun for c in group):
        return (first.start, last.evidence_end), None
    return None


def _side_head(text: str, c: _Count, lex: _Lexicon) -> str | None:
    """« 35 morts parmi les civils ... et sept morts parmi les militaires », "12 dead among the soldiers": the
    side named after a death noun says whose dead they are (two sides' dead add up; one toll told twice does not)."""
    if lex.side_head is None:
        return None
    # « 25 morts et 4 blessés dans les rangs des FAMa »: the side closes the list of the dead and the wounded
    wounded = lex.wounded_after.match(text, c.np_end) if lex.wounded_after is not None else None
    m = lex.side_head.match(text, c.np_end) or (wounded and lex.side_head.match(text, wounded.end()))
    if not m:
        return None
    noun = _key(m.group("noun"))
    return lex.person_heads.get(noun) or lex.side_nouns.get(noun)


def _elliptic(text: str, c: _Count, previous: _Count, lex: _Lexicon) -> bool:
    """A count that leaves unsaid the death noun of the count before it, told for another side (« deux morts
    côté militaire et une dizaine côté assaillants », « trois morts chez les civils et cinq chez les soldats »):
    one list with it."""
    if lex.side_before is None or c.kind != "number" or c.other or not previous.death_noun \
            or (c.first_word and c.first_word not in lex.side_words):
        return False
    return bool(lex.side_before.fullmatch(text, previous.np_end, c.start))


def _earlier_toll(text: str, pos: int, lo: int, lex: _Lexicon) -> bool:
    """The count at pos is what a pluperfect verb left ("had left 12 dead", « avait fait une centaine de
    morts »): the toll of an earlier event told as background, as "had killed" is."""
    if lex.left_before is None or lex.pluperfect is None:
        return False
    window = max(lo, pos - LOOKBACK_CHARS)
    left = lex.left_before.search(text[window:pos])
    return left is not None and bool(lex.pluperfect.search(text, max(lo, window + left.start() - 30),
                                                           window + left.start()))


def _reported_speech(text: str, pos: int, lex: _Lexicon) -> bool:
    """« Le gouvernement a annoncé que l'attaque avait fait 35 morts », "the army said the attack had left 35
    dead": after a past reporting verb of its sentence, a pluperfect only shifts the news back a tense."""
    if lex.reported_speech is None:
        return False
    return bool(lex.reported_speech.search(text, _sentence_start(text, pos), pos))


_CLAUSE_EDGE = re.compile(r"[,;:.!?()]")


def _superseded(text: str, span: SpanTuple, lex: _Lexicon) -> bool:
    """The figure's clause tells it as a first toll since replaced (« qui avait d'abord évoqué une vingtaine de
    victimes », « contre une quarantaine annoncées initialement »)."""
    if lex.superseded is None:
        return False
    before = [m.end() for m in _CLAUSE_EDGE.finditer(text, max(0, span[0] - 120), span[0])]
    after = _CLAUSE_EDGE.search(text, span[1])
    end = after.start() if after else len(text)
    # « 35 morts et non 95 comme annoncé initialement »: what follows a correction is the replaced figure's
    correction = lex.correction.search(text, span[1], end) if lex.correction is not None else None
    return bool(lex.superseded.search(text, before[-1] if before else max(0, span[0] - 120),
                                      correction.start() if correction else end))


def _in_sentence(text: str, span: SpanTuple, pattern: re.Pattern[str] | None) -> bool:
    """Whether the figure's sentence holds `pattern`."""
    if pattern is None:
        return False
    end = _SENTENCE_END.search(text, span[1])
    return bool(pattern.search(text, _sentence_start(text, span[0] + 1), end.start() + 1 if end else len(text)))


def _running_total(text: str, span: SpanTuple, lex: _Lexicon) -> bool:
    """The figure's sentence counts over a period (« ces derniers mois », "since the start of the year"):
    a running total, not one event's toll."""
    if lex.running_total is None:
        return False
    end = _SENTENCE_END.search(text, span[1])
    return bool(lex.running_total.search(text, _sentence_start(text, span[0] + 1),
                                         end.start() + 1 if end else len(text)))


def _over_a_period(text: str, span: SpanTuple, lex: _Lexicon) -> bool:
    """The figure's own clause counts over a span of time (« cinq soldats tués en six jours », « cinquante
    soldats tués depuis le lancement de l'opération »): a tally of several events, not one event's toll."""
    return lex.period_after is not None and bool(lex.period_after.match(text, span[1]))


def _singular_np_head(text: str, pos: int, hi: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The head word and end of a short noun phrase at pos, if it is singular and may be a person."""
    head, end, words = None, pos, 0
    for m in lex.word.finditer(text, pos, hi):
        token = _key(m.group(0)).strip("".join(_QUOTES))
        if not token or not token[0].isalnum() or token in lex.np_stop or token in lex.object_stop \
                or token in lex.head_stop:
            break
        if lex.passive_after.match(text, m.start()) and words:
            break
        head, end, words = token, m.end(), words + 1
        if words >= 6:
            break
    if head is None or head in lex.unspecified or head in lex.non_person:
        return None
    if _is_plural(head, lex):
        return None
    return head, end


def _is_plural(word: str, lex: _Lexicon) -> bool:
    if word in lex.person_heads:
        return lex.person_heads[word] != word  # "men", "gunmen", "soldiers", « soldats »
    if lex.lang == "en":
        return word.endswith("s") and not word.endswith("ss")
    return word.endswith(("s", "x"))


def _list_items(text: str, pos: int, hi: int, lex: _Lexicon) -> tuple[int, int]:
    """After one victim, more listed ones: ', her baby, and young man', 'with his driver and bodyguard'.
    An item starts with a determiner or ends in a person noun; (count, end)."""
    count, end = 0, pos
    while True:
        m = lex.list_item.match(text, end, hi)
        if not m:
            return count, end
        item = _key(m.group("item"))
        words = item.split()
        number = lex.number.match(m.group("item"))
        if number is not None and not m.group("det"):
            value = _number_value(number, lex)
            if value and words[-1] not in lex.non_person:
                count, end = count + value, m.end()
                continue
        if not (m.group("det") or words[-1] in lex.person_heads) or words[-1] in lex.non_person \
                or any(w in lex.np_stop for w in words):
            return count, end
        count, end = count + 1, m.end()


def _singles(text: str, lo: int, hi: int, covered: list[SpanTuple], lex: _Lexicon) -> list[_Figure]:
    """Deaths of one person told without a count: 'assassinated the mayor of X', 'killed former leader
    Y', 'the driver was killed', 'he later died'."""
    out: list[_Figure] = []
    for m in lex.object_verb.finditer(text, lo, hi):
        if _overlaps(m.start(), m.end(), covered):
            continue
        pos = _skip_space(text, m.end())
        cause = lex.cause_before.search(text[max(lo, m.start() - 40):m.start()])
        if cause or lex.object_skip.match(text, pos, hi):
            continue
        if lex.pluperfect.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "who had killed an informer": an earlier event
        np = _singular_np_head(text, pos, hi, lex)
        if np is not None and lex.person_only_verbs.match(m.group(0)) and np[0] not in lex.person_heads:
            np = None  # "neutralized an IED"
        if np is not None:
            more, end = _list_items(text, np[1], hi, lex)
            span = (m.start(), end)
            if not _overlaps(*span, covered):
                out.append(_Figure(1 + more, f"1:{np[0]}:{m.start()}", span))
                covered.append(span)
    for m in lex.headline.finditer(text, lo, hi):
        # « Le corps d'un enseignant a été retrouvé sans vie »: a person counted already is not counted again
        if _overlaps(m.start("np"), m.end("trigger"), covered):
            continue
        words = [_key(w) for w in m.group("np").split()]
        noun = next((w for w in words if w not in lex.article_words and w not in lex.definite_words), "")
        if not words or any(w in lex.np_stop or w in lex.aux_words or w in lex.unspecified for w in words) \
                or lex.number.match(m.group("np")) or words[-1] in lex.non_person or noun in lex.non_person:
            continue  # « Un drone des FAMa a été abattu »: a thing, not a person
        if _is_plural(words[-1], lex) or _is_active_use(text, m.end(), hi, {}, lex):
            continue  # a plural without a count is unknown; "Gunmen killed him" is counted at "him"
        span = (m.start("np"), m.end())
        out.append(_Figure(1, f"1:headline:{m.start()}", span))
        covered.append(span)
    for m in lex.body_found.finditer(text, lo, hi):
        if not _overlaps(m.start(), m.end(), covered):
            out.append(_Figure(1, f"1:body:{m.start()}", (m.start(), m.end())))
            covered.append((m.start(), m.end()))
    for m in lex.singular_passive.finditer(text, lo, hi):
        # « Le corps d'un commerçant (enlevé à Kayes) a été retrouvé sans vie »: its subject is counted already
        subject_counted = any(e <= m.start() and _SAME_PHRASE.fullmatch(text, e, m.start()) for _, e in covered)
        if _overlaps(m.start("trigger"), m.end("trigger"), covered) or subject_counted \
                or _is_active_use(text, m.end(), hi, {}, lex) or _thing_subject(text, lo, m.start(), lex):
            continue
        span = (m.start(), m.end())
        out.append(_Figure(1, f"1:subject:{m.start()}", span))
        covered.append(span)
    return out


# at most four words and no break or conjunction: a person's phrase running on to its verb
_SAME_PHRASE = re.compile(r"(?:\s+(?!(?:et|and|mais|but|puis|then|whose|dont|qui|who)\b)[\w'’-]+){0,4}\s*",
                          re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:^|[.;:,]|\s(?:et|and|mais|but|puis|then)\s)", re.IGNORECASE | re.DOTALL)


def _thing_subject(text: str, lo: int, pos: int, lex: _Lexicon) -> bool:
    """The subject of « ... a été abattu » at pos is a thing (« Un drone des FAMa a été abattu »): its clause's
    first noun, after its determiner, is no person."""
    start = max(lo, pos - 80)
    clause = _CLAUSE_START.match(text, start, pos)
    words = [_key(w) for w in lex.word.findall(text, clause.end() if clause else start, pos)]
    noun = next((w for w in words if w not in lex.article_words and w not in lex.definite_words), "")
    return noun in lex.non_person


def fatalities_in_text(text: str, lang: str = "en", start: int = 0, end: int | None = None,
                       numbers: Sequence[NumberMention] | None = None,
                       exclude: Sequence[SpanTuple] = (),
                       dates: Sequence[DatedSpan] = (), retold: date | None = None) -> tuple[int, list[SpanTuple]]:
    """Fatalities reported in text[start:end] and their evidence spans (see the module docstring);
    `dates`: the text's date mentions as (start, end, value, background); `retold`: the day of the older event
    the clauses tell."""
    lex = lexicon(lang if lang in ("en", "fr") else "en")
    hi = len(text) if end is None else end
    if numbers is None:
        numbers = find_numbers(text, lex.lang, exclude)
    stated = lex.stated_figure.search(text, start, hi) if lex.stated_figure else None
    if stated:
        number = next((n for n in numbers if n.start == _skip_space(text, stated.end())), None)
        if number is not None:
            return number.value, [(stated.start(), number.end)]
    # a clause that only names older days tells an older event: its pluperfect is its own tense (« à Yirgou, où
    # des miliciens avaient tué 46 civils le 1er janvier 2019 »)
    dated = [background for lo, _, _, background in dates if start <= lo < hi]
    older = bool(dated) and all(dated)
    figures = _news_figures(text, _told_figures(text, start, hi, numbers, lex, older), start, hi, dates, lex,
                            retold)
    if figures:
        return _reconcile(figures, text, lex)
    negative = lex.negative.search(text, start, hi)
    if negative:
        return 0, [(negative.start(), negative.end())]
    return 0, []


def _news_figures(text: str, figures: list[_Figure], start: int, hi: int,
                  dates: Sequence[DatedSpan], lex: _Lexicon, retold: date | None = None) -> list[_Figure]:
    """The figures of a clause that tells news without those its sentence dates as background (« L'an
    dernier, une attaque y a fait quinze morts », « ... le nombre de soldats tués depuis janvier »): the
    date nearest a figure in its sentence says which event the figure counts: one older than the clause's
    news is another event's (a date after publication is a plan, not an older event)."""
    news = [value for lo, _, value, background in dates if start <= lo < hi and not background]
    if not news:
        return figures  # a clause about an older event keeps its own toll
    # an older event told again ("In August, gunmen held a hotel in Sévaré, in a siege in which 13 people died"),
    # whose clauses run on to today's news: only figures dated before that event are another's
    since = min(news) if retold is None else retold
    # « l'attaque la plus meurtrière depuis 2015 », "the deadliest since 2015": the date a record is measured
    # from dates no figure
    if lex.record_since is not None:
        dates = [d for d in dates if not _record_since(text, d, lex.record_since)]
    kept = []
    for f in figures:
        # the break is looked for up to the figure's first character, which its lookahead needs to see
        sentence_end = _SENTENCE_END.search(text, f.span[1])
        lo, hi_ = _sentence_start(text, f.span[0] + 1), sentence_end.start() + 1 if sentence_end else len(text)
        near = min(((max(d_lo - f.span[1], f.span[0] - d_hi), background and value < since)
                    for d_lo, d_hi, value, background in dates if lo <= d_lo and d_hi <= hi_), default=None)
        if near is None or not near[1]:
            kept.append(f)
    return kept


def _record_since(text: str, d: DatedSpan, pattern: re.Pattern[str]) -> bool:
    """Whether « depuis »/"since" opens the date (or ends just before it) after a record word."""
    m = pattern.search(text, max(0, d[0] - 60), d[1])
    return m is not None and m.end() >= d[0] - 1


def _told_figures(text: str, start: int, hi: int, numbers: Sequence[NumberMention],
                  lex: _Lexicon, older: bool = False) -> list[_Figure]:
    """The death figures of text[start:hi]; those told as fact when some are only someone's claim."""
    counts = _counts(text, start, hi, numbers, lex)
    counts_at = {c.start: c for c in counts}
    figures: list[_Figure] = []
    # « Aucun mort n'a été enregistré »: the words of a denial are no count
    covered: list[SpanTuple] = [m.span() for m in lex.negative.finditer(text, start, hi)]
    for group in _groups(text, counts, lex):
        if _overlaps(group[0].start, group[0].np_end or group[0].end, covered):
            continue
        _extend_with_articles(text, group, hi, counts_at, lex)
        dead = _dead_group(text, group, start, hi, counts_at, lex, older)
        if dead is None:
            continue
        span, trigger = dead
        covered.append(span)
        if trigger:
            covered.append(trigger)
        head = group[0].head or group[0].first_word
        if len(group) > 1 and len({c.head for c in group}) > 1:
            head = "+".join(sorted(str(c.head) for c in group))
        elif head in lex.unspecified:
            head = None
        if head is None and len(group) == 1 and group[0].death_noun:
            head = _side_head(text, group[0], lex)
        if head is None and trigger and lex.attackers and lex.person_only_verbs.fullmatch(text[trigger[0]:trigger[1]]):
            # « 3 morts et 12 neutralisés »: only the enemy is "neutralised", so these dead add to the others
            head = min(lex.attackers)
        civilians = sum(c.value for c in group if c.head in lex.civilians)
        words = _key(text[group[0].start:group[0].end]) if len(group) == 1 else ""
        floor = words in lex.floor_words
        figures.append(_Figure(sum(c.value for c in group), head, span, _claimed(text, span[0], start, lex),
                               civilians=civilians, vague=floor or words in lex.data["vague"], floor=floor,
                               earlier=((_earlier_toll(text, group[0].start, start, lex)
                                         or bool(trigger and lex.pluperfect_aux.search(text, group[-1].np_end,
                                                                                        trigger[0])))
                                        and not older and not _reported_speech(text, group[0].start, lex))
                               or _running_total(text, span, lex) or _over_a_period(text, span, lex)
                               or _superseded(text, span, lex),
                               sweep=_in_sentence(text, span, lex.sweep)))
    figures += _plural_pronouns(text, start, hi, counts, covered, lex)
    figures += _singles(text, start, hi, covered, lex)
    figures += _bombers(text, start, hi, figures, numbers, lex)
    # "it did not say whether soldiers had been killed": a death asked about is no death told
    figures = [f for f in figures if not _asked(text, f, lex)]
    for f in figures:
        f.sentence = len(_SENTENCE_END.findall(text, start, f.span[0]))
    # a toll a pluperfect verb left is an earlier event's told as background, and one counted over a period a
    # running total, unless it is all the lead sentence tells (« Il y a deux semaines, une embuscade avait fait
    # quarante morts »)
    if not all(f.earlier and f.sentence == 0 for f in figures):
        figures = [f for f in figures if not f.earlier]
    # the dead of the sweeps that followed are other events' beside the toll of the deed itself (« 51 soldats
    # tués ... 160 terroristes neutralisés au cours des opérations de ratissage »)
    if any(not f.sweep for f in figures):
        figures = [f for f in figures if not f.sweep]
    figures += _bare_alternatives(text, start, hi, figures, numbers, lex)
    for f in figures:
        f.source, f.added = _teller(text, f, lex), _added(text, f, lex)
    told = [f for f in figures if not f.claim]
    # a claim the report itself doubts ("..., a figure that could not be verified"), read once per claim
    doubted = {id(f) for f in figures if f.claim and _unverified(text, f, hi, lex)}
    credible = [f for f in figures if id(f) not in doubted]
    # « deux autres personnes sont mortes » counts more dead than a toll told before it: that toll, though
    # someone tells it (« quinze fidèles ont été tués, a indiqué le diocèse »), is the one it adds to
    if not told or (lex.data.get("vague_yields") and all(f.vague for f in told)):
        # a doubted claim gives way to any other figure (ACLED: the most conservative credible one); alone, it
        # is all there is
        return credible or figures
    if all(f.added and lex.added.search(text, *f.span) for f in told):
        return credible
    # another teller's lower count of the same dead ("eight civilians were killed; the army said six civilians
    # were killed") is an alternative: _reconcile keeps the lowest, ACLED's most conservative credible figure
    lower = [f for f in figures if f.claim and not f.added and id(f) not in doubted
             and any(_alternatives(t, f, lex) and f.value < t.value for t in told)]
    # a side's claim of the attackers it killed ("the army said eight militants were killed") adds to a toll
    # told of the victims: ACLED counts the dead on both sides
    if any(f.head in lex.attackers for f in told):
        return told + lower
    return told + lower + [f for f in figures if f.claim and f.head in lex.attackers and f not in lower
                           and id(f) not in doubted]


def _teller(text: str, f: _Figure, lex: _Lexicon) -> str | None:
    """Who tells the figure, in its clause (up to a semicolon or the sentence's end): the teller named right
    after it ("eight dead, according to residents"), else the nearest before it ("the army said six"), else
    after it; the cue's words and the teller's, lowercased. None: the report itself."""
    if lex.source_cue is None:
        return None
    lo = max(_sentence_start(text, f.span[0] + 1), text.rfind(";", 0, f.span[0]) + 1)
    end = re.compile(r"[;.!?](?:\s|$)").search(text, f.span[1])
    hi = end.start() if end else len(text)
    cues = list(lex.source_cue.finditer(text, lo, hi))
    after = [m for m in cues if m.start() >= f.span[1]]
    before = [m for m in cues if m.end() <= f.span[0]]
    if after and lex.prefix_cue.fullmatch(after[0].group(0)) and not text[f.span[1]:after[0].start()].strip(" ,"):
        cue = after[0]
    elif before:
        cue = before[-1]
    elif after:
        cue = after[0]
    else:
        return None
    if lex.prefix_cue.fullmatch(cue.group(0)):
        who = re.split(r"[,;.:]", text[cue.end():hi], maxsplit=1)[0].split()[:3]
    else:
        who = re.split(r"[,;.:]", text[lo:cue.start()])[-1].split()[-2:]
    return _key(" ".join([cue.group(0), *who]))


def _added(text: str, f: _Figure, lex: _Lexicon) -> bool:
    """The figure counts more dead ("three more people were killed", « trois autres civils »)."""
    return lex.added is not None and bool(lex.added.search(text, max(0, f.span[0] - 15), f.span[1] + 15))


def _kind(f: _Figure, lex: _Lexicon) -> str | None:
    return lex.head_class.get(f.head, f.head) if f.head else None


def _alternatives(f: _Figure, g: _Figure, lex: _Lexicon) -> bool:
    """Two tellers' counts of the same dead: the same kind of victim (or both totals), told by different
    tellers, neither of them the attackers' own dead or a count of more dead."""
    if f.source == g.source or f.added or g.added:
        return False
    if f.head in lex.attackers or g.head in lex.attackers or "+" in (f.head or "") + (g.head or ""):
        return False
    return _kind(f, lex) == _kind(g, lex)


def _bare_alternatives(text: str, lo: int, hi: int, figures: list[_Figure], numbers: Sequence[NumberMention],
                       lex: _Lexicon) -> list[_Figure]:
    """A bare count another teller gives right after a told toll (« huit morts, selon des habitants, six,
    selon les autorités », "eight killed according to residents; the army said six"): the same dead, counted
    by someone else, so of the same kind as the toll before it."""
    if lex.bare_alternative is None:
        return []
    out: list[_Figure] = []
    for n in numbers:
        if not lo <= n.start < hi or any(f.span[0] <= n.start < f.span[1] for f in figures):
            continue
        before = [f for f in figures if f.span[1] <= n.start and f.claim is False]
        if not before or re.search(r"[.!?]\s", text[before[-1].span[1]:n.start]):
            continue
        gap = text[before[-1].span[1]:n.start]
        bare_end = re.compile(r"\s*(?:[,.;]|$|\s(?:selon|d['’]après|according to)\b)").match(text, n.end)
        if bare_end and lex.bare_alternative.search(gap) and len(gap) < 60:
            out.append(_Figure(n.value, before[-1].head, (n.start, n.end), sentence=before[-1].sentence))
    return out


def _bombers(text: str, lo: int, hi: int, figures: list[_Figure], numbers: Sequence[NumberMention],
             lex: _Lexicon) -> list[_Figure]:
    """"A bomber blew himself up, killing two policemen": ACLED counts the bomber among the dead, and reports
    seldom do; one figure for the bombers (one, or the count before "blew themselves up"), as the attackers'
    own dead (they add to the victims), unless the clause already counts the attackers' dead."""
    if lex.self_detonation is None or lex.bomber is None or any(f.head in lex.attackers for f in figures):
        return []
    blasts = list(lex.self_detonation.finditer(text, lo, hi))
    # « seul le kamikaze a été tué », "killing himself and two others": the bomber is among the figures
    named = [m.span() for f in figures for m in lex.bomber.finditer(text, max(lo, f.span[0] - 20), f.span[1])]
    if not blasts or any(not _overlaps(*span, [b.span() for b in blasts]) for span in named):
        return []
    blast = blasts[0]
    if not blast.group("plural"):
        return [_Figure(1, min(lex.attackers), blast.span())]
    # « Deux kamikazes se sont fait exploser »: the count of their subject, in its sentence; none told, unknown
    count = next((n for n in reversed(numbers) if lo <= n.start and n.end <= blast.start()
                  and blast.start() - n.end < 40 and not _SENTENCE_END.search(text, n.end, blast.start())), None)
    return [_Figure(count.value, min(lex.attackers), (count.start, blast.end()))] if count else []


def _asked(text: str, figure: _Figure, lex: _Lexicon) -> bool:
    """The figure's clause is an indirect question ("did not say whether soldiers had been killed")."""
    lo = max(_sentence_start(text, figure.span[0] + 1), text.rfind(";", 0, figure.span[0]) + 1)
    return lex.question is not None and bool(lex.question.search(text, lo, figure.span[1]))


def _unverified(text: str, figure: _Figure, hi: int, lex: _Lexicon) -> bool:
    """The report doubts the figure in its own sentence ("..., a figure that could not be verified")."""
    end = _SENTENCE_END.search(text, figure.span[1], hi)
    return bool(lex.unverified and lex.unverified.search(text, figure.span[1], end.start() if end else hi))


def civilians_in(doc: Doc, start: int, end: int) -> int:
    """How many of the dead of doc.text[start:end] a figure names as civilians (« onze civils ont perdu
    la vie »): ACLED codes them as an attack on civilians apart from the battle they died in."""
    lex = lexicon(_doc_lang(doc))
    if not lex.civilians:
        return 0
    text = doc_text(doc)
    figures = _news_figures(text, _told_figures(text, start, end, _doc_numbers(doc), lex), start, end,
                            _doc_dates(doc), lex)
    figures = _without_restatements(figures, text, lex)
    # « Vingt soldats et un civil ont été tués », "killing four soldiers and two civilians": a few civilians
    # counted among the fighters' dead were caught in the battle, whose toll they are; when they are most of
    # the count (« trente civils, quatorze soldats et trois VDP »), they were a target of their own
    return sum(f.civilians for f in figures if 2 * f.civilians >= f.value)


def _plural_pronouns(text: str, lo: int, hi: int, counts: list[_Count], covered: list[SpanTuple],
                     lex: _Lexicon) -> list[_Figure]:
    """'arrested fifteen villagers and executed them': 'them' is the count before it."""
    out: list[_Figure] = []
    for m, end in _pronouns_of_the_dead(text, lo, hi, lex):
        earlier = [c for c in counts if c.np_end <= m.start() and c.head and not c.death_noun]
        if not earlier or _overlaps(earlier[-1].start, earlier[-1].np_end, covered):
            continue
        antecedent = earlier[-1]
        span = (antecedent.start, end)
        out.append(_Figure(antecedent.value, antecedent.head, span))
        covered.append(span)
    return out


def _pronouns_of_the_dead(text: str, lo: int, hi: int, lex: _Lexicon) -> Iterator[tuple[re.Match[str], int]]:
    """'executed them', 'burned them alive', '..., they were later executed': a pronoun for the dead, and
    where its evidence ends."""
    for m in lex.plural_pronoun.finditer(text, lo, hi) if lex.plural_pronoun else ():
        before = text[max(lo, m.start() - LOOKBACK_CHARS):m.start()]
        after_death = lex.pronoun_after is not None and lex.pronoun_after.match(text, m.end(), hi)
        # English "executed them"; in French the object pronoun comes before its verb (« les ont
        # exécutés ») and « tué les ... » is a determiner
        if (lex.data.get("pronoun_after_verb", True) and lex.active_before.search(before)) or after_death:
            yield m, m.end()
    for m in lex.plural_subject.finditer(text, lo, hi) if lex.plural_subject else ():
        passive = lex.passive_after.match(text, m.end(), hi)
        if passive:
            yield m, passive.end()


def _claimed(text: str, pos: int, lo: int, lex: _Lexicon) -> bool:
    """A figure inside someone's claim ('ISWAP claimed to have killed 4'): a claim word earlier in the
    sentence and no clause break after it (", the army reported 4 dead" starts another voice)."""
    sentence_start = max(text.rfind(". ", lo, pos), lo)
    cues = list(lex.claim_before.finditer(text, sentence_start, pos))
    if not cues:
        return _told_after(text, pos, lex)
    between = text[cues[-1].end():pos]
    if lex.toll_source is not None and lex.toll_source.match(between):
        return False  # « selon un nouveau bilan, ... »: a toll, nobody's claim
    breaks = between.count(",") + between.count(";")
    # "according to X, ..." / « selon X, ... » governs its whole sentence: every figure after it is X's
    return breaks == 0 or bool(lex.claim_prefix.match(cues[-1].group(0)))


def _told_after(text: str, pos: int, lex: _Lexicon) -> bool:
    """A figure whose sentence closes on its teller (« ... ont été tués, indiquent des habitants. »)."""
    if lex.claim_after is None:
        return False
    end = _SENTENCE_END.search(text, pos)
    teller = lex.claim_after.search(text, pos, end.start() + 1 if end else len(text))
    return teller is not None and not _SENTENCE_END.search(text, pos, teller.start())


def _reconcile(figures: list[_Figure], text: str, lex: _Lexicon) -> tuple[int, list[SpanTuple]]:
    """Same noun twice: the smaller figure. Different nouns: their sum. No noun: a total. One figure for one
    kind of victim told again in a later sentence ('15 militaires tués' in the headline, '15 soldats tués'
    in the lead) is the same figure."""
    figures = _after_revision(_without_restatements(figures, text, lex), text, lex)
    if lex.data.get("vague_yields"):
        figures = _without_vague(figures, lex)
    figures = _lowest_of_alternatives(figures, lex)
    by_head: dict[tuple[str, int], _Figure] = {}
    totals: dict[int, _Figure] = {}
    for f in figures:
        if f.head is None:
            if f.sentence not in totals or f.value < totals[f.sentence].value:
                totals[f.sentence] = f
        # "two soldiers were killed ... a third soldier died": a count of more dead is no other count of the same
        elif (key := (f.head, -1 - f.span[0] if f.added else f.sentence)) not in by_head \
                or f.value < by_head[key].value:
            by_head[key] = f
    # attackers killed are no part of a toll of "people" (the victims), nor are « trois autres »: they add to it
    attackers = [f for f in by_head.values() if f.head in lex.attackers]
    specific = [f for f in by_head.values() if f not in attackers]
    specific_sum = sum(f.value for f in specific)
    total_sum = sum(f.value for f in totals.values())
    extra = sum(f.value for f in attackers)
    if totals and total_sum >= specific_sum:
        return total_sum + extra, sorted(f.span for f in [*totals.values(), *attackers])
    return specific_sum + extra, sorted(f.span for f in [*specific, *attackers])


def _without_vague(figures: list[_Figure], lex: _Lexicon) -> list[_Figure]:
    """« plusieurs morts » or « des dizaines de civils tués » in the headline, « une trentaine de civils » in the
    lead: the count told is the toll of the same dead. Vague figures that no count tells again are each only a
    floor (« des centaines de morts », then « des dizaines de corps »): one toll told twice, the largest."""
    if not all(f.vague for f in figures):
        # « plusieurs » gives way to any count but « deux autres soldats » (more dead than the vague ones); a
        # floor (« plusieurs dizaines d'assaillants ») only to a count of the same side's dead
        return [f for f in figures if not f.vague or not any(
            not g.vague and not g.added and (not f.floor or (f.head in lex.attackers) == (g.head in lex.attackers))
            for g in figures)]
    totals = [f for f in figures if f.head is None]
    if len(totals) < 2:
        return figures
    largest = max(totals, key=lambda f: f.value)
    return [f for f in figures if f.head is not None or f is largest]


def _lowest_of_alternatives(figures: list[_Figure], lex: _Lexicon) -> list[_Figure]:
    """Of two tellers' counts of the same dead, the lowest (ACLED: the most conservative credible figure):
    « huit morts, selon des habitants. Les autorités ont fait état de six morts » is six, not fourteen."""
    kept: list[_Figure] = []
    for g in figures:
        twin = next((i for i, f in enumerate(kept) if _alternatives(f, g, lex)), None)
        if twin is None:
            kept.append(g)
        elif g.value < kept[twin].value:
            kept[twin] = g
    return kept


def _after_revision(figures: list[_Figure], text: str, lex: _Lexicon) -> list[_Figure]:
    """A toll told as revised (« le bilan définitif est de quinze morts », « revu à la hausse ») replaces
    the figures told before it for the same kind of victim, or all of them when it is a total: ACLED codes
    the latest figure, not the sum of the provisional and the final ones."""
    if lex.revised is None:
        return figures
    revised = [f for f in figures if lex.revised.search(text, _sentence_start(text, f.span[0]), f.span[1])]
    if not revised:
        return figures
    latest = [f for f in revised if f.sentence == max(g.sentence for g in revised)]
    cut = min(f.span[0] for f in latest)
    kinds = {lex.head_class.get(f.head, f.head) for f in latest if f.head is not None}
    total = any(f.head is None for f in latest)
    return [f for f in figures if f.span[1] > cut or (
        not total and f.head is not None and lex.head_class.get(f.head, f.head) not in kinds)]


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


def _without_restatements(figures: list[_Figure], text: str, lex: _Lexicon) -> list[_Figure]:
    kept: list[_Figure] = []
    for f in figures:
        # the break is looked for up to the figure's first character, which its lookahead needs to see
        # (« ... tués. Cinq éléments ... »: the lead's figure starts its sentence)
        told_before = any(
            _same_toll(f, g, lex) and g.value == f.value
            and g.span[1] <= f.span[0] and _SENTENCE_END.search(text, g.span[1], f.span[0] + 1)
            for g in kept)
        pointed_back = _anaphoric(text, f, lex) and any(
            g.value == f.value and g.span[1] <= f.span[0] and _SENTENCE_END.search(text, g.span[1], f.span[0] + 1)
            for g in figures)
        if not told_before and not pointed_back:
            kept.append(f)
    return kept


def _anaphoric(text: str, f: _Figure, lex: _Lexicon) -> bool:
    """A figure a definite determiner opens ("a breakdown of the 80 deaths", « les 80 morts ») points back
    at a figure told before: whatever its noun, it is that toll again, not more dead."""
    return lex.anaphoric is not None and bool(lex.anaphoric.search(text, max(0, f.span[0] - 12), f.span[0]))


def _same_toll(f: _Figure, g: _Figure, lex: _Lexicon) -> bool:
    """Whether two equal figures of different sentences may tell one toll: the same kind of victim, or a
    total or a mixed list on either side (« dix morts » then « dix personnes ont été tuées »; « un pasteur
    et cinq fidèles tués » then « le pasteur, son fils et quatre fidèles »); never the attackers' own dead
    or « trois autres », which add to a toll."""
    kind_f, kind_g = (lex.head_class.get(x.head or "", x.head or "") for x in (f, g))
    if kind_f and kind_f == kind_g:
        return True
    if f.head in lex.attackers or g.head in lex.attackers:
        return False
    return any(x.head is None or "+" in x.head for x in (f, g))


def fatalities_in(doc: Doc, start: int, end: int, retold: date | None = None) -> tuple[int, list[SpanTuple]]:
    """Fatalities reported in the clause at characters [start, end) of `doc.text`, with evidence; `retold`: the
    day of an older event the report tells again (its figures are not background to the news after it)."""
    return fatalities_in_text(doc_text(doc), _doc_lang(doc), start, end, _doc_numbers(doc), dates=_doc_dates(doc),
                              retold=retold)


def _doc_dates(doc: Doc) -> list[DatedSpan]:
    return [(d.start, d.end, d.value, d.background) for d in doc._.dates or [] if d.end > d.start]


def _doc_lang(doc: Doc) -> str:
    return doc.lang_ if doc.lang_ in ("en", "fr") else "en"


def _doc_numbers(doc: Doc) -> Sequence[NumberMention]:
    """The counts the component found, or found now for a Doc that did not go through it."""
    if doc._.numbers is not None:
        return doc._.numbers
    return find_numbers(doc_text(doc), _doc_lang(doc), [(d.start, d.end) for d in doc._.dates or []])


# ---------------------------------------------------------------------------------------------------
# The component


class NumberRecognizer(Component):
    """Finds the counts of a Doc; writes `doc._.numbers`."""

    name = "sw_numbers"

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in ("en", "fr") else "en"
        lexicon(self.lang)

    def match(self, doc: Doc) -> list[NumberMention]:
        dates = [(d.start, d.end) for d in doc._.dates or []]
        return find_numbers(doc_text(doc), self.lang, dates)

    def set_annotations(self, doc: Doc, numbers: list[NumberMention]) -> None:
        doc._.numbers = numbers


@Language.factory("sw_numbers", default_config={"lang": "en"}, assigns=["doc._.numbers"])
def make_number_recognizer(nlp: Language, name: str, lang: str) -> NumberRecognizer:
    return NumberRecognizer(lang)
