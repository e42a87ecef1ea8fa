"""The Studio's pages in a real browser: Debian's Chromium (never a downloaded one) driven by Playwright,
against a real uvicorn on 127.0.0.1 with one in-process worker, the offline director and small renders. One
server and one database per module (making a video is the slow part); alice and bob have the demo catalog.

Screenshots go to out/screenshots/ (PPR_SCREENSHOTS overrides it), for a reviewer to look at."""

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Playwright, sync_playwright
from sqlmodel import Session

from agent.deps import RunSettings
from service.accounts import add_user
from service.workers import WorkerSettings
from store.db import dispose_engines, make_engine
from store.migrate import migrate_to_head
from tests.providers import PROVIDER_KEYS
from tests.web.live_server import serve
from web.routes.pages import UI_DIST
from web.settings import StudioSettings

PASSWORD = "correct horse battery"
ALICE, BOB = "alice@example.com", "bob@example.com"
CHROMIUM = Path(os.environ.get("PPR_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(
    os.environ.get("PPR_SCREENSHOTS", Path(__file__).resolve().parents[2] / "out" / "screenshots")
)
SMALL = RunSettings(render_scale=0.25, x264_preset="ultrafast")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


@dataclass
class LiveStudio:
    origin: str
    db: Session
    data_dir: Path


@pytest.fixture(scope="module")
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStudio]:
    """The module's `WORKERS` (default 1) in-process workers run its jobs; 0 leaves them to the test."""
    if not (UI_DIST / "app.js").is_file():
        pytest.fail(
            "web/ui/dist is missing: run scripts/setup.sh (it bundles the Studio's pages)", pytrace=False
        )
    folder = tmp_path_factory.mktemp("studio-ui")
    url = f"sqlite:///{folder / 'store.db'}"
    migrate_to_head(url)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PPR_VIDEO_DATABASE_URL", url)
        env.setenv("PPR_VIDEO_DATA_DIR", str(folder / "data"))
        for key in PROVIDER_KEYS:
            env.delenv(key, raising=False)
        engine = make_engine(url)
        with Session(engine, expire_on_commit=False) as session:
            add_user(session, ALICE, PASSWORD, plan="creator", demo_store=True)
            add_user(session, BOB, PASSWORD, demo_store=True)
            settings = StudioSettings(
                workers=WorkerSettings(
                    count=getattr(request.module, "WORKERS", 1), model="offline", run=SMALL, poll_s=0.2
                ),
                sse_poll_s=0.1,
            )
            with serve(settings) as origin:
                yield LiveStudio(origin, session, folder / "data")
        engine.dispose()
        dispose_engines()


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium package (scripts/setup.sh)", pytrace=False
        )
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@dataclass
class Console:
    """What the page and its frames logged as errors, and uncaught exceptions."""

    errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Page:
        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                self.errors.append(f"{message.text} ({message.location.get('url', '')})")
                print("console error:", self.errors[-1])

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        return page


def new_context(browser: Browser, origin: str, **options: object) -> BrowserContext:
    context = browser.new_context(base_url=origin, **options)  # type: ignore[arg-type]
    context.set_default_timeout(20_000)
    return context


def log_in(page: Page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Describe the video you want to create").wait_for()


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def fresh_screenshots() -> None:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
