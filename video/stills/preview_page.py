"""One tab of the preview page: loads a composition's props, seeks to frames, captures them."""

import asyncio
import base64
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from playwright.async_api import Browser, BrowserContext, CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from video.seal import current_seal
from video.stills.browser import NetworkPolicy, is_sealed

_LOAD = "request => window.pprPreview.load(request)"
_FRAME = "([frame, options]) => window.pprPreview.frame(frame, options)"
_FINGERPRINTS = "([request, chunk, origins]) => window.pprPreview.fingerprints(request, chunk, origins)"
_READY = "() => window.pprPreview !== undefined && window.pprPreview.state !== 'booting'"
# The composition that runs generated code: only a browser inside the network seal may show it.
GENERATED_CODE_COMPOSITION = "DynamicVideo"


@dataclass
class PreviewPage:
    context: BrowserContext
    page: Page
    cdp: CDPSession
    policy: NetworkPolicy
    width: int
    height: int
    sealed: bool = False

    @classmethod
    async def open(cls, browser: Browser, preview_origin: str, width: int, height: int) -> "PreviewPage":
        context = await browser.new_context(
            viewport={"width": width, "height": height}, device_scale_factor=1, service_workers="block"
        )
        page = await context.new_page()
        policy = NetworkPolicy(preview_origin)
        await policy.attach(page)
        await page.goto(f"{preview_origin}/index.html")
        await page.wait_for_function(_READY)
        cdp = await context.new_cdp_session(page)
        return cls(
            context=context,
            page=page,
            cdp=cdp,
            policy=policy,
            width=width,
            height=height,
            sealed=is_sealed(browser),
        )

    def _refuse_unsealed(self, request: dict[str, Any]) -> None:
        """Generated code never runs in a browser outside the seal (PlaywrightError: the checker reports the
        frames as not shown)."""
        if request.get("composition") == GENERATED_CODE_COMPOSITION and not self.sealed:
            seal = current_seal()
            why = seal.describe() if not seal.ok else "this browser was started outside the network seal"
            raise PlaywrightError(f"generated code is not run: {why}")

    async def allow(self, origins: Sequence[str]) -> None:
        """Sets the allowed asset origins. When they change the page reloads: images it already holds would
        otherwise still show (routing turns off the HTTP cache, not the document's own image cache)."""
        if self.policy.allow(origins):
            await self.page.reload()
            await self.page.wait_for_function(_READY)
        self.policy.reset_records()

    async def resize(self, width: int, height: int) -> None:
        if (width, height) != (self.width, self.height):
            await self.page.set_viewport_size({"width": width, "height": height})
            self.width, self.height = width, height

    async def load(self, request: dict[str, Any], timeout: float) -> None:
        """Shows `request["composition"]` with `request["inputProps"]` at the request's size and duration."""
        self._refuse_unsealed(request)
        await asyncio.wait_for(self.page.evaluate(_LOAD, request), timeout)

    async def settle(self, frame: int, *, timeout: float, image_timeout: float) -> dict[str, Any]:
        """Seeks to `frame` and returns the page's report once it is settled and nothing is loading."""
        options = {"frameTimeoutMs": int(timeout * 1000 * 0.8), "imageTimeoutMs": int(image_timeout * 1000)}
        report: dict[str, Any] = await asyncio.wait_for(self.page.evaluate(_FRAME, [frame, options]), timeout)
        if self.policy.busy:
            # Requests the page does not wait for itself (CSS backgrounds): let them land, then look again.
            await self.policy.wait_idle(image_timeout)
            again: dict[str, Any] = await asyncio.wait_for(
                self.page.evaluate(_FRAME, [frame, options]), timeout
            )
            again["errors"] = report["errors"] + again["errors"]
            report = again
        return report

    async def fingerprints(
        self, request: dict[str, Any], chunk_frames: int, asset_origins: Sequence[str], timeout: float
    ) -> dict[str, Any]:
        """A hash of every frame of the composition, each chunk of `chunk_frames` freshly mounted, with the
        asset origins left out."""
        self._refuse_unsealed(request)
        result: dict[str, Any] = await asyncio.wait_for(
            self.page.evaluate(_FINGERPRINTS, [request, chunk_frames, list(asset_origins)]), timeout
        )
        return result

    async def screenshot(self) -> bytes:
        """The viewport as PNG, through CDP with Chromium's fast PNG encoder."""
        result = await self.cdp.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
        return base64.b64decode(result["data"])

    async def close(self) -> None:
        await self.context.close()
