"""sw_lines: the items of a list and the fields of a record start sentences of their own.

spaCy's sentencizer splits at sentence-final punctuation only. A list's items seldom end with one (a
flash's "- Since 17 February, armed groups have imposed a blockade on Djibo"), nor do a record's fields (an
infobox's "Casualties1: 77-100 killed", "Date: 17 September 2024"), so a whole list or infobox, and the
paragraph after it, became one sentence: the cues, dates and places of every line were read as one
event's. A line that opens with a list bullet or a field name, and the line after it, start a sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_BULLET = re.compile(r"[ \t]*(?:[-–—*•●▪◦]|\d{1,2}[.)])[ \t]+\S")
# a field name: one to four words, the first capitalised ("Casualties and losses:", « Forces en présence : »)
_FIELD = re.compile(r"[ \t]*[A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}[ \t]?:[ \t]+\S")


@Language.component("sw_lines")
def items_and_fields_start_sentences(doc: Doc) -> Doc:
    text = doc.text
    previous_was_item = False
    for token in doc:
        if not (token.is_space and "\n" in token.text) or token.i + 1 >= len(doc):
            continue
        line_start = token.idx + token.text.rfind("\n") + 1
        is_item = bool(_BULLET.match(text, line_start) or _FIELD.match(text, line_start))
        if is_item or previous_was_item:
            doc[token.i + 1].is_sent_start = True
        previous_was_item = is_item
    return doc
