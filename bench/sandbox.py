"""Render speed with the sandbox's walls (SES lockdown, the generated code's Compartment, the element guard
and the media allowlist; remotion/src/sandbox) against the same bundle without them, in one run. The
composition is an example in its generated-code form (run by DynamicVideo like a job's code), 90 frames at
540x960.

The comparison engine bundles with PPR_BENCH_WITHOUT_WALLS=1 (a bundle of its own hash, which nothing else
builds): no lockdown, and the module run with new Function and the real React and Remotion, as before the
walls.
Prints frames per second of each, the ratio (target: at least 0.95x) and whether both paint the same stills.

    .venv/bin/python bench/sandbox.py        (about 3 minutes on a 2-core machine)
"""

import asyncio
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from domain.paths import REMOTION_DIR
from video.engine import EngineClient
from video.stills.frames import scene_spans

EXAMPLES = REMOTION_DIR / "src" / "examples"
EXAMPLE = "SaturationCourseV2"
EXAMPLE_PROPS = ("saturationCourseV2Props", "data/saturationCourseV2.ts")
SIZE = (540, 960)
FRAMES = 90
ROUNDS = 3
STILL_FRAMES = (20, 75)


def example_data(folder: Path) -> dict[str, Any]:
    """The example's props as remotion/src/examples/data has them (bundled with esbuild, printed by node)."""
    name, path = EXAMPLE_PROPS
    entry = folder / "entry.ts"
    entry.write_text(f"export {{ {name} }} from '{EXAMPLES / path}';\n")
    esbuild = REMOTION_DIR / "node_modules" / ".bin" / "esbuild"
    bundle = folder / "entry.cjs"
    subprocess.run(
        [str(esbuild), str(entry), "--bundle", "--platform=node", "--format=cjs", f"--outfile={bundle}"],
        check=True,
        capture_output=True,
    )
    script = f"process.stdout.write(JSON.stringify(require({json.dumps(str(bundle))}).{name}))"
    printed = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout
    data: dict[str, Any] = json.loads(printed)
    return data


async def example_props(engine: EngineClient, folder: Path) -> dict[str, Any]:
    props = example_data(folder)
    compiled = await engine.compile((EXAMPLES / f"{EXAMPLE}.tsx").read_text())
    if not compiled["ok"]:
        raise SystemExit(f"{EXAMPLE} does not compile: {compiled['diagnostics']}")
    duration = sum(span.length for span in scene_spans(props["script"]))
    return {
        **props,
        "code": compiled["js"],
        "durationInFrames": duration,
        "width": SIZE[0],
        "height": SIZE[1],
    }


async def render_seconds(engine: EngineClient, props: dict[str, Any], out: Path) -> float:
    started = time.perf_counter()
    result = await engine.render(
        "DynamicVideo",
        out,
        input_props=props,
        frame_range=(0, FRAMES - 1),
        muted=True,
        x264_preset="veryfast",
    )
    if result.runtime_errors:
        raise SystemExit(f"{out.stem}: {result.runtime_errors[0].message}")
    return time.perf_counter() - started


async def main() -> None:
    seconds: dict[str, list[float]] = {"walls": [], "without": []}
    with tempfile.TemporaryDirectory(prefix="bench-sandbox-") as folder:
        out = Path(folder)
        async with (
            EngineClient() as walls,
            EngineClient(env={"PPR_BENCH_WITHOUT_WALLS": "1"}) as without,
        ):
            engines = {"walls": walls, "without": without}
            for engine in engines.values():
                await engine.bundle()
            props = await example_props(walls, out)
            same = True
            for frame in STILL_FRAMES:
                pictures = [
                    (
                        await engine.still(
                            "DynamicVideo", out / f"{name}-{frame}.png", frame=frame, input_props=props
                        )
                    ).path.read_bytes()
                    for name, engine in engines.items()
                ]
                same &= pictures[0] == pictures[1]
            # Warm both (browser, page, fonts) before timing; then alternate, so other load hits both.
            for name, engine in engines.items():
                await render_seconds(engine, props, out / f"{name}-warm.mp4")
            for _ in range(ROUNDS):
                for name, engine in engines.items():
                    seconds[name].append(await render_seconds(engine, props, out / f"{name}.mp4"))
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"machine: {os.cpu_count()} cores, load average {load} (other work on the machine slows all numbers)"
    )
    print(f"{EXAMPLE} through DynamicVideo, {FRAMES} frames at {SIZE[0]}x{SIZE[1]}, best of {ROUNDS}:")
    best = {name: min(times) for name, times in seconds.items()}
    for name, value in best.items():
        per_frame = value / FRAMES * 1000
        print(f"  {name:<8} {value:6.2f} s  {FRAMES / value:5.2f} fps  ({per_frame:4.0f} ms/frame)")
    print(
        f"  with the walls: {best['without'] / best['walls']:.3f}x the speed without them (target >= 0.95x)"
    )
    print(f"  stills at frames {', '.join(map(str, STILL_FRAMES))} identical with and without: {same}")


if __name__ == "__main__":
    asyncio.run(main())
