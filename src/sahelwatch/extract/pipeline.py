"""The extraction pipeline: small spaCy components over one Doc that flows through.

    Document ──► nlp(text) ──► sentences (list items too) ► dates ► actors ► places ► numbers ► events ► observations
                                                                                   │          │
                                                      doc._.mentions  ◄────────────┘          │
                                                      doc._.observations ◄────────────────────┘

Each component assigns one `doc._` attribute (named in its registration) and does one job. The
pipelines are blank spaCy languages (rule-based tokeniser and sentenceriser); knowledge (actor aliases,
gazetteer names, trigger lexicons) lives in data files under `sahelwatch/data/`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from sahelwatch.model import GUESS_CONFIDENCE, Document, Extraction

SUPPORTED_LANGUAGES = ("en", "fr")

# Attributes that the components assign. Set once at import so every pipeline shares them.
for _name in ("published", "document_id", "text", "places", "dates", "actors", "numbers", "mentions",
              "observations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Component names in the order they run. A component module registers itself with
# `@Language.factory(NAME)`; `build_nlp` adds those that are registered.
COMPONENTS: tuple[str, ...] = (
    "sw_dates",
    "sw_actors",  # before places: the groups a report names help choose among homonymous villages
    "sw_places",
    "sw_numbers",
    "sw_events",
    "sw_observations",
)


def _register_components() -> None:
    # Importing the modules runs their @Language.factory registrations.
    import importlib

    for module in ("lines", "dates", "places", "actors", "numbers", "events", "observations"):
        importlib.import_module(f"sahelwatch.extract.{module}")


class WarmTokenizer:
    """spaCy's tokenizer, with its cache filled ahead of each text.

    spaCy caches the tokens of every whitespace-separated chunk, but once a chunk of a text has hit a
    special case ("U.S.", "don't", "10am") it caches nothing more from that text, and a long article hits
    one early: each article was tokenised almost from scratch (~10 ms). The chunks not seen before that
    contain no special case (those that do are never cached) are tokenised first as one text of their
    own, which caches them all. The tokens are spaCy's own either way: a chunk is tokenised the same alone
    as in its text, which is what spaCy's cache already relies on."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.seen: set[str] = set()
        # past spaCy's cache size nothing more is cached: warming would only tokenise twice
        self.limit: int = tokenizer.max_cache_size
        self.rules = set(tokenizer.rules or {})

    def __call__(self, text: str) -> Doc:
        if len(self.seen) < self.limit:
            new = [chunk for chunk in dict.fromkeys(text.split()) if chunk not in self.seen]
            self.seen.update(new)
            if plain := [chunk for chunk in new if not self._special(chunk)]:
                self.tokenizer(" ".join(plain))
        return self.tokenizer(text)

    def _special(self, chunk: str) -> bool:
        """Whether tokenising `chunk` may look a special case up: the strings spaCy's affix loop checks
        (the chunk, and what is left as prefixes and suffixes are split off). Only the speed depends on
        this: a chunk wrongly taken for plain merely stops the caching of the chunks after it."""
        find_prefix, find_suffix = self.tokenizer.find_prefix, self.tokenizer.find_suffix
        string, last = chunk, -1
        while string and len(string) != last:
            if string in self.rules:
                return True
            last = len(string)
            pre = find_prefix(string) or 0
            suf = find_suffix(string[pre:]) or 0
            if (pre and string[pre:] in self.rules) or (suf and string[:-suf] in self.rules):
                return True
            if pre and suf and pre + suf <= len(string):
                string = string[pre:-suf]
            elif pre:
                string = string[pre:]
            elif suf:
                string = string[:-suf]
        return False

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (a copy being built): no delegation loop
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=4)
def build_nlp(lang: str) -> Language:
    """A blank pipeline for `lang` with the sentenciser and every registered SahelWatch component."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; SahelWatch extracts from {SUPPORTED_LANGUAGES}")
    _register_components()
    nlp = spacy.blank(lang)
    nlp.tokenizer = WarmTokenizer(nlp.tokenizer)
    nlp.add_pipe("sw_sentencizer")  # spaCy's sentencizer, from token arrays (lines.py)
    nlp.add_pipe("sw_lines")
    for name in COMPONENTS:
        if name in Language.factories:
            nlp.add_pipe(name, config={"lang": lang})
    return nlp


class Extractor:
    """Document in, Extraction (mentions and observations with evidence) out."""

    def __init__(self, languages: Iterable[str] = SUPPORTED_LANGUAGES, eager: bool = False) -> None:
        # Pipelines are built on first use (a French-only batch never pays for English), or all at once
        # with eager=True (a server that wants every cost paid before the first request).
        self.languages = tuple(languages)
        self._nlps: dict[str, Language] = {}
        if eager:
            for lang in self.languages:
                self.nlp(lang)

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlps:
            if lang not in self.languages:
                raise ValueError(f"unsupported language {lang!r}; this extractor reads {self.languages}")
            self._nlps[lang] = build_nlp(lang)
        return self._nlps[lang]

    def make_doc(self, document: Document) -> Doc:
        nlp = self.nlp(document.language or "en")
        doc = nlp.make_doc(document.text)
        doc._.text = document.text  # spaCy keeps the text exactly; see annotations.doc_text
        doc._.published = document.published or date.today()
        doc._.document_id = document.id
        doc._.country_hint = document.country
        return doc

    def __call__(self, document: Document) -> Extraction:
        nlp = self.nlp(document.language or "en")
        doc = self.make_doc(document)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return self._to_extraction(document, doc)

    def pipe(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            yield self(document)

    @staticmethod
    def _to_extraction(document: Document, doc: Doc) -> Extraction:
        mentions = list(doc._.mentions or [])
        observations = list(doc._.observations or [])
        if observations:
            # a short report of queues, prices or people fleeing that names a place is explained by what it
            # observes: a guessed event beside it would put an attack on the map that no one reported
            mentions = [m for m in mentions if m.confidence > GUESS_CONFIDENCE]
        for i, m in enumerate(mentions):
            m.document_id = document.id
            m.id = m.id or f"{document.id}:m{i}"
            m.source = m.source or document.source
        for i, o in enumerate(observations):
            o.document_id = document.id
            o.id = o.id or f"{document.id}:o{i}"
        return Extraction(document=document, mentions=mentions, observations=observations)
