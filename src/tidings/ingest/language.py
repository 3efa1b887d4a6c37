"""Language identification (lingua), restricted to common news languages for speed."""

from __future__ import annotations

import functools

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

__all__ = ["NEWS_LANGUAGES", "detect_language"]

# Languages a multilingual news corpus most often mixes in. A short list keeps
# the detector fast and small; anything else is reported as its nearest one,
# which is still "not English", the only decision ingest makes on it.
NEWS_LANGUAGES = (
    Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH,
    Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN,
    Language.UKRAINIAN, Language.ARABIC, Language.PERSIAN, Language.URDU,
    Language.TURKISH, Language.CHINESE, Language.POLISH, Language.INDONESIAN,
)
# Texts shorter than this, or whose best guess is less sure than this, are
# taken as English: a headline-length text is too little evidence to drop it.
MIN_CHARS = 60
MIN_CONFIDENCE = 0.5
# The start of the article says which language it is in; reading more costs time.
SAMPLE_CHARS = 2000


@functools.cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*NEWS_LANGUAGES).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``'s language; ``"en"`` when the evidence is weak."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return "en"
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return "en"
    return str(values[0].language.iso_code_639_1.name.lower())
