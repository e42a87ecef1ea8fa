"""Backgrounds on layers of their own vs repainted every frame: the hype backdrop (palette light, darkening,
vignette, drifting glows, perspective grid, scan line) under a headline and a glass card, 90 frames at
1080x1920. backgrounds_layered.tsx uses the library; backgrounds_repainted.tsx draws the same picture the way
the library did before (left/top, background-position, gradient positions, a card blurring its backdrop).

Prints frames per second of each, the ratio, and how far apart the two pictures are on a still.

    .venv/bin/python bench/backgrounds.py        (about 2 minutes on a 2-core machine)
"""

import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from video.engine import EngineClient
from video.stills.default_props import default_props

HERE = Path(__file__).parent
VARIANTS = {"layered": HERE / "backgrounds_layered.tsx", "repainted": HERE / "backgrounds_repainted.tsx"}
SIZE = (1080, 1920)
FRAMES = 90
ROUNDS = 2
STILL_FRAME = 45


async def compiled(engine: EngineClient, name: str, tsx: str) -> str:
    result = await engine.compile(tsx)
    if not result["ok"]:
        raise SystemExit(f"{name} does not compile: {result['diagnostics']}")
    return str(result["js"])


async def render_seconds(engine: EngineClient, props: dict[str, Any], out: Path) -> float:
    started = time.perf_counter()
    await engine.render(
        "DynamicVideo", out, input_props=props, size=SIZE, frame_range=(0, FRAMES - 1), muted=True
    )
    return time.perf_counter() - started


def mean_difference(first: Path, second: Path) -> float:
    """Mean absolute difference of two PNGs per channel, 0-255."""
    pictures = [np.asarray(Image.open(path).convert("RGB"), dtype=np.int16) for path in (first, second)]
    return float(np.abs(pictures[0] - pictures[1]).mean())


async def main() -> None:
    props = default_props(*SIZE, FRAMES)
    seconds: dict[str, list[float]] = {name: [] for name in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="bench-backgrounds-") as folder:
        out = Path(folder)
        async with EngineClient() as engine:
            await engine.bundle()
            inputs = {
                name: {**props, "code": await compiled(engine, name, tsx.read_text())}
                for name, tsx in VARIANTS.items()
            }
            for name, variant_props in inputs.items():
                still = out / f"{name}.png"
                await engine.still("DynamicVideo", still, frame=STILL_FRAME, input_props=variant_props)
            for _ in range(ROUNDS):
                for name, variant_props in inputs.items():
                    seconds[name].append(await render_seconds(engine, variant_props, out / f"{name}.mp4"))
        difference = mean_difference(out / "layered.png", out / "repainted.png")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"machine: {os.cpu_count()} cores, load average {load} (other work on the machine slows all numbers)"
    )
    print(f"{FRAMES} frames at {SIZE[0]}x{SIZE[1]}, best of {ROUNDS}:")
    best = {name: min(times) for name, times in seconds.items()}
    for name, value in best.items():
        per_frame = value / FRAMES * 1000
        print(f"  {name:<10} {value:6.1f} s  {FRAMES / value:5.2f} fps  ({per_frame:4.0f} ms/frame)")
    print(f"  layered is {best['repainted'] / best['layered']:.2f}x the speed of repainted")
    print(f"  the two pictures at frame {STILL_FRAME} differ by {difference:.2f}/255 per channel on average")


if __name__ == "__main__":
    asyncio.run(main())
