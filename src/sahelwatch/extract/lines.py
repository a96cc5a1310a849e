"""sw_sentencizer: spaCy's rule-based sentence split, read from token arrays; sw_lines: the items of a list
and the fields of a record start sentences of their own.

spaCy's sentencizer splits at sentence-final punctuation only. A list's items seldom end with one (a
flash's "- Since 17 February, armed groups have imposed a blockade on Djibo"), nor do a record's fields (an
infobox's "Casualties1: 77-100 killed", "Date: 17 September 2024"), so a whole list or infobox, and the
paragraph after it, became one sentence: the cues, dates and places of every line were read as one
event's. A line that opens with a list bullet or a field name, and the line after it, start a sentence.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from sahelwatch.extract.annotations import doc_text

_BULLET = re.compile(r"[ \t]*(?:[-–—*•●▪◦]|\d{1,2}[.)])[ \t]+\S")
# a field name: one to four words, the first capitalised ("Casualties and losses:", « Forces en présence : »)
_FIELD = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}[ \t]?:[ \t]+\S")


class ArraySentencizer(Sentencizer):
    """spaCy's Sentencizer with the same splits, predicted from two token arrays: its own loop makes a Token
    object for every word of the text, which cost more than the whole split (~1 ms on a long article).

    spaCy's rule: the first token starts a sentence, and so does every token that is neither punctuation nor a
    sentence-final character (`punct_chars`) and comes after such a character with no such token since."""

    def predict(self, docs):  # noqa: ANN001, ANN201 - spaCy's signature
        return [self._starts(doc, self._finals()) for doc in docs]

    def _finals(self) -> numpy.ndarray:
        """The hashes (ORTH) of the sentence-final characters, sorted for searchsorted; computed again only when
        punct_chars changed (from_bytes, from_disk)."""
        if getattr(self, "_finals_of", None) != self.punct_chars:
            self._finals_of = set(self.punct_chars)
            self._final_ids = numpy.sort(numpy.array([get_string_id(c) for c in self.punct_chars], dtype=numpy.uint64))
        return self._final_ids

    @staticmethod
    def _starts(doc: Doc, finals: numpy.ndarray) -> list[bool]:
        if len(doc) == 0:
            return []
        attrs = doc.to_array([ORTH, IS_PUNCT])
        at = numpy.searchsorted(finals, attrs[:, 0]).clip(max=len(finals) - 1)
        final = finals[at] == attrs[:, 0]  # token.text in punct_chars
        plain = numpy.flatnonzero(~(final | attrs[:, 1].astype(bool)))
        finals_before = numpy.concatenate(([0], numpy.cumsum(final)))  # [i]: final tokens before token i
        # a plain token starts a sentence when a final token lies between it and the plain token before it
        previous = numpy.concatenate(([-1], plain[:-1]))
        starts = numpy.zeros(len(doc), dtype=bool)
        starts[plain[finals_before[plain] > finals_before[previous + 1]]] = True
        starts[0] = True
        return starts.tolist()


@Language.factory("sw_sentencizer", default_config={"punct_chars": None, "overwrite": False})
def make_sentencizer(nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite)


@Language.component("sw_lines")
def items_and_fields_start_sentences(doc: Doc) -> Doc:
    text = doc_text(doc)  # Doc.text joins every token again
    previous_was_item = False
    # arrays, not a loop over the Doc: a Token object made for every word cost more than the rules
    attrs = doc.to_array([IS_SPACE, IDX, LENGTH])
    spaces = attrs[:-1, 0].nonzero()[0]  # the last token starts no sentence after it
    for i, idx, length in zip(spaces.tolist(), attrs[spaces, 1].tolist(), attrs[spaces, 2].tolist(), strict=True):
        newline = text.rfind("\n", idx, idx + length)
        if newline < 0:
            continue
        line_start = newline + 1
        is_item = bool(_BULLET.match(text, line_start) or _FIELD.match(text, line_start))
        if is_item or previous_was_item:
            doc[i + 1].is_sent_start = True
        previous_was_item = is_item
    return doc
