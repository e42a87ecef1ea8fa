"""Agent tests: no model requests ever leave the machine; the engine, browser and database are real."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from pydantic_ai import models
from sqlmodel import Session

from agent.deps import RunSettings
from store.db import make_engine
from store.demo.seed import seed_demo_catalog
from store.models import User
from store.users import local_creator
from video.services import Services

models.ALLOW_MODEL_REQUESTS = False

# Small renders (a quarter of the frame): tests check the pipeline, not the pixels (bench/ renders full size).
TEST_SETTINGS = RunSettings(render_scale=0.25, x264_preset="ultrafast")


@pytest_asyncio.fixture(scope="session")
async def services(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Services]:
    async with Services.start(asset_root=tmp_path_factory.mktemp("assets")) as started:
        await started.engine.bundle()
        yield started


@pytest.fixture
def db(store_env: str) -> Iterator[Session]:
    """A session on a fresh SQLite database with the demo catalog (the store_env one the CLI would use)."""
    engine = make_engine(store_env)
    with Session(engine, expire_on_commit=False) as session:
        seed_demo_catalog(session)
        yield session
    engine.dispose()


@pytest.fixture
def creator(db: Session) -> User:
    return local_creator(db)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return tmp_path / "out"
