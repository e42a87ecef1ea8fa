"""What the network seal costs: engine start, a render and a still check, sealed against unsealed in this run.

Templates only (an engine outside the seal refuses generated code), with a scene image and narration from
a real asset server, so the sealed engine serves them from inside its namespace. Runs alternate sealed and
unsealed to spread machine noise over both. The still checks also run in the old way (pages reach the asset
server over HTTP instead of being answered from the folder) to show what request routing costs on its own.

    .venv/bin/python bench/seal.py
"""

import asyncio
import functools
import io
import math
import os
import statistics
import struct
import tempfile
import time
import wave
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image

import video.stills.browser as stills_browser
from video.assets.asset_store import LocalAssetStore, content_key
from video.assets.server import AssetServer
from video.engine import EngineClient
from video.engine.media import probe
from video.seal import UNSEALED, Seal, current_seal
from video.stills import StillChecker
from video.stills.default_props import DEFAULT_FACTS, default_script
from video.templates import template_props

TEMPLATE = "CoursePromoTemplate"
FRAMES = (0, 89)
SCALE = 0.5
ROUNDS = 3
STILL_SIZE = (540, 960)
STILL_MODES = ("http", "unsealed", "sealed")


def tone() -> bytes:
    rate = 22_050
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(6000 * math.sin(i / 8))) for i in range(4 * rate)))
    return buffer.getvalue()


def picture() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1080, 1920), (40, 120, 200)).save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


async def engine_run(seal: Seal, props: dict[str, Any], origins: list[str], out: Path) -> dict[str, float]:
    """Seconds to start the engine (until it answers), of its first render (browser start) and a warm one."""
    times = {}
    async with EngineClient(seal=seal) as engine:
        started = time.perf_counter()
        await engine.request("ping")
        times["start"] = time.perf_counter() - started
        await engine.bundle()
        for name in ("first render", "warm render"):
            started = time.perf_counter()
            result = await engine.render(
                TEMPLATE,
                out / f"{name}.mp4",
                input_props=props,
                frame_range=FRAMES,
                scale=SCALE,
                allowed_origins=origins,
            )
            times[name] = time.perf_counter() - started
            assert result.runtime_errors == [] and probe(result.path).has_audio
    return times


@contextmanager
def still_browser(mode: str) -> Iterator[None]:
    """ "sealed": the default; "unsealed": no seal tool found; "http": unsealed, and pages fetch over HTTP."""
    saved = {name: os.environ.get(name) for name in ("PPR_BWRAP", "PPR_UNSHARE")}
    serving = stills_browser.serving
    if mode != "sealed":
        os.environ["PPR_BWRAP"] = os.environ["PPR_UNSHARE"] = "/nonexistent"
    if mode == "http":
        stills_browser.serving = lambda origin: None
    try:
        yield
    finally:
        stills_browser.serving = serving
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


async def still_run(mode: str, props: dict[str, Any], origins: list[str], out: Path) -> dict[str, float]:
    """Seconds to start the checker (browser and preview page) and to check 6 frames of the template."""
    with still_browser(mode):
        started = time.perf_counter()
        checker = await StillChecker().start()
        times = {"start": time.perf_counter() - started}
        try:
            started = time.perf_counter()
            report = await checker.check_composition(
                TEMPLATE,
                props,
                width=STILL_SIZE[0],
                height=STILL_SIZE[1],
                duration_in_frames=120,
                frames=[10, 30, 50, 70, 90, 110],
                out_dir=out / f"stills-{mode}",
                allowed_origins=origins,
            )
            times["check"] = time.perf_counter() - started
        finally:
            await checker.close()
    assert not [issue for issue in report.issues if issue.kind == "broken_image"], report.issues
    return times


async def measure(
    runs: dict[str, Callable[[], Awaitable[dict[str, float]]]],
) -> dict[str, dict[str, list[float]]]:
    found: dict[str, dict[str, list[float]]] = {name: {} for name in runs}
    for _ in range(ROUNDS):
        for name, run in runs.items():
            for step, seconds in (await run()).items():
                found[name].setdefault(step, []).append(seconds)
    return found


def report(title: str, found: dict[str, dict[str, list[float]]], baseline: str) -> None:
    print(title)
    for step in found[baseline]:
        base = statistics.median(found[baseline][step])
        cells = []
        for name, steps in found.items():
            median = statistics.median(steps[step])
            ratio = "" if name == baseline else f" ({median / base:.2f}x)"
            cells.append(f"{name} {median:6.2f} s{ratio}")
        print(f"  {step:<13} " + "   ".join(cells))


async def main() -> None:
    seal = current_seal()
    assert seal.ok, seal.missing
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        store = LocalAssetStore(out / "assets")
        image = store.put(content_key({"bench": "seal-image"}, "jpg"), picture())
        audio = store.put(content_key({"bench": "seal-tone"}, "wav"), tone())
        with AssetServer(store.root) as server:
            script = default_script(120)
            images: list[str | None] = [server.url_for(image)] * len(script.scenes)
            props = template_props(TEMPLATE, DEFAULT_FACTS, script, images, server.url_for(audio))
            origins = [server.origin]
            engines = await measure(
                {
                    "unsealed": lambda: engine_run(UNSEALED, props, origins, out),
                    "sealed": lambda: engine_run(seal, props, origins, out),
                }
            )
            stills = await measure(
                {mode: functools.partial(still_run, mode, props, origins, out) for mode in STILL_MODES}
            )
    frames = FRAMES[1] - FRAMES[0] + 1
    print(f"network seal: {seal.describe()}; medians of {ROUNDS} runs each, alternating")
    report(
        f"engine: {TEMPLATE} at {SCALE}x, {frames} frames, image and narration from the asset server",
        engines,
        "unsealed",
    )
    report(
        f"still checker: 6 frames of {TEMPLATE} at {STILL_SIZE[0]}x{STILL_SIZE[1]} "
        "(http: pages fetch over HTTP, the old way; unsealed and sealed: answered from the folder)",
        stills,
        "http",
    )


if __name__ == "__main__":
    asyncio.run(main())
