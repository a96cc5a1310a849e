"""WarmTokenizer: the same tokens as spaCy's own tokenizer, whatever the cache holds."""

from __future__ import annotations

import pytest
import spacy

from sahelwatch.extract.pipeline import WarmTokenizer, build_nlp

TEXTS = {
    "en": [
        "At 10am on 3 Sept. the U.S. embassy said JNIM's fighters didn't stop; (AFP) -- 12 killed :) o'clock.",
        "The army's convoy, ambushed near Kolokani, lost 4 trucks.\n\nDon't travel: the road isn't safe.",
    ],
    "fr": [
        "Aujourd'hui, M. Traoré a dit qu'à Djibo l'armée a-t-elle repoussé l'attaque d'après-midi ?",
        "Les FAMa ont neutralisé 12 terroristes (AIB) – n° 3 ; c'est l'axe Kayes-Bamako.",
    ],
}


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_warm_tokenizer_gives_spacys_tokens(lang: str) -> None:
    plain = spacy.blank(lang).tokenizer
    warm = WarmTokenizer(spacy.blank(lang).tokenizer)
    for _ in range(2):  # cold, then with the chunks cached
        for text in TEXTS[lang]:
            assert _tokens(warm(text)) == _tokens(plain(text))


def test_special_chunks_are_not_warmed() -> None:
    warm = WarmTokenizer(spacy.blank("en").tokenizer)
    assert warm._special("don't") and warm._special("(o'clock),") and warm._special("10am")
    assert not warm._special("Kolokani,") and not warm._special("army's")


def test_pipeline_uses_the_warm_tokenizer() -> None:
    assert isinstance(build_nlp("en").tokenizer, WarmTokenizer)
