"""Validation: a warm full check (types + security + structure + esbuild) of a ~300-line composition through
the engine, against a cold one-shot `tsc --noEmit` of the same file (with the project's TypeScript 6 and
with the native TypeScript 7 the engine uses). Prints the medians and the ratios, in wall-clock time and in
CPU time (the CPU figures hold steady when other work shares the machine).

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

from domain.paths import REMOTION_DIR
from domain.script import VideoScript
from video.engine import EngineClient
from video.validation import validate_composition

EXAMPLES = REMOTION_DIR / "src" / "examples"
SCRIPT = Path(__file__).parents[1] / "tests" / "validation" / "corpus" / "script.json"
TARGET_LINES = 300
WARM_RUNS = 20
COLD_RUNS = 3
TARGET_MS = 100.0
# The project's compiler (remotion/ is type-checked with it) and the native one the engine keeps warm.
COMPILERS = {"TypeScript 6, the project's": "typescript", "TypeScript 7, native": "typescript-native"}


def composition_near_300_lines() -> Path:
    """The example composition whose length is closest to 300 lines (they are written as generated code)."""
    examples = [path for path in EXAMPLES.glob("*.tsx") if path.name != "index.tsx"]
    return min(examples, key=lambda path: abs(len(path.read_text().splitlines()) - TARGET_LINES))


def process_cpu_ms(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """The process and every process it started (the engine runs two native TypeScript compilers)."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(child) for child in (task / "children").read_text().split()]
    return [pid] + [found for child in children for found in descendants(child)]


def engine_cpu_ms(pid: int) -> float:
    return sum(process_cpu_ms(process) for process in descendants(pid))


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
        cpu_before = engine_cpu_ms(engine.pid)
        for run in range(WARM_RUNS):
            # A different text each time, so nothing can be served from a cache of the previous check.
            source = f"{tsx}\n// run {run}\n"
            started = time.perf_counter()
            result = await validate_composition(engine, source, script)
            round_trips.append((time.perf_counter() - started) * 1000)
            engine_times.append(result.ms)
        cpu_ms = (engine_cpu_ms(engine.pid) - cpu_before) / WARM_RUNS
    median_round_trip, median_engine = statistics.median(round_trips), statistics.median(engine_times)
    return first_ms, median_round_trip, median_engine, cpu_ms, len(first.diagnostics)


def cold_tsc(path: Path, compiler: str) -> tuple[float, float]:
    """Median wall ms and mean CPU ms of `tsc --noEmit` (the project's compiler options) on this file."""
    config_dir = REMOTION_DIR / ".cache" / "bench"
    config_dir.mkdir(parents=True, exist_ok=True)
    config = config_dir / "tsconfig.validate.json"
    config.write_text(json.dumps({"extends": "../../tsconfig.json", "files": [str(path)], "include": []}))
    times = []
    cpu_before = children_cpu_ms()
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        command = ["node", f"node_modules/{compiler}/bin/tsc", "--noEmit", "-p", str(config)]
        subprocess.run(command, cwd=REMOTION_DIR, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), (children_cpu_ms() - cpu_before) / COLD_RUNS


async def main() -> None:
    path = composition_near_300_lines()
    tsx = path.read_text()
    script = VideoScript.model_validate_json(SCRIPT.read_text())
    first_ms, warm_ms, engine_ms, warm_cpu_ms, diagnostics = await warm_checks(tsx, script)
    baselines = {name: cold_tsc(path, package) for name, package in COMPILERS.items()}
    print(f"composition: {path.name}, {len(tsx.splitlines())} lines, {diagnostics} diagnostics")
    print(f"load average while running: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"first check (starts both native compilers): {first_ms:8.0f} ms")
    print(f"warm full check, median of {WARM_RUNS}, round trip:    {warm_ms:8.1f} ms wall")
    print(f"warm full check, median of {WARM_RUNS}, in the engine:  {engine_ms:8.1f} ms wall")
    print(f"warm full check, mean CPU of the engine and its compilers: {warm_cpu_ms:.1f} ms")
    for name, (cold_ms, cold_cpu_ms) in baselines.items():
        cold = f"{cold_ms:7.0f} ms wall, {cold_cpu_ms:.0f} ms CPU"
        print(f"cold `tsc --noEmit` ({name}), types only, median of {COLD_RUNS}: {cold}")
        wall_ratio, cpu_ratio = cold_ms / warm_ms, cold_cpu_ms / warm_cpu_ms
        print(f"  ratio to the warm full check: {wall_ratio:.1f}x wall, {cpu_ratio:.1f}x CPU")
    verdict = "meets" if warm_ms < TARGET_MS else "misses"
    print(f"target warm < {TARGET_MS:.0f} ms (wall): {verdict}")


if __name__ == "__main__":
    asyncio.run(main())
