"""sw_lines: the items of a list and the fields of a record start sentences of their own.

spaCy's sentencizer splits at sentence-final punctuation only. A list's items seldom end with one (a
flash's "- Since 17 February, armed groups have imposed a blockade on Djibo"), nor do a record's fields (an
infobox's "Casualties1: 77-100 killed", "Date: 17 September 2024"), so a whole list or infobox, and the
paragraph after it, became one sentence: the cues, dates and places of every line were read as one
event's. A line that opens with a list bullet or a field name, and the line after it, start a sentence.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from sahelwatch.extract.annotations import doc_text

_BULLET = re.compile(r"[ \t]*(?:[-–—*•●▪◦]|\d{1,2}[.)])[ \t]+\S")
# a field name: one to four words, the first capitalised ("Casualties and losses:", « Forces en présence : »)
_FIELD = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}[ \t]?:[ \t]+\S")


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
