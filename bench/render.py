"""Engine vs a fresh `npx remotion render` per job: the same 1080x1920 template, 5 s (150 frames).

The engine keeps the bundle and Chromium warm; the CLI bundles and launches a browser every time. Prints
frames per second of each and the ratios, all measured in this run.

    .venv/bin/python bench/render.py
"""

import asyncio
import subprocess
import tempfile
import time
from pathlib import Path

from domain.paths import REMOTION_DIR
from video.engine import EngineClient
from video.engine.media import probe

COMPOSITION = "CoursePromoTemplate"
FRAMES = (0, 149)
FRAME_COUNT = FRAMES[1] - FRAMES[0] + 1


async def engine_runs(out: Path) -> tuple[float, float]:
    """Seconds of the first render of a fresh engine (browser start included) and of a warm render."""
    async with EngineClient() as engine:
        await engine.bundle()
        started = time.perf_counter()
        await engine.render(COMPOSITION, out / "engine-first.mp4", frame_range=FRAMES)
        first = time.perf_counter() - started
        started = time.perf_counter()
        await engine.render(COMPOSITION, out / "engine-warm.mp4", frame_range=FRAMES)
        warm = time.perf_counter() - started
    assert probe(out / "engine-warm.mp4").frames == FRAME_COUNT
    return first, warm


def cli_run(out: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            "npx",
            "--no-install",
            "remotion",
            "render",
            "src/index.ts",
            COMPOSITION,
            str(out / "cli.mp4"),
            f"--frames={FRAMES[0]}-{FRAMES[1]}",
            "--browser-executable=/usr/bin/chromium",
            "--x264-preset=veryfast",
            "--crf=18",
            "--concurrency=1",
            "--log=error",
        ],
        cwd=REMOTION_DIR,
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    assert probe(out / "cli.mp4").frames == FRAME_COUNT
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        first, warm = asyncio.run(engine_runs(out))
        cli = cli_run(out)
    print(f"{COMPOSITION}, 1080x1920, {FRAME_COUNT} frames")
    for label, seconds in (
        ("npx remotion render (bundle + browser + render)", cli),
        ("engine, first job (browser start + render)", first),
        ("engine, warm job (render only)", warm),
    ):
        print(f"  {label:<48} {seconds:6.2f} s  {FRAME_COUNT / seconds:5.2f} frames/s")
    print(f"  ratio CLI / warm engine per job: {cli / warm:.2f}x  (saved per job: {cli - warm:.1f} s)")
    print(f"  ratio warm / first engine job:   {first / warm:.2f}x")


if __name__ == "__main__":
    main()
