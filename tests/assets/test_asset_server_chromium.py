"""The asset server as a browser outside the seal sees it over HTTP: Chromium shows an image, plays and seeks
audio. (Sealed browsers get the same files through routing: tests/sandbox/test_assets.py.)"""

from pathlib import Path

from playwright.async_api import async_playwright

from domain.script import ColorPalette
from video.assets.asset_store import LocalAssetStore, content_key
from video.assets.image_types import ImageRequest
from video.assets.images_offline import render_offline_image
from video.assets.server import AssetServer
from video.assets.voice_espeak import synthesize_offline
from video.seal import UNSEALED
from video.stills.browser import launch_chromium

PAGE = (
    '<!doctype html><img id="image" src="/{image}"><audio id="voice" src="/{audio}" preload="auto"></audio>'
)

MEASURE = """async () => {
  const audio = document.getElementById("voice");
  const image = document.getElementById("image");
  if (audio.readyState < 1) await new Promise((resolve) => audio.addEventListener("loadedmetadata", resolve));
  if (!image.complete) await new Promise((resolve) => image.addEventListener("load", resolve));
  const target = audio.duration * 0.75;
  audio.currentTime = target;
  await new Promise((resolve) => audio.addEventListener("seeked", resolve, { once: true }));
  return {
    duration: audio.duration,
    seekableEnd: audio.seekable.length ? audio.seekable.end(0) : 0,
    position: audio.currentTime,
    target,
    imageWidth: image.naturalWidth,
    imageHeight: image.naturalHeight,
  };
}"""


async def test_chromium_plays_seeks_and_shows_what_the_server_serves(
    tmp_path: Path, palette: ColorPalette
) -> None:
    store = LocalAssetStore(tmp_path / "assets")
    narration = synthesize_offline("Saturation adds warmth, weight and width to every mix.")
    audio = store.put(content_key({"voice": 1}, "wav"), narration.audio)
    image = store.put(
        content_key({"image": 1}, "jpg"), render_offline_image(ImageRequest("x", "9:16", palette, "proof"))
    )
    (store.root / "page.html").write_text(PAGE.format(image=image.key, audio=audio.key))

    with AssetServer(store.root) as server:
        async with async_playwright() as playwright:
            browser = await launch_chromium(playwright, seal=UNSEALED)
            page = await browser.new_page()
            await page.goto(f"{server.origin}/page.html")
            measured = await page.evaluate(MEASURE)
            await browser.close()

    assert abs(measured["duration"] - narration.duration_s) < 0.01
    assert abs(measured["seekableEnd"] - narration.duration_s) < 0.01
    assert abs(measured["position"] - measured["target"]) < 0.01
    assert (measured["imageWidth"], measured["imageHeight"]) == (1080, 1920)
