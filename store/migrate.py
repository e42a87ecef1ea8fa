"""Alembic run from Python: a fresh database reaches the current schema on first use, no manual step."""

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

from store.config import with_installed_driver

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "store/migrations/versions holds no migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate_to_head(url: str) -> None:
    """Upgrades the database at `url` to the newest schema (a no-op when it is already there)."""
    _run(url, lambda config: command.upgrade(config, "head"))


def migrate_to_base(url: str) -> None:
    """Downgrades the database at `url` to an empty schema (used by the migration tests)."""
    _run(url, lambda config: command.downgrade(config, "base"))


def _run(url: str, action: Callable[[Config], None]) -> None:
    url = with_installed_driver(url)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            action(config)
    finally:
        engine.dispose()
