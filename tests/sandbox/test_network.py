"""Wall 1: generated code reaches nothing on the network, not even this machine's loopback, from the render
engine (Node and its Chromium) and from the still checker's Chromium. Each test that shows zero requests has a
control outside the seal that shows the same input does reach the canary."""

import asyncio
import contextlib
import os
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, async_playwright
from playwright.async_api import Error as PlaywrightError

from tests.contracts import samples
from tests.engine.props import dynamic_props
from tests.sandbox.conftest import Canary
from video.engine import EngineClient, EngineError
from video.seal import UNSEALED, Seal, current_seal, verify_seal
from video.stills import StillChecker
from video.stills.browser import launch_chromium
from video.stills.checker import preview_request
from video.stills.preview_build import ensure_preview_built
from video.stills.preview_page import PreviewPage
from video.stills.static_server import StaticServer

pytestmark = pytest.mark.render

SMALL = (216, 384)

# Compiled straight to DynamicVideo, never validated: every way a composition loads a URL, all at the canary.
EVERY_CHANNEL = """
import React, { useEffect } from 'react';
import { AbsoluteFill, Audio, Img, OffthreadVideo, Video as Clip } from 'remotion';

const CANARY = ['http://127.0.0.1', '__PORT__'].join(':');

export default function Video() {
  useEffect(() => {
    fetch(`${CANARY}/fetch`).catch(() => undefined);
    new Image().src = `${CANARY}/new-image.png`;
  }, []);
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000', backgroundImage: `url(${CANARY}/css-url.png)` }}>
      <Audio src={`${CANARY}/audio.mp3`} />
      <OffthreadVideo src={`${CANARY}/offthread.mp4`} />
      <Clip src={`${CANARY}/video.mp4`} />
      <Img src={`${CANARY}/img.png`} />
      <img src={`${CANARY}/raw-img.png`} />
    </AbsoluteFill>
  );
}
"""


def net_namespace(pid: int) -> str:
    return os.readlink(f"/proc/{pid}/ns/net")


@pytest.mark.parametrize("method", ["bwrap", "unshare"])
def test_a_process_in_the_seal_sees_only_loopback_and_reaches_nothing(
    method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if method == "unshare":
        monkeypatch.setenv("PPR_BWRAP", "/nonexistent/bwrap")
    seal = current_seal()
    assert seal.method == method, seal
    checked = verify_seal(seal)
    assert checked.ok, checked.problems
    assert checked.seen["interfaces"] == ["lo"]
    assert "refused" in str(checked.seen["host_loopback"]).lower()
    assert "unreachable" in str(checked.seen["outside"]).lower()


async def test_the_engine_runs_in_a_network_of_its_own(sealed_engine: EngineClient) -> None:
    await sealed_engine.request("ping")
    assert sealed_engine.sealed and sealed_engine.pid is not None
    assert net_namespace(sealed_engine.pid) != net_namespace(os.getpid())


async def template_render(engine: EngineClient, canary: Canary, tmp_path: Path) -> EngineError | None:
    """The course template with its scene images and narration at the canary, which the guard of the render
    browser is told to let through: only the seal stands between Remotion's downloads and the canary."""
    props = samples.course(f"{canary.origin}/scene.png", f"{canary.origin}/narration.wav")
    try:
        await engine.render(
            "CoursePromoTemplate",
            tmp_path / "template.mp4",
            input_props=props,
            scale=0.2,
            frame_range=(0, 2),
            x264_preset="ultrafast",
            allowed_origins=[canary.origin],
            timeout=120,
        )
    except EngineError as error:
        return error
    return None


async def test_media_urls_in_props_reach_the_canary_only_outside_the_seal(
    sealed_engine: EngineClient, unsealed_engine: EngineClient, canary: Canary, tmp_path: Path
) -> None:
    error = await template_render(unsealed_engine, canary, tmp_path)
    outside = await canary.settled()
    assert any("narration.wav" in line for line in outside), (
        outside,
        error,
    )  # Node downloaded it: the SSRF

    canary.requests.clear()
    await template_render(sealed_engine, canary, tmp_path)
    assert await canary.settled() == []


async def test_generated_code_reaches_no_canary_when_rendered(
    sealed_engine: EngineClient, canary: Canary, tmp_path: Path
) -> None:
    props = await dynamic_props(sealed_engine, EVERY_CHANNEL.replace("__PORT__", str(canary.port)), seconds=1)
    for attempt in (
        sealed_engine.still(
            "DynamicVideo", tmp_path / "x.png", frame=0, input_props=props, allowed_origins=[canary.origin]
        ),
        sealed_engine.render(
            "DynamicVideo",
            tmp_path / "x.mp4",
            input_props=props,
            frame_range=(0, 3),
            x264_preset="ultrafast",
            allowed_origins=[canary.origin],
            timeout=120,
        ),
    ):
        with contextlib.suppress(EngineError):
            await attempt
    assert await canary.settled(2.0) == []


async def test_generated_code_reaches_no_canary_in_the_still_checks(
    sealed_engine: EngineClient, canary: Canary, tmp_path: Path
) -> None:
    props: dict[str, Any] = await dynamic_props(
        sealed_engine, EVERY_CHANNEL.replace("__PORT__", str(canary.port)), seconds=1
    )
    js = props.pop("code")
    async with StillChecker() as checker:
        await checker.check(
            js=js, props=props, frames=[0, 15], out_dir=tmp_path, allowed_origins=[canary.origin]
        )
    assert await canary.settled(2.0) == []


async def page_fetch(browser: Browser, url: str) -> str:
    """What a page of `browser` gets when it fetches `url` with nothing routed."""
    page = await browser.new_page()
    try:
        result: str = await page.evaluate(
            "url => fetch(url).then(r => `status ${r.status}`, e => `failed: ${e.message}`)", url
        )
        return result
    finally:
        await page.close()


@pytest.mark.parametrize("sealed", [True, False])
async def test_the_still_check_browser_reaches_nothing_itself(
    seal: Seal, canary: Canary, sealed: bool
) -> None:
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright, seal=seal if sealed else UNSEALED)
        try:
            answer = await page_fetch(browser, f"{canary.origin}/from-the-page")
        finally:
            await browser.close()
    received = await canary.settled(0.5)
    if sealed:
        assert answer.startswith("failed") and received == [], (answer, received)
    else:
        assert received == ["GET /from-the-page HTTP/1.1"], (answer, received)  # the control


@pytest.mark.parametrize("sealed", [True, False])
async def test_an_allowed_origin_no_server_here_serves_stays_out_of_reach(
    seal: Seal, canary: Canary, sealed: bool
) -> None:
    """The preview page is routed from its folder; an allowed origin this process does not serve goes to the
    network, where the sealed browser finds nothing."""
    props = samples.course(f"{canary.origin}/scene.png", None)
    with StaticServer(await asyncio.to_thread(ensure_preview_built)) as site:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, seal=seal if sealed else UNSEALED)
            page = await PreviewPage.open(browser, site.origin, *SMALL)
            try:
                await page.allow([canary.origin])
                await page.load(preview_request("CoursePromoTemplate", props, *SMALL, 120), timeout=30)
                await page.settle(10, timeout=30, image_timeout=5)
            finally:
                await page.close()
                await browser.close()
    received = await canary.settled(0.5)
    assert (received == []) == sealed, received


async def test_a_sealed_preview_page_refuses_nothing_it_should_show(seal: Seal) -> None:
    """Routing answers the preview page itself: a sealed browser still shows a template."""
    with StaticServer(await asyncio.to_thread(ensure_preview_built)) as site:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, seal=seal)
            page = await PreviewPage.open(browser, site.origin, *SMALL)
            try:
                await page.load(
                    preview_request("CoursePromoTemplate", samples.course(), *SMALL, 120), timeout=30
                )
                report = await page.settle(10, timeout=30, image_timeout=5)
            finally:
                await page.close()
                await browser.close()
    assert report["errors"] == [] and report["texts"], report


async def test_unsealed_browsers_never_run_generated_code() -> None:
    with StaticServer(await asyncio.to_thread(ensure_preview_built)) as site:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, seal=UNSEALED)
            page = await PreviewPage.open(browser, site.origin, *SMALL)
            try:
                request = preview_request("DynamicVideo", {"code": "module.exports = {}"}, *SMALL, 30)
                with pytest.raises(PlaywrightError, match="generated code is not run"):
                    await page.load(request, timeout=10)
            finally:
                await page.close()
                await browser.close()
