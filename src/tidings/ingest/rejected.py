"""The record of an input that did not become an article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Rejected", "Status"]

Status = Literal["skipped", "failed"]


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article, and why.

    ``status`` is ``"skipped"`` for inputs set aside on purpose (empty,
    non-English, duplicate) and ``"failed"`` for inputs that could not be read.
    """

    source: str
    reason: str
    status: Status
