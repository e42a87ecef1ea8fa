import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import Session

from store.config import database_url, with_installed_driver
from store.db import dispose_engines, engine_for
from store.migrate import current_revision, head_revision, migrate_to_base, migrate_to_head
from store.models import metadata
from store.users import local_creator

STORE_TABLES = {
    "users",
    "stores",
    "courses",
    "course_modules",
    "lessons",
    "enrollments",
    "digital_products",
    "reviews",
    "sales",
    "video_jobs",
    "video_scripts",
    "video_library",
    "chat_turns",
    "job_events",
    "scheduled_posts",
    "login_sessions",
    "api_tokens",
    "failed_logins",
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    url: str = request.getfixturevalue("empty_postgres_url")
    return url


def table_names(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_migrations_go_up_to_head_and_back_down_to_nothing(empty_url: str) -> None:
    migrate_to_head(empty_url)
    assert table_names(empty_url) == STORE_TABLES
    engine = create_engine(empty_url)
    assert current_revision(engine) == head_revision()

    migrate_to_base(empty_url)
    assert table_names(empty_url) == set()
    assert current_revision(engine) is None
    engine.dispose()

    migrate_to_head(empty_url)
    assert table_names(empty_url) == STORE_TABLES


def test_the_migrated_schema_is_exactly_what_the_models_describe(empty_url: str) -> None:
    migrate_to_head(empty_url)
    engine = create_engine(empty_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    engine.dispose()
    assert differences == []


def test_indexes_and_foreign_keys_are_named_by_what_they_look_up(empty_url: str) -> None:
    migrate_to_head(empty_url)
    engine = create_engine(empty_url)
    inspector = inspect(engine)
    job_indexes = {index["name"] for index in inspector.get_indexes("video_jobs")}
    library_indexes = {index["name"] for index in inspector.get_indexes("video_library")}
    course_fks = {fk["name"] for fk in inspector.get_foreign_keys("courses")}
    engine.dispose()
    assert {"ix_video_jobs_owner_id_created_at", "ix_video_jobs_thread_id_version"} <= job_indexes
    assert "ix_video_library_owner_id_created_at" in library_indexes
    assert course_fks == {"fk_courses_store_id_stores"}


def test_migrating_twice_changes_nothing(sqlite_url: str) -> None:
    before = table_names(sqlite_url)
    migrate_to_head(sqlite_url)
    assert table_names(sqlite_url) == before == STORE_TABLES


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://me@db/videos", "postgresql+psycopg://me@db/videos"),
        ("postgres://me@db/videos", "postgresql+psycopg://me@db/videos"),
        ("postgresql+psycopg://me@db/videos", "postgresql+psycopg://me@db/videos"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_postgres_urls_use_the_installed_psycopg_driver(
    given: str, used: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PPR_VIDEO_DATABASE_URL", given)
    assert database_url() == with_installed_driver(given) == used


def test_a_fresh_sqlite_file_is_created_and_migrated_on_first_use(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'folder' / 'store.db'}"
    try:
        engine = engine_for(url)
        assert current_revision(engine) == head_revision()
    finally:
        dispose_engines()
    assert (tmp_path / "new" / "folder" / "store.db").is_file()


def test_threads_that_open_a_fresh_sqlite_file_at_once_migrate_it_once(tmp_path: Path) -> None:
    """`eval --concurrency 2` on a new data folder: each case's thread opens the store at the same moment."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    start = threading.Barrier(4)

    def first_use() -> str | None:
        start.wait()
        return current_revision(engine_for(url))

    try:
        with ThreadPoolExecutor(4) as pool:
            revisions = list(pool.map(lambda _: first_use(), range(4)))
    finally:
        dispose_engines()
    assert revisions == [head_revision()] * 4


def test_threads_that_ask_for_the_local_creator_at_once_get_the_one_account(sqlite_url: str) -> None:
    """`eval --concurrency 2` on a new data folder: each case's thread queues its job as the local creator."""
    start = threading.Barrier(4)

    def creator_id() -> int | None:
        with Session(engine_for(sqlite_url), expire_on_commit=False) as session:
            start.wait()
            return local_creator(session).id

    try:
        with ThreadPoolExecutor(4) as pool:
            ids = list(pool.map(lambda _: creator_id(), range(4)))
    finally:
        dispose_engines()
    assert len(set(ids)) == 1 and ids[0] is not None
