"""Studio API tests: the real app on a fresh SQLite database per test, two creators with their own copy of
the demo catalog (alice and bob), and an anonymous client. No job workers run here unless a test starts
them; jobs are moved along with the store's own functions (tests/web/stand_ins.py)."""

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from service.accounts import add_user
from service.workers import WorkerSettings
from store.accounts import find_account
from store.db import dispose_engines, make_engine
from store.migrate import migrate_to_head
from store.models import User
from tests.providers import PROVIDER_KEYS
from web.app import create_app
from web.settings import StudioSettings

PASSWORD = "correct horse battery"
ALICE, BOB = "alice@example.com", "bob@example.com"


@pytest.fixture(scope="session")
def _studio_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with both creators and their catalogs, made once (Argon2 and the demo seed are slow)."""
    path = tmp_path_factory.mktemp("studio-template") / "store.db"
    url = f"sqlite:///{path}"
    migrate_to_head(url)
    engine = make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        add_user(session, ALICE, PASSWORD, plan="creator", demo_store=True)
        add_user(session, BOB, PASSWORD, demo_store=True)
    engine.dispose()
    return path


@dataclass
class Studio:
    db: Session
    data_dir: Path
    url: str

    def user(self, email: str) -> User:

        found = find_account(self.db, email)
        assert found is not None
        return found

    def client(self, settings: StudioSettings | None = None) -> TestClient:
        app = create_app(settings or StudioSettings(workers=WorkerSettings(count=0), sse_poll_s=0.05))
        return TestClient(app, base_url="http://127.0.0.1")


def log_in(client: TestClient, email: str) -> str:
    """Logs `client` in (it keeps the cookie) and returns the CSRF token."""
    response = client.post("/api/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    csrf: str = response.json()["csrf_token"]
    client.headers["X-CSRF-Token"] = csrf
    return csrf


@pytest.fixture
def studio(_studio_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Studio]:
    database = tmp_path / "store.db"
    shutil.copyfile(_studio_template, database)
    url = f"sqlite:///{database}"
    monkeypatch.setenv("PPR_VIDEO_DATABASE_URL", url)
    monkeypatch.setenv("PPR_VIDEO_DATA_DIR", str(tmp_path / "data"))
    for key in PROVIDER_KEYS:
        monkeypatch.delenv(key, raising=False)
    engine = make_engine(url)
    with Session(engine, expire_on_commit=False) as session:
        yield Studio(session, tmp_path / "data", url)
    engine.dispose()
    dispose_engines()


@pytest.fixture
def anonymous(studio: Studio) -> Iterator[TestClient]:
    with studio.client() as client:
        yield client


@pytest.fixture
def alice(studio: Studio) -> Iterator[TestClient]:
    with studio.client() as client:
        log_in(client, ALICE)
        yield client


@pytest.fixture
def bob(studio: Studio) -> Iterator[TestClient]:
    with studio.client() as client:
        log_in(client, BOB)
        yield client
