"""The templates take the contract's props and use all of them: seed-shaped props (emphasis lists, every
optional field) render, the narration plays, the scene images show, the end card names the creator's store and
domain, and a field left out stays out (no demo data merged in). Bad props stop the engine before a frame."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pytest_asyncio
from PIL import Image
from playwright.async_api import Browser, async_playwright

from domain.template_props import check_composition_props
from tests.contracts import samples
from tests.contracts.conftest import IMAGE_RGB
from video.engine import EngineClient, EngineError
from video.engine.media import probe
from video.stills.browser import launch_chromium
from video.stills.checker import preview_request
from video.stills.preview_build import ensure_preview_built
from video.stills.preview_page import PreviewPage
from video.stills.static_server import StaticServer

pytestmark = pytest.mark.render

SMALL = (216, 384)


def with_media(template: str, assets: StaticServer) -> dict[str, Any]:
    return samples.TEMPLATES[template](f"{assets.origin}/scene.png", f"{assets.origin}/voice.wav")


def mean_rgb(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("RGB"), dtype=float).mean(axis=(0, 1))


@pytest.mark.parametrize("template", list(samples.TEMPLATES))
async def test_seed_shaped_props_render_with_the_narration(
    engine: EngineClient, assets: StaticServer, template: str, tmp_path: Path
) -> None:
    props = with_media(template, assets)
    check_composition_props(template, props)
    result = await engine.render(
        template,
        tmp_path / "clip.mp4",
        input_props=props,
        scale=0.25,
        frame_range=(0, 5),
        x264_preset="ultrafast",
        allowed_origins=[assets.origin],
    )
    assert result.runtime_errors == []
    assert result.duration_in_frames == 120  # four scenes of one second: the script sets the length
    info = probe(result.path)
    assert (info.frames, info.width, info.height) == (6, 270, 480)
    assert info.has_audio


@pytest.mark.parametrize("template", list(samples.TEMPLATES))
async def test_scene_images_are_shown(
    engine: EngineClient, assets: StaticServer, template: str, tmp_path: Path
) -> None:
    async def still(props: dict[str, Any], name: str) -> np.ndarray:
        result = await engine.still(
            template,
            tmp_path / name,
            frame=10,
            input_props=props,
            size=SMALL,
            allowed_origins=[assets.origin],
        )
        return mean_rgb(result.path)

    plain = await still(samples.TEMPLATES[template](), "plain.png")
    pictured = await still(with_media(template, assets), "pictured.png")
    green = IMAGE_RGB.index(max(IMAGE_RGB))
    assert pictured[green] > plain[green] + 5, (plain, pictured)


async def test_a_field_left_out_is_not_filled_from_the_demo(
    engine: EngineClient, assets: StaticServer, tmp_path: Path
) -> None:
    """The course's third scene lists its modules; without modules it draws the waveform. With `modules`
    left out, Remotion would merge the demo course's eight modules in, unless the template draws its input
    alone."""
    with_null = {**samples.course(), "modules": None, "moduleCount": None}
    left_out = {key: value for key, value in with_null.items() if value is not None}
    frame = 80
    stills = [
        await engine.still(
            "CoursePromoTemplate", tmp_path / f"{name}.png", frame=frame, input_props=props, size=SMALL
        )
        for name, props in [("null", with_null), ("left-out", left_out), ("modules", samples.course())]
    ]
    null, omitted, modules = (np.asarray(Image.open(s.path).convert("RGB"), dtype=float) for s in stills)
    assert np.abs(null - omitted).mean() < 1.0
    assert np.abs(null - modules).mean() > 2.0  # the frame does depend on the modules


async def test_the_engine_refuses_bad_props_before_drawing(engine: EngineClient, tmp_path: Path) -> None:
    """Past the Python check (a raw request): the composition's own schema stops the render."""
    bad = samples.changed(samples.course(), "price", "forty")
    with pytest.raises(EngineError) as refused:
        await engine.request(
            "still", composition="CoursePromoTemplate", out=str(tmp_path / "x.png"), frame=0, inputProps=bad
        )
    assert 'bad props for CoursePromoTemplate: price: expected a number, got "forty"' in refused.value.message
    assert not (tmp_path / "x.png").exists()


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        chromium = await launch_chromium(playwright)
        yield chromium
        await chromium.close()


@pytest.fixture(scope="module")
def preview_site() -> AsyncIterator[StaticServer]:
    with StaticServer(ensure_preview_built()) as site:
        yield site


@pytest.mark.parametrize("template", list(samples.TEMPLATES))
async def test_end_card_names_the_store_and_its_domain(
    browser: Browser, preview_site: StaticServer, assets: StaticServer, template: str
) -> None:
    props = with_media(template, assets)
    props["script"] = samples.script(seconds_each=2)
    frames = 8 * 30
    page = await PreviewPage.open(browser, preview_site.origin, *SMALL)
    try:
        await page.allow([assets.origin])
        await page.load(preview_request(template, props, *SMALL, frames), timeout=30)
        report = await page.settle(frames - 1, timeout=30, image_timeout=5)
    finally:
        await page.close()
    texts = " | ".join(text["text"] for text in report["texts"])
    assert samples.STORE in texts and samples.DOMAIN in texts, texts
    assert "Pause Play Repeat" not in texts
    assert any(image["src"].endswith("/scene.png") and image["loaded"] for image in report["images"])
