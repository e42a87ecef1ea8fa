"""The declarative base of every store table, with constraint names that say what they look up."""

from sqlalchemy import MetaData
from sqlalchemy.orm import registry
from sqlmodel import SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

store_registry = registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))


class StoreTable(SQLModel, registry=store_registry):
    """Base of the store's tables; their metadata is what the migrations describe."""


metadata = store_registry.metadata


def saved_id(row: StoreTable) -> int:
    """The primary key of a row that has been flushed to the database."""
    row_id = getattr(row, "id", None)
    if not isinstance(row_id, int):
        raise ValueError(f"{type(row).__name__} has no id yet; add and flush it first")
    return row_id
