"""The parse stage: spaCy, loaded once per process, with only the parts we need."""

from tidings.nlp.model import load_nlp, parse_stage

__all__ = ["load_nlp", "parse_stage"]
