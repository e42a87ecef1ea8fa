"""Alembic environment: runs on the connection that store.migrate hands over (or on sqlalchemy.url)."""

from alembic import context
from sqlalchemy import Connection, create_engine

from store.models import metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as own_connection:
        run_on(own_connection)
    engine.dispose()


run()
