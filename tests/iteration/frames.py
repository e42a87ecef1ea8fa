"""What a version's frames show, read from the real preview page in Chromium: the texts on screen (the page's
own frame report) and the pixels (a screenshot), to check a refinement reached the picture."""

import asyncio
import colorsys
import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image
from playwright.async_api import Browser, Playwright, async_playwright
from sqlmodel import Session

from store.models import VideoJob
from video.dynamic_props import published_version
from video.services import Services
from video.stills.browser import launch_chromium
from video.stills.checker import preview_request, video_props
from video.stills.dom import FrameReport, TextElement
from video.stills.preview_build import ensure_preview_built
from video.stills.preview_page import PreviewPage
from video.stills.static_server import StaticServer
from video.validation import validate_composition

TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Frame:
    report: FrameReport
    png: bytes

    def texts(self, min_opacity: float = 0.5) -> list[TextElement]:
        return [text for text in self.report.texts if text.opacity >= min_opacity and text.text.strip()]

    def text(self) -> str:
        """Everything readable on the frame, in one string."""
        return " ".join(element.text for element in self.texts())

    def hue_shares(self) -> dict[str, float]:
        """Of the frame's vivid pixels (text, buttons, glows): the share that is blue and that is warm."""
        pixels = np.asarray(Image.open(io.BytesIO(self.png)).convert("RGB"), dtype=np.float32) / 255
        hsv = np.array([colorsys.rgb_to_hsv(*pixel) for pixel in pixels.reshape(-1, 3)[::7]])
        vivid = hsv[(hsv[:, 1] > 0.45) & (hsv[:, 2] > 0.45)]
        if len(vivid) == 0:
            return {"blue": 0.0, "warm": 0.0}
        degrees = vivid[:, 0] * 360
        return {
            "blue": float(np.mean((degrees >= 180) & (degrees <= 260))),
            "warm": float(np.mean((degrees <= 60) | (degrees >= 330))),
        }


async def version_input(services: Services, session: Session, job: VideoJob) -> tuple[str, dict[str, Any]]:
    """The compiled code and DynamicVideo props of a finished version, from the files it published."""
    assert job.out_dir is not None
    tsx, script, props = published_version(session, job, services.asset_server)
    result = await validate_composition(services.engine, tsx, script)
    assert result.ok and result.js is not None, result.errors
    return result.js, props


class FrameReader:
    """One Chromium with the preview page, kept for the whole test folder."""

    def __init__(self) -> None:
        self._server: StaticServer | None = None
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None

    async def start(self) -> "FrameReader":
        self._server = StaticServer(await asyncio.to_thread(ensure_preview_built)).start()
        self._playwright = await async_playwright().start()
        self._browser = await launch_chromium(self._playwright)
        return self

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()
        if self._server is not None:
            self._server.stop()

    async def read(
        self, js: str, props: Mapping[str, Any], frames: list[int], allowed_origins: list[str]
    ) -> dict[int, Frame]:
        assert self._browser is not None and self._server is not None
        video = video_props(js, props)
        page = await PreviewPage.open(self._browser, self._server.origin, video["width"], video["height"])
        try:
            await page.allow(allowed_origins)
            request = preview_request(
                "DynamicVideo", video, video["width"], video["height"], video["durationInFrames"]
            )
            await page.load(request, TIMEOUT_S)
            seen = {}
            for frame in frames:
                raw = await page.settle(frame, timeout=TIMEOUT_S, image_timeout=5.0)
                seen[frame] = Frame(FrameReport.model_validate(raw), await page.screenshot())
            return seen
        finally:
            await page.close()
