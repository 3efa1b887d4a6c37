"""Dictionary groups that NER missed ("the Houthi detention"): at each word that
``View.marked`` flags as the first word of a group name and no other mention holds, the
longest run of words that is a name only groups bear in the knowledge base. Most flagged
words start no group, so set tests on plain words (:func:`_starts_no_group`,
:func:`_span_limit`, :func:`_may_be_group`) rule out most spans before ``norm`` and the
dictionary are asked.
"""

from __future__ import annotations

from functools import lru_cache

from tidings.actors.kb import KB, norm
from tidings.actors.rules import rules
from tidings.actors.view import View, norm_word

__all__ = ["missed_group_spans"]

_SUFFIXES = rules().name_suffixes


def missed_group_spans(kb: KB, v: View, taken: list[bool],
                       where: list[int]) -> list[tuple[int, int]]:
    """Dictionary groups that NER missed ("the Houthi detention"): token ranges of
    capitalised words not in another mention whose longest run is a group name in the
    knowledge base. Marks their tokens in ``taken``."""
    out: list[tuple[int, int]] = []
    tables = _group_tables(kb)
    cannot_end: dict[int, bool] = {}  # windows overlap: judge each last token once
    for i in where:
        if taken[i] or _starts_no_group(kb, v, i, taken, tables):
            continue
        found = _group_at(kb, v, i, taken, tables, cannot_end)
        if found is not None:
            out.append(found)
            for k in range(found[0], found[1]):
                taken[k] = True
    return out


def _starts_no_group(kb: KB, v: View, i: int, taken: list[bool],
                     tables: tuple[frozenset[str], ...]) -> bool:
    """True when :func:`_group_at` cannot find a group at token ``i``, known from two set
    tests: a plain word that is no group name alone and starts none with the next word
    (most marked words: "The", "National"). False when only the full search can tell."""
    text, idx, ends = v.text, v.idx, v.ends
    word = text[idx[i]:ends[i]]
    if not (word.isascii() and word.isalpha()):
        return False
    low = word.lower()
    if low in tables[0] or low in _SUFFIXES:
        return False
    if i + 1 >= len(idx) or kb.first_len.get(low, 1) < 2 or taken[i + 1]:
        return True  # the span is this word alone (see _group_at)
    second = _plain(text, idx, ends, i, i + 1)
    return second is not None and f"{low} {second}" not in tables[3]


def _group_at(kb: KB, v: View, i: int, taken: list[bool], tables: tuple[frozenset[str], ...],
              cannot_end: dict[int, bool]) -> tuple[int, int] | None:
    """The token range of the longest dictionary group name starting at token ``i``, or
    None."""
    text, idx, ends, n = v.text, v.idx, v.ends, len(v.idx)
    first = norm_word(text[idx[i]:ends[i]])
    stop = min(n, i + kb.first_len.get(first, 1))
    for k in range(i + 1, stop):  # spans end before the next token of another mention
        if taken[k]:
            stop = k
            break
    stop = _span_limit(text, idx, ends, i, stop, tables)
    for j in range(stop, i, -1):
        if j - 1 > i:
            no = cannot_end.get(j - 1)
            if no is None:
                last = _plain(text, idx, ends, i, j - 1)
                no = cannot_end[j - 1] = last is not None and last not in tables[1]
            if no:
                continue
        if not _may_be_group(text, idx, ends, i, j - 1, tables):
            continue
        raw = text[idx[i]:ends[j - 1]]  # character slices: no Token objects
        entries = kb.names.get(norm(raw), ())
        if entries and all(e.kind == "group" for e in entries):
            return i, j
    return None


def _plain(text: str, idx: list[int], ends: list[int], i: int, k: int) -> str | None:
    """Token ``k``'s lower-case form if it is a plain ASCII word or number that starts the
    span at ``i`` or follows whitespace (``norm`` then keeps it as a word of its own)."""
    word = text[idx[k]:ends[k]]
    if (k == i or text[idx[k] - 1].isspace()) and word.isascii() and word.isalnum():
        low = word.lower()
        return None if low in _SUFFIXES else low
    return None


def _span_limit(text: str, idx: list[int], ends: list[int], i: int, stop: int,
                tables: tuple[frozenset[str], ...]) -> int:
    """``stop``, or ``i + 1`` when the first two words (both plain, see :func:`_plain`)
    begin no group name of several words: longer spans then cannot be one."""
    if stop - i < 2:
        return stop
    first, second = _plain(text, idx, ends, i, i), _plain(text, idx, ends, i, i + 1)
    if first is None or second is None or f"{first} {second}" in tables[3]:
        return stop
    return i + 1


def _may_be_group(text: str, idx: list[int], ends: list[int], i: int, k: int,
                  tables: tuple[frozenset[str], ...]) -> bool:
    """False when tokens ``i..k`` cannot normalise to a group name, judged from their last
    one or two plain words (see :func:`_plain`); True when only ``norm`` can tell. This skips
    most ``norm`` calls on the long spans tried after a capitalised word."""
    keys, last1, last2 = tables[:3]
    if not text[idx[k]].isalnum():  # punctuation at the end
        k = _last_word(text, idx, ends, i, k)
        if k < i:
            return "" in keys
    last = _plain(text, idx, ends, i, k)
    if last is None:
        return True
    if k == i:
        return last in keys
    if last not in last1:
        return False
    prev = _plain(text, idx, ends, i, k - 1)
    if prev is None:
        return True
    return f"{prev} {last}" in (keys if k - 1 == i else last2)


def _last_word(text: str, idx: list[int], ends: list[int], i: int, k: int) -> int:
    """The last token of ``i..k`` that ``norm`` keeps, when the ones after it are only
    punctuation it turns into spaces (``,`` ``:`` ``-`` newlines; not a dot that ends an
    initial, "J.", nor an apostrophe): those change nothing else. ``i - 1`` if none."""
    while k >= i:
        word = text[idx[k]:ends[k]]
        if word[0].isalnum():
            return k
        before = text[idx[k] - 1] if k > i else " "
        if word.strip(".") == "":  # dots are dropped; one after a letter may end an initial
            if not (before.isspace() or (idx[k] == ends[k - 1] and len(
                    prev := text[idx[k - 1]:ends[k - 1]]) > 1 and prev.isascii()
                                         and prev.isalnum())):
                return k
        elif before == "." or not all(c.isspace() or c in _SEPARATORS for c in word):
            return k
        k -= 1
    return k


_SEPARATORS = frozenset("!\"#$%&*+,-/:;<=>?@[\\]^`{|}~")  # not _ ' . ( ): norm keeps or pairs them


@lru_cache(maxsize=4)
def _group_tables(kb: KB) -> tuple[frozenset[str], ...]:
    """Dictionary names that only name groups, their last words, and the last two and the
    first two words of those of several words."""
    keys = frozenset(k for k, v in kb.names.items() if v and all(e.kind == "group" for e in v))
    several = [k.split() for k in keys if " " in k]
    return (keys, frozenset(k.rsplit(" ", 1)[-1] for k in keys),
            frozenset(" ".join(w[-2:]) for w in several),
            frozenset(" ".join(w[:2]) for w in several))
