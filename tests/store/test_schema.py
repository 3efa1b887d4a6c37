"""Schema, migrations and the errors users see when a database cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.store import COLUMNS, SCHEMA_VERSION, Store, open_store
from tidings.store.connection import connect, parse_url, to_dialect
from tidings.store.migrations import current_version, latest_version, migrate, migrations

from .helpers import MakeDoc


def live_columns(store: Store, table: str) -> list[str]:
    if store.dialect == "sqlite":
        return [r["name"] for r in store.query(f"SELECT name FROM pragma_table_info('{table}')")]
    return [r["column_name"] for r in store.query(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
        (table,))]


def test_tables_have_exactly_the_agreed_columns(store: Store) -> None:
    for table, columns in COLUMNS.items():
        assert live_columns(store, table) == [c for c, _ in columns], table


def test_schema_version_is_recorded(store: Store) -> None:
    rows = store.query("SELECT version, name FROM schema_version ORDER BY version")
    assert [r["version"] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
    assert rows[0]["name"] == "0001_init.sql"
    assert latest_version("sqlite") == latest_version("postgresql") == SCHEMA_VERSION


def test_sqlite_pragmas(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'x.db'}") as s:
        assert s.scalar("PRAGMA journal_mode") == "wal"
        assert s.scalar("PRAGMA synchronous") == 1  # NORMAL
        assert s.scalar("PRAGMA foreign_keys") == 1
        assert s.scalar("PRAGMA wal_autocheckpoint") == 10_000  # pages; docs/store.md


def test_sqlite_binds_none_through_an_adapter() -> None:
    """None gets an adapter (tidings.store.connection), so binding a NULL skips sqlite3's
    failed look-ups of __adapt__ and __conform__; the value bound is still NULL."""
    import sqlite3

    import tidings.store.connection  # noqa: F401  (registers the adapter)

    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    conn = sqlite3.connect(":memory:")
    assert conn.execute("SELECT ? IS NULL, typeof(?)", (None, None)).fetchone() == (1, "null")
    conn.close()


def test_old_database_is_upgraded_on_open(store_url: str, make_doc: MakeDoc) -> None:
    """A version-1 database (no full-text search) with data is migrated and searchable."""
    target = parse_url(store_url)
    conn = connect(target)
    assert migrate(conn, target.dialect, upto=1) == 1
    doc = make_doc("old")
    a = doc.article
    q = doc.quotes[0]
    mark = "?" if target.dialect == "sqlite" else "%s"
    conn.execute(
        f"INSERT INTO articles (id, title, text, content_hash, ingested_at) "
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark})",
        (a.id, a.title, a.text, a.content_hash, "2024-02-14T00:00:00+00:00"),
    )
    conn.execute(
        f"INSERT INTO quotes (article_id, idx, kind, text, start_char, end_char) "
        f"VALUES ({mark}, {mark}, {mark}, {mark}, {mark}, {mark})",
        (a.id, 0, q.kind, q.text, q.start, q.end),
    )
    assert current_version(conn, target.dialect) == 1
    conn.close()
    with open_store(store_url) as s:
        assert s.scalar("SELECT max(version) FROM schema_version") == SCHEMA_VERSION
        # Rows stored before the search migration are found by it.
        assert [r["article_id"] for r in s.search("quotes", "collective security")] == ["old"]
        assert [r["id"] for r in s.search("articles", "destabilising")] == ["old"]
        assert s.save(make_doc("new")) is True


def test_newer_schema_is_refused(store_url: str) -> None:
    with open_store(store_url) as s:
        s.execute(  # a later Tidings has been here
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
            (SCHEMA_VERSION + 1, "9999_future.sql", "2030-01-01"),
        )
    with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}, newer"):
        open_store(store_url)


def test_failed_migration_leaves_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tidings.store import migrations as mig_mod

    url = f"sqlite:///{tmp_path / 'm.db'}"
    broken = (*migrations("sqlite"), mig_mod.Migration(
        SCHEMA_VERSION + 1, "9999_broken.sql",
        "CREATE TABLE extra (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"))
    monkeypatch.setattr(mig_mod, "migrations", lambda dialect: broken)
    with pytest.raises(StoreError, match=r"9999_broken\.sql failed"):
        open_store(url)
    conn = sqlite3.connect(tmp_path / "m.db")
    assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    # The half-applied file was rolled back, including its first statement.
    extra = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()
    assert extra[0] == 0


def test_migration_files_are_numbered_per_dialect() -> None:
    for dialect in ("sqlite", "postgresql"):
        names = [m.name for m in migrations(dialect)]
        assert names == ["0001_init.sql", "0002_search.sql", "0003_analysis_indexes.sql",
                         "0004_bulk_search_index.sql", "0005_dedup_signatures.sql",
                         "0006_one_sided_fold_keys.sql", "0007_country_provenance.sql",
                         "0008_asserted_counts.sql"]
        assert [m.version for m in migrations(dialect)] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://localhost/db", "unsupported database URL"),
        ("", "empty database URL"),
        ("sqlite:///", "names no file"),
        ("sqlite:////no/such/dir/x.db", "directory /no/such/dir does not exist"),
    ],
)
def test_bad_urls_give_clear_errors(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


def test_not_a_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(f"sqlite:///{path}")


def test_unreachable_postgresql_server() -> None:
    url = "postgresql://someone:secret@127.0.0.1:1/nothing"
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as info:
        open_store(url)
    assert "secret" not in str(info.value)  # the password is never echoed


def test_missing_file_with_create_false(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        open_store(f"sqlite:///{tmp_path / 'absent.db'}", create=False)
    assert not (tmp_path / "absent.db").exists()


def test_qmark_translation_keeps_literals() -> None:
    sql = "SELECT * FROM t WHERE a = ? AND b LIKE '%?x%' AND \"c?\" = ? AND d % 2 = 0"
    assert to_dialect(sql, "sqlite") == sql
    assert to_dialect(sql, "postgresql") == (
        "SELECT * FROM t WHERE a = %s AND b LIKE '%%?x%%' AND \"c?\" = %s AND d %% 2 = 0"
    )


def test_opening_does_not_wait_for_a_writer(tmp_path: Path, make_doc: MakeDoc) -> None:
    """The API opens stores while an ingest holds SQLite's write lock."""
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    with open_store(url) as s:
        s.save(make_doc("a1"))
    writer = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with open_store(url) as reader:
            assert reader.scalar("SELECT count(*) FROM articles") == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
