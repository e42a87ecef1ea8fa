"""Engines and sessions: one engine per database URL, migrated to the newest schema on first use."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session, create_engine

from store.config import database_url, with_installed_driver
from store.migrate import migrate_to_head

_engines: dict[str, Engine] = {}
# Alembic's command context is module-global: two threads migrating at once (`eval --concurrency 2` on a new
# data folder) failed with "table alembic_version already exists" or KeyError: 'config'.
_engines_lock = threading.Lock()


def make_engine(url: str) -> Engine:
    """A new engine for `url` (SQLite gets foreign keys on and its folder created); no migration."""
    url = with_installed_driver(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # WAL lets a progress display read while a runner writes.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def engine_for(url: str | None = None) -> Engine:
    """The shared engine for `url` (default: store.config.database_url()); migrates on first use."""
    url = with_installed_driver(url or database_url())
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = make_engine(url)
            migrate_to_head(url)
            _engines[url] = engine
        return engine


def open_session(url: str | None = None) -> Session:
    """A session whose objects stay readable after commit (the API functions commit their own work)."""
    return Session(engine_for(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that rolls back on error and is always closed."""
    session = open_session(url)
    try:
        yield session
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def dispose_engines() -> None:
    """Closes every shared engine's connections (tests, and workers before they exit)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
