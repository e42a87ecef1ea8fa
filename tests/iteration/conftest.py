"""Iteration tests share one world: a database with the demo catalog, the services, one parent video made by
the offline director, and a browser that reads frames. Each iteration branches from that parent (or from one
of its versions), so the folder renders the parent once."""

import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio
from sqlmodel import Session

from agent.models import ModelChoice, resolve_model
from agent.runner import JobOutcome, JobRunner
from store.db import dispose_engines, make_engine
from store.demo.seed import seed_demo_catalog
from store.jobs import generate, iterate
from store.models import User, VideoJob
from store.requests import video_request
from store.users import local_creator
from tests.agent.conftest import TEST_SETTINGS
from tests.iteration.frames import Frame, FrameReader, version_input
from tests.providers import PROVIDER_KEYS
from video.services import Services


@dataclass
class Studio:
    db: Session
    creator: User
    services: Services
    data_dir: Path
    database_url: str
    frames: FrameReader

    def runner(self, job: VideoJob, model: ModelChoice | None = None) -> JobRunner:
        return JobRunner(
            self.services,
            model=model or resolve_model("offline"),
            settings=TEST_SETTINGS,
            out_dir=self.data_dir / "videos" / f"job-{job.id}",
        )

    async def iterate(self, parent: VideoJob, feedback: str, model: ModelChoice | None = None) -> JobOutcome:
        assert parent.id is not None
        job = iterate(self.db, self.creator, parent.id, feedback)
        return await self.runner(job, model).run(self.db, self.creator, job)

    async def read_frames(self, job: VideoJob, frames: list[int]) -> dict[int, Frame]:
        js, props = await version_input(self.services, self.db, job)
        return await self.frames.read(js, props, frames, self.services.allowed_origins)


@pytest.fixture(scope="package")
def studio_env(
    _migrated_sqlite_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    """A migrated SQLite file and a data folder, in the environment for code that opens its own (the CLI)."""
    root = tmp_path_factory.mktemp("iteration")
    database = root / "store.db"
    shutil.copyfile(_migrated_sqlite_file, database)
    url = f"sqlite:///{database}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PPR_VIDEO_DATABASE_URL", url)
        patch.setenv("PPR_VIDEO_DATA_DIR", str(root / "data"))
        for key in PROVIDER_KEYS:
            patch.delenv(key, raising=False)
        yield root / "data", url
    dispose_engines()


@pytest.fixture(scope="package")
def catalog(studio_env: tuple[Path, str]) -> Iterator[Session]:
    """A session on the folder's database, with the demo catalog."""
    engine = make_engine(studio_env[1])
    with Session(engine, expire_on_commit=False) as session:
        seed_demo_catalog(session)
        yield session
    engine.dispose()


@pytest_asyncio.fixture(scope="package")
async def studio(studio_env: tuple[Path, str], catalog: Session) -> AsyncIterator[Studio]:
    data_dir, url = studio_env
    # The same asset folder the CLI's own services use: versions made either way share their assets.
    async with Services.start(asset_root=data_dir / "assets") as services:
        await services.engine.bundle()
        reader = await FrameReader().start()
        try:
            yield Studio(catalog, local_creator(catalog), services, data_dir, url, reader)
        finally:
            await reader.close()


@pytest_asyncio.fixture(scope="package")
async def parent(studio: Studio) -> VideoJob:
    """Version 1: a 15 s hype promo of the saturation course, narrated, 9:16, made by the offline director."""
    request = video_request(course="saturation-secrets", duration=15, aspect="9:16", style="hype", voice=True)
    job = generate(studio.db, studio.creator, request)
    await studio.runner(job).run(studio.db, studio.creator, job)
    assert job.status == "completed" and job.fallback is None, job.notes
    return job


@pytest_asyncio.fixture(scope="package")
async def faster_blue(studio: Studio, parent: VideoJob) -> JobOutcome:
    """Version 2, a code-and-script-only revision of the parent (later versions branch from it too)."""
    feedback = (
        "Make it faster and blue, remove the price, change the CTA to 'Join the course' and add a drum solo"
    )
    return await studio.iterate(parent, feedback)
