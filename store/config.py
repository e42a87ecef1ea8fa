"""The database URL: `PPR_VIDEO_DATABASE_URL`, else a SQLite file in the data folder."""

import os

from domain.paths import data_dir


def database_url() -> str:
    """`PPR_VIDEO_DATABASE_URL` when set (PostgreSQL in production), else a SQLite file in the data folder."""
    url = os.environ.get("PPR_VIDEO_DATABASE_URL")
    return with_installed_driver(url) if url else f"sqlite:///{data_dir() / 'ppr-video.db'}"


def with_installed_driver(url: str) -> str:
    """`postgresql://` and `postgres://` URLs use psycopg 3, the PostgreSQL driver this project installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url
