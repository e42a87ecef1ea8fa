"""StillChecker: one warm Chromium showing the preview page; checks the frames of a composition on it."""

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import numpy as np
from PIL import Image as PILImage
from playwright.async_api import Browser, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError

from video.stills.analysis import analyse_frame, decode_png, merge_repeats
from video.stills.browser import CHROMIUM, launch_chromium
from video.stills.contact_sheet import make_thumbnail, write_contact_sheet
from video.stills.context import FrameContext
from video.stills.dom import FrameReport
from video.stills.frames import (
    SceneSpan,
    frame_crashed_message,
    frame_timeout_message,
    pick_frames,
    scene_at,
    scene_spans,
)
from video.stills.frames import frame_timeout_s as frame_timeout_from_env
from video.stills.model_preview import write_model_preview
from video.stills.models import AbortedFrame, CheckedFrame, FrameFingerprints, LayoutIssue, StillsReport
from video.stills.page_checks import aborted_frame_issue
from video.stills.preview_build import ensure_preview_built
from video.stills.preview_page import PreviewPage
from video.stills.rules import DEFAULT_RULES, CheckRules
from video.stills.static_server import StaticServer

_CLOSE_TIMEOUT_S = 5.0
# Fingerprints cost about 2 ms a frame at 1080x1920 plus a reload per chunk: generous for a slow machine.
_FINGERPRINT_BASE_TIMEOUT_S = 30.0
_FINGERPRINT_FRAME_TIMEOUT_S = 0.05
_FIRST_PAGE_SIZE = (1080, 1920)
# A renderer that uses more of a core than this over the sample after its page was closed is still running
# the code that hung: the browser is replaced.
_SPIN_SAMPLE_S = 0.4
_SPIN_SHARE = 0.6
_RESPONSIVE_POLL_S = 1.0
_T = TypeVar("_T")


def _process_frame(
    ctx: FrameContext,
    report: FrameReport,
    png: bytes,
    failed_images: dict[str, str],
    blocked: dict[str, str],
    preview: Path,
) -> tuple[list[LayoutIssue], PILImage.Image]:
    """Runs in a worker thread while the browser captures the next frame: the checks, the thumbnail for the
    contact sheet and the model's preview."""
    picture = decode_png(png)
    issues = analyse_frame(ctx, report, np.asarray(picture, dtype=np.uint8), failed_images, blocked)
    write_model_preview(picture, preview)
    return issues, make_thumbnail(picture)


def video_props(js: str, props: Mapping[str, Any]) -> dict[str, Any]:
    """DynamicVideo's props: the caller's props with the compiled code; ValueError naming a bad field."""
    merged = {"script": None, "facts": None, "images": [], **props, "code": js}
    for name in ("width", "height", "durationInFrames"):
        value = merged.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ValueError(f"props.{name} must be a positive whole number, got {value!r}")
    return merged


def preview_request(
    composition: str, props: Mapping[str, Any], width: int, height: int, duration_in_frames: int
) -> dict[str, Any]:
    """What the preview page's load() takes (remotion/preview/compositions.ts, PreviewLoad)."""
    return {
        "composition": composition,
        "inputProps": dict(props),
        "width": width,
        "height": height,
        "durationInFrames": duration_in_frames,
    }


@dataclass
class _Capture:
    frames: list[CheckedFrame] = field(default_factory=list)
    work: list[asyncio.Future[tuple[list[LayoutIssue], PILImage.Image]]] = field(default_factory=list)
    issues: list[LayoutIssue] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    aborted: AbortedFrame | None = None


class StillChecker:
    """Keeps Chromium and the preview page warm across checks; one check runs at a time.

    Use as `async with StillChecker() as checker: report = await checker.check(...)`.
    """

    def __init__(
        self,
        *,
        chromium: Path = CHROMIUM,
        rules: CheckRules = DEFAULT_RULES,
        frame_timeout_s: float | None = None,
        image_timeout_s: float = 3.0,
    ) -> None:
        """`frame_timeout_s`: how long a frame may take to settle (default: the watchdog's limit, 10 s)."""
        self.rules = rules
        self._chromium = chromium
        self._frame_timeout_s = frame_timeout_s if frame_timeout_s is not None else frame_timeout_from_env()
        self._image_timeout_s = image_timeout_s
        self._server: StaticServer | None = None
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._page: PreviewPage | None = None
        self._lock = asyncio.Lock()
        # How the checker got out of frames that hung or crashed: closing their tab, or replacing Chromium.
        self.recoveries = {"tabs": 0, "browsers": 0}

    async def start(self) -> "StillChecker":
        if self._browser is None:
            try:
                preview = await asyncio.to_thread(ensure_preview_built)
                self._server = StaticServer(preview).start()
                self._playwright = await async_playwright().start()
                self._browser = await launch_chromium(self._playwright, self._chromium)
                # Opening the tab and parsing the page script is most of a cold check: done before the first.
                await self._page_for(*_FIRST_PAGE_SIZE)
            except BaseException:
                await self.close()
                raise
        return self

    async def close(self) -> None:
        await self._discard_page()
        if self._browser is not None:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await asyncio.wait_for(self._browser.close(), _CLOSE_TIMEOUT_S)
        if self._playwright is not None:
            await self._playwright.stop()
        if self._server is not None:
            self._server.stop()
        self._browser = self._playwright = self._server = None

    async def __aenter__(self) -> "StillChecker":
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()

    async def _page_for(self, width: int, height: int) -> PreviewPage:
        if self._browser is None or self._server is None:
            raise RuntimeError("the still checker is not started: use `async with StillChecker()`")
        if not self._browser.is_connected():
            assert self._playwright is not None
            self._page = None
            self._browser = await launch_chromium(self._playwright, self._chromium)
        if self._page is None:
            self._page = await PreviewPage.open(self._browser, self._server.origin, width, height)
        else:
            await self._page.resize(width, height)
        return self._page

    async def _discard_page(self) -> None:
        """Closes a tab that hung or crashed (an endless loop in the code); the next check opens another.

        Closing the tab's context ends its renderer process even while its main thread is stuck (the browser
        process does it). Should the tab not close, or a renderer still burn a core afterwards, the browser is
        closed too and the next check launches a new one."""
        page, self._page = self._page, None
        if page is None:
            return
        try:
            await asyncio.wait_for(page.close(), _CLOSE_TIMEOUT_S)
            if not await self._renderer_spinning():
                self.recoveries["tabs"] += 1
                return
        except (PlaywrightError, TimeoutError):
            pass
        self.recoveries["browsers"] += 1
        if self._browser is not None:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await asyncio.wait_for(self._browser.close(), _CLOSE_TIMEOUT_S)

    async def _renderer_spinning(self) -> bool:
        """True if a renderer process of the browser still uses most of a core (or the browser cannot say)."""
        if self._browser is None or not self._browser.is_connected():
            return True
        try:
            session = await self._browser.new_browser_cdp_session()
            try:
                before = await session.send("SystemInfo.getProcessInfo")
                await asyncio.sleep(_SPIN_SAMPLE_S)
                after = await session.send("SystemInfo.getProcessInfo")
            finally:
                await session.detach()
        except PlaywrightError:
            return True
        cpu = {item["id"]: item["cpuTime"] for item in before["processInfo"] if item["type"] == "renderer"}
        return any(
            item["cpuTime"] - cpu.get(item["id"], item["cpuTime"]) > _SPIN_SHARE * _SPIN_SAMPLE_S
            for item in after["processInfo"]
            if item["type"] == "renderer"
        )

    async def check(
        self,
        *,
        js: str,
        props: Mapping[str, Any],
        frames: Sequence[int] | None = None,
        out_dir: Path,
        allowed_origins: Sequence[str] = (),
    ) -> StillsReport:
        """Captures and checks frames of the compiled composition `js` run by DynamicVideo with `props`.

        `props` are DynamicVideoProps without `code` (script, facts, images, durationInFrames, width, height).
        `frames` defaults to pick_frames() for the script. Images may come only from `allowed_origins`
        (loopback origins such as the asset server's). PNGs and the contact sheet are written to `out_dir`.
        """
        video = video_props(js, props)
        return await self.check_composition(
            "DynamicVideo",
            video,
            width=video["width"],
            height=video["height"],
            duration_in_frames=video["durationInFrames"],
            frames=frames,
            out_dir=out_dir,
            allowed_origins=allowed_origins,
        )

    async def check_composition(
        self,
        composition: str,
        props: Mapping[str, Any],
        *,
        width: int,
        height: int,
        duration_in_frames: int,
        frames: Sequence[int] | None = None,
        out_dir: Path,
        allowed_origins: Sequence[str] = (),
    ) -> StillsReport:
        """Like check(), for any composition the preview page knows: "DynamicVideo" or a template
        ("CoursePromoTemplate", "FeatureExplainerTemplate", "ProductLaunchTemplate") with its own props."""
        started = time.perf_counter()
        spans = scene_spans(props.get("script"))
        chosen = sorted(set(frames)) if frames else pick_frames(duration_in_frames, spans)
        outside = [frame for frame in chosen if not 0 <= frame < duration_in_frames]
        if outside:
            raise ValueError(f"frames {outside} are outside the video (0 to {duration_in_frames - 1})")
        request = preview_request(composition, props, width, height, duration_in_frames)
        await asyncio.to_thread(out_dir.mkdir, parents=True, exist_ok=True)
        async with self._lock:
            capture = await self._capture(request, chosen, spans, out_dir, allowed_origins)
        analysing = time.perf_counter()
        issues = list(capture.issues)
        thumbnails: list[tuple[CheckedFrame, PILImage.Image]] = []
        for frame, (found, thumbnail) in zip(
            capture.frames, await asyncio.gather(*capture.work), strict=True
        ):
            issues.extend(found)
            thumbnails.append((frame, thumbnail))
        issues = merge_repeats(issues)
        timings = capture.timings | {"analysis_wait_s": time.perf_counter() - analysing}
        sheet_started = time.perf_counter()
        sheet = await asyncio.to_thread(
            write_contact_sheet, thumbnails, issues, (width, height), out_dir / "contact-sheet.png"
        )
        timings["contact_sheet_s"] = time.perf_counter() - sheet_started
        timings["total_s"] = time.perf_counter() - started
        return StillsReport(
            width=width,
            height=height,
            issues=issues,
            frames=capture.frames,
            contact_sheet=sheet,
            timings={name: round(seconds, 3) for name, seconds in timings.items()},
            aborted=capture.aborted,
        )

    async def fingerprints(
        self,
        composition: str,
        props: Mapping[str, Any],
        *,
        width: int,
        height: int,
        duration_in_frames: int,
        chunk_frames: int,
        allowed_origins: Sequence[str] = (),
    ) -> FrameFingerprints:
        """A hash of each frame of the composition as a render paints it at this size, each chunk of
        `chunk_frames` from a fresh mount (as a render of that chunk alone); the asset origins are left out of
        the hashes (their ports change, the files they serve are named by content). TimeoutError or
        PlaywrightError when the page hangs or fails (a frame that keeps the page busy longer than a frame's
        time limit fails it at once); the tab is then replaced."""
        request = preview_request(composition, props, width, height, duration_in_frames)
        timeout = _FINGERPRINT_BASE_TIMEOUT_S + _FINGERPRINT_FRAME_TIMEOUT_S * duration_in_frames
        async with self._lock:
            page = await self._page_for(width, height)
            await page.allow(allowed_origins)
            try:
                result = await self._while_responsive(
                    page, page.fingerprints(request, chunk_frames, allowed_origins, timeout)
                )
            except (PlaywrightError, TimeoutError):
                await self._discard_page()
                raise
            assert self._browser is not None
            return FrameFingerprints.model_validate({**result, "browser": self._browser.version})

    async def _while_responsive(self, page: PreviewPage, work: Awaitable[_T]) -> _T:
        """Awaits `work` (a long evaluation in `page` that yields between frames) while asking the page a
        trivial question every second: no answer within a frame's time limit means code is stuck in a frame,
        and TimeoutError is raised then rather than when `work` would time out."""
        task = asyncio.ensure_future(work)
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=_RESPONSIVE_POLL_S)
                if done:
                    return task.result()
                await asyncio.wait_for(page.page.evaluate("0"), self._frame_timeout_s)
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, PlaywrightError, TimeoutError):
                    await task

    async def _capture(
        self,
        request: dict[str, Any],
        chosen: list[int],
        spans: Sequence[SceneSpan],
        out_dir: Path,
        allowed_origins: Sequence[str],
    ) -> "_Capture":
        """Seeks and screenshots each frame; a frame's checks run in a thread while the next is captured."""
        width, height = request["width"], request["height"]
        last = request["durationInFrames"] - 1
        capture = _Capture()
        started = time.perf_counter()
        page = await self._page_for(width, height)
        await page.allow(allowed_origins)
        try:
            await page.load(request, self._frame_timeout_s)
        except (PlaywrightError, TimeoutError) as error:
            # Mounting the composition draws its first frame: code that hangs there hangs the load.
            await self._discard_page()
            self._stopped(capture, 0, scene_at(spans, 0), error, "load")
            return capture
        capture.timings["load_s"] = time.perf_counter() - started
        capturing = time.perf_counter()
        for frame in chosen:
            scene = scene_at(spans, frame)
            try:
                raw = await page.settle(
                    frame, timeout=self._frame_timeout_s, image_timeout=self._image_timeout_s
                )
                # An effect of the composition can start looping once the frame has settled.
                png = await asyncio.wait_for(page.screenshot(), self._frame_timeout_s)
            except (PlaywrightError, TimeoutError) as error:
                # A frame that hangs or crashes its tab leaves nothing to trust: next check, new tab.
                await self._discard_page()
                self._stopped(capture, frame, scene, error, "render")
                break
            path = out_dir / f"frame-{frame:05d}.png"
            await asyncio.to_thread(path.write_bytes, png)
            preview = path.with_suffix(".jpg")
            capture.frames.append(CheckedFrame(frame=frame, scene=scene, png=path, preview=preview))
            ctx = FrameContext(
                frame=frame,
                scene=scene,
                width=width,
                height=height,
                rules=self.rules,
                is_first_or_last=frame in (0, last),
            )
            report = FrameReport.model_validate(raw)
            failed, blocked = dict(page.policy.failed_images), dict(page.policy.blocked)
            work = asyncio.to_thread(_process_frame, ctx, report, png, failed, blocked, preview)
            capture.work.append(asyncio.ensure_future(work))
        capture.timings["capture_s"] = time.perf_counter() - capturing
        return capture

    def _stopped(
        self, capture: _Capture, frame: int, scene: str | None, error: BaseException, step: str
    ) -> None:
        """Records why the capture stopped at `frame`: the watchdog's verdict (too slow, or the page crashed)
        or another failure of the page."""
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        if isinstance(error, TimeoutError) or "timed out after" in detail:
            message = frame_timeout_message(frame, self._frame_timeout_s)
            capture.aborted = AbortedFrame(frame=frame, kind="frame_timeout", message=message)
        elif "crash" in detail.lower():
            message = frame_crashed_message(frame)
            capture.aborted = AbortedFrame(frame=frame, kind="frame_crashed", message=message)
        if capture.aborted is not None:
            capture.issues.append(aborted_frame_issue(capture.aborted, scene))
            return
        what = "loading the composition" if step == "load" else f"rendering frame {frame}"
        capture.issues.append(
            LayoutIssue(
                frame=frame,
                scene=scene,
                kind="runtime_error",
                severity="error",
                text=what,
                message=f"{what} failed: {detail}; the remaining frames were not checked",
            )
        )
