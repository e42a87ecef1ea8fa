"""Where the product's files are: the project's folders and the data folder (`PPR_VIDEO_DATA_DIR`)."""

import functools
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REMOTION_DIR = PROJECT_ROOT / "remotion"
PROMPTS_DIR = PROJECT_ROOT / "prompts"


def data_dir() -> Path:
    """The data folder (`PPR_VIDEO_DATA_DIR`, default `data/` in the project), created on first use."""
    folder = _resolved(_configured_data_dir())
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _configured_data_dir() -> str:
    return os.environ.get("PPR_VIDEO_DATA_DIR") or str(PROJECT_ROOT / "data")


# Resolving a path walks it one system call per part; every status read asks for the folder.
@functools.lru_cache(maxsize=64)
def _resolved(configured: str) -> Path:
    return Path(configured).resolve()


def job_dir(job_id: int) -> Path:
    """Where everything a version needs is kept (the store of record): its code, script, assets and files.
    Not created here: the runner that writes it creates it, and every status poll only looks."""
    return _videos_dir(_configured_data_dir()) / f"job-{job_id}"


@functools.lru_cache(maxsize=64)
def _videos_dir(configured: str) -> Path:
    return _resolved(configured) / "videos"
