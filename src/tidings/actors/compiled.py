"""Use the mypyc-compiled actors modules, but only those built from the sources on disk.

``scripts/build_compiled.py`` compiles the per-word modules of the actors stage with mypyc
into a directory of their own (default ``_compiled/`` next to this file, or
``TIDINGS_COMPILED_DIR``) and records there the SHA-256 of every source file the compiled
code was built from (the modules and the ``tidings`` modules they import, directly or
through other ``tidings`` modules). The compiled files are never on ``sys.path``: nothing
imports them by accident. :func:`install` (run by ``tidings/actors/__init__.py`` before any
submodule) adds an import finder for them only if

* ``TIDINGS_COMPILED`` is not ``0`` (nor ``false``/``no``/``off``),
* the build is for this interpreter (cache tag and extension suffix),
* every recorded source still has its recorded hash, and every compiled file is there,
* none of the modules was already imported as Python, and the compiled runtime loads.

Otherwise the stage runs as pure Python, silently: an edited source (a stale build) can
never run old code. It is all or nothing because mypyc calls between modules of one build
bypass the import system. This module is never compiled itself.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["FORMAT", "MANIFEST", "Plan", "build_dir", "install", "plan", "status"]

FORMAT = 1
MANIFEST = "manifest.json"
SRC = Path(__file__).resolve().parents[2]  # the directory that holds the ``tidings`` package
_OFF = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class Plan:
    """The compiled files to load (module name -> file), or none and why not."""

    modules: Mapping[str, Path] = field(default_factory=dict)
    reason: str = ""


def build_dir(env: Mapping[str, str] = os.environ) -> Path:
    """Where ``scripts/build_compiled.py`` puts its build (``TIDINGS_COMPILED_DIR``)."""
    return Path(env.get("TIDINGS_COMPILED_DIR") or Path(__file__).resolve().parent / "_compiled")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan(directory: Path, env: Mapping[str, str] = os.environ, src: Path = SRC) -> Plan:
    """Which compiled modules :func:`install` would load from ``directory``, checked against
    the sources under ``src``."""
    if env.get("TIDINGS_COMPILED", "").strip().lower() in _OFF:
        return Plan(reason="switched off (TIDINGS_COMPILED=0)")
    try:
        manifest: dict[str, Any] = json.loads((directory / MANIFEST).read_text("utf-8"))
    except FileNotFoundError:
        return Plan(reason=f"not built ({directory / MANIFEST} missing)")
    except (OSError, ValueError) as exc:
        return Plan(reason=f"unreadable manifest: {exc}")
    if manifest.get("format") != FORMAT \
            or manifest.get("cache_tag") != sys.implementation.cache_tag \
            or manifest.get("ext_suffix") != sysconfig.get_config_var("EXT_SUFFIX"):
        return Plan(reason="built for another interpreter or by another build script")
    for rel, digest in dict(manifest.get("sources", {})).items():
        path = src / rel
        if not path.is_file() or _sha256(path) != digest:
            return Plan(reason=f"{rel} changed since the build: stale, not used")
    modules: dict[str, Path] = {}
    for name, (rel, size) in dict(manifest.get("binaries", {})).items():
        path = directory / rel
        if not path.is_file() or path.stat().st_size != size:
            return Plan(reason=f"compiled file {rel} missing or incomplete")
        modules[name] = path
    if not modules:
        return Plan(reason="the manifest lists no compiled module")
    return Plan(modules=modules)


class _Finder(importlib.abc.MetaPathFinder):
    """Finds exactly the modules of one build, at their recorded files."""

    # how install() knows its finder, also after an importlib.reload of this module (which
    # makes a new _Finder class); a finder stays in sys.meta_path only when its build loaded
    tidings_compiled = True

    def __init__(self, modules: Mapping[str, Path]) -> None:
        self.modules = dict(modules)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        file = self.modules.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


_state = {"status": "not installed"}


def _installed() -> bool:
    return any(getattr(f, "tidings_compiled", False) for f in sys.meta_path)


def install(env: Mapping[str, str] = os.environ) -> str:
    """Add the finder for an up-to-date build; returns (and remembers) what was decided."""
    if _installed():
        _state["status"] = "compiled"
        return "compiled"
    found = plan(build_dir(env), env)
    status = found.reason
    if found.modules:
        early = sorted(n for n in found.modules if n in sys.modules)
        status = f"already imported as Python: {', '.join(early)}" if early else ""
    if found.modules and not status:
        finder = _Finder(found.modules)
        sys.meta_path.insert(0, finder)
        # the shared runtime of the build (a top-level name, not a tidings module): if it
        # does not load, nothing compiled is used
        runtime = [n for n in found.modules if "." not in n]
        try:
            for name in runtime:
                importlib.import_module(name)
            status = "compiled"
        except Exception as exc:  # any failure to load: pure Python, never a crash
            sys.meta_path.remove(finder)
            for name in runtime:
                sys.modules.pop(name, None)
            status = f"compiled runtime did not load: {exc}"
    _state["status"] = status
    return status


def status() -> str:
    """``"compiled"`` when the compiled modules are in use, else why they are not."""
    return "compiled" if _installed() else _state["status"]
