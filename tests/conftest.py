"""Fixtures shared by every test folder: a migrated SQLite file, a real PostgreSQL server and a warm engine.

`db_url` / `session` run a test once on each database. PostgreSQL is started once per test run; when its
binaries are missing the tests that need it fail with the fix, they are never skipped."""

import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import Engine
from sqlmodel import Session

from store.db import dispose_engines, make_engine
from store.migrate import migrate_to_head
from store.models import metadata
from tests.postgres_server import PostgresServer, PostgresUnavailable, start_postgres
from video.engine import EngineClient


@pytest_asyncio.fixture(scope="session")
async def engine() -> AsyncIterator[EngineClient]:
    """One warm engine with default settings, shared by every folder that renders, compiles or validates
    with it (each engine start costs a bundle check, a Chromium and a warm type checker); a folder that needs
    other settings (tests/watchdog) defines its own."""
    async with EngineClient() as client:
        await client.bundle()
        yield client


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_postgres()
    except PostgresUnavailable as error:
        pytest.fail(f"PostgreSQL is needed by the store tests: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "store.db"
    migrate_to_head(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _migrated_postgres_url(postgres_server: PostgresServer) -> str:
    url = postgres_server.create_database("ppr_video_test")
    migrate_to_head(url)
    return url


@pytest.fixture(scope="session")
def _postgres_engine(_migrated_postgres_url: str) -> Iterator[Engine]:
    # One pool for the whole run: every new PostgreSQL connection forks a server process.
    engine = make_engine(_migrated_postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_url(_migrated_sqlite_file: Path, tmp_path: Path) -> str:
    """A SQLite database at the newest schema, empty, private to the test."""
    path = tmp_path / "store.db"
    shutil.copyfile(_migrated_sqlite_file, path)
    return f"sqlite:///{path}"


@pytest.fixture
def postgres_url(_postgres_engine: Engine, _migrated_postgres_url: str) -> str:
    """The PostgreSQL test database at the newest schema, emptied for the test."""
    # DELETE is several times faster than TRUNCATE on tables this small.
    with _postgres_engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            connection.execute(table.delete())
    return _migrated_postgres_url


@pytest.fixture
def empty_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new PostgreSQL database with no tables at all (for migration tests)."""
    name = f"ppr_video_empty_{uuid.uuid4().hex[:8]}"
    yield postgres_server.create_database(name)
    postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test that uses it runs twice: on SQLite and on PostgreSQL."""
    url: str = request.getfixturevalue(f"{request.param}_url")
    return url


@pytest.fixture
def store_env(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Points PPR_VIDEO_DATABASE_URL at a fresh SQLite database and PPR_VIDEO_DATA_DIR at a temp folder,
    for code that opens its own sessions (the CLI, the runner); yields the database URL."""
    monkeypatch.setenv("PPR_VIDEO_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path / "data"))
    yield sqlite_url
    dispose_engines()


@pytest.fixture
def session(db_url: str, request: pytest.FixtureRequest) -> Iterator[Session]:
    """A session on `db_url`, as the API functions expect it (objects stay readable after commit)."""
    on_postgres = db_url.startswith("postgresql")
    engine: Engine = request.getfixturevalue("_postgres_engine") if on_postgres else make_engine(db_url)
    with Session(engine, expire_on_commit=False) as db_session:
        yield db_session
    if not on_postgres:
        engine.dispose()
