"""Sentence boundaries at line breaks: the ``tidings_paragraphs`` spaCy component.

The small English parser reads a text's layout poorly: it runs a headline, its
date line and the lead into one sentence, or joins a paragraph's last sentence
to the next paragraph's first. Every stage works per sentence, so the component
runs before the parser and presets ``is_sent_start`` at line breaks; the parser
keeps the preset boundaries and decides all others.

- A blank line (a paragraph break) always starts a sentence.
- A single line break followed by a lower-case word never does: the line was
  wrapped inside a sentence.
- A single line break after a line that ended its sentence (``.``, ``!``, ``?``,
  maybe followed by a closing quote) starts one.
- Any other single line break (a headline, a date line, one paragraph per line)
  starts a sentence, unless the text is hard-wrapped (many of its lines continue
  in lower case): there the parser decides, as a capital may just be a name.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["COMPONENT", "add_paragraph_component", "paragraph_starts"]

COMPONENT = "tidings_paragraphs"

# A run of whitespace holding at least one line break.
_BREAK = re.compile(r"[^\S\n]*\n\s*")
# Share of single line breaks followed by a lower-case word above which a text is
# hard-wrapped; prose lines start lower-case far more often than this, while
# one-paragraph-per-line text and headline/date layouts almost never do.
_WRAPPED_SHARE = 0.3
_WRAPPED_MIN_BREAKS = 3


@cache
def _punctuation() -> tuple[frozenset[str], frozenset[str]]:
    """(terminal, closing) characters from ``data/segment.tsv``."""
    table = files("tidings.nlp") / "data" / "segment.tsv"
    rows: dict[str, set[str]] = {"terminal": set(), "closing": set()}
    for line in table.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, value = line.split("\t", 1)
        rows[kind].add(value)
    return frozenset(rows["terminal"]), frozenset(rows["closing"])


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the last non-space token before token ``i`` closes a sentence."""
    terminal, closing = _punctuation()
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    while j >= 0 and doc[j].text in closing:
        j -= 1
    return j >= 0 and doc[j].text[-1:] in terminal


def _is_wrapped(text: str, breaks: list[re.Match[str]]) -> bool:
    singles = [m for m in breaks if m.group().count("\n") == 1 and m.end() < len(text)]
    if len(singles) < _WRAPPED_MIN_BREAKS:
        return False
    lower = sum(1 for m in singles if text[m.end()].islower())
    return lower / len(singles) > _WRAPPED_SHARE


def _decide(doc: Doc, i: int, newlines: int, wrapped: bool) -> bool | None:
    """Preset for token ``i``, the first after a line break; ``None`` leaves it to the parser."""
    if newlines >= 2:
        return True
    if doc[i].text[:1].islower():
        return False
    if _ends_sentence(doc, i):
        return True
    return None if wrapped else True


def paragraph_starts(doc: Doc) -> Doc:
    """Preset sentence starts at the line breaks of ``doc`` (see the module docstring)."""
    text = doc.text
    if "\n" not in text:
        return doc
    breaks = [m for m in _BREAK.finditer(text) if m.start() > 0 and m.end() < len(text)]
    if not breaks:
        return doc
    wrapped = _is_wrapped(text, breaks)
    # Token start offsets (one C call), searched per break rather than a Python pass
    # over every token: the component must cost next to nothing beside the parser.
    starts = doc.to_array(IDX)
    for match in breaks:
        i = int(starts.searchsorted(match.end()))
        if i >= len(doc) or doc[i].is_space:
            continue
        decision = _decide(doc, i, match.group().count("\n"), wrapped)
        if decision is not None:
            doc[i].is_sent_start = decision
    return doc


Language.component(COMPONENT, func=paragraph_starts)


def add_paragraph_component(nlp: Language) -> None:
    """Insert the component just before the parser (no-op if it is there already)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
