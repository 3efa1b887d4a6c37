"""Build the shipped event-coding tables from their upstream sources.

Run once by a maintainer (the outputs are committed)::

    python -m tidings.events.convert [SHARED_DATA_DIR]

Inputs (under ``SHARED_DATA_DIR``, default ``$TIDINGS_SHARED_DATA`` or
``<repo>/../shared/data``):

* ``cameo/cameo_event_codes_derived.tsv`` (ICEWS ``cameo-codes.csv``, MIT, plus
  GDELT's ``CAMEO.goldsteinscale.txt``) -> ``data/cameo_codes.tsv``
* ``plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0) -> PLOVER columns of the same file
* ``petrarch2/CAMEO.2.0.txt`` (PETRARCH-2 verb dictionary, MIT) ->
  ``data/petrarch_verbs.tsv``, ``data/petrarch_patterns.tsv``, ``data/synsets.tsv``

Pattern words are reduced to spaCy lemmas so the coder can match on
``token.lemma_`` instead of the inflected forms PETRARCH lists.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidings.config import shared_data_dir
from tidings.events.codebook import data_rows

__all__ = ["build_all"]

DATA = Path(__file__).with_name("data")

_QUAD = {**dict.fromkeys(("01", "02", "03", "04", "05"), 1), **dict.fromkeys(("06", "07", "08"), 2),
         **dict.fromkeys(("09", "10", "11", "12", "13"), 3)}
_HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_NOT_PLURAL = ("ss", "us", "is", "as", "os")
_CODE_RE = re.compile(r"\[([^\]]*)\]")


def _quad(root: str) -> int:
    return _QUAD.get(root, 4)


def _read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", body)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        # A later line for the same code (08 appears twice) refines the first.
        table[m.group(1)] = (parts[0], parts[1], parts[2].replace(";", ","))
    return table


def _plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    for n in range(len(code), 1, -1):
        if code[:n] in table and table[code[:n]][0]:
            return table[code[:n]]
    return ("", "", "")


def build_codebook(shared: Path) -> list[dict[str, Any]]:
    plover = _read_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    rows: list[dict[str, Any]] = []
    with (shared / "cameo" / "cameo_event_codes_derived.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            code = rec["cameo_code"]
            gd, gi = rec["goldstein_gdelt"], rec["goldstein_icews"]
            ev, mode, ctx = _plover_for(code, plover)
            rows.append({
                "code": code, "name": rec["name"].strip(), "level": rec["level"],
                "root": code[:2], "quad_class": _quad(code[:2]),
                "goldstein_gdelt": gd or gi, "goldstein_icews": gi or gd,
                "plover_event": ev, "plover_mode": mode, "plover_context": ctx,
            })
    return rows


@dataclass
class _Block:
    name: str
    code: str


def _clean_code(raw: str) -> tuple[str, bool]:
    """PETRARCH ``[a:b]`` -> (code, reversed). ``[:b]`` is an event of the target on the source."""
    raw = raw.strip()
    if raw.startswith("---") or not raw:
        return ("", False)
    first, _, second = raw.partition(":")
    first, second = first.strip(), second.strip()
    if first and first.isdigit():
        return (first, False)
    if second.isdigit():
        return (second, True)
    return ("", False)


def _pattern_words(text: str) -> tuple[list[str], list[str]]:
    """Split ``pre * post`` into element lists, dropping PETRARCH's actor/skip markers."""
    text = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    pre, _, post = text.partition("*")

    def words(part: str) -> list[str]:
        out: list[str] = []
        for w in part.split():
            if w in {"$", "+", "^", "%"} or not any(c.isalnum() for c in w):
                continue
            for piece in w.strip("$+^%").split("/")[:1]:
                if piece.startswith("&"):
                    # A synset name may hold underscores ("&FIGHT_OF_WORDS"): one element.
                    out.append(piece)
                else:
                    out.extend(p for p in piece.split("_") if p)
        return out

    return words(pre), words(post)


def parse_verb_dictionary(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                 list[dict[str, Any]]]:
    verbs: list[dict[str, Any]] = []
    patterns: list[dict[str, Any]] = []
    synsets: list[dict[str, Any]] = []
    forms: dict[tuple[str, str], str] = {}  # (block, inflected form) -> base verb
    block: _Block | None = None
    synset: str | None = None
    in_patterns = False
    for lineno, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        stripped = line.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not stripped.strip():
            continue
        head = _HEADER_RE.match(stripped)
        in_patterns = in_patterns or head is not None  # files without the section marker
        if not in_patterns:
            if stripped.startswith("&"):
                synset = stripped.strip()
            elif stripped.startswith("+") and synset:
                synsets.append({"synset": synset, "word": stripped[1:].strip(), "line": lineno})
            continue
        if head:
            block = _Block(head.group(1), _clean_code(head.group(2))[0])
            continue
        if block is None:
            continue
        if stripped.startswith("-"):
            m = _CODE_RE.search(stripped)
            if not m:
                continue
            code, rev = _clean_code(m.group(1))
            pre, post = _pattern_words(stripped[1:m.start()])
            # The comment names the verb the pattern was written for ("# PRESS").
            origin = line.split("#", 1)[1].split() if "#" in line else []
            patterns.append({"block": block.name, "code": code or "---", "reverse": int(rev),
                             "pre": pre, "post": post, "line": lineno,
                             "verb": origin[0].lower() if origin else ""})
            continue
        # "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan 8/30/93": after ';' is an editor's note.
        body = re.sub(r"\{[^}]*\}", " ", stripped).split(";", 1)[0]
        m = _CODE_RE.search(body)
        code = _clean_code(m.group(1))[0] if m else ""
        words = [w for w in (body[:m.start()] if m else body).strip().lstrip("+").split("_") if w]
        if not words or not words[0].replace("-", "").isalpha():
            continue
        verbs.append({"verb": words[0], "particles": words[1:], "block": block.name,
                      "code": code or block.code or "", "line": lineno})
        for form in re.findall(r"\{([^}]*)\}", stripped.lstrip("+"))[:1]:
            for inflected in form.split():
                forms[(block.name, inflected.lstrip("+").split("_")[0].lower())] = \
                    words[0].lower()
    block_verbs = {(v["block"], v["verb"].lower()) for v in verbs}
    for p in patterns:
        # A comment names the verb in the form the example used ("# RALLIED", "# STEPPED_UP");
        # the coder keeps such a pattern to that verb, so it must be the verb's base form.
        word = p["verb"].split("_")[0]
        p["verb"] = forms.get((p["block"], word)) or next(
            (b for b in _bases(word) if (p["block"], b) in block_verbs), word)
    return verbs, patterns, synsets


def _bases(word: str) -> list[str]:
    """Candidate base forms of a regular inflection (ruled, called, stepped, carried)."""
    out = [word]
    for suffix in ("ed", "ing", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e", stem[:-1], stem[:-1] + "y"]
    return out


def _lemmatizer() -> Any:
    from tidings.config import load_settings
    from tidings.nlp import load_nlp

    return load_nlp(load_settings().spacy_model)


def _lemma(nlp: Any, word: str, pos: str, cache: dict[tuple[str, str], str]) -> str:
    key = (word.lower(), pos)
    if pos == "VERB" or not word.lower().endswith("s") or word.lower().endswith(_NOT_PLURAL):
        # PETRARCH lists verbs in base form; lemmatizing isolated tokens mangles them.
        return key[0]
    if key not in cache:
        from spacy.tokens import Doc

        doc = Doc(nlp.vocab, words=[word.lower()])
        doc[0].pos_ = pos
        lemmas = nlp.get_pipe("lemmatizer").rule_lemmatize(doc[0])
        cache[key] = (lemmas[0] if lemmas else word).lower()
    return cache[key]


def _split_particles(words: Iterable[str], stop: set[str], nlp: Any,
                     cache: dict[tuple[str, str], str]) -> tuple[str, str]:
    """PETRARCH writes multi-word verbs as one token ("CARRY_OUT", "WAGE_WAR", "TAKE_NOTE").
    Function words are particles that hang on the verb; content words are its objects,
    which spaCy never parses as particles, so they become context words."""
    particles: list[str] = []
    context: list[str] = []
    for w in (w.lower() for w in words):
        if w in stop:
            particles.append(w)
        else:
            context.append(_lemma(nlp, w, "NOUN", cache))
    return " ".join(particles), " ".join(context)


def _regular_forms(base: str) -> list[str]:
    """-s, -ed and -ing forms of a regular verb ("stage": stages, staged, staging)."""
    if base.endswith("e"):
        return [base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base + "es", base + "ed", base + "ing"]
    return [base + "s", base + "ed", base + "ing"]


def lemma_aliases(nlp: Any, lemmas: Iterable[str]) -> list[tuple[str, str, str]]:
    """(runtime lemma, dictionary lemma, form) where spaCy's rule lemmatizer turns a regular
    form of a dictionary verb into another lemma ("staged" -> "stag", "lambasted" ->
    "lambast", "cordoned" -> "cordone"): the coder matches on the runtime
    lemma, so without an alias those verbs are never found. An alias that is itself a
    dictionary lemma, a stop word ("can" from "cane") or a verb of its own with forms in
    spaCy's exception table ("rap": rapped; "fin": finned, so "fined" stays unfound) is left
    out, and so are dictionary entries that are no base form ("killed") or irregular verbs
    ("see": "seed" is none of its forms)."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    # A lemma spaCy's exception table gives forms of is a verb of its own ("rapped" -> rap,
    # "sparred" -> spar): as an alias it would code "rapped" (criticised) as rape.
    irregular = {v for vs in lemmatizer.lookups.get_table("lemma_exc")["verb"].values()
                 for v in vs}

    def lemma_of(form: str) -> str:
        doc = Doc(nlp.vocab, words=[form])
        doc[0].pos_ = "VERB"
        return str((lemmatizer.rule_lemmatize(doc[0]) or [form])[0]).lower()

    known = set(lemmas)
    stop = nlp.Defaults.stop_words
    out: dict[str, tuple[str, str, str]] = {}
    for base in sorted(known):
        if not base.isalpha() or base in irregular or lemma_of(base) != base:
            continue
        for form in _regular_forms(base):
            alias = lemma_of(form)
            if alias != base and alias.isalpha() and alias not in known | stop | irregular:
                out.setdefault(alias, (alias, base, form))
    return sorted(out.values())


def form_aliases(nlp: Any, lemmas: Iterable[str]) -> list[tuple[str, str, str]]:
    """(form, dictionary lemma, lemma spaCy gives) for regular forms of a dictionary verb
    that spaCy's rule lemmatizer files under another real verb ("hoped", "hopes", "hoping"
    -> hop; "fined" -> fin). The lemma-level alias cannot be used there (it would recode
    "hopped" as hope), but the form itself is unambiguous when the other verb spells that
    form differently: its -ed/-ing forms are in spaCy's exception table ("hopped",
    "hopping"), so a single-consonant "hoped" is not one of them, and its -s form
    ("hops") is not this one. Forms both verbs share are left out."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    exc: dict[str, list[str]] = dict(lemmatizer.lookups.get_table("lemma_exc")["verb"])
    listed: dict[str, set[str]] = defaultdict(set)
    for form, bases in exc.items():
        for b in bases:
            listed[b].add(form)

    def lemma_of(form: str) -> str:
        doc = Doc(nlp.vocab, words=[form])
        doc[0].pos_ = "VERB"
        return str((lemmatizer.rule_lemmatize(doc[0]) or [form])[0]).lower()

    def forms_of(verb: str) -> set[str]:
        # A verb with exception-table forms for a suffix spells that suffix its own way.
        spelled = listed[verb]
        return spelled | {f for f in _regular_forms(verb) if f.endswith("s") or not any(
            e.endswith(f[-2:] if f.endswith("ed") else "ing") for e in spelled)}

    out: dict[str, tuple[str, str, str]] = {}
    for base in sorted(set(lemmas)):
        if not base.isalpha() or base in listed or lemma_of(base) != base:
            continue
        for form in _regular_forms(base):
            other = lemma_of(form)
            if other != base and other.isalpha() and form not in exc \
                    and form not in forms_of(other) and other in listed:
                out.setdefault(form, (form, base, other))
    return sorted(out.values())


def _curated_verb_lemmas() -> Iterator[str]:
    for _, row in data_rows("curated_patterns.tsv"):
        if row["kind"] == "verb":
            yield from row["lemma"].split("|")


def _write(path: Path, header: list[str], rows: Iterable[list[Any]], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        for line in comment.strip().splitlines():
            fh.write(f"# {line}\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _lemmas(nlp: Any, words: Iterable[str], cache: dict[tuple[str, str], str]) -> Iterator[str]:
    for w in words:
        if not w:
            continue
        yield w if w.startswith("&") else _lemma(nlp, w, "NOUN", cache)


def build_all(shared: Path) -> None:
    codebook = build_codebook(shared)
    cols = ["code", "name", "level", "root", "quad_class", "goldstein_gdelt", "goldstein_icews",
            "plover_event", "plover_mode", "plover_context"]
    _write(DATA / "cameo_codes.tsv", cols, ([r[c] for c in cols] for r in codebook),
           "CAMEO event codebook. Built by tidings.events.convert from\n"
           "cameo_event_codes_derived.tsv (ICEWS cameo-codes.csv, andybega/icews, MIT;\n"
           "GDELT CAMEO.goldsteinscale.txt) and\n"
           "CAMEO2PLOVER-2021.txt (PLOVER Draft 0.8, Open Event Data Alliance, CC BY-SA 4.0).")
    nlp = _lemmatizer()
    cache: dict[tuple[str, str], str] = {}
    verbs, patterns, synsets = parse_verb_dictionary(shared / "petrarch2" / "CAMEO.2.0.txt")
    src = ("Converted by tidings.events.convert from PETRARCH-2 CAMEO.2.0.txt\n"
           "(openeventdata/petrarch2 commit 676801cd, MIT, (c) 2015 Open Event Data Alliance).\n"
           "'line' is the line in CAMEO.2.0.txt.")
    stop = nlp.Defaults.stop_words
    split = [_split_particles(v["particles"], stop, nlp, cache) for v in verbs]
    _write(DATA / "petrarch_verbs.tsv", ["lemma", "particles", "block", "code", "line", "context"],
           ([_lemma(nlp, v["verb"], "VERB", cache), particles, v["block"], v["code"], v["line"],
             context] for v, (particles, context) in zip(verbs, split, strict=True)),
           src + "\n'particles' must hang on the verb (\"carry out\"); 'context': the other words\n"
           "of a multi-word verb (\"wage war\", \"take note\"), matched like a pattern's object.")
    pattern_cols = ["id", "block", "verb", "code", "reverse", "pre", "post", "line"]
    _write(DATA / "petrarch_patterns.tsv", pattern_cols,
           ([f"P{p['line']}", p["block"], p["verb"], p["code"], p["reverse"],
             " ".join(_lemmas(nlp, p["pre"], cache)), " ".join(_lemmas(nlp, p["post"], cache)),
             p["line"]] for p in patterns), src + "\n'verb': the verb named in the pattern's "
           "comment; the coder applies the pattern\nto that verb only when it is in the block.")
    _write(DATA / "synsets.tsv", ["synset", "lemma", "line"],
           ([s["synset"], " ".join(_lemmas(nlp, s["word"].split("_"), cache)), s["line"]]
            for s in synsets if s["word"]), src)
    dictionary = {_lemma(nlp, v["verb"], "VERB", cache) for v in verbs}
    known = dictionary | set(_curated_verb_lemmas())
    _write(DATA / "lemma_aliases.tsv", ["alias", "lemma", "form"],
           ([*a] for a in lemma_aliases(nlp, known)),
           "Built by tidings.events.convert from the verb lemmas of petrarch_verbs.tsv and\n"
           "curated_patterns.tsv: the lemma spaCy's rule lemmatizer gives a regular form of a\n"
           "dictionary verb when it differs ('form' -> 'alias'); the coder looks the alias up as\n"
           "the dictionary lemma. Aliases that are dictionary lemmas, stop words or verbs of\n"
           "their own in spaCy's exception table ('rap' from 'rapped') are left out.")
    _write(DATA / "form_aliases.tsv", ["form", "lemma", "spacy_lemma"],
           ([*a] for a in form_aliases(nlp, known)),
           "Built by tidings.events.convert (round 9) from the verb lemmas of petrarch_verbs.tsv\n"
           "and curated_patterns.tsv: regular forms of a dictionary verb that spaCy's rule\n"
           "lemmatizer files under another verb of its exception table ('hoped' -> hop, whose\n"
           "past is 'hopped'); the coder reads such a form (tagged as a verb) as 'lemma'.\n"
           "Forms the other verb shares are left out.")


def main(argv: list[str]) -> int:
    default = str(shared_data_dir())
    build_all(Path(argv[0] if argv else default))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
