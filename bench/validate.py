"""Validation: a warm full check (types + security + structure + esbuild) of a ~300-line composition through
the engine, against a cold one-shot `tsc --noEmit` of the same file. Prints both medians and the ratio, in
wall-clock time and in CPU time (the CPU figures hold steady when other work shares the machine).

Target: warm check under 100 ms.  Run: .venv/bin/python bench/validate.py
"""

import asyncio
import json
import os
import resource
import statistics
import subprocess
import time
from pathlib import Path

from agent.engine import EngineClient
from agent.validation import validate_composition
from store.config import REMOTION_DIR
from store.script import VideoScript

EXAMPLES = REMOTION_DIR / "src" / "examples"
SCRIPT = Path(__file__).parents[1] / "tests" / "validation" / "corpus" / "script.json"
TARGET_LINES = 300
WARM_RUNS = 20
COLD_RUNS = 3
TARGET_MS = 100.0


def composition_near_300_lines() -> Path:
    """The example composition whose length is closest to 300 lines (they are written as generated code)."""
    examples = [path for path in EXAMPLES.glob("*.tsx") if path.name != "index.tsx"]
    return min(examples, key=lambda path: abs(len(path.read_text().splitlines()) - TARGET_LINES))


def process_cpu_ms(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


async def warm_checks(tsx: str, script: VideoScript) -> tuple[float, float, float, float, int]:
    """First check; median round trip, median engine-side time and mean engine CPU (ms) of warm checks."""
    async with EngineClient() as engine:
        await engine.request("ping")
        assert engine.pid
        started = time.perf_counter()
        first = await validate_composition(engine, tsx, script)
        first_ms = (time.perf_counter() - started) * 1000
        round_trips, engine_times = [], []
        cpu_before = process_cpu_ms(engine.pid)
        for run in range(WARM_RUNS):
            # A different text each time, so nothing can be served from a cache of the previous check.
            source = f"{tsx}\n// run {run}\n"
            started = time.perf_counter()
            result = await validate_composition(engine, source, script)
            round_trips.append((time.perf_counter() - started) * 1000)
            engine_times.append(result.ms)
        cpu_ms = (process_cpu_ms(engine.pid) - cpu_before) / WARM_RUNS
    median_round_trip, median_engine = statistics.median(round_trips), statistics.median(engine_times)
    return first_ms, median_round_trip, median_engine, cpu_ms, len(first.diagnostics)


def cold_tsc(path: Path) -> tuple[float, float]:
    """Median wall ms and mean CPU ms of `npx tsc --noEmit` (the project's compiler options) on this file."""
    config_dir = REMOTION_DIR / ".cache" / "bench"
    config_dir.mkdir(parents=True, exist_ok=True)
    config = config_dir / "tsconfig.validate.json"
    config.write_text(json.dumps({"extends": "../../tsconfig.json", "files": [str(path)], "include": []}))
    times = []
    cpu_before = children_cpu_ms()
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        subprocess.run(
            ["npx", "--no-install", "tsc", "--noEmit", "-p", str(config)], cwd=REMOTION_DIR, check=True
        )
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), (children_cpu_ms() - cpu_before) / COLD_RUNS


async def main() -> None:
    path = composition_near_300_lines()
    tsx = path.read_text()
    script = VideoScript.model_validate_json(SCRIPT.read_text())
    first_ms, warm_ms, engine_ms, warm_cpu_ms, diagnostics = await warm_checks(tsx, script)
    cold_ms, cold_cpu_ms = cold_tsc(path)
    print(f"composition: {path.name}, {len(tsx.splitlines())} lines, {diagnostics} diagnostics")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"first check (starts the TypeScript service): {first_ms:8.0f} ms")
    print(f"warm full check, median of {WARM_RUNS}, round trip:    {warm_ms:8.1f} ms wall")
    print(f"warm full check, median of {WARM_RUNS}, in the engine:  {engine_ms:8.1f} ms wall")
    print(f"warm full check, mean engine CPU:              {warm_cpu_ms:8.1f} ms CPU")
    cold = f"{cold_ms:7.0f} ms wall, {cold_cpu_ms:.0f} ms CPU"
    print(f"cold `tsc --noEmit`, types only, median of {COLD_RUNS}: {cold}")
    wall_ratio, cpu_ratio = cold_ms / warm_ms, cold_cpu_ms / warm_cpu_ms
    print(f"ratio cold tsc / warm full check: {wall_ratio:.1f}x wall, {cpu_ratio:.1f}x CPU")
    verdict = "meets" if warm_ms < TARGET_MS else "misses"
    print(f"target warm < {TARGET_MS:.0f} ms (wall): {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
