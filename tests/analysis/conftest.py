from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = open_store(f"sqlite:///{tmp_path / 'a.db'}")
    yield st
    st.close()
