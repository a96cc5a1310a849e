"""Which language a report is in.

English and French are decided by counting their most frequent function words, which is fast and
reliable on news prose of a sentence or more; only when neither clearly wins is langdetect asked, so that
a German or Swahili report is rejected with the right language code.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "fr")
_WORDS = re.compile(r"[a-zàâçéèêëîïôûùüÿœ']+")
STOPWORDS = {
    "en": frozenset("the of and to in a is was were that for on by with from at have has had been are "  # noqa: SIM905
                    "they their it this an as which said killed after people".split()),
    "fr": frozenset("le la les des de du et à en un une est sont ont été dans par pour sur au aux qui que "  # noqa: SIM905
                    "selon ce cette il elle a lors tués".split()),
}


def detect_language(text: str) -> str:
    """An ISO 639-1 code, or 'unknown' for text with too few letters to tell."""
    words = _WORDS.findall(text[:5000].lower())
    if len(words) < 3:
        return "unknown"
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=scores.get)
    other = min(scores, key=scores.get)
    if scores[best] >= max(2, 0.12 * len(words)) and scores[best] >= 2 * scores[other]:
        return best
    return _langdetect(text[:5000])


@lru_cache(maxsize=1)
def _factory():  # noqa: ANN202 - langdetect's DetectorFactory
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # deterministic answers
    return DetectorFactory


def _langdetect(text: str) -> str:
    from langdetect import LangDetectException, detect

    _factory()
    try:
        return detect(text)
    except LangDetectException:
        return "unknown"
