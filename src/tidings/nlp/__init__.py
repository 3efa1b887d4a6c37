"""The parse stage: spaCy, loaded once per process, with only the parts we need.

Importing this package registers the ``tidings_paragraphs`` spaCy component, so
worker processes and Spark executors that unpickle or load a pipeline find it.
"""

from tidings.nlp.model import load_nlp, parse_stage
from tidings.nlp.segment import COMPONENT, paragraph_starts

__all__ = ["COMPONENT", "load_nlp", "paragraph_starts", "parse_stage"]
