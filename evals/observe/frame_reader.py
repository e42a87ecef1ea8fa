"""One Chromium with the still checker's preview page: lays out chosen frames of a composition and returns
each frame's report (DOM texts, images, errors) and screenshot, as the still checker captures them."""

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from playwright.async_api import Browser, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError

from video.stills.browser import launch_chromium
from video.stills.checker import preview_request
from video.stills.dom import FrameReport
from video.stills.models import LayoutIssue
from video.stills.preview_build import ensure_preview_built
from video.stills.preview_page import PreviewPage
from video.stills.static_server import StaticServer

FRAME_TIMEOUT_S = 20.0
IMAGE_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class LaidOutFrame:
    frame: int
    report: FrameReport
    png: bytes
    failed_images: dict[str, str]
    blocked: dict[str, str]


@dataclass
class FrameRead:
    frames: list[LaidOutFrame]
    failure: LayoutIssue | None = None


class FrameReader:
    """Use as `async with FrameReader() as reader`; each read opens a fresh tab (one read at a time)."""

    def __init__(self) -> None:
        self._server: StaticServer | None = None
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> "FrameReader":
        try:
            self._server = StaticServer(await asyncio.to_thread(ensure_preview_built)).start()
            self._playwright = await async_playwright().start()
            self._browser = await launch_chromium(self._playwright)
        except BaseException:
            await self.__aexit__()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()
        if self._server is not None:
            self._server.stop()
        self._browser = self._playwright = self._server = None

    async def read(
        self,
        composition: str,
        props: Mapping[str, Any],
        *,
        width: int,
        height: int,
        duration_in_frames: int,
        frames: Sequence[int],
        allowed_origins: Sequence[str],
    ) -> FrameRead:
        """The frames in order; a frame that hangs or throws ends the read with a runtime_error issue."""
        assert self._browser is not None and self._server is not None, "use `async with FrameReader()`"
        request = preview_request(composition, props, width, height, duration_in_frames)
        async with self._lock:
            page = await PreviewPage.open(self._browser, self._server.origin, width, height)
            try:
                await page.allow(allowed_origins)
                return await self._read(page, request, frames)
            finally:
                await page.close()

    async def _read(self, page: PreviewPage, request: dict[str, Any], frames: Sequence[int]) -> FrameRead:
        read = FrameRead(frames=[])
        try:
            await page.load(request, FRAME_TIMEOUT_S)
        except (PlaywrightError, TimeoutError) as error:
            read.failure = _failure(frames[0] if frames else 0, error, "loading the composition")
            return read
        for frame in frames:
            try:
                raw = await page.settle(frame, timeout=FRAME_TIMEOUT_S, image_timeout=IMAGE_TIMEOUT_S)
                png = await page.screenshot()
            except (PlaywrightError, TimeoutError) as error:
                read.failure = _failure(frame, error, f"rendering frame {frame}")
                return read
            read.frames.append(
                LaidOutFrame(
                    frame=frame,
                    report=FrameReport.model_validate(raw),
                    png=png,
                    failed_images=dict(page.policy.failed_images),
                    blocked=dict(page.policy.blocked),
                )
            )
        return read


def _failure(frame: int, error: BaseException, what: str) -> LayoutIssue:
    detail = "timed out" if isinstance(error, TimeoutError) else (str(error).splitlines() or ["failed"])[0]
    return LayoutIssue(
        frame=frame,
        kind="runtime_error",
        severity="error",
        text=what,
        message=f"{what} failed: {detail}; the remaining frames were not read",
    )
