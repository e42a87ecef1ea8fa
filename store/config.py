"""Where the product keeps its data: the data folder and the database URL, both overridable by environment."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REMOTION_DIR = PROJECT_ROOT / "remotion"


def data_dir() -> Path:
    """The data folder (`PPR_VIDEO_DATA_DIR`, default `data/` in the project), created on first use."""
    folder = Path(os.environ.get("PPR_VIDEO_DATA_DIR") or PROJECT_ROOT / "data").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
