"""The runner's still checker lives in a child process: it reports what the checker reports in-process, raises
the same errors, reaches this process's asset servers, and recovers from a crash or a cancelled check."""

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PIL import Image
from playwright.async_api import Error as PlaywrightError

from tests.engine.test_render_priority import chromium_of as chromium_below
from tests.stills.conftest import compile_fixture, fixture_props
from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.static_server import StaticServer
from video.stills_service import StillsService


@pytest_asyncio.fixture(scope="module")
async def shared() -> AsyncIterator[StillsService]:
    """One warm child for the tests that leave it running."""
    stills = StillsService()
    try:
        yield stills
    finally:
        await stills.close()


@pytest_asyncio.fixture
async def service() -> AsyncIterator[StillsService]:
    """A child of its own, for a test that kills or closes it."""
    stills = StillsService()
    try:
        yield stills
    finally:
        await stills.close()


def chromium_of(pid: int | None) -> list[int]:
    assert pid is not None
    return chromium_below(pid)


async def ended(pids: list[int], within_s: float = 15.0) -> list[int]:
    """The processes among `pids` still running after `within_s` seconds."""
    for _ in range(int(within_s / 0.1)):
        running = [pid for pid in pids if running_process(pid)]
        if not running:
            return []
        await asyncio.sleep(0.1)
    return running


def running_process(pid: int) -> bool:
    """False once the process has ended, zombies included."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


async def test_a_check_in_the_child_reports_what_the_checker_reports_in_process(
    engine: EngineClient,
    checker: StillChecker,
    shared: StillsService,
    fixture_server: StaticServer,
    tmp_path: Path,
) -> None:
    js = await compile_fixture(engine, "broken_image")
    missing = f"{fixture_server.origin}/missing.png"
    props = fixture_props(images=[missing])
    origins = [fixture_server.origin]
    remote = await shared.check(
        js=js, props=props, frames=[0, 45], out_dir=tmp_path / "child", allowed_origins=origins
    )
    local = await checker.check(
        js=js, props=props, frames=[0, 45], out_dir=tmp_path / "here", allowed_origins=origins
    )
    assert [issue.kind for issue in remote.issues] == ["broken_image"]
    assert remote.issues == local.issues
    assert [frame.frame for frame in remote.frames] == [0, 45]
    assert all(frame.png.is_file() for frame in remote.frames)
    for frame in remote.frames:
        assert frame.preview is not None
        with Image.open(frame.preview) as preview:
            assert (preview.format, preview.size) == ("JPEG", (360, 640)), "540x960 fitted into 360x720"
    assert remote.contact_sheet is not None and remote.contact_sheet.is_file()
    assert shared.pid not in (None, os.getpid())
    assert chromium_of(shared.pid), "the child runs the browser"


async def test_the_child_answers_for_the_asset_servers_of_this_process(
    engine: EngineClient, shared: StillsService, fixture_server: StaticServer, tmp_path: Path
) -> None:
    """The sealed browser's requests are answered from the folder a server of this process serves, although
    that server lives here and the browser's routing runs in the child."""
    js = await compile_fixture(engine, "broken_image")
    cover = f"{fixture_server.origin}/cover.png"
    report = await shared.check(
        js=js,
        props=fixture_props(images=[cover]),
        frames=[45],
        out_dir=tmp_path,
        allowed_origins=[fixture_server.origin],
    )
    assert report.issues == []


async def test_bad_props_raise_a_value_error_naming_the_field(
    engine: EngineClient, shared: StillsService, tmp_path: Path
) -> None:
    js = await compile_fixture(engine, "clean")
    starts = shared.starts
    with pytest.raises(ValueError, match=r"^props\.width must be a positive whole number, got 0$"):
        await shared.check(js=js, props={**fixture_props(), "width": 0}, out_dir=tmp_path, allowed_origins=[])
    with pytest.raises(ValueError, match=r"frames \[500\] are outside the video"):
        await shared.check(js=js, props=fixture_props(), frames=[500], out_dir=tmp_path, allowed_origins=[])
    assert shared.starts == max(starts, 1), "a refused check leaves the child running"


async def test_a_killed_child_fails_its_check_leaves_no_browser_and_the_next_check_starts_another(
    engine: EngineClient, service: StillsService, tmp_path: Path
) -> None:
    js = await compile_fixture(engine, "clean")
    await service.check(js=js, props=fixture_props(), frames=[0], out_dir=tmp_path / "a", allowed_origins=[])
    first, browser = service.pid, chromium_of(service.pid)
    assert first is not None and browser
    frames = list(range(0, 90, 2))
    check = asyncio.ensure_future(
        service.check(js=js, props=fixture_props(), frames=frames, out_dir=tmp_path / "b", allowed_origins=[])
    )
    await asyncio.sleep(0.3)
    os.kill(first, signal.SIGKILL)
    with pytest.raises(PlaywrightError, match=r"^the still checker stopped unexpectedly \(exit code -9\)"):
        await check
    assert await ended(browser) == [], "the dead child's Chromium is gone"
    report = await service.check(
        js=js, props=fixture_props(), frames=[0], out_dir=tmp_path / "c", allowed_origins=[]
    )
    assert report.issues == [] and len(report.frames) == 1
    assert service.starts == 2 and service.pid not in (None, first)


async def test_a_cancelled_check_stops_in_the_child_which_stays_warm(
    engine: EngineClient, shared: StillsService, tmp_path: Path
) -> None:
    js = await compile_fixture(engine, "clean")
    await shared.check(js=js, props=fixture_props(), frames=[0], out_dir=tmp_path / "a", allowed_origins=[])
    child, starts = shared.pid, shared.starts
    frames = list(range(90))
    check = asyncio.ensure_future(
        shared.check(js=js, props=fixture_props(), frames=frames, out_dir=tmp_path / "b", allowed_origins=[])
    )
    await asyncio.sleep(0.5)
    check.cancel()
    with pytest.raises(asyncio.CancelledError):
        await check
    await asyncio.sleep(0.5)
    written = len(list((tmp_path / "b").glob("frame-*.png")))
    assert 0 < written < len(frames), "the child had started the check and stopped it"
    await asyncio.sleep(0.5)
    assert len(list((tmp_path / "b").glob("frame-*.png"))) == written, "no frame is captured after the cancel"
    report = await shared.check(
        js=js, props=fixture_props(), frames=[0, 45], out_dir=tmp_path / "c", allowed_origins=[]
    )
    assert report.issues == [] and len(report.frames) == 2
    assert (shared.starts, shared.pid) == (starts, child)


async def test_closing_ends_the_child_and_its_browser(
    engine: EngineClient, service: StillsService, tmp_path: Path
) -> None:
    js = await compile_fixture(engine, "clean")
    await service.check(js=js, props=fixture_props(), frames=[0], out_dir=tmp_path, allowed_origins=[])
    child, browser = service.pid, chromium_of(service.pid)
    assert child is not None and browser
    await service.close()
    assert service.pid is None
    assert await ended([child, *browser]) == []
