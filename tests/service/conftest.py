"""Video service tests share one world: a migrated SQLite file with the demo catalog and a data folder, in the
environment, so the CLI, the service and worker processes started here all use them."""

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session

from store.db import dispose_engines, make_engine
from store.demo.seed import seed_demo_catalog
from store.models import User
from store.users import local_creator
from tests.providers import PROVIDER_KEYS


@dataclass
class World:
    db: Session
    creator: User
    data_dir: Path
    database_url: str

    def environment(self) -> dict[str, str]:
        """The environment of a separate process (a worker) that uses this world."""
        env = {key: value for key, value in os.environ.items() if key not in PROVIDER_KEYS}
        return env | {"PPR_VIDEO_DATABASE_URL": self.database_url, "PPR_VIDEO_DATA_DIR": str(self.data_dir)}


@pytest.fixture(scope="package")
def world(_migrated_sqlite_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("service")
    database = root / "store.db"
    shutil.copyfile(_migrated_sqlite_file, database)
    url = f"sqlite:///{database}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PPR_VIDEO_DATABASE_URL", url)
        patch.setenv("PPR_VIDEO_DATA_DIR", str(root / "data"))
        for key in PROVIDER_KEYS:
            patch.delenv(key, raising=False)
        engine = make_engine(url)
        with Session(engine, expire_on_commit=False) as session:
            seed_demo_catalog(session)
            yield World(session, local_creator(session), root / "data", url)
        engine.dispose()
    dispose_engines()
