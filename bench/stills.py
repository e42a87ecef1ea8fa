"""Still checks: 8 frames of a 1080x1920 composition with the warm browser, with a fresh browser per frame,
and the same frames as PNGs through the engine's renderStill (no checks there). Prints each and the ratios.

Target: 8 frames checked in under 3 s warm.  Run: .venv/bin/python bench/stills.py
"""

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from video.engine import EngineClient
from video.stills import StillChecker
from video.stills.default_props import default_props
from video.stills.frames import evenly_spaced

COMPOSITION = Path(__file__).with_name("stills_composition.tsx")
SIZE = (1080, 1920)
DURATION_FRAMES = 300
FRAMES = evenly_spaced(DURATION_FRAMES, 8)
WARM_RUNS = 3
TARGET_S = 3.0


async def warm(js: str, props: dict[str, Any], out: Path) -> tuple[float, int]:
    """Median seconds for one 8-frame check on a warm checker, and the issues found."""
    async with StillChecker() as checker:
        await checker.check(js=js, props=props, frames=FRAMES, out_dir=out / "warm-up")
        times, issues = [], 0
        for run in range(WARM_RUNS):
            started = time.perf_counter()
            report = await checker.check(js=js, props=props, frames=FRAMES, out_dir=out / f"warm-{run}")
            times.append(time.perf_counter() - started)
            issues = len(report.issues)
    return statistics.median(times), issues


async def fresh_per_frame(js: str, props: dict[str, Any], out: Path) -> float:
    """Seconds for the 8 frames when every frame starts its own browser and page."""
    started = time.perf_counter()
    for frame in FRAMES:
        async with StillChecker() as checker:
            await checker.check(js=js, props=props, frames=[frame], out_dir=out / f"fresh-{frame}")
    return time.perf_counter() - started


async def engine_stills(engine: EngineClient, js: str, props: dict[str, Any], out: Path) -> float:
    """Seconds for the 8 frames as PNGs through the warm engine's renderStill (after one warm-up still)."""
    input_props = {**props, "code": js}
    await engine.still("DynamicVideo", out / "engine-warm-up.png", frame=0, input_props=input_props)
    started = time.perf_counter()
    for frame in FRAMES:
        await engine.still("DynamicVideo", out / f"engine-{frame}.png", frame=frame, input_props=input_props)
    return time.perf_counter() - started


async def main() -> None:
    props = default_props(*SIZE, DURATION_FRAMES)
    with tempfile.TemporaryDirectory(prefix="bench-stills-") as folder:
        out = Path(folder)
        async with EngineClient() as engine:
            compiled = await engine.compile(COMPOSITION.read_text())
            if not compiled["ok"]:
                raise SystemExit(f"bench composition does not compile: {compiled['diagnostics']}")
            js = compiled["js"]
            await engine.bundle()
            engine_s = await engine_stills(engine, js, props, out)
        warm_s, issues = await warm(js, props, out)
        fresh_s = await fresh_per_frame(js, props, out)
    count = len(FRAMES)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"machine: {os.cpu_count()} cores, load average {load} (other work on the machine slows every number)"
    )
    print(f"still check, {count} frames of {SIZE[0]}x{SIZE[1]} (frames {FRAMES}); {issues} issues found")
    print(f"  warm browser (median of {WARM_RUNS}): {warm_s:6.2f} s  ({warm_s / count * 1000:4.0f} ms/frame)")
    print(f"  fresh browser per frame:        {fresh_s:6.2f} s  ({fresh_s / count * 1000:4.0f} ms/frame)")
    print(f"  engine renderStill (PNG only):  {engine_s:6.2f} s  ({engine_s / count * 1000:4.0f} ms/frame)")
    print(f"  ratio fresh / warm:  {fresh_s / warm_s:5.1f}x")
    print(f"  ratio engine / warm: {engine_s / warm_s:5.1f}x  (renderStill only captures)")
    verdict = "met" if warm_s < TARGET_S else "MISSED"
    print(f"  target {count} frames < {TARGET_S:.0f} s warm: {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
